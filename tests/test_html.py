"""HTML articles: main text via trafilatura, reader comments left out, offsets into that text."""
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import invoke
from quotex.errors import InputError
from quotex.io.html import html_to_text

try:
    import trafilatura  # noqa: F401
    HAVE_TRAFILATURA = True
except ImportError:
    HAVE_TRAFILATURA = False
needs_trafilatura = pytest.mark.skipif(not HAVE_TRAFILATURA, reason="needs quotex[html] (trafilatura)")

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Harbor town votes to rebuild lighthouse</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Harbor town votes to rebuild lighthouse</h1>
<p class="byline">By Jo Reed</p>
<p>The town council of Port Ellis voted on Tuesday to rebuild the lighthouse that has stood dark since 1998.</p>
<p>"We will win," Mayor Ann Lee said after the vote in the old town hall on the harbour front.</p>
<p>The project's engineer, Tomas Lind, said the tower was "sound at the base but tired at the top" and would
need a new lantern room before the winter storms.</p>
<p>Work is expected to start in the spring and to take about eighteen months, the council said in a statement.</p>
</article>
</main>
<section id="comments" class="comments">
<h2>Comments</h2>
<div class="comment"><p class="author">harbourfan</p>
<p>"This is a waste of money," wrote Bob Smith, a reader from the next town over.</p></div>
<div class="comment"><p class="author">seagull</p><p>Great news for everyone who lives by the sea.</p></div>
</section>
<footer><p>&copy; 2024 Port Ellis Gazette. All rights reserved.</p></footer>
</body>
</html>
"""
PARAGRAPHS = [
    "Harbor town votes to rebuild lighthouse",
    "The town council of Port Ellis voted on Tuesday to rebuild the lighthouse that has stood dark since 1998.",
    '"We will win," Mayor Ann Lee said after the vote in the old town hall on the harbour front.',
    'The project\'s engineer, Tomas Lind, said the tower was "sound at the base but tired at the top" and would '
    "need a new lantern room before the winter storms.",
    "Work is expected to start in the spring and to take about eighteen months, the council said in a statement.",
]
ARTICLE_TEXT = "\n".join(PARAGRAPHS)



# The model is loaded once (cached by quotex.nlp.model.load_model) before the CLI runs.
pytestmark = pytest.mark.usefixtures("nlp")


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path




@needs_trafilatura
def test_html_to_text_keeps_article_drops_comments_and_chrome():
    assert html_to_text(PAGE, "page.html") == ARTICLE_TEXT


@needs_trafilatura
def test_html_fragment():
    assert html_to_text('<p>"We will win," Mayor Ann Lee said.</p>') == '"We will win," Mayor Ann Lee said.'


@needs_trafilatura
def test_html_without_article_text():
    with pytest.raises(InputError) as err:
        html_to_text("<html><body></body></html>", "empty.html")
    assert str(err.value) == ("empty.html: found no article text in the HTML page; skipped "
                              "(pass --no-html to read it as plain text)")


@needs_trafilatura
def test_extract_html_offsets_index_the_included_text(page):
    result = invoke("extract", page, "--format", "json", "--include-text")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["source"] == str(page)
    assert doc["text"] == ARTICLE_TEXT
    text = doc["text"]
    got = [(q["text"], q["type"], q["speaker"]["name"], q["cue"]["text"]) for q in doc["quotes"]]
    assert got == [("We will win,", "direct", "Ann Lee", "said"),
                   ("sound at the base but tired at the top", "partial", "Tomas Lind", "said")]
    first = doc["quotes"][0]
    assert (first["start"], first["end"]) == (text.index("We will win"), text.index("We will win") + 12)
    assert first["speaker"]["text"] == "Mayor Ann Lee"
    for q in doc["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
        assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    # the reader's comment is not a quote of the article
    assert "waste of money" not in result.stdout
    assert "Bob Smith" not in result.stdout


@needs_trafilatura
def test_html_detected_by_content_and_on_stdin(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    for args, kw in (([path], {}), ([], {"input": PAGE})):
        result = invoke("extract", *args, "--format", "jsonl", **kw)
        assert result.exit_code == 0, result.output
        assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == [
            "We will win,", "sound at the base but tired at the top"]


@needs_trafilatura
def test_html_forced_and_refused(tmp_path):
    frag = tmp_path / "snippet.txt"
    frag.write_text('<p>"We will win the vote," Mayor Ann Lee said.</p>', encoding="utf-8")
    forced = invoke("extract", frag, "--html", "--format", "jsonl")
    [q] = [json.loads(line) for line in forced.stdout.splitlines()]
    assert (q["text"], q["start"], q["speaker"]["name"]) == ("We will win the vote,", 1, "Ann Lee")
    plain = invoke("extract", frag, "--format", "jsonl")  # not HTML by name or content: read as text
    [q] = [json.loads(line) for line in plain.stdout.splitlines()]
    assert (q["text"], q["start"]) == ("We will win the vote,", 4)


def test_no_html_reads_markup_as_text(page):
    result = invoke("extract", page, "--no-html", "--format", "jsonl")
    assert result.exit_code == 0
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert "This is a waste of money," in texts  # the comment is in the raw file


@needs_trafilatura
def test_text_view_of_html_shows_the_extracted_article(page):
    # in colour (without colours the quotes are marked in the text, see test_formats)
    result = invoke("extract", page, "--format", "text", env={"FORCE_COLOR": "1", "NO_COLOR": None, "COLUMNS": "400"})
    assert result.exit_code == 0
    out = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)
    for para in PARAGRAPHS:
        assert para + "\n" in out
    assert "waste of money" not in out
    assert out.endswith("Speakers: ■ Ann Lee (1)  ■ Tomas Lind (1)\n")


@needs_trafilatura
def test_speakers_of_html(page):
    result = invoke("speakers", page, "--format", "json")
    assert [(r["name"], r["quotes"]) for r in json.loads(result.stdout)] == [("Tomas Lind", 1), ("Ann Lee", 1)]


def test_without_trafilatura_one_line_install_hint(page, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura -> ImportError
    other = tmp_path / "a.txt"
    other.write_text('"We will win," Mayor Ann Lee said.', encoding="utf-8")
    result = invoke("extract", page, other, "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr == (f"quotex: {page}: reading HTML needs the optional trafilatura package; install it "
                             f"with: pip install 'quotex[html]' (or pass --no-html to read the file as plain "
                             f"text)\n")
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(other)]


def test_html_extra_declared():
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["optional-dependencies"]["html"] == ["trafilatura>=1.6", "lxml_html_clean"]
    import importlib.metadata

    requires = importlib.metadata.requires("quotex") or []
    assert any(r.startswith("trafilatura") and 'extra == "html"' in r for r in requires)
