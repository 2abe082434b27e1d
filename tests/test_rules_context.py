"""Attribution tests for context_rules: colon, digest, line-colon, headline*, signoff, colon-intro, previous-*, continuation, multi-paragraph.

Split from the old tests/test_attribution.py (issue 11); rows and assertions unchanged.
"""
import pytest


from attribution_helpers import attribution, speaker_name


def test_continuation_paragraph(nlp):
    text = ('"We will win," Ann Lee said on Monday.\n\n'
            '"Nobody can stop this campaign now. We have the votes."\n')
    q = attribution(nlp, text)["Nobody can stop this campaign now. We have the votes."]
    assert q.speaker.name == "Ann Lee"
    assert q.method == "continuation"


def test_speaker_introduced_in_previous_sentence(nlp):
    text = 'Ann Lee spoke to reporters on Monday. "We will win the vote."'
    q = attribution(nlp, text)["We will win the vote."]
    assert q.speaker.name == "Ann Lee"
    assert q.method == "previous-sentence"


def test_headline_attribution(nlp):
    text = "Putin 'gratefully accepted' Kim's invitation to visit North Korea -Kremlin\n\nBody text.\n"
    q = attribution(nlp, text)["gratefully accepted"]
    assert q.speaker.name == "Kremlin"
    assert q.speaker.kind == "organization"
    assert q.method == "headline"


def test_later_quote_in_paragraph_takes_earlier_speaker(nlp):
    text = '"We will win," said Ann Lee. "Nobody can stop us now."'
    q = attribution(nlp, text)["Nobody can stop us now."]
    assert q.speaker.name == "Ann Lee"
    assert q.method in ("same-paragraph", "previous-sentence")


@pytest.mark.parametrize("text, quote, name", [
    # a sentence ending in a colon introduces the quote
    ('A footnote in the report makes that clear: "These rules do not apply to the agency."',
     "These rules do not apply to the agency.", "footnote"),
    # ... or the paragraph before does
    ('The governor put it this way:\n\n"We are not going anywhere."', "We are not going anywhere.", "governor"),
])
def test_colon_introductions(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and name in q.speaker.name
    assert q.method in ("colon-intro", "cue", "previous-paragraph")


@pytest.mark.parametrize("text, quote, name", [
    ("Issa: Hillary Clinton's 'Honesty Is In Question'\n\nBody.", "Honesty Is In Question", "Issa"),
    ("Joe Scarborough: Donald Trump Playing Dumb Is 'Disqualifying'\n\nBody.", "Disqualifying", "Joe Scarborough"),
])
def test_headline_name_colon(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker.name == name
    assert q.method == "line-colon"


@pytest.mark.parametrize("text, quote, name", [
    # the colon hangs off the quote's verb in the parse: the verb before the colon decides
    ('Sanders delivered a snappy retort: "No one is tearing this up. We will go forward."',
     "No one is tearing this up. We will go forward.", "Sanders"),
    # a comma before a quoted sentence, with a verb that is not a speech verb
    ('Earlier this week, Ann Lee shared her worry with an audience in Boston, "I do not know which '
     'candidate will show up."', "I do not know which candidate will show up.", "Ann Lee"),
    # negative: no verb with a subject before the comma
    ('In the spring of 2008, "The economy is failing badly and fast" was a common line.',
     "The economy is failing badly and fast", None),
])
def test_colon_and_comma_introductions_with_any_verb(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the last verb before the colon has no one as its subject: an earlier verb's subject speaks
    ('The mayor has since apologized for what happened: "I should have acted sooner, and I am sorry."',
     "I should have acted sooner, and I am sorry.", "mayor"),
    # negative: an earlier verb whose subject is a thing gives no speaker
    ('The old bridge has since collapsed because of what happened: "Nobody could have seen this coming."',
     "Nobody could have seen this coming.", None),
])
def test_colon_introduction_from_an_earlier_verb(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the sentence ending in a colon before the quote beats the cue of the sentence before it
    ('Ann Lee told reporters the plan was sound. One early critic, Senator Tom Reed, gave his answer on '
     'Tuesday: "It will fail within a year."', "It will fail within a year.", "Tom Reed"),
    # negative: with no colon the cue of the sentence before still gives the speaker
    ('Ann Lee told reporters the plan was sound. "It will work within a year."', "It will work within a year.",
     "Ann Lee"),
])
def test_colon_introduction_before_previous_sentence(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, name", [
    # a quote paragraph after a paragraph whose last sentence has a person as its subject, no cue
    ('Mayor Ann Lee is upbeat about the vote on Tuesday.\n"We will win it, and we will win it big."', "Ann Lee"),
    ('Mayor Ann Lee is upbeat about the vote on Tuesday.\nShe spent the day in her office.\n'
     '"We will win it, and we will win it big."', "Ann Lee"),
    # negative: the subject is a thing
    ('The vote on the new school is set for Tuesday.\n"We will win it, and we will win it big."', None),
    # negative: the person is two paragraphs back
    ('Mayor Ann Lee is upbeat about the vote on Tuesday.\nThe town hall was packed on Monday.\n'
     '"We will win it, and we will win it big."', None),
])
def test_quote_paragraph_after_a_person_subject(nlp, text, name):
    assert speaker_name(nlp, text, "We will win it, and we will win it big.") == name


