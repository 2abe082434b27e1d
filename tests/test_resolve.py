"""Stage 2, the document-level entity resolver (quotex.resolution.entities, quotex.resolution.resolve), through the real model.

Each row: a short passage we wrote, the quote's words, and what the speaker must be named (and,
where the row is about it, its kind or title). The mention offsets are stage 1's and stay as they
are; only the name, title and kind are stage 2's.
"""
import pytest

from quotex.attribution.attribute import DocState
from quotex.resolution.entities import DocEntities, NameMention, SpeakerInfo
from quotex.text.windows import extract_text
from quotex.records import Quote, Speaker
from quotex.resolution.resolve import UNRESOLVED_DESCRIPTION_FACTOR, build, clean_title, resolve_document


def quote_of(nlp, text, quote):
    quotes = {q.text: q for q in extract_text(text, nlp, state=DocState())}
    assert quote in quotes, f"quote {quote!r} not found in {list(quotes)}"
    q = quotes[quote]
    assert q.speaker is not None, f"no speaker for {quote!r}"
    assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    return q


NAME_CASES = [
    # Surname, honorific + surname and possessive mentions take the full name given earlier.
    ('Maria Okafor, a nurse in Halifax, spoke first. "We are exhausted," Okafor said.', "We are exhausted,",
     "Maria Okafor"),
    ('Dmitry Peskov spoke to reporters on Friday. "Nothing was agreed," Mr. Peskov said.', "Nothing was agreed,",
     "Dmitry Peskov"),
    ('Bob Stone runs the mill. "The mill stays open," said Mr. Stone.', "The mill stays open,", "Bob Stone"),
    # Middle initials: "Donald J. Trump" and "Donald Trump" are one person (the fuller form on a tie).
    ('Donald J. Trump held a rally. Later Donald Trump spoke again. "We will win big," Trump said.',
     "We will win big,", "Donald J. Trump"),
    # Several people named together: the first of them speaks.
    ('Ann Lee chaired the panel. "The plan is dead," Lee, Tom Reed and Sara Cole said in a letter.',
     "The plan is dead,", "Ann Lee"),
    # A name nobody gave in full stays as written, without its honorific.
    ('"It is too early to tell," Ms. Lindqvist said.', "It is too early to tell,", "Lindqvist"),
]


@pytest.mark.parametrize("text,quote,name", NAME_CASES)
def test_names_cluster_across_the_document(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


KIND_CASES = [
    # An organisation speaks as one.
    ('"We will appeal the ruling," Hydro-Québec said in a statement.', "We will appeal the ruling,",
     "Hydro-Québec", "organization"),
    ('"Service resumes Monday," the Toronto Transit Commission said.', "Service resumes Monday,",
     "Toronto Transit Commission", "organization"),
    # One member of a party is a person, though the recogniser calls the word a group.
    ('"The bill will pass," a New Hampshire Democrat said.', "The bill will pass,", "New Hampshire Democrat",
     "person"),
    # A person named in full is a person wherever else the surname stands.
    ('Jake Tapper asked the question. "That is not an answer," Tapper said.', "That is not an answer,",
     "Jake Tapper", "person"),
]


def test_middle_initial_is_the_same_speaker(nlp):
    text = ('"We will win big," Donald J. Trump said in Ohio. "We will build it," Donald Trump said later. '
            '"Believe me," Donald Trump added.')
    names = {q.speaker.name for q in extract_text(text, nlp, state=DocState())}
    assert names == {"Donald Trump"}


@pytest.mark.parametrize("text,quote,name,kind", KIND_CASES)
def test_kind_by_all_mentions(nlp, text, quote, name, kind):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, kind)


TITLE_CASES = [
    ('"We will rebuild," said Mayor Ann Lee.', "We will rebuild,", "Ann Lee", "Mayor"),
    ('"We have made our position clear," Secretary of State Antony Blinken said.',
     "We have made our position clear,", "Antony Blinken", "Secretary of State"),
    ('"The vote was rigged," Councilman Robert Hayes said.', "The vote was rigged,", "Robert Hayes", "Councilman"),
    ('"Taxes will not rise," said Ann Lee, the mayor of Springfield.', "Taxes will not rise,", "Ann Lee",
     "mayor of Springfield"),
    # An adjective is no title; neither is a newspaper's possessive.
    ('"I will not back down," a defiant Donald Trump told the crowd.', "I will not back down,", "Donald Trump",
     None),
    ('"It was a great night," a smiling Hillary Clinton said.', "It was a great night,", "Hillary Clinton", None),
    ('"The rink closes in March," the Gazette\'s Marie Tremblay wrote.', "The rink closes in March,",
     "Marie Tremblay", None),
]


@pytest.mark.parametrize("text,quote,name,title", TITLE_CASES)
def test_structured_titles(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title) == (name, title)


DESCRIPTION_CASES = [
    # With an antecedent whose title has the noun: the person.
    ('Mayor Ann Lee opened the meeting on Monday. Residents asked about the budget. '
     '"We have no money left," the mayor said.', "We have no money left,", "Ann Lee"),
    ('Sen. Tom Reed voted against the bill. "It is a bad bill," the senator said.', "It is a bad bill,",
     "Tom Reed"),
    ('Finance Minister Caroline Mulroney tabled the budget. "The deficit is shrinking," the minister said.',
     "The deficit is shrinking,", "Caroline Mulroney"),
    # An organisation noun: the organisation named just before.
    ('Shares of Maplewood Foods fell on Tuesday. "We expect a better quarter," the company said.',
     "We expect a better quarter,", "Maplewood Foods"),
    ('The Senate Ethics Committee met behind closed doors. "No decision was made," the committee said.',
     "No decision was made,", "Senate Ethics Committee"),
    # Nothing matches: the name is the description, with what says whose it is.
    ('"We are reviewing the case," a spokesman for the union said.', "We are reviewing the case,",
     "spokesman for the union"),
    ('"Nobody told us anything," said a woman close to the family.', "Nobody told us anything,",
     "woman close to the family"),
    ('"The weather is fine," the spokeswoman said.', "The weather is fine,", "spokeswoman"),
    # The description's own proper words must agree: "the Ohio senator" is not Sen. Reed of Maine.
    ('Sen. Tom Reed of Maine spoke first. "This bill is dead," the Ohio senator said.', "This bill is dead,",
     "Ohio senator"),
    # A description given its name in apposition is that name.
    ('"The story is true," the Israeli newspaper Haaretz reported.', "The story is true,", "Haaretz"),
]


