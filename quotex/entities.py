"""What stage 2 needs to know of a document's entities, collected window by window as plain data.

A long document is parsed in windows (:mod:`quotex.extract`); the document-level resolver
(:mod:`quotex.resolve`) runs after the last one and must not hold on to parses. So each
window leaves behind only small records:

* :class:`NameMention` -- a name the recogniser found ("Ann Lee", "Hydro-Québec", "Mr. Peskov"),
  with the title written before it or in apposition ("Mayor", "Secretary of State", "the party's
  chairman") and its honorific ("mr", "ms": evidence of sex for :mod:`quotex.pronouns`);
* :class:`SpeakerInfo` -- what the parse says about a quote's speaker mention: its head noun,
  whether it is a definite description ("the mayor", "the company"), and the words after the
  head that say whose it is ("a spokesman *for the union*").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .cues import HONORIFICS, PRONOUNS
from .names import _NAME_RUN, _NOT_FIRST, _NOT_LAST, TITLE_WORDS, clean_name
from .lexicon import (  # noqa: F401 (word lists live in the lexicon)
    ACL_PREPS, COMPLEMENT_PREPS, COURTESY, PARTITIVES, PERSON_SUFFIXES, PLACE_PREPS, ROLE_NOUNS,
)

# Labels of the recogniser kept as entities.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Longest complement kept, in tokens ("the former top aide to President George W. Bush").
MAX_COMPLEMENT_TOKENS = 10
# Longest title kept before a name, in tokens ("Deputy Secretary of State for Political Affairs").
MAX_TITLE_TOKENS = 7
HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS if len(h.rstrip(".")) <= 4 or h.endswith("."))


def _role_word(word: str) -> bool:
    """A word that can be part of a title: "Press", "Deputy", "Secretary", "Sen."."""
    w = word.lower().rstrip(".")
    return is_role(word) or w in TITLE_WORDS




def person_noun(word: str) -> bool:
    """A common noun that can be a person's title before the name ("undecided voter Ann Lee"),
    unlike a thing's ("a potential hazard Trump")."""
    return is_role(word) or word.endswith(PERSON_SUFFIXES)


def is_role(word: str) -> bool:
    """A word that makes a title on its own: a role noun or an honorific ("Mayor", "Sen.")."""
    w = word.lower().rstrip(".")
    return w in ROLE_NOUNS or w in HONORIFIC_WORDS or word.lower() in HONORIFICS


@dataclass(frozen=True)
class NameMention:
    """A name in a window, in document offsets: ``text == input[start:end]``."""

    start: int
    end: int
    text: str
    label: str  # the recogniser's: PERSON, ORG, GPE, NORP, FAC
    title: Optional[str] = None  # "Mayor", "Secretary of State", "the party's chairman"
    honorific: Optional[str] = None  # "mr", "ms", "dr" (lower case, no dot)
    quoted: bool = False  # inside a quote: named in someone's words
    subject: bool = False
    title_start: int = -1  # where the title is written (before the name, or its apposition after)


@dataclass(frozen=True)
class SpeakerInfo:
    """The parse's reading of one speaker mention (document offsets of the mention)."""

    start: int
    end: int
    head: str  # lemma of the mention's head, lower case ("mayor", "company", "trump")
    proper: bool  # the head is a proper noun
    definite: bool  # "the mayor", "this company" (not "a spokesman", not "his friend")
    desc: str  # the mention without its article: "former top aide"
    plural: bool = False  # "the groups", "the senators"
    complement: Optional[str] = None  # "to President George W. Bush" (right after the mention)
    named: Optional[str] = None  # the name in apposition: "the Israeli newspaper *Haaretz*"