@pytest.mark.parametrize("text, name", [
    # a cue inside a subordinate clause of the paragraph's last sentence introduces nobody: the
    # main clause's person subject speaks next
    ('Jan Kowalski runs a bakery on the main street. She has seen fewer customers since the new lanes '
     'opened.\n"Saturdays used to be packed, and now they are quiet."', "Jan Kowalski"),
    ('Constable Tom Hale has patrolled the ward for a decade. He grew worried because the shelter '
     'announced its closing.\n"Saturdays used to be packed, and now they are quiet."', "Tom Hale"),
    # a common noun subject with a person named in apposition
    ('Her neighbour, Ahmed Hassan, sees it the other way.\n"Saturdays used to be packed, and now they are quiet."',
     "Ahmed Hassan"),
    ("The shop's owner, Margaret Ellis, remembers the old days.\n"
     '"Saturdays used to be packed, and now they are quiet."', "Margaret Ellis"),
    # negative: the subject is a thing, and its appositive is no person
    ('The bakery, a local landmark, lost half its trade since the lanes opened.\n'
     '"Saturdays used to be packed, and now they are quiet."', None),
])
def test_quote_paragraph_after_a_person_subject_not_a_subordinate_cue(nlp, text, name):
    assert speaker_name(nlp, text, "Saturdays used to be packed, and now they are quiet.") == name


@pytest.mark.parametrize("text, name", [
    # a cue in a clause of time in the sentence before sets the scene; the main cue speaks
    ('After the mayor spoke, Senator Ann Lee stated that the report was weak. "We need the full file, and we '
     'need it now."', "Ann Lee"),
    ('While the crowd chanted, Senator Ann Lee stated that the report was weak. "We need the full file, and '
     'we need it now."', "Ann Lee"),
    # negative: only a cue in a clause of time gives no speaker
    ('After the mayor spoke, the hall emptied within minutes. "We need the full file, and we need it now."',
     None),
])
def test_previous_sentence_skips_a_cue_in_a_clause_of_time(nlp, text, name):
    assert speaker_name(nlp, text, "We need the full file, and we need it now.") == name


@pytest.mark.parametrize("text, quote, mention", [
    # a Title Case headline naming its source, and a speech verb, after the quote
    ("Taxes Are ‘A Heavy Burden,’ Ann Lee Tells Rotary Club.\nMayor Ann Lee spoke to the club on Monday.",
     "A Heavy Burden,", "Ann Lee"),
    ("Town Budget Is ‘Balanced At Last,’ County Board Finds.\nThe county board met on Monday.",
     "Balanced At Last,", "County Board"),
    # negative: no speech verb after the quote
    ("Taxes Are ‘A Heavy Burden’ For Small Towns.\nMayor Ann Lee spoke to the club on Monday.",
     "A Heavy Burden", None),
])
def test_headline_source_after_the_quote(nlp, text, quote, mention):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.text if q.speaker is not None else None) == mention


