"""Stage 2: from speaker mentions to entities, over the whole document.

Stage 1 (the attribution rules) finds, for each quote, the mention of its speaker as written
("Trump", "the mayor", "he"). This module runs once after the document's last window, on plain
data (:class:`quotex.resolution.entities.DocEntities`), and decides *who* each mention is, so that people
counting quotes count people:

* names are clustered across the document: "Donald J. Trump", "Donald Trump", "Trump",
  "Mr. Trump", "Trump's" are one :class:`Entity`, named by its fullest common form;
* an entity's kind is decided by all its mentions: a full name the recogniser called a person
  makes a later "Trump" it mislabelled an organisation the same person;
* titles are the structured ones read before a name or in apposition ("said Mayor Ann Lee" ->
  Mayor, "Secretary of State Antony Blinken" -> Secretary of State); an adjective ("a defiant
  Trump") or an outlet ("MSNBC's Alex Lee") is no title;
* junk names are repaired from the mention: a possessive's "s", a leading "Of", a headline
  fragment that holds a known name ("Trump Warns Clinton" -> Donald Trump);
* a definite description ("the mayor", "the senator", "the company") is the entity named
  earlier whose title has that noun, or for an organisation noun the organisation the article
  names most up to there; with nothing to match, the name is the description itself with what
  says whose it is ("spokesman for the union"), and the confidence drops.

* an acronym and its full name are one organisation, named by the full name ("Canadian Union of
  Public Employees (CUPE) … CUPE said" -> Canadian Union of Public Employees; "the CUPE" too),
  and so are a company's short form and its full name ("WestJet", "WestJet Airlines Ltd."),
  "B.C. Hydro" and "BC Hydro";
* a type noun ("the utility", "the union", "the agency", "the Toronto-based airline") finds the
  organisation whose name or apposition says that type, never a union for "the firm";
* a surname two people share is the one named just before ("Elaine Dufresne … Dufresne said";
  "Gord Downie's brother Mike Downie … Downie said" is Mike), of the honorific's sex, whatever
  full name stage 1 gave it;
* a description by age ("the 34-year-old", "the teenager") is the person given that age in
  apposition ("Jane Roe, 34,", "Luc, now 17,", "Margaret Ellis (84)"); a role noun also matches
  the role a person's own verb gives ("Joe Martelli owns the cafe … the affable proprietor said")
  and a person of its sex ("the spokeswoman" is no Mr. Jensen); a type noun matches by the noun
  before it too ("the police service" -> Halifax Regional Police);
* a new description after a sentence whose subject is "she"/"he" is the person of that sex named
  or quoted last ("Okoro's album comes out Friday. She wrote all 12 songs.¶“…,” the singer said"),
  and after a recap's figures the player who made them ("caught 11 passes … the receiver said");
* "the ministry" with no ministry named is the body of the minister titled just before ("B.C.'s
  minister of forests" -> B.C. Ministry of Forests); a type noun whose namesake was named far
  back is the organisation that spoke just before ("… the group said");
* "I" in narration is the writer ("author"), never a pronoun; a pronoun stage 1 resolved to a
  description ("it" -> "council") goes on to the entity that description names.

Pronouns are resolved in stage 1 by :mod:`quotex.resolution.pronouns` (agreement and salience within the
window and the raw text before it), over candidates that are this module's entities: stage 1 builds
an :class:`EntityTable` from the names of the windows so far and its own, and asks it for first
names (:meth:`EntityTable.first_name`), namesakes (:meth:`EntityTable.namesake`), kinds and sex
evidence (see :mod:`quotex.resolution.antecedents`). Here a resolved pronoun's name is only put in
its cluster's canonical form. Only ``name``, ``title``, ``kind`` and ``confidence`` change: mention offsets stay.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Optional

from ..lexicon import ENGLISH
from .entities import DocEntities, NameMention, SpeakerInfo, is_first_name, is_role, outlet_name, person_noun
from .antecedents import looks_like_person
from .gender import GLUED_GIVEN, first_name_gender, honorific_gender, listed_first_name, sure_first_name_gender
from ..attribution.indirect import confidence as indirect_confidence
from ..attribution.methods import Method
from .names import PARTICLE_SURNAME, clean_name, drop_titles
from ..records import Quote, Speaker

PERSON, ORGANIZATION, UNKNOWN, GROUP = "person", "organization", "unknown", "group"
AUTHOR = "author"
# A definite description left as it is: the name is a role, not a person (measured right about
# as often as other unknown mentions; lowered so that filtering on confidence drops it first).
UNRESOLVED_DESCRIPTION_FACTOR = 0.9
# Capitalised words in a description that say where or what, not which: "the Calgary-based
# airline", "the Crown corporation" (Canada's state-owned companies), "the Quebec-owned utility".
_TYPE_MODIFIER = re.compile(r"(?i)^(?:crown|[\w.]+-(?:based|owned|run|born|area|made))$")
# How far back (characters) "the company" looks for the organisation it stands for.
GENERIC_ORG_REACH = 1500
# ... and an "it" stage 1 resolved to "the company" (a sentence or two).
CHAINED_ORG_REACH = 300
# How far back (characters) "the 29-year-old" or "the father of three" looks for the person just
# named as a subject when no one was given that age: the paragraph before (a lede 560 characters
# back named someone else than the "43-year-old" the recogniser missed).
JUST_NAMED_REACH = 400
# How far back "the statement said" looks for whoever issued it (a statement is quoted over a few
# paragraphs, with "the department said" between).
STATEMENT_REACH = 800
# How far back (characters) a "she" that was the subject of the sentence before a new description
# looks for the woman it stands for (resolve._pronoun_person): a paragraph or two.
PRONOUN_SUBJECT_REACH = 800
# The suffix of a role not yet taken up: "the premier-elect".
ELECT = "-elect"
# Mentions a person needs to be the story's subject (and twice anyone else's; see _story_subject).
STORY_SUBJECT_MIN = 3
# How soon after a lead's unnamed subject ("An Edmonton man who …") the story names that person
# (characters; a wire story names the subject in its second or third paragraph).
LEAD_NAME_REACH = 1200
# How far back (characters) the full name of one of two namesakes may be for a bare surname to
# be that one: "Elaine Dufresne, 81, … said. “Sorry is not enough,” Dufresne said."
NAMESAKE_REACH = 400
# How many descriptions a pronoun's chain follows (resolve._chained): "he" -> "the former
# president" -> Bill Clinton is one; a description's own antecedent found through another
# pronoun's chain is the second. Beyond that the chain is more likely a loop than a reading.
CHAIN_DEPTH = 2
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSED = re.compile(r"^([a-z]+)['’]s ([a-z]+)$")  # "hospital's board"
_OWNED = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w.&' -]*?)['’]s? ([a-z]+)$")  # "ZipRide's website"
_INITIAL = re.compile(r"^[A-Z]\.?$")
# "the Penners", "The Nguyens": a family by its surname in the plural.
_FAMILY_PLURAL = re.compile(r"^[Tt]he ([A-Z][\w'’-]+s)$")
# "the elder Kowalczyk", "the younger Hale": a generation of a family named in full.
_GENERATION = re.compile(r"^[Tt]he (elder|younger) ([A-Z][\w'’-]+)$")
# A nickname in quotes inside a full name: 'Stanley "Big Stan" Kowalski', "Lonnie ‘Bo’ Tillman".
_NICKNAME_IN = re.compile(r"(?<=\w)\s+[\"“‘']([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?)[\"”’']\s+(?=[A-Z])")
# A surname written with a lower-case particle glued on by a hyphen ("al-Khatib"): names.PARTICLE_SURNAME.
_PARTICLE_SURNAME = PARTICLE_SURNAME


def _full_key(words: list[str], lex=ENGLISH) -> tuple[str, str, str]:
    """(first, last, surname) of a full name's words: a generational suffix stays in the last word
    of the key, so "Stanley Kowalczyk Sr." and his son "Stanley Kowalczyk Jr." are two people,
    and out of the surname, so both are a "Kowalczyk"."""
    if len(words) >= 3 and words[-1].lower().rstrip(".") in lex.NAME_SUFFIXES:
        suffix = words[-1].lower().rstrip(".")
        return words[0].lower(), words[-2].lower() + " " + suffix, words[-2].lower()
    return words[0].lower(), words[-1].lower(), words[-1].lower()


@lru_cache(maxsize=16384)
def _fold(word: str) -> str:
    """A name word without its accents, in lower case: "François" -> "francois"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def surname_cased(word: str) -> bool:
    """Whether ``word`` is written as the last word of a name: capitalised ("Khatib", "Al-Khatib")
    or a lower-case Arabic particle before a capital ("al-Khatib" in "Ahmad al-Khatib", where the
    writer keeps the particle lower case in mid-sentence)."""
    return word[:1].isupper() or bool(_PARTICLE_SURNAME.match(word))


def _name_word_cased(word: str, lex=ENGLISH) -> bool:
    """A word of a full name: capitalised, a particle ("van", "de", "der" in "Pieter van der Berg",
    "Maria de la Cruz") or a particle surname ("al-Khatib")."""
    return surname_cased(word) or word in lex.NAME_PARTICLES


def particle_surname(words: list[str], lex=ENGLISH) -> bool:
    """Whether a name's words are a surname with its particles and no first name: "Le Bouthillier",
    "De la Tour" (opening a sentence), "de Wit" -- the person "Denis Le Bouthillier" named once in
    full, not a full name of its own nor the form to call him by."""
    return len(words) >= 2 and all(w.lower() in lex.SURNAME_PARTICLES for w in words[:-1])


def _words(name: str, initials: bool = False, lex=ENGLISH) -> list[str]:
    """The words of a name without honorifics, title words, possessive or (unless ``initials``)
    middle initials."""
    return list(_name_words(name, initials, lex))


@lru_cache(maxsize=16384)
def _name_words(name: str, initials: bool, lex) -> tuple:
    # (cached: stage 1's pronoun candidates and stage 2 read the same names many times over)
    name = _POSSESSIVE.sub("", clean_name(name))
    words = [w for w in name.split(" ") if w]
    while len(words) > 1 and (words[0].lower().rstrip(".") in lex.COURTESY or words[0].lower() in lex.HONORIFICS or
                              words[0].lower() in lex.TITLE_WORDS or words[0].lower().rstrip(".") in lex.ROLE_NOUNS):
        words = words[1:]
    while len(words) > 1 and words[0].lower() in lex.LEADING_JUNK:
        words = words[1:]
    if len(words) == 2 and words[0].endswith("s") and words[0].lower()[:-1] in lex.ROLE_NOUNS:
        # "Professors Foner and Alba": a plural title before a surname, no first name.
        words = words[1:]
    if len(words) >= 3 and is_first_name(words[1]) and not is_first_name(words[0]) and _stray(words[0]):
        # A word the recogniser took in before a first name: "Celebrities Julianne Moore",
        # "Breitbart's Joel Pollak", "Certainly Donald Trump" (not "Mahamat Saleh Oumar").
        words = words[1:]
    if len(words) > 2 and not initials:
        words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    return tuple(words)


def _stray(word: str, lex=ENGLISH) -> bool:
    """A capitalised word that is no part of a name: a plural or possessive ("Senators",
    "Breitbart's"), a role or title word, an adverb or a participle ("Certainly", "Telling")."""
    w = word.lower()
    return not _INITIAL.match(word) and (w.endswith(lex.STRAY_NAME_ENDINGS) or is_role(word) or
                                         w in lex.TITLE_WORDS)


def _role_key(word: str, lex=ENGLISH) -> str:
    w = word.lower().rstrip(".")
    return lex.TITLE_ABBREVIATIONS.get(w, w)


@dataclass
class Entity:
    """One person or organisation of a document: the mentions that name it, clustered.

    ``name`` is the canonical name (the most frequent full form, the longest on a tie), ``kind``
    person / organization / unknown decided by all mentions, ``title`` the first structured title,
    ``mentions`` the (start, end) offsets of its name mentions in document order, ``honorifics``
    those seen before it (evidence of sex: "ms", "mr"), ``labels`` the recogniser's labels.
    """

    name: str
    kind: str = UNKNOWN
    title: Optional[str] = None
    forms: Counter = field(default_factory=Counter)
    body_forms: Counter = field(default_factory=Counter)  # the forms outside the headline
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[tuple[int, str]] = field(default_factory=list)  # (offset of the title, title)
    honorifics: list[str] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    quoted: set = field(default_factory=set)  # starts of the mentions inside quotes (someone's words)
    ages: list[tuple[int, int]] = field(default_factory=list)  # (offset, age): "Jane Roe, 34,"
    roles: list[tuple[int, str]] = field(default_factory=list)  # (offset, role): "owns the cafe" -> owner
    dead: bool = False  # the article says the person died ("X died in 2004", "the late X")
    kin: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, kin noun, whose): "Her father, X"
    subjects: list[int] = field(default_factory=list)  # starts of the mentions that are a clause's subject
    speaks: list[int] = field(default_factory=list)  # ... of a speech verb ("Health Canada said")
    located: int = 0  # mentions where a place stands ("customers in Dartmouth"): see entities.located
    told: int = 0  # mentions as the outlet someone told ("told KHOU 11 News"): see entities.told
    spoken_for: list[int] = field(default_factory=list)  # "a spokesperson for X": see entities.spoken_for
    spokes_spoke: list[int] = field(default_factory=list)  # "a spokesperson for X said": entities.spokesperson_spoke
    filed: list[int] = field(default_factory=list)  # who filed a lawsuit ("filed by X"): see entities.filed
    places: list[str] = field(default_factory=list)  # written after the name: "Sen. Tom Reed of Maine"
    parties: list[str] = field(default_factory=list)  # party letters after the name: "(R-Ohio)" -> "R"
    together: set = field(default_factory=set)  # starts of the mentions coordinated with another name
    leads: list[int] = field(default_factory=list)  # starts of the mentions as a team's leader ("a team led by X")
    joined: dict = field(default_factory=dict)  # start of a mention -> the offset of the name the parse joins it to

    @property
    def first(self) -> int:
        return self.mentions[0][0] if self.mentions else -1

    def role_nouns(self, before: int) -> set[str]:
        """The role nouns of the titles given before offset ``before`` ("Sen." -> senator)."""
        out: set[str] = set()
        for off, t in self.titles:
            if off < before:
                words = [_role_key(w) for w in re.findall(r"[A-Za-z][\w.-]*", t)]
                # Up to the complement: "spokeswoman for the governor" is no governor.
                # (only after a role: "endorsement of Gov." still says governor)
                cut = next((k for k, w in enumerate(words) if k and w in ENGLISH.COMPLEMENT_PREPS), len(words))
                if any(w in ENGLISH.ROLE_NOUNS for w in words[:cut]):
                    words = words[:cut]
                out.update(words)
                # A title that is a profession's honorific: "The Rev. Leon Brooks … the pastor said".
                out.update(r for w in words for r in ENGLISH.HONORIFIC_ROLES.get(w, ()))
                # "Chief executive Darnell Whitehorse … the CEO said": a phrase for one role.
                out.update(key for phrase, key in ENGLISH.TITLE_PHRASES.items()
                           if (phrase in t.lower() if " " in phrase else phrase in re.findall(r"[\w.']+", t.lower())))
                for phrase in ENGLISH.EXCLUSIVE_TITLE_PHRASES:
                    if phrase in t.lower():
                        out.discard(_role_key(phrase.split(" ")[-1]))
        out.update(r for off, r in self.roles if off < before)
        return out

    def title_heads(self, before: int) -> set[str]:
        """The role noun each title given before offset ``before`` ends in ("Justice Minister" ->
        minister, "Madam Justice" -> justice), with the roles from what the person does."""
        out: set[str] = set()
        for off, t in self.titles:
            words = [_role_key(w) for w in re.findall(r"[A-Za-z][\w.-]*", t)]
            if off >= before or not words:
                continue
            phrase = next((key for p, key in ENGLISH.TITLE_PHRASES.items()
                           if p in ENGLISH.EXCLUSIVE_TITLE_PHRASES and p in t.lower()), None)
            if phrase is not None:
                out.add(phrase)  # "Assistant U.S. Attorney": a prosecutor, not "the lawyer"
                continue
            # Up to the complement, as for role_nouns: "spokeswoman for the governor" ends in spokeswoman.
            cut = next((k for k, w in enumerate(words) if k and w in ENGLISH.COMPLEMENT_PREPS), len(words))
            out.add(words[cut - 1] if any(w in ENGLISH.ROLE_NOUNS for w in words[:cut]) else words[-1])
        out.update(r for off, r in self.roles if off < before)
        return out

    def age_before(self, before: int) -> Optional[int]:
        """The age given with a mention before offset ``before``, if one was."""
        return next((a for off, a in self.ages if off < before), None)

    def mentions_before(self, before: int) -> int:
        return sum(1 for s, _ in self.mentions if s < before)

    def last_before(self, before: int, said: bool = True) -> int:
        """Start of the last mention before ``before`` (without ``said``, not one inside quotes)."""
        return max((s for s, _ in self.mentions if s < before and (said or s not in self.quoted)), default=-1)


