"""The blind_us8 set (8 US articles in genres the earlier sets lack: a wire dispatch from abroad,
entertainment, an obituary, a tech launch, local TV on a wildfire, a school board meeting, a
fact-check and a police news conference): written in session 14 (helper h20u) before quotex was run
on them and without reading its source, each with a gold speaker name for every quotation
(tests/data/blind_us8/NAME.gold.jsonl, built from src/ by benchmarks/build_style_set.py; see
benchmarks/styles_eval.py).

First run, at bf1a49a (main 6d4af12 plus the set), before any change: quote recall 0.9619 (the
four quotes missed are titles and signs nobody said), name accuracy 0.8404 (79/94). The floor is the
figure after h20u's fixes minus 0.02; the errors left are in the set's README. The tables below are
sentences written for each mechanism, not the set's text.
"""
import pytest
from attribution_helpers import extracted_speaker_name
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us8": (105, 0.9619 - 0.02, 0.9468 - 0.02),
}


scored, test_set_names = floor_tests(SETS)


speaker_name = extracted_speaker_name


# "According to" a record that names no one (an affidavit, a transcript, court records) tells where
# the words were written down; the speech verb of the same sentence names who said them. A named
# outlet's or organisation's account stays the source, as before.
@pytest.mark.parametrize("text, quote, name", [
    # police: a suspect's words in an affidavit
    ("Dustin Ray Mayfield, 29, was arrested Saturday.\n\n"
     "“I never wanted to hurt anybody,” he told detectives, according to the affidavit.",
     "I never wanted to hurt anybody,", "Dustin Ray Mayfield"),
    # wire: a prime minister's words in his office's transcript
    ("LIMA, Peru (AP) — Prime Minister Gustavo Arrieta Salas told state television that the "
     "government would investigate.\n\n"
     "“Those responsible will answer for it,” he said, according to a transcript released by his office.",
     "Those responsible will answer for it,", "Gustavo Arrieta Salas"),
    # court: a woman's partial quote before "according to court records"
    ("Tamika Ross, 41, of Dayton, was charged Friday.\n\n"
     "Ross told officers she had “only borrowed the car,” according to court records.",
     "only borrowed the car,", "Tamika Ross"),
    # police: "According to" first, a day inside the record's phrase
    ("Kendra Pryor, 34, of Tampa, was charged Sunday.\n\n"
     "According to a criminal complaint filed Monday morning, Pryor told officers that she “just wanted "
     "to scare him.”", "just wanted to scare him.", "Kendra Pryor"),
    # wire: the next sentence of the same quote goes on with the prime minister, not the transcript
    ("Prime Minister Gustavo Arrieta Salas spoke to state television.\n\n"
     "“If rules were broken, those responsible will answer for it,” he said, according to a transcript "
     "released by his office. “But today our task is to bring these men home.”",
     "But today our task is to bring these men home.", "Gustavo Arrieta Salas"),
])
def test_record_behind_according_to(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A record "of" the event it reproduces ("a transcript of the show", "a recording of the call") is
# the source PolNeAR's annotators credit, nested speech and all ("“…,” Hewitt said, according to a
# transcript of the show" is the transcript's on PolNeAR train): it stays the speaker.
@pytest.mark.parametrize("text, quote, name", [
    ("Gerald Fitch called 911 from his porch.\n\n"
     "“There's smoke coming out of every window,” Fitch told the dispatcher, according to a recording of the call.",
     "There's smoke coming out of every window,", "recording of the call"),
    ("Radio host Hugh Hewitt pressed the candidate.\n\n"
     "“But he is not sympathetic to them,” Hewitt said, according to a transcript of the show.",
     "But he is not sympathetic to them,", "transcript of the show"),
])
def test_record_of_an_event_stays_the_source(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a named outlet's account or an organisation stays the source
    ("“We will win,” Walker said, according to an AP account.", "We will win,", "AP"),
    ("Officials have “no plan at all,” according to the Government Accountability Office.",
     "no plan at all,", "Government Accountability Office"),
    # with no speech verb of its own, the record is all there is
    ("The blaze was “fully involved” by 3 a.m., according to the incident report.",
     "fully involved", "incident report"),
])
def test_named_or_only_source_after_according_to(nlp, text, quote, name):
    got = speaker_name(nlp, text, quote)
    assert got is not None and name in got


