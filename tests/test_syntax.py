"""Rule-level tests of quotex.attribution.syntax: a hand-built parse pins what each walk reads."""
import pytest
import spacy
from spacy.tokens import Doc

from quotex.attribution.syntax import (according_object, as_put_it, attachment, in_time_clause, inverted_name,
                                       inverted_object, is_thing, mention_span, misparsed_modifier, outermost_cue,
                                       participle_in_report, person_after, person_before, subject_of, thing_subject,
                                       wished_infinitive)


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, words, heads, deps, pos, lemmas=None, ents=None):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words],
               ents=ents)


@pytest.mark.parametrize("words,pos,lemma,i,expected", [
    (["The", "promise", "held"], ["DET", "NOUN", "VERB"], ["the", "promise", "hold"], 1, True),
    (["The", "spokeswoman", "said"], ["DET", "NOUN", "VERB"], ["the", "spokeswoman", "say"], 1, False),
    (["The", "ministry", "said"], ["DET", "NOUN", "VERB"], ["the", "ministry", "say"], 1, False),
    (["The", "crowd", "chanted"], ["DET", "NOUN", "VERB"], ["the", "crowd", "chant"], 1, False),
    (["Lee", "said", "it"], ["PROPN", "VERB", "PRON"], ["lee", "say", "it"], 0, False),
])
def test_is_thing(vocab, words, pos, lemma, i, expected):
    doc = _doc(vocab, words, [1, 2, 2] if i == 1 else [1, 1, 1], ["det", "nsubj", "ROOT"] if i == 1
               else ["nsubj", "ROOT", "dobj"], pos, lemma)
    assert is_thing(doc[i]) is expected


def test_is_thing_reads_entity_type(vocab):
    # A noun tagged as an organisation by NER is not a thing even when its lemma is unknown.
    doc = _doc(vocab, ["Acme", "agreed"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], ents=["B-ORG", "O"])
    assert is_thing(doc[0]) is False


