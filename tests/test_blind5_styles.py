"""The blind5 (14 Canadian) and blind_us3 (10 US) sets: written in session 11 (helper h16w) before
quotex was run on them, each with a gold speaker name for every quotation
(tests/data/blind5/NAME.gold.jsonl, tests/data/blind_us3/NAME.gold.jsonl, built from src/ by
benchmarks/build_style_set.py; see benchmarks/styles_eval.py).

First run, at 384c066 (main b774b21 plus the sets), before any change: blind5 quote recall 1.0, name
accuracy 0.9286 (117/126); blind_us3 quote recall 0.9857, name accuracy 0.913 (63/69). The floors
are the figures after h16w's fix minus 0.02; the errors left, by kind, are in the sets' READMEs.
"""
import pytest
from attribution_helpers import extracted_speaker_name
from style_sets import floor_tests

SETS = {  # name: (gold quotes, quote recall floor, name accuracy floor)
    "blind5": (126, 1.0 - 0.02, 0.9286 - 0.02),
    "blind_us3": (70, 0.9857 - 0.02, 0.9275 - 0.02),
}

scored, test_set_names = floor_tests(SETS)


speaker_name = extracted_speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # A quotation's own sentences before its cue are the speaker's words, not steps of the
    # narrative: the cue's "he"/"she" measures its distance from where the quote starts, so the
    # person the sentence before the quote named keeps the pronoun against a defendant or a
    # feature's subject named more often but further back (court story; a man).
    ("Peter Lasko, 44, was sentenced to four years on Wednesday. Lasko sold fake insurance to 40 "
     "families. Lasko bought a boat with the money.\n\n"
     "Lasko spoke briefly. \"I am sorry,\" he said.\n\n"
     "Omar Haddad, 70, said he lost $12,000.\n\n"
     "Outside the courthouse, Haddad said the sentence was too short.\n\n"
     "\"Four years is nothing. Nothing at all. My wife cried for a year. We will never see that "
     "money,\" he said.",
     "Four years is nothing. Nothing at all. My wife cried for a year. We will never see that money,",
     "Omar Haddad"),
    # a woman, after a woman named more often before her (council story)
    ("Mayor Carla Brandt, 61, opened the meeting. Brandt defended the budget. Brandt took questions "
     "for an hour.\n\n"
     "Brandt was asked about taxes. \"They will rise,\" she said.\n\n"
     "Resident Ingrid Solberg, 58, said she has lived on the street for 30 years.\n\n"
     "Afterwards, Solberg said the vote surprised her.\n\n"
     "\"Nobody warned us. Nobody asked us. Not one letter. We read it in the paper,\" she said.",
     "Nobody warned us. Nobody asked us. Not one letter. We read it in the paper,", "Ingrid Solberg"),
    # a name inside the quote itself is nobody's antecedent for the cue's pronoun
    ("Council heard from Jeannette Morin, the applicant's wife, and from neighbour Alice Toussaint.\n\n"
     "Toussaint said she bore the family no grudge.\n\n"
     "\"Jeannette is a good neighbour. This was never about Jeannette,\" she said.",
     "Jeannette is a good neighbour. This was never about Jeannette,", "Alice Toussaint"),
    # negative: a one-sentence quote changes nothing; the speaker named in the same paragraph
    # before it still wins ("he" after two men, the last one the subject)
    ("Coach Dan Meyers praised the defence. Goaltender Luc Paquette made 40 saves.\n\n"
     "Paquette said the team played its best game of the season. \"We stuck together,\" he said.",
     "We stuck together,", "Luc Paquette"),
    # negative: the quote's sentences do not make a speaker further back win over one in reach
    # (the union president spoke last; the minister was named paragraphs before)
    ("Minister Helen Strand announced the deal on Monday.\n\n"
     "The union's president, Marc Dufresne, was not impressed.\n\n"
     "\"It is too little. It is too late. Our members will vote on it anyway,\" he said.",
     "It is too little. It is too late. Our members will vote on it anyway,", "Marc Dufresne"),
    # an organisation: "it said" after a quote of several sentences is still the company named
    # before the quote
    ("Xcel Energy shut off power to 38,000 customers on Tuesday.\n\n"
     "\"Shutoffs are a last resort. Today they were necessary. Crews will restore power tonight,\" "
     "it said in a statement.",
     "Shutoffs are a last resort. Today they were necessary. Crews will restore power tonight,", "Xcel Energy"),
    # plural speakers: "they said" after a multi-sentence quote, two people named together before it
    ("Farmers Ruth Klassen and Abe Klassen lost their barn in the storm.\n\n"
     "\"We will rebuild. We always do. This is home,\" they said.",
     "We will rebuild. We always do. This is home,", "Ruth Klassen and Abe Klassen"),
])
def test_quote_sentences_do_not_push_the_antecedent_back(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name
