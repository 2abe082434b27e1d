"""A person a copula describes before a colon introduces the quote after it, the parser having hung
the copula under the quote's verb (session 16; found probing short wire and CP sentences).

"Asked about the delay, Health Minister Patty Hajdu was blunt: “We should have moved faster.”" gave
the quote no speaker: after a fronted participle the parser hangs "was" under the quote's own verb,
so neither the colon's head nor the sentence's root is a verb outside the quote. The copula's own
subject now speaks when it is a name, a person's pronoun or a person noun (context._stance_subject,
which h22u wrote for "Sandoval was quick to pounce: “…”" the same session; see
tests/test_blind_us13_fixes.py). And a fronted participle is no verb whose subject speaks:
"Reached by phone Tuesday, the founder, Lisa Chen, was blunt:" had given "phone", the passive's agent.
"""
import pytest
from attribution_helpers import extracted_speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # CP politics, a woman
    ("Asked about the delay, Health Minister Patty Hajdu was blunt: \"We should have moved faster.\"",
     "We should have moved faster.", "Patty Hajdu"),
    # a man, budget story
    ("Pressed on the deficit, Finance Minister Bill Morneau was unapologetic: \"We chose to invest in "
     "families.\"", "We chose to invest in families.", "Bill Morneau"),
    # business, a founder in apposition
    ("Reached by phone Tuesday, the company's founder, Lisa Chen, was blunt: \"We ran out of cash.\"",
     "We ran out of cash.", "Lisa Chen"),
    # a pronoun for the person named before
    ("Mayor Tom Berg spoke after the vote.\n\nAsked whether he would run again, he was coy: \"Ask me in "
     "June.\"", "Ask me in June.", "Tom Berg"),
    # sports, a role noun
    ("Coach Dale Meyers watched the film twice.\n\nAsked about the loss, the coach was brief: \"We got "
     "beat.\"", "We got beat.", "Dale Meyers"),
])
def test_described_person_introduces(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a thing's copula: the person it is set up for
    ("For Ms. Pryce, the answer is simple: \"Build more housing.\"", "Build more housing.", "Pryce"),
    # a copula in what somebody said: the one who said it
    ("Ann Lee, whose bakery sits across from city hall, said Mayor Tom Berg was a leader in the spirit "
     "of the town: \"He listens. He never hurries.\"", "He listens. He never hurries.", "Ann Lee"),
    # a thing's copula with a cue after the quote: the cue's speaker
    ("The reaction from residents was swift: \"This is a disgrace,\" said Tom Marsh.", "This is a disgrace,",
     "Tom Marsh"),
])
def test_other_copulas(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
