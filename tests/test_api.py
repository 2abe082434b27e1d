"""The Python API: quotex.extract / quotex.extract_batch and the frozen records."""
import dataclasses
import importlib
import importlib.metadata
import importlib.resources
import json
import types

import pytest
from typer.testing import CliRunner

import quotex
from quotex import Cue, ModelNotFound, Quote, Speaker
from quotex.cli import app

TEXT = '"We will win," Ann Lee said. "Taxes will rise," said Bob Stone.\n\nNo quotes in this line.\n'
# confidence: the precision of ``cue`` with a person speaker on train (quotex/attribution/confidence.json)
EXPECTED = [
    {"text": "We will win,", "start": 1, "end": 13, "type": "direct",
     "speaker": {"text": "Ann Lee", "start": 15, "end": 22, "name": "Ann Lee", "title": None, "kind": "person"},
     "cue": {"text": "said", "start": 23, "end": 27, "lemma": "say"}, "method": "cue", "confidence": 0.971},
    {"text": "Taxes will rise,", "start": 30, "end": 46, "type": "direct",
     "speaker": {"text": "Bob Stone", "start": 53, "end": 62, "name": "Bob Stone", "title": None,
                 "kind": "person"},
     "cue": {"text": "said", "start": 48, "end": 52, "lemma": "say"}, "method": "cue", "confidence": 0.971},
]


@pytest.fixture(scope="module", autouse=True)
def _model(nlp):
    return nlp


def test_extract_returns_records():
    quotes = quotex.extract(TEXT)
    assert [q.to_dict() for q in quotes] == EXPECTED
    q = quotes[0]
    assert q == Quote("We will win,", 1, 13, "direct", Speaker("Ann Lee", 15, 22, "Ann Lee", None, "person"),
                      Cue("said", 23, 27, "say"), "cue", 0.971)
    assert TEXT[q.start:q.end] == q.text


def test_to_dict_is_exactly_the_cli_json(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "json"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)["quotes"]
    assert printed == [q.to_dict() for q in quotex.extract(TEXT)]
    # and byte for byte, as the CLI serialises it
    assert result.stdout == json.dumps({"source": str(path), "quotes": printed}, ensure_ascii=False) + "\n"


def test_records_are_frozen_and_hashable():
    q = quotex.extract(TEXT)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.text = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.speaker.name = "x"  # type: ignore[union-attr,misc]
    assert len({q, dataclasses.replace(q)}) == 1


def test_extract_with_loaded_pipeline(nlp):
    assert [q.to_dict() for q in quotex.extract(TEXT, nlp=nlp)] == EXPECTED


def test_no_quotes_and_empty_text():
    assert quotex.extract("") == []
    assert quotex.extract("Nothing quoted here.") == []


def test_extract_rejects_bytes():
    with pytest.raises(TypeError, match="decode it first"):
        quotex.extract(TEXT.encode())  # type: ignore[arg-type]


def test_unknown_model():
    with pytest.raises(ModelNotFound, match="not installed"):
        quotex.extract(TEXT, model="no_such_model_quotex_test")


def test_extract_batch_in_order_and_lazy():
    texts = [TEXT, "", "Nothing.", '"Yes," she said.']
    consumed = []

    def gen():
        for t in texts:
            consumed.append(t)
            yield t

    batches = quotex.extract_batch(gen())
    assert consumed == []  # nothing read before iteration
    got = list(batches)
    assert len(got) == 4
    assert [q.to_dict() for q in got[0]] == EXPECTED
    assert got[1] == [] and got[2] == []
    assert [q.text for q in got[3]] == ["Yes,"]
    assert got == [quotex.extract(t) for t in texts]


def test_extract_batch_jobs_2_same_results():
    texts = [TEXT, "Nothing.", '"Yes," she said.', TEXT]
    assert list(quotex.extract_batch(texts, jobs=2)) == list(quotex.extract_batch(texts))
    assert all(q.source is None for batch in quotex.extract_batch(texts, jobs=2) for q in batch)


def test_extract_batch_jobs_with_nlp_is_an_error(nlp):
    with pytest.raises(ValueError, match="not both"):
        quotex.extract_batch([TEXT], nlp=nlp, jobs=2)


def test_extract_stays_a_function_after_submodule_import():
    importlib.import_module("quotex.text.windows")
    from quotex.text.windows import extract_text  # noqa: F401

    assert isinstance(quotex.extract, types.FunctionType)
    assert quotex.extract("") == []


def test_public_names_and_typing_marker():
    assert set(quotex.__all__) >= {"extract", "extract_batch", "Quote", "Speaker", "Cue", "QuotexError"}
    assert (importlib.resources.files("quotex") / "py.typed").is_file()
    assert quotex.extract.__annotations__["return"] == "list[Quote]"


def test_version_matches_package_metadata():
    assert quotex.__version__ == importlib.metadata.version("quotex")


def test_all_quotes_in_the_api(nlp):
    import quotex

    text = 'The so-called "undercard" debate starts at six. "We will win," Ann Lee said.'
    assert [q.text for q in quotex.extract(text, nlp=nlp)] == ["We will win,"]
    assert [q.text for q in quotex.extract(text, nlp=nlp, all_quotes=True)] == ["undercard", "We will win,"]
    assert [[q.text for q in qs] for qs in quotex.extract_batch([text], nlp=nlp, all_quotes=True)] == [
        ["undercard", "We will win,"]]
