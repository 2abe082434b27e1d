"""The blind_us2 set: 16 articles written in session 14 (helper h14u) before quotex was run on them,
in US newsroom habits and genres the earlier sets lack (statehouse floor debate, White House briefing,
rally, local crime, college football, product launch, attorney general's lawsuit, hurricane, vigil,
Supreme Court argument, investigative piece, father and son sharing a name, celebrity interview,
medical study, nurses' strike, podcast transcript), each with a gold speaker name for every
quotation (tests/data/blind_us2/NAME.gold.jsonl, built from src/; see benchmarks/styles_eval.py).

First run, at main c61e6d0, before any change: quote recall 0.9642, precision 1.0, name accuracy
0.8814 (223/253); with the gold's one mistake fixed (FEMA was not an alias of the Federal Emergency
Management Agency) 0.8893. After h14u's fix (principal, trooper and other person roles in the
lexicon, so "Principal Denise Hargrove ... the principal said" and "Trooper Cody Ballard" are
resolved): 0.9051 (229/253). The floors below are the figures reached minus 0.02. The errors left
(and their classes, /work/team/blind_us2-errors.md, in the set's README) are listed by
`python benchmarks/styles_eval.py tests/data/blind_us2`.

The mechanism table at the end: a role noun given as a title before a name ("Principal X",
"Trooper X", "Det. X") is what "the principal", "the trooper", "the detective" later stand for.
"""
from pathlib import Path

import pytest
from attribution_helpers import extracted_speaker_name
from style_sets import check_gold_offsets, predict, styles_eval


DATA = Path(__file__).parent / "data" / "blind_us2"
NAME_ACCURACY_FLOOR = 0.9289 - 0.02  # 0.9051 (h14u); 0.9289 (235/253) after the lead's company/place, hyphenated-surname and aged-description fixes, minus 0.02
QUOTE_RECALL_FLOOR = 0.9642 - 0.02


@pytest.fixture(scope="module")
def predictions(nlp):
    return predict(nlp, DATA)


def test_gold_offsets_index_the_articles():
    check_gold_offsets(DATA)


def test_blind_us2_set_names(predictions):
    res = styles_eval().score(str(DATA), predictions)
    assert res["gold_quotes"] == 279
    assert res["quote_recall"] >= QUOTE_RECALL_FLOOR
    assert res["quote_precision"] >= 0.98
    assert res["name_accuracy"] >= NAME_ACCURACY_FLOOR, res["name_errors"]


speaker_name = extracted_speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # a school principal, named with the title, later "the principal" (US local news)
    ('Principal Denise Hargrove spoke first. Several parents stood. "Take the time you need," the '
     'principal said.', "Take the time you need,", "Denise Hargrove"),
    ('Principal Omar Lindqvist met parents on Monday. The board chair also spoke. "We will reopen '
     'on Thursday," the principal said.', "We will reopen on Thursday,", "Omar Lindqvist"),
    # a state trooper (the title is no part of the name)
    ('"Tonight is for the families," Kentucky State Police Trooper Cody Ballard said before the vigil.',
     "Tonight is for the families,", "Cody Ballard"),
    ('"Stay home if you can," said Trooper Maria Esposito.', "Stay home if you can,", "Maria Esposito"),
    # a detective by abbreviated title (Det.), and a sergeant (Sgt.), both sexes
    ('Det. Raymond Ellery leads the case. "The video is helpful," the detective said.',
     "The video is helpful,", "Raymond Ellery"),
    ('Sgt. Monique DuBose took questions. "We believe this was not random," the sergeant said.',
     "We believe this was not random,", "Monique DuBose"),
])
def test_title_roles_resolve_to_the_titled_person(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, bad", [
    # negative: "the principal" with no principal named is not the last person named
    ('Mayor Ann Cole spoke first. "We will reopen on Thursday," the principal said.',
     "We will reopen on Thursday,", "Ann Cole"),
    # negative: an organisation named before is no "trooper"
    ('The Kentucky State Police closed the road. "Stay home if you can," the trooper said.',
     "Stay home if you can,", "Kentucky State Police"),
])
def test_title_roles_do_not_take_other_people(nlp, text, quote, bad):
    assert speaker_name(nlp, text, quote) != bad
