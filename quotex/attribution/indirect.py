"""Reported speech: what people are said to have said without quotation marks.

"Peskov said Putin had given Kim a glove", "Kim had given Putin a gun, Peskov added",
"According to the Kremlin, the visit will continue": the reported clause is the *content*, the
speech verb (or "according to") is the *cue*, the cue's subject is the *speaker*, found and
resolved exactly as for a direct quote (:meth:`quotex.attribution.mentions.MentionRules._subject_of` and
``_speaker_from_head``).

:func:`find_reported` yields small :class:`Reported` records over one parsed window (an
:class:`quotex.attribution.attribute.Attributor`); :func:`indirect_quotes` turns them into ``Quote`` s typed
``indirect``. Content is the cue's clausal complement ("said (that) X", "X, Y said", "told
reporters X", "wrote in a statement that X", "adding that X") or, for "according to Y", the clause
the phrase hangs on, without the cue, the speaker, a leading "that" and edge punctuation.

Besides clauses, what was said is: what a naming verb calls its object ("called the judge a
hater", :data:`NAMING_CUES`), the object of a preposition ("talked about her plans", "pointed to
the jobs report", :data:`PREP_CUES`), a stand taken in public ("defended her decision",
"declined to comment", :data:`STANCE_CUES`), a question ("asked the students if ..."), hearsay
("is reportedly spending", no speaker), and headlines ("Mukasey: Clinton email scandal
disqualifies her", "Lee Says Tax Plan Will Fail"). A report inside another report's content is
part of it, not a second voice (:func:`_outermost`); a speaker's second verb ("said X and
praised Y", "said X, insisting that Y") ends the first content and is a report of its own.

Speech, not thought: the cues are :data:`quotex.lexicon.cues.SPEECH_VERBS` with a clause ("said the plan
would fail"), less those whose clause is not what was said (:data:`NOT_REPORTING`: "began to");
a few of them with an object or an infinitive (:data:`OBJECT_CUES`: "denied the allegations",
:data:`XCOMP_CUES`: "urged voters to stay home"); and what documents report
(:data:`DOCUMENT_CUES`: "a poll shows that"). Verbs of belief and plans ("thinks", "hopes",
"wants", "believes", "expects") are left out: measured on PolNeAR train, "believe"/"expect" added
162 predictions of which only 57% were right (F1 +0.005, precision -0.008).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from ..lexicon import lexicon_for
from ..records import Cue, Quote, Speaker

# The longest name before a headline's colon, in tokens ("Former AG Mukasey at RNC: ...").
HEADLINE_PREFIX = 6
# Dependency label of a verb's complement clause: "said [that it would rain]".
CLAUSE_DEPS = frozenset({"ccomp"})
# The shortest content kept, in characters ("said so" is not a report of words).
MIN_CHARS = 8
# ... unless it is a name: "endorsed Clinton", "attacked Fiorina" (a stand on someone); on PolNeAR
# train these short names added 116 predictions, 80 of them right.
SHORT_NAME = re.compile(r"^[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)*$")
SHORT_MIN_CHARS = 4
# Share of predictions with the right content and the right speaker on PolNeAR train, per method
# (README "Reported speech"), scaled down for organisations and unresolved mentions as for direct quotes.
CONFIDENCE = {"cue": 0.84, "according-to": 0.7, "headline": 0.57}
KIND_FACTOR = {"person": 1.0, "organization": 0.95, "unknown": 0.85}


@dataclass(frozen=True)
class Reported:
    """One reported-speech attribution in a window: content offsets, the cue and its subject."""

    start: int
    end: int
    cue: object  # spaCy Token: the speech verb, or "according"
    head: Optional[object]  # spaCy Token heading the speaker mention, or None
    method: str  # a quotex.attribution.methods.Method value: cue | according-to | headline


def is_reporting_cue(tok, lex=None) -> bool:
    """A verb whose clause reports what someone said: "said", "told", "added", "tweeted".

    ``lex`` is the document's lexicon (``Attributor.lex``); looked up from the token's doc when
    not given."""
    if lex is None:
        lex = lexicon_for(tok.doc.lang_)
    lemma = tok.lemma_.lower()
    if lemma in lex.DOCUMENT_CUES:
        return tok.pos_ == "VERB" and (any(c.dep_ == "ccomp" for c in tok.children) or _poll_object(tok))
    if not lex.is_cue_token(tok):
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


def _speakers_verb(clause, verb, cue) -> bool:
    """Whether ``verb``, coordinated with the reported ``clause``, is the speaker's next act."""
    lex = lexicon_for(verb.doc.lang_)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if verb.tag_ in ("VBD", "VBZ") and (lemma in lex.SPEECH_VERBS or lemma in lex.STANCE_CUES or lemma in lex.PREP_CUES):
        return True  # "says the goal is X, but conceded that ..."
    return verb.tag_ == cue.tag_ and clause.tag_ != verb.tag_


