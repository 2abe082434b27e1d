"""US newsroom habits in speaker names (helper h13u, blind_us set): people who share a surname, and
surnames written with a second capital ("McAdory", "DeShawn"). Passages we wrote; the real model."""
import re

import pytest

from quotex.attribution.attribute import DocState
from quotex.resolution.names import clean_name, name_cased
from quotex.text.windows import extract_text


def speaker_name(nlp, text, quote):
    quotes = {q.text: q for q in extract_text(text, nlp, state=DocState())}
    assert quote in quotes, f"quote {quote!r} not found in {list(quotes)}"
    sp = quotes[quote].speaker
    assert sp is not None and text[sp.start:sp.end] == sp.text
    return sp.name


FILLER = "The weather had turned cold by then, and the roads north of town were closed for most of the week. "

# A surname the writer has been using for one person stays that person's after a relative with the
# same surname is named in passing; a relative named right before the cue takes it.
OWNER_CASES = [
    ('Harold Nygaard climbs the tower every morning. "Somebody should," Nygaard says. '
     'His father, Anders Nygaard, kept the light until 1987.\n\n' + FILLER + FILLER +
     '"The lake never cared how I felt," Nygaard says.', "The lake never cared how I felt,", "Harold Nygaard"),
    ('Maria Lopez has run the bakery since 1998. "We never close," Lopez says. '
     'Her mother, Rosa Lopez, opened it in 1971.\n\n' + FILLER + FILLER +
     '"Bread does not wait," Lopez says.', "Bread does not wait,", "Maria Lopez"),
    # The relative named right before the cue: that one (the writer's "Dufresne" after his name).
    ('Elaine Dufresne wants charges laid. "Sorry is not enough," Dufresne said. '
     'Her son, Marc Dufresne, drove in. "She deserved better," Dufresne said.', "She deserved better,",
     "Marc Dufresne"),
    # Nobody was called by the bare surname before the second name came: the one named last.
    ('Gord Downie\'s brother Mike Downie spoke first. "He loved this town," Downie said.',
     "He loved this town,", "Mike Downie"),
]


