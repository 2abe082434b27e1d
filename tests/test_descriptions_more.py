"""Definite descriptions that must resolve to the entity whose title, role, age, type or pronoun
matches, and stay the description when nothing matches (through the real model; passages we wrote).

* a role written in capitals the tagger reads as a proper noun ("the MLA for Riverside") picks up
  the person who spoke in the paragraph before, though the riding in its complement looks like a
  name (entities._previous_subject, _role_acronym);
* a title and a first name before a hyphenated surname the recogniser alone tagged an organisation
  ("MLA Gordon Tate-Wallace") make a person, whom "the MLA" then finds (entities._lone_org_word);
* a first name in apposition to a kin noun ("Her grandson, Devon Ashby-Clarke,") is a person
  whatever the recogniser says, so "the 31-year-old" finds him (entities._person_apposition);
* a French organisation name typed in apposition ("The Fédération des … du Québec, the group
  representing …") is the organisation "the group" stands for (entities._french_name_start);
* a role and a first name tagged an organisation ("Sheriff Dana Holt") are a person, and "the
  company" is never a person (entities.name_mention);
* a type noun whose namesake organisation was named far back is the organisation that spoke just
  before (resolve._antecedent);
* a recap's performance ("caught nine passes") makes its subject the one a new description names
  again ("the receiver", "the 6-footer"), never someone something was done to;
* a "he"/"she" subject of the sentence before a new description stands for the person of its sex
  named or quoted last (resolve._pronoun_person);
* "the ministry" with no ministry named is the body of the minister titled a little before
  (resolve._ministers_body).
"""
import pytest
from attribution_helpers import extracted_speaker_name

ROLE_ACRONYM = [
    # a critic who spoke, then "the MLA for <riding>": her (woman, Canadian legislature)
    ("Liberal health critic Dana Fowler said the wait lists had doubled.\n\n"
     "\"Nobody at the ministry is listening,\" the MLA for Riverside said.",
     "Nobody at the ministry is listening,", "Dana Fowler"),
    # a man, an Ontario-style MPP
    ("Opposition critic Marcus Oyelaran said the plan came too late.\n\n"
     "\"Families waited two years for this,\" the MPP said.", "Families waited two years for this,", "Marcus Oyelaran"),
    # a title with a first name and a hyphenated surname the recogniser alone took for an organisation
    ("Kings North MLA Gordon Tate-Wallace said the province was kept informed.\n\n"
     "\"These are our wharves and our people,\" the MLA said.", "These are our wharves and our people,",
     "Gordon Tate-Wallace"),
    # nobody before it: the description stays, with the seat it names (the complement of a role
    # in capitals is read since blind10: "the MP for Rimouski-Neigette–…")
    ("\"Nobody at the ministry is listening,\" the MLA for Riverside said.",
     "Nobody at the ministry is listening,", "MLA for Riverside"),
]

AGES_AND_KIN = [
    # the name in apposition to a kin noun, then an age nobody was given: her grandson
    ("Her grandson, Devon Ashby-Clarke, now runs the bakery on Main Street.\n\n"
     "\"I grew up in this kitchen,\" the 31-year-old said.", "I grew up in this kitchen,", "Devon Ashby-Clarke"),
    # a woman given her age, a man after her: the age decides
    ("Marta Lindqvist, 52, has fished the bay for 30 years. Her brother Olaf Lindqvist, 47, joined her in 2001.\n\n"
     "\"We have never seen a season like this,\" the 52-year-old said.", "We have never seen a season like this,",
     "Marta Lindqvist"),
    # an age nobody was given and nobody just named: the description stays
    ("The mill closed in March.\n\n\"It was the only work in town,\" the 58-year-old said.",
     "It was the only work in town,", "58-year-old"),
]

ORGANISATIONS = [
    # a French name typed "the group" in apposition
    ("The Fédération des producteurs de lait du Québec, the group representing dairy farmers, says prices must rise.\n\n"
     "\"Our members cannot keep selling at a loss,\" the group says in a statement.",
     "Our members cannot keep selling at a loss,", "Fédération des producteurs de lait du Québec"),
    # "the company" is the utility, never the sheriff tagged an organisation with his title
    ("\"Get out now,\" Sheriff Dana Holt said on Monday.\n\nNorthline Energy said it had cut power to 20,000 homes.\n\n"
     "\"This was a last resort,\" the company said.", "This was a last resort,", "Northline Energy"),
    # only a sheriff named: "the company" stays as written
    ("\"Get out now,\" Sheriff Curtis Wade said on Monday.\n\n\"This was a last resort,\" the company said.",
     "This was a last resort,", "company"),
    # a "Group" named far back; the bankers' group spoke just before "the group said"
    ("Lakeshore Financial Group and Bay State Bancorp said Monday they would merge in a $3 billion deal.\n\n"
     "The combined company will keep the Lakeshore name and be based in Toledo, Ohio, with 400 branches.\n\n"
     "Lakeshore CEO Paul Renner said the deal would give customers better technology and more branches.\n\n"
     "Bay State shareholders will receive 0.9 Lakeshore shares for each share they own, a 20% premium.\n\n"
     "Analysts said the deal made sense but warned that closing branches in small towns would anger regulators "
     "and local officials, who have fought similar mergers across the Midwest for years.\n\n"
     "The deal needs approval from the Federal Reserve and state regulators, which could take a year.\n\n"
     "The Rural Lenders Coalition of Ohio, which represents small banks, said the merger was a bad sign.\n\n"
     "\"Every merger costs a small town its banker,\" the group said.",
     "Every merger costs a small town its banker,", "Rural Lenders Coalition of Ohio"),
    # the ministry of the minister titled just before (B.C.'s minister of X)
    ("B.C.'s minister of health, Ravi Dhillon, was not available Sunday. In a statement, the ministry said it was "
     "\"watching the outbreak closely.\"", "watching the outbreak closely.", "B.C. Ministry of Health"),
    ("Health Minister Ann Lee toured the ward on Monday. In a statement, the ministry said it was "
     "\"watching closely.\"", "watching closely.", "Health Ministry"),
    # two ministers of different bodies: left open
    ("Health Minister Ann Lee and Finance Minister Tom Ruiz met on Monday. In a statement, the ministry said it "
     "was \"watching closely.\"", "watching closely.", "ministry"),
]

