"""Pure parse walks: functions of spaCy tokens (and, where needed, the window's quoted-token mask).

What lives here: walks and token tests that read only the parse (heads, deps, POS, entity types,
lemmas) and the word lists of the document's lexicon (``lexicon_for(doc.lang_)``), never Attributor state (names, titles, the last
speaker, the window's paragraphs). Like textacy's ``expand_noun``: small functions a rule module
imports, instead of methods the rule mixins reach through ``self``. Methods that need state stay on
the mixins (mentions.py, rules/cue.py), which call these. A walk that needs one fact of the document
(whether the article gave a surname in full) takes it as a predicate (``known``). Each function here
can be tested on a hand-built ``Doc`` (tests/test_syntax.py).
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from ..lexicon import lexicon_for

# Dependents left of a name's head that belong to the mention ("Mayor Ann Lee", "the party's chairman").
NAME_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "prt", "flat"}
# Thresholds of the mention finders (each bounds a walk so a mis-parse cannot run through the window).
# An inverted cue's name runs at most this many tokens past its head ("said Air Force 1st Lt. Tyler
# Livingston"): longer runs of proper nouns are the next sentence's.
INVERTED_NAME_MAX_TOKENS = 6
# ... and a token of at most this many characters before a "." is an abbreviation in it ("Lt.", "Sgt.").
ABBREVIATION_MAX_CHARS = 4
# How many heads a cue is climbed to find a subject ("Lee went on to say" -> "went" has Lee).
SUBJECT_CLIMB_MAX = 4
# How many tokens before a subject-less cue are searched for the person who speaks ("Observer reporter
# Jane Lee said"): a clause's width; further back is another clause.
NAME_BEFORE_CUE_WINDOW = 16
# How many clause links a nested report is climbed to its outer speech verb ("Israel said Clinton
# called on members to be “coordinated”" -> said).
OUTER_CUE_CLIMB_MAX = 6
# "Bannon, who Beck on Wednesday called …": the relative word is at most this many tokens before the cue.
OBJECT_RELATIVE_REACH = 9
# How many coordinated or infinitive links lead up to a when/after/while clause.
TIME_CLAUSE_CLIMB = 3
# How many heads a document noun is climbed through objects and prepositions to the verb whose subject
# speaks for it ("voted for the resolution which said" -> the voters); deeper is another clause.
OBJECT_CLIMB_MAX = 3
# The links climbed from a noun to the verb that takes it: as its object, through prepositions.
OBJECT_DEPS = ("dobj", "pobj", "prep")


def glued_tail(tok) -> bool:
    """Whether ``tok``'s phrase follows a capitalised word through a dash with no space on either
    side ("Témiscouata–Les Basques", "River–Crowfoot"): the end of a compound name, not a phrase
    of its own. A spaced dash ("Ottawa – Lee said") sets a phrase off and does not count."""
    j = tok.left_edge.i
    doc = tok.doc
    if j < 2:
        return False
    dash, before = doc[j - 1], doc[j - 2]
    return bool(re.fullmatch(r"[-–]", dash.text)) and not dash.whitespace_ and \
        not before.whitespace_ and before.text[:1].isupper()


def name_given_in_relative(noun, quoted: Sequence[bool]):
    """The name a common noun's relative clause gives for it, or None: "the man, who would only
    give his first name, Derek" -> Derek; "one voter, who identified herself only as Linda" ->
    Linda. Only a name set beside the noun "name" or after "as" with a verb of identifying: "the
    man, who named his son Derek" or "a nurse who worked with Lee" give the noun no name."""
    if noun.pos_ != "NOUN":
        return None
    for rel in noun.children:
        if rel.dep_ != "relcl" or quoted[rel.i]:
            continue
        for c in rel.children:
            if c.dep_ == "dobj" and c.lemma_.lower() == "name":
                # (the parser hangs the name on "name" or, after it, on the noun itself)
                named = [a for a in list(c.children) + list(noun.children) if a.dep_ == "appos" and
                         a.pos_ == "PROPN" and a.i > c.i and not quoted[a.i]]
                if named:
                    return named[0]
            if c.dep_ == "prep" and c.lower_ == "as" and rel.lemma_.lower() == "identify":
                named = [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and not quoted[p.i]]
                if named:
                    return named[0]
    return None


def is_thing(tok) -> bool:
    """A common noun that names neither a person nor an organisation ("The promise")."""
    lex = lexicon_for(tok.doc.lang_)
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in lex.PRONOUNS and \
        lemma not in lex.PERSON_NOUNS and lemma not in lex.ORG_NOUNS and lemma not in lex.PEOPLE_NOUNS


def unnamed_record(head) -> bool:
    """A thing after "according to" with no name in it: "the affidavit", "court records", "a
    transcript released by his office", "an arrest affidavit released Saturday" (a day names no
    one); not "an AP account" nor "a Kremlin transcript", nor a record "of" the event it
    reproduces ("according to a transcript of the show", "a recording of the call": the record
    is the source PolNeAR credits, as a reader cites it)."""
    return is_thing(head) and not any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") or
                                      t.ent_type_ in ("PERSON", "ORG") for t in head.subtree) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


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


