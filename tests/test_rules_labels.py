"""Attribution tests for labels: titles, subheads, scare quotes, uttered-label, letter, embed.

Split from the old tests/test_attribution.py (issue 11); rows and assertions unchanged.
"""
import pytest


from attribution_helpers import attribution, speaker_name


@pytest.mark.parametrize("text, quote", [
    # titles of shows and books are nobody's words, even next to a speech verb
    ('Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would look at it.',
     "This Week With George Stephanopoulos"),
    ('Sunday on Fox News channel\'s "Sunday Morning Futures," Rep. Darrell Issa said the deal was bad.',
     "Sunday Morning Futures,"),
    # a capitalised fragment with no speech verb stays unattributed
    ('The crowd cheered for "President Bernie Sanders" all night.', "President Bernie Sanders"),
])
def test_titles_get_no_speaker(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.speaker is None
    assert q.method in ("none", "title")


@pytest.mark.parametrize("text, quote, kept", [
    # short fragments nobody is said to have said are left out by default ...
    ('The so-called "undercard" debate starts at six.', "undercard", False),
    ('Tickets for the "law and order" rally sold out.', "law and order", False),
    # ... longer unattributed quotes stay, with no speaker ...
    ('The sign on the door read only "closed until further notice, sorry for any trouble" last week.',
     "closed until further notice, sorry for any trouble", True),
    # ... and attributed short ones stay.
    ('The plan is "on track," the mayor said.', "on track,", True),
])
def test_scare_quotes_left_out_by_default(nlp, text, quote, kept):
    assert (quote in attribution(nlp, text, all_quotes=False)) is kept
    assert quote in attribution(nlp, text, all_quotes=True)


def test_headline_labels_are_not_sources(nlp):
    text = "UPDATE: The mayor called the plan 'a fair deal for every family in town'\n\nBody."
    q = attribution(nlp, text)["a fair deal for every family in town"]
    assert q.speaker is None or q.speaker.name != "UPDATE"


def test_no_continuation_into_a_single_quoted_subhead(nlp):
    text = ('"The future is bright," said Ann Lee, a strategist.\n'
            "'There's so much anger.'\n"
            "Campaign staff are grappling with how to reach voters.")
    q = attribution(nlp, text)["There's so much anger."]
    assert q.speaker is None


@pytest.mark.parametrize("text, quote, mention", [
    # a Title Case quote right after a strong speech verb (a comma between at most) is what was said
    ('At the rally the crowd chanted, "Build The Wall!" as the band played.', "Build The Wall!", "the crowd"),
    ('After the vote she declared "What A Night!" and left the stage.', "What A Night!", "she"),
    # negative: after "told" the quote is the listener, a show's name
    ('On Sunday he told "Meet the Press" that the plan was dead.', "Meet the Press", None),
    # negative: no speech verb before it
    ('On Sunday he appeared on "Meet the Press" to defend the plan.', "Meet the Press", None),
])
def test_title_case_quote_right_after_a_speech_verb(nlp, text, quote, mention):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.text if q.speaker is not None else None) == mention


