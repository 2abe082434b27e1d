"""Mechanisms from the blind_us12 set (US political news: Reuters, NPR, Mother Jones, BuzzFeed,
ABC's "This Week", TPM live, AP fact check). Each table is sentences written for the mechanism
(not the set's text), positive and negative, in several styles. The real model, no mocks."""
import pytest
from attribution_helpers import extracted_speaker_name

speaker_name = extracted_speaker_name

FILLER = "The hearing ran long, and the committee broke for lunch before the second panel. "


# A party member's apposition spelt out ("a Republican from North Dakota", "a Boulder Democrat")
# gives the place and party that "the North Dakota Republican", "the Boulder Democrat" agree with,
# as the "R-N.D." tag does (entities._party_apposition).
@pytest.mark.parametrize("text, quote, name", [
    # wire: state after the party noun, a man
    ("Sen. Dwight Hale, a Republican from North Dakota, said he backed the bill.\n\n" + FILLER +
     "\"We cannot wait another year,\" the North Dakota Republican told reporters.",
     "We cannot wait another year,", "Dwight Hale"),
    # local TV: a city before the party noun, a woman
    ("Rep. Ann Rusk, a Boulder Democrat, spoke first on Sunday.\n\n" + FILLER +
     "\"We have been in those offices for years,\" the Boulder Democrat said.",
     "We have been in those offices for years,", "Ann Rusk"),
    # a modifier before the party noun and "of": two people, only one from Ohio
    ("Rep. Joe Kerr, a two-term Democrat of Ohio, and Rep. Lena Park, a Democrat from Texas, "
     "filed the bill on Monday.\n\n" + FILLER +
     "\"This is overdue,\" the Ohio Democrat said.", "This is overdue,", "Joe Kerr"),
    # feature: a state of two words before the party noun
    ("Gov. Maria Santos, a New Mexico Democrat, toured the plant on Friday.\n\n" + FILLER +
     "\"They built this town,\" the New Mexico Democrat said.", "They built this town,", "Maria Santos"),
])
def test_party_member_apposition(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # the apposition gives the other party: not her
    ("Sen. Ann Hale, a Democrat from Maine, spoke on Tuesday.\n\n" + FILLER +
     "\"We will block it,\" the Maine Republican said.", "We will block it,", "Ann Hale"),
    # a committee of the party, not a member of it: no party, no place
    ("Tom Reed, a Republican National Committee member from Iowa, spoke on Tuesday.\n\n" + FILLER +
     "\"We will block it,\" the Ohio Republican said.", "We will block it,", "Tom Reed"),
    # another place
    ("Rep. Carla Diaz, a Denver Democrat, spoke first.\n\n" + FILLER +
     "\"We will block it,\" the Boulder Democrat said.", "We will block it,", "Carla Diaz"),
])
def test_party_member_apposition_disagrees(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# Two people the parse joins with "and", each with an apposition between ("Sen. X, a Democrat from
# New Mexico, and Sen. Y, a Republican from North Dakota,") are named together however long the
# first's apposition: "the senators wrote" is the pair (resolve._named_pair).
@pytest.mark.parametrize("text, quote, name", [
    # wire: a joint letter
    ("Sen. Rosa Castel, a Democrat from New Mexico, and Sen. Dwight Hale, a Republican from North Dakota, "
     "led the letter.\n\n\"We are asking it to look at the whole picture,\" the senators wrote.",
     "We are asking it to look at the whole picture,", "Rosa Castel and Dwight Hale"),
    # business: two lawmakers with long appositions, "the lawmakers"
    ("Rep. Ann Lee, who chairs the small business subcommittee, and Rep. Tom Voss, the panel's ranking "
     "member, sent the letter on Monday.\n\n\"Small firms need an answer,\" the lawmakers wrote.",
     "Small firms need an answer,", "Ann Lee and Tom Voss"),
])
def test_pair_across_appositions(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # a senator and a mayor are no "senators"
    ("Sen. Rosa Castel, a Democrat from New Mexico, and Mayor Tim Ruiz, a Republican, met on Monday.\n\n"
     "\"We want answers,\" the senators wrote.", "We want answers,", "Rosa Castel and Tim Ruiz"),
])
def test_pair_across_appositions_needs_the_role(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# A name a description's relative clause gives ("A woman who identified herself as Karen
# Bettencourt") is the person's; the pronoun after it names her (entities._self_named).
@pytest.mark.parametrize("text, quote, name", [
    # live blog: the pronoun after
    ("A woman who identified herself as Karen Bettencourt, a cancer survivor, asked the congresswoman "
     "about the bill.\n\n\"Have you read it?\" she asked.", "Have you read it?", "Karen Bettencourt"),
    # local TV: a man, "gave his name as"
    ("A man who gave his name as Tom Reyes said the line had been there since dawn.\n\n"
     "\"We just want the water back,\" he said.", "We just want the water back,", "Tom Reyes"),
    # the description itself speaks
    ("A caller who introduced himself as Dale Pruitt said the plant had been closed for weeks, "
     "\"and nobody told us.\"", "and nobody told us.", "Dale Pruitt"),
])
def test_self_named_description(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # the relative clause names someone else ("identified the driver as …")
    ("A woman who identified the driver as Tom Reyes said she saw the crash.\n\n"
     "\"He never slowed down,\" she said.", "He never slowed down,", "Tom Reyes"),
])
def test_self_named_needs_herself(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# "X's spokeswoman, Alicia Dorn, said": the one named in apposition speaks, not the owner; a name
# set off after a relative clause on the complement ("A spokesman for the NFIB, which supports
# the bill, Cole Ramsey, said") is the spokesman's (resolve_speaker, entities._named_after_relative).
@pytest.mark.parametrize("text, quote, name", [
    # AP: a hyphenated surname as the owner
    ("Sen. Patricia Montoya-Reyes spoke on Tuesday.\n\n"
     "Montoya-Reyes' spokeswoman, Alicia Dorn, said the senator \"was talking about the long run.\"",
     "was talking about the long run.", "Alicia Dorn"),
    # business: a company's spokesman
    ("Keystone Tubular Corp's spokesman, Mark Ellison, said the plant \"will stay open through March.\"",
     "will stay open through March.", "Mark Ellison"),
    # name after a relative clause on the organisation
    ("A spokesman for the National Federation of Independent Business, which supports the bill, "
     "Cole Ramsey, said its members \"overwhelmingly\" back it.", "overwhelmingly", "Cole Ramsey"),
    # a woman, a union
    ("A spokeswoman for the Teamsters, which represents the drivers, Dana Whitfield, said the union "
     "would \"fight this in court.\"", "fight this in court.", "Dana Whitfield"),
])
def test_named_spokesperson(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, wrong", [
    # the relative clause's object is a person named in apposition: not the spokesman
    ("A spokesman for the group, which endorsed the mayor, Ann Lee, said it \"stands by her.\"",
     "stands by her.", "Ann Lee"),
])
def test_named_after_relative_not_a_person_object(nlp, text, quote, wrong):
    assert speaker_name(nlp, text, quote) != wrong