def test_attachment_finds_token_hanging_outside_quote(vocab):
    # Lee wants " a fair hearing " : the quote's "hearing" hangs from "wants", outside the quote.
    words = ["Lee", "wants", "\u201c", "a", "fair", "hearing", "\u201d"]
    heads = [1, 1, 5, 5, 5, 1, 5]
    deps = ["nsubj", "ROOT", "punct", "det", "amod", "dobj", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = _doc(vocab, words, heads, deps, pos)
    quoted = [False, False, True, True, True, True, True]
    assert attachment(doc[3:6], quoted).text == "hearing"


def test_attachment_none_when_quote_is_its_own_sentence(vocab):
    # " Stop ! " : the quote's root is its own head; nothing hangs outside.
    doc = _doc(vocab, ["Stop", "!"], [0, 0], ["ROOT", "punct"], ["VERB", "PUNCT"])
    assert attachment(doc[0:2], [True, True]) is None


# ---- walks from a cue to its speaker (moved out of mentions.MentionRules)

def _tagged(vocab, words, heads, deps, pos, tags, lemmas):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize("quoted_source, expected", [
    (False, "officials"),   # "Taxes will rise, according to officials."
    (True, None),           # "… according to “officials”": the source is inside a quote
])
def test_according_object(vocab, quoted_source, expected):
    words = ["Taxes", "rise", ",", "according", "to", "officials"]
    doc = _doc(vocab, words, [1, 1, 1, 1, 3, 4], ["nsubj", "ROOT", "punct", "prep", "prep", "pobj"],
               ["NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN"])
    quoted = [False] * 5 + [quoted_source]
    got = according_object(doc[3], quoted)
    assert (got.text if got is not None else None) == expected


def test_according_object_on_according_itself(vocab):
    # The parser can hang the object on "according" ("according to the mayor's office").
    words = ["According", "to", "Mayor", "Lee", ",", "taxes", "rise"]
    doc = _doc(vocab, words, [6, 0, 3, 0, 6, 6, 6], ["prep", "prep", "compound", "pobj", "punct", "nsubj", "ROOT"],
               ["VERB", "ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert according_object(doc[0], [False] * 7).text == "Lee"


def _inverted(vocab, verb, lemma, subject=None):
    # "“Not again,” wrote Ann Lee." with the quote as the verb's subject and the name its object;
    # with ``subject`` the verb has an unquoted subject of its own ("“Go,” he told Lee").
    words = ["\u201c", "Not", "again", "\u201d", verb, "Lee"]
    heads = [2, 2, 4, 2, 4, 4]
    deps = ["punct", "neg", "nsubj", "punct", "ROOT", "dobj"]
    pos = ["PUNCT", "PART", "ADV", "PUNCT", "VERB", "PROPN"]
    tags = ["``", "RB", "RB", "''", "VBD", "NNP"]
    lemmas = ["\u201c", "not", "again", "\u201d", lemma, "lee"]
    quoted = [True, True, True, True, False, False]
    if subject:
        words.insert(4, subject)
        heads = [2, 2, 5, 2, 5, 5, 5]
        deps = ["punct", "neg", "ccomp", "punct", "nsubj", "ROOT", "dobj"]
        pos.insert(4, "PRON")
        tags.insert(4, "PRP")
        lemmas.insert(4, subject)
        quoted.insert(4, False)
    return _tagged(vocab, words, heads, deps, pos, tags, lemmas), quoted


@pytest.mark.parametrize("verb, lemma, subject, expected", [
    ("wrote", "write", None, "Lee"),      # the writer parsed as the object of an inverted cue
    ("said", "say", None, "Lee"),
    ("told", "tell", None, None),         # tell's object is whom it addresses
    ("wrote", "write", "he", None),       # the verb has its own subject
])
def test_inverted_object(vocab, verb, lemma, subject, expected):
    doc, quoted = _inverted(vocab, verb, lemma, subject)
    cue = next(t for t in doc if t.lower_ == verb)
    got = inverted_object(cue, quoted)
    assert (got.text if got is not None else None) == expected


def test_inverted_object_not_a_thing(vocab):
    # "“Not again,” said the statement": a thing is no speaker for this walk.
    doc = _tagged(vocab, ["\u201c", "Not", "again", "\u201d", "said", "statement"], [2, 2, 4, 2, 4, 4],
                  ["punct", "neg", "nsubj", "punct", "ROOT", "dobj"],
                  ["PUNCT", "PART", "ADV", "PUNCT", "VERB", "NOUN"], ["``", "RB", "RB", "''", "VBD", "NN"],
                  ["\u201c", "not", "again", "\u201d", "say", "statement"])
    assert inverted_object(doc[4], [True] * 4 + [False, False]) is None


def _modifier(vocab, verb, lemma, tag, obj=False):
    # "a man yelled “Stop !”" with "yelled" parsed as a modifier (acl) of "man"; with ``obj``
    # the participle has an object of its own ("one lawmaker called Lee “a fraud”").
    words = ["a", "man", verb] + (["Lee"] if obj else []) + ["\u201c", "Stop", "!", "\u201d"]
    n0 = 3 + obj
    heads = [1, 1, 1] + ([2] if obj else []) + [n0 + 1, 2, n0 + 1, n0 + 1]
    deps = ["det", "ROOT", "acl"] + (["dobj"] if obj else []) + ["punct", "ccomp", "punct", "punct"]
    pos = ["DET", "NOUN", "VERB"] + (["PROPN"] if obj else []) + ["PUNCT", "VERB", "PUNCT", "PUNCT"]
    tags = ["DT", "NN", tag] + (["NNP"] if obj else []) + ["``", "VB", ".", "''"]
    lemmas = ["a", "man", lemma] + (["lee"] if obj else []) + ["\u201c", "stop", "!", "\u201d"]
    quoted = [False] * n0 + [True] * 4
    return _tagged(vocab, words, heads, deps, pos, tags, lemmas), quoted


@pytest.mark.parametrize("verb, lemma, tag, obj, expected", [
    ("yelled", "yell", "VBD", False, True),    # past tense: a finite verb misread as a modifier
    ("called", "call", "VBN", True, True),     # participle with an object besides the quote
    ("called", "call", "VBN", False, False),   # "a website called “Stop!”": naming passive
])
def test_misparsed_modifier(vocab, verb, lemma, tag, obj, expected):
    doc, quoted = _modifier(vocab, verb, lemma, tag, obj)
    assert misparsed_modifier(doc[2], quoted) is expected


def test_misparsed_modifier_needs_acl(vocab):
    # "Lee yelled “Stop!”": an ordinary finite verb, not a modifier of the noun before it.
    doc = _tagged(vocab, ["Lee", "yelled", "\u201c", "Stop", "!", "\u201d"], [1, 1, 3, 1, 3, 3],
                  ["nsubj", "ROOT", "punct", "ccomp", "punct", "punct"],
                  ["PROPN", "VERB", "PUNCT", "VERB", "PUNCT", "PUNCT"], ["NNP", "VBD", "``", "VB", ".", "''"],
                  ["lee", "yell", "\u201c", "stop", "!", "\u201d"])
    assert misparsed_modifier(doc[1], [False, False, True, True, True, True]) is False


def _adding(vocab, dep_of_won):
    # "Brown said the mayor won , adding that …": "adding" (VBG) hangs on "won", the verb of the
    # clause that "said" reports (ccomp) -- or, for the negative case, of a clause that is not.
    words = ["Brown", "said", "the", "mayor", "won", ",", "adding", "more"]
    heads = [1, 1, 3, 4, 1, 4, 4, 6]
    deps = ["nsubj", "ROOT", "det", "nsubj", dep_of_won, "punct", "advcl", "dobj"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "VERB", "ADJ"]
    tags = ["NNP", "VBD", "DT", "NN", "VBD", ",", "VBG", "JJR"]
    lemmas = ["brown", "say", "the", "mayor", "win", ",", "add", "more"]
    return _tagged(vocab, words, heads, deps, pos, tags, lemmas)


@pytest.mark.parametrize("dep_of_won, t_index, expected", [
    ("ccomp", 4, True),    # climbing from "adding" onto the reported "won": the mayor does not add
    ("dobj", 4, False),    # "won" is no reported clause
    ("ccomp", 6, False),   # not climbed at all (t is the cue itself)
])
def test_participle_in_report(vocab, dep_of_won, t_index, expected):
    doc = _adding(vocab, dep_of_won)
    assert participle_in_report(doc[6], doc[t_index]) is expected


@pytest.mark.parametrize("words,heads,deps,i,expected", [
    # she expects the council to announce : "announce" has its own subject and "to": wished
    (["she", "expects", "the", "council", "to", "announce"], [1, 1, 3, 5, 5, 1],
     ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp"], 5, True),
    # That prompted Lee to call : "Lee" is the object of "prompted", "call" has no subject: done, not wished
    (["That", "prompted", "Lee", "to", "call"], [1, 1, 1, 4, 1],
     ["nsubj", "ROOT", "dobj", "aux", "xcomp"], 4, False),
    # Lee wants to call : no subject of its own
    (["Lee", "wants", "to", "call"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"], 3, False),
    # Lee said the council will announce : finite, no "to"
    (["Lee", "said", "the", "council", "will", "announce"], [1, 1, 3, 5, 5, 1],
     ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp"], 5, False),
])
def test_wished_infinitive(vocab, words, heads, deps, i, expected):
    doc = _doc(vocab, words, heads, deps, ["X"] * len(words))
    assert wished_infinitive(doc[i]) is expected


# ---- the rest of the cue -> speaker walk (subject_of and its parts, moved out of mentions.MentionRules)

def _parse(vocab, rows, ents=None):
    """A hand-built parse from rows of (word, head, dep, pos, tag, lemma); ``ents`` as IOB tags."""
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows))
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def _text(tok):
    return tok.text if tok is not None else None


def _said_brock(vocab, cue_word="said", cue_tag="VBD", space=False, subject=False):
    # "“Done,” said David Brock, an aide." with "said" left without a subject and the name hung
    # off it as a modifier; ``space``: a no-break space token after the closing mark.
    rows = [("\u201c", 1, "punct", "PUNCT", "``", "\u201c"), ("Done", 3, "ccomp", "VERB", "VBN", "do"),
            ("\u201d", 1, "punct", "PUNCT", "''", "\u201d")]
    if space:
        rows.append(("\u00a0", 1, "dep", "SPACE", "_SP", "\u00a0"))
    k = len(rows)  # the cue
    rows = [(w, h + (h >= 3) * (k - 3), d, p, t, lem) for w, h, d, p, t, lem in rows]
    if subject:
        rows.append(("he", k + 1, "nsubj", "PRON", "PRP", "he"))
        k += 1
    rows += [(cue_word, k, "ROOT", "VERB", cue_tag, "say"), ("David", k + 2, "compound", "PROPN", "NNP", "david"),
             ("Brock", k, "npadvmod", "PROPN", "NNP", "brock"), (",", k + 2, "punct", "PUNCT", ",", ","),
             ("an", k + 5, "det", "DET", "DT", "an"), ("aide", k + 2, "appos", "NOUN", "NN", "aide")]
    doc = _parse(vocab, rows)
    quoted = [i < 3 for i in range(len(doc))]
    return doc, quoted, doc[k]


@pytest.mark.parametrize("cue_word, cue_tag, space, subject, quote_before, expected", [
    ("said", "VBD", False, False, True, "Brock"),     # the last proper noun of the name after the verb
    ("said", "VBD", True, False, True, "Brock"),      # a no-break space token after the mark is stepped over
    ("telling", "VBG", False, False, True, None),     # a participle does not invert: who is told
    ("said", "VBD", False, True, True, None),         # the verb has a subject of its own
    ("said", "VBD", False, False, False, None),       # no quote right before the verb: no inversion
])
def test_inverted_name(vocab, cue_word, cue_tag, space, subject, quote_before, expected):
    doc, quoted, cue = _said_brock(vocab, cue_word, cue_tag, space, subject)
    if not quote_before:
        quoted = [False] * len(doc)
    assert _text(inverted_name(cue, quoted)) == expected


def _as_put_it(vocab, subject=False):
    # "As Tom Reed put it" with "Reed" parsed as the object of "As"; with ``subject``, "As Reed said, he put it".
    rows = [("As", 3, "mark", "SCONJ", "IN", "as"), ("Tom", 2, "compound", "PROPN", "NNP", "tom"),
            ("Reed", 0, "pobj", "PROPN", "NNP", "reed"), ("put", 3, "ROOT", "VERB", "VBD", "put"),
            ("it", 3, "dobj", "PRON", "PRP", "it")]
    if subject:
        rows.insert(3, ("he", 4, "nsubj", "PRON", "PRP", "he"))
        rows = [(w, h + (h >= 3 and w != "he"), d, p, t, lem) for w, h, d, p, t, lem in rows]
    doc = _parse(vocab, rows)
    return doc, next(t for t in doc if t.text == "put")


@pytest.mark.parametrize("subject, reed_quoted, expected", [
    (False, False, "Reed"),
    (True, False, None),    # the verb has a subject: the "as" phrase is not the speaker
    (False, True, None),    # the object of "as" is inside a quote
])
def test_as_put_it(vocab, subject, reed_quoted, expected):
    doc, cue = _as_put_it(vocab, subject)
    quoted = [t.text == "Reed" and reed_quoted for t in doc]
    assert _text(as_put_it(cue, quoted)) == expected


@pytest.mark.parametrize("words, ents, pos_tags, expected", [
    # ", said Christine Link, director" -> the person's last token
    ([",", "said", "Christine", "Link", ",", "director"], ["O", "O", "B-PERSON", "I-PERSON", "O", "O"],
     ["", "", "", "", "", ""], "Link"),
    # ", said Trump's remarks": a possessor is no speaker
    ([",", "said", "Trump", "'s", "remarks", "."], ["O", "O", "B-PERSON", "O", "O", "O"],
     ["", "", "", "POS", "", ""], None),
    # "ad accuses Trump": no comma or quote before the verb, the name is its object
    (["ad", "accuses", "Trump", "of", "lying", "."], ["O", "O", "B-PERSON", "O", "O", "O"],
     ["", "", "", "", "", ""], None),
])
def test_person_after(vocab, words, ents, pos_tags, expected):
    doc = Doc(vocab, words=words, ents=ents, tags=[t or "XX" for t in pos_tags])
    assert _text(person_after(doc[1], [False] * len(doc))) == expected


def _before(vocab, middle_verb=False, name_pos="PROPN", ent=True):
    # "Later, Jake Sullivan said" with "said" left without a subject (the name hung elsewhere); with
    # ``middle_verb``, "Later, Jake Sullivan spoke and said".
    rows = [("Later", 4, "advmod", "ADV", "RB", "later"), (",", 4, "punct", "PUNCT", ",", ","),
            ("Jake", 3, "compound", name_pos, "NNP", "jake"), ("Sullivan", 4, "npadvmod", name_pos, "NNP", "sullivan"),
            ("said", 4, "ROOT", "VERB", "VBD", "say")]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O"] if ent else None
    if middle_verb:
        rows = rows[:4] + [("spoke", 4, "ROOT", "VERB", "VBD", "speak"), ("and", 4, "cc", "CCONJ", "CC", "and"),
                           ("said", 4, "conj", "VERB", "VBD", "say")]
        rows = [(w, 4 if h == 4 else h, d, p, t, lem) for w, h, d, p, t, lem in rows]
        ents = ents + ["O", "O"] if ent else None
    return _parse(vocab, rows, ents)


def test_person_before(vocab):
    doc = _before(vocab)
    assert _text(person_before(doc[-1], [False] * len(doc))) == "Sullivan"
    # another verb between the name and the cue: that verb's, not the cue's
    doc = _before(vocab, middle_verb=True)
    assert person_before(doc[-1], [False] * len(doc)) is None
    # the name inside a quote is no speaker
    doc = _before(vocab)
    assert person_before(doc[-1], [False, False, True, True, False]) is None


@pytest.mark.parametrize("known, expected", [
    (None, None),                                  # a capitalised adverb right before the verb: no name
    (lambda w: w == "Skelly", "Skelly"),           # ... unless the article gave "Skelly" in full before
    (lambda w: False, None),
])
def test_person_before_reads_known_surnames(vocab, known, expected):
    # "And Skelly called him “a liar”" with "Skelly" mistagged as an adverb.
    doc = _parse(vocab, [("And", 2, "cc", "CCONJ", "CC", "and"), ("Skelly", 2, "advmod", "ADV", "RB", "skelly"),
                         ("called", 2, "ROOT", "VERB", "VBD", "call"), ("him", 2, "dobj", "PRON", "PRP", "he")])
    assert _text(person_before(doc[2], [False] * 4, known)) == expected
    assert _text(subject_of(doc[2], [False] * 4, known)) == expected  # the walk's last resort


@pytest.mark.parametrize("rows, cue, expected", [
    # "Sanders was asked by Maher": the agent speaks
    ([("Sanders", 2, "nsubjpass", "PROPN", "NNP", "sanders"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
      ("asked", 2, "ROOT", "VERB", "VBN", "ask"), ("by", 2, "agent", "ADP", "IN", "by"),
      ("Maher", 3, "pobj", "PROPN", "NNP", "maher")], 2, "Maher"),
    # "The error was reported": a passive subject with no agent is what was said, not who said it
    ([("The", 1, "det", "DET", "DT", "the"), ("error", 3, "nsubjpass", "NOUN", "NN", "error"),
      ("was", 3, "auxpass", "AUX", "VBD", "be"), ("reported", 3, "ROOT", "VERB", "VBN", "report")], 3, None),
    # "She was quoted": cues whose passive subject still speaks
    ([("She", 2, "nsubjpass", "PRON", "PRP", "she"), ("was", 2, "auxpass", "AUX", "VBD", "be"),
      ("quoted", 2, "ROOT", "VERB", "VBN", "quote")], 2, "She"),
    # "Lee went on to say": climbed from the infinitive to the verb with a subject
    ([("Lee", 1, "nsubj", "PROPN", "NNP", "lee"), ("went", 1, "ROOT", "VERB", "VBD", "go"),
      ("on", 1, "prt", "ADP", "RP", "on"), ("to", 4, "aux", "PART", "TO", "to"),
      ("say", 1, "xcomp", "VERB", "VB", "say")], 4, "Lee"),
    # "OTTAWA Hale said": two subjects (a dateline misparse) -> the one nearest the verb
    ([("OTTAWA", 2, "nsubj", "PROPN", "NNP", "ottawa"), ("Hale", 2, "nsubj", "PROPN", "NNP", "hale"),
      ("said", 2, "ROOT", "VERB", "VBD", "say")], 2, "Hale"),
    # "That prompted Lee to call": the object of the verb above does the infinitive
    ([("That", 1, "nsubj", "PRON", "DT", "that"), ("prompted", 1, "ROOT", "VERB", "VBD", "prompt"),
      ("Lee", 1, "dobj", "PROPN", "NNP", "lee"), ("to", 4, "aux", "PART", "TO", "to"),
      ("call", 1, "xcomp", "VERB", "VB", "call")], 4, "Lee"),
    # "That prompted it to call": a pointer is no actor; the climb goes on to the verb's subject
    ([("That", 1, "nsubj", "PRON", "DT", "that"), ("prompted", 1, "ROOT", "VERB", "VBD", "prompt"),
      ("it", 1, "dobj", "PRON", "PRP", "it"), ("to", 4, "aux", "PART", "TO", "to"),
      ("call", 1, "xcomp", "VERB", "VB", "call")], 4, "That"),
    # "the councillor who said": a relative clause's subject
    ([("the", 1, "det", "DET", "DT", "the"), ("councillor", 1, "ROOT", "NOUN", "NN", "councillor"),
      ("who", 3, "nsubj", "PRON", "WP", "who"), ("said", 1, "relcl", "VERB", "VBD", "say")], 3, "who"),
])
def test_subject_of(vocab, rows, cue, expected):
    doc = _parse(vocab, rows)
    assert _text(subject_of(doc[cue], [False] * len(doc))) == expected


@pytest.mark.parametrize("rows, cue, expected", [
    # "Israel said Clinton called members": the outer speech verb reports the clause
    ([("Israel", 1, "nsubj", "PROPN", "NNP", "israel"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
      ("Clinton", 3, "nsubj", "PROPN", "NNP", "clinton"), ("called", 1, "ccomp", "VERB", "VBD", "call"),
      ("members", 3, "dobj", "NOUN", "NNS", "member")], 3, "said"),
    # "Comey recommended no charges, but he called her": a conjunct with its own subject stays
    ([("Comey", 1, "nsubj", "PROPN", "NNP", "comey"), ("recommended", 1, "ROOT", "VERB", "VBD", "recommend"),
      ("charges", 1, "dobj", "NOUN", "NNS", "charge"), ("but", 1, "cc", "CCONJ", "CC", "but"),
      ("he", 5, "nsubj", "PRON", "PRP", "he"), ("called", 1, "conj", "VERB", "VBD", "call"),
      ("her", 5, "dobj", "PRON", "PRP", "she")], 5, "called"),
    # "Lee hopes Hale said": the verb above is no speech verb
    ([("Lee", 1, "nsubj", "PROPN", "NNP", "lee"), ("hopes", 1, "ROOT", "VERB", "VBZ", "hope"),
      ("Hale", 3, "nsubj", "PROPN", "NNP", "hale"), ("said", 1, "ccomp", "VERB", "VBD", "say")], 3, "said"),
])
def test_outermost_cue(vocab, rows, cue, expected):
    doc = _parse(vocab, rows)
    assert outermost_cue(doc[cue], [False] * len(doc)).text == expected


@pytest.mark.parametrize("marker, dep, coordinated, expected", [
    ("when", "advmod", False, True),    # the small model's "when" as an advmod of the clause's verb
    ("after", "mark", False, True),
    ("when", "advmod", True, True),     # "when Smith spoke and mentioned …": coordinated in the clause
    ("because", "mark", False, False),  # a reason, not a time
])
def test_in_time_clause(vocab, marker, dep, coordinated, expected):
    # "Boos rang out <marker> Smith mentioned Lee" (or "… spoke and mentioned Lee")
    rows = [("Boos", 1, "nsubj", "NOUN", "NNS", "boo"), ("rang", 1, "ROOT", "VERB", "VBD", "ring"),
            (marker, 4, dep, "SCONJ", "IN", marker), ("Smith", 4, "nsubj", "PROPN", "NNP", "smith")]
    if coordinated:
        rows += [("spoke", 1, "advcl", "VERB", "VBD", "speak"), ("and", 4, "cc", "CCONJ", "CC", "and"),
                 ("mentioned", 4, "conj", "VERB", "VBD", "mention")]
    else:
        rows += [("mentioned", 1, "advcl", "VERB", "VBD", "mention")]
    doc = _parse(vocab, rows)
    assert in_time_clause(doc[-1]) is expected


def test_mention_span(vocab):
    # "Mayor Ann Lee said": the name with its title
    doc = _parse(vocab, [("Mayor", 2, "compound", "PROPN", "NNP", "mayor"), ("Ann", 2, "compound", "PROPN", "NNP", "ann"),
                         ("Lee", 3, "nsubj", "PROPN", "NNP", "lee"), ("said", 3, "ROOT", "VERB", "VBD", "say")])
    assert mention_span(doc[2], [False] * 4) == (0, 2)
    assert mention_span(doc[2], [True, False, False, False]) == (1, 2)  # never into a quote
    # "she said": a pronoun is itself
    doc = _parse(vocab, [("she", 1, "nsubj", "PRON", "PRP", "she"), ("said", 1, "ROOT", "VERB", "VBD", "say")])
    assert mention_span(doc[0], [False, False]) == (0, 0)


def test_mention_span_runs_an_institution_on_through_of(vocab):
    # "the Ministry of Health said": to the end of the organisation's entity
    rows = [("the", 1, "det", "DET", "DT", "the"), ("Ministry", 4, "nsubj", "PROPN", "NNP", "ministry"),
            ("of", 1, "prep", "ADP", "IN", "of"), ("Health", 2, "pobj", "PROPN", "NNP", "health"),
            ("said", 4, "ROOT", "VERB", "VBD", "say")]
    doc = _parse(vocab, rows, ["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert mention_span(doc[1], [False] * 5) == (0, 3)
    doc = _parse(vocab, rows, ["O", "B-ORG", "O", "B-GPE", "O"])  # "Health" not in the entity
    assert mention_span(doc[1], [False] * 5) == (0, 1)


@pytest.mark.parametrize("noun, expected", [("plan", True), ("mayor", False)])
def test_thing_subject_through_a_relative_pronoun(vocab, noun, expected):
    # "the plan which said …" stands for a thing; "the mayor which said …" (sic) for a person.
    doc = _parse(vocab, [("the", 1, "det", "DET", "DT", "the"), (noun, 1, "ROOT", "NOUN", "NN", noun),
                         ("which", 3, "nsubj", "PRON", "WDT", "which"), ("said", 1, "relcl", "VERB", "VBD", "say")])
    assert thing_subject(doc[2]) is expected


# ---- the same walk on the real model's parses (sentences we wrote: US, Canadian, British styles)

def _quoted_mask(doc):
    inside, mask = False, []
    for t in doc:
        if t.text in ("\u201c", '"') and not inside:
            inside = True
            mask.append(True)
            continue
        mask.append(inside)
        if t.text in ("\u201d", '"') and inside:
            inside = False
    return mask


@pytest.mark.parametrize("text, cue, expected", [
    ("\u201cWe won,\u201d said David Brock, a longtime aide.", "said", "Brock"),
    ("\u201cThe deal is done,\u201d the company said in a statement.", "said", "company"),
    ("\u201cWe will not back down,\u201d Coun. Mary Tan said on Tuesday.", "said", "Tan"),
    ("Sanders was asked by host Bill Maher whether he would run.", "asked", "Maher"),
    ("Lee went on to say the plan was \u201ca disaster.\u201d", "say", "Lee"),
    ("That prompted Ms. Okafor to call the offer \u201can insult.\u201d", "call", "Okafor"),
    # the walk stops at the subject's head; the name in apposition is the mention's (mentions.py)
    ("The union\u2019s president, Ann Lee, told reporters the talks had \u201cbroken down.\u201d", "told", "president"),
    ("The report was described as \u201ca hit piece.\u201d", "described", None),
])
def test_subject_of_on_real_parses(nlp, text, cue, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    assert _text(subject_of(tok, _quoted_mask(doc))) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Rep. Israel said Clinton called on members to be \u201cclosely coordinated.\u201d", "called", "said"),
    ("The council delayed the vote, but the mayor called it \u201ca mistake.\u201d", "called", "called"),
])
def test_outermost_cue_on_real_parses(nlp, text, cue, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    assert outermost_cue(tok, _quoted_mask(doc)).text == expected
