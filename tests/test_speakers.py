"""``quotex speakers``: who is quoted and how much, as a table, JSON, JSON Lines or CSV; the same
speaker's names merged across documents."""
import csv
import io
import json
import os

import pytest

from conftest import invoke
from quotex.records import Quote, Speaker
from quotex.resolution.corpus_names import entity_groups, name_matches
from quotex.report.summary import SpeakerSummary

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



# The model is loaded once (cached by quotex.nlp.model.load_model) before the CLI runs.
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
         "titles": titles.get("Ann Lee", []), "names": ["Ann Lee"],
         "first_quote": {"source": a, "text": "We will win,", "start": 42, "end": 54}},
        {"name": "Tomas Lind", "kind": "person", "quotes": 2, "words": 11, "documents": 1,
         "titles": titles.get("Tomas Lind", []), "names": ["Tomas Lind"],
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
    (["--speaker", "lind"], [("Tomas Lind", 2)]),  # surname
    (["--speaker", "Mr. Lee", "-s", "LIND"], [("Ann Lee", 3), ("Tomas Lind", 2)]),
    (["--speaker", "Tomas"], []),  # a first name alone is not a name of the speaker
])
def test_speakers_filters(files, args, expected):
    rows = speakers_json(files[0], *args)
    assert [(r["name"], r["quotes"]) for r in rows] == expected


def test_speakers_table(files, monkeypatch):
    monkeypatch.chdir(os.path.dirname(files[0]))
    result = invoke("speakers", "a.txt", "--format", "table")
    assert result.exit_code == 0
    out = result.stdout
    for word in ("Speaker", "Quotes", "Words", "Docs", "First quote", "Ann Lee", "Tomas Lind", "We will win,"):
        assert word in out
    assert out.index("Ann Lee") < out.index("Tomas Lind")
    assert out.splitlines()[-1] == "5 quotes, 2 speakers, 1 document"
    assert out.count("a.txt") == 2  # the source of each first quote


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
         "titles": ["mayor", "the mayor"], "names": ["Ann Lee"],
         "first_quote": {"source": "one", "text": "a b c", "start": 10, "end": 15}},
        {"name": "Bo Li", "kind": "person", "quotes": 1, "words": 4, "documents": 1, "titles": [], "names": ["Bo Li"],
         "first_quote": {"source": "two", "text": "g h i j", "start": 5, "end": 12}},
        {"name": "Kremlin", "kind": "organization", "quotes": 1, "words": 2, "documents": 1, "titles": [],
         "names": ["Kremlin"], "first_quote": {"source": "one", "text": "e f", "start": 40, "end": 43}},
    ]
    assert (s.documents, s.quotes, s.unattributed) == (3, 6, 1)
    assert s.caption() == "6 quotes, 3 speakers, 3 documents; 1 quote without a speaker"
    assert s.caption(shown=2) == "6 quotes, 3 speakers, 3 documents; 1 quote without a speaker; top 2 shown"
    one = SpeakerSummary()
    one.add(None, [_q("a", 0, "X")])
    assert one.caption() == "1 quote, 1 speaker, 1 document"
    assert one.rows()[0]["first_quote"] == {"text": "a", "start": 0, "end": 1}