@pytest.mark.parametrize("text, quote, name", [
    # a Title Case quote that is what someone called someone is their words
    ('Ann Jacobs called the chancellor "The Leader of the Free World."', "The Leader of the Free World.",
     "Ann Jacobs"),
    # negative: a show title stays without a speaker
    ('Ann Jacobs appeared on "Meet the Press" on Sunday.', "Meet the Press", None),
])
def test_title_case_quotes_after_a_naming_verb(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_title_case_nickname_after_a_naming_verb(nlp):
    # the parse links the nickname to "called" (so the naming rule takes it), else word order does
    q = attribution(nlp, "Within minutes, he called the governor “Little Tom” on stage.")["Little Tom"]
    # (nobody named: the name says so, the mention stays "he")
    assert q.speaker.text == "he" and q.speaker.name == "unidentified man" and q.method in ("naming", "naming-order")


@pytest.mark.parametrize("text, quote, title", [
    # a show after a broadcaster's possessive, a work after the noun naming it, a role after it:
    # titles, nobody's words, left out by default even when longer than a scare quote
    ("“We will win,” Ann Lee told NBC’s “Today” on Monday.", "Today", True),
    ("Sunday, on CNN’s “State of the Union Live With Ann Lee,” the mayor spoke.",
     "State of the Union Live With Ann Lee,", True),
    ("His escapades were featured in the documentary “Weiner.”", "Weiner.", True),
    ("In his autobiography, ''A Time for Truth,'' published in 2015, Mr. Cruz described his youth.",
     "A Time for Truth,", True),
    ("After the news went viral, the “Avatar” star posted a message.", "Avatar", True),
    # the role of someone in it or its author before it
    ("He is now the host of “The Late Hour with Ann Lee,” which airs on Fridays.",
     "The Late Hour with Ann Lee,", True),
    ("Tom Hale, the author of ''Winter of the Mills,'' grew up in the town.", "Winter of the Mills,", True),
    ("Lee, who has had roles in “The Long Road Home,” moved to Ohio.", "The Long Road Home,", True),
    # negative: lowercase words after a role
    ("Ann Lee, a star of the party, called the plan “a total and complete failure.”",
     "a total and complete failure.", False),
    # negatives: a person's possessive, lowercase words, a sentence after a program's name
    ("Trump’s “Make America Great Again” slogan was everywhere.", "Make America Great Again", False),
    ("She called for getting the federal biofuels program “back on track.”", "back on track.", False),
    ("Ann Lee told NBC’s reporters that the plan is “dead on arrival.”", "dead on arrival.", False),
    ("Through his grant program, “states were hemorrhaging money,” Lee said.",
     "states were hemorrhaging money,", False),
])
def test_show_film_and_book_titles(nlp, text, quote, title):
    q = attribution(nlp, text)[quote]
    assert (q.method == "title") is title
    if title:
        assert q.speaker is None
        assert quote not in attribution(nlp, text, all_quotes=False)


@pytest.mark.parametrize("text, quote, name", [
    # a Title Case quote that opens the sentence is something said, not a title
    ("Ann Lee marked the holiday on Monday. “Happy Cinco De Mayo!,” Lee tweeted.", "Happy Cinco De Mayo!,",
     "Ann Lee"),
    ("“As President,” Ann Lee said, “I will fight for every worker in this state.”", "As President,", "Ann Lee"),
    # ... and so is one inside what someone says, even before a noun (see cue-content)
    ("“Hispanics For Lee” signs were everywhere, Ann Lee said.", "Hispanics For Lee", "Ann Lee"),
    # negatives: a title inside the reporter's sentence, or before a noun with no speech verb
    ("Ann Lee said on “Fox and Friends” that the plan was dead.", "Fox and Friends", None),
    ("“Hispanics For Lee” signs were everywhere at the rally.", "Hispanics For Lee", None),
])
def test_title_case_quote_opening_a_sentence(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote that modifies the noun after it, with no speech verb, is the reporter's label
    ("Ann Lee won just 19 percent among “somewhat conservative” voters in the state.",
     "somewhat conservative", None),
    ("Ann Lee handed out “law and order” leaflets at the rally on Monday.", "law and order", None),
    # negatives: a fragment that is the object of the verb, or a label with a speech verb
    ("Ann Lee called the plan “a total disaster” on Monday.", "a total disaster", "Ann Lee"),
    ("Ann Lee said the “rigged” system was failing voters.", "rigged", "Ann Lee"),
])
def test_prenominal_label_quotes(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a paragraph that is only a quoted label is page furniture, not the speaker going on
    ('"We will win," Ann Lee said.\n\n"Related:"\n\nThe vote is on Monday.', "Related:", None),
    ('"We will win," Ann Lee said.\n\n"Read more:"\n\nThe vote is on Monday.', "Read more:", None),
    # negative: a real one-sentence quote paragraph still continues the speaker
    ('"We will win," Ann Lee said.\n\n"We always do."\n\nThe vote is on Monday.', "We always do.", "Ann Lee"),
])
def test_quoted_label_paragraph(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote after "so-called", with no speech verb, is the reporter's distance, not anyone's words
    ("Ann Lee kept giving weapons to the so-called “rebels” in the north.", "rebels", None),
    ("Ann Lee flew to London to mark the so called “special relationship” with Britain.", "special relationship",
     None),
    # negative: the same fragment after a naming verb is the subject's
    ("Ann Lee called them “rebels” in the north.", "rebels", "Ann Lee"),
])
def test_so_called_label(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, is_title", [
    # a Title Case quote with a comma or a subtitle colon, then "by" and a name: a book and its author
    ('According to "The Long Road: A Life in Politics" by Ann Lee, the senator wept that night.',
     "The Long Road: A Life in Politics", True),
    ('One of his favourite reads, "Winter Wars," by Tom Reyes, is about the siege of the city.',
     "Winter Wars,", True),
    # negative: without either mark, "by" can name who coined it
    ('The "Little Rocket" jibe by Trump drew laughter from the crowd.', "Little Rocket", False),
    # negative: a lowercase fragment before "by" is someone's words
    ('The plan was called "a total disaster," by Mayor Ann Lee on Monday.', "a total disaster,", False),
])
def test_work_title_by_author(nlp, text, quote, is_title):
    q = attribution(nlp, text)[quote]
    assert (q.method == "title") is is_title
    if is_title:
        assert q.speaker is None


