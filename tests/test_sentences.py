"""A paragraph break always ends a sentence, so cues never hang off the previous paragraph."""
from quotex.text.windows import extract_text
from quotex.nlp.sentences import NAME


def test_component_is_in_the_loaded_pipeline(nlp):
    names = nlp.pipe_names
    assert NAME in names and names.index(NAME) < names.index("parser")


def test_paragraph_break_starts_a_sentence(nlp):
    doc = nlp('Ann Lee spoke on Monday about the plan for the bridge\n\n"We will win," she said.')
    starts = [s.start_char for s in doc.sents]
    assert doc.text.index('"') in starts or doc.text.index("We") in starts


def test_cue_in_its_own_paragraph(nlp):
    text = ("McCaskill said the senator had run a strong race in the state\n\n"
            '"Obviously, Bernie is highlighting those issues very well," she said.')
    (q,) = list(extract_text(text, nlp))
    assert q.speaker.text == "she"
    assert q.cue.text == "said"
    assert q.cue.start > text.index("\n")
