"""Rule-level tests of quotex.syntax: a hand-built parse pins what each walk reads."""
import pytest
import spacy
from spacy.tokens import Doc

from quotex.syntax import attachment, is_thing


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