@dataclass
class DocEntities:
    """Everything stage 2 reads of one document: filled by :meth:`add_window` per window."""

    names: list[NameMention] = field(default_factory=list)
    speakers: dict[tuple[int, int], SpeakerInfo] = field(default_factory=dict)
    # Names of gap windows (parsed only for reported speech, ``--indirect``): kept apart so that
    # direct quotes resolve exactly as without the flag; reported speech resolves with them too.
    gap_names: list[NameMention] = field(default_factory=list)

    def with_gaps(self) -> "DocEntities":
        """These entities with the gap windows' names merged in, in order of the text."""
        # A gap's stretch is also read as unparsed text (add_text) when a quote window follows it:
        # a gap name overlapping one already there is the same name read twice, not a new mention.
        import bisect

        names = sorted(self.names, key=lambda m: m.start)
        starts = [m.start for m in names]
        extra = []
        for g in self.gap_names:
            k = bisect.bisect_left(starts, g.end)
            if not any(names[j].end > g.start for j in range(max(0, k - 3), k)):
                extra.append(g)
        return DocEntities(sorted(names + extra, key=lambda m: m.start), self.speakers)

    def add_text(self, text: str, a: int, b: int) -> None:
        """Names in ``text[a:b]``, a stretch no parse read (paragraphs far from any quote): runs of
        capitalised words read as :func:`quotex.names.harvest_names` does, with the role words
        before the name as its title ("Mayor Ann Lee opened the library" -> Ann Lee, Mayor), so
        that a later "the mayor said" finds her. Title Case lines (headlines) are skipped."""
        pos = a
        for line in text[a:b].split("\n"):
            start, pos = pos, pos + len(line) + 1
            words = line.split()
            if not words or sum(w[:1].isupper() for w in words) > 0.6 * len(words):
                continue
            for m in _NAME_RUN.finditer(line):
                run = m.group().split()
                k = 0
                while k < len(run) and (run[k].lower() in _NOT_FIRST or _role_word(run[k])):
                    k += 1
                name = run[k:]
                if not 2 <= len(name) <= 3 or name[-1].lower() in _NOT_LAST or name[-1].endswith("."):
                    continue
                title = [w for w in run[:k] if _role_word(w)]
                if not (title or is_first_name(name[0])):
                    continue  # "Planned Parenthood", "Grand Canyon": no person without a first name or a role
                honorific = None
                if title and title[-1].lower().rstrip(".") in COURTESY:
                    honorific = title.pop().lower().rstrip(".")
                off = start + m.start() + len(" ".join(run[:k])) + (1 if k else 0)
                text_ = " ".join(name)
                if text[off:off + len(text_)] != text_:
                    continue  # spacing other than one blank: leave it to the parse
                self.names.append(NameMention(off, off + len(text_), text_, "PERSON",
                                              " ".join(title) if title and any(is_role(w) for w in title) else None,
                                              honorific, False, False, off - 1))

    def add_window(self, doc, base: int, quoted: list[bool], quotes, names: bool = True) -> None:
        """Collect the names of a parsed window and the readings of its quotes' speaker mentions.

        ``base`` is the window's offset in the document, ``quoted`` flags the tokens inside quotes,
        ``quotes`` the window's attributed :class:`quotex.records.Quote` records. Without
        ``names`` (a gap window parsed for reported speech only) its names go to ``gap_names``:
        they must not change how direct quotes resolve.
        """
        into = self.names if names else self.gap_names
        seen = {(m.start, m.end) for m in into[-200:]}
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            m = name_mention(ent, base, quoted)
            if m is not None and (m.start, m.end) not in seen:
                into.append(m)
        for q in quotes:
            sp = q.speaker
            if sp is None or (sp.start, sp.end) in self.speakers or sp.start < base:
                continue
            span = doc.char_span(sp.start - base, sp.end - base, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self.speakers[(sp.start, sp.end)] = speaker_info(span, base, quoted)


def name_mention(ent, base: int, quoted: list[bool]) -> Optional[NameMention]:
    """The :class:`NameMention` of recogniser span ``ent``; for a person, its title and honorific
    read off the words the recogniser took in ("Councilman Robert Hayes") or left before it ("said
    Mayor Ann Lee", "Secretary of State Antony Blinken"), or an apposition ("Ann Lee, the mayor,")."""
    doc = ent.doc
    toks = list(ent)
    person = ent.label_ == "PERSON"
    # Honorifics and role words the recogniser took into the name: "Councilman Robert Hayes".
    k = 0
    while person and k < len(toks) - 1 and (_role_word(toks[k].text) or toks[k].is_punct and k):
        k += 1
    inner = [t for t in toks[:k] if not t.is_punct]
    toks = toks[k:]
    if person and not inner:
        # "Dmitry Peskov spoke …": the recogniser can leave a first name out of the span at the
        # start of a sentence; a capitalised proper noun with no label of its own right before
        # the name is part of it.
        j = ent.start - 1
        while j >= 0 and ent.start - j <= 2 and _first_name_like(doc[j], quoted):
            toks.insert(0, doc[j])
            j -= 1
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct):
        toks = toks[:-1]
    if not toks:
        return None
    start = toks[0].idx + base
    end = toks[-1].idx + len(toks[-1]) + base
    title = honorific = None
    title_start = start - 1
    if person:
        words = title_before(doc, ent.start, quoted) + [t.text for t in inner]
        if words and words[-1].lower().rstrip(".") in COURTESY:
            honorific = words[-1].lower().rstrip(".")
            words = words[:-1]
        title = " ".join(words) or None
        if title is None:
            title, title_start = appositive_title(ent, quoted, base)
        if title and title.lower().rstrip(".") in COURTESY:
            honorific, title = honorific or title.lower().rstrip("."), None
    return NameMention(start, end, doc[toks[0].i:toks[-1].i + 1].text, ent.label_, title, honorific,
                       any(quoted[t.i] for t in ent), ent.root.dep_ in ("nsubj", "nsubjpass"), title_start)


