"""A noun for a kind of company ("the bank", "the miner", "the automaker") is the company whose name
says that kind, before the company named last (session 16; found writing a Canadian Press business
story).

"Shopify Inc. reported … Analysts at RBC Dominion Securities raised their price target. “…,” the
bank wrote in a note to clients" gave the note to Shopify: the recogniser left "RBC Dominion
Securities" untagged ("Securities" is now a business's name ending, lexicon BUSINESS_NAME_ENDS),
and "the bank" stood for the last company named, whatever its kind. lexicon TYPE_NAME_WORDS now
says which name words make a bank, a lender, an insurer, a miner, an automaker or a broadcaster, as
it said which make a union or a utility.
"""
import pytest
from attribution_helpers import extracted_speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # business wire: the bank's brokerage after the company its note is about
    ("Shopify Inc. reported quarterly revenue of $390 million on Tuesday.\n\nAnalysts at RBC Dominion "
     "Securities raised their price target. \"The fulfilment bet is starting to pay off,\" the bank "
     "wrote in a note to clients.", "The fulfilment bet is starting to pay off,", "RBC Dominion Securities"),
    # the miner named before a retailer
    ("Northern Ridge Mining Corp. said it would close its Timmins mine in March. Canadian Tire Corp. "
     "said it would open a store in the town anyway.\n\n\"Our decision was about ore grades, nothing "
     "else,\" the miner said in a statement.", "Our decision was about ore grades, nothing else,",
     "Northern Ridge Mining Corp"),
    # the automaker named before its supplier
    ("General Motors Co. will end production at its Oshawa plant, a move that hits Magna International "
     "Inc. as well.\n\n\"This was a difficult decision,\" the automaker said.", "This was a difficult decision,",
     "General Motors Co"),
    # the insurer
    ("Aviva Insurance Co. has paid out more than $40 million since the flood, while Home Depot Inc. "
     "reported record sales of pumps.\n\n\"Claims are still coming in,\" the insurer said.",
     "Claims are still coming in,", "Aviva Insurance Co"),
])
def test_kind_noun_names_its_kind(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a utility as before
    ("BC Hydro said crews had restored power to most customers.\n\n\"We expect the rest back by "
     "Friday,\" the utility said.", "We expect the rest back by Friday,", "BC Hydro"),
    # the generic noun is still the company named last
    ("Northern Ridge Mining Corp. said it would close its mine. Canadian Tire Corp. said it would open "
     "a store in the town anyway.\n\n\"We believe in Timmins,\" the company said.", "We believe in Timmins,",
     "Canadian Tire Corp"),
])
def test_other_company_nouns_unchanged(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
