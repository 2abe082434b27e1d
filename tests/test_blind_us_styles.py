"""The US blind set: 20 articles written (session 13, helper h13u) before quotex was run on them, in
the habits of US outlets and genres unlike PolNeAR's 2016 election coverage (AP state wire, a local
TV station, an NPR transcript, a game story, an earnings story, a federal sentencing, a police news
conference, Congress, a governor, a ProPublica-style investigation, an obituary, a Q&A, a present-
tense feature, a study, a tornado with FEMA, a school board, a CEO on X, a family business, a poll,
a "told Fox News Digital" item), each with a gold speaker name for every quotation
(tests/data/blind_us/NAME.gold.jsonl; see benchmarks/styles_eval.py and tests/data/blind_us/README.md).

First run, at 50e25f9 before any fix: quote recall 0.9741, precision 1.0, name accuracy 0.8611
(217/252); 0.8651 (218/252) after one gold mistake was fixed (a renamed person's leftover name).
After the h13u fixes (shared surnames, camel-case surnames, role synonyms and titles, the name after
a description's complement, "who" after a place, "I" in a labelled Q&A line, nicknames in quotes):
name accuracy 0.9365 (236/252). The floors below are those figures minus 0.02, so a change that
loses names on US newsroom styles fails here. The errors left are listed by
`python benchmarks/styles_eval.py tests/data/blind_us` and in /work/team/blind_us-errors.md.
"""
import importlib.util
import json
from pathlib import Path

import pytest

import quotex

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "blind_us"
NAME_ACCURACY_FLOOR = 0.9365 - 0.02  # reached with the session-13 h13u fixes (236/252), minus 0.02
QUOTE_RECALL_FLOOR = 0.9741 - 0.02  # the 7 quotes missed are speakerless nicknames, a sign, an award


def _styles_eval():
    spec = importlib.util.spec_from_file_location("styles_eval", ROOT / "benchmarks" / "styles_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def predictions(nlp):
    pred = {}
    for gold in sorted(DATA.glob("*.gold.jsonl")):
        name = gold.name[: -len(".gold.jsonl")]
        text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
        quotes = quotex.extract(text, nlp=nlp)
        for q in quotes:
            assert text[q.start:q.end] == q.text
            if q.speaker is not None:
                assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        pred[name] = [q.to_dict() for q in quotes]
    return pred


def test_gold_offsets_index_the_articles():
    golds = list(DATA.glob("*.gold.jsonl"))
    assert len(golds) == 20
    for gold in golds:
        text = (DATA / gold.name.replace(".gold.jsonl", ".txt")).read_text(encoding="utf-8")
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            assert text[rec["start"]:rec["end"]] == rec["text"]


def test_blind_us_names(predictions):
    res = _styles_eval().score(str(DATA), predictions)
    assert res["gold_quotes"] == 270
    assert res["quote_recall"] >= QUOTE_RECALL_FLOOR
    assert res["quote_precision"] >= 0.98
    assert res["name_accuracy"] >= NAME_ACCURACY_FLOOR, res["name_errors"]
