"""What stage 2 needs to know of a document's entities, collected window by window as plain data.

A long document is parsed in windows (:mod:`quotex.extract`); the document-level resolver
(:mod:`quotex.resolution.resolve`) runs after the last one and must not hold on to parses. So each
window leaves behind only small records:

* :class:`NameMention` -- a name the recogniser found ("Ann Lee", "Hydro-Québec", "Mr. Peskov"),
  with the title written before it or in apposition ("Mayor", "Secretary of State", "the party's
  chairman") and its honorific ("mr", "ms": evidence of sex for :mod:`quotex.resolution.pronouns`);
* :class:`SpeakerInfo` -- what the parse says about a quote's speaker mention: its head noun,
  whether it is a definite description ("the mayor", "the company"), and the words after the
  head that say whose it is ("a spokesman *for the union*").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from ..lexicon import ENGLISH, lexicon_for
from .names import after_last_title, clean_name, headline_line, headline_verb, name_cased, name_runs

# The label a name gets when it is something someone owns ("its Nimbus 2"): no entity of stage 2.
PRODUCT = "PRODUCT"
# Labels of the recogniser kept as entities.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
# Longest complement kept, in tokens ("the former top aide to President George W. Bush").
MAX_COMPLEMENT_TOKENS = 10
# Longest title kept before a name, in tokens ("Deputy Secretary of State for Political Affairs").
MAX_TITLE_TOKENS = 7


def _role_word(word: str, lex=ENGLISH) -> bool:
    """A word that can be part of a title: "Press", "Deputy", "Secretary", "Sen."."""
    w = word.lower().rstrip(".")
    return is_role(word) or w in lex.TITLE_WORDS




def person_noun(word: str, lex=ENGLISH) -> bool:
    """A common noun that can be a person's title before the name ("undecided voter Ann Lee"),
    unlike a thing's ("a potential hazard Trump")."""
    return is_role(word) or word.endswith(lex.PERSON_SUFFIXES)


def is_role(word: str, lex=ENGLISH) -> bool:
    """A word that makes a title on its own: a role noun or an honorific ("Mayor", "Sen.")."""
    w = word.lower().rstrip(".")
    return w in lex.ROLE_NOUNS or w in lex.HONORIFIC_WORDS or word.lower() in lex.HONORIFICS


# ", 36," right after a name in unparsed text (what age_after reads in a parse).
_AGE_APPOSITION = re.compile(r", (\d{1,3}),")


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
    age: Optional[int] = None  # "Jane Roe, 34," -> 34: what "the 34-year-old" finds her by
    roles: tuple = ()  # role nouns from what the person does ("owns the cafe" -> owner): no title
    dead: bool = False  # the sentence says the person died: "X died in 2004", "the late X" (see dead_mention)
    # (kin noun, whose): "Her father, Réjean Gagné" -> ("father", "her"); "Tom Berg, Anna's father,"
    # -> ("father", "Anna"). See kin_relation.
    kin: Optional[tuple[str, str]] = None
    speaks: bool = False  # the subject of a speech verb ("Health Canada said …"), outside quotes
    outlet: bool = False  # the one told, a news outlet: "told KHOU 11 News", "in an interview with APTN News"
    spoken_for: bool = False  # whose spokesperson: "a spokesperson for the City of Surrey", "an Army spokesperson"
    spokes_spoke: bool = False  # ... and that spokesperson said something: "a spokesperson for X said in an email"
    located: bool = False  # where something is: "customers in Dartmouth", "Walter Pruett, 84, of Mesa" (see located)
    filed: bool = False  # who filed a lawsuit or complaint: "filed by Acme Corp.", "Acme sued" (see filed)
    place: Optional[str] = None  # the place written after a person's name: "Sen. Tom Reed of Maine" (see home_place)
    party: Optional[str] = None  # the party letter written after a legislator's name: "(R-Ohio)" -> "R" (home_party)
    human: bool = False  # what is said of it is said of a person: "X, who lives …", "X said she …" (see said_of_a_person)
    together: bool = False  # coordinated with another name: "Jean Roy and Marc Roy" (both)
    # the subject of a speech verb whose clause says "he"/"she" of it: "Toews said she bore …"
    # (see said_of_a_person)
    says_he: bool = False
    # a business named like a person: "Tim Hortons restaurants", "at Tim Hortons on Main Street"
    # (see business_named); the name's other mentions tagged a person are the business too
    business: bool = False
    # a first name alone that shares its partner's surname: "Robert" of "Robert and Susan Haldane"
    # -> "Robert Haldane" (see shared_surname); the person the entity table makes of it
    shared: Optional[str] = None
    # who leads a team the story names: "A team led by Halvard Nnamdi-Poole … found" (see leads_team);
    # what a later "the researchers wrote" stands for
    leads: bool = False
    # The second of two names the parse joins, by the offset of the first's head word: "Sen. Ann
    # Lee, a Democrat from Ohio, and Sen. Tom Voss, a Republican from Iowa," are named together
    # however long the first's apposition (what "the senators wrote" stands for); -1 otherwise.
    joined: int = -1


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
    # The named subject of the sentence before, for a description the article uses for a person it
    # just named ("Gagné remembers earlier blows. “…,” the old farmer says"): see _previous_subject.
    prev_subject: Optional[str] = None
    # ``named`` stands after the complement ("a spokeswoman for the governor, *Gina Morrow*,"): it
    # may be the complement's person instead (stage 2 decides: see resolve.resolve_speaker).
    named_after_complement: bool = False
    # ``prev_subject`` was the subject of a speech verb there ("Mays said the line opened holes"):
    # the story reported it speaking, though the recogniser may have left the name untagged.
    prev_spoke: bool = False
    # The mention opens its sentence or line, where any article is written with a capital ("The
    # United Auto Workers called …"): a "The" there is no part of the name as written.
    opens_sentence: bool = False
    # The subject of the sentence before was "he"/"she" (``prev_subject`` is then the pronoun): its
    # document offset, for stage 2 to find whom it stands for ("Okoro's album comes out Friday.
    # She wrote all 12 songs.¶“…,” the singer said").
    prev_pronoun_at: int = -1
    # A plural description's members named in apposition to it, in order: "The two senators,
    # Susan Collins of Maine and Lisa Murkowski of Alaska," -> ("Susan Collins", "Lisa Murkowski").
    members: tuple[str, ...] = ()


# The unparsed text's reading of dead_mention: "Gunnar Lindqvist died in 2004", "…, who died in
# May,", "X passed away", "X was killed"; "the late X".
_DIED_AFTER = re.compile(r"(?:,\s*(?:\d{1,3},\s*)?who\s+)?\s*(?:died|passed away|was killed|were killed|drowned)\b")
_LATE_BEFORE = re.compile(r"\b[Tt]he late $")


@dataclass
class DocEntities:
    """Everything stage 2 reads of one document: filled by :meth:`add_window` per window."""

    names: list[NameMention] = field(default_factory=list)
    speakers: dict[tuple[int, int], SpeakerInfo] = field(default_factory=dict)
    # Names of gap windows (parsed only for reported speech, ``--indirect``): kept apart so that
    # direct quotes resolve exactly as without the flag; reported speech resolves with them too.
    gap_names: list[NameMention] = field(default_factory=list)
    # Families the article names by a person of theirs: (offset of the family noun, surname), from
    # "the Marchand family", "Marchand's family", "the family of Dennis Marchand" (see
    # :func:`family_names`); what a later "the family said" stands for.
    families: list[tuple[int, str]] = field(default_factory=list)
    # Campaigns the article names by their candidate, read as families are: (offset of the noun,
    # surname) from "Eastwood's campaign", "the Ostrowski campaign"; what "the campaign said" stands for.
    campaigns: list[tuple[int, str]] = field(default_factory=list)
    # End of the headline: the document's first line when it has no sentence's end ("Margaret Ann
    # Lindqvist, 91: Prairie nurse who …"); names there do not make the canonical form.
    headline_end: int = 0
    # Kin given in a list: (offset of the name, name, kin noun, whose), from "Bouchard and her
    # husband, Minh Nguyen, have three children: Léa, 16, Thomas, 12, and Gabrielle, 7" -> Léa is a
    # child of Bouchard and of Minh Nguyen (see kin_lists).
    kin_facts: list[tuple[int, str, str, str]] = field(default_factory=list)
    # (offset, word) of each lone capitalised proper noun of the writer's text, tagged or not
    # ("“…,” Nygaard says" the recogniser left untagged): which of two people sharing a surname the
    # writer was already calling by it (:meth:`quotex.resolution.resolve.EntityTable.namesake`).
    bare_words: list[tuple[int, str]] = field(default_factory=list)
    # Offsets of the bare words that are a clause's subject ("Vrba said he still uses one of her
    # lines", "Vrba" untagged): the person of that surname was the subject there.
    bare_subjects: list[int] = field(default_factory=list)
    # (offset of the mention, mention, nickname): 'The elder Kowalczyk, who customers call "Big
    # Stan,"' -> a later "Big Stan said" is that person (see nickname_facts).
    nicknames: list[tuple[int, str, str]] = field(default_factory=list)
    # For a pronoun speaker stage 1 resolved to a description, by the pronoun's (start, end): the
    # description as written where it stands and its reading ("In his first appearance, the former
    # president spoke … “…,” he said" -> ("the former president", its SpeakerInfo)), which stage 2
    # resolves as it would that description speaking there (resolve.resolve_speaker), and the
    # person the sentence before it is about, if any (focus_before).
    chains: dict[tuple[int, int], tuple[str, SpeakerInfo, Optional[str]]] = field(default_factory=dict)
    # Each definite description of a person that is a clause's subject outside quotes, as written
    # and as read ("The senior guard, who transferred from Iowa State, had struggled"): someone the
    # text went on about after the person it named last (resolve._just_named).
    described: list[tuple[str, SpeakerInfo]] = field(default_factory=list)
    # (offset, role noun) of each unnamed role in the lead, the body's first line of a sentence's
    # length: "Senators pressed the nominee to lead the Federal Aviation Administration …" -> what
    # a later "the nominee replied" stands for when nobody is given the role (see lead_roles).
    lead_roles: list[tuple[int, str]] = field(default_factory=list)
    # Offset of the lead's line (see lead_roles): names before it are a byline's or a dateline's.
    lead_start: int = 0

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
        return DocEntities(sorted(names + extra, key=lambda m: m.start), self.speakers, families=self.families,
                           campaigns=self.campaigns,
                           headline_end=self.headline_end, kin_facts=self.kin_facts, bare_words=self.bare_words,
                           nicknames=self.nicknames, bare_subjects=self.bare_subjects, chains=self.chains,
                           described=self.described, lead_roles=self.lead_roles, lead_start=self.lead_start)

    def _headline(self, text: str) -> None:
        """Note where the headline ends, from the document's opening ``text``."""
        self.headline_end = max(self.headline_end, headline_length(text))
        self._lead_roles(text)

    def _lead_roles(self, text: str) -> None:
        """Note the lead's unnamed roles (:func:`lead_roles`), from the document's opening ``text``."""
        if not self.lead_roles:
            self.lead_roles = lead_roles(text, headline_length(text))
            self.lead_start = lead_line_start(text, headline_length(text))

    def _add_nicknames(self, text: str, base: int) -> None:
        known = set(self.nicknames)
        self.nicknames.extend(f for f in nickname_facts(text, base) if f not in known)

    def add_text(self, text: str, a: int, b: int, lex=ENGLISH) -> None:
        """Names in ``text[a:b]``, a stretch no parse read (paragraphs far from any quote): runs of
        capitalised words read as :func:`quotex.resolution.names.harvest_names` does, with the role words
        before the name as its title ("Mayor Ann Lee opened the library" -> Ann Lee, Mayor), so
        that a later "the mayor said" finds her. Title Case lines (headlines) are skipped."""
        if a == 0:
            self._headline(text)
        elif a == text.find("\n") + 1:
            self._lead_roles(text)  # (the headline skipped as no name's place; the lead after it)
        self._add_nicknames(text[a:b], a)
        pos = a
        for line in text[a:b].split("\n"):
            start, pos = pos, pos + len(line) + 1
            words = line.split()
            if not words or headline_line(line):
                continue
            for m in _business_run(lex).finditer(line):
                # "The lawsuit alleges that Sunvale Home Solar LLC told customers …" far from any
                # quote: the company a later "Sunvale denied …" or "the company said" stands for.
                run = m.group().split(" ")
                while run and run[0].lower() in lex.LEADING_JUNK:
                    run = run[1:]
                if len(run) >= 2 and not is_first_name(run[0]):
                    name = " ".join(run)
                    off = start + m.end() - len(name)
                    self.names.append(NameMention(off, off + len(name), name, "ORG"))
            for at, run in name_runs(line, lex):
                run = run.split()
                k = 0
                while k < len(run) and (run[k].lower() in lex.NOT_FIRST_NAMES or _role_word(run[k])):
                    k += 1
                j = k + after_last_title(run[k:], lex)  # "Labour Minister Thomas Lacroix"
                name = run[j:]
                # (a surname's particles are no words of their own: "Maarten van der Linde")
                words = [w for w in name if w not in lex.NAME_PARTICLES]
                if not 2 <= len(words) <= 3 + (len(words) < len(name)) or name[-1].lower() in lex.NOT_LAST_NAMES or \
                        name[-1].endswith("."):
                    continue
                title = [w for w in run[:k] if _role_word(w)] + run[k:j]  # the portfolio with its title
                k = j
                if not (title or is_first_name(name[0])):
                    continue  # "Planned Parenthood", "Grand Canyon": no person without a first name or a role
                honorific = None
                if title and title[-1].lower().rstrip(".") in lex.COURTESY:
                    honorific = title.pop().lower().rstrip(".")
                before = line[:at].split()
                if title and before and before[-1].lower() in lex.TITLE_SKIP and before[-1].islower():
                    # "former Mexican President Felipe Calderon": the small word before the run is
                    # the title's too (what "the former Mexican president" finds him by)
                    title.insert(0, before[-1])
                off = start + at + len(" ".join(run[:k])) + (1 if k else 0)
                text_ = " ".join(name)
                if text[off:off + len(text_)] != text_:
                    continue  # spacing other than one blank: leave it to the parse
                dead = bool(_DIED_AFTER.match(text, off + len(text_)) or _LATE_BEFORE.search(text, max(0, off - 9), off))
                # The age news gives in apposition, as the parse reads it (age_after): "Darren
                # Kowal, 36, pleaded guilty" far from any quote is the one "the 36-year-old" is.
                aged = _AGE_APPOSITION.match(text, off + len(text_))
                self.names.append(NameMention(off, off + len(text_), text_, "PERSON",
                                              " ".join(title) if title and any(is_role(w) for w in title) else None,
                                              honorific, False, False, off - 1, dead=dead,
                                              age=int(aged.group(1)) if aged else None))

    def add_window(self, doc, base: int, quoted: list[bool], quotes, names: bool = True,
                   found: Optional[list] = None, chained: Optional[dict] = None) -> None:
        """Collect the names of a parsed window and the readings of its quotes' speaker mentions.

        ``base`` is the window's offset in the document, ``quoted`` flags the tokens inside quotes,
        ``quotes`` the window's attributed :class:`quotex.records.Quote` records. Without
        ``names`` (a gap window parsed for reported speech only) its names go to ``gap_names``:
        they must not change how direct quotes resolve. ``found``: the window's names as
        :func:`window_names` read them already (for stage 1's pronouns), not read again.
        ``chained``: the token of the description each pronoun speaker was resolved to, by the
        pronoun's (start, end) (read into :attr:`chains`).
        """
        into = self.names if names else self.gap_names
        if base == 0 and names:
            self._headline(doc.text)
        into.extend(found if found is not None else window_names(doc, base, quoted, into))
        if names:
            known = set(self.families)
            self.families.extend(f for f in family_names(doc, base, quoted) if f not in known)
            known = set(self.campaigns)
            self.campaigns.extend(f for f in family_names(doc, base, quoted, campaigns=True) if f not in known)
            facts = set(self.kin_facts)
            self.kin_facts.extend(f for f in kin_lists(doc, base, quoted) if f not in facts)
            self._add_nicknames(doc.text, base)
            seen = {off for off, _ in self.bare_words}
            lone = lone_proper_words(doc, base, quoted)
            self.bare_words.extend(b for b in lone if b[0] not in seen)
            seen = {info.start for _, info in self.described}
            self.described.extend(d for d in described_subjects(doc, base, quoted) if d[1].start not in seen)
            subjects = set(self.bare_subjects)
            starts = {off for off, _ in lone}
            self.bare_subjects.extend(base + t.idx for t in doc if base + t.idx in starts and
                                      t.dep_ in ENGLISH.SUBJ_DEPS and base + t.idx not in subjects and
                                      not _inside_relative_of_name(t.head, doc[t.i:t.i + 1]))
        for q in quotes:
            sp = q.speaker
            if sp is None or (sp.start, sp.end) in self.speakers or sp.start < base:
                continue
            span = doc.char_span(sp.start - base, sp.end - base, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self.speakers[(sp.start, sp.end)] = speaker_info(span, base, quoted)
            if chained and (sp.start, sp.end) in chained and (sp.start, sp.end) not in self.chains:
                ante = description_span(doc[chained[(sp.start, sp.end)]], quoted)
                if ante is not None:
                    self.chains[(sp.start, sp.end)] = (ante.text, speaker_info(ante, base, quoted),
                                                       focus_before(ante.root, quoted))


def headline_length(text: str) -> int:
    """Where the headline ends in a document's opening ``text``: its first line when that has no
    sentence's end, else 0."""
    line = text.split("\n", 1)[0]
    # (a headline may end on its quote: 'Ontario premier calls talks "a waste of time"'; a
    # sentence ends its quote with a stop inside: '… she said, "We will win."')
    bare = line.rstrip().rstrip("\"”'’")
    if "\n" in text and line.strip() and not bare.endswith((".", "!", "?")) and \
            (bare == line.rstrip() or bare[-1:].isalnum()):
        return len(line)
    return 0


# A role noun after an article and up to four lower-case words: "the nominee", "a new police chief",
# "The meal-kit startup's new chief executive".
# (or after a place's possessive: "South Korea's nominee for unification minister defended her record")
_LEAD_ROLE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|(?:\b[A-Z][\w.]*\s)?\b[A-Z][\w.]*['’]s)((?: [a-z][a-z'’-]*){1,5})")
# Words of a line long enough to be the lead's sentence, not a byline or a dateline alone.
LEAD_MIN_WORDS = 8


def lead_line_start(text: str, headline_end: int) -> int:
    """Offset of the lead's line, the first after the headline with ``LEAD_MIN_WORDS`` words or more
    (what :func:`lead_roles` reads): a byline and a dateline line come before it."""
    pos = headline_end
    for line in text[headline_end:].split("\n"):
        if len(line.split()) >= LEAD_MIN_WORDS and not headline_line(line):
            return pos
        pos += len(line) + 1
    return headline_end


def lead_roles(text: str, headline_end: int, lex=ENGLISH) -> list[tuple[int, str]]:
    """(offset, role noun) of the unnamed roles in the lead, the first line after the headline with
    ``LEAD_MIN_WORDS`` words or more: "Senators … pressed the nominee to lead the Federal Aviation
    Administration on Wednesday" -> [(…, "nominee")]. A lead keeps the name for the next paragraph."""
    pos = headline_end
    for line in text[headline_end:].split("\n"):
        if len(line.split()) >= LEAD_MIN_WORDS and not headline_line(line):
            out = []
            for m in _LEAD_ROLE.finditer(line):
                words = m.group(1).split()
                k = next((k for k, w in enumerate(words) if w in lex.ROLE_NOUNS), None)
                if k is None:
                    continue
                while k + 1 < len(words) and words[k + 1] in lex.ROLE_NOUNS:
                    k += 1  # the head of a compound role: "chief executive", "police chief"
                out.append((pos + m.start(1) + len(" ".join(words[:k])) + 1, words[k]))
            return out
        pos += len(line) + 1
    return []


@lru_cache(maxsize=4)
def _nickname_intro(lex) -> re.Pattern:
    call = "|".join(lex.NICKNAME_CALL_VERBS)
    intro = "|".join(re.escape(p) for p in sorted(lex.NICKNAME_INTROS, key=len, reverse=True))
    name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
    return re.compile(
        r"(?P<who>(?:\b[Tt]he (?:elder|younger) )?" + name + r"),\s+(?:(?:who|whom)\s+(?:(?:[a-z]+\s+){0,3}?(?:" +
        call + r")|" + intro + r")|" + r"(?:" + intro + r"))\s+[\"“‘']?(?P<nick>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?=[\"”’'.,;]|\s|$)")


def nickname_facts(text: str, base: int, lex=ENGLISH) -> list[tuple[int, str, str]]:
    """(offset, mention, nickname) of each nickname the text gives a person by a mention of them:
    'The elder Kowalczyk, who customers call "Big Stan,"', 'Stanley Kowalczyk Jr., who goes by
    Stan,', 'Lonnie Tillman, known as "Bo",'. The mention is a name or "the elder/younger X"."""
    out = []
    for m in _nickname_intro(lex).finditer(text):
        who = m.group("who")
        if who.split(" ")[0] in ("The", "the") and who.split(" ")[1] not in ("elder", "younger"):
            continue
        out.append((base + m.start("who"), who, m.group("nick").rstrip(".")))
    return out


