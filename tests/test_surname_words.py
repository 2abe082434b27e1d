"""A surname that is an ordinary word ("Little", "Young", "Strong"), opening a sentence with its
verb right after it, is the person named in full with it, for the pronoun that follows.

Mechanism (antecedents.AntecedentIndex._collect): the surname of a person the document named in
full is that person whatever the tagger made of the word (an adjective), when it is the subject or
opens its sentence with a finite verb after it. Sentences written for these tests (US local TV,
Canadian council, sports).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Crews found heavy flames at the back of the home, according to District Chief Andy Little.\n\n'
     '"The family was already out on the lawn," Little said.\n\n'
     'Capt. Stephen Dunn, a department spokesman, said the fire did not appear suspicious.\n\n'
     '"We are looking at something electrical," Dunn said.\n\n'
     'A GoFundMe page for the family had raised $4,000 by Thursday.\n\n'
     'Little reminded viewers to test their smoke alarms once a month. The department gives free alarms to residents.\n\n'
     '"That alarm is the reason we are not having a very different conversation," he said.',
     "That alarm is the reason we are not having a very different conversation,", "Andy Little"),
    ('Coach Tom Young has won three titles at Central. Assistant coach Ray Burke said the team was tired.\n\n'
     '"We need a week off," Burke said.\n\n'
     'Young praised the seniors in the locker room after the game. The team plays again Friday.\n\n'
     '"They carried us all year," he said.', "They carried us all year,", "Tom Young"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_ordinary_word_surname_is_the_person(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
