"""Attribution tests for end-to-end tables: multi-rule sentences through extract_text (CASES) and other whole-pipeline shapes.

Split from the old tests/test_attribution.py (issue 11); rows and assertions unchanged.
"""
import pytest


from attribution_helpers import attribution, speaker_name


CASES = [
    # "Q," X said.
    ('"We will win," Mayor Ann Lee said.', "We will win,", "Ann Lee", "say", "cue"),
    # "Q," said X.
    ('"We will win," said Ann Lee, the mayor.', "We will win,", "Ann Lee", "say", "cue"),
    # X said: "Q"
    ('Ann Lee said: "We will win the vote next week."', "We will win the vote next week.", "Ann Lee", "say",
     "cue"),
    # X said "Q"
    ('Ann Lee said "we will win" on Monday.', "we will win", "Ann Lee", "say", "cue"),
    # appositive with a long title
    ('"Taxes will rise," Leonard Burman, director of the Tax Policy Center, told reporters.',
     "Taxes will rise,", "Leonard Burman", "tell", "cue"),
    # according to X
    ('The plan is "dead on arrival," according to Senator Mark Hill.', "dead on arrival,", "Mark Hill",
     "according to", "according-to"),
    # X: "Q"
    ('Ann Lee: "We will win."', "We will win.", "Ann Lee", None, "colon"),
    # a person mentioned inside the quote is not the speaker
    ('"Kim invited Putin and Putin accepted," spokesman Dmitry Peskov told reporters.',
     "Kim invited Putin and Putin accepted,", "Dmitry Peskov", "tell", "cue"),
    # inverted cue with title before the name
    ('"It is over," said local shop owner Dev Patel.', "It is over,", "Dev Patel", "say", "cue"),
    # organisation as speaker
    ('The plan is "on track," the White House said.', "on track,", "White House", "say", "cue"),
    # passive cue
    ('Ann Lee was quoted as saying "we will win" by the paper.', "we will win", "Ann Lee", "say", "cue"),
    # "confided" reports speech like "told"
    ('Later, Ann Lee confided to a friend that her neighbors were "the loudest family on the block."',
     "the loudest family on the block.", "Ann Lee", "confide", "cue"),
    # a quote with no speaker anywhere (scare quote / title)
    ('The film "Jaws" opened in 1975.', "Jaws", None, None, "title"),
    ('The so-called "Jaws" rule passed in 1975.', "Jaws", None, None, "none"),
]


@pytest.mark.parametrize("text, quote, name, lemma, method", CASES)
def test_single_sentence_shapes(nlp, text, quote, name, lemma, method):
    got = attribution(nlp, text)
    assert quote in got, list(got)
    q = got[quote]
    assert (q.speaker.name if q.speaker else None) == name
    assert (q.cue.lemma if q.cue else None) == lemma
    assert q.method == method


def test_two_part_quote_both_to_speaker(nlp):
    got = attribution(nlp, '"We will win," Ann Lee said, "and we will win big."')
    assert got["We will win,"].speaker.name == "Ann Lee"
    assert got["and we will win big."].speaker.name == "Ann Lee"


@pytest.mark.parametrize("text, quote, qtype", [
    ('"We will win," Ann Lee said.', "We will win,", "direct"),
    ('Putin has "gratefully accepted" the invitation, the Kremlin said.', "gratefully accepted", "partial"),
    ('He gave Kim a glove "that had been in space several times," Peskov said.',
     "that had been in space several times,", "partial"),
    ('Ann Lee said: "We will win the vote next week."', "We will win the vote next week.", "direct"),
])
def test_quote_type(nlp, text, quote, qtype):
    assert attribution(nlp, text)[quote].type == qtype


def test_possessor_of_a_speech_noun_speaks(nlp):
    text = 'Her statement was blunt, and she added: "We will not back down from this fight."'
    q = attribution(nlp, text)["We will not back down from this fight."]
    assert q.speaker.text in ("she", "Her")