def participle_after_relative(cue, quoted: Sequence[bool]):
    """The subject of a relative clause that a participle cue follows at once, after a comma.

    "… the casino, where about 50 protesters had gathered on Wednesday, chanting “no contract”"
    and "a speech at the college, when protesters interrupted her, shouting “…”": the parser
    hangs the participle on the sentence's verb, but it goes on from the clause just before it.
    Only a relative clause opened by "where"/"when" (not an adverbial clause of time: "Brown said
    after the mayor won, adding …" is Brown's) with a subject of its own; else None.
    """
    doc, lex = cue.doc, lexicon_for(cue.doc.lang_)
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    v = doc[cue.i - 2]
    for _ in range(SUBJECT_CLIMB_MAX):
        if v.pos_ in ("VERB", "AUX") or v.head == v or quoted[v.i]:
            break
        v = v.head
    if v.dep_ != "relcl" or v.i >= cue.i or v == cue.head or quoted[v.i] or \
            not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in v.children):
        # (only a clause of place or time opened by "where"/"when": in "touches that Biden might
        # appreciate, describing …" the clause describes the touches, not who describes)
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubj" and not quoted[c.i]), None)
    if subj is None or subj.lower_ in lex.RELATIVE:
        return None
    return subj


def participle_after_report(cue):
    """The speech verb whose subject does a participle cue set after a clause it reports.

    "Lee said the deadlock has “kept us safe” before claiming that open borders are “tearing
    families apart”": the parser hangs "before claiming" on the reported clause ("has kept"),
    but the one who claims is the one who said, not the deadlock. Only a participle in a phrase
    of time ("before", "after", "while" …) on a clause that a speech verb reports; else None.
    """
    lex = lexicon_for(cue.doc.lang_)
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.lower_ not in lex.TIME_MARKS or cue.head.dep_ != "prep":
        return None
    clause = cue.head.head
    if clause.dep_ != "ccomp" or clause.head == clause or not lex.is_cue_token(clause.head):
        return None
    return clause.head


def inverted_object(cue, quoted: Sequence[bool]):
    """The speaker after an inverted cue that the parser took for its object.

    "“Not again,” wrote a reader who lives nearby.": the small model can make the quote the
    verb's subject and the writer its object. Not for verbs whose object is whom they address
    ("“Go,” told reporters" is no English, but "“Go,” he told reporters" has its subject).
    """
    lex = lexicon_for(cue.doc.lang_)
    if not lex.is_cue_token(cue) or any(c.dep_ in lex.SUBJ_DEPS and not quoted[c.i] for c in cue.children):
        return None
    # "“How big is that wall?” asked the boy, who …": a cue right after the closing mark, with no
    # subject of its own, is inverted whatever the parser hung the quote on, and even a verb of
    # asking or telling has its speaker after it there.
    # (A finite verb only: in "did not want to address “that person,” telling Fox 35 that …" the
    # participle goes on with the sentence's subject.)
    right_after = cue.i >= 2 and cue.doc[cue.i - 1].is_punct and cue.doc[cue.i - 1].is_quote and \
        quoted[cue.i - 2] and cue.tag_ in lex.FINITE_TAGS
    if not right_after and (cue.lemma_.lower() in lex.ADDRESSEE_CUES or not any(
            c.dep_ in lex.SUBJ_DEPS and quoted[c.i] and c.i < cue.i for c in cue.children)):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and not quoted[c.i]), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma = obj.lemma_.lower()
    if cue.lemma_.lower() in lex.ADDRESSEE_CUES and (obj.pos_ != "NOUN" or cue.doc[cue.i - 2].text != "?"):
        # "“Sad,” told a voter" is no English: after "told" the object is whom it addresses;
        # only a question followed by "asked the boy" reads as inverted
        return None
    if is_thing(obj) and not (right_after and (lemma in lex.PERSON_ROLE_NOUNS or lemma in lex.DESCRIPTOR_NOUNS)):
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
    prev = cue.doc[cue.i - 1] if cue.i > 0 else head
    # (or the noun and the name in apposition to it: "in a game coach Chris Yoder called
    # “embarrassing”" hangs "called" off "coach", with "Chris Yoder" between)
    named = prev.dep_ == "appos" and prev.head.i == head.i and prev.ent_type_ == "PERSON" and not quoted[prev.i]
    if head.i != cue.i - 1 and not named or head.pos_ not in ("NOUN", "PROPN") or quoted[head.i]:
        return False
    if any(c.dep_ in lex.SUBJ_DEPS or c.dep_ == "agent" for c in cue.children):
        return False
    if is_thing(head) and not named or head.lower_ in lex.PRONOUNS:
        return False  # (a noun with a person's name in apposition is a person: "coach Chris Yoder")
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


