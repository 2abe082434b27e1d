"""A bare surname two people of the article share is a mention of one of them for what comes after it.

Mechanism (quotex.resolution.resolve.build): once every full name is in, each bare surname that two
people named before it share is given to the one the writer means by it (EntityTable.namesake: the
one already called by the surname, the one named just before, ...). A later description then sees
that mention: "the chief said" after "Oskineegish said" is the chief the writer named last, not
another chief named in between. A lone surname of someone named in full is that person whatever
label the recogniser gave it (a nationality, NORP, too). Sentences written for these tests.
"""
import pytest

from attribution_helpers import extracted_speaker_name

# (text, quote, expected speaker name)
CASES = [
    # First Nations news: a chief, her father the elder, then a grand chief; the writer's bare surname
    # brings the chief back before "the chief said".
    ('Chief Darlene Moosetail met federal officials in Sioux Lookout on Tuesday about the new school.\n\n'
     '"Our kids have waited long enough," Moosetail said.\n\n'
     'Elder Henry Moosetail, the chief\'s father, remembered when classes were held in a church basement.\n\n'
     'Grand Chief Peter Kakegamic, whose council represents 30 communities, said the delays were common.\n\n'
     '"Every community has a story like this," Kakegamic said.\n\n'
     'Moosetail said the band would go to court if the date slipped again.\n\n'
     '"We are done asking politely," the chief said.', "We are done asking politely,", "Darlene Moosetail"),
    # US high school sports: a head coach and her daughter, then an assistant coach; "the coach".
    ('Head coach Rita Vance has won 300 games at Lincoln High. "I just like Tuesdays in the gym," Vance said.\n\n'
     'Her daughter, Tess Vance, is a senior guard who scored 21 points on Friday.\n\n'
     'Assistant coach Paul Ortiz said the team had grown up since December.\n\n'
     '"They listen now," Ortiz said.\n\n'
     'Vance said the conference title was the goal and nothing less.\n\n'
     '"We expect to be there in March," the coach said.', "We expect to be there in March,", "Rita Vance"),
]

# A description whose person the bare surname does not decide stays with the role's holder.
NEGATIVES = [
    # the namesakes were named together: "Roy said" is either, so "the mayor" is the mayor named
    ('Mayor Ann Duval opened the meeting. Jean Roy and Marc Roy, brothers who farm east of town, spoke first.\n\n'
     'Roy said the ditch had flooded twice.\n\n"We will look at it," the mayor said.',
     "We will look at it,", "Ann Duval"),
]


@pytest.mark.parametrize("text,quote,want", CASES + NEGATIVES)
def test_description_after_a_shared_surname(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
