"""Names of unresolved descriptions and the mechanisms behind the entity-level name errors we read on
train, through the real model. Each row a short passage we wrote, the quote and the name quotex must
give (or, for negative rows, a name it must not give).

* after a cue verb the subject follows ("…," said one longtime adviser to Bill Clinton.) and the
  parser hangs "to Bill Clinton" on the verb: right after a person noun and naming a person or
  organisation, it is the description's complement, kept in the name like "a longtime adviser to
  Bill Clinton" (entities._inverted_to_complement); "to reporters" (no name) stays the verb's and
  a cue in normal order ("one adviser said to Bill Clinton") names no complement;
* a description named in apposition after the cue is the name ("said her former roommate, Jane
  Porter"), and a subject's predicate noun ("Cruz is the only contender …") does not hide him from
  a later "he said" (guards for what train showed working in isolation).
"""
import pytest
from attribution_helpers import extracted_speaker_name

EXACT = [
    # inverted cue, complement the parser hung on the verb: person and organisation objects
    ('"The plan will not work," said one longtime adviser to Bill Clinton.', "The plan will not work,",
     "one longtime adviser to Bill Clinton"),
    ('"The plan will not work," said one senior aide to Governor Maria Chen.', "The plan will not work,",
     "one senior aide to Governor Maria Chen"),
    ('"We will appeal the ruling," said one lawyer to Acme Corp.', "We will appeal the ruling,",
     "one lawyer to Acme Corp."),
    # the complement the parser already gives the noun stays as it was
    ('"The plan will not work," said a longtime adviser to Bill Clinton.', "The plan will not work,",
     "longtime adviser to Bill Clinton"),
    # a name in apposition after the description is the speaker's: both genders
    ('"He was always trying to prove himself to his father," said his best friend at college, Bruce Turry, '
     'who later became a lawyer.', "He was always trying to prove himself to his father,", "Bruce Turry"),
    ('"She was always trying to prove herself," said her former roommate, Jane Porter.',
     "She was always trying to prove herself,", "Jane Porter"),
    ('"We expect a long fight," said the union\'s spokesman, Tom Reyes.', "We expect a long fight,", "Tom Reyes"),
    # a predicate noun after the subject: the later pronoun is still the subject, both genders
    ('Senator Ted Cruz toured the state. Cruz is the only top-tier contender to have visited every county, '
     'and he has long used that fact. "That is the Iowa way," he said.', "That is the Iowa way,", "Ted Cruz"),
    ('Senator Elizabeth Warren spoke in Boston. Warren is the only senator to have voted against the bill, '
     'and she has long said so. "It was a bad deal," she said.', "It was a bad deal,", "Elizabeth Warren"),
    # organisations and plural speakers keep their description when nothing names them
    ('The Kazakh government said the port would become "a major distribution hub for goods."',
     "a major distribution hub for goods.", "Kazakh government"),
    ('The two unions met on Friday. The unions said the offer was "an insult to every worker."',
     "an insult to every worker.", "unions"),
    # a description with an antecedent takes the organisation's name
    ('Acme Corp. released its results on Monday. The company said sales were "stronger than expected."',
     "stronger than expected.", "Acme Corp"),
]

NOT = [
    # "to reporters", "to the crowd": an addressee, no complement of the speaker
    ('"The plan will not work," said a spokeswoman to the crowd.', "The plan will not work,", "spokeswoman to the crowd"),
    # normal order: "said to Bill Clinton" is whom she said it to
    ('"The plan will not work," one longtime adviser said to Bill Clinton.', "The plan will not work,",
     "one longtime adviser to Bill Clinton"),
    # a named speaker keeps only the name
    ('"The plan will not work," said Maria Chen to Bill Clinton.', "The plan will not work,", "Maria Chen to Bill Clinton"),
    # the complement's person is not the speaker
    ('"The plan will not work," said one longtime adviser to Bill Clinton.', "The plan will not work,", "Bill Clinton"),
]


@pytest.mark.parametrize("text,quote,name", EXACT)
def test_names(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text,quote,name", NOT)
def test_not_names(nlp, text, quote, name):
    got = extracted_speaker_name(nlp, text, quote)
    assert got is not None and got != name
