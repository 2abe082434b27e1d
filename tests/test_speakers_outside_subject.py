"""A speaker the sentence names outside its subject is who the next "he said" goes on with.

Mechanism (antecedents.AntecedentIndex._speaks_through): a name is a speaker's mention, brought in
as a new speaker, when the speech verb's subject stands for it -- through a "who" clause ("Rep. Paul
Cole, who, after meeting with Hale, said …"; "the editor, Bret Stephens, who said …") or as the
named example of a subject that speaks ("Some analysts, like Karen Holt, a strategist at TD Bank,
say …"; "Critics, including councillor Rick Hale, say …"; "such as"). Not the example of an object
("Bell has met critics, like Rick Hale"), nor of a subject whose verb is no speech verb. Sentences
written for these tests (wire, features, sports, business, local council, courtroom; both sexes).
"""
import pytest

from attribution_helpers import extracted_speaker_name

CASES = [
    # "who" + speech verb, the name also the subject of another verb
    ('Sen. Tom Hale criticized the plan on Monday. Then came Rep. Paul Cole, who, after meeting with Hale, '
     'said the plan was "dead on arrival."\n\nAnyone who backs it, he said, "will pay at the polls."',
     "will pay at the polls.", "Paul Cole"),
    # feature: both women, "says"
    ('Jane Holt lost her home in the fire. Her neighbour is Ruth Ames, who says she saw the smoke first.\n\n'
     '"It came so fast," she said.', "It came so fast,", "Ruth Ames"),
    # courtroom: "testified"
    ('The Crown\'s case rested on Ann Park\'s testimony. Her story was challenged by Dr. Lisa Chen, who '
     'testified that the wound was older.\n\n"It had begun to heal," she said.', "It had begun to heal,", "Lisa Chen"),
    # sports
    ('The Oilers beat Calgary 4-1 on Saturday behind coach Mike Dunn. Leading the way was goalie Sam Ortiz, '
     'who said the team "never quit."\n\n"We just kept going," he said.', "We just kept going,", "Sam Ortiz"),
    # business: the named example of analysts who say something (both women)
    ('Finance Minister Ann Lee praised the numbers. "It is good news," Lee said.\n\n'
     'Some analysts, like Karen Holt, a strategist at TD Bank, say the rally will fade.\n\n'
     '"It\'s a sugar high," she said.', "It's a sugar high,", "Karen Holt"),
    # local council: "including" (both men)
    ('Mayor Tom Bell defended the bylaw. "It works," Bell said.\n\n'
     'Critics, including councillor Rick Hale, say it goes too far.\n\n"It punishes renters," he said.',
     "It punishes renters,", "Rick Hale"),
    # health: "such as"
    ('Health Minister Paul Roy said the hospitals would cope. "We are ready," Roy said.\n\n'
     'Several doctors, such as Dr. James Reid of the Civic hospital, warned that wards were full.\n\n'
     '"We are at capacity," he said.', "We are at capacity,", "James Reid"),
]

NEGATIVE = [
    # the example of an object is no speaker
    ('Mayor Tom Bell defended the bylaw. "It works," Bell said.\n\n'
     'Bell has met critics, like Rick Hale, many times. "They are wrong," he said.',
     "They are wrong,", "Tom Bell"),
    # nor the example of a subject that does not speak
    ('Mayor Tom Bell defended the bylaw. "It works," Bell said.\n\n'
     'Critics of the bylaw, like landlord Rick Hale, have taken the city to court. "It will stay," he said.',
     "It will stay,", "Tom Bell"),
    # a "who" clause of a name inside a subordinate clause: the main clause's subject goes on
    ('Premier Scott Moe spoke about the carbon tax on Monday. "It hurts farmers," Moe said.\n\n'
     'Asked whether Justin Trudeau, who has called the tax essential, would back down, Moe shrugged.\n\n'
     '"I am not holding my breath," he said.', "I am not holding my breath,", "Scott Moe"),
    # the last speaker named with his own cue after the "who said" goes on
    ('Mayor Tom Bell defended the bylaw on Monday. The city\'s lawyer, Rick Hale, who said last week the '
     'bylaw was sound, did not attend.\n\n"It works," Bell said. "It will stay," he said.',
     "It will stay,", "Tom Bell"),
]


@pytest.mark.parametrize("text,quote,want", CASES)
def test_speaker_named_outside_the_subject(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,want", NEGATIVE)
def test_no_speaker_outside_the_subject(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