def test_summary_merges_one_entity_across_documents():
    s = SpeakerSummary()
    s.add("one", [_q("a b", 0, "Donald J. Trump", "president"), _q("c", 5, "Ann Lee")])
    s.add("two", [_q("d e f", 0, "Donald Trump"), _q("g", 9, "Lee", kind="organization"),
                  _q("h", 12, "Donald Trump Jr.")])
    s.add("three", [_q("i j", 0, "Trump"), _q("k", 4, "Mr. Lee", "the mayor")])
    rows = {r["name"]: r for r in s.rows()}
    # "Trump" stays apart: two full names of the corpus end in it (a son is not his father).
    assert sorted(rows) == ["Ann Lee", "Donald J. Trump", "Donald Trump Jr.", "Trump"]
    trump = rows["Donald J. Trump"]  # as many quotes each: the first seen is shown
    assert (trump["quotes"], trump["words"], trump["documents"]) == (2, 5, 2)
    assert trump["names"] == ["Donald J. Trump", "Donald Trump"] and trump["titles"] == ["president"]
    assert trump["first_quote"] == {"source": "one", "text": "a b", "start": 0, "end": 3}
    lee = rows["Ann Lee"]
    assert (lee["quotes"], lee["documents"], lee["kind"], lee["titles"]) == (3, 3, "person", ["the mayor"])
    assert lee["names"] == ["Ann Lee", "Lee", "Mr. Lee"]
    assert s.caption() == "7 quotes, 4 speakers, 3 documents"


def test_summary_counts_a_document_once_when_two_names_of_it_merge():
    s = SpeakerSummary()
    s.add("one", [_q("a", 0, "Maria Okafor"), _q("b", 5, "Okafor")])  # resolution missed one mention
    [row] = s.rows()
    assert (row["name"], row["quotes"], row["documents"], row["names"]) == ("Maria Okafor", 2, 1,
                                                                           ["Maria Okafor", "Okafor"])


# ----------------------------------------------------------------------------- names across documents
# Each case: the (name, kind) rows of a corpus, and which of them are one entity (same letter).
P, O, U = "person", "organization", "unknown"


@pytest.mark.parametrize("names, entities", [
    # middle initials and middle names do not count when first and last names agree
    ([("Donald J. Trump", P), ("Donald Trump", P)], "aa"),
    ([("Hillary Rodham Clinton", P), ("Hillary Clinton", P), ("Bill Clinton", P)], "aab"),
    ([("George W. Bush", P), ("George Bush", P), ("Jeb Bush", P)], "aab"),
    # a surname alone, or with an honorific, joins the one full name that has it
    ([("Ann Lee", P), ("Lee", P), ("Mr. Lee", P), ("Ms. Lee", U)], "aaaa"),
    ([("Ann Lee", P), ("Lee", P), ("Bo Lee", P)], "abc"),  # two full names: "Lee" could be either
    ([("Ann Lee", P), ("Ann B. Lee", P), ("Lee", P)], "aaa"),  # one person under two full forms
    ([("Maria Okafor", P), ("Okafor", O)], "aa"),  # a recognizer that tagged "Okafor" an organisation
    # a one-word organisation named for a country, state or province is the place
    ([("Steve Israel", P), ("Israel", O)], "ab"),
    ([("Steve Israel", P), ("Rep. Israel", P), ("Israel", O), ("Israel", O)], "aabb"),
    ([("Sarah Jordan", P), ("Jordan", O), ("Ms. Jordan", P)], "aba"),
    ([("Doug Ontario", P), ("Ontario", O)], "ab"),  # a Canadian province
    ([("Ann Texas", P), ("Texas", O), ("texas", O)], "abb"),  # a US state
    ([("Ed Angus", P), ("Angus", O)], "aa"),  # a Scottish council area is not on the list
    ([("Stephen Vladeck", P), ("Vladeck", O)], "aa"),
    # case and accents
    ([("José Álvarez", P), ("Jose Alvarez", P), ("ÁLVAREZ", P)], "aaa"),
    ([("Martin O'Malley", P), ("Martin O’Malley", P), ("O'Malley", P)], "aaa"),
    # particles belong to the surname; the last word alone still joins
    ([("Ludwig van Beethoven", P), ("van Beethoven", P), ("Beethoven", P)], "aaa"),
    # a suffix tells a son from his father
    ([("Donald Trump Jr.", P), ("Donald Trump", P), ("Trump", P)], "abc"),
    ([("Cal Ripken Jr.", P), ("Cal Ripken, Jr.", P), ("Ripken", P)], "aaa"),
    # different first names: different people
    ([("Dmitry Peskov", P), ("Dmitri Peskov", P)], "ab"),
    ([("Sarah Huckabee Sanders", P), ("Bernie Sanders", P), ("Sanders", O)], "abc"),
    # organisations: the whole name, never a surname
    ([("General Motors", O), ("Motors", O)], "ab"),
    # a company's legal ending, in full or short, does not tell two names apart
    ([("General Motors Co", O), ("General Motors", O), ("General Motors Company", O), ("GM", O)], "aaab"),
    ([("Ford Motor Co.", O), ("Ford Motor Company", O), ("Ford Motor Credit Co", O)], "aab"),
    ([("Acme Inc", O), ("Acme", O)], "ab"),  # one word left: "Acme" may be any Acme
    ([("Fox News", O), ("Fox Business News", O), ("Fox", O)], "abc"),
    ([("Kremlin", O), ("kremlin", O), ("the Kremlin", O)], "aab"),
    ([("Canadian Press", O), ("The Canadian Press", O)], "ab"),
    # descriptions are not names: no surname to join
    ([("the mayor", U), ("Mayor", P), ("Ann Mayor", P)], "abb"),
    ([("A Supreme Court Justice", U), ("Justice", U)], "ab"),
    ([("Trump's Supporters", P), ("Supporters", P)], "ab"),
    ([("he", P), ("she", P), ("Ann Lee", P)], "abc"),
    # the same name under two kinds is one entity
    ([("Christie", O), ("Christie", P), ("Chris Christie", P)], "aaa"),
    ([("Chris Christie", O), ("Chris Christie", P), ("Christie", P)], "aaa"),
    ([("Rachel Notley", P), ("NOTLEY", O), ("Notley", P)], "aaa"),
])
def test_entity_groups(names, entities):
    groups = entity_groups(names)
    assert len(groups) == len(entities)
    for i in range(len(names)):
        for j in range(len(names)):
            assert (groups[i] == groups[j]) == (entities[i] == entities[j]), (names[i], names[j])