def _speakers_participle(att, verb) -> bool:
    """"said he plans to visit Libya, insisting that ...": a participle of speech after a comma,
    hung by the parser on the reported clause, is the speaker's next words, not part of these."""
    lex = att.lex
    lemma = verb.lemma_.lower()
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.left_edge.i > 0 and \
        att.doc[verb.left_edge.i - 1].text in (",", "—", "–") and \
        (lemma in lex.SPEECH_VERBS or lemma in lex.STANCE_CUES or lemma in lex.PREP_CUES)


def _content_of_clause(att, clause, cue) -> Optional[tuple[int, int]]:
    """Character span of a complement clause without its "that" and anything of the cue."""
    lex = att.lex
    toks = [t for t in clause.subtree if t.i != cue.i]
    lo, hi = clause.left_edge.i, clause.right_edge.i
    # The clause cannot reach over the cue ("X, Y said" keeps to the left of the cue).
    if lo < cue.i < hi:
        if clause.i < cue.i:
            hi = cue.i - 1
        else:
            lo = cue.i + 1
    # "She said [the plan works] and praised the mayor": the parser hangs the speaker's second
    # verb on the reported clause; it is the speaker's own act, not what was said. A verb with no
    # subject of its own, in the cue's tense but not the clause's (or itself a cue of speech),
    # ends the content.
    for c in clause.children:
        if cue.i < clause.i < c.i and c.pos_ in ("VERB", "AUX") and (
                c.dep_ == "conj" and _speakers_verb(clause, c, cue) or _speakers_participle(att, c)):
            cut = c.left_edge.i
            while cut > lo and att.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            hi = min(hi, cut - 1)
            break
    # A leading complementizer is the cue's, not the content's: "said [that] Kim ...".
    while lo <= hi and (att.doc[lo].dep_ == "mark" and att.doc[lo].lower_ in lex.COMPLEMENTIZERS
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


def _with_that(att, a: int) -> int:
    """The start of a report with its "that" (as annotators mark it: "said that the unions “have
    too often been in a reactive position”" is reported speech holding a partial quote, not a
    quote): the quoted share is weighed over that span."""
    head = att.text[max(0, a - 6):a]
    return a - 5 if head.endswith(("that ", "That ")) else a


def _mostly_quoted(att, a: int, b: int) -> bool:
    """Whether at least half of [a, b) lies inside quotation marks: a direct quote, not a report."""
    inside = 0
    for q in att.quotes:
        lo, hi = max(a, q.open), min(b, q.close)
        if hi > lo:
            inside += hi - lo
    return inside * 2 >= max(1, b - a)


def _poll_object(tok) -> bool:
    """"The poll shows Clinton up by 10 points": a poll's verb with an object."""
    lex = lexicon_for(tok.doc.lang_)
    return tok.lemma_.lower() == "show" and any(c.dep_ == "dobj" for c in tok.children) and any(
        c.dep_ == "nsubj" and c.lower_ in lex.POLL_SOURCE_NOUNS for c in tok.children)


def _content_of_cue(att, tok) -> Optional[tuple[int, int]]:
    """Content of a speech verb ``tok`` (:func:`is_reporting_cue`): its clause, its object or
    infinitive, the object of its preposition, or the clause it interrupts; None without one."""
    lex = att.lex
    quoted = att.quoted
    lemma = tok.lemma_.lower()
    clauses = [c for c in tok.children if c.dep_ in CLAUSE_DEPS]
    if clauses:
        return _content_of_clause(att, clauses[0], tok)
    if _poll_object(tok):
        return _span(att, tok.i + 1, tok.right_edge.i)
    named = _content_of_naming(att, tok)
    if named is not None:
        return named
    if lemma == "ask":
        # "asked the students if they were serious": the question is a clause with "if"/"whether"
        # that the parser hangs on the verb as an adverbial clause.
        asked = [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and not quoted[c.i] and any(
            g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children)]
        if asked:
            return _content_of_clause(att, asked[0], tok)
    objs = [c for c in tok.children if not quoted[c.i] and (
        c.dep_ == "xcomp" and lemma in lex.XCOMP_CUES or c.dep_ == "dobj" and lemma in lex.OBJECT_CUES)]
    if objs:
        return _content_of_clause(att, objs[0], tok)
    prep = _content_of_prep(att, tok)
    if prep is not None:
        return prep
    return _content_of_parenthetical(att, tok)


def _content_of_prep(att, tok) -> Optional[tuple[int, int]]:
    """"called for a ban on assault weapons", "accused the mayor of lying", "talked about her
    plans", "pointed to the jobs report": the object of the preposition (with the verb's own
    object before it) is what was said."""
    lex = att.lex
    preps = lex.PREP_CUES.get(tok.lemma_.lower())
    if not preps:
        return None
    found = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and not att.quoted[c.i]
             and any(g.dep_ in ("pobj", "pcomp") for g in c.children)]
    if not found:
        return None
    obj = [c for c in tok.children if c.dep_ == "dobj" and c.i < found[0].i]
    if obj and tok.lemma_.lower() == "call":
        return None  # "called a meeting for Tuesday", "called the police for help": no call for anything
    lo = obj[0].left_edge.i if obj else found[0].i + 1
    return _span(att, lo, found[0].right_edge.i)


