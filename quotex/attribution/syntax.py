"""Pure parse walks: functions of spaCy tokens (and, where needed, the window's quoted-token mask).

What lives here: walks and token tests that read only the parse (heads, deps, POS, entity types,
lemmas) and the word lists of ``quotex.lexicon.en``, never Attributor state (names, titles, the last
speaker, the window's paragraphs). Like textacy's ``expand_noun``: small functions a rule module
imports, instead of methods the rule mixins reach through ``self``. Methods that need state stay on
the mixins (mentions.py, cue_rules.py). Each function here can be tested on a hand-built ``Doc``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from ..lexicon import lexicon_for


def is_thing(tok) -> bool:
    """A common noun that names neither a person nor an organisation ("The promise")."""
    lex = lexicon_for(tok.doc.lang_)
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in lex.PRONOUNS and \
        lemma not in lex.PERSON_NOUNS and lemma not in lex.ORG_NOUNS and lemma not in lex.PEOPLE_NOUNS


def attachment(toks, quoted: Sequence[bool]) -> Optional[object]:
    """The first of a quote's tokens ``toks`` whose head lies outside the quote (``quoted`` marks
    the window's quoted tokens): where the parse hangs the quote on the reporter's sentence ("Lee
    wants “a fair hearing”" -> "hearing", under "wants"), or None."""
    return next((x for x in toks if not quoted[x.head.i] and x.head != x), None)


# ---- Walks from a cue to its speaker (used by mentions.MentionRules._subject_of).

def according_object(cue, quoted: Sequence[bool]):
    """The source after "according to" (``cue`` is "according"): the object of "to", or of
    "according" when the parser hangs it there; failing both, the word after "to" (or the head it
    hangs from further right). None when that source lies inside a quote.

    "according to a spokesman for the city" -> "spokesman"; "according to “sources”" -> None.
    """
    doc = cue.doc
    to = cue.nbor(1)
    objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in cue.children if c.dep_ == "pobj"]
    if not objs and cue.i + 2 < len(doc):
        nxt = doc[cue.i + 2]
        objs = [nxt.head if nxt.head.i > cue.i + 1 and not quoted[nxt.head.i] else nxt]
    return objs[0] if objs and not quoted[objs[0].i] else None


def participle_in_report(cue, t) -> bool:
    """Whether ``t`` is the verb of a clause reported by a speech verb, or of a clause of time
    below one, reached from a participle cue hung on it as an adverbial clause.

    "“It is over,” Brown said after the new mayor won her race, adding that she “ran a clean
    campaign”": Brown adds, not the mayor.
    """
    lex = lexicon_for(cue.doc.lang_)
    return t != cue and cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head == t and \
        (t.dep_ == "ccomp" or t.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in lex.TIME_MARKS for c in t.children)) and lex.is_cue_token(t.head)


def inverted_object(cue, quoted: Sequence[bool]):
    """The speaker after an inverted cue that the parser took for its object.

    "“Not again,” wrote a reader who lives nearby.": the small model can make the quote the
    verb's subject and the writer its object. Not for verbs whose object is whom they address
    ("“Go,” told reporters" is no English, but "“Go,” he told reporters" has its subject).
    """
    lex = lexicon_for(cue.doc.lang_)
    if not lex.is_cue_token(cue) or cue.lemma_.lower() in lex.ADDRESSEE_CUES or any(
            c.dep_ in lex.SUBJ_DEPS and not quoted[c.i] for c in cue.children) or not any(
            c.dep_ in lex.SUBJ_DEPS and quoted[c.i] and c.i < cue.i for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and not quoted[c.i]), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or is_thing(obj):
        return None
    return obj


def misparsed_modifier(cue, quoted: Sequence[bool]) -> bool:
    """A finite cue verb the parser took for a modifier of the noun right before it.

    "a man yelled “Stay there!”" parses "yelled" as an ``acl`` of "man". Only the narrow
    shape: the noun directly before the verb, no subject of its own, and either a past
    tense tag (a reduced relative is a participle) or a participle that has an object of
    its own besides the quote ("one lawmaker called Trump “…”", active). "a website called
    “Cape Breton If Trump Wins”" (naming passive: the quote is the only complement) and
    "the rhetoric of her ad, described as “…”" stay out.
    """
    lex = lexicon_for(cue.doc.lang_)
    if cue.dep_ != "acl" or lex.according(cue):
        return False
    head = cue.head
    if head.i != cue.i - 1 or head.pos_ not in ("NOUN", "PROPN") or quoted[head.i]:
        return False
    if any(c.dep_ in lex.SUBJ_DEPS or c.dep_ == "agent" for c in cue.children):
        return False
    if is_thing(head) or head.lower_ in lex.PRONOUNS:
        return False
    if cue.tag_ == "VBD":
        return True
    return cue.tag_ == "VBN" and any(
        c.dep_ in ("dobj", "oprd") and not quoted[c.i] and c.i > cue.i and
        c.pos_ in ("PROPN", "PRON", "NOUN") for c in cue.children) and any(
        quoted[c.i] for c in cue.children)


def wished_infinitive(t) -> bool:
    """Whether ``t`` is a "to" infinitive with a subject of its own hung under a clause verb:
    "she expects the council to announce", "calls for the board to respond". ("That prompted Lee
    to call …" parses Lee as the object: Lee did call, and is not caught here.)"""
    return t.dep_ in ("ccomp", "xcomp", "advcl") and t.head != t and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
