"""Who said it: attribution rules over a parsed window of text.

Rules run in order of strength; each attributed quote records the rule in ``method``:

``cue``            a speech verb outside the quotes, in the quote's own sentence, and its subject:
                   "“We will win,” Smith said."  /  "Smith told reporters: “We will win.”"
``according-to``   "“We will win,” according to Smith."
``after-quote``    the words after a quote ending in a comma, read by word order when the parse
                   fails: "“France will always be France,” an angry Hollande retaliated."
``colon``          a name right before a colon: "Smith: “We will win.”" (transcripts, headlines)
``headline``       a headline ending with its source: "Putin 'gratefully accepted' invitation -Kremlin"
``signoff``        a quote paragraph signed by a dash line under it: "“We will win.”" / "- Smith.",
                   or after the quote on its own line: "“We will win.” ― Ann Lee, Twitter"
``transcript``     a transcript line labelled inside its marks: '"WALLACE: Will you …' -> Chris
                   Wallace; the quote is the words after the label (:mod:`quotex.layout_rules`)
``conversation``   a dialogue's uncued quote paragraph goes to whoever's turn it is, not merely
                   the last speaker (:mod:`quotex.layout_rules`)
``next-quote``     a quote followed at once by an attributed quote of the same paragraph:
                   "“We will win.” “We always do,” Smith said."
``previous-sentence`` the sentence before in the same paragraph has a cue:
                   "Smith spoke to reporters on Monday. “We will win.”"
``same-paragraph`` an earlier quote of the same paragraph was attributed:
                   "“We will win,” said Smith. “Nobody can stop us.”"
``continuation``   a quote paragraph with no cue right after a paragraph attributed to someone.
``previous-paragraph`` a quote paragraph after a paragraph whose speech verb has a subject
                   ("Caddell told Breitbart News Daily." then a quote paragraph).
``colon-intro``    a sentence ending in a colon introduces the quote; its subject is the source:
                   "A footnote in the report makes that clear: “These assessments …”"
``naming-order``   "X called Y “Q”" by word order when the parse misses it (a weak fallback):
                   "Lopez, a Kent ally, called Ohio's standards “strong.”"
``governing-verb`` no speech verb: the subject of the clause the fragment sits in
                   ("Beruff called Florida's standards “strong.”").
``cue-content``    a Title Case quote inside a speech verb's clause or object: the verb's subject
                   ("Lee said he would revive ''Night Court''").
``chant``          the subject of a chanting verb ("protesters chanted “Lock Him Up!”").
``as-complement``  the quote is what something is called, after "as" on a verb: its subject
                   ("Lee refers to the mayor as “Mr. Fix-It.”").
``uttered-label``  (no speaker) a quote before a noun for a remark or slogan ("the “not yet”
                   comment"): someone's words, kept; with the noun's owner it is ``governing-verb``.
``view-holder``    a fragment below a verb of holding or casting a view (think, fear, see, portray,
                   frame ...): its subject ("The mayor's allies see a “sham” process").

The speaker is never a token inside a quote, so a person merely mentioned in the quote
("“Kim invited Putin,” Peskov said") is never taken for the speaker.

:class:`Attributor` runs the rules in order (:meth:`Attributor.run`); the rules themselves live
with their kind, as parts of the class: :mod:`quotex.mentions` (who a token is),
:mod:`quotex.cue_rules` (a speech verb in the quote's sentence), :mod:`quotex.fragment_rules`
(fragments in the reporter's sentence), :mod:`quotex.context_rules` (colons, headlines, the
sentence or paragraph before) and :mod:`quotex.labels` (quotes nobody said); the word lists they
share are in :mod:`quotex.lexicon`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from .context_rules import ContextRules
from .cue_rules import CueRules
from .cues import PRONOUNS
from .fragment_rules import FragmentRules
from .labels import LabelRules, is_scare_quote, looks_like_title
from .layout_rules import LayoutRules
from .marks import QuoteSpan
from .mentions import MentionRules
from .names import NameRegistry
from .records import Cue, Quote, Speaker

# ``confidence`` is the share of right speakers each rule had on PolNeAR train (named persons),
# scaled down for organisations and unresolved mentions, so that filtering on it works:
# see README "Accuracy" for precision by confidence band.
CONFIDENCE = {
    "cue": 0.96, "previous-sentence": 0.98, "colon": 0.96, "headline": 0.95, "signoff": 0.9, "according-to": 0.84,
    "after-quote": 0.94, "colon-intro": 0.88, "continuation": 0.78, "same-paragraph": 0.81,
    "governing-verb": 0.65, "headline-subject": 0.67, "next-quote": 0.6, "naming-order": 0.5,
    "previous-paragraph": 0.7, "as-complement": 0.75, "chant": 0.75, "cue-content": 0.85, "view-holder": 0.67,
    "inner-cue": 0.75, "none": 0.0,
    # Too rare on PolNeAR train to measure (layout_rules): a transcript label is the same evidence
    # as "Smith: “…”" (``colon``); a dialogue turn is a variant of ``continuation``.
    "transcript": 0.96, "conversation": 0.78,
}
KIND_FACTOR = {"person": 1.0, "organization": 0.95, "unknown": 0.85}
# "it"/"they" left unresolved: right about half the time.
UNRESOLVED_PRONOUN_FACTOR = 0.65
# "<headline> - <Name>: “" / "- More from <Name>: “" right before a quote.
_DIGEST = re.compile(r"\s[-–—]\s*(?:(?:More\s+)?[Ff]rom\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}"
                     r"\s*:\s*$")
# A quote that is one letter and punctuation: "“R,”".
_LETTER = re.compile(r"\W*[^\W\d_]\W*")
# What joins two coordinated quotes: "“a mess” and “a disgrace”", "“bold,” “fresh” or “new”".
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
# A list that gives examples: its quotes are nobody's words ("words such as “storm,” “flood”").
_EXAMPLES = re.compile(r"\b(?:such as|including|like)\s*$", re.I)
# Methods that carry a speaker found elsewhere to the quote.
_CARRIED = frozenset({"previous-sentence", "same-paragraph", "continuation", "previous-paragraph", "colon-intro"})
# A sentence end inside a quote: the quote is a whole sentence or more (``quote_type``).
_SENT_END = re.compile(r"[.!?…]['’\"”)]*\s+[\"“‘]?[A-Z]")


@dataclass
class DocState:
    """What attribution remembers across paragraphs and windows (plain data only)."""

    names: NameRegistry = field(default_factory=NameRegistry)
    # Keep short unattributed fragments (scare quotes) too; see :func:`is_scare_quote`.
    all_quotes: bool = False
    # Last attributed speaker and the paragraph index it was attributed in.
    last_speaker: Optional[Speaker] = None
    last_speaker_para: int = -10
    last_cue: Optional[Cue] = None
    # A speaker introduced by a speech verb in a paragraph without quotes ("Caddell told ...").
    intro_speaker: Optional[Speaker] = None
    intro_para: int = -10
    intro_cue: Optional[Cue] = None
    # The same for a cue with its own content clause ("She said the plan would fail."): used only
    # for a quote that is a whole paragraph of its own.
    clause_intro: Optional[tuple] = None
    clause_intro_para: int = -10
    # The person subject of the last sentence of a paragraph without quotes or cues ("Lee is
    # upbeat about the vote."): used only for a quote that is a whole paragraph of its own.
    subject_intro: Optional[object] = None
    subject_intro_para: int = -10
    last_person: Optional[tuple[str, str]] = None  # (canonical name, title) of the last person subject
    # The last turns of a dialogue (quote paragraphs): (paragraph ordinal, speaker, ends in a question, addressee).
    turns: list = field(default_factory=list)


class Attributor(MentionRules, CueRules, FragmentRules, ContextRules, LabelRules, LayoutRules):
    """Attribute the quotes of one parsed window. ``base`` is the window's offset in ``text``."""

    def __init__(self, text: str, doc, base: int, quotes: list[QuoteSpan], paras: list[tuple[int, int]],
                 ords: list[int], state: DocState) -> None:
        self.text = text
        self.doc = doc
        self.base = base
        self.quotes = quotes
        self.paras = paras  # paragraph (start, end) in document offsets, for this window
        self.ords = ords  # each paragraph's ordinal in the document (adjacency across windows)
        self.state = state
        n = len(doc)
        self.quoted = [False] * n
        self.tok_quote = [-1] * n
        # Offsets from the array, not by making a Token object per word (a tenth of the time).
        starts = (doc.to_array("IDX") + base).tolist() if n else []
        self.starts = starts
        qi = 0
        for i, s in enumerate(starts):
            while qi < len(quotes) and quotes[qi].close <= s:
                qi += 1
            if qi < len(quotes) and quotes[qi].open <= s < quotes[qi].close:
                self.quoted[i] = True
                self.tok_quote[i] = qi
        self._register_names()

    # ------------------------------------------------------------------ main
    def run(self) -> list[Quote]:
        """Attribute every quote of the window, in order."""
        results: list[Optional[tuple]] = [None] * len(self.quotes)
        para_idx = [self._para_of(q.open) for q in self.quotes]
        # Pass 1: cues in the quote's own sentence.
        titles = {k for k, q in enumerate(self.quotes) if looks_like_title(self.text[q.start:q.end])}
        works = {k for k, q in enumerate(self.quotes) if self._work_title(q)}
        titles |= works
        for k, q in enumerate(self.quotes):
            pi = para_idx[k]
            if k in titles:
                # Headlines are all Title Case; their "Name: …" source still counts.
                results[k] = self._line_colon(q, pi) or self._naming(q, pi) or self._naming_order(q) or \
                    self._as_complement(q) or self._chanted(q) or self._headline_tail_cue(q, pi) or \
                    self._headline_subject(q, pi) or \
                    (self._cue_attribution(q, pi) if self._said_title(q, pi) else None) or self._title_in_content(q)
                continue
            # "Pollsters agree - Carl Bialik: “…”": a digest item's source beats the verb of its
            # headline.
            r = (self._colon_attribution(q, pi) if _DIGEST.search(self.text, self.paras[pi][0], q.open)
                 else None) or self._cue_attribution(q, pi) or self._after_quote(q, pi) or \
                self._colon_attribution(q, pi) or self._headline_attribution(q, pi) or \
                self._line_colon(q, pi) or self._signoff(q, pi)
            if r is not None and r[0].start < q.close and r[0].end > q.open:
                # A mention that holds the quote is what the quote names, not who said it:
                # "According to her “fair share” plan, firms …" (the plan is no source of "fair share").
                r = None
            results[k] = r
        # Transcript lines ('"WALLACE: …'): the label inside the marks is the speaker (layout_rules).
        self._transcript_pass(results, para_idx)
        # Pass 2: a quote followed at once by an attributed quote in the same paragraph takes its speaker
        # ("“We will win.” “We always do,” Smith said."); go right to left so chains resolve.
        for k in range(len(self.quotes) - 2, -1, -1):
            if results[k] is None and results[k + 1] is not None and para_idx[k] == para_idx[k + 1]:
                gap = self.text[self.quotes[k].close:self.quotes[k + 1].open]
                if not gap.strip():
                    sp, cue, _ = results[k + 1]
                    results[k] = (sp, cue, "next-quote")
        # Pass 3: in document order, sentence before, continuation and introducing paragraphs.
        out: list[Quote] = []
        st = self.state
        prev_para = -1
        for k, q in enumerate(self.quotes):
            pi = para_idx[k]
            if pi != prev_para:
                self._note_intro(pi)
                prev_para = pi
            r = results[k]
            if self._embedded_post(pi):
                out.append(replace(self._make(q, None), method="embed"))
                continue
            if k in works:
                out.append(replace(self._make(q, None), method="title"))
                continue
            if _LETTER.fullmatch(self.text, q.start, q.end):
                # "voters pull the lever for “R” or “D”", "a grade of ‘A’": a single letter
                # in quotes is the letter itself, nobody's words (a lone digit may be: "''1''").
                out.append(replace(self._make(q, None), method="letter"))
                continue
            if k in titles:
                if r is None and q.mark == "double" and self.text[q.start:q.end].rstrip()[-1:] in ".!?" and \
                        self._said_title(q, pi):
                    # A Title Case quote that is a sentence of its own is said, not a title, and
                    # goes on from the sentence before: "Lee named the enemy. “Donald Trump.”"
                    r = self._previous_sentence(q, pi)
                out.append(replace(self._make(q, None), method="subhead") if r is None and self._subhead(q, pi)
                           else self._make(q, r))
                continue
            early_weak = False
            if r is None and self._starts_paragraph(q, pi) and not self.text[q.close:self.paras[pi][1]].strip() \
                    and re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?:", self.text[q.start:q.end].strip()):
                # A paragraph that is only a quoted label such as "Related:" or "Read more:" is
                # page furniture left in scraped text, not the last speaker going on.
                out.append(self._make(q, None))
                continue
            if r is None and self._label_quote(q, pi):
                # A quote that modifies the noun after it, with no speech verb, is the reporter's
                # label: "no state where ''very conservative'' voters were a larger share" (but
                # "Many fear a “rigged” vote" is how the subject sees it).
                uttered = self._uttered_label(q)
                if uttered is not None:
                    out.append(replace(self._make(q, uttered[0]), method="uttered-label") if uttered[0] is None
                               else self._make(q, uttered[0]))
                else:
                    out.append(self._make(q, self._view_holder(q)))
                continue
            if r is None and self._inside_sentence(q):
                # A quote inside the reporter's sentence belongs to that sentence's subject before
                # it belongs to a cue in the sentence before: "Friends say Manafort travels often,
                # several friends said. Corporate lobbyists describe such work as “a different
                # cup of tea”" -> the lobbyists.
                r = self._governing_subject(q)
                early_weak = r is not None
            if r is None:
                # The sentence that ends in a colon right before the quote introduces it, before
                # a cue in the sentence before that: "Lee said the plan was sound. One critic,
                # Tom Reed, gave his answer on Tuesday: “It will fail.”" -> Reed.
                r = self._colon_intro(q, pi) or self._previous_sentence(q, pi)
            if r is None and k > 0 and para_idx[k - 1] == pi and results[k - 1] is not None:
                # "“Q1,” said Smith. “Q2.”": a later quote of the paragraph, with no cue of its own,
                # is the same speaker's.
                r = (results[k - 1][0], results[k - 1][1], "same-paragraph")
            if r is None:
                r = self._previous_subject(q, pi)
            # Not into a paragraph that is one quote in single marks: that is a subhead in
            # headline style ('There's so much anger.'), not the last speaker going on.
            if r is None and self._starts_paragraph(q, pi) and q.mark != "single":
                if st.last_speaker is not None and st.last_speaker_para >= self.ords[pi] - 1:
                    r = (st.last_speaker, st.last_cue, "continuation")
                elif st.intro_speaker is not None and st.intro_para >= self.ords[pi] - 1:
                    r = (st.intro_speaker, st.intro_cue, "previous-paragraph")
                elif st.clause_intro is not None and st.clause_intro_para == self.ords[pi] - 1 and \
                        self._whole_paragraph(q, pi):
                    # "She said his frequent invocation of the law doesn't fly." then a paragraph
                    # that is one whole quote with no cue: the speaker just introduced goes on.
                    sp = self._speaker_from_head(st.clause_intro[0])
                    if sp is not None:
                        r = (sp, self._cue(st.clause_intro[1]), "previous-paragraph")
                elif st.subject_intro is not None and st.subject_intro_para == self.ords[pi] - 1 and \
                        self._whole_paragraph(q, pi):
                    sp = self._speaker_from_head(st.subject_intro)
                    if sp is not None and sp.kind == "person":
                        r = (sp, None, "previous-paragraph")
            if r is None and q.continued and st.last_speaker is not None:
                r = (st.last_speaker, st.last_cue, "continuation")
            if r is not None and r[2] in _CARRIED and self._quote_is_subject(q):
                # A sentence with the quote as its subject talks about the quoted word; it is not
                # the last speaker going on: "Officials said the files were marked "restricted."
                # "Restricted" is the lowest of the levels." On PolNeAR train 5 such carried quotes
                # were in no attribution and 2 had a source (both given the wrong one).
                r = None
            if r is not None and r[2] in _CARRIED:
                r = self._own_sentence_pronoun(q, r)
            weak = early_weak
            if r is None and out and out[-1].speaker is not None and self._coordinated(k, para_idx):
                # "Lee has called the plan “a mess” and “a disgrace”": a quote coordinated with
                # the one before is the same speaker's, however weakly that one was found.
                prev = out[-1]
                r = (prev.speaker, prev.cue, prev.method)
                weak = results[k - 1] is None
            if r is None:
                r = self._as_complement(q) or self._chanted(q)
                weak = r is not None
            if r is None and not self.text[q.start:q.start + 1].isupper():
                # Only lowercase fragments: capitalised ones without a speech verb are mostly
                # titles and names ("Saturday Night Live"), measured on PolNeAR train.
                r = self._governing_subject(q)
                weak = r is not None
            if r is None:
                r = self._naming_order(q)
                weak = r is not None
            if r is None:
                r = self._inner_cue(q)
            if r is None:
                r = self._view_holder(q)
                weak = r is not None

            # A dialogue's turns: a carried speaker goes to whoever's turn it is (layout_rules).
            r = self._conversation_turn(q, pi, r, weak)
            results[k] = r if not weak else None
            if r is not None and not weak:
                sp, cue, method = r
                st.last_speaker, st.last_speaker_para, st.last_cue = sp, self.ords[pi], cue
            if r is None and self._subhead(q, pi):
                out.append(replace(self._make(q, None), method="subhead"))
                continue
            out.append(self._make(q, r))
        # Propagate a multi-paragraph quote's speaker back to its earlier parts when those had none
        # (the cue often comes in the last paragraph).
        for k in range(len(out) - 2, -1, -1):
            if out[k].speaker is None and self.quotes[k].continues and out[k + 1].speaker is not None \
                    and self.quotes[k + 1].continued:
                nxt = out[k + 1]
                out[k] = Quote(out[k].text, out[k].start, out[k].end, out[k].type, nxt.speaker, nxt.cue,
                               "continuation", CONFIDENCE["continuation"])
        if not self.state.all_quotes:
            out = [q for q in out if not is_scare_quote(q)]
        return out

    def _coordinated(self, k: int, para_idx: list[int]) -> bool:
        """Whether quote ``k`` is coordinated with the one before it ("“a mess” and “a disgrace”"),
        in a list that does not give examples ("words such as “attack,” “Libya”": those are
        nobody's words, whoever the sentence's subject is)."""
        j = k
        while j > 0 and para_idx[j - 1] == para_idx[k] and self._joined(self.quotes[j - 1], self.quotes[j]):
            j -= 1
        if j == k:
            return False
        first = self.quotes[j]
        return not _EXAMPLES.search(self.text, max(0, first.open - 20), first.open)

    def _joined(self, a: QuoteSpan, b: QuoteSpan) -> bool:
        """Whether quote ``b`` is the next item after ``a`` in a list: "and" or "or" between them,
        or a comma inside or outside ``a``'s marks. Two quotes with only a space between them are
        two sentences ("… marked “restricted.” “Restricted” is the lowest level.")."""
        if not _COORDINATED.fullmatch(self.text, a.close, b.open):
            return False
        between = self.text[a.close:b.open]
        return "," in between or "and" in between or "or" in between or \
            self.text[a.start:a.end].rstrip().endswith(",")

    def _make(self, q: QuoteSpan, r) -> Quote:
        text = self.text[q.start:q.end]
        qtype = quote_type(self.text, q, self.paras[self._para_of(q.open)])
        if r is None:
            return Quote(text, q.start, q.end, qtype)
        sp, cue, method = r
        conf = CONFIDENCE.get(method, 0.5) * KIND_FACTOR.get(sp.kind, 0.78)
        if sp.kind == "unknown" and sp.text.lower() in PRONOUNS:
            conf *= UNRESOLVED_PRONOUN_FACTOR
        return Quote(text, q.start, q.end, qtype, sp, cue, method, round(conf, 3))


def quote_type(text: str, q: QuoteSpan, para: tuple[int, int]) -> str:
    """``direct`` for a whole quoted sentence or more, ``partial`` for a fragment.

    "“We will win,” Smith said." is direct; Putin has "gratefully accepted" the invitation is
    partial; a quote starting lowercase inside the reporter's sentence is partial.
    """
    inner = text[q.start:q.end]
    stripped = inner.strip()
    if not stripped:
        return "partial"
    first = next((c for c in stripped if c.isalpha()), "")
    if _SENT_END.search(inner):
        return "direct"
    if not first or not first.isupper():
        # "…" lowercase: a fragment, unless it fills the paragraph (a continuation of a long quote).
        pa, pb = para
        return "direct" if not text[pa:q.open].strip() and not text[q.close:pb].strip() else "partial"
    if stripped[-1] in ".!?…,;:—-" or (q.close < len(text) and text[q.close:q.close + 1] in ",") or not q.closed:
        return "direct"
    pa, pb = para
    before = text[pa:q.open].rstrip()
    if before.endswith((":", ",")) or not before:
        words = len(stripped.split())
        return "direct" if words >= 4 else "partial"
    return "partial"
