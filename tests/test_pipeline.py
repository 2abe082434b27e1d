"""One pipeline (quotex.document): the command line, the Python API and the spaCy component give
the same quotes and speakers, on news articles (../shared) and on text written here."""
import json
import os
import subprocess
import sys

import pytest

import quotex
from conftest import POLNEAR_TRAIN
from quotex.document import EVERY_QUOTE, Options, cut, parse_windows, process, quotes_of
from quotex.text.windows import pipe
from quotex.io.inputs import Document

TEXT_DIR = os.path.join(POLNEAR_TRAIN, "text")
needs_train = pytest.mark.skipif(not os.path.isdir(TEXT_DIR), reason="../shared/polnear/train is absent")
# Every 40th article from the fifth: 21 of the 840, all five outlets, and two articles on which the
# component, when it drove attribution itself, named other speakers than the command line (it
# did not learn the full names given in paragraphs far from any quote).
FIRST, EVERY = 4, 40


def brief(quotes):
    """What must agree: each quote and who said it (with the cue and the rule that found it)."""
    return [(q["start"], q["end"], q["text"], q["type"], q["speaker"] and q["speaker"]["name"],
             q["speaker"] and (q["speaker"]["start"], q["speaker"]["end"]), q["cue"] and q["cue"]["text"],
             q["method"]) for q in quotes]


@pytest.fixture(scope="module")
def component_nlp():
    """quotex's own pipeline, a fresh copy (the shared one of load_model stays as it is), plus the component."""
    from quotex.nlp.model import load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe("quotex")
    return nlp


@needs_train
def test_cli_api_and_component_agree_on_news_articles(component_nlp):
    paths = [os.path.join(TEXT_DIR, f) for f in sorted(os.listdir(TEXT_DIR)) if f.endswith(".txt")][FIRST::EVERY]
    cmd = [sys.executable, "-c", "from quotex.cli import run; run()", "extract", *paths, "--format", "json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-500:]
    cli = {d["source"]: brief(d["quotes"]) for d in map(json.loads, proc.stdout.splitlines())}
    assert list(cli) == paths
    texts = {p: open(p, encoding="utf-8", newline="").read() for p in paths}
    api = {p: brief([q.to_dict() for q in quotex.extract(t)]) for p, t in texts.items()}
    comp = {p: brief(d._.quotes) for p, d in zip(paths, component_nlp.pipe(texts.values()))}
    assert sum(len(v) for v in cli.values()) > 100
    assert sum(q[4] is not None for v in cli.values() for q in v) > 80
    for p in paths:
        assert api[p] == cli[p], p
        assert comp[p] == cli[p], p


TEXT = ('City council votes on budget\n'
        '\n'
        'Mayor Ann Lee met the council on Tuesday.\n'
        '\n'
        '"We will balance the books," Lee said. The city\'s "rainy day" fund is empty.\n'
        '\n'
        'Councillor Tom Reid, who chairs the finance committee, was less sure.\n'
        '\n'
        '"It is a gamble," he said.\n')


def test_the_three_ways_in_agree_on_a_short_article(component_nlp, tmp_path):
    path = tmp_path / "council.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    proc = subprocess.run([sys.executable, "-c", "from quotex.cli import run; run()", "extract", str(path),
                           "--format", "json"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-500:]
    cli = brief(json.loads(proc.stdout)["quotes"])
    assert [(q[2], q[4]) for q in cli] == [("We will balance the books,", "Ann Lee"), ("It is a gamble,", "Tom Reid")]
    assert brief([q.to_dict() for q in quotex.extract(TEXT)]) == cli
    assert brief(component_nlp(TEXT)._.quotes) == cli


def test_all_quotes_is_one_option_for_all_three(component_nlp, nlp):
    """The scare quote ("rainy day") is kept by every way in when asked, by none otherwise."""
    scare = [q.text for q in quotex.extract(TEXT, all_quotes=True) if q.speaker is None]
    assert scare == ["rainy day"]
    assert [q.text for q in quotex.extract(TEXT) if q.speaker is None] == []
    assert [q.text for b in quotex.extract_batch([TEXT], all_quotes=True) for q in b if q.speaker is None] == scare
    from quotex.component import QuotexComponent

    keep_all = QuotexComponent(component_nlp, all_quotes=True)
    assert [q["text"] for q in keep_all(component_nlp(TEXT))._.quotes if q["speaker"] is None] == scare
    assert [q["text"] for q in component_nlp(TEXT)._.quotes if q["speaker"] is None] == []


def test_stages_by_hand_give_what_process_gives(nlp):
    """cut -> parse -> attribute -> finish, called one by one, is exactly process()."""
    parsed = list(parse_windows(TEXT, cut(TEXT), pipe(nlp)))
    assert [w.start for w, _ in parsed] == [0]  # one short article: one window from its first line
    assert all(doc.text == TEXT[w.start:w.end] for w, doc in parsed)
    by_hand = list(quotes_of(TEXT, parsed, Options(), source="s"))
    (result,) = process(Document("s", TEXT), nlp)
    assert result.quotes == by_hand and result.error is None and result.text == TEXT
    assert [q.source for q in by_hand] == ["s", "s"]
    (everything,) = process(Document("s", TEXT), nlp, EVERY_QUOTE)
    assert len(everything.quotes) == 3


def test_process_streams_a_long_document_in_parts(nlp, monkeypatch):
    import quotex.document as document

    monkeypatch.setattr(document, "CHUNK_QUOTES", 1)
    results = list(process(Document("s", TEXT), nlp, stream=True))
    assert [r.partial for r in results] == [True, True, False]
    assert [q.text for r in results for q in r.quotes] == ["We will balance the books,", "It is a gamble,"]


def test_process_keeps_a_failure_with_its_document(nlp):
    def broken(text):
        raise ValueError("no parse today")

    (result,) = process(Document("odd.txt", TEXT), nlp, parser=broken)
    assert result.quotes == [] and "odd.txt: extraction failed (ValueError: no parse today)" in str(result.error)
    with pytest.raises(ValueError):
        list(process(Document("odd.txt", TEXT), nlp, parser=broken, catch=False))


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Ann Lee spoke first.\n\n\u201cWe will win,\u201dLee said on Tuesday.\n", "Ann Lee"),
    ("\u201cThe bridge opens in May,\u201dsaid Maria Okafor.\n", "Maria Okafor"),
    ('Tom Reid was there.\n\n"It is ' + "x" * 250 + ' late," Reid said.\n', "Tom Reid"),
])
def test_component_parses_again_where_quotex_tokenizes_otherwise(component_nlp, text, speaker):
    """A closing mark glued to the next word (',”Lee') or a 250-character run without a space: the
    pipeline's tokenizer keeps what quotex splits, so the component parses that window again the
    way the command line does, and names the same speaker."""
    api = [q.to_dict() for q in quotex.extract(text)]
    assert [q["speaker"]["name"] for q in api] == [speaker]
    assert brief(component_nlp(text)._.quotes) == brief(api)