@pytest.mark.parametrize("text, quote, name", [
    # a short label naming a report or a post before the colon: the document (or its owner) speaks
    ('From the committee\'s report: "The agency failed to act on clear warnings."',
     "The agency failed to act on clear warnings.", "committee"),
    ('From Lee\'s Facebook post: "We will keep fighting for the bridge."', "We will keep fighting for the bridge.",
     "Lee"),
    # negative: a label naming no document
    ('From the start of the hearing to its end: "The agency failed to act on clear warnings."',
     "The agency failed to act on clear warnings.", None),
])
def test_colon_after_a_document_label(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the quote's own sentence has a subject: it wins over the cue of the sentence before
    ("Mark Stone travels often for weeks at a time, several friends said. Corporate lobbyist Ann Lee "
     'describes such work as "a different cup of tea" for most firms.', "a different cup of tea", "Ann Lee"),
    # negative: a quote opening its sentence still takes the sentence before
    ('Mayor Ann Lee spoke to reporters on Monday. "We will rebuild the bridge by May."',
     "We will rebuild the bridge by May.", "Ann Lee"),
])
def test_own_sentence_subject_before_previous_sentence(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a transcript line with a party-and-state tag
    ('Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you cite that figure."',
     "I have not heard anyone other than you cite that figure.", "Trey Gowdy"),
    # a transcript line with a title before the name
    ('Former secretary of state Hillary Rodham Clinton:"We learned that from the department."',
     "We learned that from the department.", "Hillary Rodham Clinton"),
    # negative: a colon after a sentence with a verb is not a transcript line
    ('We went to the market with Ann Lee: "This is great."', "This is great.", None),
])
def test_transcript_lines(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    if name is None:
        assert q.method != "colon"
    else:
        assert q.speaker is not None and q.speaker.name == name and q.method == "colon"


@pytest.mark.parametrize("text, quote, name", [
    # a dateline parsed as a second subject: the one nearest the verb speaks
    ('LONDON (Reuters) - Ann Lee said the bridge was "a total waste of money."', "a total waste of money.",
     "Ann Lee"),
    # a date parsed as the subject: the person named just before the verb speaks
    ('Saturday at the party convention Sen. Ann Lee (D-MA) said the plan was a "proven failure."',
     "proven failure.", "Ann Lee"),
    # (stage 2 names the description with whose spokesman it is: quotex.resolution.resolve)
    ('WASHINGTON, Aug. 24 (UPI) — A spokesman for Ann Lee called the report "outrageous."', "outrageous.",
     "spokesman for Ann Lee"),
    # negative: a place with no person before the verb stays the speaker
    ('Russia said the strike was "a provocation."', "a provocation.", "Russia"),
    ('On Monday the mayor said the plan was "a proven failure."', "a proven failure.", "mayor"),
])
def test_dateline_and_date_subjects(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote paragraph signed under it with a dash (fact checks, "quotable" boxes)
    ('"Taxes will rise for everyone next year."\n\n- Ann Lee.\n\nThat is not quite right.',
     "Taxes will rise for everyone next year.", "Ann Lee"),
    ('"We will win the vote and then some."\n\n—Mark Hill, speaking in Ohio.\n\nHe did not.',
     "We will win the vote and then some.", "Mark Hill"),
    # not a name: a dash line that goes on as a sentence, or a label
    ('"We will win the vote and then some."\n\n- Taxes will rise.\n\nMore later.',
     "We will win the vote and then some.", None),
    ('"We will win the vote and then some."\n\n- Photo: AP\n\nMore later.',
     "We will win the vote and then some.", None),
])
def test_signoff_line_under_a_quote_paragraph(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_signoff_needs_a_quote_that_fills_its_paragraph(nlp):
    # the quote sits in the reporter's sentence: the sentence's own subject speaks
    text = 'The mayor promised "a better city for all of us" last week.\n\n- Ann Lee.'
    assert speaker_name(nlp, text, "a better city for all of us") != "Ann Lee"


@pytest.mark.parametrize("text, quote, name", [
    # the sentence before names its outer source with "according to": that source is credited
    ('Ann Lee told the delegates they had to vote, according to CNN. "It is of utmost importance that '
     'you explain this."', "It is of utmost importance that you explain this.", "CNN"),
    ('The judge ruled for the paper on Monday, according to the Post. "This case is about the right '
     'to know."', "This case is about the right to know.", "Post"),
    # negative: without "according to" the sentence's speech verb still gives the speaker
    ('Ann Lee told the delegates on Monday that they had to vote. "It is of utmost importance that '
     'you explain this."', "It is of utmost importance that you explain this.", "Ann Lee"),
])
def test_previous_sentence_prefers_according_to(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, mention", [
    # the cue of the sentence before is climbed to the verb that reports it, as in the quote's own
    # sentence: the outer "she said" is the mention
    ('Ann Lee said "I am not going," she said on Monday. "Nobody wants it anymore."',
     "Nobody wants it anymore.", "she"),
    # negative: a nested report keeps the outer speaker, not the person inside it
    ('The mayor said that Tom Brown told him the plan was dead. "Nobody wants it anymore."',
     "Nobody wants it anymore.", "The mayor"),
])
def test_previous_sentence_takes_the_outermost_cue(nlp, text, quote, mention):
    assert attribution(nlp, text)[quote].speaker.text == mention


@pytest.mark.parametrize("text, name", [
    # a short label naming a document before a colon is the source of the quote paragraphs after it
    # (a line labelled with its speaker, '"LEE: …', is that speaker's: tests/test_layouts.py)
    ('Ann Lee spoke to the council on Monday.\n\nPartial transcript as follows:\n\n'
     '"We will not give up on this town."', "Partial transcript"),
    ('Ann Lee spoke to the council on Monday.\n\nThe full statement:\n\n"We will not give up on this town."',
     "full statement"),
    # negative: a label naming no document gives no source
    ('Ann Lee spoke to the council on Monday.\n\nThe mood in the hall:\n\n"We will not give up on this town."',
     None),
])
def test_document_label_before_a_colon(nlp, text, name):
    q = next(iter(attribution(nlp, text).values()))
    assert (q.speaker.name if q.speaker is not None else None) == name


