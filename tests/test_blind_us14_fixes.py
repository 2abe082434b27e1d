"""Mechanisms from blind_us14's first run (US regional and local news: Axios Local, the Chicago
Tribune, the Miami Herald, a university daily, the Arizona Republic, the Houston Chronicle).

Sentences written for these tests (newsletter, city hall, wire, local TV, sports, business, campus;
women, men, organisations, plurals), positive and negative cases for each:
- attribution.syntax ``_name_after_label``: a short label that opens the sentence with a colon is
  a heading, not the subject ("The other side: AFSCME Local 1335, which …, said …");
- attribution.rules.cue ``_cue_attribution``: a quote ending in a comma that goes on into its own
  cue ("What they're saying: “…,” Sorensen told Axios.") is that cue's, not the colon lead-in's;
- resolution.entities ``described_roles``: the person noun of an indefinite apposition ("X, a
  retired structural engineer who …") is a role a later "the retired engineer said" finds;
- lexicon: "Ald." is a title (alderperson; "the alderman", "the alderwoman" stand for it);
- attribution.sieve ``multi_paragraph_back``: a quote left open across paragraphs whose last part
  has its own cue is that cue's speaker's from the first paragraph, over a speaker merely carried on
  from the paragraph before (``continuation``);
- attribution.syntax ``mention_span``: a hyphenated surname the parser splits into two subjects is
  one mention ("Okafor-Lyle said she …" is not "Okafor");
- resolution.entities ``role_parts`` (used by ``name_parts`` and the pronoun candidates): an
  organisation's span the recogniser ran on over "spokesperson Raul Medina" is the organisation and
  its person ("Texas Department of Transportation spokesperson Raul Medina said … he said");
- resolution.resolve ``_antecedent`` (standing nouns): "the sophomore said" falls back to the person
  just named only when the article did not title that person with a calling ("A lawyer …, Jessica
  Holtzman" is no sophomore; a player titled "linebacker" or untitled still is);
- resolution.resolve ``resolve_speaker`` (owned voices): "X's spokeswoman, Alicia Dorn, said" is Dorn,
  not X, when the spokesperson is named in apposition (an unnamed "Acme's spokeswoman said" is still
  Acme's voice);
- attribution.rules.context ``_document_author``: "the report" is a document too; a participle's
  agent puts it out ("a report released by the county's health department"), not one who only
  obtained it; a city or a county is an author ("The city said in a post on X …").
"""
import pytest

from attribution_helpers import extracted_speaker_name

LABELS = [
    # newsletter labels before the subject
    ('Budget director Ann Lee laid out the plan.\n\nThe other side: AFSCME Local 1335, which represents '
     '2,000 city workers, said the freeze would leave "fewer people doing more work."',
     "fewer people doing more work.", "AFSCME"),
    ('The council voted 7-4.\n\nReality check: Kessler Homes, which backed the plan, '
     'warned that permits were "already too slow."', "already too slow.", "Kessler Homes"),
    ('Tom Reyes coached the Hawks for a decade.\n\nFlashback: Reyes, who won two titles, said in 2019 he would '
     '"never coach anywhere else."', "never coach anywhere else.", "Tom Reyes"),
    # the label's colon lead-in yields to the quote's own cue after it
    ('Mayor Dana Whitfield spoke first.\n\nWhat they\'re saying: "We are not going to pretend the hole is '
     'smaller than it is," Whitfield told Axios.', "We are not going to pretend the hole is smaller than it is,",
     "Dana Whitfield"),
    ('The Hawks lost in overtime.\n\nWhat he said: "We ran out of legs," coach Marcus Bell told reporters.',
     "We ran out of legs,", "Marcus Bell"),
    # negative: a colon lead-in whose quote ends the sentence stays the lead-in's
    ('Sen. Ann Lee took the microphone. She said: "We will not back down."', "We will not back down.", "Ann Lee"),
    ('Acme Corp. issued a statement. The company said: "We regret the delay."', "We regret the delay.", "Acme Corp"),
    # negative: a subject with no label is read as it is
    ('The union said the freeze would leave "fewer people doing more work."', "fewer people doing more work.",
     "union"),
]

DESCRIBED = [
    ('Horacio Pazmiño, a retired structural engineer who lives on the fourth floor, walked reporters through '
     'the garage.\n\n"These are surface cracks," the retired engineer said.', "These are surface cracks,",
     "Horacio Pazmiño"),
    ('Linda Okafor, a longtime volunteer at the shelter, stacked cots by the door.\n\n"We will make room," '
     'the volunteer said.', "We will make room,", "Linda Okafor"),
    ('Maria Castro, 41, loaded the van. Jamal Fields, a bus driver from Ohio, waited at the depot.\n\n'
     '"I just kept driving," the driver said.', "I just kept driving,", "Jamal Fields"),
    ('Ruth Engel, a nurse at Abbott for 22 years, joined the picket line.\n\n"We want to be inside," the nurse said.',
     "We want to be inside,", "Ruth Engel"),
    # negative: a description nobody was given stays as written
    ('Horacio Pazmiño, a retired structural engineer, walked reporters through the garage.\n\n'
     '"Nobody told us anything," the plumber said.', "Nobody told us anything,", "plumber"),
    ('Ann Lee, a fixture at the market for 30 years, sells honey.\n\n"Prices are up," the farmer said.',
     "Prices are up,", "farmer"),
]

ALDERMEN = [
    ('Ald. Yolanda Briggs, 6th, called the plan "a closing list."\n\n"Nobody knocked on a single door," '
     'the first-term alderperson said.', "Nobody knocked on a single door,", "Yolanda Briggs"),
    ('Ald. Robert Kwan, 42nd, voted no.\n\n"This is a tax increase by another name," the alderman said.',
     "This is a tax increase by another name,", "Robert Kwan"),
    ('Ald. Maria Ortiz voted yes.\n\n"We had no choice," said Ortiz.', "We had no choice,", "Maria Ortiz"),
]

