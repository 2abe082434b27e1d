"""Who a mention names, read off the structure of the words around the name, through the real model:
each row a short passage we wrote (US, Canadian and British habits), the quote and the speaker's
name (and title) quotex must give.

* typographic apostrophes inside names ("Dana O’Neal", "Brett O’Donnell", "Rémi D’Amour") are read
  by the recogniser as the plain apostrophe it learnt names from (quotex.nlp.ner._plain_marks):
  otherwise it tags only "Dana", or calls "Brett O’Donnell" an organisation;
* a name that only says whose the head noun is ("a Clinton spokesman", "a Cruz campaign aide",
  "Anna's father", "the Obama administration") is not the speaker
  (quotex.attribution.mentions._qualifies_head), nor, for a subject-less cue, the nearest person
  before it ("Gene Sperling, a top outside Clinton adviser, said": quotex.attribution.syntax.person_before);
* a title is the whole hyphenated word ("front-runner", "Hewlett-Packard CEO", "Co-founder"), and a
  name that qualifies a noun takes no title from the words before it ("Former Carson advisers":
  quotex.resolution.entities.title_before, _qualifies_noun).
"""
import pytest
from attribution_helpers import extracted_speaker

APOSTROPHE_NAMES = [
    # US wire: an Irish surname with the typographic apostrophe, inverted cue.
    ("“It may not be the best use of our time,” said Brett O’Donnell, a strategist for the campaign.",
     "It may not be the best use of our time,", "Brett O’Donnell"),
    # the same name as the subject before the verb, then by surname.
    ("Dana O’Neal runs the shelter. “We are full every night,” O’Neal said.",
     "We are full every night,", "Dana O’Neal"),
    ("“We are full every night,” Dana O’Neal, who runs the shelter, said.",
     "We are full every night,", "Dana O’Neal"),
    # Canadian: a French surname with an elided article.
    ("Rémi D’Amour, the mayor of the town, spoke to reporters. “The bridge will reopen in May,” D’Amour said.",
     "The bridge will reopen in May,", "Rémi D’Amour"),
    # control: the plain apostrophe was always read.
    ("“We are full every night,” said Dana O'Neal, who runs the shelter.",
     "We are full every night,", "Dana O'Neal"),
]


