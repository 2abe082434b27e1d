"""Candidate antecedents for pronouns, read from a parsed window: who is named where, and their sex.

:class:`AntecedentIndex` walks a parsed window once and collects, outside quotes:

* people named by the recogniser ("Ann Lee", "Lee", "Mr. Lind") under their canonical name, and
  surnames it missed that the article gave in full; two people named together ("Lee and Stone")
  also as one plural entity;
* people named by a role noun only ("the spokeswoman", "a council member");
* organisations ("Hydro-Québec", "the union", "the police department") and groups of people
  ("officials", "residents", "Liberals");

with their mentions (sentence, paragraph, subject, speaker) and the evidence of each person's
sex (:mod:`quotex.resolution.gender`): honorifics, role nouns in title or apposition, the first name, and
the article's own "he"/"she"/"his"/"her" wherever only one person is in reach of it ("Lee said
her plan …" votes Lee female).

The people are the document's entities as stage 2 sees them: the index is given the
:class:`quotex.resolution.resolve.EntityTable` built from the names of the windows so far and this
one's, and keys a person by the table's name ("Margaret Ann Lindqvist" in a headline and "Margaret
Lindqvist" in the text are one candidate); a bare first name, a surname two people share, a name
the recogniser tagged an organisation, are what the table says (:meth:`EntityTable.first_name`,
:meth:`EntityTable.namesake`, kinds by all mentions), and its honorifics and titles vote for the sex.

:meth:`AntecedentIndex.resolve` hands a pronoun token and these candidates to
:func:`quotex.resolution.pronouns.resolve`; it answers the token of the chosen entity's latest mention.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Optional

from ..lexicon import ENGLISH
from .entities import (role_parts, brand_cased, description_of_complement, given_as_name, is_first_name, is_role, missed_named,
                       missed_people, outlet_name, place_named, region_named, said_of_a_person, shared_surname, speaks_as_one,
                       surname_cut_off, surnames_left_out, told)
from .gender import (FIRST_NAME, PRONOUN, STRONG, decide, first_name_gender, first_name_only, honorific_gender,
                     listed_first_name, role_gender, role_weight, sure_first_name_gender)
from .names import LOW, UP, _names_in, clean_name, drop_titles, headline_line, name_cased
from .pronouns import CHAINED, GROUP, ORGANIZATION, PERSON, PLACE, THING, Entity, Mention, Pronoun, agrees, resolve
from ..lexicon import lexicon_for
from ..text.furniture import is_web_furniture
from .corpus_names import _fold, home_subdivision_phrases



# Mentions a person needs before the window's "he"/"she" for the person to be the story's subject,
# reachable however far back (see :meth:`AntecedentIndex._topic`).
TOPIC_MIN = 3
# A bare surname two people share, nothing telling which: the weight of the mention for the one
# the article named first, and for each other (see AntecedentIndex._split).
SPLIT_FIRST, SPLIT_OTHER = 0.75, 0.25
# The weight of a person's name that modifies a noun ("the Trump campaign"; see AntecedentIndex._add).
MODIFIER = 0.5
# The weight of a news outlet's mention ("told CBC News", "in an interview with APTN News"): where
# someone spoke, not who; "it said" after one is the company or agency that acted, and the outlet
# only when no other organisation is in reach.
OUTLET = 0.1


def _counts_as_sentence(sent) -> bool:
    """Whether parsed sentence ``sent`` is a sentence of the story: it has a word, and its line is
    no page furniture (see quotex.text.furniture)."""
    if all(t.is_punct or t.is_space for t in sent):
        return False
    text = sent.doc.text
    a = text.rfind("\n", 0, sent.start_char) + 1
    b = text.find("\n", sent.start_char)
    return not is_web_furniture(text[a:b if b >= 0 else len(text)])


class AntecedentIndex:
    """The candidate antecedents of a parsed window (see the module docstring).

    ``para_of`` maps a token index to its paragraph number; ``canonical`` maps a name to the
    document's canonical form ("Lee" -> "Ann Lee").
    """

    def __init__(self, doc, quoted: list[bool], para_of: Callable[[int], int],
                 canonical: Callable[[str], str], full_names: Optional[set] = None,
                 before: str = "", first_para: int = 0, table=None, base: int = 0,
                 organizations: Optional[set] = None) -> None:
        self.doc = doc
        # The document's entities as stage 2 reads them (:class:`quotex.resolution.resolve.EntityTable`,
        # built from the names of the windows so far and this one's); ``base`` is the window's
        # offset in the document, to compare token positions with its mentions.
        self.table = table
        self.base = base
        self.lex = lexicon_for(doc.lang_)  # the word lists of the document's language
        self.quoted = quoted
        self.para_of = para_of
        self._registry_name = canonical
        self._keys: dict[str, str] = {}  # name -> key (see :meth:`canonical`)
        self._table_sex: dict[str, list] = {}  # key -> votes (see :meth:`_table_votes`)
        # Each token's sentence, counted as the story's sentences are: a sentence that is only a
        # stray quote mark, or a line of page furniture ("Advertisement", "READ MORE: …"), is no
        # step away from the person the sentence before it named ("A neighbour said she heard
        # shouting. / Advertisement / “It's been getting worse,” she said" is the neighbour's);
        # it counts with the sentence before it. ``_sent_k`` is the parser's own index.
        self._sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        self._sent_k = [0] * len(doc)
        n = -1
        for k, s in enumerate(self._sents):
            if n < 0 or _counts_as_sentence(s):
                n += 1
            for i in range(s.start, s.end):
                self.sent_of[i] = n
                self._sent_k[i] = k
        # Sentences wholly inside a quotation (see :meth:`_quote_run`).
        self._all_quoted = [False] * len(self._sents)
        for k, s in enumerate(self._sents):
            words = [t for t in s if not (t.is_punct or t.is_space)]
            self._all_quoted[k] = bool(words) and all(quoted[t.i] for t in words)
        self.kind: dict[str, str] = {}
        self.plural: set[str] = set()
        self.mentions: dict[str, list[Mention]] = defaultdict(list)
        # Token index of the head of each mention by name or noun (not by pronoun).
        self.heads: dict[str, list[int]] = defaultdict(list)
        # Evidence of each person's sex: (sex, weight, token of the pronoun that gave it or -1).
        self.votes: dict[str, list[tuple[str, float, int]]] = defaultdict(list)
        self.known = full_names or set()
        self._person_at: dict[int, str] = {}  # token index -> person key, for the pronoun votes
        self.titled: list[tuple[int, str, str]] = []  # (token, role noun, person key): "Premier Scott Moe"
        self.local_names: dict[str, str] = {}  # surname -> full name of people labelled organisations
        self.outlets: set[str] = set()  # keys of the news outlets among the organisations (see _outlet)
        # People named in the text before the window (not parsed with it, or not parsed at all):
        # read from the raw text, see :func:`people_before`.
        self.before = (before, first_para)
        # Names the document's earlier windows gave as organisations: never people of the text before.
        self.organizations = organizations or set()
        self._prior: Optional[dict] = None
        self._no_full: set[str] = set()  # surnames with no full name before the window
        self._by_surname: Optional[dict] = None  # surname -> full names (see :meth:`_namesakes`)
        self._split_first: dict[int, str] = {}  # token of a shared bare surname -> its likelier namesake
        self._kin_first: dict[str, str] = {}  # first name -> full name given by kin ("her son, Tavish," -> Tavish Roe)
        # (possessive, kin noun) -> the person last named with it ("her husband, Minh Nguyen")
        self._kin_named: dict[tuple, str] = {}
        self._kin_owned: set[tuple[str, str]] = set()  # (owner's name word, person key): "Grace's son, Kevin Harris"
        self._collect()

    # ------------------------------------------------------------------ collecting
    def _add(self, key: str, kind: str, head, plural: bool = False, named: bool = True, weight: float = 1.0) -> None:
        if not key:
            return
        self.kind.setdefault(key, kind)
        if plural:
            self.plural.add(key)
        subj = head.dep_ in self.lex.SUBJ_DEPS or (head.dep_ in ("appos", "compound", "flat") and head.head.dep_ in self.lex.SUBJ_DEPS)
        verb = head.head if head.dep_ in self.lex.SUBJ_DEPS else head.head.head
        # "Asked whether Quebec would build without the consent of Unamen Shipu, the minister
        # hesitated before answering": the parser hangs the subject on the place as an apposition
        # with its finite verb as a modifier; it is that verb's subject (the "he said" after it).
        finite = self._misread_subject(head)
        if not subj and finite is not None:
            subj, verb = True, finite
        if subj and _subordinate_subject(verb) and not _after_fronted_participle(head, verb):
            # "He would not say whether Kerrigan was known to police.": Kerrigan is what the
            # sentence is about only inside its "whether" clause; the next "he said" is still the
            # superintendent's (Lappin & Leass: an embedded mention weighs less).
            subj = False
        # A speaker the sentence names outside its subject: "Bret Stephens, who, after trading insults
        # with Hannity, said on MSNBC that …" (through "who"), "Some defenders of trade, like Gary
        # Hufbauer, a senior fellow at the institute, acknowledge that …" (the named example of the
        # subject): the "he said" after it goes on with him.
        through = None if subj and self.lex.is_cue_token(verb) else self._speaks_through(head)
        if through is not None:
            subj, verb = True, through
        # (one who presses or questions someone speaks to that person: "A reporter, Jordan Ellis,
        # pressed him on the play calling. “…,” he said" is the coach's answer)
        speaker = subj and (self.lex.is_cue_token(verb) or verb.lemma_.lower() in self.lex.ASKING_VERBS) and \
            not self.quoted[verb.i]
        if (kind == PERSON and _embedded(head) or kind == ORGANIZATION and _names_a_thing(head)) and through is None:
            # "Trump campaign chairman Paul Manafort said …", "Chris Covert, state director for
            # Sanders, said …": a name inside another noun phrase is no head of its own (Lappin &
            # Leass's head-noun emphasis): half a mention, so the "he said" after it stays with
            # the chairman, the director. An organisation too: "shuttle buses would run between
            # Finch and Eglinton stations. “…,” it said" is the transit commission, not a station.
            weight *= MODIFIER
        # (the subject itself: "Xinhua, the official Chinese news agency, wrote" brings in Xinhua
        # once, not its apposition as somebody else)
        introduced = speaker and (head.dep_ in self.lex.SUBJ_DEPS and
                                  (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or
                                  through is not None) and \
            not any(c.dep_ in ("dobj", "dative") and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in verb.children)
        self.mentions[key].append(Mention(head.i, self.sent_of[head.i], self.para_of(head.i), subj, speaker, weight,
                                          introduced, asked=self._asked_one(head)))
        if named:  # a name or a noun that can be reported as the speaker's name
            self.heads[key].append(head.i)

    def _collect(self) -> None:
        doc, quoted = self.doc, self.quoted
        in_person = [False] * len(doc)
        for i, names in self._couples().items():
            # "Amrit and Harjit Dhaliwal thought they would …": two people, whatever the tags.
            for k, name in enumerate(names):
                self._add(name, PERSON, doc[i + 2 * k])
                self._person_at[i + 2 * k] = name
            self._add(f"{names[0]} and {names[1]}", PERSON, doc[i + 3], plural=True)
            for k in range(i, i + 4):
                in_person[k] = True
        for ent in (part for e in doc.ents for part in role_parts(e)):  # ("X Department spokesperson Ann Lee")
            if any(quoted[t.i] for t in ent) or any(in_person[t.i] for t in ent):
                continue
            if len(ent) == 1 and ent.label_ != "PERSON" and given_as_name(ent.root, quoted):
                continue  # "her first name, Lakeisha," tagged an organisation: a person (below)
            if ent.label_ == "PERSON" and (place_named(ent) or region_named(ent)):
                # "Millard Heights beat Westview 41-20 in Week 3.¶“…,” he said" (tagged a person):
                # a place, never what "he" stands for.
                self._add(clean_name(ent.text), PLACE, ent.root)
                continue
            if ent.label_ == "PERSON":
                org = self.table.organization(clean_name(ent.text)) if self.table is not None and len(ent) >= 2 else None
                if org is not None and org.kind == ORGANIZATION and self.table.person(clean_name(ent.text)) is None:
                    # "Manitoba Hydro says crews will work through the night" tagged a person: the
                    # entity table, deciding by all the document's mentions, has an organisation of
                    # that name, and the "it said" after it is that organisation.
                    self._add(org.name, ORGANIZATION, ent.root)
                    continue
                if self._org_by_apposition(ent):
                    # "Bois Laurentien, a supplier in Quebec, said …" tagged a person: the
                    # apposition says what it is, and "it said" after it is that firm.
                    self._add(re.sub(r"^[Tt]he\s+", "", clean_name(ent.text)), ORGANIZATION, ent.root)
                    continue
                words = drop_titles(clean_name(ent.text).split(" "))
                if surname_cut_off(ent, quoted):
                    words = [ent[1].text, doc[ent.end].text]  # "Meteorologist Lauren" + "Petrakis"
                elif surnames_left_out(ent, quoted):
                    words += [t.text for t in doc[ent.end:ent[-1].head.i + 1]]  # "Rosa Elvira" + "Quispe Mamani"
                key = self._first_name_of_pair(ent) or self._namesake(words, ent.start) or \
                    (self._by_first_name(ent.root) if len(ent) == 1 else None)
                if key is None and len(words) == 1 and self._split(words[0], ent.root):
                    for t in ent:
                        in_person[t.i] = True
                    continue
                key = key or self.canonical(" ".join(words))
                if not key or not key[:1].isupper():
                    continue
                for t in ent:
                    in_person[t.i] = True
                root = ent.root
                self._add(key, PERSON, root)
                self._person_at[root.i] = key
                self._evidence(key, ent)
                if root.dep_ == "appos" and root.head.lemma_.lower() in self.lex.SURNAME_KIN_NOUNS:
                    self._kin_named[(_possessor(root.head), root.head.lemma_.lower())] = key  # "her husband, Minh Nguyen,"
                    # "Grace's son, Kevin Harris": whose kin he is, by the owner's name as written
                    self._kin_owned.update((c.text.lower(), key) for c in root.head.children
                                           if c.dep_ == "poss" and c.pos_ == "PROPN")
                # "Lee and Stone said …": the two together are what "they" can stand for.
                for c in root.children:
                    if c.dep_ == "conj" and c.ent_type_ == "PERSON" and not quoted[c.i]:
                        other = self._key_at(c)
                        if other and other != key:
                            self._add(f"{key} and {other}", PERSON, root, plural=True)
            elif ent.label_ in ("ORG", "GPE") and len(ent) == 1 and listed_first_name(ent.text) and \
                    ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in self.lex.SURNAME_KIN_NOUNS and \
                    not self._surname(ent.text) and self._first_name_of_pair(ent) is not None:
                # "Hennigar's mother, Beverly," with "Beverly" tagged a place: a first name in
                # apposition to a kin noun is the relative, of the family's surname.
                key = self._first_name_of_pair(ent)
                self._add(key, PERSON, ent.root)
                self._person_at[ent.root.i] = key
                self.votes[key].append((first_name_gender(ent.text), FIRST_NAME, -1))
            elif ent.label_ in self.lex.ORG_ENTS and len(ent) == 1 and ent.label_ in ("ORG", "GPE") and \
                    listed_first_name(ent.text) and not self._surname(ent.text) and \
                    ent.text not in self._namesakes() and not any(n.endswith(" " + ent.text) for n in self.prior) and \
                    self._given_an_age(ent.text):
                # "three children: Léa, 16, Thomas, 12, and Gabrielle, 7" … "For the youngest,
                # Gabrielle, the flood was an adventure. She remembers the boat": a first name the
                # article gave an age is a person (a child, in a family feature), of that name's sex
                # (not a surname of someone named in full: "Fiorina, 61," tagged an organisation).
                self._add(ent.text, PERSON, ent.root)
                self._person_at[ent.root.i] = ent.text
                self.votes[ent.text].append((first_name_gender(ent.text), FIRST_NAME, -1))
                in_person[ent.root.i] = True
            elif ent.label_ in self.lex.ORG_ENTS:
                root = ent.root
                if len(ent) == 1 and root.pos_ == "PROPN" and root.is_title and root.dep_ == "appos" and \
                        root.head.lemma_.lower() in self.lex.KIN_NOUNS and ent.text.lower() not in self.lex.NOT_FIRST_NAMES:
                    # "Jane Roe sat with her son, Tavish," with "Tavish" read as a nationality: a
                    # name in apposition to a kin noun is a person, whatever the recogniser says.
                    for t in ent:
                        in_person[t.i] = True
                    key = self._by_first_name(root) or self._first_name_of_pair(ent) or self.canonical(ent.text)
                    if key != ent.text:
                        self._kin_first[ent.text] = key  # "Tavish, 9, has asthma": Tavish Roe again
                    self._add(key, PERSON, root)
                    self._person_at[root.i] = key
                    self._evidence(key, ent)
                    continue
                if ent.root.dep_ in ("compound", "amod") and ent.root.head.lemma_.lower() in self.lex.ORG_TYPE_NOUNS:
                    continue  # "the Crown corporation", "the Toronto-based airline": a kind, not an actor
                key = re.sub(r"^[Tt]he\s+", "", clean_name(ent.text))
                full = (self._first_name_of_pair(ent) or self._by_first_name(ent.root)) \
                    if len(ent) == 1 and ent.label_ == "ORG" else None
                prev = doc[ent.start - 1] if ent.start else None
                if full is None and len(ent) == 1 and prev is not None and prev.is_title and not prev.ent_type_ \
                        and not quoted[prev.i] and prev.lower_ not in self.lex.NOT_FIRST_NAMES and \
                        prev.pos_ == "PROPN" and listed_first_name(prev.text) and \
                        ent.root.dep_ in self.lex.SUBJ_DEPS:
                    # "Shopkeeper Imran Chaudhry, 58, … said": the surname read as a place, the first
                    # name as nothing; a first name of one sex before it makes it a person.
                    full = f"{prev.text} {ent.text}"
                    self._evidence_before(full, prev.i)
                if full is not None:
                    self._add(full, PERSON, ent.root)  # "says Amrit, 36" (tagged an organisation)
                    self._person_at[ent.root.i] = full
                    in_person[ent.root.i] = True
                    continue
                if len(ent) == 1 and key.endswith("s") and key[:-1] in self._namesakes():
                    # "The Comeaus" tagged an organisation after "Gerald Comeau": the family.
                    self._add(key, GROUP, ent.root)
                    continue
                # (the document's choice of namesake first: "Anders Nygaard" tagged an organisation
                # does not take the surname his son Harold Nygaard was called by)
                canon = self._namesake([key], ent.start) or self.local_names.get(key)
                if canon is None and ent.label_ == "ORG" and len(ent) == 1 and self._split(key, ent.root):
                    for t in ent:
                        in_person[t.i] = True
                    continue
                canon = canon or self.canonical(key)
                one = self._one_word_person(key) if len(ent) == 1 and ent.label_ != "NORP" and canon == key else None
                if one is not None:
                    # "Their son, Luc, … Luc, now 17," with the second "Luc" read as a place: the
                    # window's person by that one name (kind by all mentions, not by one).
                    for t in ent:
                        in_person[t.i] = True
                    self._add(one, PERSON, ent.root)
                    self._person_at[ent.root.i] = one
                    self._evidence_before(one, ent.start)
                    continue
                if ent.label_ == "ORG" and len(ent) == 1 and len(self._namesakes().get(key, ())) == 1:
                    canon = next(iter(self._namesakes()[key]))  # "Pike" tagged an organisation: Hannah Pike
                if ent.label_ == "ORG" and (looks_like_person(key) or len(ent) == 2 and ent[0].is_title and
                                            ent[1].is_title and is_first_name(ent[0].text) and
                                            said_of_a_person(ent, quoted)):
                    # ("Tyrell Hughes said he proposed …": a surname ending in "s" that speaks as
                    # "he" is no brand; see quotex.resolution.entities.said_of_a_person)
                    # "Carly Fiorina" labelled an organisation: a first name of one sex and a
                    # surname that is no institution word ("Tim Hortons" stays: the "s" of a
                    # brand); later "Fiorina" alone is her too.
                    canon = key
                    self.local_names[key.split(" ")[-1]] = key
                if canon == key and (ent.label_ == "ORG" or ent.label_ == "GPE" and ent.root.dep_ in self.lex.SUBJ_DEPS):
                    # "Nefzi said" tagged a place after "Adel Nefzi": the entity table, deciding by
                    # all mentions, has a person of that name; a place only when it acts ("her
                    # daughter, Karin;" tagged a place stays out).
                    canon = self._table_person(key) or canon
                # (the table's person by that very name: "Bernice Toews" tagged an organisation, a
                # person by all her mentions, "Bernice Toews, who lives …")
                tabled = canon == key and ent.label_ == "ORG" and " " in key and self._table_person(key) == key
                short = self.table.organization(key) if self.table is not None and canon == key else None
                if short is not None and short.kind == ORGANIZATION and short.name.startswith(key + " "):
                    # "Boreal Ridge rejected that account" (tagged a place) after "Boreal Ridge Mining
                    # Corp.": the company by its short form (stage 2's table merged them).
                    self._add(short.name, ORGANIZATION, ent.root)
                    continue
                if (canon in self.known or canon != key or canon in self.local_names.values() or tabled) and \
                        ent.label_ != "NORP":
                    # The recogniser's label for one mention loses to the article's: "Christie
                    # said" tagged as an organisation after "Chris Christie" is him.
                    for t in ent:
                        in_person[t.i] = True
                    self._add(canon, PERSON, ent.root)
                    self._person_at[ent.root.i] = canon
                    self._evidence_before(canon, ent.start)
                elif ent.label_ == "NORP":
                    # "Liberals", "Democrats" are a group; "Chinese", "Democratic" are adjectives.
                    if ent.root.tag_ in ("NNPS", "NNS") or ent.text.endswith("s") and ent.root.pos_ != "ADJ":
                        self._add(key, GROUP, ent.root)
                elif ent.label_ == "GPE":
                    root = ent.root
                    if root.dep_ in ("compound", "amod", "nmod") or root.dep_ == "pobj" and \
                            root.head.lower_ in self.lex.LOCATIVE_PREPS:
                        # A place as a location ("in Toronto trading", "Toronto-area stores") is no
                        # actor: the "it said" after "Loblaw … shares fell in Toronto" is Loblaw.
                        continue
                    self._add(key, PLACE, root)  # "Ottawa … it said"; never "they"
                elif self._outlet(ent, key):
                    self.outlets.add(key)
                    self._add(key, ORGANIZATION, ent.root, weight=OUTLET)
                else:
                    self._add(key, ORGANIZATION, ent.root)
        missed = {}
        for m in missed_people(doc, 0, quoted):
            span = doc.char_span(m.start, m.end)
            if span is not None and not any(in_person[k] for k in range(span.start, span.end)):
                # (the head of a hyphenated given name is its surname: "Dr. I-Min Lee" is reported
                # from "Lee", not from the syllable "I")
                missed[span.start] = (m.text, span.root if span.start + 1 < span.end and doc[span.start + 1].text == "-"
                                      else doc[span.start])
                for k in range(span.start + 1, span.end):
                    in_person[k] = True  # the rest of the name is not a surname of its own
        for m in missed_named(doc, 0, quoted):
            span = doc.char_span(m.start, m.end)
            if m.label == "ORG" and span is not None and m.text[-1:] == "." and not any(in_person[k] for k in range(span.start, span.end)):
                # "Customers of Tidewater Outfitters Ltd. have complained … APTN News reported. “…,” it
                # said": an untagged business known by its legal ending is what "it" stands for
                # (not the outlet that reported).
                self._add(re.sub(r"^[Tt]he\s+", "", clean_name(m.text)), ORGANIZATION, span.root)
            elif m.label == "PERSON" and span is not None and len(span) == 1 and given_as_name(span.root, quoted) and \
                    not in_person[span.start]:
                # "a 17-year-old who would give only his first name, Javion, said he ducked …¶“…,” he
                # said": the name given in apposition to "name" is a person the "he" can stand for.
                self._add(m.text, PERSON, span.root)
                self._person_at[span.start] = m.text
                in_person[span.start] = True
        for t in doc:
            if quoted[t.i] or in_person[t.i] or t.ent_type_ in self.lex.ORG_ENTS:
                continue
            short = self._short_form(t)
            if short is not None:
                # "Acme, which makes frozen pizzas, said the deal would give it …" after "Acme Foods
                # Inc.": the company by its short form, untagged (stage 2's table merged them).
                self._add(short, ORGANIZATION, t)
                continue
            low = t.lower_
            lemma = t.lemma_.lower()
            if t.pos_ == "PROPN" and t.is_title and t.tag_ == "NNPS" and low.endswith("s") and \
                    any(c.lower_ == "the" for c in t.children) and self._surname(t.text[:-1]):
                # "Tamara and Derek Quinn … The Quinns said they …": a family by its surname is a
                # group, what "they" stands for (never one of its members' "he" or "she").
                self._add(t.text, GROUP, t)
                continue
            whole = self._hyphenated_surname(t)
            if whole is not None:
                # "Valdivia-Brooks disputed that." with "Valdivia" read as a place and "Brooks" as
                # nothing: the double-barrelled surname of a full name given before is that person
                # (not the Olivier Laflamme whose surname is the second half of "Nwosu-Laflamme").
                self._add(whole, PERSON, t)
                self._person_at[t.i] = whole
                self._evidence_before(whole, t.i)
                continue
            full = self._by_first_name(t)
            if full is not None:
                # "Harjit, 38, says …" after "Amrit and Harjit Dhaliwal": a features' first-name
                # second reference is the one full name of the article with that first name.
                self._add(full, PERSON, t)
                self._person_at[t.i] = full
                continue
            if name_cased(t.text) and t.i and t.text in self._namesakes() and \
                    f"{doc[t.i - 1].text} {t.text}" in self._namesakes()[t.text] and not in_person[t.i - 1]:
                # "aides say Ivanka Trump also advises her father", the name read as a product: a
                # full name the window gives elsewhere as a person's is that person.
                full = f"{doc[t.i - 1].text} {t.text}"
                self._add(full, PERSON, t)
                self._person_at[t.i] = full
                continue
            # (or a sentence's first word with its verb right after, however the tagger read it:
            # "Little reminded viewers to test their alarms" after "District Chief Andy Little")
            if name_cased(t.text) and t.is_alpha and t.text in self._namesakes() and t.i not in missed and \
                    (t.pos_ == "PROPN" or t.dep_ in self.lex.SUBJ_DEPS or
                     t.is_sent_start and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("VBD", "VBZ")) and \
                    not (t.i and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title) and \
                    not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title):
                # "Pike has her own plans." after "Hannah Pike": the surname of a person the window
                # names in full is that person, whatever the tagger made of the word (an adverb,
                # an organisation), and of two namesakes the one :meth:`_namesake` picks.
                full = self._namesake([t.text], t.i)
                if full is None and self._split(t.text, t):
                    continue
                full = full or self.canonical(t.text)
                if full in self._namesakes()[t.text] or len(self._namesakes()[t.text]) == 1:
                    full = full if full in self._namesakes()[t.text] else next(iter(self._namesakes()[t.text]))
                    self._add(full, PERSON, t)
                    self._person_at[t.i] = full
                    self._evidence_before(full, t.i)
                    continue
            if t.i in missed:
                # "Paramedic Derek Osei has been on the road …": a person the recogniser missed is
                # a candidate too, and "Osei" alone later is him.
                full, head = missed[t.i]
                self._add(full, PERSON, head)
                self._person_at[head.i] = full
                self._evidence_before(full, t.i)
                self.local_names.setdefault(full.split(" ")[-1], full)
                continue
            if t.pos_ == "PROPN" and name_cased(t.text) and t.is_alpha and not (t.i and doc[t.i - 1].pos_ == "PROPN") and \
                    t.text not in self.local_names and t.dep_ in self.lex.SUBJ_DEPS:
                full = self._full_name_before(t.text)
                if full:
                    self.local_names[t.text] = full
            if t.pos_ == "PROPN" and name_cased(t.text) and t.text in self.local_names and \
                    self.local_names[t.text] != t.text and not (t.i and doc[t.i - 1].pos_ == "PROPN"):
                full = self.local_names[t.text]
                self._add(full, PERSON, t)
                self._person_at[t.i] = full
                continue
            one = self._one_word_person(t.text) if t.pos_ == "PROPN" and t.is_title and t.is_alpha else None
            if one is not None:
                # "Their daughter, Émilie, was 12. … Émilie, now 17, remembers the boats.": the
                # recogniser tagged the first "Émilie" a person and missed the second; a name the
                # window gives a person (and no one in full) is that person wherever it recurs.
                self._add(one, PERSON, t)
                self._person_at[t.i] = one
                self._evidence_before(one, t.i)
                continue
            one = self._bare_first_name(t)
            if one is not None:
                # "Colleen put a blanket over his knees. “…,” she said": a first name the recogniser
                # left untagged, the subject of its sentence, is a person of the sex the name says.
                self._add(one, PERSON, t)
                self._person_at[t.i] = one
                self._evidence_before(one, t.i)
                continue
            if t.pos_ == "PROPN" and name_cased(t.text):
                # A surname the recogniser missed, given in full elsewhere: "Okafor said".
                canon = self._namesake([t.text], t.i) or self.canonical(t.text)
                if canon != clean_name(t.text) and canon in self.known | set().union(*self._namesakes().values()) and \
                        t.text.lower().rstrip(".") not in self.lex.HONORIFICS:
                    self._add(canon, PERSON, t)
                    self._person_at[t.i] = canon
                    self._evidence_before(canon, t.i)
                continue
            part = self._testifying_partitive(t)
            if part is not None:
                self._add(part, PERSON, t)
                continue
            if t.pos_ != "NOUN":
                continue
            if low in self.lex.GROUP_NOUNS or low in self.lex.PLURAL_ORG or (t.tag_ == "NNS" and lemma in self.lex.PERSON_ROLE_NOUNS):
                owner = [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and
                         not quoted[c.i]]
                if low in self.lex.FAMILY_NOUNS and len(owner) == 1:
                    # "the Okafor family said they …": the family by its name.
                    self._add(f"{owner[0].text} {low}", GROUP, t)
                    continue
                named = [k for k in self.mentions if k.endswith(" " + low) and self.kind.get(k) == GROUP and
                         any(m.token < t.i for m in self.mentions[k])]
                if low in self.lex.FAMILY_NOUNS and not owner and len(named) == 1 and \
                        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                    # "The Okonjo family have lived … The family received a notice": that family.
                    self._add(named[0], GROUP, t)
                    continue
                self._add(low, GROUP, t)
            elif lemma in self.lex.ORG_NOUNS and t.tag_ != "NNS" and t.dep_ == "appos" and \
                    t.head.ent_type_ in self.lex.ORG_ENTS:
                continue  # "Trans Mountain Corp., the Crown corporation that owns it,": the name is the mention
            elif lemma in self.lex.ORG_NOUNS and t.tag_ != "NNS":
                named = self._named_org(t, lemma)
                if named is not None:
                    # "Atlantic Seafoods Ltd. closed the plant. The company says it had no choice.
                    # “…,” it said": the company is the one named, and so is its "it".
                    self._add(named, ORGANIZATION, t, named=False)
                else:
                    # "The governor's office released a statement. “…,” it read": the office with its
                    # owner, as a mention by the description would be named ("governor's office").
                    poss = [c for c in t.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and
                            not quoted[c.i] and c.i + 2 == t.i and doc[c.i + 1].tag_ == "POS"]
                    self._add(f"{poss[0].text}{doc[poss[0].i + 1].text} {lemma}" if poss else lemma, ORGANIZATION, t)
            elif lemma in self.lex.DOC_THINGS and t.tag_ == "NN" and not self._medium(t):
                # "The email … It stated that …": a document says what it says.
                self._add(lemma, THING, t)
            elif lemma in self.lex.SURNAME_KIN_NOUNS and self._kin_of(t, lemma):
                # "Mick and Trudy Walters … Trudy Walters said. Her husband nodded. “…,” he said":
                # the husband is the other Walters (see :meth:`_kin_of`).
                kin = self._kin_of(t, lemma)
                self._add(kin, PERSON, t, named=not any(c.dep_ == "appos" for c in t.children))
                if role_gender(lemma):
                    self.votes[kin].append((role_gender(lemma), STRONG, -1))  # a daughter is a woman
            elif lemma in self.lex.POSITION_NOUNS | self.lex.LINEUP_POSITIONS and lemma not in self.lex.PERSON_ROLE_NOUNS and \
                    t.tag_ == "NN" and t.dep_ in self.lex.SUBJ_DEPS and \
                    any(w == lemma and j < t.i for j, w, _k in self.titled) and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and \
                    not self._titles_name(t) and not self._predicate(t):
                # "Forward Ibrahim Ndongo added 18 points. Asked about Ames's fourth quarter, the
                # Cameroonian forward smiled. “…,” he said": a position noun is the player named
                # with it as title (only then: "the guard" alone may be anyone's).
                self._add([k for j, w, k in self.titled if w == lemma and j < t.i][-1], PERSON, t, named=False)
            elif (lemma in self.lex.PERSON_ROLE_NOUNS or self._speaking_role(t)) and t.tag_ == "NN" and \
                    not self._titles_name(t) and not self._predicate(t):
                # "Premier Scott Moe … the premier said": the role of a person named before with
                # it as title is that person.
                titled_so = [(j, k) for j, w, k in self.titled if w == lemma and j < t.i]
                # A rank makes another office, as in stage 2 (resolve._antecedent): "the minister"
                # is Energy Minister Rosa Quispe, not Prime Minister Gustavo Arrieta named after her.
                ranks = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")} & self.lex.RANK_MODIFIERS
                ranked = [(j, k) for j, k in titled_so if
                          {w.lower_ for w in self.doc[max(0, j - 4):j]} & self.lex.RANK_MODIFIERS == ranks]
                titled_so = [k for _, k in (ranked or titled_so)]
                if titled_so and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                    self._add(titled_so[-1], PERSON, t, named=False)  # a mention, not a name to report
                    continue
                # "the spokeswoman said": a person known only by the role. Each such mention is
                # its own candidate keyed by the noun; its sex is the noun's.
                # One owned by "his"/"her" is told from its owner's side ("He talked about his
                # father …, and his father had walked her around the yard. “…,” he said": the
                # passage's "he" is the owner): half a mention.
                given = self._name_given(t)
                if given is not None:
                    # "A neighbor who would only give her first name, Lakeisha, said she heard
                    # shots": the neighbour is Lakeisha, the one the "she" after it stands for.
                    self._add(given, PERSON, t, named=False)
                    continue
                owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children)
                self._add(lemma, PERSON, t, weight=MODIFIER if owned else 1.0)
                sex = role_gender(lemma)
                if sex:
                    self.votes[lemma].append((sex, role_weight(lemma), -1))
        self._pronoun_votes()
        self._asked_pronouns()

    def _speaks_through(self, head):
        """The speech verb whose subject speaks for the name ``head`` although the name is not the
        subject, or None: the verb of its "who" clause ("Bret Stephens, who, after trading insults
        with Hannity, said …"; also of the noun the name is in apposition with, "the editor, Bret
        Stephens, who said …"), or the verb of the subject the name is the named example of ("Some
        defenders of trade, like Gary Hufbauer, acknowledge that …", "Critics, including Ann Lee,
        said …"). Not a "who" clause of another verb ("Lee, who chairs the board, …")."""
        nouns = [head] + [c for c in head.children if c.dep_ == "appos"] + \
            ([head.head] if head.dep_ == "appos" else [])
        for n in nouns:
            # (only a name the main clause gives: "Asked whether Donald Trump, who has called global
            # warming a hoax, could be the next president, Ban demurred. “…,” he said" is Ban's)
            clause = next((a for a in n.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is not None and not (clause.dep_ == "ROOT" or clause.dep_ == "conj" and clause.head.dep_ == "ROOT"):
                continue
            for c in n.children:
                if c.dep_ == "relcl" and c.i > n.i and self.lex.is_cue_token(c) and not self.quoted[c.i] and \
                        any(w.dep_ in self.lex.SUBJ_DEPS and w.lower_ == "who" for w in c.children):
                    return c
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.dep_ == "prep" and (prep.lower_ in self.lex.EXAMPLE_PREPOSITIONS or
                                                         prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)):
            group = prep.head
            if group.dep_ in self.lex.SUBJ_DEPS and group.pos_ == "NOUN" and self.lex.is_cue_token(group.head) and \
                    not self.quoted[group.head.i] and not _subordinate_subject(group.head):
                return group.head
        return None

    def _asked_one(self, head) -> bool:
        """Whether ``head`` is whom a person's verb of asking addresses, the one expected to answer:
        its object ("Oyelowo asked the witness where she had been", "A reporter pressed Price on
        the play calling"), or the apposition of one ("questioned the officer, Constable James
        Reid"). Not the asker, nor what is asked about."""
        if head.dep_ == "appos":
            head = head.head
        if head.dep_ not in ("dobj", "dative"):
            return False
        verb = head.head
        # Only a question the sentence puts (its main verb), not a request ("Donald asked Freddy to
        # be the best man": an xcomp; "asked him for patience") nor one told of inside another clause ("What got under her
        # skin, she said, was a question at a town hall, when a young man asked Clinton why …":
        # the reply is still hers who tells it).
        main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
        # (nor asking for something: "Bell asked him for his support. “I will need every vote,” he
        # said" is Bell's)
        # ("questioned him for an hour" is still questioning)
        request = any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" and verb.lemma_.lower() == "ask"
                      for c in verb.children)
        return main and verb.lemma_.lower() in self.lex.ASKING_VERBS and not self.quoted[verb.i] and \
            any(c.dep_ == "nsubj" for c in verb.children) and not request

    def _asked_pronouns(self) -> None:
        """The object pronoun of a verb of asking is a mention of the one asked, who answers next:
        "A reporter pressed him on the play calling. “I would call it again,” he said" is the
        coach's answer. The pronoun is resolved without the asker (nobody is "him" to his own verb)
        and counts as a mention of whom it stands for, marked as asked (see pronouns._answerer)."""
        for t in self.doc:
            if t.lower_ not in ("him", "her") or t.tag_ != "PRP" or self.quoted[t.i] or not self._asked_one(t):
                continue
            askers = {k for k, ms in self.mentions.items() for m in ms
                      if any(m.token == c.i for s in t.head.children if s.dep_ == "nsubj" for c in s.subtree)}
            found = self.resolve(t, exclude=askers, answering=False)
            if found is not None and found[0].kind == PERSON and not found[0].plural:
                self._add(found[0].key, PERSON, t, named=False)

    def _full_name_before(self, surname: str) -> Optional[str]:
        """ "Derek Osei" when the text before this window gave the surname after a first name (a
        name the recogniser missed there, so no registry has it)."""
        if surname in self._no_full:
            return None
        text = self.before[0][-20000:]
        for m in re.finditer(r"\b([%s][%s]+(?:-[%s][%s]+)?) " % (UP, LOW, UP, LOW) + re.escape(surname) + r"\b", text):
            if listed_first_name(m.group(1)):
                return f"{m.group(1)} {surname}"
        self._no_full.add(surname)
        return None

    def _given_an_age(self, word: str) -> bool:
        """Whether the text up to the end of this window gives ``word`` an age in apposition
        ("Gabrielle, 7,", "Luc, now 17.")."""
        pat = re.compile(r"(?<![\w-])" + re.escape(word) + r",\s+(?:now\s+|aged\s+)?\d{1,3}\s*[,.;)]")
        return bool(pat.search(self.before[0]) or pat.search(self.doc.text))

    def _surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person the document named ("Quinn" of "Derek Quinn")."""
        return any(k.endswith(" " + word) for k in self.kind if self.kind[k] == PERSON) or \
            any(k.endswith(" " + word) for k in self.known)

    def _couples(self) -> dict:
        """Token index -> (full name, full name) for two first names before one surname: "Amrit
        and Harjit Dhaliwal", "Mick and Trudy Walters" (not "Procter and Gamble Co.", not
        "Marks and Spencer": the last word must be no company word and end the run of names)."""
        if getattr(self, "_couple_cache", None) is None:
            doc, out = self.doc, {}
            lex = self.lex
            for i in range(len(doc) - 3):
                a, conj, c, d = doc[i:i + 4]
                if conj.lower_ != "and" or any(self.quoted[k] for k in range(i, i + 4)):
                    continue
                if not all(x.is_title and x.is_alpha and len(x) > 1 for x in (a, c, d)):
                    continue
                if i and doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 1].pos_ == "PROPN" or \
                        i + 4 < len(doc) and doc[i + 4].is_title and doc[i + 4].pos_ == "PROPN":
                    continue
                if a.lower_ in lex.NOT_FIRST_NAMES or c.lower_ in lex.NOT_FIRST_NAMES or \
                        d.lower_ in lex.NOT_LAST_NAMES or d.lower_ in lex.COMPANY_TAIL or \
                        d.lower_.rstrip(".") in lex.ORG_NAME_ENDS or a.ent_type_ in ("GPE", "LOC", "NORP"):
                    continue
                if not (d.dep_ in lex.SUBJ_DEPS or c.dep_ in lex.SUBJ_DEPS or a.ent_type_ == "PERSON" or
                        c.ent_type_ == "PERSON" or listed_first_name(a.text) or listed_first_name(c.text)):
                    continue
                out[i] = (f"{a.text} {d.text}", f"{c.text} {d.text}")
            self._couple_cache = out
        return self._couple_cache

    def _hyphenated_surname(self, t) -> Optional[str]:
        """The person whose double-barrelled surname ends at token ``t`` ("Valdivia - Brooks", split
        by the tokenizer, no spaces), when the window or the text before gives that surname in
        full ("Teresa Valdivia-Brooks"); None otherwise."""
        doc = self.doc
        if t.i < 2 or not t.is_title or self.quoted[t.i] or doc[t.i - 1].text != "-" or \
                doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_ or not doc[t.i - 2].is_title:
            return None
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
            return None  # not the end of the word ("Tremblay-Côté-Roy")
        word = f"{doc[t.i - 2].text}-{t.text}"
        names = self._namesakes().get(word)
        if not names:
            return None
        return self._namesake([word], t.i) or (next(iter(names)) if len(names) == 1 else None)

    def _one_word_person(self, word: str) -> Optional[str]:
        """The person the window names by ``word`` alone: a PERSON entity of one word with no full
        name of the window or before it for that word ("Their daughter, Émilie,"), or a first name in
        apposition to a kin noun given the family's surname ("her son, Tavish," -> Tavish Roe)."""
        if word in self._kin_first:
            return self._kin_first[word]
        if " " in word or self.kind.get(word) != PERSON or word.lower() in self.lex.NOT_FIRST_NAMES:
            return None
        if self.canonical(word) != word or word in self._namesakes() or \
                any(n.split(" ")[0] == word for names in self._namesakes().values() for n in names):
            return None
        return word

    def _bare_first_name(self, t) -> Optional[str]:
        """A lone first name the recogniser missed, as the subject of a verb ("Arne said he had made
        peace with it", "Colleen put a blanket over his knees"): the word, when the name list gives
        it one sex, no proper noun stands next to it and the window knows the word as nothing else."""
        doc = self.doc
        subject = t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")
        if t.pos_ != "PROPN" or t.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART") or \
                not (t.is_title and t.is_alpha) or self.quoted[t.i] or not subject or \
                t.lower_ in self.lex.NOT_FIRST_NAMES or self.kind.get(t.text, PERSON) != PERSON:
            # (a rare first name is often read as a product: "The youngest, 12-year-old Lina, had
            # made a sign", Lina in apposition to the subject)
            return None
        if t.i and doc[t.i - 1].pos_ == "PROPN" or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            return None
        if any(c.dep_ in ("compound", "poss", "det") for c in t.children) or not listed_first_name(t.text):
            return None
        if not first_name_only(t.text):
            return None  # "Lee said she admires the mayor": a surname as often as a first name
        return t.text

    def _by_first_name(self, t) -> Optional[str]:
        """The full name a bare first name stands for: the only full name of the window with that
        first word, when no one has it as a surname and the word stands alone."""
        if not (t.is_title and t.is_alpha) or self.quoted[t.i] or t.lower_ in self.lex.NOT_FIRST_NAMES:
            return None
        if t.i and self.doc[t.i - 1].is_title and self.doc[t.i - 1].pos_ == "PROPN" or \
                t.i + 1 < len(self.doc) and self.doc[t.i + 1].is_title and self.doc[t.i + 1].pos_ == "PROPN":
            return None
        ent = self.table.first_name(t.text) if self.table is not None else None
        return self._key_of(ent.name) if ent is not None else None

    def canonical(self, name: str) -> str:
        """The key of a name: for a person the entity table knows by full name, the table's name
        (the document's most frequent full form: "Margaret Ann Lindqvist" in a headline and
        "Margaret Lindqvist" in the text are one candidate, as they are one speaker in stage 2);
        else the form the document's name registry gives it ("Lee" -> "Ann Lee")."""
        key = self._keys.get(name)
        if key is None:
            key = self._registry_name(name)
            if self.table is not None and " " in key:
                ent = self.table.person(key)
                if ent is not None and ent.forms and ent.kind == PERSON:
                    key = ent.name
            self._keys[name] = key
        return key

    def _key_of(self, name: str) -> str:
        """The key of a person the entity table names."""
        return self.canonical(name)

    def _named_org(self, t, lemma: str) -> Optional[str]:
        """The organisation a definite organisation noun stands for: "the company" the company
        named last before it (no union or authority), "the council" the one whose name has the
        noun; within the reach of "it" (three paragraphs). None for an indefinite noun."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
            return None
        para = self.para_of(t.i)
        best = None
        for key, kind in self.kind.items():
            if kind != ORGANIZATION or not key[:1].isupper():
                continue
            words = {w.lower().strip(".,") for w in key.split(" ")}
            if lemma in self.lex.COMPANY_NOUNS:
                if words & self.lex.NOT_COMPANY_WORDS or key in self.outlets:
                    continue  # (nor the outlet someone spoke to: "told APTN News … the company said")
            elif lemma not in words:
                continue
            last = max((m.token for m in self.mentions[key] if m.token < t.i and para - m.para <= 3), default=-1)
            if last >= 0 and (best is None or last > best[0]):
                best = (last, key)
        return best[1] if best else None

    def _kin_of(self, t, lemma: str) -> Optional[str]:
        """Whom "her husband", "his wife", "their son" is, when the article names that person in
        full with the possessor's surname: the possessor is the person of the possessive's sex
        named last before it, the kin the other full name with that surname and the kin noun's
        sex ("Mick and Trudy Walters … Her husband" -> Mick Walters). The name in apposition
        ("His daughter, Bisi,") or given so before ("her husband, Minh Nguyen, … Her husband
        nods") comes first."""
        for c in t.children:
            if c.dep_ == "appos" and c.i in self._person_at:
                self._kin_named[(_possessor(t), lemma)] = self._person_at[c.i]
                return self._person_at[c.i]
        if any(c.dep_ == "appos" for c in t.children):
            return None
        if (_possessor(t), lemma) in self._kin_named:
            # (by its owner's word too: "his father, Anders Nygaard" is not the "Her father" of
            # the daughter named later)
            return self._kin_named[(_possessor(t), lemma)]
        poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("her", "his")]
        sex = role_gender(lemma)
        if not poss or sex is None:
            return None
        psex = self.lex.PRONOUN_GENDER.get(poss[0].lower_)
        owners = [(max(m.token for m in ms if m.token < t.i), k) for k, ms in self.mentions.items()
                  if self.kind.get(k) == PERSON and " " in k and k not in self.plural and
                  any(m.token < t.i for m in ms) and first_name_gender(k) == psex]
        if not owners:
            return None
        owner = max(owners)[1]
        surname = owner.split(" ")[-1]
        # (a surname in a double-barrelled one counts: Réjean Gagné's daughter Marie-Ève Tremblay-Gagné)
        # (not one the article made the owner's kin of another kind: "Grace's son, Kevin Harris …
        # His grandmother" is not Grace Wong-Harris, his mother)
        kin = sorted({n for names in self._namesakes().values() for n in names if n != owner and
                      surname in re.split(r"-", n.split(" ")[-1]) and first_name_gender(n) == sex and
                      not any((w.lower(), owner) in self._kin_owned for w in n.split(" "))})
        return kin[0] if len(kin) == 1 else None

    def _short_form(self, t) -> Optional[str]:
        """The full name of the company whose short form ends at untagged token ``t`` ("Acme" of
        "Acme Foods Inc.", "Keystone Meadows"), a subject or an owner, as stage 2's table merged it
        (see quotex.resolution.entities.short_forms); None otherwise."""
        if self.table is None or t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or \
                t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        lo = t.i
        while lo > 0 and t.i - lo < 3 and self.doc[lo - 1].dep_ == "compound" and self.doc[lo - 1].head.i == t.i and \
                self.doc[lo - 1].is_title and not self.doc[lo - 1].ent_type_:
            lo -= 1
        short = self.doc[lo:t.i + 1].text
        org = self.table.organization(short)
        if org is None or org.kind != ORGANIZATION or not (org.name == short and " " in short or
                                                           org.name.startswith(short + " ")):
            return None  # (or the untagged name itself, read by entities.speaking_orgs: "Thames Water")
        return org.name

    def _outlet(self, ent, key: str) -> bool:
        """Whether an organisation's mention is a news outlet: by its name ("CBC News", "The Canadian
        Press", "Los Angeles Times"; not "Canada Post") or by where it stands, the one told ("told
        Global News", "in an interview with APTN News", "said in a statement to the Star")."""
        return outlet_name(key, self.lex) or told(ent)

    def _medium(self, t) -> bool:
        """ "said in a statement", "wrote in an email", "on Twitter": the document is how someone
        spoke, not who; the "it said" after it is the one who put it out."""
        return t.dep_ == "pobj" and t.head.lower_ in self.lex.MEDIUM_PREPS and t.head.head.pos_ in ("VERB", "AUX")

    def _misread_subject(self, t):
        """The finite verb of a noun the parser hung on the noun before it as an apposition, with
        the verb as its modifier: "… without the consent of Unamen Shipu, the minister hesitated
        before answering" (the minister is the subject of "hesitated"); None otherwise."""
        if t.dep_ != "appos" or t.pos_ != "NOUN":
            return None
        return next((c for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ") and c.i > t.i and
                     not self.quoted[c.i]), None)

    def _predicate(self, t) -> bool:
        """ "He now works as a consultant", "She is a nurse", "Lee, a lawyer,": the role of someone
        already named, no new person; nor is "a father" that is no subject ("spoke to a father")."""
        if t.dep_ == "appos" and self._misread_subject(t) is not None:
            return False  # (a subject misread: see _misread_subject)
        if t.dep_ in ("attr", "oprd", "appos", "acomp"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "as":
            return True
        dets = {c.lower_ for c in t.children if c.dep_ == "det"}
        if dets & self.lex.QUANTIFIERS:
            return True  # "has not endorsed any council candidate": nobody in particular
        return bool(dets & self.lex.INDEFINITES) and t.dep_ not in self.lex.SUBJ_DEPS

    def _org_by_apposition(self, ent) -> bool:
        """A name the recogniser called a person whose apposition is a company or organisation
        noun: "Bois Laurentien, a supplier in Quebec", "Nordia, the call-centre firm"."""
        if len(ent) >= 2 and ent[-1].lower_.rstrip(".") in self.lex.ORG_NAME_ENDS:
            return True  # "Harwick Lettings", "Maple Leaf Foods": a trade in the plural ends no surname
        if len(ent) == 1 and brand_cased(ent.text) and not is_first_name(ent.text) and speaks_as_one(ent[0], self.quoted):
            return True  # "WestJet said it …": written like a brand and an "it" (not "VandeHei said he")
        root = ent.root
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and not self.quoted[c.i]:
                lemma = c.lemma_.lower()
                if lemma.endswith(self.lex.PERSON_SUFFIXES) and len(ent) >= 2 and is_first_name(ent[0].text):
                    # "Earl Whitt, a retired coal miner,": a trade's noun names its workers too ("the
                    # miner" is a mining company in business news); after a first name, a person.
                    return False
                return lemma in self.lex.COMPANY_NOUNS or lemma in self.lex.ORG_TYPE_NOUNS and \
                    lemma not in self.lex.PERSON_ROLE_NOUNS
        return False

    def _first_name_of_pair(self, ent) -> Optional[str]:
        """ "Robert and Susan Haldane": the lone first name takes the surname of the full name it
        is coordinated with (a couple, siblings), so "Robert" is Robert Haldane (see
        :func:`quotex.resolution.entities.shared_surname`, which the mentions stage reads too), or of
        the one the kin noun it names belongs to ("her husband, Samuel,")."""
        if len(ent) != 1:
            return None
        t = ent.root
        if t.dep_ == "appos" and t.head.lemma_.lower() in self.lex.SURNAME_KIN_NOUNS and \
                any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in t.head.children):
            # "Grace Okonjo moved in with her husband, Samuel,": Samuel Okonjo, the surname of the
            # one person named before in the sentence.
            s = t.sent
            full = [e for e in self.doc.ents if e.label_ == "PERSON" and s.start <= e.start and e.end <= t.i and
                    len(e) >= 2 and not any(self.quoted[x.i] for x in e)]
            if len(full) == 1 and full[0][-1].text[:1].isupper():
                return f"{ent.text} {full[0][-1].text}"
            # "His daughter, Bisi," with no full name in the sentence: the surname of the person
            # of the possessive's sex named last before it.
            psex = self.lex.PRONOUN_GENDER.get(next(c.lower_ for c in t.head.children if c.dep_ == "poss"))
            owners = [(max(m.token for m in ms if m.token < t.i), k) for k, ms in self.mentions.items()
                      if self.kind.get(k) == PERSON and k not in self.plural and k[:1].isupper() and
                      any(m.token < t.i for m in ms) and first_name_gender(k) in (psex, None)]
            if owners and " " in max(owners)[1]:
                # (not when the one named last has one name only: "Murugesan, a fisherman who, like
                # many people in Tamil Nadu, uses one name … His wife, Selvi," is Selvi, not the
                # surname of someone named before him)
                return f"{ent.text} {max(owners)[1].split(' ')[-1]}"
        owner = next((c for c in t.head.children if c.dep_ == "poss"), None) if t.dep_ == "appos" else None
        if owner is not None and t.head.lemma_.lower() in self.lex.SURNAME_KIN_NOUNS and owner.pos_ == "PROPN" and \
                owner.is_title and not self.quoted[owner.i] and owner.i + 1 < len(self.doc) and \
                self.doc[owner.i + 1].tag_ == "POS" and \
                any(k.split(" ")[-1] == owner.text and self.kind.get(k) == PERSON and " " in k for k in self.mentions):
            # "Derek Hennigar … Hennigar's mother, Beverly, read a statement", "Reed's wife, Anna,":
            # a first name alone for the kin of a person named by surname is of that family.
            return f"{ent.text} {owner.text}"
        return shared_surname(ent, self.quoted)

    def _namesakes(self) -> dict:
        """Surname -> the full names of the people the document has named in full so far (the
        entity table's, one form per person: "Hillary Clinton" and "Hillary Rodham Clinton" are
        one) and of the window's couples ("Amrit and Harjit Dhaliwal") and pairs that end in it."""
        if self._by_surname is None:
            out: dict[str, set] = defaultdict(set)
            names = {e.name for e in self.table.entities if e.kind == PERSON and e.forms}
            names |= {self._first_name_of_pair(e) for e in self.doc.ents if e.label_ == "PERSON"} - {None}
            names |= {n for pair in self._couples().values() for n in pair}
            for n in names:
                w = n.split(" ")
                if 2 <= len(w) <= 4 and all(x[:1].isupper() for x in w) and \
                        w[-1].lower() not in self.lex.NOT_LAST_NAMES:
                    out[w[-1]].add(self.canonical(n) if self.canonical(n).split(" ")[0] == w[0] else n)
            for last, full in out.items():
                # "Hillary Clinton" and "Hillary Rodham Clinton": the longest form of one first name.
                out[last] = {n for n in full if not any(o != n and o.split(" ")[0] == n.split(" ")[0] and
                                                        len(o) > len(n) for o in full)}
            self._by_surname = out
        return self._by_surname

    def _namesake(self, words: list, start: int) -> Optional[str]:
        """Which of two people with one surname a bare surname is ("Robert Haldane", "Susan
        Haldane" … "Mr. Haldane"): the entity table's choice, as stage 2 makes it for a speaker
        (:meth:`quotex.resolution.resolve.EntityTable.namesake`: of the honorific's sex, the one
        named just before, the only one named so far, the one named far more). None when the
        surname is nobody else's or nothing tells which (see :meth:`_split`)."""
        if len(words) != 1:
            return None
        full = self._namesakes().get(words[0], ())
        prev = self.doc[start - 1] if start else None
        sex = honorific_gender(prev.text) if prev is not None else None
        if sex is None and start >= 2 and self.doc[start - 1].text == ".":
            sex = honorific_gender(self.doc[start - 2].text)
        if len(full) == 1 and sex is not None and sure_first_name_gender(next(iter(full))) not in (None, sex):
            return words[0]  # "Mr Okonjo" when only Grace Okonjo was named in full: not her
        if self.table is not None and start >= 2 and self.doc[start - 1].lower_ in ("elder", "younger") and \
                self.doc[start - 2].lower_ == "the":
            # "The elder Yamada doesn't argue. “…,” he says": the one of the two that generation
            # says, as stage 2 reads "the younger Yamada says" (resolve._generation; "The elder
            # Beaulieu, 78," is Antoine Beaulieu Sr. by his suffix).
            from .resolve import _generation
            ent = _generation(self.doc[start - 1].lower_, words[0], self.table)
            if ent is not None:
                return self.canonical(ent.name)
        if len(full) < 2 or self.table is None:
            return None
        ent = self.table.namesake(words[0], self.base + self.doc[start].idx, sex)
        key = self.canonical(ent.name) if ent is not None else None
        return key if key in full else None

    def _split(self, surname: str, head) -> bool:
        """A bare surname two people of the article share, with nothing to tell which ("remarks
        Clinton made … When she was talking", "Marie Comeau writes … Comeau watches … he says"):
        a half mention of each, so the pronoun after it picks the one of its sex. False when the
        surname is not shared."""
        full = self._namesakes().get(surname, ())
        if len(full) < 2:
            return False

        def first_seen(n):
            at = self.before[0].find(n)  # written out in full before the window
            if at >= 0:
                return (0, at, n)
            heads = [h for h in self.heads.get(n, ()) if h < head.i]
            return (1, min(heads), n) if heads else (2, 0, n)
        # The one the article named first is most often the one it goes on calling by surname
        # ("Nathan Okafor … his parents, Emmanuel and Grace Okafor … Okafor didn't hesitate").
        order = sorted(full, key=first_seen)
        self._split_first[head.i] = order[0]
        for k, n in enumerate(order):
            self._add(n, PERSON, head, weight=SPLIT_FIRST if k == 0 else SPLIT_OTHER)
        return True

    def _key_at(self, tok) -> str:
        """The person key of a name token (namesake-aware)."""
        words = drop_titles(clean_name(self._ent_text(tok)).split(" "))
        return self._namesake(words, tok.i) or self.canonical(" ".join(words))

    def _ent_text(self, tok) -> str:
        for e in self.doc.ents:
            if e.start <= tok.i < e.end:
                return e.text
        return tok.text

    def _testifying_partitive(self, t) -> Optional[str]:
        """ "one of the victims" when token ``t`` is "one" of people who gave evidence, as its
        sentence's subject: "One of the victims, now 19, testified last week. “…,” she told jurors"
        (the "she" is that one, not a woman named before). None otherwise."""
        if t.lower_ != "one" or t.dep_ not in self.lex.SUBJ_DEPS or t.head.dep_ != "ROOT" or \
                t.head.lemma_.lower() not in self.lex.TESTIFY_VERBS or self.quoted[t.i] or self.quoted[t.head.i]:
            return None
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        # (only people testify: "one of the victims"; of what else says, only nouns for people:
        # "one of the residents said", not "one of the reports said")
        if group is None or group.tag_ != "NNS" or self.quoted[group.i] or \
                not (t.head.lemma_.lower() == "testify" or
                     group.lemma_.lower() in self.lex.PERSON_NOUNS | self.lex.PERSON_ROLE_NOUNS |
                     self.lex.DESCRIPTOR_NOUNS or group.lemma_.lower().endswith(self.lex.PERSON_SUFFIXES)):
            return None
        return self.doc[t.i:group.i + 1].text.lower()

    def _speaking_role(self, t) -> bool:
        """Whether common noun ``t`` is a person by what it does here: a role that makes a title
        ("Superintendent Angela Furtado") as the subject of a speech verb ("The superintendent said
        the district would report in June"), or any noun a "who" clause is said of ("A store clerk,
        who asked not to be named, said she heard the shots"): what the "she said" after it may
        stand for, though the noun is not among the person nouns listed."""
        # (definite: "the superintendent" is someone the story has met; "an inspector pointed out
        # that the labels were in English" is a passer-by in a paragraph about the shop owner)
        if t.dep_ in self.lex.SUBJ_DEPS and t.lemma_.lower() in self.lex.ROLE_NOUNS and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and \
                self.lex.is_cue_token(t.head) and not self.quoted[t.head.i]:
            return True
        if t.dep_ in self.lex.SUBJ_DEPS and t.head.dep_ == "ROOT" and t.head.lemma_.lower() in self.lex.TESTIFY_VERBS and \
                not self.quoted[t.head.i] and (t.lemma_.lower() in self.lex.PERSON_NOUNS | self.lex.KIN_NOUNS |
                                               self.lex.DESCRIPTOR_NOUNS or role_gender(t.lemma_.lower()) or
                                               is_role(t.lemma_) or t.lemma_.lower().endswith(self.lex.PERSON_SUFFIXES)):
            # "A 19-year-old woman testified last week. “…,” she told jurors", "The victim's sister
            # took the stand": one who gives evidence is who the next "she said" most likely is,
            # named or not (the sentence's own verb; not "an inspector pointed out that …").
            return True
        # (or of its apposition: "Another former employee, a warehouse supervisor who asked that her
        # name not be used, said …")
        nouns = [t] + [c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        return any(c.dep_ == "relcl" and any(w.dep_ in self.lex.SUBJ_DEPS and w.lower_ == "who" for w in c.children)
                   for n in nouns for c in n.children)

    def _titles_name(self, t) -> bool:
        """Whether role noun ``t`` is the title of a named person ("spokeswoman Ann Lee", "Lee, the mayor")."""
        if t.dep_ in ("compound", "amod") and t.head.ent_type_ == "PERSON":
            return True
        if t.dep_ == "appos" and t.head.ent_type_ == "PERSON":
            return True
        return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)

    def _evidence(self, key: str, ent) -> None:
        """Honorifics and role nouns before the name, inside the recogniser's span ("Spokeswoman
        Chris Hall", "Mrs. Lee") or in apposition to it."""
        self._evidence_before(key, ent.start)
        for t in ent[:-1]:
            role = self.lex.TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lower_)  # "Gov." -> governor
            if role in self.lex.PERSON_ROLE_NOUNS or role in self.lex.POSITION_NOUNS | self.lex.LINEUP_POSITIONS:
                self.titled.append((ent.start, role, key))
            sex = honorific_gender(t.text) or role_gender(t.lower_)
            if sex:
                self.votes[key].append((sex, role_weight(t.lower_), -1))
                break
            if not t.is_punct and t.text.lower().rstrip(".") not in self.lex.TITLE_SKIP:
                break
        root = ent.root
        # Both ways round: "Ann Lee, the mayor" (the noun is the name's appositive) and "Their son,
        # Luc, ..." (the name is the noun's). spaCy makes a new Token object on every access, so
        # the head is compared by index, never by identity.
        for c in list(root.children) + ([root.head] if root.dep_ == "appos" else []):
            if c.dep_ == "appos" or c.i == root.head.i:
                noun = c if c.pos_ == "NOUN" else None
                if noun is None:
                    continue
                if c.i == root.head.i and description_of_complement(noun) is not None:
                    # "a spokeswoman for the governor, Gina Morrow,": she is the spokeswoman
                    noun = description_of_complement(noun)
                if noun.lemma_.lower() in self.lex.PERSON_ROLE_NOUNS:  # "Ann Lee, the mayor" … "the mayor said"
                    self.titled.append((ent.start, noun.lemma_.lower(), key))
                sex = role_gender(noun.lemma_.lower()) or role_gender(noun.lower_)
                if sex:
                    self.votes[key].append((sex, role_weight(noun.lower_), -1))

    def _evidence_before(self, key: str, start: int) -> None:
        """ "Ms. Okafor", "spokeswoman Ann Lee", "Liberal MP and mother of three Jane Roe" (up to 4 words)."""
        for i in range(start - 1, max(-1, start - 5), -1):
            t = self.doc[i]
            if t.lower_ == "of" and 0 < i and self.doc[i - 1].is_title and self.doc[i + 1].is_title and not self.quoted[i]:
                # (a portfolio's "of" inside the title: "Former Colorado Secretary of State Miriam
                # Okonjo-Hale … the former secretary of state laughed")
                continue
            if self.quoted[i] or t.is_punct and t.text != "." or t.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ",
                                                                            "PRON", "SCONJ") \
                    or t.ent_type_ == "PERSON":
                break
            role = self.lex.TITLE_ABBREVIATIONS.get(t.lower_.rstrip("."), t.lower_)  # "Sen." -> senator
            # (a player's position too: "Forward Ibrahim Ndongo … the Cameroonian forward smiled")
            if role in self.lex.PERSON_ROLE_NOUNS or role in self.lex.POSITION_NOUNS | self.lex.LINEUP_POSITIONS:
                self.titled.append((start, role, key))
            sex = honorific_gender(t.text)
            if sex and (i == start - 1):
                self.votes[key].append((sex, STRONG, -1))
                break
            sex = role_gender(t.lower_)
            if sex:
                self.votes[key].append((sex, role_weight(t.lower_), -1))
                break

    def _pronoun_votes(self) -> None:
        """The article's own "he"/"she"/"his"/"her" for the one person in reach: the pronoun's
        sentence names exactly one person before it, as a subject.

        Also count such a pronoun as a mention of that person, so that a feature that goes on
        about "she" keeps her salient.
        """
        chained = []
        for t in self.doc:
            sex = self.lex.PRONOUN_GENDER.get(t.lower_)
            if sex is None or self.quoted[t.i]:
                continue
            # Not the "he" of "he said": that is what gets resolved, and a wrong resolution of one
            # would vote for the next.
            speaks = t.dep_ in self.lex.SUBJ_DEPS and self.lex.is_cue_token(t.head)
            key = self._only_person_before(t.i)
            if key is None:
                if t.lower_ in ("he", "she") and t.dep_ in self.lex.SUBJ_DEPS or \
                        t.lower_ in ("his", "her") and t.dep_ == "poss" and t.head.dep_ in self.lex.SUBJ_DEPS:
                    # (and the "his" of a subject: "His granddaughter has asked to ride with him"
                    # is still about him)
                    chained.append(t)
                continue
            if self._asked_about(t):
                continue  # ("Welker asked whether he felt betrayed": the one asked)
            if not speaks and not self._object_of_own_clause(t):
                self.votes[key].append((sex, PRONOUN, t.i))
            if t.lower_ in ("he", "she"):
                self._add(key, PERSON, t, named=False)
            elif t.dep_ == "poss" and not re.search(r"['’]s\b", key):  # not a misread "Cruz's Iowa"
                # "Tremblay-Roy isn't holding her breath. She has gone back to work, and her mother
                # watches Olivier. “My mom is 68,” she says": the possessive is one more mention of
                # the person the passage is about (Lappin & Leass count every mention), so the
                # mother named once, last, does not outweigh her.
                self._add(key, PERSON, t, named=False, weight=CHAINED)
        # A feature goes on about its subject in pronouns: "Pike has her own plans. She wants to
        # open a shop … “I'm not so sure,” she said." Each subject "he"/"she" with no person named
        # before it in its sentence is resolved in turn and counts as a mention of whom it stands
        # for, so the person a passage is about stays the most salient one.
        for t in chained:
            root = t.sent.root
            named = {**self._split_first, **self._person_at}
            subj = [c for c in root.children if c.dep_ in self.lex.SUBJ_DEPS and c.i > t.i and c.i in named] or \
                [c for c in t.sent if c.dep_ in self.lex.SUBJ_DEPS and c.i > t.i and c.i in named and
                 _after_fronted_participle(c, c.head)]  # (the main subject the parser hung lower)
            if t.head.i != root.i and subj:
                # "Asked what he would do with the puck, Okafor didn't hesitate": a pronoun in a
                # clause before the main clause's named subject is that subject.
                self._add(named[subj[0].i], PERSON, t, named=False, weight=CHAINED)
                continue
            reporter = self._reporting_description(t)
            if reporter is not None:
                # "A neighbour, who asked not to be named, said she heard shouting. … “…,” she
                # said": the "she" of what a described person says is that person, who thereby is
                # a woman and stays in the passage; not the constable named three times before.
                self._add(reporter, PERSON, t, named=False, weight=CHAINED)
                self.votes[reporter].append((self.lex.PRONOUN_GENDER[t.lower_], PRONOUN, t.i))
                continue
            found = self.resolve(t)
            # Only onto a person whose sex agrees by evidence: a chain through a name of unknown
            # sex (often a misread one, "Purple Heart") would feed on itself.
            if found is not None and found[0].kind == PERSON and not found[0].plural and found[0].sex is not None:
                self._add(found[0].key, PERSON, t, named=False, weight=CHAINED)

    def _reporting_description(self, t) -> Optional[str]:
        """The person described by the subject of the speech verb whose reported clause pronoun
        ``t`` is the subject of: "A store clerk said she heard the shots" -> "clerk" (a key in lower
        case, someone known only by a description), or the person a name in apposition inside the
        description gives. None when the verb's subject is a name or no person's description, or the
        description's sex disagrees ("A spokesman said she would be disciplined")."""
        v = t.head
        if t.dep_ != "nsubj" or v.dep_ != "ccomp" or not self.lex.is_cue_token(v.head) or self.quoted[v.head.i]:
            return None
        subj = next((c for c in v.head.children if c.dep_ in self.lex.SUBJ_DEPS and c.i < t.i), None)
        if subj is None or self._person_token(subj):
            return None  # (a named person's "she" is the pronoun votes' business)
        # A description with a name in apposition is that person, though the parser hangs the name
        # on a noun inside the description: "One pastor supporting Mr. Cruz, Darran Whiting of
        # Liberty Baptist Church, said he had made 150 calls" (Whiting read as Cruz's apposition).
        named = [self._person_at[c.i] for c in subj.subtree if c.dep_ == "appos" and c.i in self._person_at]
        if named:
            return named[-1]
        # One who speaks of or for somebody else speaks of that person: "A close friend of the
        # mayor said he was exhausted", "An aide to Sen. Lee said she would vote no".
        if any(c.i in self._person_at or c.dep_ == "pobj" and c.lemma_.lower() in self.lex.ROLE_NOUNS
               for c in subj.subtree if c.i != subj.i):
            return None
        keys = [k for k in self.kind if self.kind[k] == PERSON and k.islower() and k not in self.plural and
                subj.i in self.heads.get(k, ())]
        if len(keys) != 1:
            return None
        sex = role_gender(keys[0])
        return keys[0] if sex in (None, self.lex.PRONOUN_GENDER[t.lower_]) else None

    def _name_given(self, t) -> Optional[str]:
        """The name a description's own relative clause gives: "a neighbor who would only give her
        first name, Lakeisha," -> Lakeisha (see entities.given_as_name); None if it gives none."""
        for c in t.children:
            if c.dep_ == "relcl":
                for g in c.subtree:
                    if g.pos_ == "PROPN" and given_as_name(g, self.quoted) and g.i in self._person_at:
                        return self._person_at[g.i]
        return None

    def _asked_about(self, t) -> bool:
        """Whether pronoun ``t`` is in the clause a person's verb of asking takes: "Host Kristen
        Welker asked whether he felt betrayed", "Lee pressed him on the deal" -- the one asked,
        not the asker, so it is no evidence of the asker's sex nor a mention of the asker."""
        prev = t
        for a in t.ancestors:
            if a.i < t.i and a.lemma_.lower() in self.lex.ASKING_VERBS and not self.quoted[a.i]:
                # (only what is asked, or whom: not the asker's own gesture, "Sanders asked
                # rhetorically, shaking his head", "Sanders was asked during an interview in which he
                # said": a passive's subject is the one asked)
                return (prev.dep_ in ("ccomp", "dobj", "dative") or
                        prev.dep_ == "prep" and prev.lower_ in ("about", "on", "over")) and \
                    any(c.dep_ == "nsubj" and self._person_token(c) for c in a.children)
            prev = a
        return False

    def _person_token(self, c) -> bool:
        """Whether token ``c`` is a person's name, or a noun with one in apposition ("A reporter,
        Jordan Ellis, pressed him")."""
        return c.i in self._person_at or c.ent_type_ == "PERSON" or \
            any(g.dep_ == "appos" and (g.i in self._person_at or g.ent_type_ == "PERSON") for g in c.children)

    def _object_of_own_clause(self, t) -> bool:
        """Whether ``t`` is an object pronoun ("him", object "her") of a clause whose subject is a
        person's name, directly or through "who": such a pronoun is someone else (a person is
        "himself" to his own verb), so it says nothing of that person's sex. "Dr. Harold Beaudry,
        who worked alongside her, called her a legend" votes Beaudry no woman; "Lee said the board
        ignored her" still votes Lee one (the subject of "ignored" is the board)."""
        if t.tag_ != "PRP" or t.dep_ not in ("dobj", "pobj", "dative", "iobj"):
            return False
        v = t.head
        if t.dep_ == "pobj" and v.dep_ == "prep":
            v = v.head
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        for c in v.children:
            if c.dep_ not in self.lex.SUBJ_DEPS:
                continue
            if self._person_token(c):
                return True
            if c.tag_ in ("WP", "WDT") and v.dep_ == "relcl" and (v.head.i in self._person_at or v.head.ent_type_ == "PERSON"):
                return True
        return False

    def _only_person_before(self, i: int) -> Optional[str]:
        """The one person named before token ``i`` in its sentence, when that person is a subject
        ("Lee said her plan …", "Lee thanked Stone for his help" gives nobody a vote)."""
        s = self.sent_of[i]
        keys = {k for j, k in self._person_at.items() if self.sent_of[j] == s and j < i}
        if len(keys) != 1:
            return None
        key = keys.pop()
        if any(self.sent_of[j] == s and j < i for k in self.kind if self.kind[k] == PERSON and k.islower()
               for j in self.heads[k]):
            return None  # "the spokeswoman" in the sentence too: ambiguous
        ms = [m for m in self.mentions[key] if m.sent == s and m.token < i]
        return key if any(m.subject for m in ms) else None

    # ------------------------------------------------------------------ resolving
    def sex(self, key: str, but: int = -1) -> Optional[str]:
        """The person's sex by the evidence, leaving out the vote of the pronoun at token ``but``
        (the pronoun being resolved must not vote for its own antecedent)."""
        if self.kind.get(key, PERSON) != PERSON or key in self.plural:
            return None
        votes = [(s, w) for s, w, i in self.votes.get(key, ()) if i < 0 or i != but]
        votes += self.prior.get(key, ((), ()))[1]
        votes += self._table_votes(key)
        # A lone first name is evidence too ("Colleen put a blanket over his knees" is no "he").
        one = key.isalpha() and key[:1].isupper() and first_name_only(key)
        return decide(votes, first_name=key if len(key.split(" ")) >= 2 or one else None)

    def _table_person(self, name: str) -> Optional[str]:
        """The key of the person the entity table, deciding by all the document's mentions, makes
        of ``name`` ("Nefzi" tagged an organisation here, "Adel Nefzi" a person elsewhere)."""
        ent = self.table.person(name) if self.table is not None else None
        words = name.split(" ")
        if ent is None and self.table is not None and len(words) >= 3 and \
                (is_role(words[0]) or words[0].lower() in self.lex.DESCRIPTOR_NOUNS or
                 words[0].lower() in self.lex.PERSON_ROLE_NOUNS):
            # "Teammate Kayla Morris" tagged an organisation with the noun before her name: the
            # table's person is the name without it ("she said" next is hers).
            ent = self.table.person(" ".join(words[1:]))
        return self.canonical(ent.name) if ent is not None and ent.kind == PERSON and ent.forms else None

    def _table_votes(self, key: str) -> list:
        """The evidence of a person's sex the entity table holds from all the document's mentions
        of that person so far, not only this window's: honorifics ("Ms. Okafor" three windows up)
        and titles or roles of one sex ("chairwoman", "her husband, Minh Nguyen")."""
        if self.table is None or " " not in key:
            return []
        votes = self._table_sex.get(key)
        if votes is None:
            ent = self.table.person(key)
            votes = []
            if ent is not None and ent.forms and ent.kind == PERSON:
                votes = [(honorific_gender(h), STRONG) for h in ent.honorifics if honorific_gender(h)]
                words = [w for _, t in ent.titles for w in t.lower().split(" ")] + [r for _, r in ent.roles]
                votes += [(role_gender(w), role_weight(w)) for w in words if role_gender(w)]
            self._table_sex[key] = votes
        return votes

    def entity(self, key: str, but: int = -1) -> Entity:
        kind, sex = self.kind.get(key, PERSON), self.sex(key, but)
        # (a lone first name leans too: "Kirsten" with a "his" and a "her" read near her is no "he")
        lean = first_name_gender(key) if kind == PERSON and sex is None and \
            (" " in key or key[:1].isupper() and key.isalpha() and first_name_only(key)) else None
        # A first name given to both sexes, though mostly to one ("Lindsey", "Chris"), gives way to
        # the article's own evidence ("Sen. Lindsey Graham called out his rival"); with none, the sex
        # it says is soft: see pronouns.Entity.soft.
        soft = False
        if sex is not None and kind == PERSON and " " in key and sure_first_name_gender(key) is None:
            own = self._sex_without_name(key, but)
            soft, sex = own is None, own or sex
        return Entity(key, kind, sex, key in self.plural, lean=lean, soft=soft)

    def _sex_without_name(self, key: str, but: int = -1) -> Optional[str]:
        """The person's sex by the article's evidence alone, the first name left out."""
        votes = [(s, w) for s, w, i in self.votes.get(key, ()) if i < 0 or i != but]
        votes += self.prior.get(key, ((), ()))[1]
        votes += self._table_votes(key)
        return decide(votes)

    @property
    def prior(self) -> dict:
        if self._prior is None:
            text, first_para = self.before
            self._prior = {k: v for k, v in people_before(text, first_para, self.canonical, self.known).items()
                           if k not in self.organizations}
        return self._prior

    def _story_subject(self, i: int) -> Optional[str]:
        """The person a feature is about, by token ``i``: named (by name, not pronoun) at least
        ``TOPIC_MIN`` times before it, here and in the text before the window, and twice as often
        as anyone else. "The bookbinder shrugs … he holds up a finished book": him, not the
        neighbour quoted last."""
        counts = []
        for key, kind in self.kind.items():
            if kind != PERSON or key in self.plural or not key[:1].isupper():
                continue
            n = sum(1 for h in self.heads.get(key, ()) if h < i) + len(self.prior.get(key, ((), ()))[0])
            counts.append((n, key))
        counts.sort(reverse=True)
        if counts and counts[0][0] >= TOPIC_MIN and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
            return counts[0][1]
        return None

    def _topic(self, pron: Pronoun, cands: list) -> Optional[Entity]:
        """The person a feature is about, for a "he"/"she" with nobody of that sex in reach: the
        one of that sex named far more than any other before it (at least ``TOPIC_MIN`` mentions,
        twice the next). "When I'm gone, the fiddles will still be playing," he says -- ten
        paragraphs after the fiddle maker was last named, past his wife and his apprentice."""
        counts = sorted(((len(ms), ent.key, ent) for ent, ms in cands
                         if ent.kind == PERSON and not ent.plural and ent.sex is not None and agrees(pron.text, ent)
                         and not (ent.soft and ent.sex != self.lex.PRONOUN_AGREEMENT[pron.text][1])),
                        reverse=True)
        if counts and counts[0][0] >= TOPIC_MIN and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]):
            return counts[0][2]
        return None

    def report_name(self, ent: Entity, said: str) -> str:
        """The name to report for person ``ent`` whose latest mention reads ``said``.

        "Spokeswoman Chris Hall" (a title the recogniser took into the name) -> "Chris Hall"; a
        bare surname ("Trump" labelled an organisation, "Fiorina" for a "Carly Fiorina" so
        labelled) -> the full name, when that person's sex is known and the full name's first
        name does not say the other sex (two Fiorinas: Frank never takes Carly's "she").
        """
        key = ent.key
        if not key[:1].isupper():
            # (a partitive is its whole phrase: "one of the victims", not the "One" of its head)
            return key if " of " in key and said.lower() == key.split(" ")[0] else said
        if said[:1].islower() or said.split(" ")[0].lower() in self.lex.POSSESSIVE_DETERMINERS:
            return key  # "Her husband" last mentioned him: his name, Mick Walters
        if said.endswith(" " + key):
            return key
        if " " not in said and " " in key and said == key.split(" ")[0]:
            return key  # "Harjit" -> Harjit Dhaliwal
        if " " not in said and " " in key and said in re.split(r"[ -]", key.split(" ")[-1])[1:]:
            # "Tremblay-Côté" split by the tokenizer, the mention's head "Côté": still Marie
            # Tremblay-Côté, never the Jean Côté the bare "Côté" would find.
            return key
        if " " in key and " " in said and said != key and self.kind.get(said) == PERSON and said in self.heads and \
                key.split(" ")[-1].split("-")[-1] == said.split(" ")[-1]:
            # The head token is half of the resolved person's double-barrelled surname ("Côté" of
            # "Tremblay-Côté found work"), which the registry holds for another candidate (Jean
            # Côté): the one resolved.
            return key
        if " " in key and " " in said and said != key:
            said_sex = first_name_gender(said)
            if ent.sex is not None and said_sex is not None and said_sex != ent.sex:
                return key  # never the other sex's name for the person resolved
            if said.split(" ")[-1] == key.split(" ")[-1] and first_name_gender(key) is not None:
                # Two people with one surname ("Robert Haldane", "Susan Haldane"): the one
                # resolved, not the one the surname's registry entry happens to hold.
                return key
        if key.endswith(" " + said) and (key in self.local_names.values() or
                                         ent.sex is not None and first_name_gender(key) in (None, ent.sex)):
            return key
        return said

    def _quote_run(self, i: int) -> int:
        """How many sentences wholly inside a quotation come right before token ``i``'s sentence,
        in its paragraph: the quote's own sentences before its cue. They are the speaker's words,
        not steps of the narrative away from the person the sentence before named, so a cue
        pronoun counts its distance from the quote's start. "Outside court, Wimbush said the
        sentence was fair. / “Six years is six years. I just want my money back,” he said." ->
        Wimbush, however many sentences the quote has (and "Rod" inside it is nobody's antecedent)."""
        k, n, para = self._sent_k[i], 0, self.para_of(i)
        sents = self._sents
        while k - n - 1 >= 0 and self._all_quoted[k - n - 1] and self.para_of(sents[k - n - 1].start) == para:
            n += 1
        return n

    def resolve(self, tok, last_speaker: Optional[str] = None, exclude=frozenset(),
                answering: Optional[bool] = None, expected: Optional[tuple[str, str]] = None
                ) -> Optional[tuple[Entity, int]]:
        """The entity pronoun token ``tok`` stands for and the token of its latest mention before it
        (none of the keys in ``exclude``). ``answering``: whether the one just asked is expected
        (see pronouns._answerer); by default when ``tok`` is the subject of a speech verb other than
        one of asking ("“Would you call it again?” he asked" is the asker's). ``expected``: the names (answerer,
        asker) when the quote before was a question put to someone."""
        if answering is None:
            # (only the subject of a speech verb answers: not "Vargas asked the secretary if she
            # would commit to his pledge", whose "his" is still the asker's)
            answering = tok.dep_ in self.lex.SUBJ_DEPS and self.lex.is_cue_token(tok.head) and \
                tok.head.lemma_.lower() not in self.lex.ASKING_VERBS
        run = self._quote_run(tok.i)
        pron = Pronoun(tok.lower_, tok.i, self.sent_of[tok.i] - run, self.para_of(tok.i))
        cands = []
        keys = set(self.mentions)
        if pron.text in self.lex.PRONOUN_GENDER:
            keys |= set(self.prior)
        for key in sorted(keys - set(exclude)):  # a fixed order: ties go the same way in every process
            before = [m for m in self.mentions.get(key, ()) if m.token < tok.i and not pron.sent <= m.sent < pron.sent + run]
            before += self.prior.get(key, ((), ()))[0] if pron.text in self.lex.PRONOUN_GENDER else []
            if before:
                cands.append((self.entity(key, tok.i), before))
        if last_speaker and " " in last_speaker:
            # A full name keyed as the candidates are ("Margaret Ann Lindqvist" -> Margaret
            # Lindqvist); a bare surname stays as it is (it never had the bonus of the speaker
            # named in full, and a live blog's last speaker is often another item's).
            last_speaker = self.canonical(last_speaker)
        if expected is not None:
            expected = tuple(self.canonical(n) for n in expected)
        # (a reply goes to whom the last speaker addressed: see pronouns._replied_to)
        replying = answering and tok.head.lemma_.lower() in self.lex.REPLY_CUES
        ent = resolve(pron, cands, last_speaker=last_speaker, topic=self._story_subject(tok.i), answering=answering,
                      expected=expected, replying=replying)
        if ent is None and pron.text in self.lex.PRONOUN_GENDER:
            ent = self._topic(pron, cands)
        if ent is None:
            return None
        return ent, max((h for h in self.heads.get(ent.key, ()) if h < tok.i), default=None)



