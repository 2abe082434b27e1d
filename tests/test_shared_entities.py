"""One account of a document's entities for both stages: the pronoun candidates of stage 1
(quotex.resolution.antecedents) read the entity table stage 2 builds (quotex.resolution.resolve):
its first names, its namesake choice, its kinds by all mentions, its names.

Plain-data rows test the table's answers; passages we wrote test what a pronoun gets from them,
through the real model.
"""
import pytest

from quotex.attribution.attribute import DocState
from quotex.resolution.entities import DocEntities, NameMention
from quotex.resolution.resolve import _words, build
from quotex.text.windows import extract_text


def speaker_of(nlp, text, quote):
    quotes = {q.text: q for q in extract_text(text, nlp, state=DocState())}
    assert quote in quotes, f"quote {quote!r} not found in {list(quotes)}"
    return quotes[quote].speaker


def table_of(*names):
    """An entity table from (start, text, label[, honorific]) rows."""
    rows = [NameMention(start, start + len(text), text, label, honorific=hon[0] if hon else None)
            for start, text, label, *hon in names]
    return build(DocEntities(names=rows))


# ---------------------------------------------------------------------- the table's answers
@pytest.mark.parametrize("names, word, found", [
    # A features' first-name second reference: the one full name of the document with it.
    ([(0, "Sandra Ellis", "PERSON")], "Sandra", "Sandra Ellis"),
    ([(0, "Tomas Lind", "PERSON"), (40, "Hydro-Quebec", "ORG")], "Tomas", "Tomas Lind"),
    # Two people with that first name: nobody.
    ([(0, "Amrit Dhaliwal", "PERSON"), (30, "Amrit Singh", "PERSON")], "Amrit", None),
    # A word that is someone's surname is no first name ("Grant" of "Ann Grant").
    ([(0, "Grant Moss", "PERSON"), (30, "Ann Grant", "PERSON")], "Grant", None),
])
def test_first_name_is_one_lookup_for_both_stages(names, word, found):
    ent = table_of(*names).first_name(word)
    assert (ent.name if ent else None) == found
    if found is not None:
        # stage 2's lookup of a bare first name answers the same
        assert table_of(*names).person(word).name == found


OKAFORS = [(0, "Nathan Okafor", "PERSON"), (600, "Emmanuel Okafor", "PERSON"), (640, "Grace Okafor", "PERSON")]


@pytest.mark.parametrize("names, at, sex, found", [
    # The one named just before: "Gord Downie's brother Mike Downie … Downie said" is Mike.
    ([(0, "Gord Downie", "PERSON"), (100, "Mike Downie", "PERSON")], 200, None, "Mike Downie"),
    ([(0, "Mike Downie", "PERSON"), (100, "Gord Downie", "PERSON")], 200, None, "Gord Downie"),
    # The honorific's sex: "Ms. Haldane" is not the man named last; "Mr. Haldane" not the woman.
    ([(0, "Susan Haldane", "PERSON"), (100, "Robert Haldane", "PERSON")], 200, "f", "Susan Haldane"),
    ([(0, "Robert Haldane", "PERSON"), (100, "Susan Haldane", "PERSON")], 200, "m", "Robert Haldane"),
    # The only one named so far, before his parents come into the story.
    (OKAFORS, 500, None, "Nathan Okafor"),
    # After them, far from any: nothing tells which.
    (OKAFORS + [(1200, "Okafor", "PERSON")], 2000, None, None),
    # The one the article names far more ("Trump said" in a story of many Donald Trumps).
    ([(0, "Donald Trump", "PERSON"), (500, "Melania Trump", "PERSON"), (900, "Donald Trump", "PERSON"),
      (1400, "Donald Trump", "PERSON")], 2500, None, "Donald Trump"),
])
def test_namesake_is_one_choice_for_both_stages(names, at, sex, found):
    table = table_of(*names)
    surname = names[0][1].split(" ")[-1]
    ent = table.namesake(surname, at, sex)
    assert (ent.name if ent else None) == found


def test_a_name_cut_at_a_paragraph_break_keeps_what_follows():
    # "Special to The Daily Star\n\nHelen Kowalski taught …" read as one organisation: the name is
    # what follows the break, and the person is in the table with her surname alone after it.
    text = "The Daily Star\n\nHelen Kowalski"
    table = table_of((30, text, "ORG"), (200, "Kowalski", "PERSON"))
    ent = table.person("Kowalski")
    assert ent is not None and ent.name == "Helen Kowalski"
    assert ent.mentions[0] == (30 + text.index("Helen"), 30 + len(text))
    # nothing after the break: no name
    assert table_of((0, "Toronto Star\n\n", "ORG")).entities == []


@pytest.mark.parametrize("name, words", [
    ("Professors Foner", ["Foner"]),  # a plural title, no first name
    ("Senators Warren", ["Warren"]),
    ("Charles Foner", ["Charles", "Foner"]),  # a first name ending in "s" stays
    ("Doris Lessing", ["Doris", "Lessing"]),
])
def test_plural_title_before_a_surname(name, words):
    assert _words(name) == words


# ---------------------------------------------------------------------- what a pronoun gets
CASES = [
    # A name inside another noun phrase ("the Stone campaign", "Stone's plan") is half a mention:
    # the "he said" after a chairman who speaks is the chairman, not the candidate the story is about.
    ('Bob Stone has trailed all summer. The Stone campaign blames the heat, and Stone aides say the polls '
     'will turn. Stone campaign chairman Paul Okafor said the message would carry in the suburbs. '
     '"We think voters will come around," he said.', "We think voters will come around,", "Paul Okafor"),
    # Canadian newsroom style, a woman: the director for a candidate, not the candidate.
    ('Jane Morrow leads the race in Halifax. Morrow\'s rallies have drawn crowds all week. Aisha Grant, '
     'the Nova Scotia director for Morrow\'s campaign, said the team had opened a third office. '
     '"Time is always short for us," she said.', "Time is always short for us,", "Aisha Grant"),
    # Plural "they" for two people named together in full, then by a plural title and their surnames.
    ('Nancy Whitfield and Richard Alvarez have studied immigrants for decades. Professors Whitfield and '
     'Alvarez argue that language matters more than faith. In Canada, they write, "faith is a private matter."',
     "faith is a private matter.", "Nancy Whitfield and Richard Alvarez"),
    # A bare surname two people share is the one named just before, in both stages.
    ("Gord Downie's brother Mike Downie spoke at the vigil on Friday. Downie thanked the crowd. "
     '"He would have loved this," he said.', "He would have loved this,", "Mike Downie"),
    ('Robert and Susan Haldane run the orchard. Ms. Haldane planted the first trees in 1990. '
     '"They were tiny then," she said.', "They were tiny then,", "Susan Haldane"),
    # An organisation whose name ends in a trade noun, tagged or not as a person, is what "it" says.
    ('The landlord, Harwick Lettings, wants to sell the block. "The decision was not taken lightly," '
     'it said.', "The decision was not taken lightly,", "Harwick Lettings"),
]


@pytest.mark.parametrize("text, quote, name", CASES)
def test_pronoun_candidates_are_the_tables_entities(nlp, text, quote, name):
    assert speaker_of(nlp, text, quote).name == name