RENAMED = [
    # a recap: the receiver who caught the passes (a man)
    ("Jake Moran-Hill threw three touchdown passes on Sunday.\n\nMarcus Dell-Reyes caught nine passes for 120 yards.\n\n"
     "\"He put it right on my hands,\" the receiver said.", "He put it right on my hands,", "Marcus Dell-Reyes"),
    # a woman, a height for a description
    ("Center Ana Kowalczyk-Boyd had 22 points and 14 rebounds.\n\n"
     "\"We just kept feeding the post,\" the 6-footer said.", "We just kept feeding the post,", "Ana Kowalczyk-Boyd"),
    # arrested, never performing: the officer is someone else
    ("Tom Reed, 41, was arrested Tuesday.\n\n\"He did not resist,\" the officer said.", "He did not resist,",
     "officer"),
    # what someone did is no reason to be a role the news titles people with: "the officer", "the mayor"
    ("Tom Reed fired three shots at the house on Tuesday.\n\n\"He did not resist,\" the officer said.",
     "He did not resist,", "officer"),
    ("Ann Reed, 41, lost two homes to the flood.\n\n\"We will rebuild,\" the mayor said.", "We will rebuild,", "mayor"),
    # a noun used before for someone new ("The fire chief arrived") is that one, not the last speaker
    ("The fire chief arrived at noon.\n\nTom Reed said the barn was a total loss.\n\n"
     "\"It went up in minutes,\" the chief said.", "It went up in minutes,", "chief"),
    # ... but an age description names again someone known: "The 29-year-old singer", then "the singer"
    ("Lena Ortiz-Bauer has a new album out.\n\nThe 29-year-old actress and singer says she needed a break.\n\n"
     "\"I wanted a quieter record,\" Ortiz-Bauer said.\n\nOrtiz-Bauer's tour starts in May. She booked 30 shows.\n\n"
     "\"Every night is different,\" the singer said.", "Every night is different,", "Lena Ortiz-Bauer"),
    # "She" the subject of the sentence before: the woman named just before her
    ("\"I wanted a quieter record,\" Nadia Brooks-Hale said.\n\nBrooks-Hale's album comes out Friday. "
     "She wrote every song on it.\n\n\"Every one of them is about my mother,\" the singer said.",
     "Every one of them is about my mother,", "Nadia Brooks-Hale"),
    # "He": the man quoted before, not the woman named after him
    ("\"We tour in the spring,\" David Moreno said.\n\nHis manager, Carla Ruiz, booked 20 shows. "
     "He plays every one of them on drums.\n\n\"I never get tired of it,\" the drummer said.",
     "I never get tired of it,", "David Moreno"),
    # "She" with only a man named: the description stays
    ("\"We tour in the spring,\" David Moreno said.\n\nShe wrote every song on the album.\n\n"
     "\"Every one of them is about my mother,\" the singer said.", "Every one of them is about my mother,", "singer"),
    # two people with the same title: the one named last
    ("Coach Amy Stone praised her defence. Coach Bill Ross blamed the referees.\n\n"
     "\"We were robbed,\" the coach said.", "We were robbed,", "Bill Ross"),
]

PLURAL = [
    # plural speakers stay the description: no one person is "the MLAs"
    ("Liberal health critic Dana Fowler said the wait lists had doubled.\n\n"
     "\"Nobody is listening,\" the MLAs said.", "Nobody is listening,", "MLAs"),
    ("Marcus Dell-Reyes caught nine passes for 120 yards.\n\n"
     "\"We never stopped believing,\" the receivers said.", "We never stopped believing,", "receivers"),
]


@pytest.mark.parametrize("text,quote,name", ROLE_ACRONYM + AGES_AND_KIN + ORGANISATIONS + RENAMED + PLURAL)
def test_description_resolves_to_its_entity(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