def _content_of_naming(att, tok) -> Optional[tuple[int, int]]:
    """"Podesta called the governor the most extreme pick", "She described the plan as reckless":
    what a naming verb says of its object is a claim; the object and what it is called are the
    content ("called Smith" alone, or "called a meeting", is not)."""
    lex = att.lex
    if tok.lemma_.lower() not in lex.NAMING_CUES:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return None
    said = [c for c in tok.children if c.i > objs[0].i and (
        c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children))]
    if not said:
        return None
    return _span(att, objs[0].left_edge.i, max(t.right_edge.i for t in said))


def _headline_colon(att) -> Iterator[Reported]:
    """"Mukasey at RNC: Clinton email scandal disqualifies her", "Poll: Lee leads in Ohio": a line
    opening with a short name, a colon and what that name says (headlines and digests; a "12:20
    p.m.:" time stamp, a verb before the colon ("He said:") or a line without a name is not one)."""
    lex = att.lex
    doc = att.doc
    n = len(doc)
    i = 0
    while i < n:
        # the first word of a line
        if doc[i].is_space or (i > 0 and "\n" not in doc[i - 1].whitespace_ and not doc[i - 1].is_space):
            i += 1
            continue
        j = i
        while j < n and j - i <= HEADLINE_PREFIX and doc[j].text != ":" and "\n" not in doc[j].text:
            j += 1
        if j < n and j > i and doc[j].text == ":" and not att.quoted[j]:
            prefix = doc[i:j]
            names = [t for t in prefix if t.pos_ == "PROPN" and not t.like_num]
            if not names and len(prefix) == 1 and prefix[0].is_title and prefix[0].pos_ == "NOUN":
                names = [prefix[0]]  # "Poll: ...", "Sanders: ..." (the tagger's noun)
            if names and not any(t.pos_ in ("VERB", "AUX") or t.like_num or t.lower_ in lex.REPORT_HEADLINE_LABELS
                                 for t in prefix):
                end = j + 1
                while end < n and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
                    end += 1
                span = _span(att, j + 1, min(end, n - 1))
                line = doc[j + 1:end]
                if span is not None and sum(t.text == "," for t in line) >= 3 and \
                        sum(t.pos_ == "PROPN" for t in line) * 2 > len(line):
                    span = None  # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a list of names
                if span is not None:
                    # the speaker: the last word of the first run of names ("Former AG Mukasey")
                    k = names[0].i
                    while k + 1 < j and doc[k + 1].pos_ == "PROPN":
                        k += 1
                    yield Reported(span[0], span[1], doc[j], doc[k], "headline")
        i = j + 1




