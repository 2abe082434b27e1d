"""Pure parse walks: functions of spaCy tokens (and, where needed, the window's quoted-token mask).

What lives here: walks and token tests that read only the parse (heads, deps, POS, entity types,
lemmas) and the word lists of ``quotex.lexicon``, never Attributor state (names, titles, the last
speaker, the window's paragraphs). Like textacy's ``expand_noun``: small functions a rule module
imports, instead of methods the rule mixins reach through ``self``. Methods that need state stay on
the mixins (mentions.py, cue_rules.py). Each function here can be tested on a hand-built ``Doc``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from .cues import PRONOUNS
from .lexicon import ORG_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS


def is_thing(tok) -> bool:
    """A common noun that names neither a person nor an organisation ("The promise")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in PRONOUNS and \
        lemma not in PERSON_NOUNS and lemma not in ORG_NOUNS and lemma not in PEOPLE_NOUNS


def attachment(toks, quoted: Sequence[bool]) -> Optional[object]:
    """The first of a quote's tokens ``toks`` whose head lies outside the quote (``quoted`` marks
    the window's quoted tokens): where the parse hangs the quote on the reporter's sentence ("Lee
    wants “a fair hearing”" -> "hearing", under "wants"), or None."""
    return next((x for x in toks if not quoted[x.head.i] and x.head != x), None)