@pytest.mark.parametrize("text, name", [
    # a digest item "<headline> - <Name>: “…”" credits the name after the dash
    ('POLLS NOT WRONG, JUST TOO EARLY - Ann Lee and Tom Brown: "The polls ended too early to catch '
     'the late shift."', "Ann Lee and Tom Brown"),
    ('Signs of a shift were there all along - More from Tom Brown: "Our data shows the late shift."',
     "Tom Brown"),
    ('Pollsters agree - Ann Lee: "One of the biggest lessons was a simple one."', "Ann Lee"),
    # negative: a colon after a name inside a running sentence is no digest source
    ('The mayor told reporters that he had one message for Ann Lee: "Go home."', "mayor"),
])
def test_digest_item_source(nlp, text, name):
    q = next(iter(attribution(nlp, text).values()))
    assert (q.speaker.name if q.speaker is not None else None) == name


@pytest.mark.parametrize("text, quote, name", [
    # "Name: “…”" after a quote that ends a sentence in the same paragraph
    ('Lee: "Our goal is to win the vote." Brown: "The mission is to stop the plan."',
     "The mission is to stop the plan.", "Brown"),
    # negative: a name before a colon inside a running sentence is no source
    ('The mayor said he had one word for Brown: "Go home."', "Go home.", "mayor"),
])
def test_colon_name_after_a_closed_quote(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a newsletter item names its source after a dash, before a colon
    ("WHY THE RACE CHANGED - Ann Lee: “Two weeks ago, the South was his best region.” [WashPost.]",
     "Two weeks ago, the South was his best region.", "Ann Lee"),
    ("WHAT IT MEANS - More from Lee: “The state is a starting point for the vote.”",
     "The state is a starting point for the vote.", "Lee"),
    # negative: a name before a colon at the end of the reporter's clause, with no dash
    ("Voters who live in the town of Ann Lee: “We will win the vote.”", "We will win the vote.", None),
])
def test_dash_name_colon_in_newsletters(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    if name:
        assert q.method == "digest" and name in q.speaker.name
    else:
        assert q.method not in ("colon", "digest")


@pytest.mark.parametrize("text, quote, name", [
    # a Title Case headline credits the person it opens with, when the article names them
    ("Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat To Democracy.\n\n"
     "Talk show host Glenn Beck warned listeners on Monday about the movement.", "Alt Right", "Glenn Beck"),
    ("Ann Lee Takes Talk Of A Senate Run ‘Very Seriously.’\n\nMayor Ann Lee spoke in Ohio on Monday.",
     "Very Seriously.", "Ann Lee"),
    # negatives: no person the article names; not a headline-style line
    ("Democrats Lose Court Battle Over Ohio’s ‘Golden Week’ Of Early Voting.\n\nThe ruling came on Tuesday.",
     "Golden Week", None),
    # negatives: the name shares the subject with a second one, or only opens a label before a dash
    ("Lee and Hale Slam ‘Neighbors For Growth.’\n\nMayor Ann Lee and Tom Hale spoke on Monday.",
     "Neighbors For Growth.", None),
    ("Ann Lee, Tom Hale Wear ‘Vote Yes On Parks’ Hats At Rally.\n\nMayor Ann Lee and Tom Hale spoke on Monday.",
     "Vote Yes On Parks", None),
    ("Senator Lee–Ann Lee’s ‘Town Of My Youth,’ Part 2.\n\nSenator Ann Lee wrote a book.",
     "Town Of My Youth,", None),
])
def test_headline_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_headline_subject_needs_a_headline_line(nlp):
    text = ("Glenn Beck warned that the ‘Alt Right’ is a threat to the country and to voters.\n\n"
            "Talk show host Glenn Beck spoke on Monday.")
    assert attribution(nlp, text)["Alt Right"].method != "headline-subject"


@pytest.mark.parametrize("text, quote, name", [
    # a paragraph that is one whole quote, after a cue with its own content clause, is that speaker's
    ("Ann Lee said the plan to close the plant would hurt the town.\n\n"
     "“We have tried this before and it never worked. It will not work now.”",
     "We have tried this before and it never worked. It will not work now.", "Ann Lee"),
    # negatives: the quote shares its paragraph with the reporter's words, or comes two paragraphs on
    ("Ann Lee said the plan to close the plant would hurt the town.\n\n"
     "“We have tried this before and it never worked.” The vote is set for Monday.",
     "We have tried this before and it never worked.", None),
    ("Ann Lee said the plan to close the plant would hurt the town.\n\nThe vote is set for Monday.\n\n"
     "“We have tried this before and it never worked. It will not work now.”",
     "We have tried this before and it never worked. It will not work now.", None),
])
def test_whole_paragraph_quote_after_a_content_clause_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, kept", [
    # a digest item: a story's headline set off by a comma, then "by" and its writer
    ('BRIDGES—"Ferry service to end after ninety years," by the Gazette\'s Ann Lee: '
     '"The last ferry will leave the harbor in May, the port authority said on Monday."',
     "Ferry service to end after ninety years,", False),
    # and the excerpt after the writer's name and a colon
    ('BRIDGES—"Ferry service to end after ninety years," by the Gazette\'s Ann Lee: '
     '"The last ferry will leave the harbor in May, the port authority said on Monday."',
     "The last ferry will leave the harbor in May, the port authority said on Monday.", False),
    ('—"Downtown bakery wins a national prize for its rye bread," by the Post\'s Tom Reed: http://example.com/x',
     "Downtown bakery wins a national prize for its rye bread,", False),
    # negative: a quote with no "by" after it stays
    ('The sign on the door said "Back in ten minutes, please wait outside the shop," and nothing more.',
     "Back in ten minutes, please wait outside the shop,", True),
    # negative: "by" without a comma names who said or coined it
    ('Lee called the plan "a waste of public money and time" by any measure.',
     "a waste of public money and time", True),
])
def test_digest_item_left_out(nlp, text, quote, kept):
    assert (quote in attribution(nlp, text, all_quotes=False)) is kept
    assert quote in attribution(nlp, text, all_quotes=True)