MULTI_PARAGRAPH = [
    ('The union said in a statement that the plan was "a mistake." Terrence Gaines, the union\'s vice '
     'president, read a longer statement into the record.\n\n"Every study says the same thing.\n\n'
     '"We are asking the board to listen," he said.', "Every study says the same thing.", "Terrence Gaines"),
    ('Coach Dana Brooks said the loss was "on me." Her point guard, Keisha Lowe, stayed at her locker.\n\n'
     '"We talked about it at halftime.\n\n"We just did not do it," Lowe said.', "We talked about it at halftime.",
     "Keisha Lowe"),
    # negative: the same speaker throughout stays
    ('Mayor Ann Lee said the city was "ready."\n\n"We have the trucks and the salt.\n\n"We are ready," she said.',
     "We have the trucks and the salt.", "Ann Lee"),
]

HYPHENATED = [
    ('Board President Denise Okafor-Lyle said the board needed more time.\n\nOkafor-Lyle said she expected a vote '
     'in the spring.\n\n"Everything is on the table," she said.', "Everything is on the table,",
     "Denise Okafor-Lyle"),
    ('Coach Marcus Delgado-Reyes was upbeat.\n\nDelgado-Reyes said he liked the effort.\n\n"We are close," he said.',
     "We are close,", "Marcus Delgado-Reyes"),
]

DOCUMENTS = [
    ('The Maricopa County Department of Public Health released its annual report Thursday. The report called '
     'the decline "encouraging but fragile."', "encouraging but fragile.",
     "Maricopa County Department of Public Health"),
    ('Heat deaths fell last year, according to a report released Thursday by the county health department.\n\n'
     'The Maricopa County Department of Public Health confirmed 511 deaths. The report called the decline '
     '"encouraging but fragile."', "encouraging but fragile.", "Maricopa County Department of Public Health"),
    ('Harris County said in a post on X that residents should stay home. "Turn around, don\'t drown," the post read.',
     "Turn around, don't drown,", "Harris County"),
    # negative: who only obtained the document is not its author
    ('The chapter was suspended, according to a letter from the Office of Student Conflict Resolution obtained by '
     'The Michigan Daily. The letter said the chapter had shown "a pattern of conduct."', "a pattern of conduct.",
     "Office of Student Conflict Resolution"),
    ('Reporters obtained the report on Tuesday. "Cuts are coming," the report says.', "Cuts are coming,", "report"),
]

ORG_PEOPLE = [
    ('Texas Department of Transportation spokesperson Raul Medina said crews were working around the clock. '
     '"We know people are frustrated," he said.', "We know people are frustrated,", "Raul Medina"),
    ('Texas Department of Transportation spokesperson Raul Medina said crews were working around the clock. '
     '"We know people are frustrated," Medina said.', "We know people are frustrated,", "Raul Medina"),
    ('Minnesota Department of Health spokeswoman Doris Engel said cases were rising. "We expect more," she said.',
     "We expect more,", "Doris Engel"),
    ('"Staff began lifesaving measures at once," said Cook County Sheriff\'s Office spokesman Matt Walberg.',
     "Staff began lifesaving measures at once,", "Matt Walberg"),
    # negative: no person after the role noun, the organisation speaks
    ('The Houston Food Bank said demand had doubled. "We need volunteers," the food bank said.',
     "We need volunteers,", "Houston Food Bank"),
]

STANDING = [
    # a year is a student's or a player's: not someone the article titled with a calling
    ('A lawyer for several former members, Jessica Holtzman, said her clients "dispute the facts."\n\n'
     'Reporters spoke to an Engineering sophomore who asked not to be named.\n\n'
     '"I thought I was going to die on that porch," the sophomore said.',
     "I thought I was going to die on that porch,", "sophomore"),
    ('Principal Ann Lee greeted students at the door. "It\'s a big day," the sophomore said.', "It's a big day,",
     "sophomore"),
    # ... but the player just named, titled with a position or not, still is
    ('Redhawks linebacker Matt Grant, who had 11 tackles, said the defense was tired. "We just kept going," '
     'the senior said.', "We just kept going,", "Matt Grant"),
    ('Coach Dana Brooks praised the defense. Maya Ellis scored 20 points. "I felt good tonight," the junior said.',
     "I felt good tonight,", "Maya Ellis"),
]

SPOKES = [
    # a spokesperson named in apposition speaks, whoever's spokesperson she is
    ('Acme Corp.\'s spokeswoman, Alicia Dorn, said the company "stands by every number."',
     "stands by every number.", "Alicia Dorn"),
    ('Montoya-Reyes\' spokeswoman, Alicia Dorn, said the senator "stands by every number."',
     "stands by every number.", "Alicia Dorn"),
    ('Harborview\'s spokesman, Tom Kessler, said the hospital was "at capacity."', "at capacity.", "Tom Kessler"),
    # negative: an unnamed one speaks for the organisation
    ('Acme Corp. closed the plant Friday. Acme Corp.\'s spokeswoman said the company "stands by every number."',
     "stands by every number.", "Acme Corp"),
]


@pytest.mark.parametrize("text,quote,want", LABELS + DESCRIBED + ALDERMEN + MULTI_PARAGRAPH + HYPHENATED + DOCUMENTS +
                         ORG_PEOPLE + STANDING + SPOKES)
def test_blind_us14_mechanisms(nlp, text, quote, want):
    assert extracted_speaker_name(nlp, text, quote) == want