def mention_span(head, quoted: Sequence[bool]) -> tuple[int, int]:
    """Token range [lo, hi] of the noun phrase naming the speaker, clipped at quotes."""
    doc, lex = head.doc, lexicon_for(head.doc.lang_)
    if head.lower_ in lex.PRONOUNS:
        return head.i, head.i
    lo = hi = head.i
    stack = [c for c in head.lefts if c.dep_ in NAME_LEFT_DEPS]
    for c in stack:
        if c.pos_ == "PROPN" and any(doc[j].text == "," for j in range(c.right_edge.i + 1, head.i)):
            # "Of Carson, Levine, who …": a word set off by a comma before the head is no part
            # of its name (the parser hung the opening phrase's object on it).
            continue
        for t in c.subtree:
            if not quoted[t.i] and t.i < lo:
                lo = t.i
    for c in head.rights:
        if c.dep_ in ("flat", "compound"):
            hi = max(hi, c.i)
        else:
            break
    if lo > 0 and doc[lo - 1].tag_ == "DT" and doc[lo - 1].dep_ == "det" and doc[lo - 1].head.i > head.i and \
            head.pos_ == "NOUN" and not quoted[lo - 1]:
        # "“…,” the post read." parsed with "read" as a noun and "post" its modifier: the article
        # belongs to the speaker's noun ("the post", a definite description), not to "read".
        lo -= 1
    # Inverted cues are often mis-parsed: in "said Air Force 1st Lt. Tyler Livingston" the
    # subject is "1st" and the name hangs off elsewhere; take the proper nouns that follow.
    if head.pos_ in ("PROPN", "NUM") or head.ent_type_:
        n = len(doc)
        while hi + 1 < n and hi - head.i < INVERTED_NAME_MAX_TOKENS and not quoted[hi + 1]:
            nxt = doc[hi + 1]
            if nxt.text == "-" and not doc[hi].whitespace_ and not nxt.whitespace_ and hi + 2 < n and \
                    doc[hi + 2].pos_ == "PROPN" and not quoted[hi + 2] and doc[hi].text[:1].isupper():
                # "Okafor-Lyle said she …": a hyphenated surname is one name, though the parser makes
                # each half a subject ("Okafor" alone is half of Denise Okafor-Lyle's surname).
                hi += 2
            elif nxt.pos_ == "PROPN" or (nxt.text == "." and doc[hi].pos_ == "PROPN"
                                       and (len(doc[hi]) <= ABBREVIATION_MAX_CHARS
                                            or doc[hi].lower_ in lex.HONORIFICS)):
                # (A longer rank is an abbreviation too: "said Const. Jerome Lacroix".)
                hi += 1
            else:
                break
        while hi > head.i and doc[hi].text == ".":
            hi -= 1
    # An organisation's name runs on through "of" ("the Ministry of Health", "the City of
    # Surrey", "the Federation of Canadian Municipalities"): to the end of its entity.
    # Only from an institution's noun, through "of"/"for"/"on" and capitalised words.
    # (a plural institution's noun too, and a name the recogniser mislabelled a work of art: "the
    # Centers for Disease Control and Prevention says")
    if (head.ent_type_ in lex.ORG_ENTS or head.ent_type_ == "WORK_OF_ART") and head.ent_iob_ in ("B", "I") and \
            hi + 1 < len(doc) and doc[hi + 1].lower_ in lex.ORG_NAME_LINKS and \
            (head.lower_ in lex.ORG_NOUNS or head.lower_ in lex.INSTITUTION_NOUNS or
             head.tag_ == "NNPS" and head.lower_[:-1] in lex.ORG_NOUNS):
        n = len(doc)
        k = hi
        while k + 1 < n and doc[k + 1].ent_iob_ == "I" and not quoted[k + 1] and \
                (doc[k + 1].lower_ in lex.ORG_NAME_INNER or doc[k + 1].text[:1].isupper()):
            k += 1
        if k + 2 < n and doc[k + 1].tag_ == "POS" and doc[k + 2].is_title and doc[k + 2].pos_ == "PROPN" and \
                not quoted[k + 2] and doc[k].is_title:
            # "The Court of Queen's Bench said": the recogniser ends the name at the possessive.
            k += 2
        if doc[k].text[:1].isupper():
            hi = k
    n = len(doc)
    while hi + 2 < n and doc[hi + 1].text == "&" and doc[hi].text[:1].isupper() and doc[hi + 2].text[:1].isupper() and \
            not quoted[hi + 1] and not quoted[hi + 2]:
        # "Johnson & Johnson said", "Procter & Gamble said": an ampersand between capitalised words
        # joins one firm's name (the parser makes the words after it a conjunct of the head).
        hi += 2
        while hi + 1 < n and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].text[:1].isupper() and not quoted[hi + 1]:
            hi += 1
        if hi + 1 < n and doc[hi + 1].tag_ == "POS" and doc[hi + 1].ent_iob_ == "I":
            hi += 1  # "Ben & Jerry's": the possessive is part of the name the recogniser read
    while lo >= 2 and doc[lo - 1].text == "&" and doc[lo].text[:1].isupper() and doc[lo - 2].text[:1].isupper() and \
            not quoted[lo - 1] and not quoted[lo - 2]:
        lo -= 2  # "said a spokesperson for Procter & Gamble" with "Gamble" the head
    if head.ent_type_ == "PERSON" and head.ent_iob_ in ("B", "I"):
        # 'said Sen. Charles "Chuck" Brennan': the parser makes the nickname the subject and the
        # surname its apposition; the person the recogniser read runs on to the surname.
        end = head.i
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and end + 1 - head.i <= 3:
            end += 1
        hi = max(hi, end)
    # Never reach into a quote or across punctuation other than the name's own dots.
    while lo < head.i and (quoted[lo] or doc[lo].is_punct and doc[lo].text not in "'’"):
        lo += 1
    # Drop a leading determiner-only start such as "the" before a name? Keep: "the Kremlin".
    return lo, hi


