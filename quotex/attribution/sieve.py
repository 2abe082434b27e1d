"""The sieve: which attribution rules run, in which order, as data.

A rule is a function ``find(ctx, at) -> Attribution | None``: ``ctx`` is the
:class:`quotex.attribution.attribute.Attributor` of the parsed window, ``at`` the quote (:class:`At`). It
returns None to pass the quote on to the next rule, or an :class:`~quotex.attribution.methods.Attribution`
(which may have no speaker: ``title``, ``subhead`` … decide that nobody said the quote). Rules
are looked up by name in :data:`RULES`; a :class:`Sieve` lists them by stage, and its text form
is the config (CoreNLP's quote attribution keeps its sieve order the same way)::

    title-sentence: line-colon naming naming-order ...; own-sentence: digest cue after-quote ...

The stages and when :meth:`quotex.attribution.attribute.Attributor.run` reads them:

``title-sentence``  pass 1, a Title Case quote ("Meet the Press"): rules in its own sentence
                    that can make such a quote someone's words. The answer is seen by the quotes
                    next to it (``next-quote``, ``same-paragraph``) but never becomes the
                    document's last speaker.
``own-sentence``    pass 1, every other quote: a speech verb, colon or headline of its own
                    sentence. An answer whose mention holds the quote is no answer.
``neighbour``       pass 2, right to left: a quote with no answer yet takes the next one's.
``nobody``          pass 3 (document order) first: quotes that are nobody's words whatever
                    pass 1 found (embedded posts, links to other stories, titles of works,
                    single letters).
``title-context``   pass 3, a Title Case quote still without an answer.
``label``           pass 3, other quotes without an answer: the reporter's labels, decided here.
``inside-sentence`` a quote inside the reporter's sentence, before any carried speaker.
``carried``         a speaker named by the words right after the quote looking back
                    ("That's how X describes it"), or else from the sentence or paragraph before; an answer whose quote is
                    the subject of its sentence is no answer, and a "he"/"she" subject of the
                    quote's own sentence becomes the mention.
``fallback``        weak readings of fragments, last.
``last``            a quote nothing answered.
``back``            after all quotes, right to left: earlier parts of a multi-paragraph quote.

An answer whose method ``carries`` (see :class:`~quotex.attribution.methods.Method`) from ``own-sentence``,
``neighbour`` and ``label`` to ``fallback`` becomes the speaker that later quotes may take.

An ablation is a config change: ``DEFAULT_SIEVE.without("after-quote")``,
``DEFAULT_SIEVE.with_stage("fallback", ["view-holder", "naming-order"])`` or
``Sieve.parse(text)``; pass it as ``DocState(sieve=...)`` or ``benchmarks/accuracy.py --sieve``.

Adding a rule: write ``find(ctx, at)`` where it belongs, add one line to :data:`RULES` and put its
name in the stage of :data:`DEFAULT_CONFIG` where it should run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from ..text.marks import QuoteSpan
from .methods import Attribution, Method


@dataclass(frozen=True)
class At:
    """The quote a rule looks at: its index in the window, its span and its paragraph's index."""

    k: int
    span: QuoteSpan
    para: int


Rule = Callable[..., Optional[Attribution]]

# "<headline> - <Name>: “" / "- More from <Name>: “" right before a quote: a digest item.
_DIGEST = re.compile(r"\s[-–—]\s*(?:(?:More\s+)?[Ff]rom\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,4}"
                     r"\s*:\s*$")
# A paragraph that is only a quoted label: "Related:", "Read more:".
_PAGE_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?:")
# A line linking to another story: "READ MORE: …", "RELATED: …", "Read more: …".
_LINK_LINE = re.compile(r"(?:READ MORE|READ ALSO|ALSO READ|SEE ALSO|RELATED(?: STOR(?:Y|IES)| VIDEO| LINKS?)?|MORE|"
                        r"Read more|Read More|Related|See also|Also read|"
                        # Global News's video links: "Click to play video: 'Legal aid cuts …'"
                        r"Click to play video|CLICK TO PLAY VIDEO)\s*:\s"
                        # CBC's "WATCH | …" and "LISTEN | …" before a video or audio link
                        r"|(?:WATCH|LISTEN|READ|MORE|Watch|Listen|Read)\s*\|\s")
