"""A lead's unnamed subject ("An Edmonton man who told police he “just snapped” …") is the person the
story then names and tells of.

Mechanism (quotex.resolution.resolve._lead_subject): an indefinite description with a plain person
noun (man, woman, teenager, resident, driver …; lexicon LEAD_SUBJECT_NOUNS), before the body names
anyone, is the person of its sex (and age, if given), without a role title, first named after it,
whom the article names at least three times and twice as often as anyone else who fits. Sentences
written for these tests (Canadian and US crime, courts, local TV, consumer stories).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    # Canadian courts: the judge and lawyers are titled, the accused is not
    ('Winnipeg man guilty in fatal crash\n\n'
     'A Winnipeg man who told officers he "never saw the light" has been convicted of dangerous driving causing death.\n\n'
     'Justice Carol Beaudry found Darren Kowal, 36, guilty on Friday. Kowal had pleaded not guilty.\n\n'
     'Crown attorney Luis Ferreira said Kowal was driving at twice the limit. Kowal did not testify.\n\n'
     'Kowal will be sentenced in June.', "never saw the light", "Darren Kowal"),
    # US local TV: a consumer complaint, the age agrees
    ('Dallas woman says contractor took $18,000 and vanished\n\n'
     'A 64-year-old Dallas woman says she feels "completely foolish" after paying a contractor who never finished her roof.\n\n'
     'Brenda Okafor, 64, said she found the company online. Okafor paid in three installments.\n\n'
     '"He always had a reason," Okafor said. The Better Business Bureau says it has received 11 complaints.\n\n'
     'Okafor has filed a police report.', "completely foolish", "Brenda Okafor"),
    # a wire story where "a teenager" is named in the second paragraph
    ('A teenager who says he was "just trying to help" has been credited with saving a driver from a burning car.\n\n'
     'Jordan Whitehorse, 16, pulled the man from the vehicle on Highway 2 on Sunday. Whitehorse had been '
     'driving home from hockey practice.\n\nWhitehorse said he did not think about it.', "just trying to help",
     "Jordan Whitehorse"),
]

# Left as the description: a name before it, a subject of the other sex, two who fit equally.
NEGATIVES = [
    ('Mayor Ann Lee opened the meeting on Tuesday. A resident called the plan "a joke."\n\n'
     'Tom Hill, 58, spoke next. Hill has lived on the street for 30 years. Hill said he would sue. Hill left early.',
     "a joke.", "Tom Hill"),
    ('A Halifax woman says the bus route cut left her "stranded."\n\n'
     'Transit manager Paul Nguyen said the change saved money. Gary Stone, 50, a driver, agreed. '
     'Stone said the route was empty most days. Stone has driven it for 20 years. Stone drives nights.',
     "stranded.", "Gary Stone"),
    # a feature's opening scene: whoever is named paragraphs later is not the boy who shouted
    ('Early one evening in June, the skate park under the elevated train was loud when a young boy shouted, '
     '"Here they come!"\n\n' + 'The crew skates most nights and films everything for its channel. ' * 25 +
     '\n\nLast month the crew threw a party at a warehouse in Clinton Hill, Brooklyn.', "Here they come!",
     "Clinton Hill"),
    # two men fit and neither is named as news names its subject (with an age): either
    ('A Moncton man says he waited "nine hours" in an emergency room with a broken wrist.\n\n'
     'Paul Leblanc drove him to the hospital on Saturday night. Marc Cormier, a nurse there, said the ward was full. '
     'Leblanc said the staff were kind. Cormier said the wait was not unusual.', "nine hours", "Paul Leblanc"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_lead_subject_is_named(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,wrong", NEGATIVES)
def test_lead_subject_left_alone(nlp, text, quote, wrong):
    got = extracted_speaker_name(nlp, text, quote)
    assert got is not None and got != wrong