def _token_at(att, end: int) -> int:
    """Index of the token of ``att.doc`` that ends at document offset ``end``."""
    doc = att.doc
    i = len(doc) - 1
    while i > 0 and doc[i].idx + att.base >= end:
        i -= 1
    return i


def _not_speech_sense(tok) -> bool:
    """A cue word used in a sense that reports no one's words: "it is too soon to say whether",
    "fair to say", "needless to say" (an infinitive hung on an adjective); "the pledged
    delegates" (a participle naming a thing)."""
    lex = lexicon_for(tok.doc.lang_)
    if tok.dep_ == "amod":
        return True
    if tok.lemma_.lower() != "say" or tok.head.i == tok.i or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    # "too soon to say", "needless to say", "it is fair to say" (but "he was quick to say" reports)
    head = tok.head
    return head.lower_ in lex.HEDGES or any(c.dep_ in ("acomp", "advmod") and c.lower_ in lex.HEDGES for c in head.children)


def _too_short(att, a: int, b: int) -> bool:
    """Content too short to be a report of words ("said so", "called for a taxi"), unless a name."""
    if b - a >= MIN_CHARS:
        return False
    return b - a < SHORT_MIN_CHARS or not SHORT_NAME.match(att.text[a:b])


def _title_line_end(doc, i: int) -> Optional[int]:
    """The last token of ``doc[i]``'s line when that line is set in title case (a headline:
    "Lee Says Tax Plan Will Fail"), else None."""
    lo = i
    while lo > 0 and "\n" not in doc[lo - 1].text and "\n" not in doc[lo - 1].whitespace_:
        lo -= 1
    hi = i
    while hi + 1 < len(doc) and "\n" not in doc[hi + 1].text and "\n" not in doc[hi].whitespace_:
        hi += 1
    words = [t for t in doc[lo:hi + 1] if t.is_alpha and len(t) > 3]
    if len(words) < 3 or sum(t.text[0].isupper() for t in words) * 10 < len(words) * 8:
        return None
    return hi


def _headline_cues(att) -> Iterator[Reported]:
    """"Lee Says Tax Plan Will Fail", "Clinton Warns Of Long Fight": in a title-case headline the
    parser does not see the clause after the speech verb; all the line after it is what was
    said, the name before it who said it."""
    lex = att.lex
    doc = att.doc
    for tok in doc:
        if tok.i == 0 or att.quoted[tok.i] or not tok.text[0].isupper() or \
                tok.lower_ not in lex.HEADLINE_SPEECH_VERBS:
            continue
        before = doc[tok.i - 1]
        if before.pos_ != "PROPN" or "\n" in before.whitespace_:
            continue
        end = _title_line_end(doc, tok.i)
        if end is None:
            continue
        span = _span(att, tok.i + 1, end)
        if span is not None:
            yield Reported(span[0], span[1], tok, before, "headline")