def _first_name_like(t, quoted: list[bool]) -> bool:
    return t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and t.is_alpha and not quoted[t.i] and \
        not _role_word(t.text) and not t.whitespace_.count("\n")


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a listed first name of either sex ("Ann", "Robin"), by gender-guesser's
    table (:mod:`quotex.gender`); without the package, no word is."""
    from .gender import _detector

    det = _detector()
    return det is not None and len(word) > 1 and bool(det.names.get(word.lower()))


# Parts of speech that end a title run before a name: "said Mayor Ann Lee", "a defiant Trump".
_TITLE_STOP_POS = frozenset({"DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "ADV", "NUM", "PART", "INTJ"})


def title_before(doc, i: int, quoted: list[bool]) -> list[str]:
    """The title right before token ``i``: "Mayor", "Secretary of State", "CNN host", "undecided
    Republican voter". A run of nouns, names, adjectives and "of" that ends in a role word or a
    common noun; an adjective or participle alone is no title ("a defiant Donald Trump", "a
    smiling Clinton"), nor is a possessive outlet ("MSNBC's Alex Lee") or a place."""
    run: list = []
    j = i - 1
    while j >= 0 and i - j <= MAX_TITLE_TOKENS:
        t = doc[j]
        if quoted[j] or t.is_space or t.tag_ == "POS" or t.ent_type_ == "PERSON" and not _role_word(t.text):
            break
        if t.is_punct:
            # the dot of an abbreviation the tokenizer split off: "Gen ." before a name
            if t.text == "." and j > 0 and len(doc[j - 1]) <= 4 and doc[j - 1].is_title:
                j -= 1
                continue
            break
        if t.lower_ == "of" and run:
            run.insert(0, t)
            j -= 1
            continue
        if t.pos_ in _TITLE_STOP_POS or t.pos_ == "ADP" or "\n" in t.whitespace_:
            break
        run.insert(0, t)
        j -= 1
    while run and (run[0].lower_ == "of" or run[0].pos_ in ("ADP", "PUNCT")):
        run = run[1:]
    if not run:
        return []
    last = run[-1]
    if not (any(is_role(t.text) for t in run) or last.pos_ == "NOUN" and last.tag_ == "NN" and
            person_noun(last.lower_)):
        return []
    return [t.text for t in run]


def appositive_title(ent, quoted: list[bool], base: int) -> tuple[Optional[str], int]:
    """ "Ann Lee, the mayor of Springfield, said" -> "mayor of Springfield": a role noun in apposition,
    with the words before it and its "of"/"at"/"for" phrases, never a relative clause ("who …")."""
    root = ent.root
    doc = ent.doc
    for c in root.children:
        if c.dep_ != "appos" or c.i < root.i or quoted[c.i] or c.ent_type_ in ("PERSON", "ORG"):
            continue
        if c.lemma_.lower() not in ROLE_NOUNS or c.pos_ != "NOUN":
            return None, -1
        words = [t for t in doc[c.left_edge.i:c.i + 1] if not quoted[t.i]]
        for r in c.rights:
            if r.dep_ != "prep" or r.lower_ not in COMPLEMENT_PREPS or r.i != words[-1].i + 1:
                break
            more = list(doc[r.i:r.right_edge.i + 1])
            if any(quoted[t.i] or t.text in ",;:()" or t.lower_ in ("who", "which", "that") for t in more) or \
                    len(words) + len(more) > MAX_TITLE_TOKENS + 3:
                break
            words += more
        while words and (words[0].pos_ == "DET" or words[0].tag_ == "PRP$" or words[0].is_punct):
            words = words[1:]
        if not words:
            return None, -1
        return doc[words[0].i:words[-1].i + 1].text, words[0].idx + base
    return None, -1




def speaker_info(span, base: int, quoted: list[bool]) -> SpeakerInfo:
    """Read a speaker mention: head, definiteness, the description, its complement and the name
    in apposition to it."""
    head = span.root
    doc = span.doc
    first = span[0]
    definite = first.lower_ in ("the", "this", "that") and len(span) > 1
    desc_toks = list(span)
    while desc_toks and (desc_toks[0].pos_ == "DET" or desc_toks[0].lower_ in ("the", "a", "an")) and \
            len(desc_toks) > 1:
        desc_toks = desc_toks[1:]
    desc = clean_name(doc[desc_toks[0].i:span.end].text) if desc_toks else span.text
    complement = named = None
    if (head.pos_ == "NOUN" or head.lower_ in PARTITIVES) and head.lower_ not in PRONOUNS:
        complement = _complement(head, span, quoted)
        named = _named_in_apposition(head, span, quoted)
    return SpeakerInfo(span.start_char + base, span.end_char + base, head.lemma_.lower(), head.pos_ == "PROPN",
                       definite, desc, head.tag_ in ("NNS", "NNPS"), complement, named)




def _complement(head, span, quoted: list[bool]) -> Optional[str]:
    """What says whose or which the description is, right after it: "for the union", "close to the
    family" (an adjective with its object), "known as Bob", "surveyed" (a participle)."""
    doc = span.doc
    nxt = span.end
    while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
        nxt += 1  # "the exit polls  in New Hampshire": a double space is a token of its own
    for c in head.rights:
        if c.i < span.end:
            continue
        if c.i != nxt or quoted[c.i]:
            return None
        partitive_prep = head.lower_ in PARTITIVES and c.lower_ in ("on", "among")  # "some on Twitter"
        ok = partitive_prep or (c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and
              (c.lower_ not in PLACE_PREPS or person_noun(head.lemma_.lower()) or head.lower_ in PARTITIVES or
               any(t.pos_ == "PROPN" for t in c.subtree))) or \
            (c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children)) or \
            (c.dep_ == "acl" and c.tag_ == "VBN" and (not any(True for _ in c.children) or any(
                g.dep_ in ("prep", "agent") and g.lower_ in ACL_PREPS for g in c.children)))
        if not ok:
            return None
        toks = []
        for t in doc[c.i:c.right_edge.i + 1]:
            if quoted[t.i] or t.text in ",;:()\"“”" or len(toks) >= MAX_COMPLEMENT_TOKENS:
                break
            toks.append(t)
        while toks and toks[-1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT", "PART"):
            toks = toks[:-1]  # "the authors of the “…”": no owner is left
        if len(toks) >= (1 if c.dep_ == "acl" else 2):
            return doc[toks[0].i:toks[-1].i + 1].text
        return None
    return None


def _named_in_apposition(head, span, quoted: list[bool]) -> Optional[str]:
    """The name a description is given next to it: "the Israeli newspaper Haaretz", "the editor
    I talked to, Tim Grieve", "his best friend, Bruce Turry"."""
    for c in head.rights:
        if c.dep_ == "appos" and not quoted[c.i] and c.ent_type_ in ("PERSON", "ORG"):
            ent = next((e for e in span.doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and not any(quoted[t.i] for t in ent):
                return ent.text
    return None
