"""Stage 2 following chains of reference: a pronoun resolved to a description that names someone
(A), a description introduced by another description (B), and a plural description given with its
members' names (C). Through the real model; every passage is ours (wire, local TV, sports,
features; both sexes, organisations, plurals), with negative rows where the chain must stop.

Each row: a short passage, the quote's words, and what the speaker must be named.
"""
import pytest

from quotex.attribution.attribute import DocState
from quotex.text.windows import extract_text


def speaker_of(nlp, text, quote):
    quotes = {q.text: q for q in extract_text(text, nlp, state=DocState())}
    assert quote in quotes, f"quote {quote!r} not found in {list(quotes)}"
    sp = quotes[quote].speaker
    assert sp is not None, f"no speaker for {quote!r}"
    assert text[sp.start:sp.end] == sp.text
    return sp


# (A) "he"/"she"/"it" that stage 1 resolved to a description: the name that description stands for
# where the article wrote it, never the description ("former president").
PRONOUN_TO_DESCRIPTION = [
    # Feature (US): the description re-refers to the man the sentence before was about.
    ("Bill is back on the trail\n\nBill Clinton's hair was whiter and his voice hoarser than in 1992.\n\n"
     "In his first solo appearance of the campaign, the former president spoke to about 700 people in a "
     "school gym. He did not mention his own record.\n\n"
     '"I thought she was the most amazing person," he said.', "I thought she was the most amazing person,",
     "Bill Clinton"),
    # Wire (US), a woman: the subject who spoke just before, described by her posts.
    ('Clinton urges more airstrikes\n\n"We\'re not winning," Hillary Clinton said on ABC\'s "This Week" on '
     "Sunday.\n\nThe Democratic front-runner and former secretary of state said the U.S. needed a more "
     'robust air campaign.\n\n"There are additional steps we have to take," she said.',
     "There are additional steps we have to take,", "Hillary Clinton"),
    # Local TV: a title given before the description ("Mayor Ann Lee … The mayor … she said").
    ("Council approves budget\n\nMayor Ann Lee spoke at length on Tuesday night. The mayor, who faces "
     're-election in the fall, defended the tax increase.\n\n"Nobody likes paying more, but the roads have '
     'to be fixed," she said.', "Nobody likes paying more, but the roads have to be fixed,", "Ann Lee"),
    # Business (Canadian): an organisation through "the company".
    ("Plant to close\n\nAtlantic Seafoods Ltd. will close its Souris plant in March, putting 90 people out "
     'of work. The company blamed falling catches.\n\n"We did everything we could to keep the doors open," '
     "it said in a statement.", "We did everything we could to keep the doors open,", "Atlantic Seafoods Ltd"),
    # Sports (Canadian hockey): a position the player was titled with.
    ("Hartley scores twice\n\nWinger Liam Hartley scored twice as the Wolves beat Sudbury 4-2 on Friday. Coach "
     "Pat Rourke called it a complete game.\n\nThe winger, who missed a month with a broken hand, was back on "
     'the top line.\n\n"It felt like I\'d never left," he said.', "It felt like I'd never left,", "Liam Hartley"),
]
# Negative: the description brings in someone else, or names nobody: it stays as written.
PRONOUN_TO_DESCRIPTION_STAYS = [
    # Local TV: a role the person who spoke before was not described with ("who chairs the board").
    ('"The plan is fair," said Ann Lee, who chairs the board.\n\nThe treasurer said the district could not '
     'afford it.\n\n"We would be in deficit by March," she said.', "We would be in deficit by March,", "treasurer"),
    # An organisation nobody named, and a plural without members.
    ("Strike vote\n\nMembers of the union voted 94 per cent in favour of a strike on Sunday. The union "
     'represents 4,000 grocery workers.\n\n"Our members have had enough," it said in a statement.',
     "Our members have had enough,", "union"),
    ("Residents angry\n\nResidents of Elm Street packed the council chamber on Tuesday. The residents, who have "
     'complained for years about speeding, want speed bumps.\n\n"Somebody is going to get killed," they said.',
     "Somebody is going to get killed,", "residents"),
    # Somebody the sentence before was about, but as the one something was done to.
    ("Arrest made\n\nTom Reed was arrested Tuesday after a standoff on Elm Street. The officer said the "
     'suspect surrendered without a fight.\n\n"He came out with his hands up," he said.',
     "He came out with his hands up,", "officer"),
    # Somebody whose house the sentence was about: the fire chief is another man.
    ("Fire on Elm\n\nTom Reed's house burned down on Tuesday.\n\nAt the scene, the fire chief said the blaze "
     'started in the kitchen. He praised the crews.\n\n"They saved the houses on either side," he said.',
     "They saved the houses on either side,", "fire chief"),
    ("Fire on Elm\n\nTom Reed watched his house burn on Tuesday.\n\nAt the scene, the fire chief said the "
     'blaze started in the kitchen. He praised the crews.\n\n"They saved the houses on either side," he said.',
     "They saved the houses on either side,", "fire chief"),
    # Of the other sex: "Ann Lee's house" does not make the fire chief's "he" hers.
    ("Fire on Elm\n\nAnn Lee's house burned down on Tuesday.\n\nAt the scene, the fire chief said the blaze "
     'started in the kitchen. He praised the crews.\n\n"They saved the houses on either side," he said.',
     "They saved the houses on either side,", "fire chief"),
]