@pytest.mark.parametrize("text,quote,name", DESCRIPTION_CASES)
def test_definite_descriptions(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


def test_unresolved_definite_description_lowers_confidence(nlp):
    text = '"The weather is fine," the spokeswoman said.'
    resolved = '"Budget talks went well," said Ann Lee, the spokeswoman. "The weather is fine," the spokeswoman said.'
    alone = quote_of(nlp, text, "The weather is fine,")
    named = quote_of(nlp, resolved, "The weather is fine,")
    assert named.speaker.name == "Ann Lee"
    assert alone.confidence < named.confidence


PLURAL_CASES = [
    # Plural speakers keep their description; "the groups" is not one organisation named before.
    ('Greenpeace and the Sierra Club filed the suit. "We will not stop," the groups said.', "We will not stop,",
     "groups"),
    ('"The shelter is full," two volunteers at the shelter said.', "The shelter is full,",
     "two volunteers at the shelter"),
]


@pytest.mark.parametrize("text,quote,name", PLURAL_CASES)
def test_plural_speakers(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


def test_mislabelled_surname_is_the_person(nlp):
    # The recogniser often calls a lone surname an organisation; the full name earlier decides.
    text = ('Chris Christie campaigned in Concord on Sunday. Christie said the polls were wrong. '
            '"I am staying in this race," Christie said.')
    sp = quote_of(nlp, text, "I am staying in this race,").speaker
    assert (sp.name, sp.kind) == ("Chris Christie", "person")


# ---------------------------------------------------------------------- plain-data rules
def test_junk_names_are_repaired():
    ents = DocEntities(names=[NameMention(0, 13, "Bill Clinton", "PERSON")])
    quotes = [Quote("x", 40, 41, "direct", Speaker("Of Clinton", 20, 30, "Of Clinton", None, "person")),
              Quote("y", 60, 61, "direct", Speaker("Lee's", 50, 55, "Lee's", None, "person"))]
    out = resolve_document(quotes, ents)
    assert [q.speaker.name for q in out] == ["Bill Clinton", "Lee"]
    assert [(q.speaker.start, q.speaker.end) for q in out] == [(20, 30), (50, 55)]


@pytest.mark.parametrize("title,kept", [
    ("Mayor", "Mayor"), ("Secretary of State", "Secretary of State"), ("defiant", None), ("smiling", None),
    ("CNN's", None), ("Mr.", None), ("former Sen.", "former Sen."), ("", None), (None, None),
])
def test_clean_title(title, kept):
    assert clean_title(title) == kept


def test_entity_table_kinds_and_forms():
    names = [NameMention(0, 15, "Donald J. Trump", "PERSON"), NameMention(30, 42, "Donald Trump", "PERSON"),
             NameMention(60, 65, "Trump", "ORG"), NameMention(80, 91, "Israel", "GPE"),
             NameMention(100, 110, "Steve Israel", "PERSON"), NameMention(120, 127, "Mr. Lind", "PERSON",
                                                                           honorific="mr")]
    table = build(DocEntities(names=names))
    trump = table.lookup("Trump")
    assert trump is not None and trump.kind == "person" and len(trump.mentions) == 3
    assert table.lookup("Donald J. Trump") is trump
    assert table.lookup("Lind").honorifics == ["mr"]
    # A country is not the congressman who shares its name.
    assert len(table.person("Steve Israel").mentions) == 1


def test_description_factor_is_a_drop():
    assert 0 < UNRESOLVED_DESCRIPTION_FACTOR < 1
    info = SpeakerInfo(0, 14, "spokeswoman", False, True, "spokeswoman")
    assert info.definite and info.complement is None


# ---------------------------------------------------------------------- the whole document
FAR = ("Library opens downtown\n\nMayor Ann Lee opened the new library on Monday.\n\nThe building cost $4 million.\n\n"
       "It has three floors.\n\nChildren's books fill the top floor.\n\nThe opening drew a crowd.\n\n"
       '"We will keep it open late," the mayor said.\n\n"Reading matters," Lee added.')


def test_names_from_paragraphs_no_parse_read(nlp):
    # The paragraph that introduces the mayor is too far from any quote to be parsed; its names
    # are still read, so "the mayor" and "Lee" are her.
    sp = [(q.speaker.name, q.speaker.title) for q in extract_text(FAR, nlp, state=DocState())]
    assert sp == [("Ann Lee", "Mayor"), ("Ann Lee", "Mayor")]


def test_resolution_sees_every_window(nlp):
    # Tiny windows: each quote paragraph is parsed apart, and the description in the last window
    # still resolves to the minister named in the first.
    text = ('Finance Minister Caroline Mulroney tabled the budget. "It is balanced," Mulroney said.\n\n'
            '"We disagree," said Tom Reed, the opposition critic.\n\n'
            '"The deficit is gone," the minister said.')
    small = list(extract_text(text, nlp, state=DocState(), window_chars=60))
    whole = list(extract_text(text, nlp, state=DocState()))
    assert [q.speaker.name for q in small] == ["Caroline Mulroney", "Tom Reed", "Caroline Mulroney"]
    assert [q.speaker for q in small] == [q.speaker for q in whole]


@pytest.mark.parametrize("text,quote,name", [
    # A partitive with "on"/"among" says who ("some on Twitter").
    ('"This is a disgrace," some on the city council wrote.', "This is a disgrace,", "some on the city council"),
    ('"We were lied to," one of the tenants said.', "We were lied to,", "one of the tenants"),
])
def test_description_complements(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


# ---------------------------------------------------------------------- other newsrooms' styles
ACRONYM_CASES = [
    # An acronym and its full name are one organisation, named by both (CP / CBC style).
    ('Cleaners have voted to strike, the Canadian Union of Public Employees said Monday. '
     '"Our members are tired," CUPE said.', "Our members are tired,", "Canadian Union of Public Employees"),
    # The acronym first, the full name later (RCMP style), and "the" before the acronym.
    ('The RCMP is asking for help. The Royal Canadian Mounted Police said a truck was seen. '
     '"Any detail could help us," the RCMP said.', "Any detail could help us,",
     "Royal Canadian Mounted Police"),
    # Dotted and undotted short forms are one utility.
    ('B.C. Hydro asked the regulator for a 3 per cent increase on Thursday.\n\n"Rates stay affordable," '
     'BC Hydro said.', "Rates stay affordable,", "B.C. Hydro"),
    # Negative: an acronym whose letters are no organisation named in the article stays itself.
    ('The province hired more staff. "We expect results by spring," the IRB said.', "We expect results by spring,",
     "IRB"),
]


@pytest.mark.parametrize("text,quote,name", ACRONYM_CASES)
def test_acronyms_cluster_with_their_full_name(nlp, text, quote, name):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, "organization")


def test_acronym_merge_plain_data():
    names = [NameMention(0, 37, "Immigration and Refugee Board", "ORG"), NameMention(50, 53, "IRB", "ORG"),
             NameMention(70, 74, "CUPE", "ORG")]
    table = build(DocEntities(names=names))
    irb = table.organization("IRB")
    assert irb is table.organization("Immigration and Refugee Board")
    assert irb.name == "Immigration and Refugee Board" and len(irb.mentions) == 2
    # No full name with those initials: CUPE stays its own organisation.
    assert table.organization("CUPE").name == "CUPE"


COMPANY_CASES = [
    # "the firm" is the company named before, not a union named after it.
    ('Northern Ridge Mining Corp. will lay off 300 workers. United Steelworkers Local 6500 said it was '
     'blindsided. "We will do right by our people," the firm said.', "We will do right by our people,",
     "Northern Ridge Mining Corp"),
    # A noun for a kind of company ("the utility", "the airline") stands for the company named last.
    ('BC Hydro asked for a rate increase. "We know it is hard for families," the utility said.',
     "We know it is hard for families,", "BC Hydro"),
    ('Porter Airlines cancelled 40 flights on Friday. "Safety comes first," the airline said.',
     "Safety comes first,", "Porter Airlines"),
    # A product someone owns ("its Nimbus 2") is no company.
    ('Brightline Labs Inc. is recalling its Nimbus 2 thermostat. "Safety is our priority," the company said.',
     "Safety is our priority,", "Brightline Labs Inc"),
    # An organisation given a type in apposition is what that type stands for later.
    ('Harbour Health Partners, the agency that runs the clinics, opened two more. '
     '"We share the concerns," the agency said.', "We share the concerns,", "Harbour Health Partners"),
    # A name that says the type another way: "the union" after a pilots' association.
    ('The Air Line Pilots Association (ALPA) said talks had broken down. "We are ready to talk," the union said.',
     "We are ready to talk,", "Air Line Pilots Association"),
    # A company's short form is the company: "WestJet" after "WestJet Airlines Ltd.".
    ('WestJet Airlines Ltd. cancelled 40 flights on Friday. "We regret the disruption," WestJet said.',
     "We regret the disruption,", "WestJet Airlines Ltd"),
    # Capitalised words that say where or what, not which: "Toronto-based", "Crown" (a state company).
    ('Porter Airlines cancelled 40 flights on Friday. "Safety comes first," the Toronto-based airline said.',
     "Safety comes first,", "Porter Airlines"),
    ('Hydro-Québec raised its rates on Monday. "The increase is the lowest in Canada," the Crown corporation '
     'said.', "The increase is the lowest in Canada,", "Hydro-Québec"),
    # Negative: a place that is not the company's own stays in the description ("the Ohio company").
    ('Maplewood Foods recalled its sausages on Friday. "We are sorry," the Ohio company said.', "We are sorry,",
     "Ohio company"),
    # Negative: a regulator is no company ("the company" with only a commission named stays itself).
    ('The Ontario Energy Board approved the increase. "This was hard," the company said.', "This was hard,",
     "company"),
]


@pytest.mark.parametrize("text,quote,name", COMPANY_CASES)
def test_company_nouns_find_the_company(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


PERSON_BY_ALL_MENTIONS = [
    # A role before a first name and surname the recogniser tagged an organisation: a person.
    ('Tenant organizer Keisha Morrow spoke at the rally. "People like us get pushed out," said Morrow, 45.',
     "People like us get pushed out,", "Keisha Morrow", "Tenant organizer"),
    ('Cpl. Nadine Robichaud said a truck was seen. "We will find this driver," Robichaud said.',
     "We will find this driver,", "Nadine Robichaud", "Cpl."),
    # A person noun opening a sentence is her title, not her first name.
    ('Homeowner Tamara Quinn, 42, said her son smelled smoke. "He saved our lives," Quinn said.',
     "He saved our lives,", "Tamara Quinn", "Homeowner"),
    # Honorific-less Canadian titles: "Coun.", "critic", "advocate".
    ('Coun. Darren Wheeler wants higher fares. "Riders want a bus that shows up," Wheeler said.',
     "Riders want a bus that shows up,", "Darren Wheeler", "Coun."),
    ('Opposition energy critic Tom Fairbairn was not impressed. "It is a broken promise," Fairbairn said.',
     "It is a broken promise,", "Tom Fairbairn", "Opposition energy critic"),
]


@pytest.mark.parametrize("text,quote,name,title", PERSON_BY_ALL_MENTIONS)
def test_people_named_with_a_role(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title, sp.kind) == (name, title, "person")


NAMESAKE_CASES = [
    # Two people share a surname: the bare surname is the one named just before.
    ('Elaine Dufresne, 81, wants charges laid. "Sorry is not enough," Dufresne said. '
     'Her son, Marc Dufresne, drove in from Brandon.', "Sorry is not enough,", "Elaine Dufresne"),
    ('Marc Dufresne drove in from Brandon. "My father deserved better," Dufresne said. '
     'His mother, Elaine Dufresne, stayed home.', "My father deserved better,", "Marc Dufresne"),
]


@pytest.mark.parametrize("text,quote,name", NAMESAKE_CASES)
def test_shared_surname_is_the_namesake_named_just_before(nlp, text, quote, name):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, "person")


@pytest.mark.parametrize("text,quote,name", [
    # Narration in the first person: the writer, never the pronoun.
    ('I was not off to a good start. "Okay," I said, trying again.', "Okay,", "author"),
    ('The judge looked up. "Your Honour," I said, "I would like to explain."', "Your Honour,", "author"),
])
def test_first_person_narrator_is_the_author(nlp, text, quote, name):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, "person")


def test_unresolved_person_description_is_a_person_with_lower_confidence(nlp):
    # "a neighbour who did not want to be named" has no antecedent: the description stays, a person.
    text = ('A neighbour who did not want to be named said the lineups block the sidewalk. '
            '"I can\'t get to my own door," the neighbour said.')
    named = ('Joanne Pereira, a neighbour, said the lineups block the sidewalk. '
             '"I can\'t get to my own door," Pereira said.')
    q = quote_of(nlp, text, "I can't get to my own door,")
    assert (q.speaker.name, q.speaker.kind) == ("neighbour", "person")
    assert q.confidence < quote_of(nlp, named, "I can't get to my own door,").confidence


@pytest.mark.parametrize("title,kept", [
    ("a retired headteacher", "retired headteacher"), ("52", None), ("Marcel", None),
    ("a demographer at Emory University", "demographer at Emory University"), ("fellow", None),
])
def test_clean_title_ages_and_articles(title, kept):
    assert clean_title(title) == kept


def test_short_forms_merge_only_with_company_words():
    names = [NameMention(0, 10, "Air Canada", "ORG"), NameMention(20, 37, "Air Canada Centre", "FAC"),
             NameMention(50, 71, "WestJet Airlines Ltd.", "ORG"), NameMention(80, 87, "WestJet", "ORG")]
    table = build(DocEntities(names=names))
    assert table.organization("WestJet") is table.organization("WestJet Airlines Ltd.")
    # "Centre" is no company word: the arena is not the airline.
    assert table.organization("Air Canada") is not table.organization("Air Canada Centre")


@pytest.mark.parametrize("text,quote,name", [
    # A lower-case head with proper words before it is a description, kept whole.
    ('In a release on Monday, the Democrat convention committee said that "the platform is historic."',
     "the platform is historic.", "Democrat convention committee"),
    ('"Service will resume Monday," the Halifax transit authority said.', "Service will resume Monday,",
     "Halifax transit authority"),
    # Negative: a capitalised head is a name ("the Liberal Party" is the party).
    ('"We will win this riding," the Liberal Party said.', "We will win this riding,", "Liberal Party"),
])
def test_descriptions_with_proper_words(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name,title", [
    # British/Canadian order: the role, then the name in apposition; the role is the title.
    ('The housing minister, Claire Bentham, resigned on Wednesday. "I cannot defend it," Bentham said.',
     "I cannot defend it,", "Claire Bentham", "housing minister"),
    ('The union president, Gordon Ashby, spoke first. "We want a fair deal," Ashby said.',
     "We want a fair deal,", "Gordon Ashby", "union president"),
    # Negative: a plural role ("the candidates, Lee and Stone") or "one candidate" is nobody's title.
    ('One candidate, Ann Lee, left early. "It is over," Lee said.', "It is over,", "Ann Lee", None),
])
def test_title_in_front_of_the_name(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title) == (name, title)