@pytest.mark.parametrize("query, name, kind, expected", [
    ("Okafor", "Maria Okafor", P, True),
    ("okafor", "Maria Okafor", P, True),
    ("MARIA OKAFOR", "Maria Okafor", P, True),
    ("Ms. Okafor", "Maria Okafor", P, True),
    ("Maria", "Maria Okafor", P, False),  # a first name alone is not enough
    ("Okafor", "Okafor", U, True),
    ("Maria Okafor", "Okafor", P, False),  # the bare surname may be another Okafor
    ("Donald Trump", "Donald J. Trump", P, True),
    ("Donald J. Trump", "Donald Trump", P, True),
    ("Trump", "Donald Trump Jr.", P, True),
    ("Donald Trump", "Donald Trump Jr.", P, False),
    ("Beethoven", "Ludwig van Beethoven", P, True),
    ("van beethoven", "Ludwig van Beethoven", P, True),
    ("Alvarez", "José Álvarez", P, True),
    ("o’malley", "Martin O'Malley", P, True),
    ("Kremlin", "Kremlin", O, True),
    ("kremlin", "the Kremlin", O, False),
    ("Motors", "General Motors", O, False),  # no surname for an organisation
    ("general motors", "General Motors", O, True),
    ("mayor", "the mayor", U, False),
    ("the mayor", "the mayor", U, True),
    ("", "Ann Lee", P, False),
])
def test_name_matches(query, name, kind, expected):
    assert name_matches(query, name, kind) is expected


def test_speakers_merge_across_files_in_the_cli(tmp_path):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text('"We will win," Mayor Ann Lee said.\n', encoding="utf-8")
    b.write_text('"The vote is on Monday," Lee said.\n', encoding="utf-8")
    c.write_text('"It will take a year," said Ann B. Lee, the mayor.\n', encoding="utf-8")
    [row] = speakers_json(a, b, c)
    assert (row["name"], row["quotes"], row["documents"]) == ("Ann Lee", 3, 3)
    assert sorted(row["names"]) == ["Ann B. Lee", "Ann Lee", "Lee"]
    # --speaker reaches the row by any of its names
    assert [r["name"] for r in speakers_json(a, b, c, "-s", "Ann B. Lee")] == ["Ann Lee"]


