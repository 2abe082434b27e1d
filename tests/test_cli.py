"""The ``quotex extract`` command end to end (CliRunner, real model, and on a real pseudo-terminal):
outputs, shared filters, help and error messages, the table and the progress bar."""
import json
import os
import re

import pytest

from conftest import invoke
from quotex.cli import Format, QuoteType, SpeakerFormat

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



# The model is loaded once (cached by quotex.nlp.model.load_model) before the CLI runs.
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
    assert (q["method"], q["confidence"]) == ("cue", 0.971)  # cue, person in quotex/attribution/confidence.json


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
    (["--speaker", "Lee"], ["We will win,", "Work starts in the spring [sic],", "It will take a year."]),  # surname
    (["--speaker", "Mayor Lee"], ["We will win,", "Work starts in the spring [sic],", "It will take a year."]),
    (["-s", "LIND"], ["sound at the base", "We will keep every stone we can,"]),
    (["--speaker", "Ann"], []),  # a first name alone is not one of the speaker's names
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


@pytest.mark.parametrize("args", [["--type", "bogus"], ["--min-confidence", "1.5"],
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


# ----------------------------------------------------------------------------- filters that match nothing
def test_speaker_filter_that_matches_nothing_says_so(article):
    result = invoke("extract", article, "--format", "jsonl", "-s", "Lindh", "-s", "Lee")
    assert [q["speaker"]["name"] for q in jsonl(result)] == ["Ann Lee"] * 3
    assert result.stderr == ("quotex: --speaker 'Lindh' matched no speaker; did you mean 'Lind'? "
                             "(speakers found: Ann Lee (3), Tomas Lind (2))\n")
    result = invoke("speakers", article, "--format", "json", "-s", "Nobody")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    assert result.stderr == "quotex: --speaker 'Nobody' matched no speaker (speakers found: Ann Lee (3), Tomas Lind (2))\n"


@pytest.mark.parametrize("args, note", [
    (["--type", "partial", "--min-confidence", "0.99"], "(--type partial --min-confidence 0.99); 5 quotes were found"),
    (["-s", "Ann Lee", "--type", "partial"], "(--speaker 'Ann Lee' --type partial); 5 quotes were found"),
])
def test_filters_that_leave_nothing_say_so(article, args, note):
    result = invoke("extract", article, "--format", "jsonl", *args)
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"quotex: no quote passed the filters {note} without them\n"


def test_no_note_when_filters_match_or_there_is_nothing_to_match(article, tmp_path):
    assert invoke("extract", article, "--format", "jsonl", "-s", "lind", "--type", "partial").stderr == ""
    empty = tmp_path / "empty.txt"
    empty.write_text("No quotes in this one.\n", encoding="utf-8")
    assert invoke("extract", empty, "--format", "jsonl", "--type", "partial").stderr == ""


# ----------------------------------------------------------------------------- help and errors
def test_help_names_the_argument_path_without_a_python_type():
    from test_docs import help_text

    for command in ("extract", "speakers"):
        text = help_text([command, "--help"])
        assert "<list[str]>" not in text and "list[str]" not in text
        assert re.search(r"^  PATH  Files to read", text, flags=re.M), text


@pytest.mark.parametrize("command, option, enum, what", [
    ("extract", "--type", QuoteType, "a quote type"),
    ("extract", "--format", Format, "an output format"),
    ("speakers", "--format", SpeakerFormat, "an output format"),
])
def test_choice_errors_are_in_our_words_and_list_every_choice(article, command, option, enum, what):
    choices = [m.value for m in enum]  # whatever choices the option gains, the message lists them
    result = invoke(command, article, option, "bogus")
    assert (result.exit_code, result.stdout) == (2, "")
    message = " ".join(result.stderr.split())  # Click may wrap it
    expected = f"'bogus' is not {what}; use {', '.join(choices[:-1])} or {choices[-1]}"
    assert expected in message
    assert "Value error" not in message and "is not one of" not in message
    # any case is accepted
    assert invoke(command, article, option, choices[0].upper(), "--format" if option == "--type" else "--type",
                  "json" if option == "--type" else "direct").exit_code == 0


def test_a_typo_in_a_choice_gets_a_suggestion(article):
    result = invoke("extract", article, "--format", "jsnol")
    assert result.exit_code == 2
    assert "'jsnol' is not an output format; use table, json, jsonl" in result.stderr
    assert "(did you mean jsonl?)" in result.stderr


@pytest.mark.parametrize("command, args, message", [
    ("extract", ["--min-confidence", "1.5"], "'1.5' is not a confidence from 0 to 1"),
    ("extract", ["--min-confidence", "high"], "'high' is not a confidence from 0 to 1"),
    ("extract", ["--jobs", "-1"], "'-1' is not a number of worker processes (0 = all cores)"),
    ("speakers", ["--top", "0"], "'0' is not a number of speakers (1 or more)"),
    ("speakers", ["--top", "ten"], "'ten' is not a number of speakers (1 or more)"),
])
def test_number_errors_are_in_our_words(article, command, args, message):
    result = invoke(command, article, *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert message in " ".join(result.stderr.split())
    assert "Input should" not in result.stderr


def test_glob_without_recursive_warns(article):
    result = invoke("extract", article, "--glob", "*.md", "--format", "jsonl")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 5  # the file given is read all the same
    assert result.stderr == ("quotex: --glob '*.md' is ignored: it picks files inside directories read with "
                             "--recursive (-r)\n")


def test_wrong_text_key_is_one_line_with_the_count(tmp_path):
    big, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    big.write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in range(1000)), encoding="utf-8")
    small.write_text(json.dumps({"id": 0, "text": "x"}) + "\n", encoding="utf-8")
    result = invoke("extract", "--jsonl", big, small, "--text-key", "body", "--format", "jsonl")
    assert (result.exit_code, result.stdout) == (1, "")
    hint = "no string field 'body'; skipped (choose the field with --text-key)"
    assert result.stderr.splitlines() == [f"quotex: {big}: 1,000 lines, 1 to 1,000: {hint}",
                                          f"quotex: {small}:1: {hint}"]


def test_model_not_found_names_the_setting_of_each_interface(article):
    import quotex
    from quotex import ModelNotFound

    with pytest.raises(ModelNotFound) as caught:
        quotex.extract("text", model="no_such_model_h15")
    assert "pass model= with" in str(caught.value) and "--model" not in str(caught.value)
    result = invoke("extract", article, "--model", "no_such_model_h15")
    assert result.exit_code == 1
    assert "pass --model with" in result.stderr and "model=" not in result.stderr


# ----------------------------------------------------------------------------- table layout
def table_columns(out: str) -> dict[str, int]:
    """Header name -> width (inside the borders) of the table's columns."""
    header = next(line for line in out.splitlines() if line.startswith("┃"))
    cells = header.split("┃")[1:-1]
    return {cell.strip(): len(cell) for cell in cells}


@pytest.mark.parametrize("width", [80, 160])
def test_table_fits_columns_to_content(article, width):
    result = invoke("extract", article, "--format", "table", env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    out = result.stdout
    cols = table_columns(out)
    assert list(cols) == ["Speaker", "Cue", "Type", "Conf", "Quote"]
    # short columns as wide as their longest value (plus one space each side), never cut
    assert cols["Cue"] == len("said") + 2 and cols["Type"] == len("partial") + 2 and cols["Conf"] == len("0.96") + 2
    assert cols["Speaker"] >= len("Tomas Lind") + 2
    assert sum(cols.values()) + len(cols) + 1 == width  # the quote takes the rest
    assert "│ partial │" in out and "…" not in out
    for name in ("Ann Lee", "Tomas Lind"):
        assert re.search(rf"│ {name} +│", out)  # each name whole on its line
    confidences = {f"{q['confidence']:.2f}" for q in jsonl(invoke("extract", article, "--format", "jsonl"))}
    assert all(f"│ {c} │" in out for c in confidences)
    assert out.splitlines()[-1] == "5 quotes, 2 speakers, 1 document"


def test_table_footer_counts_all_documents(article, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("No quotes here.\n", encoding="utf-8")
    out = invoke("extract", article, empty, "--format", "table", env={"COLUMNS": "300"}).stdout
    assert f"{empty}: no quotes found" in out
    assert out.splitlines()[-1] == "5 quotes, 2 speakers, 2 documents"


# ----------------------------------------------------------------------------- a real terminal
def on_terminal(args, cols, env=None, stdin_tty=False, rows=120, cwd=None):
    """Run ``quotex ARGS`` on a pseudo-terminal of ``cols`` x ``rows``; return the screen a
    terminal shows at the end (pyte emulates it), the raw output, and the exit code."""
    pyte = pytest.importorskip("pyte", reason="pyte (the test extra) emulates the terminal")
    pty = pytest.importorskip("pty", reason="needs a POSIX pseudo-terminal")
    import fcntl
    import select
    import struct
    import subprocess
    import sys
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES")}
    full_env.update({"TERM": "xterm-256color", **(env or {})})
    proc = subprocess.Popen([sys.executable, "-m", "quotex.cli", *map(str, args)], stdout=slave, stderr=slave,
                            stdin=slave if stdin_tty else subprocess.DEVNULL, env=full_env, close_fds=True,
                            cwd=cwd)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + 600
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            data = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=60)
    raw = b"".join(chunks).decode("utf-8", "replace")
    screen = pyte.Screen(cols, rows)
    pyte.Stream(screen).feed(raw)
    lines = [line.rstrip() for line in screen.display]
    while lines and not lines[-1]:
        lines.pop()
    return lines, raw, code


@pytest.fixture
def two_articles(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text('"We start on Monday," Tomas Lind said.\n', encoding="utf-8")
    return a, b


@pytest.mark.parametrize("cols", [80, 160])
def test_terminal_progress_bar_leaves_no_trace_and_shows_total(two_articles, cols):
    a, b = two_articles
    screen, raw, code = on_terminal(["extract", a.name, b.name], cols, cwd=a.parent)
    assert code == 0
    # the bar was drawn, with the number of documents and the time left ...
    assert "0/2 documents" in raw and "1/2 documents" in raw and " left" in raw
    # ... and nothing of it is left on the screen: the first line is the first table's title
    assert not any("documents" in line.split(",")[0] or "docs/s" in line for line in screen)
    assert screen[0] == a.name
    assert screen.count(b.name) == 1
    assert any(re.match(r"│ Tomas Lind +│ said │ partial │ 0\.\d\d │", line) for line in screen)
    assert screen[-1] == "6 quotes, 2 speakers, 2 documents"
    assert all(len(line) <= cols for line in screen)


def test_terminal_speakers_table_keeps_names_whole(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text('Verdict day\n\n"We will fight this ruling in every court," the Republican National Committee '
                    'said in a statement.\n\n"It is a good day for the voters," Alexandria Ocasio-Cortez told '
                    'reporters.\n', encoding="utf-8")
    names = [r["name"] for r in json.loads(invoke("speakers", path, "--format", "json").stdout)]
    assert sorted(names) == ["Alexandria Ocasio-Cortez", "Republican National Committee"]
    screen, raw, code = on_terminal(["speakers", path.name], 80, cwd=tmp_path)
    assert code == 0
    for name in names:
        assert any(f"│ {name} " in line for line in screen), (name, screen)
    assert "Docs" in screen[1] and "First quote" in screen[1]
    assert sum(path.name in line for line in screen) == 2  # each first quote's source
    assert screen[-1] == "2 quotes, 2 speakers, 1 document"


def test_terminal_text_view_without_colour_marks_quotes(article):
    screen, raw, code = on_terminal(["extract", article, "--format", "text"], 200, env={"NO_COLOR": "1"})
    assert code == 0
    text = "\n".join(screen)
    assert '"{1 We will win,}" [1 Mayor Ann Lee] said' in text
    assert '"{2 sound at the base}"' in text
    assert screen[-1] == "Speakers: 1 Ann Lee (3)  2 Tomas Lind (2)  (marked in the text: {N quote} [N speaker])"
    assert "\x1b[3" not in raw  # no colour codes


def test_terminal_no_input_names_the_argument():
    screen, raw, code = on_terminal(["extract"], 80, stdin_tty=True)
    assert code == 2
    text = " ".join(" ".join(screen).split())
    assert "Error: no input: give one or more files as PATH, or pipe text in (see --help)" in text
    assert "PATHS" not in text


def test_progress_total_is_counted_without_reading_the_documents(tmp_path, monkeypatch):
    from quotex import cli

    tree = tmp_path / "archive"
    (tree / "2024").mkdir(parents=True)
    for name in ("a.txt", "b.md", "2024/c.txt", "2024/d.txt"):
        (tree / name).write_text("x\n", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    listed = tmp_path / "paths.txt"
    listed.write_text(f"{tree / 'a.txt'}\n{tree / 'b.md'}\n", encoding="utf-8")

    def count(paths, **options):
        settings = {"recursive": False, "glob": None, "from_list": None, "jsonl": False, "text_key": "text",
                    "encoding": "utf-8", "html": None, **options}
        return cli._documents([str(p) for p in paths], **settings)[1]()

    assert count([tree], recursive=True) == 4
    assert count([tree], recursive=True, glob="*.txt") == 3
    assert count([tree / "a.txt", tmp_path / "missing.txt"], from_list=str(listed)) == 4  # a missing file is one result
    assert count([corpus], jsonl=True) == 3  # non-blank lines
    assert count([tree / "a.txt"], from_list="-") is None  # a list still coming in: no total
    monkeypatch.setattr(cli, "COUNT_LINES_UP_TO", 10)
    assert count([corpus], jsonl=True) is None  # a big corpus is not read twice