def lone_proper_words(doc, base: int, quoted: list[bool]) -> list[tuple[int, str]]:
    """(offset, word) of each capitalised proper noun outside quotes that stands alone, no
    capitalised word next to it: "Nygaard says", "Nygaard's wife" (not "Harold Nygaard")."""
    def cap(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper()

    def glued(t) -> bool:  # half of "Tremblay-Côté" (the tokenizer splits at the hyphen)
        return t.i > 0 and not doc[t.i - 1].whitespace_ and doc[t.i - 1].text == "-" or \
            t.i + 1 < len(doc) and not t.whitespace_ and doc[t.i + 1].text == "-"
    return [(base + t.idx, t.text) for t in doc
            if t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() is not False
            and not quoted[t.i] and not cap(t.i - 1) and not cap(t.i + 1) and not glued(t)]


@lru_cache(maxsize=4)
def _business_run(lex):
    """Two to six capitalised words ending in a business's name ending ("Sunvale Home Solar LLC",
    "Harbourview Fresh Markets"), on one line."""
    ends = sorted({w.capitalize() for w in lex.BUSINESS_NAME_ENDS} | {w.upper() for w in lex.LEGAL_SUFFIXES} |
                  {w.capitalize() for w in lex.LEGAL_SUFFIXES}, key=len, reverse=True)
    return re.compile(r"\b(?:[A-Z][\w'’&-]*[ ]){1,5}(?:%s)\b" % "|".join(map(re.escape, ends)))


@lru_cache(maxsize=4)
def _institution_run(lex):
    """One to five capitalised words (initials, a possessive) ending in a public body's last word:
    "The U.S. Attorney’s Office", "Cook County Assessor’s Office", an office's "of" inside ("The
    Arizona Secretary of State's Office")."""
    ends = sorted(w.capitalize() for w in lex.INSTITUTION_NAME_ENDS)
    return re.compile(r"\b(?:[A-Z][\w.'’&-]*(?:[ ]of)?[ ]){1,5}(?:%s)\b" % "|".join(map(re.escape, ends)))


def window_names(doc, base: int, quoted: list[bool], before: list) -> list:
    """The :class:`NameMention` records of a parsed window that are not among ``before`` (the
    names read so far): what stage 2 clusters, and what stage 1's pronoun candidates see of the
    document's entities (:class:`quotex.resolution.antecedents.AntecedentIndex`)."""
    seen = {(m.start, m.end) for m in before[-200:]}
    into: list = []
    covered = -1  # end of the last name read (a name extended over the next entity takes it in)
    for ent in (part for e in doc.ents for part in name_parts(e)):
        label = ent.label_ if ent.label_ in ENTITY_LABELS else \
            "ORG" if ampersand_name(ent) or business_named(ent, quoted) or \
            ent.label_ in ("WORK_OF_ART", "PRODUCT") and acronym_ended(list(ent)) else \
            "PERSON" if spoken_of_as_person(ent, quoted) else _titled_person(ent, quoted)
        if label is None and _governed_name(ent):
            # "The Town of Ajax says the pool will close" (tagged a work of art): a place named by
            # its government's word is a place that speaks as "the town".
            label = "GPE"
        if label is None or ent.start_char + base < covered:
            continue
        if label == "PERSON" and _company_by_apposition(ent, quoted):
            label = "ORG"
        m = name_mention(ent, base, quoted, label)
        if m is not None and (m.start, m.end) not in seen:
            # (a name read longer than the recogniser's span takes in the entities it covers:
            # "Fisheries" of "Fisheries and Oceans Canada")
            into[:] = [n for n in into if n.end <= m.start or n.start >= m.end]
            into.append(m)
            covered = m.end
            short = defined_acronym(ent, base, quoted)
            if short is not None and (short.start, short.end) not in seen:
                into.append(short)
    for t in doc:
        if t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ and not quoted[t.i] and \
                t.i + 1 < len(doc) and doc[t.i + 1].text == "," and (t.i == 0 or not doc[t.i - 1].is_title) and \
                _company_by_apposition(doc[t.i:t.i + 1], quoted):
            # The same for one the recogniser left untagged ("— Plateful, the … startup, laid off").
            m = name_mention(doc[t.i:t.i + 1], base, quoted, "ORG")
            if m is not None and (m.start, m.end) not in seen and not any(n.start <= m.start < n.end for n in into):
                into.append(m)
    for m in missed_people(doc, base, quoted) + missed_named(doc, base, quoted) + governed_names(doc, base, quoted):
        if (m.start, m.end) not in seen and not any((n.start, n.end, n.label) == (m.start, m.end, m.label) for n in into):
            # (a surname the recogniser alone tagged an organisation is that person's: "Capt.
            # Lorne MacIsaac" with "MacIsaac" an ORG)
            # (and what the recogniser mislabelled or cut of a person's name: "Linebacker Marcus
            # Okonkwo" an ORG, "Marc-André" + "Sauvé" a GPE -> Marcus Okonkwo, Marc-André Sauvé)
            into[:] = [n for n in into if not (n.label == "ORG" and m.label == "PERSON" and
                                               m.start < n.start and n.end == m.end) and
                       not (m.label == "PERSON" and n.start < m.end and m.start < n.end and
                            (n.label != "PERSON" or m.start <= n.start and n.end <= m.end))]
            into.append(m)
    for m in national_orgs(doc, base, quoted) + speaking_orgs(doc, base, quoted) + defined_names(doc, base, quoted) + \
            business_names(doc, base, quoted):
        if (m.start, m.end) not in seen and not any(n.start <= m.start and m.end <= n.end and n.label == "ORG"
                                                    for n in into):
            # (not inside an organisation's name read already: the rules agree with the recogniser)
            into[:] = [n for n in into if n.end <= m.start or n.start >= m.end]
            into.append(m)
    for m in short_forms(doc, base, quoted, before[-200:] + into):
        if (m.start, m.end) in seen:
            continue
        # (a short form the recogniser took for a person, "Brightwater said", is the company)
        into[:] = [n for n in into if (n.start, n.end) != (m.start, m.end)]
        into.append(m)
    return into


# The syllables of a romanised given name ("Min-jun", "Hye-jin", "Ji-young"): short parts, where
# "Oscar-winner Sarandon" (a compound epithet before a surname) has a word after the hyphen.
SYLLABLE_MAX = 5


def _syllables(first: str, second: str) -> bool:
    return 2 <= len(first) <= SYLLABLE_MAX and 2 <= len(second) <= SYLLABLE_MAX


def _company_by_apposition(ent, quoted: list[bool]) -> bool:
    """Whether one word the recogniser called a person is a company by its apposition: "Plateful,
    the Brooklyn-based meal-kit startup, laid off 140 employees" (what "the company said" after it
    stands for), not "Lee, the owner" nor a first name ("Morgan, a bank teller")."""
    lex = lexicon_for(ent.doc.lang_)
    if is_first_name(ent[0].text):
        return False
    # (or the name in apposition to the business: "Sarah Nguyen opened her bakery, Sweet Rise, in
    # 2015. … “…,” she said" -- the bakery is no "she")
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and not quoted[root.head.i] and \
            root.head.lemma_.lower() in lex.COMPANY_NOUNS | lex.SMALL_BUSINESS_NOUNS and \
            root.head.lemma_.lower() not in lex.PERSON_ROLE_NOUNS and root.head.i < ent.start:
        return True
    if len(ent) != 1:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and not quoted[c.i] and c.lemma_.lower() in lex.COMPANY_NOUNS
               and c.lemma_.lower() not in lex.PERSON_ROLE_NOUNS for c in ent.root.children)


def name_parts(ent) -> list:
    """The recogniser's span ``ent`` cut where no name goes on: at a verb a Title Case headline
    writes between two names or that the recogniser took in at an edge ("Trump Warns Clinton" ->
    Trump, Clinton; "Glenn Beck Blasts Drudge"; "Senator Warns Clinton" read as "Warns Clinton"),
    at a dash with blanks on both sides ("Deborah Jordan Reynolds - Santilli's girlfriend"), and at a
    comma before a first name and a surname ("Lehigh, Bruce Turry").
    The parts keep the span's label. Most spans come back whole."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2:
        return [ent]
    from spacy.tokens import Span

    lex = lexicon_for(ent.doc.lang_)
    cuts = [t.i for t in ent if headline_verb(t.text, lex) or t.text in ("-", "--", "–", "—") and t.whitespace_ and
            t.i > ent.start and t.doc[t.i - 1].whitespace_ or
            # "his best friend at Lehigh, Bruce Turry," read as one organisation: a comma, then a
            # first name and a surname
            t.text == "," and t.i > ent.start and ent.end - t.i - 1 >= 2 and is_first_name(t.doc[t.i + 1].text) and
            t.doc[t.i + 1].is_title]
    people = _role_cut(ent, lex)
    cuts += people[-1:]
    if not cuts:
        return [ent]
    out, lo = [], ent.start
    for c in sorted(cuts) + [ent.end]:
        if c > lo:
            out.append(Span(ent.doc, lo, c, label="PERSON" if people and lo == people[-1] + 1 else ent.label_))
        lo = c + 1
    return out


def _role_cut(ent, lex) -> list:
    """[index] of the role noun that splits an organisation's span into the organisation and its
    person, else []: "Texas Department of Transportation spokesperson Raul Medina said", read as one
    organisation, is the department's spokesperson (a role noun in lower case, then a first name
    and a surname: the part after it is a person's name, whatever the span's label)."""
    return [t.i for t in ent if ent.label_ == "ORG" and t.is_lower and t.lemma_ in lex.ROLE_NOUNS and
            t.i > ent.start and ent.end - t.i - 1 >= 2 and is_first_name(t.doc[t.i + 1].text) and
            t.doc[t.i + 1].is_title][-1:]


def role_parts(ent) -> list:
    """``ent`` as the organisation and the person :func:`_role_cut` finds in it, or whole."""
    from spacy.tokens import Span

    cut = _role_cut(ent, lexicon_for(ent.doc.lang_))
    if not cut:
        return [ent]
    return [Span(ent.doc, ent.start, cut[0], label="ORG"), Span(ent.doc, cut[0] + 1, ent.end, label="PERSON")]


def ampersand_name(span) -> bool:
    """Whether a span is capitalised words joined by an ampersand: "Johnson & Johnson", "Procter &
    Gamble", "Ben & Jerry's", "Marks & Spencer". A firm's name (or a law firm's, a partnership's),
    never one person's, whatever the recogniser's label; "Tom and Jerry", written with "and", is
    not read so. The sentences: tests/test_naming_leftovers.py (AMPERSAND)."""
    return any(t.text == "&" and span.start < t.i < span.end - 1 and span.doc[t.i - 1].text[:1].isupper() and
               span.doc[t.i + 1].text[:1].isupper() for t in span)


def spoken_of_as_person(span, quoted: list[bool]) -> bool:
    """Whether a span of two capitalised words the recogniser labelled something else (an
    organisation, a work of art) is a person's name, listed first name or not ("Amandeep",
    "Rahm", "Tyrell"): the text says "he"/"she" or "who" of it (:func:`said_of_a_person`: "Rahm
    Emanuel said he would not run"), or it speaks and its surname alone is a person in the
    window ("Amandeep Sohal said. … Sohal said she hired two nurses"). Not a name ending in a
    company's or an institution's word ("Harbour Foods said it …", "Mercy Hospital, which …"), nor
    one written like a brand ("WestJet Airlines")."""
    doc = span.doc
    lex = lexicon_for(doc.lang_)
    toks = list(span)
    if len(toks) != 2 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and not quoted[t.i] for t in toks) or \
            toks[-1].lower_ in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS or \
            toks[0].lower_ in lex.NOT_FIRST_NAMES and not is_first_name(toks[0].text) or \
            any(brand_cased(t.text) for t in toks):
        return False
    if said_of_a_person(span, quoted):
        return True
    if speaks_as_one(span.root, quoted):
        # "In a statement, Manitoba Hydro said it held 18 open houses" with "Hydro" of "Hydro
        # spokesperson Cheryl Bazinet" tagged a person too: a name whose own clause says "it" of
        # it is no person, whatever its surname-like last word is elsewhere.
        return False
    last = toks[-1]
    return said_of_a_person(span, quoted, loose=True) and \
        any(e.label_ == "PERSON" and len(e) == 1 and e[0].text == last.text and not quoted[e.start] for e in doc.ents)


def business_named(span, quoted: list[bool]) -> bool:
    """Whether a span opening with a first name and a surname in "s" (no apostrophe: "Tim
    Hortons") is a business named like a person, by how the sentence uses it: a noun of a place of
    business after it ("3,900 Tim Hortons restaurants", "a Tim Hortons location"), an article on it
    ("the Tim Hortons on Main Street": nobody says "the Bernie Sanders"), a street after it ("lined
    up at Tim Hortons on Main Street") or "its"/"which" of it ("Tim Hortons, which …"). Not "Bernie
    Sanders said", "a swipe at Bernie Sanders on Tuesday", "the Bernie Sanders campaign" (the
    article is the campaign's). The sentences: tests/test_naming_leftovers.py (BUSINESS)."""
    doc = span.doc
    lex = lexicon_for(doc.lang_)
    toks = list(span)
    if len(toks) < 2 or not is_first_name(toks[0].text) or not toks[0].is_title or not toks[1].is_title or \
            not toks[1].is_alpha or not toks[1].text.endswith("s") or quoted[span.start] or \
            len(toks) > 2 and toks[2].lower_ not in ("on", "in", "at"):
        return False
    name = toks[1]
    k = name.i + 1
    if k < len(doc) and doc[k].lemma_.lower() in lex.BUSINESS_PLACE_NOUNS and not quoted[k]:
        return True
    if any(c.dep_ == "det" and c.lower_ in lex.ARTICLES and c.i == span.start - 1 for c in name.children):
        # (right before the name: "The Rev. Leon Brooks" is a title's article)
        return True
    if k + 1 < len(doc) and doc[k].lower_ in ("on", "at") and \
            any(t.lower_ in lex.STREET_WORDS and t.is_title for t in doc[k + 1:k + 5]):
        return True
    return _owns_as_it(name, quoted) or any(c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children)
                                            for c in name.children)


def _governed_name(span) -> bool:
    """Whether a span is "(The) City of Surrey", "Town of Ajax", "County of Brant": a government's
    word, "of", and capitalised words."""
    lex = lexicon_for(span.doc.lang_)
    toks = [t for t in span if t.lower_ != "the" or t.i != span.start]
    return len(toks) >= 3 and toks[0].is_title and toks[0].lower_ in lex.PLACE_GOVERNMENT_NOUNS and \
        toks[1].lower_ == "of" and all(t.text[:1].isupper() and t.is_alpha for t in toks[2:])


def governed_names(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """Places named by their government's word that the recogniser left untagged: "The Town of Ajax
    says …", "the City of Brampton's budget" (what "the town said" stands for)."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc:
        if t.ent_type_ or quoted[t.i] or not t.is_title or t.lower_ not in lex.PLACE_GOVERNMENT_NOUNS or \
                t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        hi = t.i + 2
        while hi < len(doc) and hi - t.i < 6 and doc[hi].is_title and doc[hi].is_alpha and not doc[hi].ent_type_ and \
                not quoted[hi] and doc[hi].pos_ == "PROPN":
            hi += 1
        if hi == t.i + 2:
            continue
        span = doc[t.i:hi]
        subj = any(x.dep_ in ("nsubj", "nsubjpass") for x in span)
        out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "GPE", None, None, False,
                               subj, -1))
    return out


def speaking_orgs(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """Organisations the recogniser left untagged that speak as one: a name of capitalised words
    (no first name first) as the subject of a speech verb whose clause goes on with "it"/"its"
    ("Thames Water said it accepted the fine"), or with a "which" after it ("Harbourview Foods,
    which runs the stores, said …"). A person says "I", and is a "who"."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc:
        v = t.head
        if t.dep_ not in ("nsubj", "nsubjpass") or t.ent_type_ or quoted[t.i] or t.pos_ != "PROPN" or \
                not (t.is_title or brand_cased(t.text)) or not t.is_alpha or not lex.is_cue_token(v) or quoted[v.i]:
            continue
        lo = t.i
        while lo > 0 and t.i - lo < 5 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i == t.i and \
                doc[lo - 1].is_title and doc[lo - 1].is_alpha and not doc[lo - 1].ent_type_ and not quoted[lo - 1]:
            lo -= 1
        span = doc[lo:t.i + 1]
        if len(span) < 2 and not brand_cased(t.text) or is_first_name(span[0].text) or _role_word(span[0].text) or \
                span[0].lower_ in lex.LEADING_JUNK or any("\n" in x.whitespace_ for x in span[:-1]):
            continue  # (one word only if written like a brand: "WestJet said it …")
        if not speaks_as_one(t, quoted):
            continue
        out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "ORG", None, None, False,
                               True, -1, speaks=True))
    return out


def business_names(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """Companies the recogniser left untagged in a parsed window, written with a business's name
    ending ("Whirlwind Appliance Co. will close its plant … the company said"), outside quotes and
    off Title Case lines (headlines): read as add_text reads them in unparsed text."""
    lex = lexicon_for(doc.lang_)
    out = []
    text = doc.text
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = line.split()
        if not words or sum(w[:1].isupper() for w in words) > 0.6 * len(words):
            continue
        institutions = list(_institution_run(lex).finditer(line))
        for m in list(_business_run(lex).finditer(line)) + institutions:
            run = m.group().split(" ")
            while run and run[0].lower() in lex.LEADING_JUNK:
                run = run[1:]
            name = " ".join(run)
            a = start + m.end() - len(name)
            b = start + m.end()
            # (a first name opens no body's name, unless the recogniser read it as a place:
            # "Columbus City Schools", "Marion County Sheriff's Office")
            place = doc.char_span(a, a + len(run[0]), alignment_mode="expand") if run else None
            if len(run) < 2 or is_first_name(run[0]) and not (place is not None and place[0].ent_type_ == "GPE") or \
                    _role_word(run[0]) and run[-1].lower() not in lex.INSTITUTION_NAME_ENDS:
                continue  # (a role may open a public body's name: "Attorney General’s Office")
            if b < len(text) and text[b] == "." and run[-1].lower() in lex.LEGAL_SUFFIXES:
                b += 1  # "Co.", "Inc.": the abbreviation's dot
            span = doc.char_span(a, b, alignment_mode="expand")
            # (only what the recogniser left untagged: its own span is read as it is; but for a
            # public body's run the recogniser tagged only a word inside of, "The Arizona
            # Secretary of State's Office" with "State" an organisation)
            inside = span is not None and m in institutions and not span[-1].ent_type_ and \
                span[0].ent_type_ not in ("ORG", "FAC")
            if span is None or any(quoted[t.i] for t in span) or any(t.ent_type_ == "PERSON" for t in span) or \
                    any(t.ent_type_ in ("ORG", "FAC") for t in span) and not inside:
                continue
            out.append(NameMention(a + base, b + base, text[a:b], "ORG"))
    return out


def surname_cut_off(ent, quoted: list[bool]) -> bool:
    """Whether a person span is a noun for a person and a first name with the surname left out:
    "Meteorologist Lauren Petrakis of the weather service said" read as "Meteorologist Lauren" (the
    recogniser took the noun in, then cut the surname off)."""
    doc = ent.doc
    lex = lexicon_for(doc.lang_)
    return len(ent) == 2 and _sentence_title(ent[0]) and is_first_name(ent[1].text) and ent.end < len(doc) and \
        doc[ent.end].pos_ == "PROPN" and doc[ent.end].is_title and not doc[ent.end].ent_type_ and \
        not quoted[ent.end] and not is_first_name(doc[ent.end].text) and \
        doc[ent.end].lower_ not in lex.ORG_NAME_ENDS | lex.COMPANY_TAIL


def surnames_left_out(ent, quoted: list[bool]) -> bool:
    """Whether a person span's last word is a compound of one or two untagged capitalised proper
    nouns right after it, the head of the name as parsed: "Rosa Elvira" of "Rosa Elvira Quispe
    Mamani", "Omar García" of "Security Secretary Omar García Harfuch said" (the recogniser left the
    surnames out). Not a company's or an organisation's word ("Hillary Clinton Foundation"), nor a
    thing named after the person ("Martin Luther King Boulevard", lexicon NAMED_AFTER_ENDS), nor
    another first name."""
    doc = ent.doc
    lex = lexicon_for(doc.lang_)
    last = ent[-1]
    head = last.head
    if last.dep_ != "compound" or not 0 < head.i - last.i <= 2 or quoted[head.i]:
        return False
    rest = doc[ent.end:head.i + 1]
    return all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ and not quoted[t.i] and
               not _role_word(t.text) and not is_first_name(t.text) and
               t.lower_ not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS | lex.ORG_TYPE_NOUNS |
               lex.NAMED_AFTER_ENDS for t in rest)


def speaks_as_one(t, quoted: list[bool]) -> bool:
    """Whether name token ``t``, the subject of a speech verb, speaks as an "it": the clause it says
    has "it"/"its" ("Thames Water said it accepted the fine"), or a "which" follows the name
    ("Harbourview Foods, which runs the stores, said …")."""
    lex = lexicon_for(t.doc.lang_)
    v = t.head
    if t.dep_ not in ("nsubj", "nsubjpass") or not lex.is_cue_token(v) or quoted[v.i]:
        return False
    which = any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.dep_ in ("nsubj", "nsubjpass")
                                          for g in c.children) for c in t.children)
    clause = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i]
    return which or any(g.lower_ in lex.IT_WORDS and g.dep_ in ("nsubj", "nsubjpass", "poss") and _its_of_speaker(g, c)
                        for c in clause for g in c.subtree)


def _its_of_speaker(g, clause) -> bool:
    """Whether the "it"/"its" ``g`` in the said ``clause`` can be the speaker's: it is the clause's
    subject or in it ("Thames Water said its profits fell"), or the clause has no noun of its own
    for subject. "Coach Renata Dusenberry-Hall said her team had not played its best": the "its"
    is the team's, the clause's subject, not the coach's."""
    if g.dep_ != "poss":
        return True
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subj or subj[0].pos_ == "PRON" or g.i in {t.i for t in subj[0].subtree}


def _owns_as_it(t, quoted: list[bool]) -> bool:
    """Whether subject token ``t``'s verb has an object with "its" ("X will close six of its
    stores", "X cut its prices"): what an organisation does with what it owns."""
    lex = lexicon_for(t.doc.lang_)
    if t.dep_ not in ("nsubj", "nsubjpass") or quoted[t.head.i]:
        return False
    objs = [c for c in t.head.children if c.dep_ in ("dobj", "pobj", "prep")]
    return any(g.lower_ in lex.IT_WORDS and g.dep_ == "poss" and not quoted[g.i] for c in objs for g in c.subtree)


_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")


def brand_cased(word: str) -> bool:
    """A word written like a brand, a capital inside it that no surname prefix explains:
    "WestJet", "SunCrest", "PayPal" (not "McDavid", "DeShawn", "LeBlanc")."""
    return bool(_BRAND.match(word)) and not name_cased(word)


