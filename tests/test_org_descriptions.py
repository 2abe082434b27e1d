"""Organisation speakers reached through a description, through the real model: each row a short
passage we wrote (Canadian and US newsroom habits), the quote's words and who must be named.

* a lawsuit, complaint, petition or filing that "says" something speaks for whoever the article
  says filed it ("The lawsuit, filed by Blue Mesa Cattle Co., says …", "Harbor Point Tenants
  Association filed the complaint", "Dana Ruiz sued the county"), the filer named last; with no
  filer named, or filed by several together, it stays the description (quotex.resolution.entities
  .filed, resolve._filer);
* "a spokesperson for the city" is the City of Surrey named before (resolve._spokesperson_org with a
  place's government word);
* an untagged business known by its dotted legal ending ("Tidewater Outfitters Ltd.") is a name of
  stage 2's table and a candidate for stage 1's "it", ahead of the outlet that reported
  (entities._dotted_end, antecedents.AntecedentIndex);
* "The Town of Ajax" the recogniser missed or called a work of art is a place that speaks as "the
  town" (entities.governed_names, window_names).
"""
import pytest
from attribution_helpers import extracted_speaker_name

Q, E = "\u201c", "\u201d"

FILER_CASES = [
    # US: the filer in a participle after the lawsuit, a company with a legal ending.
    ("DENVER \u2014 A Colorado ranch is suing the state over water rights.\n\n"
     "The lawsuit, filed by Blue Mesa Cattle Co. in district court on Monday, says the state ignored its senior claim.\n\n"
     + Q + "The state has taken water that belongs to our client," + E + " the lawsuit says.",
     "The state has taken water that belongs to our client,", "Blue Mesa Cattle Co"),
    # Canadian: an association as the subject of "filed the complaint"; the cue "the filing".
    ("TORONTO \u2014 Tenants in a Scarborough high-rise have gone to the tribunal.\n\n"
     "The complaint was filed by Harbor Point Tenants Association on Tuesday.\n\n"
     + Q + "The landlord has ignored repeated requests for heat," + E + " the filing says.",
     "The landlord has ignored repeated requests for heat,", "Harbor Point Tenants Association"),
    # US: "the suit, brought by …", a company with "Inc.".
    ("The suit, brought by Greenway Transit Services Inc., claims the county broke the contract.\n\n"
     + Q + "The county walked away from a signed agreement," + E + " the suit says.",
     "The county walked away from a signed agreement,", "Greenway Transit Services Inc"),
    # A woman who sued: a person files too.
    ("PORTLAND, Ore. \u2014 Dana Ruiz sued the city in March after she was hurt on a broken sidewalk.\n\n"
     + Q + "The city knew about the hazard for years," + E + " the lawsuit says.",
     "The city knew about the hazard for years,", "Dana Ruiz"),
    # A man who filed a petition.
    ("WINNIPEG \u2014 Marcus Bell filed a petition with the Court of King's Bench on Friday.\n\n"
     + Q + "The election was decided by ballots that should not have been counted," + E + " the petition says.",
     "The election was decided by ballots that should not have been counted,", "Marcus Bell"),
    # A union's grievance.
    ("The Saskatchewan Union of Nurses launched a grievance against the health authority on Monday.\n\n"
     + Q + "Nurses were forced to work 16-hour shifts without notice," + E + " the grievance says.",
     "Nurses were forced to work 16-hour shifts without notice,", "Saskatchewan Union of Nurses"),
]


@pytest.mark.parametrize("text,quote,name", FILER_CASES)
def test_filing_speaks_for_its_filer(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


NO_FILER_CASES = [
    # No one named as filer: the description stays.
    ("A lawsuit was filed in federal court on Monday.\n\n"
     + Q + "The defendants acted with malice," + E + " the lawsuit says.", "The defendants acted with malice,"),
    # Filed by two together: no one of them alone.
    ("Patricia Lund and Charles Okafor have filed a lawsuit against the school board.\n\n"
     + Q + "The board ignored every warning," + E + " the lawsuit says.", "The board ignored every warning,"),
]


@pytest.mark.parametrize("text,quote", NO_FILER_CASES)
def test_filing_without_a_single_filer_names_no_one(nlp, text, quote):
    name = extracted_speaker_name(nlp, text, quote)
    assert name not in ("Patricia Lund", "Charles Okafor")
    assert name is None or name.islower()


GOVERNED_CASES = [
    # Canadian: "a spokesperson for the city" after "The City of Surrey" (tagged a place).
    ("SURREY, B.C. \u2014 Residents are angry about the tax.\n\n"
     "The City of Surrey defended the increase. " + Q + "These costs are beyond our control," + E +
     " a spokesperson for the city said.", "These costs are beyond our control,", "City of Surrey"),
    # Canadian: "The Town of Ajax" called a work of art by the recogniser, then "the town said".
    ("AJAX, Ont. \u2014 The Town of Ajax says the pool will close.\n\n"
     + Q + "We know this is disappointing," + E + " the town said in a statement.",
     "We know this is disappointing,", "Town of Ajax"),
    # US: a county's spokesman.
    ("The County of Maui issued an evacuation order late Tuesday.\n\n"
     + Q + "Leave now if you are told to," + E + " a spokesman for the county said.",
     "Leave now if you are told to,", "County of Maui"),
]


@pytest.mark.parametrize("text,quote,name", GOVERNED_CASES)
def test_place_government_speaks(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


def test_city_spokesperson_with_no_city_named_stays_a_description(nlp):
    text = ("Residents are angry about the tax.\n\n" + Q + "These costs are beyond our control," + E +
            " a spokesperson for the city said.")
    assert extracted_speaker_name(nlp, text, "These costs are beyond our control,") == "spokesperson for the city"


DOTTED_CASES = [
    # Canadian: the company untagged in a prepositional phrase, an outlet the only tagged one.
    ("Customers of Tidewater Outfitters Ltd. have complained for weeks. Parkdale residents joined them on "
     "Friday, APTN News reported.\n\n" + Q + "We are working to fix the issue," + E + " it said.",
     "We are working to fix the issue,", "Tidewater Outfitters Ltd"),
    # US: "Inc." with its dot, then "the company said".
    ("Drivers for Lakeview Courier Inc. say their pay was cut, CNN reported.\n\n"
     + Q + "Our rates are competitive," + E + " the company said.", "Our rates are competitive,", "Lakeview Courier Inc"),
]


@pytest.mark.parametrize("text,quote,name", DOTTED_CASES)
def test_untagged_company_with_dotted_ending(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


def test_outlet_alone_still_speaks_as_it(nlp):
    # No company named: the outlet is the only organisation in reach.
    text = ("Parkdale residents rallied on Friday, APTN News reported.\n\n"
            + Q + "We will keep covering this," + E + " it said.")
    assert extracted_speaker_name(nlp, text, "We will keep covering this,") == "APTN News"
