"""Page furniture in scraped news is read as a blank line (session 16; found writing a Global News
story as scraped pages keep it).

'“People in this neighbourhood are tired,” Eadie said.¶Advertisement¶“They want to see action.”'
gave the second quote no speaker: the "Advertisement" line stood between the quote paragraph and
its continuation. And a "she said" after "Story continues below advertisement" or "READ MORE: …"
was counted two sentences further from the woman who had just been brought in, so the constable
named three times before took her quote. quotex.text.furniture says which lines are furniture;
paragraphs (quotex.text.marks) and the pronouns' sentence distance (resolution.antecedents) skip
them. Offsets never move: the line stays in the text.
"""
import pytest
from attribution_helpers import extracted_speaker_name

from quotex.text.furniture import is_web_furniture
from quotex.text.marks import iter_paragraph_quotes


@pytest.mark.parametrize("line", [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Article continues below",
    "Continue reading the main story",
    "Related stories",
    "READ MORE: Winnipeg homicide count hits 40 for 2019",
    "WATCH: Police investigate North End death",
    "Read more: Trudeau says pipeline will be built",
    "Related: City council approves budget",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Click here to sign up for our daily newsletter.",
    "MORE: What we know about the shooting",
    "  Advertisement  ",
    "Video: Crews battle the fire overnight",
])
def test_furniture_lines(line):
    assert is_web_furniture(line)


@pytest.mark.parametrize("line", [
    "Watch: the mayor said the city would act.",  # a sentence may open so; not in capitals
    "More: the council voted 7-2.",
    "The advertisement ran for two weeks.",
    "\"Advertisement,\" she said.",
    "MAYOR LEE: \"We will act.\"",  # a transcript label, a speaker
    "WALLACE: Senator, thank you for joining us.",
    "Related charges were laid against two other men.",
    "READ MORE: " + "word " * 30,  # too long for a link to another page
    # a link line with a quote stays a line: the labels rule "link" reads it (test_rules_labels)
    "RELATED: 'We are devastated': family of victim speaks",
    "Click to play video: 'Legal aid cuts will hurt vulnerable people: critics'",
    "",
])
def test_story_lines(line):
    assert not is_web_furniture(line)


def test_furniture_is_no_paragraph():
    text = ("“People are tired,” Eadie said.\nAdvertisement\n“They want action.”\n"
            "READ MORE: Council votes 7-2\nLee said no.")
    paras = [text[a:b] for a, b, _q, _c in iter_paragraph_quotes(text)]
    assert paras == ["“People are tired,” Eadie said.", "“They want action.”", "Lee said no."]


POLICE = ("Const. Rachel Soriano said officers were called to the house around 2 a.m.\n\n"
          "\"We are asking anyone who was in the area to give us a call,\" Soriano said.\n\n"
          "Soriano said the homicide unit has taken over the investigation.\n\n")


@pytest.mark.parametrize("text, quote, name", [
    # local TV (Global News): a continuation paragraph after an advertisement marker
    ("Coun. Ross Eadie, who represents the area, said the city needs to do more.\n\n"
     "\"People in this neighbourhood are tired,\" Eadie said.\n\nAdvertisement\n\n"
     "\"They want to see action, not more studies.\"", "They want to see action, not more studies.",
     "Ross Eadie"),
    # the same with the longer marker, a woman
    ("\"We were never consulted,\" said Chief Marlene Cardinal.\n\nStory continues below advertisement\n\n"
     "\"Not once in four years.\"", "Not once in four years.", "Marlene Cardinal"),
    # a newcomer's "she said" after a link line is still hers, not the constable's
    (POLICE + "A neighbour, who asked not to be named, said she heard shouting before police arrived.\n\n"
     "READ MORE: Winnipeg homicide count hits 40 for 2019\n\n\"It's been getting worse every year,\" "
     "she said.", "It's been getting worse every year,", "neighbour"),
    (POLICE + "A neighbour, who asked not to be named, said she heard shouting before police arrived.\n\n"
     "Advertisement\n\n\"It's been getting worse every year,\" she said.", "It's been getting worse every year,",
     "neighbour"),
    # business wire: a link line between a company's statement and its "it said"
    ("Hydro One said crews had restored power to 40,000 customers by noon.\n\nRELATED: Ice storm "
     "leaves thousands in the dark\n\n\"Crews will work through the night,\" it said.",
     "Crews will work through the night,", "Hydro One"),
])
def test_quotes_across_furniture(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


def test_video_link_is_nobodys(nlp):
    from quotex import extract
    text = ("Attorney General Caroline Mulroney defended the cut.\n\nClick to play video: 'Legal aid cuts "
            "will hurt vulnerable people: critics'\n\n\"We are asking Legal Aid Ontario to find efficiencies,\" "
            "Mulroney said.")
    quotes = {q.text: q for q in extract(text, nlp=nlp, all_quotes=True)}
    link = quotes["Legal aid cuts will hurt vulnerable people: critics"]
    assert link.speaker is None and link.method == "link"
    assert quotes["We are asking Legal Aid Ontario to find efficiencies,"].speaker.name == "Caroline Mulroney"


def test_no_quote_read_in_a_link_line(nlp):
    # The headline of another page is no quote of this story's.
    from quotex import extract
    text = ("Mayor Ann Lee said the budget passes next week.\n\n"
            "READ MORE: 'We are devastated': family of crash victim speaks\n\n"
            "\"It is a fair budget,\" Lee said.")
    quotes = list(extract(text, nlp=nlp))
    assert [q.text for q in quotes] == ["It is a fair budget,"]
    assert all(text[q.start:q.end] == q.text for q in quotes)