def national_orgs(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """Organisations named "<words> Canada" (or a province, or a British nation) that the recogniser
    read as the place alone or missed: "Environment Canada has issued a warning", "Mothers Against
    Drunk Driving Canada said in a statement", "NHS England said". The capitalised words before the place name,
    untagged and outside quotes, no first name first and no region's word ("Atlantic Canada",
    "Northern Ontario" are places)."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc:
        if t.lower_ not in lex.NATIONAL_NAME_ENDS or not t.is_title or quoted[t.i] or t.ent_type_ not in ("", "GPE") or \
                t.ent_iob_ == "I" or t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I":
            continue
        lo = t.i
        while lo > 0 and t.i - lo < 6 and (doc[lo - 1].is_title or doc[lo - 1].is_upper and 1 < len(doc[lo - 1]) <= 5) and \
                doc[lo - 1].is_alpha and not doc[lo - 1].ent_type_ \
                and not quoted[lo - 1] and "\n" not in doc[lo - 1].whitespace_ and \
                (doc[lo - 1].pos_ in ("PROPN", "NOUN") or doc[lo - 1].pos_ == "ADP" and lo - 1 > 0 and
                 doc[lo - 2].is_title and doc[lo - 2].pos_ in ("PROPN", "NOUN")):
            lo -= 1
        while lo < t.i and doc[lo].pos_ not in ("PROPN", "NOUN"):
            lo += 1
        span = doc[lo:t.i + 1]
        if lo == t.i or is_first_name(doc[lo].text) or any(x.lower_ in lex.REGION_WORDS for x in span) or \
                _role_word(doc[lo].text):
            continue
        heads = [x for x in span if not (span.start <= x.head.i < span.end)]
        subject = any(x.dep_ in ("nsubj", "nsubjpass") for x in heads)
        speaks = any(x.dep_ in ("nsubj", "nsubjpass") and lex.is_cue_token(x.head) and not quoted[x.head.i] for x in heads)
        out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "ORG", None, None, False,
                               subject, -1, speaks=speaks))
    return out


def short_forms(doc, base: int, quoted: list[bool], names: list) -> list[NameMention]:
    """A company's short form used as a subject or an owner ("Brightwater said …", "SunCrest
    denied wrongdoing", "Keystone Meadows did not dispute …", "Boreal Ridge's plan") after its
    full name ("Brightwater Residential REIT", "SunCrest Home Energy LLC"): the first words of
    a name that ends like a business's, wherever the recogniser tagged the short form a person
    or left it untagged. Not a first name alone ("Morgan" of "Morgan Stanley")."""
    lex = lexicon_for(doc.lang_)
    prefixes = set()
    for m in names:
        words = m.text.split(" ")
        if m.label != "ORG" or m.quoted or len(words) < 2 or \
                words[-1].lower().rstrip(".") not in lex.BUSINESS_NAME_ENDS | lex.LEGAL_SUFFIXES:
            continue
        if words[0].lower() in lex.ARTICLES:
            words = words[1:]
        for k in range(1, len(words) - 1 if words[-1].lower().rstrip(".") in lex.LEGAL_SUFFIXES else len(words)):
            short = words[:k]
            if short[-1].lower() in lex.ORG_NAME_INNER or not all(w[:1].isupper() for w in short) or \
                    k == 1 and (len(short[0]) < 4 or is_first_name(short[0])):
                continue
            prefixes.add(tuple(short))
    out = []
    for short in sorted(prefixes, key=len, reverse=True):
        n = len(short)
        for t in doc:
            i = t.i
            if t.text != short[0] or i + n > len(doc) or tuple(x.text for x in doc[i:i + n]) != short or \
                    any(quoted[x.i] for x in doc[i:i + n]):
                continue
            last = doc[i + n - 1]
            nxt = doc[i + n] if i + n < len(doc) else None
            if i and doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN" and "\n" not in doc[i - 1].whitespace_ or \
                    nxt is not None and (nxt.is_title and nxt.pos_ == "PROPN" or
                                         nxt.lower_.rstrip(".") in lex.LEGAL_SUFFIXES):
                continue  # part of a longer name (the full name itself)
            if any(x.ent_type_ not in ("", "ORG", "PERSON") and not (n > 1 and x.ent_type_ == "GPE")
                   for x in doc[i:i + n]) or doc[i].ent_iob_ == "I" or nxt is not None and nxt.ent_iob_ == "I":
                continue  # (a place, but for two words like a town's: "Boreal Ridge rejected …"; or inside a longer entity)
            if last.dep_ not in ("nsubj", "nsubjpass", "poss") and not (nxt is not None and nxt.tag_ == "POS"):
                continue
            span = doc[i:i + n]
            if any(m.start == span.start_char + base and m.end == span.end_char + base and m.label == "ORG" for m in out):
                continue
            subject = last.dep_ in ("nsubj", "nsubjpass")
            out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "ORG", None, None, False,
                                   subject, -1, speaks=subject and lex.is_cue_token(last.head)))
    return out


def acronym_ended(toks) -> bool:
    """Whether a name the recogniser gave ends in an acronym after a word that is no first name:
    "Surrey RCMP", "Ontario NDP", "the Nipigon OPP" (not "Jane Roe MPP", "John Smith OBE")."""
    if not toks:
        return False
    lex = lexicon_for(toks[0].doc.lang_)
    bare = [t for t in toks if t.lower_ not in lex.ARTICLES]  # ("the Surrey RCMP": "the" is no first name)
    last = toks[-1]
    return len(bare) >= 2 and last.is_upper and last.is_alpha and len(last) >= 3 and \
        last.lower_ not in lex.POSTNOMINALS and not is_first_name(bare[0].text)


# A province or state abbreviation joined to "-based" ("Ont.-based", "B.C.-based", "Que.-based").
_PLACE_BASED = re.compile(r"[A-Z][\w.]*\.-based")


def name_mention(ent, base: int, quoted: list[bool], label: Optional[str] = None) -> Optional[NameMention]:
    """The :class:`NameMention` of recogniser span ``ent``; for a person, its title and honorific
    read off the words the recogniser took in ("Councilman Robert Hayes") or left before it ("said
    Mayor Ann Lee", "Secretary of State Antony Blinken"), or an apposition ("Ann Lee, the mayor,")."""
    lex = lexicon_for(ent.doc.lang_)
    doc = ent.doc
    toks = list(ent)
    label = label or ent.label_
    business = False
    if label in ("PERSON", "WORK_OF_ART", "PRODUCT") and ampersand_name(ent):
        # "Ben & Jerry's said" tagged a work of art, "Simon & Schuster" a person: names joined by
        # an ampersand are a firm's (see ampersand_name).
        label = "ORG"
    if label == "PERSON" and place_named(ent):
        # "Millard Heights beat Westview 41-20" tagged a person: a place's last word says a place
        # (a school or a team so named is spoken of as its town).
        label = "GPE"
    if label == "PERSON" and region_named(ent):
        # "like many people in Tamil Nadu" tagged a person: a country's state or province (whose
        # last word would make "His wife, Selvi," a "Selvi Nadu").
        label = "GPE"
    if label in ("PERSON", "ORG", "FAC") and business_named(ent, quoted):
        # "lined up at Tim Hortons on Main Street" (one organisation's span with the street), "a
        # Tim Hortons location" tagged a person: a business named like a person (business_named).
        toks, label, business = toks[:2], "ORG", True
    if label == "PERSON" and _org_apposition(ent, quoted) and not is_first_name(toks[0].text):
        # "Metrolinx, the provincial transit agency," / "Paladin Security, a private security firm,"
        # tagged a person: what the apposition calls it decides (a person would have a first name).
        label = "ORG"
    if label == "PERSON" and len(words_of(toks)) >= 2 and toks[0].lower_ in lex.NATIONAL_NAME_ENDS and \
            not any(is_first_name(t.text) or _role_word(t.text) for t in words_of(toks)):
        # "Manitoba Hydro said" tagged a person: a name opening with a province or a nation, with
        # no first name and no title in it, is a provincial or national body ("Ontario Power
        # Generation"; not "Ontario Minister of Labour Monte McNaughton").
        label = "ORG"
    if label == "PERSON" and len(words_of(toks)) == 1 and not is_first_name(toks[0].text) and \
            type_before(doc, toks[0].i, quoted) is not None:
        # "Environmental group Équiterre said" tagged a person: the type written before it as a
        # title decides, as the apposition does ("the group said" then finds it).
        label = "ORG"
    if label in ("PERSON", "GPE", "FAC") and len(toks) >= 2 and toks[-1].lower_.rstrip(".") in lex.ORG_NAME_ENDS:
        # "St. Michael's Hospital" tagged a place, "Halifax Regional Police" a person: the last word
        # says it is an organisation (which "the hospital said" can stand for).
        label = "ORG"
    if label == "ORG" and len(toks) == 1 and toks[0].tag_ in ("NN", "NNS") and toks[0].is_sent_start and \
            not toks[0].is_upper:
        # "Neighbours said they heard shots": a common noun capitalised only because it opens the
        # sentence (the tagger's plural noun) is no organisation, whatever the recogniser says.
        return None
    if label == "PERSON" and len(toks) == 1 and toks[0].text.endswith("s") and toks[0].i > 0 and \
            doc[toks[0].i - 1].lower_ == "the" and not is_first_name(toks[0].text):
        # "the Stampeders beat the Redblacks" tagged a person: a plural name after "the" is a
        # team's or a band's, no person's (a person's surname takes no article).
        label = "ORG"
    if label == "PERSON" and acronym_ended(toks):
        # "Surrey RCMP", "Ontario NDP" tagged a person: no name ends in an acronym (but for letters
        # after a name, "Jane Roe MPP", "John Smith OBE").
        label = "ORG"
    if label == "PERSON" and len(toks) >= 2 and not is_first_name(toks[0].text) and \
            (_owns_as_it(ent.root, quoted) or speaks_as_one(ent.root, quoted)):
        # (or says "it" of itself: "Xcel Energy said it had shut off power" tagged a person)
        # "Boulangerie Saint-Laurent will close six of its 14 stores" tagged a person: a name with
        # no first name whose own clause says "its" of what it does is an organisation.
        label = "ORG"
    if label == "PERSON" and len(toks) == 1 and brand_cased(toks[0].text) and not is_first_name(toks[0].text) and \
            speaks_as_one(toks[0], quoted):
        # "WestJet said it …" tagged a person: a word written like a brand that speaks as an "it"
        # (a surname may have a capital inside too: "VandeHei said he …").
        label = "ORG"
    if label in ("GPE", "LOC", "ORG", "FAC") and len(words_of(toks)) == 1 and toks[0].is_title and \
            toks[0].pos_ == "PROPN" and age_after(doc, ent.end, quoted) is not None and \
            not _aged_thing(doc, ent.end, lex) and not quoted[ent.start]:
        # "Sandberg, 44, faced two stones" with the surname tagged a place: a name given an age in
        # apposition is a person's (what "the 44-year-old said" finds her by).
        label = "PERSON"
    if label == "ORG" and 3 <= len(words_of(toks)) <= 4 and _role_word(toks[0].text) and \
            is_first_name(toks[1].text) and all(t.is_title for t in words_of(toks)[1:]) and \
            not toks[-1].text.endswith("s") and toks[-1].lower_.rstrip(".") not in lex.ORG_NAME_ENDS | lex.COMPANY_TAIL:
        # "Sheriff Curtis Johnston" tagged an organisation with its title: a role and a first name
        # make a person (whom "the company said" can never stand for).
        label = "PERSON"
    if label == "ORG" and len(toks) == 1 and toks[0].is_title and toks[0].is_alpha and ent.start > 0 and \
            first_name_like(doc[ent.start - 1], quoted) and is_first_name(doc[ent.start - 1].text) and \
            toks[0].lower_ not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS and \
            (_person_noun_before(doc, ent.start - 1, quoted) or age_after(doc, ent.end, quoted) is not None):
        # "Neighbour Tamara Vickers said" with only "Vickers" tagged, an organisation: a first name
        # before it and a noun for a person (or an age after it) make one person, a surname in "s"
        # too ("Tim Hortons" has no neighbour before it).
        toks.insert(0, doc[ent.start - 1])
        label = "PERSON"
    if label == "ORG" and len(toks) == 3 and is_first_name(toks[1].text) and toks[1].is_title and \
            toks[2].text[:1].isupper() and toks[2].is_alpha and \
            toks[2].lower_ not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS and \
            (_sentence_title(toks[0]) or toks[0].lower_ in lex.DESCRIPTOR_NOUNS | lex.PERSON_ROLE_NOUNS):
        # "Neighbour Tamara Vickers" tagged an organisation as one span: a noun for a person, a
        # first name and a surname are a person so titled (the title is read below).
        label = "PERSON"
    if label in ("ORG", "GPE", "NORP") and 2 <= len(toks) <= 3 and all(t.text[:1].isupper() and t.is_alpha for t in toks) and \
            ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in lex.KIN_NOUNS and \
            ent.root.head.i < ent.start and not quoted[ent.root.head.i]:
        # "Her brother, Calum MacNeil, is two years older" with the name tagged an organisation:
        # only a person is someone's brother.
        label = "PERSON"
    if label == "ORG" and 2 <= len(toks) <= 3 and is_first_name(toks[0].text) and \
            all(t.is_title and t.is_alpha for t in toks) and ent.start > 1 and \
            toks[-1].lower_ not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS and \
            doc[ent.start - 1].is_lower and not quoted[ent.start - 1] and \
            (person_noun(doc[ent.start - 1].text) and doc[ent.start - 1].pos_ != "ADP" or
             doc[ent.start - 1].lower_ in lex.STANDING_NOUNS) and \
            doc[ent.start - 2].lower_ not in ("its", "their"):
        # (a preposition is no noun that merely ends like one: "a spokesperson for Alberta
        # Transportation", "for" read by its ending)
        # "said junior Kayla Morris", "said sophomore Tyler Jones" tagged an organisation: a noun
        # for a person written right before a first name and a surname says whose name it is (not
        # "its rival Morgan Stanley", a firm's rival).
        label = "PERSON"
    if label == "ORG" and 3 <= len(toks) <= 4 and (_sentence_title(toks[0]) or is_role(toks[0].text)) and \
            not is_first_name(toks[0].text) and is_first_name(toks[1].text) and \
            all(t.is_title for t in toks[1:]) and \
            toks[-1].lower_.rstrip(".") not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS:
        # (not "Humber River Hospital": "Humber" reads like a noun for a person, "River" like a
        # first name, but the last word says what it is)
        # "Meteorologist Lauren Petrakis of the weather service said", "Sheriff Curtis Johnston
        # said" as one organisation: a noun for a person opening the sentence, or a role, then a
        # first name, is a person with a title.
        label = "PERSON"
    person = label == "PERSON"
    if person and surname_cut_off(ent, quoted):
        toks.append(doc[ent.end])
    elif person and surnames_left_out(ent, quoted):
        # "Energy and Mines Minister Rosa Elvira Quispe Mamani" read as "Rosa Elvira", "Omar García
        # Harfuch" as "Omar García": the parser hangs the given names on the surnames after them,
        # which the recogniser left untagged.
        toks.extend(doc[ent.end:ent[-1].head.i + 1])
    # Honorifics and role words the recogniser took into the name: "Councilman Robert Hayes".
    k = 0
    while person and k < len(toks) - 1 and (_role_word(toks[k].text) or toks[k].is_punct and k):
        k += 1
    if person and k == 0 and len(toks) >= 3 and is_first_name(toks[1].text) and \
            (_sentence_title(toks[0]) or toks[0].lower_ in lex.DESCRIPTOR_NOUNS or
             toks[0].lower_ in lex.PERSON_ROLE_NOUNS and not is_first_name(toks[0].text)):
        # "Homeowner Tamara Quinn", "Organizer Keisha Morrow", "Neighbour Curtis Boudreau", "Reader
        # Jasmine Okafor": a noun for a person the recogniser took into the name is who she is in
        # the story, not her first name.
        k = 1
    if person and k == 0 and _position_first(toks):
        k = 1  # "said Third Jill Kowalski-Ng": her position, not her name (see _position_first)
    if person and k == 0 and len(toks) >= 3 and ent.start > 0 and doc[ent.start - 1].lower_ == "of" and \
            is_first_name(toks[1].text) and not is_first_name(toks[0].text):
        # "White House Chief of Staff Denis McDonough": the span starts inside the title.
        k = 1
    if person and k == 0 and len(toks) >= 4:
        # "Ontario Minister of Labour Monte McNaughton" as one span: the title runs up to a first
        # name followed by a surname or two, if a role word is in it.
        p = next((p for p in range(len(toks) - 3, len(toks) - 1) if p > 0 and is_first_name(toks[p].text) and
                  all(t.text[:1].isupper() for t in toks[p:])), None)
        if p is not None and any(is_role(t.text) for t in toks[:p]):
            k = p
    inner = [t for t in toks[:k] if not t.is_punct]
    toks = toks[k:]
    if person and not inner:
        # "Dmitry Peskov spoke …": the recogniser can leave a first name out of the span at the
        # start of a sentence; a capitalised proper noun with no label of its own right before
        # the name is part of it.
        j = ent.start - 1
        if j >= 1 and doc[j - 1].lower_ == "of":
            j = -1  # a title's portfolio: "Minister of Finance Bill Morneau" is no "Finance Bill"
        # A span that starts with a first name takes only another one ("Billie Jean King"), not
        # "Celebrities Julianne Moore".
        named = is_first_name(toks[0].text) and len(toks) >= 2
        while j >= 0 and ent.start - j <= 2 and first_name_like(doc[j], quoted) and \
                (not named or is_first_name(doc[j].text)):
            toks.insert(0, doc[j])
            j -= 1
        j = toks[0].i - 1
        if j >= 1 and doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_ and \
                doc[j - 1].is_title and doc[j - 1].is_alpha and not quoted[j - 1]:
            # "Jean-François Lacroix": the recogniser can cut a hyphenated first name at the hyphen.
            toks[:0] = [doc[j - 1], doc[j]]
        j = toks[0].i - 1
        if len(toks) == 1 and j >= 2 and doc[j].is_lower and doc[j].is_alpha and doc[j - 1].text == "-" and \
                not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_ and doc[j - 2].is_title and \
                doc[j - 2].is_alpha and doc[j].whitespace_ and not quoted[j - 2] and not quoted[j] and \
                _syllables(doc[j - 2].text, doc[j].text):
            # "Plateful co-founder Min-jun Seo", "organizer Hye-jin Park": a romanised Korean (or
            # Chinese) given name keeps its second syllable in lower case after the hyphen; glued
            # to the surname the recogniser tagged alone, it is the first name, not a title word.
            toks[:0] = [doc[j - 2], doc[j - 1], doc[j]]
        j = toks[-1].i + 1
        if len(toks) == 1 and j + 2 < len(doc) and not toks[0].whitespace_ and doc[j].text == "-" and \
                not doc[j].whitespace_ and doc[j + 1].is_lower and doc[j + 1].is_alpha and doc[j + 1].whitespace_ and \
                doc[j + 2].is_title and doc[j + 2].is_alpha and doc[j + 2].pos_ == "PROPN" and \
                not quoted[j + 1] and not quoted[j + 2] and _syllables(toks[0].text, doc[j + 1].text):
            # ... and the other way round: "organizer Seo-yeon Park" with only "Seo" tagged.
            toks += [doc[j], doc[j + 1], doc[j + 2]]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_punct or
                    person and len(toks) > 1 and _not_a_name_end(toks[-1])):
        toks = toks[:-1]  # ("Clarence Odom of", "Kerri Eyolfson 7-6" read as names: the name ends before)
    if not toks:
        return None
    if label == "ORG" and toks[0].i > 0 and doc[toks[0].i - 1].lower_ in lex.FRENCH_NAME_LINKS and \
            type_after(doc, toks[-1].i + 1, quoted) is not None:
        # "The Fédération des producteurs de lait du Québec, the group representing …" with only
        # "Québec" tagged: the whole French name, which the apposition types.
        lo = _french_name_start(doc, toks[0].i, quoted, lex)
        if lo is not None:
            toks[:0] = list(doc[lo:toks[0].i])
    if label == "ORG" and all(t.lower_ in lex.REGION_WORDS | lex.NATIONAL_NAME_ENDS or t.lower_ == "and" for t in toks):
        # "Eastern and Western Canada", "Western Canada", "Eastern" tagged organisations: regions.
        label = "LOC"
    if label == "ORG":
        toks[:0] = _listed_name_start(doc, toks[0].i, quoted)
    k = toks[-1].i + 1
    if label == "ORG" and k < len(doc) and doc[k].lower_.rstrip(".") in lex.LEGAL_SUFFIXES and not quoted[k] and \
            toks[-1].whitespace_ and doc[k].text[:1].isupper():
        # "SunCrest Home Energy LLC", "Boreal Ridge Mining Corp.": the recogniser can leave the
        # legal ending out of the span; it is what says the organisation is a company.
        toks.append(doc[k])
    if label == "ORG" and toks[-1].lower_ == "local" and ent.end < len(doc) and doc[ent.end].like_num:
        # "Amalgamated Transit Union Local 508": a union local is known by its number.
        toks.append(doc[ent.end])
    if label == "ORG" and toks[-1].lower_ in lex.ORG_NAME_INNER and toks[-1].i + 1 < len(doc):
        # "The Department of Fisheries and Oceans": the recogniser can cut a name at its "and";
        # the capitalised words after it are the rest of it.
        j = toks[-1].i + 1
        while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN" and not quoted[j]:
            toks.append(doc[j])
            j += 1
        while toks and toks[-1].lower_ in lex.ORG_NAME_INNER:
            toks = toks[:-1]
        if not toks:
            return None
    if label in ("ORG", "PERSON") and len(toks) == 1 and toks[0].is_upper and len(toks[0]) > 4 and \
            (ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws) and ent.end < len(doc) and \
            doc[ent.end].text in (",", "--", "—", "–", "-", "("):
        # A dateline ("WINNIPEG -- The province …", "VANCOUVER, B.C. —", "DETROIT (Reuters) -") is a place.
        label = "GPE"
    if label in ("ORG", "PERSON") and ent.end + 1 < len(doc) and doc[ent.end].text == "," and \
            _PLACE_BASED.fullmatch(doc[ent.end + 1].text):
        # "the Leamington, Ont.-based producer" with "Leamington" tagged an organisation: a name
        # before a province and "-based" is where the company is, not the company.
        label = "GPE"
    if label == "ORG" and ent.start > 0 and doc[ent.start - 1].tag_ == "PRP$" and \
            doc[ent.start - 1].lower_ in lex.POSSESSIVE_DETERMINERS:
        # "its Nimbus 2 thermostat", "her Nimbus 2": what someone owns is a product, not an
        # organisation that "the company said" can stand for.
        label = PRODUCT
    if label == "ORG" and 2 <= len(toks) <= 3 and all(t.is_title for t in toks) and is_first_name(toks[0].text) \
            and not toks[-1].text.endswith("s") and any(is_role(w) for w in title_before(doc, ent.start, quoted)):
        # "Tenant organizer Keisha Morrow", "Cpl. Nadine Robichaud" tagged an organisation: a first
        # name after a role is a person.
        person, label = True, "PERSON"
    elif label == "ORG" and 1 <= len(words_of(toks)) <= 3 and all(t.is_title for t in words_of(toks)) and \
            (is_first_name(toks[0].text) or toks[-1].lower_.rstrip(".") not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS
             and (not toks[-1].text.endswith("s") or len(words_of(toks)) >= 2 and appositive_title(ent, quoted, base)[0])) \
            and (appositive_title(ent, quoted, base)[0] or title_in_front(ent, quoted, base)[0] or
                 is_first_name(toks[0].text) and _person_apposition(ent, quoted)):
        # "Nicola Sturgeon, Scotland's first minister," / "Her manager, Sandra Ellis," tagged an
        # organisation: a first name given a person's role in apposition is a person. So is a
        # two- or three-word name ending in "s" (a company's, often: "Tim Hortons") when the
        # apposition is a role: "Kazoua Moua-Hendricks, the association's executive director,".
        person, label = True, "PERSON"
    elif label == "ORG" and _titled_person(ent, quoted) == "PERSON":
        # "Spokesperson Cendrix Bouchard" tagged an organisation: a role word and a name after it.
        person, label = True, "PERSON"
    elif label == "ORG" and len(toks) == 2 and spoken_of_as_person(doc[toks[0].i:toks[-1].i + 1], quoted):
        # "Tyrell Hughes said he proposed to his wife", "Bernice Toews said she bore the family no
        # ill will", "Rahm Emanuel said he would not run" tagged an organisation (a surname ending
        # in "s" reads like a company's; "Rahm" is in no list of first names): a name that speaks
        # of itself as "he" or "she" is a person.
        person, label = True, "PERSON"
    start = toks[0].idx + base
    end = toks[-1].idx + len(toks[-1]) + base
    title = honorific = None
    title_start = start - 1
    if label == "ORG":
        # "Shared Health Manitoba, the agency that runs the homes, said" -> agency: the type a later
        # "the agency said" finds it by.
        title, title_start = org_appositive(ent, quoted, base)
    if person:
        # "Former Carson advisers told POLITICO …": a name that only qualifies the noun after it
        # takes no title from the words before; they describe the advisers, not Carson.
        before = [] if _qualifies_noun(ent) else title_before(doc, min(ent.start, toks[0].i), quoted)
        if inner and not before:
            # "Liberal MPP Omar Haddad" with "MPP Omar Haddad" the recogniser's span: the
            # capitalised modifiers before the role it took in belong to the title.
            before = _modifiers_before(doc, ent.start, quoted)
        words = before + [t.text for t in inner]
        if words and words[-1].lower().rstrip(".") in lex.COURTESY:
            honorific = words[-1].lower().rstrip(".")
            words = words[:-1]
        title = " ".join(words) or None
        if title is None:
            title, title_start = plural_title(ent, quoted, base)
        if title is None:
            title, title_start = appositive_title(ent, quoted, base)
        if title is None:
            title, title_start = title_in_front(ent, quoted, base)
        if title and title.lower().rstrip(".") in lex.COURTESY:
            honorific, title = honorific or title.lower().rstrip("."), None
    age = roles = None
    kin = ()
    if title and title.split(" ")[-1].lower() in lex.KIN_NOUNS:
        # "His daughter, Bisi,": a kin noun is no title to print, only what "his daughter said"
        # (or a "she" stage 1 found to be her) finds her by.
        kin, title = (title.split(" ")[-1].lower(),), None
    if person:
        age = age_after(doc, toks[-1].i + 1, quoted) or age_before(doc, toks[0].i, quoted)
        roles = verb_roles(ent.root) + kin + described_roles(ent, quoted)
        if title and title_start < start:
            # A title before the name and a role in apposition after it: both are hers ("NDP
            # education critic Chandra Reid, the MPP for Ottawa West–Nepean, … the MPP said").
            app, _ = appositive_title(ent, quoted, base)
            head = next((w for w in (app or "").lower().split(" ") if w in lex.ROLE_NOUNS), None)
            if head is not None:
                roles += (head,)
    renamed = renaming_roles(ent, quoted) if label in ("PERSON", "ORG") else ()
    if renamed:
        # (an organisation's label too: the recogniser tags "Tamsin Rhodes" ORG, and a person's
        # role noun naming her again says she is a person, as "who" or "she" would)
        roles = (roles or ()) + renamed
    subject = ent.root.dep_ in ("nsubj", "nsubjpass")
    verb = ent.root.head
    if not subject and ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass") and \
            ent.root.head.i < ent.root.i:
        # "A cashier at a Regina store, Tom Nguyen, said …", "Ontario's minister of northern
        # development, Greg Rickford-Lamb, defended …": the name in apposition to the subject is it.
        subject, verb = True, ent.root.head.head
    if not subject and ent.root.dep_ == "appos" and ent.root.head.dep_ == "pobj" and ent.root.head.head.dep_ == "prep":
        # "A trucking company owner from Saginaw, Paul Vandermeer, said …": the parser hangs the
        # name on the place; the noun the phrase belongs to is the subject, and the name is it.
        h = ent.root.head.head.head
        if h.dep_ in ("nsubj", "nsubjpass") and h.i < ent.root.i and h.pos_ == "NOUN" and \
                h.lemma_.lower().endswith(lex.PERSON_SUFFIXES + tuple(lex.PERSON_ROLE_NOUNS)):
            subject, verb = True, h.head
    if not subject and ent.root.dep_ == "conj" and ent.root.head.dep_ in ("nsubj", "nsubjpass") and \
            ent.root.head.i < ent.root.i and not any(c.dep_ in ("cc", "preconj") for c in ent.root.head.children) and \
            any(t.text == "," for t in doc[ent.root.head.i:toks[0].i]):
        # "Outside council chambers, transit rider Maria Delgado says …": after a fronted phrase the
        # parser makes the name a second member of the subject with no "and"; with only a comma
        # between, it is the subject itself ("the 43-year-old says" then stands for her).
        subject, verb = True, ent.root.head.head
    if not subject and person and _opens_sentence(doc, toks[0].i, quoted):
        # "Longhorns forward Dylan Disu, who had 22 points, was less gracious.": the small parser
        # can hang a titled name that opens its sentence on the team's name ("Longhorns" as the
        # subject, the name its object); a name with only its title before it, going on with a
        # verb or a relative clause, is what the sentence is about ("the senior said" next).
        subject, verb = True, toks[0].sent.root
    if subject and _inside_relative_of_name(verb, ent):
        # "Defenseman Mikael Sorensen, who was 6 years old when Novak played his first NHL game, has
        # watched …": a subject in a clause inside the relative clause on another name is an aside
        # about that name's person; "the 22-year-old said" next is Sorensen, the sentence's subject.
        subject = False
    speaks = subject and lex.is_cue_token(verb) and not quoted[verb.i]
    k = toks[-1].i + 1
    if not subject and label == "ORG" and k < len(doc) and lex.is_cue_token(doc[k]) and not quoted[k] and \
            not any(c.dep_ in ("nsubj", "nsubjpass") and not toks[0].i <= c.i <= toks[-1].i for c in doc[k].children):
        # "In an email, Immigration, Refugees and Citizenship Canada said it …": a name with commas
        # parsed as a list hangs off something else; the speech verb right after it has no other
        # subject, so the name is what spoke.
        subject = speaks = True
    return NameMention(start, end, doc[toks[0].i:toks[-1].i + 1].text, label, title, honorific,
                       any(quoted[t.i] for t in ent), subject, title_start,
                       age, roles or (), person and dead_mention(ent, quoted),
                       kin_relation(ent, quoted) if person else None,
                       speaks=speaks, located=located(ent), outlet=label == "ORG" and told(ent),
                       spoken_for=label in ("ORG", "GPE") and spoken_for(ent),
                       spokes_spoke=label in ("ORG", "GPE") and spoken_for(ent) and spokesperson_spoke(ent, quoted),
                       filed=filed(ent),
                       place=home_place(ent, quoted) if person else None,
                       party=home_party(ent, quoted) if person else None,
                       human=bool(renamed) or said_of_a_person(ent, quoted),
                       together=ent.root.dep_ == "conj" and ent.root.head.pos_ == "PROPN" or
                       any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in ent.root.children),
                       says_he=label == "ORG" and len(toks) == 1 and said_of_a_person(doc[toks[0].i:toks[0].i + 1], quoted),
                       business=business, shared=shared_surname(ent, quoted) if person and len(ent) == 1 else None,
                       leads=(person or label == "ORG") and leads_team(ent, quoted),
                       joined=base + ent.root.head.idx if ent.root.dep_ == "conj" and ent.root.head.pos_ == "PROPN" and
                       ent.root.head.i < ent.start else -1)


