"""A trade's noun in apposition names a firm or one of its workers: "Teck Resources, the Vancouver-based miner,"
is a company, "Earl Whitt, a retired coal miner," a man.

Mechanism (antecedents.AntecedentIndex._org_by_apposition): an apposition noun for a trade that ends
like a noun for a person ("miner", "producer", "grocer") makes a name an organisation only when the
name does not open with a listed first name. Sentences written for these tests (a feature, business
wire, local news), both sexes.
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Tyler Ames took over the grill in March. He had never cooked anything fancier than ramen.\n\n'
     '"She gave me one rule," he says.\n\n'
     'The regulars are patient. Earl Whitt, a retired coal miner, has eaten breakfast here since 1994. '
     '"The coffee\'s the same," he says.', "The coffee's the same,", "Earl Whitt"),
    ('Dana Ruiz opened the shop in 2009. "We almost closed twice," she said.\n\n'
     'Across the street, Maria Lopez, a longtime grocer, has watched the block change. '
     '"Rents doubled in five years," she said.', "Rents doubled in five years,", "Maria Lopez"),
    # a firm in apposition stays a firm, and its "it" is the firm
    ('Teck Resources, the Vancouver-based miner, reported a loss on Thursday. "Prices were weak," it said.',
     "Prices were weak,", "Teck Resources"),
    ('Bois Laurentien, a supplier in Quebec, lost the contract. "We will appeal," it said.',
     "We will appeal,", "Bois Laurentien"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_trade_apposition(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