@pytest.mark.parametrize("text,quote,name", [
    ('Jean-François Lacroix, 38, put down a deposit in March. "I am still waiting," Lacroix said.',
     "I am still waiting,", "Jean-François Lacroix"),
    ('Marie-Claude Tremblay runs the shelter. "We are full every night," Tremblay said.',
     "We are full every night,", "Marie-Claude Tremblay"),
])
def test_hyphenated_first_names(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name", [
    # An honorific that names a profession is a role: "Dr. Irene Vasquez … the doctor said".
    ('Dr. Irene Vasquez said cases were rising. "Please get your shot," the doctor said.', "Please get your shot,",
     "Irene Vasquez"),
    # Negative: no doctor named, the description stays.
    ('Ann Lee said cases were rising. "Please get your shot," the doctor said.', "Please get your shot,", "doctor"),
])
def test_honorific_roles_and_namesakes(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name", [
    # "it" that stage 1 found to be "the board": the board named before by its full name.
    ('The Toronto District School Board voted to close three schools. Trustee Ann Lee voted against the plan. '
     'The board said the schools were half empty. "We cannot keep paying for empty classrooms," it said.',
     "We cannot keep paying for empty classrooms,", "Toronto District School Board"),
    ('The Ontario Medical Association is warning of a doctor shortage. Dr. Ravi Singh said clinics were closing. '
     'The association said 1,000 doctors would retire. "Patients will feel this," it said.',
     "Patients will feel this,", "Ontario Medical Association"),
])
def test_pronoun_through_a_description_to_the_name(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name,kind", [
    # A person the recogniser left untagged, named in full before the surname speaks.
    ('HAMILTON -- Paramedic Derek Osei has been on the road for 19 years.\n\n"You never know what the next call '
     'will be," Osei said.', "You never know what the next call will be,", "Derek Osei", "person"),
    # Two namesakes, neither close: the one the article names far more is the bare surname.
    ('Donald Trump held a rally in Ohio on Monday, the third in a week. Donald Trump then flew to Iowa, where '
     'supporters had waited for hours. His wife, Melania Trump, stayed in New York.\n\nThe crowd in Iowa was '
     'large and loud, and the hall was full long before the doors were due to open. Donald Trump spoke for an '
     'hour about trade, jobs and the border, and the crowd cheered every line of the speech that he gave, '
     'from the first to the last, well into the cold night.\n\n"We will win," Trump said.', "We will win,",
     "Donald Trump", "person"),
])
def test_missed_people_and_dominant_namesake(nlp, text, quote, name, kind):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, kind)


