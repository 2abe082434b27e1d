"""The "she" of what a described person says is that person (session 16; found writing a Global
News crime story).

"Const. Rachel Soriano … Soriano said … / A neighbour, who asked not to be named, said she heard
shouting. / “It's been getting worse every year,” she said" gave the neighbour's quote to the
constable: the "she" of "said she heard" has no named person before it in its sentence, so it was
resolved in turn, went to Soriano and counted as one more mention of her. Now a subject pronoun of
the clause a speech verb reports is the verb's subject when that subject is a description (the
neighbour, a worker, a woman who …): one more mention of the described person, who thereby has a
sex. Not when the description's sex disagrees ("A spokesman said she …"), nor when it speaks of or
for somebody named ("A close friend of the mayor said he was exhausted": that "he" is the mayor);
a name in apposition inside the description is that person.
"""
import pytest
from attribution_helpers import extracted_speaker_name

POLICE = ("Const. Rachel Soriano said officers were called to the house around 2 a.m.\n\n"
          "\"We are asking anyone who was in the area to give us a call,\" Soriano said.\n\n"
          "Soriano said the homicide unit has taken over the investigation.\n\n")
COACH = ("Coach Dale Meyers said the team had played its worst half of the season.\n\n"
         "\"We didn't compete,\" Meyers said. \"That's on me.\"\n\nMeyers said he would review the film.\n\n")


@pytest.mark.parametrize("text, quote, name", [
    # crime story, a woman after a constable named three times
    (POLICE + "A neighbour, who asked not to be named, said she heard shouting before police arrived.\n\n"
     "\"It's been getting worse every year,\" she said.", "It's been getting worse every year,", "neighbour"),
    # sports, a man after the coach named three times
    (COACH + "A season-ticket holder who has not missed a game since 1998 said he was thinking of "
     "giving up his seats.\n\n\"I can't watch this anymore,\" he said.", "I can't watch this anymore,",
     "season-ticket holder"),
    # business, a worker after the company and its chief executive
    ("Chief executive Mark Ellison said Acme would close the plant by June. Ellison said the decision "
     "was final.\n\nA worker who asked not to be named said he had been at the plant for 22 years.\n\n"
     "\"They gave us a day's notice,\" he said.", "They gave us a day's notice,", "worker"),
    # a name in apposition to the description is that person
    ("Sen. Ted Cruz spoke in Marion on Sunday. Cruz said the caucuses would be close.\n\nOne pastor, "
     "Dale Whitman of Liberty Baptist Church, said he had made 150 phone calls.\n\n\"Find your polling "
     "place,\" he tells parishioners.", "Find your polling place,", "Dale Whitman"),
])
def test_described_reporter_keeps_her_pronoun(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the sex of the description disagrees: the "she" is the mayor
    ("Mayor Ann Lee left the meeting early.\n\nA spokesman said she would not seek re-election.\n\n"
     "\"I have done what I came to do,\" she said.", "I have done what I came to do,", "Ann Lee"),
    # one who speaks for somebody named speaks of that person
    ("Mayor Tom Reilly opened the meeting.\n\nA spokesperson for Reilly said he would not seek "
     "re-election.\n\n\"I am done,\" he said.", "I am done,", "Tom Reilly"),
    ("Grace Obi runs the shelter.\n\nA source said she had asked the city for help.\n\n"
     "\"We are full every night,\" she said.", "We are full every night,", "Grace Obi"),
    # a named subject is the pronoun votes' business, as before
    ("Grace Obi runs the shelter. Obi said she had asked the city for help.\n\n"
     "\"We are full every night,\" she said.", "We are full every night,", "Grace Obi"),
])
def test_pronoun_of_someone_else(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