# A quote that is one letter and punctuation: "“R,”".
_LETTER = re.compile(r"\W*[^\W\d_]\W*")


def _digest_item(ctx, at: At) -> bool:
    return _DIGEST.search(ctx.text, ctx.paras[at.para][0], at.span.open) is not None


# ----------------------------------------------------------------------------- own sentence
def digest(ctx, at: At):
    """"Pollsters agree - Carl Bialik: “…”": a digest item's source beats the verb of its headline."""
    if not _digest_item(ctx, at):
        return None
    r = ctx._colon_attribution(at.span, at.para)
    return Attribution(r.speaker, r.cue, Method.DIGEST) if r is not None else None


def colon(ctx, at: At):
    # (A digest item's colon is the ``digest`` rule's.)
    return None if _digest_item(ctx, at) else ctx._colon_attribution(at.span, at.para)


def said_title_cue(ctx, at: At):
    """A cue for a Title Case quote in the place of something said ("“Happy New Year!,” he tweeted.")."""
    return ctx._cue_attribution(at.span, at.para) if ctx._said_title(at.span, at.para) else None


# ----------------------------------------------------------------------------- neighbours
def next_quote(ctx, at: At):
    """"“We will win.” “We always do,” Smith said.": a quote followed at once, in its paragraph,
    by an attributed quote takes its speaker."""
    k = at.k
    nxt = ctx.results[k + 1] if k + 1 < len(ctx.quotes) else None
    if nxt is None or ctx.para_idx[k + 1] != at.para or ctx.text[at.span.close:ctx.quotes[k + 1].open].strip():
        return None
    prev = ctx.results[k - 1] if k > 0 else None
    if prev is not None and prev.speaker is not None and ctx.para_idx[k - 1] == at.para and \
            prev.cue is not None and ctx.quotes[k - 1].close <= prev.cue.start < at.span.open and \
            ctx.text[at.span.start:at.span.end].rstrip()[-1:] in ".!?":
        # "“Not at all,” Pelletier said. “He plays like a leader.” “A great day,” said Nicholls.":
        # a whole sentence right after the cue of the quote before goes on with that speaker
        # (where paragraph breaks are lost, the next paragraph's quote follows at once).
        return None
    return Attribution(nxt.speaker, nxt.cue, Method.NEXT_QUOTE)


# ----------------------------------------------------------------------------- nobody's words
def embed(ctx, at: At):
    return Attribution(None, None, Method.EMBED) if ctx._embedded_post(at.para) else None


def link(ctx, at: At):
    """A quote in a line that links to another story is that story's headline, nobody's words here.

    Scraped news pages keep the links set between paragraphs: "READ MORE: ‘It was like a movie’:
    Witnesses describe pileup" or "Related: “We are scared,” parents say". Only a line that opens
    with such a label (in capitals, or "Read more:" / "Related:") and is one line with no closing
    full stop, so a quote in a sentence that starts "More:" goes on being read.
    """
    pa, pb = ctx.paras[at.para]
    line = ctx.text[pa:pb].strip()
    if _LINK_LINE.match(line) and not line.rstrip("\"”’' ").endswith("."):
        return Attribution(None, None, Method.LINK)
    return None


# A nickname between a first name and a surname: 'Lonnie “Bo” Tillman', 'Stanley "Big Stan" Kowalski',
# 'Charles "Chuck" Brennan' (one or two capitalised words, set tight in the marks).
_NICKNAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?) $")
_NICKNAME_AFTER = re.compile(r" (?:[A-Z]\. )?(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-ÿ]+")
_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")


