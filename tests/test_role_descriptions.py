"""A description that names again the person the story just reported or titled, through the real
model: each row a short passage we wrote (sports, business, politics, courts; Canadian and US
habits), the quote and the name quotex must give.

* a new description after a paragraph break ("the goaltender", "the veteran") is the subject of
  the sentence before when that person has spoken already, in a quote or in reported speech
  ("Hellberg said he was glad …") -- not someone who was only arrested or named
  (quotex.resolution.resolve._renamed);
* the name in apposition to a subject is the subject ("A cashier at a Regina store, Tom Nguyen,
  said …"), so "the 45-year-old" with no age given finds her (entities.name_mention);
* a player's position the tagger reads as an adverb ("the Flames forward said", "the Bills running
  back said") heads the subject (quotex.nlp.repairs) and is a role and a title ("running back
  Isaiah Grant … the running back said");
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

SPORTS = [
    # a position the tagger reads as an adverb ("forward", "back"), with a team before it
    ("Calgary’s Matthew Tkachenko was called for slashing.\n\nTkachenko disagreed with the call.\n\n"
     "\"I barely touched him,\" the Flames forward said.", "I barely touched him,", "Matthew Tkachenko"),
    ("Derrick Mays ran for 140 yards.\n\nMays said the line opened holes all day.\n\n"
     "\"They made it easy,\" the Bills running back said.", "They made it easy,", "Derrick Mays"),
    # the position as a title before the name, then the description in the same paragraph
    ("Michigan led 20-10 behind running back Isaiah Grant, who ran for 147 yards.\n\n"
     "\"We got conservative,\" coach Sharon Pryor said.\n\nGrant, a sophomore, was more blunt. "
     "\"We let it slip,\" the running back said.", "We let it slip,", "Isaiah Grant"),
    # a place or a party is no team: "the Florida senator" is for the titles to say
    ("Rubio spoke in Miami.\n\nRubio said the race was close.\n\n“We will win,” the Florida senator said.",
     "We will win,", "Florida senator"),
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


@pytest.mark.parametrize("text,quote,name", CASES + SPORTS + NEGATIVE)
def test_description_of_the_person_just_reported(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text,head", [
    ("“I barely touched him,” the Flames forward said.", "forward"),
    ("“We ran well,” the Bills running back said.", "back"),
    ("“We ran well,” the star running back told reporters.", "back"),
])
def test_a_position_read_as_an_adverb_heads_the_subject(nlp, text, head):
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in ("said", "told"))
    subj = [t for t in verb.children if t.dep_ == "nsubj"]
    assert [t.text for t in subj] == [head] and subj[0].pos_ == "NOUN"


@pytest.mark.parametrize("text,word", [
    ("The team moved forward quickly.", "forward"),
    ("The company pushed back on Monday.", "back"),
    ("The Senate sent the bill back to committee.", "back"),
])
def test_adverbs_stay_adverbs(nlp, text, word):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert tok.pos_ in ("ADV", "ADP") and tok.dep_ != "nsubj"
