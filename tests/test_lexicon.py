"""The lexicon is keyed by the document's language: rules read ``LEXICON[doc.lang_].NAME``.

Real spaCy pipelines (``spacy.blank``) and hand-built parses; no mocks of spaCy. A second
lexicon is a copy of the English one with one list changed, registered for the test only.
"""
from __future__ import annotations

import types

import pytest
import spacy
from spacy.tokens import Doc

from quotex import QuotexError
from quotex.attribution.attribute import Attributor, DocState
from quotex.attribution.indirect import is_reporting_cue
from quotex.lexicon.en import LEXICON, lexicon_for


def _fake_lexicon(**changes):
    """The English lexicon with some lists replaced, as a sibling language module would be."""
    fake = types.ModuleType("quotex.lexicon_test")
    fake.__dict__.update({k: v for k, v in vars(LEXICON["en"]).items() if not k.startswith("__")})
    fake.__dict__.update(changes)
    return fake


def _poll_parse(lang: str, verb: str, lemma: str) -> Doc:
    """A hand-built parse of "The poll <verb> that voters agree": the verb has a clause (ccomp)."""
    vocab = spacy.blank(lang).vocab
    return Doc(vocab, words=["The", "poll", verb, "that", "voters", "agree"],
               heads=[1, 2, 2, 5, 5, 2], deps=["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp"],
               pos=["DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB"],
               lemmas=["the", "poll", lemma, "that", "voter", "agree"])


@pytest.fixture
def second_language(monkeypatch):
    # "xx" is spaCy's multi-language code: a real pipeline whose docs say lang_ == "xx".
    fake = _fake_lexicon(DOCUMENT_CUES=frozenset({"montrer"}))
    monkeypatch.setitem(LEXICON, "xx", fake)
    return fake


def test_english_is_the_lexicon_module():
    assert lexicon_for("en") is LEXICON["en"]
    assert "said" not in LEXICON["en"].HEADLINE_LABELS and "update" in LEXICON["en"].HEADLINE_LABELS


@pytest.mark.parametrize("lang, verb, lemma, expected", [
    ("xx", "montre", "montrer", True),    # the second lexicon's document cue
    ("xx", "shows", "show", False),       # English's document cue is not in the second lexicon
    ("en", "shows", "show", True),        # English reads English
    ("en", "montre", "montrer", False),   # ... and not the second lexicon
])
def test_rule_reads_the_documents_language(second_language, lang, verb, lemma, expected):
    doc = _poll_parse(lang, verb, lemma)
    assert doc.lang_ == lang
    assert is_reporting_cue(doc[2]) is expected


def test_attributor_looks_the_lexicon_up_once_per_window(second_language):
    doc = spacy.blank("xx")("Le sondage montre que les électeurs sont d'accord.")
    att = Attributor(doc.text, doc, 0, [], [], [], DocState())
    assert att.lex is second_language
    doc_en = spacy.blank("en")("The poll shows that voters agree.")
    assert Attributor(doc_en.text, doc_en, 0, [], [], [], DocState()).lex is LEXICON["en"]


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_unknown_language_is_a_clear_error(lang):
    doc = spacy.blank(lang)("Un deux trois.")
    with pytest.raises(QuotexError, match=rf"no word lists for language '{lang}' \(known: en\)"):
        Attributor(doc.text, doc, 0, [], [], [], DocState())
    with pytest.raises(QuotexError, match="use an English spaCy pipeline"):
        lexicon_for(lang)
