"""The shape of a title read from an apposition (session 15; found reading every title quotex
printed on our style sets).

- A hyphenated role is one word: the tokenizer cuts "vice-president" at its hyphen and the parser
  can hang the halves apart, which printed "executive vice" and "president of medicine".
- An adverb before the apposition's article or possessive is no part of the title ("Gregory Sato,
  now its chief technology officer," printed "now its chief technology officer"), but a
  superlative's "most" is ("the most senior Democrat").
- A dangling preposition ends no title ("director of responsible investment at").
- A relative clause is no apposition ("said Sandhu, whose store on Kennedy Rd. was hit," gave the
  title "store"), and an organisation's type read off a person's name the recogniser tagged an
  organisation is no title of the person ("For the youngest, Gabrielle, the flood was …" gave
  "flood"); a role so read still is ("said Charbonneau, a truck driver").
"""
import pytest
from attribution_helpers import extracted_speaker


@pytest.mark.parametrize("text, quote, title", [
    # poll story, inverted cue, role after the name
    ("\"Housing is a national obsession,\" said Sébastien Laliberté-Roy, executive vice-president at Léger.",
     "Housing is a national obsession,", "executive vice-president"),
    # health authority, the role before the name (Canadian order)
    ("The health authority's vice-president of medicine, Dr. Nicole Boudreau, acknowledged the "
     "situation was serious. \"We are not where we want to be,\" Boudreau said.",
     "We are not where we want to be,", "vice-president of medicine"),
    # study write-up
    ("\"The effect was small,\" said Rosa Jimenez-Tate, a co-author of the study.",
     "The effect was small,", "co-author of the study"),
    # tech launch
    ("Raman-Kessler co-founded Lumora in 2016 with Gregory Sato, now its chief technology officer. "
     "\"It works,\" Sato said.", "It works,", "chief technology officer"),
    # pension fund: the place parsed apart from the role
    ("\"We want a credible plan,\" said Sarah Whitmore, director of responsible investment at the "
     "British Columbia Investment Management Corp.", "We want a credible plan,", "director"),
])
def test_apposition_title(nlp, text, quote, title):
    assert extracted_speaker(nlp, text, quote).title == title


@pytest.mark.parametrize("text, quote, name, not_title", [
    # police story: a relative clause after the name
    ("Police arrested two men in the robberies. Harjit Sandhu, who owns one of the stores, said he "
     "was relieved.\n\n\"I never had a window broken until this year,\" said Sandhu, whose store on "
     "Kennedy Rd. was hit in June.", "I never had a window broken until this year,", "Harjit Sandhu", "store"),
])
def test_no_title_from_a_thing(nlp, text, quote, name, not_title):
    sp = extracted_speaker(nlp, text, quote)
    assert sp.name == name and (sp.title is None or not_title not in sp.title)


def test_role_read_off_org_tagged_name_kept(nlp):
    # Quebec flood: the surname tagged an organisation, a role in apposition; his title all the same
    text = ("Sylvain Charbonneau, 44, waited in line with his two daughters.\n\n\"They keep asking if "
            "their rooms are still there,\" said Charbonneau, a truck driver.")
    sp = extracted_speaker(nlp, text, "They keep asking if their rooms are still there,")
    assert (sp.name, sp.kind) == ("Sylvain Charbonneau", "person") and "driver" in (sp.title or "")


@pytest.mark.parametrize("text, quote, title", [
    # local TV: the sentence before ends in "a.m.", which the parser does not end it at
    ("Fire crews were called to the house around 3 a.m. Battalion Chief Greg Doyle said the fire "
     "started in the garage.\n\n\"The garage was fully involved,\" Doyle said.",
     "The garage was fully involved,", "Battalion Chief"),
    ("The vote ended at 11 p.m. Council President Ana Ruiz called it historic. \"We did it,\" Ruiz said.",
     "We did it,", "Council President"),
    # a capitalised abbreviation inside the title stays: "U.S. District Judge"
    ("\"The law is clear,\" U.S. District Judge Mark Ellison wrote.", "The law is clear,", "U.S. District Judge"),
])
def test_title_starts_after_abbreviated_sentence_end(nlp, text, quote, title):
    assert extracted_speaker(nlp, text, quote).title == title