# A noun for a company or a person ("developer", "publisher") the article gave only a person in
# apposition is that person: "Tillman, a former real estate developer, … the former real estate
# developer told reporters" (resolve._antecedent).
@pytest.mark.parametrize("text, quote, name", [
    ("WASHINGTON - Rep. Brock Tillman, a first-term Republican from Arizona, deleted a post on Tuesday night "
     "that called a reporter a hack.\n\nTillman, a former real estate developer from Scottsdale, "
     "backs the bill.\n\nKPHO's news director, Andrea Lusk, said the station stood by its story.\n\n"
     "Asked whether he would apologize, the former real estate developer told reporters: \"For what?\"",
     "For what?", "Brock Tillman"),
    ("Town approves library budget\n\nBURLINGTON, Vt. (AP) — Mayor Joan Petit opened the budget meeting on "
     "Tuesday night with a warning about \"costs nobody planned for.\"\n\nPetit, a former publisher, has run "
     "the city since 2014.\n\n" + FILLER +
     "\"We will not close the library,\" the former publisher said.", "We will not close the library,",
     "Joan Petit"),
])
def test_person_given_a_company_noun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_company_noun_stays_the_company(nlp):
    # the article gave the noun to a company too: the company
    text = ("Acme Homes, the developer of the tower, filed the plans. Tom Reed, a developer from Mesa, "
            "objected.\n\n\"We followed every rule,\" the developer said in a statement.")
    assert speaker_name(nlp, text, "We followed every rule,") != "Tom Reed"


