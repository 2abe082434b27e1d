"""Stage-2 resolution mechanisms found by the hand audit of PolNeAR train
(benchmarks/resolution_audit.py): short passages we wrote in several styles, through the real model.

Each row: the passage, the quote's words, and the speaker name the quote must get.
"""
import pytest

from quotex.attribution.attribute import DocState
from quotex.resolution.gender import first_name_gender, sure_first_name_gender
from quotex.resolution.pronouns import PERSON, Entity, Pronoun, Mention, agrees, resolve
from quotex.resolution.resolve import balanced, is_surname_pair
from quotex.text.windows import extract_text


def speaker_name(nlp, text, quote):
    quotes = {q.text: q for q in extract_text(text, nlp, state=DocState())}
    assert quote in quotes, f"quote {quote!r} not found in {list(quotes)}"
    sp = quotes[quote].speaker
    return sp.name if sp is not None else None


# ---- A sex only a first name given to both sexes says is soft ("Lindsey", "Kelly", "Lee", "Chris"):
# a pronoun of the other sex is unlikely, not ruled out; a name of one sex outright still rules it out.
SOFT_SEX_CASES = [
    # wire: the senator is the subject and the last speaker; the man named as an object is not "He"
    ('Sen. Lindsey Graham called out his rival Donald Trump on Thursday.\n\n'
     'Graham said, "We are losing the vote."\n\nHe continued, "We can still win it back."',
     "We can still win it back.", "Lindsey Graham"),
    # the same with a woman's name of one sex outright: "He" can never be her
    ('Sen. Susan Collins called out her rival Donald Trump on Thursday.\n\n'
     'Collins said, "We are losing the vote."\n\nHe continued, "We can still win it back."',
     "We can still win it back.", "Donald Trump"),
    # features: a professor whose first name is mostly a man's, quoted with "she"
    ('Lee Epstein, a law professor, has studied the court for decades.\n\n'
     'The justices found common ground, Epstein said. "It was still a good term," she said.',
     "It was still a good term,", "Lee Epstein"),
    # local TV: a man and a woman whose first name is mostly a woman's; "he" takes the man named
    ('Kelly Ayotte toured the plant with Tom Reed on Monday. "The jobs are coming back," he said.',
     "The jobs are coming back,", "Tom Reed"),
    # sports: "she" after a woman whose first name is mostly a man's, a man of one sex named too
    ('Coach Chris Nolan praised forward Michael Dunn after the game.\n\n'
     '"We played our best period of the season," she said.',
     "We played our best period of the season,", "Chris Nolan"),
]


