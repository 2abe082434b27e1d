"""Naming leftovers of session 12: who the name is, as a person or an organisation would be counted.

Mechanisms (quotex.resolution.entities / resolve, quotex.attribution.syntax / mentions):
- one person-evidence test, ``entities.said_of_a_person``: a "who" after the name, or the name the
  subject of a speech verb whose clause says "he"/"she" ("Tyrell Hughes said he proposed …");
  ``loose`` adds an age, a noun for a person before it, or its speaking at all (PERSON_EVIDENCE);
- one shared-surname reading, ``entities.shared_surname``, for both stages: "said Jean and
  Marie-Claude Tremblay" -> Jean Tremblay, "Susan Haldane and Robert" -> Robert Haldane; the
  entity table holds that person, whom a later "Robert said" finds (SHARED_SURNAME);
- a business named like a person ("Tim Hortons": a surname in "s" with no apostrophe) is an
  organisation where a sentence uses it as one: "Tim Hortons restaurants", "the Tim Hortons on
  Portage Avenue", "at Tim Hortons on Main Street" (BUSINESS);
- names joined by an ampersand are one firm's: "Johnson & Johnson", "Ben & Jerry's" (AMPERSAND);
- a player's position before a first name is a title: "Third Jill Kowalski-Ng", "Lead Emma
  Miskew", "Goalie Mathis Leclerc" (not "Skip Bayless");
- titles come from English wording: a French article and a lower-case title ("Le premier ministre
  François Legault a dit", "La ministre Sonia LeBel") give none; "Premier François Legault" does;
- an acronym defined in brackets is an alias: the name is the full name ("the CFIA said" ->
  Canadian Food Inspection Agency);
- a two-word name the recogniser labelled something else is a person when the text says "he"/
  "she" of it, first name listed or not ("Rahm Emanuel said he …", "Amandeep Sohal").
Sentences written for these tests (wire, local TV, features, sports, business; Canadian and US).
"""
import pytest

import quotex
from quotex.resolution.entities import (ampersand_name, business_named, said_of_a_person, shared_surname,
                                        spoken_of_as_person)


def _span(doc, words: str):
    """The first span of ``doc`` whose text is ``words``."""
    n = len(words.split(" "))
    for i in range(len(doc)):
        for j in range(i + 1, min(len(doc), i + n + 3) + 1):
            if doc[i:j].text == words:
                return doc[i:j]
    raise AssertionError(f"{words!r} not in {doc.text!r}")


# (sentence, name, strict evidence, loose evidence)
PERSON_EVIDENCE = [
    ("Bernice Toews, who lives a half mile from the site, spoke first.", "Bernice Toews", True, True),
    ("Tyrell Hughes said he proposed to his wife at the rink.", "Tyrell Hughes", True, True),
    ("Toews said she bore the family no ill will.", "Toews", True, True),
    ("Anneliese Penner, 67, has farmed the land since 1979.", "Anneliese Penner", False, True),
    ("Neighbour Tamara Wiebe heard the shots.", "Tamara Wiebe", False, True),
    ("Austin Carter said the game was over by the third period.", "Austin Carter", False, True),
    # an organisation is "it" and "which"
    ("Tim Hortons said it would raise prices in January.", "Tim Hortons", False, True),
    ("Harbour Foods, which runs the stores, has 40 employees.", "Harbour Foods", False, False),
    ("Austin Energy restored power to 4,000 homes.", "Austin Energy", False, False),
    # a "he" before the verb is often someone else
    ("He was wrong about the budget, Toews said.", "Toews", False, True),
]


@pytest.mark.parametrize("text,name,strict,loose", PERSON_EVIDENCE)
def test_said_of_a_person(nlp, text, name, strict, loose):
    doc = nlp(text)
    quoted = [False] * len(doc)
    span = _span(doc, name)
    assert said_of_a_person(span, quoted) is strict
    assert said_of_a_person(span, quoted, loose=True) is loose


# (sentence, the first name alone, the full name it has or None)
SHARED_SURNAME = [
    ("The bakery is run by Linda and Mark Ferreira.", "Linda", "Linda Ferreira"),
    ("The couple, Jean and Marie-Claude Tremblay, retired to Magog.", "Jean", "Jean Tremblay"),
    ("Amrit and Harjit Dhaliwal opened the store in 1994.", "Amrit", "Amrit Dhaliwal"),
    ("Hillary Clinton and Bill arrived late to the dinner.", "Bill", "Bill Clinton"),
    # no couple
    ("Linda and her husband bought the bakery in 2001.", "Linda", None),
    ("This time the fight was between Clinton and top aide Jake Sullivan.", "Clinton", None),
    ("We mocked three hopefuls: Jeb, Ben Carson, and Donald Trump.", "Jeb", None),
]