class EntityTable:
    """The entities of one document, built from its :class:`DocEntities` (see :func:`build`)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_full: dict[tuple[str, str], Entity] = {}  # (first, last) lower case -> person
        self.by_last: dict[str, list[Entity]] = {}  # surname -> persons with a full name
        self.by_first: dict[str, list[Entity]] = {}  # first name -> persons with a full name
        self.by_org: dict[str, Entity] = {}  # normalised organisation name -> organisation
        self.labels: dict[int, str] = {}  # the recogniser's label of the name starting at an offset
        # (offset, entity) of each speaker mention resolved so far, in order: "“…,” the old farmer
        # says" resolved to Réjean Gagné is a mention of him for the "His" of "His daughter" after it.
        self.spoken: list[tuple[int, Entity]] = []
        # id(entity) -> the sex of the "he"/"she" a speaker was last resolved from: the pronoun says
        # the sex though no honorific or first name does ("“…,” she says" for Thanh Nguyen).
        self.spoken_sex: dict[int, str] = {}
        # The document's entities (resolve_document sets them): what a description met on the way
        # is resolved with (_described_subject), and how deep such chains have gone.
        self.ents: Optional[DocEntities] = None
        self.following = 0
        self.described: dict[int, Optional[Entity]] = {}
        self.bare: dict[str, list[int]] = {}  # surname -> starts of the writer's bare mentions ("Lee said")
        # A nickname the article gives inside a full name -> that person: 'Stanley "Big Stan"
        # Kowalski … “…,” Big Stan said' (his son Stan Kowalski Jr. is no "Big Stan").
        self.nicknames: dict[str, Entity] = {}

    # ------------------------------------------------------------------ lookup
    def person(self, name: str, lex=ENGLISH) -> Optional[Entity]:
        """The person a name names: full name by first and last word, a surname when only one
        full name of the document has it."""
        nick = self.nicknames.get(clean_name(name).lower())
        if nick is not None:
            return nick
        words = _words(name)
        if not words or not surname_cased(words[-1]):
            return None
        if len(words) == 2 and words[-1].lower().rstrip(".") in lex.NAME_SUFFIXES:
            # "Kowalski Jr. said" after "his son, Stan Kowalski Jr.": the one named in full with that
            # surname and suffix (not his father, Stanley Kowalski).
            found = [e for e in self.entities if e.kind == PERSON and len(e.name.split(" ")) >= 3 and
                     e.name.split(" ")[-2] == words[0] and
                     e.name.split(" ")[-1].lower().rstrip(".") == words[-1].lower().rstrip(".")]
            return found[0] if len(found) == 1 else None
        if len(words) >= 2 and words[0].lower() not in lex.SURNAME_PARTICLES:
            found = self.by_full.get(_full_key(words)[:2])
            if found is None and is_surname_pair(" ".join(words)):
                # "Vargas Llosa told" after "Mario Vargas Llosa": a two-word surname alone
                # (see _merge_compound_surnames), the one full name that ends in it.
                tails = [e for e in self.entities if e.kind == PERSON and
                         any(f.endswith(" " + " ".join(words)) for f in e.forms)]
                found = tails[0] if len(tails) == 1 else None
            return found
        found = self.by_last.get(words[-1].lower(), [])
        if not found and words[-1] == name.strip() and words[-1][1:].islower():
            return self.first_name(words[-1])
        if len(found) > 1 and particle_surname(words):
            # "de Wit" with Pieter and Anouk de Wit: the surname's own entity, made for it when
            # nothing told which (see build), not nobody
            found = [e for e in found if not e.forms and e.name == " ".join(words)] or found
        return found[0] if len(found) == 1 else None

    def first_name(self, word: str) -> Optional[Entity]:
        """The person a first name alone stands for ("Sandra said" after "Sandra Ellis has run the
        food bank"; features call family members by first name): the one full name of the
        document that has it, when only one does and nobody has it as a surname. Stage 1's
        pronoun candidates read first names here too."""
        if any(e.name.split(" ")[0].lower() != word.lower() for e in self.by_last.get(word.lower(), ())):
            return None  # (not where it is found as the first word of a name written family name first)
        found = [e for e in self.by_first.get(word.lower(), []) if e.forms]
        return found[0] if len(found) == 1 else None

    def namesake(self, surname: str, at: int, sex: Optional[str] = None) -> Optional[Entity]:
        """Which of the people named in full with ``surname`` a bare mention of it at offset ``at``
        is (both stages ask here: stage 2 for a speaker, stage 1 for a pronoun's candidates): of
        the honorific's sex ``sex`` if given ("Mr. Trump" is not the Ivana Trump named just before;
        "Mrs. Nguyen" is not "her husband, Minh Nguyen"); not one the article says is dead when a
        namesake is alive; the one whose full name was given just before ("Elaine Dufresne …
        Dufresne said", though her son Marc Dufresne is named later) unless the writer was already
        calling the first one by the surname; else the one of the honorific's sex; else the only one
        named so far; else the one the article names far more; else nobody (unresolved)."""
        full = [e for e in self.by_last.get(surname.lower(), []) if e.forms]
        if sex is not None:
            # The article's own evidence of sex (honorifics, kin and role titles) first, the
            # first-name list only without it: "Mrs. Nguyen" is not "her husband, Minh Nguyen".
            full = [e for e in full if _namesake_sex(e) in (None, sex)]
        if any(e.dead for e in full) and any(not e.dead for e in full):
            # The dead do not speak: in "Gunnar Lindqvist died in 2004", an obituary's "Mr. Lindqvist
            # said" is the son, Erik Lindqvist, alive to say it.
            full = [e for e in full if not e.dead]
        # The writer's mentions, not a name inside someone's words ("‘Billie Jean King, you are the
        # Queen,’" read as a Jean King).
        last = [(e.last_before(at, said=False), e) for e in full]
        near = [(off, e) for off, e in last if off >= 0 and at - off <= NAMESAKE_REACH]
        if near:
            latest_at, latest = max(near, key=lambda p: p[0])
            owner = _surname_owner(full, self, surname)
            if owner is None and self.named_together(surname, at, full):
                # "Jean Roy and Marc Roy both ran … “…,” Roy said": either; nobody. ("Mr. Roy" is
                # the one the article says is a man, if one is.)
                known = [e for e in full if sex is not None and _namesake_sex(e) == sex]
                return known[0] if len(known) == 1 else None
            if owner is not None and owner is not latest and at - latest_at > NAMESAKE_CLOSE:
                # The surname was already the first one's before the other came into the story:
                # "Harold Nygaard … Nygaard says … his father, Anders Nygaard, kept the light …
                # (two paragraphs) “…,” Nygaard says" is still Harold.
                return owner
            # The latest-named one: "Gord Downie's brother Mike Downie said … Downie said" is Mike.
            return latest
        so_far = [e for off, e in last if off >= 0]
        known = [e for e in so_far if sex is not None and _namesake_sex(e) == sex]
        if len(known) == 1 and all(_namesake_sex(e) is None for e in so_far if e is not known[0]):
            # "Mr. Nguyen" with "her husband, Minh Nguyen" and a Thanh Nguyen of unknown sex named
            # so far: the one the article says is a man.
            return known[0]
        owner = _surname_owner(full, self, surname)
        if owner is not None and (sex is None or _namesake_sex(owner) in (None, sex)):
            # Nobody of the name named close by: the one the writer has been calling by the bare
            # surname since before the others came in ("Harold Nygaard … Nygaard says … his father,
            # Anders Nygaard, kept the light … (paragraphs on) Nygaard's wife, Ingrid, died").
            return owner
        if len(so_far) == 1:
            # Only one of them named yet: "Nathan Okafor … “…,” Okafor said" before his parents,
            # Emmanuel and Grace Okafor, come into the story.
            return so_far[0]
        # None named close by: the one the article is about, when it names that one far more
        # ("Trump said" in a story of 30 Donald Trumps and one Melania Trump).
        counts = sorted(((e.mentions_before(at), e) for e in full), key=lambda p: p[0], reverse=True)
        if counts and counts[0][0] >= 3 and (len(counts) == 1 or counts[0][0] >= 3 * counts[1][0]):
            return counts[0][1]
        return None

    def named_together(self, surname: str, at: int, full: Optional[list] = None) -> bool:
        """Whether the last two of the people sharing ``surname`` named before offset ``at`` were
        named together ("Jean Roy and Marc Roy", "Sisters Anna and Claire Roy") and no mention of
        either by the bare surname came between them and ``at``."""
        if full is None:
            full = [e for e in self.by_last.get(surname.lower(), []) if e.forms]
        last = sorted(((e.last_before(at, said=False), e) for e in full), key=lambda p: p[0], reverse=True)
        if len(last) < 2 or last[1][0] < 0 or last[0][0] - last[1][0] > NAMED_TOGETHER or \
                not (last[0][0] in last[0][1].together or last[1][0] in last[1][1].together):
            return False  # (not "Gord Downie's brother Mike Downie": his brother is the one named)
        last = [off for off, _e in last]
        return not any(last[0] < b < at for b in self.bare.get(surname.lower(), ()))

    def ambiguous(self, name: str) -> bool:
        """A surname that two people of the document have ("Trump": Donald and Ivanka)."""
        words = _words(name)
        return len(words) == 1 and len(self.by_last.get(words[0].lower(), [])) > 1

    def organization(self, name: str) -> Optional[Entity]:
        return self.by_org.get(_org_key(name))

    def lookup(self, name: str) -> Optional[Entity]:
        if self.ambiguous(name):
            return None
        return self.person(name) or self.organization(name)


def _may_be_person(label: str, text: str) -> bool:
    """Whether a name the recogniser did not call a person may still be one the article named:
    "Trump" or "Christie" labelled ORG, yes; a place ("Israel", "Paris") or "The Hill", no."""
    return label in ("ORG", "FAC") and not text.lower().startswith("the ")


@lru_cache(maxsize=16384)
def _org_key(name: str) -> str:
    # Without dots: "B.C. Hydro" and "BC Hydro" are one utility.
    name = _POSSESSIVE.sub("", clean_name(name, honorifics=False))
    return re.sub(r"^the\s+", "", name, flags=re.I).lower().replace(".", "")


def build(ents: DocEntities, lex=ENGLISH) -> EntityTable:
    """Cluster the document's name mentions into entities (see the module docstring)."""
    table = EntityTable()
    names = sorted(ents.names, key=lambda m: m.start)
    # A name never runs across a paragraph break ("… Zimbabwe's hyperinflation X.\n\nTrump said").
    # The recogniser's span can run on from the line before: "Special to The Globe and Mail\n\n
    # Margaret Lindqvist delivered …" is "Margaret Lindqvist" (the words after the last break).
    names = [m if "\n" not in m.text else _after_break(m) for m in names]
    names = [m for m in names if m is not None]
    # Kind by all mentions: "Cpl. Nadine Robichaud" tagged an organisation is a person (a first
    # name of one sex and a surname that is no company word: "Marie-Claude Tremblay" yes, "Tim
    # Hortons", "Morgan Stanley", "Wells Fargo Bank" no), and so is "Robichaud" alone after it.
    # The surname must stand alone somewhere ("Tremblay said"), which institutions' last words
    # rarely do, and the first name must not be a place the article names ("Miami Herald").
    alone = Counter(m.text for m in names if " " not in m.text)
    # A surname ending in "s" ("Ellis", "Williams") counts only where the recogniser itself calls it a
    # person alone: "Sandra Ellis" tagged an organisation, then "Ellis says" a person. ("Tim
    # Hortons" is rarely "Hortons" alone, and never a person.)
    alone_person = {m.text for m in names if " " not in m.text and m.label == "PERSON"}
    # ... or where the article speaks of one of the name's mentions as of a person: "Bernice Toews,
    # who lives a half mile from the site," / "Toews said she bore the family no ill will".
    alone_person |= {m.text.split(" ")[-1] for m in names if m.human and not m.quoted}
    # (or where the article says "she" of it: "Toews said she bore the family no ill will" makes
    # "Bernice Toews", tagged an organisation, a person)
    alone_person |= {m.text for m in names if " " not in m.text and m.says_he}
    places = {m.text.lower() for m in names if m.label in ("GPE", "NORP", "LOC")}
    # (a first name of both sexes, "Bernie Sanders" tagged an organisation, counts where the
    # recogniser calls the surname alone a person: "Sanders said")
    names = [replace(m, label="PERSON") if m.label == "ORG" and
             (looks_like_person(m.text) or m.text.endswith("s") and looks_like_person(m.text[:-1]) and
              (m.text.split(" ")[-1] in alone_person or m.text.split(" ")[0] in alone_person) or
              len(m.text.split(" ")) == 2 and is_first_name(m.text.split(" ")[0]) and
              m.text.split(" ")[0].istitle() and m.text.split(" ")[-1] in alone_person) and
             not m.text.lower().startswith("the ") and
             (alone[m.text.split(" ")[-1]] or m.text.split(" ")[0] in alone_person) and
             m.text.split(" ")[0].lower() not in places and
             m.text.split(" ")[-1].lower().rstrip(".") not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS else m
             for m in names]
    # And the other way: "B.C. Hydro" tagged a person is the organisation "BC Hydro" tagged so
    # elsewhere (no first name, the same name but for dots).
    org_keys = {_org_key(m.text) for m in names if m.label in ("ORG", "FAC")}
    names = [replace(m, label="ORG") if m.label == "PERSON" and " " in m.text and not m.title and
             not m.honorific and _org_key(m.text) in org_keys and not is_first_name(m.text.split(" ")[0])
             else m for m in names]
    # "Tim Hortons said in a statement" tagged a person, where the article also writes "a Tim
    # Hortons location" or "at Tim Hortons on Main Street": the business (entities.business_named),
    # unless the article speaks of the name as of a person ("Tim Hortons, who …", "said he").
    business = {m.text for m in names if m.business} - {m.text for m in names if m.human or m.says_he}
    names = [replace(m, label="ORG") if m.label == "PERSON" and m.text in business else m for m in names]
    # Full names of people first: they anchor surnames, honorific + surname and mislabels.
    tails = _particle_tails(m.text for m in names if m.label == "PERSON")
    for m in names:
        if m.label != "PERSON":
            continue
        words = _words(m.shared or m.text)  # ("Robert" of "Robert and Susan Haldane": Robert Haldane)
        if words and words[0].lower() in lex.NAME_PARTICLES and tuple(w.lower() for w in words) in tails:
            continue  # "Van der Linde told reporters": the surname of Maarten van der Linde, not a full name
        if len(words) < 2 or not words[0][:1].isupper() or not surname_cased(words[-1]) or \
                not all(_name_word_cased(w) for w in words) or words[-1].lower() in lex.LEADING_JUNK or \
                words[0].lower() in lex.NOT_FIRST_NAMES and not is_first_name(words[0]):
            continue  # not "Without Bloomberg" (in the mix) as a Bloomberg of its own
        if particle_surname(words):
            continue  # a particle surname alone ("De la Tour said" opening a sentence): no first name
        first, last, surname = _full_key(words)
        key = (first, last)
        ent = table.by_full.get(key)
        if ent is None:
            ent = Entity(" ".join(words), PERSON)
            table.by_full[key] = ent
            table.entities.append(ent)
            table.by_last.setdefault(surname, []).append(ent)
            table.by_first.setdefault(key[0], []).append(ent)
        nick = _NICKNAME_IN.search(m.text)
        if nick is not None and nick.group(1).lower() not in table.by_first:
            table.nicknames.setdefault(nick.group(1).lower(), ent)
    for (first, last), plain in list(table.by_full.items()):
        # "Brent Bozell" after "L. Brent Bozell III": one person when only one of that name has a
        # suffix ("Stanley Kowalczyk" with a Sr. and a Jr. named stays apart, and unresolved).
        suffixed = [e for (f, l), e in table.by_full.items() if f == first and l.rsplit(" ", 1)[0] == last and
                    l != last and l.rsplit(" ", 1)[-1] in lex.NAME_SUFFIXES]
        elder = suffixed and suffixed[0].name.split(" ")[-1].lower().rstrip(".") in lex.ELDER_SUFFIXES
        # (not a "Sr.": "Rep. Duncan Hunter … His father, Duncan Hunter Sr.," -- the plain name is
        # the son the elder is named apart from)
        if len(suffixed) == 1 and not elder and plain is not suffixed[0] and plain in table.entities:
            one = suffixed[0]
            table.by_full[(first, last)] = one
            table.entities.remove(plain)
            table.by_last[last] = [e for e in table.by_last.get(last, []) if e is not plain]
            table.by_first[first] = [e for e in table.by_first.get(first, []) if e is not plain]
    by_folded: dict[tuple[str, str], Entity] = {}
    for key, ent in list(table.by_full.items()):
        # "Francois Hollande" (a headline typed without accents) and "François Hollande": one person.
        folded = (_fold(key[0]), _fold(key[1]))
        one = by_folded.setdefault(folded, ent)
        if one is not ent and ent in table.entities:
            table.by_full[key] = one
            table.entities.remove(ent)
            for index in (table.by_last, table.by_first):
                # (the variant's own keys, "francois" of "Francois Hollande", find the one person)
                for k, found in index.items():
                    if any(e is ent for e in found):
                        merged: list[Entity] = []
                        for e in (one if e is ent else e for e in found):
                            if not any(e is x for x in merged):
                                merged.append(e)
                        index[k] = merged
    for ent in list(table.entities):
        # "Ms. Acosta said" after "Melba Acosta Febo": a Spanish name's first surname (the
        # father's) is the one the story uses alone; the middle word of a three-word name that is
        # no first name nor an initial finds its person, when nobody else has it as a surname.
        words = ent.name.split(" ")
        if len(words) == 3 and not _INITIAL.match(words[1]) and surname_cased(words[1]) and \
                not is_first_name(words[1]) and words[1].lower() not in table.by_last and \
                words[2].lower().rstrip(".") not in lex.NAME_SUFFIXES:
            table.by_last[words[1].lower()] = [ent]
        pair = _two_surnames(words, lex) if len(words) == 4 and ent.kind == PERSON else None
        if pair is not None and pair[0].lower() not in table.by_last:
            # (and after two given names: "Rosa Elvira Quispe Mamani … Quispe told reporters")
            table.by_last[pair[0].lower()] = [ent]
    # A surname that is one person's first surname and another's second (a Spanish name's mother's
    # surname, written last) is the first one's alone: "María Guadalupe Torres Ávila … her son,
    # Kevin Mejía Torres … Torres said" is the mother (her son would be "Mejía").
    firsts: dict[str, list[Entity]] = {}
    seconds: set[tuple[str, int]] = set()
    for ent in table.entities:
        pair = _two_surnames(ent.name.split(" "), lex)
        if pair is not None:
            firsts.setdefault(pair[0].lower(), []).append(ent)
            seconds.add((pair[1].lower(), id(ent)))
    for word, holders in firsts.items():
        found = table.by_last.get(word, [])
        if not found and len(holders) == 1 and len(holders[0].name.split(" ")) == 4:
            # "María José Pizarro Rodríguez … Pizarro said", "Juan Carlos Losada Vargas … Losada
            # said": two given names and two surnames, the first of which the story uses alone
            # (the three-word "Melba Acosta Febo" is read above).
            table.by_last[word] = list(holders)
            continue
        if found and any((word, id(e)) in seconds for e in found) and \
                all((word, id(e)) in seconds or e in holders for e in found):
            table.by_last[word] = list(holders)
    _family_name_first(table, names, ents)
    _particle_surnames(table, lex)
    for key, found in list(table.by_last.items()):
        # "Wilson-Raybould said" read as "Raybould" (a tokenizer cut at the hyphen): the last part of
        # a hyphenated surname finds its person, when nobody else has it as a surname.
        last = key.rsplit("-", 1)[-1]
        if last != key and len(found) == 1 and last not in table.by_last and len(last) > 2:
            table.by_last[last] = list(found)
    # The writer's bare surnames first, all of them: which namesake a bare mention is depends on
    # whether the writer was calling one of them by it before the other came in (_surname_owner).
    for m in names:
        table.labels[m.start] = m.label
        bare = _words(m.text)
        if len(bare) == 1 and not m.quoted and bare[0][:1].isupper() and m.label in ("PERSON", "ORG", "FAC"):
            table.bare.setdefault(bare[0].lower(), []).append(m.start)
    for (a, _b), info in ents.speakers.items():
        # A speaker mention the recogniser did not tag ("“…,” Nygaard says") is a bare surname too.
        bare = _words(info.desc) if not info.definite else []  # (the tagger may call it no proper noun)
        if len(bare) == 1 and bare[0][:1].isupper() and a not in table.bare.get(bare[0].lower(), ()):
            table.bare.setdefault(bare[0].lower(), []).append(a)
    for a, word in ents.bare_words:
        # A lone surname the recogniser left untagged or called something else ("“…,” Nygaard
        # says"): the writer calling someone by it all the same.
        low = word.lower()
        if low in table.by_last and a not in table.bare.get(low, ()) and table.labels.get(a) not in ("GPE", "LOC"):
            table.bare.setdefault(low, []).append(a)
    for m in names:
        bare = _words(m.text)
        # A lone word that is the surname of someone named in full is that person whatever the
        # recogniser called it, a nationality too: "Chief Wayne Oskineegish … “…,” Oskineegish
        # said" (tagged NORP). Not a plural ("Americans") nor a place ("Jordan" the country).
        surname = len(bare) == 1 and m.text == bare[0] and not m.text.endswith("s") and \
            (m.label == "NORP" or m.label in ("GPE", "LOC") and m.together and m.subject) and \
            any(e.forms for e in table.by_last.get(bare[0].lower(), ()))
        # (or a place's label on a subject joined to another name: "Calloway and Rep. Stuart Engle
        # sent a letter", "Calloway" tagged a place, after "Rep. Dwight Calloway, R-Ohio,")
        may = m.label == "PERSON" or _may_be_person(m.label, m.text) or surname
        ent = table.person(m.shared or m.text) if may else None
        if ent is None and may and len(bare) == 1 and table.ambiguous(bare[0]):
            # "said Gerard Whelan … Whelan said he borrowed …" before his sister, Bernadette Whelan,
            # comes into the story: a bare surname (tagged a person or, as often, an organisation)
            # is a mention of the one person of that surname named so far (the subject "the
            # 54-year-old said" then stands for), not of nobody because a namesake comes later.
            so_far = [e for e in table.by_last.get(bare[0].lower(), []) if e.forms]
            if len(so_far) == 1:
                ent = so_far[0]
            elif so_far and not m.quoted and not m.title:
                # With two named before it, the one the writer has been calling by the surname
                # since before the other came in, for what later descriptions read: "Chief Wayne
                # Oskineegish … “…,” Oskineegish said. … Elder Roy Oskineegish, the chief's uncle,
                # … Grand Chief Alvin Meekis said … Oskineegish said the band would sue. “…,” the
                # chief said" is Wayne. Only that owner, of the honorific's sex (EntityTable.namesake's
                # other reasons are for one speaker: "The younger Okafor", "President Bush").
                owner = _surname_owner(so_far, table, bare[0])
                sex = honorific_gender(m.honorific) if m.honorific else None
                if owner is not None and table.namesake(bare[0], m.start, sex) is owner:
                    ent = owner
        if ent is None and m.label == "PERSON":
            words = _words(m.text)
            if particle_surname(words):
                words = [" ".join(words)]  # "de Wit says" with two de Wits in the story: a surname
            if len(words) != 1 or not words[0].split(" ")[-1][:1].isupper() or words[0].lower() in lex.LEADING_JUNK:
                continue
            # A surname alone (or with an honorific) the article never gives in full: its own entity.
            ent = Entity(words[0], PERSON)
            table.by_last.setdefault(words[0].split(" ")[-1].lower(), []).append(ent)
            table.entities.append(ent)
        if ent is None:
            if m.label in ("ORG", "FAC") or m.label == "NORP" and m.text.endswith("s") or \
                    m.label in ("GPE", "LOC") and _governed_place(m.text):
                key = _org_key(m.text)
                written = re.sub(r"^the\s+", "", m.text, flags=re.I)
                if not key or not written[:1].isupper():
                    continue
                ent = table.by_org.get(key)
                if ent is None:
                    # Without its article: "the Kremlin", "The Boston Globe" -> "Boston Globe".
                    ent = Entity(re.sub(r"^the\s+", "", _POSSESSIVE.sub("", clean_name(m.text, honorifics=False)),
                                        flags=re.I),
                                 ORGANIZATION)
                    table.by_org[key] = ent
                    table.entities.append(ent)
            else:
                continue
        _add(ent, m, m.start >= ents.headline_end)
    mentioned = {s for e in table.entities for s, _ in e.mentions}
    words = dict(ents.bare_words)
    for a in ents.bare_subjects:
        # "Vrba said he still uses one of her lines.¶“…,” the 63-year-old said": a surname the
        # recogniser left untagged, as a clause's subject, makes the one person of that surname
        # named in full the subject there (whom "the 63-year-old" then stands for, not the
        # principal named as a subject a paragraph before).
        found = [e for e in table.by_last.get(words.get(a, "").lower(), []) if e.kind == PERSON and e.forms]
        if a not in mentioned and len(found) == 1 and a not in found[0].subjects:
            found[0].subjects.append(a)
    _merge_acronyms(table)
    _merge_short_forms(table)
    _merge_compound_surnames(table)
    for off, name, noun, whose in ents.kin_facts:
        # "have three children: Léa, 16, …": each listed one is a person, kin of the owners.
        ent = next((e for e in table.entities if any(s == off for s, _ in e.mentions)), None) or \
            table.lookup(name)
        if ent is not None and not ent.forms and ent.kind != PERSON and " " not in name:
            # "Gabrielle" tagged a place or an organisation: a person, whose "title" read as an
            # organisation's type ("For the youngest, Gabrielle, the flood was …") is none.
            ent.kind, ent.titles = PERSON, []
        if ent is not None and ent.kind == PERSON:
            ent.kin.append((off, noun, whose))
    for ent in table.entities:
        _decide(ent)
    for off, who, nick in ents.nicknames:
        # 'The elder Kowalczyk, who customers call "Big Stan,"', 'the younger Kowalczyk, who goes
        # by Stan': the nickname names that person from then on (not when it is someone's own
        # first name or surname in the article: "Ann Lee, known as Lee,").
        low = nick.lower()
        if low in table.by_first or any(e.forms for e in table.by_last.get(low, ())) or low in table.nicknames:
            continue
        ent = _mentioned_person(off, who, table)
        if ent is not None:
            table.nicknames[low] = ent
    return table


def _generation(elder_or_younger: str, surname: str, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """The one of the people named in full with ``surname`` whose suffix says the generation:
    "the younger Kowalczyk" is Stanley Kowalczyk Jr., "the elder" Stanley Kowalczyk Sr."""
    want = lex.YOUNGER_SUFFIXES if elder_or_younger.lower() == "younger" else lex.ELDER_SUFFIXES
    found = [e for e in table.by_last.get(surname.lower(), []) if e.forms and
             e.name.split(" ")[-1].lower().rstrip(".") in want]
    if len(found) == 1:
        return found[0]
    return _by_generation(elder_or_younger.lower() == "younger", surname, table, lex)


def _by_generation(younger: bool, surname: str, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """Of two people named in full with ``surname`` and no generational suffix, the younger or the
    elder by what the article says of them: the one given as someone's son or daughter ("His son,
    Takuya Yamada, 45," -> "the younger Yamada"; the other is "the elder Yamada"), or a parent, else
    by the ages given with their names."""
    two = [e for e in table.by_last.get(surname.lower(), []) if e.forms and e.kind == PERSON]
    if len(two) != 2:
        return None
    child_nouns = lex.KIN_INVERSE["father"] | lex.KIN_INVERSE["grandfather"]

    def rank(e: Entity) -> Optional[int]:
        nouns = {noun for _off, noun, _whose in e.kin}
        if nouns & child_nouns and not nouns & lex.PARENT_NOUNS:
            return 0
        if nouns & lex.PARENT_NOUNS and not nouns & child_nouns:
            return 1
        return None

    ranks = [rank(e) for e in two]
    if None not in ranks and ranks[0] != ranks[1] or ranks.count(None) == 1:
        known = next(e for e, r in zip(two, ranks) if r is not None)
        young = known if rank(known) == 0 else next(e for e in two if e is not known)
        return young if younger else next(e for e in two if e is not young)
    ages = [e.ages[0][1] if e.ages else None for e in two]
    if None not in ages and ages[0] != ages[1]:
        young = two[0] if ages[0] < ages[1] else two[1]
        return young if younger else next(e for e in two if e is not young)
    return None


def _mentioned_person(off: int, who: str, table: EntityTable) -> Optional[Entity]:
    """The person a mention at offset ``off`` names: "the elder Kowalczyk", a full name (titles
    dropped), a surname (of namesakes, the one :meth:`EntityTable.namesake` picks there)."""
    generation = _GENERATION.match(who)
    if generation is not None:
        return _generation(generation.group(1), generation.group(2), table)
    words = drop_titles(clean_name(who).split(" "))
    if not words:
        return None
    name = " ".join(words)
    if table.ambiguous(name):
        return table.namesake(words[0], off)
    ent = table.person(name)
    return ent if ent is not None and ent.kind == PERSON else None




def _after_break(m: NameMention) -> Optional[NameMention]:
    """The part of a name mention after its last line break, if that is a name of two or three
    capitalised words (else None: the mention is dropped)."""
    cut = m.text.rindex("\n") + 1
    rest = m.text[cut:]
    words = rest.split(" ")
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or \
            m.label != "PERSON" and not looks_like_person(rest):
        return None
    return replace(m, start=m.start + cut, text=rest, label="PERSON", title=None, honorific=None,
                   title_start=m.start + cut - 1)


def _merge_short_forms(table: EntityTable, lex=ENGLISH) -> None:
    """A company's short form and its full name are one organisation ("WestJet Airlines Ltd.
    cancelled … WestJet said"), named by the full name: the rest must be words like "Airlines",
    "Ltd.", "Inc.", so "Air Canada" never takes "Air Canada Centre". Or, after a name that ends
    like a business's, its first words ("SunCrest Home Energy LLC … SunCrest denied wrongdoing",
    "Keystone Meadows Senior Living … Keystone Meadows did not dispute"), when they are no place
    and come only after it (entities.short_forms reads them)."""
    orgs = [e for e in table.entities if e.kind == ORGANIZATION]
    for short in orgs:
        longer = [e for e in orgs if e is not short and e.name.startswith(short.name + " ") and
                  (all(w.lower().rstrip(".") in lex.COMPANY_TAIL for w in e.name[len(short.name) + 1:].split(" ")) or
                   e.name.split(" ")[-1].lower().rstrip(".") in lex.BUSINESS_NAME_ENDS | lex.LEGAL_SUFFIXES and
                   not _place(short) and not short.located and short.first > e.first)]
        if len(longer) != 1:
            continue
        long = longer[0]
        long.mentions = sorted(long.mentions + short.mentions)
        long.labels.update(short.labels)
        long.subjects = sorted(long.subjects + short.subjects)
        long.speaks = sorted(long.speaks + short.speaks)
        long.quoted |= short.quoted
        for key, e in list(table.by_org.items()):
            if e is short:
                table.by_org[key] = long
        table.entities.remove(short)


def _merge_compound_surnames(table: EntityTable) -> None:
    """A surname of two words written alone is the person whose full name ends in it: "Rep. Debbie
    Wasserman Schultz … Wasserman Schultz said", "Mario Vargas Llosa … Vargas Llosa told", "Marine
    Le Pen … Le Pen said". Read as a first name and a surname, "Wasserman Schultz" would be a
    person of its own; it is one only when its first word is no first name ("Anna Lee" after "Mary
    Anna Lee" stays Anna Lee) and exactly one longer full name ends in it."""
    people = [e for e in table.entities if e.kind == PERSON and e.forms]
    for short in [e for e in table.entities if e.kind == PERSON]:
        # (a particle's surname may have no full form of its own: "Le Pen" is keyed as "Pen")
        forms = list(short.forms) or ([short.name] if " " in short.name else [])
        if not forms or not all(len(f.split(" ")) >= 2 and is_surname_pair(f) for f in forms):
            continue
        longer = [e for e in people if e is not short and e in table.entities and
                  any(g.endswith(" " + f) for g in e.forms for f in forms)]
        if len(longer) != 1:
            continue
        long = longer[0]
        long.mentions = sorted(long.mentions + short.mentions)
        long.labels.update(short.labels)
        long.subjects = sorted(long.subjects + short.subjects)
        long.speaks = sorted(long.speaks + short.speaks)
        long.quoted |= short.quoted
        long.honorifics += short.honorifics
        long.titles = sorted(long.titles + short.titles)
        for index in (table.by_full,):
            for key, e in list(index.items()):
                if e is short:
                    index[key] = long
        for index in (table.by_last, table.by_first):
            for key, ents in index.items():
                index[key] = [long if e is short else e for e in ents if e is not long or short not in ents]
        table.entities.remove(short)


def _particle_tails(names: Iterable[str], lex=ENGLISH) -> set[tuple[str, ...]]:
    """The surnames with particles of full names, in lower case, from the first particle on:
    ("van", "der", "linde") of "Maarten van der Linde", ("de", "la", "hoz", "restrepo") and ("de",
    "la", "hoz") of "Luz Marina de la Hoz Restrepo" (a Spanish name's first surname alone), ("abu",
    "shanab") of "Abdelrahman Osman Abu Shanab" ("General Abu Shanab, 62,")."""
    out = set()
    for name in names:
        words = name.split(" ")
        for p in range(1, len(words) - 1):
            if words[p].lower() in lex.NAME_PARTICLES and words[p - 1].lower() not in lex.NAME_PARTICLES:
                tail = tuple(w.lower() for w in words[p:])
                out.add(tail)
                k = next((k for k, w in enumerate(tail) if w not in lex.NAME_PARTICLES), len(tail))
                out.add(tail[:k + 1])
                break
    return out


# A romanised Korean (or older Chinese) given name ("Ji-won"): gender.GLUED_GIVEN.
_GLUED_GIVEN = GLUED_GIVEN


def _family_name_first(table: EntityTable, names: list, ents: DocEntities) -> None:
    """Two-word names written family name first ("Lee Ji-won", "Xu Lanying", "Nakamura Haruki")
    are found by their first word alone: "Lee said", "Xu said". A name is so written when its last
    word is a romanised given name with a glued lower-case syllable, or when the writer uses its
    first word alone and never the last ("Xu said", never "Lanying said"; a feature's "Sandra said"
    after "Sandra Ellis", who is never "Ellis", is found the same way). Several people sharing the family name ("Lee Ji-won" and her brother "Lee
    Ji-hoon"; "Kim Young-ja" and "Kim Dong-soo") are then namesakes, told apart as surnames are
    (EntityTable.namesake: the one named just before, the one the writer was already calling so)."""
    alone = {w[0].lower() for m in names if not m.quoted for w in [_words(m.text)] if len(w) == 1}
    alone |= {w.lower() for _a, w in ents.bare_words}
    alone |= {w[0].lower() for info in ents.speakers.values() if not info.definite
              for w in [_words(info.desc)] if len(w) == 1}
    family: dict[str, list[Entity]] = {}
    for ent in table.entities:
        words = ent.name.split(" ")
        if ent.kind != PERSON or len(words) != 2 or not words[0].isalpha() or not words[0].istitle():
            continue
        if _GLUED_GIVEN.match(words[1]) or words[0].lower() in alone and words[1].lower() not in alone:
            family.setdefault(words[0].lower(), []).append(ent)
    for word, holders in family.items():
        if word not in table.by_last:
            table.by_last[word] = holders


def _particle_surnames(table: EntityTable, lex=ENGLISH) -> None:
    """The surname after a name's particles finds its person: "De la Hoz, 52, said" after "Luz Marina
    de la Hoz Restrepo" (a Spanish first surname with its particles), "Van der Linde" after "Maarten
    van der Linde". A married woman's "de" surname ("Ana Lucía Pérez de Gómez", her husband's) is
    not what a bare "Gómez said" finds when someone has it as his own first surname ("Her
    husband, Teodoro Gómez Asprilla, … Gómez said")."""
    married: dict[str, list[Entity]] = {}
    for ent in list(table.entities):
        words = ent.name.split(" ")
        if ent.kind != PERSON or len(words) < 3:
            continue
        p = next((p for p in range(1, len(words) - 1) if words[p] in lex.NAME_PARTICLES), None)
        if p is None:
            continue
        q = p
        while q < len(words) and words[q] in lex.NAME_PARTICLES:
            q += 1
        if q == len(words) - 1 and words[p] == "de" and q - p == 1 and p >= 2 and surname_cased(words[p - 1]):
            married.setdefault(words[q].lower(), []).append(ent)  # "Pérez de Gómez"
        elif q < len(words) - 1 and words[q].lower() not in table.by_last:
            table.by_last[words[q].lower()] = [ent]  # "de la Hoz Restrepo" -> "Hoz"
    for word, wives in married.items():
        own = [e for e in table.by_last.get(word, []) if e not in wives]
        if own:
            table.by_last[word] = own
        for e in table.entities:
            # the husband's first surname in a three-word name: "Teodoro Gómez Asprilla"
            words = e.name.split(" ")
            if e.kind == PERSON and e not in wives and len(words) == 3 and words[1].lower() == word and \
                    e not in table.by_last.get(word, []):
                table.by_last[word] = [x for x in table.by_last.get(word, []) if x not in wives] + [e]


def _two_surnames(words: list[str], lex=ENGLISH) -> Optional[tuple[str, str]]:
    """The two surnames of a name written with a father's and a mother's surname after one or two
    given names: "Kevin Mejía Torres" -> (Mejía, Torres), "María Guadalupe Torres Ávila" -> (Torres,
    Ávila); None for "Mary Ellen Carter" (a second given name), "Ann B. Lee", "John Smith Jr."."""
    given = 2 if len(words) == 4 and is_first_name(words[1]) else 1
    if len(words) - given != 2 or words[-1].lower().rstrip(".") in lex.NAME_SUFFIXES:
        return None
    first, second = words[given], words[given + 1]
    if _INITIAL.match(first) or not surname_cased(first) or not surname_cased(second) or \
            given == 1 and is_first_name(first):
        return None
    return first, second


def is_surname_pair(form: str) -> bool:
    """Whether a two- or three-word name reads as a surname alone: its first word is no first name
    the list knows and no initial ("Wasserman Schultz", "Vargas Llosa", "Le Pen"; not "Debbie
    Wasserman", "J. Smith")."""
    first = form.split(" ")[0]
    return len(form.split(" ")) <= 3 and len(first.rstrip(".")) > 1 and not first.endswith(".") and \
        not listed_first_name(first)


_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")


def _initials(name: str, lex=ENGLISH) -> str:
    # (a type noun in lower case is no letter: "The United Auto Workers union" is the UAW)
    return "".join(w[0] for w in name.replace("-", " ").split(" ")
                   if w and w.lower() not in lex.ACRONYM_SKIP and not w.islower()).upper()


def _without_legal_suffix(name: str, lex=ENGLISH) -> str:
    words = name.split(" ")
    return " ".join(words[:-1]) if len(words) > 2 and words[-1].lower().rstrip(".") in lex.LEGAL_SUFFIXES else name


def _merge_acronyms(table: EntityTable) -> None:
    """An acronym and the full name it stands for are one organisation: "the Canadian Union of
    Public Employees (CUPE) said … CUPE said", "The RCMP is asking … the Royal Canadian Mounted
    Police said". Named by the full name ("Canadian Union of Public Employees"), the acronym an
    alias that finds it ("CUPE said", "the CUPE said")."""
    orgs = [e for e in table.entities if e.kind == ORGANIZATION]
    for short in orgs:
        if not _ACRONYM.match(short.name):
            continue
        letters = short.name.replace(".", "")
        # (a company's legal ending is no letter of its short form: "General Motors Co" is GM)
        full = [e for e in orgs if e is not short and len(e.name.split(" ")) >= 2 and
                letters in (_initials(e.name), _initials(_without_legal_suffix(e.name)))]
        if len(full) != 1:
            continue
        long = full[0]
        long.mentions = sorted(long.mentions + short.mentions)
        long.labels.update(short.labels)
        for key, e in list(table.by_org.items()):
            if e is short:
                table.by_org[key] = long
        table.entities.remove(short)


def _add(ent: Entity, m: NameMention, body: bool = True) -> None:
    ent.mentions.append((m.start, m.end))
    if m.quoted:
        ent.quoted.add(m.start)
    ent.labels[m.label] += 1
    words = _words(m.shared or m.text, initials=True)
    if len(words) >= 2 and not particle_surname(words):
        ent.forms[" ".join(words)] += 1
        if body:
            ent.body_forms[" ".join(words)] += 1
    if m.title and not m.quoted and m.title.split("\n")[0].strip() and \
            not (m.label == "ORG" and ent.kind == PERSON and not _person_title(m.title)):
        # (an apposition the parse ran into the next paragraph: "Rita Hart, chair of the Iowa
        # Democratic Party" over a list's next line)
        # (an organisation's type read off a person's name the recogniser tagged one is no title
        # of hers: "said Sandhu, whose store on Kennedy Rd. was hit" after "Harjit Sandhu")
        ent.titles.append((m.title_start, m.title.split("\n")[0].strip()))
    if m.honorific:
        ent.honorifics.append(m.honorific)
    if m.age is not None and not m.quoted:
        ent.ages.append((m.start, m.age))
    if m.roles and not m.quoted:
        ent.roles.extend((m.start, r) for r in m.roles)
    ent.dead = ent.dead or m.dead
    if m.kin is not None and not m.quoted:
        ent.kin.append((m.start, *m.kin))
    if m.subject and not m.quoted:
        ent.subjects.append(m.start)
    if m.located and not m.quoted:
        ent.located += 1
    if m.speaks:
        ent.speaks.append(m.start)
    if m.outlet and not m.quoted:
        ent.told += 1
    if m.spoken_for and not m.quoted:
        ent.spoken_for.append(m.start)
    if m.spokes_spoke and not m.quoted:
        ent.spokes_spoke.append(m.start)
    if m.filed and not m.quoted:
        ent.filed.append(m.start)
    if m.place and not m.quoted:
        ent.places.append(m.place)
    if m.party and not m.quoted:
        ent.parties.append(m.party)
    if m.together:
        ent.together.add(m.start)
    if m.joined >= 0:
        ent.joined[m.start] = m.joined
    if m.leads and not m.quoted:
        ent.leads.append(m.start)


def _person_title(title: str, lex=ENGLISH) -> bool:
    """Whether ``title`` ends in a noun for a person ("a truck driver", "a junior guard"), not a
    thing's ("store", "flood")."""
    last = title.split("\n")[0].strip().split(" ")[-1].lower()
    return person_noun(last) or last in lex.PERSON_NOUNS | lex.PERSON_ROLE_NOUNS | lex.POSITION_NOUNS | \
        lex.DESCRIPTOR_NOUNS | lex.STANDING_NOUNS


def _title_cased(word: str) -> str:
    """One word of a name in capitals as a name is written: "DRISCOLL" -> "Driscoll",
    "MONTOYA-REYES" -> "Montoya-Reyes", "O'NEILL" -> "O'Neill", "MCCAIN" -> "McCain", "III" kept."""
    if re.fullmatch(r"[IVX]+\.?", word):
        return word  # "III": a generation, not a word
    out = word.title().replace("’S", "’s")
    return "Mc" + out[2:].capitalize() if out.startswith("Mc") and len(out) > 3 else out


def _decide(ent: Entity) -> None:
    if ent.forms and ent.kind == PERSON:
        # The most frequent full form; on a tie the longest ("Hillary Rodham Clinton"). The form of
        # the article's body, not its headline's: an obituary's "Margaret Ann Lindqvist, 91: …" over
        # a body that says "Margaret Lindqvist".
        # (and of two spellings, the one with its accents: "François Hollande", not a headline's "Francois")
        forms = ent.body_forms or ent.forms
        # Not a surname with its particles counted as a full form: "Van der Linde" said more often
        # than "Maarten van der Linde" is his surname, not his name.
        full = {f: c for f, c in forms.items() if f.split(" ")[0].lower() not in ENGLISH.NAME_PARTICLES or
                not any(f"{o} ".lower().find(f" {f} ".lower()) > 0 for o in forms if o != f)}
        ent.name = max((full or forms).items(),
                       key=lambda kv: (kv[1], len(kv[0]), sum(not c.isascii() for c in kv[0])))[0]
        if ent.name.isupper() and " " in ent.name:
            # A name only ever written in capitals (a fact check's claim line "SEN. WALTER
            # DRISCOLL, R-Kan.:", a transcript's label) is a person's name set in type, not an
            # acronym: named as the body writes names ("Walter Driscoll", "Tom O'Neill").
            ent.name = " ".join(_title_cased(w) for w in ent.name.split(" "))
    if ent.kind == PERSON and not ent.forms:
        # A surname never given in full: a person only if the recogniser said so at least as
        # often as anything else, or an honorific stands before it ("Mr. Lind").
        # (or someone's kin: "three children: Léa, 16, Thomas, 12, and Gabrielle, 7", tagged a place)
        person = ent.labels["PERSON"] + 2 * len(ent.honorifics) + 2 * len(ent.kin)
        ent.kind = PERSON if person >= sum(ent.labels.values()) - ent.labels["PERSON"] else UNKNOWN
    if ent.titles and ent.kind != ORGANIZATION:
        ent.title = ent.titles[0][1]


# ---------------------------------------------------------------------- speakers
def resolve_document(quotes: Iterable[Quote], ents: DocEntities) -> list[Quote]:
    """Stage 2: each quote's speaker with the name, title and kind of the entity it is."""
    quotes = list(quotes)
    if not any(q.speaker is not None for q in quotes):
        return quotes
    table = build(ents)
    table.ents = ents
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is None:
            out.append(q)
            continue
        info = ents.speakers.get((sp.start, sp.end))
        name, title, kind, factor = resolve_speaker(sp, info, table, ents)
        if kind == UNKNOWN and _person_shaped(name, table):
            # "“…,” Monique Fougère says", a name no recogniser read: a first name of one sex and
            # a surname is a person, not a speaker of unknown kind (not "Louis Riel School Division").
            kind = PERSON
        name = balanced(name)
        owned = _owned_description(name, sp.start, table)
        if owned != name and not owned.endswith(name.split(" ", 1)[-1]):
            # ("his office" -> the owner himself, a person with his title; "Her husband" -> "Linda
            # Berg's husband" keeps its kind)
            kind, title = PERSON, table.lookup(owned).title if table.lookup(owned) is not None else None
        name = owned
        said = table.lookup(name) if kind == PERSON and (name[:1].isupper() or particle_surname(name.split(" "))) \
            else None
        if said is not None and said.kind == PERSON:
            table.spoken.append((sp.start, said))
            if ENGLISH.PRONOUN_SEX.get(sp.text.lower()):
                table.spoken_sex[id(said)] = ENGLISH.PRONOUN_SEX[sp.text.lower()]
        if (name, title, kind) == (sp.name, sp.title, sp.kind) and factor == 1.0:
            out.append(q)
            continue
        new = replace(sp, name=name, title=title, kind=kind)
        # The measured confidence of the rule for the speaker as resolved ("Trump" tagged an
        # organisation by one mention is a person), times what resolving it left unsure.
        method = Method(q.method) if q.method else None
        if q.type == "indirect":
            # Reported speech keeps the methods "cue"/"according-to", but the table of
            # quotex.attribution.methods measures direct quotes: its figure for "cue" would claim far more
            # than a reported clause earns. Its own measured figure for the resolved kind instead.
            conf = indirect_confidence(q.method, new)
        else:
            conf = method.confidence(new) if method is not None and method.speaks else q.confidence
        out.append(replace(q, speaker=new, confidence=round(conf * factor, 3)))
    return out


def _person_shaped(name: str, table: EntityTable, lex=ENGLISH) -> bool:
    """Whether ``name`` reads as a person's by its shape alone: two or three capitalised words, the
    first a first name of one sex without doubt ("Monique Fougère", "Rubén Ccori"), the last no word
    of an organisation's name ("Louis Riel School Division", "Grace Hospital", "Tim Hortons"), and
    no organisation of the article's so named."""
    words = name.split(" ")
    if not looks_like_person(name) or sure_first_name_gender(words[0]) is None:
        return False
    last = words[-1].lower().rstrip(".")
    if last in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS | lex.INSTITUTION_NAME_ENDS:
        return False
    ent = table.lookup(name)
    return ent is None or ent.kind != ORGANIZATION


def _owned_description(name: str, at: int, table: EntityTable, lex=ENGLISH) -> str:
    """An unresolved description owned by "his"/"her" with the owner's name instead: "Her husband"
    (nobody named him) after Linda Berg is "Linda Berg's husband", which names one person across
    documents where "Her husband" would lump every article's together."""
    words = name.split(" ")
    if len(words) < 2 or words[0].lower() not in ("his", "her"):
        return name
    owner = _owner(words[0].lower(), at, table)
    if owner is None or not owner.forms:
        return name
    # Only an owner the passage is about: the one who spoke last, the subject just named or the
    # person the story is about ("Her campaign" in a story of Hillary Clinton). A man merely named
    # last is no owner: "… as Ronald Reagan did. His longtime personal physician said" is Trump's
    # doctor, in a story about Trump.
    spoke = [e for off, e in table.spoken if off < at]
    if not (spoke and spoke[-1] is owner) and _latest_subject(table, at, JUST_NAMED_REACH) is not owner and \
            _story_subject(table, at) is not owner:
        return name
    if len(words) == 2 and words[1].lower() in lex.PERSON_VOICE_NOUNS:
        # "Rep. Douglas Pryor disagreed. In a statement, his office called the report “…”": the
        # owner speaks through the office (or the letter, the website), as "Pryor's office said"
        # is Pryor's.
        return owner.name
    return f"{owner.name}'s {' '.join(words[1:])}"


def balanced(name: str) -> str:
    """A name without the half of a bracket or a quotation its mention cut off: "Vox Populi (Voice
    of the People" (the column's name, its gloss cut at the sentence's end) -> "Vox Populi";
    'no-disparagement" clause' -> "no-disparagement clause"."""
    if name.count("(") > name.count(")"):
        cut = name.rfind(" (")
        if cut > 0:
            name = name[:cut]
    for mark in ('"', "“", "”"):
        if (name.count('"') % 2 if mark == '"' else name.count("“") != name.count("”")) and mark in name:
            name = re.sub(r"\s+", " ", name.replace(mark, "")).strip()
    return name


def resolve_speaker(sp, info: Optional[SpeakerInfo], table: EntityTable,
                    ents: DocEntities, lex=ENGLISH, depth: int = 0) -> tuple[str, Optional[str], str, float]:
    """(name, title, kind, confidence factor) of one speaker mention. ``depth``: how many
    descriptions a pronoun's chain has followed to get here (:func:`_chained`)."""
    low = sp.text.lower()
    if low in lex.FIRST_PERSON and sp.name.lower() in lex.FIRST_PERSON:
        # Narration in the first person ("“Your Honour,” I said", a column's "I told the mayor"):
        # stage 1 only takes speakers outside quotes, so "I" is the writer. Named as such, never
        # as a pronoun.
        return AUTHOR, None, PERSON, UNRESOLVED_DESCRIPTION_FACTOR
    if low in lex.PRONOUNS or sp.name.lower() in lex.PRONOUNS:
        # Resolved (or not) by quotex.resolution.pronouns in stage 1: only the canonical form of the name.
        ent = table.lookup(sp.name) if sp.name[:1].isupper() else None
        words = sp.name.split(" ")
        if ent is None and len(words) == 1 and sp.name[:1].isupper() and table.ambiguous(sp.name) and \
                not any(e.name.split(" ")[-1].lower().rstrip(".") in lex.NAME_SUFFIXES
                        for e in table.by_last.get(sp.name.lower(), ())):
            # A bare surname two people share that stage 1 resolved the pronoun to ("Xu said China
            # had … “…,” she said", with a scholar Xu Zhenhua named later): the namesake the
            # writer meant there, as for the surname itself (EntityTable.namesake). Not a father
            # and a son told apart by Sr. and Jr. (the one named last is no guide there).
            ent = table.namesake(sp.name, sp.start, lex.PRONOUN_SEX.get(low))
        if ent is None and len(words) >= 2 and sp.name[:1].isupper():
            # "Rosa Elvira", the recogniser's cut of "Rosa Elvira Quispe Mamani" that stage 1 knew
            # the person by: the one person whose full name opens with it.
            longer = [e for e in table.entities if e.kind == PERSON and e.name.startswith(sp.name + " ")]
            ent = longer[0] if len(longer) == 1 else None
        if ent is None and len(words) >= 3 and sp.name[:1].isupper():
            # "Lucía Pérez de Gómez", the recogniser's cut of "Ana Lucía Pérez de Gómez" (a first
            # given name left out): the one person whose full name ends with it.
            longer = [e for e in table.entities if e.kind == PERSON and e.name.endswith(" " + sp.name)]
            ent = longer[0] if len(longer) == 1 else None
        if ent is None and len(words) == 2 and words[0][:1].isupper() and not is_first_name(words[0]) and \
                is_first_name(words[1]):
            # "Meteorologist Lauren": stage 1 read the noun for her and her first name as the name
            # (the recogniser cut "Petrakis" off); the one person of the table with that first name.
            ent = table.first_name(words[1])
        if ent is not None and ent.kind == sp.kind and _agrees_in_sex(ent, lex.PRONOUN_SEX.get(low), surname=True):
            # (a "he" stage 1 resolved to the bare surname "Haldane" is not the Susan Haldane the
            # table holds for it)
            return ent.name, clean_title(sp.title) or ent.title, ent.kind, 1.0
        if not sp.name[:1].isupper() and sp.name.split(" ")[-1].islower() and low in lex.CHAINED_PRONOUNS:
            # The description stage 1 resolved the pronoun to, resolved where it stands, as if it
            # spoke there: "Bill Clinton's hair was whiter. … the former president spoke to 700
            # people. … “…,” he said" -> Bill Clinton (see _chained).
            ent = _chained(sp, table, ents, depth)
            if ent is not None:
                return ent
        chain = ents.chains.get((sp.start, sp.end))
        if not sp.name[:1].isupper() and sp.name.split(" ")[-1].islower() and len(sp.name.split(" ")) <= 4 and \
                low in lex.CHAINED_PRONOUNS and \
                sp.name.split(" ")[0] not in lex.POSSESSIVE_DETERMINERS and \
                not (chain is not None and not chain[1].definite and not chain[1].named):
            # (not a description that brought someone new in: "A 19-year-old woman testified last
            # week. “…,” she told jurors" is that woman, not the defence lawyer named before)
            # A pronoun stage 1 resolved to a description ("The council said … it said" ->
            # "council"): the description's own antecedent, the Saskatoon Tribal Council named
            # before, by its name or title only (not "the organisation named last"), and of the
            # pronoun's sex ("she" after "the president" is no President Obama).
            # ("The 44-year-old lawmaker paused. “…,” he said": the lawmaker's, by the noun.)
            ent = _antecedent(SpeakerInfo(sp.start, sp.end, sp.name.split(" ")[-1], False, True, sp.name), table,
                              sp.start, by_name_only=True)
            if ent is not None and _agrees_in_sex(ent, lex.PRONOUN_SEX.get(low)):
                return ent.name, ent.title, ent.kind if ent.kind != UNKNOWN else sp.kind, 1.0
        words = sp.name.split(" ")
        if len(words) == 2 and words[0].lower() in lex.POSSESSIVE_DETERMINERS and words[1].lower() in lex.KIN_NOUNS \
                and low in lex.CHAINED_PRONOUNS:
            # "she" that stage 1 found to be "His daughter": the person so titled ("His daughter,
            # Bisi, a pharmacist, …"), of the pronoun's sex.
            ent = kin_person(words[0], words[1].lower(), sp.start, table)
            if ent is not None and _sex_of(ent) in (None, lex.PRONOUN_SEX.get(low)):
                return ent.name, ent.title, PERSON, 1.0
            ent = _antecedent(SpeakerInfo(sp.start, sp.end, words[1].lower(), False, True, sp.name.lower()), table,
                              sp.start, by_name_only=True)
            if ent is not None and _sex_of(ent) in (None, lex.PRONOUN_SEX.get(low)):
                return ent.name, ent.title, PERSON, 1.0
        if words[-1] in lex.LEAD_SUBJECT_NOUNS and table.lookup(sp.name) is None:
            # "An Edmonton man who told police he “just snapped”", "A Dallas woman says she …": a
            # pronoun stage 1 resolved to the lead's unnamed subject, named later (_lead_subject).
            ent = _lead_subject(sp.start, words[-1], sp.name, table, ents.headline_end)
            if ent is not None and _agrees_in_sex(ent, lex.PRONOUN_SEX.get(low)):
                return ent.name, ent.title, PERSON, 1.0
        if words[-1].islower() and table.lookup(sp.name) is None:
            # "… by a Montgomery County judge who said …" (a relative pronoun stage 1 read as the
            # lead's unnamed role): the one person of that role named just after (_lede_role).
            ent = _lede_role(sp.start, words[-1], sp.name, table, ents)
            if ent is None and len(words) <= 2:
                # "The nominee paused before answering. “…,” she said": the lead's unnamed role
                # nobody is given as a title, the person named next as a subject (_lead_role_subject).
                ent = _lead_role_subject(SpeakerInfo(sp.start, sp.end, words[-1], False, True, sp.name),
                                         table, ents, sp.start)
            if ent is not None and _agrees_in_sex(ent, lex.PRONOUN_SEX.get(low)):
                return ent.name, ent.title, PERSON, 1.0
        if sp.name.lower() in lex.UNRESOLVED_PRONOUN_NAMES:
            # Nothing agrees: say so ("unidentified man"), never "he"; the confidence is the
            # measured one of unresolved pronouns (quotex.attribution.methods.speaker_kind).
            return lex.UNRESOLVED_PRONOUN_NAMES[sp.name.lower()], None, sp.kind, 1.0
        return sp.name, clean_title(sp.title), sp.kind, 1.0
    generation = _GENERATION.match(sp.text)
    if generation is not None:
        # "the younger Kowalczyk said" after "Stanley Kowalczyk Sr. … His son, Stanley Kowalczyk
        # Jr.": of the people with that surname, the one whose suffix says which generation.
        ent = _generation(generation.group(1), generation.group(2), table)
        if ent is not None:
            return ent.name, _title_at(ent, sp) or ent.title, PERSON, 1.0
    if info is not None and info.definite and not info.plural and info.desc.lower().endswith(ELECT) and \
            len(info.desc) > len(ELECT):
        # "the MPP-elect", "the president-elect", "the mayor-elect": a person given that title
        # ("Mayor-elect Ann Lee"), else the person the story is about (the winner, named most,
        # though the loser may be named last), else the person just named ("Omar Haddad won …
        # “…,” the councillor-elect said"); never the bare "elect", nor the sitting mayor.
        want = info.desc.lower().split(" ")[-1]
        titled = [e for e in table.entities if e.kind == PERSON and
                  any(off < sp.start and want in t.lower() for off, t in e.titles)]
        ent = max(titled, key=lambda e: e.last_before(sp.start)) if titled else \
            _story_subject(table, sp.start) or _just_named(table, sp.start)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
        return info.desc, None, PERSON, UNRESOLVED_DESCRIPTION_FACTOR
    owner = _OWNED.match(sp.text)
    voices = lex.DOC_THINGS | lex.OWNER_MEDIA
    if owner is not None and owner.group(2).lower() in voices | lex.SPOKES_NOUNS | lex.ORG_BODY_NOUNS | \
            lex.PERSON_VOICE_NOUNS:
        # "ZipRide's website says it “puts safety first”", "Acme's board said": the owner speaks
        # (a person through a document only: "Trump's spokesman" is not Trump).
        # (and through the office: "Grady's office said in a statement" after "Sen. Paul Grady",
        # with "Grady" tagged a place there, which stage 1 then left unnamed)
        ent = table.lookup(owner.group(1))
        if ent is not None and info is not None and info.named and not info.plural and \
                table.lookup(info.named) is not ent:
            # "Montoya-Reyes' spokeswoman, Alicia Dorn, said", "Acme Corp.'s spokeswoman, Alicia
            # Dorn, said", "Acme's board chair, Ann Lee, said": the one named in apposition speaks
            # (below), not the owner.
            ent = None
        if ent is not None and (ent.kind == ORGANIZATION or
                                ent.kind == PERSON and owner.group(2).lower() in voices | lex.PERSON_VOICE_NOUNS):
            return ent.name, ent.title if ent.kind == PERSON else None, ent.kind, 1.0
    if info is not None and sp.end <= ents.headline_end and not info.plural and \
            sp.text.split(" ")[0].lower() not in lex.ARTICLES | lex.INDEFINITES and \
            _role_key(info.head) in lex.ROLE_NOUNS and (sp.text.split(" ")[-1].islower() or " " not in sp.text):
        # (a role alone, capitalised as a headline's first word: "Judge gives former coach 12 years")
        ent = _headline_role(info, table)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if info is not None and sp.end <= ents.headline_end and not info.plural and not info.proper and \
            sp.text.split(" ")[0].lower() in lex.ARTICLES | lex.INDEFINITES and \
            (_role_key(info.head) in lex.ROLE_NOUNS or info.head in lex.PERSON_ROLE_NOUNS or
             info.head.endswith(lex.PERSON_SUFFIXES)):
        # A headline's description with its article: "‘Flying is still very safe’: A former FAA
        # inspector on the Wexford crash", "‘It's my whole life’: the streetcar operator who has
        # driven the 501 for 30 years". The one person the story gives that role, else the person
        # the story is about (named far more than anyone: a feature's subject).
        ent = _headline_role(info, table) or _story_subject(table, 10 ** 9)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    named = info.proper if info is not None else sp.name[:1].isupper()
    if named and info is not None and info.definite and not info.plural and \
            (info.head in lex.ROLE_NOUNS or _role_key(info.head) in lex.ROLE_NOUNS) and \
            sp.text.split(" ")[0].lower() == "the" and \
            (sum(w[:1].isupper() for w in info.desc.split(" ")[:-1]) < 2 or _a_title(info.desc, table, sp.start)):
        # "the MP", "the First Minister", "the Premier": a role the parser called a proper noun is
        # still a description of someone named before (not "The New Hampshire Union Leader").
        named = False
    if not named and info is not None and info.definite and _ACRONYM.match(info.desc) and \
            table.organization(info.desc) is not None and \
            _initials(table.organization(info.desc).name) == info.desc.replace(".", ""):
        # "the CFIA said" after "The Canadian Food Inspection Agency (CFIA) issued a recall": the
        # parser made the acronym a common noun; the short form of a full name the article gave
        # (_merge_acronyms) is that name. Not "the MLA said" ("MLA" a role, no such full name).
        named = True
    if named and info is not None and info.definite and \
            any(w == info.head for w in re.findall(r"[\w'-]+", info.desc)):
        # "the Democrat convention committee" parsed with a proper-noun head: a head written in
        # lower case is a description with proper words, not a name.
        named = False
    if not named and " " in sp.text and sp.text.split(" ")[0] in lex.NAME_PARTICLES and \
            sp.text.split(" ")[-1][:1].isupper() and table.by_last.get(sp.text.split(" ")[-1].lower()):
        # "van der Berg said" after "Pieter van der Berg": a surname opening with its particle, in
        # lower case as the writer spells it mid-sentence, is a name.
        named = True
    if not named and surname_cased(sp.text) and " " not in sp.text and table.by_last.get(sp.text.lower()):
        # "Price said" after "Battalion Chief Sheldon Price": the parser read the surname as a
        # common noun; a capitalised word that is the surname of a person named in full is a name.
        named = True
    if not named and surname_cased(sp.text) and " " not in sp.text and table.first_name(sp.text) is not None:
        # (and the first name of the one person named in full with it, as features call family
        # members: "“Bags,” Anders said" after "Anders Kettleson is standing …", "Anders" a noun)
        named = True
    family = _FAMILY_PLURAL.match(sp.text)
    if family is not None and not (info is not None and not info.plural and info.head.lower() != family.group(1).lower()) \
            and any(e.forms and e.kind == PERSON for e in table.by_last.get(family.group(1)[:-1].lower(), ())):
        # "the Penners said" after Anneliese and Mark Penner: the family, people (not an
        # organisation the recogniser's label makes of a plural name).
        return family.group(1), None, GROUP, 1.0
    if info is not None and info.definite and not info.plural and sp.text.split(" ")[0].lower() == "the" and \
            info.desc.split(" ")[-1].lower() in lex.PARTY_MEMBER_NOUNS:
        # "Rules Chairman Abner Stiles, R-Tenn., defended the limits. … “…,” the Tennessee
        # Republican said": a party member of a state is the person given that state (after the
        # name, or in a title: "Wisconsin Sen. X") whose party, if written, is that one.
        ent = _party_member(info.desc, table, sp.start)
        if ent is not None:
            return ent.name, _title_at(ent, sp) or ent.title, PERSON, 1.0
    if named:
        ent = _named_entity(sp, table)
        if ent is not None and ent.kind == ORGANIZATION and re.sub(r"^[Tt]he\s+", "", sp.name) == ent.name and \
                (info is None or not info.opens_sentence or _outlet(ent)):
            # "reports The Boston Globe" as written; but a sentence's opening "The" is the article
            # any name takes there ("The United Auto Workers called the move …" is the United Auto
            # Workers a later "the union said" names), unless the name is a paper's ("The Globe").
            return sp.name, None, ORGANIZATION, 1.0
        if ent is not None:
            title = _title_at(ent, sp) or ent.title or clean_title(sp.title)
            if ent.kind == ORGANIZATION:
                title = None  # an organisation's apposition ("the agency") is its type, no title
            if not ent.forms and len(sp.name.split(" ")) >= 2 and sp.name.endswith(" " + ent.name):
                # A full name stage 1 knew from text no recogniser read ("Lael Brainard" harvested
                # before the window) beats a surname-only entity.
                return sp.name, title, PERSON, 1.0
            if not ent.forms and len(sp.name.split(" ")) == 2 and sp.name.startswith(ent.name + " ") and \
                    re.split(r",\s| and ", sp.text)[0] == ent.name and is_first_name(ent.name):
                # "said Linda and Mark Ferreira": the first name alone has the surname stage 1 read
                # off the name it is joined to ("Linda Ferreira"), not the bare "Linda".
                return sp.name, title, PERSON, 1.0
            return ent.name, title, ent.kind if ent.kind != UNKNOWN else sp.kind, 1.0
        kind = sp.kind
        if table.ambiguous(sp.text) or table.ambiguous(sp.name):
            # "Trump" with Donald and Melania both named, neither the clear one: still a person
            # (the recogniser's ORG for the bare surname is its usual mistag).
            kind = PERSON
        if info is not None and not info.plural and sp.text.split(" ")[0].lower() in lex.INDEFINITES:
            # "a New Hampshire Democrat", "an Ohio Republican": one member of a party is a person.
            kind = PERSON
        name = sp.name
        words = _words(sp.text)
        if len(words) == 1 and table.ambiguous(sp.text) and name.endswith(" " + words[0]) and \
                table.named_together(words[0], sp.start):
            # Either of two people named together ("Jean Roy and Marc Roy … Roy said"): the surname
            # as written, not the full name stage 1 happened to hold for it.
            name = words[0]
        sex = honorific_gender(sp.text.split(" ")[0]) if " " in sp.text else None
        if sex is not None and sure_first_name_gender(name) not in (None, sex):
            name = clean_name(sp.text)  # "Mr Okonjo", not the Grace Okonjo stage 1 took the surname for
        return _repair(name), clean_title(sp.title) if kind == PERSON else None, kind, 1.0
    if info is None:
        return sp.name, sp.title, sp.kind, 1.0
    # A description: "the mayor", "a spokesman for the union", "the company".
    members = info.members if info.plural else ()
    if info.plural and info.definite and not members and not info.complement and ents.described:
        # "Both coaches, Dana Brooks of the Hawks and Pat Rourke of the Wolves, said … “…,” the
        # coaches said": the members of the description of that noun given them last, a little
        # before (its own words must be the later one's: "the two senators" is no "the coaches").
        given = [d for _, d in ents.described if d.members and d.head == info.head and d.end <= sp.start and
                 sp.start - d.start <= GENERIC_ORG_REACH]
        members = max(given, key=lambda d: d.start).members if given else ()
    if info.plural and len(members) >= 2:
        # "The two senators, Susan Collins of Maine and Lisa Murkowski of Alaska, said": the people
        # named, as two people named together are ("Susan Collins and Lisa Murkowski"), a group.
        return _joined([_person_name(m, table) for m in members]), None, GROUP, 1.0
    if info.named and not info.plural and info.named_after_complement and _names_the_complement(info, table):
        info = replace(info, named=None)  # "a spokesman for the mayor, Ann Lee," with Mayor Ann Lee named before
    if info.named and not info.plural:
        # "the Israeli newspaper Haaretz", "the editor, Tim Grieve": the name given with it.
        ent = table.lookup(info.named)
        # (a kin noun is whose, not a title: "Their oldest daughter, Aaliyah,")
        desc = clean_title(info.desc)
        if ent is not None and info.named_after_complement:
            return ent.name, info.desc, PERSON, 1.0  # "spokeswoman", not the "governor" read from the apposition
        owner = _OWNED.match(sp.text)
        if (ent is None or not ent.forms) and " " not in info.named and owner is not None and \
                owner.group(2).lower() in lex.SURNAME_KIN_NOUNS:
            # "Fontaine's son, Michel, says": the first name takes the surname of the person
            # whose son he is (Gerald Fontaine named before) -> Michel Fontaine.
            whose = table.lookup(owner.group(1))
            if whose is not None and whose.kind == PERSON and whose.forms and is_first_name(info.named):
                return f"{info.named} {whose.name.split(' ')[-1]}", None, PERSON, 1.0
        if ent is not None:
            return ent.name, ent.title or (desc if ent.kind == PERSON else None), ent.kind, 1.0
        return _repair(info.named), desc if sp.kind == PERSON else None, sp.kind, 1.0
    if info.head in lex.DOC_THINGS and sp.name.islower() and sp.name != info.desc and len(sp.name.split(" ")) <= 4:
        # "The division said in a statement … “…,” the statement said": stage 1 named the document
        # by its author's description ("division"); that description's own antecedent, as for
        # "the division said" (the Louis Riel School Division named before).
        # (the author's head noun: "health authority" -> authority)
        author = replace(info, head=sp.name.split(" ")[-1], desc=sp.name, proper=False, definite=True, complement=None,
                         named=None)
        surname = _family(sp, author, ents) if sp.name in lex.FAMILY_NOUNS else None
        if surname is not None:
            return f"{surname} {sp.name}", None, GROUP, 1.0  # "The family of Dennis Marchand issued a statement"
        ent = _antecedent(author, table, sp.start)
        if ent is not None:
            return ent.name, None if ent.kind == ORGANIZATION else ent.title, \
                ent.kind if ent.kind != UNKNOWN else sp.kind, 1.0
    if info.head in lex.CAMPAIGN_NOUNS and not info.plural and not info.complement:
        # "Eastwood's campaign released a statement … “…,” the campaign said": the campaign named
        # by its candidate, its own ("the Ostrowski campaign said") or the one named last, a little
        # before; as a family is (_family).
        own = [s for off, s in ents.campaigns if sp.start <= off < sp.end]
        before = [(off, s) for off, s in ents.campaigns if off < sp.start and sp.start - off <= GENERIC_ORG_REACH]
        surname = own[-1] if own else max(before)[1] if before and info.definite and \
            sp.text.split(" ")[0].lower() == "the" else None
        if surname is not None:
            return f"{surname} {info.head}", None, ORGANIZATION, 1.0
    if info.head in lex.FAMILY_NOUNS and not info.plural:
        # "“…,” the family said" after "The family of Dennis Marchand released a statement": the
        # Marchand family, a group.
        surname = _family(sp, info, ents, table)
        if surname is not None:
            return f"{surname} {info.head}", None, GROUP, 1.0
    kin = info.head in lex.KIN_NOUNS and sp.text.split(" ")[0].lower() in lex.POSSESSIVE_DETERMINERS
    if kin and not info.complement and not info.plural:
        # "her father said": the father of the one "her" is, by what the article said of them
        # ("Her father, Réjean Gagné," or, the other way round, "Tom Berg … his daughter, Anna,").
        ent = kin_person(sp.text.split(" ")[0], info.head, sp.start, table)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if info.definite and info.head in lex.KIN_NOUNS and not kin and not info.complement and not info.plural:
        # "the daughter said" after "Kate Roy cooks. Her mother, Ann Roy, runs the inn": the one the
        # article made someone's daughter, the other way round too.
        ent = kin_person(None, info.head, sp.start, table)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if info.definite and not info.plural and info.head in lex.PARENT_NOUNS and info.complement and \
            info.complement.split(" ")[0] == "of" and info.complement.split(" ")[-1].lower() in lex.COUNT_WORDS:
        # "Outside the courthouse, Roger Arsenault said … “…,” the father of three said": a
        # description only ever written of the person just named.
        ent = _just_named(table, sp.start, lex.ROLE_GENDER.get(info.head))
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if (info.definite or kin) and (not info.complement or _seat(info)) and not info.plural:
        # (and "His daughter said" after "His daughter, Bisi, a pharmacist, …": the one so titled)
        # (``unnamed``: stage 1 left the description as its name, so a speaker who spoke just
        # before may stand for it; a name stage 1 gave through the text is not second-guessed)
        ent = _antecedent(info, table, sp.start, unnamed=not sp.name[:1].isupper())
        if ent is not None:
            return ent.name, ent.title, ent.kind if ent.kind != UNKNOWN else sp.kind, 1.0
        # A lede's role before anyone is named, titled so in the body (_lede_role, its first reading):
        # "…, with the premier accusing the NDP of “fear-mongering.”" over "Premier Gordon
        # Ballantyne defended …".
        ent = _lede_role(sp.start, info.head, info.desc, table, ents, titled=True) if not kin else None
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
        if not kin and not any(w[:1].isupper() and not _place_word(w, table) for w in info.desc.split(" ")[:-1]):
            # "Senators … pressed the nominee to lead the FAA on Wednesday.¶Marisa Quennell-Obi,
            # a former …, told the committee …" and later "“…,” the nominee replied": the lead's
            # unnamed role nobody is given as a title is the person named next as a subject.
            ent = _lead_role_subject(info, table, ents, sp.start)
            if ent is not None:
                return ent.name, ent.title, PERSON, 1.0
        ent = _renamed(info, table) if not kin else None
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if info.definite and not info.plural and info.head in lex.PAIR_NOUNS and not info.complement and \
            not sp.name[:1].isupper():
        # "Sen. Omar Reyes (D-N.M.) and Sen. Beth Cole (R-Maine) wrote to the FDA. “…,” the pair
        # wrote": a noun for two people is the last two named together, whatever their roles.
        pair = _named_pair(info, table, sp.start, any_role=True)
        if pair is not None:
            # (not when two organisations were named together since: "Acme Corp. and Beta Inc.
            # announced the merger. “…,” the two said" is no pair of senators named before)
            since = max(s for e in pair for s in e.together if s < sp.start)
            if not any(e.kind == ORGANIZATION and any(since < s < sp.start for s in e.together) for e in table.entities):
                return f"{pair[0].name} and {pair[1].name}", None, GROUP, 1.0
    if info.definite and info.plural and not info.complement and not sp.name[:1].isupper():
        # "Sen. Eamon Grady (D-N.Y.) and Sen. Celeste Montour (R-Maine) released a joint letter. “…,”
        # the senators wrote": the two people named together just before with that role.
        pair = _named_pair(info, table, sp.start)
        if pair is None:
            # "Reps. X and Y said … The two lawmakers said in a joint statement …¶“…,” the
            # lawmakers said": the same description as a subject a little before stands for the
            # pair named within reach of it.
            said = [d.start for _, d in ents.described if d.plural and d.head == info.head and d.start < sp.start
                    and sp.start - d.start <= GENERIC_ORG_REACH]
            pair = _named_pair(info, table, max(said)) if said else None
        leader = _team_leader(table, sp.start)
        if pair is not None and (leader is None or max(s for s in leader.leads if s < sp.start) <
                                 max(s for e in pair for s in e.together if s < sp.start)):
            # (a group "led by" someone named after the pair is the later one: the leader below)
            return f"{pair[0].name} and {pair[1].name}", None, GROUP, 1.0
        if info.head in lex.TEAM_MEMBER_NOUNS:
            # "A team led by Halvard Nnamdi-Poole … found that … “…,” the researchers wrote": the
            # team's leader, named before (the study's lead author).
            leader = _team_leader(table, sp.start)
            if leader is not None:
                return leader.name, leader.title, PERSON, 1.0
        elif info.head in lex.ORG_TYPE_NOUNS and info.head not in lex.ROLE_NOUNS:
            # "22 environmental groups, led by the Environmental Working Group, sent a letter …
            # “…,” the groups wrote": a coalition speaks through the organisation leading it.
            leader = _team_leader(table, sp.start, ORGANIZATION)
            if leader is not None:
                return leader.name, None, ORGANIZATION, 1.0
        elif _role_key(info.head) in lex.ROLE_NOUNS:
            # "14 Democratic members of the delegation, led by Rep. Ana Ruelas, signed a letter …
            # “…,” the lawmakers wrote": a group led by someone of that role speaks through its
            # leader (not a group led by a coach for "the senators").
            leader = _team_leader(table, sp.start)
            head = _role_key(info.head)
            if leader is not None and (head in leader.role_nouns(sp.start) or
                                       ({head} | lex.ROLE_FAMILIES.get(head, set())) & leader.title_heads(sp.start)):
                return leader.name, leader.title, PERSON, 1.0
    if info.definite and not info.plural and not sp.name[:1].isupper() and \
            (info.head in lex.SPOKES_NOUNS or info.head in lex.ORG_BODY_NOUNS):
        # "the hospital's board called the decision “…”": the organisation whose board it is, Mitchell
        # County Hospital named before ("the company's spokesman" likewise).
        owner = _POSSESSED.match(info.desc)
        if owner is not None and owner.group(1).lower() in lex.ORG_TYPE_NOUNS | lex.COMPANY_NOUNS:
            noun = owner.group(1).lower()
            ent = _antecedent(SpeakerInfo(info.start, info.end, noun, False, True, noun), table, sp.start,
                              unnamed=True)
            if ent is not None and ent.kind == ORGANIZATION:
                return ent.name, None, ORGANIZATION, 1.0
    if info.head in lex.SPOKES_NOUNS and not info.plural and not sp.name[:1].isupper():
        # An unnamed spokesperson speaks for the organisation: "a spokesperson for the department"
        # is Immigration, Refugees and Citizenship Canada named before; "An Army spokesperson told
        # … “…,” the spokesperson said" is the Army's.
        ent = _spokesperson_org(info, sp.start, table, ents)
        if ent is not None:
            return ent.name, None, ORGANIZATION, 1.0
    if sp.text.split(" ")[0].lower() in ("a", "an") and not info.plural and not info.complement and \
            sp.text.endswith(sp.name):
        ent = _lead_subject(sp.start, info.head, info.desc, table, ents.headline_end)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if sp.text.split(" ")[0].lower() in ("a", "an") and not info.plural and not sp.name[:1].isupper():
        # "a spokesperson for Natural Resources Minister Paul Desrosiers said the government “…”"
        # then "“…,” wrote the spokesperson, Olivia Brandt.": an unnamed role the writer names
        # soon after is that person (_named_next).
        ent = _named_next(info, sp.end, table, ents)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    name = sp.name
    if info.desc.endswith("-old") and not name.endswith("-old"):
        name = info.desc  # "34-year" read from "the 34-year-old": the age as written
    if not info.plural and not info.proper:
        # "A federal judge on Tuesday blocked the rule, saying it was “arbitrary.”¶ U.S. District
        # Judge Ann Lee wrote …": the lead's unnamed role, named just after (_lede_role).
        # (or a relative pronoun stage 1 named by its noun: "by a Montgomery County judge who said")
        noun = info.head if info.head not in lex.RELATIVE_WORDS else sp.name.split(" ")[-1]
        ent = _lede_role(sp.start, noun, info.desc if noun == info.head else sp.name, table, ents) \
            if noun.islower() else None
        if ent is None and noun == info.head and \
                any(_POSSESSIVE.search(w) and _place_word(w, table) for w in info.desc.split(" ")[:-1]) and \
                not any(w[:1].isupper() and not _place_word(w, table) for w in info.desc.split(" ")[:-1]):
            # "South Korea's nominee for unification minister defended her record …, telling
            # lawmakers “…”.¶Lee Ji-won, a 58-year-old former diplomat, was named last month …": a
            # place's role in the lead, which keeps the name for the next paragraph, is the
            # person named next as a subject (_lead_role_subject), after the quote too.
            ent = _lead_role_subject(info, table, ents, sp.end + LEAD_NAME_REACH)
        if ent is not None:
            return ent.name, ent.title, PERSON, 1.0
    if info.desc.endswith(" " + name) and any(w[:1].isupper() for w in info.desc.split(" ")):
        # "the Democrat convention committee": the description, not its head noun alone.
        name = info.desc
    if info.complement and not name.endswith(info.complement):
        # "a spokesman for the union" -> "spokesman for the union": whose spokesman it is.
        name = f"{name} {info.complement}"
    kind = sp.kind
    if kind == UNKNOWN and not info.plural and (info.head in lex.ROLE_NOUNS or info.head in lex.PERSON_ROLE_NOUNS or
                                                info.head in lex.KIN_NOUNS):
        # "a neighbour who did not want to be named … the neighbour said": a noun for a person
        # left unresolved is still a person.
        kind = PERSON
    if kind == UNKNOWN and info.head in lex.FAMILY_NOUNS and not info.plural:
        kind = GROUP  # "the family said", no family named: still people, a group
    title = sp.title
    if title and title.split(" ")[-1].lower() in lex.KIN_NOUNS:
        title = None  # "Their oldest daughter, Aaliyah,": kin is whose, not a title
    return name, title, kind, UNRESOLVED_DESCRIPTION_FACTOR if info.definite else 1.0


def _chained(sp, table: EntityTable, ents: DocEntities, depth: int,
             lex=ENGLISH) -> Optional[tuple[str, Optional[str], str, float]]:
    """What a pronoun speaker stage 1 resolved to a description stands for: whom that description
    names where the article wrote it, when of the pronoun's agreement: the name given with it, its
    members (a plural's), the title or organisation it is a noun of (_antecedent there: "Mayor Ann
    Lee spoke. The mayor defended the increase. “…,” she said"; "The company blamed falling
    catches. … “…,” it said" is Atlantic Seafoods), else the person the sentence before was about
    (entities.focus_before: "Bill Clinton's hair was whiter. … the former president spoke … “…,”
    he said" is Bill Clinton, not "former president"). Not the looser readings of a description
    that speaks itself (the subject who spoke before, _renamed: "“…,” said Ann Lee, who chairs the
    board.¶The treasurer said … “…,” she said" is the treasurer). None when the description names
    no one; ``depth`` stops a chain met while resolving another (``CHAIN_DEPTH``)."""
    chain = ents.chains.get((sp.start, sp.end))
    if chain is None or depth >= CHAIN_DEPTH:
        return None
    text, info, focus = chain
    if info.start >= sp.start or info.plural != (sp.text.lower() == "they"):
        return None
    if info.plural:
        if len(info.members) < 2:
            return None
        # "The two senators, Susan Collins of Maine and Lisa Murkowski of Alaska, issued a joint
        # statement. “…,” they said"
        return _joined([_person_name(m, table) for m in info.members]), None, GROUP, 1.0
    ent = table.lookup(info.named) if info.named and not info.named_after_complement else None
    if ent is None and info.definite and not info.complement:
        ent = _antecedent(info, table, info.start, unnamed=True)
    name, title, kind = (ent.name, ent.title, ent.kind) if ent is not None else (None, None, None)
    owned_kin = info.head in lex.KIN_NOUNS and re.search(r"\w['’]s\b", info.desc) is not None
    if ent is None and info.definite and focus and not owned_kin:
        # (not someone's kin: "The victim's sister testified. “…,” she told jurors" is the sister,
        # not the lawyer the sentence before was about)
        # Nothing titles anyone so: the person the sentence before was about, as a feature varies
        # the reference ("Bill Clinton's hair was whiter … the former president spoke"). The
        # pronoun that goes on with the description vouches for it as much as a quote before
        # would (see _renamed): the story is following that person.
        ent = _renamed(replace(info, prev_subject=focus, prev_spoke=True, prev_pronoun_at=-1), table)
        if ent is not None:
            name, title, kind = ent.name, ent.title, PERSON
    if ent is None:
        return None
    kind = kind if kind != UNKNOWN else sp.kind
    low = sp.text.lower()
    if low in lex.PRONOUN_SEX:
        if kind != PERSON or not _agrees_in_sex(ent, lex.PRONOUN_SEX[low]):
            return None
    elif low == "it" and kind != ORGANIZATION:
        return None
    return name, title, kind, 1.0


def _person_name(name: str, table: EntityTable) -> str:
    """The canonical name of the person ``name`` is in the table ("Collins" -> "Susan Collins"),
    else the name as written."""
    ent = table.lookup(name)
    return ent.name if ent is not None and ent.kind == PERSON else name


def _joined(names: list[str]) -> str:
    """Several people as one group's name, as two named together are written: "Ann Lee and Bob
    Stone", "Ann Lee, Bob Stone and Carl Roy"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _family(sp, info: SpeakerInfo, ents: DocEntities, table: Optional[EntityTable] = None) -> Optional[str]:
    """The surname of the family a family noun speaks for: its own ("Dennis Marchand's family",
    "the Marchand family"), else for "the family" the one named last before it, a little before
    ("The family of Dennis Marchand released a statement. … the family said"); for "his family"
    the surname of the man named last. None for "a family", or with no name to go by."""
    own = [s for off, s in ents.families if sp.start <= off < sp.end]
    if own:
        return own[-1]
    first = sp.text.split(" ")[0].lower()
    if first in ("his", "her") and table is not None and sp.text.lower().endswith(info.head):
        # "his family said": the family of the man named (or quoted) last, by his surname.
        owner = _owner(first, sp.start, table)
        return owner.name.split(" ")[-1] if owner is not None and owner.forms else None
    if not info.definite or first != "the":
        return None
    before = [(off, s) for off, s in ents.families if off < sp.start and sp.start - off <= GENERIC_ORG_REACH]
    if before:
        return max(before)[1]
    if table is not None:
        # "Their mother, Rosa Sandoval, stood beside her. The family later released a statement":
        # the family of the person just named as someone's kin, by her surname.
        ent = _just_named(table, sp.start)
        if ent is not None and ent.forms and (any(off < sp.start for off, _n, _w in ent.kin) or
                                              any(off < sp.start and r in ENGLISH.KIN_NOUNS for off, r in ent.roles)):
            return ent.name.split(" ")[-1]
    return None


def _a_title(desc: str, table: EntityTable, before: int) -> bool:
    """Whether a description is written as the title a person was given before offset ``before``:
    "the Cape Breton MLA" after "Cape Breton MLA Kendra Coombes" describes her, however many
    capitalised words it has (not "The New Hampshire Union Leader", nobody's title)."""
    low = desc.lower()
    return any(e.kind == PERSON and any(off < before and re.search(r"(?:^|\s)" + re.escape(low) + r"$", t.lower())
                                        for off, t in e.titles) for e in table.entities)


def _names_the_complement(info: SpeakerInfo, table: EntityTable) -> bool:
    """Whether the name after a description's complement ("a spokeswoman for the governor, Gina
    Morrow,") is the complement's person: named before the description, or given the
    complement's role as a title ("Gov. Gina Morrow"). Otherwise it is the speaker's: a newsroom
    writes "a spokesman for Mayor Ann Lee" when it introduces the mayor."""
    ent = table.lookup(info.named)
    if ent is None:
        return False
    if 0 <= ent.first < info.start:
        return True
    words = [w for w in (info.complement or "").split(" ") if w.isalpha()]
    # (a title given before the description: the one read from this very apposition, "the
    # governor, Gina Morrow", says nothing)
    return bool(words) and _role_key(words[-1]) in ent.role_nouns(info.start)


def _named_entity(sp, table: EntityTable) -> Optional[Entity]:
    """The entity a named mention is: by its text ("Trump's", "Mr. Peskov", "Donald J. Trump"),
    else by the name stage 1 gave, else by a known name inside a junk mention ("Trump Warns
    Clinton": the first known name)."""
    # "Matthews, MSNBC's Alex Lee and Reuters' Ann Roe": the first of several named together.
    first = re.split(r",\s| and ", sp.text)[0] if " and " not in sp.name else sp.name
    label = table.labels.get(sp.start)
    sex = honorific_gender(first.split(" ")[0]) if " " in first else None
    for cand in (first, sp.text, None, sp.name):
        if cand is None:
            # A surname two people share is the one named just before, whatever full name stage 1
            # gave it ("Gord Downie's brother Mike Downie spoke. … Downie said" is Mike).
            latest = _latest_namesake(sp, table)
            if latest is not None:
                return latest
            continue
        if cand is sp.name and sex is not None and sure_first_name_gender(sp.name) not in (None, sex):
            continue  # "Mr. Haldane" is not the Susan Haldane stage 1's registry holds for the surname
        if cand is sp.name and len(_words(sp.text)) == 1 and table.ambiguous(sp.text) and \
                table.named_together(_words(sp.text)[0], sp.start):
            continue  # nor is "Roy" after "Jean Roy and Marc Roy" the one stage 1 held for it
        ent = table.lookup(cand)
        if ent is not None and sex is not None and ent.kind == PERSON and _namesake_sex(ent) not in (None, sex):
            continue  # nor is "Mr Okonjo" Grace Okonjo, the only Okonjo named in full
        if ent is not None and ent.kind == PERSON and sp.kind != PERSON and label is not None and \
                label != "PERSON" and not _may_be_person(label, sp.text) and \
                not (ent.forms and 0 <= ent.first < sp.start):
            # "Israel said" is the country, though a Steve Israel is named later; after "Rep. Steve
            # Israel, a New York Democrat, said …", or "Diane Deans, chair of the board," a bare
            # "Israel"/"Deans" that speaks is the person, whatever the recogniser's label.
            continue
        if ent is not None:
            return ent
    ends = [e for e in table.entities if e.kind == PERSON and any(
        sp.text.endswith(" " + f) and any(is_role(w) for w in sp.text[:-len(f)].split()) for f in e.forms)]
    if len(ends) == 1 and " and " not in sp.text and "," not in sp.text:
        # A mention that ends in a full name after a title no list holds ("Ontario Minister of
        # Labour Monte McNaughton"): that person.
        return ends[0]
    words = _words(sp.text)
    if len(words) >= 3 and " and " not in sp.text and "," not in sp.text:
        # Only at the start, where a headline's subject is: "CNN President On Trump" is CNN's
        # president, not Trump.
        for n in (2, 1):
            ent = table.person(" ".join(words[:n]))
            if ent is not None and ent.kind == PERSON:
                return ent
    return None




def _latest_namesake(sp, table: EntityTable) -> Optional[Entity]:
    """A bare surname two people of the document share (:meth:`EntityTable.namesake`)."""
    words = _words(sp.text)
    if len(words) != 1 or not table.ambiguous(sp.text):
        return None
    sex = honorific_gender(sp.text.split(" ")[0]) if " " in sp.text else None
    return table.namesake(words[0], sp.start, sex)


# How close (characters) the other namesake's full name must be to take a surname its first owner
# has been using: "Her son, Marc Dufresne, drove in. “…,” Dufresne said" is Marc.
NAMESAKE_CLOSE = 150
# How close (characters) two namesakes' full names must start to be named together ("Jean Roy and
# Marc Roy"): a bare surname after them is either one.
NAMED_TOGETHER = 30


def _surname_owner(full: list, table: EntityTable, surname: str) -> Optional[Entity]:
    """Of people sharing ``surname``, the one the writer already called by the bare surname before
    any other of them was named (None if nobody was)."""
    if len(full) < 2:
        return None
    first = min(full, key=lambda e: e.first)
    others = min(e.first for e in full if e is not first)
    bare = table.bare.get(surname.lower(), ())
    return first if any(first.first < b < others for b in bare) else None




def clean_title(title: Optional[str], lex=ENGLISH) -> Optional[str]:
    """A title only if it holds a role word: "defiant" (from "a defiant Trump") or an outlet
    ("CNN's") is none; "former Secretary of State" is one."""
    if not title:
        return None
    title = re.sub(r"^(?:a|an|the)\s+", "", title, flags=re.I)  # "Ellison, a retired headteacher,"
    if title.split(" ")[0].lower() in lex.POSSESSIVE_DETERMINERS and " " in title:
        title = title.split(" ", 1)[1]  # "His spokeswoman, Crystal Staley,": her title is spokeswoman
    if title.split(" ")[-1].lower() in lex.KIN_NOUNS:
        return None  # "Their oldest daughter, Aaliyah,": kin is no title (see entities.name_mention)
    words = re.findall(r"[A-Za-z][\w.-]*", title)
    if not any(is_role(w) or _role_key(w) in lex.ROLE_NOUNS for w in words):
        # A short noun phrase for a person makes one too: "retired headteacher", "demographer at
        # Emory University"; an age ("52"), a name, an adjective ("defiant", "confident"), "his
        # friend" or a clause ("broker who represents sellers") does not.
        if not any(w.islower() and (w.endswith(lex.ROLE_NOUN_SUFFIXES) or w in lex.PERSON_ROLE_NOUNS) for w in words) or \
                len(words) > 6 or re.search(r",|\b(?:who|which|that|whose|his|her|their)\b", title, re.I):
            return None
    return None if title.lower().rstrip(".") in lex.COURTESY else title


def _title_at(ent: Entity, sp) -> Optional[str]:
    """The title written with this very mention, if any ("said Mayor Ann Lee")."""
    for off, t in ent.titles:
        if sp.start <= off < sp.end or off == sp.start - 1:
            return t
    return None


def _repair(name: str, lex=ENGLISH) -> str:
    """A name with no entity behind it, cleaned: "Of Clinton" -> "Clinton", "Lee's" -> "Lee"."""
    words = _POSSESSIVE.sub("", clean_name(name)).split(" ")
    while len(words) > 1 and words[0].lower() in lex.LEADING_JUNK:
        words = words[1:]
    out = " ".join(words) if words else name
    return out if len(out) > 1 else name


def _agrees_in_sex(ent: Entity, sex: Optional[str], surname: bool = False) -> bool:
    """Whether ``ent`` can be the "he"/"she" of sex ``sex``: by its honorifics and first name; a
    surname alone with neither ("Obama" for a "she") cannot be checked, so it does not agree
    (unless ``surname``: then it may)."""
    if sex is None:
        return True
    said = {honorific_gender(h) for h in ent.honorifics} - {None}
    if said:
        return said == {sex}
    if not ent.forms:
        return surname
    return first_name_gender(ent.name) in (None, sex)


_AGE = re.compile(r"\b(\d{1,3})-(year|month)-old\b")
_HEIGHT = re.compile(r"\b\d-foot(?:er|-\d{1,2})\b")  # "the 7-footer", "the 6-foot-3 guard"


def _by_age(info: SpeakerInfo, table: EntityTable, before: int, lex=ENGLISH) -> Optional[Entity]:
    """The person an age description stands for: "the 34-year-old" after "Jane Roe, 34,", "the
    teenager" after "Luc, now 17,"; the one given that age latest, none when no age fits."""
    m = _AGE.search(info.desc)
    if m is not None:
        low = high = int(m.group(1)) if m.group(2) == "year" else 0
    elif info.head in lex.AGE_NOUNS:
        low, high = lex.AGE_NOUNS[info.head]
    else:
        return None
    # (of the noun's sex: "Maria Santos, 42, her daughter, Ana, 9, and her son, Luis, 12 … the boy
    # said" is Luis)
    sex = lex.ROLE_GENDER.get(info.head)
    cands = [e for e in table.entities if e.kind != ORGANIZATION and e.age_before(before) is not None and
             low <= e.age_before(before) <= high and (sex is None or _sex_of(e) in (None, sex))]
    if not cands:
        if info.head in lex.ROLE_NOUNS:
            return None  # "the 40-year-old mayor": the role decides (see _antecedent), not who spoke last
        # Nobody given that age: "the 29-year-old" is the person the text just named ("Jenny
        # MacLeod is no relation to her skip. … said the 29-year-old"), unless another age was hers.
        ent = _just_named(table, before)
        if info.prev_pronoun_at >= 0 and (ent is None or max(s for s in ent.subjects if s < before) <
                                          info.prev_pronoun_at):
            # Or, when the sentence before has "he"/"she" as its subject after that name, the one
            # the pronoun stands for: "Marsh, the co-founder, watched from the front row. In an
            # interview, he said he had worn a prototype.¶“…,” the 58-year-old said" is Marsh,
            # not the analyst named as a subject a paragraph earlier.
            sex = lex.PRONOUN_SEX.get(info.prev_subject)
            who = _pronoun_person(table, info.prev_pronoun_at, sex)
            if who is None:
                # (a surname alone says no sex: "Hartley, the founder, watched. Afterward, he said
                # …": the person named last before the pronoun, if not of the other sex)
                people = [e for e in table.entities if e.kind == PERSON and
                          0 <= info.prev_pronoun_at - e.last_before(info.prev_pronoun_at) <= JUST_NAMED_REACH]
                last = max(people, key=lambda e: e.last_before(info.prev_pronoun_at), default=None)
                who = last if last is not None and _sex_of(last) in (None, sex) else None
            if who is not None and (who.age_before(before) is None or low <= who.age_before(before) <= high):
                return who
        age = ent.age_before(before) if ent is not None else None
        if ent is not None and age is not None and not low <= age <= high:
            # The one just named was given another age: the one other person named close by whose
            # age the article never gave ("The 52-year-old skip … MacLeod drew to the four-foot,
            # and d'Entremont's attempt slid through. “…,” the 24-year-old said" is d'Entremont).
            near = [e for e in table.entities if e.kind == PERSON and e is not ent and e.age_before(before) is None and
                    0 <= before - e.last_before(before, said=False) <= JUST_NAMED_REACH]
            return near[0] if len(near) == 1 else None
        return ent if ent is not None and (age is None or low <= age <= high) else None
    return max(cands, key=lambda e: e.last_before(before))


def _lead_subject(start: int, head: str, desc: str, table: EntityTable, body: int,
                  lex=ENGLISH) -> Optional[Entity]:
    """The person a lead's unnamed subject is: "An Edmonton man who told police he “just snapped”
    has been found guilty … in the case of Corey Whitford, 29, …" -> Corey Whitford. News writing
    keeps the name for later, then names the subject as it names anyone in the story: the first
    person named after the description who is of the noun's sex (and age, if given) and has no role
    title, when given an age ("Corey Whitford, 29,") or when nobody else fits. Only if the body named
    nobody before the description (after names it is someone else: "Mayor Ann Lee spoke first. A
    resident said …"). ``head`` is the description's noun, ``desc`` its words, ``start`` the
    mention's offset, ``body`` where the headline ends."""
    if head not in lex.LEAD_SUBJECT_NOUNS:
        return None
    people = [e for e in table.entities if e.kind == PERSON]
    if any(body <= s < start and s not in e.quoted for e in people for s, _ in e.mentions):
        return None
    sex = lex.ROLE_GENDER.get(head)
    age = _AGE.search(desc)
    # (no one the article gives a role: Justice Margaret Oyelaran and Defence lawyer Tomasz
    # Wiśniewski are not "an Edmonton man")
    # (and named soon after, as the subject is: "a young boy shouted" in a feature's first line is
    # no "Clinton Hill" read as a person fifty paragraphs on)
    cands = [e for e in people if e.forms and not e.dead and start < e.first <= start + LEAD_NAME_REACH and
             not e.titles and
             (sex is None or _sex_of(e) in (None, sex)) and
             (age is None or age.group(2) != "year" or e.ages and e.ages[0][1] == int(age.group(1)))]
    if not cands:
        return None
    first = min(cands, key=lambda e: e.first)
    if first.first in first.together:
        return None  # "Ravi Sandhu and his cousin Arjun Mehta were stopped": either
    # The first one named is the subject when named the way news names one ("Darren Kowal, 36,")
    # or when nobody else fits at all ("Kayla Bear told CTV …").
    return first if first.ages or len(cands) == 1 else None


def _lede_role(start: int, head: str, desc: str, table: EntityTable, ents: DocEntities,
               titled: bool = False, lex=ENGLISH) -> Optional[Entity]:
    """The person a lede's unnamed role stands for, one the story gives that role after it. Only when
    the story brought in nobody unnamed with that role before (that one is the role: "“…,” a Carrier
    executive tells employees. As boos erupt, the executive says …" is no Robert McDonough, "a
    senior executive at the parent company", named after) and named nobody before it in the body.
    ``head`` is the description's noun, ``desc`` its words, ``start`` the mention's offset. Two
    readings, as the caller asks:

    - ``titled`` (a definite role, "the premier", "the minister"): nobody at all named in the body
      before it; the one person the story gives the role ("…, with the premier accusing the NDP of
      “fear-mongering.”" over "Premier Gordon Ballantyne said …"), by a title given in the body
      with the role and every word of the description ("The city’s new mayor rejected …" is Mayor
      Tom Berg; not "London's Muslim mayor rebuffs Trump" read as Trump's title, nor "the British
      capital's new mayor" for a mayor titled otherwise);
    - otherwise (a role written with any article, or a relative pronoun read as it): nobody named
      before it as a subject or a speaker in the body (a byline's and a newsroom's line name people
      too, "By Keisha Brantley / The Dayton Daily Ledger"); the one person with a title of that
      role named first soon after it ("A former youth coach … was sentenced Thursday by a
      Montgomery County judge who said his betrayal was “staggering.”¶… Common Pleas Judge Mary
      Katherine Doyle imposed the maximum" -> Mary Katherine Doyle; two judges leave it open)."""
    key = _role_key(head)
    if key not in lex.ROLE_NOUNS:
        return None
    body = ents.headline_end
    if any(a < start and (info.head == head if titled else not info.proper and _role_key(info.head) == key)
           for (a, _b), info in ents.speakers.items()):
        return None  # brought in unnamed with that role before
    people = [e for e in table.entities if e.kind == PERSON]
    if any(body <= s < start and (titled or s not in e.quoted and (s in e.subjects or s in e.speaks))
           for e in people for s, _ in e.mentions):
        return None  # somebody named before it
    holders = _role_holders(table, key)
    if not holders:
        return None
    if titled:
        ent = _one_holder(holders, desc, lex)
        own = {w.lower() for w in desc.split(" ")[:-1]}
        if ent is not None and any(off >= body and key in {_role_key(w) for w in t.split(" ")} and
                                   own <= set(t.lower().split(" ")) for off, t in ent.titles):
            return ent
        return None
    # (the description's own capitalised words written in the title: "a Carrier executive" is no
    # executive "at the parent company"; a place's words need not be: "a Montgomery County judge"
    # is Common Pleas Judge Doyle)
    # (a place's possessive too: "Ontario's attorney general" is Attorney General Caroline Mulroney)
    own = [w for w in desc.split(" ")[:-1] if w[:1].isupper() and w.lower() not in lex.ARTICLES | lex.INDEFINITES
           and not _place_word(w, table)]
    holders = [e for e in holders if all(_written_in(w, " ".join(t for _, t in e.titles)) or w in e.name for w in own)]
    if len(holders) != 1 or not start < holders[0].first <= start + LEAD_NAME_REACH:
        return None
    return holders[0]


def _named_pair(info: SpeakerInfo, table: EntityTable, before: int,
                lex=ENGLISH, any_role: bool = False) -> Optional[tuple[Entity, Entity]]:
    """The two people a plural role description stands for: the last two named together ("A and
    B", within ``NAMED_TOGETHER`` characters) before offset ``before`` and within
    ``JUST_NAMED_REACH`` of it, each given that role or one of its family ("Sen." for "the
    senators", "Rep." and "Sen." for "the lawmakers"). None when the last two named together do
    not both hold it (then the description stays as written). With ``any_role`` ("the pair"), any
    two people named together."""
    head = _role_key(info.head)
    if head not in lex.ROLE_NOUNS and not any_role:
        return None
    family = {head} | lex.ROLE_FAMILIES.get(head, set())
    firsts = sorted(((s, e) for e in table.entities if e.kind == PERSON and e.forms
                     for s in e.together if s < before), key=lambda p: p[0])
    for (a, first), (b, second) in reversed(list(zip(firsts, firsts[1:]))):
        end = next(t for s, t in first.mentions if s == a)
        if first is second or b - end > NAMED_TOGETHER and not a <= second.joined.get(b, -1) < end:
            # (further apart when the parse joins them across the first's apposition: "Sen. Ann
            # Lee, a Democrat from Ohio, and Sen. Tom Voss")
            continue
        # (each named again since, by the surname, keeps the pair in reach: "Reps. Ann Lee and Bob
        # Stone said … Lee said … Stone said … The two lawmakers said in a statement")
        if before - max(b, min(first.last_before(before), second.last_before(before))) > JUST_NAMED_REACH:
            return None
        if any_role or all(head in e.role_nouns(before) or family & e.title_heads(before) for e in (first, second)):
            return first, second
        return None
    return None


def _team_leader(table: EntityTable, before: int, kind: str = PERSON) -> Optional[Entity]:
    """The person (or organisation, of ``kind``) named last before offset ``before`` as a team's
    leader ("a team led by X"), if nobody else was named as one before it: two teams leave "the
    researchers" open."""
    leaders = [e for e in table.entities if e.kind == kind and any(s < before for s in e.leads)]
    return leaders[0] if len(leaders) == 1 else None


def _lead_role_subject(info: SpeakerInfo, table: EntityTable, ents: DocEntities, before: int,
                       lex=ENGLISH) -> Optional[Entity]:
    """The person a lead's unnamed role stands for when the story gives nobody that role as a title
    (entities.lead_roles): the first person named as a clause's subject after it, within
    ``LEAD_NAME_REACH``, of the role's sex, if the body named nobody before it."""
    head = _role_key(info.head)
    if head not in lex.ROLE_NOUNS or _role_holders(table, head):
        return None
    offs = [off for off, noun in ents.lead_roles if _role_key(noun) == head and off < before]
    if not offs:
        return None
    off = offs[0]
    if any(a <= off < b and not info.definite and not re.search(r"\w['’]s\b", info.desc)
           for (a, b), info in ents.speakers.items()):
        # The role spoke as itself, one of many: '"We were not told," said a union official who
        # asked not to be named.' -- "the official said" later is that official, not the
        # spokeswoman named next. (Not a role that is one person's, which the lead names later:
        # "South Korea's nominee for unification minister defended her record, saying “…”".)
        return None
    people = [e for e in table.entities if e.kind == PERSON and e.forms]
    if any(ents.headline_end <= s < off and s not in e.quoted and
           (s >= ents.lead_start or s in e.subjects or s in e.speaks)
           for e in people for s, _ in e.mentions):
        # (someone named before it: "Sen. X said the nominee would …" is no lead keeping a name;
        # a byline's names before the lead's line are not: "By Kim Ha-eun and Jonathan Pryce")
        return None
    sex = lex.ROLE_GENDER.get(head)
    # (not one the story gives another role he holds: "Ontario's attorney general defended the cut
    # … NDP justice critic Gurratan Singh said" -- the critic is no attorney general; "Lee Ji-won, a
    # 58-year-old former diplomat," may be the nominee)
    family = {head} | lex.ROLE_FAMILIES.get(head, set())

    def other_role(title: str) -> bool:
        words = [w.lower() for w in re.split(r"[\s-]+", title)]
        roles = {_role_key(w) for w in words} & lex.ROLE_NOUNS
        return bool(roles) and not roles & family and not set(words) & lex.PAST_ROLE_MODIFIERS
    people = [e for e in people if not any(other_role(t) for _, t in e.titles)]
    firsts = [(min(s for s in e.subjects if s > off), e) for e in people
              if any(off < s <= off + LEAD_NAME_REACH and s < before for s in e.subjects)]
    if not firsts:
        return None
    ent = min(firsts, key=lambda p: p[0])[1]
    return ent if sex is None or _sex_of(ent) in (None, sex) else None


def _place_word(word: str, table: EntityTable) -> bool:
    """Whether a capitalised word of a description is a place's ("South Korea's nominee"): a word of
    an entity of the table that is a place, without its possessive."""
    word = _POSSESSIVE.sub("", word)
    places = [m.text for m in (table.ents.names if table.ents is not None else ()) if m.label in ("GPE", "LOC")]
    return any(word in n.split(" ") for n in places) or \
        any(word in e.name.split(" ") for e in table.entities if _place(e) or _governed_place(e.name))


def _role_holders(table: EntityTable, head: str, lex=ENGLISH) -> list[Entity]:
    """The people named in full whom the story gives role ``head`` (or one of its family) anywhere
    in it: what a headline's or a lede's role, written before the name, can stand for."""
    family = {head} | lex.ROLE_FAMILIES.get(head, set())
    end = 10 ** 9  # (titles given anywhere in the story)
    return [e for e in table.entities if e.kind == PERSON and e.forms and
            (head in e.role_nouns(end) or family & e.title_heads(end))]


def _headline_role(info: SpeakerInfo, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """The person a headline's role stands for, named in the story below it: "Manitoba premier
    says province will “not back down”" over "Premier Wab Kinew says …", "Fed chair warns of
    ‘painful’ road ahead" over "Federal Reserve Chair Jerome Powell". Headlines write the role
    with a place or a body and no article (see _one_holder)."""
    return _one_holder(_role_holders(table, _role_key(info.head)), info.desc, lex)


def _one_holder(cands: list[Entity], desc: str, lex=ENGLISH) -> Optional[Entity]:
    """Of the people given a role (_role_holders), the one a description of it stands for: the
    only one, or of several the one whose title or name has the description's own capitalised
    words ("Manitoba premier" -> the premier of Manitoba); None when that leaves not exactly one."""
    own = [w for w in desc.split(" ")[:-1] if w[:1].isupper()]
    if own and len(cands) > 1:
        cands = [e for e in cands if all(w in " ".join(t for _, t in e.titles) or w in e.name or
                                         w.lower() in _home_places(e, lex) for w in own)]
    return cands[0] if len(cands) == 1 else None


def _story_subject(table: EntityTable, before: int) -> Optional[Entity]:
    """The person a story is about by offset ``before``: named outside quotes at least
    ``STORY_SUBJECT_MIN`` times and twice as often as anyone else (the winner of an election-night
    story, whom "the MPP-elect" stands for paragraphs after the name)."""
    counts = sorted(((sum(1 for s, _ in e.mentions if s < before and s not in e.quoted), k)
                     for k, e in enumerate(table.entities) if e.kind == PERSON), reverse=True)
    if counts and counts[0][0] >= STORY_SUBJECT_MIN and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
        return table.entities[counts[0][1]]
    return None


def _latest_subject(table: EntityTable, before: int, reach: int, speaks: bool = False) -> Optional[Entity]:
    """The entity named last as a clause's subject (with ``speaks``, a speech verb's) before offset
    ``before``, if within ``reach`` characters."""
    best, at = None, -1
    for e in table.entities:
        last = max((s for s in (e.speaks if speaks else e.subjects) if s < before), default=-1)
        if last > at:
            best, at = e, last
    return best if best is not None and before - at <= reach else None


def _place(ent: Entity) -> bool:
    """Whether the entity is a place: the recogniser called it one (GPE, LOC) more often than
    anything else, or every mention outside quotes stands where a place does ("in Dartmouth")."""
    place = ent.labels["GPE"] + ent.labels["LOC"]
    said = len(ent.mentions) - len(ent.quoted)
    return place > 0 and place >= sum(ent.labels.values()) - place or said > 0 and ent.located >= said


def _just_named(table: EntityTable, before: int, sex: Optional[str] = None) -> Optional[Entity]:
    """The person named last as a clause's subject before offset ``before``, within
    ``JUST_NAMED_REACH`` characters and not of the other sex; None if there is none (an
    organisation or nobody was the subject), so that a description nothing names stays as written."""
    # (a road, a building or a place is no speaker that came between: "Maria Delgado says she was
    # relieved to hear Route 9 would not be cut. “…,” the 43-year-old says" is still hers)
    best, at = None, -1
    for e in table.entities:
        if e.kind == ORGANIZATION and (_place(e) or e.labels["FAC"] > sum(e.labels.values()) - e.labels["FAC"]):
            continue
        last = max((s for s in e.subjects if s < before), default=-1)
        if last > at:
            best, at = e, last
    best = best if best is not None and before - at <= JUST_NAMED_REACH else None
    described = _described_subject(table, at, before)
    if described is not False:
        # "Senior guard Maya Ellis scored 20 points. Coach Dana Brooks praised her defence.¶The
        # senior guard, who transferred from Iowa State, had struggled. “…,” the 22-year-old said":
        # the text went on about the guard after naming the coach. Or about someone it never
        # named: "Mayor Ann Lee visited the scene. The driver, who was taken to hospital, is in
        # stable condition. “…,” the 61-year-old said" is no Ann Lee.
        best = described
    if best is None or best.kind == ORGANIZATION or \
            best.kind != PERSON and not best.forms and best.labels["PERSON"] == 0:
        return None  # ("The hospital said … the 40-year-old building … the 40-year-old said": nobody)
    if sex is not None and _sex_of(best) not in (None, sex):
        return None
    return best


def _described_subject(table: EntityTable, after: int, before: int):
    """The person a description that was a clause's subject between offsets ``after`` and
    ``before`` (within ``JUST_NAMED_REACH`` of ``before``; the latest) stands for, resolved where
    it stands as any description speaking there is; None when it names nobody, False when there
    is no such description. Each is resolved once; a chain of them stops after ``CHAIN_DEPTH``
    steps (False beyond)."""
    ents = table.ents
    if ents is None or not ents.described or table.following >= CHAIN_DEPTH:
        return False
    last = [(text, info) for text, info in ents.described
            if (not info.plural or info.members) and after < info.start and info.end <= before and before - info.start <= JUST_NAMED_REACH]
    if not last:
        return False
    text, info = max(last, key=lambda d: d[1].start)
    if info.start not in table.described:
        table.following += 1
        try:
            name, _title, kind, factor = resolve_speaker(Speaker(text, info.start, info.end, info.desc, None, PERSON),
                                                         info, table, ents, depth=CHAIN_DEPTH)
        finally:
            table.following -= 1
        ent = table.lookup(name) if name[:1].isupper() and factor == 1.0 and kind == PERSON else None
        table.described[info.start] = ent if ent is not None and ent.kind == PERSON else None
    return table.described[info.start]


def _name_tail(info: SpeakerInfo, table: EntityTable, before: int, lex=ENGLISH) -> Optional[Entity]:
    """The organisation a description of two or more words repeats the end of the name of, in
    lower case: "the coast guard" after "the Canadian Coast Guard", "the school board" after the
    "Halton District School Board" (the latest named, within GENERIC_ORG_REACH). Not a role ("the
    prime minister" is no "Office of the Prime Minister"), nor a description with a capitalised word
    of its own ("the Ontario school board")."""
    words = [w for w in info.desc.split(" ") if w.lower() not in lex.ARTICLES]
    if len(words) < 2 or info.plural or not all(w.isalpha() and w.islower() for w in words) or \
            _role_key(info.head) in lex.ROLE_NOUNS:
        return None
    named = [e for e in table.entities if e.kind == ORGANIZATION and e.mentions_before(before) and
             [w.lower() for w in e.name.split(" ")[-len(words):]] == words and len(e.name.split(" ")) > len(words) and
             0 <= before - e.last_before(before) <= GENERIC_ORG_REACH]
    return max(named, key=lambda e: e.last_before(before)) if named else None


def _antecedent(info: SpeakerInfo, table: EntityTable, before: int, by_name_only: bool = False, lex=ENGLISH,
                unnamed: bool = False) -> Optional[Entity]:
    """The entity a definite description stands for, named before offset ``before``.

    A role noun ("the mayor", "the senator") matches a person whose title has it ("Mayor Ann Lee",
    "Sen. Lee", "Lee, the mayor of …"), the latest named first; an organisation noun ("the
    company", "the security firm") matches an organisation whose name has the noun ("the
    committee" -> the House Ethics Committee), else the organisation named most up to there.
    """
    head = _role_key(info.head)
    aged = _by_age(info, table, before)
    if aged is not None or _AGE.search(info.desc) and info.head not in lex.ROLE_NOUNS:
        # (an age no one was given, on a role noun: the role decides, "the 61-year-old governor")
        return aged
    tail = _name_tail(info, table, before)
    if tail is not None:
        return tail
    # The description's own capitalised words must be in the entity's title or name: "the
    # Florida senator" is not any senator, "the Clinton campaign" names itself.
    words = info.desc.split(" ")[:-1]
    # (the town of a "Town, Prov.-based" modifier is where too: "the Laval, Que.-based company")
    own = [w for k, w in enumerate(words) if w[:1].isupper() and not _TYPE_MODIFIER.search(w) and
           not (w.endswith(",") and k + 1 < len(words) and _TYPE_MODIFIER.search(words[k + 1]))]
    if head in lex.PLACE_GOVERNMENT_NOUNS and not own:
        # "Harris County officials said … “…,” the county said": the place named with that word
        # speaks through its government ("City of Hamilton", "Town of Ajax").
        named = [e for e in table.entities if e.mentions_before(before) and head in e.name.lower().split(" ") and
                 before - e.last_before(before) <= GENERIC_ORG_REACH]
        return max(named, key=lambda e: e.last_before(before)) if named else None
    if head in lex.ORG_TYPE_NOUNS or head in lex.COMPANY_NOUNS or head in lex.GOVERNMENT_NOUNS or \
            head in lex.ORG_NOUNS and head not in lex.ROLE_NOUNS:
        if own:
            return None
        orgs = [e for e in table.entities if e.kind == ORGANIZATION and e.mentions_before(before)]
        people = [e for e in table.entities if e.kind == PERSON and e.forms and head in e.title_heads(before)]
        if people and not any(head in e.name.lower().split(" ") or head in e.role_nouns(before) for e in orgs):
            # A noun for a company or a person ("developer", "publisher", "producer") the article
            # gave only a person: "Tillman, a former real estate developer from Scottsdale, … the
            # former real estate developer told reporters" is Tillman, not a station named between.
            return max(people, key=lambda e: e.last_before(before))
        if not ({head} | set(info.desc.lower().split(" "))) & lex.OUTLET_TYPE_NOUNS:
            # A news outlet is where someone spoke, not what "the company" or "the agency" is:
            # "Intercontinental Terminals Co. told KHOU 11 News … “…,” the company said".
            orgs = [e for e in orgs if not _outlet(e)]
        if head in lex.COMPANY_NOUNS:
            # A company is no place: "Walter Pruett, 84, of Mesa … In a statement, the company said"
            # is SunCrest, not Mesa (a town may speak as "the city", never as "the company").
            orgs = [e for e in orgs if not _place(e) and e.last_before(before, said=False) >= 0]
            # (and one the writer named, not one inside someone's words: "“Like every provider in
            # the Commonwealth, we …,” the company said" is no Commonwealth)
        # By its name ("the committee" -> the House Ethics Committee) or by the noun it was given
        # in apposition ("Shared Health Manitoba, the agency that … said. … the agency said").
        named = [e for e in orgs if head in e.name.lower().split(" ") or head in e.role_nouns(before)]
        if not named:
            # The noun before the head says the type: "the police service" after "Halifax Regional
            # Police", "the security firm" after "Paladin Security".
            lower = [w for w in info.desc.lower().split(" ")[:-1] if w.isalpha() and w not in lex.ARTICLES]
            # Not one whose name says another type: "the budget office" is no Senate Budget Committee.
            types = lex.ORG_TYPE_NOUNS | lex.COMPANY_NOUNS
            named = [e for e in orgs if set(lower) & set(e.name.lower().replace("(", "").split(" ")) and
                     not (types & set(e.name.lower().split(" "))) - {head} and
                     before - e.last_before(before) <= GENERIC_ORG_REACH]
        if not named and head in lex.BODY_OF_ROLE and not by_name_only:
            body = _ministers_body(table, before, head)
            if body is not None:
                return body
        if not named and head in lex.GOVERNMENT_NOUNS:
            # "Parks Canada closed the trails … the agency said", "Environment Canada has issued a
            # warning. The weather agency said …" (after a B.C. Wildfire Service also called "the
            # agency" far back): the government body named last, a little before.
            named = [e for e in orgs if _government(e) and before - e.last_before(before) <= GENERIC_ORG_REACH]
            # And the organisation that spoke just before, if its name says no other type: "the
            # FBI confirmed that it … The agency declined to detail …" is the FBI, though a
            # Justice Department was named with it.
            subj = _latest_subject(table, before, JUST_NAMED_REACH, speaks=True)
            types = lex.ORG_TYPE_NOUNS | lex.COMPANY_NOUNS
            # (no company: "Northfield Pharma said it was cooperating. … the agency said" is the FDA)
            if named and subj is not None and subj.kind == ORGANIZATION and subj not in named and \
                    not (types & set(subj.name.lower().split(" "))) - {head} and not _company(subj, before):
                named.append(subj)
            if not named and not (subj is not None and subj.kind == ORGANIZATION):
                # (one that spoke just before goes first, below: "In a statement, Crown-Indigenous
                # Relations and Northern Affairs Canada said … including Red Willow's … “…,” the
                # department said")
                # A public body whose name says no type, named by the writer just before (the
                # source of a figure, not a speaker yet): "About 7 in 10 students sleep too little,
                # according to the Centers for Disease Control and Prevention.¶“…,” the agency says".
                # Not a company, a place or a body whose name says another type (a union, a party).
                near = [e for e in orgs if not _company(e, before) and not _place(e) and
                        not (types & set(e.name.lower().split(" "))) - {head} and
                        0 <= before - e.last_before(before, said=False) <= JUST_NAMED_REACH and
                        e.last_before(before, said=False) >= 0]
                if near:
                    return max(near, key=lambda e: e.last_before(before, said=False))
        if not named and head in lex.TYPE_NAME_WORDS:
            # A name that says the type another way: "the union" after "Air Line Pilots Association".
            typed = [e for e in orgs if lex.TYPE_NAME_WORDS[head] & set(e.name.lower().replace("(", "").split(" ")) and
                     not (head in lex.COMPANY_NOUNS and lex.NOT_COMPANY_WORDS & set(e.name.lower().split(" ")))]
            # (a union is no airline: "Air Line Pilots Association … the airline said" is WestJet)
            named = [e for e in typed if before - e.last_before(before) <= GENERIC_ORG_REACH]
            if not named and len(typed) == 1:
                named = typed  # the only one of the article, however far back ("CUPE Local 1157")
        if named and head not in lex.COMPANY_NOUNS and all(_company(e, before) for e in named):
            # "The Independent Community Bankers of America, which represents smaller lenders, said
            # … “…,” the group said": a body that is no company, speaking just before, over the
            # companies whose names merely end in the word ("Heartland Financial Group").
            subj = _latest_subject(table, before, JUST_NAMED_REACH, speaks=True)
            if subj is not None and subj.kind == ORGANIZATION and subj not in named and not _company(subj, before) and \
                    subj.last_before(before) > max(e.last_before(before) for e in named):
                return subj
        if named:
            # "the committee" -> the House Ethics Committee named before.
            best = max(named, key=lambda e: e.last_before(before))
            if before - best.last_before(before) > GENERIC_ORG_REACH and not by_name_only:
                # Unless that one was named far back and another organisation spoke just before,
                # whose name says no other type: "Heartland Financial Group and Prairie State
                # merge … (many paragraphs) … The Independent Community Bankers of America said the
                # merger was a worrying trend. “…,” the group said" is the bankers' group.
                subj = _latest_subject(table, before, JUST_NAMED_REACH, speaks=True)
                types = lex.ORG_TYPE_NOUNS | lex.COMPANY_NOUNS
                if subj is not None and subj.kind == ORGANIZATION and subj not in named and \
                        not (types & set(subj.name.lower().split(" "))) - {head}:
                    return subj
            return best
        if head not in lex.COMPANY_NOUNS and not by_name_only and unnamed:
            # "In an email, Immigration, Refugees and Citizenship Canada said it could not comment.
            # “…,” the department wrote": a government's department, agency or force is rarely
            # named with its type word; it is the organisation that spoke in the sentence before,
            # if its name says no other type ("the department" is no Manitoba Nurses Union).
            # (Not "the company": a union or a ministry that spoke between is not the firm.)
            subj = _latest_subject(table, before, JUST_NAMED_REACH, speaks=True)
            types = lex.ORG_TYPE_NOUNS | lex.COMPANY_NOUNS
            # (and a public body is no company: "Northpine Mining Corp. said it would close the
            # mine. … “…,” the detachment said" is the police, not the miner)
            if subj is not None and subj.kind == ORGANIZATION and \
                    not (types & set(subj.name.lower().split(" "))) - {head} and \
                    not (head in lex.GOVERNMENT_NOUNS and _company(subj, before)):
                return subj
        orgs = [e for e in orgs if (e.name.split(" ")[-1].lower() not in lex.INSTITUTION_WORDS or _postal(e)) and
                not lex.NOT_COMPANY_WORDS & ({w.lower().rstrip(".") for w in e.name.split(" ")} | e.role_nouns(before)) and
                before - e.last_before(before) <= GENERIC_ORG_REACH]
        if by_name_only:
            # A pronoun through a description ("Atlantic Seafoods Ltd. closed the plant. The company
            # says it had no choice. “…,” it said"): the company only when named just before.
            # And one that says it is a company ("Ltd.", or given a company's type): a party
            # ("GOP") named between is not what "a company called …, which … it" meant.
            orgs = [e for e in orgs if before - e.last_before(before) <= CHAINED_ORG_REACH and _company(e, before)]
        if head not in lex.GENERIC_ORG_NOUNS and head not in lex.COMPANY_NOUNS or not orgs:
            return None
        # "the company", "the firm": the organisation named last, a little before (not a
        # legislature, a ministry or a newspaper: "the Senate", "The Post" are no company; nor a
        # union: "Acme Corp. … the Steelworkers Local 12 … the firm said" is Acme). Named by the
        # writer: the quote before "the company said" may name another ("“Birch Mountain can be
        # part of …,” the company said" is Northpine, named last outside quotes, not its mine).
        return max(orgs, key=lambda e: (e.last_before(before, said=False), e.last_before(before)))
    if head in lex.FILING_NOUNS and info.definite and not own:
        # "The lawsuit, filed by Blue Mesa Cattle Co., says … “…,” the lawsuit says": a filing
        # speaks for whoever the article says filed it, the filer named last.
        filer = _filer(table, before)
        if filer is not None:
            return filer
    if head in lex.DOC_THINGS and info.definite and unnamed:
        # "Indigenous Services Canada said … The department said … “…,” the statement read": a
        # statement speaks for the organisation that issued it, the one that spoke just before.
        # Not a person: a letter, a book or an email is as often someone else's, to or about the
        # person quoted last ("Republicans wrote to Comey … the letter said").
        subj = _latest_subject(table, before, STATEMENT_REACH, speaks=True)
        subj = subj if subj is not None and subj.kind == ORGANIZATION else None
        # Or the one a spokesperson spoke for, when later: "A spokesperson for the Executive Office
        # for Immigration Review said in an email that … “…,” the statement said."
        spoken = [(max(o for o in e.spokes_spoke if o < before), e) for e in table.entities
                  if e.kind == ORGANIZATION and any(o < before for o in e.spokes_spoke)]
        spoken = [(o, e) for o, e in spoken if before - o <= STATEMENT_REACH]
        if spoken:
            at, org = max(spoken, key=lambda p: p[0])
            if subj is None or at > max(s for s in subj.speaks if s < before):
                return org
        return subj
    if _HEIGHT.search(info.desc) and info.definite and not own:
        # "the 7-footer said" after "Center Ryan Kalkmann-Moss had 18 points": a player's height,
        # which recaps give for the player just named.
        return _just_named(table, before)
    if head in lex.STANDING_NOUNS and info.definite and not own:
        # "the sophomore said", "the senior said": a player's or a student's year, which recaps
        # give for the person just named ("Redhawks linebacker Matt Grant, who had 11 tackles, said
        # … “…,” the senior said") or title with it before ("senior Matt Grant").
        titled = [e for e in table.entities if e.kind == PERSON and head in e.title_heads(before)]
        if titled:
            return max(titled, key=lambda e: e.last_before(before))
        just = _just_named(table, before)
        if just is not None and just.title_heads(before) & lex.ROLE_NOUNS - lex.POSITION_NOUNS - lex.STANDING_NOUNS:
            # A year is a student's or a player's, not that of someone titled with a calling: "A
            # lawyer for several members, Jessica Holtzman, said … an Engineering sophomore who
            # asked not to be named … “…,” the sophomore said" is no Holtzman.
            return None
        return just
    # (a position the tagger reads as an adverb is a role here: "the running back", "the forward")
    role = head in lex.ROLE_NOUNS or head in lex.ADVERB_ROLE_NOUNS or head in lex.POSITION_NOUNS
    by_title = False
    if not role and head.isalpha() and info.definite:
        # Any noun the article made a person's title is a role for that person: "Singer Ana Torres
        # … the singer said", "Elder Angie Joseph-Rear … the elder said" (no list of every
        # calling; the title written before the name is the evidence). Only for the person named
        # last: "cast actor Michael B. Jordan … “Broad City” star Arturo Castro … the actor" is
        # Castro, whom the writer did not title so.
        role = by_title = any(e.kind == PERSON and head in e.title_heads(before) for e in table.entities)
    if not role and head not in lex.KIN_NOUNS and head not in lex.PERSON_ROLE_NOUNS and \
            info.definite and not own and head.isalpha():
        # Any other noun that is a word of an organisation's name named a little before: "the
        # chamber" after "The Calgary Chamber of Commerce said", "the church", "the museum".
        # Or the noun the article gave it in apposition: "Rideau Transit Group, the consortium that
        # maintains the trains, … “…,” the consortium said".
        named = [e for e in table.entities if e.kind == ORGANIZATION and e.mentions_before(before) and
                 (head in [w.lower() for w in e.name.split(" ")[1:]] or head in e.role_nouns(before)) and
                 before - e.last_before(before) <= GENERIC_ORG_REACH]
        return max(named, key=lambda e: e.last_before(before)) if named else None
    if not role and head not in lex.KIN_NOUNS:
        return None
    family = {head} | lex.ROLE_FAMILIES.get(head, set())
    # An honorific that is a profession counts as its role: "Dr. Irene Vasquez … the doctor said".
    # A synonym counts only as the head of a title: "the judge" is Justice Hélène Roy, not
    # Justice Minister Ann Lee.
    cands = [e for e in table.entities if e.kind == PERSON and
             (head in e.role_nouns(before) or family & e.title_heads(before) or
              family & {r for h in e.honorifics for r in lex.HONORIFIC_ROLES.get(h, ())})]
    if by_title:
        people = [e for e in table.entities if e.kind == PERSON and e.mentions_before(before)]
        # (a subject the recogniser left untagged counts: "Lindahl said he would watch the costs")
        latest = max(people, key=lambda e: max([e.last_before(before)] + [s for s in e.subjects if s < before]),
                     default=None)
        # (a role what the person did gives is the article's own word for her, wherever she was
        # named: "Kayla Desrosiers testified … Defence lawyer Mark Oyelowo asked … “No,” the
        # witness replied")
        cands = [e for e in cands if e is latest or any(off < before and r == head for off, r in e.roles)]
    # Where the description puts the role ("the Manitoba MP", "the MP for Rimouski-Neigette"):
    # the riding or province, capitalised, before the noun or in its "for" complement (_seat).
    # (only for a member written by the acronym of the house, "MP", "MLA", "MPP": "the Florida
    # senator" nobody was titled with stays the description, which a reader takes as written)
    where = [w for w in own if info.proper and _place_word(w, table)] + \
        ([w for w in info.complement.replace("–", " ").replace("-", " ").split(" ")[1:] if w[:1].isupper()]
         if _seat(info) else [])
    if where and not any(any(_written_in(w, " ".join(t for _, t in e.titles)) or w in e.name or
                             w.lower() in _home_places(e, lex) for w in where) for e in cands):
        # Nobody given the role was given that place: the description is news about the person
        # the text was just reporting, who was introduced by another role ("NDP environment
        # critic Thomas Whitehorse went further. He called on … “…,” the Manitoba MP said"; "The
        # NDP critic, Richard Castonguay, … He asked … “…,” the MP for Rimouski-Neigette said"),
        # not the latest MP named elsewhere with another riding.
        just = _just_named(table, before)
        if just is not None and just.kind == PERSON:
            return just
    if own:
        titled = cands
        # (a party word agrees with the party written after the name: "Sen. Harold Lind, R-Neb., …
        # the GOP senator said")
        cands = [e for e in cands if all(_written_in(w, " ".join(t for _, t in e.titles)) or w in e.name or
                                         w.lower() in _home_places(e, lex) or
                                         lex.PARTY_LETTERS.get(w.lower()) in _parties(e, before) for w in own)]
        if not cands and titled:
            # A party word nobody's written party answers for agrees with a holder of the role whose
            # party the article never gives: "Iowa Gov. Cynthia Halvorsen-Price vetoed the bill. …
            # the Republican governor wrote" (but not "Gov. Ann Lee, D-Iowa, … the Republican
            # governor": a written party that differs rules her out).
            cands = [e for e in titled if not _parties(e, before) and
                     all(_written_in(w, " ".join(t for _, t in e.titles)) or w in e.name or
                         w.lower() in _home_places(e, lex) or w.lower() in lex.PARTY_LETTERS for w in own)]
        last = max((s for e in table.entities if e.kind == PERSON for s in e.subjects if s < before), default=-1)
        # (nor one whose title has a qualifier of its own that is not the description's: "German
        # Chancellor Olaf Scholz … the Mexican leader said" is someone else)
        # (a team's plural name is no such qualifier: "Flames defenceman Jonas Hart … the Calgary
        # defenceman")
        qualified = bool(titled) and any(w[:1].isupper() and not is_role(w) and w not in own and not w.endswith("s")
                                         for _, t in titled[0].titles for w in t.split(" ")[:-1])
        if not cands and len(titled) == 1 and before - last <= JUST_NAMED_REACH and last in titled[0].subjects \
                and not titled[0].places and not qualified:
            # "defenceman Jonas Hart … Jonas Hart said the Flames had to move on.¶“…,” the Calgary
            # defenceman said": the one person with the role, the person last named as a subject
            # (the team after him is no person), though no title of his has the team's place (a
            # second person with the role leaves it open). Not one given another place: "Sen. Tom
            # Reed of Maine spoke first. “…,” the Ohio senator said" brings in someone else.
            cands = titled
    # A rank makes another office: "the mayor" is Mayor Margaret Osei, not Deputy Mayor Farah
    # Siddiqui named after her; "the grand chief" is Grand Chief Ernest Lafferty, not Chief
    # Rosalie Beaulieu after him. (A title read without its rank, "Nishnawbe Aski Nation Grand
    # Chief Derek Meekis" kept as "Chief", leaves the one chief: nobody else has the rank.)
    ranks = {w for w in info.desc.lower().split(" ")[:-1]} & lex.RANK_MODIFIERS
    ranked = [e for e in cands if {w for off, t in e.titles if off < before
                                   for w in t.lower().split(" ")} & lex.RANK_MODIFIERS == ranks]
    if ranked:
        cands = ranked
    sex = lex.ROLE_GENDER.get(info.head)
    if sex is not None and info.head not in lex.WEAK_ROLES:
        # "the spokeswoman" is not the man given the title "spokesperson" ("Mr. Jensen").
        cands = [e for e in cands if _sex_of(e) in (None, sex)]
    if not cands and head in lex.FALLBACK_ROLE_FAMILIES:
        weak = lex.FALLBACK_ROLE_FAMILIES[head]
        cands = [e for e in table.entities if e.kind == PERSON and weak & e.title_heads(before) and
                 all(_written_in(w, " ".join(t for _, t in e.titles)) for w in own)]
    if not cands and head in lex.POSITION_NOUNS and not own and \
            not any(e.kind == PERSON and family & e.title_heads(before) for e in table.entities):
        # "Chase-Welles caught 11 passes … “…,” the receiver said": a position nobody was given as
        # a title is the player just named.
        return _just_named(table, before)
    if not cands:
        return None
    return max(cands, key=lambda e: e.last_before(before))


# How far after an unnamed role ("a spokesperson for the minister said") the writer names the person
# who holds it ("wrote the spokesperson, Olivia Brandt"): the next paragraph or two.
NAMED_NEXT_REACH = 500


def _named_next(info: SpeakerInfo, after: int, table: EntityTable, ents: DocEntities,
                lex=ENGLISH) -> Optional[Entity]:
    """The person an indefinite role speaking at offset ``after`` turns out to be: the one the writer
    names within NAMED_NEXT_REACH after it by the same role, definite, with the name in apposition
    ("A spokesperson for the minister said … “…,” wrote the spokesperson, Olivia Brandt." -> Olivia
    Brandt). Not a person introduced afresh with a title ("A federal judge blocked it … Later, U.S.
    District Judge Tom Reyes wrote a second order" is another judge), nor when anyone was given
    the role before (then "a spokesperson" is another one)."""
    key = _role_key(info.head)
    if key not in lex.ROLE_NOUNS:
        return None
    if any(e.kind == PERSON and key in e.role_nouns(after) for e in table.entities):
        return None
    named = {n.named for (a, _b), n in ents.speakers.items()
             if after < a <= after + NAMED_NEXT_REACH and n.definite and not n.plural and n.named and
             _role_key(n.head) == key and not n.named_after_complement}
    ents_named = [table.lookup(n) for n in named]
    ents_named = [e for e in ents_named if e is not None and e.kind == PERSON]
    return ents_named[0] if len(ents_named) == 1 else None


def _seat(info: SpeakerInfo) -> bool:
    """Whether a description is an elected office written in capitals with the seat it holds: "the
    MP for Rimouski-Neigette–Témiscouata–Les Basques", "the MLA for Flin Flon" (a riding, which
    says which MP; "a spokesperson for Hydro One" is whose, another matter)."""
    words = (info.complement or "").split(" ")
    return info.proper and info.definite and len(words) >= 2 and words[0] == "for" and words[1][:1].isupper()


def _party_member(desc: str, table: EntityTable, before: int, lex=ENGLISH) -> Optional[Entity]:
    """The person "the Kentucky Republican", "the Arizona Democrat" stands for: of the people named
    before offset ``before`` with that state written after the name ("Walter Brandt of Kentucky",
    "Maribel Santangelo (D-Ariz.)") or in a title ("Wisconsin Sen. Tobias Renner"), those whose
    party is not written otherwise ("R-", "Democratic Rep."), the one named last. Without a state
    ("the Republican said"), the one person whose party is written so. None when nobody agrees."""
    words = desc.split(" ")
    party = lex.PARTY_LETTERS[words[-1].lower()]
    place = " ".join(words[:-1]).lower()
    standing = [w.lower() for w in words[:-1] if not w[:1].isupper()]
    if standing:
        # "freshman state Rep. Keisha Branham, D-Cedar Park, … the freshman Democrat said": a
        # standing before the party ("freshman", "veteran", "first-term") is no state; of the
        # people whose party is written so, the one titled with that word, else the only one.
        # (an age, "the 72-year-old Democrat", is left to the rest)
        if not all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in standing) or \
                any(w[:1].isupper() for w in words[:-1]):
            return None
        people = [e for e in table.entities if e.kind == PERSON and e.forms and 0 <= e.first < before and
                  _parties(e, before) == {party}]
        titled = [e for e in people if any(off < before and set(standing) <= set(t.lower().split(" "))
                                           for off, t in e.titles)]
        if titled:
            return max(titled, key=lambda e: e.last_before(before))
        return people[0] if len(people) == 1 else None

    def from_place(e: Entity) -> bool:
        return place in _home_places(e, lex) or \
            any(off < before and re.search(r"(?:^|\s)" + re.escape(place) + r"\b", t.lower()) for off, t in e.titles)

    people = [e for e in table.entities if e.kind == PERSON and e.forms and 0 <= e.first < before]
    if place:
        cands = [e for e in people if from_place(e) and _parties(e, before) <= {party}]
        if not cands:
            # "Her counterpart, Senate Majority Leader Ray Dunphy, was unmoved. “…,” the Kentucky
            # Republican said": nobody's state is written; the person just named as a subject,
            # when nothing written of him says another place or party ("Iowa Gov. Ann Lee" is no
            # Kentucky Republican), and the article described nobody with a party noun before
            # ("Sen. Paul Wirth, a Montana Republican, …": such descriptions are its way of giving
            # states, and one not read is no licence to guess).
            ent = _just_named(table, before)
            described = table.ents is not None and any(
                m.start < before and m.text.lower() in lex.PARTY_MEMBER_NOUNS for m in table.ents.names)
            if ent is not None and not described and ent.forms and not ent.places and _parties(ent, before) <= {party} and \
                    not any(off < before and _place_word(w, table) for off, t in ent.titles for w in t.split(" ")):
                return ent
    else:
        cands = [e for e in people if _parties(e, before) == {party}]
        if len(cands) != 1:
            return None
    return max(cands, key=lambda e: e.last_before(before)) if cands else None


def _parties(e: Entity, before: int, lex=ENGLISH) -> set[str]:
    """The party letters written for a person before offset ``before``: after the name ("R-Neb.")
    or in a title ("Republican Sen.", "GOP Rep.") -> {"R"}."""
    out = set(e.parties)
    out.update(lex.PARTY_LETTERS[w] for off, t in e.titles if off < before
               for w in t.lower().split(" ") if w in lex.PARTY_LETTERS)
    return out


def _home_places(ent: Entity, lex=ENGLISH) -> set[str]:
    """The places written after a person's name, in full: "Sen. Wade Calloway of Texas", "Sen. Ray
    Calder (R-Ariz.)" -> {"texas"}, {"arizona"}; what "the Texas senator", "the Arizona senator"
    agree with when no title of theirs names the state."""
    out = set()
    for p in ent.places:
        low = p.lower().replace(" ", "")
        out.add(lex.AP_STATE_ABBREVIATIONS.get(low, p.lower().rstrip(".")))
    return {w for p in out for w in [p, *p.split(" ")]}


def _written_in(word: str, title: str) -> bool:
    """Whether a description's capitalised word is in a title, as written or as the initials of
    capitalised words there: "the PQ MNA" after "Parti Québécois energy critic Martin Ouellon",
    "the NDP critic" after "New Democratic Party critic Ann Lee"."""
    if word in title:
        return True
    if any(syn in title.lower() for syn in ENGLISH.PARTY_SYNONYMS.get(word.lower(), ())):
        return True
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 5):
        return False
    caps = [w for w in re.findall(r"[^\W\d_]+", title)]
    for i in range(len(caps) - len(word) + 1):
        run = caps[i:i + len(word)]
        if all(w[:1].isupper() for w in run) and "".join(w[0] for w in run) == word:
            return True
    return False


def _ministers_body(table: EntityTable, before: int, noun: str, lex=ENGLISH) -> Optional[Entity]:
    """The body a minister named a little before offset ``before`` heads, when no organisation of
    that noun was named: "B.C.'s minister of forests, Ravi Sandhar, was not available. In a
    statement, the ministry said …" -> "B.C. Ministry of Forests"; "Health Minister Ann Lee" ->
    "Health Ministry". Only when one minister is titled so in that reach (two leave it open)."""
    role = lex.BODY_OF_ROLE[noun]
    found = []
    for e in table.entities:
        if e.kind != PERSON:
            continue
        for off, t in e.titles:
            words = t.split(" ")
            low = [w.lower() for w in words]
            if off >= before or before - off > GENERIC_ORG_REACH or role not in low:
                continue
            k = low.index(role)
            place = words[0][:-2] if k and re.search(r"['’]s$", words[0]) and words[0][:1].isupper() else None
            body = noun.capitalize()
            if k + 2 < len(words) and low[k + 1] == "of":
                # "minister of forests" -> "Ministry of Forests"
                portfolio = " ".join(w if w.lower() in lex.ACRONYM_SKIP else w[:1].upper() + w[1:] for w in words[k + 2:])
                name = f"{body} of {portfolio}"
            elif k and words[k - 1][:1].isupper() and not re.search(r"['’]s$", words[k - 1]):
                # "Health Minister" -> "Health Ministry" (the capitalised words right before the
                # role: not "former"; a possessive before them is the place, "B.C.'s")
                j = k
                while j > 0 and words[j - 1][:1].isupper() and not re.search(r"['’]s$", words[j - 1]) and \
                        words[j - 1].lower() not in lex.TITLE_SKIP:
                    j -= 1  # (not "Former", "Deputy": the minister's standing, not the body's name)
                if j == k:
                    continue
                name = f"{' '.join(words[j:k])} {body}"
                place = words[j - 1][:-2] if j and re.search(r"['’]s$", words[j - 1]) and words[j - 1][:1].isupper() \
                    else None
            else:
                continue
            found.append((off, f"{place} {name}" if place else name))
    if len({n for _, n in found}) != 1:
        return None
    return Entity(found[0][1], ORGANIZATION)


def _filer(table: EntityTable, before: int) -> Optional[Entity]:
    """Who filed the lawsuit or complaint the article tells of, named as its filer last before
    offset ``before`` ("filed by Acme Corp.", "Acme sued"); None when no one was."""
    filers = [(max(o for o in e.filed if o < before), e) for e in table.entities if any(o < before for o in e.filed)]
    return max(filers, key=lambda p: p[0])[1] if filers else None


def _spokesperson_org(info: SpeakerInfo, before: int, table: EntityTable, ents: DocEntities,
                      lex=ENGLISH) -> Optional[Entity]:
    """The organisation an unnamed spokesperson speaks for: the one its complement describes ("for
    the department", "for the company": that description's antecedent), or the one its own
    capitalised words name ("an Army spokesperson"); for "the spokesperson" with neither, that of
    the spokesperson introduced a little before. None when no organisation is found (the name stays
    "spokesperson for the union")."""
    words = (info.complement or "").split(" ")
    if len(words) >= 3 and words[0] in lex.SPOKES_PREPS and words[1] == "the" and words[-1].islower():
        noun = words[-1]
        # (and a place's government: "a spokesperson for the city" after "The City of Surrey")
        if noun in lex.ORG_TYPE_NOUNS or noun in lex.COMPANY_NOUNS or noun in lex.PLACE_GOVERNMENT_NOUNS:
            desc = " ".join(words[2:])
            ent = _antecedent(SpeakerInfo(info.start, info.end, noun, False, True, desc), table, before, unnamed=True)
            return ent if ent is not None and ent.kind == ORGANIZATION else None
        return None
    if info.complement:
        return None
    own = [w for w in info.desc.split(" ")[:-1] if w[:1].isupper()]
    if own:
        ent = table.organization(" ".join(own))
        return ent if ent is not None and ent.kind == ORGANIZATION else None
    earlier = [(a, i) for (a, _b), i in ents.speakers.items() if a < before and before - a <= GENERIC_ORG_REACH and
               i.head == info.head and not i.definite and not i.plural and i is not info]
    if info.definite:
        # "A spokesperson for the City of Surrey said … “…,” the spokesperson said": the
        # organisation a spokesperson was last introduced for, a little before.
        spoken = [(max(o for o in e.spoken_for if o < before), e) for e in table.entities
                  if e.kind == ORGANIZATION and any(o < before for o in e.spoken_for)]
        spoken = [(o, e) for o, e in spoken if before - o <= GENERIC_ORG_REACH]
        prev = max(earlier, key=lambda p: p[0]) if earlier else None
        if spoken and (prev is None or max(spoken, key=lambda p: p[0])[0] > prev[0]):
            return max(spoken, key=lambda p: p[0])[1]
        if prev is not None and (prev[1].desc != info.desc or prev[1].complement):
            return _spokesperson_org(prev[1], prev[1].start, table, ents)
        return None
    # "NHS England said it was working hard to cut waits. “…,” a spokesperson said": the
    # organisation that spoke just before.
    subj = _latest_subject(table, before, JUST_NAMED_REACH, speaks=True)
    return subj if subj is not None and subj.kind == ORGANIZATION else None


def _governed_place(name: str, lex=ENGLISH) -> bool:
    """A place named by its government's word ("Harris County", "City of Hamilton", "Town of
    Ajax"), which speaks as "the county", "the city": an organisation of stage 2's table."""
    words = name.split(" ")
    return len(words) >= 2 and any(w.istitle() and w.lower() in lex.PLACE_GOVERNMENT_NOUNS for w in words)


def _outlet(ent: Entity) -> bool:
    """Whether an organisation is a news outlet: by its name ("CBC News", "The Canadian Press"), or
    only ever the one told and never a speaker itself ("told KHOU 11 News")."""
    return outlet_name(ent.name) or ent.told > 0 and not ent.speaks


def _postal(ent: Entity, lex=ENGLISH) -> bool:
    """A nation's postal service ("Canada Post", "Australia Post": the Crown corporation), which
    the last word "Post" would otherwise make a newspaper ("The Washington Post")."""
    words = ent.name.lower().split(" ")
    return len(words) == 2 and words[1] == "post" and words[0] in lex.NATIONAL_NAME_ENDS | lex.NATIONS


def _government(ent: Entity, lex=ENGLISH) -> bool:
    """Whether an organisation's name says it is a government body: "Department of Health",
    "Canada Border Services Agency", or a federal "<portfolio> Canada" ("Parks Canada",
    "Immigration, Refugees and Citizenship Canada"; "Air Canada" is a company)."""
    name = re.sub(r"\s*\(.*\)$", "", ent.name)
    words = [w.lower().strip(".,") for w in name.split(" ")]
    if set(words) & lex.GOVERNMENT_NAME_WORDS:
        return True
    return len(words) >= 2 and words[-1] == "canada" and all(w in lex.GOVERNMENT_PORTFOLIOS | lex.ACRONYM_SKIP
                                                            for w in words[:-1])


def _company(ent: Entity, before: int, lex=ENGLISH) -> bool:
    """Whether an organisation's own evidence says it is a business: a company's word in its name
    ("Ltd.", "Group"), a business's name ending ("Prairie Fresh Markets", "Keystone Meadows Senior
    Living", "Brightwater Residential REIT"), or a company's type given it in apposition
    ("Paladin, a private security firm,")."""
    name = re.sub(r"\s*\(.*\)$", "", ent.name)  # "… Ltd. (ACME)"
    words = [w.lower().rstrip(".,") for w in name.split(" ")]
    return bool(set(words) & lex.COMPANY_TAIL or words[-1] in lex.BUSINESS_NAME_ENDS or
                ent.role_nouns(before) & lex.COMPANY_NOUNS)


def _owner(word: str, before: int, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """The person a kin noun's possessor is: a name ("Anna's father" -> Anna Berg), or for "her"/
    "his" the person of that sex named last before offset ``before`` (not inside quotes)."""
    word = _POSSESSIVE.sub("", word.strip())
    sex = lex.PRONOUN_GENDER.get(word.lower())
    if sex is None:
        if not word[:1].isupper() or word.lower() in lex.POSSESSIVE_DETERMINERS:
            return None
        full = table.by_first.get(word.lower(), []) if " " not in word else []
        if len(full) == 1:
            return full[0]  # "Anna's father" and the article's one Anna, Anna Berg (named before or after)
        ent = table.lookup(word)
        return ent if ent is not None and ent.kind == PERSON else None
    if word.lower() not in ("her", "his"):
        return None
    # (of the sex the honorifics and first name say, else the one the pronoun of the person's own
    # quote says: "“…,” she says" makes Thanh Nguyen a woman, "Her son laughs" hers)
    said = table.spoken_sex
    cands = [(e.last_before(before, said=False), e) for e in table.entities
             if e.kind == PERSON and (_sex_of(e) or said.get(id(e))) == sex and e.last_before(before, said=False) >= 0]
    # (a speaker resolved before counts as a mention: "“…,” the old farmer says. His daughter …")
    cands += [(off, e) for off, e in table.spoken if off < before and (_sex_of(e) or said.get(id(e))) == sex]
    if not cands:
        return None
    at, ent = max(cands, key=lambda p: p[0])
    if not ent.forms and " " not in ent.name:
        # A surname two people share, kept apart by an honorific: "Anthony Calloway … his wife,
        # Denise Calloway … Mr. Calloway nodded. His wife said" is Anthony's wife; the bare
        # "Calloway" is the namesake of that sex (EntityTable.namesake).
        ent = table.namesake(ent.name, at, sex) or ent
    return ent


def kin_person(word: Optional[str], noun: str, before: int, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """Whom "her father" (possessor ``word``, kin ``noun``) at offset ``before`` names, by the kin
    the article gave with names: directly ("Her father, Réjean Gagné," where "her" is the same
    woman) or the other way round ("Tom Berg … his daughter, Anna Berg, … “…,” her father said":
    Anna's father is the Tom Berg she is the daughter of). The one found must be of the noun's sex.
    Without ``word`` ("the daughter said"), anyone's. None when nobody is so named: the name stays
    the description, never the possessor."""
    noun = noun.lower()
    owner = _owner(word, before, table) if word is not None else None
    if owner is None and word is not None:
        return None  # (``word`` None: "the daughter", anyone's)
    sex = lex.ROLE_GENDER.get(noun)
    found = []
    for e in table.entities:
        if e is owner or e.kind != PERSON or sex is not None and _sex_of(e) not in (None, sex):
            continue
        for off, n, whose in e.kin:
            if off < before and (n == noun or noun in lex.KIN_GENERAL.get(n, ())) and \
                    (owner is None or _owner(whose, off, table) is owner):
                found.append((off, e))  # "Her father, Réjean Gagné" with "her" the same woman
    inverse = lex.KIN_INVERSE.get(noun, set())
    for other in [owner] if owner is not None else [e for e in table.entities if e.kind == PERSON]:
        for off, n, whose in other.kin:
            if off < before and n in inverse:
                e = _owner(whose, off, table)  # "his daughter, Anna": Anna's father is the "his"
                if e is not None and e is not other and (sex is None or _sex_of(e) in (None, sex)):
                    found.append((off, e))
    if not found and owner is not None and sex is not None and noun in lex.PARENT_NOUNS:
        found = _parent_by_grandparent(owner, sex, before, table)
    if not found and owner is not None and sex is not None and noun in lex.SURNAME_KIN_NOUNS:
        return _kin_by_surname(owner, sex, before, table)
    return max(found, key=lambda p: p[0])[1] if found else None


def _parent_by_grandparent(owner: Entity, sex: str, before: int, table: EntityTable,
                           lex=ENGLISH) -> list[tuple[int, Entity]]:
    """A parent of ``owner`` through the grandparent both were named kin of: "Her son, Tom Voss,
    … her granddaughter, Kaylee, … Her father laughs" is the one child of the grandmother of the
    parent's sex ``sex`` (none when she has two sons)."""
    grand = [_owner(whose, off, table) for off, n, whose in owner.kin
             if off < before and n in lex.KIN_INVERSE.get("grandmother", ())]
    grand = [g for g in grand if g is not None and g is not owner]
    if len(grand) != 1:
        return []
    kids = {id(e): (off, e) for e in table.entities if e is not owner and e.kind == PERSON and
            _sex_of(e) in (None, sex) for off, n, whose in e.kin
            if off < before and n in lex.KIN_INVERSE.get("mother", ()) and _owner(whose, off, table) is grand[0]}
    return list(kids.values()) if len(kids) == 1 else []


def _kin_by_surname(owner: Entity, sex: str, before: int, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """The kin of ``owner`` no sentence named as such, by the family name they share: "Their
    daughter, Karin Nygaard Boyd, … Her father is unapologetic" is the man named Nygaard, of the
    kin noun's sex ``sex``; of several such men the one the bare surname stands for there
    (:meth:`EntityTable.namesake`), else nobody."""
    # (or one known only by a particle surname: "de Wit says he … “…,” his wife adds" after
    # "Pieter and Anouk de Wit", two people of that surname, is Anouk)
    alone = not owner.forms and particle_surname(owner.name.split(" "))
    if not owner.forms and not alone:
        return None
    words = [w for w in owner.name.split(" ")[1:] if w.lower().rstrip(".") not in lex.NAME_SUFFIXES]
    parts = {p.lower() for w in words for p in w.split("-") if surname_cased(p)}
    for part in sorted(parts):
        # (not one the article made the owner's kin of another sort: "His wife, Lisa Chan" is no
        # "his sister")
        kin = [e for e in table.by_last.get(part, []) if e is not owner and e.forms and e.kind == PERSON and
               _namesake_sex(e) == sex and 0 <= e.first < before and
               not any(_owner(whose, off, table) is owner for off, _n, whose in e.kin) and
               not any(_owner(whose, off, table) is e for off, _n, whose in owner.kin)]
        if len(kin) == 1:
            return kin[0]
        if len(kin) > 1:
            ent = table.namesake(part, before, sex)
            if ent in kin:
                return ent
    return None


def _renamed(info: SpeakerInfo, table: EntityTable, lex=ENGLISH) -> Optional[Entity]:
    """The person a new description names again, the subject of the sentence before: "Gagné
    remembers earlier blows. “…,” the old farmer says" -> Réjean Gagné (features vary the
    reference: "the 68-year-old", "the veteran", "the old farmer"). Only a person of the noun's
    sex the story has quoted before, and only when no one else has that noun as a title (that one
    would have been found)."""
    if not info.prev_subject or info.plural:
        return None
    if info.prev_pronoun_at >= 0:
        # A pronoun was that subject: the person of its sex named last before it ("Okoro's album
        # comes out Friday. She wrote all 12 songs.¶“…,” the singer said" -> Jade Okoro), only
        # one whose sex the article makes plain.
        sex = lex.PRONOUN_SEX.get(info.prev_subject)
        ent = _pronoun_person(table, info.prev_pronoun_at, sex)
        if ent is None and sex is not None:
            # (a name that says no sex, as _by_age reads it: "Mahihkan, 79, was taken from his family
            # … He returned to Saddle Lake.¶“…,” the elder said" -- the person named last before
            # the pronoun, if not of the other sex)
            people = [e for e in table.entities if e.kind == PERSON and
                      0 <= info.prev_pronoun_at - e.last_before(info.prev_pronoun_at) <= JUST_NAMED_REACH]
            last = max(people, key=lambda e: e.last_before(info.prev_pronoun_at), default=None)
            ent = last if last is not None and _sex_of(last) is None else None
    else:
        ent = table.lookup(info.prev_subject)
    if ent is None or ent.kind != PERSON:
        return None
    if not any(e is ent for off, e in table.spoken if off < info.start) and \
            not any(o < info.start for o in ent.speaks) and not info.prev_spoke:
        # Only someone the story has quoted or reported speaking already: "Smith was arrested
        # Tuesday.¶“…,” the officer said" is another person; the farmer quoted twice before is
        # not, nor is "Hellberg said he was glad his teammates bailed him out.¶“…,” the goaltender
        # said" (sports and feature writing vary the reference to the one who just spoke).
        return None
    sex = lex.ROLE_GENDER.get(info.head)
    if sex is not None and _sex_of(ent) not in (None, sex):
        return None
    head = _role_key(info.head)
    # (an age with a relation noun is said of the one just reported, as news introduces a person
    # again: "Conservative candidate Nadia Petrovic-Hale said voters … “…,” said the 44-year-old
    # lawyer"; an office is another person's: "Sen. Ann Lee spoke first. The 61-year-old mayor …")
    aged = _AGE.search(info.desc)
    if aged is not None and info.head in lex.RELATION_NOUNS and ent.age_before(info.start) in (None, int(aged.group(1))):
        return ent
    if head in lex.ROLE_NOUNS and any(off < info.start for off, _ in ent.titles) and \
            not ({head} | lex.ROLE_FAMILIES.get(head, set())) & (ent.role_nouns(info.start) | ent.title_heads(info.start)):
        # A person given another role as title is no new description's: "Defence lawyer Rahul
        # Bains said … “…,” the Crown said" is the prosecution, not Bains.
        return None
    return ent


def _pronoun_person(table: EntityTable, at: int, sex: Optional[str]) -> Optional[Entity]:
    """The person a "he"/"she" at offset ``at`` stands for, read simply: of the people named (or
    quoted) before it, the last one of the pronoun's sex, within ``PRONOUN_SUBJECT_REACH``; None
    when someone whose sex the article leaves open came after that one."""
    if sex is None:
        return None

    def last(e: Entity) -> int:
        spoke = max((off for off, who in table.spoken if who is e and off < at), default=-1)
        return max(e.last_before(at, said=False), spoke)

    people = [(last(e), e) for e in table.entities if e.kind == PERSON and last(e) >= 0]
    same = [(off, e) for off, e in people if _sex_of(e) == sex]
    if not same:
        return None
    off, ent = max(same, key=lambda p: p[0])
    if at - off > PRONOUN_SUBJECT_REACH or any(o > off and _sex_of(e) is None for o, e in people):
        return None
    return ent


def _namesake_sex(ent: Entity) -> Optional[str]:
    """The sex to check an honorific against: a kin or role title the article gave ("her husband,
    Minh Nguyen"), else the first name's, else the honorifics' (not first: a "Mr. Obama" taken as
    the only full name, Michelle Obama, would vouch for itself)."""
    said = {ENGLISH.ROLE_GENDER[w] for _, t in ent.titles for w in t.lower().split(" ") if w in ENGLISH.ROLE_GENDER}
    said |= {ENGLISH.ROLE_GENDER[r] for _, r in ent.roles if r in ENGLISH.ROLE_GENDER}
    if len(said) == 1:
        return said.pop()
    return (sure_first_name_gender(ent.name) if ent.forms else None) or _sex_of(ent)


def _sex_of(ent: Entity) -> Optional[str]:
    """The sex an entity's honorifics or first name say, None when they say nothing or disagree."""
    said = {honorific_gender(h) for h in ent.honorifics} - {None}
    # A title of one sex says it too: "her husband, Minh Nguyen" (a first name no list is sure of).
    said |= {ENGLISH.ROLE_GENDER[w] for _, t in ent.titles for w in t.lower().split(" ") if w in ENGLISH.ROLE_GENDER}
    said |= {ENGLISH.ROLE_GENDER[r] for _, r in ent.roles if r in ENGLISH.ROLE_GENDER}
    if len(said) == 1:
        return said.pop()
    # A first name alone is a first name when the article gives the person as someone's kin or
    # with an age ("three children: Léa, 16, Thomas, 12"): features call children so.
    first = ent.forms or (ent.kin or ent.ages) and " " not in ent.name
    return first_name_gender(ent.name) if first and not said else None
