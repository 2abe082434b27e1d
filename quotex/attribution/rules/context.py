"""Rules that find the speaker outside the quote's sentence: colons, headlines, sign-offs,
the sentence or paragraph before (``colon``, ``colon-intro``, ``headline``, ``signoff``,
``previous-sentence``, ``previous-paragraph`` …)."""
from __future__ import annotations

import re
from dataclasses import replace

from .labels import TIME_STAMP, is_title_case_line
from .layout import TRANSCRIPT_MIN_LINES
from ...lexicon import lexicon_for
from ...records import NAMED_KINDS
from ...text.marks import QuoteSpan
from ..methods import Attribution, Method, speaker_kind
from ...resolution.names import clean_name, drop_titles
from ...resolution.entities import is_first_name, is_role, person_noun
from ..syntax import is_thing, subject_over_object, unnamed_record
from ...records import Speaker, is_named


# A line longer than this is a paragraph of text, not a headline ("Putin 'gratefully accepted'
# invitation -Kremlin" is short; a reporter's paragraph that ends "- Kremlin" is not a source line).
HEADLINE_MAX_CHARS = 200
# "Name: … 'quote'" counts for a quote later in its paragraph only in a short lead or headline;
# in a longer paragraph the colon after the first words labels what follows, not the quote.
LEAD_MAX_CHARS = 300
# A quoted sentence after a comma ("… with an audience, “I do not know which …”") has at least
# this many words; a shorter capitalised quote after a comma is a name or slogan.
COMMA_SENTENCE_MIN_WORDS = 4
# A label before a colon ("The full statement:", "Here's Lee in 1992:") is at most this many tokens.
LABEL_MAX_TOKENS = 8
# How far back (characters) "the statement said" looks for where the statement was first
# mentioned with its author ("Hydro One said in a statement …"): about two paragraphs.
DOCUMENT_AUTHOR_REACH = 600
# A transcript line may give a title before the name ("Former secretary of state Hillary Rodham
# Clinton: “…”"): at most this many words, with no verb and no punctuation.
TRANSCRIPT_TITLE_MAX_WORDS = 10
# A sign-off's final dot is an abbreviation's when its last word is this short ("- Lee Jr."
# keeps it) and a full stop otherwise ("- Sanders." -> "Sanders"): "Jr.", "Sr.", "Co." fit.
SIGNOFF_ABBREVIATION_CHARS = 4
# ``headline-subject`` tries the headline's first words as a name, longest first, up to this
# many (as many as ``_HEADLINE_START`` takes: "Ann Marie Lee Vows …").
HEADLINE_NAME_MAX_WORDS = 3
# A one-word headline name shorter than this that the article knows only as itself is taken
# for a headline word, not a surname ("Up", "No" in "No ‘Deal’ Yet").
SHORT_NAME_MIN_CHARS = 3

# "Name: …" at the start of a line: a transcript line or a headline's source.
_LINE_COLON = re.compile(r"\s*" + TIME_STAMP + r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*:\s+\S")
# The words after a quote name its speaker looking back: "That's how Darrell
# Comeau, a fisher, describes the change." / "So says Mayor Ann Lee." / "That was the verdict of
# Ann Lee." / "The words came from Ann Lee." (features open on a quote this way). Lowercase role words may stand before the name;
# "how"/"what" need a verb of saying or seeing after the name (and its apposition), so "That's
# what happened in Toronto." names nobody.
_NAME = r"(?!(?:The|A|An|It|He|She|They|We|This|That)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_NAMED_AFTER = re.compile(
    r"\s*(?:(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?P<how>how|what)"
    r"|(?:That|This)(?:['’]s|\s+is|\s+was)\s+the\s+(?:\w+\s+)?(?:verdict|view|message|word|words|warning|"
    r"reaction|assessment|advice|answer|response|take)\s+(?:of|from)"
    r"|(?:Those|These)\s+(?:are|were)\s+the\s+(?:\w+\s+)?words\s+of|So\s+says"
    r"|(?:The|Those|These)\s+(?:\w+\s+)?words\s+(?:came|come|were|are)\s+(?:from|spoken\s+by))"
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?P<name>" + _NAME + r")"
    r"(?P<verb>(?:,[^.,]{1,80},)?\s+(?:describes|described|puts|put|says|said|sees|saw|explains|explained|"
    r"sums|summed|tells|told|recalls|recalled|remembers|remembered|calls|called|characterizes|"
    r"characterized|characterises|characterised|views|viewed))?")
# After a quote that opens a headline: a colon and a clause ("‘A punch in the gut’: Workers react …").
_COLON_THEN_CLAUSE = re.compile(r"\s*:\s+(?:[A-Z]|(?:the|an?) )")  # ("‘…’: the streetcar operator who …")
# A line of a list of voices: a full name, then a few short descriptions set off by commas, then
# the colon before the quote ("Margaret Ellis, accountant, Leeds: “…”").
# (Not a digest item's headline in capitals before a dash: "POLLS NOT WRONG, JUST EARLY - Ann Lee:".)
# (A legislator's party-and-state tag is one of those descriptions, dots and all: a fact check's
# claim line "SEN. PATRICIA MONTOYA-REYES, D-N.M.: “…”".)
_LISTED_NAME = re.compile(r"[\s\u2022*-]*(?![A-Z\s]+,)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
                          r"(?:\s*,\s*(?:[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?|[^,:;.!?\n–—]{1,40}?)){1,3}\s*:\s*$")