@pytest.mark.parametrize("text,quote,name", OWNER_CASES)
def test_shared_surname_stays_with_its_first_owner(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# "Mr."/"Mrs." + a shared surname: the sex the article gives each (kin titles such as "her husband,
# Minh Nguyen"), not what a name list makes of a first name it cannot be sure of.
HONORIFIC_CASES = [
    ('Thanh Nguyen opened the shop in 1991 with her husband, Minh Nguyen. ' + FILLER +
     '"Twelve hours, not eleven," Mrs. Nguyen says.', "Twelve hours, not eleven,", "Thanh Nguyen"),
    ('Thanh Nguyen opened the shop in 1991 with her husband, Minh Nguyen. ' + FILLER + FILLER + FILLER +
     FILLER + '"She was right," Mr. Nguyen says.', "She was right,", "Minh Nguyen"),
    ('Jordan Hassan runs the garage with his wife, Robin Hassan. ' + FILLER +
     '"We fix anything," Mr. Hassan said.', "We fix anything,", "Jordan Hassan"),
    ('Jordan Hassan runs the garage with his wife, Robin Hassan. ' + FILLER +
     '"He fixes anything," Mrs. Hassan said.', "He fixes anything,", "Robin Hassan"),
]


@pytest.mark.parametrize("text,quote,name", HONORIFIC_CASES)
def test_honorific_picks_the_namesake_of_its_sex(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("word,ok", [
    ("McAdory", True), ("MacLeod", True), ("DeShawn", True), ("LeBlanc", True), ("DiNapoli", True),
    ("LaToya", True), ("O'Neal", True), ("Lee", True),
    ("NASA", False), ("iPhone", False), ("PayPal", False), ("DEA", False), ("McD", False),
])
def test_name_cased(word, ok):
    assert name_cased(word) is ok


# A camel-case surname as the subject just before "she said"/"he said" is the antecedent.
CAMEL_CASES = [
    ('Mayor Carolyn McAdory opened the meeting. ' + FILLER + 'Public works director Robin Tate said crews '
     'worked all night. ' + FILLER + '\n\nMcAdory urged residents to check on neighbors.\n\n'
     '"Knock on their doors," she said.', "Knock on their doors,", "Carolyn McAdory"),
    ('Coach DeShawn Miles ran the practice. ' + FILLER + 'Trainer Casey Ford said two players were hurt. '
     + FILLER + '\n\nMiles and Ford left early. DeShawn Miles was back on Monday. ' + FILLER +
     '\n\nMcKinley Park was closed.\n\nMiles urged fans to be patient.\n\n"We will be fine," he said.',
     "We will be fine,", "DeShawn Miles"),
]


@pytest.mark.parametrize("text,quote,name", CAMEL_CASES)
def test_camel_case_surname_is_an_antecedent(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A description by a role the article gave in other words: a synonym ("the lawyer" for an
# attorney), the profession of a title ("the pastor" for "the Rev."), a US prosecutor's title, a
# class year or a position in a game story. The negative rows: a prosecutor is no one's "lawyer",
# a defence attorney no "prosecutor", a pastor no "doctor".
ROLE_CASES = [
    ("Pruitt's attorney, Samuel H. Weiss, asked for three years. \"He wants to pay people back,\" the lawyer said.",
     "He wants to pay people back,", "Samuel H. Weiss"),
    ('Defense attorney Maria Ocampo called no witnesses. "The state has not proved its case," the lawyer said.',
     "The state has not proved its case,", "Maria Ocampo"),
    ('Assistant U.S. Attorney Kevin Kessler asked for eight years. "He stopped because he got caught," '
     'the prosecutor said.', "He stopped because he got caught,", "Kevin Kessler"),
    ('District Attorney Dana Whitfield filed the charges on Monday. "No one is above the law," the prosecutor said.',
     "No one is above the law,", "Dana Whitfield"),
    ('The Rev. Leon Brooks, pastor of New Covenant Church, asked young people to stop. "We are burying our '
     'children," the pastor said.', "We are burying our children,", "Leon Brooks"),
    ('The Rev. Ashley Clement opened the church doors at dawn. "Take the tarp," the minister said.',
     "Take the tarp,", "Ashley Clement"),
    ('Freshman Eli Yoder added 9 points off the bench. "People ask me that every day," the freshman said.',
     "People ask me that every day,", "Eli Yoder"),
    ('Rookie Jada Simmons scored twice in the third period. "I just shot it," the rookie said.',
     "I just shot it,", "Jada Simmons"),
    ('Justice Hélène Dubois sentenced him to six years. "The harm is lasting," the judge said.',
     "The harm is lasting,", "Hélène Dubois"),
    ('U.S. District Judge Mark Ellison read the letters. "Addiction explains. It does not excuse," the justice said.',
     "Addiction explains. It does not excuse,", "Mark Ellison"),
    # negative: nobody was given that role
    ('Assistant U.S. Attorney Kevin Kessler asked for eight years. "He got caught," the lawyer said.',
     "He got caught,", "lawyer"),
    ("Pruitt's attorney, Samuel H. Weiss, asked for three years. \"He wants to pay people back,\" the prosecutor said.",
     "He wants to pay people back,", "prosecutor"),
    ('The Rev. Leon Brooks led the vigil. "Nobody was hurt," the doctor said.', "Nobody was hurt,", "doctor"),
]


@pytest.mark.parametrize("text,quote,name", ROLE_CASES)
def test_role_description_by_synonym_or_title(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# The name after a description's complement is the speaker's ("a spokeswoman for the governor, Gina
# Morrow, said") unless it is the complement's person, named before or titled so; and a "who" the
# parser hung on a place is the person that place's phrase belongs to.
APPOSITION_CASES = [
    ('Gov. Anne Hollis froze hiring. A spokeswoman for the governor, Gina Morrow, said in a text message: '
     '"The governor welcomes everyone\'s ideas."', "The governor welcomes everyone's ideas.", "Gina Morrow"),
    ('A spokesman for the mayor, Tom Reyes, said, "We will review it."', "We will review it.", "Tom Reyes"),
    ('An aide to the senator, Mark Bell, said the talks were "going nowhere."', "going nowhere.", "Mark Bell"),
    ('Harmon Foods cut its forecast. A spokesperson for the company, Jill Kaczmarek, wrote: '
     '"This was a difficult decision."', "This was a difficult decision.", "Jill Kaczmarek"),
    # negative: the name is the mayor's, given before
    ('Mayor Tom Reyes spoke Monday. A spokesman for the mayor, Tom Reyes, said, "We will review it."',
     "We will review it.", "spokesman for the mayor"),
    # "who" after a place
    ('The judge read a letter from his daughter, Emily Pruitt, a nurse in Dayton, who wrote that her father '
     'had "never been the same" after the death.', "never been the same", "Emily Pruitt"),
    ('The letter came from Tom Hale, a teacher in Ohio, who wrote that the plan was "a disaster."',
     "a disaster.", "Tom Hale"),
    # negative: "which" may be the place itself
    ('The money went to Tulsa, which called the grant "a lifeline."', "a lifeline.", "Tulsa"),
]


@pytest.mark.parametrize("text,quote,name", APPOSITION_CASES)
def test_name_after_complement_and_who_after_place(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# An abbreviated title ("Gov.", "Sen.") is the role a later description uses, also as the antecedent
# of a pronoun; an age no one was given on a role noun lets the role decide; the name after "a
# spokeswoman for the governor" is titled spokeswoman, not governor.
TITLE_CASES = [
    ('Gov. Anne Hollis spoke first. A spokeswoman for the governor, Gina Morrow, said in a text message: '
     '"She welcomes ideas." ' + FILLER + '\n\nThe 61-year-old governor, now in her second term, has held '
     'the line on taxes.\n\n"That fund is for a rainy day," she said.', "That fund is for a rainy day,",
     "Anne Hollis"),
    ('Sen. Roger Whitley wrote to the Pentagon. ' + FILLER + '\n\nThe 58-year-old senator, a former Army '
     'captain, said he would keep pressing.\n\n"I wore the uniform," he said.', "I wore the uniform,",
     "Roger Whitley"),
    ('Gov. Anne Hollis froze hiring. A spokeswoman for the governor, Gina Morrow, said the freeze was '
     'temporary. Hollis spoke later. "No," the governor said.', "No,", "Anne Hollis"),
    # negative: the age fits nobody and no one had the role: the description stays
    ('Sen. Roger Whitley wrote to the Pentagon. "We want answers," the 40-year-old mayor said.',
     "We want answers,", "40-year-old mayor"),
]


@pytest.mark.parametrize("text,quote,name", TITLE_CASES)
def test_abbreviated_titles_and_aged_roles(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# "I" in a Q&A answer or a transcript line labelled with a speaker is that speaker, not the writer.
LABEL_CASES = [
    ('Latrice Overton became superintendent in July.\n\nChalkbeat: What is the plan?\n\nOverton: We adopted a '
     'new curriculum. I tell people, "Give it three years before you judge it." But I will not hide.',
     "Give it three years before you judge it.", "Latrice Overton"),
    ('Hospital CEO Daniel Ferris walked me down the hallway.\n\nDANIEL FERRIS: We were losing money. I told the '
     'board, "We cannot keep doing this."', "We cannot keep doing this.", "Daniel Ferris"),
    ('Coach Tom Reyes spoke after practice.\n\nQ: What did you tell them?\n\nReyes: I said, "Go get it." They did.',
     "Go get it.", "Tom Reyes"),
    # negative: no label, or a label that is nobody the article names
    ('I was not off to a good start. "Okay," I said, trying again.', "Okay,", "author"),
    ('Note: I asked the mayor twice. "No comment," I wrote down.', "No comment,", "author"),
]


@pytest.mark.parametrize("text,quote,name", LABEL_CASES)
def test_first_person_in_a_labelled_line(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A nickname in quotes inside a name ('Sen. Charles "Chuck" Brennan') is one person's name, and the
# speaker's; the recogniser alone cuts it in two. The nickname quote itself is not a name.
NICKNAME_CASES = [
    ('The Senate\'s top Democrat, Sen. Charles "Chuck" Brennan of New York, said on the floor that '
     'Republicans were "holding victims hostage."', "holding victims hostage.", "Charles Brennan"),
    ('The city\'s public works director, Lonnie "Bo" Tillman, said crews found a second leak. '
     '"It is like an old truck," Tillman said.', "It is like an old truck,", "Lonnie Tillman"),
    ('Lt. Gov. Walter “Wally” Prescott stood at the back. “A freeze is a start,” Prescott said.',
     "A freeze is a start,", "Walter Prescott"),
    ('Coach Maria “Mo” Delgado watched from the bench. “We got tired,” Delgado said.', "We got tired,",
     "Maria Delgado"),
]


@pytest.mark.parametrize("text,quote,name", NICKNAME_CASES)
def test_nickname_inside_a_name(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text,joined", [
    ('Sen. Charles "Chuck" Brennan spoke.', 'Charles "Chuck" Brennan'),
    ('Lonnie “Bo” Tillman said so.', 'Lonnie “Bo” Tillman'),
    # negative: no first name before the quote, or not one capitalised word
    ('Trump Slams "Crooked" Rivals Again', None),
    ('He called it "Big" Tuesday.', None),
    ('Ann "the Hammer" Lee won.', None),
])
def test_join_nicknames(nlp, text, joined):
    doc = nlp(text)
    people = [e.text for e in doc.ents if e.label_ == "PERSON" and re.search(r'\s["“][A-Z]\w*["”]\s', e.text)]
    assert (people[0] if people else None) == joined


@pytest.mark.parametrize("text,name", [
    ('Sen. Charles "Chuck" Brennan', "Charles Brennan"), ("Lonnie “Bo” Tillman", "Lonnie Tillman"),
    ("Bob Stone", "Bob Stone"), ("Mr. O'Neal", "O'Neal"),
])
def test_clean_name_drops_nickname(text, name):
    assert clean_name(text) == name
