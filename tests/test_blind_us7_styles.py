"""The blind_us7 set (8 US political, newsletter, TV-interview, court, column, explainer and
immigration articles): written in session 13 (helper h19u) before quotex was run on them and
without reading its source, each with a gold speaker name for every quotation
(tests/data/blind_us7/NAME.gold.jsonl, built from src/ by benchmarks/build_style_set.py; see
benchmarks/styles_eval.py).

First run, at 8785d17 (main 909bd3c plus the set), before any change: quote recall 1.0, name
accuracy 0.8272 (67/81). The floor is the figure after h19u's fixes minus 0.02; the errors left are
in the set's README. The tables below are sentences written for each mechanism, not the set's text.
"""
from pathlib import Path

import pytest
from attribution_helpers import extracted_speaker_name
from style_sets import check_gold_offsets, predict, styles_eval

HERE = Path(__file__).parent / "data"
SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us7": (91, 1.0 - 0.02, 0.8519 - 0.02),
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


# "the Texas senator" agrees with a senator whose state is written after the name, as US political
# copy gives it ("Sen. X of Texas", "Sen. X, R-Texas,", "Rep. X (D-N.M.)", AP short forms
# included), not only with one titled "Texas Sen. X"; a senator of another state is not it.
@pytest.mark.parametrize("text, quote, name", [
    # campaign: "of Texas" after the name, the description in the next paragraph
    ("DES MOINES, Iowa — Sen. Wade Calloway of Texas attacked the governor on Saturday.\n\n"
     "“We are not going to win this by sending another moderate,” the Texas senator told supporters.",
     "We are not going to win this by sending another moderate,", "Wade Calloway"),
    # Washington: party and AP short form of the state, a woman
    ("Sen. Elena Marquez-Boyd (D-N.M.) negotiated the bill for months.\n\n"
     "Critics called it weak. “We got the best deal on the table,” the New Mexico senator said.",
     "We got the best deal on the table,", "Elena Marquez-Boyd"),
    # TV: "R-Ariz." and "the Arizona senator" after another senator was named
    ("Sen. Ray Calder, R-Ariz., appeared on Fox News. Sen. Tom Reed of Maine appeared on CNN.\n\n"
     "“It can be both,” the Arizona senator said.",
     "It can be both,", "Ray Calder"),
    # House: a representative with "D-Ohio", the Ohio congresswoman
    ("Rep. Dana Feld, D-Ohio, voted against the package on Friday.\n\n"
     "“This is a ransom note,” the Ohio congresswoman said.",
     "This is a ransom note,", "Dana Feld"),
])
def test_place_after_the_name(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote", [
    # a senator of another state is not "the Ohio senator" (someone the article did not name)
    ("Sen. Tom Reed of Maine spoke first.\n\n“We need a vote,” the Ohio senator said.", "We need a vote,"),
    ("Sen. Ray Calder, R-Ariz., spoke first.\n\n“We need a vote,” the Texas senator said.", "We need a vote,"),
])
def test_place_after_the_name_other_state(nlp, text, quote):
    got = speaker_name(nlp, text, quote)
    assert got not in ("Tom Reed", "Ray Calder")


# A paragraph that opens with a dateline ("ANKENY, Iowa —", "NEW YORK —") is no speaker: when the
# parser makes the dateline the subject and hangs the lead's name on it, the name after the dash
# speaks.
@pytest.mark.parametrize("text, quote, name", [
    # campaign, after a headline and a byline
    ("Calloway, Delahunt trade jabs as Iowa caucuses near\n\nBy Andrea Voss\n\n"
     "ANKENY, Iowa — Sen. Wade Calloway of Texas sharpened his attacks on Ohio Gov. Marcus Delahunt "
     "on Saturday, telling a packed rally that the governor had “never met a tax he didn't want to raise.”",
     "never met a tax he didn't want to raise.", "Wade Calloway"),
    # local news, a woman mayor
    ("Council approves budget\n\nBy Staff\n\n"
     "BOSTON — Mayor Ann Lee opened the session Monday, telling reporters the city would "
     "“not balance this budget on the backs of renters.”",
     "not balance this budget on the backs of renters.", "Ann Lee"),
    # sports
    ("Novak blanks Wild\n\n"
     "CHICAGO — Petr Novak stopped 31 shots Tuesday night, calling the shutout “a team thing, "
     "not a goalie thing.”",
     "a team thing, not a goalie thing.", "Petr Novak"),
])
def test_name_after_dateline(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote", [
    # no name after the dash: the description stays, the dateline never speaks
    ("Council approves budget\n\nBOSTON — The mayor opened the session Monday, telling reporters the "
     "city would “not balance this budget on the backs of renters.”",
     "not balance this budget on the backs of renters."),
])
def test_dateline_never_speaks(nlp, text, quote):
    assert speaker_name(nlp, text, quote) not in ("BOSTON", "Boston")
