"""Gender evidence for a person: honorifics, gendered role nouns, pronouns, first names.

Pronoun resolution (:mod:`quotex.resolution.pronouns`) only needs to know that "she" cannot be Bob Stone:
evidence is collected per entity as votes and combined by :func:`decide`, which answers
``"m"``, ``"f"`` or ``None`` (unknown). Unknown is always allowed to agree with any pronoun, so
the rule is to stay unknown rather than guess: a name used by both sexes ("Jean", "Robin",
"Jordan") gives no vote.

Evidence, in two tiers (see :func:`decide`):

* decisive: an honorific before the name ("Ms. Okafor", "Mr. Lind", "Sir Keir", "Mme Dubois") or
  a gendered role noun in its title or apposition ("spokeswoman Ann Lee", "Lee, the chairwoman");
* otherwise weighed against each other: the article's own pronouns for that person ("Lee said
  her campaign …", counted by :mod:`quotex.resolution.antecedents` where the antecedent is unambiguous) and
  the first name, looked up in the ``gender-guesser`` package's name list (loaded on first use,
  never at import, so the CLI starts as fast as before).

Plain Python: nothing here imports spaCy.
"""
from __future__ import annotations

import re

from functools import lru_cache
from typing import Iterable, Optional

from ..lexicon import ENGLISH

MALE, FEMALE = "m", "f"  # the sexes the lexicon's lists say (HONORIFIC_GENDER, ROLE_GENDER, ...)

# Weights of each kind of vote (see :func:`decide`).
STRONG = 5.0  # honorific, role noun: these decide alone when present
PRONOUN = 1.0  # one pronoun of the article whose antecedent is unambiguous
WEAK = 0.5  # "actor", "chairman": used for both sexes now and then
FIRST_NAME = 3.0  # one pronoun against it does not overturn it, two leave the sex unknown


def honorific_gender(word: str, lex=ENGLISH) -> Optional[str]:
    """"Ms." -> "f", "Mr" -> "m", "Dr." -> None."""
    return lex.HONORIFIC_GENDER.get(word.lower().rstrip("."))


def role_gender(word: str, lex=ENGLISH) -> Optional[str]:
    """"spokeswoman" -> "f", "congressman" -> "m", "minister" -> None."""
    return lex.ROLE_GENDER.get(word.lower())


def role_weight(word: str, lex=ENGLISH) -> float:
    return WEAK if word.lower() in lex.WEAK_ROLES else STRONG


def decide(votes: Iterable[tuple[str, float]], first_name: Optional[str] = None) -> Optional[str]:
    """Combine weighted votes ``(sex, weight)`` into "m", "f" or None.

    Honorifics and role nouns (weight ``STRONG``) decide when there are any. Else
    the article's pronouns and the first name (:func:`first_name_gender`, weight ``FIRST_NAME``)
    do. Either way one side must outweigh the other at least three to one: the article's
    pronouns can be misread once ("Lee thanked Stone for his help" gives Lee a "his"), so one
    pronoun against the first name leaves the sex unknown, and so does a tie.
    """
    votes = list(votes)
    strong = [(s, w) for s, w in votes if w >= STRONG]
    if not strong:
        first = first_name_gender(first_name) if first_name else None
        strong = votes + ([(first, FIRST_NAME)] if first else [])
    m = sum(w for s, w in strong if s == MALE)
    f = sum(w for s, w in strong if s == FEMALE)
    if m >= 3 * f and m >= PRONOUN:
        return MALE
    if f >= 3 * m and f >= PRONOUN:
        return FEMALE
    return None


# ------------------------------------------------------------------ first names
# The countries of the name list read for news in English and French: a name counts only by what
# it is in these (where it appears in none of them, by all countries of the list).
_COUNTRIES = ("usa", "great_britain", "ireland", "france")
_SIDE = {"male": MALE, "mostly_male": MALE, "female": FEMALE, "mostly_female": FEMALE, "andy": None}


@lru_cache(maxsize=1)
def _detector():
    """gender-guesser's name table, loaded on first use (about 0.2 s); None when not installed."""
    try:
        import gender_guesser.detector as gd
    except ImportError:  # the core still works without it: first names then give no evidence
        return None
    return gd.Detector(case_sensitive=False)


# A romanised Korean (or older Chinese) given name: a capitalised syllable, a hyphen and a lower-case
# one ("Ji-won", "Dong-soo", "Teng-hui").
GLUED_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{2,5}$")