def _possessor(t) -> Optional[str]:
    """The possessive determiner of a noun ("her" of "her father"), lower case, or None."""
    return next((c.lower_ for c in t.children if c.dep_ == "poss"), None)


def _subordinate_subject(verb) -> bool:
    """Whether ``verb`` heads a clause inside another clause that has a subject of its own:
    "… say whether Kerrigan was known", "… said that the union would strike" (not "Lee said",
    not "Lee arrived and said", not a quote's "…," Lee said)."""
    v = verb
    while v.dep_ == "conj" and v.head is not v:
        v = v.head
    if v.dep_ not in ("ccomp", "advcl", "relcl", "acl", "csubj", "xcomp"):
        return False
    gov = v.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i for c in gov.children):
        return True
    # "Asked whether Marcotte-Baird would testify, committee chair Ann Lee said …": a "whether"
    # clause of a fronted participle is inside the sentence as much (the participle's subject is
    # the main clause's, Ann Lee).
    first = next((t for t in gov.sent if not t.is_space), None)
    return first is not None and gov.i == first.i and gov.tag_ in ("VBN", "VBG") and any(c.dep_ == "mark" for c in v.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children)


def _after_fronted_participle(subj, verb) -> bool:
    """Whether ``subj`` is the main clause's subject that the parser hung inside a fronted
    participial clause: "Asked by Fogarty whether she still had confidence in him, Marcotte-Baird
    paused." is parsed with "Asked" as the root and "paused" as a clause of "had"; the subject right
    after the comma that closes the participle's clause is what the sentence is about (the "she
    said" after it is hers, not the questioner's)."""
    sent = verb.sent
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.dep_ != "ROOT" or first.tag_ not in ("VBN", "VBG") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return False
    left = subj.left_edge.i
    return left > sent.start and subj.doc[left - 1].text == "," and not any(c.dep_ == "mark" for c in verb.children)