def subject_of(cue, quoted: Sequence[bool], known: Optional[Callable[[str], bool]] = None):
    """Follow the parse from a cue verb to its speaker's head token (None when the parse names nobody).

    Reads the parse and the quoted-token mask only; ``known(word)`` says whether the article gave
    ``word`` as the surname of a full name before (see :func:`person_before`).
    """
    doc, lex = cue.doc, lexicon_for(cue.doc.lang_)
    if lex.according(cue):
        return according_object(cue, quoted)
    obj = inverted_object(cue, quoted)
    if obj is not None:
        return obj
    obj = inverted_name(cue, quoted)
    if obj is not None:
        return obj
    obj = as_put_it(cue, quoted)
    if obj is not None:
        return obj
    obj = quoted_as_saying(cue, quoted)
    if obj is not None:
        return obj
    obj = object_relative_subject(cue, quoted)
    if obj is not None:
        return obj
    obj = verbless_relative_head(cue, quoted)
    if obj is not None:
        return obj
    if misparsed_modifier(cue, quoted):
        # "a man yelled “Stay there!”" / "one lawmaker called Trump “the orange prince”":
        # the small model hangs the cue off the noun before it as a modifier; that noun is
        # who speaks.
        return cue.head
    if cue.tag_ == "VBN" and cue.lemma_.lower() in lex.NAMING_CUES:
        # "…, called the “Crossroads of America” by the citizens, the county …": a past
        # participle of naming with its own "by" names who calls it so, whatever it modifies.
        # (the parser may hang "by" on the quoted name)
        by = [p for b in cue.subtree if b.lower_ == "by" and b.dep_ in ("prep", "agent") and
              (b.head == cue or quoted[b.head.i]) and not quoted[b.i]
              for p in b.children if p.dep_ == "pobj" and not quoted[p.i]]
        if by:
            return by[0]
    near = participle_after_relative(cue, quoted)
    if near is not None:
        return near
    t = cue
    reporter = participle_after_report(cue)
    if reporter is not None:
        t = reporter
    for _ in range(SUBJECT_CLIMB_MAX):
        subj = [c for c in t.children if c.dep_ in lex.SUBJ_DEPS and not quoted[c.i] and
                not (c.dep_ == "csubj" and c.pos_ in ("VERB", "AUX"))]
        # (a clause is nobody: "Asked about Lee's comments, a spokeswoman for the governor, Gina
        # Morrow, said …" can come out with "Asked" as the clausal subject of "said" and the
        # spokeswoman hung elsewhere; the person named just before the verb speaks, below)
        if participle_in_report(cue, t):
            # "She spoke to CNN, saying that Lee is a “fraud” and questioning how he “got
            # away with it”": the parser can hang the second participle on the verb of the
            # reported clause; whoever is reported there is not the one questioning.
            subj = []
        if subj and subj[0].dep_ == "nsubjpass":
            # "Sanders was asked by host Bill Maher, “…?”": the agent speaks, not the subject.
            agent = [p for a in t.children if a.dep_ == "agent"
                     for p in a.children if p.dep_ == "pobj" and not quoted[p.i]]
            # Only the cue's own agent: climbing from "… was booed by the crowd after telling
            # them “…”" or "was joined by Lee and joked, “…”", the one booed or joined speaks.
            if agent and t is cue:
                return agent[0]
            if cue.lemma_.lower() in lex.NAMING_CUES:
                # "The feature has been called “strategic ambiguity” by Joshua Hendrick": the
                # parser hangs "by" on the quoted name; its object still did the naming.
                by = [p for b in cue.subtree if b.lower_ == "by" and b.dep_ in ("prep", "agent") and
                      (b.head == cue or quoted[b.head.i]) and not quoted[b.i]
                      for p in b.children if p.dep_ == "pobj" and not quoted[p.i]]
                if by:
                    return by[0]
            # "a “paperwork error” that was reported in a “hit piece”": without an agent the
            # passive subject is what was said, not who said it ("He was quoted as saying"
            # and "Trump was asked …" excepted).
            if t is cue and t.lemma_.lower() not in lex.PASSIVE_SPEAKER_CUES:
                return None
        if not subj and t is cue:
            # "Lee, meanwhile, who sits on no board, said …": the parser can hang the name and
            # its "who" together on the relative clause's verb, as two subjects of it, and leave
            # the cue without one; the name before the "who" is the cue's subject.
            for c in cue.children:
                if c.dep_ != "advcl" or c.i > cue.i:
                    continue
                two = [x for x in c.children if x.dep_ == "nsubj" and not quoted[x.i]]
                rel = [x for x in two if x.lower_ in lex.PERSON_RELATIVE]
                names = [x for x in two if x.pos_ == "PROPN" and rel and x.i < rel[0].i]
                if names:
                    return names[0]
        if len(subj) > 1:
            # "the MP for Rimouski-Neigette–Témiscouata–Les Basques said": the parser can make
            # the end of a dash-joined place name (a riding, "Battle River–Crowfoot") a second
            # subject; a word glued to the one before by a dash is inside that name.
            subj = [c for c in subj if not glued_tail(c)] or subj
        if len(subj) > 1:
            # Two subjects is a misparse, mostly of a dateline: "LONDON (Reuters) - Donald
            # Trump said …" -> the one nearest the verb.
            before = [c for c in subj if c.i < t.i]
            after = [c for c in subj if c.i > t.i]
            if before and after and any(quoted[k] for k in range(before[-1].i, t.i)):
                # ... but with a quote between the dateline and the verb, the inverted cue's name:
                # "SEOUL (AP) — “We will keep calling,” said Lee Ji-won, the minister."
                subj = [after[0]]
            else:
                subj = [before[-1]] if before else subj
        if subj and subj[0].ent_type_ in ("DATE", "TIME", "GPE") and t is cue:
            # "Saturday at the convention Sen. Elizabeth Warren (D-MA) said …" parses
            # "Saturday" as the subject; a person named just before the verb is the speaker.
            p = person_before(cue, quoted, known)
            if p is not None and p.i > subj[0].i:
                return p
        if subj and t is cue and subj[0].i < cue.i and is_thing(subj[0]):
            # "The rejection of the treaty signals “the beginning of the end,” said Geert
            # Wilders": a thing parsed as the subject of a verb a name follows is the
            # reported clause's; the name after the verb speaks.
            p = person_after(cue, quoted)
            if p is not None:
                return p
        if subj and t is not cue and is_thing(subj[0]) and t.dep_ == "advcl" and t.head != t and \
                any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.TIME_MARKS | {"as"} for c in t.children):
            # "He sent an email as the meeting began, vowing to “fight on”": the parser can hang
            # the participle on the verb of a clause of time; a thing there is the scene, and
            # the sentence's own subject speaks.
            t = t.head
            continue
        if subj and wished_infinitive(t) and not quoted[t.head.i]:
            # "Lee says she expects the council to announce a “fresh start”", "a letter calls
            # for the board to respond by admitting …": an infinitive with a subject of its
            # own is an act someone wants, not one done; the words are the wisher's.
            t = t.head
            continue
        if subj:
            s = subj[0]
            if s.pos_ == "ADP":
                # "Of Carson, Levine, who backs Rubio, said, “…”": the parser makes the opening
                # preposition the subject and hangs the speaker on it; the name after the comma
                # speaks. (A bare "From said" stays: a surname the tagger took for a preposition.)
                objs = [c for c in s.children if c.dep_ == "pobj" and not quoted[c.i]]
                # (or on the opening phrase's object, as an apposition: "Of Kim, Lee, …")
                objs += [a for o in objs for a in o.children if a.dep_ == "appos" and a.i > o.i]
                obj = [c for c in objs if c.pos_ == "PROPN" and not quoted[c.i] and
                       any(doc[j].text == "," for j in range(s.i + 1, c.i))]
                if obj:
                    return obj[0]
            named = _name_after_title(s, cue, quoted, lex) or _name_set_off_before(s, cue, quoted) or \
                _name_after_dateline(s, quoted) or _name_after_label(s, quoted)
            if named is not None:
                return named
            # "said the man, who would only give his first name, Derek": an unnamed person whose
            # relative clause gives the name is called by it.
            given = name_given_in_relative(s, quoted)
            if given is not None:
                return given
            # "Smith and Jones said" -> Smith (first conjunct); "what he said" -> he
            return s
        # (the same for a subject-less passive: "was shouted down by fans after telling …")
        agent = [c for c in t.children if c.dep_ == "agent"] if t is cue else []
        for a in agent:
            pobj = [c for c in a.children if c.dep_ == "pobj" and not quoted[c.i]]
            if pobj:
                return pobj[0]
        if t.dep_ == "relcl" and not quoted[t.head.i]:
            n = t.head
            if is_thing(n) and n.dep_ in ("dobj", "pobj") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                    and not any(c.lower_ in lex.RELATIVE for c in t.children):
                # "The judge pointed to a previous case to say that …", "She used the occasion to
                # warn …": an infinitive after a thing is what the sentence's subject does with
                # it (the parser hangs it on the thing as a relative clause).
                v = n.head.head if n.dep_ == "pobj" and n.head.dep_ == "prep" else n.head
                if v.pos_ in ("VERB", "AUX") and v != t and not quoted[v.i]:
                    t = v
                    continue
            return t.head
        if t.dep_ == "xcomp" and not quoted[t.head.i] and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            # "That prompted Lee to call the plan “a joke”", "the win led her to declare …":
            # the object of the verb above does the infinitive, not its subject. Only a name
            # or a pronoun: a common noun there is as often a time ("spent the weekend
            # saying …").
            obj = [c for c in t.head.children if c.dep_ == "dobj" and c.i < t.i and not quoted[c.i]]
            if obj and obj[0].pos_ in ("PROPN", "PRON") and obj[0].lower_ not in lex.POINTERS:
                return obj[0]
        # "released a statement saying …": from the cue through the noun it modifies to the
        # verb that has the subject.
        if t.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl", "ccomp", "prep", "pobj", "dobj") and \
                t.head != t and not quoted[t.head.i]:
            t = t.head
            continue
        break
    if lex.is_cue_token(cue) and not lex.according(cue):
        # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic
        # presidential candidate stated that …": the parser hangs the real subject on the
        # last name of the intro phrase as an apposition; a person noun right before the
        # subject-less cue, set off by a comma, is who speaks, not the name before it.
        prev = doc[cue.i - 1] if cue.i > 0 else None
        if prev is not None and prev.dep_ == "appos" and prev.pos_ == "NOUN" and \
                not quoted[prev.i] and not is_thing(prev) and \
                prev.lower_ not in lex.PRONOUNS and prev.left_edge.i > 0 and \
                doc[prev.left_edge.i - 1].text == "," and prev.head.i < prev.left_edge.i:
            return prev
        return person_before(cue, quoted, known)
    return None


