"""Who said it: attribution rules over a parsed window of text.

:meth:`Attributor.run` runs the stages of a sieve (:mod:`quotex.attribution.sieve`), each a list of rules
looked up by name; the first rule that answers decides, and every quote records that rule as its
``method`` (:class:`quotex.attribution.methods.Method`), with the confidence the method had on train. The
default order, strongest first (``DEFAULT_CONFIG`` in :mod:`quotex.attribution.sieve` is the source of truth):

title-sentence (Title Case quotes)
    ``line-colon`` "Issa: Clinton's 'Honesty Is In Question'"; ``naming`` a naming verb linked to
    the quote ("Jacobs called Merkel “The Chancellor”"); ``naming-order``; ``as-complement``;
    ``chant``; ``headline-cue`` "Taxes Are ‘A Burden,’ Ann Lee Tells Rotary"; ``headline-subject``
    "Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat"; ``said-title-cue`` (method ``cue``) a cue
    for a quote in the place of something said; ``cue-content`` "Lee said he would revive
    ''Night Court''".
transcript (a pass after own-sentence, :mod:`quotex.attribution.rules.layout`)
    ``transcript`` a transcript line labelled inside its marks: '"WALLACE: Will you …' -> Chris
    Wallace; the quote is the words after the label.
own-sentence (other quotes)
    ``digest`` "Pollsters agree - Carl Bialik: “…”"; ``cue`` (or ``according-to``) "“We will win,”
    Smith said."; ``after-quote`` "“France will always be France,” an angry Hollande
    retaliated."; ``colon`` "Smith: “We will win.”"; ``headline`` "Putin 'gratefully accepted'
    invitation -Kremlin"; ``line-colon``; ``signoff`` "“We will win.”" / "- Smith.".
neighbour
    ``next-quote`` "“We will win.” “We always do,” Smith said."
nobody (decided whatever was found before)
    ``embed`` (``<tweet>`` markup), ``work-title`` (method ``title``: "the documentary “Weiner”"),
    ``letter`` ("“R” or “D”").
title-context
    ``said-title-sentence`` (method ``previous-sentence``) "Lee named the enemy. “Donald Trump.”";
    ``subhead``.
label
    ``page-label`` ("Related:", method ``none``); ``label`` a quote modifying the noun after it:
    ``uttered-label`` "Lee's “lazy voters” remark" (the owner, or nobody but kept),
    ``view-holder``, else ``none``.
inside-sentence
    ``inside-sentence`` (method ``governing-verb``) "Lobbyists describe such work as “a different
    cup of tea”".
carried
    ``colon-intro`` "A footnote makes that clear: “…”"; ``previous-sentence`` "Smith spoke on
    Monday. “We will win.”"; ``same-paragraph`` "“We will win,” said Smith. “Nobody can stop
    us.”"; ``previous-subject`` "Mayor Lee is upbeat. “We will win it.”"; ``continuation`` a quote
    paragraph after an attributed one; ``previous-paragraph`` after "Caddell told Breitbart News
    Daily."; ``previous-paragraph-clause`` after "She said the plan would fail."; 
    ``previous-paragraph-subject`` after "Mayor Lee is upbeat about the vote."; ``multi-paragraph``
    a paragraph going on with an open quote. A carried ``continuation`` inside a dialogue goes to
    whoever's turn it is: ``conversation`` (:mod:`quotex.attribution.rules.layout`).
fallback (weak: never carried to the next quote)
    ``coordinated`` "“a mess” and “a disgrace”"; ``as-complement`` "Lee refers to the mayor as
    “Mr. Fix-It.”"; ``chant`` "protesters chanted “Lock Him Up!”"; ``lowercase-fragment`` (method
    ``governing-verb``) "Beruff wants “a fair hearing.”"; ``naming-order`` "Lopez, a Kent ally,
    called Ohio's standards “strong.”"; ``inner-cue``; ``view-holder`` "The mayor's allies see a
    “sham” process".
last
    ``subhead``.
back
    ``multi-paragraph-back``: an earlier part of a multi-paragraph quote takes its later part's
    speaker.

To add a rule: write ``find(ctx, at) -> Attribution | None`` (``ctx`` is the Attributor, ``at``
the quote), give it a :class:`~quotex.attribution.methods.Method` (one rule, one method name), register it in
one line of ``quotex.attribution.sieve.RULES`` and put its name in a stage of ``DEFAULT_CONFIG``; then
measure its confidence with ``benchmarks/accuracy.py --calibrate``. An ablation is a config:
``DocState(sieve=DEFAULT_SIEVE.without("after-quote"))`` or ``accuracy.py --without after-quote``.

The speaker is never a token inside a quote, so a person merely mentioned in the quote
("“Kim invited Putin,” Peskov said") is never taken for the speaker.

The rules themselves live with their kind, as parts of :class:`Attributor`:
:mod:`quotex.attribution.mentions` (who a token is), :mod:`quotex.attribution.rules.cue` (a speech verb in the quote's
sentence), :mod:`quotex.attribution.rules.fragment` (fragments in the reporter's sentence),
:mod:`quotex.attribution.rules.context` (colons, headlines, the sentence or paragraph before) and
:mod:`quotex.attribution.rules.labels` (quotes nobody said); the word lists they share are in :mod:`quotex.lexicon.en`.
:meth:`Attributor._make` is the one place a :class:`~quotex.records.Quote` is built.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from .rules.context import ContextRules
from .rules.cue import CueRules
from .rules.fragment import FragmentRules
from .rules.labels import LabelRules, looks_like_title, nickname_quote
from .rules.layout import LayoutRules
from ..lexicon import lexicon_for
from ..text.marks import QuoteSpan
from .mentions import MentionRules
from .methods import Attribution, Method, is_scare_quote
from ..resolution.names import NameRegistry
from ..records import Cue, Quote, Speaker
from .sieve import DEFAULT_SIEVE, RULES, At, Sieve

__all__ = ["Attributor", "DocState", "quote_type", "is_scare_quote", "Method", "Attribution", "Sieve"]

# What joins two coordinated quotes: "“a mess” and “a disgrace”", "“bold,” “fresh” or “new”".
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
# A list that gives examples: its quotes are nobody's words ("words such as “storm,” “flood”").
_EXAMPLES = re.compile(r"\b(?:such as|including|like)\s*$", re.I)
# How far before a list's first quote "such as" / "including" is looked for: the words just
# before it ("terms such as “storm”"), not an earlier clause of the sentence.
EXAMPLES_LOOKBACK = 20
# A sentence end inside a quote: the quote is a whole sentence or more (``quote_type``).
_SENT_END = re.compile(r"[.!?…]['’\"”)]*\s+[\"“‘]?[A-Z]")
# A quote that opens a paragraph or follows a colon or comma with at least this many words is a
# quoted sentence ("Lee said: “Taxes Will Rise Soon”"); a shorter one is a name or a slogan.
DIRECT_MIN_WORDS = 4


@dataclass
class DocState:
    """What attribution remembers across paragraphs and windows (plain data only)."""

    names: NameRegistry = field(default_factory=NameRegistry)
    # Names the recogniser labelled organisations ("Manitoba Agriculture", "Canada Post"): the text
    # before a window is read without a parse, and there they would pass for people.
    organizations: set = field(default_factory=set)
    # Keep short unattributed fragments (scare quotes) too; read by quotex.text.windows.extract_text
    # into the pipeline's Options, which alone leaves them out (see :func:`is_scare_quote`).
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
    # Which rules run, in which order (:mod:`quotex.attribution.sieve`); another sieve is an ablation.
    sieve: Sieve = DEFAULT_SIEVE
    # The last turns of a dialogue (quote paragraphs): (paragraph ordinal, speaker, ends in a question, addressee).
    turns: list = field(default_factory=list)
    # The names of the windows before this one, as stage 2 reads them (the ``names`` of
    # :class:`quotex.resolution.entities.DocEntities`): pronoun candidates see the document's
    # entities as stage 2 does (:meth:`quotex.attribution.mentions.MentionRules._antecedents`).
    doc_names: list = field(default_factory=list)
    doc_bare: list = field(default_factory=list)  # DocEntities.bare_words so far (read by stage 1's namesakes)


class Attributor(MentionRules, CueRules, FragmentRules, ContextRules, LabelRules, LayoutRules):
    """Attribute the quotes of one parsed window. ``base`` is the window's offset in ``text``."""

    def __init__(self, text: str, doc, base: int, quotes: list[QuoteSpan], paras: list[tuple[int, int]],
                 ords: list[int], state: DocState) -> None:
        self.text = text
        self.doc = doc
        # The word lists for the document's language, looked up once per window.
        self.lex = lexicon_for(doc.lang_)
        self.base = base
        self.quotes = quotes
        self.paras = paras  # paragraph (start, end) in document offsets, for this window
        self.ords = ords  # each paragraph's ordinal in the document (adjacency across windows)
        self.state = state
        # This window's names as stage 2 reads them, once stage 1's pronouns have read them.
        self.names_here: Optional[list] = None
        # The token of the description a pronoun speaker was resolved to, by the pronoun's
        # (start, end): "The former president spoke … “…,” he said" -> "president", which stage 2
        # resolves where it stands (DocEntities.chains).
        self.chained: dict[tuple[int, int], int] = {}
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
        for k, q in enumerate(quotes):
            if nickname_quote(text, q):
                # 'Sen. Charles "Chuck" Brennan': the name reads through its nickname (the quote
                # itself is nobody's words: LabelRules._label_quote).
                for i in range(n):
                    if self.tok_quote[i] == k:
                        self.quoted[i] = False
        self._register_names()

    # ------------------------------------------------------------------ main
    def run(self) -> list[Quote]:
        """Attribute every quote of the window, in order, by the stages of ``state.sieve``
        (the passes are described in :mod:`quotex.attribution.sieve`)."""
        quotes = self.quotes
        n = len(quotes)
        self.para_idx = [self._para_of(q.open) for q in quotes]
        ats = [At(k, q, self.para_idx[k]) for k, q in enumerate(quotes)]
        # What each quote's neighbours may take from it (``next-quote``, ``same-paragraph``).
        self.results: list[Optional[Attribution]] = [None] * n
        self.works = {k for k, q in enumerate(quotes) if self._work_title(q)}
        self.titles = {k for k, q in enumerate(quotes) if looks_like_title(self.text[q.start:q.end])} | self.works
        # Pass 1: the quote's own sentence.
        for at in ats:
            if at.k in self.titles:
                # Headlines are all Title Case; their "Name: …" source still counts.
                self.results[at.k] = self._stage("title-sentence", at)
            else:
                self.results[at.k] = self._stage("own-sentence", at, self._outside_quote)
        # Transcript lines ('"WALLACE: …'): the label inside the marks is the speaker, over what
        # pass 1 found; it may move a quote's start past its label (:mod:`quotex.attribution.rules.layout`).
        if self.state.sieve.has("transcript"):
            self._transcript_pass(self.results, self.para_idx)
            ats = [At(k, q, self.para_idx[k]) for k, q in enumerate(self.quotes)]
        # Pass 2: right to left, so that chains of quotes resolve.
        for at in reversed(ats[:-1]):
            if self.results[at.k] is None:
                self.results[at.k] = self._stage("neighbour", at)
        # Pass 3: in document order, with what the paragraphs before said.
        self.out: list[Quote] = []
        prev_para = -1
        for at in ats:
            if at.para != prev_para:
                self._note_intro(at.para)
                prev_para = at.para
            self.out.append(self._make(at.span, self._attribute(at)))
        # Pass 4: right to left over the quotes made.
        for at in reversed(ats[:-1]):
            r = self._stage("back", at)
            if r is not None:
                self.out[at.k] = self._make(at.span, r)
        # Every quote, scare quotes too: what is reported is decided once, by the pipeline
        # (quotex.document.Options.keep, with methods.is_scare_quote).
        return self.out

    def _attribute(self, at: At) -> Optional[Attribution]:
        """Pass 3 for one quote: what decides it, given what pass 1 and 2 found."""
        r = self.results[at.k]
        nobody = self._stage("nobody", at)
        if nobody is not None:
            return nobody
        if at.k in self.titles:
            return r or self._stage("title-context", at)
        if r is None:
            r = self._stage("label", at) or self._stage("inside-sentence", at) or \
                self._stage("carried", at, self._carried_check) or self._stage("fallback", at)
        r = self._document_author(r)  # "the statement said" -> who issued it (context_rules)
        if self.state.sieve.has("conversation"):
            # A dialogue's turns: a carried speaker goes to whoever's turn it is (layout_rules).
            r = self._conversation_turn(at.span, at.para, r, r is None or not r.method.carries)
        if r is not None and r.method.carries:
            self.results[at.k] = r
            st = self.state
            st.last_speaker, st.last_speaker_para, st.last_cue = r.speaker, self.ords[at.para], r.cue
        else:
            self.results[at.k] = None
        return r or self._stage("last", at)

    def _stage(self, stage: str, at: At,
               check: Optional[Callable[[At, Attribution], Optional[Attribution]]] = None) -> Optional[Attribution]:
        """The first answer of the stage's rules; ``check`` may turn it down (then the stage has none)."""
        for name in self.state.sieve.rules(stage):
            r = RULES[name](self, at)
            if r is not None:
                return check(at, r) if check is not None else r
        return None

    def _outside_quote(self, at: At, r: Attribution) -> Optional[Attribution]:
        """A mention that holds the quote is what the quote names, not who said it: "According to
        her “fair share” plan, firms …" (the plan is no source of "fair share")."""
        sp = r.speaker
        return None if sp is not None and sp.start < at.span.close and sp.end > at.span.open else r

    def _carried_check(self, at: At, r: Attribution) -> Optional[Attribution]:
        """A speaker carried from elsewhere, checked against the quote's own sentence."""
        if self._quote_is_subject(at.span):
            # A sentence with the quote as its subject talks about the quoted word; it is not
            # the last speaker going on: "Officials said the files were marked "restricted."
            # "Restricted" is the lowest of the levels." On PolNeAR train 5 such carried quotes
            # were in no attribution and 2 had a source (both given the wrong one).
            return None
        return Attribution(*self._own_sentence_pronoun(at.span, r))

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
        return not _EXAMPLES.search(self.text, max(0, first.open - EXAMPLES_LOOKBACK), first.open)

    def _joined(self, a: QuoteSpan, b: QuoteSpan) -> bool:
        """Whether quote ``b`` is the next item after ``a`` in a list: "and" or "or" between them,
        or a comma inside or outside ``a``'s marks. Two quotes with only a space between them are
        two sentences ("… marked “restricted.” “Restricted” is the lowest level.")."""
        if not _COORDINATED.fullmatch(self.text, a.close, b.open):
            return False
        between = self.text[a.close:b.open]
        return "," in between or "and" in between or "or" in between or \
            self.text[a.start:a.end].rstrip().endswith(",")

    def _make(self, q: QuoteSpan, r: Optional[Attribution]) -> Quote:
        """The one place a :class:`Quote` is built: from the rule's answer, with the confidence
        its method had on train for this kind of speaker."""
        text = self.text[q.start:q.end]
        qtype = quote_type(self.text, q, self.paras[self._para_of(q.open)])
        if r is None:
            return Quote(text, q.start, q.end, qtype)
        sp, cue, method = r
        if sp is None:
            return Quote(text, q.start, q.end, qtype, method=method.value)
        return Quote(text, q.start, q.end, qtype, sp, cue, method.value, method.confidence(sp))


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
        return "direct" if words >= DIRECT_MIN_WORDS else "partial"
    return "partial"