@pytest.mark.parametrize("text, quote, name", [
    # a quoted sentence ending the paragraph, after a sentence with a person subject and no cue
    ('Mayor Ann Lee is upbeat about the vote on Tuesday. "We will win it, and we will win it big."',
     "We will win it, and we will win it big.", "Ann Lee"),
    # negative: the sentence before is about a thing
    ('The vote on the new school is set for Tuesday. "We will win it, and we will win it big."',
     "We will win it, and we will win it big.", None),
    # negative: a cue after the quote still decides
    ('Mayor Ann Lee is upbeat about the vote on Tuesday. "We will win it, and we will win it big," her aide said.',
     "We will win it, and we will win it big,", "Ann Lee's aide"),  # (named by its owner: resolve._owned_description)
])
def test_quoted_sentence_after_a_person_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # mixed typing, “…," said X. "…”: the words between the straight marks are the attribution
    ('\u201cOur roads are crumbling," said Mayor Ann Lee. "We need a plan by the spring.\u201d',
     "Our roads are crumbling,", "Ann Lee"),
    ('\u201cOur roads are crumbling," said Mayor Ann Lee. "We need a plan by the spring.\u201d',
     "We need a plan by the spring.", "Ann Lee"),
    # an inner straight quote is not an attribution
    ('\u201cHe said "no," and left the room,\u201d Ann Lee said.', 'He said "no," and left the room,',
     "Ann Lee"),
])
def test_curly_quote_closed_by_a_straight_mark(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a share of respondents speaks for the poll named in its sentence
    ('In a national Gallup poll released Monday, 31% of Republicans said they were "extremely excited" '
     'about the race.', "extremely excited", "national Gallup poll"),
    ('In a September Marist poll, 75 percent of voters said "most politicians" cannot be trusted.',
     "most politicians", "September Marist poll"),
    ('The new survey also finds that 37 percent of Americans say the mayor is "very responsible" for it.',
     "very responsible", "new survey"),
    # negative: no poll named in the sentence keeps the share
    ('About four in 10 said they were "angry" with the way the government is working.', "angry",
     "four in 10"),
    # negative: a person who mentions a poll still speaks
    ('Ann Lee, who cited a new poll, said the plan was "a total failure" on Monday.', "a total failure",
     "Ann Lee"),
])
def test_share_of_respondents_credits_the_poll(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_curly_quote_closed_by_a_straight_mark_then_the_speaker(nlp):
    # no reopening mark after the speaker's words: the straight mark still closes the quote
    text = '\u201cMost of the guns used in crimes come from out of state," Ann Lee said during a panel.'
    assert speaker_name(nlp, text, "Most of the guns used in crimes come from out of state,") == "Ann Lee"


@pytest.mark.parametrize("text, quote, name", [
    # a no-break space after the closing mark is a token of its own
    ('\u201cIf anyone wonders why the inquiry is slow, this is why,\u201d\u00a0added Ann Lee.',
     "If anyone wonders why the inquiry is slow, this is why,", "Ann Lee"),
    ('\u201cWe will win this race in the fall,\u201d\u00a0an aide to the mayor said.',
     "We will win this race in the fall,", "aide"),
])
def test_no_break_space_after_the_quote(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and name in q.speaker.text


@pytest.mark.parametrize("text, quote, name", [
    # a closing mark glued to the next word is split off, so the name after it is the cue's subject
    ("Hillary Clinton spoke on Monday.\n“I think he has been traffic in prejudice for years,”Clinton said.",
     "I think he has been traffic in prejudice for years,", "Hillary Clinton"),
    ('"We will win the vote next week,"Ann Lee said.', "We will win the vote next week,", "Ann Lee"),
    # negative: a glued mark with no cue after it gives no speaker
    ("The crowd waited.\n“We will win the vote next week,”Tuesday was the day.",
     "We will win the vote next week,", None),
])
def test_quote_mark_glued_to_the_next_word(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_glued_quote_mark_split_keeps_offsets(nlp):
    from quotex.text.windows import make_doc

    text = '“We will win,”Clinton said,"and soon."'
    doc = nlp(make_doc(nlp, text))
    assert [t.text for t in doc][:7] == ["“", "We", "will", "win", ",", "”", "Clinton"]
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc) and doc.text == text
    # the model's own tokenizer is left as it is, and texts without such a mark go to it unchanged
    assert "Clinton" not in [t.text for t in nlp.tokenizer(text)]
    plain = "“We will win,” Clinton said."
    assert make_doc(nlp, plain) == plain


@pytest.mark.parametrize("text, quote, name", [
    # a quote that is the subject of its own sentence is a term talked about, not the speaker going on
    ('Officials said the files were marked "restricted." "Restricted" is the lowest of the three levels.',
     "Restricted", None),
    ('The mayor said the city had a plan. "Austerity budget" has become the phrase of the year in the council.',
     "Austerity budget", None),
    # negative: a quote in the object's place still takes the speaker of the sentence before
    ('The mayor spoke to reporters on Monday. "We will rebuild the bridge by spring."',
     "We will rebuild the bridge by spring.", "mayor"),
    # negative: a quoted subject of a speech verb is not a term ("Critics" said ...)
    ('Ann Lee said the vote was close. "Everyone we talked to" said they had voted early.',
     "Everyone we talked to", "Ann Lee"),
])
def test_quoted_subject_takes_no_carried_speaker(nlp, text, quote, name):
    got = speaker_name(nlp, text, quote)
    assert got == name or (name is not None and got is not None and got.endswith(name))


@pytest.mark.parametrize("text, quote, name", [
    # a quote coordinated with the one before is the same speaker's, however weakly found
    ('Governor Ann Lee wants "lower taxes" and "Freedom" for farms.', "Freedom", "Ann Lee"),
    ('Ann Lee searched the files for words "storm," "flood" and "Fire" last year.', "Fire", "Ann Lee"),
    # negative: a list of examples is nobody's words
    ('Ann Lee searched the files for words such as "storm," "flood" and "Fire" last year.', "Fire", None),
])
def test_coordinated_quotes(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a source that closes the sentence reports all of it, the cue before included
    ('Tom Brown said: "There will be exceptions," the Herald reported.', "There will be exceptions,", "Herald"),
    ('Voters now say they see the mayor as a "fighter" more than a "builder," a study by the Urban Institute '
     'concluded this year.', "fighter", "study by the Urban Institute"),
    ('"This budget tells families they are on their own," said Ann Lee, director of the Food Bank, '
     'reports The Boston Globe.', "This budget tells families they are on their own,", "The Boston Globe"),
    # negative: "told" names the listener, not a second source
    ('"We are done," Ann Lee told the Herald.', "We are done,", "Ann Lee"),
    ('"The agents are under a lot of pressure," a source, who was not allowed to speak on the record, '
     'told the Herald.', "The agents are under a lot of pressure,", "source"),
    # negative: a quote that ends its sentence is not reported by the next one
    ('Ann Lee said the plan had "failed." The budget is short, Tom Brown said.', "failed.", "Ann Lee"),
    # negative: a relative clause or a day after the cue is no second source
    ('"We will win this," said Ann Lee, who responded by email.', "We will win this,", "Ann Lee"),
    ('"We will win," Ann Lee, the mayor, said on Monday.', "We will win,", "Ann Lee"),
])
def test_source_closing_the_sentence_reports_it(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a phase verb with an object that is not a speech does not say the quote
    ('The couple started a foundation that works for "clean water" in the region.', "clean water", None),
    ('Ann Lee ended her bid for the seat on Friday, a "painful" choice.', "painful", None),
    # negative: beginning or ending a speech with the quote
    ('Ann Lee ended her speech with "God bless America."', "God bless America.", "Ann Lee"),
    ('Tom Brown began his remarks: "We are here to win."', "We are here to win.", "Tom Brown"),
])
def test_phase_verbs_say_only_a_speech(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a participle hung on the verb of a clause of time whose subject is a thing: the sentence's subject
    ('She sent out a fundraising letter as the budget hearing began vowing to "protect every school" in the '
     'state.', "protect every school", "unidentified woman"),  # (nobody named: the name says so)
    ('He sent a long email as the town hall meeting began promising to "fix the roads" this year.',
     "fix the roads", "unidentified man"),
    ('Lee mailed a letter as the county board meeting started, pledging to "cut every tax" in the county.',
     "cut every tax", "Lee"),
    # negative: a person in the clause of time is who speaks
    ('The hall went quiet when Ann Lee stood up, declaring "I will not resign."', "I will not resign.", "Ann Lee"),
    ('The room fell silent as Tom Brown rose from his seat, shouting "Enough!"', "Enough!", "Tom Brown"),
])
def test_participle_on_a_clause_of_time_with_a_thing_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a participle hung on the verb of a reported clause is not said by that clause's subject
    ('Senator Ann Lee’s office attacked a complaint claiming that the senator misused funds in her campaign '
     ',calling it “baseless” and “silly” on Friday.', "baseless", "Ann Lee"),
    # the same on the verb of a clause of time below a speech verb
    ('"We did our part," Lee said during a radio show after the young senator easily won his primary, '
     'remarking that there are "still some voters angry over the tax plan."',
     "still some voters angry over the tax plan.", "Lee"),
    ('"It is over," Brown said on the air after the new mayor narrowly won her race, adding that she "ran a '
     'clean campaign."', "ran a clean campaign.", "Brown"),
    # negative: a participle on the main verb takes its subject
    ('Ann Lee told reporters that Tom Brown was wrong, adding that the plan was "a mess."', "a mess.", "Ann Lee"),
    ('He sharpened his attacks on Friday, telling Fox that Brown is a “crook” and asking why he “never paid his '
     'taxes.”', "never paid his taxes.", "unidentified man"),  # (nobody named: the name says so)
])
def test_participle_on_a_reported_clause(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name