def object_relative_subject(cue, quoted: Sequence[bool]):
    """The subject of a cue in a relative clause whose relative word is its object, or None.

    "Bannon, who Beck on Wednesday called “a horrible human being”", "Smith, who coach Tom Hale
    once called “the heart of this club”", "Acme, which the union has called “a bad
    neighbour”": the relative word is followed by a noun phrase, then (with adverbs, auxiliaries
    and a time between) the cue; that noun phrase says the words, whatever the parser made of
    the clause (it often takes "who" for the subject and the name for an object). Only after a
    comma or a noun, so "said that Lee called" is left to the parse.
    """
    doc, lex = cue.doc, lexicon_for(cue.doc.lang_)
    rel = None
    for j in range(cue.i - 1, max(-1, cue.i - OBJECT_RELATIVE_REACH), -1):
        t = doc[j]
        if quoted[j] or t.is_punct:
            return None
        if t.lower_ in lex.RELATIVE | lex.PERSON_RELATIVE:
            rel = t
            break
    if rel is None or rel.i == 0 or rel.i + 1 >= cue.i or \
            not (doc[rel.i - 1].text == "," or doc[rel.i - 1].pos_ in ("NOUN", "PROPN")):
        return None
    k = rel.i + 1
    if doc[k].pos_ == "DET":
        k += 1
    # the noun phrase: a run of names, nouns and adjectives ("coach Tom Hale", "the union",
    # "Councillor Ann Lee"); a name's own entity decides where it ends
    head = None
    while k < cue.i and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].ent_type_ in ("PERSON", "ORG") or
                         # a title the tagger took for a verb: "coach Tom Hale"
                         k + 1 < cue.i and doc[k].is_lower and doc[k + 1].ent_type_ == "PERSON") and \
            doc[k].ent_type_ not in ("DATE", "TIME"):
        head = doc[k]
        k += 1
    if head is None or head.pos_ not in ("PROPN", "NOUN") or head.lower_ in lex.PRONOUNS:
        return None
    # then only adverbs, auxiliaries and a time ("on Wednesday", "once", "has") up to the cue
    for t in doc[k:cue.i]:
        if not (t.pos_ in ("ADV", "AUX", "PART") or t.ent_type_ in ("DATE", "TIME") or
                t.pos_ == "ADP" and t.i + 1 < cue.i and doc[t.i + 1].ent_type_ in ("DATE", "TIME")):
            return None
    return head


