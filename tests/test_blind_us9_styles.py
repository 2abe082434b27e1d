"""The blind_us9 set (8 US statehouse-hearing, magazine, NPR web, Hmong community, Senate
confirmation hearing, prep football, crime and AP science articles): written in session 14 (helper
h20w) before quotex was run on them and without reading its source, each with a gold speaker name
for every quotation (tests/data/blind_us9/NAME.gold.jsonl, built from src/ by
benchmarks/build_style_set.py; see benchmarks/styles_eval.py).

First run, at fea1779 (main 6d4af12 plus the set), before any change: quote recall 1.0, name
accuracy 0.8706 (74/85). The floor is the figure after h20w's fixes minus 0.02; the errors left are
in the set's README. The tables below are sentences written for each mechanism, not the set's text.
"""
from pathlib import Path

import pytest
from attribution_helpers import extracted_speaker, extracted_speaker_name
from style_sets import check_gold_offsets, predict, styles_eval

HERE = Path(__file__).parent / "data"
SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us9": (91, 1.0 - 0.02, 0.8824 - 0.02),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request, nlp):
    data = HERE / request.param
    check_gold_offsets(data)
    return request.param, styles_eval().score(str(data), predict(nlp, data))


def test_set_names(scored):
    name, res = scored
    gold, recall, accuracy = SETS[name]
    assert res["gold_quotes"] == gold
    assert res["quote_recall"] >= recall
    assert res["quote_precision"] >= 0.98
    assert res["name_accuracy"] >= accuracy, res["name_errors"]


speaker_name = extracted_speaker_name


# A body's "Member" written before the name is her title, as "Councilwoman" is: US local copy
# writes "City Council Member X", "School Board Member X", "Assembly Member X", "Councilmember X"
# (AP's and many cities' spelling), and the name is the person's without it.
@pytest.mark.parametrize("text, quote, name", [
    # community paper: the title in a subject's name, the quote by "she said" a paragraph later
    ("ST. PAUL — The market opened at 7.\n\n"
     "City Council Member Nhia Lor-Kaufman, whose ward includes the market, said she grew up there.\n\n"
     "\"We fought to keep this market downtown,\" she said.",
     "We fought to keep this market downtown,", "Nhia Lor-Kaufman"),
    # school board meeting: inverted cue
    ("\"Taxes are too high,\" said School Board Member Ann Ruiz, who voted no.",
     "Taxes are too high,", "Ann Ruiz"),
    # city hall, one word
    ("\"We will not cut the library,\" said Councilmember Bo Lee.",
     "We will not cut the library,", "Bo Lee"),
    # statehouse: party and district after the name
    ("SACRAMENTO — The Assembly voted on Monday.\n\n\"The bill is dead,\" said Assembly Member Rosa Diaz, D-Fresno.",
     "The bill is dead,", "Rosa Diaz"),
    # a man, a community board
    ("Community Board Member Marcus Tillery said the vote was rushed. \"Nobody read it,\" Tillery said.",
     "Nobody read it,", "Marcus Tillery"),
])
def test_member_title(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # an unnamed member stays a description: no name to strip a title from
    ("A member of the club, who asked not to be named, was angry.\n\n"
     "\"They lied to us,\" the member said.", "They lied to us,", "Member"),
])
def test_member_title_unnamed(nlp, text, quote, wrong):
    got = speaker_name(nlp, text, quote)
    assert got is None or wrong not in got.split(" ") or got == "member"