def nickname(ctx, at: At):
    """A nickname in quotes inside a person's name is part of the name, nobody's words:
    'Lonnie “Bo” Tillman said …' has no quote "Bo" (US papers' habit). Only after a listed first
    name and before a capitalised surname, so 'Trump Slams “Crooked” Hillary' is not one."""
    from ..resolution.entities import is_first_name

    q = at.span
    if not q.closed or not _NICKNAME.fullmatch(ctx.text, q.start, q.end):
        return None
    before = _NICKNAME_BEFORE.search(ctx.text, max(0, q.open - 40), q.open)
    first = before.group(1).split("-")[0] if before is not None else ""
    small = ctx.lex.HEADLINE_SMALL_WORDS
    if len(first) < 3 or first.lower() in small or not is_first_name(first):
        return None
    after = _NICKNAME_AFTER.match(ctx.text, q.close)
    if after is None or after.group(0).strip().lower() in small:
        return None  # "I Am ‘Horrified’ By Donald Trump": a headline's capitals
    # and the recogniser read first name, nickname and surname as one person (not a Title Case
    # headline's 'Fiorina ‘Horrified’ By …': quotex.nlp.ner.join_nicknames)
    i = ctx._tok_at_or_after(q.start)
    if i is None or i == 0 or ctx.doc[i].ent_type_ != "PERSON" or ctx.doc[i].ent_iob_ != "I":
        return None
    return Attribution(None, None, Method.NICKNAME)


def work_title(ctx, at: At):
    return Attribution(None, None, Method.TITLE) if at.k in ctx.works else None


def letter(ctx, at: At):
    """"voters pull the lever for “R” or “D”", "a grade of ‘A’": a single letter in quotes is the
    letter itself, nobody's words (a lone digit may be: "''1''")."""
    q = at.span
    return Attribution(None, None, Method.LETTER) if _LETTER.fullmatch(ctx.text, q.start, q.end) else None


def said_title_sentence(ctx, at: At):
    """A Title Case quote that is a sentence of its own is said, not a title, and goes on from
    the sentence before: "Lee named the enemy. “Donald Trump.”"."""
    q = at.span
    if q.mark == "double" and ctx.text[q.start:q.end].rstrip()[-1:] in ".!?" and ctx._said_title(q, at.para):
        return ctx._previous_sentence(q, at.para)
    return None


def subhead(ctx, at: At):
    return Attribution(None, None, Method.SUBHEAD) if ctx._subhead(at.span, at.para) else None


def page_label(ctx, at: At):
    """A paragraph that is only a quoted label such as "Related:" or "Read more:" is page
    furniture left in scraped text, not the last speaker going on."""
    q = at.span
    if ctx._starts_paragraph(q, at.para) and not ctx.text[q.close:ctx.paras[at.para][1]].strip() and \
            _PAGE_LABEL.fullmatch(ctx.text[q.start:q.end].strip()):
        return Attribution(None, None, Method.NONE)
    return None


def label(ctx, at: At):
    """A quote that modifies the noun after it, with no speech verb, is the reporter's label: "no
    state where ''very conservative'' voters were a larger share" (but "Many fear a “rigged”
    vote" is how the subject sees it, and "Lee's “lazy voters” remark" names Lee's words)."""
    q = at.span
    if not ctx._label_quote(q, at.para):
        # "Obama's “if you like your plan, you can keep it” promise": a quoted clause the
        # parser does not hang on the noun after it is still the owner's words.
        return ctx._owned_utterance(q, at.para)
    return ctx._uttered_label(q) or ctx._owned_utterance(q, at.para) or ctx._view_holder(q) or \
        Attribution(None, None, Method.NONE)


# ----------------------------------------------------------------------------- in the reporter's sentence
def inside_sentence(ctx, at: At):
    """A quote inside the reporter's sentence belongs to that sentence's subject before it belongs
    to a cue in the sentence before: "Friends say Manafort travels often, several friends said.
    Corporate lobbyists describe such work as “a different cup of tea”" -> the lobbyists."""
    return ctx._governing_subject(at.span) if ctx._inside_sentence(at.span) else None


