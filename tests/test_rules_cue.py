"""Attribution tests for cue_rules (quotex attribution rules): cue, according-to, after-quote, inner-cue.

Split from the old tests/test_attribution.py (issue 11); rows and assertions unchanged.
"""
import pytest


from attribution_helpers import attribution, speaker_name


def test_multi_sentence_quote_cue_after_last_sentence(nlp):
    text = '"We have the money. We have the plans. Now we have the will," Okafor said.'
    q = attribution(nlp, text)["We have the money. We have the plans. Now we have the will,"]
    assert q.speaker.name == "Okafor"
    assert q.type == "direct"


def test_inverted_cue_with_rank_before_name(nlp):
    text = '"We held the line," said Army Sgt. Maria Gomez of Texas.'
    q = attribution(nlp, text)["We held the line,"]
    assert q.speaker.name == "Maria Gomez"


def test_cue_through_noun(nlp):
    text = 'Ann Lee released a statement saying, "We are confident in the plan."'
    assert attribution(nlp, text)["We are confident in the plan."].speaker.name == "Ann Lee"


@pytest.mark.parametrize("text, quote, name", [
    # any verb after a quote ending in a comma, read by word order
    ('"France will always be France," an angry Hollande retaliated.', "France will always be France,", "Hollande"),
    ('"We do not understand the need for this," the two senators write.', "We do not understand the need for this,",
     "two senators"),
    ('"You know, it happens, right?" Trump went on.', "You know, it happens, right?", "Trump"),
])
def test_after_quote_word_order(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_after_quote_needs_a_quote_ending_in_a_comma(nlp):
    # a fragment at the end of the reporter's sentence is not the object of what follows
    text = 'He called the plan "a disaster". Critics agreed with him.'
    q = attribution(nlp, text)["a disaster"]
    assert q.method != "after-quote"


def test_according_to_credits_the_outer_source(nlp):
    text = '"Delegates are free to vote their conscience," Walker said, according to an Associated Press account.'
    q = attribution(nlp, text)["Delegates are free to vote their conscience,"]
    assert "Associated Press" in q.speaker.name
    assert q.method == "according-to"


def test_inverted_cue_without_parsed_subject(nlp):
    text = ('"We will hold them accountable," said David Brock, a Clinton confidant who heads the '
            'group Correct the Record.')
    q = attribution(nlp, text)["We will hold them accountable,"]
    assert q.speaker.name == "David Brock"


@pytest.mark.parametrize("text, quote, name", [
    # the cue that governs the quote wins over a nearer one in the next sentence
    ('Years ago Tom Reyes said that only the bankers wanted "open borders." Ada Burke promised reform.',
     "open borders.", "Tom Reyes"),
    # a cue after a complete quoted sentence that introduces the next quote is not this one's
    ('"The state is falling apart," Nina Okafor said in 2012. "The conflicts continue." Okafor '
     'added, "And you want us to repeat these mistakes?"', "The conflicts continue.", "Nina Okafor"),
    # ... but a cue right after a quote ending in a comma is still its own
    ('"The state is falling apart," Nina Okafor said. "Conflicts continue," Raj Mehta added.',
     "Conflicts continue,", "Raj Mehta"),
])
def test_which_cue_governs_the_quote(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a passive cue with an agent: the agent speaks
    ('Lena Ruiz was asked by the host Omar Haddad, "Will you run again next year?"',
     "Will you run again next year?", "Omar Haddad"),
    # a passive cue without an agent: the subject is what was said, not a speaker
    ('Kai Moreno called it a "paperwork error" that was reported in a "hit piece" last week.',
     "hit piece", "Kai Moreno"),
    # a passive verb above the cue: its subject is the one who says
    ('Mayor Ann Lee was prompted to say, "So far, I cannot believe how civil it has been."',
     "So far, I cannot believe how civil it has been.", "Ann Lee"),
    # ... except for cues like "quoted": "he was quoted as saying"
    ('Mayor Ivan Petrov was quoted as saying "the bridge will open in May."', "the bridge will open in May.",
     "Ivan Petrov"),
])
def test_passive_cues(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the parser hangs the name off "Observer" and leaves "said" without a subject
    ('In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "Hillary Clinton '
     'believes that cooperation is essential."', "Hillary Clinton believes that cooperation is essential.",
     "Jake Sullivan"),
    ("But in a call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, "
     "said, ''I mean, a raid is a combat operation.''", "I mean, a raid is a combat operation.",
     "Steven H. Warren"),
])
def test_person_before_a_subjectless_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote introduced by a colon is not the object of the sentence after it
    ('Ann Lee, exasperated, curtly responded: "Why does any of it matter now?" Her rivals cited it as proof.',
     "Why does any of it matter now?", "Ann Lee"),
    # set off by dashes, with no speech verb around it: not the balloons' words; the dash before a
    # whole quoted sentence introduces it like a colon (context_rules colon-intro), so the mayor
    # who "wrapped up" speaks
    ('When the mayor finally wrapped up — "We will fight for you, and we will win!" — the balloons '
     'dropped on the crowd.', "We will fight for you, and we will win!", "mayor"),
    # the ordinary after-quote shape is unaffected
    ('"Who cares about any of that?" an angry Ann Lee retorted.', "Who cares about any of that?", "Ann Lee"),
])
def test_after_quote_not_for_an_introduced_quote(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a weak cue verb whose clause holds the quote
    ('The mayor\'s office protested that the council members were being "deeply unfair" to residents.',
     "deeply unfair", "mayor's office"),
    # negative: a quote inside the subject of a weak verb is not what the verb reports
    ('The "record rainfall" started on Monday.', "record rainfall", None),
])
def test_weak_cue_that_governs_the_quote(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    if name is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None and name in q.speaker.text and q.cue.lemma == "protest"


@pytest.mark.parametrize("text, quote, name, mention", [
    # a coordinated clause with its own subject is not reported by the verb before it
    ('Ann Lee said the plan was ready, but Raj Mehta called it "a disaster waiting to happen."',
     "a disaster waiting to happen.", "Raj Mehta", "Raj Mehta"),
    # ... and when that subject is a pronoun, the mention is the pronoun at the cue
    ('The director, Ada Burke, recommended that no charges be filed, but she called the conduct '
     '"extremely careless."', "extremely careless.", "Ada Burke", "she"),
    ('Ada Burke said the talks had failed, and she warned that "nothing will change soon."',
     "nothing will change soon.", "Ada Burke", "she"),
    # negative: a reported clause (ccomp) is still credited to the outer speaker
    ('Rep. Tom Reyes said Ada Burke called the plan "a disaster."', "a disaster.", "Tom Reyes", "Rep. Tom Reyes"),
    # negative: a coordinated verb sharing the subject keeps it
    ('Ann Lee praised the plan and called it "a fine start."', "a fine start.", "Ann Lee", "Ann Lee"),
])
def test_no_outer_cue_across_a_clause_with_its_own_subject(nlp, text, quote, name, mention):
    sp = attribution(nlp, text)[quote].speaker
    assert (sp.name, sp.text) == (name, mention)


@pytest.mark.parametrize("text, quote, name", [
    # the quote's closing period hangs off the sentence root; the words are the later verb's
    ('Mayor Ann Lee said the bridge would open in May, although Raj Mehta tweeted that it was '
     '"not even close to done."', "not even close to done.", "Raj Mehta"),
    ('Officials said the bridge was safe, but Raj Mehta wrote that it was "crumbling."', "crumbling.", "Raj Mehta"),
    # negative: a quote that is the cue's own clause stays linked without its punctuation
    ('Ann Lee said the council "will vote on Monday."', "will vote on Monday.", "Ann Lee"),
    ('Ann Lee told reporters that the vote was "a disgrace."', "a disgrace.", "Ann Lee"),
])
def test_quote_punctuation_does_not_link_a_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a weak cue in an "as" clause credits the sentence's quoted words
    ('As the columnist Ann Lee puts it, the mayor is trying to make the council "an offer it cannot '
     'refuse."', "an offer it cannot refuse.", "Ann Lee"),
    ('The mayor, as Ann Lee described it, was "extremely careless" with the money.', "extremely careless",
     "Ann Lee"),
    # negative: an "as" clause of time with no speech verb does not take the quote
    ('As the mayor called for calm, the crowd chanted "no more cuts" outside.', "no more cuts", "crowd"),
])
def test_weak_cue_in_an_as_clause(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a thing parsed as the subject of an inverted "…, said X" is the reported clause's: X speaks
    ('The rejection of the treaty signals "the beginning of the end" for the union, said Geert Wilders, '
     'founder of the party.', "the beginning of the end", "Geert Wilders"),
    # negative: the name after the verb is its object, not an inverted subject
    ('A campaign ad released Thursday accuses Tom Brown of "a pattern of sleaze" in office.',
     "a pattern of sleaze", "campaign ad"),
    # negative: the name after the verb owns the reported words
    ('The lawmaker, who represents a rural district, said Donald Trump\'s remarks "have done great harm" '
     'to the town.', "have done great harm", "lawmaker"),
])
def test_inverted_said_after_a_thing_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a thing or an activity that "says" is a figure of speech: a cue of the quote with a person
    # as its subject is preferred
    ('Tom Brown added that praising the president for the recovery was like saying the team "scored 19 '
     'runs in the first inning."', "scored 19 runs in the first inning.", "Tom Brown"),
    # negative: a crowd chants
    ('Tom Brown spoke as the crowd chanted "Build the wall!" outside.', "Build the wall!", "crowd"),
    # negative: with no person's cue, the thing's own cue stays
    ('The report, which called the plan "a total failure," was released on Monday.', "a total failure,",
     "report"),
])
def test_person_cue_preferred_over_a_thing_that_says(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a cue in a clause of time does not take a quote outside that clause
    ('After Tom Brown criticized the mayor during a debate, Ann Lee shot back, "I could have stayed home, '
     'but I chose to work."', "I could have stayed home, but I chose to work.", "Ann Lee"),
    # negative: a quote inside the clause of time is its cue's
    ('When Tom Brown said the plan was "a total failure," the crowd booed.', "a total failure,", "Tom Brown"),
])
def test_cue_in_a_time_clause(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote ending in ! or ? may end its sentence: what follows with no speech verb is not its cue
    ('When Tom Brown finally wrapped up with "I will fight for you!" the balloons fell on the hall.',
     "I will fight for you!", "Tom Brown"),
    # a relative clause after a quote is about the quote's words
    ('Ann Lee said the vote was close. "We could win enough delegates in the spring," which votes in June.',
     "We could win enough delegates in the spring,", "Ann Lee"),
    # negative: inverted and particle verbs still read as cues
    ('"This is fantastic!" beamed Tom Brown of Madison.', "This is fantastic!", "Tom Brown"),
    ('"You know, it happens, right?" Tom Brown went on.', "You know, it happens, right?", "Tom Brown"),
    ('"Is this the end?" Ann Lee asked the crowd.', "Is this the end?", "Ann Lee"),
])
def test_after_quote_word_order_limits(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # "the two write": a number standing for people after a quote is the speaker
    ('"We do not understand the need for this," the two write.', "We do not understand the need for this,",
     "two"),
    # negative: a number that is not "the N" is no speaker by word order
    ('"We do not understand the need for this," 2016 saw.', "We do not understand the need for this,", None),
])
def test_after_quote_the_number_speaks(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, mention", [
    # a subject that is itself a speech word: the verb after it is the cue
    ('"Friend, let me be blunt. We can win this race," the email read.',
     "Friend, let me be blunt. We can win this race,", "email"),
    ('“Hi Americans! You may need a new home soon!” a welcome message on the website reads.',
     "Hi Americans! You may need a new home soon!", "a welcome message"),
    # an inverted subject ends at a participle
    ('"Whoever opens the borders is to blame," wrote a woman calling herself Jane Roe.',
     "Whoever opens the borders is to blame,", "a woman"),
    # a subject the tagger reads as a number or an adjective
    ('“America is great! Our mayor is wonderful,” read one.', "America is great! Our mayor is wonderful,",
     "one"),
    ('“If she wants to be the next mayor, Ann Lee should come to Toledo,” the editorial read.',
     "If she wants to be the next mayor, Ann Lee should come to Toledo,", "editorial"),
    # a capitalised name the tagger reads as an adverb or auxiliary
    ('“Having access to the file and two people who understand it is valuable,” said Skelly, explaining '
     'his plan.', "Having access to the file and two people who understand it is valuable,", "Skelly"),
    # negative: the verb tagged as one wins over a later speech noun
    ('"We will win this race," Ann Lee said, pointing to the email.', "We will win this race,", "Ann Lee"),
])
def test_after_quote_subject_with_speech_nouns(nlp, text, quote, mention):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and mention in q.speaker.text


