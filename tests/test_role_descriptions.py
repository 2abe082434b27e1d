"""A description that names again the person the story just reported or titled, through the real
model: each row a short passage we wrote (sports, business, politics, courts; Canadian and US
habits), the quote and the name quotex must give.

* a new description after a paragraph break ("the goaltender", "the veteran") is the subject of
  the sentence before when that person has spoken already, in a quote or in reported speech
  ("Hellberg said he was glad …") -- not someone who was only arrested or named
  (quotex.resolution.resolve._renamed);
* the name in apposition to a subject is the subject ("A cashier at a Regina store, Tom Nguyen,
  said …"), so "the 45-year-old" with no age given finds her (entities.name_mention);
* a title before the name in apposition keeps its complement ("Ontario's minister of northern
  development, Greg Lamb,"), so "the minister" finds him (entities.title_in_front).
"""
import pytest
from attribution_helpers import extracted_speaker_name

CASES = [
    # sports: the one who spoke in reported speech just before
    ("Connor Hellberg made 30 saves for the Jets.\n\nHellberg said he was glad his teammates bailed him out.\n\n"
     "“That third goal, I would like to have back,” the goaltender said.",
     "That third goal, I would like to have back,", "Connor Hellberg"),
    ("Striker Aisha Mensah scored twice on Saturday.\n\nMensah said the team had worked all week on set pieces.\n\n"
     "“It paid off,” the 24-year-old forward said.", "It paid off,", "Aisha Mensah"),
    # business: the name in apposition to the subject, then an age with no age given
    ("A cashier at a Regina store, Tom Nguyen, said the offer amounted to “pennies.”\n\n"
     "“They made record profits last year,” the 45-year-old said.", "They made record profits last year,",
     "Tom Nguyen"),
    ("A longtime customer, Ruth Adair, said the store was the heart of the town.\n\n"
     "“Where will we go now?” the retired teacher asked.", "Where will we go now?", "Ruth Adair"),
    # politics: a title with its complement before the name
    ("Ontario's minister of northern development, Greg Lamb, defended the decision in the legislature.\n\n"
     "“The duty to consult was met,” the minister said.", "The duty to consult was met,", "Greg Lamb"),
    ("The state's secretary of agriculture, Dana Whitfield, toured the flooded farms.\n\n"
     "“We will have aid out by Friday,” the secretary said.", "We will have aid out by Friday,", "Dana Whitfield"),
]

NEGATIVE = [
    # arrested, never speaking: "the officer" is someone else
    ("Tom Reed, 41, was arrested Tuesday. Reed was held overnight.\n\n“He did not resist,” the officer said.",
     "He did not resist,", "officer"),
    # within one paragraph the description may be someone else
    ("Bob Stone said the store would close. “We did our best,” the manager said.", "We did our best,", "manager"),
    # a spokesman is someone else's
    ("Ann Lee said the plan had failed.\n\n“We are ready,” the spokesman said.", "We are ready,", "spokesman"),
]


@pytest.mark.parametrize("text,quote,name", CASES + NEGATIVE)
def test_description_of_the_person_just_reported(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