def lowercase_fragment(ctx, at: At):
    """Only lowercase fragments: capitalised ones without a speech verb are mostly titles and
    names ("Saturday Night Live"), measured on PolNeAR train."""
    q = at.span
    return None if ctx.text[q.start:q.start + 1].isupper() else ctx._governing_subject(q)


def coordinated(ctx, at: At):
    """"Lee has called the plan “a mess” and “a disgrace”": a quote coordinated with the one
    before is the same speaker's, however weakly that one was found."""
    prev = ctx.out[-1] if ctx.out else None
    if prev is None or prev.speaker is None or not ctx._coordinated(at.k, ctx.para_idx):
        return None
    return Attribution(prev.speaker, prev.cue, Method.COORDINATED)


# ----------------------------------------------------------------------------- carried
def same_paragraph(ctx, at: At):
    """"“Q1,” said Smith. “Q2.”": a later quote of the paragraph, with no cue of its own, is the
    same speaker's."""
    k = at.k
    prev = ctx.results[k - 1] if k > 0 else None
    if prev is None or ctx.para_idx[k - 1] != at.para:
        return None
    return Attribution(prev.speaker, prev.cue, Method.SAME_PARAGRAPH)


def _opens_quote_paragraph(ctx, at: At) -> bool:
    # Not a paragraph that is one quote in single marks: that is a subhead in headline style
    # ('There's so much anger.'), not the last speaker going on.
    return ctx._starts_paragraph(at.span, at.para) and at.span.mark != "single"


def _follows(para: int, ctx, at: At) -> bool:
    """Whether paragraph ordinal ``para`` is this quote's paragraph or the one just before."""
    return para >= ctx.ords[at.para] - 1


def continuation(ctx, at: At):
    """A quote paragraph right after a paragraph attributed to someone."""
    st = ctx.state
    if _opens_quote_paragraph(ctx, at) and st.last_speaker is not None and _follows(st.last_speaker_para, ctx, at):
        return Attribution(st.last_speaker, st.last_cue, Method.CONTINUATION)
    return None


def previous_paragraph(ctx, at: At):
    """A quote paragraph after a paragraph that introduces a speaker with a bare speech verb
    ("Caddell told Breitbart News Daily.")."""
    st = ctx.state
    if _opens_quote_paragraph(ctx, at) and st.intro_speaker is not None and _follows(st.intro_para, ctx, at):
        return Attribution(st.intro_speaker, st.intro_cue, Method.PREVIOUS_PARAGRAPH)
    return None


def _clause_intro_applies(ctx, at: At) -> bool:
    st = ctx.state
    return st.clause_intro is not None and st.clause_intro_para == ctx.ords[at.para] - 1 and \
        ctx._whole_paragraph(at.span, at.para)


def previous_paragraph_clause(ctx, at: At):
    """"She said his frequent invocation of the law doesn't fly." then a paragraph that is one
    whole quote with no cue: the speaker just introduced goes on."""
    st = ctx.state
    if not _opens_quote_paragraph(ctx, at) or not _clause_intro_applies(ctx, at):
        return None
    sp = ctx._speaker_from_head(st.clause_intro[0])
    return Attribution(sp, ctx._cue(st.clause_intro[1]), Method.PREVIOUS_PARAGRAPH_CLAUSE) if sp is not None else None


def previous_paragraph_subject(ctx, at: At):
    """"Mayor Lee is upbeat about the vote." then a paragraph that is one whole quote: the person
    the last sentence is about goes on to speak. Not after a cue with its own clause (that
    paragraph has said what it says, see ``previous-paragraph-clause``)."""
    st = ctx.state
    if not _opens_quote_paragraph(ctx, at) or _clause_intro_applies(ctx, at) or st.subject_intro is None or \
            st.subject_intro_para != ctx.ords[at.para] - 1 or not ctx._whole_paragraph(at.span, at.para):
        return None
    sp = ctx._person_subject(st.subject_intro)
    return Attribution(sp, None, Method.PREVIOUS_PARAGRAPH_SUBJECT) if sp is not None else None