# A US school district is named by its schools ("Columbus City Schools", "Fairfax County Public
# Schools"): the name is read whole though the recogniser tags only the city (a first name too),
# and "the district" finds it. A single school is no district, nor is a company.
@pytest.mark.parametrize("text, quote, name", [
    # school board story: the district by its email
    ("Columbus City Schools could eliminate 40 bus routes next fall under a budget plan.\n\n"
     "In an email sent to families on Monday, the district said the plan “is one of several options.”",
     "is one of several options.", "Columbus City Schools"),
    # local TV: a county district, a statement
    ("Fairfax County Public Schools will start classes later next year.\n\n"
     "“Teenagers need sleep,” the district said in a statement.", "Teenagers need sleep,",
     "Fairfax County Public Schools"),
    # a high school named between is not the district
    ("Columbus City Schools may end bus service for high schoolers. Jaylen Brooks, 16, a junior at "
     "Briggs High School, said he takes a city bus already.\n\n"
     "“No final decision has been made,” the district said.", "No final decision has been made,",
     "Columbus City Schools"),
    # the district named by its schools, speaking after a transit agency
    ("Metro Transit cut four routes. Columbus City Schools said it would wait.\n\n"
     "“We are not there yet,” the district said.", "We are not there yet,", "Columbus City Schools"),
])
def test_school_district_by_its_schools(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a name that says another type stays its own ("the union" is not the district)
    ("Columbus City Schools could eliminate 40 bus routes. The Columbus Education Association "
     "opposed the plan.\n\n“We will keep talking,” the union said.", "We will keep talking,",
     "Columbus Education Association"),
    # a person whose first name is a place's stays a person
    ("Actor Columbus Treadwell told reporters he was done with television.\n\n"
     "“I want to direct,” Treadwell said.", "I want to direct,", "Columbus Treadwell"),
])
def test_school_district_negatives(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# "The N-year-old said" when nobody was given that age, after a sentence whose subject is
# "he"/"she": the person that pronoun stands for (the person named last before it when a bare surname
# says no sex), not a speaker named as a subject a paragraph earlier. A surname the recogniser left
# untagged, given a person's role in apposition ("Marsh, the co-founder,"), is a person named there.
@pytest.mark.parametrize("text, quote, name", [
    # tech launch: the co-founder in apposition, untagged, then "he said"
    ("Co-founder Evan Marsh stepped down two years ago.\n\n"
     "Sam Oyelaran, who covers consumer hardware for Forrester, said the price was high.\n\n"
     "“Five hundred dollars is a lot to pay,” Oyelaran said.\n\n"
     "Marsh, the co-founder, who still sits on the board, watched from the front row. In a brief "
     "interview, he said he had worn a prototype to his daughter's wedding.\n\n"
     "“Nobody noticed,” the 58-year-old said.", "Nobody noticed,", "Evan Marsh"),
    # business: a surname alone with a role, the analyst before is a woman
    ("Lena Castillo, who covers retail for Morningstar, said the launch was late.\n\n"
     "“They needed this a year ago,” Castillo said.\n\n"
     "Hartley, the founder, watched from the back of the room. Afterward, he said the company had "
     "waited on purpose.\n\n“We wanted it right, not first,” the 61-year-old said.",
     "We wanted it right, not first,", "Hartley"),
    # local: the age given, the pronoun agrees
    ("Maria Delgado, 67, lost her home. Her neighbor Jim Kowalczyk, 45, lost his barn.\n\n"
     "Kowalczyk said he would rebuild. She said she would not.\n\n"
     "“I'm too old to start over,” the 67-year-old said.", "I'm too old to start over,", "Maria Delgado"),
])
def test_age_after_a_pronoun_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # a pronoun of the other sex is nobody the named man is: not the analyst either way
    ("Brent Ocampo, a retired teacher, spoke first.\n\n“Our kids deserve better,” Ocampo said.\n\n"
     "Tasha Reyes, the board president, thanked him. Later, she said the board had listened.\n\n"
     "“We asked for a map,” the 38-year-old said.", "We asked for a map,", "Brent Ocampo"),
])
def test_age_after_a_pronoun_subject_negative(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


@pytest.mark.parametrize("text, quote, name", [
    # an organisation's type in apposition stays an organisation: "the company" is it
    ("Halverd, the San Jose company, cut prices on Tuesday.\n\n“We had to,” the company said.",
     "We had to,", "Halverd"),
])
def test_role_in_apposition_not_for_organisations(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A definite description with a modifier of its own that is the subject of a clause of time in the
# name's sentence ("since the Grammy-winning singer canceled") or of the next sentence ("The veteran
# winger has 14 goals") names again the person just named as a subject: its noun is that person's
# role, what a later "the singer said" finds her by. Not a participle that picks out another
# ("the arresting officer"), an ordinal ("the 43rd president"), one inside a reported clause, nor a
# description with its own name ("The new principal, Dana Ruiz,").
@pytest.mark.parametrize("text, quote, name", [
    # entertainment lede: a clause of time in the name's sentence, a title in quotes between
    ("LOS ANGELES — Kelsey Marchetti walked the red carpet at the premiere of “Harbor Lights” on Thursday, "
     "her first appearance since the Grammy-winning singer canceled her tour.\n\n"
     "“I needed a break,” Marchetti said.\n\n"
     "The singer had told People magazine that she was dealing with “a lot of anxiety.”",
     "a lot of anxiety.", "Kelsey Marchetti"),
    # sports: the next sentence, a position, the coach quoted between
    ("Maple Leafs forward Jonas Berglund scored twice Saturday. The veteran winger has 14 goals this season.\n\n"
     "Coach Mike Dunlap praised the line.\n\n“He plays the right way,” Dunlap said.\n\n"
     "“We just kept shooting,” the winger said.", "We just kept shooting,", "Jonas Berglund"),
    # politics: a woman with no title, a congressman quoted between
    ("Ada Whitcomb voted against the bill on Tuesday. The first-term senator had promised to oppose it.\n\n"
     "Rep. Carl Dorsey, who wrote the bill, said he was disappointed.\n\n“It was a good bill,” Dorsey said.\n\n"
     "Later, the senator told reporters the bill “went too far.”", "went too far.", "Ada Whitcomb"),
    # business: a clause of time, an analyst between
    ("Priya Natarajan introduced the glasses on Tuesday, two years after the longtime executive took over "
     "the company.\n\n“It sees what you see,” she said.\n\nAnalyst Sam Oyelaran called the price high.\n\n"
     "The executive said the company “will not sell your data.”", "will not sell your data.", "Priya Natarajan"),
])
def test_description_naming_again(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # a participle picks out another person
    ("Tom Reed was arrested on Friday. The arresting officer said Reed had a gun.\n\n"
     "“He reached for his waistband,” the officer said.", "He reached for his waistband,", "Tom Reed"),
    # an ordinal inside a reported clause: someone else
    ("Tom Reed said that the 43rd president was responsible for the attacks.\n\n"
     "“We were not safe,” the president said.", "We were not safe,", "Tom Reed"),
    # a description with its own name is that person, not the mayor before
    ("Mayor Ann Cole spoke first. The new principal, Dana Ruiz, thanked her.\n\n"
     "“We are ready,” the principal said.", "We are ready,", "Ann Cole"),
    # someone else named between: the French president is not President Obama
    ("Rob Delaney had a talk this week with Francois Hollande. The French president expressed condolences.\n\n"
     "“We stand with you,” the president said.", "We stand with you,", "Rob Delaney"),
])
def test_description_naming_again_negative(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# A rank makes another office in stage 1's candidates too, as in stage 2: "the minister" (and the
# "she" after it) is the energy minister, not the prime minister named after her; "the prime
# minister" and "the deputy mayor" are the ranked ones.
@pytest.mark.parametrize("text, quote, name", [
    # wire: a pronoun after "the minister", a spokeswoman quoted between
    ("Energy Minister Rosa Quispe flew to the site on Monday. Prime Minister Gustavo Arrieta told state "
     "television the government would investigate.\n\nIn Washington, State Department spokeswoman Allison "
     "Merriweather said the embassy was in contact with officials.\n\n“We are ready to help,” she said.\n\n"
     "Late Tuesday, the minister urged caution.\n\n“I do not want to give false hope,” she said.",
     "I do not want to give false hope,", "Rosa Quispe"),
    # a minister named before the prime minister, "the minister said"
    ("Health Minister Carla Dunne spoke after Prime Minister Ahmed Raza.\n\n“We will hire 2,000 nurses,” "
     "the minister said.", "We will hire 2,000 nurses,", "Carla Dunne"),
    # the ranked description finds the ranked office
    ("Finance Minister Laura Kessel presented the budget. Prime Minister Daniel Roth defended it in the "
     "House.\n\nOpposition leader Mark Tully called it a gift to banks.\n\n“This is a responsible plan,” "
     "the prime minister said.", "This is a responsible plan,", "Daniel Roth"),
    ("Deputy Mayor Farah Siddiqui opened the meeting. Mayor Tom Becker arrived late.\n\n"
     "“We have work to do,” the deputy mayor said.", "We have work to do,", "Farah Siddiqui"),
])
def test_rank_makes_another_office(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A person's name the recogniser cut after the given names ("Rosa Elvira" of "Rosa Elvira Quispe
# Mamani"; the parser hangs them on the surnames) is read whole; the first surname alone ("Quispe
# told reporters") and the cut form stage 1 knew her by are that person.
@pytest.mark.parametrize("text, quote, name", [
    ("LIMA, Peru (AP) — Energy and Mines Minister Rosa Elvira Quispe Mamani, who flew to the site on "
     "Monday, said the drill had broken into a gallery.\n\n“We are listening,” Quispe told reporters.",
     "We are listening,", "Rosa Elvira Quispe Mamani"),
    ("Labor Minister José Luis Ramírez Ortega said the strike was illegal.\n\nIn Washington, spokeswoman "
     "Allison Merriweather said the embassy was watching.\n\n“We are concerned,” she said.\n\n"
     "Late Tuesday, the labor minister spoke again. He said talks would resume.\n\n"
     "“Nobody wants a long strike,” he said.", "Nobody wants a long strike,", "José Luis Ramírez Ortega"),
])
def test_surnames_the_recogniser_cut(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # an organisation's word after a person's name is no surname
    ("The Melinda Harwood Foundation gave $2 million to the clinic.\n\n"
     "“We are proud to help,” the foundation said.", "We are proud to help,", "Melinda Harwood Foundation"),
])
def test_surnames_the_recogniser_cut_negative(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A fact check's section label opening a paragraph before a colon is no speaker ("Claim: “…”",
# "Ruling: “…”"); a name before the colon still is.
@pytest.mark.parametrize("text, quote", [
    ("Fact-check: Did the tax go up?\n\nClaim: “The gas tax went up every single year.”\n\n"
     "Claimed by: State Sen. Curtis Lindahl", "The gas tax went up every single year."),
    ("Our sources are below.\n\nRuling: “The claim leaves out the registration fees.”\n\nThe senator disagreed.",
     "The claim leaves out the registration fees."),
])
def test_fact_check_labels(nlp, text, quote):
    assert speaker_name(nlp, text, quote) not in ("Claim", "Ruling")


@pytest.mark.parametrize("text, quote, name", [
    ("Lindahl: “I am not going to apologize.”\n\nThe senator spoke by phone.", "I am not going to apologize.",
     "Lindahl"),
])
def test_fact_check_labels_names_stay(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name
