"""Rule-level tests of quotex.attribution.syntax: a hand-built parse pins what each walk reads."""
import pytest
import spacy
from spacy.tokens import Doc

from quotex.attribution.syntax import (according_object, attachment, inverted_object, is_thing, misparsed_modifier,
                           participle_in_report, wished_infinitive)


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
