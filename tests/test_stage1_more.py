"""More stage 1 choices (quote -> mention) that picked the wrong mention or none (session 13, h18m).

Each table is sentences written for the test, positive and negative rows, in several styles (wire,
local TV, features, sports, business), both sexes, organisations and plural speakers. The whole
pipeline runs (``extracted_speaker_name``).
"""
import pytest

from attribution_helpers import extracted_speaker_name


def _nobody(nlp, text, quote) -> bool:
    """Whether ``quote`` has no speaker: left out as the reporter's scare quote, or kept with none."""
    import quotex

    quotes = {q.text: q for q in quotex.extract(text, nlp=nlp)}
    return quote not in quotes or quotes[quote].speaker is None


# -- "“Q,” X said, after Y said …": the cue right after a quoted sentence is the quote's ---------
@pytest.mark.parametrize("text, quote, name", [
    ("“I never said that. I never said that,” Trump said, after CNBC's Becky Quick said he had called "
     "Rubio a “personal credit card.”", "I never said that. I never said that,", "Trump"),
    ("“We played our hearts out,” coach Maria Diaz said after the referee said the goal would stand.",
     "We played our hearts out,", "Maria Diaz"),
    ("“Our rates will not change,” Hydro Ottawa said Tuesday, when the regulator said it would review them.",
     "Our rates will not change,", "Hydro Ottawa"),
    ("“We are not done yet,” the nurses said, before the minister said the talks were over.",
     "We are not done yet,", "nurses"),
])
def test_cue_right_after_sentence_quote(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a quote that ends a clause of its own is that clause's
    ("After Scalia said some students might do better at “less advanced schools,” Trump said: "
     "“I do not like what he said.”", "less advanced schools,", "Scalia"),
    ("When Mayor Ann Lee said the plan would “protect our parks,” the crowd applauded.",
     "protect our parks,", "Ann Lee"),
    # a nested report after the quote stays with the outer speaker
    ("“Not true,” Lee said Hale told him.", "Not true,", "Lee"),
])
def test_cue_right_after_sentence_quote_negative(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "Obama's “…” promise": a possessive before the quote and a speech noun after it -----------
@pytest.mark.parametrize("text, quote, name", [
    ("It is the persistent pull of Obama's “if you like your plan, you can keep it” promise.",
     "if you like your plan, you can keep it", "Obama"),
    ("Voters still remember Mayor Ann Lee's “no new taxes” vow.", "no new taxes", "Ann Lee"),
    ("It was a rebuttal to Trump's “Make America Great Again” rallying cry.", "Make America Great Again", "Trump"),
    ("The union's “no contract, no work” slogan was on every sign.", "no contract, no work", "union"),
    ("Coach Maria Diaz spoke first. Fans cheered her “we will win this” pledge.", "we will win this", "Maria Diaz"),
    ("Nike's “just do it” slogan is on every shirt.", "just do it", "Nike"),
    ("The Teamsters' “no contract, no work” slogan was on every sign.", "no contract, no work", "The Teamsters"),
])
def test_owned_utterance(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote", [
    # no owner before the quote, or no speech noun after it: nobody's words here
    ("The “no new taxes” vow is gone.", "no new taxes"),
    ("He wore a “Make America Great Again” hat.", "Make America Great Again"),
    ("The mayor's “clean streets” budget passed on Monday.", "clean streets"),
])
def test_owned_utterance_negative(nlp, text, quote):
    assert _nobody(nlp, text, quote)


# -- a verbless label before a colon ("On the bridge:") goes on with the last speaker ----------
@pytest.mark.parametrize("text, quote, name", [
    ("“We will cut taxes,” Ann Lee said on Monday.\n\nOn the new bridge: “It will open in May.”",
     "It will open in May.", "Ann Lee"),
    ("“We played badly,” coach Tom Hale said.\n\nAnd on his goalie: “He was the best player on the ice.”",
     "He was the best player on the ice.", "Tom Hale"),
    ("“I made a mistake,” he told CNN's Chris Cuomo in October, said Senator Mark Ross.\n\n"
     "Then, later that month on CNN: “I never said we made a mistake.”", "I never said we made a mistake.",
     "Mark Ross"),
    ("“We have worked without a contract for a year,” the nurses said.\n\n"
     "On the minister: “She has not returned our calls.”", "She has not returned our calls.", "nurses"),
])
def test_verbless_colon_intro(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, not_name", [
    # a label that names someone is that someone's
    ("“We will cut taxes,” Ann Lee said on Monday.\n\nHale on the budget: “There is no money.”",
     "There is no money.", "Ann Lee"),
    ("“We will cut taxes,” Ann Lee said on Monday.\n\nThe council on the budget: “There is no money.”",
     "There is no money.", "Ann Lee"),
    # a dash inside the reporter's sentence is no label
    ("“We will win,” Ann Lee said.\n\nAs for Hale, his old act—“My plan will be a tremendous plan!”—is "
     "wearing thin.", "My plan will be a tremendous plan!", "Ann Lee"),
    # the speaker is two paragraphs back
    ("“We will cut taxes,” Ann Lee said.\n\nThe council met on Tuesday.\n\nOn the new bridge: “It will open in May.”",
     "It will open in May.", "Ann Lee"),
])
def test_verbless_colon_intro_negative(nlp, text, quote, not_name):
    assert extracted_speaker_name(nlp, text, quote) != not_name