# ---------------------------------------------------------------------- descriptions by age, role and type
AGE_CASES = [
    # An age in apposition ("Jane Roe, 34,") is what "the 34-year-old" finds her by (CP / Star style).
    ('Jane Roe, 34, lost her job in March. "I never saw it coming," the 34-year-old said.', "I never saw it coming,",
     "Jane Roe"),
    # Of two ages given together, the one the description says.
    ('Ann Lee, 34, and Bob Stone, 36, run the shelter together. "We are full every night," the 36-year-old said.',
     "We are full every night,", "Bob Stone"),
    # "now 16", and a description by age range: "the teenager".
    ('Luc Gagnon, now 16, started the petition. "Adults were not listening," the teenager said.',
     "Adults were not listening,", "Luc Gagnon"),
    # British papers' brackets.
    ('Margaret Ellis (84) has lived at the home for six years. "This is my home," the 84-year-old said.',
     "This is my home,", "Margaret Ellis"),
    # The age inside an apposition with a noun: "a 52-year-old welder".
    ('Tom Hill, a 52-year-old welder, was laid off. "I have a mortgage," the 52-year-old said.', "I have a mortgage,",
     "Tom Hill"),
    # Nobody given that age: the person just named as a subject (the age is news here; see
    # tests/test_blind2_mechanisms.py for the cases where it stays).
    ('Ann Lee runs the shelter. "We are full every night," the 40-year-old said.', "We are full every night,",
     "Ann Lee"),
    # Negative: nobody of that age is named, nor anyone just before; the description stays.
    ('The shelter opened in 1998. "We are full every night," the 40-year-old said.', "We are full every night,",
     "40-year-old"),
    # Negative: a 34-year-old is no teenager.
    ('Jane Roe, 34, signed the petition. "Adults were not listening," the teenager said.',
     "Adults were not listening,", "teenager"),
]


