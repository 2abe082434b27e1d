"""Reported speech: what people are said to have said without quotation marks.

"Peskov said Putin had given Kim a glove", "Kim had given Putin a gun, Peskov added",
"According to the Kremlin, the visit will continue": the reported clause is the *content*, the
speech verb (or "according to") is the *cue*, the cue's subject is the *speaker*, found and
resolved exactly as for a direct quote (:meth:`quotex.mentions.MentionRules._subject_of` and
``_speaker_from_head``).

:func:`find_reported` yields small :class:`Reported` records over one parsed window (an
:class:`quotex.attribute.Attributor`); :func:`indirect_quotes` turns them into ``Quote`` s typed
``indirect``. Content is the cue's clausal complement ("said (that) X", "X, Y said", "told
reporters X", "wrote in a statement that X", "adding that X") or, for "according to Y", the clause
the phrase hangs on, without the cue, the speaker, a leading "that" and edge punctuation.

Speech, not thought: the cues are :data:`quotex.cues.SPEECH_VERBS` with a clause ("said the plan
would fail"), less those whose clause is not what was said (:data:`NOT_REPORTING`: "began to");
a few of them with an object or an infinitive (:data:`OBJECT_CUES`: "denied the allegations",
:data:`XCOMP_CUES`: "urged voters to stay home"); and what documents report
(:data:`DOCUMENT_CUES`: "a poll shows that"). Verbs of belief and plans ("thinks", "hopes",
"wants", "believes", "expects") are left out: measured on PolNeAR train, "believe"/"expect" added
162 predictions of which only 57% were right (F1 +0.005, precision -0.008).
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Iterator, Optional

from .lexicon import according, is_cue_token, lexicon_for
from .records import Cue, Quote, Speaker
from .lexicon import (  # noqa: F401 (re-exported; rules read them as self.lex.NAME)
    DOCUMENT_CUES, NOT_REPORTING, OBJECT_CUES, PREP_CUES, XCOMP_CUES,
)

# Dependency label of a verb's complement clause: "said [that it would rain]".
CLAUSE_DEPS = frozenset({"ccomp"})
# The shortest content kept, in characters ("said so" is not a report of words).
MIN_CHARS = 8
# Share of predictions with the right content and the right speaker on PolNeAR train, per method
# (README "Reported speech"), scaled down for organisations and unresolved mentions as for direct quotes.
CONFIDENCE = {"cue": 0.76, "according-to": 0.84}
KIND_FACTOR = {"person": 1.0, "organization": 0.95, "unknown": 0.85}


@dataclass(frozen=True)
class Reported:
    """One reported-speech attribution in a window: content offsets, the cue and its subject."""

    start: int
    end: int
    cue: object  # spaCy Token: the speech verb, or "according"
    head: Optional[object]  # spaCy Token heading the speaker mention, or None
    method: str  # Method.CUE or Method.ACCORDING_TO (quotex.methods): cue | according-to


def is_reporting_cue(tok, lex=None) -> bool:
    """A verb whose clause reports what someone said: "said", "told", "added", "tweeted".

    ``lex`` is the document's lexicon (``Attributor.lex``); looked up from the token's doc when
    not given."""
    if lex is None:
        lex = lexicon_for(tok.doc.lang_)
    lemma = tok.lemma_.lower()
    if lemma in lex.DOCUMENT_CUES:
        return tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children)
    if not is_cue_token(tok):
        return False
    return lemma in lex.SPEECH_VERBS and lemma not in lex.NOT_REPORTING


_EDGE = frozenset(",;:.!?-–—…")


def _span(att, lo: int, hi: int) -> Optional[tuple[int, int]]:
    """Document offsets of tokens [lo, hi] less punctuation tokens and blanks at both ends (a
    closing bracket or quotation mark stays: "a “glove”"; so does the dot of "U.S.")."""
    doc = att.doc
    while lo <= hi and (doc[lo].is_space or doc[lo].text in _EDGE):
        lo += 1
    while hi >= lo and (doc[hi].is_space or doc[hi].text in _EDGE):
        hi -= 1
    if lo > hi:
        return None
    return doc[lo].idx + att.base, doc[hi].idx + len(doc[hi]) + att.base


def _content_of_clause(att, clause, cue) -> Optional[tuple[int, int]]:
    """Character span of a complement clause without its "that" and anything of the cue."""
    toks = [t for t in clause.subtree if t.i != cue.i]
    lo, hi = clause.left_edge.i, clause.right_edge.i
    # The clause cannot reach over the cue ("X, Y said" keeps to the left of the cue).
    if lo < cue.i < hi:
        if clause.i < cue.i:
            hi = cue.i - 1
        else:
            lo = cue.i + 1
    # A leading complementizer is the cue's, not the content's: "said [that] Kim ...".
    while lo <= hi and (att.doc[lo].dep_ == "mark" and att.doc[lo].lower_ in ("that", "whether", "if")
                        or att.doc[lo].is_punct or att.doc[lo].is_space):
        lo += 1
    if not toks or lo > hi:
        return None
    return _span(att, lo, hi)


def _content_of_according(att, cue) -> Optional[tuple[int, int]]:
    """"According to Y, X" / "X, according to Y": the clause the phrase hangs on, without it."""
    head = cue.head
    if head is cue or head.i == cue.i:
        return None
    phrase_lo, phrase_hi = cue.left_edge.i, cue.right_edge.i
    lo, hi = head.left_edge.i, head.right_edge.i
    if head.pos_ not in ("VERB", "AUX"):
        # "a drop of 5 percent, according to the poll": the phrase's host is a noun; the clause
        # around it is still what the source says.
        root = head.sent.root
        lo, hi = root.left_edge.i, root.right_edge.i
    return _around(att, lo, hi, phrase_lo, phrase_hi)


def _around(att, lo: int, hi: int, phrase_lo: int, phrase_hi: int) -> Optional[tuple[int, int]]:
    """Tokens [lo, hi] less the attribution phrase [phrase_lo, phrase_hi]: the clause on either
    side of it; in the middle ("The suspect, according to police, fled on foot") the longer side."""
    left = _span(att, lo, phrase_lo - 1) if phrase_lo > lo else None
    right = _span(att, phrase_hi + 1, hi) if phrase_hi < hi else None
    sides = [sp for sp in (left, right) if sp is not None]
    return max(sides, key=lambda sp: sp[1] - sp[0]) if sides else None


def _content_of_parenthetical(att, cue) -> Optional[tuple[int, int]]:
    """"Still, he said, officials must decide": the parser hangs a cue set off by commas on the
    verb of the reported clause; that clause, without the cue and its subject, is the content."""
    host = cue.head
    if host.i == cue.i or host.pos_ not in ("VERB", "AUX") or att.quoted[host.i]:
        return None
    if cue.dep_ != "parataxis" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    lo_p, hi_p = cue.left_edge.i, cue.right_edge.i
    doc = att.doc
    # Set off by commas (or ending the sentence): ", he said," / ", she said."
    # (The parser makes the commas the cue's own children.)
    dashes = (",", "—", "–", "-")
    if doc[lo_p].text not in dashes and (lo_p == 0 or doc[lo_p - 1].text not in dashes):
        return None
    if any(t.dep_ in ("ccomp", "dobj", "xcomp") for t in cue.children):
        return None
    return _around(att, host.left_edge.i, host.right_edge.i, lo_p, hi_p)


def _mostly_quoted(att, a: int, b: int) -> bool:
    """Whether at least half of [a, b) lies inside quotation marks: a direct quote, not a report."""
    inside = 0
    for q in att.quotes:
        lo, hi = max(a, q.open), min(b, q.close)
        if hi > lo:
            inside += hi - lo
    return inside * 2 >= max(1, b - a)


def find_reported(att) -> Iterator[Reported]:
    """Yield the reported speech of one parsed window, in order of the cue."""
    doc = att.doc
    quoted = att.quoted
    lex = att.lex
    for tok in doc:
        if quoted[tok.i]:
            continue
        if according(tok):
            span = _content_of_according(att, tok)
            method = "according-to"
        elif is_reporting_cue(tok, lex):
            lemma = tok.lemma_.lower()
            clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS] or \
                [c for c in tok.children if not quoted[c.i] and (
                    c.dep_ == "xcomp" and lemma in lex.XCOMP_CUES or c.dep_ == "dobj" and lemma in lex.OBJECT_CUES)]
            if not clauses and lemma in lex.PREP_CUES:
                # "called for a ban on assault weapons", "accused the mayor of lying": the object
                # of the preposition (with the verb's own object before it) is what was said.
                preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == lex.PREP_CUES[lemma]
                         and not quoted[c.i] and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
                if preps:
                    obj = [c for c in tok.children if c.dep_ == "dobj" and c.i < preps[0].i]
                    lo = obj[0].left_edge.i if obj else preps[0].i + 1
                    span = _span(att, lo, preps[0].right_edge.i)
                    clauses = [preps[0]]
            if not clauses:
                span = _content_of_parenthetical(att, tok)
                if span is None:
                    continue
                method = "cue"
            elif clauses[0].dep_ != "prep":
                span = _content_of_clause(att, clauses[0], tok)
                method = "cue"
            else:
                method = "cue"
        else:
            continue
        if span is None:
            continue
        a, b = span
        if b - a < MIN_CHARS or _mostly_quoted(att, a, b):
            continue
        if tok.lemma_.lower() in ("ask", "question") and tok.tag_ == "VBN":
            # "Asked whether they had exchanged gifts, Peskov said …": a question put to Peskov,
            # by someone not named; the sentence's subject was asked, he did not ask.
            yield Reported(a, b, tok, None, method)
            continue
        yield Reported(a, b, tok, att._subject_of(tok), method)


def confidence(method: str, speaker: Optional[Speaker]) -> float:
    """The measured confidence of reported speech found by ``method`` ("cue", "according-to")
    for ``speaker`` as it is (re)solved: this module's own figures, not the direct-quote table of
    :mod:`quotex.methods` (a reported clause is right less often than a quote its cue names)."""
    if speaker is None:
        return 0.0
    return round(CONFIDENCE.get(method, 0.5) * KIND_FACTOR.get(speaker.kind, 0.78), 3)


def indirect_quotes(att) -> list[Quote]:
    """The reported speech of one parsed window as ``Quote`` s typed ``indirect``.

    Finding a speaker must not change what the document remembers (titles of names); what it
    held is put back here, so turning reported speech on never changes a direct quote's speaker.
    """
    state = att.state
    saved = dict(state.names.titles)
    out: list[Quote] = []
    try:
        for r in find_reported(att):
            sp: Optional[Speaker] = att._speaker_from_head(r.head) if r.head is not None else None
            cue = r.cue
            if r.method == "according-to":
                to = cue.doc[cue.i + 1]  # according(cue): "to" follows
                c = Cue(att.text[cue.idx + att.base:to.idx + len(to) + att.base], cue.idx + att.base,
                        to.idx + len(to) + att.base, "according to")
            else:
                c = Cue(cue.text, cue.idx + att.base, cue.idx + len(cue) + att.base, cue.lemma_.lower())
            text = att.text[r.start:r.end]
            if sp is None:
                out.append(Quote(text, r.start, r.end, "indirect", None, c, r.method, 0.0))
                continue
            out.append(Quote(text, r.start, r.end, "indirect", sp, c, r.method, confidence(r.method, sp)))
    finally:
        state.names.titles.clear()
        state.names.titles.update(saved)
    return out


def with_indirect(att, found: list[Quote]) -> list[Quote]:
    """A window's direct quotes ``found`` and its reported speech, in order of start."""
    reported = indirect_quotes(att)
    if not reported:
        return found
    return sorted(found + reported, key=lambda q: (q.start, q.end))


def gap_quotes(text: str, doc, base: int, paras, ords, state) -> list[Quote]:
    """Reported speech of a window parsed only for it (no quote near): what the document
    remembers (names, the last person) is left exactly as it was, so direct quotes do not move."""
    from .attribute import Attributor

    names = copy.deepcopy(state.names)
    try:
        att = Attributor(text, doc, base, [], paras, ords, state)
        return indirect_quotes(att)
    finally:
        state.names = names
