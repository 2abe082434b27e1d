"""Mechanisms from blind10's first run (tests/data/blind10/README.md), each with sentences written
for it, not the set's text: positive and negative cases in several styles (wire, local TV,
legislature, business, features), both sexes, organisations.
"""
import pytest
from attribution_helpers import extracted_speaker_name

speaker_name = extracted_speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # A riding joined by dashes without spaces ("Battle River–Crowfoot") is one place name: its
    # end is not a second subject of the cue (House committee write-up)
    ("The NDP critic, Richard Castonguay, questioned the minister. He asked about the delays.\n\n"
     "“Met with, or consulted?” the MP for Rimouski-Neigette–Témiscouata–Les Basques said.",
     "Met with, or consulted?", "Richard Castonguay"),
    # a woman, provincial legislature, a two-part riding with spaces inside its parts
    ("Opposition critic Carla Dumont rose in question period. She asked about the clinic closures.\n\n"
     "“Who signed off on this?” the MLA for Lac du Bonnet–Whiteshell asked.",
     "Who signed off on this?", "Carla Dumont"),
    # negative: a hyphenated surname is still the person's own name
    ("“We are not done,” said Marie-Ève Gagnon-Roy, the union's president.",
     "We are not done,", "Marie-Ève Gagnon-Roy"),
])
def test_dash_joined_place_is_no_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A person the writer could only give a first name in a relative clause is called by it
    # (protest, streeter, market feature)
    ("“I don’t trust any of them,” said the man, who would only give his first name, Derek.",
     "I don’t trust any of them,", "Derek"),
    ("A woman who gave only her first name, Mary, said the park was “a gem.”",
     "a gem.", "Mary"),
    ("“It is a scam,” said one voter, who identified herself only as Linda.",
     "It is a scam,", "Linda"),
    # negative: a name the relative clause gives someone else is not the speaker's
    ("“We will be back,” said one vendor, who named her dog Rex.",
     "We will be back,", "one vendor"),
])
def test_first_name_given_in_a_relative_clause(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A one-word brand or acronym the recogniser left untagged that "said in a statement" is the
    # statement's author (transit, airline, union)
    ("TransLink said in a statement that the station’s cameras captured part of the attack.\n\n"
     "“The safety of our customers is our top priority,” the statement said.",
     "The safety of our customers is our top priority,", "TransLink"),
    ("WestJet said in a statement that the flight landed safely.\n\n"
     "“We apologize to our guests,” the statement said.",
     "We apologize to our guests,", "WestJet"),
    # a person's surname keeps working
    ("Marchetti said in a statement that the union would fight the cuts.\n\n"
     "“We will not back down,” the statement said.",
     "We will not back down,", "Marchetti"),
])
def test_brand_shaped_statement_author(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A name whose own clause says "it" of it is an organisation, though its last word is tagged
    # a person elsewhere ("Hydro spokesperson …"): "the utility" is then that organisation
    ("His wife said the couple had written to the Crown corporation and got form letters back.\n\n"
     "In a statement, Manitoba Hydro said it held 18 open houses and “many one-on-one meetings” with owners.\n\n"
     "“We continue to work with those affected on compensation,” the utility said.\n\n"
     "Hydro spokesperson Cheryl Bazinet said survey crews are required to give two days’ notice.\n\n"
     "“The line was never discussed with us,” the statement said.",
     "We continue to work with those affected on compensation,", "Manitoba Hydro"),
    # negative: a person who says "he" stays a person, with a surname tagged alone elsewhere
    ("Gerald Fontaine farms near La Broquerie. Neighbours call Fontaine a careful man.\n\n"
     "Gerald Fontaine said he found the stakes in April.\n\n"
     "“Nobody knocked on the door,” he said.",
     "Nobody knocked on the door,", "Gerald Fontaine"),
])
def test_it_clause_makes_an_organisation(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # A member written by the acronym of the house with a place nobody titled so was given is
    # the person just reported (HuffPost-style reaction piece; legislature)
    ("Liberal MP Nadia Haddad said the comments were careless.\n\n"
     "NDP environment critic Thomas Whitehorse went further. He called for an apology.\n\n"
     "“That tells you everything about their plan,” the Manitoba MP said.",
     "That tells you everything about their plan,", "Thomas Whitehorse"),
    ("Conservative MP Brenda Tkachuk, the MP for Battle River–Crowfoot, asked about pipelines.\n\n"
     "The NDP critic, Louise Gagnon, focused on consultation. She asked who had been met.\n\n"
     "“Met with, or consulted?” the MP for Sherbrooke said.",
     "Met with, or consulted?", "Louise Gagnon"),
    # negative: the place written in the member's title keeps the titled member
    ("Manitoba MP Dan Rusk opened the debate.\n\n"
     "Liberal MP Nadia Haddad said the comments were careless. She called for calm.\n\n"
     "“We need a plan,” the Manitoba MP said.",
     "We need a plan,", "Dan Rusk"),
    # negative: a lower-case role with a place nobody was titled with stays as written
    ("Sen. Marco Reyes spoke first. Gov. Ann Lee spoke next.\n\n"
     "“We will see,” the Florida senator said.",
     "We will see,", "Florida senator"),
])
def test_member_with_a_place_is_the_person_just_reported(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # "Town, Prov.-based" is where a company is, not the company (business wire, Globe)
    ("Northern Lantern Cannabis Corp. fired its CEO after the Leamington, Ont.-based producer cut its forecast.\n\n"
     "The company said the change was “effective immediately.”",
     "effective immediately.", "Northern Lantern Cannabis Corp"),
    ("Aurora Mills Ltd. closed two plants this year. The Laval, Que.-based baker blamed costs.\n\n"
     "“Flour prices doubled,” the company said.",
     "Flour prices doubled,", "Aurora Mills Ltd"),
])
def test_town_of_a_based_modifier_is_a_place(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # An unnamed role the writer names in the next paragraph is that person (Hill newsletter,
    # police, business; she and he)
    ("Chief Harold Nanooch said the nation was not opposed.\n\n"
     "In an email, a spokesperson for Natural Resources Minister Paul Desrosiers said the government “has been clear.”\n\n"
     "“The minister expects the board to meet its timelines,” wrote the spokesperson, Olivia Brandt.",
     "has been clear.", "Olivia Brandt"),
    ("Mayor Ann Lee opened the bridge on Friday.\n\n"
     "A spokesman for the contractor said the work was “ahead of schedule.”\n\n"
     "“We had a dry summer,” said the spokesman, Tomás Ferreira.",
     "ahead of schedule.", "Tomás Ferreira"),
    # negative: a spokesperson named before is not the unnamed one after
    ("Company spokesperson Dana Reyes said sales were up.\n\n"
     "A spokesperson for the union said the offer was “an insult.”\n\n"
     "Reyes said talks would resume.",
     "an insult.", "spokesperson for the union"),
    # negative: one introduced afresh with a title is someone else ("Later, … Judge")
    ("Premier Ann Lee defended the bill on Monday.\n\n"
     "A provincial court judge struck it down, calling it “unworkable.”\n\n"
     "Later, Justice Marc Tremblay of the Court of Appeal heard a second challenge.",
     "unworkable.", "provincial court judge"),
])
def test_unnamed_role_named_next(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name