@pytest.mark.parametrize("text, quote, kept", [
    # a paragraph opened by an unattributed quote in single marks is a headline or subhead
    ("'The lights went out at the mill.'\nWorkers gathered in the parking lot on Monday.",
     "The lights went out at the mill.", False),
    ("'Chaos at the border' as lines grow longer.\nOfficials said the wait reached six hours.",
     "Chaos at the border", False),
    # a paragraph in capitals is a headline or subhead too, whatever the marks
    ('"A LONG WAY FROM HOME AND WORRIED"\nThe president spoke to students in Hanoi on Tuesday.',
     "A LONG WAY FROM HOME AND WORRIED", False),
    ("4. FOR FARMERS 'THE WORST MAY BE OVER AT LAST'\nCrop prices rose for the third month.",
     "THE WORST MAY BE OVER AT LAST", False),
    # negative: the same paragraph with a speaker stays
    ("'The lights went out at the mill,' said Ann Lee, a foreman.\nWorkers gathered outside.",
     "The lights went out at the mill,", True),
    # negative: capitals inside an ordinary paragraph are a sign or slogan in the story
    ('Lee wore a hat that read "BUILD BRIDGES NOT WALLS EVERY DAY" to the rally.\nShe left early.',
     "BUILD BRIDGES NOT WALLS EVERY DAY", True),
    # negative: double marks at a paragraph's start are someone going on, not a subhead
    ('"The lights went out at the mill and nobody came to fix them."\nWorkers gathered outside.',
     "The lights went out at the mill and nobody came to fix them.", True),
])
def test_single_quoted_subhead_left_out(nlp, text, quote, kept):
    assert (quote in attribution(nlp, text, all_quotes=False)) is kept
    assert quote in attribution(nlp, text, all_quotes=True)


@pytest.mark.parametrize("text, quote, kept", [
    # a quote inside an embedded post's markup is the post, not a quote of the story
    ('Lee posted a photo from the rally.\n<tweet id="12" author="@annlee">Huge crowd here tonight, '
     '"we want more jobs" they shout</tweet>.', "we want more jobs", False),
    ('<tweet id="12" author="@annlee">"The mill will reopen in the spring and hire two hundred workers," '
     'said Mayor Ann Lee</tweet>.', "The mill will reopen in the spring and hire two hundred workers,", False),
    # negative: the same words in the story's own paragraph stay
    ('"The mill will reopen in the spring and hire two hundred workers," said Mayor Ann Lee.',
     "The mill will reopen in the spring and hire two hundred workers,", True),
])
def test_embedded_post_left_out(nlp, text, quote, kept):
    assert (quote in attribution(nlp, text, all_quotes=False)) is kept
    assert quote in attribution(nlp, text, all_quotes=True)


@pytest.mark.parametrize("text, quote, kept", [
    # a single letter in quotes is the letter, nobody's words, even next to a source
    ("Most voters simply pull the lever for “R” or “D,” according to the county clerk.", "R", False),
    ("Most voters simply pull the lever for “R” or “D,” according to the county clerk.", "D,", False),
    ("The inspectors gave the school an ‘F,’ the mayor said on Monday.", "F,", False),
    # negatives: a lone digit or a word of two letters can be what someone answered
    ("Asked to rank the issue, Lee said ''1'' without a pause.", "1", True),
    ("Asked whether she would run, Lee said “no.”", "no.", True),
])
def test_single_letter_left_out(nlp, text, quote, kept):
    assert (quote in attribution(nlp, text, all_quotes=False)) is kept