# A line that opens with the label of an interview printed as Q&A ("Q: …", "A: “…”").
# (Or after a sentence's end, where the line breaks were lost: "… plans? A: “I want …”".)
_QA_LINE = re.compile(r"(?:^[ \t]*|(?<=[.!?\"”]) )[\"“]?(?:Q|A|Question|Answer)[ \t]*:[ \t]", re.M)
# A headline ending in its source: "… -Kremlin", "…: Minister".
_HEADLINE_SRC = re.compile(r"(?:\s[-–—]\s?|\s?[-–—]\s)([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3})\s*$")
_HEADLINE_COLON = re.compile(r":\s+([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,3})\s*$")
# The next line that is not blank (for a sign-off under a quote paragraph).
# A transcript line's label ("Luciana Lopez: …"), as quotex.attribution.mentions reads it.
_PARA_LABEL_AT = re.compile(r"[ \t]*" + TIME_STAMP + r"([A-Z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,3})[ \t]*:[ \t]+(?=\S)")
# A quote's last line that only signs it: "Ann Lee, Center for Budget Research." (a name of two
# to four capitalised words, then at most a comma and a short tail, and a full stop).
_SIGNED_LINE = re.compile(r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*(?:,[^\n,]{2,80})?[.\s]*")
_NEXT_LINE = re.compile(r"\n[ \t]*(?:\n[ \t]*)*([^\n]*)")
# "Guns Are ‘A Crisis,’ Dean Tells Convention.": a headline's source named after its quote.
_HEADLINE_TAIL_CUE = re.compile(r"[,.!?]?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}?)\s+(?:Says|Tells|Finds|Warns|"
                                r"Writes|Admits|Insists|Claims|Declares|Argues|Vows|Urges)\b")
# A headline's opening words (names), for ``headline-subject``.
_HEADLINE_START = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
# What follows a headline's opening name when that name alone is the subject: a space and a
# word, not a comma, a dash or 'and'/'&' joining a second subject.
_HEADLINE_LONE_SUBJECT = re.compile(r"\s+(?!(?:and|&)\s)[A-Za-z]")
# A sign-off paragraph under a quote paragraph: "- Bernie Sanders." / "—President Obama, tweeting …"
# / "― Pamela Ruiz" (the horizontal bar of quotation lists) / "-- @janedoe".
_SIGNOFF = re.compile(r"\s*[-–—―]+\s*((?:[A-Z][\w.'’-]*|@\w+)(?:\s+[A-Z][\w.'’-]*){0,4})\s*(?:[,.;(]|$|"
                      r"(?:on|via)\s+[A-Z])")
# A signed name's words: capitalised, with small joining words between them ("Iowa Right to
# Life") and up to two lower-case modifiers of a title before them ("state Rep. Jennifer
# Konfrst", "former Gov. Ann Lee"), checked against the lexicon where matched.
_JOINERS = "|".join(sorted(lexicon_for("en").NAME_JOINERS, key=len, reverse=True))
_SIGNED_WORDS = (r"((?:[a-z][\w.-]*[ \t]+){0,2}(?:[A-Z][\w.'’-]*|@\w+)"
                 r"(?:[ \t]+(?:(?:%s)[ \t]+){0,2}[A-Z][\w.'’-]*){0,5})" % _JOINERS)
# The same on the quote's own line, after its closing mark: "“We will win.” ― Pamela Ruiz",
# "“About time.” — @cyclingmom on Twitter" (the platform after "on"/"via"),
# '"Great speech." - Ann Lee, Twitter', '"We will win" — Mayor Ann Lee, on Tuesday'. Whatever
# follows the name is set off by a comma or a bracket (a title, a place, a platform), so "“a
# mess” - Lee said so twice" (a dash inside a sentence) is no sign-off.
# A newsletter's section label before a quote: "QUOTE OF THE DAY:", "Overheard:".
_SECTION_LABEL = re.compile(r"[A-Z][\w'’ ]{0,40}:")


def _signed_after_label(text: str, pre: str, q, pb: int) -> bool:
    """Whether a quote after a section's label is signed on its own line after the closing mark:
    "QUOTE OF THE DAY: “I've never seen a whip count change this often.” — Rep. Douglas Ferrante
    (R-Ohio), to reporters". The dash names the speaker, not the label before the colon."""
    return bool(pre) and _SECTION_LABEL.fullmatch(pre) is not None and q.closed and \
        _SIGNOFF_SAME_LINE.match(text, q.close, pb) is not None


_SIGNOFF_SAME_LINE = re.compile(r"[ \t.,]*[-–—―]+[ \t]*" + _SIGNED_WORDS +
                                r"[ \t]*(?:[,;(][^\n]*|(?:on|via)[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[ \t]*\.?[ \t]*|\.?[ \t]*)$",
                                re.M)


# How many topic lines of a Q&A write-up one intro may head ("On the defense: “…”"; see
# ContextRules._listed_topics_intro).
MAX_TOPIC_LINES = 12
# A topic line: a short label opening with a preposition of topic, a colon, then the quote.
_TOPIC_LINE = re.compile(r"^(?:On|About|Regarding|Concerning)\b[^:\n\"“”]{1,80}:\s*[\"“]")

class ContextRules:
    """Rules that find the speaker outside the quote's sentence.

    A part of :class:`quotex.attribution.attribute.Attributor`, which holds the parsed window.
    """

    def _line_colon(self, q: QuoteSpan, pi: int):
        """A headline or lead shaped "Name: … 'quote' …" credits the name before the colon.

        "Issa: Hillary Clinton's 'Honesty Is In Question.'" -> Issa. Labels such as "UPDATE:" or
        "The Latest:" are not sources.
        """
        pa, pb = self.paras[pi]
        m = _LINE_COLON.match(self.text, pa, pb)
        if not m and pa == 0:
            return self._headline_role_colon(q, pi)
        if not m or pa + m.end(1) >= q.open:
            return None
        name = m.group(1)
        if name.lower() in self.lex.HEADLINE_LABELS or name.split()[0] in ("The", "A", "An") or \
                (pb - pa > LEAD_MAX_CHARS and not self._starts_paragraph(q, pi)):
            return None
        a, b = m.start(1), m.end(1)
        toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i]]
        sp = self._speaker_from_head(toks[-1]) if toks else None
        canon = self.state.names.canonical(name.title() if name.isupper() else name)
        kind = sp.kind if sp is not None and sp.kind != "unknown" else "person"
        return Attribution(Speaker(self.text[a:b], a, b, canon, sp.title if sp else None, kind), None, Method.LINE_COLON)

    def _headline_role_colon(self, q: QuoteSpan, pi: int):
        """A headline shaped "Description: … 'quote' …" credits the person the description is:
        "Former Colorado secretary of state: Democrats need 'fewer consultants, more candidates'",
        "Fire chief: Crews had 'no chance' to save the mill" -> the description, which stage 2
        resolves to the one the story gives that role. Only a verbless label of a few words ending
        in a role noun and its complement, before the quote, on the document's first line."""
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        colon = line.find(": ")
        if colon < 0 or pa + colon >= q.open or len(line) > HEADLINE_MAX_CHARS or line.rstrip().endswith("."):
            return None
        label = [t for t in self._tokens_between(pa, pa + colon) if not t.is_punct]
        if not 2 <= len(label) <= 7 or any(self.quoted[t.i] or t.pos_ in ("VERB", "AUX") for t in label):
            return None
        heads = [t for t in label if t.head.i == t.i or not label[0].i <= t.head.i <= label[-1].i]
        if len(heads) != 1 or not is_role(heads[0].text) or heads[0].ent_type_:
            return None
        sp = self._speaker_from_head(heads[0])
        return Attribution(sp, None, Method.LINE_COLON) if sp is not None else None

    def _named_after(self, q: QuoteSpan, pi: int):
        """A quote that is a whole sentence, named by the words after it looking back.

        "“Twenty years ago the traps were full.”" / "That's how Darrell Comeau, a third-generation
        fisher, describes the change." -> Darrell Comeau; also "So says Mayor Ann Lee." and "That
        was the verdict of Ann Lee.", in the next paragraph after a paragraph that is the quote,
        or in the same paragraph right after a quote that opens it. Read from the text, since
        the paragraph after a quote is not always in the parsed window.
        """
        if q.continues or not self._starts_paragraph(q, pi) or \
                self.text[q.start:q.end].rstrip()[-1:] not in (".", "!", "?", "…"):
            return None
        pa, pb = self.paras[pi]
        if self.text[q.close:pb].strip():
            start, end = q.close, pb
        elif self._whole_paragraph(q, pi):
            m = _NEXT_LINE.match(self.text, pb)
            if not m:
                return None
            start, end = m.start(1), m.end(1)
        else:
            return None
        n = _NAMED_AFTER.match(self.text, start, end)
        if not n or (n.group("how") and not n.group("verb")):
            return None
        a, b = n.span("name")
        name = self.text[a:b].rstrip(".")
        b = a + len(name)
        names = self.state.names
        canon = names.canonical(clean_name(name)) or name
        return Attribution(Speaker(name, a, b, canon, names.title_of(canon), "person"), None, Method.NAMED_AFTER)

    def _colon_intro(self, q: QuoteSpan, pi: int):
        """A sentence ending in a colon introduces the quote: its subject is the source.

        "A footnote in the report makes that clear: “These assessments do not apply …”"
        "The Daily News focuses on the shooting: “In taking 129 lives …”"
        """
        pa, _ = self.paras[pi]
        pre = self.text[pa:q.open].rstrip()
        inner = self.text[q.start:q.end]
        if pre[:-1].strip().lower() in self.lex.HEADLINE_LABELS - self.lex.QUESTION_LABELS - self.lex.ANSWER_LABELS:
            return None  # a section's label alone ("Ruling: “…”"), as for ``colon``
        # Or a comma before a quoted sentence, with any verb: "Clinton shared her worry with an
        # audience, “I do not know which Trump will show up.”"
        if pre.endswith(":") or (pre.endswith(",") and inner[:1].isupper() and len(inner.split()) >= COMMA_SENTENCE_MIN_WORDS):
            end = pa + len(pre) - 1
        elif pre.endswith(("--", "\u2014", "\u2013")) and inner[:1].isupper() and \
                len(inner.split()) >= COMMA_SENTENCE_MIN_WORDS and inner.rstrip()[-1:] in ".!?":
            # A dash does a colon's work before a whole quoted sentence: "Lee also backed the
            # tax -- “I think it is the fairest one we have.”"
            end = pa + len(pre.rstrip("-\u2014\u2013").rstrip())
            if end <= pa:
                return None
        elif not pre and pi > 0 and self.ords[pi - 1] == self.ords[pi] - 1:
            # The paragraph before ends with a colon: "Smith put it this way:" / quote paragraph.
            a, b = self.paras[pi - 1]
            prev = self.text[a:b].rstrip()
            if not prev.endswith(":"):
                return None
            end = a + len(prev) - 1
        else:
            return None
        return self._intro_before(q, pi, end)

    def _intro_before(self, q: QuoteSpan, pi: int, end: int, topics: bool = True):
        """Who the sentence whose colon is at offset ``end`` introduces (see _colon_intro);
        ``topics``: a verbless topic label may hand the quote on (_verbless_intro)."""
        colon = self._tok_before(end + 1)
        if colon is None or self.quoted[colon]:
            return None
        root = self.doc[colon].sent.root
        # The parser often hangs the colon (and the words before it) off the quote's own verb:
        # "Sanders delivered a snappy retort: “No one is tearing this up.”"; then the last verb
        # before the colon is the one.
        sent_start = self.doc[colon].sent.start
        before = next((self.doc[i] for i in range(colon - 1, sent_start - 1, -1)
                       if self.doc[i].pos_ == "VERB" and not self.quoted[i]), None)
        for t in (self.doc[colon].head, root, before):
            if t is None:
                continue
            if self.quoted[t.i] or t.pos_ not in ("VERB", "AUX"):
                continue
            if t is before and t.dep_ == "advcl" and t.tag_ in ("VBN", "VBG") and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                # A fronted participle has no subject of its own: "Reached by phone Tuesday, the
                # founder, Lisa Chen, was blunt:" is no "phone" (the passive's agent).
                continue
            head = self._subject_of(t)
            if head is not None and t.pos_ == "AUX" and any(c.dep_ == "conj" and c.ent_type_ == "PERSON"
                                                           for c in head.children):
                # "Here's Ann Lee and Tom Hale in 1998:" presents two people; it says not whose
                # words follow.
                continue
            if head is not None and head.lower_ not in self.lex.EMPTY_SUBJECTS_NO_THAT and head.pos_ != "VERB":
                # (An activity says nothing: in "She is sure that keeping him in jail will make
                # him louder:" the colon hangs off "make", whose subject is "keeping"; "is" has hers.)
                if is_thing(head):
                    # "The result did not surprise pollster Ann Lee:" -> who it struck speaks.
                    obj = [c for c in t.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and
                           not self.quoted[c.i]]
                    head = obj[0] if obj else head
                    if not obj:
                        head = self._topic_person(t, head) or head
                sp = self._speaker_from_head(head)
                if sp is not None:
                    return Attribution(sp, self._cue(t) if self.lex.is_cue_token(t) else None, Method.COLON_INTRO)
        # "For Ms Pryce, the answer is simple: “…”": a copula the parser hung under the quote's
        # verb, with a thing as its subject and a person it is set up for.
        cop = next((self.doc[i] for i in range(colon - 1, sent_start - 1, -1)
                    if self.doc[i].pos_ == "AUX" and self.doc[i].dep_ not in ("aux", "auxpass")
                    and not self.quoted[i]), None)
        if cop is not None:
            subj = self._subject_of(cop)
            who = self._topic_person(cop, subj) if subj is not None and is_thing(subj) else None
            sp = self._speaker_from_head(who) if who is not None else None
            if sp is not None:
                return Attribution(sp, None, Method.COLON_INTRO)
        r = self._stance_subject(colon, sent_start)
        if r is not None:
            return r
        r = self._earlier_intro_verb(colon, sent_start)
        if r is not None:
            return r
        r = self._name_label(colon, sent_start)
        if r is not None:
            return r
        # A short label naming a document: "Partial transcript as follows:" / "The full
        # statement:" -> the document is the source (what follows are its lines).
        if colon - sent_start <= LABEL_MAX_TOKENS:
            for i in range(sent_start, colon):
                t = self.doc[i]
                if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in self.lex.DOC_NOUNS and not self.quoted[i]:
                    sp = self._speaker_from_head(t)
                    if sp is not None:
                        return Attribution(sp, None, Method.COLON_INTRO)
                    break
            r = self._person_label(colon, sent_start)
            if r is not None:
                return r
            return self._verbless_intro(q, pi, colon, sent_start) if topics else None
        return None

    def _stance_subject(self, colon: int, sent_start: int):
        """"Michigan GOP chair Victor Sandoval was quick to pounce: “…”", "The senator was unmoved:
        “…”": a sentence that only says how someone stood (a copula, or a participle with no
        agent) before a colon introduces that person's words, when its subject names a person or
        an organisation (not "The answer is simple:", not "It was clear:"). The parser often hangs
        such a clause under the quote's verb, so the last predicate before the colon is read."""
        for i in range(colon - 1, sent_start - 1, -1):
            t = self.doc[i]
            if self.quoted[i]:
                return None
            if not (t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass") or t.pos_ == "VERB" and t.tag_ == "VBN"):
                continue
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not self.quoted[c.i]]
            if not subj or t.tag_ == "VBN" and any(c.dep_ == "agent" for c in t.children):
                return None
            if any(self.lex.is_cue_token(a) and not self.quoted[a.i] for a in t.ancestors):
                # (a clause someone reports: "Slinker said Mr. Trump was a candidate in the spirit
                # of the valley: “…”" is Slinker's, left to the rules of his verb)
                return None
            head = subj[0]
            if any(c.dep_ == "conj" for c in head.children):
                return None  # two named ("Here's Ann Lee and Tom Hale in 1998:") say not whose words follow
            if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG") or head.lower_ in self.lex.PRONOUN_GENDER or \
                    head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.PERSON_NOUNS:
                sp = self._speaker_from_head(head)
                return Attribution(sp, None, Method.COLON_INTRO) if sp is not None else None
            return None
        return None

    def _verbless_intro(self, q: QuoteSpan, pi: int, colon: int, sent_start: int):
        """"“We will cut taxes,” Lee said. / On the new bridge: “It opens in May.”": a colon after
        words with no verb ("On the bridge:", "Then, later on CBC:", "And on his goalie:") names
        a topic or an occasion, not a speaker; the speaker of the paragraph before goes on.
        Only a quoted sentence, and only when that speaker was found in this paragraph or the
        one just before."""
        st = self.state
        inner = self.text[q.start:q.end].lstrip()
        if not inner[:1].isupper():
            return None
        if self.doc[colon].text != ":" or self.text[self.paras[pi][0]:self.doc[sent_start].idx + self.base].strip():
            return None  # only a colon, after a label that opens its paragraph
        if st.last_speaker is None or st.last_speaker_para < self.ords[pi] - 1:
            return self._listed_topics_intro(q, pi, colon, sent_start)
        words = [self.doc[i] for i in range(sent_start, colon) if not self.doc[i].is_punct]
        # It opens with a preposition or an adverb ("On …", "Then, later …", "And on …"): "The
        # council on the budget:" and "Hale on taxes:" label their own words.
        if not words or words[0].pos_ not in ("ADP", "ADV", "CCONJ", "SCONJ") or \
                self.text[q.close:self.paras[pi][1]].strip()[:1].islower():
            return None
        # (a person named in a topic is what is asked about: "On Josh Allen's injury:")
        topic = words[0].lower_ in self.lex.TOPIC_PREPS
        if any(self.quoted[t.i] or t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" and not topic or
               t.pos_ == "PRON" and t.dep_ != "poss" for t in words):
            return None
        return Attribution(st.last_speaker, st.last_cue, Method.COLON_INTRO)

    def _listed_topics_intro(self, q: QuoteSpan, pi: int, colon: int, sent_start: int):
        """A Q&A write-up's topic lines under one intro: "Here is what Bills coach Sean McDermott
        said after Sunday's loss:¶On the final drive: “We had a chance.”¶On the defense: “They
        played their hearts out.”" -> McDermott for each line. The paragraphs between the intro
        (a paragraph ending in a colon, with no quote of its own) and this one must all be such
        topic lines, each opening with a preposition of topic (lexicon TOPIC_PREPS)."""
        words = [self.doc[i] for i in range(sent_start, colon) if not self.doc[i].is_punct]
        if not words or words[0].lower_ not in self.lex.TOPIC_PREPS or \
                any(self.quoted[t.i] or t.pos_ in ("VERB", "AUX") for t in words):
            return None
        for k in range(pi - 1, max(-1, pi - 1 - MAX_TOPIC_LINES), -1):
            a, b = self.paras[k]
            para = self.text[a:b].strip()
            if self.ords[k] != self.ords[pi] - (pi - k):
                return None  # a paragraph outside the window between them
            if para.endswith(":") and not _TOPIC_LINE.match(para) and not any(c in para for c in "\"“”"):
                end = a + len(self.text[a:b].rstrip()) - 1
                r = self._intro_before(q, k, end, topics=False)
                if r is not None and is_named(r.speaker) and r.speaker.name[:1].isupper():
                    return r
                # "Gov. Maura Healey took questions on Monday. Here are highlights:": a colon
                # sentence that names no one; the intro's sentence before it does.
                colon_tok = self._tok_before(end + 1)
                if colon_tok is None:
                    return None
                first = self._tok_before(a + 1) or 0
                prior = [t for t in self.doc[first:self.doc[colon_tok].sent.start]
                         if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and not self.quoted[t.i]]
                sp = self._speaker_from_head(prior[-1]) if prior else None
                return Attribution(sp, None, Method.COLON_INTRO) if sp is not None and is_named(sp) and \
                    sp.name[:1].isupper() else None
            if not _TOPIC_LINE.match(para):
                return None
        return None

    def _topic_person(self, verb, subj):
        """The person a sentence is set up for, before its subject: "For Ms Pryce, the answer is
        simple: “…”" and "To the mayor, the choice is clear: “…”" -> that person speaks."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i < subj.i and not self.quoted[c.i]:
                objs = [o for o in c.children if o.dep_ == "pobj" and not self.quoted[o.i]]
                if objs and (objs[0].ent_type_ == "PERSON" or objs[0].lower_ in ("him", "her")
                             or not is_thing(objs[0]) and objs[0].pos_ in ("NOUN", "PROPN")):
                    return objs[0]
        return None

    def _name_label(self, colon: int, sent_start: int):
        """A verbless label before a colon that is a name and what it is: "Dr. Ann Lee, the
        city's medical officer of health:" / "Mayor Tom Hale, speaking to reporters on Monday:"
        / "The Teachers' Federation, in a statement:" -> that person or organisation (the
        apposition or participle may make the label longer than a short one)."""
        if self.doc[colon].text != ":":
            return None
        # The label's own head: the one word before the colon that hangs from nothing in it (the
        # parser may hang the label off the quote's verb when both share one sentence).
        roots = [t for t in self.doc[sent_start:colon] if not t.is_punct and
                 (t.head == t or not sent_start <= t.head.i < colon)]
        if len(roots) != 1:
            return None
        root = roots[0]
        if root.pos_ != "PROPN" or root.ent_type_ not in ("PERSON", "ORG") or self.quoted[root.i]:
            return None
        if any(self.doc[i].tag_ in self.lex.FINITE_TAGS or self.quoted[i] for i in range(sent_start, colon)):
            return None  # "Lee made one thing clear:" has a verb of its own (handled above)
        sp = self._speaker_from_head(root)
        return Attribution(sp, None, Method.COLON_INTRO) if sp is not None else None

    def _document_author(self, r):
        """A document that "says" speaks for whoever put it out, named where the article first
        mentioned it: "Hydro One said in a statement that …" / "“…,” the statement said" ->
        Hydro One; "The ministry issued a news release." / "“…,” the release said" -> the
        ministry; "a letter from Mayor Ann Lee …" / "the letter reads" -> Ann Lee. Only "the
        statement" (a definite document noun) looks back, to the nearest earlier mention of that
        same noun within DOCUMENT_AUTHOR_REACH characters; the mention stays as written, only the
        name, title and kind are the author's. With no named author the document stays the source.
        """
        sp = r.speaker if r is not None else None
        if sp is None or sp.kind == "person":
            return r
        words = sp.text.lower().split()
        toks = self._tokens_between(sp.start, sp.end)
        if len(words) == 3 and len(toks) == 3 and words[2] in self.lex.SPEECH_VERBS:
            # "“Turn around, don't drown,” the post read": the tagger made "read" a noun and the
            # mention "the post read"; the document is "the post".
            words, toks = words[:2], toks[:2]
        if len(words) != 2 or words[0] not in self.lex.DEFINITE_DETERMINERS or words[1] not in self.lex.DOC_THINGS:
            return r
        if not toks:
            return r
        head = toks[-1]
        for i in range(head.i - 1, -1, -1):
            u = self.doc[i]
            if u.idx + self.base < sp.start - DOCUMENT_AUTHOR_REACH:
                break
            if self.quoted[i] or u.lemma_.lower() != head.lemma_.lower() or u.pos_ != "NOUN":
                continue
            # One who puts the document out is its author ("The ministry issued a release", "Lee
            # sent a letter"), not one who has, keeps or got it: in "Mark Singer keeps a framed
            # note from the team on his wall. … “…,” the note says" the note is not Singer's words.
            # (nor "has a copy of the memo": what the verb takes is what the climb enters it by)
            via, verb = u, u.head
            for _ in range(3):
                if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                    break
                via, verb = verb, verb.head
            kept = via.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.lex.HOLDING_VERBS
            owner = None if kept else self._owner_of(u) or self._subject_speaker(u)
            if owner is None:
                # "according to a report released Thursday by the county's health department", "a
                # letter signed by 40 lawmakers": the agent of the participle on the noun put it out.
                agents = [p for a in u.children if a.dep_ == "acl" and a.tag_ == "VBN" and not self.quoted[a.i] and
                          a.lemma_.lower() not in self.lex.HOLDING_VERBS  # ("a letter … obtained by The Daily")
                          for g in a.children if g.dep_ == "agent" for p in g.children
                          if p.dep_ == "pobj" and not self.quoted[p.i]]
                owner = self._speaker_from_head(agents[0]) if agents else None
            if owner is None:
                own = self._speaker_from_head(u)  # "a statement from the ministry", "Lee's letter"
                owner = own if own is not None and own.start != u.idx + self.base else None
            # (a noun for an organisation or a family: "the business mogul" is a person, whose
            # description stage 2 does not look back for by a statement)
            if owner is not None and owner.name.islower() and (
                    owner.kind in ("organization", "group") or owner.name.split(" ")[-1] in self.lex.ORG_TYPE_NOUNS |
                    self.lex.FAMILY_NOUNS | self.lex.PLACE_GOVERNMENT_NOUNS) and owner.name.split(" ")[-1] not in self.lex.DOC_THINGS and \
                    owner.text.split(" ")[0].lower() in self.lex.DEFINITE_DETERMINERS and \
                    len(owner.name.split(" ")) <= 4 and owner.name.lower() not in self.lex.PRONOUNS:
                # "The division said in a statement …": the document is the division's; the name is
                # the description, which stage 2 resolves as it would "the division said"
                # (quotex.resolution.resolve), the mention stays the document as written.
                kind = owner.kind if owner.kind != "unknown" else \
                    "group" if owner.name.split(" ")[-1] in self.lex.FAMILY_NOUNS else "organization"
                return Attribution(replace(sp, name=owner.name, title=None, kind=kind), r.cue, r.method)
            # Otherwise only a named author: a person's "he said in a statement" is stage 1's
            # pronoun, and "a spokesman said in a statement" no one to name.
            if owner is None or not owner.name[:1].isupper() or not re.fullmatch(r"[\w .'’&-]+", owner.name) \
                    or owner.name.lower() in self.lex.PRONOUNS or \
                    not (is_named(owner) or _proper_name(owner.name) or _org_shaped(owner.name)):
                return r
            # (An organisation without its article: "The RCMP said in a news release" -> RCMP.)
            name = re.sub(r"^[Tt]he\s+", "", owner.name) if owner.kind != "person" else owner.name
            return Attribution(replace(sp, name=name, title=owner.title, kind=owner.kind), r.cue, r.method)
        return r

    def _subject_speaker(self, noun):
        """The subject, named or not, of the verb a document noun hangs from through a
        preposition or as its object: "The division said in a statement …" -> the division."""
        subj = subject_over_object(noun, self.quoted)
        return self._speaker_from_head(subj) if subj is not None else None

    def _person_label(self, colon: int, sent_start: int):
        """A short label with no verb that names one person before a colon: "Here's Lee in 1992:",
        "Then Lee, a week later:" -> Lee (what follows are her words, as in a transcript)."""
        label = [self.doc[i] for i in range(sent_start, colon)]
        if self.doc[colon].text != ":" or any(t.pos_ == "VERB" or self.quoted[t.i] for t in label):
            return None
        people = [t for t in label if t.ent_type_ == "PERSON"]
        if not people or any(t.ent_iob_ == "B" for t in people[1:]):
            return None
        last = people[-1]
        if last.i + 1 < colon and self.doc[last.i + 1].tag_ == "POS" or \
                label and label[0].lower_ in self.lex.TOPIC_PREPS:
            # A topic, not a speaker: "On Josh Allen's injury:", "On Allen:" label what the coach
            # is asked about (a Q&A write-up's lines), and gave the junk name "s".
            return None
        sp = self._speaker_from_head(last)
        return Attribution(sp, None, Method.COLON_INTRO) if sp is not None else None

    def _earlier_intro_verb(self, colon: int, sent_start: int):
        """The nearest earlier verb of the colon's sentence whose subject is a person or group.

        "The mayor has since apologized for what happened: “…”": the last verb before the colon
        ("happened") has no one as its subject; the verb before it does. Only people and
        organisations: a thing the reporter's clause is about is not who speaks.
        """
        for i in range(colon - 1, sent_start - 1, -1):
            t = self.doc[i]
            if t.pos_ != "VERB" or self.quoted[i]:
                continue
            head = self._subject_of(t)
            if head is None or head.lower_ in self.lex.EMPTY_OR_RELATIVE_SUBJECTS:
                continue
            sp = self._speaker_from_head(head)
            if is_named(sp):
                return Attribution(sp, self._cue(t) if self.lex.is_cue_token(t) else None, Method.COLON_INTRO)
        return None

    def _colon_attribution(self, q: QuoteSpan, pi: int):
        """"Smith: “We will win.”" and transcript lines "PENCE: “…”"."""
        pa, pb = self.paras[pi]
        pre = self.text[pa:q.open]
        if _signed_after_label(self.text, pre.strip(), q, pb):
            return None  # a section's label, the quote signed after it (``signoff``)
        if pre.strip().split(" ")[0].lower() in self.lex.TOPIC_PREPS:
            return None  # a topic, not a name: "On Senate President Karen Spilka: “…”" (_colon_intro's)
        # "Rep. Trey Gowdy (R-S.C.):“…”": a party-and-state tag between the name and the colon.
        listed = _LISTED_NAME.match(pre)
        if listed and not any(t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()
                              for t in self._tokens_between(pa + listed.end(1), q.open)):
            # A list of voices, each line opening with the name and a few words about them:
            # "Margaret Ellis, accountant, Leeds: “…”" -> Margaret Ellis.
            toks = [t for t in self._tokens_between(pa + listed.start(1), pa + listed.end(1)) if not self.quoted[t.i]]
            sp = self._speaker_from_head(toks[-1]) if toks else None
            if sp is not None:
                a, b = pa + listed.start(1), pa + listed.end(1)
                name = clean_name(self.text[a:b])
                # (a claim line in capitals names the person as the body writes names: "SEN.
                # PATRICIA MONTOYA-REYES, D-N.M.:" -> Patricia Montoya-Reyes, as for a transcript label)
                name = self.state.names.canonical(name.title() if name.isupper() else name) or sp.name
                kind = sp.kind if sp.kind != "unknown" else "person"
                return Attribution(Speaker(self.text[a:b], a, b, name, sp.title, kind), None, Method.COLON)
        m = re.search(r"([A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4})\s*(?:\([^()\n]{1,30}\))?\s*:\s*$",
                      pre)
        if not m:
            return None
        # A digest item: "IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “…”",
        # "Signs of momentum were there all along - More from Blumenthal and Cohen: “…”": the
        # name after the dash is the source of the excerpt.
        digest = re.search(r"\s[-–—]\s*(?:(?:More\s+)?[Ff]rom\s+)?$", pre[:m.start()]) is not None
        # The name must start the paragraph or a sentence; a transcript line may give a title
        # first ("Former secretary of state Hillary Rodham Clinton: “…”").
        if not digest and len(pre.strip()) - len(m.group(0).strip()) > 0 and \
                not re.search(r"[.!?]['\"”’]*\s*$", pre[:m.start()]) \
                and not (len(pre.split()) <= TRANSCRIPT_TITLE_MAX_WORDS and not re.search(r"[,;:.!?]", pre[:m.start()]) and not any(
                    t.pos_ in ("VERB", "AUX") for t in self._tokens_between(pa, pa + m.start()))):
            return None
        a = pa + m.start(1)
        b = pa + m.end(1)
        label = m.group(1).lower()
        if label in self.lex.HEADLINE_LABELS - self.lex.QUESTION_LABELS - self.lex.ANSWER_LABELS:
            # A section's label is no speaker: "Claim: “Under Gov. Halvorsen, the gas tax went up …”"
            # (a fact check names the claimant on another line), "UPDATE: “…”".
            return None
        if label in self.lex.QUESTION_LABELS or label in self.lex.ANSWER_LABELS:
            # An interview printed as Q&A with the answers quoted: 'Q: What comes first?' /
            # 'A: “People need to see officers who know their names.”' is the interviewee's
            # answer, not a speaker called "A" (as ``transcript`` reads '"A: …'). Only where two
            # or more lines are so labelled, so "Plan A: “…”" stays a name.
            if len(_QA_LINE.findall(self.text)) < TRANSCRIPT_MIN_LINES:
                return None
            return self._qa_speaker(m.group(1), a, b, label in self.lex.ANSWER_LABELS)
        toks = self._tokens_between(a, b)
        toks = [t for t in toks if not self.quoted[t.i]]
        if not toks:
            return None
        head = toks[-1]
        sp = self._speaker_from_head(head)
        if sp is None:
            return None
        # Use the whole name before the colon as the mention.
        mtext = self.text[a:b]
        name = sp.name
        if mtext.isupper():
            canon = self.state.names.canonical(mtext.title())
            name = canon
            kind = "person"
        else:
            kind = sp.kind if sp.kind != "unknown" else "person"
            if kind == "person":
                # The whole name as written ("Hillary Rodham Clinton"), not the entity the
                # recognizer cut out of it.
                name = self.state.names.canonical(clean_name(mtext)) or name
        return Attribution(Speaker(mtext, a, b, name, sp.title, kind), None, Method.COLON)

    def _signoff(self, q: QuoteSpan, pi: int):
        """A quote paragraph signed in the paragraph after it with a dash and a name.

        Fact checks and "quotable" boxes print the quote alone and the source under it:
        "“Boeing and GE … pay zero taxes.”" / "- Sanders." / "-President Obama, tweeting after …";
        lists of quotes sign each on its own line: "“We will win.” ― Pamela Ruiz",
        '"Great speech." - Ann Lee, Twitter'. Only a quote that opens its paragraph and ends it (or
        is followed by nothing but the sign-off), and only a dash starting a capitalised name.
        """
        pa, pb = self.paras[pi]
        signed = self._signed_last_line(q, pi)
        if signed is not None:
            return signed
        # (A list item's bullet may stand before the quote: "• “We will win.” — Ann Lee".)
        pre = self.text[pa:q.open].strip(" \t\u2022\u00b7\u25aa\u25cf*")
        if pre and not _signed_after_label(self.text, pre, q, pb) or q.continues:
            return None
        # Signed on its own line, after the closing mark: "“We will win.” ― Pamela Ruiz".
        m = _SIGNOFF_SAME_LINE.match(self.text, q.close, pb) if q.closed else None
        if m is None:
            if self.text[q.close:pb].strip(" ."):
                return None
            # The next non-blank paragraph, read off the text: it may lie in the next window.
            m = _NEXT_LINE.match(self.text, pb)
            if not m:
                return None
            na, nb = m.start(1), m.end(1)
            m = _SIGNOFF.match(self.text, na, nb)
            if not m:
                return None
        elif self._sentence_after_name(m.end(1), m.end()):
            return None
        a, b = m.start(1), m.end(1)
        lower = re.match(r"(?:[a-z][\w.-]*[ \t]+)+", self.text[a:b])
        if lower is not None:
            # "— state Rep. Jennifer Konfrst": lower-case words only as a title's modifiers
            # ("state", "former", "acting") right before the title; never "— said Ann Lee".
            rest = self.text[a + lower.end():b].split()
            if not all(w in self.lex.TITLE_SKIP for w in lower.group().split()) or not rest or \
                    not (is_role(rest[0]) or rest[0].lower().rstrip(".") in self.lex.HONORIFICS):
                return None
        if self.text[b - 1] == "." and b - a > SIGNOFF_ABBREVIATION_CHARS and \
                " " not in self.text[b - SIGNOFF_ABBREVIATION_CHARS:b]:
            b -= 1  # "- Sanders." -> "Sanders" (but "Jr." keeps its dot)
        sp = None
        if b <= self.base + len(self.doc.text):
            toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i]]
            sp = self._speaker_from_head(toks[-1]) if toks else None
        mtext = self.text[a:b]
        words = mtext.split()
        # "― Mayor Ann Lee", "— state Rep. Jennifer Konfrst": the title written before the name.
        named = drop_titles(words, self.lex.TITLE_SKIP)
        name = self.state.names.canonical(" ".join(named) if named and lower is not None else mtext)
        kind = sp.kind if sp is not None and sp.kind != "unknown" else \
            "organization" if any(w in self.lex.NAME_JOINERS for w in words) and not is_first_name(words[0]) \
            else "person"  # ("— Iowa Right to Life": a name with "to" and no first name is a body's)
        # (the parse's apposition stops at its paragraph: "Rita Hart, chair of the Iowa Democratic
        # Party" with the next item's line after it)
        title = " ".join(words[:len(words) - len(named)]) or \
            ((sp.title or "").split("\n")[0].strip() or None if sp else None)
        return Attribution(Speaker(mtext, a, b, name, title if title != name else None, kind), None, Method.SIGNOFF)

    def _labelled_line(self, q: QuoteSpan, pi: int):
        """A quote inside a transcript line labelled with a person ("Lopez: Well, no one says
        ‘my 401(k) is speculation.’"): the labelled speaker quotes it, whatever the line's own
        words look like ("Saying to people ‘Wall Street’ …" is no "X said"). Only a label that
        names someone the article gave (:meth:`_line_label`), of three letters or more.
        """
        pa, _ = self.paras[pi]
        m = _PARA_LABEL_AT.match(self.text, pa)
        if m is None or m.end() > q.open or ":" in self.text[m.end():q.open] or not self.text[:pa].strip():
            # (not the headline's "The Latest: …", and not past a second label in the line:
            # 'Clinton: "…" Bush: "…"')
            return None
        name = self._line_label(q.open)
        if name is None or len(name) < 3:
            return None
        if any(self.lex.is_cue_token(t) and not self.quoted[t.i] and
               any(c.dep_ in self.lex.SUBJ_DEPS and not self.quoted[c.i] for c in t.children)
               for t in self._tokens_between(m.end(), q.open)):
            # "RAMAN: … The board's chair put it plainly. She told the crowd, “…”": the
            # labelled reporter quotes someone her line names with a cue of its own.
            return None
        a, b = m.start(1), m.end(1)
        toks = self._tokens_between(a, b) if b <= self.base + len(self.doc.text) else []
        label = self.text[a:b]
        if not (toks and all(t.ent_type_ == "PERSON" for t in toks) or
                " " not in label and name != label and name.endswith(label)):
            # Only a person's name, or a surname the article gave in full ("Editor's Note:",
            # "CNN President On Trump:" are not).
            return None
        return Attribution(Speaker(self.text[a:b], a, b, name, None, "person"), None, Method.TRANSCRIPT)

    def _signed_last_line(self, q: QuoteSpan, pi: int):
        """A quote whose last line, before the closing mark, is only its source's name (and affiliation).

        Op-eds and newsletters print a quoted passage and sign it on its own line before the
        closing mark: '"We will enter the next recession without a plan.' / 'Ann Lee, Center for
        Budget Research."'. The quote opens its line and runs to its end unclosed; the next line
        is a name the recogniser knows as a person, with at most a comma and a title, place or
        organisation after it, no verb of a sentence, and the closing mark.
        """
        pa, pb = self.paras[pi]
        if q.closed or q.continues or self.text[pa:q.open].strip() or self.text[q.end:pb].strip():
            return None
        m = _NEXT_LINE.match(self.text, pb)
        if not m:
            return None
        na, nb = m.start(1), m.end(1)
        line = self.text[na:nb].rstrip()
        if not line or line[-1] not in "\"”" or any(c in line[:-1] for c in "\"“”"):
            return None
        m = _SIGNED_LINE.fullmatch(self.text, na, na + len(line) - 1)
        if m is None or self._sentence_after_name(m.end(1), m.end()):
            return None
        a, b = m.start(1), m.end(1)
        mtext = self.text[a:b]
        sp = None
        if b <= self.base + len(self.doc.text):
            toks = [t for t in self._tokens_between(a, b)]
            if not toks or any(t.ent_type_ != "PERSON" for t in toks):
                return None
            sp = self._speaker_from_head(toks[-1])
        else:
            # The line lies in the next window (a window may end with the quote's line): a
            # first name from the names list must open it.
            from ...resolution.entities import is_first_name

            if not is_first_name(mtext.split()[0]):
                return None
        return Attribution(Speaker(mtext, a, b, self.state.names.canonical(mtext), sp.title if sp else None, "person"),
                           None, Method.SIGNOFF)

    def _sentence_after_name(self, a: int, b: int) -> bool:
        """Whether the words after a signed name go on as a sentence ("“A mess” - Lee, however,
        disagreed."): a finite verb not inside a relative clause. A sign-off's tail is a title,
        a place or a platform ("- Ann Lee, mayor of Springfield", "- Ann Lee, Twitter", "-Obama,
        tweeting after the vote", "- Ann Lee, who runs the shelter")."""
        for t in self._tokens_between(a, b):
            if t.lower_ in self.lex.RELATIVE_WORDS:
                return False
            if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not self.quoted[t.i] and not t.text[:1].isupper():
                # (A capitalised word is a place the tagger took for a verb: "— Ann Lee, Leeds".)
                return True
        return False

    def _headline_attribution(self, q: QuoteSpan, pi: int):
        """A headline that ends with its source: "Putin 'gratefully accepted' … -Kremlin"."""
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        if len(line) > HEADLINE_MAX_CHARS or line.rstrip().endswith((".", "”", '"')):
            return None
        tail = self.text[q.close:pb]
        if self._starts_paragraph(q, pi) and _COLON_THEN_CLAUSE.match(tail):
            return self._quote_colon_headline(q, pi)
        m = _HEADLINE_SRC.search(tail) or _HEADLINE_COLON.search(tail)
        if not m:
            return None
        a = q.close + m.start(1)
        b = q.close + m.end(1)
        toks = [t for t in self._tokens_between(a, b) if not self.quoted[t.i]]
        if not toks:
            return None
        sp = self._speaker_from_head(toks[-1])
        mtext = self.text[a:b]
        name = self.state.names.canonical(mtext)
        kind = sp.kind if sp is not None else "unknown"
        if kind == "unknown":
            low = mtext.lower()
            if low in self.lex.ORG_NOUNS or any(e.label_ in self.lex.ORG_ENTS for e in self.doc.ents
                                       if self.base + e.start_char < b and self.base + e.end_char > a):
                kind = "organization"
            elif name != mtext:
                kind = "person"
        return Attribution(Speaker(mtext, a, b, name, sp.title if sp else None, kind), None, Method.HEADLINE)

    def _quote_colon_headline(self, q: QuoteSpan, pi: int):
        """A headline that opens with the quote, then a colon and a clause about who said it:
        "‘A punch in the gut’: Alberta energy workers react to pipeline ruling" -> the workers;
        "‘It's heartbreaking’: Family of missing woman pleads for help" -> the family. The
        clause's subject speaks whatever its verb (react, mourn, remember …); a thing as the
        subject ("‘Unacceptable’: Report slams city's snow plan") is no speaker here."""
        _, pb = self.paras[pi]
        toks = [t for t in self._tokens_between(q.close, pb) if not self.quoted[t.i] and not t.is_punct]
        verb = next((t for t in toks if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "amod")), None)
        subj = None if verb is None else \
            next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not self.quoted[c.i]), None)
        if subj is None or subj.i > verb.i or is_thing(subj) or subj.lower_ in self.lex.RELATIVE:
            # "‘It's my whole life’: the streetcar operator who has driven the 501 for 30 years",
            # "‘Flying is still very safe’: A former FAA inspector on the Oxford crash": no clause,
            # only who it is; the first noun phrase, when it names a person (or a noun for one).
            head = self._headline_noun(toks)
            if head is None:
                return None
            sp = self._speaker_from_head(head)
            return Attribution(sp, None, Method.HEADLINE) if sp is not None else None
        sp = self._speaker_from_head(subj)
        if sp is None:
            return None
        return Attribution(sp, self._cue(verb) if self.lex.is_cue_token(verb) else None, Method.HEADLINE)

    def _headline_noun(self, toks: list):
        """The head of the noun phrase a verbless headline tail opens with, when it is a person's
        name or a noun for a person ("the streetcar operator who …", "A former FAA inspector on
        …"), else None (a thing: "‘Unacceptable’: the city's snow plan")."""
        for t in toks:
            if t.pos_ in ("VERB", "AUX", "ADP"):
                return None
            if t.pos_ in ("NOUN", "PROPN") and (t.head.i < toks[0].i or t.dep_ in ("ROOT", "appos")):
                lemma = t.lemma_.lower()
                # (a noun for a person by its ending only with "who" after it: "the streetcar
                # operator who …", not "the number of …")
                person = t.ent_type_ == "PERSON" or t.pos_ == "NOUN" and t.tag_ == "NN" and (
                    is_role(t.text) or not is_thing(t) or person_noun(lemma) and
                    any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in t.children))
                return t if person else None
        return None

    def _headline_tail_cue(self, q: QuoteSpan, pi: int):
        """A Title Case headline whose source and speech verb follow the quote: "Taxes Are ‘A
        Burden,’ Ann Lee Tells Rotary Club." -> Ann Lee."""
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        if len(line) > HEADLINE_MAX_CHARS or not is_title_case_line(line):
            return None
        m = _HEADLINE_TAIL_CUE.match(self.text, q.close, pb)
        if not m:
            return None
        toks = [t for t in self._tokens_between(m.start(1), m.end(1)) if not self.quoted[t.i]]
        sp = self._speaker_from_head(toks[-1]) if toks else None
        if sp is None:
            return None
        mtext = m.group(1)
        return Attribution(Speaker(mtext, m.start(1), m.end(1), self.state.names.canonical(mtext), sp.title, sp.kind),
                           None, Method.HEADLINE_CUE)

    def _headline_subject(self, q: QuoteSpan, pi: int):
        """A Title Case headline credits the person it opens with: "Glenn Beck Says Trump,
        ‘Alt Right’ Pose A Threat To Democracy." -> Glenn Beck.

        Every word of a headline is capitalised, so its quotes look like titles; the person
        the headline is about said them far more often than not (PolNeAR train). The name must
        be one the article uses (the registry knows it), so "Democrats Lose Court Battle Over
        Ohio’s ‘Golden Week’" credits nobody.
        """
        pa, pb = self.paras[pi]
        line = self.text[pa:pb]
        if len(line) > HEADLINE_MAX_CHARS or not self.text[pa:q.open].strip() or not is_title_case_line(line):
            return None
        m = _HEADLINE_START.match(line)
        if not m or pa + m.end() > q.open:
            return None
        words = m.group(0).split()
        for n in range(min(HEADLINE_NAME_MAX_WORDS, len(words)), 0, -1):
            cand = " ".join(words[:n])
            key = cand.split()[-1].lower().strip(".,")
            if key in self.state.names.by_last:
                if n == 1 and self.state.names.canonical(cand) == cand and len(cand) < SHORT_NAME_MIN_CHARS:
                    continue
                a = pa + line.index(cand)
                if not _HEADLINE_LONE_SUBJECT.match(self.text, a + len(cand), pb):
                    # "Lee and Hale Slam ‘Plan B’", "Ann Lee, Tom Hale Wear ‘Vote Yes’ Hats",
                    # "Exclusive Excerpt–Ann Lee’s ‘My Story’": a name that shares the headline's
                    # subject or only starts a label before a dash is not who said its quote.
                    return None
                return Attribution(Speaker(cand, a, a + len(cand), self.state.names.canonical(cand), None, "person"),
                                   None, Method.HEADLINE_SUBJECT)
        return None

    def _previous_sentence(self, q: QuoteSpan, pi: int):
        pa, _ = self.paras[pi]
        toks = self._quote_tokens(q)
        if not toks:
            return None
        first = toks[0].sent
        if first.start == 0:
            return None
        prev = self.doc[first.start - 1].sent
        if prev.start_char + self.base < pa:
            return None
        carried = self._previous_quote_in(prev, q)
        if carried is not None:
            return carried
        # "according to" first, as in the quote's own sentence: "Sanders told the delegates
        # they had to vote, according to CNN. “It's of utmost importance …”" -> CNN.
        cues = sorted((t for t in prev if not self.quoted[t.i] and (self.lex.is_cue_token(t) or self.lex.according(t))),
                      key=lambda t: not self.lex.according(t))
        for t in cues:
            if self._in_time_clause(t):
                # "After the interview ended, Maher said the report was bad. “Q”": a cue in a
                # clause of time sets the scene, as in the quote's own sentence.
                continue
            # The verb that reports the cue's clause, as in the quote's own sentence: in
            # "Feinstein said “…,” she said. “Q”" the mention is "she".
            t = self._outermost_cue(t)
            head = self._subject_of(t)
            if head is None:
                continue
            if self.lex.according(t) and unnamed_record(head) and any(not self.lex.according(c) for c in cues):
                # "“…,” he said, according to a transcript released by his office. “…”": a record
                # that names no one yields to the sentence's speech verb, as in the quote's own.
                continue
            sp = self._speaker_from_head(head)
            if sp is not None:
                return Attribution(sp, self._cue(t), Method.PREVIOUS_SENTENCE)
        return None

    def _previous_quote_in(self, prev, q: QuoteSpan):
        """The speaker of a quote in sentence ``prev`` (the one before ``q``'s), named by a cue of
        that sentence, when no other quote comes between them.

        "If the leaks go on, as Democrats allege — “why wait?” asked Dunn, a former aide. “It is
        only prudent.”": the words go on from the quote Dunn is credited with, not from the
        allegation earlier in the sentence. Only an answer with a cue inside ``prev`` after
        the quote (its own "asked X"), and not a pronoun left unresolved.
        """
        k = next((i for i, x in enumerate(self.quotes) if x is q), None)
        if not k:
            return None
        pq, r = self.quotes[k - 1], self.results[k - 1]
        lo, hi = prev.start_char + self.base, prev.end_char + self.base
        if r is None or r.speaker is None or r.cue is None or not (lo <= pq.open and pq.close <= hi + 1):
            return None
        if not (pq.close <= r.cue.start < hi) or self.text[pq.close:r.cue.start].strip(" ,\u2014\u2013-"):
            # only a cue right after that quote: "“…?” asked Dunn."
            return None
        sp = r.speaker
        if sp.text.lower() in self.lex.PRONOUNS and sp.kind not in NAMED_KINDS:
            # (a pronoun left unresolved is no better than the sentence's own cues)
            return None
        return Attribution(sp, r.cue, Method.PREVIOUS_SENTENCE)

    def _previous_subject(self, q: QuoteSpan, pi: int):
        """The person subject of the sentence before a quote that is a whole sentence of its own,
        ending its paragraph.

        "Mayor Lee is upbeat about the vote. “We will win it.”": no cue, but the sentence before
        is about who goes on to speak.
        """
        pa, pb = self.paras[pi]
        toks = self._quote_tokens(q)
        if not toks or self._starts_paragraph(q, pi) or not self.text[q.start:q.end].lstrip()[:1].isupper():
            return None
        first = toks[0].sent
        if self.text[q.close:pb].strip() or first.start < toks[0].i - 1 or first.start == 0:
            return None
        prev = self.doc[first.start - 1].sent
        if prev.start_char + self.base < pa:
            return None
        root = prev.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
        if root.pos_ not in ("VERB", "AUX") or not subj or not (
                subj[0].ent_type_ == "PERSON" or subj[0].lower_ in ("he", "she") or self._known_surname(subj[0])):
            return None
        sp = self._person_subject(subj[0])
        if sp is None:
            return None
        return Attribution(sp, None, Method.PREVIOUS_SUBJECT)

    def _person_subject(self, tok):
        """The speaker ``tok`` names when it is a person (a known surname the recognizer took
        for something else counts as that person), else None."""
        sp = self._speaker_from_head(tok)
        if sp is not None and sp.kind != "person" and self._known_surname(tok):
            canon = self.state.names.canonical(tok.text)
            sp = Speaker(sp.text, sp.start, sp.end, canon, self.state.names.title_of(canon), "person")
        return sp if sp is not None and sp.kind == "person" else None

    def _interviewee(self, cue, subj):
        """The person a newsroom or the writer speaks with ("The Star spoke to Fatima Osei",
        "We talked with Tom Hale"), or None."""
        if cue.lemma_.lower() not in ("speak", "talk") or not self._reporter_subject(subj):
            return None
        for p in cue.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                obj = next((o for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"
                            and not self.quoted[o.i]), None)
                if obj is not None:
                    return obj
        return None

    @staticmethod
    def _reporter_subject(tok) -> bool:
        """The writer, a pointer, or a newsroom as a sentence's subject: "We", "That", "CBC
        News", "The Star" (a proper noun with "the")."""
        lex = lexicon_for(tok.doc.lang_)
        return tok.lower_ in lex.REPORTER_SUBJECTS or tok.ent_type_ in ("ORG", "WORK_OF_ART") or \
            tok.pos_ == "PROPN" and not tok.ent_type_ and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    def _named_in_apposition(self, tok) -> bool:
        """A common noun subject with a person named in apposition: "Her neighbour, Ahmed Hassan,
        sees it the other way." (the sentence is about Ahmed Hassan)."""
        return tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and not self.quoted[c.i]
                                          for c in tok.children)

    def _known_surname(self, tok) -> bool:
        """A bare surname of a person the article has named in full, untagged or tagged alone as
        something else: "Tom Hale runs the food bank. … Hale isn't surprised. “We saw this
        coming.”" ("Arsenault" alone is often read as an organisation)."""
        alone = not tok.ent_type_ or (tok.ent_iob_ == "B" and (tok.i + 1 >= len(self.doc) or
                                                               self.doc[tok.i + 1].ent_iob_ != "I"))
        if not (tok.pos_ == "PROPN" and alone and tok.text[:1].isupper() and tok.lower_ in self.state.names.by_last
                and not any(c.dep_ == "compound" for c in tok.children)):
            return False
        full = self.state.names.canonical(tok.text)
        return full != tok.text and len(full.split()) >= 2  # a full name, not the word itself

    def _note_intro(self, pi: int) -> None:
        """Remember a speaker introduced by a speech verb in the paragraph before ``pi``, or
        else the person subject of its last sentence."""
        if pi == 0 or self.ords[pi - 1] != self.ords[pi] - 1:
            return
        pa, pb = self.paras[pi - 1]
        toks = self._tokens_between(pa, pb)
        if not toks or any(self.quoted[t.i] for t in toks):
            return
        last_start = toks[-1].sent.start
        for t in reversed(toks):
            # Only a bare introduction in the paragraph's last sentence: "Caddell told Breitbart
            # News Daily." / "Smith explained." A cue with its own content clause ("Smith said the
            # plan would fail.") has said what it says; on PolNeAR train the quote paragraph after
            # it was someone else's about two times in three.
            if t.i < last_start:
                break
            if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
                # A cue in a subordinate clause sets the scene; it introduces nobody: "She has seen
                # fewer customers since the lanes opened." -> she, not the lanes, speaks next.
                continue
            if (self.lex.is_cue_token(t) or self.lex.according(t)) and not any(self.lex.is_cue_token(a) for a in t.ancestors):
                # (Not a cue inside another's clause: in "Lee said critics had predicted a
                # pullout." Lee, not the critics, introduces what follows.)
                clause = any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in t.children)
                head = self._subject_of(t)
                if head is not None and clause:
                    # Resolved only when used: resolving a name records it as the latest mention,
                    # which pronouns after it would then follow.
                    if self.state.clause_intro_para != self.ords[pi - 1]:
                        self.state.clause_intro = (head, t)
                        self.state.clause_intro_para = self.ords[pi - 1]
                elif head is not None:
                    # "The Star spoke to Fatima Osei, a nurse …": the newsroom speaking with someone
                    # introduces that someone, not itself.
                    head = self._interviewee(t, head) or head
                    sp = self._speaker_from_head(head)
                    if sp is not None:
                        self.state.intro_speaker, self.state.intro_para = sp, self.ords[pi - 1]
                        self.state.intro_cue = self._cue(t)
                        return
        # No cue: the person the last sentence is about ("Mayor Lee is upbeat about the vote."
        # then a paragraph that is one whole quote) is who goes on to speak. Measured on PolNeAR
        # train: three right, one quote without a gold source.
        root = toks[-1].sent.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and not self.quoted[c.i]]
        if root.pos_ in ("VERB", "AUX") and subj and (subj[0].ent_type_ == "PERSON" or
                                                      subj[0].lower_ in ("he", "she") or
                                                      self._known_surname(subj[0]) or
                                                      self._named_in_apposition(subj[0])):
            self.state.subject_intro, self.state.subject_intro_para = subj[0], self.ords[pi - 1]
        elif root.pos_ in ("VERB", "AUX") and (self._reporter_subject(subj[0]) if subj else (
                root.tag_ == "VB" and root.i == toks[-1].sent.start)):
            # "CBC News met Darrell Comeau at the wharf." / "Meet Colette Marchand, the owner." /
            # "That is the view of Priya Raman, an economist.": the reporter (or nobody) is the
            # subject and one person is introduced; that person speaks the quote paragraph after.
            sent = toks[-1].sent
            people = [e for e in sent.ents if e.label_ == "PERSON" and not any(self.quoted[t.i] for t in e)]
            if len(people) == 1 and (not subj or people[0].root.i != subj[0].i):
                self.state.subject_intro, self.state.subject_intro_para = people[0].root, self.ords[pi - 1]


