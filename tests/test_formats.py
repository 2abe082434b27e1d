"""--format csv (for spreadsheets) and --format text (the article with quotes coloured by speaker)."""
import csv
import io
import json
import re

import pytest
from rich.console import Console

from conftest import invoke
from quotex.io.output import CSV_FIELDS, CsvWriter
from quotex.records import Cue, Quote, Speaker
from quotex.report.render import clean, highlighted_text, legend, print_highlighted

ARTICLE = (
    "Harbor town votes to rebuild lighthouse\n"
    "\n"
    "\"We will win,\" Mayor Ann Lee said after the vote.\n"
    "\n"
    "\"Work starts in the spring [sic],\" Lee said. \"It will take a year.\"\n"
    "\n"
    "The engineer, Tomas Lind, said the tower was \"sound at the base\" and needed a new lantern.\n"
)
HEADER = ("source,start,end,type,text,speaker_name,speaker_title,speaker_kind,speaker_text,speaker_start,"
          "speaker_end,cue_text,cue_lemma,cue_start,cue_end,method,confidence")



# The model is loaded once (cached by quotex.nlp.model.load_model) before the CLI runs.
pytestmark = pytest.mark.usefixtures("nlp")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)




# ----------------------------------------------------------------------------- csv
def flatten(q):
    """The CSV row expected for one JSON quote: the same fields, nested ones joined with '_'."""
    sp, cue = q["speaker"] or {}, q["cue"] or {}

    def cell(v):
        return "" if v is None else str(v)

    return {"source": q["source"], "start": str(q["start"]), "end": str(q["end"]), "type": q["type"],
            "text": q["text"], "speaker_name": cell(sp.get("name")), "speaker_title": cell(sp.get("title")),
            "speaker_kind": cell(sp.get("kind")), "speaker_text": cell(sp.get("text")),
            "speaker_start": cell(sp.get("start")), "speaker_end": cell(sp.get("end")),
            "cue_text": cell(cue.get("text")), "cue_lemma": cell(cue.get("lemma")),
            "cue_start": cell(cue.get("start")), "cue_end": cell(cue.get("end")), "method": q["method"],
            "confidence": str(q["confidence"])}


