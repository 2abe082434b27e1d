"""Spanish-style names with two surnames are one person whatever part the story uses alone, and a
last surname the recogniser left out of a name is still the name's.

Mechanisms (sentences written for these tests: AP from Mexico City, a Bogotá wire story, a US
immigration feature; both sexes; and names that must stay apart):
- resolve (surname index): two given names and two surnames ("María José Pizarro Rodríguez",
  "Juan Carlos Losada Vargas"): the first surname alone is that person ("Pizarro said");
- entities.surnames_left_out: "Security Secretary Omar García Harfuch said" tagged "Omar García",
  the untagged "Harfuch" the head of the same noun phrase: the name is all three words, and
  "García Harfuch said" later is him. Not a thing named after a person ("Martin Luther King
  Boulevard", lexicon NAMED_AFTER_ENDS).
"""
import pytest

from attribution_helpers import extracted_speaker, extracted_speaker_name

CASES = [
    ("BOGOTÁ, Colombia — María José Pizarro Rodríguez, a senator from the governing coalition, said the bill "
     "would pass.\n\n\"We have the votes,\" Pizarro said.", "We have the votes,", "María José Pizarro Rodríguez"),
    ("Her colleague Juan Carlos Losada Vargas was less certain.\n\n\"Nothing is certain in this Congress,\" "
     "Losada said.", "Nothing is certain in this Congress,", "Juan Carlos Losada Vargas"),
    ("MEXICO CITY (AP) — Security Secretary Omar García Harfuch said arrests had doubled this year.\n\n"
     "\"The numbers speak for themselves,\" García Harfuch said.", "The numbers speak for themselves,",
     "Omar García Harfuch"),
    # two people sharing a surname in different places stay apart: the son is "Mejía"
    ("María Guadalupe Torres Ávila fled in 2019 with her son, Kevin Mejía Torres, 15.\n\n"
     "\"We had no choice,\" Torres said.", "We had no choice,", "María Guadalupe Torres Ávila"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_two_surnames(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


def test_street_named_after_a_person_is_no_surname(nlp):
    from quotex.resolution.entities import surnames_left_out

    doc = nlp("Crews closed Martin Luther King Boulevard on Tuesday.")
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    assert all(not surnames_left_out(e, [False] * len(doc)) for e in ents)
    doc = nlp("Security Secretary Omar García Harfuch said arrests had doubled.")
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    assert ents and surnames_left_out(ents[0], [False] * len(doc))