def leads_team(ent, quoted: list[bool]) -> bool:
    """Whether a person's name is the agent of "led by" on a noun for a team: "A team led by Halvard
    Nnamdi-Poole, a limnologist at the University of Michigan, found …", "researchers led by Dr. Ann
    Lee". Science copy then quotes the team's paper as "the researchers wrote"."""
    lex = lexicon_for(ent.doc.lang_)
    by = ent.root.head
    if ent.root.dep_ != "pobj" or by.lower_ != "by" or quoted[by.i]:
        return False
    led = by.head
    # (or any plural noun for people: "14 Democratic members of the delegation, led by Rep. Ana
    # Ruelas, signed a letter … “…,” the lawmakers wrote")
    return led.lemma_.lower() == "lead" and led.dep_ == "acl" and \
        (led.head.lemma_.lower() in lex.TEAM_NOUNS or led.head.tag_ == "NNS" and led.head.pos_ == "NOUN")


def place_named(ent) -> bool:
    """Whether a span of two or more capitalised words ends in a place's last word ("Millard
    Heights", "Sterling Heights", "Twin Falls", "Palm Springs"), or one word is where people are
    from ("a retired couple from Rotterdam"): a place, whatever the recogniser's label (a first
    name like "Millard" or "Sterling" makes it tag a person)."""
    lex = lexicon_for(ent.doc.lang_)
    words = [t for t in ent if not t.is_punct]
    if len(words) == 1 and ent.root.dep_ == "pobj" and ent.root.head.lower_ == "from" and ent.root.head.i == ent.start - 1:
        # Where people come from: "a retired couple from Rotterdam", "a nurse from Moncton" (the
        # recogniser tagged a person); not "a letter from Smith" (no noun for people before it).
        owner = ent.root.head.head
        return owner.pos_ == "NOUN" and owner.i < ent.start and \
            (owner.lemma_.lower() in lex.PERSON_NOUNS | lex.FAMILY_NOUNS | lex.PEOPLE_NOUNS or person_noun(owner.lemma_))
    return len(words) >= 2 and all(t.is_title for t in words) and words[-1].lower_ in lex.PLACE_NAME_ENDS


def region_named(ent) -> bool:
    """Whether a span of two or more capitalised words is the name of a country's state, province
    or region ("Tamil Nadu", "Minas Gerais", "Baja California"; corpus_names.region_names)."""
    from .corpus_names import _fold, region_names

    words = [t for t in ent if not t.is_punct]
    return len(words) >= 2 and all(t.is_title for t in words) and \
        _fold(" ".join(t.text for t in words)) in region_names()


def _opens_sentence(doc, i: int, quoted: list[bool]) -> bool:
    """Whether the name starting at token ``i`` opens its sentence behind nothing but its title
    (capitalised words and role words: "Longhorns forward Dylan Disu", "Coach Ann Lee") and goes
    on with a verb or ", who" (not "Texas coach Rodney Terry's team", a possessive)."""
    lex = lexicon_for(doc.lang_)
    sent = doc[i].sent
    before = [t for t in doc[sent.start:i] if not t.is_space]
    if len(before) > MAX_TITLE_TOKENS or any(quoted[t.i] for t in before) or \
            any(not (t.text[:1].isupper() or is_role(t.text) or t.lower_ in lex.POSITION_NOUNS or
                     t.lower_ in lex.STANDING_NOUNS or t.lower_ in lex.ADVERB_ROLE_NOUNS) or t.is_punct
                for t in before):
        return False
    k = i
    while k < sent.end and doc[k].text[:1].isupper() and not quoted[k] or k < sent.end and doc[k].text == ".":
        k += 1
    if k >= sent.end or quoted[k]:
        return False
    nxt = doc[k]
    return nxt.text == "," and k + 1 < sent.end and doc[k + 1].lower_ in ("who", "whose") or \
        nxt.pos_ in ("VERB", "AUX") and nxt.tag_ not in ("VBG", "VBN") and nxt.tag_ != "POS"


