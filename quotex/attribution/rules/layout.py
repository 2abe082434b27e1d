"""Rules for news layouts where who speaks is given by the page's shape, not by a speech verb.

``transcript``   a transcript whose lines open inside the quote marks with the speaker's label:
                 '"WALLACE: Will you accept the result?' / '"TRUMP: I will look at it.' /
                 '"PARTICIPANT: Thank you.' / '“MAYOR LEE: We will rebuild.”'. The label is the
                 speaker; the quote's text is what follows the label (the label is nobody's words).
                 A capitalised surname resolves to the full name the article gives ("WALLACE" ->
                 "Chris Wallace"); a role ("PARTICIPANT", "MODERATOR") stays a description.
                 "Q:" / "A:" lines are the interviewer's and the interviewee's.
``conversation`` a quote paragraph with no cue inside a dialogue takes the speaker whose turn it
                 is, not merely the last one: '“Are you running?” Lee asked.' / '“No,” Hale said.'
                 / '“Why not?”' -> Lee asks again; '“Will you run?” Hale asked Lee.' / '“Maybe.”'
                 -> Lee answers.

Both are parts of :class:`quotex.attribution.attribute.Attributor` (a mixin like the other rule modules).
Where they run in :meth:`Attributor.run`:

* :meth:`LayoutRules._transcript_pass` runs once after pass 1 (cues in the quote's own sentence)
  and before pass 2 (``next-quote``): a label inside the marks is the strongest evidence there
  is and overrides anything pass 1 found, and it must be settled before pass 3 so that the
  unlabelled paragraphs after a labelled line carry that line's speaker (``continuation``).
* :meth:`LayoutRules._conversation_turn` runs in pass 3 on each quote's final choice, just before
  it is stored as the last speaker: it only ever changes a carried ``continuation`` speaker, and
  records every whole-paragraph turn for the next paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ...text.marks import QuoteSpan
from ..methods import Attribution, Method
from ...resolution.names import drop_titles
from ...records import Speaker

# A page is a transcript when at least this many quote paragraphs open with a label: then
# '"Q: …' is a question and an unknown '"RAMOS: …' a speaker; one such line alone may be a
# speaker's own "LOOK: we will win".
TRANSCRIPT_MIN_LINES = 2

# A label opening a quote: capitalised words (or a role) and a colon, then the words said.
# "WALLACE: …", "MAYOR ANN LEE: …", "SEN. JOHN SMITH: …", "Q: …", "Moderator: …".
_LABEL = re.compile(r"[ \t\u00a0]*([A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3})[ \t]*:[ \t\u00a0]+(?=\S)")
# A paragraph that opens with a quote mark and a label in capitals: one line of a transcript.
_LINE_LABEL = re.compile(r"^[ \t]*[\"“][ \t\u00a0]*(Question|Answer|[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})"
                         r"[ \t]*:[ \t\u00a0]+\S", re.M)


class LayoutRules:
    """Transcript labels and dialogue turns. A part of :class:`quotex.attribution.attribute.Attributor`."""

    # ------------------------------------------------------------------ transcripts
    def _transcript_pass(self, results: list, para_idx: list[int]) -> None:
        """Credit each quote that opens with a speaker's label to that label, and cut the label
        out of the quote (``self.quotes[k]`` starts after it, so offsets stay exact).

        Runs after pass 1; see the module docstring for why there.
        """
        lines = None
        for k, q in enumerate(self.quotes):
            pi = para_idx[k]
            pa, pb = self.paras[pi]
            if q.mark != "double" or self.text[pa:q.open].strip() or self.text[q.close:pb].strip():
                # Only a quote that is its whole paragraph is a transcript line: in '"Q: What
                # is the plan?" is the handbook's first line' the quote is the reporter's object.
                continue
            m = _LABEL.match(self.text, q.start, q.end)
            if not m:
                continue
            if lines is None:
                lines = len(_LINE_LABEL.findall(self.text))
            r = self._label_speaker(m.group(1), m.start(1), m.end(1), lines)
            label = m.group(1).lower().rstrip(".")
            if r is None and label not in self.lex.PAGE_LABELS:
                continue
            if self.quotes is not getattr(self, "_own_quotes", None):
                self.quotes = self._own_quotes = list(self.quotes)  # the caller's list stays as given
            # A labelled line is a new turn, not the paragraph before going on (the newspaper
            # convention of reopening marks on each paragraph would chain them into one quote
            # and hand one speaker to all): '"VIDEO: …' after '"RAMOS: …' is not Ramos's.
            if q.continued and k > 0:
                self.quotes[k - 1] = replace(self.quotes[k - 1], continues=False)
            if r is None:
                self.quotes[k] = replace(q, continued=False)
                continue
            self.quotes[k] = replace(q, start=m.end(), continued=False)
            results[k] = r

    def _label_speaker(self, label: str, a: int, b: int, lines: int):
        """The speaker a transcript label names, or None when it names nobody.

        A label in capitals is a speaker when it is a role, a name the article uses, or one of
        two or more labelled lines (a transcript: '"RAMOS: …' and '"CLINTON: …'). A label in
        Title Case must be a role or a name the article uses ('"Lee: …'), so a speaker's own
        "Look: we will win" is not taken for a label.
        """
        low = label.lower().rstrip(".")
        if low in self.lex.QUESTION_LABELS or low in self.lex.ANSWER_LABELS:
            return self._qa_speaker(label, a, b, low in self.lex.ANSWER_LABELS) if lines >= TRANSCRIPT_MIN_LINES \
                else None
        if low in self.lex.NOT_SPEAKERS or (low.split()[0] in self.lex.ARTICLES and len(low.split()) > 1):
            return None
        names = self.state.names
        if low in self.lex.ROLE_LABELS:
            return Attribution(Speaker(label, a, b, low, None, "unknown"), None, Method.TRANSCRIPT)
        words = label.title().split() if label.isupper() else label.split()
        core = drop_titles(words) or words[-1:]
        title = " ".join(words[:len(words) - len(core)]) or None
        name = " ".join(core)
        known = core[-1].lower().strip(".,") in names.by_last
        if not label.isupper() and not known:
            return None
        if label.isupper() and not known and lines < TRANSCRIPT_MIN_LINES:
            return None
        canon = names.canonical(name)
        kind = "person"
        toks = self._tokens_between(a, b)
        if toks and toks[-1].ent_type_ in ("ORG", "NORP") and not known:
            kind = "organization"
        return Attribution(Speaker(label, a, b, canon, title or names.title_of(canon), kind), None, Method.TRANSCRIPT)

    def _qa_speaker(self, label: str, a: int, b: int, answer: bool):
        """"Q:" is the interviewer's line, "A:" the interviewee's: the last person the reporter
        named before the answer, outside quotes, or else the last speaker from earlier windows;
        failing that, a description ("interviewer", "interviewee")."""
        st = self.state
        if answer:
            # "Ann Lee, the new fire chief, sat down with the Herald." / '"Q: …' / '"A: …':
            # a subject before an object the recognizer may misread ("the Herald").
            person = None
            for e in self.doc.ents:
                if e.start_char + self.base >= a:
                    break
                if e.label_ == "PERSON" and not self.quoted[e.start] and \
                        (person is None or e.root.dep_ in ("nsubj", "nsubjpass") or
                         person.root.dep_ not in ("nsubj", "nsubjpass")):
                    person = e
            if person is not None:
                canon = st.names.canonical(person.text)
                return Attribution(Speaker(label, a, b, canon, st.names.title_of(canon), "person"), None, Method.TRANSCRIPT)
            for sp in (st.last_speaker, st.intro_speaker):
                if sp is not None and sp.kind == "person":
                    return Attribution(Speaker(label, a, b, sp.name, sp.title, sp.kind), None, Method.TRANSCRIPT)
        return Attribution(Speaker(label, a, b, "interviewer" if not answer else "interviewee", None, "unknown"), None, Method.TRANSCRIPT)

    # ------------------------------------------------------------------ dialogue turns
    def _conversation_turn(self, q: QuoteSpan, pi: int, r, weak: bool):
        """Give a carried speaker back to whoever's turn it is in a dialogue, and remember turns.

        News prints a dialogue as one quote paragraph per turn, naming the speakers only now and
        then. A paragraph carried from the last speaker (``continuation``) goes to the other
        party when the last turn was a question put to them: '“Are you running?” Hale asked
        Lee.' / '“No.”' -> Lee (or to a party already answering that asker's questions); or
        when it is a question itself and the other party asked the question before: '“Are you
        running?” Lee asked.' / '“No,” Hale said.' / '“Why not?”' -> Lee. Otherwise the last
        speaker goes on, as before.
        """
        st = self.state
        turns = st.turns
        ordinal = self.ords[pi]
        if r is not None and r.method is Method.CONTINUATION and self._starts_paragraph(q, pi):
            m = _LABEL.match(self.text, q.start, q.end)
            if m and m.group(1).lower().rstrip(".") in self.lex.PAGE_LABELS:
                # '"NOTE: This transcript has been edited."' under a transcript is the page's
                # label, not the last speaker going on.
                return None
        if r is not None and r.method is Method.CONTINUATION and not weak and turns and turns[-1][0] == ordinal - 1 \
                and self._whole_paragraph(q, pi):
            last = turns[-1]
            other = None
            if len(turns) >= 2 and turns[-2][0] == ordinal - 2 and turns[-2][1].name != last[1].name:
                other = turns[-2]
            if last[2] and last[1].name == r.speaker.name:
                # The last turn asked a question: this one answers it, when we know who was asked
                # ("Lee asked Hale.") or the two have been trading question and answer already.
                # Else a question with nobody asked may be rhetorical and the asker goes on:
                # '“And who paid for that?” Lee asked.' / '“The schools did.”' -> Lee.
                if last[3] is not None and last[3].name != last[1].name:
                    r = Attribution(last[3], None, Method.CONVERSATION)
                elif other is not None and (other[2] or (
                        len(turns) >= 3 and turns[-3][0] == ordinal - 3 and turns[-3][1].name == last[1].name
                        and turns[-3][2])):
                    # ('“Will you run?” Lee asked Hale.' / '“No,” Hale said. “Why would I?”' /
                    # '“Because the club needs you.”' -> Lee.)
                    r = Attribution(other[1], None, Method.CONVERSATION)
            elif other is not None and other[2] and not last[2] and last[1].name == r.speaker.name and \
                    self._is_question(q):
                # Question, answer, and now a question again: the asker's.
                r = Attribution(other[1], None, Method.CONVERSATION)
            elif other is not None and last[1].name == r.speaker.name and len(turns) >= 3 and \
                    turns[-3][0] == ordinal - 3 and turns[-3][1].name == last[1].name and (other[2] or turns[-3][2]):
                # An exchange printed turn by turn, three lines trading questions and answers
                # already: the next line is the other party's, a question or not ('“When did you
                # know?”' / '“On Dec. 22.”' / '“And you kept selling tickets.”' -> the senator;
                # then '“We did.”' -> the CEO). One answer after one question may run on ('“Will
                # you run?” Lee asked Hale.' / '“No,” Hale said.' / '“I have a family.”' stays Hale's).
                r = Attribution(other[1], None, Method.CONVERSATION)
        if r is not None and not weak:
            addressee = self._addressee(r.cue) if r.cue is not None else None
            if turns and turns[-1][0] == ordinal and turns[-1][1].name == r.speaker.name:
                # A later quote of the same turn: whether the turn ends in a question is its
                # last quote's ('“No,” Hale said. “Why would I?”').
                turns[-1] = (ordinal, turns[-1][1], self._is_question(q), addressee or turns[-1][3])
            elif self._starts_paragraph(q, pi):
                turns.append((ordinal, r.speaker, self._is_question(q), addressee))
                del turns[:-3]
        return r

    def _is_question(self, q: QuoteSpan) -> bool:
        return self.text[q.start:q.end].rstrip(" \"”’'").endswith("?")

    def _addressee(self, cue) -> Optional[Speaker]:
        """Who a question was put to: the object of "asked" ('Hale asked Lee.')."""
        if cue is None or getattr(cue, "lemma", None) not in self.lex.QUESTION_CUES:
            return None
        i = self._tok_at_or_after(cue.start)
        if i is None:
            return None
        for c in self.doc[i].children:
            if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" and not self.quoted[c.i]:
                sp = self._speaker_from_head(c)
                if sp is None:
                    return None
                canon = self.state.names.canonical(sp.name)
                # A surname the article gave in full is that person, whatever the recognizer
                # made of it alone ("Lee asked Hale.").
                return replace(sp, name=canon, kind="person") if canon != sp.name else sp
        return None
        return None