@pytest.mark.parametrize("text,quote,name", AGE_CASES)
def test_descriptions_by_age(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


def test_unresolved_age_lowers_confidence(nlp):
    alone = quote_of(nlp, 'The shelter opened in 1998. "We are full," the 40-year-old said.', "We are full,")
    named = quote_of(nlp, 'Ann Lee, 40, runs the shelter. "We are full," the 40-year-old said.', "We are full,")
    assert named.speaker.name == "Ann Lee"
    assert alone.confidence < named.confidence


ROLE_BY_VERB_CASES = [
    # What a person does gives the role a later description uses (never a printed title).
    ('Joe Martelli owns the Bluebird Cafe on King Street. "Business is slow," the affable proprietor said.',
     "Business is slow,", "Joe Martelli", None),
    ('Ann Lee, who owns the bakery, was angry. "Business is down 40 per cent," the owner said.',
     "Business is down 40 per cent,", "Ann Lee", None),
    ('Priya Nair founded the food bank in 2009. "We have never been this busy," the founder said.',
     "We have never been this busy,", "Priya Nair", None),
    # Negative: a verb with no object gives no role ("runs every morning").
    ('Bob Stone runs every morning. "It keeps me sane," the owner said.', "It keeps me sane,", "owner", None),
]


@pytest.mark.parametrize("text,quote,name,title", ROLE_BY_VERB_CASES)
def test_roles_from_what_a_person_does(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title) == (name, title)


ORG_TYPE_CASES = [
    # A type in apposition makes a name the recogniser called a person an organisation.
    ('Metrolinx, the provincial transit agency, welcomed the vote. "We are ready to build," the agency said.',
     "We are ready to build,", "Metrolinx"),
    ('Paladin Security, a private security firm, was hired by the city. "Our guards are trained," the security '
     'firm said.', "Our guards are trained,", "Paladin Security"),
    # An untagged name, its type read by word order (the parse makes "union" a second subject).
    ('Maple Leaf Foods recalled its products. Unifor, the union representing the workers, called a meeting. '
     '"Our members are worried," the union said.', "Our members are worried,", "Unifor"),
    # ... and "the company" is then the company, not the union named after it.
    ('Maple Leaf Foods recalled its products. Unifor, the union representing the workers, called a meeting. '
     '"We are cooperating," the company said.', "We are cooperating,", "Maple Leaf Foods"),
    # A name ending in a type word is an organisation whatever its label ("Hospital" tagged a place).
    ('St. Michael\'s Hospital treated three patients. "All are stable," the hospital said.', "All are stable,",
     "St. Michael's Hospital"),
    # The noun before the type says it: "the police service" is the police named before.
    ('Halifax Regional Police said a man was arrested. "The investigation is ongoing," the police service said.',
     "The investigation is ongoing,", "Halifax Regional Police"),
    ('The Saskatchewan Health Authority confirmed two cases. "The risk is low," the health authority said.',
     "The risk is low,", "Saskatchewan Health Authority"),
    # A name the recogniser cut at its "and".
    ('The Department of Fisheries and Oceans closed the fishery. "Stocks are low," the department said.',
     "Stocks are low,", "Department of Fisheries and Oceans"),
    # Negative: a shared word is not enough when the name says another type.
    ('The Senate Budget Committee met on Monday. "The deficit will grow," the budget office said.',
     "The deficit will grow,", "budget office"),
]


@pytest.mark.parametrize("text,quote,name", ORG_TYPE_CASES)
def test_organisations_by_type(nlp, text, quote, name):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, "organization")


