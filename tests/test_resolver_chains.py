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
]
# Negative: the description brings in someone else, or names nobody: it stays as written.
PRONOUN_TO_DESCRIPTION_STAYS = [
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
