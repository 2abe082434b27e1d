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
from pathlib import Path

import pytest
from style_sets import check_gold_offsets, predict, styles_eval

DATA = Path(__file__).parent / "data" / "blind_us"
NAME_ACCURACY_FLOOR = 0.9365 - 0.02  # reached with the session-13 h13u fixes (236/252), minus 0.02
QUOTE_RECALL_FLOOR = 0.9741 - 0.02  # the 7 quotes missed are speakerless nicknames, a sign, an award


@pytest.fixture(scope="module")
def predictions(nlp):
    return predict(nlp, DATA)


def test_gold_offsets_index_the_articles():
    assert check_gold_offsets(DATA) == 20


def test_blind_us_names(predictions):
    res = styles_eval().score(str(DATA), predictions)
    assert res["gold_quotes"] == 270
    assert res["quote_recall"] >= QUOTE_RECALL_FLOOR
    assert res["quote_precision"] >= 0.98
    assert res["name_accuracy"] >= NAME_ACCURACY_FLOOR, res["name_errors"]