# A fact check's claim line in capitals with a party-and-state tag: "SEN. PATRICIA MONTOYA-REYES,
# D-N.M.: “…”" is hers, named as the body writes names (context._LISTED_NAME).
@pytest.mark.parametrize("text, quote, name", [
    ("Senators traded claims on Tuesday.\n\n"
     "SEN. PATRICIA MONTOYA-REYES, D-N.M.: \"This bill gives 80 percent of its benefits to the top 1 percent.\"\n\n"
     "THE FACTS: Close.", "This bill gives 80 percent of its benefits to the top 1 percent.",
     "Patricia Montoya-Reyes"),
    ("Here is what they said.\n\n"
     "REP. TOM O'NEILL, R-Ohio: \"Nobody will pay a dime more.\"\n\nTHE FACTS: Some will.",
     "Nobody will pay a dime more.", "Tom O'Neill"),
    ("Here is what they said.\n\n"
     "Rep. Ann Lee-Hart, D-New Mexico: \"The plan is paid for.\"\n\nTHE FACTS: It is not.",
     "The plan is paid for.", "Ann Lee-Hart"),
])
def test_claim_line_with_party_tag(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A headline's role label before a colon is the speaker of its quote, resolved to the person the
# story gives the role (context._headline_role_colon).
@pytest.mark.parametrize("text, quote, name", [
    ("Former Colorado secretary of state: Democrats need 'fewer consultants, more candidates'\n\n"
     "Former Colorado Secretary of State Miriam Okonjo-Hale said Sunday that the party \"listened to its "
     "consultants.\"",
     "fewer consultants, more candidates", "Miriam Okonjo-Hale"),
    ("Fire chief: Crews had 'no chance' to save the mill\n\n"
     "Fire Chief Tom Berglund said the blaze \"went through the roof in minutes.\"",
     "no chance", "Tom Berglund"),
])
def test_headline_role_label(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_headline_label_that_is_no_role(nlp):
    # "Analysis:" labels the piece, it is nobody
    text = ("Analysis: Democrats need 'fewer consultants, more candidates'\n\n"
            "Former Colorado Secretary of State Miriam Okonjo-Hale said Sunday that the party \"listened to its "
            "consultants.\"")
    assert speaker_name(nlp, text, "fewer consultants, more candidates") != "Miriam Okonjo-Hale"


# A title with a portfolio's "of" ("Secretary of State") makes "the former secretary of state" a
# mention of its holder, so the pronoun after it is hers, not the host's named in a by-phrase
# (antecedents._evidence_before).
@pytest.mark.parametrize("text, quote, name", [
    ("Former Colorado Secretary of State Miriam Okonjo-Hale said Sunday that the party had lost ground.\n\n"
     "Pressed by co-anchor Lena Harcourt on whether she had decided to run, the former secretary of state "
     "laughed.\n\n\"You're going to have to wait a few more weeks,\" she said.",
     "You're going to have to wait a few more weeks,", "Miriam Okonjo-Hale"),
    ("Former Secretary of Defense Robert Hale spoke at the forum on Monday.\n\n"
     "Questioned by moderator Tom Ellis about the budget, the former secretary of defense shrugged.\n\n"
     "\"Nobody reads those numbers,\" he said.", "Nobody reads those numbers,", "Robert Hale"),
])
def test_portfolio_title_description(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# The story's subject gets no bonus over someone the reporter just said to speak: "Bettencourt
# caught up with TPM. She said she had voted for Ashbury twice.¶“…,” she said" (pronouns.resolve).
@pytest.mark.parametrize("text, quote, name", [
    ("Rep. Gloria Ashbury faced a hostile crowd. Ashbury said she had read the bill. Ashbury promised "
     "answers. Ashbury left at nine.\n\nKaren Bettencourt, a cancer survivor, asked about the bill.\n\n"
     "Bettencourt caught up with reporters in the parking lot. She said she had voted for Ashbury twice.\n\n"
     "\"I'm not sure about a third time,\" she said.", "I'm not sure about a third time,", "Karen Bettencourt"),
    ("Mayor Tom Hale opened the session. Hale said the budget was tight. Hale took questions. Hale "
     "thanked the staff.\n\nResident Dan Okafor, a retired teacher, spoke next.\n\n"
     "Okafor waited outside afterward. He said he had voted for Hale twice.\n\n"
     "\"Not this time,\" he said.", "Not this time,", "Dan Okafor"),
])
def test_fresh_speaker_over_story_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_story_subject_keeps_a_quote_with_no_fresh_speaker(nlp):
    # nobody else was said to speak: the pronoun goes on with the story's subject
    text = ("Rep. Gloria Ashbury faced a hostile crowd. Ashbury said she had read the bill. Ashbury promised "
            "answers.\n\nKaren Bettencourt, a cancer survivor, was in the front row.\n\n"
            "Ashbury paused before the last question.\n\n\"I'm doing my job,\" she said.")
    assert speaker_name(nlp, text, "I'm doing my job,") == "Gloria Ashbury"


# A quote that ends by addressing someone by name ("…, Lena,” she said") is not that person's:
# the addressee is no candidate for the pronoun after it (mentions._addressed).
@pytest.mark.parametrize("text, quote, name", [
    # TV interview: two women, the host named last
    ("Former Gov. Ann Brooks said Sunday that the party had lost its way, \"county by county.\"\n\n"
     "Co-anchor Lena Harcourt asked whether Brooks would run. Harcourt pressed again.\n\n"
     "\"You'll have to wait a few more weeks, Lena,\" she said.",
     "You'll have to wait a few more weeks, Lena,", "Ann Brooks"),
    # hearing: two men, the one addressed by title and surname
    ("WASHINGTON (AP) — Sen. Tom Hale questioned the nominee, Mark Ruiz, for two hours on Tuesday about "
     "\"a budget nobody has seen.\"\n\nHale asked again. Hale wanted numbers.\n\n"
     "\"We will send them by Friday, Senator Hale,\" he said.",
     "We will send them by Friday, Senator Hale,", "Mark Ruiz"),
])
def test_addressee_is_not_the_speaker(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_name_inside_the_quote_is_no_address(nlp):
    # "for Lena" names her inside the sentence, it does not address her: she may speak it
    text = ("Co-anchor Lena Harcourt opened the show on Sunday with a tribute to her late mother, "
            "\"the first reporter in the family.\"\n\nHarcourt paused.\n\n\"We did this one for Mom,\" she said.")
    assert speaker_name(nlp, text, "We did this one for Mom,") == "Lena Harcourt"


# A person's name only ever written in capitals (a claim line, a transcript label) is named as the
# body writes names (resolve._decide, _title_cased).
@pytest.mark.parametrize("text, quote, name", [
    ("Senators traded claims on Tuesday. Here is how they stack up.\n\n"
     "SEN. WALTER DRISCOLL, R-Kan.: \"Under this plan, a typical family will see a raise.\"\n\n"
     "THE FACTS: It will not.\n\nDriscoll's office said the senator was citing \"a conservative estimate.\"",
     "Under this plan, a typical family will see a raise.", "Walter Driscoll"),
    ("Here is what they said.\n\nREP. JOHN MCCAIN III, R-Ariz.: \"Nobody will pay a dime more.\"\n\n"
     "THE FACTS: Some will.", "Nobody will pay a dime more.", "John McCain III"),
])
def test_capitals_name_title_cased(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_acronym_organisation_keeps_its_capitals(nlp):
    text = ("The agency weighed in on Tuesday.\n\n\"We will review the data,\" NASA said in a statement.")
    assert speaker_name(nlp, text, "We will review the data,") == "NASA"
