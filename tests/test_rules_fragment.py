"""Attribution tests for fragment_rules: governing-verb, view-holder, naming, naming-order, as-complement, chant, cue-content.

Split from the old tests/test_attribution.py (issue 11); rows and assertions unchanged.
"""
import pytest

from quotex.attribution.methods import Method
from quotex.resolution.resolve import UNRESOLVED_DESCRIPTION_FACTOR

from attribution_helpers import attribution, speaker_name


@pytest.mark.parametrize("text, quote, name", [
    # a fragment with no speech verb: the subject of its clause (lower confidence)
    ('Her brother Tom Lee wants "a fair hearing for everyone" at the council.', "a fair hearing for everyone",
     "Tom Lee"),
    ('Ann Lee also seeks "a permanent injunction" against the paper.', "a permanent injunction", "Ann Lee"),
])
def test_governing_verb_fallback(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker.name == name
    # measured on train: right about two times in three, well below a speech verb
    assert q.confidence == Method.GOVERNING_VERB.confidence(q.speaker) < Method.CUE.confidence(q.speaker) - 0.2


def test_naming_cue_through_preposition(nlp):
    text = "Obama described the new government as ''democratically elected'' in his remarks."
    q = attribution(nlp, text)["democratically elected"]
    assert q.speaker.name == "Obama"


@pytest.mark.parametrize("text, quote, name", [
    # climbing from the fragment's own clause ("corporations pay") to the person who spoke
    ('Ben Ortiz listed his goals, including making prices fall to a "fair level" this year.',
     "fair level", "Ben Ortiz"),
    # negative: no person or organisation anywhere up the clause chain
    ('The rain made prices fall to a "fair level" each year.', "fair level", None),
])
def test_governing_verb_climbs_clauses(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # an organisation as the subject of the fragment's clause
    ('The Democratic Senatorial Campaign Committee has rolled out a new "party of chaos" campaign.',
     "party of chaos", "Democratic Senatorial Campaign Committee"),
    # negative: a thing as the subject
    ('The storm brought "record rainfall" to the coast.', "record rainfall", None),
])
def test_governing_verb_organisations(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    if name is None:
        assert q.speaker is None
    else:
        assert q.speaker.name.endswith(name) and q.speaker.kind == "organization"


@pytest.mark.parametrize("text, quote, name", [
    # negative: a label fronted before the subject, no speech verb, is the reporter's
    ('A self-described "policy nerd," Ann Lee spends her weekends reading budgets.', "policy nerd,", None),
    # a passive agent after the quote still speaks
    ("The phrase ''new deal'' was used only once, by Mayor Ann Lee.", "new deal", "Ann Lee"),
    # the subject before the quote as before
    ("Mayor Ann Lee wants a ''fresh start'' for the town.", "fresh start", "Ann Lee"),
])
def test_governing_verb_subject_after_the_quote(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # negative: a relative clause picking out a kind of people describes them
    ('Big donors who fund "super PACs" rarely appear in public.', "super PACs", None),
    ('The voters who register as "undeclared" can decide the race.', "undeclared", None),
    # a relative clause about a named person still gives the person
    ('Mayor Ann Lee, who wants a "fresh start" for the town, lives downtown.', "fresh start", "Ann Lee"),
])
def test_governing_verb_relative_clause_of_a_common_noun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, mention", [
    # a document or an ad as the subject of the quote's clause, with any verb
    ('The new ad targets a "broken system that rewards the rich."', "broken system that rewards the rich.",
     "The new ad"),
    ('The leaked memo puts the cost at "well over a billion dollars."', "well over a billion dollars.",
     "The leaked memo"),
    # negative: another thing as the subject
    ('The old bridge carries "more traffic than ever before."', "more traffic than ever before.", None),
])
def test_governing_verb_documents(nlp, text, quote, mention):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.text if q.speaker is not None else None) == mention


@pytest.mark.parametrize("text, quote, name", [
    # a thing that "says" speaks for whoever put it out
    ('The mayor\'s office released a video that said, "We will build the bridge by May."',
     "We will build the bridge by May.", "mayor's office"),
    ('Ann Lee hoisted a sign that read "we want our jobs back."', "we want our jobs back.", "Ann Lee"),
    ('Ann Lee released a new ad that urges voters to "send a message" to the banks.', "send a message", "Ann Lee"),
    ('The council voted for a resolution which said the city "rejects the plan."', "rejects the plan.", "council"),
    # negative: with nobody putting it out, the thing itself stays the source
    ('A sign that read "we want our jobs back" hung on the door.', "we want our jobs back", "sign"),
    # negative: a person antecedent speaks for themselves
    ('Ann Lee praised Raj Mehta, who said "the job is done at last."', "the job is done at last.", "Raj Mehta"),
])
def test_a_thing_that_says_speaks_for_its_owner(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a fragment in a content clause belongs to whoever found, thought or speculated it
    ('Experts have speculated that North Korea might be able to boost its "explosive yield" soon.',
     "explosive yield", "Experts"),
    ('The commission recognized that a suitable court should settle the matter "so that all election '
     'officials know the definition."', "so that all election officials know the definition.", "commission"),
    ('Two analysts found in 2014 that the Israeli Air Force is "the best in the world."',
     "the best in the world.", "Two analysts"),
    # negative: no person or organisation above the clause: its own subject stays
    ('The storm showed that the city council had "no real plan" for floods.', "no real plan", "council"),
    ('The Israeli Air Force is "the best in the world" this year.', "the best in the world",
     "Israeli Air Force"),  # (a sentence's opening "The" is no part of the name)
])
def test_governing_verb_credits_the_holder_of_a_content_clause(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # "X called Y “Q”": the namer speaks, whatever the parse made of the verb (here a
    # participle hanging off the name, and a title-case nickname)
    ("Maria Lopez, a Kent ally, called Ohio’s standards “strong.”", "strong.", "Maria Lopez"),
])
def test_naming_verb_by_word_order(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.name, q.method) == (name, "naming-order")


