"""A "whose" clause between a name and its verb: the speaker is the name, not the clause's noun.

Mechanism (mentions.Stage1._whose_antecedent): when the parser makes the noun a "whose" clause
owns the subject of the speech verb ("whose … district includes …, said" with "district" as the
subject), the speaker is the name or noun right before "whose", past commas and a bracketed party
tag. Sentences written for these tests (Congress, business, local news).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Democrats accused Republicans of playing politics with victims. Rep. Doris Nakamura (D-Calif.), whose '
     'Sacramento-area district includes neighborhoods damaged in the Hartwell Fire, said the delay was '
     '"unconscionable."', "unconscionable.", "Doris Nakamura"),
    ('Acme Corp., whose stock fell 10% on Monday, said the drop was "temporary."', "temporary.", "Acme Corp"),
    ('Sen. Tom Hale, whose state lost two plants last year, said the bill was "long overdue."', "long overdue.",
     "Tom Hale"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_whose_clause_keeps_the_speaker(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
