"""Names across documents: which speakers of a corpus are one entity, and which names a query matches.

Within a document quotex already resolves "Okafor" and "Ms. Okafor" to "Maria Okafor"
(:mod:`quotex.resolution.names`). Across documents the same person still comes under several names:
"Donald J. Trump" in one article, "Donald Trump" in the next, a bare "Trump" where the article
never gave the full name. Plain strings only (no spaCy), so the CLI and the library share it.

* :func:`parse_name` splits a name into comparable parts: honorifics ("Mr.", "Sen."), a
  possessive ("Lee's"), a suffix ("Jr.", "III") and accents do not count; middle names and
  initials are set apart, so "Donald J. Trump" and "Donald Trump" have the same first and last name.
* :func:`name_matches` says whether a ``--speaker`` query names a speaker: the full name, the
  first and last name without the middle, or the surname alone, all case-insensitive.
* :func:`entity_groups` decides which speaker names of a corpus are one entity: the same name
  (whatever kind each document gave it), the same first and last name, and a surname alone
  ("Lee", "Mr. Lee") with the one full name of the corpus that ends in it; when two full names
  share the surname ("Ann Lee", "Bo Lee") a bare "Lee" stays apart, since it could be either;
  a one-word organisation named for a country, state or province ("Israel") is the place.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Sequence

from ..lexicon import ENGLISH
from .names import _INVISIBLE

ORGANIZATION = "organization"
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_EDGE_PUNCT = " \t\n,;:!?\"“”‘’()[]{}"


@dataclass(frozen=True)
class NameParts:
    """A name as compared: casefolded, accents and honorifics dropped.

    ``words`` are all the words kept; for a proper name of a person or unknown kind with two
    words or more, ``first`` and ``last`` are set (``last`` with its particles: "van beethoven").
    A name not written as a proper name ("the mayor", "he") has ``proper`` False.
    """

    words: tuple[str, ...]
    first: Optional[str] = None
    last: Optional[str] = None
    proper: bool = False
    suffix: Optional[str] = None  # "jr", "iii": Donald Trump Jr. is not Donald Trump

    @property
    def full(self) -> str:
        return " ".join(self.words + ((self.suffix,) if self.suffix else ()))

    @property
    def surname(self) -> Optional[str]:
        """The surname a bare mention would use: ``last``, or the one word of a one-word proper name."""
        if self.last is not None:
            return self.last
        return self.words[0] if self.proper and len(self.words) == 1 else None


def _fold(word: str) -> str:
    """Casefold and drop accents: "José" -> "jose", "O’Brien" -> "o'brien"."""
    word = unicodedata.normalize("NFKD", word.replace("’", "'").translate(_INVISIBLE))
    return "".join(c for c in word if not unicodedata.combining(c)).casefold()


def parse_name(name: str, kind: str = "person", typed: bool = False, lex=ENGLISH) -> NameParts:
    """The comparable parts of ``name``; organisations keep every word ("General Motors").

    ``typed``: a name as a user types it, whose case says nothing ("donald trump" is a proper name).
    """
    raw = [w.strip(_EDGE_PUNCT) for w in name.split()]
    raw = [w for w in raw if w.strip(".")]
    if raw:
        raw[-1] = _POSSESSIVE.sub("", raw[-1].rstrip(".") if len(raw[-1]) > 2 else raw[-1]) or raw[-1]
    if raw and _fold(raw[0]).rstrip(".") in lex.PERSON_HONORIFICS and len(raw) > 1:
        kind = "person"
    if kind != ORGANIZATION:
        while len(raw) > 1 and _fold(raw[0]).rstrip(".") in lex.BARE_HONORIFICS:
            raw = raw[1:]
    suffix = None
    if kind != ORGANIZATION and len(raw) > 2 and _fold(raw[-1]).rstrip(".") in lex.NAME_SUFFIXES:
        suffix = _fold(raw[-1]).rstrip(".")
        raw = raw[:-1]
    if not raw:
        return NameParts(())
    words = tuple(_fold(w) for w in raw)
    # Proper: every word but particles starts with a capital ("Ann Lee", "Ludwig van Beethoven").
    capitalised = [w[:1].isupper() for w, f in zip(raw, words) if f not in lex.NAME_PARTICLES]
    proper = typed or (bool(capitalised) and all(capitalised))
    # A description, not a name: "A Supreme Court Justice", "Trump's Supporters".
    person = proper and words[0] not in lex.DESCRIPTION_OPENERS and not any(_POSSESSIVE.search(w) for w in words[:-1])
    if kind == ORGANIZATION or not person or len(words) < 2:
        return NameParts(words, proper=proper, suffix=suffix)
    if words[0] in lex.NAME_PARTICLES:  # "van Beethoven": a surname alone
        return NameParts(words, last=" ".join(words), proper=True, suffix=suffix)
    k = len(words) - 1
    while k > 1 and words[k - 1] in lex.NAME_PARTICLES:
        k -= 1
    return NameParts(words, first=words[0], last=" ".join(words[k:]), proper=True, suffix=suffix)


def _core(parts: NameParts) -> Optional[tuple[str, str, str]]:
    """First and last name and suffix, middle names and initials aside: ("donald", "trump", "")."""
    if parts.first is None or parts.last is None:
        return None
    return parts.first, parts.last, parts.suffix or ""


def name_matches(query: str, name: str, kind: str = "person") -> bool:
    """Whether the ``--speaker`` query ``query`` names the speaker called ``name``.

    The full name (honorifics aside: "Mr. Lee" is "Lee"), the first and last name with any middle
    name or initial left out ("Donald Trump" and "Donald J. Trump" match each other), or the
    surname of a person ("Okafor" matches "Maria Okafor"; "Motors" does not match the organisation
    "General Motors"); case and accents do not count.
    """
    q = parse_name(query, typed=True)
    if not q.words:
        return False
    n = parse_name(name, kind)
    if n.full in (q.full, parse_name(query, kind, typed=True).full):
        return True
    if _core(q) is not None and _core(q) == _core(n):
        return True
    # The surname: "Beethoven" names "Ludwig van Beethoven" as well as "van Beethoven" does.
    return n.last is not None and q.full in (n.last, n.last.split()[-1])


def place_names() -> frozenset[str]:
    """Folded one-word names of countries, and of the states, provinces and territories of the
    countries whose newsrooms quotex reads most (pycountry's ISO 3166 data): "israel", "ontario"."""
    global _PLACES
    if _PLACES is None:
        import pycountry

        names = [getattr(c, attr, None) for c in pycountry.countries for attr in ("name", "common_name")]
        for code in ENGLISH.PLACE_SUBDIVISION_COUNTRIES:
            names.extend(s.name for s in pycountry.subdivisions.get(country_code=code))
        _PLACES = frozenset(_fold(n) for n in names if n and len(n.split()) == 1)
    return _PLACES


_PLACES: Optional[frozenset[str]] = None
_REGIONS: Optional[frozenset[str]] = None


def region_names() -> frozenset[str]:
    """Folded names of two or more words of the states, provinces and regions of every country
    (pycountry's ISO 3166-2 data): "tamil nadu", "mato grosso", "new south wales". Not one that
    opens with a first name ("María Trinidad Sánchez", a Dominican province, is also a person's
    name; "Santa Cruz" stays out with it)."""
    global _REGIONS
    if _REGIONS is None:
        import pycountry
        from .gender import listed_first_name

        names = [s.name for s in pycountry.subdivisions]
        _REGIONS = frozenset(_fold(n) for n in names if len(n.split()) >= 2 and
                             all(w[:1].isupper() for w in n.split()) and not listed_first_name(n.split()[0]))
    return _REGIONS


_SUBDIVISIONS: Optional[frozenset[str]] = None


def home_subdivision_phrases() -> frozenset[str]:
    """Folded names of two or more words of the states, provinces and territories of the countries
    whose newsrooms quotex reads most (lexicon PLACE_SUBDIVISION_COUNTRIES), first names or not:
    "nova scotia", "new brunswick", "north carolina". An organisation named after one is no
    person, though its first word is a first name ("Nova Scotia Power")."""
    global _SUBDIVISIONS
    if _SUBDIVISIONS is None:
        import pycountry

        names = [s.name for code in ENGLISH.PLACE_SUBDIVISION_COUNTRIES
                 for s in pycountry.subdivisions.get(country_code=code)]
        _SUBDIVISIONS = frozenset(_fold(n) for n in names if len(n.split()) >= 2)
    return _SUBDIVISIONS


def _legal_form(words: tuple[str, ...], lex=ENGLISH) -> Optional[tuple[str, ...]]:
    """An organisation's name without its legal ending, when it had one and two words or more are
    left: ("general", "motors", "co.") -> ("general", "motors"); None otherwise ("Acme Inc" keeps
    its ending: "Acme" alone may be anyone's)."""
    core = list(words)
    while len(core) > 2 and core[-1].rstrip(".") in lex.CORPORATE_ENDINGS:
        core = core[:-1]
    return tuple(core) if len(core) != len(words) else None


def entity_groups(names: Sequence[tuple[str, str]]) -> list[int]:
    """For each ``(name, kind)`` of a corpus, the index of the first name of its entity.

    Joined: names that are the same once honorifics, case and accents are aside (whatever
    their kinds: a recognizer may tag "Christie" an organisation in one article); persons' names
    with the same first and last name ("Donald J. Trump", "Donald Trump"); and a one-word name
    ("Lee", from "Mr. Lee") with the full names ending in it, when exactly one first-and-last
    name of the corpus does. A one-word organisation that is the name of a country, state or
    province (:func:`place_names`) keeps the kind the documents gave it: "Israel said" is the
    country, never Rep. Steve Israel, though a bare "Vladeck" tagged an organisation is the
    only Stephen Vladeck of the corpus (the recognizer's usual mistake).
    """
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    parts = [parse_name(n, k) for n, k in names]
    by_key: dict[object, int] = {}

    def join_on(key: object, i: int) -> None:
        if key in by_key:
            union(by_key[key], i)
        else:
            by_key[key] = i

    def place(i: int) -> bool:
        return names[i][1] == ORGANIZATION and len(parts[i].words) == 1 and parts[i].full in place_names()

    for i, p in enumerate(parts):
        if not p.words:
            continue
        join_on(("place", p.full) if place(i) else ("name", p.full), i)
        bare = _legal_form(p.words) if names[i][1] == ORGANIZATION else None
        if bare:
            # "General Motors Co" in one article, "General Motors" in the next: one company.
            join_on(("name", " ".join(bare)), i)
        core = _core(p)
        if core is not None:
            join_on(("core", core), i)
    # A bare surname joins the one full name that has it.
    cores_by_surname: dict[str, set[tuple[str, str, str]]] = {}
    for p in parts:
        core = _core(p)
        if core is not None:
            cores_by_surname.setdefault(core[1], set()).add(core)
            tail = core[1].split()[-1]
            if tail != core[1]:
                cores_by_surname.setdefault(tail, set()).add(core)
    for i, p in enumerate(parts):
        if p.first is None and p.proper and p.surname is not None and not place(i):
            cores = cores_by_surname.get(p.surname, set())
            if len(cores) == 1:
                union(i, by_key[("core", next(iter(cores)))])
    return [find(i) for i in range(len(names))]
