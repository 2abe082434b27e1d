"""Who answers a question: the one asked, not the asker.

Mechanisms (sentences written for these tests: wire, TV interview write-ups, sports press
conferences, courtrooms, features; both sexes, organisations, plurals):

* the one a verb of asking (lexicon ASKING_VERBS: asking, pressing, grilling, interviewing,
  cross-examining) addresses is the expected speaker of the reply after it
  (antecedents.AntecedentIndex._asked_one / _asked_pronouns, pronouns._answerer): "A reporter
  pressed him on the play calling. “I would call it again,” he said" is the coach's, whether the
  one asked is named ("pressed Price") or a pronoun resolved without the asker; the asker's own
  turn counts as a plain mention (pronouns._as_asker). Not a request ("asked Rick to run the
  campaign"), not a question told of inside another clause, not once someone else was said to
  speak after the question;
* a reply (lexicon REPLY_CUES: "replied", "responded") goes to whom the last speaker's sentence
  addressed, not to that speaker (pronouns._replied_to): "Councillor Rick Hale accused Mayor Tom
  Bell of hiding the costs. “That is simply false,” he replied" is Bell's;
* a quoted question put to someone is answered by that person or, in an exchange, by the other
  party (mentions.MentionRules._answerer_for): '“Alone?” Marsh asked.¶“With my sister,” she
  replied.' is the witness's; a speaker's own question answered in the same paragraph stays his
  ('“Who pays for the new arena?” Bell asked. “The taxpayers do,” he said.').
"""
import pytest

from attribution_helpers import extracted_speaker_name

# (text, quote, speaker)
ASKED = [
    # sports press conference: an unnamed reporter presses the coach (a pronoun object)
    ('Coach Dan Price took questions after the loss. "We were flat," Price said.\n\n'
     'A reporter pressed him on the play calling. "I would call it again," he said.',
     "I would call it again,", "Dan Price"),
    ('Goalie Mark Lessard stopped 41 shots in the win. "The guys made it easy," Lessard said.\n\n'
     'A reporter asked him about the last minute. "I just tried to stay calm," he said.',
     "I just tried to stay calm,", "Mark Lessard"),
    # TV interview write-up: asker and answerer both women
    ('Finance Minister Karen Holt tabled the budget Tuesday. "It is a responsible plan," Holt said.\n\n'
     'CBC host Rosemary Barton pressed her on the deficit. "We will balance it by 2028," she said.',
     "We will balance it by 2028,", "Karen Holt"),
    ('Interviewer Sarah Lin asked the author, Mary Holt, about her new novel. "It took me ten years," she said.',
     "It took me ten years,", "Mary Holt"),
    # courtroom: both women; a man questioned by a woman
    ('Witness Maria Soto testified Monday that she saw the car leave. "It was dark blue," Soto said.\n\n'
     'Crown prosecutor Linda Marsh asked her whether she was sure. "I am certain," she replied.',
     "I am certain,", "Maria Soto"),
    ('Judge Ann Park questioned the officer, Constable Jane Reid, about the search.\n\n'
     '"I followed the procedure," she said.',
     "I followed the procedure,", "Jane Reid"),
    ('Defence lawyer Mark Oyelowo questioned the officer, Constable James Reid.\n\n'
     'Oyelowo asked him whether he had checked the car. "I did not," he said.',
     "I did not,", "James Reid"),
    # wire: named object, both men
    ('Reporter Tom Ellis asked Coach Dan Price about the loss. "We were flat," he said.',
     "We were flat,", "Dan Price"),
    ('Premier Doug Ford spoke to reporters Monday. "We will get it done," Ford said.\n\n'
     'One reporter questioned him about the delay. "Nobody is happy about it," he replied.',
     "Nobody is happy about it,", "Doug Ford"),
    # local meeting: a woman asked by a councillor
    ('Mayor Ann Lee defended the budget at Tuesday\'s meeting. "We had no choice," Lee said.\n\n'
     'A councillor asked her about the increase. "We looked at everything," she said.',
     "We looked at everything,", "Ann Lee"),
    # other verbs of questioning: grilling, cross-examining, interviewing
    ('Coach Dan Price took questions after the loss. "We were flat," Price said.\n\n'
     'A radio host grilled him on the play calling. "I would call it again," he said.',
     "I would call it again,", "Dan Price"),
    ('Witness Maria Soto testified Monday that she saw the car leave. "It was dark blue," Soto said.\n\n'
     'Defence lawyer Linda Marsh cross-examined her for an hour. "I am certain," she said.',
     "I am certain,", "Maria Soto"),
    ('Rep. Paul Cole has spent months on the bill. A reporter interviewed him on Friday. '
     '"It is the work of my life," he said.', "It is the work of my life,", "Paul Cole"),
    # (the same two men, a question this time)
    ('Mayor Tom Bell called Rick Hale on Monday. Bell asked him about the vote. "I have not decided," he said.',
     "I have not decided,", "Rick Hale"),
    # organisations and plurals asked
    ('The ministry announced the delay on Friday. A reporter asked the ministry about the cost. '
     '"We are reviewing it," it said.', "We are reviewing it,", "ministry"),
    ('Hydro-Quebec restored power to most homes by Sunday. Host Ann Welker asked the utility when the '
     'rest would follow. "By Tuesday," it said.', "By Tuesday,", "Hydro-Quebec"),
    # a passive: the subject is the one asked
    ('Liam Ortiz scored twice in the win. After the game, his coach, Mike Dunn, was asked about him. '
     '"He was everywhere," he said.', "He was everywhere,", "Mike Dunn"),
]

