"""The blind4 set: 21 articles written in session 15 (helper h15c) before quotex was run on them, in
Canadian newsroom habits (CBC, Canadian Press wire with " - " datelines, CTV, Global, Toronto Star,
National Post, Globe and Mail, Halifax and Winnipeg papers, APTN, a Franco-Manitoban community
story): city and regional councils, Queen's Park and the National Assembly, RCMP standoff, Court of
Queen's Bench verdict, bail hearing, wildfire and flood, hockey and curling, BC Hydro and Canada
Post (Crown corporations), First Nations chiefs and elders, a health authority, family features,
each with a gold speaker name for every quotation (tests/data/blind4/NAME.gold.jsonl, built from src/
by benchmarks/build_style_set.py; see benchmarks/styles_eval.py).

First run, at main 01c41ab, before any change: quote recall 0.9925, precision 1.0, name accuracy
0.8621 (225/261; tests/data/blind4/FIRST_RUN-01c41ab.out). After h15c's pronoun fixes (the tables
below): 0.908 (237/261); merged with main's organisation fixes (h15o, lead): 0.9157 (239/261). The floors are the figures reached minus 0.02. The errors left, by class,
are in the set's README and /work/team/blind4-errors.md.
"""
from pathlib import Path

import pytest
from attribution_helpers import extracted_speaker_name
from style_sets import check_gold_offsets, predict, styles_eval

from quotex.resolution.names import clean_name

DATA = Path(__file__).parent / "data" / "blind4"
NAME_ACCURACY_FLOOR = 0.9157 - 0.02  # 239/261 after h15c merged with main 3cc146f, minus 0.02
QUOTE_RECALL_FLOOR = 0.9925 - 0.02


@pytest.fixture(scope="module")
def predictions(nlp):
    return predict(nlp, DATA)


def test_gold_offsets_index_the_articles():
    check_gold_offsets(DATA)


def test_blind4_set_names(predictions):
    res = styles_eval().score(str(DATA), predictions)
    assert res["gold_quotes"] == 267
    assert res["quote_recall"] >= QUOTE_RECALL_FLOOR
    assert res["quote_precision"] >= 0.98
    assert res["name_accuracy"] >= NAME_ACCURACY_FLOOR, res["name_errors"]