@pytest.mark.parametrize("text, quote", [
    # the quote is the name itself, or the verb is passive: the naming verb names no speaker
    ("A local band called “The Pines” played until midnight.", "The Pines"),
    ("The plan, what had been called the “Golden Rule” of budgets, ended in May.", "Golden Rule"),
    ("Shoppers say they prefer items labeled “Made in Ohio” at the store.", "Made in Ohio"),
    ("Critics of the so-called “death tax” met on Monday.", "death tax"),
])
def test_naming_verb_by_word_order_negatives(nlp, text, quote):
    assert attribution(nlp, text)[quote].method != "naming-order"


@pytest.mark.parametrize("text, quote, name", [
    # a fragment in a clause completing a noun belongs to the noun's owner
    ('The worries go beyond Senator Ann Lee\'s pledge to be "neutral" during the talks.', "neutral", "Ann Lee"),
    ('Senator Ann Lee\'s claim that the emails were "in the system" is doubtful.', "in the system", "Ann Lee"),
    # an organisation's pledge or claim too
    ("The worry goes beyond the Teamsters union's pledge to stay \"neutral\" in the race.", "neutral",
     "Teamsters union"),
    # negatives: the owner is no person
    ('The company\'s decision to be "carbon neutral" surprised many investors.', "carbon neutral", None),
    ('The plan to build a "smart wall" was dropped in May.', "smart wall", None),
])
def test_fragment_in_a_clause_of_an_owned_noun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the content clause of someone's claim noun is the owner's words
    ('Voters remember Tom Brown\'s patronizing suggestion that she was "likable enough" at the debate.',
     "likable enough", "Tom Brown"),
    # negative: a claim noun with no owner leaves the clause's own subject
    # (nobody named for "she": the name says so)
    ('The suggestion that she was "likable enough" came up at the debate.', "likable enough", "unidentified woman"),
])
def test_governing_verb_credits_the_owner_of_a_claim(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a passive naming verb whose "by" the parser hangs on the quoted name
    ('The policy has been called "strategic ambiguity" by Ann Lee, a professor at Yale.',
     "strategic ambiguity", "Ann Lee"),
    # negatives: "by" inside another phrase; no "by" at all
    ('The policy has been called "strategic ambiguity" since it was drafted by Ann Lee.',
     "strategic ambiguity", None),
    ('The policy has been called "strategic ambiguity" for years.', "strategic ambiguity", None),
])
def test_passive_naming_verb_with_by(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the parser takes "blasted"/"defended" for an adjective and the sentence's root for a noun;
    # the name before the verb, given in full earlier, is still the subject
    ("Donald Trump spoke on Monday.\nIn March, Trump blasted Disney for its “outrageous practices” in "
     "requiring workers to train their replacements.", "outrageous practices", "Donald Trump"),
    ("Donald Trump spoke on Monday.\nTrump defended eminent domain, calling the expropriation of private "
     "property an \"absolute necessity\" for the government.", "absolute necessity", "Donald Trump"),
    # negative: a name the article has not given before is not trusted through the misparse
    ("In March, Trump blasted Disney for its “outrageous practices” in requiring workers to train their "
     "replacements.", "outrageous practices", None),
])
def test_subject_of_a_verb_misparsed_as_a_modifier(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a reporting verb misparsed as a reduced relative of the noun before it: that noun holds the content
    ('Multiple outlets reported on Wednesday the Secret Service had "more than one conversation" with Trump.',
     "more than one conversation", "Multiple outlets"),
    # negative: an ordinary subject of a report keeps the outer holder as before
    ('In February, a federal judge determined that the State Department has created a "reasonable suspicion" '
     'of bad faith.', "reasonable suspicion", "federal judge"),
])
def test_reporting_verb_parsed_as_relative(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the quote is what the subject calls something, after "as" on a verb: theirs, capitalised or not
    ('Governor Ann Lee refers to her rival as "Mr. Gridlock" in every speech.', "Mr. Gridlock", "Ann Lee"),
    ('Senator Tom Hale dismissed the plan as part of the "Old Deal" in March.', "Old Deal", "Tom Hale"),
    # negative: "such as" lists things, it does not name them
    ('Shows such as "Night Court" drew big crowds in the town.', "Night Court", None),
    # negative: a participle on a noun names nobody
    ('Tom Hale spoke at a dinner billed as "Hope for Ohio" last week.', "Hope for Ohio", None),
    # a list or profile lists someone as what it calls them
    ('The union\'s website lists Tom Hale as "Friend of the Workers" this year.', "Friend of the Workers",
     "union's website"),
    # negatives: after a verb of doing, "as" gives a role or a group's name
    ('The paper chose Ann Lee as its "Woman of the Year" for 2015.', "Woman of the Year", None),
    ('Senator Tom Hale backed the bill as part of the "Gang of Six" last year.', "Gang of Six", None),
])
def test_as_complement(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.name if q.speaker else None) == name
    assert q.method == ("as-complement" if name else "none")


