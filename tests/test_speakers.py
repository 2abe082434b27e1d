"""``quotex speakers``: who is quoted and how much, as a table or JSON."""
import json

import pytest

from conftest import invoke
from quotex.records import Quote, Speaker
from quotex.summary import SpeakerSummary

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
SECOND = "\"We start on Monday,\" Tomas Lind said.\n"



# The model is loaded once (cached by quotex.model.load_model) before the CLI runs.
pytestmark = pytest.mark.usefixtures("nlp")


@pytest.fixture
def files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(SECOND, encoding="utf-8")
    return str(a), str(b)




def speakers_json(*args):
    result = invoke("speakers", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def titles_by_name(*paths):
    """Titles as ``quotex extract`` reports them (what the summary must collect)."""
    out: dict[str, list[str]] = {}
    for line in invoke("extract", *paths, "--format", "jsonl").stdout.splitlines():
        sp = json.loads(line)["speaker"]
        if sp and sp["title"] and sp["title"] not in out.setdefault(sp["name"], []):
            out[sp["name"]].append(sp["title"])
    return out


def test_speakers_json_one_document(files):
    a, _ = files
    rows = speakers_json(a)
    titles = titles_by_name(a)
    assert rows == [
        {"name": "Ann Lee", "kind": "person", "quotes": 3, "words": 14, "documents": 1,
         "titles": titles.get("Ann Lee", []),
         "first_quote": {"source": a, "text": "We will win,", "start": 42, "end": 54}},
        {"name": "Tomas Lind", "kind": "person", "quotes": 2, "words": 11, "documents": 1,
         "titles": titles.get("Tomas Lind", []),
         "first_quote": {"source": a, "text": "sound at the base", "start": 207, "end": 224}},
    ]


def test_speakers_across_documents(files):
    a, b = files
    rows = speakers_json(a, b)
    # as many quotes each: more words first
    assert [(r["name"], r["quotes"], r["words"], r["documents"]) for r in rows] == [
        ("Tomas Lind", 3, 15, 2), ("Ann Lee", 3, 14, 1)]
    assert rows[0]["first_quote"] == {"source": a, "text": "sound at the base", "start": 207, "end": 224}
    rows = speakers_json(b, a)
    assert [r["name"] for r in rows] == ["Tomas Lind", "Ann Lee"]
    assert rows[0]["first_quote"] == {"source": b, "text": "We start on Monday,", "start": 1, "end": 20}


@pytest.mark.parametrize("args, expected", [
    (["--speaker", "TOMAS LIND"], [("Tomas Lind", 2)]),
    (["--type", "partial"], [("Tomas Lind", 1)]),
    (["--type", "direct"], [("Ann Lee", 3), ("Tomas Lind", 1)]),
    (["--min-confidence", "0.5"], [("Ann Lee", 3), ("Tomas Lind", 2)]),
    (["--min-confidence", "1"], []),
    (["--speaker", "nobody"], []),
])
def test_speakers_filters(files, args, expected):
    rows = speakers_json(files[0], *args)
    assert [(r["name"], r["quotes"]) for r in rows] == expected


def test_speakers_table(files):
    result = invoke("speakers", files[0], "--format", "table")
    assert result.exit_code == 0
    out = result.stdout
    for word in ("Speaker", "Quotes", "Words", "Documents", "First quote", "Ann Lee", "Tomas Lind", "We will win,"):
        assert word in out
    assert out.index("Ann Lee") < out.index("Tomas Lind")
    assert "5 quotes in 1 document, 0 without a speaker" in out


def test_speakers_nothing_found(tmp_path):
    path = tmp_path / "none.txt"
    path.write_text("Nothing quoted here.\n", encoding="utf-8")
    assert speakers_json(path) == []
    result = invoke("speakers", path, "--format", "table")
    assert result.exit_code == 0
    assert result.stdout == "no attributed quotes found\n"


def test_speakers_missing_input_exit_1(files, tmp_path):
    missing = tmp_path / "missing.txt"
    result = invoke("speakers", missing, files[1], "--format", "json")
    assert result.exit_code == 1
    assert result.stderr == f"quotex: {missing}: no such file\n"
    assert [r["name"] for r in json.loads(result.stdout)] == ["Tomas Lind"]


def _q(text, start, name, title=None, kind="person"):
    return Quote(text, start, start + len(text), "direct", Speaker(name, 0, len(name), name, title, kind))


def test_summary_rows_exact():
    s = SpeakerSummary()
    s.add("one", [_q("a b c", 10, "Ann Lee", "mayor"), _q("d", 20, "ann lee", "the mayor"),
                  Quote("x y", 30, 33, "partial"), _q("e f", 40, "Kremlin", kind="organization")])
    s.add("two", [_q("g h i j", 5, "Bo Li"), _q("k", 9, "Ann Lee", "mayor")])
    s.add("three", [])
    assert s.rows() == [
        {"name": "Ann Lee", "kind": "person", "quotes": 3, "words": 5, "documents": 2,
         "titles": ["mayor", "the mayor"], "first_quote": {"source": "one", "text": "a b c", "start": 10, "end": 15}},
        {"name": "Bo Li", "kind": "person", "quotes": 1, "words": 4, "documents": 1, "titles": [],
         "first_quote": {"source": "two", "text": "g h i j", "start": 5, "end": 12}},
        {"name": "Kremlin", "kind": "organization", "quotes": 1, "words": 2, "documents": 1, "titles": [],
         "first_quote": {"source": "one", "text": "e f", "start": 40, "end": 43}},
    ]
    assert (s.documents, s.quotes, s.unattributed) == (3, 6, 1)
    assert s.caption() == "6 quotes in 3 documents, 1 without a speaker"
    one = SpeakerSummary()
    one.add(None, [_q("a", 0, "X")])
    assert one.caption() == "1 quote in 1 document, 0 without a speaker"
    assert one.rows()[0]["first_quote"] == {"text": "a", "start": 0, "end": 1}
