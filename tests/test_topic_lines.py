"""A Q&A write-up's topic lines (session 15): "Here is what Bills coach Sean McDermott said after
Sunday's loss:" then paragraphs "On the final drive: “…”", "On Josh Allen's injury: “…”". The
first line had no speaker (the intro paragraph is two paragraphs up by the second line), and a
topic naming a person gave the junk name "s" ("Allen's" read as a label's person). Each line is
the intro's speaker's; a person a topic names is what was asked about, never the speaker."""
import pytest
from attribution_helpers import extracted_speaker

SPORTS = ("Here is what Bills coach Sean McDermott said after Sunday's loss:\n\n"
          "On the final drive: \"We had a chance. We didn't execute.\"\n\n"
          "On Josh Allen's injury: \"He's day-to-day. We'll know more tomorrow.\"\n\n"
          "On the defense: \"They played their hearts out.\"")
POLITICS = ("Gov. Maura Healey took questions from reporters on Monday. Here are highlights:\n\n"
            "About the budget: \"We will not raise taxes this year.\"\n\n"
            "On Senate President Karen Spilka: \"She and I talk every day.\"")


@pytest.mark.parametrize("text, quote, name", [
    (SPORTS, "We had a chance. We didn't execute.", "Sean McDermott"),
    (SPORTS, "He's day-to-day. We'll know more tomorrow.", "Sean McDermott"),
    (SPORTS, "They played their hearts out.", "Sean McDermott"),
    (POLITICS, "She and I talk every day.", "Maura Healey"),
])
def test_topic_lines_take_the_intro_speaker(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


@pytest.mark.parametrize("text, quote", [
    # a topic that names a person, with no intro: no speaker rather than the person asked about
    ("On Josh Allen's injury: \"He's day-to-day. We'll know more tomorrow.\"", "He's day-to-day. We'll know more tomorrow."),
    # an intro that is itself a quote's paragraph hands nothing on
    ("\"We lost,\" McDermott said of the game:\n\nOn the defense: \"They played hard.\"", None),
])
def test_topic_lines_no_junk(nlp, text, quote):
    import quotex

    for q in quotex.extract(text, nlp=nlp):
        if q.speaker is not None:
            assert q.speaker.name not in ("s", "Josh Allen", "Allen")
