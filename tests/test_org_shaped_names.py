"""Organisations whose names look like a person's (session 16; found probing Canadian utility and
small-business stories).

- "Nova Scotia Power said about 20,000 customers were without power. “…,” it said" gave the quote
  the name "unidentified organization": "Nova" is a first name, so the company was taken for a
  person and "it" found nobody. A name that opens with (or is) a US state's or a Canadian
  province's name of two words or more is no person (corpus_names.home_subdivision_phrases).
- "Sarah Nguyen opened her bakery, Sweet Rise, in 2015. … “…,” she said" gave the quote to "Sweet
  Rise", tagged a person: a name in apposition to a kind of business (lexicon COMPANY_NOUNS and
  SMALL_BUSINESS_NOUNS) is that business.
"""
import pytest
from attribution_helpers import extracted_speaker_name

from quotex.resolution.antecedents import looks_like_person


@pytest.mark.parametrize("name, person", [
    ("Nova Scotia Power", False),
    ("New Brunswick Power", False),
    ("Prince Edward Island", False),
    ("Rhode Island", False),
    ("Carly Fiorina", True),
    ("Samantha Power", True),
    ("Virginia Smith", True),
])
def test_looks_like_person(name, person):
    assert looks_like_person(name) is person


@pytest.mark.parametrize("text, quote, name", [
    # utility outage, local TV
    ("Nova Scotia Power said about 20,000 customers were without power Sunday.\n\n\"We appreciate our "
     "customers' patience,\" it said.", "We appreciate our customers' patience,", "Nova Scotia Power"),
    # a person after the utility is still the person
    ("Nova Scotia Power said about 20,000 customers were without power Sunday. Spokesperson Jacqueline "
     "Foster said crews were working around the clock.\n\n\"We appreciate your patience,\" she said.",
     "We appreciate your patience,", "Jacqueline Foster"),
    # small business feature, a woman
    ("Sarah Nguyen opened her bakery, Sweet Rise, in 2015.\n\nSweet Rise now employs 14 people.\n\n"
     "\"I never thought it would get this big,\" she said.", "I never thought it would get this big,",
     "Sarah Nguyen"),
    # a man and his brewery
    ("Tom Okafor started his brewery, Lake Effect, in a garage.\n\nLake Effect now ships to three "
     "provinces.\n\n\"We still clean the tanks by hand,\" he said.", "We still clean the tanks by hand,",
     "Tom Okafor"),
    # a person in apposition to a role is still a person
    ("The bakery's owner, Sarah Nguyen, opened in 2015.\n\n\"I never thought it would get this big,\" "
     "she said.", "I never thought it would get this big,", "Sarah Nguyen"),
])
def test_speakers(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