def multi_paragraph(ctx, at: At):
    """A paragraph that goes on with a quote left open in the paragraph before: the last speaker's."""
    st = ctx.state
    if at.span.continued and st.last_speaker is not None:
        return Attribution(st.last_speaker, st.last_cue, Method.MULTI_PARAGRAPH)
    return None


# The methods by which a quote's own sentence names its speaker.
_OWN_CUE_METHODS = frozenset({Method.CUE.value, Method.AFTER_QUOTE.value})


def multi_paragraph_back(ctx, at: At):
    """An earlier part of a multi-paragraph quote takes the speaker of the next part (the cue
    often comes in the last paragraph)."""
    k = at.k
    if not at.span.continues or not ctx.quotes[k + 1].continued:
        return None
    nxt = ctx.out[k + 1]
    if ctx.out[k].speaker is not None and not (
            ctx.out[k].method == Method.CONTINUATION.value and not at.span.continued and nxt.method in _OWN_CUE_METHODS and
            nxt.speaker is not None and nxt.speaker.name != ctx.out[k].speaker.name and
            nxt.cue is not None and nxt.cue.start >= nxt.end):
        # An opening part carried on from the paragraph before (``continuation``) yields to the
        # cue its own quote closes with: "The union said the plan was “a mistake.” Terrence
        # Gaines, its vice president, read a statement.¶“Every study says the same thing.¶“We are
        # asking this board to learn,” he said." is Gaines's from the first word. (Only a cue after
        # the quote's words: one inside them, "“King said Petraeus' testimony differed …", is a
        # quoted report's; and only the chain's opening part, carried from a quote before it, not
        # a middle part carried along the chain itself.)
        return None
    return Attribution(nxt.speaker, nxt.cue, Method.MULTI_PARAGRAPH_BACK) if nxt.speaker is not None else None


def _method(name: str) -> Rule:
    """A rule that is an :class:`~quotex.attribution.attribute.Attributor` method taking the quote's span."""
    return lambda ctx, at: getattr(ctx, name)(at.span)


def _method_p(name: str) -> Rule:
    """A rule that is an :class:`~quotex.attribution.attribute.Attributor` method taking span and paragraph."""
    return lambda ctx, at: getattr(ctx, name)(at.span, at.para)


# Every rule by name. Adding a rule is one line here and its name in a stage of DEFAULT_CONFIG.
RULES: dict[str, Rule] = {
    # own sentence (cue_rules, context_rules)
    "digest": digest,
    "cue": _method_p("_cue_attribution"),
    "after-quote": _method_p("_after_quote"),
    "colon": colon,
    "headline": _method_p("_headline_attribution"),
    "line-colon": _method_p("_line_colon"),
    "signoff": _method_p("_signoff"),
    "line-label": _method_p("_labelled_line"),
    "inner-cue": _method("_inner_cue"),
    # Title Case quotes (fragment_rules, context_rules)
    "naming": _method_p("_naming"),
    "owned-utterance": _method_p("_owned_utterance"),
    "naming-order": _method("_naming_order"),
    "as-complement": _method("_as_complement"),
    "chant": _method("_chanted"),
    "headline-cue": _method_p("_headline_tail_cue"),
    "headline-subject": _method_p("_headline_subject"),
    "said-title-cue": said_title_cue,
    "cue-content": _method("_title_in_content"),
    # neighbours
    "next-quote": next_quote,
    "same-paragraph": same_paragraph,
    "coordinated": coordinated,
    # nobody's words (labels)
    "embed": embed,
    "link": link,
    "work-title": work_title,
    "letter": letter,
    "nickname": nickname,
    "said-title-sentence": said_title_sentence,
    "subhead": subhead,
    "page-label": page_label,
    "label": label,
    # the reporter's sentence (fragment_rules)
    "inside-sentence": inside_sentence,
    "lowercase-fragment": lowercase_fragment,
    "view-holder": _method("_view_holder"),
    # the sentence or paragraph before (context_rules)
    "colon-intro": _method_p("_colon_intro"),
    "previous-sentence": _method_p("_previous_sentence"),
    "previous-subject": _method_p("_previous_subject"),
    "continuation": continuation,
    "previous-paragraph": previous_paragraph,
    "previous-paragraph-clause": previous_paragraph_clause,
    "previous-paragraph-subject": previous_paragraph_subject,
    "named-after": _method_p("_named_after"),
    "multi-paragraph": multi_paragraph,
    "multi-paragraph-back": multi_paragraph_back,
}