@pytest.mark.parametrize("text,first,full", SHARED_SURNAME)
def test_shared_surname(nlp, text, first, full):
    doc = nlp(text)
    quoted = [False] * len(doc)
    span = next((e for e in doc.ents if e.text == first), None) or _span(doc, first)
    assert shared_surname(span, quoted) == full


# (sentence, name, a business named like a person)
BUSINESS = [
    ("The chain runs 3,900 Tim Hortons restaurants in Canada.", "Tim Hortons", True),
    ("Commuters lined up at Tim Hortons on Main Street before dawn.", "Tim Hortons", True),
    ("Ray Edwards has owned the Tim Hortons on Portage Avenue since 2009.", "Tim Hortons", True),
    ("Tim Hortons, which opened its first store in Hamilton, raised prices.", "Tim Hortons", True),
    # people with a surname in "s"
    ("Bernie Sanders took a swipe at Hillary Clinton on Tuesday.", "Bernie Sanders", False),
    ("Clinton took a swipe at Bernie Sanders on Tuesday in Iowa.", "Bernie Sanders", False),
    ("Hundreds came to the Bernie Sanders rally in Des Moines.", "Bernie Sanders", False),
    ("Tyrell Hughes said he proposed to his wife at the rink.", "Tyrell Hughes", False),
    ("The Rev. Leon Brooks, pastor of New Covenant Church, spoke first.", "Leon Brooks", False),
]


@pytest.mark.parametrize("text,name,business", BUSINESS)
def test_business_named_like_a_person(nlp, text, name, business):
    doc = nlp(text)
    assert business_named(_span(doc, name), [False] * len(doc)) is business


AMPERSAND = [
    ("Johnson & Johnson said it would appeal.", "Johnson & Johnson", True),
    ("Ben & Jerry's will close the plant.", "Ben & Jerry's", True),
    ("Tom and Jerry is on at noon.", "Tom and Jerry", False),
    ("Ann Lee, 34, runs the shop.", "Ann Lee", False),
]


@pytest.mark.parametrize("text,name,joined", AMPERSAND)
def test_ampersand_name(nlp, text, name, joined):
    assert ampersand_name(_span(nlp(text), name)) is joined


# (sentence, name, a person by what the text says of it)
UNLISTED = [
    ("Rahm Emanuel said he would not run again.", "Rahm Emanuel", True),
    ("Amandeep Sohal said she hired two nurses.", "Amandeep Sohal", True),
    ("Harbour Foods said it would close two stores.", "Harbour Foods", False),
    ("Mercy Hospital, which opened in 1910, said he was stable.", "Mercy Hospital", False),
]


@pytest.mark.parametrize("text,name,person", UNLISTED)
def test_spoken_of_as_person(nlp, text, name, person):
    doc = nlp(text)
    assert spoken_of_as_person(_span(doc, name), [False] * len(doc)) is person


