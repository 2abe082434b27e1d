"""A role with its own "in" before a name ("Special Agent in Charge", "Officer in Charge"), and
hyphenated surnames the recogniser left untagged.

Mechanisms: entities.title_before keeps a role's "in" between capitalised words as part of the
title; mentions.Stage1 finds the person at the end of such a title when the parser made the role the
subject ("Officer" with "in Charge Tom Banks" hanging off it); a run of capitalised words read as
a name keeps its hyphenated surname whole ("Vasquez-Reid", not "Reid"). Sentences written for these
tests (US federal press releases, Canadian police, a newsroom).
"""
import pytest

from attribution_helpers import extracted_speaker

CASES = [
    # (text, quote, name, title or None for "any")
    ('Officer in Charge Tom Banks said the highway would stay "closed until morning."', "closed until morning.",
     "Tom Banks", "Officer in Charge"),
    ('Special Agent in Charge Elena Vasquez-Reid said the case was "a priority for this office."',
     "a priority for this office.", "Elena Vasquez-Reid", None),
    ('Staff Sgt. Rick Olafson, the officer in charge of the detachment, said the driver was "lucky to be alive."',
     "lucky to be alive.", "Rick Olafson", None),
    # a hyphenated title before the name stays a title, the hyphenated run no name
    ('"We had to acknowledge that," said United Auto Workers Secretary-Treasurer Gary Casteel.',
     "We had to acknowledge that,", "Gary Casteel", None),
]

NEGATIVES = [
    # an "in" that is a place's, not a title's
    ('A man in Toronto said the line was "longer than ever."', "longer than ever.", "Toronto"),
    ('The Court of Appeal said the question was "moot."', "moot.", "Court"),
]


@pytest.mark.parametrize("text,quote,name,title", CASES)
def test_person_after_a_role_in_charge(nlp, text, quote, name, title):
    sp = extracted_speaker(nlp, text, quote)
    assert sp.name == name
    if title is not None:
        assert sp.title == title


@pytest.mark.parametrize("text,quote,wrong", NEGATIVES)
def test_in_that_is_no_title(nlp, text, quote, wrong):
    sp = extracted_speaker(nlp, text, quote)
    assert sp.name != wrong


# A sentence's last short word and its full stop are no abbreviated title: the title is what follows.
BOUNDARY = [
    ('Coun. Shawn Cleary wants a bike lane on Quinpool Road. Mayor Mike Savage said he supports the idea. '
     '"It makes sense to look at it," Savage said.', "It makes sense to look at it,", "Mayor"),
    ('Health Minister Sylvia Jones spoke at Queen\'s Park. NDP Leader Marit Stiles called it "privatization by '
     'the back door."', "privatization by the back door.", "NDP Leader"),
    ('The parade ended at noon. Sgt. Ann Roy said the crowd was "the biggest in years."',
     "the biggest in years.", "Sgt."),
]


@pytest.mark.parametrize("text,quote,title", BOUNDARY)
def test_title_starts_after_a_sentence(nlp, text, quote, title):
    assert extracted_speaker(nlp, text, quote).title == title