speaker_name = extracted_speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # The subject of a "whether" clause is no subject of the sentence: the "he said" after it is
    # still the officer's (Canadian police presser; a man, a woman; a US-style coach).
    ('Supt. Kevin Marchetti spoke to reporters. "Our members did what they are trained to do," Marchetti '
     'said.\n\nHe would not say whether Kerrigan was known to police.\n\n"I am not going to get ahead of '
     'that," he said.', "I am not going to get ahead of that,", "Kevin Marchetti"),
    ('Chief Anna Roy took questions on Friday. "We have made one arrest," Roy said.\n\nShe would not say '
     'whether Linda Park had a lawyer.\n\n"That is for the courts," she said.', "That is for the courts,",
     "Anna Roy"),
    ('Coach Dale Hunter spoke after the game. "We were flat," Hunter said.\n\nHe did not know whether '
     'Mike Olsen would play on Tuesday.\n\n"We will see in the morning," he said.',
     "We will see in the morning,", "Dale Hunter"),
    # negative: a main clause's subject is still the subject ("Jim Carter said the plan …")
    ('Mayor Tom Reyes spoke first. Then Jim Carter said the plan was too costly.\n\n"We cannot afford '
     'it," he said.', "We cannot afford it,", "Jim Carter"),
])
def test_subordinate_subject_is_no_sentence_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # The last speaker, quoted paragraphs ago, does not outweigh the person named just before the
    # pronoun (long features: a woman, a man).
    ('"I say, you are speaking to her," Kirsten Lind said.\n\nHer father drove the combine all morning. '
     'Her brother fixed the truck. Her grandfather slept.\n\nThe rain came at four. The crew went home '
     'early.\n\nBack in the kitchen, Marta Lind put a blanket over his knees.\n\n"Eighty-eight harvests," '
     'she said quietly.', "Eighty-eight harvests,", "Marta Lind"),
    ('"We will fight this," Paul Dixon said.\n\nThe council met again in March. The vote was put off.'
     '\n\nResidents waited for months. Nothing happened.\n\nOn Friday, Greg Olmstead stood outside the '
     'hall.\n\n"I just want an answer," he said.', "I just want an answer,", "Greg Olmstead"),
    # negative: with nobody else named since, the last speaker keeps the quote
    ('"We will fight this," Paul Dixon said at the meeting.\n\nThe council put off the vote until March. '
     'Residents were angry.\n\n"We have no choice," he said.', "We have no choice,", "Paul Dixon"),
    ('"We will not close the plant," Maria Santos said in April.\n\nThe company lost money for a third '
     'year.\n\n"I meant it then and I mean it now," she said.', "I meant it then and I mean it now,",
     "Maria Santos"),
    # an organisation: a union's president quoted three paragraphs back does not take the company's "it"
    ('"We will appeal this decision," said Unifor Local 88 president Dana Cole.\n\nThe hearing lasted three '
     'days. The board ruled on Friday.\n\nWorkers gathered outside the gates on Monday.\n\nIn a statement, '
     'Northway Foods Inc. said the plant would close in June.\n\n"We had no other choice," it said.',
     "We had no other choice,", "Northway Foods Inc"),
])
def test_last_speaker_bonus_fades_with_distance(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A lone first name the recogniser leaves untagged, subject of its sentence, is a person of the
    # sex the name says (farm features: a woman, a man), not "his chair" or the last woman quoted.
    ('"You are speaking to the farmer," Kirsten said.\n\nThe rain came at four, as forecast, and the '
     'combines went quiet.\n\nBack in the kitchen, Harold was asleep in his chair. Colleen put a blanket '
     'over his knees.\n\n"Eighty-eight harvests," she said quietly.', "Eighty-eight harvests,", "Colleen"),
    ('"We lost the whole crop," Marcus said.\n\nThe hail came at noon and flattened the canola.\n\nAt '
     'supper, Joan was quiet. Arne poured her a cup of tea.\n\n"We have done this before," he said.',
     "We have done this before,", "Arne"),
    # a rare first name read as a product, in apposition to the subject (refugee family story)
    ('Immigration lawyer Nasrin Hosseini said the case was typical. "The system is slow," Hosseini said.'
     '\n\nThe youngest of the sisters, 12-year-old Lina, had made a sign for her brother out of poster '
     'board.\n\n"I did not remember his face very well," she admitted.', "I did not remember his face very well,",
     "Lina"),
    ('Coach Ray Dunn said the trip was long. "We slept on the bus," Dunn said.\n\nThe youngest of the '
     'players, 15-year-old Tariq, had carried the bags all the way.\n\n"I did not mind at all," he said.',
     "I did not mind at all,", "Tariq"),
    # negative: a first name inside a full name is that full name
    ('Rosa and Tomas Vega run the bakery. Their daughter, Ines, helps on weekends.\n\nThe ovens cooled at '
     'noon. The girls cleaned the trays. Tomas counted the till.\n\n"It was a good week," he said.',
     "It was a good week,", "Tomas Vega"),
])
def test_bare_first_name_subject_is_a_person(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("raw, name", [
    ("VICTORIA - BC Hydro", "BC Hydro"),  # Canadian Press plain-text dateline
    ("ST. JOHN'S, N.L. -- Premier Ann Lee", "Ann Lee"),
    ("WASHINGTON (AP) — Joe Biden", "Joe Biden"),  # US wire
    ("EDMONTON - An Edmonton man", "An Edmonton man"),
    # negative: no dateline, nothing cut
    ("Jean-Luc Tremblay", "Jean-Luc Tremblay"),
    ("BC Hydro", "BC Hydro"),
    ("Hydro-Québec", "Hydro-Québec"),
])
def test_clean_name_drops_a_dateline(raw, name):
    assert clean_name(raw) == name


def test_dateline_is_no_part_of_an_organisation_name(nlp):
    text = (DATA / "star_bc_hydro_rates.txt").read_text(encoding="utf-8")
    assert speaker_name(nlp, text, "the lowest possible") == "BC Hydro"


@pytest.mark.parametrize("text, quote, name", [
    # "His granddaughter …", "Her son …": a subject's possessive keeps the person it stands for
    # salient through a paragraph about others (a profile's last "he said"; a man, a woman).
    ('Delroy Campbell has driven a streetcar for 30 years. "For a lot of riders, Delroy is the system," '
     'said Rick Lanigan, the chief executive.\n\nCampbell has modest plans for retirement.\n\nHis '
     'granddaughter, Aaliyah, wants to ride with him on his last day. His supervisor at Russell, Donna Li, '
     'has arranged a cake.\n\nAsked what he would miss most, he did not hesitate.\n\n"The people. Always '
     'the people," he said.', "The people. Always the people,", "Delroy Campbell"),
    ('Marie Tremblay has run the bakery for 20 years. "She never takes a day off," said Luc Girard, a '
     'regular.\n\nTremblay plans to retire in June.\n\nHer son, Marc, will take over the ovens. Her '
     'accountant at Desjardins, Paul Roy, has drawn up the papers.\n\nAsked what she would miss, she '
     'smiled.\n\n"The mornings," she said.', "The mornings,", "Marie Tremblay"),
])
def test_possessive_of_a_subject_keeps_its_person_salient(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A French first name the tagger reads as a common noun before its surname ("Thérèse" NOUN,
    # compound of "Nadeau") is still a person the recogniser missed: her "she said" is hers, not
    # the owner's quoted paragraphs before (Franco-Manitoban community story).
    ('Owner Réjeanne Gaboury, 71, closed the store on Saturday. "It breaks my heart," she said.\n\n'
     'Dozens of customers lined up.\n\nThérèse Nadeau, 84, bought a cookbook for her great-granddaughter.'
     '\n\n"I bought my first book here," she said in French.', "I bought my first book here,", "Thérèse Nadeau"),
    # negative: a first name tagged as one stays as it was (a girl named after the mayor spoke)
    ('Mayor Paul Roy opened the rink on Friday. "It is a great day," he said.\n\nHundreds of skaters '
     'came.\n\nAmélie Fortin, 9, skated her first lap.\n\n"It was so fast," she said.', "It was so fast,",
     "Amélie Fortin"),
])
def test_first_name_read_as_a_noun_is_a_person(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A kin noun owned by "his"/"her" ("his father", "her mother") is told from its owner's side: in a
    # passage about him, the "he said" after "his father had walked her around the yard" is his
    # (Prairie farm feature; a man, a woman).
    ('"Dad does not trust computers," Kirsten said.\n\nArne said he had made peace with not knowing who '
     'would farm next.\n\nOut on the field later that morning, he climbed down from the combine to check a '
     'header. He talked about his father teaching him to drive a tractor at nine, about the dry summer of '
     '1988, about the day Kirsten called to say she wanted to come home. His wife had cried, he said. '
     'Kirsten had driven out the next weekend, and his father had walked her around the yard.\n\n"I never '
     'asked her to come back," he said.', "I never asked her to come back,", "Arne"),
    ('"Mom never writes anything down," Paul said.\n\nNadia Petrenko said she had made peace with the shop '
     'closing one day.\n\nLater that morning, she counted the till and wiped the counter. She talked about '
     'her mother teaching her to braid bread, about the flood of 1997, about the day Paul called to say he '
     'was coming home. Her husband had cried, she said. Paul had driven in the next weekend, and her mother '
     'had shown him the ovens.\n\n"I never asked him to come back," she said.',
     "I never asked him to come back,", "Nadia Petrenko"),
    # negative: a kin noun given a name, speaking in its own sentence, is still the speaker
    ('Kevin Moss plays centre for the Wheat Kings. His father, Doug Moss, drove him to every practice.\n\n'
     '"He never missed a game," Doug Moss said.', "He never missed a game,", "Doug Moss"),
])
def test_owned_kin_noun_weighs_less_than_its_owner(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name
