"""The blind_us10 set (8 US political-news articles in the house styles of outlets PolNeAR lacks: CNN
web, The Hill, Vox, AP campaign trail, Roll Call, a Washington Examiner debate recap, an LA Times poll
story and a Fox News scandal story): written in session 15 (helper h21u) before quotex was run on
them and without reading its source, each with a gold speaker name for every quotation
(tests/data/blind_us10/NAME.gold.jsonl, built from src/ by benchmarks/build_style_set.py; see
benchmarks/styles_eval.py).

First run, at e3564d4 (main 5bcea95 plus the set), before any change: quote recall
0.9837 (the two quotes missed are null-gold show titles), name accuracy 0.9027 (102/113). The floor
is the figure after h21u's fixes minus 0.02; the errors left are in the set's README. The tables
below are sentences written for each mechanism, not the set's text.
"""
import pytest
from attribution_helpers import extracted_speaker, extracted_speaker_name
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind_us10": (123, 0.9837 - 0.02, 0.9823 - 0.02),
}


scored, test_set_names = floor_tests(SETS)


speaker_name = extracted_speaker_name


# "the Kentucky Republican", "the Arizona Democrat": a party member of a state is the person the
# article gave that state (after the name: "of Kentucky", "R-Tenn.", "(D-Ariz.)"; or in a title:
# "Wisconsin Sen. X") whose party, where written ("R-", "Democratic Rep."), is that one.
@pytest.mark.parametrize("text, quote, name", [
    # CNN web: the state after "of", party not written, a man
    ("WASHINGTON (CNN) — Senators met on Friday.\n\n"
     "Senate Majority Leader Walter Brandt of Kentucky has said the bill is clean.\n\n"
     "\"Anyone who votes against it is voting for a shutdown,\" the Kentucky Republican said on the floor.",
     "Anyone who votes against it is voting for a shutdown,", "Walter Brandt"),
    # Roll Call: comma-set party and state, a title before the name
    ("Rules Chairman Abner Stiles, R-Tenn., defended the limits on Monday.\n\n"
     "\"We don't have time for both,\" the Tennessee Republican said.",
     "We don't have time for both,", "Abner Stiles"),
    # The Hill: parenthesised party; a woman of the same state but the other party named after her
    ("Rep. Maria Santos (D-Ariz.) filed the bill. Sen. Ann Ruiz (R-Ariz.) opposed it.\n\n"
     "\"Leave out spouses and you have a door in the back,\" the Arizona Democrat said.",
     "Leave out spouses and you have a door in the back,", "Maria Santos"),
    # AP campaign trail: the state in the title, a state of two words
    ("CONCORD, N.H. (AP) — New Hampshire Gov. Ellen Pratt campaigned for the ticket on Saturday.\n\n"
     "\"We know these towns,\" the New Hampshire Republican told the crowd.",
     "We know these towns,", "Ellen Pratt"),
    # party written in the title, state after the name
    ("Republican Sen. Gretchen Albers of Ohio said Sunday she would vote no.\n\n"
     "\"I've done it before,\" the Ohio Republican said.",
     "I've done it before,", "Gretchen Albers"),
])
def test_party_member_of_state(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# (without a state: the one person of that party)
@pytest.mark.parametrize("text, quote, name", [
    ("Sen. Ann Ruiz, R-Fla., and Rep. Joe Kerr, D-Ohio, debated the bill on Tuesday.\n\n"
     "\"This bill is a mistake,\" the Republican said.\n\n\"It is overdue,\" the Democrat replied.",
     "This bill is a mistake,", "Ann Ruiz"),
    ("Sen. Ann Ruiz, R-Fla., and Rep. Joe Kerr, D-Ohio, debated the bill on Tuesday.\n\n"
     "\"This bill is a mistake,\" the Republican said.\n\n\"It is overdue,\" the Democrat replied.",
     "It is overdue,", "Joe Kerr"),
])
def test_party_member_alone(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # nobody from that state: not the senator from another one
    ("Sen. Ann Lee of Maine spoke first on Tuesday.\n\n"
     "\"We will block it,\" the Ohio Republican said.", "We will block it,", "Ann Lee"),
    # the one from that state is of the other party
    ("Rep. Joe Kerr (D-Ariz.) spoke on Tuesday.\n\n"
     "\"This bill is a mistake,\" the Arizona Republican said.", "This bill is a mistake,", "Joe Kerr"),
])
def test_party_member_of_state_disagrees(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# Plural speakers: two people named together with a role ("Reps. X and Y", "X and Rep. Y") are "the
# lawmakers"; a plural title before the names is each one's; the pair stays in reach while each is
# named again, and through the same description a little before ("The two lawmakers said in a joint
# statement"); a group "led by" a person of the role speaks through that person.
@pytest.mark.parametrize("text, quote, name", [
    # The Hill: a plural title, the pair named again one by one, then the description twice
    ("Reps. Trent Kowalski (R-Ohio) and Maribel Santangelo (D-Ariz.) said their bill would require a blind trust "
     "for every member of Congress and every spouse.\n\n"
     "\"Members should be writing the rules, not trading on them,\" Kowalski said in an interview on Tuesday "
     "afternoon in his office on the fourth floor.\n\n"
     "Santangelo said the spouse provision was the whole ballgame for her and for most of her colleagues.\n\n"
     "The two lawmakers said in a joint statement that they had secured 41 co-sponsors from both parties.\n\n"
     "\"This is the rare issue where everyone agrees,\" the lawmakers said.",
     "This is the rare issue where everyone agrees,", "Trent Kowalski and Maribel Santangelo"),
    # Senate letter, plural title written out
    ("Senators Ann Lee and Bob Stone wrote to the agency on Monday.\n\n"
     "\"We want answers by Friday,\" the senators wrote.", "We want answers by Friday,", "Ann Lee and Bob Stone"),
    # Roll Call: a surname joined to a titled name
    ("Rep. Dwight Calloway, R-Ohio, voted no on the rule.\n\n"
     "Calloway and Rep. Stuart Engle, R-Ariz., sent a letter to the Speaker on Monday.\n\n"
     "\"We respectfully request a vote,\" the two lawmakers wrote.",
     "We respectfully request a vote,", "Dwight Calloway and Stuart Engle"),
    # LA Times: a group led by a lawmaker
    ("In Washington, 14 Democratic members of the state's House delegation, led by Rep. Ana Ruelas, "
     "signed a letter this week.\n\n"
     "\"Repeal would leave money on the table,\" the lawmakers wrote.",
     "Repeal would leave money on the table,", "Ana Ruelas"),
])
def test_plural_speakers(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # a singular title is the first name's only: a senator and someone else are no "senators"
    ("Sen. Ann Lee and Bob Stone met on Monday.\n\n"
     "\"We want answers,\" the senators said.", "We want answers,", "Ann Lee and Bob Stone"),
    # a group led by a nurse is no group of lawmakers
    ("Dozens of parents, led by Ann Lee, a nurse, marched to the Capitol.\n\n"
     "\"We hear you,\" the lawmakers said in a statement.", "We hear you,", "Ann Lee"),
])
def test_plural_speakers_not(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# "A spokeswoman for Whitlock, Allison Feeney, said": the name after a complement that is itself a
# name is the spokesperson's (a name takes no other person's name in apposition).
@pytest.mark.parametrize("text, quote, name", [
    # The Hill: a surname as the complement
    ("House Speaker Gordon Whitlock has not committed to a vote. A spokeswoman for Whitlock, Allison Feeney, "
     "said the Speaker \"is reviewing a number of proposals\" on the issue.",
     "is reviewing a number of proposals", "Allison Feeney"),
    # Fox: a congressman's surname, a man's spokesman
    ("A spokesman for Sykes, Tom Bledsoe, said the congressman was \"focused on the district\" this week.",
     "focused on the district", "Tom Bledsoe"),
    # business: a company's name as the complement
    ("\"We are reviewing the order,\" a spokesman for Acme Corp., Tom Reed, said.",
     "We are reviewing the order,", "Tom Reed"),
])
def test_spokesperson_for_a_name(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# "Eastwood's campaign released a statement … “…,” the campaign said": a campaign named by its
# candidate, as a family is ("the Marchand family"), is what "the campaign said" stands for.
@pytest.mark.parametrize("text, quote, name", [
    # AP campaign trail
    ("Late Saturday, Martin Eastwood's campaign released a statement about the ads.\n\n"
     "\"The voters deserve better than a smear,\" the campaign said.",
     "The voters deserve better than a smear,", "Eastwood campaign"),
    # debate recap, the campaign with its candidate's name as the speaker
    ("The Ostrowski campaign said in a statement that the congresswoman had \"won on the issues.\"",
     "won on the issues.", "Ostrowski campaign"),
    # a woman's campaign, possessive speaker
    ("\"We are built for March,\" Celeste Harrow's campaign said on Saturday.",
     "We are built for March,", "Harrow campaign"),
])
def test_campaign_by_candidate(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_campaign_unnamed(nlp):
    # no campaign named by a candidate: the description stays ("campaign"), no one's name
    sp = extracted_speaker(nlp, "A campaign to save the library collected signatures.\n\n"
                                "\"We need 5,000 more,\" the campaign said.", "We need 5,000 more,")
    assert sp.name == "campaign"


# "Grady's office said in a statement": a person's office speaks for the person, though the
# recogniser tagged the possessive surname a place ("Grady's office" read like a county's).
@pytest.mark.parametrize("text, quote, name", [
    # The Hill
    ("Sen. Paul Grady said he would oppose the measure.\n\n"
     "\"We oppose it,\" Grady's office said in a statement.", "We oppose it,", "Paul Grady"),
    # a woman, the office after the quote's colon intro
    ("Sen. Paula Drummond (D-Ore.) said she would introduce a companion bill.\n\n"
     "\"Staff see the same information,\" Drummond's office said.", "Staff see the same information,",
     "Paula Drummond"),
])
def test_office_speaks_for_person(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_office_of_unnamed_role(nlp):
    # "the mayor's office" with no mayor named: the office, no one's name
    sp = extracted_speaker(nlp, "\"Yes,\" the mayor's office said.", "Yes,")
    assert sp.name[:1].islower()


# "the pair wrote", "the duo said": a noun for two people is the last two named together,
# whatever their roles (a joint letter, a co-sponsored bill, two co-chairs).
@pytest.mark.parametrize("text, quote, name", [
    # The Hill: two senators' letter
    ("Sen. Omar Reyes (D-N.M.) and Sen. Beth Cole (R-Maine) wrote to the FDA on Monday.\n\n"
     "\"Patients can't wait,\" the pair wrote.", "Patients can't wait,", "Omar Reyes and Beth Cole"),
    # business: two founders
    ("Sarah Mitchell and Tom Becker started the company in a garage in 2019.\n\n"
     "\"We never expected this,\" the duo said.", "We never expected this,", "Sarah Mitchell and Tom Becker"),
])
def test_pair_nouns(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_pair_nobody_named_together(nlp):
    # one person named alone is no pair
    got = speaker_name(nlp, "Mayor Ann Lee spoke first.\n\n\"It was shaking,\" the pair said.", "It was shaking,")
    assert got != "Ann Lee" and " and " not in (got or "")


# "the GOP senator", "the Democratic lawmaker": a party word in a role description agrees with the
# party written after the name ("R-Neb.") or in a title ("Republican Sen."), not only with words of
# the title itself.
@pytest.mark.parametrize("text, quote, name", [
    # wire: comma-set party, a man
    ("WASHINGTON — Sen. Harold Lind, R-Neb., said Monday he would not support the tariff plan.\n\n"
     "\"Farmers pay for this,\" the GOP senator said on a call with reporters.", "Farmers pay for this,",
     "Harold Lind"),
    # a woman, the other party named last: the description's party decides
    ("Sen. Alicia Moreno, D-Nev., spoke first. Republican Sen. Tom Hale of Utah agreed with her.\n\n"
     "\"Not now,\" the Democratic senator said.", "Not now,", "Alicia Moreno"),
    # parenthesised party, "lawmaker" for a representative
    ("Rep. Nora Klein (R-Wis.) filed the amendment on Tuesday.\n\n"
     "\"It is a simple fix,\" the Republican lawmaker said.", "It is a simple fix,", "Nora Klein"),
])
def test_party_word_in_description(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# "the pollster said" after "X, assistant director of the poll" or "Marist Poll director X": a
# title with the word "poll" is a pollster's (the whole word: "pollution" is not).
@pytest.mark.parametrize("text, quote, name", [
    # AP poll story: inverted cue, then the description
    ("A Quinnipiac University poll showed the governor trailing by 3 points. \"The bounce is real but small,\" "
     "said Tim Malloy, assistant director of the poll.\n\n"
     "\"It's going to be a long fall,\" the pollster added.", "It's going to be a long fall,", "Tim Malloy"),
    # regional paper: a woman, the poll's name in the title
    ("Marist Poll director Lena Ortiz said voters were split.\n\n"
     "\"It's a 50-50 issue right now,\" the pollster said.", "It's a 50-50 issue right now,", "Lena Ortiz"),
])
def test_pollster_by_title(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_pollster_not_pollution(nlp):
    got = speaker_name(nlp, "Ann Lee, director of pollution control, spoke on Monday.\n\n"
                            "\"Clean it up,\" the pollster said.", "Clean it up,")
    assert got != "Ann Lee"


# "In a statement to The Daily Caller, an attorney for the whistleblower, Mark Feld, said": the
# parser hangs the role and the name both on the outlet; the role is the name's, never the
# outlet's (which "the lawyer said" must not find as a person).
@pytest.mark.parametrize("text, quote, name", [
    # Daily Caller: the role before the name, both in apposition to the outlet
    ("In a statement to The Daily Caller, an attorney for the whistleblower, Mark Feld, said his client was "
     "\"vindicated.\"\n\n\"My client told the truth,\" the lawyer said.", "My client told the truth,", "Mark Feld"),
    # Fox: a woman, a spokeswoman after "told Fox News Digital"
    ("In an email to Fox News Digital, a spokeswoman for the campaign, Dana Pruitt, said the ad would run.\n\n"
     "\"We stand by every word,\" the spokeswoman said.", "We stand by every word,", "Dana Pruitt"),
])
def test_role_before_name_after_outlet(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name