def said_of_a_person(span, quoted: list[bool], loose: bool = False) -> bool:
    """Whether the text speaks of the name ``span`` as of a person, whatever the recogniser
    labelled it (a company is "which" and "it": "Tim Hortons, which …", "Tim Hortons said it …"):

    - a "who" or "whose" after it: "Bernice Toews, who lives a half mile from the site,";
    - it is the subject of a speech verb whose clause, after the verb, has "he" or "she" for
      subject: "Tyrell Hughes said he proposed to his wife", "Toews said she bore the family no
      ill will" (not "He is wrong, Toews said": a "he" before the verb is often someone else).

    ``loose`` (a run of capitalised words opening with a listed first name, which needs less) also
    takes an age after it ("Anneliese Penner, 67,"), a noun for a person before it ("Neighbour
    Tamara Wiebe"), or its speaking at all ("Austin Carter said …"; not "Austin Energy", which does
    none of these).
    The sentences: tests/test_naming_leftovers.py (PERSON_EVIDENCE)."""
    lex = lexicon_for(span.doc.lang_)
    doc = span.doc
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("who", "whose") and not quoted[k + 1]:
        return True
    if loose and (age_after(doc, k, quoted) is not None or _person_noun_before(doc, span.start, quoted)):
        return True
    root = span.root
    v = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or quoted[v.i]:
        return False
    # (the speech verb may be a second verb of the same subject: "The NDP's Léa Fontaine finished
    # a distant third, and said her party had been squeezed")
    verbs = [x for x in [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB" and not quoted[c.i]]
             if lex.is_cue_token(x)]
    if not verbs:
        return False
    return loose or any(_personal_subject(g, quoted) for v in verbs
                        for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.i > v.i for g in c.children)


def _personal_subject(g, quoted: list[bool]) -> bool:
    """Whether ``g`` is a clause's subject that is a person's: "he"/"she" ("said he proposed"), or
    a noun that is his or hers ("said her party had been squeezed"; "its party" is an
    organisation's)."""
    if g.dep_ not in ("nsubj", "nsubjpass") or quoted[g.i]:
        return False
    return g.lower_ in ("he", "she") or \
        any(c.dep_ == "poss" and c.lower_ in ("his", "her") and not quoted[c.i] for c in g.children)


def filed(ent) -> bool:
    """Whether a name is who filed a lawsuit or a complaint: "The lawsuit, filed by Blue Mesa Cattle
    Co., says …", "Acme Corp. filed the complaint", "the suit Acme brought", "Acme sued the county"
    (what "the lawsuit says" then speaks for)."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    head = root.head
    if any(c.dep_ == "conj" for c in root.children):
        # (filed by several: "Patricia Smith and Charles Woods have filed a lawsuit" is no one's alone)
        return False
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return head.head.lemma_.lower() in lex.FILING_VERBS
    if root.dep_ != "nsubj" or head.lemma_.lower() not in lex.FILING_VERBS:
        return False
    if head.lemma_.lower() == "sue":
        # (not in a clause on the one sued: "the fifth state that Elias is suing" is a lawyer's tally)
        return head.dep_ != "relcl"
    # "Acme filed a complaint", or "the suit Acme brought" (the verb a relative clause on the noun)
    objs = [c for c in head.children if c.dep_ == "dobj"]
    if head.dep_ == "relcl":
        objs.append(head.head)
    return any(o.lemma_.lower() in lex.FILING_NOUNS for o in objs)


def spoken_for(ent) -> bool:
    """Whether an organisation's name says whose a spokesperson is: "a spokesperson for the City of
    Surrey", "a spokesman with Alberta Transportation", "an Army spokesperson"."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in lex.SPOKES_NOUNS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in lex.SPOKES_PREPS and \
        root.head.head.lemma_.lower() in lex.SPOKES_NOUNS


def _inside_relative_of_name(verb, ent) -> bool:
    """Whether ``verb`` (a name's clause) is, or lies inside, a relative clause on another proper
    noun of the sentence (not the name's own "who" clause: "Lee, who said …")."""
    t = verb
    while t.head.i != t.i:
        if t.dep_ == "relcl" and t.head.pos_ == "PROPN" and not ent.start <= t.head.i < ent.end:
            return True
        t = t.head
    return False


def spokesperson_spoke(ent, quoted: list[bool]) -> bool:
    """Whether the spokesperson an organisation's name goes with (:func:`spoken_for`) is the subject
    of a speech verb: "A spokesperson for the Executive Office for Immigration Review said in an
    email that …" (what "the statement said" after it is), not "A spokeswoman for Acme Corp. did not
    return calls"."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    noun = root.head if root.dep_ == "compound" else root.head.head
    return noun.dep_ == "nsubj" and lex.is_cue_token(noun.head) and not quoted[noun.head.i]


def outlet_name(name: str, lex=ENGLISH) -> bool:
    """Whether an organisation's name is a news outlet's: "CBC News", "The Canadian Press", "Los
    Angeles Times", "APTN" (not "Canada Post")."""
    words = name.lower().replace(".", "").split(" ")
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and (" ".join(words) in lex.OUTLET_NAMES or words[0] in lex.OUTLET_NAMES or
                            words[-1] in lex.OUTLET_NAME_WORDS or "news" in words)


def told(ent) -> bool:
    """Whether a name stands where the outlet a story was told to does: "told Global News", "in an
    interview with APTN News", "said in a statement to the Star", "told KHOU 11 News" (the
    recogniser's span may stop before "News")."""
    lex = lexicon_for(ent.doc.lang_)
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "news":
        return True
    root = ent.root
    head = root.head
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
        return True
    return root.dep_ == "pobj" and (head.lower_ == "with" and head.head.lemma_.lower() == "interview" or
                                    head.lower_ == "to" and head.head.lemma_.lower() in lex.DOC_NOUNS)


def _listed_name_start(doc, i: int, quoted: list[bool]) -> list:
    """The tokens of an organisation's name before token ``i`` that the recogniser left out when
    the name is a list: "Immigration, Refugees and Citizenship Canada", "Fisheries and Oceans
    Canada" tagged from "Citizenship" or "Oceans" on. Capitalised words, untagged, outside quotes,
    no first names, joined by commas up to the "and" right before ``i``; [] when there are none."""
    lex = lexicon_for(doc.lang_)
    if i < 2 or doc[i - 1].lower_ != "and" or quoted[i - 1]:
        return []

    def word(t) -> bool:
        # (untagged, or an organisation of its own one word: "Fisheries" of "Fisheries and Oceans Canada")
        alone = t.ent_type_ == "ORG" and t.ent_iob_ == "B" and doc[t.i + 1].ent_iob_ != "I"
        return t.is_title and t.is_alpha and (not t.ent_type_ or alone) and not quoted[t.i] and \
            t.pos_ in ("PROPN", "NOUN") and not is_first_name(t.text) and "\n" not in t.whitespace_ and \
            t.lower_ not in lex.REGION_WORDS

    j = i - 2
    if not word(doc[j]) or doc[i].lower_ in lex.REGION_WORDS:
        return []
    lo = j
    while lo >= 2 and doc[lo - 1].text == "," and word(doc[lo - 2]) and doc[lo - 2].i + 1 == lo - 1:
        lo -= 2
    return list(doc[lo:i])


_PARTY_PLACE = re.compile(r",?\s*\(?[DRI]-([A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)")  # "R-Ariz.", "D-N.M."


def text_after(ent, tokens: int = 12) -> str:
    """The text right after span ``ent``, from its end: ", D-Ohio, said …" (a dozen tokens; what
    a party-and-place tag after a name needs, without building the whole ``doc.text`` each time,
    which costs a pass over every token of the window)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return ""
    tail = doc[ent.end - 1:min(len(doc), ent.end + tokens)]
    return tail.text[ent.end_char - tail.start_char:]


def home_place(ent, quoted: list[bool]) -> Optional[str]:
    """The place written right after a person's name: "Sen. Tom Reed of Maine", "Rep. Ann Lee,
    D-Ohio," -> what "the Ohio senator" must agree with."""
    doc = ent.doc
    k = ent.end
    if k + 1 < len(doc) and doc[k].lower_ == "of" and not quoted[k] and doc[k + 1].ent_type_ == "GPE" and \
            doc[k + 1].ent_iob_ == "B":
        end = k + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[k + 1:end].text
    m = _PARTY_PLACE.match(text_after(ent))
    if m is None:
        m = _party_apposition().match(text_after(ent))  # "a Republican from North Dakota", "a Boulder Democrat"
        return (m.group("from") or m.group("home")) if m is not None and k < len(doc) and not quoted[k] else None
    return m.group(1) if m is not None and k < len(doc) and not quoted[k] else None


_PARTY_LETTER = re.compile(r",?\s*\(?([DRI])-[A-Z]")


@lru_cache(maxsize=None)
def _party_apposition(lex=ENGLISH) -> re.Pattern:
    """A party member's apposition after a name, as papers write it when they spell the state or
    city out instead of the "R-N.D." tag: "Sen. Dwight Hale, a Republican from North Dakota, …",
    "Rep. Ann Rusk, a Boulder Democrat, …", "Rep. Joe Kerr, a two-term Democrat of Ohio, …", "Jane
    Roe, a Democrat, …" (groups "party", "from" -- the place after the noun -- and "home", the
    place before it). The place is capitalised words; a capitalised word after the noun makes it
    no party member ("a Republican National Committee member", "a Democrat Party official")."""
    noun = "|".join(sorted(w.capitalize() for w in lex.PARTY_MEMBER_NOUNS)) + "|independent"
    place = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
    return re.compile(r",\s+an?\s+(?:[a-z][a-z-]*\s+){0,2}?(?:(?P<home>" + place + r")\s+)?(?P<party>" + noun +
                      r")(?:\s+(?:from|of)\s+(?P<from>" + place + r"))?(?=\s*[,.;)—–]|\s+(?:who|whose|from|of|and|in|representing)\b)")


def home_party(ent, quoted: list[bool]) -> Optional[str]:
    """The party letter written right after a legislator's name: "Rep. Ann Lee (D-Ariz.)", "Sen.
    Tom Reed, R-Tenn.," -> "D", "R"; what "the Arizona Democrat" must agree with. Or in a party
    member's apposition (_party_apposition): "Sen. Dwight Hale, a Republican from North Dakota," -> "R"."""
    after = text_after(ent)
    m = _PARTY_LETTER.match(after)
    if m is None:
        p = _party_apposition().match(after)
        letter = ENGLISH.PARTY_LETTERS.get(p.group("party").lower()) if p is not None else None
    else:
        letter = m.group(1)
    return letter if letter is not None and ent.end < len(ent.doc) and not quoted[ent.end] else None


def located(ent) -> bool:
    """Whether a name stands where a place does: the object of "in", "near", "outside" …
    ("customers in Dartmouth"), or of the "of" of a hometown after a person ("Walter Pruett, 84,
    of Mesa"). The recogniser often tags a town an organisation; such a name is then no company
    for "the company said". Not "at" or "from" ("an economist at RBC", "a statement from Acme")."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in lex.LOCATED_PREPS:
        return True
    if prep.lower_ == "of":
        owner = prep.head
        return owner.ent_type_ == "PERSON" or owner.like_num or owner.ent_type_ in ("DATE", "CARDINAL")
    return False


def kin_relation(ent, quoted: list[bool]) -> Optional[tuple[str, str]]:
    """(kin noun, its possessor as written) of a name given in apposition to a kin noun or with one:
    "Her father, Réjean Gagné," / "his daughter Anna Berg" -> ("father", "her") / ("daughter",
    "his"); "Tom Berg, Anna's father," -> ("father", "Anna"). None without a possessor ("a father
    of three") or inside quotes."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma not in lex.KIN_NOUNS or quoted[noun.i] or noun.tag_ != "NN":
            continue
        poss = [c for c in noun.children if c.dep_ == "poss" and not quoted[c.i]]
        if not poss:
            return None
        p = poss[0]
        if p.pos_ == "PRON":
            return lemma, p.lower_
        words = [t.text for t in ent.doc[p.left_edge.i:p.i + 1] if t.tag_ != "POS"]
        return lemma, " ".join(words)
    return None


def dead_mention(ent, quoted: list[bool]) -> bool:
    """Whether the writer says, at this mention, that the person is dead: "Gunnar Lindqvist died in
    2004", "X passed away", "X was killed", "X, who died in May,", "the late X", "the death of X",
    "a funeral for X", "X's funeral", and the same of a noun the name is in apposition to ("His
    father, Robert Haldane, died in May"). Stage 2 then prefers a living namesake for "Mr. Haldane
    said" (an obituary quotes the son, not the father who died)."""
    lex = lexicon_for(ent.doc.lang_)
    doc = ent.doc
    if any(quoted[t.i] for t in ent):
        return False
    if ent.start > 0 and doc[ent.start - 1].lower_ == "late" and not quoted[ent.start - 1]:
        return True  # "the late Gunnar Lindqvist"

    def died(verb, passive: bool) -> bool:
        lemma = verb.lemma_.lower()
        if passive:
            return lemma in lex.KILL_VERBS
        return lemma in lex.DEATH_VERBS or lemma == "pass" and any(c.lower_ == "away" for c in verb.children)

    roots = [ent.root]
    if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
        roots.append(ent.root.head)
    for root in roots:
        if root.dep_ in ("nsubj", "nsubjpass") and died(root.head, root.dep_ == "nsubjpass"):
            return True
        if root.dep_ == "dobj" and root.head.lemma_.lower() in lex.KILL_VERBS:
            return True  # "the crash that killed 68-year-old Eleanor Pryce"
        for c in root.children:
            # "X, who died in 2004," / "X, who was killed in the crash,"
            if c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" and
                                         died(c, g.dep_ == "nsubjpass") for g in c.children):
                return True
        if root.dep_ == "poss" and root.head.lemma_.lower() in lex.DEATH_NOUNS:
            return True  # "Lindqvist's death", "Lindqvist's funeral"
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") and \
                root.head.head.lemma_.lower() in lex.DEATH_NOUNS:
            return True  # "the death of X", "a funeral for X"
    return False


def _person_apposition(ent, quoted: list[bool]) -> bool:
    """Whether a noun for a person stands in apposition after ``ent``: "Colorado's Kendal Unruh, a
    delegate serving on the rules committee," (which the recogniser tagged an organisation)."""
    lex = lexicon_for(ent.doc.lang_)
    def personal(c) -> bool:
        low = c.lemma_.lower()
        if c.pos_ in ("NOUN", "PROPN") and not quoted[c.i] and c.tag_ in ("NN", "NNP") and \
                (low in lex.PARTY_MEMBER_NOUNS or low in lex.PARTY_SYNONYMS and not low.endswith("s")):
            # (one member of a party: "Warren, a Massachusetts Democrat, told supporters …" tagged
            # an organisation; "Ford, a Tory," -- not "the Democrats")
            return True
        return c.pos_ == "NOUN" and not quoted[c.i] and (low in lex.PERSON_NOUNS or person_noun(low) or
                                                          low in lex.KIN_NOUNS and c.tag_ == "NN")

    root = ent.root
    # (or before it, the name in apposition to a kin noun: "Crate's granddaughter, Shania
    # Crate-Mason, now works …")
    return any(c.dep_ == "appos" and c.i > root.i and personal(c) for c in root.children) or \
        root.dep_ == "appos" and root.head.i < ent.start and personal(root.head)


def words_of(toks: list) -> list:
    """The words of a name's tokens, without the hyphens the tokenizer split off ("Crate - Mason")."""
    return [t for t in toks if t.text != "-"]


def _qualifies_noun(ent) -> bool:
    """Whether name span ``ent`` only qualifies a common noun right after it: "Carson advisers",
    "a Clinton spokesman" (not "Carson said", "Hillary Clinton's plan")."""
    root = ent.root
    return root.dep_ == "compound" and root.head.i == ent.end and root.head.pos_ == "NOUN"


def _modifiers_before(doc, i: int, quoted: list[bool]) -> list[str]:
    """Up to three capitalised adjectives or proper nouns right before token ``i`` on its line
    ("Liberal", "Toronto"), not a person's name nor a possessive ("CNN's")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and not quoted[j] and doc[j].pos_ in ("PROPN", "ADJ") and doc[j].is_title and \
            doc[j].ent_type_ != "PERSON" and "\n" not in doc[j].whitespace_ and not doc[j].is_sent_start:
        j -= 1
    if j >= 0 and i - j <= 3 and doc[j].is_sent_start and not quoted[j] and doc[j].pos_ in ("PROPN", "ADJ") and \
            doc[j].is_title and doc[j].ent_type_ != "PERSON":
        j -= 1  # the sentence's first word: "Liberal MPP Omar Haddad called …"
    return [t.text for t in doc[j + 1:i]]


def _titled_person(ent, quoted: list[bool]) -> Optional[str]:
    """ "Councilwoman Maria Lopez" tagged a work of art: a span of another label that is a role word
    and a first name and surname is a person ("PERSON"), else None."""
    toks = [t for t in ent if not t.is_punct]
    if any(quoted[t.i] for t in ent):
        return None
    for k in range(1, len(toks) - 1):
        name = toks[k:]
        # "Councilwoman Maria Lopez", "Ontario Minister of Labour Monte McNaughton"
        # (a first name in no list, two words right after the role: "Spokesperson Cendrix Bouchard")
        lex = lexicon_for(ent.doc.lang_)
        unlisted = len(name) == 2 and is_role(toks[k - 1].text) and name[0].is_alpha and name[1].is_alpha and \
            name[-1].lower_ not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS
        if 2 <= len(name) <= 3 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in name) and \
                (is_first_name(name[0].text) or unlisted) and any(is_role(t.text) for t in toks[:k]):
            return "PERSON"
    return None


def _org_apposition(ent, quoted: list[bool]) -> bool:
    """Whether a name is given an organisation's type in apposition: "Metrolinx, the provincial
    transit agency,"."""
    return type_after(ent.doc, ent.end, quoted) is not None


def type_after(doc, k: int, quoted: list[bool]) -> Optional[tuple[str, int]]:
    """(type noun, its token) of an organisation's type in apposition right after a name that
    ends before token ``k``: ", the provincial transit agency", ", a private security firm", ", the
    union representing …" (read by word order: the parse often makes the noun a second subject).
    Right after the name's comma only: in "Mujtaba Rahman of the Eurasia Group, a consulting firm"
    the firm is the group."""
    lex = lexicon_for(doc.lang_)
    n = len(doc)
    if k + 2 >= n or doc[k].text != "," or doc[k + 1].lower_ not in lex.ARTICLES or quoted[k + 1]:
        return None
    j = k + 2
    while j < n and j - k <= 5 and not quoted[j]:
        t = doc[j]
        if j + 1 < n and doc[j + 1].tag_ == "POS":
            # "Kazoua Hendricks, the association's executive director,": a possessor is whose the
            # noun after it is, not the name's type (she is the director, not the association).
            j += 2
            continue
        if t.pos_ == "NOUN" and (j + 1 >= n or doc[j + 1].pos_ not in ("NOUN", "PROPN")):
            lemma = t.lemma_.lower()
            if lemma in lex.ORG_TYPE_NOUNS or lemma in lex.COMPANY_NOUNS:
                return lemma, j
            return None
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and not (t.text == "-" or t.tag_ == "HYPH"):
            return None
        j += 1
    return None


def role_after(doc, k: int, quoted: list[bool]) -> Optional[str]:
    """The role noun of a person's role in apposition right after a name that ends before token
    ``k``, closed by a comma: ", the co-founder,", ", a longtime aide," (read by word order, as
    :func:`type_after` reads an organisation's type); None for an organisation's type noun."""
    lex = lexicon_for(doc.lang_)
    n = len(doc)
    if k + 2 >= n or doc[k].text != "," or doc[k + 1].lower_ not in lex.ARTICLES or quoted[k + 1]:
        return None
    j = k + 2
    while j + 1 < n and j - k <= 5 and not quoted[j]:
        t = doc[j]
        if t.pos_ == "NOUN" and doc[j + 1].text == ",":
            lemma = t.lemma_.lower()
            if lemma in lex.ROLE_NOUNS and lemma not in lex.ORG_TYPE_NOUNS and lemma not in lex.COMPANY_NOUNS:
                return lemma
            return None
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and not (t.text == "-" or t.tag_ == "HYPH"):
            return None
        j += 1
    return None


def type_before(doc, i: int, quoted: list[bool]) -> Optional[tuple[str, int]]:
    """(type noun, its token) of an organisation's type written right before the name starting at
    token ``i``, as a person's title is: "Environmental group Équiterre said", "the union Unifor",
    "Ottawa-based company Nokia" (not a person's noun: "group member Ann Lee" is hers)."""
    lex = lexicon_for(doc.lang_)
    if i == 0 or quoted[i - 1]:
        return None
    t = doc[i - 1]
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or t.tag_ != "NN" or not (lemma in lex.ORG_TYPE_NOUNS or lemma in lex.COMPANY_NOUNS) or \
            lemma in lex.ROLE_NOUNS:
        return None
    return lemma, i - 1


def type_next_subject(doc, span, quoted: list[bool]) -> Optional[tuple[str, int]]:
    """(type noun, its token) of an organisation's type that opens the next sentence as its
    subject, after an untagged name ``span`` that is the subject of its own: "Shopify reported a
    loss. The Ottawa-based company blamed higher costs." -> ("company", …). A reporter names a
    business once and then calls it by its type; a person would be "the 45-year-old", "the
    woman" (no organisation's noun). Only for a name that opens its sentence."""
    lex = lexicon_for(doc.lang_)
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT" or span.start != span.sent.start or \
            span[0].lower_ in lex.LEADING_JUNK or span.sent.end >= len(doc):
        return None
    nxt = doc[span.sent.end].sent
    first = next((t for t in nxt if not t.is_space), None)
    if first is None or first.lower_ not in lex.DEFINITE_DETERMINERS or quoted[first.i]:
        return None
    head = first.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT" or head.pos_ != "NOUN" or \
            head.i - first.i > 5 or quoted[head.i]:
        return None
    lemma = head.lemma_.lower()
    if lemma in lex.ORG_TYPE_NOUNS or lemma in lex.COMPANY_NOUNS:
        return lemma, head.i
    return None


def age_after(doc, k: int, quoted: list[bool]) -> Optional[int]:
    """The age written in apposition right after a name ending before token ``k``: "Jane Roe, 34,",
    "Luc, now 17,", "Ann Lee (81)", "Bob Stone, a 52-year-old welder"."""
    lex = lexicon_for(doc.lang_)
    n = len(doc)
    if k + 2 < n and doc[k].text == "(" and doc[k + 2].text == ")":
        return _age(doc[k + 1], quoted)
    if k + 1 >= n or doc[k].text != ",":
        return None
    j = k + 1
    if doc[j].lower_ in lex.AGE_LEADS:
        j += 1
    if j < n and doc[j].lower_ in lex.ARTICLES and j + 4 < n and doc[j + 2].text == "-" and \
            doc[j + 3].lower_ == "year" and doc[j + 4].text == "-":
        return _age(doc[j + 1], quoted)  # ", a 52-year-old welder"
    if j < n and (j + 1 >= n or doc[j + 1].text in (",", ".", ")", ";") or doc[j + 1].lower_ == "and"):
        return _age(doc[j], quoted)
    return None


def age_before(doc, i: int, quoted: list[bool]) -> Optional[int]:
    """ "34-year-old Jane Roe said": the age written before the name (token ``i``)."""
    if i >= 5 and doc[i - 1].lower_ == "old" and doc[i - 2].text == "-" and doc[i - 3].lower_ == "year" and \
            doc[i - 4].text == "-":
        return _age(doc[i - 5], quoted)
    return None


def _age(t, quoted: list[bool]) -> Optional[int]:
    if quoted[t.i] or not t.text.isdigit() or len(t.text) > 3:
        return None
    age = int(t.text)
    return age if 0 < age <= 120 else None


def renaming_roles(ent, quoted: list[bool]) -> tuple:
    """Role nouns of a description the writer uses to name again a person just named as a
    subject: "Tamsin Rhodes walked the red carpet, her first appearance since the Grammy-winning
    singer canceled her tour" and "Ann Lee won Sunday. The veteran senator …" -> singer, senator
    (what a later "the singer said" finds her by).

    Only a definite description with a modifier of its own ("the Grammy-winning singer", "the
    veteran senator"; a bare "the officer" brings in someone new) that is the subject of a later
    clause of the name's sentence or of the next sentence of its paragraph, with no other person
    named between; not a participle that says another part ("the arresting officer"), nor a noun of
    a relation to someone else ("the spokesman")."""
    lex = lexicon_for(ent.doc.lang_)
    doc = ent.doc
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or any(quoted[t.i] for t in ent):
        return ()
    sent = ent.sent
    end = sent.end
    if end < len(doc) and "\n" not in doc[end - 1].text_with_ws and not doc[end - 1].is_space:
        end = doc[end].sent.end  # the next sentence of the paragraph
    for t in doc[ent.end:end]:
        if quoted[t.i]:
            continue  # a title in quotes ("the premiere of “Harbor Lights”")
        if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "") and t.head.dep_ != "amod":
            # someone else named first ("President Obama had a talk with Francois Hollande. The
            # French president …"); "Grammy" of "Grammy-winning" is no one
            return ()
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass") or t.tag_ != "NN":
            continue
        lemma = t.lemma_.lower()
        if not (lemma in lex.ROLE_NOUNS or lemma in lex.PERSON_ROLE_NOUNS or lemma in lex.POSITION_NOUNS) or \
                lemma in lex.RELATION_NOUNS or \
                lemma in lex.KIN_NOUNS or lemma in lex.ORG_TYPE_NOUNS:
            return ()
        kids = list(t.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return ()
        # (in the name's sentence, the subject of a clause of time or cause on it, "since the
        # Grammy-winning singer canceled"; in the next, its main subject. Not one inside a
        # reported clause: "Trump said that the 43rd president was responsible" is someone else.)
        if t.sent.start == sent.start and not (t.head.dep_ == "advcl" and t.head.head.sent.start == sent.start) or \
                t.sent.start != sent.start and t.head != t.sent.root:
            return ()
        if any(a.dep_ in ("relcl", "acl", "ccomp") for a in t.ancestors) or \
                any(c.dep_ == "appos" for c in kids) or \
                any(e.label_ == "PERSON" and e.start != ent.start for e in t.sent.ents):
            # (nor one in a clause on a noun, "Ferre, who took over after the previous director
            # quit", nor one named in its own sentence: "the party chairwoman, Debbie …")
            return ()
        mods = [c for c in kids if c.dep_ in ("amod", "compound") and c.i < t.i]
        if not mods or any(c.tag_ in ("VBG", "VBN") and "-" not in c.text and
                           not (c.i > 0 and doc[c.i - 1].text == "-") or
                           c.ent_type_ in ("ORDINAL", "CARDINAL") or c.like_num for c in mods):
            return ()  # (an ordinal picks out someone else: "the 43rd president")
        if any(c.text[:1].isupper() and c.ent_type_ in ("GPE", "NORP", "LOC") for c in mods):
            # "The Vermont senator emailed supporters", "the Texas senator said": a description
            # with a place or a party of its own is written as the speaker's name in the news
            # convention PolNeAR annotates (and that tests/test_role_descriptions.py keeps): it
            # stays as written, as "the Florida senator" does elsewhere.
            return ()
        return (lemma,)
    return ()


def described_roles(ent, quoted: list[bool]) -> tuple:
    """The person noun of an indefinite description in apposition after a name, one no list makes
    a title: "Horacio Pazmiño, a retired structural engineer who lives on the fourth floor," ->
    engineer (what a later "the retired engineer said" finds him by, as "the mayor" finds a mayor).
    A role noun there is a title already (appositive_title); a thing is no role ("Ann Lee, a
    fixture at the market," gives none: it names no one's calling)."""
    lex = lexicon_for(ent.doc.lang_)
    for c in ent.root.children:
        if c.dep_ != "appos" or c.i < ent.root.i or quoted[c.i] or c.pos_ != "NOUN" or c.tag_ != "NN":
            continue
        lemma = c.lemma_.lower()
        if lemma in lex.ROLE_NOUNS or not lemma.isalpha() or not person_noun(lemma, lex) or \
                not any(d.dep_ == "det" and d.lower_ in lex.INDEFINITES for d in c.children):
            continue
        return (lemma,)
    return ()


def verb_roles(root) -> tuple:
    """Role nouns the verb a person is the subject of gives her ("Joe Martelli owns the Bluebird
    Cafe" -> owner, proprietor; "Ann Lee runs a bakery"): only with an object, so "Lee runs every
    morning" gives none."""
    lex = lexicon_for(root.doc.lang_)
    # "Ann Lee, who owns the bakery, …": the verb of a relative clause on the name.
    rel = [c for c in root.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and
           any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)]
    if rel:
        verb = rel[0]
    elif root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return ()
    else:
        verb = root.head
    if verb.lemma_.lower() == "be":
        # "Tom Delisle, 81, is an elder and a retired ironworker …", "Marie Tremblay, who is a
        # pharmacist, …": what the person is said to be is a role "the elder says", "the pharmacist
        # said" can find her by (a common noun; not "is a Liberal", "is the reason").
        nouns = [c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NN"]
        nouns += [c for n in nouns for c in n.conjuncts if c.tag_ == "NN" and c.i > n.i]
        return tuple(n.lemma_.lower() for n in nouns
                     if any(d.lower_ in lex.INDEFINITES for d in n.children if d.dep_ == "det"))
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in lex.INTRANSITIVE_VERB_ROLES:
        return lex.INTRANSITIVE_VERB_ROLES[verb.lemma_.lower()]
    if not objs:
        return ()
    # (and what the object says: "who represents Ward 10" is a councillor)
    return lex.VERB_ROLES.get(verb.lemma_.lower(), ()) + \
        lex.VERB_OBJECT_ROLES.get((verb.lemma_.lower(), objs[0].lemma_.lower()), ())


def _misread_surname(doc, j: int, quoted: list[bool], lex) -> bool:
    """Whether token ``j``, right after a listed first name the recogniser left untagged, is a surname
    it took for a place or an organisation: a one-token GPE/ORG/NORP/LOC entity, title case, outside
    quotes, with no proper noun after it. "Priya Raghunathan was eight months pregnant" (Raghunathan
    a GPE), "Harjit Kandola runs the shop" (Kandola an ORG): the first name says who it is, and
    the bare "Raghunathan" later is her. A place after a first name in a list ("Anna Toronto")
    is not a thing newsrooms write."""
    if j >= len(doc):
        return False
    t = doc[j]
    e = _hyphen_end(doc, j, quoted)
    return t.ent_type_ in lex.MISREAD_SURNAME_LABELS and t.ent_iob_ == "B" and \
        all(doc[k].ent_iob_ == "I" for k in range(j + 1, e + 1)) and \
        (e + 1 >= len(doc) or doc[e + 1].ent_iob_ != "I") and t.pos_ == "PROPN" and t.is_title and \
        t.is_alpha and not quoted[j] and "\n" not in doc[j - 1].whitespace_ and \
        not (e + 1 < len(doc) and doc[e + 1].pos_ == "PROPN" and doc[e + 1].is_title)


def _hyphen_end(doc, j: int, quoted: list[bool]) -> int:
    """The last token of the hyphenated surname starting at token ``j``: "Oyelaran - Strand" (the
    tokenizer splits at the hyphen; a name's parts are written without spaces), else ``j``. "Annika
    Oyelaran-Strand studies heat illness" with only the surname tagged a place is a person as
    "Priya Raghunathan" is."""
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and \
            doc[j + 2].is_title and doc[j + 2].is_alpha and not quoted[j + 2]:
        j += 2
    return j


def missed_named(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """Names the recogniser left untagged that the sentence itself says what they are: a proper
    noun given an organisation's type in apposition ("Unifor, the union that represents the
    workers," -> organisation, type union) or an age ("Luc, now 17," -> person, 17)."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc:
        if t.ent_type_ and t.ent_iob_ == "B" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_ != "I") and \
                t.ent_type_ != "PERSON" and t.is_title and t.is_alpha and given_as_name(t, quoted):
            # (the recogniser's one-word organisation or place there is the name all the same:
            # "her first name, Lakeisha," tagged an organisation)
            out.append(NameMention(t.idx + base, t.idx + len(t.text) + base, t.text, "PERSON", None, None, False,
                                   False, -1))
            continue
        if t.lower_ == "local" and t.is_title and t.i + 1 < len(doc) and doc[t.i + 1].like_num and t.i and \
                not t.ent_type_ and not quoted[t.i] and doc[t.i - 1].pos_ == "PROPN" and not doc[t.i - 1].ent_type_:
            # "CUPE Local 1157, which represents …": a union local the recogniser missed, known by
            # its number (what "the union said" stands for).
            lo = t.i - 1
            while lo > 0 and t.i - lo < 5 and doc[lo - 1].pos_ == "PROPN" and not doc[lo - 1].ent_type_ and \
                    not quoted[lo - 1] and doc[lo - 1].text[:1].isupper():
                lo -= 1
            span = doc[lo:t.i + 2]
            out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "ORG", None, None, False,
                                   t.dep_ in ("nsubj", "nsubjpass"), -1))
            continue
        # (a legal ending written with its dot counts as a word: "Tidewater Outfitters Ltd.")
        if t.ent_type_ or quoted[t.i] or t.pos_ != "PROPN" or not (t.is_title or _legal_suffix(t, lex) or
                                                                   brand_cased(t.text)) or \
                not (t.is_alpha or _dotted_end(t, lex)) or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" or \
                _role_word(t.text):
            continue
        org = _untagged_org(doc, t, quoted, lex)
        if org is not None:
            # "The Alzheimer's Association said it welcomed the results": a run of capitalised
            # words ending in an organisation's word, the recogniser silent; what "the
            # association said" stands for.
            out.append(NameMention(org.start_char + base, org.end_char + base, org.text, "ORG", None, None, False,
                                   org.root.dep_ in ("nsubj", "nsubjpass"), -1, None, (),
                                   speaks=org.root.dep_ in ("nsubj", "nsubjpass") and lex.is_cue_token(org.root.head)))
            continue
        lo = t.i
        while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title and not doc[lo - 1].ent_type_ and \
                not quoted[lo - 1] and t.i - lo < 3:
            lo -= 1
        typed = type_after(doc, t.i + 1, quoted)
        french = _french_name_start(doc, lo, quoted, lex) if typed is not None else None
        if french is not None:
            lo = french  # "The Syndicat des électriciens du Québec, the union representing …,"
        elif lo > 0 and (doc[lo - 1].pos_ in ("PROPN", "ADJ") or doc[lo - 1].tag_ == "POS"):
            continue  # inside a longer name or after a modifier
        span = doc[lo:t.i + 1]
        kind = noun = None
        if typed is None:
            typed = type_next_subject(doc, span, quoted)  # "Shopify reported a loss. The company …"
        if typed is not None and not is_first_name(span[0].text):
            kind, noun = "ORG", typed[0]
            title_start = doc[typed[1]].idx + base
        age = age_after(doc, t.i + 1, quoted)
        if kind is None and age is not None and (is_first_name(span[0].text) or not _aged_thing(doc, t.i + 1, lex)):
            # "Luc, now 17,"; and a surname the recogniser left untagged, "Lachance, a 19-year-old
            # centre," (what "the 19-year-old said" finds him by), but not "Acme, a 40-year-old firm,"
            kind = "PERSON"
            while lo < t.i - 1 and (doc[lo].lower_ in lex.PERSON_ROLE_NOUNS or doc[lo].lower_ in lex.DESCRIPTOR_NOUNS or
                                    _role_word(doc[lo].text)):
                lo += 1  # "Neighbour Curtis Boudreau, 61,": who he is, not his name
            span = doc[lo:t.i + 1]
            title_start = span.start_char + base - 1
        # (not the second half of a hyphenated word: "Sen. Desmond Achterberg, D-Corvallis, the
        # committee chair," gives the senator's party and town, and the role is his)
        glued = t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_
        role = role_after(doc, t.i + 1, quoted) if kind is None and lo == t.i and not glued else None
        if role is not None:
            # "Marsh, the co-founder, who still sits on the board, watched …": a surname the
            # recogniser left untagged, given a person's role in apposition, is that person (whom
            # the "he" and "the 58-year-old" after it stand for).
            kind, noun, title_start = "PERSON", None, -1
        if kind is None and lo == t.i and given_as_name(t, quoted):
            kind, title_start = "PERSON", -1
        if kind is None:
            continue
        out.append(NameMention(span.start_char + base, span.end_char + base, span.text, kind, noun, None, False,
                               t.dep_ in ("nsubj", "nsubjpass"), title_start, age if kind == "PERSON" else None,
                               ((role,) if role else verb_roles(t)) if kind == "PERSON" else ()))
    return out




def given_as_name(t, quoted: list[bool]) -> bool:
    """Whether proper noun ``t`` is written in apposition to "name": "a 17-year-old who would give
    only his first name, Javion, said …", "a neighbor who gave her first name, Lakeisha," -- a
    person's name, whom the "he said" after it stands for (a thing's name has no "his"/"her":
    "the storm's name, Helene,")."""
    lex = lexicon_for(t.doc.lang_)
    name = t.head
    return t.dep_ == "appos" and t.pos_ == "PROPN" and not quoted[t.i] and name.lemma_.lower() == "name" and \
        name.pos_ == "NOUN" and name.i < t.i and not quoted[name.i] and \
        any(c.dep_ == "poss" and c.lower_ in lex.PRONOUN_GENDER for c in name.children)


def _french_name_start(doc, lo: int, quoted: list[bool], lex) -> Optional[int]:
    """The first token of a French organisation's name that ends in the capitalised word at token
    ``lo``: "Syndicat des électriciens du Québec" (its common nouns in lower case, after a linking
    word), opening the sentence or after an article; None if the words before are no such name."""
    j = lo
    while j > 0 and lo - j < 8 and not quoted[j - 1] and "\n" not in doc[j - 1].whitespace_ and doc[j - 1].is_alpha and \
            (doc[j - 1].lower_ in lex.FRENCH_NAME_LINKS or doc[j - 1].is_lower or doc[j - 1].is_title):
        j -= 1
        if doc[j].is_title and doc[j].lower_ not in lex.FRENCH_NAME_LINKS and \
                (j == 0 or doc[j].is_sent_start or doc[j - 1].lower_ in lex.ARTICLES):
            break
    words = doc[j:lo]
    if j == lo or not doc[j].is_title or doc[j].lower_ in lex.ARTICLES or not words or \
            words[-1].lower_ not in lex.FRENCH_NAME_LINKS:
        return None
    # Each lower-case word comes after a linking word ("des électriciens"), never opens the run.
    seen = False
    for w in words[1:]:
        if w.lower_ in lex.FRENCH_NAME_LINKS:
            seen = True
        elif w.is_lower and not seen:
            return None
    return j


# How many tokens after a family noun the name of its person may be: "The family of one of the
# victims, 52-year-old Dennis Marchand of Orillia," (the parser hangs the name anywhere in it).
FAMILY_NAME_REACH = 16


def family_names(doc, base: int, quoted: list[bool], campaigns: bool = False) -> list[tuple[int, str]]:
    """(offset of the noun, surname) of each family named by a person of it, outside quotes: "the
    Marchand family", "the Nguyen-Bouchard family", "Dennis Marchand's family", "the family of
    Dennis Marchand", "The family of one of the victims, Dennis Marchand,". Not "his family" (a
    pronoun: stage 1's to resolve) nor "a family of four". With ``campaigns``, the campaigns named
    so instead ("Eastwood's campaign", "the Ostrowski campaign"), and no couples."""
    lex = lexicon_for(doc.lang_)
    out = []
    nouns = lex.CAMPAIGN_NOUNS if campaigns else lex.FAMILY_NOUNS
    for t in doc:
        if t.pos_ != "NOUN" or t.lower_ not in nouns or quoted[t.i]:
            continue
        surname = None
        left = [c for c in t.lefts if c.dep_ in ("compound", "poss", "nmod", "amod") and not quoted[c.i]]
        if left:
            # "the Marchand family", "Dennis Marchand's family", "the Nguyen-Bouchard family"
            first = min(c.left_edge.i for c in left)
            words = [w for w in doc[first:t.i] if w.tag_ != "POS"]
            text = "".join(w.text_with_ws for w in words).strip()
            if words and all(w.is_title or w.text == "-" for w in words) and \
                    all(w.pos_ == "PROPN" or w.text == "-" for w in words):
                surname = text.split(" ")[-1]
        else:
            of = [c for c in t.rights if c.dep_ in ("prep", "appos", "acl") and not quoted[c.i]]
            if of and (of[0].dep_ != "prep" or of[0].lower_ == "of"):
                # (a first name and a surname tagged an organisation count: "Dennis Marchand")
                people = [e for e in doc.ents if (e.label_ == "PERSON" or e.label_ == "ORG" and 2 <= len(e) <= 3 and
                                                  is_first_name(e[0].text)) and t.i < e.start and
                          e.end <= t.i + FAMILY_NAME_REACH and e.sent == t.sent and
                          not any(quoted[x.i] for x in e) and
                          any(x.i in {y.i for c in of for y in c.subtree} or x.head.i == t.i for x in e)]
                if people:
                    surname = re.sub(r"['’]s?$", "", clean_name(people[0].text).split(" ")[-1])
        if surname and surname[:1].isupper() and surname.lower() not in lex.NOT_LAST_NAMES:
            out.append((t.idx + base, surname))
    if campaigns:
        return sorted(out)
    # Two first names before one surname are a family by it: "Richard and Ginette Lapointe were
    # filling out forms. … “…,” the couple said" is the Lapointe couple (and "the family said").
    for e in doc.ents:
        if e.label_ != "PERSON" or len(e) != 2 or e.start < 2 or any(quoted[x.i] for x in e):
            continue
        first, conj = doc[e.start - 2], doc[e.start - 1]
        if conj.lower_ == "and" and first.is_title and is_first_name(first.text) and is_first_name(e[0].text) and \
                not quoted[first.i] and (e.start < 3 or not doc[e.start - 3].is_title) and \
                e[1].lower_ not in lex.NOT_LAST_NAMES and e[1].lower_ not in lex.COMPANY_TAIL:
            out.append((first.idx + base, e[1].text))
    return sorted(out)


def kin_lists(doc, base: int, quoted: list[bool]) -> list[tuple[int, str, str, str]]:
    """(offset, name, kin noun, whose) for each name listed after a plural kin noun its owners
    "have": "Bouchard and her husband, Minh Nguyen, have three children: Léa, 16, Thomas, 12, and
    Gabrielle, 7" -> Léa, Thomas and Gabrielle are each a "child" of "Bouchard" and of "Minh
    Nguyen"; "Ann Lee has two sons, Mark and Tim" -> "son" of "Ann Lee". Features name children by
    first name only, and the recogniser tags them anything (a place, nothing): a capitalised word
    that is a listed first name counts."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.tag_ != "NNS" or lemma not in lex.PLURAL_KIN or quoted[t.i] or t.dep_ != "dobj" or \
                t.head.lemma_.lower() != "have":
            continue
        noun = lex.PLURAL_KIN[lemma]
        owners = []
        for s in (c for c in t.head.children if c.dep_ == "nsubj" and not quoted[c.i]):
            for o in [s] + [c for c in s.children if c.dep_ == "conj"]:
                named = [c for c in o.children if c.dep_ == "appos" and c.pos_ == "PROPN"] if o.pos_ == "NOUN" else [o]
                for n in named:
                    if n.pos_ == "PROPN" and n.is_title:
                        owners.append(_name_at(n))
        names = []
        for k in range(t.i + 1, min(t.sent.end, t.i + 1 + KIN_LIST_REACH)):
            u = doc[k]
            if quoted[k] or u.pos_ != "PROPN" or not u.is_title or k and doc[k - 1].pos_ == "PROPN":
                continue
            if u.ent_type_ == "PERSON" or is_first_name(u.text):
                names.append((u.idx + base, _name_at(u)))
        for off, name in names:
            out.extend((off, name, noun, o) for o in owners if o != name)
    return out


# How many tokens after "three children" a list of their names may run.
KIN_LIST_REACH = 24


def _name_at(t) -> str:
    """The name the token ``t`` is part of: the recogniser's person span, else the run of
    capitalised proper nouns around it ("Minh Nguyen", "Léa")."""
    for e in t.doc.ents:
        if e.start <= t.i < e.end and e.label_ == "PERSON":
            return clean_name(e.text)
    a = b = t.i
    while a > 0 and t.doc[a - 1].pos_ == "PROPN" and t.doc[a - 1].is_title:
        a -= 1
    while b + 1 < len(t.doc) and t.doc[b + 1].pos_ == "PROPN" and t.doc[b + 1].is_title:
        b += 1
    return t.doc[a:b + 1].text


def _untagged_org(doc, t, quoted: list[bool], lex):
    """The span of an organisation's name the recogniser left untagged that ends at token ``t``, a
    capitalised word of ``ORG_NAME_ENDS`` ("Association"), after one to five capitalised words or
    a possessive ("Alzheimer's"), outside quotes and on one line; None otherwise."""
    if t.lower_ not in lex.ORG_NAME_ENDS and not _dotted_end(t, lex):
        return None
    lo = t.i
    while lo > 0 and t.i - lo < 6 and not quoted[lo - 1] and not doc[lo - 1].ent_type_ and \
            "\n" not in doc[lo - 1].whitespace_ and \
            (doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].is_title or doc[lo - 1].tag_ == "POS" and lo - 1 > 0 and
             doc[lo - 2].is_title):
        lo -= 1
    if lo == t.i or doc[lo].tag_ == "POS" or doc[lo].is_sent_start and doc[lo].lower_ in lex.ARTICLES:
        return None
    return doc[lo:t.i + 1]


