"""A first name alone for a member of a named family is that family's: "Priya and Rohan Mehta … Priya
said" is Priya Mehta, "Hennigar's mother, Beverly, … she told the court" Beverly Hennigar.

Mechanisms (sentences written for these tests: CBC local, court, a feature, a council story; both
sexes; and people who share no surname):
- entities.missed_people: a listed first name the recogniser left untagged, before "and" and a
  full name, shares its surname (entities.shared_surname) in the entity table;
- antecedents.AntecedentIndex._first_name_of_pair: a first name in apposition to a kin noun owned
  by a surname the article gave a person ("Reed's wife, Anna,") takes that surname, also when the
  recogniser tagged the first name a place or an organisation.
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Priya and Rohan Mehta were celebrating their anniversary at a Mississauga restaurant when a manager '
     'told them the dog had to leave, they say.\n\n"We showed him the ID card. He didn\'t care," Priya said.',
     "We showed him the ID card. He didn't care,", "Priya Mehta"),
    ('Derek Hennigar, 29, died in 2022. Hennigar\'s mother, Beverly, read a victim impact statement. '
     '"I will never hear his laugh again," she told the court.', "I will never hear his laugh again,",
     "Beverly Hennigar"),
    ('Mayor Tom Reed spoke first. Reed\'s wife, Anna, stood beside him. "We are grateful," she said.',
     "We are grateful,", "Anna Reed"),
    ('Grace Okonjo moved to Calgary in 2010 with her husband, Samuel. "We came for the jobs," he said.',
     "We came for the jobs,", "Samuel Okonjo"),
    # no family: a business partner keeps her own name, a list of two full names shares nothing
    ('Ann Lee, 40, runs the bakery. Lee\'s business partner, Maria, handles the books. '
     '"She never sleeps," Maria said.', "She never sleeps,", "Maria"),
    ('Tom Smith and Ann Lee ran against each other. "It was a clean race," Smith said.',
     "It was a clean race,", "Tom Smith"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_family_first_name(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