def test_inverted_cue_with_a_mistagged_name(nlp):
    # "said Skelly": the surname is tagged as an adverb; a capitalised word after an inverted cue
    # is still its subject
    text = ("“Having access to the file and two people who understand it is valuable,” said Skelly, "
            "explaining he worked closely with Chrabaszcz, who cleaned the data: “Vito is outstanding with "
            "data. He is a real good data manipulator.”")
    assert speaker_name(nlp, text, "Vito is outstanding with data. He is a real good data manipulator.") == "Skelly"


@pytest.mark.parametrize("text, quote, name", [
    # the parser hangs "yelled" off "man" as a modifier (acl, VBD): the noun before the verb speaks
    ('Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled '
     '“Go home!”', "Go home!", "man"),
    # negative: a naming participle ("a website called") is no speech by the website
    ('Ann Lee has set up a website called "Leave Now" that helps voters.', "Leave Now", "Ann Lee"),
    # negative: a passive naming with an agent keeps the agent
    ('Lee backed the program, which is called "Fresh Start" by its staff.', "Fresh Start", "its staff"),
])
def test_cue_misparsed_as_a_noun_modifier(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the subject of a subject-less cue parsed as an apposition of the intro phrase's last name
    ('In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic '
     'presidential candidate stated that his "divisive" comments do not "fit with what I knew about him."',
     "fit with what I knew about him.", "Democratic presidential candidate"),
    # negative: an ordinary subject after the intro phrase is unaffected
    ('In an interview with CNN host Jake Tapper, the senator said that the plan was "a total disaster."',
     "a total disaster.", "senator"),
    # negative: a name then a comma before the cue still gives the name
    ('In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "We are ready."',
     "We are ready.", "Jake Sullivan"),
])
def test_apposition_subject_before_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # "when" parsed as an adverb of the clause's verb still makes a clause of time: its cue sets the scene
    ('Critics are keen on mocking "whining" when voters speak up about the tax.', "whining", "Critics"),
    # an infinitive inside the clause of time is the clause's too (the words are credited by "in
    # the words of an aide": tests/test_stage1_choices.py)
    ('Hours before Ann Lee was to speak, word came that the party saw her as, in the words of an aide, '
     '"the future of the movement."', "the future of the movement.", "aide"),
    # negative: a quote inside the clause of time is still its cue's
    ('When Tom Brown said the plan was "a total failure," the crowd booed.', "a total failure,", "Tom Brown"),
    # negative: the main clause's cue is unaffected
    ('The hall went quiet when Ann Lee mentioned the mayor, and then the crowd chanted "Stop the plan!"',
     "Stop the plan!", "crowd"),
])
def test_cue_in_a_clause_of_time_sets_the_scene(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name, method", [
    # a long sentence that goes on in lowercase after a quote ending in "!" opens with the quote's cue
    ('A woman in Bonn was fined in May. "Filth out!" she wrote, arguing that if the city did not act soon, '
     '"more people will come and take our homes."', "Filth out!", "woman", "cue"),
    ('The mayor spoke last. "Never again!" he said, adding that if the council did not find the money by '
     'March, the town would have to close its only school.', "Never again!", "mayor", "cue"),
    # negative: a capital starts a new sentence with its own content
    ('The mayor spoke last. "Never again!" He said that if the council did not find the money by March, the '
     'town would have to close its only school for good.', "Never again!", "mayor", "previous-sentence"),
])
def test_lowercase_sentence_after_quote(nlp, text, quote, name, method):
    q = attribution(nlp, text)[quote]
    assert (q.speaker.name if q.speaker else None, q.method) == (name, method)


