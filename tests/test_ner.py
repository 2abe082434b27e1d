"""The entity recognizer runs outside wholly quoted sentences only (quotex.nlp.ner)."""
import pytest

from quotex.attribution.attribute import DocState
from quotex.text.windows import extract_text
from quotex.nlp.ner import NAME, quoted_mask


def test_model_uses_the_outside_quotes_recognizer(nlp):
    assert NAME in nlp.pipe_names and "ner" in nlp.disabled


@pytest.mark.parametrize("text, left_out", [
    # a quoted sentence of its own is left out; the one that runs on to the cue is kept
    ('"We will win. We always do," Ann Lee said.', ['"', "We", "will", "win", "."]),
    # a whole quote paragraph with no cue
    ('Ann Lee spoke.\n"We will win."', ['"', "We", "will", "win", ".", '"']),
    # nothing quoted: nothing left out
    ("Ann Lee said the city will win.", []),
    # a fragment inside the reporter's sentence: kept
    ('Ann Lee called it "a win" on Monday.', []),
    # a sentence with no capitalised word after a function word cannot hold a name: left out
    ("He said it was late. Ann Lee left.", ["He", "said", "it", "was", "late", "."]),
    # a capitalised first word that is not a function word, or a capital later on: kept
    ("Republicans said no.", []),
    ("But the mayor of Springfield said no.", []),
])
def test_quoted_mask(nlp, text, left_out):
    doc = nlp(text)
    assert [t.text for t, m in zip(doc, quoted_mask(doc)) if m] == left_out


def test_entities_outside_quotes_and_offsets(nlp):
    text = '"Kim Jong Un invited Vladimir Putin. He accepted." Kremlin spokesman Dmitry Peskov told reporters.'
    doc = nlp(text)
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Dmitry Peskov", "PERSON") in ents
    # the wholly quoted first sentence was not read by the recognizer
    assert not any(e.start_char < text.index("He accepted") for e in doc.ents)
    for e in doc.ents:
        assert text[e.start_char:e.end_char] == e.text


def test_same_entities_as_a_full_run_when_nothing_is_quoted(nlp):
    text = "Ann Lee, the mayor of Springfield, met Tom Reyes of Acme Corp. in Boston on Monday."
    full = nlp.get_pipe("ner")(nlp.make_doc(text))
    ours = nlp(text)
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in full.ents]


def test_surname_resolves_to_a_full_name_seen_only_inside_a_quote(nlp):
    text = ('"Reporters questioned Press Secretary Josh Earnest about the shooting."\n'
            '"I will not talk about it," Earnest said.')
    quotes = list(extract_text(text, nlp, state=DocState(all_quotes=True)))
    q = next(q for q in quotes if q.text.startswith("I will not"))
    assert q.speaker.text == "Earnest" and q.speaker.name == "Josh Earnest"


@pytest.mark.parametrize("text, names", [
    ("Morton Blackwell, who founded the institute, spoke first.", ["Morton Blackwell"]),
    # titles and sentence words before a name are dropped
    ("But Press Secretary Josh Earnest declined to comment on the plan.", ["Josh Earnest"]),
    ("The city welcomed Donald J. Trump and Sen. Ted Cruz on a rainy day.", ["Donald J. Trump", "Ted Cruz"]),
    # places and institutions are not names
    ("The officials of the White House met reporters of Fox News on Monday.", []),
    # a question starting with an auxiliary
    ("Will Sanders run again after the convention in the summer?", []),
    # a line in Title Case is a headline, not a sentence
    ("Understated Perez Wins Over The Crowd In Ohio", []),
    # a portfolio before the title is no part of the name (the portfolio is no title word)
    ("Labour Minister Thomas Lacroix moved to the back row of the plane.", ["Thomas Lacroix"]),
    ("Defence Secretary Ann Lee met the press on a rainy day at the base.", ["Ann Lee"]),
    ("We learned later that Health Minister Christine Elliott had left the building.", ["Christine Elliott"]),
    # accented capitals and small letters (Quebec, Polish names)
    ("Marie-Ève Tremblay-Roy has waited, and Jean-François Bélanger works nights at the hospital.",
     ["Marie-Ève Tremblay-Roy", "Jean-François Bélanger"]),
    ("The nurses Łukasz Nowak and Zoë Côté agreed with the plan on the ward.", ["Łukasz Nowak", "Zoë Côté"]),
    # a surname that is also a title word stays a surname
    ("The new coach, John Judge, spoke to the team after practice.", ["John Judge"]),
])
def test_harvest_names(text, names):
    from quotex.resolution.names import harvest_names

    assert harvest_names(text) == names


