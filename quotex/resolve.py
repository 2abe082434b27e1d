"""Stage 2: from speaker mentions to entities, over the whole document.

Stage 1 (the attribution rules) finds, for each quote, the mention of its speaker as written
("Trump", "the mayor", "he"). This module runs once after the document's last window, on plain
data (:class:`quotex.entities.DocEntities`), and decides *who* each mention is, so that people
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

Pronouns are resolved in stage 1 by :mod:`quotex.pronouns` (agreement and salience within the
window and the raw text before it); here a resolved pronoun's name is only put in its cluster's
canonical form. Only ``name``, ``title``, ``kind`` and ``confidence`` change: mention offsets stay.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from .cues import HONORIFICS, PRONOUNS
from .entities import COURTESY, ROLE_NOUNS, DocEntities, NameMention, SpeakerInfo, is_role
from .indirect import confidence as indirect_confidence
from .lexicon import ORG_NOUNS
from .methods import Method
from .names import TITLE_WORDS, clean_name
from .records import Quote
from .lexicon import (  # noqa: F401 (word lists live in the lexicon)
    GENERIC_ORG_NOUNS, INSTITUTION_WORDS, LEADING_JUNK, ORG_TYPE_NOUNS, ROLE_FAMILIES, SURNAME_PARTICLES,
    TITLE_ABBREVIATIONS,
)

PERSON, ORGANIZATION, UNKNOWN = "person", "organization", "unknown"
# A definite description left as it is: the name is a role, not a person (measured right about
# as often as other unknown mentions; lowered so that filtering on confidence drops it first).
UNRESOLVED_DESCRIPTION_FACTOR = 0.9
# How far back (characters) "the company" looks for the organisation it stands for.
GENERIC_ORG_REACH = 1500
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _words(name: str, initials: bool = False) -> list[str]:
    """The words of a name without honorifics, title words, possessive or (unless ``initials``)
    middle initials."""
    name = _POSSESSIVE.sub("", clean_name(name))
    words = [w for w in name.split(" ") if w]
    while len(words) > 1 and (words[0].lower().rstrip(".") in COURTESY or words[0].lower() in HONORIFICS or
                              words[0].lower() in TITLE_WORDS or words[0].lower().rstrip(".") in ROLE_NOUNS):
        words = words[1:]
    while len(words) > 1 and words[0].lower() in LEADING_JUNK:
        words = words[1:]
    if len(words) > 2 and not initials:
        words = [words[0]] + [w for w in words[1:-1] if not _INITIAL.match(w)] + [words[-1]]
    return words


def _role_key(word: str) -> str:
    w = word.lower().rstrip(".")
    return TITLE_ABBREVIATIONS.get(w, w)


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
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[tuple[int, str]] = field(default_factory=list)  # (offset of the title, title)
    honorifics: list[str] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)

    @property
    def first(self) -> int:
        return self.mentions[0][0] if self.mentions else -1

    def role_nouns(self, before: int) -> set[str]:
        """The role nouns of the titles given before offset ``before`` ("Sen." -> senator)."""
        out: set[str] = set()
        for off, t in self.titles:
            if off < before:
                out.update(_role_key(w) for w in re.findall(r"[A-Za-z][\w.-]*", t))
        return out

    def mentions_before(self, before: int) -> int:
        return sum(1 for s, _ in self.mentions if s < before)

    def last_before(self, before: int) -> int:
        return max((s for s, _ in self.mentions if s < before), default=-1)


class EntityTable:
    """The entities of one document, built from its :class:`DocEntities` (see :func:`build`)."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.by_full: dict[tuple[str, str], Entity] = {}  # (first, last) lower case -> person
        self.by_last: dict[str, list[Entity]] = {}  # surname -> persons with a full name
        self.by_org: dict[str, Entity] = {}  # normalised organisation name -> organisation
        self.labels: dict[int, str] = {}  # the recogniser's label of the name starting at an offset

    # ------------------------------------------------------------------ lookup
    def person(self, name: str) -> Optional[Entity]:
        """The person a name names: full name by first and last word, a surname when only one
        full name of the document has it."""
        words = _words(name)
        if not words or not words[-1][:1].isupper():
            return None
        if len(words) >= 2 and words[0].lower() not in SURNAME_PARTICLES:
            return self.by_full.get((words[0].lower(), words[-1].lower()))
        found = self.by_last.get(words[-1].lower(), [])
        return found[0] if len(found) == 1 else None

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