def find_reported(att) -> Iterator[Reported]:
    """Yield the reported speech of one parsed window, in order of the cue."""
    lex = att.lex
    quoted = att.quoted
    found: list[Reported] = []
    for tok in att.doc:
        if quoted[tok.i]:
            continue
        if lex.according(tok):
            span = _content_of_according(att, tok)
            method = "according-to"
        elif tok.lower_ in lex.HEARSAY and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX"):
            # "The club is reportedly spending $1.5 million": the clause is reported, by no one named.
            host = tok.head
            span = _around(att, host.left_edge.i, host.right_edge.i, tok.i, tok.i)
            if span is not None and not _too_short(att, *span) and not _mostly_quoted(att, *span):
                found.append(Reported(span[0], span[1], tok, None, "cue"))
            continue
        elif is_reporting_cue(tok) or tok.lemma_.lower() in lex.PREP_CUES and tok.pos_ == "VERB":
            span = _content_of_cue(att, tok)
            method = "cue"
        elif tok.lemma_.lower() in lex.STANCE_CUES and tok.pos_ == "VERB":
            dep = lex.STANCE_CUES[tok.lemma_.lower()]
            objs = [c for c in tok.children if c.dep_ == dep and not quoted[c.i]]
            span = _content_of_clause(att, objs[0], tok) if objs else None
            method = "cue"
        else:
            continue
        if span is None:
            continue
        a, b = span
        if _too_short(att, a, b) or _mostly_quoted(att, _with_that(att, a), b):
            continue
        if _not_speech_sense(tok):
            continue
        head = att._subject_of(tok)
        if head is not None and a <= head.idx + att.base < b:
            cue_at = tok.idx + att.base
            if not a <= cue_at < b or tok.i + 1 >= len(att.doc):
                # "Lee, whose firm uses big data, said ...": a content holding the speaker and
                # not the cue is a misparse (the subject's relative clause taken for the report).
                continue
            # "what he called the Evil Empire", "which Lee describes as her second home": what
            # is said follows the cue.
            lo = tok.i + 1
            if lo < len(att.doc) and att.doc[lo].lower_ == "as":
                lo += 1
            span = _span(att, lo, _token_at(att, b))
            if span is None or _too_short(att, *span):
                continue
            a, b = span
        if tok.lemma_.lower() in ("ask", "question") and tok.tag_ == "VBN":
            # "Asked whether they had exchanged gifts, Peskov said …": a question put to Peskov,
            # by someone not named; the sentence's subject was asked, he did not ask.
            found.append(Reported(a, b, tok, None, method))
            continue
        found.append(Reported(a, b, tok, head, method))
    headlines = list(_headline_cues(att))
    # the headline's reading replaces the parser's for the same verb
    found = [r for r in found if r.cue.i not in {h.cue.i for h in headlines}]
    for r in list(_headline_colon(att)) + headlines:
        if r.end - r.start >= MIN_CHARS and not _mostly_quoted(att, r.start, r.end):
            found.append(r)
    found.sort(key=lambda r: r.cue.i)
    yield from _outermost(found, att.base)


def _outermost(found: list[Reported], base: int) -> list[Reported]:
    """Reports not told inside another report: in "Lee said the council had told residents to
    wait", what Lee said is reported, and the council's words are part of it, not a second voice
    (on PolNeAR train such inner reports were right 15% of the time: 576 predictions, 87 right)."""
    out = []
    for b in found:
        inner = False
        for a in found:
            if a is b or (b.end - b.start) > (a.end - a.start):
                continue
            ov = min(a.end, b.end) - max(a.start, b.start)
            if ov * 2 >= b.end - b.start and a.start <= b.cue.idx + base < a.end:
                inner = True
                break
        if not inner:
            out.append(b)
    return out


def confidence(method: str, speaker: Optional[Speaker]) -> float:
    """The measured confidence of reported speech found by ``method`` ("cue", "according-to")
    for ``speaker`` as it is (re)solved: this module's own figures, not the direct-quote table of
    :mod:`quotex.attribution.methods` (a reported clause is right less often than a quote its cue names)."""
    if speaker is None:
        return 0.0
    return round(CONFIDENCE.get(method, 0.5) * KIND_FACTOR.get(speaker.kind, 0.78), 3)


def indirect_quotes(att) -> list[Quote]:
    """The reported speech of one parsed window as ``Quote`` s typed ``indirect``.

    Finding a speaker must not change what the document remembers (titles of names); what it
    held is put back here, so turning reported speech on never changes a direct quote's speaker.
    """
    lex = att.lex
    state = att.state
    saved = dict(state.names.titles)
    out: list[Quote] = []
    try:
        for r in find_reported(att):
            sp: Optional[Speaker] = att._speaker_from_head(r.head) if r.head is not None else None
            cue = r.cue
            if r.method == "according-to" and lex.according(cue):
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
