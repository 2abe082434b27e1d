"""A name that only modifies a noun ("between Finch and Eglinton stations") is half a mention,
for organisations as for people, so the "it said" after it goes
to the organisation the story is about.

Mechanisms (antecedents): the MODIFIER weight of a mention, for an organisation's name the parser
made a noun's nominal modifier and the names coordinated with it (``_names_a_thing``; a person's
compound or possessive, ``_embedded``, as before); and a name the recogniser
tagged a person that the entity table, by all the document's mentions, holds as an organisation
("Manitoba Hydro says …") is an organisation for "it". Sentences written for these
tests (transit, utility, sports and council news).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ("The Toronto Transit Commission says service on Line 1 will be reduced this weekend.\n\n"
     "In a news release Thursday, it said shuttle buses would run between Finch and Eglinton stations. "
     "\"We know this is an inconvenience,\" it said.", "We know this is an inconvenience,",
     "Toronto Transit Commission"),
    ("Manitoba Hydro says crews will work through the night. It said the outage began near the Pointe du "
     "Bois and Slave Falls stations. \"Safety comes first,\" it said.", "Safety comes first,", "Manitoba Hydro"),
    # a name that acts is a mention of its own: the "it" is the organisation named last as a subject
    ("Manitoba Hydro blamed the storm. The Winnipeg Transit Commission said buses were delayed. \"Expect "
     "delays of 30 minutes,\" it said.", "Expect delays of 30 minutes,", "Winnipeg Transit Commission"),
    # a name that only says whose the crews are weighs half: the utility the story is about speaks
    ("Manitoba Hydro blamed the storm. Crews from Hydro One arrived Tuesday. \"Safety comes first,\" it said.",
     "Safety comes first,", "Manitoba Hydro"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_modifier_names_weigh_less(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