def _embedded(head) -> bool:
    """A name that modifies a noun or hangs off one: "the Trump campaign", "Sanders's
    performance", "director for Sanders" (not "Lee said", not "told Lee")."""
    if head.dep_ in ("compound", "poss") and head.head.pos_ == "NOUN":
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN"


def _names_a_thing(head) -> bool:
    """An organisation's name the parser made a noun's modifier, with the names coordinated with it:
    "shuttle buses would run between Finch and Eglinton stations" (stations, not actors)."""
    if head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN":
        head = head.head
    return head.dep_ == "nmod" and head.head.pos_ == "NOUN"


# A surname with an elided or hyphened particle: "Ashley d'Entremont", "Sinead O'Brien", "Ahmad al-Khatib"
# (the recogniser often tags these an organisation).
_PARTICLE_LAST = re.compile(r"^(?:(?:al|el|Al|El|bin|ibn|abu|ben)-|[dDlLO]['’])[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def looks_like_person(name: str, lex=ENGLISH) -> bool:
    """"Carly Fiorina" yes; "Tim Hortons", "Morgan Stanley", "Wells Fargo Bank", "Nova Scotia Power"
    (a province's name first) no."""
    words = name.split(" ")
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[:-1]) and \
        (words[-1][:1].isupper() and words[-1].replace("-", "").isalpha() or _PARTICLE_LAST.match(words[-1])) and \
        listed_first_name(words[0]) and words[-1].lower() not in lex.NOT_LAST_NAMES and \
        (not words[-1].endswith("s") or _DOUBLE_SURNAME.match(words[-1]) is not None) and \
        not _place_named(name, words)