def test_surname_resolves_to_a_full_name_far_from_any_quote(nlp):
    text = ("Headline about the race\n"
            "Morton Blackwell founded the institute decades ago.\n"
            + "The institute grew over the years and moved twice.\n" * 4
            + '"We train young people," Blackwell said.')
    quotes = list(extract_text(text, nlp, state=DocState(all_quotes=True)))
    assert [(q.speaker.text, q.speaker.name) for q in quotes] == [("Blackwell", "Morton Blackwell")]


@pytest.mark.parametrize("text", [
    # a headline, a dateline and the lead's first name, read as one organisation by a full read
    "Oilers rally past Flames in Battle of Alberta\n\nEDMONTON — Connor McDavid had a goal and two assists.",
    "Interview with Jane Doe\nJane Doe is a writer in Brooklyn.",
    "Meet the candidates: Ann Lee\nAnn Lee has lived in Surrey for 30 years.",
    'Council votes on arena\n\nREGINA — "We listened," Mayor Sandra Masters said.',
])
def test_no_entity_runs_across_a_line_break(nlp, text):
    doc = nlp(text)
    assert doc.ents
    for e in doc.ents:
        assert "\n" not in e.text and text[e.start_char:e.end_char] == e.text


@pytest.mark.parametrize("text, quote, name", [
    # the recogniser ran headline, dateline and name together; the line read alone misses the
    # name; a camel-cased surname after a listed first name is still a person ("Connor McDavid")
    ("Oilers rally past Flames in Battle of Alberta\n\nEDMONTON — Connor McDavid had a goal and two assists "
     "as the Edmonton Oilers rallied.\n\n\"We didn't have it in the first,\" McDavid said.",
     "We didn't have it in the first,", "Connor McDavid"),
    ("Budget day in Halifax\n\nHALIFAX — Allan MacMaster tabled the budget on Tuesday.\n\n"
     "\"This is careful but not timid,\" MacMaster said.", "This is careful but not timid,", "Allan MacMaster"),
    # a plain title-case name keeps working
    ("Storm hits the coast\n\nHALIFAX — Rosa Delgado lost power on Monday.\n\n\"It was dark for two days,\" "
     "Delgado said.", "It was dark for two days,", "Rosa Delgado"),
])
def test_surname_after_a_dateline_finds_the_full_name(nlp, text, quote, name):
    quotes = list(extract_text(text, nlp, state=DocState()))
    q = next(q for q in quotes if q.text == quote)
    assert q.speaker.name == name


@pytest.mark.parametrize("text, tagged, label, expected", [
    # the recogniser tagged only the part after the hyphen: the entity takes the whole word
    ("Minister Suzanne Roy spoke first. Tremblay-Roy isn't holding her breath.", "Roy", "PERSON", "Tremblay-Roy"),
    ("Mary O'Brien-Walsh left. Later O'Brien-Walsh said no.", "Walsh", "PERSON", "O'Brien-Walsh"),
    ("Ferreira-Santos Ltd. said it would appeal.", "Ferreira", "ORG", "Ferreira-Santos"),
    # the other part is a name of its own in the article: two names joined, not one
    ("Donald Trump spoke. The Trump-Clinton debate was loud.", "Clinton", "PERSON", "Clinton"),
    # a lower-case word is no part of a name ("Toronto-based")
    ("The Toronto-based firm hired staff.", "Toronto", "GPE", "Toronto"),
])
def test_whole_hyphenated_words(nlp, text, tagged, label, expected):
    from spacy.tokens import Span

    from quotex.nlp.ner import whole_hyphenated_words

    doc = nlp(text)
    i = max(t.i for t in doc if t.text == tagged)
    keep = [e for e in doc.ents if e.end <= i - 2 and e.label_ == "PERSON" and e.text != tagged]
    doc.ents = keep + [Span(doc, i, i + 1, label=label)]
    whole_hyphenated_words(doc)
    assert doc.ents[-1].text == expected