def test_speakers_top_and_formats(files):
    a, b = files
    rows = speakers_json(a, b)
    top = invoke("speakers", a, b, "--top", "1", "--format", "jsonl")
    assert top.exit_code == 0
    assert [json.loads(line) for line in top.stdout.splitlines()] == rows[:1]
    result = invoke("speakers", a, b, "--format", "csv")
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(table[0]) == ["name", "kind", "quotes", "words", "documents", "titles", "names",
                              "first_quote_source", "first_quote_text", "first_quote_start", "first_quote_end"]
    assert [(r["name"], int(r["quotes"]), r["first_quote_source"], int(r["first_quote_start"])) for r in table] == [
        (r["name"], r["quotes"], r["first_quote"]["source"], r["first_quote"]["start"]) for r in rows]
    shown = invoke("speakers", a, b, "--top", "1", "--format", "table")
    assert shown.exit_code == 0
    assert "Tomas Lind" in shown.stdout and "Ann Lee" not in shown.stdout
    assert shown.stdout.splitlines()[-1] == "6 quotes, 2 speakers, 2 documents; top 1 shown"


def test_speakers_table_shortens_long_first_quotes_and_paths():
    from rich.console import Console

    from quotex.report.render import FIRST_QUOTE_CHARS, speakers_table

    s = SpeakerSummary()
    long_quote = " ".join(["word"] * 100)
    source = "/archive/2024/05/a-very-long-directory-name/and-a-long-file-name-for-the-article.txt"
    s.add(source, [_q(long_quote, 0, "Ann Lee", "mayor")])
    buf = io.StringIO()
    Console(file=buf, width=70, color_system=None).print(speakers_table(s.rows(), width=70))
    out = buf.getvalue()
    assert all(len(line) <= 70 for line in out.splitlines())
    assert "│ …name-for-the-article.txt │" in out  # the end of the path is kept
    words_shown = out.count("word")
    assert 0 < words_shown <= FIRST_QUOTE_CHARS // 5 and "word …" in out
    assert "person · mayor" in out


# One entity across documents: a full name, a middle initial, a bare surname in an article that
# never gives the full name, and pronouns resolved to each; a country of the same one-word name as
# a congressman stays apart from him.
ACROSS = {
    "a.txt": '"We will build the wall," Donald Trump said on Monday.\n',
    "b.txt": '"The election is rigged," Trump said.\n\nHe added: "We will win big."\n',
    "c.txt": '"Not a chance," Hillary Clinton said.\n\nDonald J. Trump spoke later. "She is wrong," he said.\n',
    "d.txt": '"We love this state," Ivanka Trump said.\n',
    "e.txt": '"The talks are over," Israel said in a statement.\n',
    "f.txt": '"We will vote no," Rep. Steve Israel said.\n',
}


@pytest.fixture
def across(tmp_path):
    for name, text in ACROSS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return lambda *names: [str(tmp_path / n) for n in names]


def _extracted(result):
    assert result.exit_code == 0, result.output
    return [(os.path.basename(q["source"]), q["start"], q["speaker"]["text"], q["speaker"]["name"])
            for q in map(json.loads, result.stdout.splitlines())]


def test_speaker_filter_matches_every_name_of_the_entity(across):
    result = invoke("extract", *across("a.txt", "b.txt", "c.txt"), "-s", "Donald Trump", "--format", "jsonl")
    assert _extracted(result) == [
        ("a.txt", 1, "Donald Trump", "Donald Trump"),
        ("b.txt", 1, "Trump", "Trump"),  # the only full name of the corpus with this surname
        ("b.txt", 50, "He", "Trump"),
        ("c.txt", 69, "he", "Donald J. Trump"),
    ]
    # the middle initial in the query does not matter either
    again = invoke("extract", *across("a.txt", "b.txt", "c.txt"), "-s", "donald j. trump", "--format", "jsonl")
    assert _extracted(again) == _extracted(result)


