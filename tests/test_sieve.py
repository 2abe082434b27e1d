"""The sieve as data: rule order is a config, an ablation is a config change; methods carry a
measured confidence; the scare-quote policy in one place."""
import pytest

from quotex.resolution.resolve import UNRESOLVED_DESCRIPTION_FACTOR

from quotex.attribution.attribute import DocState
from quotex.text.windows import extract_text
from quotex.attribution.methods import SPEAKER_KINDS, Method, is_scare_quote, load_confidence
from quotex.records import Quote, Speaker
from quotex.attribution.sieve import DEFAULT_SIEVE, PASSES, RULES, STAGES, Sieve


def attribute(nlp, text, sieve=DEFAULT_SIEVE):
    return {q.text: (q.speaker.name if q.speaker else None, q.method)
            for q in extract_text(text, nlp, state=DocState(all_quotes=True, sieve=sieve))}


def test_default_sieve_is_its_own_config():
    assert Sieve.parse(str(DEFAULT_SIEVE)) == DEFAULT_SIEVE
    assert [s for s, _ in DEFAULT_SIEVE.stages] == list(STAGES)
    # every registered rule runs somewhere: none is dead code
    assert {r for _, rules in DEFAULT_SIEVE.stages for r in rules} == set(RULES) | PASSES


@pytest.mark.parametrize("config", [
    "own-sentence: cue no-such-rule",
    "no-such-stage: cue",
    "own-sentence: cue; own-sentence: colon",
])
def test_a_bad_config_is_an_error(config):
    with pytest.raises(ValueError):
        Sieve.parse(config)


def test_without_an_unknown_rule_is_an_error():
    with pytest.raises(ValueError):
        DEFAULT_SIEVE.without("cue-typo")


# (text, quote, rule dropped, (speaker, method) with the default sieve, (speaker, method) without it)
ABLATIONS = [
    # the cue rule off: word order after the quote still finds the mayor
    ('"We will win," Mayor Ann Lee said.', "We will win,", "cue", ("Ann Lee", "cue"), ("Ann Lee", "after-quote")),
    # British style, single marks, inverted; a woman named after her role
    ("'Taxes must rise,' said Tom Hale, the treasurer.", "Taxes must rise,", "cue", ("Tom Hale", "cue"),
     ("Tom Hale", "after-quote")),
    ("'Taxes must rise,' the council's treasurer, Jane Hale, said.", "Taxes must rise,", "cue",
     ("Jane Hale", "cue"), ("Jane Hale", "after-quote")),
    # the colon rule off: the line-colon rule reads the same shape as a lead's source
    ('Ann Lee: "We will win."', "We will win.", "colon", ("Ann Lee", "colon"), ("Ann Lee", "line-colon")),
    # the sentence before: without its cue rule, its person subject still speaks
    ('Ann Lee spoke on Monday. "We will win the vote."', "We will win the vote.", "previous-sentence",
     ("Ann Lee", "previous-sentence"), ("Ann Lee", "previous-subject")),
    # a second quote of the paragraph: the sentence before, else the quote before
    ('"We will win," Ann Lee said. "Nobody can stop us."', "Nobody can stop us.", "previous-sentence",
     ("Ann Lee", "previous-sentence"), ("Ann Lee", "same-paragraph")),
    # an introducing paragraph off: the quote paragraph after it has nobody
    ('Tom Hale, the treasurer, told the council.\n\n"The roads come first."\n', "The roads come first.",
     "previous-paragraph", ("Tom Hale", "previous-paragraph"), (None, "none")),
    # a work's title off: the quote is left to the other rules (nobody's words either way)
    ('The film "Jaws" opened in 1975.', "Jaws", "work-title", (None, "title"), (None, "none")),
]


@pytest.mark.parametrize("text, quote, rule, before, after", ABLATIONS)
def test_an_ablation_is_a_config_change(nlp, text, quote, rule, before, after):
    assert attribute(nlp, text)[quote] == before
    assert attribute(nlp, text, DEFAULT_SIEVE.without(rule))[quote] == after
    # the same ablation written as a config string
    config = str(DEFAULT_SIEVE).replace(f" {rule};", ";").replace(f" {rule} ", " ")
    assert rule not in Sieve.parse(config).rules("own-sentence") + Sieve.parse(config).rules("carried")
    assert attribute(nlp, text, Sieve.parse(config))[quote] == after


