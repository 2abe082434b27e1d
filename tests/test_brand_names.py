"""Brands whose "'s" is their own ("McDonald's", "Trader Joe's", "Ben & Jerry's") are named as
written, not cut to "McDonald".

Mechanism (quotex.resolution.names.brand_possessive, applied to organisation speakers by
quotex.document): the text never writes the name without its "'s", and writes it at least once
with a verb or a stop right after it ("McDonald's said Tuesday", "Lowe's declined to comment.").
A real possessive ("Apple's chief executive") and a name written bare anywhere ("Apple said") keep
the bare name. Sentences written for these tests (business wire, consumer news, local TV).
"""
import pytest

from attribution_helpers import extracted_speaker
from quotex.resolution.names import brand_possessive

SPEAKERS = [
    ('McDonald\'s said Tuesday it would raise wages for 10,000 workers. "Our people are our priority," '
     'the company said in a statement.', "Our people are our priority,", "McDonald's"),
    ('Ben & Jerry\'s said it would stop selling ice cream in the region. "It is inconsistent with our values," '
     'Ben & Jerry\'s said.', "It is inconsistent with our values,", "Ben & Jerry's"),
    ('Trader Joe\'s said it was recalling the cookies. "Out of an abundance of caution, we are pulling the '
     'product," the grocer said.', "Out of an abundance of caution, we are pulling the product,", "Trader Joe's"),
    ('Macy’s announced 150 store closures on Tuesday. "We are building a stronger company," Macy’s said.',
     "We are building a stronger company,", "Macy’s"),
]


@pytest.mark.parametrize("text,quote,want", SPEAKERS)
def test_brand_named_as_written(nlp, text, quote, want):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.kind) == (want, "organization")


@pytest.mark.parametrize("name,text,want", [
    ("McDonald", "McDonald's said Tuesday it would raise wages.", "McDonald's"),
    ("Lowe", "Lowe's declined to comment.", "Lowe's"),
    ("Lowe", "A spokesperson for Lowe’s, the home-improvement chain, did not answer.", "Lowe’s"),
    # a possessive before a noun only, or the bare name anywhere: the bare name stands
    ("Apple", "Apple's chief executive spoke first. The company said sales fell.", None),
    ("Apple", "Apple's new phone sold out. Apple said it would make more.", None),
    ("Apple", "Apple said sales fell. Apple's stock dropped.", None),
    ("McDonald's", "McDonald's said so.", None),
])
def test_brand_possessive(name, text, want):
    assert brand_possessive(name, text) == want