def _org_key(name: str) -> str:
    name = _POSSESSIVE.sub("", clean_name(name))
    return re.sub(r"^the\s+", "", name, flags=re.I).lower()


def build(ents: DocEntities) -> EntityTable:
    """Cluster the document's name mentions into entities (see the module docstring)."""
    table = EntityTable()
    names = sorted(ents.names, key=lambda m: m.start)
    # Full names of people first: they anchor surnames, honorific + surname and mislabels.
    for m in names:
        if m.label != "PERSON":
            continue
        words = _words(m.text)
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[-1].lower() in LEADING_JUNK:
            continue
        key = (words[0].lower(), words[-1].lower())
        ent = table.by_full.get(key)
        if ent is None:
            ent = Entity(" ".join(words), PERSON)
            table.by_full[key] = ent
            table.entities.append(ent)
            table.by_last.setdefault(key[1], []).append(ent)
    for m in names:
        table.labels[m.start] = m.label
        ent = table.person(m.text) if m.label == "PERSON" or _may_be_person(m.label, m.text) else None
        if ent is None and m.label == "PERSON":
            words = _words(m.text)
            if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in LEADING_JUNK:
                continue
            # A surname alone (or with an honorific) the article never gives in full: its own entity.
            ent = Entity(words[0], PERSON)
            table.by_last.setdefault(words[0].lower(), []).append(ent)
            table.entities.append(ent)
        if ent is None:
            if m.label in ("ORG", "FAC") or m.label == "NORP" and m.text.endswith("s"):
                key = _org_key(m.text)
                written = re.sub(r"^the\s+", "", m.text, flags=re.I)
                if not key or not written[:1].isupper():
                    continue
                ent = table.by_org.get(key)
                if ent is None:
                    # Without its article: "the Kremlin", "The Boston Globe" -> "Boston Globe".
                    ent = Entity(re.sub(r"^the\s+", "", _POSSESSIVE.sub("", clean_name(m.text)), flags=re.I),
                                 ORGANIZATION)
                    table.by_org[key] = ent
                    table.entities.append(ent)
            else:
                continue
        _add(ent, m)
    for ent in table.entities:
        _decide(ent)
    return table


def _add(ent: Entity, m: NameMention) -> None:
    ent.mentions.append((m.start, m.end))
    ent.labels[m.label] += 1
    words = _words(m.text, initials=True)
    if len(words) >= 2:
        ent.forms[" ".join(words)] += 1
    if m.title and not m.quoted:
        ent.titles.append((m.title_start, m.title))
    if m.honorific:
        ent.honorifics.append(m.honorific)


