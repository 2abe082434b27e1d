"""A headline's role ("Manitoba premier says …", "Fed chair warns …") is the person the story
below gives that role.

Mechanism (quotex.resolution.resolve._headline_role): a headline speaker that is a role noun with
a place or body before it and no article is the one person of the article whose title has the
role (or a role of its family), or, of several, the one whose title or name has the headline's
capitalised words. Sentences written for these tests (CBC, AP, First Nations news styles).
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
