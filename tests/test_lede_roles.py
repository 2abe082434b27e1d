"""A lede's unnamed role is the one person the story gives that role after it
(quotex.resolution.resolve._lede_role): a definite role ("the premier accusing …") by a title the
body gives with every word of the description, when nobody was named before it; any role ("a
federal judge", "a Montgomery County judge who said …") by the one person of that role named first
soon after it, when nobody was named as a subject or a speaker before it. Either way not one the
story brought in unnamed with that role before. Through the real model; every passage is ours.

One table: each row a passage, the quote's words, and either the name the speaker must have
(``want``) or a name it must not have (``wrong``).
"""
import pytest
from attribution_helpers import extracted_speaker_name

LEDE_ROLES = [
    # -- a definite role, titled so in the body (Canadian: legislature, minister, city hall)
    ("Tories defend health plan\n\n"
     "The government spent question period defending its plan, with the premier accusing the NDP of "
     "“fear-mongering.”\n\n"
     "Premier Gordon Ballantyne said wait times were down.",
     "fear-mongering.", "Gordon Ballantyne", None),
    ("Rents to be frozen\n\n"
     "The minister said on Tuesday that rents would be “frozen for a year.”\n\n"
     "Housing Minister Ann Leroux said the bill would pass this spring.",
     "frozen for a year.", "Ann Leroux", None),
    # a lower-case description of the one mayor named just after is that mayor
    ("Mayor rebuffs critics\n\n"
     "The city’s new mayor rejected an offer to make an “exception” to the rule.\n\n"
     "Mayor Tom Berg was elected last week.",
     "exception", "Tom Berg", None),
    # one the story brought in unnamed ("a Carrier executive … the executive") is that one
    ("Factory workers feel sting\n\n"
     "“This is strictly a business decision,” a Carrier executive tells employees. As boos erupt, the "
     "executive says, “Please quiet down.”\n\n"
     "“We have to look around the corner,” said Robert McDonough, a senior executive at the parent company.",
     "Please quiet down.", "executive", None),
    # sports: a woman, the coach titled in the next paragraph
    ("Hawks stun Cyclones\n\nThe coach called it “the best win of my career.”\n\n"
     "Coach Dana Brooks said her team never quit after falling behind by 15.",
     "the best win of my career.", "Dana Brooks", None),
    # -- any role, named just after (US: court, wire and local)
    # "saying" in the lead, the judge named in the next paragraph
    ("Rule blocked\n\nBy Staff\n\nWASHINGTON — A federal judge on Tuesday blocked the rule, saying it was "
     "“arbitrary and capricious.”\n\nU.S. District Judge Ann Lee wrote that the agency had ignored its own data.",
     "arbitrary and capricious.", "Ann Lee", None),
    # a relative clause on the role (a byline's name is nobody named before)
    ("Coach sentenced\n\nBy Keisha Brantley\n\nDAYTON, Ohio — A former coach was sentenced Thursday by a "
     "Montgomery County judge who said his betrayal was “staggering.”\n\nGregory Pelfrey, 44, pleaded guilty "
     "in May. Common Pleas Judge Mary Katherine Doyle imposed the maximum sentence.",
     "staggering.", "Mary Katherine Doyle", None),
    # headline role alone, the lead's role and the name after it
    ("Judge gives former coach 12 years, calls abuse of trust 'staggering'\n\nBy Keisha Brantley\n"
     "The Dayton Daily Ledger\n\nDAYTON, Ohio — A former youth wrestling coach was sentenced Thursday to 12 "
     "years in prison by a judge who called his betrayal of families “staggering.”\n\nGregory Pelfrey, 44, "
     "pleaded guilty in May. Common Pleas Judge Mary Katherine Doyle imposed the maximum sentence.",
     "staggering", "Mary Katherine Doyle", None),
    # -- left open
    # someone named as a subject before: the role is someone else
    ("Rule blocked\n\nAnn Lee, the agency's director, defended the rule on Monday. A federal judge on "
     "Tuesday blocked it, saying it was “arbitrary.”\n\nLater, U.S. District Judge Tom Reyes wrote a second order.",
     "arbitrary.", None, "Tom Reyes"),
    # two judges named after: either
    ("Rule blocked\n\nA federal judge on Tuesday blocked the rule, saying it was “arbitrary.”\n\n"
     "U.S. District Judge Ann Lee and Judge Tom Reyes both heard the case.",
     "arbitrary.", None, "Ann Lee"),
]


@pytest.mark.parametrize("text, quote, want, wrong", LEDE_ROLES)
def test_lede_role(nlp, text, quote, want, wrong):
    name = extracted_speaker_name(nlp, text, quote)
    if want is not None:
        assert name == want
    else:
        assert name != wrong