def verbless_relative_head(cue, quoted: Sequence[bool]):
    """The noun a sentence with no main verb is rooted in, when the cue hangs inside that noun's
    relative clause, or None.

    "A neighbour who asked not to be named because she fears retaliation said …": the parser
    makes "retaliation" the subject of "said" and "said" a clause "she fears", leaving the
    sentence a bare noun with a relative clause. A news sentence has a main verb; the finite
    cue after the relative clause's own verb is it, and the noun is who speaks. ("A man who
    heard the driver say “…”" keeps its parse: "say" is no finite verb.)
    """
    root = cue.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or quoted[root.i] or root.i > cue.i or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    rel = next((c for c in root.children if c.dep_ == "relcl" and root.i < c.i < cue.i), None)
    if rel is None or cue.i not in {t.i for t in rel.subtree} or cue.i == rel.i:
        return None
    # The misparse's mark: the cue's "subject" is a common noun right after a verb of the relative
    # clause, its object ("fears retaliation"). A cue sharing the clause's subject ("the deal,
    # which Trump called a “disaster” and promised to “rip up”") is the relative clause's own.
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i and not quoted[c.i]), None)
    if subj is None or subj.pos_ != "NOUN" or subj.left_edge.i == 0 or \
            cue.doc[subj.left_edge.i - 1].pos_ != "VERB" or cue.doc[subj.left_edge.i - 1].i not in {t.i for t in rel.subtree}:
        return None
    return root


def inverted_name(cue, quoted: Sequence[bool]):
    """The name right after an inverted cue the parser left without a subject.

    Inverted cues the parser gets wrong: "“…,” said David Brock, a Clinton confidant who heads …"
    can leave "said" without a subject; the name right after the verb is it (its last proper noun:
    "David Brock" -> Brock).
    """
    doc, lex = cue.doc, lexicon_for(cue.doc.lang_)
    if not any(c.dep_ in lex.SUBJ_DEPS for c in cue.children) and cue.i + 1 < len(doc):
        nxt = doc[cue.i + 1]
        # Only a finite verb inverts: in "… “that person,” telling Fox 35 that …" the name
        # after the participle is who was told.
        # (A no-break space after the closing mark is a token of its own: step over it.)
        pi = cue.i - 1
        while pi > 0 and doc[pi].is_space:
            pi -= 1
        if not quoted[nxt.i] and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN" or
                                  nxt.is_title and nxt.is_alpha and nxt.pos_ != "DET") and \
                cue.i > 0 and quoted[pi] and cue.tag_ not in ("VBG", "VBN"):
            while nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "PROPN" and \
                    not quoted[nxt.i + 1]:
                nxt = doc[nxt.i + 1]
            return nxt
    return None


def as_put_it(cue, quoted: Sequence[bool]):
    """The speaker of "as X put it".

    "As Tom Reed, professor of law and author of “The Quiet Court,” put it, “…”": the parser can
    take the name for the object of an "as" before the verb and leave the verb without a subject.
    """
    lex = lexicon_for(cue.doc.lang_)
    as_obj = [p for c in cue.children if c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < cue.i
              for p in c.children if p.dep_ == "pobj" and not quoted[p.i]]
    if as_obj and not any(c.dep_ in lex.SUBJ_DEPS for c in cue.children):
        return as_obj[0]
    return None


def quoted_as_saying(cue, quoted: Sequence[bool]):
    """The speaker of "quoted X as saying": "the ministry quoted the minister of state, Shri Ramesh
    Awasthi, as saying the center “…”", "The newspaper quoted her as saying “…”", "Tass cited
    Lapshin as saying": the object of the quoting verb (its subject only passes the words on);
    the name in apposition to it when there is one. (The passive "X was quoted as saying" has X as
    its subject, which the climb below finds.)"""
    lex = lexicon_for(cue.doc.lang_)
    prep = cue.head
    if cue.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or \
            prep.head.lemma_.lower() not in lex.PASSIVE_SPEAKER_CUES:
        return None
    if any(c.dep_ in lex.SUBJ_DEPS and c.lemma_.lower() in lex.DOC_THINGS for c in prep.head.children):
        # A record that quotes someone stays the source, as "according to a transcript of the
        # show" does (PolNeAR's convention, kept for all of quotex): "An early tweet quoted the
        # president as saying “…”" is the tweet's.
        return None
    obj = [c for c in prep.head.children if c.dep_ == "dobj" and not quoted[c.i]]
    if not obj:
        return None
    named = [c for c in obj[0].children if c.dep_ == "appos" and c.pos_ == "PROPN" and not quoted[c.i]]
    return named[0] if named else obj[0]


def person_after(cue, quoted: Sequence[bool]):
    """The person named right after a cue: "…, said Christine Link, director of …"."""
    doc = cue.doc
    i = cue.i + 1
    # Only the inverted citation shape: a comma (or a closing mark) before the verb, and the
    # name not its object ("A campaign ad accuses Trump …" is about Trump).
    if i >= len(doc) or quoted[i] or doc[i].ent_type_ != "PERSON" or cue.i == 0 or \
            not (doc[cue.i - 1].text == "," or quoted[cue.i - 1]):
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and \
            doc[i + 1].ent_iob_ == "I" and doc[i + 1].tag_ != "POS" and not quoted[i + 1]:
        i += 1
    # "The lawmaker, who represents …, said Trump's remarks “…”": a possessor is no speaker.
    if i + 1 < len(doc) and doc[i + 1].tag_ == "POS":
        return None
    return doc[i]