def test_a_firm_after_a_persons_affiliation_is_not_the_person(nlp):
    # "Ann Lee of the Eurasia Group, a consulting firm": the firm is the group; she stays a person.
    text = '"Leaders are not in control," said Ann Lee of the Eurasia Group, a consulting firm.'
    sp = quote_of(nlp, text, "Leaders are not in control,").speaker
    assert (sp.name, sp.kind) == ("Ann Lee", "person")


PEOPLE_BY_ALL_MENTIONS = [
    # A surname ending in "s" the recogniser tagged an organisation in full, a person alone.
    ('Her manager, Sandra Ellis, says she was the best hire of the year. "She never missed a day," Ellis says.',
     "She never missed a day,", "Sandra Ellis", "person"),
    # A first name given a person's role in apposition is a person, whatever the label.
    ('Nicola Sturgeon, Scotland\'s first minister, spoke in Edinburgh. "Scotland will decide," the first '
     'minister said.', "Scotland will decide,", "Nicola Sturgeon", "person"),
    # A role and a first name under another label ("Councilwoman Maria Lopez" read as a work of art).
    ('"The vote was rigged," Councilwoman Maria Lopez said.', "The vote was rigged,", "Maria Lopez", "person"),
]


@pytest.mark.parametrize("text,quote,name,kind", PEOPLE_BY_ALL_MENTIONS)
def test_people_by_all_their_mentions(nlp, text, quote, name, kind):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, kind)


@pytest.mark.parametrize("text,quote,name,title", [
    # A role the parser reads as a proper noun is still a description ("the MP", "the MPP").
    ('Liberal MP Ann Lee voted against the bill. "It goes too far," the MP said.', "It goes too far,", "Ann Lee",
     "Liberal MP"),
    ('Liberal MPP Omar Haddad called the delay an embarrassment. "Riders deserve an apology," the MPP said.',
     "Riders deserve an apology,", "Omar Haddad", "Liberal MPP"),
    # Ranks: "Const." is an officer, "Coun." a councillor.
    ('Const. Jane Doe said the driver fled on foot. "He was last seen on King Street," the officer said.',
     "He was last seen on King Street,", "Jane Doe", "Const."),
    ('Coun. Mike Layton defended the project. "The data is clear," the councillor said.', "The data is clear,",
     "Mike Layton", "Coun."),
    # Negative: no title given ("Mr Johnson"), "the prime minister" stays a description.
    ('Mr Johnson arrived late. "We will get it done," the prime minister said.', "We will get it done,",
     "minister", None),
])
def test_role_descriptions(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title) == (name, title)


@pytest.mark.parametrize("text,quote,name", [
    # The speaker is the relative named after the possessor, not the possessor.
    ('Gord Downie\'s brother Mike Downie spoke first. "He loved this town," Downie said.', "He loved this town,",
     "Mike Downie"),
    ('"He loved this town," said Mike Downie, Gord Downie\'s brother.', "He loved this town,", "Mike Downie"),
    # A namesake inside someone's words is not the one named just before.
    ('Tennis great Billie Jean King spoke first. "She said, \'Billie Jean King, you are the best,\'" a fan '
     'recalled. "He was kind," King said.', "He was kind,", "Billie Jean King"),
])
def test_namesake_named_just_before(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name", [
    # "it" that stage 1 found to be "the company": the company named just before.
    ('The plant\'s owner, Atlantic Seafoods Ltd., closed the plant. The company says it had no choice. '
     '"The quotas were cut in half," it said in a statement.', "The quotas were cut in half,",
     "Atlantic Seafoods Ltd"),
])
def test_pronoun_through_company_to_the_company(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


# Whole articles we wrote (CP, Star, Global, BBC styles): quote start -> name, kind.
ARTICLES = {
    "cp_fishery.txt": [("The science is clear", "Joanne Ferris", "person"),
                       ("Rebuilding takes time", "Department of Fisheries and Oceans", "organization"),
                       ("You can't pay a crew", "Wade Kenny", "person"),
                       ("Our members in the plants", "Unifor", "organization"),
                       ("We will do everything", "Atlantic Catch Ltd", "organization"),
                       ("Nobody will be left behind", "Joanne Ferris", "person")],
    "star_cafe.txt": [("Business is slow", "Joe Martelli", "person"),
                      ("People order from their phones", "Gina Martelli", "person"),
                      ("The cafe is part of why", "Anita Shah", "person"),
                      ("We are staying", "Humber River Hospital", "organization"),
                      # A building's age is nobody's: the description stays.
                      ("Nobody told us anything", "40-year-old", "unknown")],
    "global_transit.txt": [("We know riders are frustrated", "Metrolinx", "organization"),
                           ("Our guards are on site", "Paladin Security", "organization"),
                           ("I will be driving", "Luc Gagnon", "person"),
                           ("We spend our evenings", "Sandra Ellis", "person"),
                           ("The government owes riders", "Omar Haddad", "person")],
    "bbc_council.txt": [("No one will lose a place", "Fiona Baird", "person"),
                        ("Two weeks is not enough", "Tom Reid", "person"),
                        ("This is my home", "Margaret Ellis", "person"),
                        ("The homes are not safe", "Fiona Baird", "person"),
                        ("We found out from the papers", "care worker", "person")],
}


@pytest.mark.parametrize("article", sorted(ARTICLES))
def test_description_articles(nlp, article):
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "descriptions" / article).read_text(encoding="utf-8")
    got = {q.text: q.speaker for q in extract_text(text, nlp, state=DocState()) if q.speaker is not None}
    for start, name, kind in ARTICLES[article]:
        sp = next((s for t, s in got.items() if t.startswith(start)), None)
        assert sp is not None, f"{article}: no quote starting {start!r}"
        assert text[sp.start:sp.end] == sp.text
        assert (sp.name, sp.kind) == (name, kind), f"{article}: {start!r}"