@pytest.mark.parametrize("text, quote, name", [
    # an inverted cue parsed with the quote as subject and the writer as object: the object speaks
    ('"Sad," posted a Hale voter who runs the account @HaleNews.', "Sad,", "Hale voter"),
    ('"Sad," posted a Lee voter who runs the page @LeeNews.', "Sad,", "Lee voter"),  # the name only says whose voter
    # negative: a thing posted is not who posted it
    ('"Sad," posted a message that ran on the page @HaleNews.', "Sad,", None),
    # negative: the object of "told" is whom it was said to
    ('"Sad," told a Hale voter who runs the account @HaleNews.', "Sad,", None),
])
def test_inverted_cue_object(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the object of the verb above an infinitive cue does the speaking, not its subject
    ('The defeat prompted Ann Lee to call the budget "a total mess."', "a total mess.", "Ann Lee"),
    ('The vote led her to declare that victory was "in sight."', "in sight.", "her"),
    # negative: with no object the subject speaks
    ('Ann Lee wanted to call the budget "a total mess."', "a total mess.", "Ann Lee"),
])
def test_object_of_the_verb_above_an_infinitive_cue(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker.text == name


@pytest.mark.parametrize("text, quote, name", [
    # climbing from a subject-less cue to a passive verb: the one it happened to speaks, not its agent
    ('Ann Lee was booed and shouted down by protesters after telling them they were "being childish."',
     "being childish.", "Ann Lee"),
    ('Ann Lee was joined on stage by Sen. Tom Brown and joked, "You are all being ridiculous."',
     "You are all being ridiculous.", "Ann Lee"),
    # negative: the cue's own agent still speaks
    ('Ann Lee was asked by host Tom Brown, "Will you run again?"', "Will you run again?", "Tom Brown"),
    ('The plan was called "a disaster" by Tom Brown.', "a disaster", "Tom Brown"),
])
def test_agent_of_a_passive_verb_above_the_cue_is_not_its_speaker(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a cue set off by commas before the quote speaks for the rest of its sentence
    ('The board, Tom Brown said, called the plan "deeply flawed."', "deeply flawed.", "Tom Brown"),
    ('Ann Lee, a top aide said, "is very confident in the contrast" with her rival.',
     "is very confident in the contrast", "top aide"),
    ('The company just finished laying new cable downtown, Ann Lee said, to "make sure everyone is connected."',
     "make sure everyone is connected.", "Ann Lee"),
    # negative: not across a dash into a clause with a cue of its own
    ('Over the years, she said, the job has been hard - although at the mention of it Ann Lee laughed and '
     'admitted "it has been wonderful."', "it has been wonderful.", "Ann Lee"),
    # negative: an ordinary cue after an opening phrase is unaffected
    ('In 2012, Tom Brown said, "We will never give up."', "We will never give up.", "Tom Brown"),
])
def test_cue_set_off_by_commas_speaks_for_its_sentence(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the object of the verb above an infinitive cue does the speaking
    ('The strong win led Ann Lee to declare that victory was "in sight."', "in sight.", "Ann Lee"),
    # negative: with no object, the subject above speaks
    ('Tom Brown wants to declare the plan "dead on arrival."', "dead on arrival.", "Tom Brown"),
    ('Ann Lee decided to call the plan "a fresh start."', "a fresh start.", "Ann Lee"),
    # negative: a speech verb above reports the whole, its subject speaks
    ('Tom Brown asked the crowd to shout "Build the bridge!"', "Build the bridge!", "Tom Brown"),
])
def test_object_of_the_verb_above_an_infinitive_cue_speaks(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a relative clause after the quote, not linked to it, did not say it
    ('The council passed a "fair rent" rule, which landlords said was a mistake.', "fair rent", None),
    ('The bill covers "all public records" that officials announced last week.', "all public records", None),
    # negative: a relative clause about the speaker after the cue leaves the cue alone
    ('"We will win," said Ann Lee, who spoke to reporters on Monday.', "We will win,", "Ann Lee"),
    ('"We will win," Ann Lee said in a speech that critics called divisive.', "We will win,", "Ann Lee"),
])
def test_relative_clause_after_the_quote_is_not_its_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, mention", [
    # acknowledging or announcing a thing reports no words; the cue of the quote does
    ('Brown acknowledged his deep unpopularity - his "negatives," he called them - but said he could still '
     'win.', "negatives,", "he"),
    # negative: with a clause or the quote as what is owned up to, the verb is the cue
    ('Ann Lee acknowledged that the plan was "a mistake."', "a mistake.", "Ann Lee"),
    ('Tom Brown announced on Friday that the deal was "dead."', "dead.", "Tom Brown"),
])
def test_owning_up_to_a_thing_is_no_cue(nlp, text, quote, mention):
    assert attribution(nlp, text)[quote].speaker.text == mention