def _place_named(name: str, words: list[str]) -> bool:
    """Whether a name is a state's or a province's of two words or more, or opens with one (the
    two first words of three): "Nova Scotia Power", "Prince Edward Island"."""
    places = home_subdivision_phrases()
    return _fold(name) in places or len(words) == 3 and _fold(" ".join(words[:2])) in places


# A double-barrelled surname: "Chase-Welles", "Okafor-Banks" (its "s" is no plural brand's, unlike
# "Tim Hortons").
_DOUBLE_SURNAME = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")


# ---------------------------------------------------------------------- the text before a window
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_HONORIFIC_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mme|Sir|Lady|Dame|Lord)\.?\s+([A-Z][\w'’-]+)")
_CAP_WORD = re.compile(r"\b[%s][%s]+(?:[-'’][%s]?[%s]+)?\b" % (UP, LOW, UP, LOW))
_SAY = re.compile(r"\b(?:said|says|told|added|asked|wrote|recalled|explained)\b")
# How far back the raw text is read: the person limit of quotex.resolution.pronouns.
MAX_PRIOR_PARAS = 40  # (mentions past 10 paragraphs only count for the story's subject: _topic)


def people_before(text: str, first_para: int, canonical: Callable[[str], str], known: set) -> dict:
    """People named in ``text`` (the document before a window), read without a parse.

    Returns key -> (mentions, votes): mentions numbered back from the window (sentence -1 is the
    last sentence before it; paragraphs by document ordinal, ``first_para`` being the window's
    first), votes for the sex from honorifics (without a parse, the article's pronouns are not
    read here: which name a "her" goes with is too often wrong). Names: runs of capitalised
    words (:func:`quotex.resolution.names.harvest_names`' rule), honorific + surname, and surnames of the
    full names the document has given.
    """
    out: dict[str, tuple[list, list]] = {}
    if not text:
        return out
    paras = [p for p in text.split("\n") if p.strip()][-MAX_PRIOR_PARAS:]
    sents: list[tuple[int, str]] = []
    for k, p in enumerate(paras):
        ordinal = first_para - len(paras) + k
        if headline_line(p):
            continue  # a headline in Title Case
        for s in _SENT_SPLIT.split(_QUOTED.sub(lambda m: " " * len(m.group()), p)):
            if s.strip():
                sents.append((ordinal, s))
    n = len(sents)
    for j, (ordinal, s) in enumerate(sents):
        sent = j - n  # -1 for the last sentence before the window
        keys: list[str] = []
        for m in _HONORIFIC_NAME.finditer(s):
            key = canonical(m.group(2))
            sex = honorific_gender(m.group(1))
            out.setdefault(key, ([], []))[1].append((sex, STRONG))
            keys.append(key)
        for name in _names_in(s):
            keys.append(canonical(name))
        for m in _CAP_WORD.finditer(s):
            full = canonical(m.group())
            if full != m.group() and full in known:
                keys.append(full)
        distinct = list(dict.fromkeys(k for k in keys if k))
        first_words = s.split()[:4]
        for key in distinct:
            subject = any(w.strip(",.'’s") in key.split(" ") for w in first_words)
            out.setdefault(key, ([], []))[0].append(
                Mention(-1, sent, ordinal, subject, subject and bool(_SAY.search(s))))
    return out