@pytest.mark.parametrize("text,quote,name,title", [
    # Titles with "of": the portfolio is the title's, never the name's.
    ('"That is false," Minister of Finance Bill Morneau said.', "That is false,", "Bill Morneau",
     "Minister of Finance"),
    ('"We are hiring," Ontario Minister of Labour Monte McNaughton said.', "We are hiring,", "Monte McNaughton",
     "Ontario Minister of Labour"),
    ('Minister of Health Patty Hajdu announced the funding on Monday. "This will save lives," the minister said.',
     "This will save lives,", "Patty Hajdu", "Minister of Health"),
    # Capitalised modifiers of a role the recogniser took in.
    ('"Riders deserve an apology," said Liberal MPP Omar Haddad.', "Riders deserve an apology,", "Omar Haddad",
     "Liberal MPP"),
    # Negative: an outlet's possessive is no title.
    ('"The numbers are bad," the Toronto Star\'s Ann Lee wrote.', "The numbers are bad,", "Ann Lee", None),
])
def test_titles_with_portfolios(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title) == (name, title)


def test_stray_words_before_a_first_name_are_not_the_name():
    # Plain data: the recogniser's span took in a plural or an adverb before the first name.
    names = [NameMention(0, 25, "Senators Mitch McConnell", "PERSON"), NameMention(40, 62, "Certainly Donald Trump",
                                                                                  "PERSON"),
             NameMention(80, 99, "Mahamat Saleh Oumar", "PERSON")]
    table = build(DocEntities(names=names))
    assert table.lookup("McConnell").name == "Mitch McConnell"
    assert table.lookup("Trump").name == "Donald Trump"
    # Negative: a first name no list holds stays in the name.
    assert table.lookup("Oumar").name == "Mahamat Saleh Oumar"


def test_hyphenated_surname_by_its_last_part():
    names = [NameMention(0, 20, "Jody Wilson-Raybould", "PERSON"), NameMention(30, 48, "Marie Tremblay-Côté", "PERSON"),
             NameMention(60, 69, "Jean Côté", "PERSON")]
    table = build(DocEntities(names=names))
    assert table.lookup("Raybould").name == "Jody Wilson-Raybould"
    # Negative: "Côté" is also Jean's surname: the hyphenated name does not take it.
    assert table.lookup("Côté").name == "Jean Côté"


@pytest.mark.parametrize("text,quote,name", [
    # A role noun of one sex finds a person of that sex, not a man given the neutral title.
    ('Ministry spokesperson David Jensen confirmed the figures. Ann Lee, a spokeswoman for the hospital, spoke '
     'later. Jensen added more. "We are monitoring," the spokeswoman said.', "We are monitoring,", "Ann Lee"),
    ('Ministry spokesperson David Jensen confirmed the figures. "We are monitoring," the spokesman said.',
     "We are monitoring,", "David Jensen"),
    # Negative: the only spokesperson is a man; "the spokeswoman" stays a description.
    ('Ministry spokesperson David Jensen confirmed the figures. "We are monitoring," the spokeswoman said.',
     "We are monitoring,", "spokeswoman"),
])
def test_gendered_role_descriptions(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name,kind", [
    # A bare surname that speaks is the person named in full before it, whatever its label.
    ('Diane Deans, chair of the Ottawa Police Services Board, spoke first. "Residents deserve to feel safe," '
     'said Deans.', "Residents deserve to feel safe,", "Diane Deans", "person"),
    ('Rep. Steve Israel, a New York Democrat, said the vote was close. "We will get there," Israel said.',
     "We will get there,", "Steve Israel", "person"),
    # A first name alone is the one full name of the document that has it (features, family members).
    ('Sandra Ellis has run the food bank since 2015. "We never say no," Sandra said.', "We never say no,",
     "Sandra Ellis", "person"),
    # An organisation-tagged name given a person's role in apposition, no listed first name needed.
    ('"This is an economic emergency," said Bridgitte Anderson, the board\'s president.',
     "This is an economic emergency,", "Bridgitte Anderson", "person"),
])
def test_bare_names_and_kinds(nlp, text, quote, name, kind):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.kind) == (name, kind)


def test_first_name_of_two_full_names_stays_as_written():
    # Negative: two full names share the first name, so "Ann" alone is neither.
    names = [NameMention(0, 7, "Ann Lee", "PERSON"), NameMention(20, 29, "Ann Stone", "PERSON"),
             NameMention(40, 43, "Ann", "PERSON")]
    table = build(DocEntities(names=names))
    assert table.lookup("Ann") is None or table.lookup("Ann").name == "Ann"