@pytest.mark.parametrize("text, quote, name", [
    # an inverted speech verb right after the closing mark speaks, whatever the quote hangs on
    ('If the city is really trying to sell the park — as many residents believe, and the council denies — '
     '"why would you hide the plans?" asked Ann Lee, a local lawyer.', "why would you hide the plans?",
     "Ann Lee"),
    ('"We will win," said Tom Brown, the mayor.', "We will win,", "Tom Brown"),
    # negative: a subject before the verb after the quote is not the inverted shape; the quote's own cue
    ('Ann Lee said the plan was "a mess," Tom Brown told the council.', "a mess,", "Ann Lee"),
])
def test_inverted_cue_right_after_the_quote(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the quote's word parsed as the subject of an inverted cue, the speaker as its object
    ('"Ugh," wrote a retired teacher on Twitter.', "Ugh,", "retired teacher"),
    ('"Ugh," wrote a Hale fan on Twitter.', "Ugh,", "Hale fan"),
    # negative: an object that is a thing is what was written, not who wrote
    ('"Ugh," wrote a note on the door.', "Ugh,", None),
])
def test_inverted_cue_with_the_quote_parsed_as_subject(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # marks that do not pair: the span takes in the cue, whose speaker is the quote's
    ('The council met on Monday.\n\n"The roads come first, Tom Hale said, "and the schools next."',
     "The roads come first, Tom Hale said,", "Tom Hale"),
    # negative: names in a list inside the quote are not a cue
    ('The council met on Monday.\n\n"The roads come first, and the schools, Hale Park and the pool come next."',
     "The roads come first, and the schools, Hale Park and the pool come next.", None),
])
def test_cue_inside_a_quote_whose_marks_do_not_pair(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # shouts that came from someone: they shout
    ('“Count every vote,” came loud shouts from the delegates.', "Count every vote,", "delegates"),
    # negative: from a place, no one is named
    ('“Count every vote,” came a shout from the back of the hall.', "Count every vote,", "shout"),
])
def test_after_quote_shouts_from_someone(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # an infinitive with a subject of its own is an act someone wants: the words are the wisher's
    ('Mayor Ann Lee says the city should act faster and that she expects the council to announce a '
     '"fresh start" in June.', "fresh start", "Ann Lee"),
    ('A letter from the union calls for the board to respond by admitting that the plan is "a failure".',
     "a failure", "union"),  # a letter from X: X's words (the "statement from X" rule)
    ('Premier Doug Ford said on Tuesday that he wants Ottawa to declare the tariffs "unacceptable".',
     "unacceptable", "Doug Ford"),
    ('The Green Party called for the Prime Minister to resign over his "cash for honours" scheme.',
     "cash for honours", "Green Party"),  # (a sentence's opening "The" is no part of the name)
    # negative: a causative verb parses the doer as its object, and the doer did speak
    ('That prompted Councillor Raj Mehta to call the plan "a joke".', "a joke", "Raj Mehta"),
    ('The defeat led Senator Maria Gomez to declare the race "over" on Tuesday night.', "over", "Maria Gomez"),
    # negative: an infinitive without its own subject is still the subject's act
    ('Carla Diaz wants to call the new tax "a mistake" in her speech.', "a mistake", "Carla Diaz"),
])
def test_wished_infinitive_credits_the_wisher(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote inside a claim noun's phrase is the owner's, not the sentence verb's
    ("Premier Ann Lee blamed reporters for making an issue out of Senator Tom Hale's claim that the mayor "
     '"founded the gang".', "founded the gang", "Tom Hale"),
    ('Judicial Watch chief Ray Dunn called Mayor Kim Park\'s assertion of a "right to privacy" troubling.',
     "right to privacy", "Kim Park"),
    # negative: the quote labels the noun; the labeller's word
    ('Councillor Raj Mehta called Mayor Ann Lee\'s statement "a lie".', "a lie", "Raj Mehta"),
    ("Ann Lee said Tom Hale's claim was \"ridiculous\".", "ridiculous", "Ann Lee"),
    # negative: a thing's promise is nobody's words
    ('The minister rejected the plan\'s promise of "cheaper rents".', "cheaper rents", "minister"),
])
def test_quote_inside_a_claim_noun_is_the_owners(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote in a subordinate clause with its own subject is that clause's, not the main verb's
    ('After Mayor Ann Lee said that small towns might do better with "fewer rules," Premier Tom Hale said: '
     '"I disagree with her."', "fewer rules,", "Ann Lee"),
    ('When the minister called the report "a fantasy," opposition leader Raj Mehta said she should resign.',
     "a fantasy,", "minister"),
    # negative: a "because" clause is part of what the outer speaker said
    ('Senator Maria Gomez said she would vote no because the bill was "a gift to the banks".',
     "a gift to the banks", "Maria Gomez"),
    # negative: the main clause's own quote stays the main speaker's
    ('After Mayor Ann Lee said that small towns might do better with "fewer rules," Premier Tom Hale said: '
     '"I disagree with her."', "I disagree with her.", "Tom Hale"),
])
def test_quote_in_a_subordinate_clause_is_that_clauses(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# A cue after a closed quoted sentence that reports its own clause is not the quote's: the quote
# stays with the speaker before (paragraph breaks lost, or a new speaker's paragraph run on).
@pytest.mark.parametrize("text, quote, name", [
    # US style, a man and then a woman
    ('"We will win," Tom Hale said. "Nobody can stop us." Ann Lee said the vote would be close.',
     "Nobody can stop us.", "Tom Hale"),
    # Canadian present tense, plural speakers with their own clause
    ('"We have nowhere to go," says Fatima Osei. "Nobody listens." Residents say they feel powerless.',
     "Nobody listens.", "Fatima Osei"),
    # an organisation's cue with its own clause; and a speech verb inside that clause ("write")
    ('"Crews had to pull back," said Marc Tremblay. "It was extreme." Police said a car was found nearby.',
     "It was extreme.", "Marc Tremblay"),
    ('"Please keep it open," he read. "I like it here." Mayor Gord Little says council will write to the board.',
     "I like it here.", "he"),
    # passive "was asked whether": its own clause
    ('"I want to win here," Mattias Lindqvist said. "This is home." Coach Ray Pelletier was asked whether it matters.',
     "This is home.", "Mattias Lindqvist"),
])
def test_cue_with_its_own_clause_after_a_closed_quote(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and (q.speaker.name == name or q.speaker.text == name)
    assert q.method == "previous-sentence"


@pytest.mark.parametrize("text, quote, name", [
    # the usual inverted and plain cues after a closed sentence still count
    ('"We will win." Ann Lee said it twice.', "We will win.", "Ann Lee"),
    ('"The flu shot is free." Dr. Kevin Moreau told reporters.', "The flu shot is free.", "Kevin Moreau"),
    ('"The plan is sound." The union said so in a statement.', "The plan is sound.", "union"),
    # a quote ending in a comma is the cue's own content
    ('"It is a good site," Ravi Menon said the planners told him.', "It is a good site,", "Ravi Menon"),
])
def test_cue_after_a_closed_quote_still_counts(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, quote, name", [
    # a whole sentence right after the cue of the quote before goes on with that speaker ...
    ('"Not at all," Ray Pelletier said. "He plays like a leader." "A great day," said Bob Nicholls.',
     "He plays like a leader.", "Ray Pelletier"),
    ('"We are full," says Dr. Ayesha Rahman. "Patients wait." "Get the shot," said Kevin Moreau.',
     "Patients wait.", "Ayesha Rahman"),
    # ... but a quote opening its paragraph, or a fragment, takes the next quote's speaker
    ('"We will win." "We always do," Ann Lee said.', "We will win.", "Ann Lee"),
    ('"Mayors have waited," the federation said. "Now we wait" "for the money," said Tom Hale.',
     "Now we wait", "Tom Hale"),
])
def test_next_quote_after_an_attributed_sentence(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name


# Present-tense feature attribution: a speech verb the tagger reads as a plural noun still counts.
@pytest.mark.parametrize("verb", ["muses", "marvels", "reasons", "sighs", "explains", "tells the Star"])
def test_present_tense_speech_verbs(nlp, verb):
    text = f'Ann Lee sat down.\n\n"We had nothing back then," Lee {verb}. "Now we have too much."'
    got = attribution(nlp, text)
    assert got["We had nothing back then,"].speaker.name == "Ann Lee"
    assert got["Now we have too much."].speaker.name == "Ann Lee"


@pytest.mark.parametrize("text, quote", [
    # a plural noun after the quote is no verb: "the Muses" are not speaking
    ('"Sing to me," the poem begins, invoking "the Muses" of old.', "the Muses"),
])
def test_plural_nouns_after_a_quote_are_not_speech(nlp, text, quote):
    q = attribution(nlp, text).get(quote)
    assert q is None or q.method != "after-quote"


# The quote as the subject of a copula whose complement is someone's answer, reply, message.
@pytest.mark.parametrize("text, quote, name", [
    ('"No," was Andrew Scheer\'s one-word answer when asked if he would resign.', "No,", "Andrew Scheer"),
    ('"Never again" was the message from Mayor Ann Lee on Monday.', "Never again", "Ann Lee"),
    ('"We will rebuild" was the union\'s response.', "We will rebuild", "union"),
])
def test_quote_is_someones_answer(nlp, text, quote, name):
    q = attribution(nlp, text)[quote]
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, quote", [
    ('"Not yet" is the answer, for now.', "Not yet"),
    ('"Shame" was the reaction of many in the room.', "Shame"),
])
def test_quote_is_an_answer_of_nobody_named(nlp, text, quote):
    q = attribution(nlp, text)[quote]
    assert q.speaker is None


@pytest.mark.parametrize("text, quote, name", [
    # "remember" reports the speaker's own words after a quote, like "recall": a feature writer's
    # cue for a witness ("…," he remembered), with a quote inside the quote.
    ("It was his neighbour on the phone. \"She said, 'Gord, it's all gone,'\" Gord Nakashima remembered.",
     "She said, 'Gord, it's all gone,'", "Gord Nakashima"),
    ('"We slept in the car for a week," Amira Haddad remembers.', "We slept in the car for a week,",
     "Amira Haddad"),
    ('"The water came up to the second step," remembered Ted Bolduc, 80.', "The water came up to the second step,",
     "Ted Bolduc"),
])
def test_remember_is_a_cue(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_remember_in_narration_is_no_cue(nlp):
    # a sentence about memory next to a quote says nothing about who spoke it
    text = 'Few residents remember the 1950 flood. "It was a disaster," the mayor said.'
    assert speaker_name(nlp, text, "It was a disaster,") == "mayor"
