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

:meth:`AntecedentIndex.resolve` hands a pronoun token and these candidates to
:func:`quotex.resolution.pronouns.resolve`; it answers the token of the chosen entity's latest mention.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Optional

from ..lexicon import ENGLISH
from .entities import missed_people
from .gender import PRONOUN, STRONG, decide, first_name_gender, honorific_gender, role_gender, role_weight
from .names import _names_in, clean_name, drop_titles
from .pronouns import GROUP, ORGANIZATION, PERSON, PLACE, THING, Entity, Mention, Pronoun, resolve
from ..lexicon import lexicon_for



class AntecedentIndex:
    """The candidate antecedents of a parsed window (see the module docstring).

    ``para_of`` maps a token index to its paragraph number; ``canonical`` maps a name to the
    document's canonical form ("Lee" -> "Ann Lee").
    """

    def __init__(self, doc, quoted: list[bool], para_of: Callable[[int], int],
                 canonical: Callable[[str], str], full_names: Optional[set] = None,
                 before: str = "", first_para: int = 0) -> None:
        self.doc = doc
        self.lex = lexicon_for(doc.lang_)  # the word lists of the document's language
        self.quoted = quoted
        self.para_of = para_of
        self.canonical = canonical
        self.sent_of = [0] * len(doc)
        for k, s in enumerate(doc.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = k
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
        # People named in the text before the window (not parsed with it, or not parsed at all):
        # read from the raw text, see :func:`people_before`.
        self.before = (before, first_para)
        self._prior: Optional[dict] = None
        self._no_full: set[str] = set()  # surnames with no full name before the window
        self._collect()

    # ------------------------------------------------------------------ collecting
    def _add(self, key: str, kind: str, head, plural: bool = False, named: bool = True) -> None:
        if not key:
            return
        self.kind.setdefault(key, kind)
        if plural:
            self.plural.add(key)
        subj = head.dep_ in self.lex.SUBJ_DEPS or (head.dep_ in ("appos", "compound", "flat") and head.head.dep_ in self.lex.SUBJ_DEPS)
        verb = head.head if head.dep_ in self.lex.SUBJ_DEPS else head.head.head
        speaker = subj and self.lex.is_cue_token(verb) and not self.quoted[verb.i]
        self.mentions[key].append(Mention(head.i, self.sent_of[head.i], self.para_of(head.i), subj, speaker))
        if named:  # a name or a noun that can be reported as the speaker's name
            self.heads[key].append(head.i)

    def _collect(self) -> None:
        doc, quoted = self.doc, self.quoted
        in_person = [False] * len(doc)
        for ent in doc.ents:
            if any(quoted[t.i] for t in ent):
                continue
            if ent.label_ == "PERSON":
                key = self.canonical(" ".join(drop_titles(clean_name(ent.text).split(" "))))
                if not key or not key[:1].isupper():
                    continue
                for t in ent:
                    in_person[t.i] = True
                root = ent.root
                self._add(key, PERSON, root)
                self._person_at[root.i] = key
                self._evidence(key, ent)
                # "Lee and Stone said …": the two together are what "they" can stand for.
                for c in root.children:
                    if c.dep_ == "conj" and c.ent_type_ == "PERSON" and not quoted[c.i]:
                        other = self.canonical(clean_name(self._ent_text(c)))
                        if other and other != key:
                            self._add(f"{key} and {other}", PERSON, root, plural=True)
            elif ent.label_ in self.lex.ORG_ENTS:
                key = re.sub(r"^[Tt]he\s+", "", clean_name(ent.text))
                canon = self.local_names.get(key) or self.canonical(key)
                if ent.label_ == "ORG" and looks_like_person(key):
                    # "Carly Fiorina" labelled an organisation: a first name of one sex and a
                    # surname that is no institution word ("Tim Hortons" stays: the "s" of a
                    # brand); later "Fiorina" alone is her too.
                    canon = key
                    self.local_names[key.split(" ")[-1]] = key
                if (canon in self.known or canon != key or canon in self.local_names.values()) and \
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
                else:
                    self._add(key, ORGANIZATION, ent.root)
        missed = {}
        for m in missed_people(doc, 0, quoted):
            span = doc.char_span(m.start, m.end)
            if span is not None and not any(in_person[k] for k in range(span.start, span.end)):
                missed[span.start] = m.text
                for k in range(span.start + 1, span.end):
                    in_person[k] = True  # the rest of the name is not a surname of its own
        for t in doc:
            if quoted[t.i] or in_person[t.i] or t.ent_type_ in self.lex.ORG_ENTS:
                continue
            low = t.lower_
            lemma = t.lemma_.lower()
            if t.pos_ == "PROPN" and t.is_title and t.tag_ == "NNPS" and low.endswith("s") and \
                    any(c.lower_ == "the" for c in t.children) and self._surname(t.text[:-1]):
                # "Tamara and Derek Quinn … The Quinns said they …": a family by its surname is a
                # group, what "they" stands for (never one of its members' "he" or "she").
                self._add(t.text, GROUP, t)
                continue
            if t.i in missed:
                # "Paramedic Derek Osei has been on the road …": a person the recogniser missed is
                # a candidate too, and "Osei" alone later is him.
                full = missed[t.i]
                self._add(full, PERSON, t)
                self._person_at[t.i] = full
                self._evidence_before(full, t.i)
                self.local_names.setdefault(full.split(" ")[-1], full)
                continue
            if t.pos_ == "PROPN" and t.is_title and t.is_alpha and not (t.i and doc[t.i - 1].pos_ == "PROPN") and \
                    t.text not in self.local_names and t.dep_ in self.lex.SUBJ_DEPS:
                full = self._full_name_before(t.text)
                if full:
                    self.local_names[t.text] = full
            if t.pos_ == "PROPN" and t.is_title and t.text in self.local_names and \
                    self.local_names[t.text] != t.text and not (t.i and doc[t.i - 1].pos_ == "PROPN"):
                full = self.local_names[t.text]
                self._add(full, PERSON, t)
                self._person_at[t.i] = full
                continue
            if t.pos_ == "PROPN" and t.is_title:
                # A surname the recogniser missed, given in full elsewhere: "Okafor said".
                canon = self.canonical(t.text)
                if canon != clean_name(t.text) and canon in self.known and \
                        t.text.lower().rstrip(".") not in self.lex.HONORIFICS:
                    self._add(canon, PERSON, t)
                    self._person_at[t.i] = canon
                    self._evidence_before(canon, t.i)
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
                self._add(low, GROUP, t)
            elif lemma in self.lex.ORG_NOUNS and t.tag_ != "NNS":
                self._add(lemma, ORGANIZATION, t)
            elif lemma in self.lex.DOC_THINGS and t.tag_ == "NN":
                # "The email … It stated that …": a document says what it says.
                self._add(lemma, THING, t)
            elif lemma in self.lex.PERSON_ROLE_NOUNS and t.tag_ == "NN" and not self._titles_name(t):
                # "Premier Scott Moe … the premier said": the role of a person named before with
                # it as title is that person.
                titled_so = [k for j, w, k in self.titled if w == lemma and j < t.i]
                if titled_so and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                    self._add(titled_so[-1], PERSON, t, named=False)  # a mention, not a name to report
                    continue
                # "the spokeswoman said": a person known only by the role. Each such mention is
                # its own candidate keyed by the noun; its sex is the noun's.
                self._add(lemma, PERSON, t)
                sex = role_gender(lemma)
                if sex:
                    self.votes[lemma].append((sex, role_weight(lemma), -1))
        self._pronoun_votes()

    def _full_name_before(self, surname: str) -> Optional[str]:
        """ "Derek Osei" when the text before this window gave the surname after a first name (a
        name the recogniser missed there, so no registry has it)."""
        if surname in self._no_full:
            return None
        text = self.before[0][-20000:]
        for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) " + re.escape(surname) + r"\b", text):
            if first_name_gender(m.group(1)) is not None:
                return f"{m.group(1)} {surname}"
        self._no_full.add(surname)
        return None

    def _surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person the document named ("Quinn" of "Derek Quinn")."""
        return any(k.endswith(" " + word) for k in self.kind if self.kind[k] == PERSON) or \
            any(k.endswith(" " + word) for k in self.known)

    def _ent_text(self, tok) -> str:
        for e in self.doc.ents:
            if e.start <= tok.i < e.end:
                return e.text
        return tok.text

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
            if t.lower_ in self.lex.PERSON_ROLE_NOUNS:
                self.titled.append((ent.start, t.lower_, key))
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
                if noun.lemma_.lower() in self.lex.PERSON_ROLE_NOUNS:  # "Ann Lee, the mayor" … "the mayor said"
                    self.titled.append((ent.start, noun.lemma_.lower(), key))
                sex = role_gender(noun.lemma_.lower()) or role_gender(noun.lower_)
                if sex:
                    self.votes[key].append((sex, role_weight(noun.lower_), -1))

    def _evidence_before(self, key: str, start: int) -> None:
        """ "Ms. Okafor", "spokeswoman Ann Lee", "Liberal MP and mother of three Jane Roe" (up to 4 words)."""
        for i in range(start - 1, max(-1, start - 5), -1):
            t = self.doc[i]
            if self.quoted[i] or t.is_punct and t.text != "." or t.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ",
                                                                            "PRON", "SCONJ") \
                    or t.ent_type_ == "PERSON":
                break
            if t.lower_ in self.lex.PERSON_ROLE_NOUNS:
                self.titled.append((start, t.lower_, key))
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
        for t in self.doc:
            sex = self.lex.PRONOUN_GENDER.get(t.lower_)
            if sex is None or self.quoted[t.i]:
                continue
            # Not the "he" of "he said": that is what gets resolved, and a wrong resolution of one
            # would vote for the next.
            speaks = t.dep_ in self.lex.SUBJ_DEPS and self.lex.is_cue_token(t.head)
            key = self._only_person_before(t.i)
            if key is None:
                continue
            if not speaks:
                self.votes[key].append((sex, PRONOUN, t.i))
            if t.lower_ in ("he", "she"):
                self._add(key, PERSON, t, named=False)

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
        return decide(votes, first_name=key if len(key.split(" ")) >= 2 else None)

    def entity(self, key: str, but: int = -1) -> Entity:
        return Entity(key, self.kind.get(key, PERSON), self.sex(key, but), key in self.plural)

    @property
    def prior(self) -> dict:
        if self._prior is None:
            text, first_para = self.before
            self._prior = people_before(text, first_para, self.canonical, self.known)
        return self._prior

    def report_name(self, ent: Entity, said: str) -> str:
        """The name to report for person ``ent`` whose latest mention reads ``said``.

        "Spokeswoman Chris Hall" (a title the recogniser took into the name) -> "Chris Hall"; a
        bare surname ("Trump" labelled an organisation, "Fiorina" for a "Carly Fiorina" so
        labelled) -> the full name, when that person's sex is known and the full name's first
        name does not say the other sex (two Fiorinas: Frank never takes Carly's "she").
        """
        key = ent.key
        if not key[:1].isupper():
            return said
        if said.endswith(" " + key):
            return key
        if key.endswith(" " + said) and (key in self.local_names.values() or
                                         ent.sex is not None and first_name_gender(key) in (None, ent.sex)):
            return key
        return said

    def resolve(self, tok, last_speaker: Optional[str] = None) -> Optional[tuple[Entity, int]]:
        """The entity pronoun token ``tok`` stands for and the token of its latest mention before it."""
        pron = Pronoun(tok.lower_, tok.i, self.sent_of[tok.i], self.para_of(tok.i))
        cands = []
        keys = set(self.mentions)
        if pron.text in self.lex.PRONOUN_GENDER:
            keys |= set(self.prior)
        for key in sorted(keys):  # a fixed order: ties go the same way in every process
            before = [m for m in self.mentions.get(key, ()) if m.token < tok.i]
            before += self.prior.get(key, ((), ()))[0] if pron.text in self.lex.PRONOUN_GENDER else []
            if before:
                cands.append((self.entity(key, tok.i), before))
        ent = resolve(pron, cands, last_speaker=last_speaker)
        if ent is None:
            return None
        return ent, max((h for h in self.heads.get(ent.key, ()) if h < tok.i), default=None)



def looks_like_person(name: str, lex=ENGLISH) -> bool:
    """"Carly Fiorina" yes; "Tim Hortons", "Morgan Stanley", "Wells Fargo Bank" no."""
    words = name.split(" ")
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) and \
        first_name_gender(words[0]) is not None and words[-1].lower() not in lex.NOT_LAST_NAMES and \
        not words[-1].endswith("s")


# ---------------------------------------------------------------------- the text before a window
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")
_HONORIFIC_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mme|Sir|Lady|Dame|Lord)\.?\s+([A-Z][\w'’-]+)")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b")
_SAY = re.compile(r"\b(?:said|says|told|added|asked|wrote|recalled|explained)\b")
# How far back the raw text is read: the person limit of quotex.resolution.pronouns.
MAX_PRIOR_PARAS = 10


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
        if sum(w[:1].isupper() for w in p.split()) > 0.6 * len(p.split()):
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