@pytest.mark.parametrize("text,quote,name", [
    # A type noun in apposition to a British think tank; a title before a name in apposition.
    ('The King\'s Fund, a health think tank, said the figures were bad. "There is no quick fix," the think tank '
     'said.', "There is no quick fix,", "King's Fund"),
])
def test_think_tank(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name,title", [
    # A kin noun with its owner is what "his daughter" (and a "she" stage 1 found to be her) finds.
    ('Tunde Oyelowo has run the shop for 30 years. His daughter, Bisi, a pharmacist, helps on weekends. '
     '"Dad thinks the lease will go away," his daughter says.', "Dad thinks the lease will go away,", "Bisi", None),
    ('Sylvie Bouchard and her husband, Minh Nguyen, rebuilt the house. "We are not leaving," her husband says.',
     "We are not leaving,", "Minh Nguyen", None),
    # A phrase for one role: "Chief executive" is the CEO.
    ('Chief executive Darnell Whitehorse closed four stores. "Some will take the offer," the CEO said.',
     "Some will take the offer,", "Darnell Whitehorse", "Chief executive"),
    # Negative: nobody is given as her father; the description stays, named by its owner.
    ('Léa Nguyen, 16, missed her room. "The floor is gone," her father said.', "The floor is gone,",
     "Léa Nguyen's father", None),
])
def test_kin_and_role_phrases(nlp, text, quote, name, title):
    sp = quote_of(nlp, text, quote).speaker
    assert (sp.name, sp.title) == (name, title)


@pytest.mark.parametrize("text,quote,name", [
    ('The Federation of Sovereign Indigenous Nations said it would watch the case. "Too many families are '
     'waiting," the federation said.', "Too many families are waiting,", "Federation of Sovereign Indigenous Nations"),
])
def test_federation_is_a_type(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name", [
    # A union local the recogniser missed is known by its number; "the union" is it, however far back.
    ('CUPE Local 1157, which represents 900 support staff, says its members will strike. Talks broke down on '
     'Sunday. "We are available any time," the union said.', "We are available any time,", "CUPE Local 1157"),
    # Negative: a local with no union named is still "union".
    ('Talks broke down on Sunday. "We are available any time," the union said.', "We are available any time,",
     "union"),
])
def test_union_locals(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


@pytest.mark.parametrize("text,quote,name", [
    # Of namesakes, the only one named so far, though the others come later and none is close.
    ('Nathan Okafor scored his first goal on Saturday night in front of a sold-out crowd that had waited all '
     'season for something to cheer about, and the rookie was mobbed by his teammates on the ice.\n\n'
     'The Jets won 4-2.\n\n"I keep waiting for someone to wake me up," Okafor said.\n\n'
     'His parents, Emmanuel and Grace Okafor, drove in from Brandon.\n\n"I screamed," Grace Okafor said.',
     "I keep waiting for someone to wake me up,", "Nathan Okafor"),
])
def test_only_namesake_named_so_far(nlp, text, quote, name):
    assert quote_of(nlp, text, quote).speaker.name == name


COMPANY_NOT_PLACE_CASES = [
    # The recogniser tags towns as organisations; "the company" is the company, not the town
    # named last ("customers in Dartmouth", a hometown "of Mesa").
    ('The suit alleges that SunCrest Home Energy LLC misled buyers. One complaint came from Walter Pruett, 84, '
     'of Mesa.\n\nSunCrest denied wrongdoing. In a statement, the company said it "has helped thousands of '
     'families" and would fight.', "has helped thousands of families", "SunCrest Home Energy LLC"),
    ('Halifax Water raised rates on Monday. Customers in Dartmouth were angry.\n\n'
     'In a statement, the company said it "had no choice."', "had no choice.", "Halifax Water"),
    # Negative: the company named in the sentence before, the town only where its plant is.
    ('Maple Leaf Foods closed its plant in Brandon on Friday. "We had no choice," the company said.',
     "We had no choice,", "Maple Leaf Foods"),
    # A name inside someone's words is no antecedent for the writer's "the company".
    ('Nursing homes across the state face audits.\n\n"Like every provider in the Commonwealth, we have faced '
     'shortages," the company said.', "Like every provider", "company"),
    # Negative: "at" is where someone works, not a place: "the bank" is the bank an economist is at.
    ('Douglas Porter, an economist at RBC, expects cuts. "Rates will fall by spring," the bank said.',
     "Rates will fall by spring,", "RBC"),
]


@pytest.mark.parametrize("text, quote, name", COMPANY_NOT_PLACE_CASES)
def test_the_company_is_no_place(nlp, text, quote, name):
    import quotex
    found = [q for q in quotex.extract(text, nlp=nlp) if q.text.startswith(quote[:12])]
    assert found and found[0].speaker is not None and found[0].speaker.name == name


DESCRIPTOR_CASES = [
    # A noun for who someone is in the story, capitalised before the name, is no part of the name.
    ('Neighbour Curtis Boudreau, 61, said he woke up to the smell of smoke.\n\n'
     '"The whole back deck was orange," Boudreau told Global News.', "The whole back deck was orange,",
     "Curtis Boudreau"),
    ('Reader Jasmine Okafor sent us photos of her street. "The plow never came," she wrote.',
     "The plow never came,", "Jasmine Okafor"),
    # Negative: a first name that is also a noun stays the first name.
    ('Hunter Biden spoke to reporters. "I am not running," Biden said.', "I am not running,", "Hunter Biden"),
]


@pytest.mark.parametrize("text, quote, name", DESCRIPTOR_CASES)
def test_descriptor_noun_is_no_part_of_the_name(nlp, text, quote, name):
    import quotex
    found = [q for q in quotex.extract(text, nlp=nlp) if q.text == quote]
    assert found and found[0].speaker is not None and found[0].speaker.name == name