# -- "Bannon, who Beck called “…”": the noun phrase after the relative word speaks -------------
@pytest.mark.parametrize("text, quote, name", [
    ("Much of the anger was aimed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”",
     "a horrible, despicable human being.", "Beck"),
    ("The team traded Smith, who coach Tom Hale once called “the heart of this club.”",
     "the heart of this club.", "Tom Hale"),
    ("The bill was pushed by Acme Corp., which the union has called “a bad neighbour.”", "a bad neighbour.", "union"),
    ("The board fired the manager, whom Councillor Maria Diaz called “a disaster for this city.”",
     "a disaster for this city.", "Maria Diaz"),
])
def test_object_relative(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # the relative word is the subject: the antecedent speaks
    ("The senator, who said the bill was “a disgrace,” voted no.", "a disgrace,", "senator"),
    ("The group, which has called the tax “theft,” sued the city.", "theft,", "group"),
    # "that" after a verb is no relative word
    ("Lee said that Hale called the plan “a mess.”", "a mess.", "Lee"),
])
def test_object_relative_negative(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


# -- "“…” That quote from X appeared …": the next sentence names the quote's source ------------
@pytest.mark.parametrize("text, quote, name", [
    ("“I'd rather have a sister in a whorehouse than a brother in the FBI.” That quote from Alabama "
     "Securities Commissioner Thomas Krebs appeared on the front page in 1990.",
     "I'd rather have a sister in a whorehouse than a brother in the FBI.", "Thomas Krebs"),
    ("“We will never close this mill.” Those were the words of Mayor Ann Lee in 2015. The mill closed a year later.",
     "We will never close this mill.", "Ann Lee"),
    ("“The lights will stay on.” The promise, from Hydro Ottawa, came after a week of outages.",
     "The lights will stay on.", "Hydro Ottawa"),
    ("“This is the best team I have coached.” The remark came from coach Maria Diaz after the win.",
     "This is the best team I have coached.", "Maria Diaz"),
])
def test_quote_named_after(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a cue of its own wins; "the remarks from the other speakers" names nobody
    ("“It was a great day,” said Ann Lee. The remarks from the other speakers were shorter.",
     "It was a great day,", "Ann Lee"),
])
def test_quote_named_after_negative(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


def test_quote_named_after_without_source(nlp):
    # a document's line, no source named
    assert _nobody(nlp, "“Fix the roads.” That line of the petition drew 4,000 signatures.", "Fix the roads.")


# -- "“…?” asked the boy": a finite cue right after the closing mark, its speaker after it ------
@pytest.mark.parametrize("text, quote, name", [
    ("“How big is that wall?” asked the boy, who was wearing a red hat, as the audience laughed.",
     "How big is that wall?", "boy"),
    ("“Can we go now?” asked the girl.", "Can we go now?", "girl"),
    ("“When does the rink reopen?” asked a parent at the meeting.", "When does the rink reopen?", "parent"),
    ("“Is the plant safe?” asked a neighbour, who would not give her name.", "Is the plant safe?", "neighbour"),
])
def test_inverted_ask(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name


@pytest.mark.parametrize("text, quote, name", [
    # a participle after the quote goes on with the sentence's subject
    ("The foundation did not want to address “that person,” telling Fox 35 that it had no comment.",
     "that person,", "foundation"),
    ("“Go home,” Ann Lee told the crowd.", "Go home,", "Ann Lee"),
])
def test_inverted_ask_negative(nlp, text, quote, name):
    assert extracted_speaker_name(nlp, text, quote) == name