def test_reordering_a_stage(nlp):
    """Word order after the quote before the parse's cue: the same speaker, the other rule's name."""
    text = '"We will win," Mayor Ann Lee said.'
    rules = DEFAULT_SIEVE.rules("own-sentence")
    order = ("after-quote",) + tuple(r for r in rules if r != "after-quote")
    assert attribute(nlp, text, DEFAULT_SIEVE.with_stage("own-sentence", order))["We will win,"] == \
        ("Ann Lee", "after-quote")


@pytest.mark.parametrize("text", [
    '"We will win," Mayor Ann Lee said. "Nobody can stop us."',
    'Ann Lee: "We will win."\n\n"It is close," said the Gazette.\n',
    'The mayor\'s allies see a "sham" process, Lee\'s "lazy voters" remark aside.',
])
def test_every_answer_records_its_method_and_its_measured_confidence(nlp, text):
    for q in extract_text(text, nlp, state=DocState(all_quotes=True)):
        method = Method(q.method)
        if q.speaker is None:
            assert q.confidence == 0.0
        else:
            # The measured figure, lowered only where stage 2 could not say who a description is
            # ("The mayor's allies": no mayor named).
            measured = method.confidence(q.speaker)
            assert method.speaks and q.confidence in (measured, round(measured * UNRESOLVED_DESCRIPTION_FACTOR, 3))


def test_the_confidence_table_covers_every_method_that_names_a_speaker():
    table = load_confidence()
    for m in Method:
        if m.speaks:
            assert all(0.0 < table[m.value][k] <= 1.0 for k in SPEAKER_KINDS), m
    with pytest.raises(ValueError):
        Method("a-rule-nobody-measured")


def _quote(text, method="none", speaker=None):
    return Quote(text, 0, len(text), "partial", speaker, None, method, 0.9 if speaker else 0.0)


@pytest.mark.parametrize("quote, scare", [
    (_quote("undercard"), True),                                   # short, nobody's
    (_quote("law and order"), True),
    (_quote("we will not back down"), False),                      # longer: kept without a speaker
    (_quote("not yet", "uttered-label"), False),                   # someone's words by its noun
    (_quote("The Art of the Deal Revisited", "title"), True),      # a work's title, however long
    (_quote("A really tough decision for the town", "subhead"), True),
    (_quote("R", "letter"), True),
    (_quote("sham", "view-holder", Speaker("Lee", 0, 3, "Ann Lee", None, "person")), False),
])
def test_scare_quote_policy(quote, scare):
    assert is_scare_quote(quote) is scare


def test_layout_passes_are_named_in_the_config_and_can_be_dropped(nlp):
    # A transcript line labelled inside its marks: the label is the speaker and not part of the
    # quote; without the ``transcript`` pass the label stays in the quote's text.
    text = ('Ann Lee and Tom Hale met at the town hall on Monday.\n\n'
            '"LEE: We will rebuild the bridge this year."\n\n'
            '"HALE: The money is not there."\n')
    with_pass = list(extract_text(text, nlp, state=DocState(all_quotes=True)))
    assert [(q.text, q.speaker.name, q.method) for q in with_pass] == [
        ("We will rebuild the bridge this year.", "Ann Lee", "transcript"),
        ("The money is not there.", "Tom Hale", "transcript")]
    assert DEFAULT_SIEVE.has("transcript") and not DEFAULT_SIEVE.without("transcript").has("transcript")
    without = list(extract_text(text, nlp, state=DocState(all_quotes=True,
                                                          sieve=DEFAULT_SIEVE.without("transcript"))))
    assert [q.text for q in without] == ["LEE: We will rebuild the bridge this year.", "HALE: The money is not there."]
    assert all(q.method != "transcript" for q in without)