NOT_ASKED = [
    # a request is no question: the one asked to do something does not reply
    ('Mayor Tom Bell spoke to his brother Rick Bell after the vote.\n\n'
     'Tom asked Rick to run the campaign. "He said no at first," he said.',
     "He said no at first,", "Tom Bell"),
    ('Coach Dan Price met his captain, Sam Ortiz, after the loss.\n\n'
     'Price asked him for patience. "We need time," he said.', "We need time,", "Dan Price"),
    ('Mayor Tom Bell called Rick Hale on Monday. Bell asked him for his support. "I will need every vote," '
     'he said.', "I will need every vote,", "Tom Bell"),
    # someone else said to speak after the question takes the turn
    ('Sen. Paul Reyes defended the bill on Sunday. "It protects workers," Reyes said.\n\n'
     'Host Dana Cole asked him about the cost. Reyes\'s rival, Sen. John Hart, said the bill was too '
     'expensive. "It will cost billions," he said.', "It will cost billions,", "John Hart"),
    # a question told of inside the teller's own sentence: the teller goes on
    ('Jane Holt, the union\'s president, met the premier on Monday. What annoyed her, she said, was a '
     'question at the news conference, when a reporter asked the premier why the talks had stalled. '
     '"It was insulting," she said.', "It was insulting,", "Jane Holt"),
    # the asker's own words stay the asker's
    ('Host Kristen Welker asked the senator about the deal. "Was it worth it?" she asked.',
     "Was it worth it?", "Kristen Welker"),
    # the one asked is ruled out by sex: the reply is the other person's
    ('The senator, Ann Lee, spoke for an hour. A student asked her about tuition. "It is too high," '
     'Lee said. "What would you do?" the student asked. "Freeze it," she said.',
     "Freeze it,", "Ann Lee"),
]

QUESTIONS = [
    # TV interview write-up: the host asks, the senator answers (both men)
    ('Host Tom Ellis asked Sen. James Lankford whether he felt betrayed. "I feel like the country '
     'lost," Lankford replied.\n\n"Do you regret the vote?" Ellis asked.\n\n"Not for a second," he said.',
     "Not for a second,", "James Lankford"),
    # courtroom: prosecutor and witness both women
    ('Crown prosecutor Linda Marsh asked the witness, Maria Soto, where she had been. "At home," Soto '
     'said.\n\n"Alone?" Marsh asked.\n\n"With my sister," she replied.',
     "With my sister,", "Maria Soto"),
    ('Defence lawyer Anne Roy cross-examined the nurse, Julie Tran, for two hours.\n\n'
     '"Did you check the chart?" Roy asked.\n\n"Twice," Tran said.\n\n"And you saw nothing?"\n\n'
     '"Nothing," she replied.', "Nothing,", "Julie Tran"),
    # sports: an unnamed reporter's question, the coach's answer
    ('Coach Dan Price met reporters after the loss. "We were flat," Price said.\n\n'
     '"Was it the travel?" a reporter asked.\n\n"No excuses," he said.',
     "No excuses,", "Dan Price"),
    # the question names whom it is put to
    ('"Why did you run?" Ellis asked Lankford.\n\n"Because nobody else would," he said.',
     "Because nobody else would,", "Lankford"),
    ('"Are you running again?" host Tom Ellis asked the mayor, Rick Hale.\n\n"No," he said.',
     "No,", "Rick Hale"),
]

RHETORICAL = [
    # a speaker's own question, answered in the same paragraph, stays his
    ('Councillor Rick Hale opposed the plan. "It is a waste," Hale said.\n\n'
     'Mayor Tom Bell disagreed. "Who pays for the new arena?" Bell asked. "The taxpayers do," he said.',
     "The taxpayers do,", "Tom Bell"),
    ('Mayor Tom Bell defended the tax at Tuesday\'s meeting. "It is fair," Bell said.\n\n'
     '"Who pays for the new arena?" he asked. "The taxpayers do, and they should," he said.',
     "The taxpayers do, and they should,", "Tom Bell"),
    # feature: a relative's question told in passing, the subject answers with her own name
    ('Rita Gomez has run the bakery for 30 years. "I love it," she says.\n\n'
     'Her daughter asked her once why she never retired. "What would I do all day?" Gomez says.',
     "What would I do all day?", "Rita Gomez"),
]


REPLIES = [
    # local council: the one accused replies (both men)
    ('Councillor Rick Hale accused Mayor Tom Bell of hiding the costs on Tuesday. "That is simply false," '
     'he replied.', "That is simply false,", "Tom Bell"),
    # campaign wire
    ('Donald Trump attacked Ted Cruz at a rally on Sunday. "He is desperate," he responded.',
     "He is desperate,", "Ted Cruz"),
    # provincial politics: both women
    ('Sen. Ann Lee criticized Gov. Mary Holt over the budget. "I stand by every number," she replied.',
     "I stand by every number,", "Mary Holt"),
    # labour: organisations
    ('The union accused the company of stalling. "We have been at the table every day," it replied.',
     "We have been at the table every day,", "company"),
    # the one asked in a passive replies
    ('Mayor Tom Bell was asked about the costs on Tuesday. "That is simply false," he replied.',
     "That is simply false,", "Tom Bell"),
    # nobody addressed: the one who disagreed replies
    ('Mayor Tom Bell defended the costs. "They are fair," Bell said. Councillor Rick Hale disagreed. '
     '"They are not," he replied.', "They are not,", "Rick Hale"),
]


@pytest.mark.parametrize("text,quote,want", ASKED)
def test_the_one_asked_answers(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,want", NOT_ASKED)
def test_no_answer_expected(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,want", QUESTIONS)
def test_a_quoted_question_is_answered_by_the_other_party(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,want", RHETORICAL)
def test_a_speakers_own_question_stays_his(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want


@pytest.mark.parametrize("text,quote,want", REPLIES)
def test_a_reply_is_the_one_addressed(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
