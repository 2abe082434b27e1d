"""A quoted sentence that goes on from someone's quote stays theirs when the next sentence only
reacts to it ("Boston agreed.", "Hill disagreed.").

Mechanism (rules.cue._says_its_own, lexicon REACTION_VERBS): a reaction verb after a closed quoted
sentence is not that sentence's cue when another quote opened before it in the paragraph. Where
the reaction verb carries the quote itself ("“It does,” Hill agreed."), it is the cue as before.
Sentences written for these tests (sports, council, Q&A styles).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Coach Dawn Staley was blunt after the loss. "We didn\'t deserve to win," Staley said. "They outplayed us." '
     'Her star forward, Aliyah Boston, agreed.', "They outplayed us.", "Dawn Staley"),
    ('"The budget is balanced," Mayor Ann Lee said. "We did it without raising taxes." Councillor Tom Hill disagreed.',
     "We did it without raising taxes.", "Ann Lee"),
    # the reaction verb with the quote as its own words is still the cue
    ('"The plan works," Mayor Ann Lee said. "It does," Councillor Tom Hill agreed.', "It does,", "Tom Hill"),
    # a closed quote with no quote before it in the paragraph: the sentence after still credits it
    ('Councillor Tom Hill spoke next.\n\n"It is a good plan." Hill agreed with the mayor on that much.',
     "It is a good plan.", "Tom Hill"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_reaction_after_a_continued_quote(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