# Rules that read the whole window's layout rather than one quote (quotex.attribution.rules.layout):
# ``transcript`` runs over every quote after the own-sentence stage (a label inside the marks
# beats a cue); ``conversation`` looks at each quote's final choice in pass 3 (whose turn it is).
# They are named in the config like the others, so an ablation drops them the same way.
PASSES = frozenset({"transcript", "conversation"})

STAGES = ("title-sentence", "own-sentence", "transcript", "neighbour", "nobody", "title-context", "label", "inside-sentence",
          "carried", "fallback", "turn", "last", "back")

DEFAULT_CONFIG = (
    "title-sentence: line-colon owned-utterance naming naming-order as-complement chant headline-cue headline-subject "
    "said-title-cue cue-content; "
    "own-sentence: line-label digest cue after-quote colon headline line-colon signoff; "
    "transcript: transcript; "
    "neighbour: next-quote; "
    "nobody: nickname embed link work-title letter; "
    "title-context: said-title-sentence subhead; "
    "label: page-label label; "
    "inside-sentence: inside-sentence; "
    "carried: named-after colon-intro previous-sentence same-paragraph previous-subject continuation previous-paragraph "
    "previous-paragraph-clause previous-paragraph-subject multi-paragraph; "
    "fallback: coordinated as-complement chant lowercase-fragment naming-order inner-cue view-holder; "
    "turn: conversation; "
    "last: subhead; "
    "back: multi-paragraph-back"
)


@dataclass(frozen=True)
class Sieve:
    """The rules of each stage, in order, by name (see the module docstring)."""

    stages: tuple[tuple[str, tuple[str, ...]], ...]

    def __post_init__(self) -> None:
        names = [s for s, _ in self.stages]
        unknown_stages = [s for s in names if s not in STAGES]
        unknown_rules = [r for _, rules in self.stages for r in rules if r not in RULES and r not in PASSES]
        if unknown_stages or unknown_rules or len(set(names)) != len(names):
            raise ValueError(f"bad sieve: unknown stages {unknown_stages}, unknown rules {unknown_rules}, "
                             f"stages {names}")

    @classmethod
    def parse(cls, config: str) -> "Sieve":
        """``"stage: rule rule; stage: rule"``; a stage left out has no rules."""
        stages = []
        for part in config.split(";"):
            if part.strip():
                name, _, rules = part.partition(":")
                stages.append((name.strip(), tuple(rules.replace(",", " ").split())))
        return cls(tuple(stages))

    def rules(self, stage: str) -> tuple[str, ...]:
        return next((rules for name, rules in self.stages if name == stage), ())

    def has(self, rule: str) -> bool:
        """Whether any stage runs ``rule``."""
        return any(rule in rules for _, rules in self.stages)

    def with_stage(self, stage: str, rules) -> "Sieve":
        """This sieve with ``stage`` running ``rules`` instead."""
        stages = [(s, tuple(rules) if s == stage else r) for s, r in self.stages]
        if stage not in dict(self.stages):
            stages.append((stage, tuple(rules)))
        return Sieve(tuple(stages))

    def without(self, *rules: str) -> "Sieve":
        """This sieve with ``rules`` dropped from every stage."""
        unknown = [r for r in rules if r not in RULES and r not in PASSES]
        if unknown:
            raise ValueError(f"unknown rules {unknown}")
        return Sieve(tuple((s, tuple(r for r in rs if r not in rules)) for s, rs in self.stages))

    def __str__(self) -> str:
        return "; ".join(f"{s}: {' '.join(rs)}" for s, rs in self.stages)


DEFAULT_SIEVE = Sieve.parse(DEFAULT_CONFIG)
