"""Stage 1 choices (quote -> mention) that used to pick the wrong mention or none (session 12, h17s).

Each table is sentences written for the test: positive and negative rows, both genders,
organisations and plural speakers. The whole pipeline runs (``extracted_speaker_name``).
"""
import pytest

from attribution_helpers import extracted_speaker_name


# -- an opening curly mark glued after the cue's comma or colon: 'said,“We …' -----------------
@pytest.mark.parametrize("text, quote, name", [
    ("Mayor Ann Lee said,“We will not cut the schools this year.”",
     "We will not cut the schools this year.", "Ann Lee"),
    ("Tom Hale told reporters:“The plant stays open for now.”", "The plant stays open for now.", "Tom Hale"),
    ("Acme Corp said,“Our prices will not rise before June.”", "Our prices will not rise before June.", "Acme Corp"),
    ("The nurses said,“We have worked without a contract for a year.”",
     "We have worked without a contract for a year.", "nurses"),
    # a closing mark glued to the next word still splits as before
    ("“We will win this race,”Clinton said.", "We will win this race,", "Clinton"),
])
def test_glued_opening_mark(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "in X's view" / "in the words of X" credit the sentence's quote to X ----------------------
@pytest.mark.parametrize("text, quote, name", [
    ("The plan is “a mistake that will cost jobs,” in Ann Lee's view.", "a mistake that will cost jobs,", "Ann Lee"),
    ("The town is, in Mayor Tom Hale's words, “a place that works.”", "a place that works.", "Tom Hale"),
    ("The deal was, in the words of Maria Gomez, “a betrayal of the workers.”",
     "a betrayal of the workers.", "Maria Gomez"),
    ("In Acme Corp's estimation, the market is “ready for a change.”", "ready for a change.", "Acme Corp"),
    ("The town is, in the words of a senior aide, “a place that works.”", "a place that works.", "senior aide"),
    # a view named inside another speaker's sentence is still the view's owner's
    ("Kim said the plan, in Lee's view, was “a mess from the start.”", "a mess from the start.", "Lee"),
    # the owner of the view comes from the article when it is a pronoun
    ("Ann Lee spoke on Monday. In her view, the deal was “a betrayal of the workers.”",
     "a betrayal of the workers.", "Ann Lee"),
])
def test_view_phrase_credits_its_owner(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # "in other words", "in a word": no owner, nobody credited
    ("In other words, the deal was “a betrayal of the workers.”", "a betrayal of the workers.", None),
    # a speech verb naming someone beats a pronoun's "in her words"
    ("“It was a good day,” said Ann Lee, in her first words to reporters.", "It was a good day,", "Ann Lee"),
    # a plural speaker named by the cue stays, not the possessive "their"
    ("The nurses argued the deal was, in their words, “a total loss.”", "a total loss.", "nurses"),
])
def test_view_phrase_negative(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- a quote signed on its last line, before the closing mark ---------------------------------
@pytest.mark.parametrize("text, quote, name", [
    ("“We are going to enter the next recession without a plan.\nMaria Lopez, Budget Institute.”",
     "We are going to enter the next recession without a plan.", "Maria Lopez"),
    ('"We will win this fight and we will win it soon.\nDean Baker, Center for Economic Research."',
     "We will win this fight and we will win it soon.", "Dean Baker"),
    ("The budget drew fire.\n\n“Nobody asked the towns what they need.\nTom Hale, Rural Council.”",
     "Nobody asked the towns what they need.", "Tom Hale"),
])
def test_signed_last_line(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote", [
    # a sentence on the last line is more of the quote, not a signature
    ("“We will win this fight and we will win it soon.\nMaria Lopez said that on Monday.”",
     "We will win this fight and we will win it soon."),
    # a Title Case line or places are no person
    ("“The first point is simple.\nThe Second Point Is Harder.”", "The first point is simple."),
    ("“We will win this fight and we will win it soon.\nNew York, Boston.”",
     "We will win this fight and we will win it soon."),
])
def test_signed_last_line_negative(nlp, text, quote):
    assert extracted_speaker_name(nlp, text, quote) is None


