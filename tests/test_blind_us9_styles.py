"""The blind_us9 set (8 US statehouse-hearing, magazine, NPR web, Hmong community, Senate
confirmation hearing, prep football, crime and AP science articles): written in session 14 (helper
h20w) before quotex was run on them and without reading its source, each with a gold speaker name
for every quotation (tests/data/blind_us9/NAME.gold.jsonl, built from src/ by
benchmarks/build_style_set.py; see benchmarks/styles_eval.py).

First run, at fea1779 (main 6d4af12 plus the set), before any change: quote recall 1.0, name
accuracy 0.8706 (74/85). The floor is the figure after h20w's fixes minus 0.02; the errors left are
in the set's README. The tables below are sentences written for each mechanism, not the set's text.
"""
import pytest
from attribution_helpers import extracted_speaker, extracted_speaker_name
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us9": (91, 1.0 - 0.02, 0.9882 - 0.02),
}


scored, test_set_names = floor_tests(SETS)


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


# The party and state written after a legislator's name ("(R-Mont.)", ", D-Flint,") are no title:
# the parser hangs them on the name as an apposition, and the role in apposition after them ("the
# committee's chairman") is still hers or his, what "the chairman said" then finds.
@pytest.mark.parametrize("text, quote, name", [
    # Capitol Hill: parenthesised party, possessive role
    ("WASHINGTON — Senators met.\n\n"
     "Sen. Harlan Pickett (R-Mont.), the committee's chairman, asked how quickly the agency could hire.\n\n"
     "Pickett told reporters after the hearing that he expected a vote.\n\n"
     "\"I think she will pass,\" the chairman said.",
     "I think she will pass,", "Harlan Pickett"),
    # statehouse wire: comma-set party and home town, a woman, the role with its "of" phrase
    ("LANSING, Mich. (AP) — Lawmakers met.\n\n"
     "Rep. Dana Whitlock, D-Flint, the chairwoman of the House Transportation Committee, opened the hearing.\n\n"
     "Whitlock said the roads were bad.\n\n"
     "\"We cannot wait,\" the chairwoman said.",
     "We cannot wait,", "Dana Whitlock"),
    # regional paper: the party-town form, then a quote of the titled role
    ("SALEM — Sen. Desmond Achterberg, D-Corvallis, the committee chair, opened the hearing on Tuesday.\n\n"
     "\"I have not seen a number yet,\" the chair said.",
     "I have not seen a number yet,", "Desmond Achterberg"),
])
def test_role_after_party_and_state(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the chairman is the one given the role, not the senator whose party came first
    ("WASHINGTON — Sen. Harlan Pickett (R-Mont.) asked the first question. "
     "Rep. Nora Velez, the committee's chairwoman, asked the second.\n\n"
     "\"We need answers,\" the chairwoman said.",
     "We need answers,", "Nora Velez"),
])
def test_role_after_party_and_state_other_person(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A first name the recogniser left untagged before a hyphenated surname it tagged a place or a
# group ("Annika" + "Oyelaran-Strand" a GPE) is one person, as "Priya Raghunathan" with a one-word
# surname tagged a place is: the "She says" after it then has someone to stand for.
@pytest.mark.parametrize("text, quote, name", [
    # NPR web, present tense, the pronoun in the next sentence and paragraph
    ("PHOENIX — It was hot.\n\n"
     "Annika Oyelaran-Strand studies heat illness at Arizona State University. She says the danger "
     "is not only the afternoon peak.\n\n\"The night never gets cool enough,\" she says.",
     "The night never gets cool enough,", "Annika Oyelaran-Strand"),
    # local news, a man
    ("DAYTON, Ohio — Tobias Grunwald-Achebe runs the food pantry on Third Street. He says demand "
     "has doubled.\n\n\"We ran out of rice on Tuesday,\" he said.",
     "We ran out of rice on Tuesday,", "Tobias Grunwald-Achebe"),
    # business: the surname alone later
    ("Priya Lindqvist-Ramos founded the bakery in 2019.\n\n\"We bake at 3 a.m.,\" Lindqvist-Ramos said.",
     "We bake at 3 a.m.,", "Priya Lindqvist-Ramos"),
])
def test_hyphenated_surname_tagged_a_place(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_hyphenated_place_stays_a_place(nlp):
    # a club named for a first-name-like city and a hyphenated place is no person
    text = ("PARIS — Paris Saint-Germain said in a statement that the match would go ahead.\n\n"
            "\"Security is our first concern,\" the club said.")
    sp = extracted_speaker(nlp, text, "Security is our first concern,", required=False)
    assert sp is None or sp.kind != "person"


# "The lab" is what news copy calls a laboratory named before, as "the department" is the
# department: "the lab said" after "the Great Lakes Environmental Research Laboratory", "Argonne
# National Laboratory"; with no laboratory named it stays as written.
@pytest.mark.parametrize("text, quote, name", [
    # AP science: the laboratory inside a possessive agency name
    ("ANN ARBOR, Mich. (AP) — A study came out.\n\n"
     "The National Oceanic and Atmospheric Administration's Great Lakes Environmental Research "
     "Laboratory, which was not involved in the study, produces the ice forecasts.\n\n"
     "\"We welcome independent analysis,\" the lab said in a statement.",
     "We welcome independent analysis,", "Great Lakes Environmental Research Laboratory"),
    # local TV: a national lab and the full word
    ("LEMONT, Ill. — Argonne National Laboratory confirmed the leak on Monday.\n\n"
     "\"No one was exposed,\" the laboratory said.",
     "No one was exposed,", "Argonne National Laboratory"),
])
def test_lab_is_the_laboratory(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_lab_without_a_laboratory(nlp):
    # a body whose name says another type is no lab: the description stays as written
    text = ("The University of Michigan reported the results on Monday.\n\n\"The mice are safe,\" the lab said.")
    assert speaker_name(nlp, text, "The mice are safe,") == "lab"


# A plural role description ("the senators", "the lawmakers") right after two people named
# together with that role ("Sen. A and Sen. B released a joint letter") is the two of them, named
# as the "they" after them is ("A and B"); two people without the role leave it as written.
@pytest.mark.parametrize("text, quote, name", [
    # Capitol Hill: apposition to a count, parenthesised parties
    ("WASHINGTON — Senators met.\n\n"
     "Two senators who do not sit on the committee, Sen. Eamon Grady (D-N.Y.) and Sen. Celeste "
     "Montour (R-Maine), released a joint letter before the hearing.\n\n"
     "\"The flying public cannot wait,\" the senators wrote.",
     "The flying public cannot wait,", "Eamon Grady and Celeste Montour"),
    # statehouse: a senator and a representative are "the lawmakers"
    ("SALEM — Sen. Ann Lee and Rep. Tom Cho filed the bill on Monday.\n\n"
     "\"Move now,\" the lawmakers said in a joint statement.",
     "Move now,", "Ann Lee and Tom Cho"),
    # city hall: two council members, AP style
    ("Councilwoman Rita Shaw and Councilman Deon Price voted against the budget.\n\n"
     "\"This is not a serious plan,\" the council members said.",
     "This is not a serious plan,", None),
])
def test_plural_role_is_the_pair(nlp, text, quote, name):
    got = speaker_name(nlp, text, quote)
    if name is None:
        # ("council members": a two-word description; whichever way, never one of the two alone)
        assert got not in ("Rita Shaw", "Deon Price")
    else:
        assert got == name


@pytest.mark.parametrize("text, quote, wrong", [
    # two people named together without the role: "the senators" is someone else (unnamed)
    ("Ann Ruiz and Bo Park, two voters from Reno, filed a complaint.\n\n"
     "\"Move now,\" the senators said.", "Move now,", "Ann Ruiz and Bo Park"),
    # the pair named too far back: a new paragraph about other people between
    ("Sen. Ann Lee and Sen. Tom Cho wrote to the agency in March.\n\n"
     "The agency did not answer for months. Its director, Paula Grant, said staff were stretched "
     "thin, and that the backlog of complaints from travelers and airlines had grown to more than "
     "40,000 cases, most of them about refunds. Grant said a new system would be ready by fall, "
     "though the inspector general has questioned that timeline twice this year, and airline "
     "groups have asked Congress to step in before the holiday season begins.\n\n"
     "\"We are still waiting,\" the senators said.", "We are still waiting,", "Ann Lee and Tom Cho"),
])
def test_plural_role_not_the_pair(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# "A team led by X" makes X the one "the researchers wrote", "the scientists said", "the authors
# noted" stand for: science copy quotes the team's paper by its members.
@pytest.mark.parametrize("text, quote, name", [
    # AP science
    ("ANN ARBOR, Mich. (AP) — Winter ice is disappearing.\n\n"
     "A team led by Halvard Nnamdi-Poole, a limnologist at the University of Michigan, found that "
     "ice cover fell.\n\n\"The lakes are telling us something,\" the researchers wrote.",
     "The lakes are telling us something,", "Halvard Nnamdi-Poole"),
    # health news, a woman with "Dr.", "the authors"
    ("Researchers led by Dr. Miriam Osei-Bonsu at Johns Hopkins University followed 4,000 teenagers.\n\n"
     "\"Sleep is not optional,\" the authors wrote in the journal Pediatrics.",
     "Sleep is not optional,", "Miriam Osei-Bonsu"),
    # university press release, "scientists"
    ("The group, led by geologist Tomas Berglund, mapped the fault for six years.\n\n"
     "\"The risk is higher than we thought,\" the scientists said in a news release.",
     "The risk is higher than we thought,", "Tomas Berglund"),
])
def test_researchers_are_the_team_leader(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # two teams: either could be "the researchers"
    ("A team led by Ann Lee studied ice. A second team, led by Brian Okafor, studied snow.\n\n"
     "\"It is melting,\" the researchers wrote.", "It is melting,", ("Ann Lee", "Brian Okafor")),
    # a person named as the object of "led by" for no team: a march is no research team
    ("A march led by Ann Lee crossed the bridge.\n\n\"We will be back,\" the researchers said.",
     "We will be back,", ("Ann Lee",)),
])
def test_researchers_without_one_leader(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) not in wrong


# A word given in apposition to "name" ("would give only his first name, Javion,", "who gave her
# name as ...") is a person's name the recogniser missed: the "he said" after it stands for him.
@pytest.mark.parametrize("text, quote, name", [
    # local crime: a witness with only a first name
    ("MILWAUKEE — Two men were wounded.\n\n"
     "Another witness, a 17-year-old who would give only his first name, Javion, said he ducked "
     "behind a bus shelter.\n\n\"I am just glad I was not by the door,\" he said.",
     "I am just glad I was not by the door,", "Javion"),
    # local TV: a woman, the quote in the same paragraph
    ("A neighbor who would only give her first name, Lakeisha, said she heard three shots. "
     "\"I got down on the floor,\" she said.",
     "I got down on the floor,", "Lakeisha"),
])
def test_name_given_as_a_name(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_name_apposition_not_a_thing(nlp):
    # the name of a thing ("the storm's name, Helene,") is no speaker
    text = ("The storm's name, Helene, will be retired.\n\n\"We lost everything,\" the man said.")
    assert speaker_name(nlp, text, "We lost everything,") != "Helene"


# A name the recogniser tagged a person for its first-name-like first word but whose last word is a
# place's ("Millard Heights", "Madison Heights", "Twin Falls", "Palm Springs") is a place, or the
# school or team named for it: never what "he" stands for.
@pytest.mark.parametrize("text, quote, name", [
    # prep sports: the opponent named between the quarterback and his quote
    ("LINCOLN, Neb. — Junior quarterback Cade Ostrowski-Vance threw two touchdown passes.\n\n"
     "The quarterback was already thinking about the final. Millard Heights beat Westview 41-20 in Week 3.\n\n"
     "\"We're a different team now,\" he said.",
     "We're a different team now,", "Cade Ostrowski-Vance"),
    # local government: the city between the mayor and his quote
    ("Mayor Tom Alvarez spoke first. Madison Heights will vote on the levy in May.\n\n"
     "\"It is time,\" he said.", "It is time,", "Tom Alvarez"),
])
def test_place_name_is_no_person(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_surname_like_a_place_word_stays_a_person(nlp):
    # "Woods", "Hills" are surnames: no place ending
    text = "Dana Woods runs the shelter. \"We are full every night,\" Woods said."
    assert speaker_name(nlp, text, "We are full every night,") == "Dana Woods"


# "Said her team had not played its best": an "its" inside a said clause whose subject is another
# noun is that noun's, not the speaker's, so it does not make the speaker an organisation (what
# "Thames Water said its profits fell" does, with the "its" in the clause's subject).
@pytest.mark.parametrize("text, quote, name", [
    # prep sports: a coach with a first name the recogniser left out of the span
    ("LINCOLN, Neb. — Westview won.\n\n"
     "Coach Renata Dusenberry-Hall, in her fifth season at Westview, said her team had not played its best.\n\n"
     "\"We talked all week about playing 48 minutes,\" Dusenberry-Hall said.",
     "We talked all week about playing 48 minutes,", "Renata Dusenberry-Hall"),
    # school board: a principal, the school's funding
    ("Principal Maya Grant-Obi said the school would lose its arts funding in June.\n\n"
     "\"The kids will feel it first,\" Grant-Obi said.",
     "The kids will feel it first,", "Maya Grant-Obi"),
])
def test_its_of_another_noun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_its_of_the_speaker_still_an_organisation(nlp):
    # business: the "its" in the said clause's subject is the company's own
    text = ("Harbourview Foods said its profits fell by half in the second quarter.\n\n"
            "\"We expect a better winter,\" the company said.")
    assert speaker_name(nlp, text, "We expect a better winter,") == "Harbourview Foods"


# A listed first name right before an untagged hyphenated capitalised word is a person with a
# double-barrelled surname, whatever the tagger made of the first name ("Beatrix" read as a noun or
# a verb): the bare "Olawale-Henning said" later is her full name.
@pytest.mark.parametrize("text, quote, name", [
    # AP science: outside expert with a long apposition
    ("Beatrix Olawale-Henning, a climate scientist at the University of Wisconsin-Milwaukee who was "
     "not involved in the research, called it careful work.\n\n\"It is careful,\" Olawale-Henning said.",
     "It is careful,", "Beatrix Olawale-Henning"),
    # local TV: a man, a pastor
    ("Tobias Grunwald-Achebe, pastor of the church on Third Street, opened the doors at 6 a.m.\n\n"
     "\"Nobody should sleep outside tonight,\" Grunwald-Achebe said.",
     "Nobody should sleep outside tonight,", "Tobias Grunwald-Achebe"),
])
def test_first_name_before_double_surname(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_hyphenated_company_is_no_person(nlp):
    # a company written with a hyphen and no first name stays an organisation
    text = ("Georgia-Pacific said it would close the mill in March.\n\n"
            "\"This was a difficult decision,\" the company said.")
    sp = extracted_speaker(nlp, text, "This was a difficult decision,", required=False)
    assert sp is None or sp.kind != "person"


# A first name alone as a speaker ("“Bags,” Anders said", features call family members so) that the
# parser read as a common noun is still the one person named in full with that first name.
@pytest.mark.parametrize("text, quote, name", [
    # magazine feature: a family sharing the surname
    ("WILLAPA BAY, Wash. — The tide goes out.\n\n"
     "Anders Kettleson is standing on a mudflat. He is 78 years old.\n\n"
     "Joanne Kettleson, who married Anders in 1969, remembers it.\n\n"
     "His father is not entirely persuaded.\n\n"
     "\"Bags,\" Anders said, with contempt. \"My grandfather would laugh.\"",
     "Bags,", "Anders Kettleson"),
])
def test_first_name_read_as_a_noun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_first_name_two_people_share(nlp):
    # two people named in full with the first name: it stays as written
    text = ("Anders Kettleson and Anders Bjorn own the farm together.\n\n"
            "\"Bags,\" Anders said, with contempt.")
    assert speaker_name(nlp, text, "Bags,") not in ("Anders Kettleson", "Anders Bjorn")


# A lead keeps the name for the next paragraph: "Senators pressed the nominee to lead the FAA on
# Wednesday.¶Marisa Quennell-Obi, a former …, told the committee …". A later "the nominee replied"
# is that person when nobody in the story is given the role as a title: the first person named as a
# subject after the lead's role (entities.lead_roles, resolve._lead_role_subject).
@pytest.mark.parametrize("text, quote, name", [
    # Capitol Hill: confirmation hearing, a woman, the role in the lead only
    ("FAA nominee pressed on controller shortage\n\n"
     "WASHINGTON — Senators from both parties pressed the nominee to lead the Federal Aviation "
     "Administration on Wednesday over a shortage of controllers.\n\n"
     "Marisa Quennell-Obi, a former Air Force officer, told the committee that hiring would come first.\n\n"
     "Sen. Harlan Pickett asked how fast.\n\n"
     "\"I can't commit to a number yet,\" the nominee replied.",
     "I can't commit to a number yet,", "Marisa Quennell-Obi"),
    # business: a new chief executive, a man
    ("Startup names new leader\n\n"
     "AUSTIN, Texas — The meal-kit startup's new chief executive told employees on Monday that "
     "there would be no more layoffs this year.\n\n"
     "Dev Raman, who took over in May, spoke at an all-hands meeting.\n\n"
     "\"We are done cutting,\" the executive said.",
     "We are done cutting,", "Dev Raman"),
    # prep sports: the coach in the lead, named in the next paragraph
    ("Westview coach steps down\n\n"
     "OMAHA, Neb. — The coach who led Westview to its first state final in 27 years resigned on "
     "Monday, two weeks after the title game.\n\n"
     "Renata Hall, 51, told her players in the gym.\n\n"
     "\"It was time,\" the coach said.",
     "It was time,", "Renata Hall"),
])
def test_lead_role_named_next(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # someone named as a subject before the lead's role: the role is not the next person's
    ("Hearing set\n\n"
     "WASHINGTON — Sen. Harlan Pickett said Wednesday that the nominee to lead the agency would "
     "face hard questions.\n\n"
     "Dana Ruiz, a pilot, told reporters she would watch.\n\n"
     "The hearing starts at 10 a.m. in the Russell building.\n\n"
     "\"I have questions too,\" the nominee said.", "I have questions too,", "Dana Ruiz"),
    # the lead names another role: "the nominee" is not the next subject
    ("Hearing set\n\n"
     "WASHINGTON — The chairman of the Senate committee scheduled a hearing for Wednesday on the "
     "controller shortage.\n\n"
     "Dana Ruiz, a pilot, told reporters she would watch.\n\n"
     "The hearing starts at 10 a.m. in the Russell building.\n\n"
     "\"I have questions,\" the nominee said.", "I have questions,", "Dana Ruiz"),
    # someone is given the role as a title: that one, not the next subject (the older rules)
    ("Hearing set\n\n"
     "WASHINGTON — Senators pressed the nominee on Wednesday over a shortage of controllers.\n\n"
     "Dana Ruiz, a pilot, told reporters she would watch. Nominee Tom Avila arrived late.\n\n"
     "The hearing started at 10 a.m. in the Russell building.\n\n"
     "\"I have answers,\" the nominee said.", "I have answers,", "Dana Ruiz"),
])
def test_lead_role_not_named_next(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# An unnamed relative who speaks ("The sister of the 31-year-old victim, who asked not to be named,
# said ...¶“…,” she said") is who the pronoun after her stands for, as "the mother" is: sister,
# brother, aunt, uncle, grandson and granddaughter are nouns for a person the story brings in,
# never the last named woman or man before her.
@pytest.mark.parametrize("text, quote, wrong", [
    # local crime: the alderperson named just before
    ("MILWAUKEE — Two men were wounded.\n\n"
     "Ald. Marguerite Stovall-Peña said neighbors have asked for lights.\n\n"
     "\"We have a camera that has not worked since spring,\" Stovall-Peña said.\n\n"
     "The sister of the 31-year-old victim, who asked that she and her brother not be named, said "
     "he had gone to the store to buy diapers.\n\n\"That is what he went in there for,\" she said.",
     "That is what he went in there for,", "Marguerite Stovall-Peña"),
    # local TV: an uncle after a police spokesman
    ("Sgt. Tom Reyes said the crash happened at 2 a.m.\n\n"
     "\"The driver was going too fast,\" Reyes said.\n\n"
     "The boy's uncle, who did not want his name used, said the family was in shock.\n\n"
     "\"He was 15. He was just learning to drive,\" he said.",
     "He was 15. He was just learning to drive,", "Tom Reyes"),
])
def test_unnamed_relative_keeps_the_pronoun(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


def test_named_relative_is_her_name(nlp):
    text = ("His sister, Rosa Diaz, said he had gone to buy diapers.\n\n\"He loved that baby,\" she said.")
    assert speaker_name(nlp, text, "He loved that baby,") == "Rosa Diaz"