@pytest.mark.parametrize("text, quote, name", SOFT_SEX_CASES)
def test_soft_sex_of_a_both_sexes_first_name(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


def test_soft_entity_agrees_but_scores_less():
    # Plain records: a soft "f" still agrees with "he", a decided one does not; and a man of one sex
    # named as often wins over the soft one.
    soft = Entity("Lindsey Graham", PERSON, sex="f", soft=True)
    hard = Entity("Susan Collins", PERSON, sex="f")
    man = Entity("Donald Trump", PERSON, sex="m")
    assert agrees("he", soft) and not agrees("he", hard) and agrees("she", soft)
    pron = Pronoun("he", token=20, sent=2, para=1)
    same = [Mention(token=2, sent=1, para=1, subject=True)]
    assert resolve(pron, [(soft, same), (man, same)]) == man
    assert resolve(pron, [(soft, same)]) == soft
    # the names the list gives one sex only "mostly" are the soft ones
    assert first_name_gender("Lindsey") == "f" and sure_first_name_gender("Lindsey") is None
    assert sure_first_name_gender("Susan") == "f"


# ---- A two-word surname alone is the person whose full name ends in it (and no first name + surname).
COMPOUND_SURNAME_CASES = [
    # wire
    ('Rep. Debbie Wasserman Schultz chairs the committee. "We will hold the vote," Wasserman Schultz said.',
     "We will hold the vote,", "Debbie Wasserman Schultz"),
    # features (arts)
    ('The novelist Mario Vargas Llosa spoke at a festival in Houston. '
     '"It is intolerable," Vargas Llosa told the audience.', "It is intolerable,", "Mario Vargas Llosa"),
    # a particle surname, the woman's first name a word too
    ('Marine Le Pen leads the National Front. "We will win in the spring," Le Pen said.',
     "We will win in the spring,", "Marine Le Pen"),
    # business: a Spanish double surname
    ('Lily Eskelsen García heads the largest teachers union. "Our members want results," Eskelsen García said.',
     "Our members want results,", "Lily Eskelsen García"),
    # negative: a first name and a surname of their own, though a longer name ends in them
    ('Mary Anna Lee chairs the board, and her niece Anna Lee runs the shop.\n\n'
     '"Sales are up this year," Anna Lee said.', "Sales are up this year,", "Anna Lee"),
    # negative: two people whose full names end in the surname: neither
    ('Ana Garcia Lopez and Maria Garcia Lopez own the firm. "We are hiring," Garcia Lopez said.',
     "We are hiring,", "Garcia Lopez"),
]


@pytest.mark.parametrize("text, quote, name", COMPOUND_SURNAME_CASES)
def test_two_word_surname_alone(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("form, pair", [
    ("Wasserman Schultz", True), ("Vargas Llosa", True), ("Le Pen", True), ("Eskelsen García", True),
    ("Anna Lee", False), ("Debbie Wasserman", False), ("J. Smith", False), ("Tom Reed", False),
])
def test_is_surname_pair(form, pair):
    assert is_surname_pair(form) is pair


# ---- A person the sentence before introduces as its subject takes the pronoun from the story's
# subject and the last speaker; not when another person is a subject in that sentence too.
INTRODUCED_CASES = [
    # wire (politics): the story's subject spoke last, a new operative is introduced
    ('Bernie Sanders met donors in Iowa on Friday. Sanders called the party rules unfair, and Sanders '
     'asked for his data back. "We will win this state," Sanders said.\n\n'
     'Josh Hendler, a Democratic tech operative, warned Saturday that the move against Sanders could hurt the party. '
     '"The stakes are higher than one fight," he wrote in a blog post.',
     "The stakes are higher than one fight,", "Josh Hendler"),
    # local TV: a woman introduced after the mayor, the story's subject (a woman too)
    ('Mayor Ann Lee opened the new bridge on Monday. Lee cut the ribbon, and Lee walked across it first. '
     '"It took ten years," Lee said.\n\n'
     'Resident Maria Gomez, 61, said the mayor\'s bridge came too late. '
     '"We waited and waited," she said.', "We waited and waited,", "Maria Gomez"),
    # features: a sheriff introduced vouching for the candidate the story is about
    ('Donald Trump accepted the nomination on Thursday. Trump spoke for an hour, and Trump promised '
     'a wall. "We will win again," Trump said.\n\n'
     'Earlier, Sheriff Joe Arpaio vouched for Trump\'s plan to build a wall on the border. '
     'He said, "This man will build the wall."', "This man will build the wall.", "Joe Arpaio"),
    # negative: the newcomer asks, the other answers as the subject of the same sentence
    ('Author Dinesh Kumar has a new film out.\n\nAfter host Glenn Beck asked him who would win, Dinesh Kumar '
     'replied, "I would bet on Hillary." "We should never confuse hopes with facts," he added.',
     "We should never confuse hopes with facts,", "Dinesh Kumar"),
    # negative: nobody new, the last speaker keeps "he"
    ('Coach Tom Reed watched the game from the bench. "We were flat," Reed said. '
     'The crowd left early.\n\n"We will be better on Sunday," he said.',
     "We will be better on Sunday,", "Tom Reed"),
]


@pytest.mark.parametrize("text, quote, name", INTRODUCED_CASES)
def test_a_person_just_introduced_takes_the_pronoun(nlp, text, quote, name):
    assert speaker_name(nlp, text, quote) == name


# ---- A name never keeps half a bracket or half a quotation its mention cut off.
@pytest.mark.parametrize("name, out", [
    ("Vox Populi (Voice of the People", "Vox Populi"),
    ('no-disparagement" clause', "no-disparagement clause"),
    ("Canadian Union of Public Employees (CUPE)", "Canadian Union of Public Employees (CUPE)"),
    ("Charles “Chuck” Brennan", "Charles “Chuck” Brennan"),
    ("Ann Lee", "Ann Lee"),
])
def test_balanced_name(name, out):
    assert balanced(name) == out


def test_balanced_name_through_the_pipeline(nlp):
    # features (a newspaper column quoted by its name, its English gloss in brackets)
    text = ('A popular column in the Asahi newspaper attacked the remark. "It was rough," said the Vox Populi '
            '(Voice of the People) column. "It was unprecedented," the column noted.')
    quotes = {q.text: q for q in extract_text(text, nlp, state=DocState())}
    for q in quotes.values():
        if q.speaker is not None:
            assert q.speaker.name.count("(") == q.speaker.name.count(")")