# Whole articles' worth: (text, quote, speaker name, kind, title or None when not checked; "" for none)
CASES = [
    # a business named like a person (local TV, business)
    ('Commuters lined up at Tim Hortons on Main Street before dawn. "We ran out of doughnuts by seven," said '
     'manager Priya Nair.\n\nTim Hortons said it would add staff. "We are hiring in every province," Tim Hortons '
     'said in a statement.', "We are hiring in every province,", "Tim Hortons", "organization", None),
    ('The chain runs 3,900 Tim Hortons restaurants in Canada. "Costs are up," Tim Hortons said in a statement.',
     "Costs are up,", "Tim Hortons", "organization", None),
    ('"The line goes out the door," said Ray Edwards, who has owned the Tim Hortons on Portage Avenue since 2009.',
     "The line goes out the door,", "Ray Edwards", "person", None),
    ('Bernie Sanders took a swipe at Hillary Clinton on Tuesday. "We need a political revolution," Bernie Sanders '
     'said.', "We need a political revolution,", "Bernie Sanders", "person", None),
    ('Tyrell Hughes said he proposed to his wife at the rink. "She said yes before I finished," Tyrell Hughes said.',
     "She said yes before I finished,", "Tyrell Hughes", "person", None),
    # ampersands (business wire)
    ('Johnson & Johnson said it would appeal the verdict. "We will appeal," Johnson & Johnson said in a statement.',
     "We will appeal,", "Johnson & Johnson", "organization", None),
    ('"The market is soft," Procter & Gamble said in a statement on Tuesday.', "The market is soft,",
     "Procter & Gamble", "organization", None),
    ('"Service will return by noon," AT&T said in a statement.', "Service will return by noon,", "AT&T",
     "organization", None),
    ('"We are proud of the work," said Marks & Spencer chief executive Stuart Machin.', "We are proud of the work,",
     "Stuart Machin", "person", "Marks & Spencer chief executive"),
    # couples (features)
    ('"We never argue about money," said Linda and Mark Ferreira, who run the bakery together.',
     "We never argue about money,", "Linda Ferreira", "person", None),
    ('"We came for the lake," said Jean and Marie-Claude Tremblay, who retired to Magog in 2015.',
     "We came for the lake,", "Jean Tremblay", "person", None),
    ('Robert and Susan Haldane bought the farm in 1998. "It was all bush," Robert said.', "It was all bush,",
     "Robert Haldane", "person", None),
    ('"We were lucky," said Tom Smith and Ann Lee, who both escaped the fire.', "We were lucky,", "Tom Smith",
     "person", None),
    # positions (sports)
    ('"We played our game," said Third Jill Kowalski-Ng after the draw.', "We played our game,", "Jill Kowalski-Ng",
     "person", "Third"),
    ('"I missed the last shot," said Lead Emma Miskew, who has played with the rink since 2003.',
     "I missed the last shot,", "Emma Miskew", "person", "Lead"),
    ('Skip Rachel Homan made a double takeout in the tenth. "It was a grind," Skip Rachel Homan said.',
     "It was a grind,", "Rachel Homan", "person", None),
    ('Goalie Mathis Leclerc stopped 31 shots on Saturday. "The guys blocked a lot," Leclerc said.',
     "The guys blocked a lot,", "Mathis Leclerc", "person", "Goalie"),
    ('"The fans were loud," Skip Bayless said on his show.', "The fans were loud,", "Skip Bayless", "person", None),
    # titles from English structures (wire, Canadian politics)
    ("Le premier ministre François Legault a dit qu'il attendrait. \"We will wait,\" Legault said.", "We will wait,",
     "François Legault", "person", ""),
    ("La ministre Sonia LeBel a dit non. \"We have made our offer,\" LeBel said.", "We have made our offer,",
     "Sonia LeBel", "person", ""),
    ('"Our readers wrote in," said La Presse columnist Yves Boisvert.', "Our readers wrote in,", "Yves Boisvert",
     "person", "La Presse columnist"),
    ('"The system is rigged," said Justice Department senior trial counsel Caroline Lewis Wolverton.',
     "The system is rigged,", "Caroline Lewis Wolverton", "person", "Justice Department senior trial counsel"),
    ('"We will wait," said Premier François Legault.', "We will wait,", "François Legault", "person", "Premier"),
    ('"The numbers are good," said Chief Executive Officer Mary Barra.', "The numbers are good,", "Mary Barra",
     "person", "Chief Executive Officer"),
    ('"The talks are over," said Secretary of State John Kerry.', "The talks are over,", "John Kerry", "person",
     "Secretary of State"),
    # acronyms (wire, local)
    ('The Canadian Food Inspection Agency (CFIA) issued a recall on Friday. "Do not eat the product," the CFIA said.',
     "Do not eat the product,", "Canadian Food Inspection Agency", "organization", None),
    ('Officials at the Air Line Pilots Association (ALPA) called a strike vote.\n\n"Our members are tired," ALPA said.',
     "Our members are tired,", "Air Line Pilots Association", "organization", None),
    ('"Do not eat the product," the CFIA said in a recall notice.', "Do not eat the product,", "CFIA",
     "organization", None),
    # unlisted first names the recogniser mislabels (local, wire)
    ('Amandeep Sohal runs the clinic on Oak Street. "We are full every day," Amandeep Sohal said. Sohal said she '
     'hired two nurses.', "We are full every day,", "Amandeep Sohal", "person", None),
    ('Rahm Emanuel said he would not run again. "It is time," Emanuel said.', "It is time,", "Rahm Emanuel",
     "person", None),
    ('Harbour Foods said it would close two stores. "Sales fell," Harbour Foods said.', "Sales fell,",
     "Harbour Foods", "organization", None),
]


@pytest.mark.parametrize("text,quote,name,kind,title", CASES)
def test_speaker_named(nlp, text, quote, name, kind, title):
    quotes = {q.text: q for q in quotex.extract(text, nlp=nlp)}
    assert quote in quotes, list(quotes)
    sp = quotes[quote].speaker
    assert sp is not None and (sp.name, sp.kind) == (name, kind), sp
    if title is not None:
        assert (sp.title or "") == title, sp
