"""A headline's role ("Manitoba premier says …", "Fed chair warns …") is the person the story
below gives that role.

Mechanism (quotex.resolution.resolve._headline_role): a headline speaker that is a role noun with
a place or body before it and no article is the one person of the article whose title has the
role (or a role of its family), or, of several, the one whose title or name has the headline's
capitalised words. A headline that opens with its quote and a colon and then says only who said
it, with an article ("'It's my whole life': the streetcar operator who …"), is the one person of
that role, else the story's subject (rules.context _headline_noun; resolve.resolve_speaker).
Sentences written for these tests (CBC, CTV, AP, podcast, First Nations news styles).
"""
import pytest

from attribution_helpers import extracted_speaker

CASES = [
    ('Manitoba premier says province will "not back down" on carbon tax\n\n'
     'WINNIPEG — Premier Wab Kinew says Manitoba will not back down in its fight with Ottawa.\n\n'
     '"We will stand up for Manitobans," Kinew told reporters Tuesday.', "not back down", "Wab Kinew"),
    ('Neskantaga chief says community "cannot wait another winter" for water plant\n\n'
     'The chief of Neskantaga First Nation says his community has run out of patience.\n\n'
     'Chief Wayne Moonias made the comments Wednesday in Thunder Bay.\n\n'
     '"Our children have never known clean water," Moonias said.', "cannot wait another winter", "Wayne Moonias"),
    ('Fed chair warns of \'painful\' road ahead\n\n'
     'WASHINGTON (AP) — Federal Reserve Chair Jerome Powell warned Friday that bringing down inflation would hurt.\n\n'
     '"We must keep at it," Powell said.', "painful", "Jerome Powell"),
    # two premiers: the headline's place picks the one whose title has it
    ('Ontario premier calls talks "a waste of time"\n\n'
     'Ontario Premier Doug Ford and Alberta Premier Danielle Smith met in Toronto on Monday.\n\n'
     '"We got nothing done," Ford said. "Nothing," Smith said.', "a waste of time", "Doug Ford"),
]

NEGATIVES = [
    # nobody in the story has the role: the headline's words stay, a person
    ('Former mayor says city "lost its way"\n\nThe city council met on Monday to debate the budget.\n\n'
     '"It was a long night," Coun. Ann Lee said.', "lost its way", "Ann Lee"),
    # two premiers and no place to tell them apart
    ('Premier says talks were "a waste of time"\n\nPremier Doug Ford and Premier Danielle Smith met in Toronto.\n\n'
     '"We got nothing done," Ford said. "Nothing," Smith said.', "a waste of time", "Doug Ford"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_headline_role_is_the_story_person(nlp, text, quote, want):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.kind) == (want, "person")


@pytest.mark.parametrize("text,quote,wrong", NEGATIVES)
def test_headline_role_left_alone(nlp, text, quote, wrong):
    sp = extracted_speaker(nlp, text, quote, required=False)
    assert sp is None or sp.name != wrong


# A headline that opens with its quote and a colon, then only who said it, with an article:
# stage 1 takes the noun phrase (rules.context _headline_noun), stage 2 the one person given that
# role, else the person the story is about (resolve_speaker, _story_subject).
COLON_CASES = [
    ("'Flying is still very safe': A former FAA inspector on the Wexford crash\n\n"
     "Host Monica Hale spoke with Raymond Castellano, a retired FAA inspector, about the crash.\n\n"
     '"The system worked," Castellano said.', "Flying is still very safe", "Raymond Castellano"),
    ("'It's my whole life': the streetcar operator who has driven the 501 for 30 years\n\n"
     "TORONTO - When Delroy Campbell started driving streetcars in 1989, the fare was $1.10.\n\n"
     "Campbell, 61, will make his last run on Friday. Campbell says he has no regrets.\n\n"
     '"It was never the same street twice," Campbell said.', "It's my whole life", "Delroy Campbell"),
    ("‘I just want my son home’: A Winnipeg mother on the search for her missing teen\n\n"
     "Angela Roulette has not seen her son since March 3. Roulette says police have stopped calling.\n\n"
     '"Nobody tells me anything," Roulette said. Roulette has put up 500 posters.', "I just want my son home",
     "Angela Roulette"),
]

COLON_NEGATIVES = [
    # a thing after the colon says who said nothing
    ("'Unacceptable': the number of ER closures in rural Nova Scotia keeps climbing\n\n"
     "Health Minister Michelle Thompson said the province was hiring. \"We are working on it,\" she said.",
     "Unacceptable", "Michelle Thompson"),
]


@pytest.mark.parametrize("text,quote,want", COLON_CASES)
def test_colon_headline_description(nlp, text, quote, want):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.kind) == (want, "person")


@pytest.mark.parametrize("text,quote,wrong", COLON_NEGATIVES)
def test_colon_headline_thing(nlp, text, quote, wrong):
    import quotex

    quotes = {q.text: q for q in quotex.extract(text, nlp=nlp)}
    q = quotes.get(quote)
    assert q is None or q.speaker is None or q.speaker.name != wrong


# A family qualified by a place is no person of that name (mentions._qualifies_head: "family" says
# whose, like "campaign" or "father"): "Fort McMurray" tagged a person stays a place.
@pytest.mark.parametrize("text,quote,want", [
    ("'We lost everything': Fort McMurray family returns to find home in ashes\n\n"
     "FORT McMURRAY, Alta. — Jason and Kelly Barrett knew their house was gone before they saw it.",
     "We lost everything", "Fort McMurray family"),
    ('The Trump family said in a statement that it was "deeply saddened."', "deeply saddened.", "Trump family"),
])
def test_family_of_a_place_or_name_is_a_group(nlp, text, quote, want):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.kind) == (want, "group")
