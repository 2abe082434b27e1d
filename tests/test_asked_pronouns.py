"""The "he" in what someone asks is the one asked: "Host Kristen Welker asked whether he felt
betrayed" says nothing of Welker's sex and is no mention of her.

Mechanism (antecedents.AntecedentIndex._asked_about, lexicon ASKING_VERBS): a pronoun inside the
clause of a person's verb of asking gives that person no vote of sex and no mention. Sentences
written for these tests (TV interview write-ups, a council meeting, a press conference; hosts of
both sexes, first names given to both sexes).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Speaking on NBC\'s "Meet the Press," Republican Sen. James Lankford said he was disappointed.\n\n'
     '"I was told I would be supported, and then I wasn\'t," Lankford said.\n\n'
     'Host Kristen Welker asked whether he felt betrayed. "I feel like the country lost," he replied.',
     "I feel like the country lost,", "James Lankford"),
    ('Mayor Ann Lee defended the budget at Tuesday\'s meeting. "We had no choice," Lee said.\n\n'
     'Councillor Tom Hale asked whether she had considered a smaller increase. "We looked at everything," '
     'she said.', "We looked at everything,", "Ann Lee"),
    ('Coach Dan Price took questions after the loss. "We were flat," Price said.\n\n'
     'A reporter, Jordan Ellis, pressed Price on the play calling. "I would call it again," he said.',
     "I would call it again,", "Dan Price"),
    # the asker's own gesture and a passive "was asked" still say who the asker is
    ('Bernie Sanders was asked about the lawsuit in an interview in which he said he did not support it. '
     '"Can you sue a gun maker?" Sanders asked, shaking his head.\n\n'
     'Jillian Soto, who lost her sister at Sandy Hook, was not persuaded. "He is wrong," she said.\n\n'
     '"Our families want the sellers held accountable," she added.',
     "Our families want the sellers held accountable,", "Jillian Soto"),
    # the asker's own words stay the asker's
    ('Host Kristen Welker asked the senator about the deal. "Was it worth it?" she asked.',
     "Was it worth it?", "Kristen Welker"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_pronoun_in_a_question_is_the_one_asked(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
