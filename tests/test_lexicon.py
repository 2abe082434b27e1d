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
from quotex.lexicon import LEXICON, lexicon_for


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


# ---------------------------------------------------------------- no word list outside the lexicon
# Every English word a rule or the resolver tests a token against lives in quotex/lexicon/ and is
# read through the lexicon of the document's language (self.lex, lexicon_for(doc.lang_), or a
# ``lex`` parameter). The scan below finds literals of three or more lowercase words anywhere else:
# a module-level list, a frozenset("... ".split()), an inline tuple in a condition
# (``t.lower_ in ("a", "an", "the")``), the keys of a dict. Strings that are names in code, not
# English, do not count: spaCy's labels (dependencies, tags, entity types), quotex's method names
# and speaker kinds, the fields of its records and output formats.
import ast  # noqa: E402
import dataclasses  # noqa: E402
import pathlib  # noqa: E402
import re  # noqa: E402

import spacy.glossary  # noqa: E402

import quotex  # noqa: E402
from quotex.attribution import sieve  # noqa: E402
from quotex.attribution.methods import SPEAKER_KINDS, Method  # noqa: E402
from quotex.io.output import CSV_FIELDS  # noqa: E402
from quotex.records import Cue, Quote, Speaker  # noqa: E402
from quotex.resolution import pronouns  # noqa: E402

PACKAGE = pathlib.Path(quotex.__file__).parent
_WORD = re.compile(r"^[a-z][a-z'.\-]*$")
CODE_NAMES = ({k.lower() for k in spacy.glossary.GLOSSARY} | {m.value for m in Method} | set(SPEAKER_KINDS)
              | set(sieve.RULES) | set(sieve.STAGES) | set(sieve.PASSES)
              | {pronouns.PERSON, pronouns.ORGANIZATION, pronouns.GROUP, pronouns.THING, pronouns.PLACE}
              | {f.name for r in (Quote, Speaker, Cue) for f in dataclasses.fields(r)} | set(CSV_FIELDS))
# Literals that are English-looking but name things of other programs, each with the reason.
ALLOWED = {
    # gender-guesser's own country codes and answers, not words quotex reads in a text
    ("resolution/gender.py", ("usa", "great_britain", "ireland", "france")),
    ("resolution/gender.py", ("male", "mostly_male", "female", "mostly_female", "andy")),
    # spaCy's pipeline component names
    ("nlp/model.py", ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "senter", "ner", "transformer",
                      "morphologizer", "trainable_lemmatizer")),
    # Typer's option names, Rich's colours
    ("cli.py", ("parser", "metavar", "autocompletion")),
    ("report/render.py", ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
                          "bright_green", "bright_yellow", "bright_blue", "bright_red")),
    # the fields of the speaker table's rows (JSON and CSV output), like CSV_FIELDS for quotes
    ("report/summary.py", ("words", "documents", "titles", "names", "first_quote")),
    ("report/summary.py", ("name", "kind", "quotes", "words", "titles", "first_quote", "docs", "order", "indirect")),
    ("io/output.py", ("name", "kind", "quotes", "words", "documents", "titles", "names", "first_quote_source",
                      "first_quote_text", "first_quote_start", "first_quote_end")),
    ("io/output.py", ("name", "kind", "quotes", "indirect", "words", "documents")),
    # the attributes of a Window (its __slots__), and the spaCy annotations the component needs
    ("text/windows.py", ("start", "end", "paras", "ords", "quotes", "gap")),
    ("component.py", ("token.dep", "token.lemma", "doc.ents")),
}


def _strings(node) -> list[str]:
    """The strings of a literal list of words (set, tuple, list, frozenset(...), "...".split(), dict
    keys); [] for anything else."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        vals = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return vals if len(vals) == len(node.elts) else []
    if isinstance(node, ast.Dict):
        keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        return keys if len(keys) == len(node.keys) else []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
        return node.func.value.value.split()
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("frozenset", "set", "tuple", "list") \
            and len(node.args) == 1:
        return _strings(node.args[0])
    return []


def word_lists(source: str) -> list[tuple[int, tuple[str, ...]]]:
    """(line, words) of every literal in ``source`` that holds three or more English-looking words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        strings = _strings(node)
        words = [s for s in strings if _WORD.match(s) and s not in CODE_NAMES]
        if len(words) >= 3:
            found.append((node.lineno, tuple(strings)))
    return found


@pytest.mark.parametrize("source, found", [
    ('SUBORDINATORS = frozenset("after although when while".split())', True),
    ('X = frozenset({"we", "i", "that", "this"})', True),
    ('ok = tok.lower_ in ("a", "an", "the")', True),
    ('ROLE = {"mr": "m", "ms": "f", "mrs": "f"}', True),
    ('ok = tok.lower_ in ("a", "an")', False),                       # two words: too few to be a list
    ('ok = c.dep_ in ("nsubj", "dobj", "ccomp", "xcomp")', False),   # spaCy's dependency labels
    ('ok = ent.label_ in ("PERSON", "ORG", "GPE")', False),          # entity types, upper case
    ('ok = q.method in ("cue", "colon", "headline")', False),        # quotex's method names
])
def test_the_scan_finds_word_lists(source, found):
    assert bool(word_lists(source)) is found


def test_no_module_outside_the_lexicon_holds_a_word_list():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("lexicon/"):
            continue
        for line, words in word_lists(path.read_text(encoding="utf-8")):
            if (rel, words) not in ALLOWED:
                offenders.append(f"quotex/{rel}:{line}: {words[:6]}")
    assert not offenders, "word lists outside quotex/lexicon/:\n" + "\n".join(offenders)


def test_the_allowlist_is_still_needed():
    """An entry whose literal is gone must leave the allowlist too."""
    present = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        present |= {(rel, words) for _, words in word_lists(path.read_text(encoding="utf-8"))}
    assert ALLOWED <= present, sorted(ALLOWED - present)


def test_rules_read_the_lexicon_not_its_english_module():
    """No module outside the lexicon imports a word list from ``quotex.lexicon.en`` or ``.cues`` by
    name: they read it from the lexicon object of the document's language."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("lexicon/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    re.search(r"(^|\.)lexicon\.(en|cues)$", node.module):
                offenders.append(f"quotex/{rel}:{node.lineno}: {[a.name for a in node.names]}")
    assert not offenders, "\n".join(offenders)


def test_no_lexicon_name_is_assigned_twice():
    from pathlib import Path
    # A second assignment silently replaces the first list for every reader (session 9 briefly
    # had two PLACE_PREPS, and "a shout from the back of the hall" changed meaning).
    import ast
    from collections import Counter
    tree = ast.parse((Path(__file__).parent.parent / "quotex" / "lexicon" / "en.py").read_text(encoding="utf-8"))
    names = Counter(t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                    if isinstance(t, ast.Name))
    assert [n for n, c in names.items() if c > 1] == []
