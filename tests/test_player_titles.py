"""Players and students named with their position or year ("said junior Kayla Morris", "said goalie
Carey Price", "Longhorns forward Dylan Disu, who had 22 points, …").

Mechanisms (sentences written for these tests: college and high-school recaps, AP hockey, local
sports, with both sexes, and non-sports sentences that must not change):
- a role noun the small tagger reads as a verb right before a name is the name's title, not a
  second verb (rules.cue ``_after_quote``; entities.title_before);
- a player's year or position right before the name is a title though the tagger calls it an
  adjective (entities.title_before: lexicon STANDING_NOUNS, POSITION_NOUNS);
- a first name and surname tagged an organisation with a noun for a person right before it is a
  person (entities.name_mention);
- a titled name that opens its sentence and goes on with a verb or ", who" is the sentence's
  subject even when the parser hangs it on the team's name (entities._opens_sentence), so "the
  senior said" after it is that player.
"""
import pytest

import quotex
from attribution_helpers import extracted_speaker


def _speaker(nlp, text, quote):
    return extracted_speaker(nlp, text, quote, required=False)


# (text, quote, name, title, kind)
SPEAKERS = [
    ('"We lost the battles in front," said goalie Carey Price.', "We lost the battles in front,",
     "Carey Price", "goalie", "person"),
    ('"We didn\'t show up," said goalie Connor Hellebuyck.', "We didn't show up,",
     "Connor Hellebuyck", "goalie", "person"),
    ('"We didn\'t show up," said junior Kayla Morris. "That\'s on us."', "We didn't show up,",
     "Kayla Morris", "junior", "person"),
    ('"We didn\'t show up," said sophomore Tyler Jones.', "We didn't show up,",
     "Tyler Jones", "sophomore", "person"),
    ('"We just kept telling each other, one stop at a time," said senior guard Dajuan Harris Jr., '
     'who finished with 18 points.', "We just kept telling each other, one stop at a time,",
     "Dajuan Harris Jr.", "senior guard", "person"),
    ('"I was open, so I shot it," said freshman guard Maya Ellis.', "I was open, so I shot it,",
     "Maya Ellis", "freshman guard", "person"),
    # negatives: a firm named like a person stays a firm; a title that is no person's stays out
    ('"It was a tough quarter for the bank," said Morgan Stanley.', "It was a tough quarter for the bank,",
     "Morgan Stanley", None, "organization"),
    ('"Rates will stay high," said Morgan Stanley analyst Ruth Porat.', "Rates will stay high,",
     "Ruth Porat", "Morgan Stanley analyst", "person"),
    ('"We expect more layoffs this year," said a defiant Donald Trump.', "We expect more layoffs this year,",
     "Donald Trump", None, "person"),
]


@pytest.mark.parametrize("text,quote,name,title,kind", SPEAKERS)
def test_player_named_with_position_or_year(nlp, text, quote, name, title, kind):
    sp = _speaker(nlp, text, quote)
    assert sp is not None
    assert (sp.name, sp.title, sp.kind) == (name, title, kind)


# "the senior said" after a player the parser did not make the subject
RECAPS = [
    ('Texas coach Rodney Terry credited the crowd. "You can\'t simulate this place," Terry said.\n\n'
     'Longhorns forward Dylan Disu, who had 22 points, was less gracious. "We gave it away," the senior said.',
     "We gave it away,", "Dylan Disu"),
    ('Coach Cara Morey praised the defence. "They blocked everything," Morey said.\n\n'
     'Wolverines forward Jenna Quinn, who scored twice, was more guarded. "We got lucky," the junior said.',
     "We got lucky,", "Jenna Quinn"),
    ('Coach Tom Ward said the power play failed again. "We had our chances," Ward said.\n\n'
     'Spartans goalie Erin Hatch made 34 saves. "The D-men blocked a ton," the sophomore said.',
     "The D-men blocked a ton,", "Erin Hatch"),
    # negatives: the opening name is not the subject ("'s"), or a sentence opens with something else
    ('Coach Tom Ward said the power play failed again. "We had our chances," Ward said.\n\n'
     'Spartans goalie Erin Hatch\'s father watched from the stands. "He is tired," the coach said.',
     "He is tired,", "Tom Ward"),
]


@pytest.mark.parametrize("text,quote,name", RECAPS)
def test_description_finds_player_opening_the_sentence(nlp, text, quote, name):
    sp = _speaker(nlp, text, quote)
    assert sp is not None and sp.name == name


OPENS = [
    ("Longhorns forward Dylan Disu, who had 22 points, was less gracious.", "Dylan Disu", True),
    ("Coach Ann Lee was blunter.", "Ann Lee", True),
    ("Spartans goalie Erin Hatch made 34 saves.", "Erin Hatch", True),
    ("Spartans goalie Erin Hatch's father watched.", "Erin Hatch", False),
    ("After the game, coach Ann Lee was blunter.", "Ann Lee", False),
    ("Fans cheered Erin Hatch all night.", "Erin Hatch", False),
]


@pytest.mark.parametrize("sentence,name,want", OPENS)
def test_opens_sentence(nlp, sentence, name, want):
    from quotex.resolution.entities import _opens_sentence

    doc = nlp(sentence)
    i = next(t.i for t in doc if t.text == name.split(" ")[0])
    assert _opens_sentence(doc, i, [False] * len(doc)) is want


# "Teammate Kayla Morris" tagged an organisation with the noun before her name: she is a person
# (lexicon DESCRIPTOR_NOUNS: teammate, classmate, roommate …) in both stages, so the "she said"
# after her is hers (antecedents._table_person looks the name up without the noun), not the man's
# named before.
@pytest.mark.parametrize("text,quote,name", [
    ('Tyler Jones scored twice. "We needed that," Jones said. Teammate Kayla Morris added an assist.\n\n'
     '"He carried us," she said.', "He carried us,", "Kayla Morris"),
    ('Maya Ellis led all scorers. "It felt good," Ellis said. Teammate Tyler Jones had nine rebounds.\n\n'
     '"She was unstoppable," he said.', "She was unstoppable,", "Tyler Jones"),
    # a classmate in a school story, the other way round
    ('Principal Ann Lee opened the assembly. "Welcome back," Lee said. Classmate Jordan Reyes, 17, spoke next.\n\n'
     '"We missed this place," he said.', "We missed this place,", "Jordan Reyes"),
])
def test_teammate_before_a_name(nlp, text, quote, name):
    sp = _speaker(nlp, text, quote)
    assert sp is not None and sp.name == name
