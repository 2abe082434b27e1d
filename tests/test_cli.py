"""The ``quotex extract`` command end to end (CliRunner, real model): outputs and shared filters."""
import json

import pytest

from conftest import invoke

ARTICLE = (
    "Harbor town votes to rebuild lighthouse\n"
    "\n"
    "\"We will win,\" Mayor Ann Lee said after the vote.\n"
    "\n"
    "\"Work starts in the spring [sic],\" Lee said. \"It will take a year.\"\n"
    "\n"
    "The engineer, Tomas Lind, said the tower was \"sound at the base\" and needed a new lantern.\n"
    "\n"
    "\"We will keep every stone we can,\" Lind told reporters.\n"
)
# (text, type, speaker name, cue text, method) of every quote of ARTICLE, in order.
EXPECTED = [
    ("We will win,", "direct", "Ann Lee", "said", "cue"),
    ("Work starts in the spring [sic],", "direct", "Ann Lee", "said", "cue"),
    ("It will take a year.", "direct", "Ann Lee", "said", "previous-sentence"),
    ("sound at the base", "partial", "Tomas Lind", "said", "cue"),
    ("We will keep every stone we can,", "direct", "Tomas Lind", "told", "cue"),
]



# The model is loaded once (cached by quotex.model.load_model) before the CLI runs.
pytestmark = pytest.mark.usefixtures("nlp")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)




def jsonl(result):
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def summary(quotes):
    return [(q["text"], q["type"], q["speaker"]["name"] if q["speaker"] else None,
             q["cue"]["text"] if q["cue"] else None, q["method"]) for q in quotes]


def test_mayor_example_exact(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text('"We will win," Mayor Ann Lee said.', encoding="utf-8")
    [doc] = jsonl(invoke("extract", path, "--format", "json"))
    assert doc["source"] == str(path)
    [q] = doc["quotes"]
    assert (q["text"], q["start"], q["end"], q["type"]) == ("We will win,", 1, 13, "direct")
    sp = q["speaker"]
    assert (sp["text"], sp["start"], sp["end"], sp["name"], sp["kind"]) == ("Mayor Ann Lee", 15, 28, "Ann Lee",
                                                                          "person")
    assert q["cue"] == {"text": "said", "start": 29, "end": 33, "lemma": "say"}
    assert (q["method"], q["confidence"]) == ("cue", 0.97)  # cue, person in quotex/confidence.json


def test_extract_json_article(article):
    [doc] = jsonl(invoke("extract", article, "--format", "json"))
    assert set(doc) == {"source", "quotes"}
    assert summary(doc["quotes"]) == EXPECTED
    for q in doc["quotes"]:
        assert ARTICLE[q["start"]:q["end"]] == q["text"]
        assert ARTICLE[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
        assert ARTICLE[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
        assert "source" not in q


def test_jsonl_has_source_per_quote(article):
    quotes = jsonl(invoke("extract", article, "--format", "jsonl"))
    assert [q["source"] for q in quotes] == [article] * 5
    assert summary(quotes) == EXPECTED


def test_include_text_json(article):
    [doc] = jsonl(invoke("extract", article, "--format", "json", "--include-text"))
    assert list(doc) == ["source", "quotes", "text"]
    assert doc["text"] == ARTICLE


def test_include_text_needs_json(article):
    result = invoke("extract", article, "--format", "csv", "--include-text")
    assert result.exit_code == 2
    assert "--include-text" in result.stderr and "--format json" in result.stderr
    assert result.stdout == ""


def test_stdin(article):
    quotes = jsonl(invoke("extract", "--format", "jsonl", input=ARTICLE))
    assert summary(quotes) == EXPECTED
    assert {q["source"] for q in quotes} == {"<stdin>"}


def test_table(article):
    result = invoke("extract", article, "--format", "table")
    assert result.exit_code == 0
    out = result.stdout
    for name in ("Ann Lee", "Tomas Lind", "Speaker", "Cue", "Quote"):
        assert name in out
    assert "[sic]" in out  # printed as written, not taken for markup


# ----------------------------------------------------------------------------- filters
@pytest.mark.parametrize("args, texts", [
    (["--speaker", "Ann Lee"], ["We will win,", "Work starts in the spring [sic],", "It will take a year."]),
    (["--speaker", "ann LEE"], ["We will win,", "Work starts in the spring [sic],", "It will take a year."]),
    (["-s", "tomas lind"], ["sound at the base", "We will keep every stone we can,"]),
    (["-s", "Tomas Lind", "-s", "Ann Lee"], [e[0] for e in EXPECTED]),
    (["--speaker", "Lee"], []),  # canonical names only, not surnames
    (["--speaker", "Nobody"], []),
    (["--type", "partial"], ["sound at the base"]),
    (["--type", "direct"], [e[0] for e in EXPECTED if e[1] == "direct"]),
    (["--min-confidence", "1"], []),
    (["-s", "Ann Lee", "-t", "direct", "--min-confidence", "0.5"],
     ["We will win,", "Work starts in the spring [sic],", "It will take a year."]),
])
def test_filters(article, args, texts):
    quotes = jsonl(invoke("extract", article, "--format", "jsonl", *args))
    assert [q["text"] for q in quotes] == texts


@pytest.mark.parametrize("threshold", [0.0, 0.5, 0.9, 0.95, 0.96, 1.0])
def test_min_confidence_keeps_exactly_the_quotes_at_or_above(article, threshold):
    every = jsonl(invoke("extract", article, "--format", "jsonl"))
    kept = jsonl(invoke("extract", article, "--format", "jsonl", "--min-confidence", str(threshold)))
    assert kept == [q for q in every if q["confidence"] >= threshold]


def test_filters_keep_empty_document_in_json(article):
    [doc] = jsonl(invoke("extract", article, "--format", "json", "--speaker", "Nobody"))
    assert doc == {"source": article, "quotes": []}


@pytest.mark.parametrize("args", [["--type", "indirect"], ["--min-confidence", "1.5"],
                                  ["--min-confidence", "-0.1"], ["--format", "xml"]])
def test_bad_filter_values_are_usage_errors(article, args):
    result = invoke("extract", article, *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Invalid value" in result.stderr


def test_missing_file_exit_1_others_go_on(article, tmp_path):
    missing = tmp_path / "missing.txt"
    result = invoke("extract", missing, article, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {missing}: no such file\n"
    assert len(result.stdout.splitlines()) == 5


def test_all_quotes_keeps_scare_quotes(tmp_path):
    path = tmp_path / "scare.txt"
    path.write_text('The so-called "undercard" debate starts at six.\n\n"We will win," Ann Lee said.\n',
                    encoding="utf-8")
    default = jsonl(invoke("extract", path, "--format", "jsonl"))
    assert [q["text"] for q in default] == ["We will win,"]
    every = jsonl(invoke("extract", path, "--format", "jsonl", "--all-quotes"))
    assert [(q["text"], q["speaker"]) for q in every][0] == ("undercard", None)
    assert [q["text"] for q in every] == ["undercard", "We will win,"]
    for jobs in ("2",):
        assert jsonl(invoke("extract", path, "--format", "jsonl", "--all-quotes", "--jobs", jobs)) == every
