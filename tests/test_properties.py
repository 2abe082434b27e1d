"""Property tests: for any text, extraction never raises, every offset slices the text exactly,
quotes do not overlap, no quoted text is lost when windows are cut, and a second run gives the
same output. Texts are generated from quote marks, newlines, cue words and names, with some
arbitrary Unicode (controls, emoji, right-to-left and other scripts) mixed in.
"""
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotex.attribution.attribute import DocState
from quotex.text.windows import HARD_CHARS, MAX_QUOTES, extract_text, iter_windows, make_doc
from quotex.text.marks import find_quotes
from quotex.nlp.model import load_model

NLP = load_model()

MARKS = ['"', '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u201a", "\u201f",
         "``", "''", "`", '"', "\u201c"]
WORDS = ["said", "says", "told reporters", "according to", "added", "asked", ":", "Smith", "Maria Okafor",
         "Okafor", "he", "she", "they", "the council", "Kremlin spokesman Dmitry Peskov", "We will win", "no",
         "Mr.", ".", ",", "!", "?", "\u2014", "-", "(", ")", "it's", "don't", "the '90s", "rock 'n' roll"]
ODD = ["\u00a0", "\u200b", "\u202e", "\u2028", "\x0b", "\x1b", "\x7f", "\x85", "\ufeff", "\U0001F600",
       "\U0001F1FA\U0001F1F8", "\U0001F44D\U0001F3FD", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
       "\u041f\u0443\u0442\u0438\u043d", "\u6211\u4eec", "e\u0301", "\U00010348"]
SEPARATORS = ["", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "  "]

OPEN_CLOSE = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), (" '", "' "), ("\u00ab", "\u00bb"),
              ("\u201e", "\u201c"), ("``", "''"), ("\u201c", ""), ('"', ""), ("", "\u201d")]
# A quotation: an opening mark, some words, a closing mark (or a missing one), then maybe a cue.
quoted = st.tuples(st.sampled_from(OPEN_CLOSE),
                   st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD), st.sampled_from(MARKS)),
                            min_size=1, max_size=8),
                   st.sampled_from(["", ",", ".", "?"]),
                   st.sampled_from(["", " Smith said.", " said Maria Okafor.", " he told reporters.", ": ",
                                    " according to the council."])).map(
    lambda t: t[0][0] + " ".join(t[1]) + t[2] + t[0][1] + t[3])
piece = st.one_of(quoted, quoted, st.sampled_from(MARKS), st.sampled_from(WORDS), st.sampled_from(WORDS),
                  st.sampled_from(ODD), st.text(max_size=3))
texts = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=3, max_size=40).map(
    lambda parts: "".join(a + b for a, b in parts))

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_quotes(text, quotes):
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.text == q.text.strip()
        if q.speaker is not None:
            assert 0 <= q.speaker.start < q.speaker.end <= len(text)
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert 0 <= q.cue.start < q.cue.end <= len(text)
            assert text[q.cue.start:q.cue.end] == q.cue.text
        assert q.type in ("direct", "partial")
        assert 0.0 <= q.confidence <= 1.0
    for a, b in zip(quotes, quotes[1:]):
        assert a.end <= b.start, (a, b)


def covered(text, spans, quotes):
    """Every non-blank character inside a quotation (as the marks module finds them) is in a quote,
    but for a transcript line's label, which the quote starts after by design ('"WALLACE: Will
    you …' is Wallace's "Will you …"; a generated '"Maria Okafor : said said"' reads the same)."""
    inside = set()
    for q in quotes:
        inside.update(range(q.start, q.end))
    for s in spans:
        for q in quotes:
            if getattr(q, "method", None) == "transcript" and s.start <= q.start < s.end:
                inside.update(range(s.start, q.start))
    for s in spans:
        for i in range(s.start, s.end):
            if not text[i].isspace():
                assert i in inside, (text[s.start:s.end], i)


@SETTINGS
@given(texts)
def test_extraction_properties(text):
    quotes = list(extract_text(text, NLP))
    check_quotes(text, quotes)
    assert list(extract_text(text, NLP)) == quotes


@SETTINGS
@given(texts)
@example('said "Maria Okafor : said said""said"')  # a transcript label inside the marks (found by hypothesis)
def test_tiny_windows_lose_no_quote(text):
    """With windows and pieces a few dozen characters long, every cut is exercised."""
    quotes = list(extract_text(text, NLP, state=DocState(all_quotes=True), window_chars=50, hard_chars=30))
    check_quotes(text, quotes)
    covered(text, find_quotes(text), quotes)
    again = list(extract_text(text, NLP, state=DocState(all_quotes=True), window_chars=50, hard_chars=30))
    assert again == quotes


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(10, 200), st.integers(5, 100), st.booleans())
def test_windows_cover_the_text_in_order(text, window_chars, hard_chars, quotes_only):
    wins = list(iter_windows(text, window_chars, quotes_only, hard_chars=hard_chars, max_chars=window_chars))
    spans = [q for w in wins for q in w.quotes]
    for w in wins:
        assert w.paras and w.start == w.paras[0][0] and w.end == w.paras[-1][1]
        assert len(w.quotes) <= MAX_QUOTES
        assert all(a[1] <= b[0] for a, b in zip(w.paras, w.paras[1:]))
        assert all(w.start <= q.open <= q.start < q.end <= q.close <= w.end for q in w.quotes)
        assert len(w) <= max(window_chars, hard_chars)
    assert all(a.end <= b.start for a, b in zip(wins, wins[1:]))
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert all(text[q.start:q.end].strip() == text[q.start:q.end] and q.end > q.start for q in spans)
    covered(text, find_quotes(text), spans)
    if not quotes_only:
        # Every non-blank line is in some window.
        kept = set()
        for w in wins:
            for a, b in w.paras:
                kept.update(range(a, b))
        assert all(c.isspace() or i in kept for i, c in enumerate(text) if c != "\n")
    ords = [o for w in wins for o in w.ords]
    assert ords == sorted(set(ords))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\"'\u201c\u201d.,-x ") + ["\n"]), max_size=1500))
def test_make_doc_keeps_the_text(text):
    doc = make_doc(NLP, text)
    assert (doc if isinstance(doc, str) else doc.text) == text


def test_long_paragraph_is_cut_into_bounded_pieces():
    unit = '"We will win," Smith said. The river rose again. '
    text = unit * (3 * HARD_CHARS // len(unit))
    wins = list(iter_windows(text, quotes_only=True))
    pieces = [(a, b) for w in wins for a, b in w.paras]
    assert len(pieces) > 3 and all(b - a <= HARD_CHARS for a, b in pieces)
    # Cuts fall at sentence ends outside quotes: every piece but the last ends with "rose again. ".
    assert all(text[a:b].endswith("again. ") for a, b in pieces[:-1])
    assert sum(len(w.quotes) for w in wins) == text.count('"') // 2