# The fewest words a headline quote must have to be matched with the body's words: "'I just want
# to go home': Long wait …" and "'Don't wait': Health officials urge …" (a two-word plea the
# doctor repeats: "please, don't wait," she said) yes, a one-word scare quote ("'Disaster'") no.
# (Only the quote that opens the headline, set off by a colon, is matched at all.)
HEADLINE_ECHO_MIN_WORDS = 2
_ECHO_WORDS = re.compile(r"[\w’']+")
# A proper name the recogniser did not label: every word capitalised but the small joiners
# ("The Chinook Ridge School Division", "Department of Families").
_PROPER_NAME = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:of|and|for|the|de|du|des|[A-Z][\w.'’&-]*))*\s+[A-Z][\w.'’&-]*")


def _proper_name(name: str) -> bool:
    return bool(_PROPER_NAME.fullmatch(name))


# One word with a capital inside or only capitals ("TransLink", "WestJet", "CUPE"): a brand or an
# acronym, which the recogniser often leaves untagged ("TransLink said in a statement that …
# “…,” the statement said" -> TransLink); a plain capitalised word may be anyone's surname (and a
# "MacDonald" that matches is still the statement's author, by the same token).
_ORG_SHAPED = re.compile(r"[A-Z][a-z]+[A-Z][\w&-]*|[A-Z]{2,}[\w&-]*")


