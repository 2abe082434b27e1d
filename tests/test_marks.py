"""Quote-mark segmentation: one row per style and trap, with the exact quoted text expected."""
import pytest

from quotex.text.marks import find_quotes


def texts(s):
    return [s[q.start:q.end] for q in find_quotes(s)]


@pytest.mark.parametrize("text, expected", [
    # double quotes of every common style
    ('He said "we will win" today.', ["we will win"]),
    ("He said \u201cwe will win\u201d today.", ["we will win"]),
    ("Er sagte \u201ewir gewinnen\u201c heute.", ["wir gewinnen"]),
    ("Il a dit \u00ab nous gagnerons \u00bb hier.", ["nous gagnerons"]),
    ("Er sagte \u00bbwir gewinnen\u00ab heute.", ["wir gewinnen"]),
    ("He said ``we will win'' today.", ["we will win"]),
    ("He said ''we will win'' today.", ["we will win"]),
    # single quotes used as quotation marks
    ("Putin 'gratefully accepted' Kim's invitation", ["gratefully accepted"]),
    ("Putin \u2018gratefully accepted\u2019 the invitation", ["gratefully accepted"]),
    # apostrophes are not quotes
    ("Kim's invitation, don't worry, it's fine.", []),
    ("Rock 'n' roll from the '90s is back.", []),
    # ... but an apostrophe right after the opening mark does not make it one ('n')
    ("Lee: \u2018I\u2019m not running again.\u2019", ["I\u2019m not running again."]),
    ("Lee: 'I'd do it all again.'", ["I'd do it all again."]),
    ("The Smiths' house and the Joneses' car.", []),
    ("Kim\u2019s invitation, don\u2019t worry.", []),
    # a curly quote closed by a straight mark, the speaker's words, a straight mark reopening
    ('\u201cOur roads are crumbling," she said. "We need a plan.\u201d',
     ["Our roads are crumbling,", "We need a plan."]),
    # ... or with no quote mark after it in the paragraph
    ('\u201cOur roads are crumbling," Ann Lee said during a visit.',
     ["Our roads are crumbling,"]),
    # ... but not a straight mark inside a word run, nor one with a curly close still to come
    ('\u201cHe is "the best," I think, and he will win.\u201d', ['He is "the best," I think, and he will win.']),
    # ... but a straight pair inside a curly quote is an inner quote
    ('\u201cHe said "no," and left.\u201d', ['He said "no," and left.']),
    ('\u201cHe said "no," and then "yes" to me.\u201d', ['He said "no," and then "yes" to me.']),
    # a quote inside a quote stays part of the outer one
    ("\u201cHe told me \u2018no\u2019 twice,\u201d she said.", ["He told me \u2018no\u2019 twice,"]),
    ('"He told me \'no\' twice," she said.', ["He told me 'no' twice,"]),
    # two quotes in one sentence
    ('"We will," he said, "win."', ["We will,", "win."]),
    # an unmatched mark never aborts: the stretch runs to the paragraph end, the next paragraph is fine
    ('He said "we will win.\nShe said "no."', ["we will win.", "no."]),
    # a lone mark at the very end is ignored
    ('The end "', []),
])
def test_segments(text, expected):
    assert texts(text) == expected


def test_multi_paragraph_quote_continues():
    text = "\u201cFirst paragraph of the quote.\n\n\u201cSecond paragraph,\u201d Smith said.\n"
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["First paragraph of the quote.", "Second paragraph,"]
    assert qs[0].continues and not qs[0].closed
    assert qs[1].continued and qs[1].closed


def test_unclosed_quote_without_continuation():
    text = "\u201cNo closing mark here.\n\nA plain paragraph.\n"
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["No closing mark here."]
    assert not qs[0].continues


def test_offsets_slice_exactly_with_crlf_and_bom():
    text = "\ufeffTitle\r\n\r\n\u201cWe will win,\u201d Smith said.\r\n"
    (q,) = find_quotes(text)
    assert text[q.start:q.end] == "We will win,"
    assert text[q.open] == "\u201c" and text[q.close - 1] == "\u201d"


def test_straight_mark_closed_by_curly_mark():
    text = '"We will win,\u201d Ann Lee said.'
    assert texts(text) == ["We will win,"]


def test_quote_marks_inside_markup_tags_are_not_quotes():
    text = '<tweet id="1449075600" author="@GOP">Debate night "is here" at last</tweet>'
    assert texts(text) == ["is here"]
    q = find_quotes(text)[0]
    assert text[q.start:q.end] == "is here"


@pytest.mark.parametrize("text, expected", [
    # a tag broken across lines: its attribute marks on both lines are not quotes
    ('Cruz wrote:\n<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016\n">I love this state. '
     '"We will win," he said.</tweet>', ["We will win,"]),
    # negatives: a "<" in prose is not a tag, and a line after a closed tag is scanned as usual
    ('The margin was <5 points, "a real shock," he said.\n"We will win," she said.',
     ["a real shock,", "We will win,"]),
    ('<p class="x">Hello</p>\n"We will win," she said.', ["We will win,"]),
])
def test_tags_broken_across_lines(text, expected):
    assert texts(text) == expected