@pytest.mark.parametrize("text,quote,name", APOSTROPHE_NAMES)
def test_typographic_apostrophe_in_a_name(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


QUALIFIED_HEADS = [
    # the spokesman, the aide, the father speak -- not the person whose they are.
    ("Hillary Clinton spoke on Monday. “It is overblown,” a Clinton spokesman said.",
     "It is overblown,", "Clinton spokesman"),
    ("Ted Cruz spoke in Iowa. “We will win the state,” a Cruz campaign aide told reporters.",
     "We will win the state,", "Cruz campaign aide"),
    ("Anna Berg won the race. “She was always brave,” Anna's father said.",
     "She was always brave,", "Anna's father"),
    ("Barack Obama spoke on Monday. “We will veto the bill,” the Obama administration said.",
     "We will veto the bill,", "Obama administration"),
    ("Hillary Clinton spoke in Iowa. “She has always been tough,” a 2008 Clinton veteran said.",
     "She has always been tough,", "2008 Clinton veteran"),
    # a misparsed headline verb is no noun for a person: Obama speaks
    ("Obama rips rhetoric over ‘radical Islam’\n\nPresident Barack Obama spoke on Tuesday. “We will win,” "
     "Obama said.", "radical Islam", "Barack Obama"),
    # a person's own voice is the person: her office, his tweet.
    ("“The complaint is baseless,” Senator Ann Lee's office said on Friday.", "The complaint is baseless,", "Ann Lee"),
    ("Mayor Tom Brady posted on Monday. “We will rebuild,” Brady’s tweet said.", "We will rebuild,", "Tom Brady"),
    # the father named in apposition is the speaker.
    ("Anna Berg won the race. “She was always brave,” Berg's father, Lars Berg, said.",
     "She was always brave,", "Lars Berg"),
    # controls: the name is the head, with or without a title before it.
    ("“We accept the invitation,” Kremlin spokesman Dmitry Peskov told reporters.",
     "We accept the invitation,", "Dmitry Peskov"),
    ("Hillary Clinton spoke on Monday. “It is overblown,” Clinton said.", "It is overblown,", "Hillary Clinton"),
    # a subject-less cue (the parser hangs the name off the quote): the name before the apposition
    # speaks, not the one inside it.
    ("Clinton unveiled a plan on Monday.\n\n“It is not the position that everything is hunky-dory,” Gene "
     "Sperling, a top outside Clinton adviser, said at a recent event in Iowa.",
     "It is not the position that everything is hunky-dory,", "Gene Sperling"),
]


@pytest.mark.parametrize("text,quote,name", QUALIFIED_HEADS)
def test_a_name_that_qualifies_the_head_is_not_the_speaker(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


TITLES = [
    ("Democratic front-runner Hillary Clinton named a show. “It is my favourite,” Clinton said.",
     "It is my favourite,", "Hillary Clinton", "Democratic front-runner"),
    ("Former Hewlett-Packard CEO Carly Fiorina named a show. “It is my favourite,” Fiorina said.",
     "It is my favourite,", "Carly Fiorina", "Former Hewlett-Packard CEO"),
    ("Co-founder Lisa Tran opened the shop in 2019. “We are ready for the holidays,” Tran said.",
     "We are ready for the holidays,", "Lisa Tran", "Co-founder"),
    # the words before "Carson advisers" describe the advisers: Carson gets no "Former".
    ("Ben Carson spoke on Monday. Former Carson advisers told reporters that a shakeup is coming. "
     "“I like my team,” Carson said.", "I like my team,", "Ben Carson", None),
    # control: a possessive inside a court's name stays in the title.
    ("Court of Queen's Bench Justice Ann Roe ruled on Friday. “The law is clear,” Roe said.",
     "The law is clear,", "Ann Roe", "Court of Queen's Bench Justice"),
]


@pytest.mark.parametrize("text,quote,name,title", TITLES)
def test_titles_keep_whole_words(nlp, text, quote, name, title):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.title) == (name, title)


# The same sentence typed with plain and with typographic apostrophes must give the same speaker
# (quotex.nlp.typography: the pipeline reads a plain copy; what quotex prints is the input's own text).
TYPESET = [
    ("“It’s a start,” said Elementary Teachers’ Federation president Karen O’Driscoll.",
     "It’s a start,", "Karen O’Driscoll"),
    ("“We’ll be watching,” said Dana O’Neal, the union’s president.", "We’ll be watching,", "Dana O’Neal"),
    ("Marc-André D’Amours spoke first. “I didn’t see it coming,” D’Amours said.",
     "I didn’t see it coming,", "Marc-André D’Amours"),
    # a clausal subject the parser made of "Asked …" is nobody; the name before the verb speaks.
    ("Asked about Prescott’s comments, a spokeswoman for the governor, Gina Morrow, said in a text "
     "message: “The governor welcomes everyone’s ideas.”", "The governor welcomes everyone’s ideas.", "Gina Morrow"),
]


@pytest.mark.parametrize("text,quote,name", TYPESET)
@pytest.mark.parametrize("plain", [False, True])
def test_typographic_and_plain_apostrophes_read_alike(nlp, text, quote, name, plain):
    if plain:
        text, quote, name = (s.replace("’", "'") for s in (text, quote, name))
    sp = extracted_speaker(nlp, text, quote)  # (offsets checked against the text as given)
    assert sp.name == name


def test_typeset_words_are_read_as_typed_plain(nlp):
    from quotex.nlp.typography import NAME, has_marks

    assert nlp.pipe_names[0] == NAME  # before the embedding layers read the words
    text = "“It’s a start,” said Elementary Teachers’ Federation president Karen O’Driscoll, Ann O’Neal’s ‘big’ ally."
    plain = text.replace("’", "'").replace("‘", "'")
    assert has_marks(text) and not has_marks(plain) and not has_marks("“Yes,” she said.")
    typed, typed_plain = nlp(text), nlp(plain)
    assert typed.text == text  # the input's own characters
    assert [t.tag_ for t in typed] == [t.tag_ for t in typed_plain]
    # the attribute ruler and lemmatizer too: "’s" tagged VBZ is the auxiliary "be", as "'s" is
    assert [(t.pos_, t.lemma_.replace("’", "'")) for t in typed] == [(t.pos_, t.lemma_) for t in typed_plain]
    here, here_plain = nlp("Here’s Ann Lee. They’re late, I’m sure."), nlp("Here's Ann Lee. They're late, I'm sure.")
    assert [(t.pos_, t.lemma_) for t in here] == [(t.pos_, t.lemma_) for t in here_plain]
    assert (here[1].pos_, here[1].lemma_) == ("AUX", "be")
    assert [(t.dep_, t.head.i) for t in typed] == [(t.dep_, t.head.i) for t in typed_plain]
    assert [(e.start_char, e.end_char, e.label_) for e in typed.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in typed_plain.ents]
    assert typed[10].text == "’" and typed[10].tag_ == "POS"  # "Teachers’": the possessive, not a closing quote


NICKNAMES = [
    # (text, the quoted nickname, a real quote in the text, its speaker's name)
    ('Lonnie “Bo” Tillman, 71, has lived in Greenwood all his life. “The water is brown,” Tillman said.',
     "Bo", "The water is brown,", "Lonnie Tillman"),
    ('"We have to act," said Sen. Charles "Chuck" Brennan of Ohio.', "Chuck", "We have to act,", "Charles Brennan"),
    ('“We have to act,” said Sen. Charles “Chuck” Brennan of Ohio.', "Chuck", "We have to act,", "Charles Brennan"),
    ("The city's public works director, Lonnie \"Bo\" Tillman, said crews had found a second leak. "
     "\"We'll have it fixed by Friday,\" he said.", "Bo", "We'll have it fixed by Friday,", "Lonnie Tillman"),
]


@pytest.mark.parametrize("text,nick,quote,name", NICKNAMES)
def test_a_nickname_in_a_name_is_nobody_s_quote(nlp, text, nick, quote, name):
    import quotex

    every = {q.text: q for q in quotex.extract(text, nlp=nlp, all_quotes=True)}
    assert every[nick].speaker is None and every[nick].method == "nickname"
    assert nick not in {q.text for q in quotex.extract(text, nlp=nlp)}  # left out by default
    assert extracted_speaker(nlp, text, quote).name == name


@pytest.mark.parametrize("text,quote", [
    # not after a first name: a headline's scare quote, a word called something
    ("Trump Slams “Crooked” Hillary in Speech", "Crooked"),
    ("Ann Lee called the plan “Terrible” on Monday.", "Terrible"),
    # not before a surname
    ("His friend Tom, “Bo” to everyone, said nothing.", "Bo"),
])
def test_not_a_nickname(nlp, text, quote):
    import quotex

    every = {q.text: q for q in quotex.extract(text, nlp=nlp, all_quotes=True)}
    assert every[quote].method != "nickname"


def test_a_headline_s_capitals_are_no_nickname(nlp):
    import quotex

    text = "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump\n\nFiorina spoke on Tuesday."
    every = {q.text: q for q in quotex.extract(text, nlp=nlp, all_quotes=True)}
    assert every["Horrified"].method != "nickname"


# Characters a web page hides inside words: the name is the name without them, the mention the text as given.
INVISIBLE = [
    ("“We will vote,” said Mar\u00adia Oka\u00adfor, the MP for the riding.", "We will vote,", "Maria Okafor",
     "Mar\u00adia Oka\u00adfor"),
    ("“We will vote,” said Maria\u200b Okafor, the MP.", "We will vote,", "Maria Okafor", None),
    ("House Speaker Paul Ryan spoke. Spokesman Doug \u00adAndres said it was late. “We will vote,” Andres said.",
     "We will vote,", "Doug Andres", "Andres"),
]


@pytest.mark.parametrize("text,quote,name,mention", INVISIBLE)
def test_invisible_characters_are_no_part_of_a_name(nlp, text, quote, name, mention):
    sp = extracted_speaker(nlp, text, quote)  # (offsets checked against the text as given)
    assert sp.name == name
    if mention is not None:
        assert sp.text == mention


def test_speaker_filter_matches_through_invisible_characters():
    from quotex.resolution.corpus_names import name_matches

    assert name_matches("Maria Okafor", "Mar\u00adia Oka\u00adfor")
    assert name_matches("maria okafor", "Maria\u200b Okafor")
    assert not name_matches("Maria Okafor", "Marina Oka\u00adfor")
    assert name_matches("O'Neal", "Dana O’Neal")


@pytest.mark.parametrize("raw,name", [
    ("Stated Stone", "Stone"),  # a transcript's label: 'Stated Stone: “…”'
    ("Continued Stone", "Stone"),
    ("Asserting Clinton", "Clinton"),  # a headline's words before the name
    ("Maria Hinojosa Explained", "Maria Hinojosa"),
    ("Says Lee", "Lee"),
    # names and places that only look like it
    ("Ted Cruz", "Ted Cruz"), ("Ned Stark", "Ned Stark"), ("United States", "United States"),
    ("Small Claims", "Small Claims"), ("Tessa Reading", "Tessa Reading"), ("Ann States", "Ann States"),
])
def test_speech_verbs_at_a_name_s_edge_are_dropped(raw, name):
    from quotex.resolution.names import clean_name

    assert clean_name(raw) == name


def test_a_label_with_a_speech_verb_names_the_person(nlp):
    text = ("Roger Stone spoke to the radio show on Monday.\n\nStated Stone:\n\n“I think the stakes are high.”\n\n"
            "Continued Stone: “So I think it’s a very real problem.”")
    assert extracted_speaker(nlp, text, "I think the stakes are high.").name == "Roger Stone"
    assert extracted_speaker(nlp, text, "So I think it’s a very real problem.").name == "Roger Stone"


@pytest.mark.parametrize("text,quote,name", [
    # the parser hangs the cue off the noun, with the name in apposition between: that person speaks
    ('State had lost at home to Southern Miss a week ago in a game coach Chris Yoder called "embarrassing."',
     "embarrassing.", "Chris Yoder"),
    ("It was a loss head coach Ann Lee described as “a nightmare.”", "a nightmare.", "Ann Lee"),
    # control: the subject of the cue speaks
    ("The Bulldogs lost again, and coach Chris Yoder called it “embarrassing.”", "embarrassing.", "Chris Yoder"),
])
def test_a_cue_hung_on_a_named_noun(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


@pytest.mark.parametrize("text,quote,name", [
    # a first name and a noun for a person in apposition: a person, whatever the recogniser's tag
    # ("Kendal Unger" and "Unger" come out organisations)
    ("The drive is run by Utah’s Kendal Unger, a delegate serving on the party’s rules committee, a body of "
     "112.\n\n“We have the numbers,” said Unger.", "We have the numbers,", "Kendal Unger"),
    # control: a company with an apposition that is no person stays the company
    ("Harbourview Fresh Markets, a grocery chain, runs the stores.\n\n“We are disappointed,” Harbourview Fresh "
     "Markets said.", "We are disappointed,", "Harbourview Fresh Markets"),
])
def test_a_person_apposition_makes_a_person(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


# A Title Case headline writes a verb between two names, and the recogniser reads the run as one
# name ("Trump Warns Clinton"); a dash with blanks on both sides ends a name ("Deborah Reynolds -
# Santilli's co-host"). Neither run may become anyone's name (quotex.resolution.names.name_runs,
# quotex.resolution.entities.name_parts).
HEADLINE_RUNS = [
    # US: the headline names both; the article's full names are the speakers.
    ("Trump Warns Clinton Over Emails\n\nDonald Trump spoke in Ohio. Hillary Clinton answered in Iowa. "
     "“We will not let him,” Clinton said.", "We will not let him,", "Hillary Clinton"),
    ("Trump Warns Clinton Over Emails\n\nDonald Trump spoke in Ohio. Hillary Clinton answered in Iowa. "
     "“She will lose,” Trump said.", "She will lose,", "Donald Trump"),
    # the verb is one the headline's subject speaks with.
    ("Obama Tells Putin To Back Off\n\nBarack Obama met Vladimir Putin on Monday. “Back off,” Obama said.",
     "Back off,", "Barack Obama"),
    # Canadian: a premier and a mayor, the verb in the middle of the run.
    ("Ford Slams Tory Over Transit Plan\n\nPremier Doug Ford spoke at Queen's Park. Mayor John Tory "
     "answered at city hall. “The plan is sound,” Tory said.", "The plan is sound,", "John Tory"),
    # the headline's subject is a title, not the named person's.
    ("Senator Warns Clinton Over Emails\n\n“She should come clean,” the senator said. Clinton did not answer.",
     "She should come clean,", "senator"),
    # the speaker known only by surname gets the full name the headline gave.
    ("Glenn Beck Blasts Drudge for Mocking His Fast\n\nThe radio host went after the website on Tuesday. "
     "“It is a cheap shot,” Beck said.", "It is a cheap shot,", "Glenn Beck"),
    # a spaced dash: the name before it is the speaker, the possessive after it is whose she is.
    ("Deborah Jordan Reynolds - Santilli's co-host - met us in Portland. “We bust chops,” Reynolds said.",
     "We bust chops,", "Deborah Jordan Reynolds"),
    # negatives: surnames ending in s stay whole.
    ("“We are ready,” said Russell Means Jones, a tribal leader.", "We are ready,", "Russell Means Jones"),
    ("“The vote is close,” said Mary Hastings Bradley, the clerk.", "The vote is close,", "Mary Hastings Bradley"),
]


@pytest.mark.parametrize("text,quote,name", HEADLINE_RUNS)
def test_headline_verb_between_names(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


# A couple named with one surname ("Linda and Mark Ferreira"): the first name alone, the speaker of
# a joint cue (the first of several named together), takes the surname it shares
# (quotex.attribution.mentions._with_shared_surname, resolve.resolve_speaker).
SHARED_SURNAME_COUPLES = [
    # US local news: inverted cue.
    ('"We have called the city 20 times," said Linda and Mark Ferreira, who live on Elm Street.',
     "We have called the city 20 times,", "Linda Ferreira"),
    # Canadian: a hyphenated first name in the second conjunct, told an outlet.
    ('"We lost everything," said Jean and Marie-Claude Tremblay, who farm near Rimouski.',
     "We lost everything,", "Jean Tremblay"),
    ('"We want answers," Diane and Roger Pelletier told CBC News.', "We want answers,", "Diane Pelletier"),
    # then "they" is both of them.
    ('"We have called the city 20 times," said Linda and Mark Ferreira. "Nobody comes," they said.',
     "Nobody comes,", "Linda Ferreira and Mark Ferreira"),
    # negatives: two full names keep the first; a kin noun between is no shared surname.
    ('"We have called the city 20 times," said Tom Smith and Ann Lee, who live next door.',
     "We have called the city 20 times,", "Tom Smith"),
    ('"It was hard," said Ann and her husband, Bo Lee.', "It was hard,", "Ann"),
]


@pytest.mark.parametrize("text,quote,name", SHARED_SURNAME_COUPLES)
def test_a_couple_shares_the_surname(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


# A person's name the recogniser mislabelled or cut is still a person's: a first name with a role
# before it inside a span of another label ("Linebacker Marcus Okonkwo" an organisation), a rank and
# first name tagged a person with the surname a place ("Insp. Marc-André" + "Sauvé"), a role word
# before an untagged first name ("Trustee Amrit Sandhu"). The bare surname later is that person
# (quotex.resolution.entities.missed_people, _misread_person). Not a business named like a person.
MISREAD_PEOPLE = [
    ("Linebacker Marcus Okonkwo had two sacks. \"We just played,\" Okonkwo said.", "We just played,",
     "Marcus Okonkwo", "person"),
    ("Insp. Marc-André Sauvé spoke to reporters outside the headquarters Sunday afternoon.\n\n"
     "\"She did what she was trained to do,\" Sauvé said.", "She did what she was trained to do,",
     "Marc-André Sauvé", "person"),
    ("The board voted 6-3.\n\nTrustee Amrit Sandhu, who voted for the closures, said he had visited both "
     "schools.\n\n\"These are good schools,\" Sandhu said.", "These are good schools,", "Amrit Sandhu", "person"),
    # a name with an age in apposition, or whose own clause says "his"/"her", whatever its label.
    ("One participant, Gloria Restrepo, 67, of Nashville, said she started walking. \"Now the neighbours wait "
     "for us,\" Restrepo said.", "Now the neighbours wait for us,", "Gloria Restrepo", "person"),
    ("In Brossard, Jean-François Thibodeau spent the night in his car.\n\n\"I didn't know what else to do,\" "
     "Thibodeau said.", "I didn't know what else to do,", "Jean-François Thibodeau", "person"),
    # a title ending in a role inside another label's span: the name after it.
    ("Vandalia Police Chief Kurt Althouse said officers negotiated for 40 minutes. \"Nobody else got hurt,\" "
     "Althouse said.", "Nobody else got hurt,", "Kurt Althouse", "person"),
    # words after the name the recogniser took in: "of", a score.
    ("The Rev. Clarence Odom of Greater New Hope Baptist Church led the vigil. \"We keep saying never again,\" "
     "Odom said.", "We keep saying never again,", "Clarence Odom", "person"),
    ("Jennifer Sandberg beat Manitoba's Kerri Eyolfson 7-6 in the semifinal.\n\n\"That's curling,\" Eyolfson "
     "said.", "That's curling,", "Kerri Eyolfson", "person"),
    # negative: a bank named like a person, with no person's role, stays what the recogniser said.
    ("Morgan Stanley raised its forecast on Monday. \"Demand is strong,\" Morgan Stanley said.",
     "Demand is strong,", "Morgan Stanley", "organization"),
]


@pytest.mark.parametrize("text,quote,name,kind", MISREAD_PEOPLE)
def test_a_mislabelled_persons_name(nlp, text, quote, name, kind):
    sp = extracted_speaker(nlp, text, quote)
    assert (sp.name, sp.kind) == (name, kind)


def _long_tail(last_paragraph):
    # A story whose quotes all come early and whose last paragraphs, far from any quote, are read
    # without a parse.
    filler = "\n\n".join("The committee met again on day %d and reviewed the budget line by line." % k
                         for k in range(1, 30))
    return ('"We will not back down," Mr. Haldane said on Monday.\n\n' + filler + "\n\n" + last_paragraph)


# Stage 2 reads the whole document: a full name given only after the last quote still names the
# speaker (quotex.document.attribute reads the tail with DocEntities.add_text).
def test_a_full_name_after_the_last_quote(nlp):
    text = _long_tail("In the end, voters will decide what they think of Robert Haldane and his plan.")
    assert extracted_speaker(nlp, text, "We will not back down,").name == "Robert Haldane"


def test_no_name_in_the_tail_leaves_the_surname(nlp):
    text = _long_tail("In the end, voters will decide what they think of the plan.")
    assert extracted_speaker(nlp, text, "We will not back down,").name == "Haldane"


# A plain full name is the one namesake with a generation suffix (h16f's "Brent Bozell" is Brent
# Bozell III), but not when that namesake is the elder: "His father, Duncan Hunter Sr.," is named
# apart from the son (resolve.build).
@pytest.mark.parametrize("text,quote,name", [
    ('Rep. Duncan Hunter endorsed Trump. "We need a leader," Hunter said. His father, Duncan Hunter Sr., '
     'once held the seat.', "We need a leader,", "Duncan Hunter"),
    ('Mayor Tom Hale Sr. cut the ribbon. His son, Tom Hale Jr., spoke next. "We are proud," Tom Hale said.',
     "We are proud,", "Tom Hale"),
])
def test_a_plain_name_and_a_suffixed_namesake(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


# A full name with a first name of both sexes tagged an organisation is a person's where the
# recogniser calls the surname alone a person ("Bernie Sanders" an ORG, then "Sanders said"), so the
# bare surname gets the full name (resolve.build).
def test_a_both_sexes_first_name_tagged_an_organisation(nlp):
    text = ('BERLIN - Bernie Sanders met privately with the chancellor on Saturday.\n\n'
            '"We talked about inequality," Sanders said in an interview. "It was a good meeting."\n\n'
            'Sanders said the visit was not an endorsement.')
    assert extracted_speaker(nlp, text, "We talked about inequality,").name == "Bernie Sanders"


# A Spanish name's first surname is the one the story uses alone: "Ms. Acosta" after "Melba Acosta
# Febo", "García" after "Gabriel García Márquez" (resolve.build). Not a middle first name ("Mary Ann
# Smith": "Ann said" is nobody's), not a namesake's surname.
@pytest.mark.parametrize("text,quote,name", [
    ('Carmen Ortiz Delgado, the island\'s finance chief, met investors. "We will pay," Ms. Ortiz said.',
     "We will pay,", "Carmen Ortiz Delgado"),
    ('Luis Herrera Campos runs the co-op in Oaxaca. "Prices fell by half," Herrera said.',
     "Prices fell by half,", "Luis Herrera Campos"),
    # negative: another full name ends in that surname.
    ('Luis Herrera Campos runs the co-op. His cousin, Ana Herrera, keeps the books. "Prices fell," Ana Herrera said.',
     "Prices fell,", "Ana Herrera"),
])
def test_a_spanish_first_surname(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


def _far_lead(lead, rest):
    # A lead far from any quote is read without a parse (DocEntities.add_text).
    filler = "\n\n".join("The committee met again on day %d and reviewed the budget line by line." % k
                         for k in range(1, 12))
    return lead + "\n\n" + filler + "\n\n" + rest


# A lead sentence full of names is no Title Case headline ("MEXICO CITY (UPI) — Count former Mexican
# President Felipe Calderon among …": names.headline_line); its title keeps the small word before it
# ("former"), and "he" chained to "the former Mexican president" is the man so titled.
LEADS = [
    (_far_lead("MEXICO CITY (UPI) — Count former Mexican President Felipe Calderon among the critics of the plan.",
               '"It is useless," Calderon told CNBC.'), "It is useless,", "Felipe Calderon"),
    (_far_lead("MEXICO CITY (UPI) — Count former Mexican President Felipe Calderon among the critics of the plan.",
               '"It is useless," Calderon told CNBC.\n\nBut the former Mexican president did not stop there.\n\n'
               '"The first loser would be the United States," he continued.'),
     "The first loser would be the United States,", "Felipe Calderon"),
    # negative: a real headline's names make no full name.
    (_far_lead("Calderon Slams Wall Plan As Useless Waste",
               '"It is useless," Calderon told CNBC.'), "It is useless,", "Calderon"),
]


@pytest.mark.parametrize("text,quote,name", LEADS)
def test_a_lead_full_of_names(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


@pytest.mark.parametrize("line,headline", [
    ("Trump Warns Clinton Over Emails", True),
    ("Calderon Slams Wall Plan As Useless Waste.", True),
    ("MEXICO CITY (UPI) — Count former Mexican President Felipe Calderon among Donald Trump's detractors.", False),
    ("The mayor said the plan would cost more than expected.", False),
])
def test_headline_line(line, headline):
    from quotex.resolution.names import headline_line
    assert headline_line(line) is headline


# One name typed with and without its accents is one person, named with them ("Francois Hollande"
# in a headline, "François Hollande" in the story: resolve.build, resolve._decide).
@pytest.mark.parametrize("text,quote,name", [
    ("Francois Hollande Says Trump Makes You Want To Retch\n\nFrench President François Hollande spoke on "
     "Tuesday. \"That will have consequences,\" Hollande said.", "That will have consequences,", "François Hollande"),
    ("Rene Levesque was premier. Later, René Lévesque wrote a memoir. \"We are not a minority,\" Lévesque said.",
     "We are not a minority,", "René Lévesque"),
    # negative: two people.
    ("Francoise Roy spoke first. François Roy spoke next. \"We disagree,\" François Roy said.",
     "We disagree,", "François Roy"),
])
def test_accents_make_no_second_person(nlp, text, quote, name):
    assert extracted_speaker(nlp, text, quote).name == name


def test_accent_variants_are_one_entity_in_the_table():
    from quotex.resolution.entities import DocEntities, NameMention
    from quotex.resolution.resolve import build
    text = "Francois Hollande Says No\n\nFrançois Hollande spoke. Hollande left. Françoise Roy stayed."
    names = [NameMention(text.index(w), text.index(w) + len(w), w, "PERSON")
             for w in ("Francois Hollande", "François Hollande", "Françoise Roy")]
    names.append(NameMention(text.index("Hollande left"), text.index("Hollande left") + 8, "Hollande", "PERSON"))
    table = build(DocEntities(names=names))
    assert table.person("Hollande").name == "François Hollande"
    assert table.person("Francois Hollande") is table.person("François Hollande")
    assert table.person("Françoise Roy").name == "Françoise Roy"


# A place and a name the recogniser read as one organisation ("his best friend at Lehigh, Bruce
# Turry,") are cut at the comma before the first name (entities.name_parts).
@pytest.mark.parametrize("text,quote,name", [
    ("\"He wanted to prove himself,\" said his best friend at Lehigh, Bruce Turry, who roomed with him. "
     "\"He never did,\" Mr. Turry said.", "He never did,", "Bruce Turry"),
    # negative: a comma inside an organisation's name before no first name stays.
    ("\"We will appeal,\" said Skadden, Arps, Slate, Meagher & Flom, the firm for the plaintiffs.",
     "We will appeal,", None),
])
def test_a_comma_before_a_first_name_ends_a_place(nlp, text, quote, name):
    sp = extracted_speaker(nlp, text, quote)
    if name is None:
        assert "Arps" in sp.name or "Skadden" in sp.name
    else:
        assert sp.name == name