@lru_cache(maxsize=4096)
def _listing(name: str, lex=ENGLISH) -> tuple[frozenset, frozenset]:
    """The (entry, sex) pairs the name list gives the first word of ``name``: (those of the countries
    whose news is read, :data:`_COUNTRIES`; those of any country). Both empty for a word that is no
    first name: an initial ("J."), a small word the list holds as a name ("The Globe", "His
    Honour"). A hyphenated name counts by its first part when the whole is not listed."""
    words = name.strip().split(" ")
    word = words[0].strip(".,")
    none = (frozenset(), frozenset())
    if len(words) >= 2 and GLUED_GIVEN.match(words[-1]):
        # "Lee Ji-won", "Kim Young-ja": a Korean name is written family name first; "Lee" and
        # "Kim" here are no first names of either sex.
        return none
    if len(word) < 2 or not word[:1].isupper() or "." in word or \
            word.lower() in lex.ARTICLES or word.lower() in lex.POSSESSIVE_DETERMINERS:
        return none
    det = _detector()
    if det is None:
        return none
    entries = det.names.get(word.lower())
    if entries is None and "-" in word:
        entries = det.names.get(word.split("-")[0].lower())
    if not entries:
        return none
    wanted = [det.COUNTRIES.index(c) for c in _COUNTRIES]
    return frozenset(_sides(entries, wanted)), frozenset(_sides(entries, range(len(det.COUNTRIES))))


def _one_sex(seen) -> Optional[str]:
    """The sex of (entry, sex) pairs when they all say one; None for both, or "andy" (either)."""
    sides = {x for _, x in seen}
    return sides.pop() if len(sides) == 1 and None not in sides else None


@lru_cache(maxsize=4096)
def first_name_gender(name: str, lex=ENGLISH) -> Optional[str]:
    """The sex a first name says, or None when the name is not listed or used by both sexes.

    "Maria" -> "f", "Tomas" -> "m"; "Jean" (a man's name in France, a woman's in Britain),
    "Robin", "Jordan", "Gurpreet" -> None. A hyphenated name counts by its first part ("Jean-Yves" is read
    as "Jean", so None; "Marie-Claude" as "Marie"). Initials ("J.") give None.
    """
    near, anywhere = _listing(name, lex)
    # Known only from other countries, a "mostly" one sex says nothing there: Punjabi names
    # ("Gurpreet", "Harjit", "Ravinder") are given to women and men, though the list calls them
    # mostly male for India; "Gurpreet Sandhu opened her bakery" is a woman, by the article.
    # Where news is read, a name of one side only (outright or "mostly", as "Mary" is listed)
    # says the sex; one given to both sexes (or "andy", either) says nothing.
    return _one_sex(near or {(k, x) for k, x in anywhere if not k.startswith("mostly_")})


@lru_cache(maxsize=4096)
def sure_first_name_gender(name: str) -> Optional[str]:
    """The sex a first name says without doubt: listed as one sex outright where news is read, not
    "mostly" ("Grace" -> "f", "Samuel" -> "m"; "Lee", "Lindsey", "Kelly" -> None). What may overrule
    an honorific: "Ms. Epstein" is Lee Epstein, "Mr. Graham" Lindsey Graham, but "Mr. Okonjo" is not
    Grace Okonjo."""
    sex = first_name_gender(name)
    near, anywhere = _listing(name)
    seen = near or anywhere
    return sex if sex is not None and all(not k.startswith("mostly_") for k, _ in seen) else None


@lru_cache(maxsize=4096)
def listed_first_name(name: str) -> bool:
    """Whether the first word of ``name`` is a first name the list gives a sex anywhere (of one
    side, outright or "mostly"): "Harjit", "Gurpreet" are first names, though their sex is
    :func:`first_name_gender`'s None. What tells a first name from a surname or a word."""
    near, anywhere = _listing(name)
    return first_name_gender(name) is not None or _one_sex(near or anywhere) is not None


def _sides(entries: dict, columns) -> set:
    out = set()
    for key, freq in entries.items():
        if any(i < len(freq) and freq[i] != " " for i in columns):
            out.add((key, _SIDE[key]))
    return out


def first_name_only(word: str) -> bool:
    """Whether ``word`` is a first name the list gives one sex without doubt ("Colleen", "Arne"),
    not one it calls mostly one sex ("Lee", "Taylor"): a lone capitalised subject is a surname far
    more often in news, and only such a name is read as a person's first name on its own."""
    det = _detector()
    return det is not None and det.get_gender(word) in ("male", "female")