# -- a title cut off its name: "Acme Radio Vice President for news and talk Dave Gorab said" ----
@pytest.mark.parametrize("text, quote, name", [
    ("Acme Radio Vice President for news and talk Dave Gorab called the show “the best show on air.”",
     "the best show on air.", "Dave Gorab"),
    ("Acme Radio Vice President for news Maria Lopez said the show is “the best show on air.”",
     "the best show on air.", "Maria Lopez"),
    ("Acme Corp Vice President Sara Kim called the deal “the best in years.”", "the best in years.", "Sara Kim"),
    # the name in the title's own phrase is whose spokesman: not the speaker
    ("A spokesman for Democratic presidential candidate Ann Lee called the report “outrageous.”",
     "outrageous.", "spokesman for Democratic presidential candidate Ann Lee"),
    # two speakers joined by "and" stay the first conjunct, as before
    ("The president and Ann Lee said the show is “the best show on air.”", "the best show on air.", "president"),
])
def test_name_after_title_phrase(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- an opening "Of X," is no speaker: "Of Carson, Levine, who …, said" -----------------------
@pytest.mark.parametrize("text, quote, name", [
    ("Of Carson, Levine, who has given money to Rubio, said, “He is flat-out scary.”", "He is flat-out scary.",
     "Levine"),
    ("Of the plan, Maria Lopez, who chairs the board, said, “It will never pass.”", "It will never pass.",
     "Maria Lopez"),
    ("Of Kim, Lee, who worked with her for years, said, “She is the best we have.”", "She is the best we have.",
     "Lee"),
    # adjectives set off by a comma stay in the description
    ('"From Day One, I made climate the top priority," the bespectacled, 71-year-old diplomat said.',
     "From Day One, I made climate the top priority,", "bespectacled, 71-year-old diplomat"),
])
def test_opening_of_phrase(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- the owner of a verb's object is not the fragment's speaker; the verb's subject is --------
@pytest.mark.parametrize("text, quote, name", [
    ('Maria Lopez credited Tom Hale\'s victory to "a closed primary that shut out independents."',
     "a closed primary that shut out independents.", "Maria Lopez"),
    ('Tom Hale blamed Ann Lee\'s budget for "a decade of neglect."', "a decade of neglect.", "Tom Hale"),
    ('The union blamed the mayor\'s budget for "a decade of neglect."', "a decade of neglect.", "union"),
    ('Ann Lee and Tom Hale credited the minister\'s plan with "saving the ward."', "saving the ward.", "Ann Lee"),
    # a claim noun's owner still says the words
    ('Tom Hale praised Ann Lee\'s claim that the plan is "a winner."', "a winner.", "Ann Lee"),
])
def test_possessive_object_is_not_the_speaker(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- a quote after a sentence that ends with an attributed quote goes on with its speaker ------
@pytest.mark.parametrize("text, quote, name", [
    ("If the plan fails, as Democrats allege — “why wait?” asked Tom Hale, a former aide. "
     "“It is only prudent to act now.”", "It is only prudent to act now.", "Tom Hale"),
    ("Though the critics object, and the council is split, “why not try it?” asked Maria Lopez. "
     "“We have nothing to lose.”", "We have nothing to lose.", "Maria Lopez"),
    ("As the unions warn, and the banks agree — “who pays for this?” asked Acme Corp in a statement. "
     "“Not our customers.”", "Not our customers.", "Acme Corp"),
    # two speakers: the first conjunct names them, as for any cue
    ("If the plan fails, as critics allege — “why wait?” asked Ann Lee and Tom Hale. “We can act now.”",
     "We can act now.", "Ann Lee"),
])
def test_quote_goes_on_from_previous_quote(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- a participle after "before"/"after" on a reported clause is the reporter's ---------------
@pytest.mark.parametrize("text, quote, name", [
    ("Tom Hale said the deadlock has “kept us safe” on Twitter before claiming that open borders are "
     "“tearing families apart.”", "tearing families apart.", "Tom Hale"),
    ("Maria Lopez said the vote was “a farce” after arguing that the count was “rigged from the start.”",
     "rigged from the start.", "Maria Lopez"),
    ("Acme Corp said prices had “held steady” before warning that costs were “rising fast.”",
     "rising fast.", "Acme Corp"),
    ("The nurses said the ward was “full” before adding that the staff were “at breaking point.”",
     "at breaking point.", "nurses"),
])
def test_participle_after_report(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- a denied speech act ("cannot say that “…,” X added") reports nothing ------------------
@pytest.mark.parametrize("text, quote, name", [
    ("Kim cannot say that “from his perspective,” Tom Hale added, saying it should be “up to the court.”",
     "from his perspective,", "Tom Hale"),
    ("Kim cannot say that “from his perspective,” Tom Hale added, saying it should be “up to the court.”",
     "up to the court.", "Tom Hale"),
    # a speech act not denied keeps the quote it holds (tests/test_rules_cue.py has the same)
    ("Lee said the mayor “would never win,” Maria Lopez recalled, adding that Lee laughed.",
     "would never win,", "Lee"),
    ("The board can't claim that “we were not told,” Acme Corp said in a statement.", "we were not told,",
     "Acme Corp"),
    # a nested report without such a cue stays the outer speaker's
    ("Tom Hale said Kim called the plan “a disaster for the town.”", "a disaster for the town.", "Tom Hale"),
])
def test_denied_speech_act_reports_nothing(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- the verb a colon joins to the quote introduces it ---------------------------------------
@pytest.mark.parametrize("text, quote, name", [
    ('"There is a young man with problems," Tom Hale said as the heckler yelled: "You suck!"', "You suck!",
     "heckler"),
    ('"We are almost done," Ann Lee said as Maria Lopez shouted: "Not yet!"', "Not yet!", "Maria Lopez"),
    ('"Sit down," the chair said as the protesters chanted: "No cuts, no way!"', "No cuts, no way!", "protesters"),
    # the first quote keeps its own cue
    ('"There is a young man with problems," Tom Hale said as the heckler yelled: "You suck!"',
     "There is a young man with problems,", "Tom Hale"),
    ("When the mayor spoke, Ann Lee shouted: “Resign now!”", "Resign now!", "Ann Lee"),
])
def test_colon_cue_introduces_the_quote(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "pointed to a case to say": an infinitive after a thing is the subject's act -------------
@pytest.mark.parametrize("text, quote, name", [
    ('Judge Ann Lee pointed to a previous case to say that courts must weigh "whether the public has a stake."',
     "whether the public has a stake.", "Ann Lee"),
    ('Tom Hale used the occasion to warn that the plan is "a disaster for the town."', "a disaster for the town.",
     "Tom Hale"),
    ('Acme Corp took the opportunity to say its prices are "the lowest in years."', "the lowest in years.",
     "Acme Corp"),
    ('The nurses used the rally to say the ward is "at breaking point."', "at breaking point.", "nurses"),
    # a person noun before the infinitive is the one who speaks
    ('Maria Lopez was the first member to say the plan is "a disaster for the town."', "a disaster for the town.",
     "first member"),
])
def test_infinitive_after_a_thing(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "without saying": a speech act that did not happen is no cue ----------------------------
@pytest.mark.parametrize("text, quote, name", [
    ('Maria Lopez attacked Tom Hale on Monday, saying he would abandon the city and he is a "bully" -- '
     'all without speaking his name.', "bully", "Maria Lopez"),
    ('Tom Hale went after Ann Lee, saying her plan is "dangerously wrong" and she is "unfit" -- all without '
     'saying her name.', "unfit", "Tom Hale"),
    ('Acme Corp hit back at its rival, saying its prices are "a scam" -- without naming it.', "a scam",
     "Acme Corp"),
])
def test_negated_speech_act_is_no_cue(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "Lee, meanwhile, who …, said": the name the parser hung on the relative clause ----------
@pytest.mark.parametrize("text, quote, name", [
    ('Ann Lee, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about who is '
     '"ready to take on the establishment."', "ready to take on the establishment.", "Ann Lee"),
    ('Maria Lopez, meanwhile, who sits on no committee, said that fact speaks volumes about who is '
     '"ready to lead."', "ready to lead.", "Maria Lopez"),
    ('Acme Corp, meanwhile, which has no such deals, said that fact speaks volumes about who is '
     '"ready to lead."', "ready to lead.", "Acme Corp"),
])
def test_name_hung_on_relative_clause(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "The editor I spoke to, Tim Grieve, said": the name set off at the end of the subject ----
@pytest.mark.parametrize("text, quote, name", [
    ("The editor I was talking to, Tim Grieve, interrupted me to announce, “And there goes the franchise.”",
     "And there goes the franchise.", "Tim Grieve"),
    ("The nurse I spoke with, Ann Lee, told me, “We are exhausted.”", "We are exhausted.", "Ann Lee"),
    # without a name the description stays
    ("The nurse I spoke with told me, “We are exhausted.”", "We are exhausted.", "nurse"),
])
def test_name_set_off_at_end_of_subject(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "a lawyer named X, who …": the relative pronoun is the named person ---------------------
@pytest.mark.parametrize("text, quote, name", [
    ('The senator was rallying for an academic named Eric Kingson, who is running for Congress and who worked '
     'the crowd, praising "the senator\'s integrity" as he spoke.', "the senator's integrity", "Eric Kingson"),
    ('The mayor endorsed a young lawyer named Maria Lopez, who is running for council and who praised '
     '"the city\'s spirit" in her speech.', "the city's spirit", "Maria Lopez"),
])
def test_who_after_a_named_noun(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "according to its analysis" inside someone's report: the reporter's cue names whose -----
@pytest.mark.parametrize("text, quote, name", [
    ('Win Htein, a member of the committee, said Tuesday that according to its analysis, the party has won most '
     'of the vote, but "we are still counting the seats."', "we are still counting the seats.", "Win Htein"),
    ('Maria Lopez said that according to her notes, the board met twice, but "nobody kept minutes."',
     "nobody kept minutes.", "Maria Lopez"),
    # a named source after "according to" still comes first
    ('The plan failed, according to Acme Corp, and "nobody kept minutes."', "nobody kept minutes.", "Acme Corp"),
])
def test_according_to_a_possessed_thing(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- a conclusion or finding is its owner's words -------------------------------------------
@pytest.mark.parametrize("text, quote, name", [
    ('Lee has been battered by the fallout and by Director Tom Kim\'s conclusion that her actions were '
     '"extremely careless."', "extremely careless.", "Tom Kim"),
    ('The board was stung by Maria Lopez\'s finding that the books were "a total mess."', "a total mess.",
     "Maria Lopez"),
    ('The union\'s finding that wages "have not kept pace" angered the board.', "have not kept pace", "union"),
])
def test_conclusion_is_its_owners_words(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- possessive sources: "his comment that", "her remark that", "its pledge to" --------------
@pytest.mark.parametrize("text, quote, name", [
    # the "his" of a verb's object is the verb's subject
    ('As the debate went on and Tom Hale stood by his comment Monday that "Islam hates us," Kim again tried to '
     'rebuke him.', "Islam hates us,", "Tom Hale"),
    ('Mayor Ann Lee also repeated her claim that "profit-making" drives the companies.', "profit-making",
     "Ann Lee"),
    # a possessor found as the speaker stands for whom the pronoun does
    ('Ann Lee spoke at noon. The union is unlikely to back her after her March comment that "we will close '
     'the mines."', "we will close the mines.", "Ann Lee"),
    ('Tom Hale asked the senator during a chat if she would commit to his "#wordsmatter" pledge.',
     "#wordsmatter", "Tom Hale"),
    # an organisation's "its" and a group's "their"
    ('Acme Corp opened a plant in May. Critics mocked its pledge to stay "carbon neutral" by June.',
     "carbon neutral", "Acme Corp"),
])
def test_possessive_sources(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- junk heads: a verb or preposition is nobody ---------------------------------------------
@pytest.mark.parametrize("text, quote", [
    ('The rationale these writers use to smear him is a blind faith in his word:\n\n'
     '"As we have explained before, the figure is simply wrong and always was."',
     "As we have explained before, the figure is simply wrong and always was."),
])
def test_junk_head_is_no_speaker(nlp, text, quote):
    name = extracted_speaker_name(nlp, text, quote)
    assert name is None or name.lower() not in ("use", "boasting", "of", "saying")


@pytest.mark.parametrize("text, quote, name", [
    # a surname the tagger may take for a verb or preposition stays a speaker
    ('Al From, a party strategist, spoke in May. "The party had lost its way," From said.',
     "The party had lost its way,", "Al From"),
    ('Curt Schilling pitched for years. Schilling describes himself as a "pro-life conservative."',
     "pro-life conservative.", "Curt Schilling"),
])
def test_surname_tagged_as_function_word_stays(nlp, text, quote, name):
    # (the surname itself is enough here: joining "From" to "Al From" is stage 2's)
    assert name.split()[-1] in (extracted_speaker_name(nlp, text, quote) or "").split()


# -- a past participle of naming with its own "by" -----------------------------------------
@pytest.mark.parametrize("text, quote, name", [
    ("Lee has faced criticism for the long inquiry — often labeled as a “witch hunt” by Democrats — but it "
     "seems likely Lee is right.", "witch hunt", "Democrats"),
    ("Kim has faced criticism for the new budget — often described as a “giveaway” by the unions — but it "
     "seems likely Kim is right.", "giveaway", "unions"),
    ("The firm faced criticism for the deal — often called a “sellout” by Maria Lopez — but it seems the firm "
     "is right.", "sellout", "Maria Lopez"),
    ("The plan was called “a disgrace” by Tom Hale.", "a disgrace", "Tom Hale"),
])
def test_naming_participle_by_agent(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- a participle right after a "where"/"when" clause goes on from that clause's subject -------
@pytest.mark.parametrize("text, quote, name", [
    ("The first incident came during a speech at the college, when protesters interrupted her speech, "
     "shouting “she wins, we lose!”", "she wins, we lose!", "protesters"),
    # an adverbial clause of time is the scene: the participle is the main speaker's
    ("“It is over,” Ann Brown said after the new mayor won her race, adding that she “ran a clean campaign.”",
     "ran a clean campaign.", "Ann Brown"),
    # a relative clause about a thing is no speaker
    ("She brandished a few touches that Mr. Hale might enjoy, describing her christening "
     "“at the church on Court Street.”", "at the church on Court Street.", None),
])
def test_participle_after_where_when_clause(nlp, text, quote, name):
    got = extracted_speaker_name(nlp, text, quote)
    assert got == name if name is not None else got != "Hale"


# -- a quote inside a transcript line labelled with a person --------------------------------
_PANEL = ("Ann Lee and Tom Hale argued about the plan on the show.\n\n"
          "Ann Lee: Saying to people ‘Wall Street speculation’ means nothing to them.\n\n"
          "Tom Hale: Well, speculation is bad.\n\n"
          "Lee: Well, no one is like, ‘My savings are speculation.’ It gets to be all things.\n\n"
          "Acme Corp: Our view is ‘wait and see’ for now.")


@pytest.mark.parametrize("text, quote, name", [
    (_PANEL, "Wall Street speculation", "Ann Lee"),
    (_PANEL, "My savings are speculation.", "Ann Lee"),
    # a headline's "X: …" and a note are no speaker labels
    ("The Latest: Lee declares ‘revolution,’ ignores losses.\n\nLee spoke on Tuesday.", "revolution,", None),
    ("Ann Lee spoke on Monday.\n\nEditor's Note: An article on Monday said she had ‘talked openly’ about it.",
     "talked openly", None),
])
def test_labelled_transcript_line(nlp, text, quote, name):
    got = extracted_speaker_name(nlp, text, quote) if name is not None else None
    if name is not None:
        assert got == name
    else:
        import quotex
        qs = {q.text: q for q in quotex.extract(text, nlp=nlp)}
        assert quote not in qs or qs[quote].method != "transcript"


@pytest.mark.parametrize("text, quote, name", [
    # a lowercase particle inside an organisation's name is no junk head
    ('Under the new deal, producers get access to the market. The Union des producteurs agricoles, the '
     'province\'s farm lobby, has called the deal "another blow" to family farms.', "another blow",
     "Union des producteurs"),
])
def test_label_and_junk_negatives(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


def test_label_gives_way_to_the_lines_own_cue(nlp):
    # a labelled reporter quoting someone with a cue of the line's own: the cue's mention
    from attribution_helpers import extracted_speaker

    text = ("Ann Lee and Tom Hale spoke on the show.\n\nANN LEE: The board's chair, Maria Lopez, spoke in May. "
            "She told the crowd, “We cannot do both.”")
    assert extracted_speaker(nlp, text, "We cannot do both.").text == "She"