@pytest.mark.parametrize("text, quote, name", PRONOUN_TO_DESCRIPTION + PRONOUN_TO_DESCRIPTION_STAYS)
def test_pronoun_through_description(nlp, text, quote, name):
    assert speaker_of(nlp, text, quote).name == name


# (B) A description a recap or a feature goes on with after naming someone else: a later "the
# 22-year-old said" is whom that description stands for (resolved where it stands), not the
# person the text named last; when it stands for nobody named, nobody.
DESCRIPTION_TO_DESCRIPTION = [
    # Sports (US college): the coach was named last, the guard was the one the text went on about.
    ("Ellis leads Hawks past Cyclones\n\nSenior guard Maya Ellis scored 20 points as the Hawks beat Iowa State "
     "71-64 on Saturday. Coach Dana Brooks praised her defence.\n\nThe senior guard, who transferred from Iowa "
     'State, had struggled early in the season. "I finally feel at home here," the 22-year-old said.',
     "I finally feel at home here,", "Maya Ellis"),
    # Sports (Canadian hockey), a man.
    ("Hartley scores twice\n\nWinger Liam Hartley scored twice as the Wolves beat Sudbury 4-2 on Friday. Coach "
     "Pat Rourke called it a complete game.\n\nThe veteran winger, who missed a month with a broken hand, was "
     'back on the top line. "It felt like I\'d never left," the 29-year-old said.', "It felt like I'd never left,",
     "Liam Hartley"),
    # Local TV: a minister, with the mayor named after her.
    ("Bridge reopens\n\nTransportation Minister Carla Dube announced the reopening on Monday. Mayor Tom Reid cut "
     "the ribbon.\n\nThe minister, who grew up in the town, walked across first. \"This bridge carried my "
     'father to work," the 58-year-old said.', "This bridge carried my father to work,", "Carla Dube"),
    # Feature: a principal, with a trustee named after her.
    ("School marks centennial\n\nPrincipal Rosa Conti has led Lakeview Public School since 1998. Trustee Marco "
     "Diaz read a letter from the premier.\n\nThe principal, who started at the school as a supply teacher, "
     'plans to retire in June. "I never thought I would stay this long," the 61-year-old said.',
     "I never thought I would stay this long,", "Rosa Conti"),
]
# Negative: the description the text went on with names nobody: the age stays as written (not the
# mayor named before it).
DESCRIPTION_TO_NOBODY = [
    ("Storm damage\n\nA man was hurt when a tree fell on his car. Mayor Ann Lee visited the scene.\n\nThe driver, "
     'who was taken to hospital, is in stable condition. "I heard a crack and then it went dark," the '
     "61-year-old said.", "I heard a crack and then it went dark,", "61-year-old"),
]


@pytest.mark.parametrize("text, quote, name", DESCRIPTION_TO_DESCRIPTION + DESCRIPTION_TO_NOBODY)
def test_description_through_description(nlp, text, quote, name):
    assert speaker_of(nlp, text, quote).name == name


# (C) A plural description given its members' names: the people named, as two people named together
# are ("Ann Lee and Bob Stone"), kind "group"; through "they" and through a later "the coaches".
PLURAL_MEMBERS = [
    # Wire (US): "they" through the description, a pair of women.
    ("Senators break with party\n\nThe two senators, Susan Collins of Maine and Lisa Murkowski of Alaska, issued "
     'a joint statement on Tuesday.\n\n"We cannot support a bill that takes coverage away from millions of '
     'people," they said.', "We cannot support a bill that takes coverage away from millions of people,",
     "Susan Collins and Lisa Murkowski"),
    # The description without its article, the members with places.
    ("Senators break with party\n\nTwo Republican senators, Susan Collins of Maine and Lisa Murkowski of Alaska, "
     'said Tuesday they would oppose the bill.\n\n"We cannot support a bill that takes coverage away from '
     'millions of people," they said in a joint statement.',
     "We cannot support a bill that takes coverage away from millions of people,",
     "Susan Collins and Lisa Murkowski"),
    # Sports: a man and a woman with their teams, then "the coaches said".
    ("Coaches agree\n\nBoth coaches, Dana Brooks of the Hawks and Pat Rourke of the Wolves, said the schedule was "
     'too tight.\n\n"Nobody should play three games in four nights," the coaches said.',
     "Nobody should play three games in four nights,", "Dana Brooks and Pat Rourke"),
]
# Negative: organisations in apposition are no members (stage 1's choice stands, no joined name),
# and a plural noun whose apposition is far from it names nobody.
PLURAL_NO_MEMBERS = [
    ("Groups file suit\n\nTwo environmental groups, Greenpeace and the Sierra Club, filed suit on Monday.\n\n"
     '"The permit ignores the law," they said in a statement.', "The permit ignores the law,", "Greenpeace"),
    ("Eligibility fight\n\nThe lawyers also pointed to two former hopefuls, Sen. John McCain of Arizona and Gov. "
     'George Romney of Michigan, as examples.\n\n"All command the same conclusion," the lawyers said.',
     "All command the same conclusion,", "lawyers"),
]


@pytest.mark.parametrize("text, quote, name", PLURAL_MEMBERS + PLURAL_NO_MEMBERS)
def test_plural_description_members(nlp, text, quote, name):
    sp = speaker_of(nlp, text, quote)
    assert sp.name == name
    assert (sp.kind == "group") if " and " in name else (" and " not in sp.name)