def _name_after_title(s, cue, quoted: Sequence[bool], lex):
    """The person named right before the verb when the subject the parser chose is the title
    before that name, cut off by a phrase of the title's own.

    "Acme Radio Vice President for news and talk Dave Gorab called the show “…”": the parser
    makes "President" the subject and hangs the name on it as a conjunct of "news and talk";
    the name, glued to the title's phrase and ending right before the verb, is who speaks. Not
    "The president and Ann Lee said" (no phrase of the title's own: two speakers) nor "the
    president of the board and Ann Lee said" (the name opens a conjunct of its own).
    """
    if s.ent_type_ == "PERSON" or s.lemma_.lower() not in lex.HONORIFICS | lex.ROLE_NOUNS or s.i >= cue.i:
        return None
    doc = s.doc
    last = doc[cue.i - 1]
    if last.ent_type_ != "PERSON" or quoted[last.i] or last.i <= s.i + 1:
        return None
    first = last
    while first.ent_iob_ == "I" and first.i - 1 > s.i:
        first = doc[first.i - 1]
    before = doc[first.i - 1]
    if before.i <= s.i or before.is_punct or before.pos_ == "CCONJ" or before.ent_type_ == "PERSON":
        return None
    if not any(c.dep_ == "prep" and s.i < c.i < first.i for c in s.children):
        return None
    if last.head.i != s.i or last.dep_ not in ("conj", "appos", "compound", "npadvmod"):
        # ("A spokesman for candidate Ann Lee said": the name in the title's phrase is whose
        # spokesman, not the speaker.)
        return None
    return last


def _name_after_dateline(s, quoted: Sequence[bool]):
    """The name after a dateline the parser made the subject, with the name its apposition.

    "ANKENY, Iowa — Sen. Wade Calloway of Texas sharpened his attacks …, telling a rally that the
    governor had “…”" parses "ANKENY" as the subject and Calloway as its apposition: a paragraph
    that opens with a word in capitals, a place and a dash is a dateline, no speaker. Only a
    subject in capitals at the paragraph's start, a dash after it, and a name after the dash.
    """
    doc = s.doc
    sent = s.sent
    opening = doc[sent.start:s.i + 1]
    if s.i - sent.start > 3 or not all(t.is_alpha and t.is_upper and len(t) > 1 for t in opening) or \
            quoted[s.i] or sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws and \
            not doc[sent.start - 1].is_space:
        return None
    dash = next((t for t in doc[s.i + 1:min(s.i + 8, len(doc))] if re.fullmatch(r"[—–-]{1,2}", t.text)), None)
    if dash is None:
        return None
    # (or a description: "TORONTO -- Ontario's attorney general is defending a cut …, saying …")
    after = [c for c in s.children if c.dep_ == "appos" and c.i > dash.i and not quoted[c.i] and
             (c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "NOUN" and not c.ent_type_)]
    return after[0] if after else None


def _name_after_label(s, quoted: Sequence[bool]):
    """The noun after a short label that opens the sentence with a colon, when the parser made the
    label the subject and hung the real one on it as an apposition.

    "The other side: AFSCME Local 1335, which represents 2,000 workers, said …" and "Reality check:
    Critics of the plan said …" (newsletter and explainer layouts: "Between the lines:", "The
    big picture:"): the words before the colon are a heading, not who speaks. Only a label of at
    most four words, the colon right after the subject, and an apposition after the colon.
    """
    doc = s.doc
    start = s.sent.start
    if s.i - start > 3 or s.i + 1 >= len(doc) or doc[s.i + 1].text != ":" or \
            any(quoted[j] for j in range(start, s.i + 2)):
        return None
    after = [c for c in s.children if c.dep_ == "appos" and c.i > s.i + 1 and c.pos_ in ("PROPN", "NOUN")
             and not quoted[c.i]]
    return after[0] if after else None


def _name_set_off_before(s, cue, quoted: Sequence[bool]):
    """The name set off by commas at the end of a described subject, right before the verb.

    "The editor I was talking to, Tim Grieve, interrupted me to announce, “…”": the parser hangs
    the name on the relative clause; it names the editor. Only a common noun subject, a person's
    name between two commas that ends right before the verb, and the name inside the subject's
    phrase.
    """
    doc = s.doc
    if s.pos_ != "NOUN" or cue.i < 4 or doc[cue.i - 1].text != "," or s.i >= cue.i:
        return None
    last = doc[cue.i - 2]
    if last.ent_type_ != "PERSON" or quoted[last.i]:
        return None
    first = last
    while first.ent_iob_ == "I" and first.i - 1 > s.i:
        first = doc[first.i - 1]
    if doc[first.i - 1].text != "," or first.i - 1 <= s.i:
        return None
    root = next((t for t in doc[first.i:last.i + 1] if t.head.i < first.i or t.head.i > last.i), last)
    if not any(a.i == s.i for a in root.ancestors) or root.head.pos_ not in ("VERB", "AUX"):
        # Only a name the parser hung on the subject's relative clause: an apposition ("The
        # union's president, Ann Lee, told …") is read with its noun already, and in "A spokesman
        # for the mayor, Tom Reyes, said" the name is the mayor's.
        return None
    return root