@pytest.mark.parametrize("text, quote, name", [
    # a short label with no verb naming one person before a colon
    ('Here’s Ann Lee in 1998: “Our city must learn to live within its means.”',
     "Our city must learn to live within its means.", "Ann Lee"),
    ('Here’s Ann Lee in 2004: “We never said the plan would fail.”', "We never said the plan would fail.",
     "Ann Lee"),
    # negative: two people named, the label says not whose words follow
    ('Here’s Ann Lee and Tom Hale in 1998: “The city must learn to live within its means.”',
     "The city must learn to live within its means.", None),
])
def test_colon_after_a_person_label(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # an activity as the subject of the verb before the colon says nothing: the person who is sure
    # speaks (PolNeAR's gold for "And she is sure that keeping Santilli in jail will only make his
    # voice louder: “They're creating a monster …”" is her), not "keeping"
    ('Ann Lee is sure that keeping Hale in jail will make him louder: “They are creating a monster.”',
     "They are creating a monster.", "Ann Lee"),
    # negative: a person subject still introduces the quote
    ('Ann Lee put it plainly: “We will win.”', "We will win.", "Ann Lee"),
])
def test_colon_intro_not_from_an_activity_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a thing as subject before the colon, a person as its object: the person speaks
    ('The size of the crowd did not surprise pollster Ann Lee: “Turnout always jumps in a close race.”',
     "Turnout always jumps in a close race.", "Ann Lee"),
    # negative: a document subject stays the source
    ('The report names Ann Lee as its author: “The city must act now.”', "The city must act now.", "report"),
])
def test_colon_intro_person_object_of_a_thing_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a cue inside another cue's clause does not introduce the next paragraph; the outer one does
    ('Ann Lee said that for years critics had predicted a pullout, but it would not happen.\n\n'
     '“This region remains the most important for our security.”',
     "This region remains the most important for our security.", "Ann Lee"),
    # negative: a cue of its own still introduces it
    ('For years the critics have predicted a pullout.\n\n“This region is lost to us, and everyone knows it.”',
     "This region is lost to us, and everyone knows it.", "critics"),
])
def test_previous_paragraph_outer_cue_introduces(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a dash does a colon's work before a whole quoted sentence
    ("Mayor Tom Hale also defended the tax -- \u201cI think it is the fairest tax we have.\u201d",
     "I think it is the fairest tax we have.", "Tom Hale"),
    ("The union stood by its members \u2014 \u201cWe will not accept this offer, not now and not later.\u201d",
     "We will not accept this offer, not now and not later.", "union"),
    ("Senator Maria Gomez ended her speech \u2013 \u201cWe will win this riding, and we will win it together!\u201d",
     "We will win this riding, and we will win it together!", "Maria Gomez"),
])
def test_dash_introduces_a_quoted_sentence(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote", [
    # negative: a dash before a fragment, not a sentence, introduces nothing
    ("Critics called it a tax on the poor -- \u201cplain and simple\u201d in their words.", "plain and simple"),
    # negative: a dash before a short title
    ("The film opens in May \u2014 \u201cThe Quiet Court.\u201d", "The Quiet Court."),
])
def test_dash_before_a_fragment_is_no_colon(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.method != "colon-intro"


# An interview printed as Q&A with the answers quoted: "A:" is the person interviewed.
@pytest.mark.parametrize("text, quote, name", [
    ("Police chief Denise Abara spoke with the Gazette.\n\nQ: What comes first?\n\n"
     'A: "Officers who know people by name."\n\nQ: And the budget?\n\nA: "We will manage."',
     "Officers who know people by name.", "Denise Abara"),
    ("Tom Hale, a farmer, sat down with us in his kitchen.\n\nQuestion: Why stay?\n\n"
     'Answer: "Because my father did."\n\nQuestion: Will you sell?\n\nAnswer: "Never."',
     "Because my father did.", "Tom Hale"),
])
def test_qa_answer_colon_is_the_interviewee(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name
    assert q.method == "transcript"


def test_a_single_colon_label_is_not_a_qa_line(nlp):
    # one "A:" line is not an interview: the label is read as a name as before (not the person named)
    text = 'Ann Lee runs the clinic.\n\nA: "We open at nine."'
    q = attribution(nlp, text)["We open at nine."]
    assert q.speaker is None or q.speaker.name != "Ann Lee" or q.method != "transcript"


# A quote named by the words after it, looking back (features open this way).
@pytest.mark.parametrize("text, quote, name", [
    ('"Twenty years ago the traps were full."\n\nThat\'s how Darrell Comeau, a third-generation fisher, '
     "describes the change.", "Twenty years ago the traps were full.", "Darrell Comeau"),
    ('"I say it smells like work."\n\nThat is how owner Colette Marchand sees it.', "I say it smells like work.",
     "Colette Marchand"),
    ('"We are not going anywhere."\n\nSo says Mayor Ann Lee, who has run the town for a decade.',
     "We are not going anywhere.", "Ann Lee"),
    ('"It will never work."\n\nThat was the verdict of the Canadian Taxpayers Federation on Monday.',
     "It will never work.", "Canadian Taxpayers Federation"),
    # in the same paragraph, right after a quote that opens it
    ('"We lost everything." That is how Darrell Comeau describes the flood that hit his street.',
     "We lost everything.", "Darrell Comeau"),
    ('"We lost everything." Those were the words of Joan Arsenault on Monday.', "We lost everything.",
     "Joan Arsenault"),
    ('"We will rebuild."\n\nThe words came from Mayor Ann Lee, speaking at the fire hall.', "We will rebuild.",
     "Ann Lee"),
])
def test_named_after_the_quote(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name
    assert q.method == "named-after"


@pytest.mark.parametrize("text, quote", [
    # "what" with no verb of saying after the name
    ('"We lost everything."\n\nThat\'s what happened in Toronto last spring.', "We lost everything."),
    # a pronoun or "The ..." is not a name
    ('"We lost everything."\n\nThat\'s how she describes it.', "We lost everything."),
    # a quote inside the reporter's sentence is not a quote paragraph
    ('Lee called it "a disaster" again.\n\nThat\'s how Tom Hale describes it too.', "a disaster"),
    # a quote after the reporter's words in its paragraph belongs to what came before
    ('Ann Lee spoke first. "We lost everything." That is how Tom Hale describes it.', "We lost everything."),
])
def test_named_after_negative(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.method != "named-after"


# A sentence set up for a person before its subject, ending in a colon: that person speaks.
@pytest.mark.parametrize("text, quote, name", [
    ('For Ms Pryce, the answer to why it mattered is simple: "A village without a pub is just houses."',
     "A village without a pub is just houses.", "Pryce"),
    ('For Ann Lee, the message was blunt: "Pay up or move out."', "Pay up or move out.", "Ann Lee"),
    ('To the mayor, the choice is clear: "We build now or we pay later."', "We build now or we pay later.", "mayor"),
])
def test_colon_intro_topic_person(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name.endswith(name)
    assert q.method == "colon-intro"


@pytest.mark.parametrize("text, quote", [
    # "for now" is a time, not a person
    ('For now, the plan is simple: "Build it and see what happens."', "Build it and see what happens."),
])
def test_colon_intro_topic_not_a_person(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.speaker is None


# Canadian headlines open with the quote, then a colon and who said it, with any verb.
@pytest.mark.parametrize("text, quote, name", [
    ("‘A punch in the gut’: Alberta energy workers react to pipeline ruling\n\nWorkers are angry.",
     "A punch in the gut", "Alberta energy workers"),
    ("‘We will rebuild’: Mayor Ann Lee visits flooded homes\n\nThe mayor toured the area.", "We will rebuild",
     "Ann Lee"),
    ("'Not again': Residents of Waterloo Row mop up after second flood\n\nThe street flooded.", "Not again",
     "Residents of Waterloo Row"),
])
def test_quote_colon_headline(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name
    assert q.method == "headline"


@pytest.mark.parametrize("text, quote", [
    # no subject after the colon, or a question word
    ("‘Game changer’: What the new rules mean for renters\n\nRenters have new rights.", "Game changer"),
    ("‘Game changer’: New rules for renters\n\nRenters have new rights.", "Game changer"),
])
def test_quote_colon_headline_without_a_speaker(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.speaker is None


# Lists of voices: each line opens with the name and a few words about the person, or is a
# bulleted quote signed after a dash; a place after the name is no verb even when tagged one.
@pytest.mark.parametrize("text, quote, name, method", [
    ("Readers told us:\n\nMargaret Ellis, accountant, Leeds: \"I thought I would miss the office.\"\n\n"
     "Tom Okonjo, Bristol: \"The first month was chaos.\"", "I thought I would miss the office.", "Margaret Ellis",
     "colon"),
    ("Readers told us:\n\nMargaret Ellis, accountant, Leeds: \"I thought I would miss the office.\"\n\n"
     "Tom Okonjo, Bristol: \"The first month was chaos.\"", "The first month was chaos.", "Tom Okonjo", "colon"),
    ("Readers told us:\n\n• \"I thought I would miss the office.\" — Margaret Ellis, Leeds\n\n"
     "• \"The first month was chaos.\" — Tom Okonjo, Bristol", "I thought I would miss the office.",
     "Margaret Ellis", "signoff"),
    ("Readers told us:\n\n* \"My hours were cut.\" — Sian Pryce, nurse, Cardiff", "My hours were cut.", "Sian Pryce",
     "signoff"),
])
def test_lists_of_voices(nlp, text, quote, name, method):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name
    assert q.method == method


@pytest.mark.parametrize("text, quote", [
    # a sentence with a verb before the colon is no list line; one word before the comma is no name
    ('Ann Lee, who runs the shelter, put it this way: "We need beds."', "We need beds."),
    ('However, the mayor, on Monday: "We will win."', "We will win."),
])
def test_lists_of_voices_negative(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.method != "colon"


# A bare surname the recognizer left untagged, of a person named in full before, is a person
# subject for the quote after its sentence or paragraph.
@pytest.mark.parametrize("text, quote, name", [
    ('Tom Hale runs the food bank in Regina.\n\nDemand has doubled. Hale isn\'t surprised. "We saw this coming."',
     "We saw this coming.", "Tom Hale"),
    ('Joan Arsenault has lived on the street for 40 years.\n\nArsenault is angry.\n\n"Nobody came to help us."',
     "Nobody came to help us.", "Joan Arsenault"),
])
def test_known_surname_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_unknown_capitalised_subject_is_not_a_speaker(nlp):
    # "Regina" is no one the article named: the quote stays without a speaker
    text = 'Tom Hale runs the food bank.\n\nDemand has doubled. Regina is worried. "We saw this coming."'
    assert speaker_name(nlp, text, "We saw this coming.") is None


# The newsroom or the writer introduces someone in the paragraph before a quote paragraph.
@pytest.mark.parametrize("text, quote, name", [
    ('The Star spoke to Fatima Osei, a nurse who has lived there for 11 years.\n\n"They handed me a letter."',
     "They handed me a letter.", "Fatima Osei"),
    ('We talked with Tom Hale on Monday.\n\n"We had no warning at all."', "We had no warning at all.", "Tom Hale"),
    ('Global News reached Tom Hale by phone on Monday.\n\n"We had no warning at all."', "We had no warning at all.",
     "Tom Hale"),
    ('That is the view of Priya Raman, an economist in Saskatoon.\n\n"Most shops live on a few loyal customers."',
     "Most shops live on a few loyal customers.", "Priya Raman"),
])
def test_reporter_introduces_the_speaker(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, not_name", [
    # a person speaking with another introduces themself; a clause about a person is no introduction
    ('Ann Lee spoke with Tom Hale on Monday.\n\n"We had no warning at all."', "We had no warning at all.", "Tom Hale"),
    ('If Tom Hale is right, winning the vote could change everything.\n\n"It will never work."',
     "It will never work.", "Tom Hale"),
])
def test_reporter_introduction_negative(nlp, text, quote, not_name):
    assert speaker_name(nlp, text, quote) != not_name


# A verbless label before a colon that is a name with its apposition or a participle, however
# long: the name speaks (CBC/CTV live coverage and British reports print quotes this way).
@pytest.mark.parametrize("text, quote, name", [
    ("Dr. Eileen Marchetti, the city's medical officer of health:\n\n"
     "\"We are watching this very closely.\"\n", "We are watching this very closely.", "Eileen Marchetti"),
    ("Mayor Tom Hale, speaking to reporters outside city hall on Monday:\n\n"
     "“The lanes are staying.”\n", "The lanes are staying.", "Tom Hale"),
    ("Ann Okafor, a nurse at the Halifax Infirmary for 22 years: \"Nobody has ever seen it this bad.\"",
     "Nobody has ever seen it this bad.", "Ann Okafor"),
    ("Mrs Margaret Hughes, who has lived on the estate since 1974:\n\n"
     "'We simply cannot afford it.'\n", "We simply cannot afford it.", "Margaret Hughes"),
])
def test_colon_label_name_with_apposition(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote", [
    # A label with a finite verb of its own is a sentence: its own rules decide, not this one.
    ("The headline over the story, in capital letters:\n\n\"BRIDGE TO CLOSE FOR A YEAR\"\n",
     "BRIDGE TO CLOSE FOR A YEAR"),
])
def test_colon_label_without_a_name_names_nobody(nlp, text, quote):
    assert speaker_name(nlp, text, quote) is None


# "The statement said": a document speaks for whoever put it out, named where the article first
# mentioned that document; the mention stays "the statement".
@pytest.mark.parametrize("text, quote, name", [
    ("Hydro One said in a statement that crews had restored power to most customers.\n\n"
     "\"We expect the remaining outages to be fixed by Tuesday,\" the statement said.\n",
     "We expect the remaining outages to be fixed by Tuesday,", "Hydro One"),
    ("Toronto Public Health issued a news release on Wednesday.\n\n"
     "“The risk to the public remains low,” the release said.\n",
     "The risk to the public remains low,", "Toronto Public Health"),
    ("Councillor Maria Santos sent a letter to the board in March. \"We cannot wait any longer,\" the letter reads.",
     "We cannot wait any longer,", "Maria Santos"),
    ("The Ontario Provincial Police said in a tweet that the highway was closed. 'Avoid the area,' the tweet said.",
     "Avoid the area,", "Ontario Provincial Police"),
    ("A statement from the Canadian Red Cross was read at the vigil. \"Our hearts are with Fort McMurray,\" "
     "the statement said.", "Our hearts are with Fort McMurray,", "Canadian Red Cross"),
])
def test_document_speaks_for_its_author(nlp, text, quote, name):
    got = speaker_name(nlp, text, quote)
    assert got == name
    q = attribution(nlp, text)[quote]
    assert q.speaker.text.lower().startswith("the ")  # the mention as written


@pytest.mark.parametrize("text, quote, name", [
    # No author named: the document stays the source.
    ("\"Hospital wait times have doubled since 2015,\" the report said.",
     "Hospital wait times have doubled since 2015,", "report"),
    # A different document earlier does not lend its author: Lee wrote the letter, not the report.
    ("Ann Lee wrote a letter to the council. \"Costs have doubled,\" the report said.", "Costs have doubled,", "report"),
])
def test_document_without_a_named_author_stays(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A headline quote the body repeats with its speaker (CBC/CTV "'Quote': topic" headlines).
@pytest.mark.parametrize("text, name", [
    ("'I just want to go home': Long wait for home care keeps seniors in hospital\n\n"
     "Elaine Fougère has been in a hospital bed for 74 days.\n\n"
     "\"I just want to go home,\" Fougère says.\n", "Elaine Fougère"),
    ("“We are not leaving”: Flooded family rebuilds in Gatineau\n\n"
     "Minh Nguyen has done most of the work himself.\n\n"
     "“We are not leaving. We just finished the bathtub,” Nguyen says.\n", "Minh Nguyen"),
    ("\"Nobody checks the daycares\": Manitoba rules under review after toddler's death\n\n"
     "\"Anyone can call it a daycare. Nobody checks the daycares,\" Ricardo Ferreira said.\n", "Ricardo Ferreira"),
])
def test_headline_echo(nlp, text, name):
    import quotex
    head = min(quotex.extract(text, nlp=nlp), key=lambda q: q.start)
    assert head.start < text.index("\n")
    assert head.method == "headline-echo" and head.speaker.name == name
    assert text[head.speaker.start:head.speaker.end] == head.speaker.text


@pytest.mark.parametrize("text", [
    # The body never repeats the words: nobody.
    ("'A perfect storm': Ice, wind and rain close schools across Nova Scotia\n\n"
     "Schools were closed on Tuesday, the province said.\n"),
    # Too short to match: a scare-quoted word in the headline stays nobody's.
    ("'Disaster' averted as river crests below dikes\n\n\"It was not a disaster,\" Mayor Ann Lee said.\n"),
])
def test_headline_echo_needs_the_same_words(nlp, text):
    import quotex
    for q in quotex.extract(text, nlp=nlp):
        assert q.method != "headline-echo"