def test_speaker_filter_leaves_a_shared_surname_alone(across):
    # Ivanka Trump is quoted too: a bare "Trump" could be either of them.
    result = invoke("extract", *across("a.txt", "b.txt", "c.txt", "d.txt"), "-s", "Donald Trump",
                    "--format", "jsonl")
    assert _extracted(result) == [("a.txt", 1, "Donald Trump", "Donald Trump"),
                                  ("c.txt", 69, "he", "Donald J. Trump")]
    # the surname as the query still names them all
    surname = invoke("extract", *across("a.txt", "b.txt", "d.txt"), "-s", "Trump", "--format", "jsonl")
    assert [s for _, _, s, _ in _extracted(surname)] == ["Donald Trump", "Trump", "He", "Ivanka Trump"]


def test_speaker_filter_json_keeps_document_order(across):
    result = invoke("extract", *across("b.txt", "e.txt", "a.txt"), "-s", "Donald Trump", "--format", "json")
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout) if result.stdout.lstrip().startswith("[") else \
        [json.loads(line) for line in result.stdout.splitlines()]
    assert [(os.path.basename(d["source"]), [q["start"] for q in d["quotes"]]) for d in docs] == [
        ("b.txt", [1, 50]), ("e.txt", []), ("a.txt", [1])]


def test_speakers_merge_one_entity_and_keep_a_country_apart(across):
    rows = speakers_json(*across("a.txt", "b.txt", "c.txt", "e.txt", "f.txt"))
    assert [(r["name"], r["kind"], r["quotes"], r["documents"], sorted(r["names"]), r["titles"]) for r in rows] == [
        ("Donald Trump", "person", 4, 3, ["Donald J. Trump", "Donald Trump", "Trump"], []),
        ("Israel", "organization", 1, 1, ["Israel"], []),  # 4 words quoted
        ("Steve Israel", "person", 1, 1, ["Steve Israel"], ["Rep."]),  # 4 words
        ("Hillary Clinton", "person", 1, 1, ["Hillary Clinton"], []),  # 3 words
    ]
    only = speakers_json(*across("a.txt", "b.txt", "c.txt", "e.txt", "f.txt"), "-s", "Steve Israel")
    assert [(r["name"], r["quotes"]) for r in only] == [("Steve Israel", 1)]


def test_speaker_filter_leaves_a_country_out(across):
    # "Israel" the country is an organisation named for a place: not Rep. Steve Israel's surname.
    result = invoke("extract", *across("e.txt", "f.txt"), "-s", "Steve Israel", "--format", "jsonl")
    assert _extracted(result) == [("f.txt", 1, "Rep. Steve Israel", "Steve Israel")]
    both = invoke("extract", *across("e.txt", "f.txt"), "-s", "Israel", "--format", "jsonl")
    assert [s for _, _, s, _ in _extracted(both)] == ["Israel", "Rep. Steve Israel"]


def test_speaker_filter_across_documents_as_a_subprocess(across):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "quotex.cli", "extract", *across("a.txt", "b.txt", "d.txt"),
                           "-s", "Donald Trump", "--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    # Ivanka Trump is quoted too: b.txt's bare "Trump" is left out; stdout holds only the quotes.
    assert [(os.path.basename(q["source"]), q["speaker"]["name"]) for q in map(json.loads, proc.stdout.splitlines())] \
        == [("a.txt", "Donald Trump")]
    none = subprocess.run([sys.executable, "-m", "quotex.cli", "extract", *across("b.txt", "d.txt"),
                           "-s", "Donald Trump", "--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert none.returncode == 0 and none.stdout == ""
    assert "--speaker 'Donald Trump' matched no speaker" in none.stderr