@pytest.mark.parametrize("text, quote, name", [
    # a fragment below a verb of holding or casting a view is how the verb's subject sees it
    ("The mayor's allies see a \"sham\" process behind the vote.", "sham", "mayor's allies"),
    ('Local teachers feel the "unfair" rules hurt their pupils.', "unfair", "Local teachers"),
    ('Tom Hale framed the vote as a "make-or-break" moment for the town.', "make-or-break", "Tom Hale"),
    ('Senator Ann Lee, who has framed the race as a "clean-hands" contest, won easily.', "clean-hands",
     "Ann Lee"),
    # negative: a thing does not hold a view
    ('The storm would see "record rain" in the hills.', "record rain", None),
    # negative: "you" is the reader
    ('If you live here, feel free to "vote early" in the fall.', "vote early", None),
])
def test_view_holder(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.name if q.speaker else None) == name
    assert q.method == ("view-holder" if name else "none")
    if name:
        measured = Method.VIEW_HOLDER.confidence(q.speaker)
        # lowered where stage 2 cannot say who a description is ("The mayor's allies")
        assert q.confidence in (measured, round(measured * UNRESOLVED_DESCRIPTION_FACTOR, 3))


@pytest.mark.parametrize("text, quote, name", [
    # what a crowd chants are its words, even in Title Case
    ('About 300 marchers crossed the bridge, chanting "Save Our Jobs."', "Save Our Jobs.", "About 300 marchers"),
    ('The striking nurses joined in a loud chant of "Fair Pay Now!"', "Fair Pay Now!", "The striking nurses"),
    ('The fans cheered, but their chants of "One More Year" soon died down.', "One More Year", "their"),
    # negative: a song that is played is no one's chant
    ('The band played "Sweet Home Chicago" as the mayor arrived.', "Sweet Home Chicago", None),
])
def test_chanted_quotes(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.text if q.speaker else None) == name
    assert q.method == ("chant" if name else "none")


@pytest.mark.parametrize("text, quote, name", [
    # a clause the parser hangs under a later verb: that verb's subject, after the quote, says nothing
    ('The governor’s answer was that “the family is the most important thing in life,” so government '
     'should help families cope with costs.', "the family is the most important thing in life,", "governor"),
    ('The mayor’s answer was that “the family is the most important thing in life,” so lawmakers should '
     'help families cope with costs.', "the family is the most important thing in life,", "mayor"),
    # negative: a holder named before the quote still reports it (both researchers, named by their
    # members as a group: resolve._joined)
    ('Two researchers, Ann Lee and Tom Hale, found that the city is “the safest in the state.”',
     "the safest in the state.", "Ann Lee and Tom Hale"),
])
def test_governing_verb_holder_after_the_quote_ignored(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the holder is looked for from the verb whose subject was taken, not the quote's own verb
    ('In granting the group a hearing, a district judge determined that the Justice Department’s handling of '
     'the request has created at least a “reasonable suspicion” the public’s access to files under FOIA has '
     'been undermined.', "reasonable suspicion", "district judge"),
    # negative: with no reporting clause above, the clause's own subject stays
    ('Mayor Ann Lee wants a “fresh start” for the town.', "fresh start", "Ann Lee"),
])
def test_governing_verb_holder_above_the_subjects_verb(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # "as X spoke" tells the time; the quote outside it is someone else's
    ('As the mayor spoke, the union was busy lobbying against "any new taxes" in the state.', "any new taxes",
     "union"),
    # negative: an "as" clause that reports the words credits them
    ('As Ann Lee put it, the plan is "a fresh start" for the town.', "a fresh start", "Ann Lee"),
    ('As Tom Brown noted, the bill is "dead on arrival."', "dead on arrival.", "Tom Brown"),
])
def test_as_clause_of_speaking_is_a_clause_of_time(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a chant noun right before the quote names it: the subject of its verb chants
    ('At one point the crowd took up the chant “Build the wall!” again.', "Build the wall!", "crowd"),
    # negative: the chant itself as the subject chants nothing
    ('The old chant “Four more years!” is heard less often now.', "Four more years!", None),
])
def test_chant_noun_right_before_the_quote(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name