def _org_shaped(name: str) -> bool:
    return bool(_ORG_SHAPED.fullmatch(name))
_ECHO_COLON = re.compile(r"[.,!?]?[\"'”’][ \t]*:")


def headline_echo(quotes: list, text: str) -> list:
    """Give a headline quote nobody (or only a collective) is said to have said the speaker who says
    it in the body.

    Canadian and British sites headline a story with its strongest quote and a colon ("'I just
    want to go home': Long wait for home care …") and print the same words later with the speaker
    ('"I just want to go home," Fougère says …'). Runs once the whole document is attributed (the
    body's quote may lie in a later window): a quote in the first paragraph with no speaker and at
    least HEADLINE_ECHO_MIN_WORDS words takes the speaker of the first later quote that holds
    those words in that order, with method ``headline-echo``; the mention is that later one.
    """
    first_break = text.find("\n")
    out = list(quotes)
    for k, q in enumerate(out):
        # A collective or a description the headline gives ("'I never signed that': Seniors say
        # …", "'We boil everything': Nahk'é Lake families enter 3rd year …") is no one's name: the
        # body's speaker of the same words is who said them.
        # (and a plural noun for people read as a person: "'Don't wait': Health officials urge …")
        collective = q.speaker is not None and (q.speaker.kind not in ("person", "organization") or
                                                q.speaker.name.split(" ")[-1] in lexicon_for("en").GROUP_NOUNS)
        if q.speaker is not None and not collective or (first_break >= 0 and q.start > first_break) or \
                q.type == "indirect":
            continue
        # Only the quote the headline opens with and sets off by a colon ("'…': Long wait …"); a
        # phrase quoted inside a Title Case headline ("Cruz ‘Glad To Finish’ Fight") is often
        # someone else's paraphrase of the words the body quotes.
        if text[:q.start].strip(" \t\ufeff\"'“‘") or not _ECHO_COLON.match(text, q.end):
            continue
        words = [w.lower().replace("’", "'") for w in _ECHO_WORDS.findall(q.text)]
        if len(words) < HEADLINE_ECHO_MIN_WORDS:
            continue
        needle = " " + " ".join(words) + " "
        for later in out[k + 1:]:
            if later.speaker is None or later.type == "indirect" or speaker_kind(later.speaker) == "pronoun":
                continue
            hay = " " + " ".join(w.lower().replace("’", "'") for w in _ECHO_WORDS.findall(later.text)) + " "
            if needle in hay:
                out[k] = replace(q, speaker=later.speaker, cue=None, method=Method.HEADLINE_ECHO.value,
                                 confidence=Method.HEADLINE_ECHO.confidence(later.speaker))
                break
    return out
