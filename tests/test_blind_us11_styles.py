"""The blind_us11 set (8 US outlets' international and wire articles: a Beijing ministry briefing,
a Seoul confirmation hearing, Sudan talks in Doha, a Moscow wheat story, a Colombian mining story,
NATO ministers in The Hague, Chennai floods, a Japanese rice story): written in session 15 (helper
h21v) before quotex was run on them and without reading its source, each with a gold speaker name
for every quotation (tests/data/blind_us11/NAME.gold.jsonl, built from src/ by
benchmarks/build_style_set.py; see benchmarks/styles_eval.py).

First run, at 7d5718c (main 5bcea95 plus the set), before any change: quote recall 0.9911, name
accuracy 0.8019 (85/106). The floor is the figure after h21v's fixes minus 0.02; the errors left are
in the set's README. The tables below are sentences written for each mechanism (names from many
languages, in several styles), not the set's text.
"""
import pytest
from attribution_helpers import extracted_speaker_name
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us11": (112, 0.9911 - 0.02, 0.9717 - 0.02),
}


scored, test_set_names = floor_tests(SETS)


speaker_name = extracted_speaker_name


# A romanised Korean given name keeps its second syllable in lower case after a hyphen ("Ji-won",
# "Dong-soo"): the name ends there, not at the hyphen ("Lee Ji").
@pytest.mark.parametrize("text, quote, name", [
    # wire: inverted cue, a woman
    ("The talks stalled again.\n\n\"We will keep calling,\" said Lee Ji-won, the unification minister.",
     "We will keep calling,", "Lee Ji-won"),
    # business: a man, fronted cue
    ("Samsung's chief financial officer, Park Dong-soo, spoke on a call. Park Dong-soo said, \"Demand is back.\"",
     "Demand is back.", "Park Dong-soo"),
    # sports: a golfer, "he said" after the full name
    ("Kim Tae-hoon shot a 66 on Sunday.\n\n\"The wind was kind to me,\" he said.",
     "The wind was kind to me,", "Kim Tae-hoon"),
    # an older Chinese romanisation
    ("The vote was close.\n\n\"Nobody wants a war,\" said Chen Shui-lan, a legislator.", "Nobody wants a war,", "Chen Shui-lan"),
])
def test_glued_given_name(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A name written family name first is found by its first word alone ("Xu said", "Lee said"), and
# people sharing the family name are namesakes told apart as surnames are: the one named just
# before, or the one the writer was already calling by it before the other came in.
@pytest.mark.parametrize("text, quote, name", [
    # Reuters briefing: the spokeswoman, then a scholar of the same family name, then her again
    ("BEIJING (Reuters) - \"This is a provocation,\" foreign ministry spokeswoman Xu Lanying told a briefing.\n\n"
     "Xu said China had shown restraint.\n\n"
     "Xu Zhenhua, a scholar who is not related to the spokeswoman, said both sides were stuck.\n\n"
     "\"Neither side can back down,\" he said.\n\n"
     "Asked about the remarks, the spokeswoman said Washington had no say.\n\n"
     "\"The door to dialogue remains open,\" Xu said.",
     "The door to dialogue remains open,", "Xu Lanying"),
    # the pronoun after the bare family name
    ("BEIJING (Reuters) - \"This is a provocation,\" foreign ministry spokeswoman Xu Lanying told a briefing.\n\n"
     "Xu said China had shown restraint.\n\n\"We advise certain countries to stop,\" she said.\n\n"
     "Xu Zhenhua, a scholar, said both sides were stuck.",
     "We advise certain countries to stop,", "Xu Lanying"),
    # Korean hearing: two Lees and two Kims
    ("Lee Ji-won, a former diplomat, was named last month to replace Kim Dong-soo.\n\n"
     "\"I know how slowly they move,\" Lee told the committee.\n\n"
     "Lawmakers focused on her brother, Lee Ji-hoon, whose company won a contract.\n\n"
     "\"The family profited,\" said Rep. Park Sung-min.\n\n"
     "Lee said she had played no role in the contract.\n\n\"I did not ask anyone for anything,\" she said.",
     "I did not ask anyone for anything,", "Lee Ji-won"),
    ("Kim Dong-soo resigned in March.\n\n"
     "Kim Young-ja, who chairs the committee, said the hearing had been long.\n\n"
     "\"Now the members will decide,\" Kim said.",
     "Now the members will decide,", "Kim Young-ja"),
    # NPR feature: a professor who gives his name in the Japanese order
    ("Nakamura Haruki, an economist who gives his name family name first, studies rice.\n\n"
     "\"Japan paid people not to grow rice,\" Nakamura says.",
     "Japan paid people not to grow rice,", "Nakamura Haruki"),
])
def test_family_name_first(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a Western first name the writer uses alone stays that person's
    ("Sandra Ellis has run the food bank for 12 years.\n\n\"We ran out of milk,\" Sandra said.",
     "We ran out of milk,", "Sandra Ellis"),
    # the surname still finds a Western name
    ("Tom Rivera and Ann Lee spoke.\n\n\"It is done,\" Lee said.", "It is done,", "Ann Lee"),
])
def test_family_name_first_negative(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# "The elder X" / "the younger X" of two people sharing a surname with no Sr. or Jr.: the one the
# article gives as the other's son or daughter is the younger, else the ages given with the names.
@pytest.mark.parametrize("text, quote, name", [
    # NPR feature: "His son, X," then "the younger Yamada says" and "The elder Yamada ... he says"
    ("Kenji Yamada has farmed since 1978.\n\n\"My knees tell me to stop,\" he says.\n\n"
     "His son, Takuya Yamada, 45, came back to help.\n\n\"Who can plan a life around that?\" the younger Yamada says.",
     "Who can plan a life around that?", "Takuya Yamada"),
    ("Kenji Yamada has farmed since 1978.\n\n\"My knees tell me to stop,\" he says.\n\n"
     "His son, Takuya Yamada, 45, came back to help.\n\n\"Who can plan that?\" the younger Yamada says.\n\n"
     "The elder Yamada doesn't argue. \"He has to decide,\" he says.",
     "He has to decide,", "Kenji Yamada"),
    # business: a mother and daughter by ages
    ("Rosa Delgado, 71, founded the bakery. Maria Delgado, 38, runs it now.\n\n"
     "\"I still come in at four,\" the elder Delgado said.",
     "I still come in at four,", "Rosa Delgado"),
    ("Rosa Delgado, 71, founded the bakery. Maria Delgado, 38, runs it now.\n\n"
     "\"She still comes in at four,\" the younger Delgado said.",
     "She still comes in at four,", "Maria Delgado"),
])
def test_elder_younger_without_suffix(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A surname with lower-case particles ("van der", "de la", "von", "del") is the person named in full
# with it, also where it opens a sentence capitalised ("Van der Linde told reporters", "De la Hoz,
# 52, said"), and "Abu X" is the surname of "... Abu X". A married woman's "de" surname is her
# husband's: a bare "Gómez" is the man whose own first surname it is.
@pytest.mark.parametrize("text, quote, name", [
    ("THE HAGUE (AP) — The Dutch host, Defense Minister Maarten van der Linde, opened the meeting.\n\n"
     "\"We spent thirty years emptying our warehouses,\" Van der Linde told reporters.",
     "We spent thirty years emptying our warehouses,", "Maarten van der Linde"),
    ("Germany's state secretary, Friedrich von Altenau, said Berlin was ready.\n\n"
     "\"Germany will carry its share,\" von Altenau said through an interpreter.",
     "Germany will carry its share,", "Friedrich von Altenau"),
    # WaPo foreign desk: a Spanish first surname with its particles opening a sentence, then "she said"
    ("\"This river is dying,\" said Environment Minister Luz Marina de la Hoz Restrepo on Saturday.\n\n"
     "De la Hoz, 52, said the government would send soldiers.\n\n\"We are going after the machines,\" she said.",
     "We are going after the machines,", "Luz Marina de la Hoz Restrepo"),
    ("\"You cannot negotiate on Monday and bomb on Tuesday,\" said Camilo del Valle Ortiz, an analyst.\n\n"
     "\"The groups understand that,\" Del Valle said.",
     "The groups understand that,", "Camilo del Valle Ortiz"),
    # NYT: an Arabic "Abu" surname with a rank
    ("\"We cannot talk about corridors,\" said Lt. Gen. Abdelrahman Osman Abu Shanab, who leads the delegation.\n\n"
     "General Abu Shanab, 62, dismissed that. \"Ask him who looted the hospitals,\" the general said.",
     "Ask him who looted the hospitals,", "Abdelrahman Osman Abu Shanab"),
    # the husband's own surname, not his wife's married name
    ("In Bellavista, Ana Lucía Pérez de Gómez, 67, sells fish.\n\n"
     "Her husband, Teodoro Gómez Asprilla, worked on a dredge.\n\n\"Nobody wears gloves,\" Gómez said.",
     "Nobody wears gloves,", "Teodoro Gómez Asprilla"),
])
def test_particle_surnames(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_first_name_van_stays_a_full_name(nlp):
    # "Van Jones" is a first name and a surname, no particle surname of anyone
    text = "\"The vote was close,\" said Van Jones, a commentator."
    assert speaker_name(nlp, text, "The vote was close,") == "Van Jones"


# "Mr. al-Mohannadi said he ...": a surname with a lower-case Arabic particle glued on is
# remembered for the full name, so the pronoun after it is the man, not a woman named before.
@pytest.mark.parametrize("text, quote, name", [
    ("\"Nobody has packed a suitcase,\" said Sheikh Khalid bin Nasser al-Mohannadi, the mediator.\n\n"
     "A nurse who gave her name as Umm Ahmed said the clinic had run out of antibiotics.\n\n"
     "\"We boil water,\" she said.\n\n"
     "Mr. al-Mohannadi said he expected both delegations to attend.\n\n\"Doha is patient,\" he said.",
     "Doha is patient,", "Khalid bin Nasser al-Mohannadi"),
    ("CAIRO — Ahmad el-Sayed, a lawyer, filed the appeal.\n\nMona Fathy, his client, waited outside.\n\n"
     "Mr. el-Sayed said he would go to the high court.\n\n\"We are not finished,\" he said.",
     "We are not finished,", "Ahmad el-Sayed"),
])
def test_glued_particle_surname_pronoun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# Titles of foreign and wire copy are said before the name, never part of it.
@pytest.mark.parametrize("text, quote, name", [
    ("\"I will not negotiate in a hotel lobby,\" said Sheikh Khalid bin Nasser al-Mohannadi.",
     "I will not negotiate in a hotel lobby,", "Khalid bin Nasser al-Mohannadi"),
    ("\"We will not be intimidated,\" coast guard spokesman Commodore Rodel Bautista Macaraeg told reporters.",
     "We will not be intimidated,", "Rodel Bautista Macaraeg"),
    ("\"The center stands with the people,\" Shri Ramesh Chandra Awasthi said.",
     "The center stands with the people,", "Ramesh Chandra Awasthi"),
    ("\"The ship is seaworthy,\" said Cmdr. Lauren Pike, a Navy spokeswoman.",
     "The ship is seaworthy,", "Lauren Pike"),
])
def test_foreign_titles(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A country's state or province the recogniser tags a person ("Tamil Nadu", "Minas Gerais") is a
# place: no one's surname, no one's "he".
@pytest.mark.parametrize("text, quote, wrong", [
    ("Murugesan, 52, a fisherman who, like many people in Tamil Nadu, uses one name, lost his boat.\n\n"
     "His wife, Selvi, said the family had lost everything. \"Everything we owe is still here,\" she said.",
     "Everything we owe is still here,", "Selvi Nadu"),
    ("Farmers in Minas Gerais lost half the coffee crop.\n\n\"It never rained,\" he said.",
     "It never rained,", "Minas Gerais"),
])
def test_region_is_no_person(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


def test_wife_of_one_name_man(nlp):
    # a man known by one name gives his wife no surname from someone named before him
    text = ("By Priya Raghavan and Nathan Holt\n\n"
            "\"We were told this would never happen again,\" said Murugesan, 52, a fisherman who uses one name. "
            "Mr. Murugesan spent three nights on his roof.\n\n"
            "\"The water came up the stairs,\" he said.\n\n"
            "His wife, Selvi, said the family had lost its boat engine. \"Everything is gone,\" she said.")
    assert speaker_name(nlp, text, "Everything is gone,") == "Selvi"


# "quoted X as saying": the object of the quoting verb said it (the subject only passes the words
# on); with a name in apposition, that name.
@pytest.mark.parametrize("text, quote, name", [
    # an Indian ministry's press release quoting its minister
    ("In a press release, the Ministry of Jal Shakti quoted the minister of state, Shri Ramesh Chandra Awasthi, "
     "as saying the center \"stands shoulder to shoulder with the people.\"",
     "stands shoulder to shoulder with the people.", "Ramesh Chandra Awasthi"),
    # wire: a state news agency quoting an official by surname
    ("Sergei Lapshin heads a trading company. The state news agency Tass quoted Lapshin as saying that "
     "\"the quotas cost us contracts.\"",
     "the quotas cost us contracts.", "Sergei Lapshin"),
    # business: "cited ... as saying"
    ("Reuters cited Maria Okafor, the company's chief executive, as saying the plant would \"close by June.\"",
     "close by June.", "Maria Okafor"),
])
def test_quoted_as_saying(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_quoted_passive_keeps_subject(nlp):
    # the passive: the subject is the one quoted
    text = "Ann Lee was quoted as saying that the deal was \"dead on arrival.\""
    assert speaker_name(nlp, text, "dead on arrival.") == "Ann Lee"


# A wire lead keeps the name for the next paragraph: a place's role in it ("South Korea's nominee
# for unification minister", "Brazil's new central bank chief") is the person named next as a
# subject, for the lead's own quote and for "the nominee" (or "she" after it) later.
@pytest.mark.parametrize("text, quote, name", [
    ("By Kim Ha-eun\nAssociated Press\n\n"
     "SEOUL, South Korea (AP) — South Korea's nominee for unification minister defended her record on Wednesday, "
     "telling lawmakers that dialogue was \"a duty to our own people.\"\n\n"
     "Lee Ji-won, a 58-year-old former diplomat, was named last month to replace Kim Dong-soo.\n\n"
     "\"I have sat across the table from them 40 times,\" Lee told the committee.",
     "a duty to our own people.", "Lee Ji-won"),
    ("By Kim Ha-eun\nAssociated Press\n\n"
     "SEOUL, South Korea (AP) — South Korea's nominee for unification minister defended her record on Wednesday "
     "at a stormy hearing.\n\n"
     "Lee Ji-won, a 58-year-old former diplomat, was named last month to replace Kim Dong-soo.\n\n"
     "Park pressed her on the contract. The nominee paused before answering.\n\n\"We discuss everything,\" she said.",
     "We discuss everything,", "Lee Ji-won"),
    # business wire, a man
    ("BRASILIA (Reuters) - Brazil's new central bank chief said on Monday that inflation would be "
     "\"back to target within two years.\"\n\n"
     "Rafael Monteiro Dias, 51, a former deputy finance minister, took office last week.\n\n"
     "\"We will not cut rates early,\" Dias told reporters.",
     "back to target within two years.", "Rafael Monteiro Dias"),
])
def test_place_role_in_lead(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_person_role_in_lead_not_taken(nlp):
    # a person's aide in the lead is not the next person named (the person is named before it)
    text = ("WASHINGTON (AP) — Senator Ann Lee's chief of staff said on Monday the bill was \"dead.\"\n\n"
            "Tom Rivera, a Republican, said the vote would go ahead.")
    assert speaker_name(nlp, text, "dead.") != "Tom Rivera"


# A dateline the parser makes a second subject of the verb, with the quote between them: the
# inverted cue's name speaks ("SEOUL (AP) — “…,” said X").
@pytest.mark.parametrize("text, quote, name", [
    ("SEOUL (AP) — \"We will keep calling,\" said Lee Ji-won, the unification minister.",
     "We will keep calling,", "Lee Ji-won"),
    ("SEOUL (AP) — \"We will keep calling,\" said Tom Baker, the unification minister.",
     "We will keep calling,", "Tom Baker"),
    ("BOGOTÁ, Colombia (AP) — \"The river is dying,\" said Luz Marina de la Hoz Restrepo, the environment minister.",
     "The river is dying,", "Luz Marina de la Hoz Restrepo"),
])
def test_dateline_before_inverted_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_dateline_before_fronted_cue(nlp):
    # no quote between: the name nearest the verb, as before
    text = "LONDON (Reuters) - Donald Tusk said the talks had \"run out of road.\""
    assert speaker_name(nlp, text, "run out of road.") == "Donald Tusk"


def test_first_given_name_cut_by_recogniser(nlp):
    # a pronoun stage 1 gave a full name without its first given name: the one person whose name ends so
    text = ("In the village of Bellavista, Ana Lucía Pérez de Gómez, 67, sells fried fish from a wooden stall. "
            "She said the fish have grown smaller.\n\n"
            "\"My grandmother fished this river, my mother fished it, and I fished it,\" she said.")
    assert speaker_name(nlp, text, "My grandmother fished this river, my mother fished it, and I fished it,") == \
        "Ana Lucía Pérez de Gómez"


@pytest.mark.parametrize("text, quote, name", [
    # a record that quotes someone stays the source, as "according to a transcript of the show"
    # does (the convention the lead kept in session 14): the tweet, not the president
    ("An early tweet quoted the president as saying \"we need to do something now.\"",
     "we need to do something now.", "tweet"),
    ("The report quoted the chief as saying the fire was \"an accident.\"", "an accident.", "report"),
])
def test_record_quoting_someone_stays_the_source(nlp, text, quote, name):
    got = speaker_name(nlp, text, quote)
    assert got is not None and name in got