def test_csv_one_row_per_quote_same_fields_as_json(article):
    result = invoke("extract", article, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == HEADER
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == CSV_FIELDS
    quotes = [json.loads(line) for line in invoke("extract", article, "--format", "jsonl").stdout.splitlines()]
    assert rows == [flatten(q) for q in quotes]
    assert [(r["text"], r["speaker_name"], r["cue_text"], r["type"]) for r in rows] == [
        ("We will win,", "Ann Lee", "said", "direct"),
        ("Work starts in the spring [sic],", "Ann Lee", "said", "direct"),
        ("It will take a year.", "Ann Lee", "said", "direct"),
        ("sound at the base", "Tomas Lind", "said", "partial"),
    ]
    first = rows[0]
    assert (first["source"], first["start"], first["end"], first["speaker_text"], first["speaker_start"],
            first["speaker_end"], first["cue_start"], first["cue_end"], first["cue_lemma"], first["method"],
            first["confidence"]) == (article, "42", "54", "Mayor Ann Lee", "56", "69", "70", "74", "say", "cue",
                                     "0.971")
    # commas and quotation marks inside cells survive the round trip
    assert ARTICLE[int(first["start"]):int(first["end"])] == first["text"]


def test_csv_several_files_one_header(article, tmp_path):
    other = tmp_path / "b.txt"
    other.write_text('"Yes," Bob Stone said.\n"No," she said; "maybe."', encoding="utf-8")
    result = invoke("extract", article, other, "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines.count(HEADER) == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["source"] for r in rows] == [article] * 4 + [str(other)] * 3
    assert rows[4]["text"] == "Yes,"


def test_csv_unattributed_quote_has_empty_cells():
    buf = io.StringIO()
    writer = CsvWriter(buf)
    writer.write([Quote("closed, for \"winter\"\nnow", 15, 40, "partial", source="u.txt")])
    assert buf.getvalue() == HEADER + '\nu.txt,15,40,partial,"closed, for ""winter""\nnow",,,,,,,,,,,none,0.0\n'
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["text"] == 'closed, for "winter"\nnow'


def test_csv_no_quotes_header_only(tmp_path):
    path = tmp_path / "none.txt"
    path.write_text("Nothing quoted here.\n", encoding="utf-8")
    result = invoke("extract", path, "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout == HEADER + "\n"


def test_csv_jsonl_inputs_add_meta_column(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": 7, "text": '"We will win," Mayor Ann Lee said.', "tags": ["a"]}) + "\n",
                      encoding="utf-8")
    result = invoke("extract", corpus, "--jsonl", "--format", "csv")
    assert result.stdout.splitlines()[0] == HEADER + ",meta"
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert json.loads(row["meta"]) == {"id": 7, "tags": ["a"]}
    assert (row["source"], row["speaker_name"]) == (f"{corpus}:1", "Ann Lee")


# ----------------------------------------------------------------------------- text
def test_text_view_prints_article_and_legend(article):
    result = invoke("extract", article, "--format", "text",
                    env={"FORCE_COLOR": "1", "NO_COLOR": None, "COLUMNS": "400"})
    assert result.exit_code == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    lines = out.splitlines()
    assert lines[0].startswith("─") and f" {article} " in lines[0]
    # the article as written, line for line, brackets included (not taken for Rich markup)
    assert "\n".join(lines[1:8]) == ARTICLE.rstrip("\n")
    assert "[sic]" in out
    assert lines[8:] == ["", "Speakers: ■ Ann Lee (3)  ■ Tomas Lind (1)"]


@pytest.mark.parametrize("env", [{}, {"FORCE_COLOR": "1", "NO_COLOR": "1"}])
def test_text_view_without_colour_marks_quotes_and_speakers(article, env):
    # piped (no colours) or NO_COLOR: the quotes and speakers are marked in the text itself
    result = invoke("extract", article, "--format", "text", env={**env, "COLUMNS": "400"})
    assert result.exit_code == 0
    lines = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout).splitlines()
    assert lines[3] == '"{1 We will win,}" [1 Mayor Ann Lee] said after the vote.'
    assert lines[5] == '"{1 Work starts in the spring [sic],}" [1 Lee] said. "{1 It will take a year.}"'
    assert lines[7] == ('[2 The engineer], Tomas Lind, said the tower was "{2 sound at the base}" and needed '
                        'a new lantern.')
    assert lines[8:] == ["", "Speakers: 1 Ann Lee (3)  2 Tomas Lind (1)  (marked in the text: {N quote} [N speaker])"]
    # without the marks, the article as written
    unmarked = re.sub(r"\{[0-9-] ([^}]*)\}", r"\1", re.sub(r"\[[0-9-] ([^\]]*)\]", r"\1", "\n".join(lines[1:8])))
    assert unmarked == ARTICLE.rstrip("\n")


def test_marked_text_unattributed_and_shared_mentions():
    text = '"A," Ann said. "B," Bo said. "C."'
    quotes = [q("A,", 1, "Ann", 5), q("B,", 16, "Bo", 20), q("C.", 30)]
    body, _ = highlighted_text(text, quotes, marked=True)
    assert body.plain == '"{1 A,}" [1 Ann] said. "{2 B,}" [2 Bo] said. "{- C.}"'
    two = [q("A,", 1, "Ann", 5), Quote("B", 16, 17, "direct", quotes[0].speaker)]
    body, _ = highlighted_text('"A," Ann said, "B"', two, marked=True)
    assert body.plain == '"{1 A,}" [1 Ann] said, "{1 B}"'  # one mention marked once


def test_text_view_colours_each_speaker(article):
    env = {"FORCE_COLOR": "1", "NO_COLOR": None, "TERM": "xterm-256color", "COLORTERM": None}
    out = invoke("extract", article, "--format", "text", env=env).stdout
    cyan, magenta, underline_cyan, reset = "\x1b[36m", "\x1b[35m", "\x1b[4;36m", "\x1b[0m"
    assert f'"{cyan}We will win,{reset}" {underline_cyan}Mayor Ann Lee{reset} said' in out
    assert f"{cyan}Work starts in the spring [sic],{reset}" in out
    assert f'"{magenta}sound at the base{reset}"' in out
    assert f"{cyan}■ {reset}Ann Lee (3)  {magenta}■ {reset}Tomas Lind (1)" in out


def test_text_view_no_quotes(tmp_path):
    path = tmp_path / "none.txt"
    path.write_text("Nothing quoted [here].\n", encoding="utf-8")
    lines = invoke("extract", path, "--format", "text").stdout.splitlines()
    assert lines[1:] == ["Nothing quoted [here].", "", "Speakers: no quotes found"]


def q(text, start, name=None, sstart=0):
    sp = Speaker(name, sstart, sstart + len(name), name) if name else None
    return Quote(text, start, start + len(text), "direct", sp, Cue("said", 0, 0, "say") if sp else None,
                 "cue" if sp else "none", 0.95 if sp else 0.0)


def render(text, quotes):
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, color_system="standard", width=200)
    print_highlighted(console, "src", text, quotes)
    return buf.getvalue()


def test_highlight_survives_crlf_bom_and_control_characters():
    text = '\ufeffTitle\r\n\r\n"Go \x1b[31mnow," Ann said.\r\n"Later," someone added\x07.\r\n'
    quotes = [q("Go \x1b[31mnow,", text.index("Go"), "Ann", text.index("Ann")), q("Later,", text.index("Later"))]
    out = render(text, quotes)
    # the ESC and BEL of the document are shown as U+FFFD, never sent to the terminal
    assert "\x07" not in out and "\x1b[31mnow" not in out
    assert "\x1b[36mGo \ufffd[31mnow,\x1b[0m" in out  # colour exactly on the quote despite CR and BOM
    assert "\x1b[4;36mAnn\x1b[0m said." in out
    assert "\x1b[2;3mLater,\x1b[0m" in out
    assert "\r" not in out and "\ufeff" not in out


def test_highlighted_text_styles_and_legend():
    text = '"A," Ann said. "B," Bo said. "C."'
    quotes = [q("A,", 1, "Ann", 5), q("B,", 16, "Bo", 20), q("C.", 30)]
    body, colours = highlighted_text(text, quotes)
    assert body.plain == text
    assert colours == {"Ann": "cyan", "Bo": "magenta"}
    spans = [(s.start, s.end, str(s.style)) for s in body.spans]
    assert spans == [(1, 3, "cyan"), (5, 8, "underline cyan"), (16, 18, "magenta"), (20, 22, "underline magenta"),
                     (30, 32, "italic dim")]
    assert legend(quotes, colours).plain == "Speakers: ■ Ann (1)  ■ Bo (1)  ■ no speaker (1)"


def test_clean():
    assert clean("a\r\nb\rc\x1bd\te\x85") == "a\nb\nc\ufffdd\te\ufffd"