def _dotted_end(t, lex) -> bool:
    """A business's name ending abbreviated with its dot: "Ltd.", "Inc.", "Corp.", "Co."."""
    return t.text.endswith(".") and t.text[:-1].isalpha() and t.text[:1].isupper() and \
        t.lower_.rstrip(".") in lex.BUSINESS_NAME_ENDS


def _legal_suffix(t, lex) -> bool:
    """An organisation's name ending written in capitals: "Brightwater Residential REIT", "Acme
    Solar LLC" (a word the title-case test misses)."""
    return t.is_upper and t.lower_ in lex.ORG_NAME_ENDS


def _aged_thing(doc, k: int, lex) -> bool:
    """Whether the age in apposition from token ``k`` ends in a company's or a document's noun
    (", a 40-year-old company,")."""
    for t in doc[k:k + 9]:
        if t.lower_ == "old" and t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            return nxt.lemma_.lower() in lex.COMPANY_NOUNS | lex.DOC_THINGS
    return False


def missed_people(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """People the recogniser left untagged: a run of two or three capitalised proper nouns outside
    quotes and outside any entity, the first a listed first name ("Paramedic Derek Osei has been on
    the road" -> Derek Osei), with the role before it as title."""
    lex = lexicon_for(doc.lang_)
    out = []
    i, n = 0, len(doc)

    def glued(k: int) -> int:
        # The last token of the hyphenated word starting at token k: "Marie - Ève", "Tremblay - Gagné"
        # (the tokenizer splits at the hyphen; a name's parts are written without spaces).
        while k + 2 < n and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and \
                doc[k + 2].is_title and doc[k + 2].is_alpha and not quoted[k + 2]:
            k += 2
        return k

    ent_of = {k: e for e in doc.ents for k in range(e.start, e.end)}
    while i < n:
        t = doc[i]
        k = particle_surname_end(doc, i, quoted) if t.is_lower and not t.ent_type_ else -1
        if k > i and (i == 0 or not doc[i - 1].text[:1].isupper()) and \
                not any(doc[x].ent_type_ for x in range(i, k + 1)) and doc[k].dep_ in ("nsubj", "nsubjpass"):
            # A particle surname alone as a clause's subject: "In a phone interview, de Wit says
            # he …" (a name in mid-sentence; not "Université de Montréal", a capitalised word first).
            span = doc[i:k + 1]
            out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "PERSON", None, None,
                                   False, True, -1))
            i = k + 1
            continue
        inside = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
        tagged = ent_of.get(i)
        vouched = tagged is not None and _misread_person(tagged, i, glued(i), quoted)
        # A span the recogniser ended on a listed first name before a particle surname it left out
        # ("Pieter and Anouk" + "de Wit" an organisation), or ran from a first name over "and"
        # ("Pieter and"): no name of its own; the name runs on (and "Pieter" shares the surname).
        # So is a span of just a listed first name and a particle surname ("Anouk de Wit" an
        # organisation): a company is not named so.
        cut = tagged is not None and is_first_name(t.text) and \
            (tagged.end == i + 1 and particle_surname_end(doc, i + 1, quoted) >= 0 or
             tagged.start == i and particle_surname_end(doc, i + 1, quoted) == tagged.end - 1 or
             i + 1 < tagged.end and doc[i + 1].lower_ == "and" and tagged.start == i)
        vouched = vouched or cut
        hyphenated = _first_name_before_hyphenated(doc, i, quoted)
        if not (t.pos_ == "PROPN" or _first_name_as_noun(t) or hyphenated) or tagged is not None and \
                not (vouched or _lone_misread(doc, i)) or quoted[i] or \
                not t.is_title or not t.is_alpha or inside or \
                not (is_first_name(t.text) or _unlisted_person(doc, i, quoted, lex)) or t.lower_ in lex.SURNAME_STARTS or \
                i and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title and not (i >= 2 and doc[i - 2].lower_ == "of") \
                and not _abbreviated_title(doc[i - 1]) and not _role_word(doc[i - 1].text):
            i += 1
            continue
        words = 1
        j = glued(i) + 1
        # Two given names take two surnames: "María Guadalupe Torres Ávila", "José Luis Ramírez
        # Ortega" (a Spanish name's father's and mother's surnames); else up to three words.
        most = 4 if j < n and doc[j].is_title and is_first_name(doc[j].text) else 3
        # a surname may be camel-cased: "Connor McDavid", "Aaliyah DeSouza"
        while j < n and words < most and doc[j].pos_ == "PROPN" and name_cased(doc[j].text) and \
                (not doc[j].ent_type_ or _lone_org_word(doc[j]) or tagged is not None and
                 (ent_of.get(j) is tagged or tagged.label_ == "PERSON" and _misread_surname(doc, j, quoted, lex))) and \
                not quoted[j] and (doc[j].is_alpha or "-" in doc[j].text) and "\n" not in doc[j - 1].whitespace_:
            j = glued(j) + 1
            words += 1
        if words < most and j < n and "\n" not in doc[j - 1].whitespace_:
            # A surname with a lower-case particle: "Mayor Réjean de la Tour", "Deputy Mayor Yvette
            # d’Entremont", "Anouk de Wit" (the recogniser tags none of them, or an organisation).
            k = particle_surname_end(doc, j, quoted)
            if k >= 0 and all(not doc[x].ent_type_ or ent_of.get(x) is tagged for x in range(j, k + 1)):
                j = k + 1
                words += 1
                vouched = vouched or tagged is not None and (is_first_name(t.text) or _role_word(doc[i - 1].text))
        if words == 1 and hyphenated:
            j = _hyphen_end(doc, i + 1, quoted) + 1
            words = 2
        if words == 1 and _misread_surname(doc, j, quoted, lex):
            # "Priya Raghunathan" with the surname tagged a place: a person all the same
            j = _hyphen_end(doc, j, quoted) + 1
            words += 1
        if words == 1 and (tagged is None or cut):
            # "Priya and Rohan Mehta were celebrating …" with "Priya" untagged: a first name alone
            # before "and" and a full name shares its surname (see shared_surname), and "Priya
            # said" later is Priya Mehta.
            shared = shared_surname(doc[i:j], quoted)
            if shared is not None:
                out.append(NameMention(t.idx + base, t.idx + len(t) + base, t.text, "PERSON", None, None, False,
                                       t.dep_ in ("nsubj", "nsubjpass"), t.idx + base - 1, shared=shared))
        if words >= 2 and t.ent_type_ and not vouched and not said_of_a_person(doc[i:j], quoted, loose=True):
            words = 0  # "Austin Energy" with "Austin" a place: no sign of a person
        if words >= 2 and (j >= n or not (doc[j].pos_ == "PROPN" and name_cased(doc[j].text))):
            words = title_before(doc, i, quoted)
            honorific = None
            if words and words[-1].lower().rstrip(".") in lex.COURTESY:
                honorific = words.pop().lower().rstrip(".")
            span = doc[i:j]
            # What the parse says of the name as of a recognised one: the surname's role in its
            # clause ("Kayla Desrosiers testified …": the subject, a witness), an age after it.
            out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "PERSON",
                                   " ".join(words) or None, honorific, False,
                                   doc[j - 1].dep_ in ("nsubj", "nsubjpass"), span.start_char + base - 1,
                                   age_after(doc, j, quoted), verb_roles(doc[j - 1])))
        i = j
    return out


# A French elided particle glued to a surname: "d’Entremont", "d'Amours", "l’Heureux".
_ELIDED_SURNAME = re.compile(r"^[dl]['’][A-ZÀ-Ý][\w'’-]+$")


def particle_surname_end(doc, j: int, quoted: list[bool]) -> int:
    """The last token of a surname written with a lower-case particle that starts at token ``j``
    (one or two particles and a capitalised word: "de la Tour", "van der Berg", "de Wit"; or a word
    with an elided particle: "d’Entremont"), or -1. Read after a first name or a title, where such
    a run is a name's end, not a phrase ("the Port de Québec" has no first name before it)."""
    lex = lexicon_for(doc.lang_)
    n = len(doc)
    if j >= n or quoted[j]:
        return -1
    if _ELIDED_SURNAME.match(doc[j].text):
        return j
    k = j
    while k < n and k - j < 2 and doc[k].is_lower and doc[k].lower_ in lex.SURNAME_PARTICLES and not quoted[k] and \
            "\n" not in doc[k].whitespace_ and doc[k].whitespace_:
        k += 1
    if k == j or k >= n or quoted[k] or not (doc[k].is_alpha and name_cased(doc[k].text)):
        return -1
    return k


def _unlisted_person(doc, i: int, quoted: list[bool], lex) -> bool:
    """Whether tokens ``i``, ``i + 1``, two capitalised words no recogniser tagged, the first in no
    list of first names, are a person's name by the words around them: a noun for a person in
    apposition after them ("Aleem Chaudhary, president of Amalgamated Transit Union Local 1505,
    said"), or a role word right before them ("Spokesperson Cendrix Bouchard said"). Not a
    company's or an institution's name ("Harbour Foods, the grocer,")."""
    if i + 3 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and \
            all(doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_ and not quoted[k] for k in (i, i + 2, i + 3)) and \
            doc[i + 3].pos_ == "PROPN" and i and _role_word(doc[i - 1].text) and not quoted[i - 1] and \
            doc[i + 3].lower_ not in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS:
        # "Dr. I-Min Lee of Harvard Medical School", "Coach Jae-Won Park": a hyphenated given name
        # (romanised, in no list) and a surname after a title.
        return True
    if i and _role_word(doc[i - 1].text) and not quoted[i - 1] and doc[i].is_title and doc[i].is_alpha and \
            not doc[i].ent_type_ and not quoted[i] and doc[i].lower_ not in lex.NOT_FIRST_NAMES and \
            particle_surname_end(doc, i + 1, quoted) >= 0:
        # "Mayor Réjean de la Tour": a given name in no list, a particle surname after a title.
        return True
    if i + 1 >= len(doc) or any(doc[k].ent_type_ or quoted[k] for k in (i, i + 1)):
        return False
    a, b = doc[i], doc[i + 1]
    if not (a.pos_ == "PROPN" and b.pos_ == "PROPN" and a.is_title and b.is_title and a.is_alpha and b.is_alpha) or \
            b.lower_ in lex.COMPANY_TAIL | lex.NOT_COMPANY_WORDS | lex.ORG_NAME_ENDS or \
            a.lower_ in lex.NOT_FIRST_NAMES or \
            i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN" and doc[i + 2].is_title:
        return False
    if i and _role_word(doc[i - 1].text) and not quoted[i - 1]:
        return True
    return _person_apposition(doc[i:i + 2], quoted)


def _not_a_name_end(t) -> bool:
    """A word no person's name ends in that the recogniser can take in: a small word ("of", "and")
    or a number or score ("Kerri Eyolfson 7-6"). The lower-case second syllable of a romanised
    Korean (or Chinese) given name glued on by a hyphen ends a name: "Lee Ji-won", "Kim Young-ja"
    (not "Lee Ji")."""
    return t.is_lower and t.is_alpha and not _glued_syllable(t) or t.like_num or t.text[:1].isdigit()


def _glued_syllable(t) -> bool:
    """Whether ``t`` is a lower-case syllable glued by a hyphen to a short capitalised one before
    it: "won" in "Ji-won", "soo" in "Dong-soo" (not "led" in a "Smith-led" the span ended before)."""
    doc, i = t.doc, t.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and \
        doc[i - 2].is_title and doc[i - 2].is_alpha and _syllables(doc[i - 2].text, t.text)


def person_span(ent):
    """A person's recogniser span without the words after the name it took in ("Clarence Odom of
    Greater …" -> "Clarence Odom") and without a player's position before it ("Third Jill
    Kowalski-Ng" -> "Jill Kowalski-Ng")."""
    k = ent.end
    while k - 1 > ent.start and (_not_a_name_end(ent.doc[k - 1]) or ent.doc[k - 1].is_punct):
        k -= 1
    i = ent.start + 1 if _position_first(list(ent.doc[ent.start:k])) else ent.start
    return ent if (i, k) == (ent.start, ent.end) else ent.doc[i:k]


def _position_first(toks) -> bool:
    """Whether a person's span opens with a player's position before a first name and a surname:
    a curler's place in the rink ("Third Jill Kowalski-Ng", "Skip Rachel Homan", "Lead Emma
    Miskew") or a position on a team ("Goalie Mathis Leclerc"), capitalised in a lineup or at the
    start of a sentence. Who she is in the game, no part of her name; not "Skip Bayless" (no first
    name after it), nor "Second Cup" (no person)."""
    lex = lexicon_for(toks[0].doc.lang_) if toks else None
    return len(toks) >= 3 and toks[0].is_title and toks[0].lower_ in lex.LINEUP_POSITIONS | lex.POSITION_NOUNS and \
        is_first_name(toks[1].text) and all(t.text[:1].isupper() or t.text == "-" for t in toks[1:])


def _misread_person(ent, i: int, last: int, quoted: list[bool]) -> bool:
    """Whether recogniser span ``ent``, holding the listed first name at tokens ``i``..``last``, is
    a person's name it mislabelled or cut: the first name alone tagged a person with the surname
    read as a place ("Marc-André" + "Sauvé" a GPE), or a span of another label made of role words
    and the name, with a role for a person in it or before it ("Linebacker Marcus Okonkwo" an ORG,
    "Trustee Amrit" + "Sandhu", "letter carrier Amandeep Dhillon" a PRODUCT). Not "Tim Hortons" or
    "Morgan Stanley": an organisation so named has no person's role."""
    doc = ent.doc
    before = doc[ent.start:i]
    if len(before) and not (_role_word(doc[i - 1].text) or _abbreviated_title(doc[i - 1])) or \
            any(not (t.is_title or t.is_punct) for t in before):
        # ("Insp. Marc-André" a person, "Vandalia Police Chief Kurt Althouse" an organisation: the
        # rank or the title ending in a role word is no part of the name)
        return False
    if ent.label_ == "PERSON":
        return ent.end == last + 1
    return ent.start < i or bool(title_before(doc, i, quoted)) or said_of_a_person(ent, quoted) or \
        age_after(doc, ent.end, quoted) is not None or _owns_as_person(ent.root, quoted)


def _owns_as_person(t, quoted: list[bool]) -> bool:
    """Whether subject token ``t``'s own clause gives it something as "his"/"her" ("Jean-François
    Thibodeau spent the night in his car"), or the clause it says does ("Amandeep Dhillon said her
    route had grown"): what a person does with what is his (an organisation's is "its"; see
    :func:`_owns_as_it`)."""
    lex = lexicon_for(t.doc.lang_)
    if t.dep_ != "nsubj" or quoted[t.head.i]:
        return False
    objs = [c for c in t.head.children if c.dep_ in ("dobj", "prep", "pobj", "ccomp")]
    return any(g.lower_ in lex.PRONOUN_GENDER and g.dep_ == "poss" and not quoted[g.i] for c in objs for g in c.subtree)


