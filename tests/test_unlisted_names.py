"""People whose first name is in no list, recognised by the words around the name.

Mechanisms (quotex.resolution.entities): missed_people reads two untagged capitalised words as a
person when a noun for a person stands in apposition after them or a role word right before them
(_unlisted_person); a span tagged an organisation that is a role word and a two-word name is a
person (_titled_person, used by name_mention); so is a hyphenated given name in no list and a
surname after a title ("Dr. I-Min Lee", "Coach Jae-Won Park"). Then "he said" after them finds them. Sentences
written for these tests (Canadian labour and utility news, US local news).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    ('Coun. Jeff Browaty, who voted against the plan, called the cost estimates "a fantasy."\n\n'
     '"We are spending money we do not have," Browaty said.\n\n'
     'The plan calls for rapid transit corridors along Portage Avenue and Main Street by 2030.\n\n'
     'Aleem Chaudhary, president of Amalgamated Transit Union Local 1505, said drivers were "cautiously optimistic."\n\n'
     '"Our members want to see the details," he said.', "Our members want to see the details,", "Aleem Chaudhary"),
    ('Hydro-Québec says 300,000 customers are without power after the ice storm. Spokesperson Cendrix Bouchard '
     'said crews from New Brunswick were on their way. "It will take days, not hours," he said.',
     "It will take days, not hours,", "Cendrix Bouchard"),
    # a hyphenated given name in no list, after a title (the pronoun reports the whole name)
    ('"The benefits level off after about 7,000," said Dr. Amanda Paluch, the study\'s lead author.\n\n'
     'Dr. I-Min Lee of Harvard Medical School, who was not involved in the research, said the study could not '
     'prove cause and effect.\n\n"People who walk more may simply be healthier," she said.',
     "People who walk more may simply be healthier,", "I-Min Lee"),
    ('Coach Tom Reilly praised the defence. "They were everywhere," Reilly said.\n\n'
     'Coach Jae-Won Park of the visiting Eagles was less happy with his team. "We were slow all night," he said.',
     "We were slow all night,", "Jae-Won Park"),
]

NEGATIVES = [
    # a company's name with a type in apposition stays the company
    ('Harbour Foods, the grocer that runs six stores in Halifax, said prices would rise. "We have no choice," it said.',
     "We have no choice,", "Harbour"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_unlisted_first_name_is_a_person(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,wrong", NEGATIVES)
def test_company_stays_a_company(nlp, text, quote, wrong):
    got = extracted_speaker_name(nlp, text, quote) or ""
    assert got.startswith("Harbour Foods") or wrong not in got