def _decide(ent: Entity) -> None:
    if ent.forms and ent.kind == PERSON:
        # The most frequent full form; on a tie the longest ("Hillary Rodham Clinton").
        ent.name = max(ent.forms.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    if ent.kind == PERSON and not ent.forms:
        # A surname never given in full: a person only if the recogniser said so at least as
        # often as anything else, or an honorific stands before it ("Mr. Lind").
        person = ent.labels["PERSON"] + 2 * len(ent.honorifics)
        ent.kind = PERSON if person >= sum(ent.labels.values()) - ent.labels["PERSON"] else UNKNOWN
    if ent.titles:
        ent.title = ent.titles[0][1]


# ---------------------------------------------------------------------- speakers
def resolve_document(quotes: Iterable[Quote], ents: DocEntities) -> list[Quote]:
    """Stage 2: each quote's speaker with the name, title and kind of the entity it is."""
    quotes = list(quotes)
    if not any(q.speaker is not None for q in quotes):
        return quotes
    table = build(ents)
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is None:
            out.append(q)
            continue
        info = ents.speakers.get((sp.start, sp.end))
        name, title, kind, factor = resolve_speaker(sp, info, table, ents)
        if (name, title, kind) == (sp.name, sp.title, sp.kind) and factor == 1.0:
            out.append(q)
            continue
        new = replace(sp, name=name, title=title, kind=kind)
        # The measured confidence of the rule for the speaker as resolved ("Trump" tagged an
        # organisation by one mention is a person), times what resolving it left unsure.
        method = Method(q.method) if q.method else None
        if q.type == "indirect":
            # Reported speech keeps the methods "cue"/"according-to", but the table of
            # quotex.methods measures direct quotes: its figure for "cue" would claim far more
            # than a reported clause earns. Its own measured figure for the resolved kind instead.
            conf = indirect_confidence(q.method, new)
        else:
            conf = method.confidence(new) if method is not None and method.speaks else q.confidence
        out.append(replace(q, speaker=new, confidence=round(conf * factor, 3)))
    return out


def resolve_speaker(sp, info: Optional[SpeakerInfo], table: EntityTable,
                    ents: DocEntities) -> tuple[str, Optional[str], str, float]:
    """(name, title, kind, confidence factor) of one speaker mention."""
    low = sp.text.lower()
    if low in PRONOUNS or sp.name.lower() in PRONOUNS:
        # Resolved (or not) by quotex.pronouns in stage 1: only the canonical form of the name.
        ent = table.lookup(sp.name) if sp.name[:1].isupper() else None
        if ent is not None and ent.kind == sp.kind:
            return ent.name, sp.title or ent.title, ent.kind, 1.0
        return sp.name, sp.title, sp.kind, 1.0
    named = info.proper if info is not None else sp.name[:1].isupper()
    if named:
        ent = _named_entity(sp, table)
        if ent is not None and ent.kind == ORGANIZATION and re.sub(r"^[Tt]he\s+", "", sp.name) == ent.name:
            return sp.name, None, ORGANIZATION, 1.0  # "The Boston Globe" as written
        if ent is not None:
            title = _title_at(ent, sp) or ent.title or clean_title(sp.title)
            if not ent.forms and len(sp.name.split(" ")) >= 2 and sp.name.endswith(" " + ent.name):
                # A full name stage 1 knew from text no recogniser read ("Lael Brainard" harvested
                # before the window) beats a surname-only entity.
                return sp.name, title, PERSON, 1.0
            return ent.name, title, ent.kind if ent.kind != UNKNOWN else sp.kind, 1.0
        kind = sp.kind
        if info is not None and not info.plural and sp.text.split(" ")[0].lower() in ("a", "an", "another", "one"):
            # "a New Hampshire Democrat", "an Ohio Republican": one member of a party is a person.
            kind = PERSON
        return _repair(sp.name), clean_title(sp.title) if kind == PERSON else None, kind, 1.0
    if info is None:
        return sp.name, sp.title, sp.kind, 1.0
    # A description: "the mayor", "a spokesman for the union", "the company".
    if info.named and not info.plural:
        # "the Israeli newspaper Haaretz", "the editor, Tim Grieve": the name given with it.
        ent = table.lookup(info.named)
        if ent is not None:
            return ent.name, ent.title or (info.desc if ent.kind == PERSON else None), ent.kind, 1.0
        return _repair(info.named), info.desc if sp.kind == PERSON else None, sp.kind, 1.0
    if info.definite and not info.complement and not info.plural:
        ent = _antecedent(info, table, sp.start)
        if ent is not None:
            return ent.name, ent.title, ent.kind if ent.kind != UNKNOWN else sp.kind, 1.0
    name = sp.name
    if info.desc.endswith(" " + name) and any(w[:1].isupper() for w in info.desc.split(" ")):
        # "the Democrat convention committee": the description, not its head noun alone.
        name = info.desc
    if info.complement and not name.endswith(info.complement):
        # "a spokesman for the union" -> "spokesman for the union": whose spokesman it is.
        name = f"{name} {info.complement}"
    return name, sp.title, sp.kind, UNRESOLVED_DESCRIPTION_FACTOR if info.definite else 1.0


def _named_entity(sp, table: EntityTable) -> Optional[Entity]:
    """The entity a named mention is: by its text ("Trump's", "Mr. Peskov", "Donald J. Trump"),
    else by the name stage 1 gave, else by a known name inside a junk mention ("Trump Warns
    Clinton": the first known name)."""
    # "Matthews, MSNBC's Alex Lee and Reuters' Ann Roe": the first of several named together.
    first = re.split(r",\s| and ", sp.text)[0] if " and " not in sp.name else sp.name
    label = table.labels.get(sp.start)
    for cand in (first, sp.text, sp.name):
        ent = table.lookup(cand)
        if ent is not None and ent.kind == PERSON and sp.kind != PERSON and label is not None and \
                label != "PERSON" and not _may_be_person(label, sp.text):
            continue  # "Israel said" is the country, though a Steve Israel is named
        if ent is not None:
            return ent
    words = _words(sp.text)
    if len(words) >= 3 and " and " not in sp.text and "," not in sp.text:
        # Only at the start, where a headline's subject is: "CNN President On Trump" is CNN's
        # president, not Trump.
        for n in (2, 1):
            ent = table.person(" ".join(words[:n]))
            if ent is not None and ent.kind == PERSON:
                return ent
    return None


def clean_title(title: Optional[str]) -> Optional[str]:
    """A title only if it holds a role word: "defiant" (from "a defiant Trump") or an outlet
    ("CNN's") is none; "former Secretary of State" is one."""
    if not title:
        return None
    words = re.findall(r"[A-Za-z][\w.-]*", title)
    if not any(is_role(w) or _role_key(w) in ROLE_NOUNS for w in words):
        return None
    return None if title.lower().rstrip(".") in COURTESY else title


def _title_at(ent: Entity, sp) -> Optional[str]:
    """The title written with this very mention, if any ("said Mayor Ann Lee")."""
    for off, t in ent.titles:
        if sp.start <= off < sp.end or off == sp.start - 1:
            return t
    return None


def _repair(name: str) -> str:
    """A name with no entity behind it, cleaned: "Of Clinton" -> "Clinton", "Lee's" -> "Lee"."""
    words = _POSSESSIVE.sub("", clean_name(name)).split(" ")
    while len(words) > 1 and words[0].lower() in LEADING_JUNK:
        words = words[1:]
    out = " ".join(words) if words else name
    return out if len(out) > 1 else name


def _antecedent(info: SpeakerInfo, table: EntityTable, before: int) -> Optional[Entity]:
    """The entity a definite description stands for, named before offset ``before``.

    A role noun ("the mayor", "the senator") matches a person whose title has it ("Mayor Ann Lee",
    "Sen. Lee", "Lee, the mayor of …"), the latest named first; an organisation noun ("the
    company", "the security firm") matches an organisation whose name has the noun ("the
    committee" -> the House Ethics Committee), else the organisation named most up to there.
    """
    head = _role_key(info.head)
    # The description's own capitalised words must be in the entity's title or name: "the
    # Florida senator" is not any senator, "the Clinton campaign" names itself.
    own = [w for w in info.desc.split(" ")[:-1] if w[:1].isupper()]
    if head in ORG_TYPE_NOUNS or head in ORG_NOUNS and head not in ROLE_NOUNS:
        if own:
            return None
        orgs = [e for e in table.entities if e.kind == ORGANIZATION and e.mentions_before(before)]
        named = [e for e in orgs if head in e.name.lower().split(" ")]
        if named:
            # "the committee" -> the House Ethics Committee named before.
            return max(named, key=lambda e: e.last_before(before))
        orgs = [e for e in orgs if e.name.split(" ")[-1].lower() not in INSTITUTION_WORDS and
                before - e.last_before(before) <= GENERIC_ORG_REACH]
        if head not in GENERIC_ORG_NOUNS or not orgs:
            return None
        # "the company", "the firm": the organisation named last, a little before (not a
        # legislature, a ministry or a newspaper: "the Senate", "The Post" are no company).
        return max(orgs, key=lambda e: e.last_before(before))
    if head not in ROLE_NOUNS:
        return None
    family = {head} | ROLE_FAMILIES.get(head, set())
    cands = [e for e in table.entities if e.kind == PERSON and family & e.role_nouns(before)]
    if own:
        cands = [e for e in cands if all(w in " ".join(t for _, t in e.titles) or w in e.name for w in own)]
    if not cands:
        return None
    return max(cands, key=lambda e: e.last_before(before))