def _lone_misread(doc, i: int) -> bool:
    """Token ``i`` is an entity of its own that a first name often is misread as: "Anneliese" a
    nationality, "Jordan" a place (a first name followed by an untagged surname is a person)."""
    t = doc[i]
    return t.ent_type_ in ("NORP", "GPE", "LOC", "ORG") and t.ent_iob_ == "B" and \
        (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")


def _abbreviated_title(t) -> bool:
    """An abbreviated title before a first name: "Capt." of "Halifax Regional Fire and Emergency
    Capt. Lorne MacIsaac" (the name starts after it, not inside a longer name)."""
    lex = lexicon_for(t.doc.lang_)
    return t.text.endswith(".") and t.text.lower().rstrip(".") in lex.TITLE_ABBREVIATIONS


def _lone_org_word(t) -> bool:
    """A surname the recogniser alone tagged an organisation, after a first name: "MacIsaac" of
    "Capt. Lorne MacIsaac" read as a one-word ORG."""
    # (a hyphenated surname the recogniser alone tagged: "Boudreau-Samson" of "MLA Trevor
    # Boudreau-Samson", split at the hyphen by the tokenizer)
    doc, k = t.doc, t.i
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and \
            doc[k + 2].is_title and doc[k + 2].ent_iob_ == "I":
        k += 2
    return t.ent_type_ == "ORG" and t.ent_iob_ == "B" and (k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I")


def _first_name_before_hyphenated(doc, i: int, quoted: list[bool]) -> bool:
    """Whether token ``i`` is a listed first name, untagged, right before an untagged hyphenated
    capitalised word that ends the run ("Beatrix Olawale-Henning, a climate scientist at …", with
    the tagger reading "Beatrix" as a noun or a verb): a double-barrelled surname after a first
    name is a person's, whatever the parse made of the words."""
    t = doc[i]
    if quoted[i] or t.ent_type_ or not t.is_title or not t.is_alpha or not is_first_name(t.text) or \
            i + 3 >= len(doc) or not t.whitespace_ or "\n" in t.whitespace_:
        return False
    end = _hyphen_end(doc, i + 1, quoted)
    return end > i + 1 and doc[i + 1].is_title and doc[i + 1].is_alpha and not quoted[i + 1] and \
        not any(doc[k].ent_type_ for k in range(i + 1, end + 1)) and \
        not (end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN")


def _first_name_as_noun(t) -> bool:
    """A first name the tagger read as a common noun before the surname it modifies: "Thérèse
    Nadeau, 84, bought a cookbook" (Thérèse a NOUN, compound of Nadeau)."""
    from .gender import listed_first_name

    return t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.pos_ == "PROPN" and \
        t.head.is_title and listed_first_name(t.text)


def defined_acronym(ent, base: int, quoted: list[bool]) -> Optional[NameMention]:
    """ "The Air Line Pilots Association (ALPA)": the short form an article defines in brackets
    right after an organisation's name, which the recogniser often leaves untagged."""
    doc = ent.doc
    k = ent.end
    if ent.label_ != "ORG" or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return None
    t = doc[k + 1]
    if quoted[t.i] or not (t.is_upper and 2 <= len(t.text.replace(".", "")) <= 6 and t.text.replace(".", "").isalpha()):
        return None
    return NameMention(t.idx + base, t.idx + len(t) + base, t.text, "ORG")


def defined_names(doc, base: int, quoted: list[bool]) -> list[NameMention]:
    """The name an acronym in brackets defines, when the recogniser tagged only the acronym or
    nothing: "Immigration, Refugees and Citizenship Canada (IRCC) said …" -> the capitalised words
    before the bracket whose initials spell it (words like "and", "of" left out), and the acronym.
    What lets a later "IRCC said" and "the department said" find the one organisation."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc[2:len(doc) - 1]:
        k = t.i
        letters = t.text.replace(".", "")
        if doc[k - 1].text != "(" or doc[k + 1].text != ")" or quoted[k] or not t.is_upper or \
                not 2 <= len(letters) <= 6 or not letters.isalpha():
            continue
        words: list = []
        j = k - 2
        while j >= 0 and k - 2 - j < 12 and not quoted[j] and "\n" not in doc[j].whitespace_ and \
                (doc[j].is_title and doc[j].is_alpha or doc[j].lower_ in lex.ACRONYM_SKIP or doc[j].text == ","):
            words.insert(0, doc[j])
            initials = "".join(w.text[0] for w in words if w.is_alpha and w.lower_ not in lex.ACRONYM_SKIP).upper()
            if initials == letters.upper() and words[0].is_title and words[0].lower_ not in lex.ACRONYM_SKIP:
                span = doc[j:k - 1]
                if len(span) >= 2:
                    out.append(NameMention(span.start_char + base, span.end_char + base, span.text, "ORG",
                                           None, None, False, span.root.dep_ in ("nsubj", "nsubjpass"), -1))
                    out.append(NameMention(t.idx + base, t.idx + len(t) + base, t.text, "ORG"))
                break
            if len(initials) > len(letters):
                break
            j -= 1
    return out


def first_name_like(t, quoted: list[bool]) -> bool:
    # Not a noun for a person at the start of a sentence: "Homeowner Tamara Quinn said".
    return t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and t.is_alpha and not quoted[t.i] and \
        not _role_word(t.text) and not t.whitespace_.count("\n") and \
        not (_sentence_title(t) and not is_first_name(t.text))


def _person_noun_before(doc, i: int, quoted: list[bool]) -> bool:
    """Whether a noun for a person or an honorific stands right before token ``i`` ("Neighbour
    Tamara", "Ms. Tamara", "said organizer Tamara")."""
    if i == 0 or quoted[i - 1]:
        return False
    t = doc[i - 1]
    lex = lexicon_for(doc.lang_)
    return _sentence_title(t) or is_role(t.text) or t.lower_ in lex.DESCRIPTOR_NOUNS or \
        t.lower_ in lex.PERSON_ROLE_NOUNS or person_noun(t.text) and t.pos_ in ("NOUN", "PROPN")


def _sentence_title(t) -> bool:
    """A capitalised noun for a person opening a sentence before a name: "Homeowner", "Resident",
    "Organizer" (the parser often calls it a proper noun there)."""
    lex = lexicon_for(t.doc.lang_)
    # (and the story's nouns for who someone is: "Witness Kara Doyle", "Nurse Maya Grant")
    return t.is_sent_start and (t.lower_.endswith(lex.PERSON_SUFFIXES) or t.lower_ in lex.DESCRIPTOR_NOUNS or
                                t.lower_ in lex.PERSON_ROLE_NOUNS) and not is_first_name(t.text)


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a listed first name of either sex ("Ann", "Robin"), by gender-guesser's
    table (:mod:`quotex.resolution.gender`); without the package, no word is."""
    from .gender import _detector

    det = _detector()
    return det is not None and len(word) > 1 and bool(det.names.get(word.lower()))


def shared_surname(ent, quoted: list[bool]) -> Optional[str]:
    """The full name of a first name alone coordinated with a full name, whose surname it shares (a
    couple, siblings), or None; what both stages read (mentions and antecedents):

    - by word order, whatever the recogniser made of the partner: "said Linda and Mark Ferreira"
      -> "Linda Ferreira", "said Jean and Marie-Claude Tremblay" -> "Jean Tremblay" (with "Marie-
      Claude Tremblay" tagged an organisation);
    - a first name alone right after a person's full name and "and", its conjunct in the parse:
      "Susan Haldane and Robert" -> "Robert Haldane".

    Not "said Tom Smith and Ann Lee" (no first name alone), "Linda and her husband", "Procter &
    Gamble" (no first name after the "and"), "between Clinton and top aide Jake Sullivan" (words
    between), "Jeb!, Ben Carson and Donald Trump" (a list: "Jeb" is no Carson).
    The sentences: tests/test_naming_leftovers.py (SHARED_SURNAME)."""
    doc = ent.doc
    if len(ent) != 1 or not is_first_name(ent.text) or quoted[ent.start]:
        return None
    k = ent.end
    if k + 2 < len(doc) and doc[k].lower_ in ("and", "&") and not quoted[k]:
        j = k + 1
        while j < len(doc) and j - k <= 5 and (doc[j].is_title or doc[j].text == "-" and not doc[j].whitespace_) and \
                not quoted[j]:
            j += 1
        last = j - 1
        if j - k >= 2 and particle_surname_end(doc, j, quoted) >= 0:
            # "Pieter and Anouk de Wit": the surname is its particles and the capitalised word
            last = j = particle_surname_end(doc, j, quoted) + 1
            last -= 1
        words = [t for t in doc[k + 1:j] if t.text != "-"]
        if len(words) >= 2 and is_first_name(words[0].text) and doc[last].is_alpha and \
                not any("\n" in t.whitespace_ for t in doc[ent.start:j - 1]):
            lo = last
            while lo - 1 > k + 1 and doc[lo - 1].is_lower and particle_surname_end(doc, lo - 1, quoted) == last:
                lo -= 1
            return ent.text + " " + doc[lo:last + 1].text
    t = ent.root
    partner = next((e for e in doc.ents if e.label_ == "PERSON" and e.end == ent.start - 1), None)
    if partner is not None and len(partner) >= 2 and doc[ent.start - 1].lower_ in ("and", "&") and \
            not quoted[ent.start - 1] and t.dep_ == "conj" and partner.start <= t.head.i < partner.end and \
            partner[-1].text[:1].isupper() and not any(quoted[x.i] for x in partner):
        return f"{ent.text} {partner[-1].text}"
    return None


# Parts of speech that end a title run before a name: "said Mayor Ann Lee", "a defiant Trump".
_TITLE_STOP_POS = frozenset({"DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "ADV", "NUM", "PART", "INTJ"})


def title_before(doc, i: int, quoted: list[bool]) -> list[str]:
    """The title right before token ``i``: "Mayor", "Secretary of State", "CNN host", "undecided
    Republican voter". A run of nouns, names, adjectives and "of" that ends in a role word or a
    common noun; an adjective or participle alone is no title ("a defiant Donald Trump", "a
    smiling Clinton"), nor is a possessive outlet ("MSNBC's Alex Lee") or a place."""
    lex = lexicon_for(doc.lang_)
    run: list = []
    dotted: set[int] = set()
    j = i - 1
    while j >= 0 and i - j <= MAX_TITLE_TOKENS:
        t = doc[j]
        if t.tag_ == "POS" and run and j >= 2 and doc[j - 1].is_title and doc[j - 2].lower_ == "of" and \
                not quoted[j - 1]:
            # "Court of Queen's Bench Justice Ann Roe": a possessive inside a court's name is part
            # of the title (not "MSNBC's Alex Lee", whose possessive follows no "of").
            run.insert(0, t)
            j -= 1
            continue
        if quoted[j] or t.is_space or t.tag_ == "POS" or t.ent_type_ == "PERSON" and not _role_word(t.text) or \
                headline_verb(t.text, lex) or len(t.text) > 1 and t.text.endswith(".") and t.text[:1].islower():
            break  # ("Senator Warns Clinton Over Emails": a headline's verb; the senator is someone else)
            # (a lower-case abbreviation can end the sentence before: "called around 3 a.m.
            # Battalion Chief Greg Doyle said …" is no "a.m. Battalion Chief")
        if t.text == "&" and run and j > 0 and doc[j - 1].text[:1].isupper() and not quoted[j - 1] and \
                run[0].text[:1].isupper():
            # a firm's name joined by an ampersand: "Marks & Spencer chief executive Stuart Machin"
            run.insert(0, t)
            j -= 1
            continue
        if t.is_punct:
            # the dot of an abbreviation the tokenizer split off: "Gen ." before a name ("Coun.
            # Darren Wheeler" keeps its title as written: "Coun.")
            # (not a sentence's last word: "… on Quinpool Road. Mayor Mike Savage", "at Queen's
            # Park. NDP Leader Marit Stiles")
            if t.text == "." and j > 0 and len(doc[j - 1]) <= 4 and doc[j - 1].is_title and \
                    (doc[j - 1].lower_ in lex.TITLE_ABBREVIATIONS or doc[j - 1].lower_ in lex.HONORIFICS or
                     is_role(doc[j - 1].text)):
                dotted.add(j - 1)
                j -= 1
                continue
            if t.text == "-" and run and j > 0 and not t.whitespace_ and not doc[j - 1].whitespace_ and \
                    doc[j - 1].is_alpha and not quoted[j - 1]:
                # "Democratic front-runner Hillary Clinton", "Former Hewlett-Packard CEO Carly
                # Fiorina": the tokenizer cuts a hyphenated word; the title is the whole word
                # ("front-runner"), not what follows the hyphen ("runner").
                run.insert(0, t)
                j -= 1
                continue
            break
        if t.lower_ == "of" and run:
            run.insert(0, t)
            j -= 1
            continue
        if t.lower_ == "in" and run and run[0].is_title and j > 0 and is_role(doc[j - 1].text):
            # "Special Agent in Charge Elena Vasquez-Reid", "Officer in Charge Tom Banks", "Editor
            # in Chief Ann Lee": a role's "in" between capitalised words is the title's own.
            run.insert(0, t)
            j -= 1
            continue
        role_word = t.lower_ in lex.ADVERB_ROLE_NOUNS or \
            t.tag_ == "VBG" and run and run[0].lower_ in lex.ADVERB_ROLE_NOUNS or \
            t.pos_ == "VERB" and j == i - 1 and t.is_lower and is_role(t.text)
        # ("running back"; "said goalie Carey Price": a role noun the tagger reads as a verb)
        if (t.pos_ in _TITLE_STOP_POS and not role_word) or t.pos_ == "ADP" or "\n" in t.whitespace_:
            break  # (but "running back Isaiah Grant", "forward Ann Roy": roles the tagger reads as adverbs)
        run.insert(0, t)
        j -= 1
    while run and (run[0].lower_ == "of" or run[0].pos_ in ("ADP", "PUNCT")):
        run = run[1:]
    if not run:
        return []
    last = run[-1]
    if not (any(is_role(t.text) for t in run) or last.pos_ == "NOUN" and last.tag_ == "NN" and
            person_noun(last.lower_) or len(run) == 1 and _sentence_title(last) or
            last.lower_ in lex.ADVERB_ROLE_NOUNS or last.lower_ in lex.POSITION_NOUNS and last.is_lower or
            last.lower_ in lex.STANDING_NOUNS and last.i == i - 1):
        # (a player's year right before the name is her title though the tagger calls it an
        # adjective: "said junior Kayla Morris", "redshirt senior Alex Diaz"; so is a position:
        # "said senior guard Dajuan Harris Jr.", "Mets catcher Luis Ortega")
        return []
    if run[0].lower_ in lex.FRENCH_ARTICLES and len(run) > 1 and run[1].is_lower:
        # A French article and a title in lower case, as French writes one: "Le premier ministre
        # François Legault a dit …", "La ministre Sonia LeBel" (a quoted French sentence; "premier"
        # is an English role word too). Titles are read off English wording ("Premier François
        # Legault"); not "La Presse columnist Yves Boisvert", a paper's name.
        return []
    words: list[str] = []
    glued = False
    for t in run:
        if (t.tag_ == "POS" or glued) and words:
            words[-1] += t.text  # "Queen's", "front-runner", as written
        else:
            words.append(t.text + ("." if t.i in dotted else ""))
        glued = t.text == "-" or t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_
    return words


def org_appositive(ent, quoted: list[bool], base: int) -> tuple[Optional[str], int]:
    """ "Shared Health Manitoba, the agency that oversees the homes" -> ("agency", offset): the head
    noun of a common-noun apposition to an organisation's name."""
    for c in ent.root.children:
        if c.dep_ == "appos" and c.i > ent.root.i and c.pos_ == "NOUN" and not c.ent_type_ and not quoted[c.i]:
            return c.lemma_.lower(), c.idx + base
    typed = type_after(ent.doc, ent.end, quoted) or type_before(ent.doc, ent.start, quoted)
    if typed is not None:
        return typed[0], ent.doc[typed[1]].idx + base
    return None, -1


def description_of_complement(noun):
    """The person description whose complement ends in ``noun``: "a spokeswoman for the governor,
    Gina Morrow," -> "spokeswoman" (the parser hangs the name on "governor", but it is the
    spokeswoman's; see :func:`_named_after_complement`). None when ``noun`` is no such object."""
    lex = lexicon_for(noun.doc.lang_)
    for depth in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in lex.COMPLEMENT_PREPS:
            return None
        outer = prep.head
        if outer.i >= noun.i:
            return None
        if outer.pos_ == "NOUN" and outer.lemma_.lower() in lex.PERSON_ROLE_NOUNS:
            return outer
        # "The chief of the Innu community of Unamen Shipu, Marie-Claude Mestokosho, said": the
        # parser hangs the name on the last place; the role is further up, through the body or
        # place it is "of" (never through a person: "a lawyer for the mother of the boy, X," is
        # no lawyer's name).
        if prep.lower_ != "of" or outer.pos_ not in ("NOUN", "PROPN") or outer.ent_type_ == "PERSON" or \
                outer.lemma_.lower() in lex.KIN_NOUNS or person_noun(outer.lemma_.lower(), lex):
            return None
        noun = outer
    return None


def hyphen_glued(doc, lo: int, hi: int) -> tuple[int, int]:
    """Tokens ``lo``..``hi`` widened to the whole hyphenated words at either end: the tokenizer
    cuts "vice-president" at its hyphen, and the parser can hang the halves apart ("executive
    vice-president at Léger" read as "executive vice"; "the health authority's vice-president of
    medicine" as "president of medicine")."""
    while lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ and \
            doc[lo - 2].is_alpha:
        lo -= 2
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and \
            not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
        hi += 2
    return lo, hi


def title_in_front(ent, quoted: list[bool], base: int) -> tuple[Optional[str], int]:
    """ "The housing minister, Claire Bentham, resigned" -> "housing minister": the name in
    apposition to a role noun before it (British and Canadian papers' order)."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    head = root.head
    outer = description_of_complement(head) if root.dep_ == "appos" and head.i < ent.start else None
    if outer is not None and not quoted[outer.i]:
        # "a spokeswoman for the governor, Gina Morrow," -> "spokeswoman for the governor"
        words = [t for t in ent.doc[outer.i:head.i + 1] if not quoted[t.i]]
        if len(words) <= MAX_TITLE_TOKENS:
            return ent.doc[words[0].i:words[-1].i + 1].text, words[0].idx + base
        # too long a complement to print ("chief of the Innu community of Unamen Shipu"): the role
        # noun with its modifiers is still her title ("added the chief" finds her by it)
        words = [t for t in ent.doc[outer.left_edge.i:outer.i + 1] if not quoted[t.i] and t.pos_ != "DET"]
        if words and len(words) <= MAX_TITLE_TOKENS:
            return ent.doc[words[0].i:words[-1].i + 1].text, words[0].idx + base
    # "Ontario's minister of northern development, Greg Rickford-Lamb," -> with its complement
    end = head.i
    for r in head.rights:
        if r.dep_ == "prep" and r.lower_ in lex.COMPLEMENT_PREPS and r.i == end + 1 and r.right_edge.i < ent.start and \
                not any(quoted[t.i] or t.text in ",;:()" for t in r.subtree):
            end = r.right_edge.i
        break
    if root.dep_ != "appos" or head.i >= ent.start or head.pos_ not in ("NOUN", "PROPN") or \
            head.tag_ not in ("NN", "NNP") or \
            quoted[head.i] or head.lemma_.lower() not in lex.ROLE_NOUNS | lex.KIN_NOUNS or ent.start - end > 3:
        return None, -1  # not "The Democratic candidates, Ann Lee and Bob Stone," (one of several)
    lo, _ = hyphen_glued(ent.doc, head.left_edge.i, end)
    words = [t for t in ent.doc[lo:end + 1] if not quoted[t.i]]
    if head.lemma_.lower() in lex.KIN_NOUNS and not any(w.tag_ == "PRP$" or w.tag_ == "POS" for w in words):
        return None, -1  # a kin noun is a title with its owner only: "His daughter, Bisi,"
    kin = head.lemma_.lower() in lex.KIN_NOUNS
    while words and (words[0].pos_ == "DET" or words[0].tag_ == "PRP$" and not kin or words[0].is_punct):
        words = words[1:]
    if not words or len(words) > MAX_TITLE_TOKENS or words[0].like_num or words[0].lower_ == "one":
        return None, -1  # "One candidate, Ann Lee," is not her title
    return ent.doc[words[0].i:words[-1].i + 1].text, words[0].idx + base


def plural_title(ent, quoted: list[bool], base: int) -> tuple[Optional[str], int]:
    """ "Reps. Trent Kowalski (R-Ohio) and Maribel Santangelo (D-Ariz.) said", "Sens. Ann Lee and Bob
    Stone wrote": a plural title before names joined by "and" is each one's, in the singular
    ("Rep.", "Sen."; what "the lawmakers said" then finds the two by). (None, -1) otherwise."""
    lex = lexicon_for(ent.doc.lang_)
    doc = ent.doc
    root = ent.root
    first = root.head if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < root.i else root
    if first is root and not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children):
        return None, -1
    lead = next((e for e in doc.ents if e.start <= first.i < e.end and e.label_ == "PERSON"), None)
    j = (lead.start if lead is not None else first.i) - 1
    if j > 0 and doc[j].text == "." and doc[j - 1].whitespace_ == "":
        j -= 1  # "Reps ." as the tokenizer cuts it
    if j < 0 or quoted[j] or doc[j].lower_.rstrip(".") not in lex.PLURAL_TITLES or not doc[j].is_title:
        return None, -1
    return lex.PLURAL_TITLES[doc[j].lower_.rstrip(".")], doc[j].idx + base


def appositive_title(ent, quoted: list[bool], base: int) -> tuple[Optional[str], int]:
    """ "Ann Lee, the mayor of Springfield, said" -> "mayor of Springfield": a role noun in apposition,
    with the words before it and its "of"/"at"/"for" phrases, never a relative clause ("who …")."""
    lex = lexicon_for(ent.doc.lang_)
    root = ent.root
    doc = ent.doc
    party = _PARTY_PLACE.match(text_after(ent))
    party_end = ent.end_char + party.end() if party is not None else -1  # (a document offset)
    children = list(root.children)
    for c in children:
        if party is not None and c.idx < party_end:
            # "Sen. Harlan Pickett (R-Mont.), the committee's chairman," / "Sen. Ann Lee, D-Flint, the
            # committee chair,": the party and state the parser made an apposition (or a conjunct
            # holding the role) are no title; the role after them is.
            children += [g for g in c.children if g.dep_ == "appos" and g.idx >= party_end]
            continue
        # (a role with its article is a role though the tagger calls it a name: "Chandra Reid, the
        # MPP for Ottawa West–Nepean," with "MPP" a proper noun tagged an organisation)
        role_word = c.lemma_.lower() in lex.ROLE_NOUNS and any(d.dep_ == "det" for d in c.children)
        if c.dep_ != "appos" or c.i < root.i or quoted[c.i] or c.ent_type_ in ("PERSON", "ORG") and not role_word:
            continue
        if c.like_num:
            continue  # the age before the title: "Maya Grant, 31, a nurse at the clinic,"
        lo, hi = hyphen_glued(doc, c.left_edge.i, c.i)
        if hi > c.i and doc[hi].lemma_.lower() in lex.ROLE_NOUNS:
            c = doc[hi]  # "executive vice-president": the role is the word after the hyphen
        if c.lemma_.lower() not in lex.ROLE_NOUNS or c.pos_ != "NOUN" and not role_word:
            return None, -1
        if ent.label_ != "PERSON" and any(g.dep_ == "appos" and g.i > c.i and g.ent_type_ == "PERSON" and
                                          not quoted[g.i] for g in root.children):
            # "In a statement to The Daily Caller, an attorney for the whistleblower, Mark Feld,
            # said": the parser hangs both on the outlet; the role is the name's after it, not
            # the organisation's (which is no person for it).
            return None, -1
        words = [t for t in doc[lo:hi + 1] if not quoted[t.i]]
        for r in c.rights:
            if r.dep_ != "prep" or r.lower_ not in lex.COMPLEMENT_PREPS or r.i != words[-1].i + 1:
                break
            more = list(doc[r.i:r.right_edge.i + 1])
            if any(quoted[t.i] or t.text in ",;:()" or t.lower_ in lex.RELATIVE for t in more) or \
                    len(words) + len(more) > MAX_TITLE_TOKENS + 3:
                break
            words += more
        # (not "now its chief technology officer": "Gregory Sato, now its chief technology officer,";
        # but "most" of "the most senior Democrat" stays)
        while words and (words[0].pos_ == "DET" or words[0].tag_ == "PRP$" or words[0].is_punct or
                         words[0].pos_ == "ADV" and len(words) > 1 and
                         (words[1].pos_ == "DET" or words[1].tag_ == "PRP$")):
            words = words[1:]
        while words and words[-1].pos_ == "ADP":
            words = words[:-1]  # "director of responsible investment at" with the place parsed apart
        if not words:
            return None, -1
        return doc[words[0].i:words[-1].i + 1].text, words[0].idx + base
    head = root.head
    if root.dep_ == "appos" and ent.label_ == "PERSON" and head.ent_type_ not in ("", "PERSON") and head.i < root.i:
        # (the other way round, the name's: "to The Daily Caller, an attorney for the whistleblower,
        # Mark Feld," -> Feld, "attorney for the whistleblower", what "the lawyer said" finds)
        for c in head.children:
            if c.dep_ != "appos" or not head.i < c.i < root.i or c.pos_ != "NOUN" or quoted[c.i] or \
                    c.lemma_.lower() not in lex.ROLE_NOUNS:
                continue
            words = [t for t in doc[c.left_edge.i:c.right_edge.i + 1]]
            while words and (words[0].pos_ == "DET" or words[0].tag_ == "PRP$" or words[0].is_punct):
                words = words[1:]
            if not words or any(quoted[t.i] or t.text in ",;:()" or t.lower_ in lex.RELATIVE for t in words) or \
                    len(words) > MAX_TITLE_TOKENS + 3:
                return None, -1
            return doc[words[0].i:words[-1].i + 1].text, words[0].idx + base
    return None, -1


def description_span(head, quoted: list[bool]):
    """The noun phrase of description head ``head`` as a speaker mention would read it, from its
    left edge to the head ("the former president"), None for one inside a quote or no noun. The
    second noun of a pair takes the first's article: "The Democratic front-runner and former
    secretary of state said" -> "The Democratic front-runner and former secretary"."""
    doc = head.doc
    if quoted[head.i] or head.pos_ not in ("NOUN", "PROPN"):
        return None
    left = head.left_edge.i
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.i < head.i and \
            not any(c.dep_ == "det" for c in head.children):
        left = head.head.left_edge.i
    while left < head.i and (quoted[left] or doc[left].is_punct):
        left += 1
    return doc[left:head.i + 1]


def described_subjects(doc, base: int, quoted: list[bool]) -> list[tuple[str, SpeakerInfo]]:
    """(text, reading) of each definite singular description of a person that is a clause's
    subject outside quotes: "The senior guard, who transferred from Iowa State, had struggled" ->
    "The senior guard". A recap or a feature goes on about someone by such a description; a later
    "the 22-year-old said" is that one, not whoever the text named before it."""
    lex = lexicon_for(doc.lang_)
    out = []
    for t in doc:
        if t.dep_ != "nsubj" or t.pos_ != "NOUN" or quoted[t.i]:
            continue
        lemma = t.lemma_.lower()
        if t.tag_ == "NNS":
            # (and a plural one given its members: "Both coaches, Dana Brooks of the Hawks and Pat
            # Rourke of the Wolves, said …", what a later "the coaches said" stands for)
            span = description_span(t, quoted)
            info = speaker_info(span, base, quoted) if span is not None else None
            # (or a role's plural with its article: "The two lawmakers said in a joint statement …",
            # the pair named before, what a later "the lawmakers said" stands for too)
            if info is not None and (info.members or info.definite and is_role(lemma)):
                out.append((span.text, info))
            continue
        if t.tag_ != "NN":
            continue
        # (a noun the lexicon knows for a person: not one that merely ends like one, "the offer")
        if not (is_role(lemma) or lemma in lex.PERSON_ROLE_NOUNS or lemma in lex.ROLE_GENDER or
                lemma in lex.POSITION_NOUNS or lemma in lex.STANDING_NOUNS or lemma in lex.LEAD_SUBJECT_NOUNS or
                lemma in lex.AGE_NOUNS) or \
                lemma in lex.KIN_NOUNS or lemma in lex.ORG_NOUNS or lemma in lex.ORG_TYPE_NOUNS or \
                not any(c.dep_ == "det" and c.lower_ in lex.DEFINITE_DETERMINERS for c in t.children):
            continue
        span = description_span(t, quoted)
        if span is not None:
            out.append((span.text, speaker_info(span, base, quoted)))
    return out


def focus_before(head, quoted: list[bool]) -> Optional[str]:
    """The person the sentence before a description's is about, when the description is its
    own sentence's subject and that sentence names nobody: the subject of the sentence before
    (a quote's own sentences skipped), or the owner of that subject. "Bill Clinton's hair was
    whiter. In his first appearance, the former president spoke …" -> "Bill Clinton"; "Mr. Bush
    praised his brother. The former president spoke after Mr. Trump" -> "Bush" (the sentence of
    the description may name others after it). Not a subject something was done to ("Tom Reed was
    arrested. The officer said …": the passive subject is not an ``nsubj``)."""
    doc = head.doc
    subj = head if head.dep_ != "conj" else head.head
    if subj.dep_ != "nsubj" or any(e.label_ == "PERSON" and e.start < head.i and not quoted[e.start]
                                   for e in head.sent.ents):
        return None
    sent = head.sent
    while sent.start > 0:
        before = doc[sent.start - 1].sent
        if not all(quoted[t.i] or t.is_punct or t.is_space for t in before):
            sent = before
            break
        sent = before
    if sent.start == head.sent.start:
        return None
    lex = lexicon_for(doc.lang_)
    subj = [c for c in sent.root.children if c.dep_ == "nsubj" and not quoted[c.i]]
    if not subj:
        return None
    # The subject when it spoke ("Clinton said on Sunday … The Democratic front-runner said"); its
    # owner when the description's own sentence goes on about that person before naming the
    # description ("Bill Clinton's hair was whiter. In his first appearance, the former president
    # spoke"). Not anyone merely mentioned: "Tom Reed's house burned. At the scene, the fire chief
    # said …" and "Tom Reed watched his house burn. The fire chief said …" bring in someone else.
    # (one the article described otherwise there is someone else: "“…,” said Ann Lee, who chairs
    # the board.¶The treasurer said …")
    spoke = lex.is_cue_token(sent.root) and not _patient_in_report(sent.root, quoted) and \
        not any(c.dep_ in ("relcl", "appos") for c in subj[0].children)
    owned = any(t.tag_ == "PRP$" and t.lower_ in lex.POSSESSIVE_DETERMINERS and not quoted[t.i]
                for t in doc[head.sent.start:head.i])
    for t in [subj[0]] * spoke + [c for c in subj[0].children if c.dep_ == "poss"] * owned:
        ent = next((e for e in sent.ents if e.start <= t.i < e.end), None)
        if ent is not None and ent.label_ == "PERSON" and not quoted[ent.start]:
            return clean_name(ent.text)
    return None


def speaker_info(span, base: int, quoted: list[bool]) -> SpeakerInfo:
    """Read a speaker mention: head, definiteness, the description, its complement and the name
    in apposition to it."""
    lex = lexicon_for(span.doc.lang_)
    head = span.root
    doc = span.doc
    first = span[0]
    definite = first.lower_ in lex.DEFINITE_DETERMINERS and len(span) > 1
    desc_toks = list(span)
    while desc_toks and (desc_toks[0].pos_ == "DET" or desc_toks[0].lower_ in lex.ARTICLES) and \
            len(desc_toks) > 1:
        desc_toks = desc_toks[1:]
    desc = clean_name(doc[desc_toks[0].i:span.end].text) if desc_toks else span.text
    if span[-1].lower_ in ("year", "month") and span.end + 1 < len(doc) and doc[span.end].text == "-" and \
            doc[span.end + 1].lower_ == "old":
        # "the 34-year-old said": the parser can leave "-old" (and "the") out of the mention; the
        # description is the age.
        desc += "-old"
        definite = definite or span.start > 0 and doc[span.start - 1].lower_ in lex.DEFINITE_DETERMINERS
    complement = named = None
    after = False
    if (head.pos_ == "NOUN" or head.lower_ in lex.PARTITIVES or _role_acronym(head)) and head.lower_ not in lex.PRONOUNS:
        # (a role in capitals too: "the MP for Rimouski-Neigette–Témiscouata–Les Basques")
        complement = _complement(head, span, quoted)
        named = _named_in_apposition(head, span, quoted) or _self_named(head, quoted)
        if named is None and complement is not None and head.lemma_.lower() in lex.PERSON_ROLE_NOUNS:
            named = _named_after_complement(head, quoted)
            after = named is not None
    prev = _previous_subject(head, span, quoted) if definite and (head.pos_ == "NOUN" or _role_acronym(head)) and \
        not named else None
    if prev is None and definite and desc.endswith("-old"):
        prev = _previous_pronoun(span, quoted)
    spoke = prev is not None and prev[1]
    pronoun_at = prev[2] + base if prev is not None and prev[2] >= 0 else -1
    prev = prev[0] if prev is not None else None
    # (a role noun the tagger read as a plural though it has no plural's ending: "the pivot said")
    plural = head.tag_ in ("NNS", "NNPS") and not (head.lower_ in lex.ROLE_NOUNS and not head.lower_.endswith("s"))
    return SpeakerInfo(span.start_char + base, span.end_char + base, head.lemma_.lower(), head.pos_ == "PROPN",
                       definite, desc, plural, complement, named, prev_subject=prev,
                       members=_members_in_apposition(head, quoted) if plural and head.pos_ == "NOUN" else (),
                       named_after_complement=after, prev_spoke=spoke, prev_pronoun_at=pronoun_at,
                       opens_sentence=first.is_sent_start or first.i > 0 and "\n" in doc[first.i - 1].text_with_ws)


def _previous_subject(head, span, quoted: list[bool]) -> Optional[tuple[str, bool, int]]:
    """The person named as the subject of the sentence before a description's sentence, when the
    description's noun is new: "Gagné remembers earlier blows. “…,” the old farmer says" ->
    "Gagné". None when the noun was used before outside quotes ("a fire chief … the chief said"
    is that chief), when the description's own sentence names a person, or for a noun of a
    relation to someone else ("the spokesman", "his aide", "the daughter": another person)."""
    lex = lexicon_for(head.doc.lang_)
    doc = head.doc
    lemma = head.lemma_.lower()
    # A kin noun with an adjective of its own and nobody's ("the young mother", "the grieving
    # father") describes the person just reported, as a role does; "the mother" alone is someone's.
    described_kin = lemma in lex.PARENT_NOUNS and any(c.dep_ == "amod" for c in head.children) and \
        not any(c.dep_ == "poss" for c in head.children)
    # So does a relation noun with the person's age and nobody's: "Nadia Petrovic-Hale said voters
    # … “…,” said the 44-year-old lawyer" is her (someone's lawyer is "the lawyer", "his lawyer").
    aged = span.start >= 0 and age_before(doc, head.i, quoted) is not None and \
        not any(c.dep_ == "poss" for c in head.children)
    if head.tag_ != "NN" and not _role_acronym(head) or lemma in lex.RELATION_NOUNS and not aged or \
            lemma in lex.KIN_NOUNS and not described_kin or lemma in lex.ORG_NOUNS or \
            lemma in lex.ORG_TYPE_NOUNS or \
            lemma in lex.DOC_THINGS or not (person_noun(lemma) or lemma in lex.PERSON_ROLE_NOUNS or
                                            lemma in lex.ROLE_GENDER or lemma in lex.ADVERB_ROLE_NOUNS):
        return None
    if any(lemma in roles for roles in lex.HONORIFIC_ROLES.values()):
        # "the doctor", "the professor": newsrooms title such a person "Dr."/"Prof." when naming
        # her; "Ann Lee said cases were rising. “…,” the doctor said" is someone else.
        return None
    if any(t.text[:1].isupper() and t.ent_type_ != "ORG" for t in span if t.i != span.start and
           not (t.i == head.i and _role_acronym(head))):
        # "the Florida senator", "the Republican nominee" name their own: which senator is for the
        # titles to say (stage 2's _antecedent), not the sentence before. A team only qualifies a
        # player's position ("the Flames forward", "the Bills running back").
        return None
    sent = head.sent
    # (a name in the description's own complement is where, not who: "the MLA for Roblin", the
    # riding the recogniser may call a person)
    # (nor the description itself, a role the recogniser tagged a person)
    own = {t.i for c in head.children if c.dep_ == "prep" and c.i > head.i for t in c.subtree} | {head.i}
    if sent.start == 0 or any(e.label_ == "PERSON" and not quoted[e.start] and e.start not in own for e in sent.ents):
        return None
    if any(t.lemma_.lower() == lemma and not quoted[t.i] and not _renaming(t) for t in doc[:span.start]):
        return None
    while sent.start > 0:
        # "“Where will we go now?” the retired teacher asked.": the quote may be a sentence of
        # its own before the description's; the sentence before is the one before the quote.
        before = doc[sent.start - 1].sent
        if "\n" in doc[sent.start - 1].text_with_ws or doc[sent.start - 1].is_space or \
                not all(quoted[t.i] or t.is_punct or t.is_space for t in before):
            break
        sent = before
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    # Within a paragraph ("Asked about his play, William Nylander shrugged. “…,” the winger said")
    # only a person given no role of another kind: "Mayor Ann Cole spoke first. “…,” the
    # principal said" is someone else (across a break stage 2 weighs the titles).
    same_para = "\n" not in doc[sent.start - 1].text_with_ws and not doc[sent.start - 1].is_space
    subj = [c for c in prev.root.children if c.dep_ == "nsubj" and not quoted[c.i]]
    first = next((t for t in prev if not t.is_punct and not t.is_space), None)
    if (not subj or subj[0].pos_ != "PROPN") and first is not None and first.is_title and first.is_alpha and \
            not quoted[first.i] and any(e.label_ in ("PERSON", "ORG") and len(e) >= 2 and e[-1].text == first.text
                                        for e in doc.ents if e.end <= first.i):
        # "Gagné remembers earlier blows" with the surname misread (an adverb): the sentence opens
        # with the surname of a name given in full before.
        subj = [first]
    if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in lex.PRONOUN_SEX and subj[0].dep_ == "nsubj":
        # "Okoro's album comes out Friday. She wrote or co-wrote all 12 songs.¶“…,” the singer
        # said": the pronoun's person, for stage 2 to find (resolve._renamed).
        verb = subj[0].head
        if quoted[verb.i] or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return None
        spoke = lex.is_cue_token(verb) and not _patient_in_report(verb, quoted)
        return subj[0].lower_, spoke or lemma not in lex.ROLE_NOUNS and _performed(subj[0], verb, quoted), subj[0].idx
    if subj and not subj[0].is_title:
        # "A longtime customer, Ruth Adair, said …": the name in apposition to the subject
        named = [c for c in subj[0].children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not quoted[c.i]]
        subj = named or subj
    if not subj or not subj[0].is_title or subj[0].pos_ not in ("PROPN", "ADV", "NOUN", "ADJ"):
        return None
    s = subj[0]
    ent = next((e for e in prev.ents if e.start <= s.i < e.end), None)
    if ent is not None and ent.label_ not in ("PERSON", "ORG"):
        return None
    if same_para and (ent is None or ent.label_ != "PERSON" or s.dep_ == "appos" or
                      any(c.dep_ == "appos" for c in s.children) or title_before(doc, ent.start, quoted) or
                      any(_role_word(t.text) for t in ent)):
        return None
    verb = s.head.head if s.dep_ == "appos" else s.head
    spoke = lex.is_cue_token(verb) and not quoted[verb.i]
    if spoke and _patient_in_report(verb, quoted):
        # "Tom Smith said he was arrested.¶“…,” the officer said": the one who reports what was
        # done to him is the other side of the description ("the officer" arrested him), not it.
        return None
    # A performance counts as the story's attention as much as speech: "Chase-Welles caught 11
    # passes for 167 yards.¶“…,” the receiver said", "Center Ryan Moss had 18 points.¶“…,” the
    # 7-footer said" (a recap's figures of what its subject did, never what was done to him).
    # (Not for a role the news titles people with, "the officer", "the mayor": "Tom Reed fired
    # three shots.¶“…,” the officer said" is the one who answered them.)
    spoke = spoke or lemma not in lex.ROLE_NOUNS and _performed(s, verb, quoted)
    toks = [t for t in ent if not t.is_punct] if ent is not None else []
    while len(toks) > 2 and (_role_word(toks[0].text) or not is_first_name(toks[0].text)) and \
            is_first_name(toks[1].text):
        toks = toks[1:]  # "Center Ryan Kalkmann-Moss": the name, not the position the recogniser took in
    name = clean_name(ent.doc[toks[0].i:ent.end].text) if toks else s.text
    return name, spoke, -1


def _previous_pronoun(span, quoted: list[bool]) -> Optional[tuple[str, bool, int]]:
    """For an age description ("the 58-year-old said"), the "he"/"she" subject of the sentence
    before its own (past a quote that is a sentence alone), as _previous_subject gives it: "In a
    brief interview, he said he had worn a prototype.¶“…,” the 58-year-old said" -> ("he", True,
    offset). Stage 2 reads whom the pronoun stands for when nobody was given that age."""
    lex = lexicon_for(span.doc.lang_)
    doc = span.doc
    sent = span.sent
    while sent.start > 0:
        before = doc[sent.start - 1].sent
        if not all(quoted[t.i] or t.is_punct or t.is_space for t in before):
            break
        sent = before
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in lex.PRONOUN_SEX or quoted[prev.root.i]:
        return None
    return subj.lower_, lex.is_cue_token(prev.root), subj.idx


def _renaming(t) -> bool:
    """Whether noun token ``t`` heads (or is joined in) a definite description that is a clause's
    subject: "The 31-year-old actress and singer, who left the show, says …" names again someone
    the story has named, so a later "the singer" may be that person, not a new one."""
    head = t.head if t.dep_ == "conj" else t
    # Only with an age, which a writer gives someone already named ("The fire chief arrived" brings
    # in someone new, whom "the chief" later is).
    aged = any(c.lower_ == "old" and c.i < head.i for c in head.subtree)
    return aged and head.dep_ in ("nsubj", "nsubjpass") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _performed(subj, verb, quoted: list[bool]) -> bool:
    """Whether subject ``subj`` is the agent of active verb ``verb`` with a counted object: "caught
    11 passes", "had 18 points and 12 rebounds", "made 30 saves"."""
    if subj.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or quoted[verb.i] or \
            any(c.dep_ in ("auxpass", "nsubjpass", "neg") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and not quoted[c.i] and any(g.dep_ == "nummod" and g.like_num for g in c.children)
               for c in verb.children)


def _role_acronym(t) -> bool:
    """A role written in capitals the tagger reads as a proper noun: "the MLA", "the MP", "the GM",
    and a role capitalised as Canadian courts write it: "the Crown said" (the Crown prosecutor)."""
    lex = lexicon_for(t.doc.lang_)
    return t.pos_ == "PROPN" and (t.is_upper or t.is_title) and t.is_alpha and t.lower_ in lex.ROLE_NOUNS


def _patient_in_report(verb, quoted: list[bool]) -> bool:
    """Whether the clause a speech verb reports makes its speaker, as a personal pronoun, the one
    something was done to: "said he was arrested", "said police arrested him" (not "said he was
    glad his teammates bailed him out": only the reported clause's own verb counts)."""
    lex = lexicon_for(verb.doc.lang_)
    for clause in verb.children:
        if clause.dep_ != "ccomp" or quoted[clause.i]:
            continue
        for c in clause.children:
            if c.dep_ in ("nsubjpass", "dobj") and c.lower_ in lex.PATIENT_PRONOUNS[c.dep_]:
                return True
    return False




def _complement(head, span, quoted: list[bool]) -> Optional[str]:
    """What says whose or which the description is, right after it: "for the union", "close to the
    family" (an adjective with its object), "known as Bob", "surveyed" (a participle)."""
    lex = lexicon_for(head.doc.lang_)
    doc = span.doc
    nxt = span.end
    while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
        nxt += 1  # "the exit polls  in New Hampshire": a double space is a token of its own
    for c in head.rights:
        if c.i < span.end:
            continue
        if c.i != nxt or quoted[c.i]:
            return None
        if c.dep_ == "prep" and c.lower_ != "of" and [(g.dep_, g.tag_, g.n_lefts + g.n_rights) for g in c.children] == \
                [("pobj", "NN", 0)]:
            # "the officer in charge", "the nurse on duty": a bare noun after the role is part of
            # it, not whose or which the person is (an owner has a determiner or a name: "the
            # officer in charge of the detachment" keeps "of the detachment" on "charge").
            return None
        partitive_prep = head.lower_ in lex.PARTITIVES and c.lower_ in ("on", "among")  # "some on Twitter"
        ok = partitive_prep or (c.dep_ == "prep" and c.lower_ in lex.COMPLEMENT_PREPS and
              (c.lower_ not in lex.PLACE_PREPS or person_noun(head.lemma_.lower()) or head.lower_ in lex.PARTITIVES or
               any(t.pos_ == "PROPN" for t in c.subtree))) or \
            (c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children)) or \
            (c.dep_ == "acl" and c.tag_ == "VBN" and (not any(True for _ in c.children) or any(
                g.dep_ in ("prep", "agent") and g.lower_ in lex.ACL_PREPS for g in c.children)))
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
    return _inverted_to_complement(head, nxt, quoted)


def _inverted_to_complement(head, nxt: int, quoted: list[bool]) -> Optional[str]:
    """"…," said one longtime adviser to Bill Clinton.": after a cue verb the subject follows, the
    parser often hangs "to Bill Clinton" on the verb (as if addressed to him). Right after a person
    noun and naming a person, it says whose adviser it is; "said the adviser to reporters" (no name)
    stays the verb's."""
    doc = head.doc
    verb = head.head
    if nxt >= len(doc) or head.dep_ != "nsubj" or verb.i > head.i or not person_noun(head.lemma_.lower()):
        return None
    to = doc[nxt]
    if to.lower_ != "to" or to.dep_ != "prep" or to.head.i != verb.i or quoted[to.i]:
        return None
    obj = [t for t in to.children if t.dep_ == "pobj"]
    if not obj or obj[0].pos_ != "PROPN" or obj[0].ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    end = obj[0].right_edge.i
    if any(quoted[i] or doc[i].text in ",;:()\"“”" for i in range(to.i, end + 1)) or end - to.i >= MAX_COMPLEMENT_TOKENS:
        return None
    return doc[to.i:end + 1].text


def _named_after_complement(head, quoted: list[bool]) -> Optional[str]:
    """A person's name in apposition to the object of a person description's complement: "a
    spokeswoman for the governor, Gina Morrow, said" (the parser hangs the name on "governor")."""
    lex = lexicon_for(head.doc.lang_)
    for p in head.rights:
        if p.dep_ != "prep" or p.lower_ not in lex.COMPLEMENT_PREPS or quoted[p.i]:
            continue
        for o in p.children:
            if o.dep_ != "pobj" or o.pos_ not in ("NOUN", "PROPN") or quoted[o.i]:
                continue
            for c in o.rights:
                if c.dep_ == "appos" and c.ent_type_ == "PERSON" and not quoted[c.i]:
                    ent = next((e for e in head.doc.ents if e.start <= c.i < e.end), None)
                    if ent is None or any(quoted[t.i] for t in ent):
                        continue
                    if o.pos_ == "PROPN" and (o.i >= ent.start or o.lower_ == ent[-1].lower_):
                        # (the complement a name: "A spokeswoman for Whitlock, Allison Feeney, said"
                        # is Feeney, another person's name than the one she speaks for; not the
                        # same surname again)
                        continue
                    return ent.text
            late = _named_after_relative(o, quoted)
            if late is not None:
                return late
        return None
    return None


def _named_after_relative(noun, quoted: list[bool]) -> Optional[str]:
    """A person's name set off by commas right after a relative clause on ``noun``: "A spokesman
    for the National Federation of Independent Business, which supports the bill, Cole Ramsey,
    said" (the parser hangs the name on the clause's last noun, "bill", which a person's name does
    not rename; nor a plural: "…, which represents the drivers, Dana Whitfield,"). Not a name for
    a person noun of the clause ("…, which backs the mayor, Ann Lee,")."""
    doc = noun.doc
    for c in noun.rights:
        if c.dep_ != "relcl" or quoted[c.i]:
            continue
        for a in c.subtree:
            if a.dep_ != "appos" or a.ent_type_ != "PERSON" or quoted[a.i] or a.head.ent_type_ or \
                    person_noun(a.head.lemma_.lower()) and a.head.tag_ != "NNS" or a.left_edge.i == 0 or doc[a.left_edge.i - 1].text != "," or \
                    not all(t.is_punct for t in doc[a.right_edge.i + 1:c.right_edge.i + 1]):
                continue
            ent = next((e for e in doc.ents if e.start <= a.i < e.end), None)
            if ent is not None and ent.label_ == "PERSON" and not any(quoted[t.i] for t in ent):
                return ent.text
    return None


def _self_named(head, quoted: list[bool]) -> Optional[str]:
    """The name a relative clause on a description gives the person: "A woman who identified
    herself as Karen Bettencourt asked …", "a man who gave his name as Tom Reyes", "a caller who
    introduced himself as Dale" (the verbs of lexicon SELF_NAMING_VERBS with "as" and a name)."""
    lex = lexicon_for(head.doc.lang_)
    for c in head.rights:
        if c.dep_ != "relcl" or quoted[c.i] or c.lemma_.lower() not in lex.SELF_NAMING_VERBS:
            continue
        for p in c.children:
            if p.dep_ != "prep" or p.lower_ != "as" or quoted[p.i]:
                continue
            for o in p.children:
                ent = next((e for e in head.doc.ents if e.start <= o.i < e.end), None) if o.dep_ == "pobj" else None
                if ent is not None and ent.label_ == "PERSON" and not any(quoted[t.i] for t in ent):
                    return ent.text
    return None


def _members_in_apposition(head, quoted: list[bool]) -> tuple[str, ...]:
    """The people a plural description names in apposition, two or more, in order: "The two
    senators, Susan Collins of Maine and Lisa Murkowski of Alaska," -> ("Susan Collins", "Lisa
    Murkowski"); "Both candidates, Ann Lee and Bob Stone," likewise. Every name the apposition
    holds outside quotes must be a person's (not "the groups, Greenpeace and the Sierra Club");
    () when there are fewer than two."""
    for c in head.rights:
        if c.dep_ != "appos" or quoted[c.i] or c.ent_type_ != "PERSON":
            continue
        lo, hi = c.left_edge.i, c.right_edge.i
        if any(not t.is_punct for t in head.doc[head.i + 1:lo]):
            break  # right after the noun: not "The lawyers also pointed to two hopefuls, Sen. John McCain …"
        ents = [e for e in head.doc.ents if lo <= e.start and e.end - 1 <= hi and not any(quoted[t.i] for t in e)]
        people = [e for e in ents if e.label_ == "PERSON"]
        # (places, parties and teams after a name are where and whose: "of Maine", "(R-Alaska)",
        # "of the Hawks"; not members of their own: "the groups, Greenpeace and the Sierra Club")
        if len(people) >= 2 and all(e.label_ in ("PERSON", "GPE", "LOC", "NORP") or e.root.dep_ == "pobj"
                                    for e in ents):
            return tuple(clean_name(e.text) for e in people)
        break
    return ()


def _named_in_apposition(head, span, quoted: list[bool]) -> Optional[str]:
    """The name a description is given next to it: "the Israeli newspaper Haaretz", "the editor
    I talked to, Tim Grieve", "his best friend, Bruce Turry"."""
    for c in head.rights:
        if c.dep_ == "appos" and not quoted[c.i] and c.ent_type_ in ("PERSON", "ORG"):
            ent = next((e for e in span.doc.ents if e.start <= c.i < e.end), None)
            if ent is not None and not any(quoted[t.i] for t in ent):
                return ent.text
    return None
