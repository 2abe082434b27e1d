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


@lru_cache(maxsize=4096)
def first_name_gender(name: str, lex=ENGLISH) -> Optional[str]:
    """The sex a first name says, or None when the name is not listed or used by both sexes.

    "Maria" -> "f", "Tomas" -> "m"; "Jean" (a man's name in France, a woman's in Britain),
    "Robin", "Jordan", "Gurpreet" -> None. A hyphenated name counts by its first part ("Jean-Yves" is read
    as "Jean", so None; "Marie-Claude" as "Marie"). Initials ("J.") give None.
    """
    word = name.strip().split(" ")[0].strip(".,")
    if len(word) < 2 or not word[:1].isupper() or "." in word:
        return None
    if word.lower() in lex.ARTICLES or word.lower() in lex.POSSESSIVE_DETERMINERS:
        # The name list holds "The" as a woman's name and "His" as a man's: "The Globe", "His
        # Honour" are no first names.
        return None
    det = _detector()
    if det is None:
        return None
    entries = det.names.get(word.lower())
    if entries is None and "-" in word:
        entries = det.names.get(word.split("-")[0].lower())
    if not entries:
        return None
    countries = det.COUNTRIES
    wanted = [countries.index(c) for c in _COUNTRIES]
    seen = _sides(entries, wanted)
    if not seen:
        # Known only from other countries: there a "mostly" one sex says nothing. Punjabi names
        # ("Gurpreet", "Harjit", "Ravinder") are given to women and men, though the list calls them
        # mostly male for India; "Gurpreet Sandhu opened her bakery" is a woman, by the article.
        seen = {(k, s) for k, s in _sides(entries, range(len(countries))) if not k.startswith("mostly_")}
    if not seen:
        return None
    # A name given to both sexes (or "andy", either) in these countries says nothing; a name
    # of one side only (outright or "mostly", as "Mary" is listed) says the sex.
    sides = {s for _, s in seen}
    if None in sides or len(sides) != 1:
        return None
    return sides.pop()


@lru_cache(maxsize=4096)
def sure_first_name_gender(name: str) -> Optional[str]:
    """The sex a first name says without doubt: listed as one sex outright where news is read, not
    "mostly" ("Grace" -> "f", "Samuel" -> "m"; "Lee", "Lindsey", "Kelly" -> None). What may overrule
    an honorific: "Ms. Epstein" is Lee Epstein, "Mr. Graham" Lindsey Graham, but "Mr. Okonjo" is not
    Grace Okonjo."""
    sex = first_name_gender(name)
    det = _detector()
    if sex is None or det is None:
        return sex
    word = name.strip().split(" ")[0].strip(".,").lower()
    entries = det.names.get(word) or (det.names.get(word.split("-")[0]) if "-" in word else None) or {}
    wanted = [det.COUNTRIES.index(c) for c in _COUNTRIES]
    seen = _sides(entries, wanted) or _sides(entries, range(len(det.COUNTRIES)))
    return sex if seen and all(not k.startswith("mostly_") for k, _ in seen) else None


@lru_cache(maxsize=4096)
def listed_first_name(name: str) -> bool:
    """Whether the first word of ``name`` is a first name the list gives a sex anywhere (of one
    side, outright or "mostly"): "Harjit", "Gurpreet" are first names, though their sex is
    :func:`first_name_gender`'s None. What tells a first name from a surname or a word."""
    word = name.strip().split(" ")[0].strip(".,")
    if first_name_gender(name) is not None:
        return True
    det = _detector()
    if det is None or len(word) < 2 or not word[:1].isupper() or "." in word or \
            word.lower() in ENGLISH.ARTICLES or word.lower() in ENGLISH.POSSESSIVE_DETERMINERS:
        return False
    entries = det.names.get(word.lower())
    if entries is None and "-" in word:
        entries = det.names.get(word.split("-")[0].lower())
    if not entries:
        return False
    wanted = [det.COUNTRIES.index(c) for c in _COUNTRIES]
    seen = _sides(entries, wanted) or _sides(entries, range(len(det.COUNTRIES)))
    sides = {x for _, x in seen}
    return bool(seen) and None not in sides and len(sides) == 1


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