def person_before(cue, quoted: Sequence[bool], known: Optional[Callable[[str], bool]] = None):
    """The person named just before a cue the parser left without a subject.

    "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “…”"
    comes out with "said" subject-less (the name hangs off "Observer"): the nearest person
    before the verb in its sentence, with no other verb between, is the speaker. ``known(word)``
    says whether the article gave ``word`` in full before (a surname mistagged right before the verb).
    """
    doc = cue.doc
    sent_start = cue.sent.start
    for i in range(cue.i - 1, max(sent_start, cue.i - NAME_BEFORE_CUE_WINDOW) - 1, -1):
        t = doc[i]
        if i == cue.i - 1 and t.is_title and t.is_alpha and not t.ent_type_ and not quoted[i] and \
                known is not None and known(t.text):
            # "And Skelly called him “…”", "Will described him as “…”": a surname the article
            # has given in full, mistagged (as an adverb, an auxiliary) right before the verb.
            return t
        if quoted[i] or t.pos_ in ("VERB", "AUX"):
            return None
        if t.ent_type_ == "PERSON" and not _names_a_noun(t):
            return t
    return None


def _names_a_noun(t) -> bool:
    """Whether name token ``t`` only qualifies a common noun after it: "“…,” Gene Sperling, a top
    outside Clinton adviser, said" (the parser left "said" without a subject; "Clinton" is whose
    adviser, and Sperling, further back, speaks), "a Sanders campaign aide", "Trump's lawyer"."""
    doc = t.doc
    if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS":
        return True
    h = t
    while h.dep_ == "compound" and h.head.i > h.i:
        h = h.head
    return h is not t and h.pos_ == "NOUN"


def thing_subject(head) -> bool:
    """A subject that is a thing, an activity or a relative pronoun standing for a thing."""
    if head.lower_ in lexicon_for(head.doc.lang_).RELATIVE and head.head.dep_ == "relcl":
        head = head.head.head
    if head.pos_ == "VERB":
        return True
    return is_thing(head)


def subject_over_object(noun, quoted: Sequence[bool], deps: Sequence[str] = OBJECT_DEPS):
    """The subject token of the verb that takes ``noun`` as its object (through prepositions, and
    any other ``deps``), or None: "The division said in a statement …" -> division; "Sanders is
    releasing a new ad that urges …" -> Sanders. Not a relative pronoun, nor a quoted token."""
    t = noun
    for _ in range(OBJECT_CLIMB_MAX):
        if t.dep_ not in deps or t.head == t or quoted[t.head.i]:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    if t.pos_ not in ("VERB", "AUX"):
        return None
    subjs = [c for c in t.children if c.dep_ == "nsubj" and not quoted[c.i]]
    # Two subjects are a misparse, most often of an apposition: in "In a statement read by her
    # niece, Shayla Buffalo, the family thanked …" the subject is the one right before the verb.
    before = [c for c in subjs if c.i < t.i]
    subj = before[-1] if len(before) > 1 else (subjs[0] if subjs else None)
    if subj is None or subj.lower_ in lexicon_for(noun.doc.lang_).RELATIVE:
        return None
    return subj


def outermost_cue(cue, quoted: Sequence[bool]):
    """The speech verb that reports ``cue``'s clause, if any.

    Nested reports are attributed to the outer speaker, as in news readers' eyes:
    "Rep. Israel said Clinton called on members to be “closely coordinated.”" -> Israel;
    "the work could be termed "influence peddling," The Washington Post reported" -> the Post.
    """
    lex = lexicon_for(cue.doc.lang_)
    best = cue
    t = cue
    for _ in range(OUTER_CUE_CLIMB_MAX):
        if t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "parataxis", "dep") or t.head == t:
            break
        # A coordinated or adverbial clause with a subject of its own is not what the verb
        # above reports: "Comey recommended no charges, but he called her actions “extremely
        # careless”" -> he (Comey), the mention at the cue; "Netanyahu said he would meet
        # Trump, although he tweeted that he “rejects” …" -> he.
        if t.dep_ in ("conj", "advcl") and any(
                c.dep_ in lex.SUBJ_DEPS and not quoted[c.i] for c in t.children):
            break
        t = t.head
        if quoted[t.i]:
            break
        if t.i > best.i and any(c.dep_ == "mark" and c.lower_ in lex.SUBORDINATORS and c.i > best.i
                                for c in t.children):
            # "“I never said that,” Trump said, after Quick said he had …": the parser hangs the
            # cue off the verb of the clause that follows it, but a clause opened by "after",
            # "when", "before" … sets a scene; it reports nothing said before it.
            break
        if negated(t):
            # "Comey cannot say that “from his view,” Lewandowski added": a speech act denied
            # reports nothing; the verb under it keeps its words.
            break
        if lex.is_cue_token(t) and t.lemma_.lower() not in lex.WEAK_VERBS and \
                any(c.dep_ in lex.SUBJ_DEPS and not quoted[c.i] for c in t.children):
            best = t
    return best


def negated(verb) -> bool:
    """Whether ``verb`` is denied: "cannot say", "did not tell", "never said"."""
    return any(c.dep_ == "neg" for c in verb.children)


def in_time_clause(t) -> bool:
    """Whether verb ``t`` heads (or is coordinated or an infinitive inside) a when/after/while clause.

    The small model parses "when" as an ``advmod`` of the clause's verb as often as a
    ``mark``: "Boos rang out when Smith mentioned the senator, and the crowd chanted “…”".
    An infinitive hangs below the clause's verb: "Hours before Smith was to speak, …".
    """
    lex = lexicon_for(t.doc.lang_)
    for _ in range(TIME_CLAUSE_CLIMB):
        if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.TIME_MARKS
                                     for c in t.children):
            return True
        if t.dep_ not in ("conj", "xcomp") or t.head == t:
            return False
        t = t.head
    return False