@pytest.mark.parametrize("text, quote, name, kept", [
    # a quote before a noun for a remark or slogan names someone's words: kept, with the noun's owner
    ("Critics seized on Senator Ann Lee's \"lazy voters\" remark for weeks.", "lazy voters", "Ann Lee", True),
    ('A week later, the "land of plenty" slogan was gone from the ads.', "land of plenty", None, True),
    # negative: a label before other nouns is the reporter's, left out
    ('Tom Hale won most "very conservative" voters in the state.', "very conservative", None, False),
    ('The "green tape" memo was sent to every office.', "green tape", None, False),
])
def test_uttered_label(nlp, text, quote, name, kept):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.name if q.speaker else None) == name
    assert (quote in attribution(nlp, text, all_quotes=False)) == kept


@pytest.mark.parametrize("text, quote, name", [
    # a Title Case quote that is a sentence of its own is said, by the speaker of the sentence before
    ('"We have one rival," Ann Lee told the crowd. "Tom Hale."', "Tom Hale.", "Ann Lee"),
    # negatives: a title inside the reporter's sentence, and a subhead in single marks
    ('Ann Lee watched "Night Court" as a child.', "Night Court", None),
    ("Ann Lee told the crowd about her plan.\n\n'Tom Hale Wins.'\n\nThe vote was close.", "Tom Hale Wins.", None),
])
def test_title_case_sentence_after_a_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a Title Case quote inside a speech verb's clause or object is the speaker's words
    ('Ann Lee said she would revive "Night Court" next year.', "Night Court", "Ann Lee"),
    ('Senator Tom Hale denounced the "Jobs For All" plan on Monday.', "Jobs For All", "Tom Hale"),
    # negatives: where it was said, and who heard it
    ('Ann Lee said on "Meet the Press" that taxes would rise.', "Meet the Press", None),
    ('Ann Lee told "Fox and Friends" that taxes would rise.', "Fox and Friends", None),
    # negative: a passive verb reports nothing after it (its purpose here)
    ('The vote was called by the Green Party to force the state to repeal the "Clean Water Act" this year.',
     "Clean Water Act", None),
])
def test_title_case_quote_in_a_cue_content(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.name if q.speaker else None) == name
    assert q.method in ("cue-content", "none", "title")


# A line linking to another story (scraped pages keep them between paragraphs): its quote is that
# story's headline, nobody's words here, and is left out.
@pytest.mark.parametrize("text, quote, link", [
    ("Parents want answers.\n\nREAD MORE: 'It was like a movie': Witnesses describe pileup\n\nMore text.",
     "It was like a movie", True),
    ('Tenants met Monday.\n\nRELATED: "We are scared," renters tell city hall\n\nMore text.',
     "We are scared,", True),
    ('Tenants met Monday.\n\nRead more: Landlord calls rent rules "a disaster"\n\nMore text.', "a disaster", True),
    # not a link: a sentence with a full stop, or a word that is no link label
    ('MORE: The mayor said "we will win this."', "we will win this.", False),
    ('WATCH: Mayor Ann Lee says "we will rebuild"\n\nMore text.', "we will rebuild", False),
    ('Lee said: "Read more: the plan is online."', "Read more: the plan is online.", False),
])
def test_link_lines(nlp, text, quote, link):
    got = attribution(nlp, text)
    assert quote in got
    assert (got[quote].method == "link") == link
    if link:
        assert got[quote].speaker is None
        assert quote not in attribution(nlp, text, all_quotes=False)


@pytest.mark.parametrize("text, quote", [
    ("Residents mopped up.\n\nWATCH | 'It was terrifying': Residents describe the flood\n\nMore text.",
     "It was terrifying"),
    ("Residents mopped up.\n\nLISTEN | Mayor says the city was \"not ready\"\n\nMore text.", "not ready"),
])
def test_cbc_pipe_links(nlp, text, quote):
    got = attribution(nlp, text)
    assert got[quote].method == "link" and got[quote].speaker is None
