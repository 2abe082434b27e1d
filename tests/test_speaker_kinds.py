"""A speaker's kind (person / organization) from what the article says of the name, not from the
recogniser's label alone (session 15; found reading `quotex speakers` on our style sets, where a
community leader, a by-election candidate and two people no recogniser read were listed as
organisations or of unknown kind, so a researcher counting people would miss them).

1. An apposition whose noun belongs to a possessor is a role, not the name's type: "Kazoua
   Hendricks, the association's executive director," is the director (entities.type_after read
   "association" as her type).
2. A two- or three-word name ending in "s" (a company's, often: "Tim Hortons") tagged an
   organisation is a person when the apposition is a role: "Kazoua Moua-Hendricks, the
   association's executive director".
3. A name stage 1 made from the text that no recogniser read ("“…,” Monique Fougère says") is a
   person when it is a first name of one sex and a surname, not of unknown kind.
4. A name is spoken of as a person when a second verb of its subject says "his"/"her": "The NDP's
   Léa Fontaine finished a distant third, and said her party had been squeezed."
"""
import pytest
from attribution_helpers import extracted_speaker


@pytest.mark.parametrize("text, quote, name, kind", [
    # 1. community news, inverted cue, the role owned by the association
    ("The co-op bought land last year. \"Land is still the number one barrier,\" said Kazoua "
     "Hendricks, the association's executive director.",
     "Land is still the number one barrier,", "Kazoua Hendricks", "person"),
    # 2. the same with a double-barrelled surname in "s" tagged an organisation, role with "of"
    ("The co-op bought land last year. \"Land is still the number one barrier,\" said Kazoua "
     "Moua-Hendricks, the executive director of the association.",
     "Land is still the number one barrier,", "Kazoua Moua-Hendricks", "person"),
    ("The co-op bought land last year. \"Land is still the number one barrier,\" said Kazoua "
     "Moua-Hendricks, the association's executive director.",
     "Land is still the number one barrier,", "Kazoua Moua-Hendricks", "person"),
    # 3. CBC feature, present tense, a name the recogniser does not read
    ("Her mother taught for 35 years.\n\n\"She paid into this system her whole life,\" Monique "
     "Fougère says. \"Now the answer is, wait.\"",
     "She paid into this system her whole life,", "Monique Fougère", "person"),
    # 4. by-election story: the candidate's own "her"
    ("The Liberal won easily.\n\nThe NDP's Léa Fontaine finished a distant third, and said her "
     "party had been squeezed.\n\n\"People told me they were scared of splitting the vote,\" "
     "Fontaine said.",
     "People told me they were scared of splitting the vote,", "Léa Fontaine", "person"),
    # 5. (session 16) a party's member in apposition: "Warren" tagged an organisation
    ("Warren, a Massachusetts Democrat, told supporters in Iowa that \"big structural change\" was needed.",
     "big structural change", "Warren", "person"),
    ("Morgan, a Tory, said the tax was \"the worst tax ever.\"", "the worst tax ever.", "Morgan", "person"),
])
def test_person_kind(nlp, text, quote, name, kind):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.kind) == (name, kind)


@pytest.mark.parametrize("text, quote, name", [
    # an organisation given its type in apposition stays one, possessive or not
    ("\"We acted fast,\" said Harbour Foods, the Halifax-based company.", "We acted fast,", "Harbour Foods"),
    ("Transit fares rise Monday. \"It was a hard call,\" said Metrolinx, the province's transit agency.",
     "It was a hard call,", "Metrolinx"),
    # a company named for a person, with its own company word, is no person by its first name
    ("Grace Hospital said it would close a ward. \"We regret this,\" the hospital said.",
     "We regret this,", "Grace Hospital"),
    # "its" is an organisation's: no person made of it
    ("Marcus Foods finished the year strong, and said its plant would stay open. \"We are "
     "committed to Moncton,\" the company said.", "We are committed to Moncton,", "Marcus Foods"),
])
def test_organisation_kind_kept(nlp, text, quote, name):
    sp = extracted_speaker(nlp, text, quote)
    assert sp.name == name and sp.kind == "organization"


@pytest.mark.parametrize("sentence, name, expected", [
    # a second verb of the subject says "her"/"his" of it
    ("The NDP's Léa Fontaine finished a distant third, and said her party had been squeezed.", "Léa Fontaine", True),
    ("Mayor Ivo Grant toured the site and said his council would act.", "Ivo Grant", True),
    # the verb of speech itself, a pronoun subject (as before)
    ("Tyrell Hughes said he proposed to his wife.", "Tyrell Hughes", True),
    # "its" is an organisation's; a second verb that is no speech says nothing
    ("Austin Energy restored power and said its crews would stay.", "Austin Energy", False),
    ("Harbor Freight opened a store and hired her cousin.", "Harbor Freight", False),
])
def test_spoken_of_as_person(nlp, sentence, name, expected):
    from quotex.resolution.entities import said_of_a_person

    doc = nlp(sentence)
    i = sentence.index(name)
    span = doc.char_span(i, i + len(name))
    assert said_of_a_person(span, [False] * len(doc)) is expected


@pytest.mark.parametrize("text, quote, name", [
    # an organisation's first word that is also a rank stays: no "Motors", no "Electric"
    ("General Motors said it would cut jobs. \"These are difficult decisions,\" the company said.",
     "These are difficult decisions,", "General Motors"),
    ("\"We are proud of this plant,\" General Electric said in a statement.",
     "We are proud of this plant,", "General Electric"),
    # a person's rank still goes
    ("\"The troops are ready,\" said General Mark Milley.", "The troops are ready,", "Mark Milley"),
    # wire copy: the short form of a company named in full (its legal ending no letter of it), and a
    # union's with its type noun in lower case, are one organisation named in full
    ("DETROIT (Reuters) - General Motors Co said on Tuesday it would cut 4,000 jobs. GM shares rose 2%. "
     "\"We remain confident in our plan,\" it said.", "We remain confident in our plan,", "General Motors Co"),
    ("The United Auto Workers union said it was not consulted. UAW leaders met on Monday. \"We will "
     "fight for every job,\" the UAW said.", "We will fight for every job,", "United Auto Workers"),
])
def test_organisation_names(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name
