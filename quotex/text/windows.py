"""Extraction over a whole document of any size.

spaCy refuses texts over ``nlp.max_length`` and its parser needs about 1 GB per 100,000
characters, so a document is never parsed whole. It is cut into *windows* of whole paragraphs
(a paragraph is a line), each parsed alone; offsets always point into the whole text.

* A window holds at most about ``WINDOW_CHARS`` characters and ``MAX_QUOTES`` quotes. It is
  cut only in front of a paragraph with quotes together with the paragraphs kept as its
  context, so a quote is never parsed apart from the sentence, paragraph or paragraph before
  it that names its speaker.
* A multi-paragraph quote stays in one window up to ``MAX_WINDOW_CHARS``; only a longer one
  (in practice, a stray opening mark) is cut, and its parts stay linked as continuations.
* A paragraph longer than ``HARD_CHARS`` (a 5 MB line with no newline) is cut into pieces at
  sentence ends outside quotes, else at spaces outside quotes, else at spaces, else anywhere.
  A quote longer than a piece is reported in parts (one per piece), never dropped. Runs of more
  than ``RUN_CHARS`` characters without a space are tokenized in slices (:func:`make_doc`).
* With ``quotes_only`` (the default for extraction) paragraphs that neither hold a quote nor
  come at most ``CONTEXT_PARAS`` paragraphs before one are not parsed at all: nothing in them
  can be attributed.

What attribution must remember across windows (names, the last speaker) lives in a small
:class:`~quotex.attribution.attribute.DocState`, so memory stays flat however long the document is. The
windows are cut once, by :mod:`quotex.document`, which parses and attributes them.
"""
from __future__ import annotations

import bisect
import re
from collections import deque
from typing import Callable, Iterable, Iterator, Optional

from ..attribution.attribute import DocState
from .marks import QuoteSpan, iter_paragraph_quotes
from ..nlp.model import GLUED_MARK, glued_mark_tokenizer
from ..records import Quote

WINDOW_CHARS = 10_000
# A paragraph longer than this (a 5 MB line with no newline) is cut into pieces.
HARD_CHARS = 5_000
# The most a window may grow to keep a multi-paragraph quote together (parser memory is about
# 1 GB per 100,000 characters, and spaCy refuses more than nlp.max_length = 1,000,000).
MAX_WINDOW_CHARS = 40_000
# Paragraphs kept before a quote paragraph for context (speaker introductions, names, pronouns).
CONTEXT_PARAS = 2
# At most this many quotes per window and per piece of a cut paragraph. Attribution looks at the
# whole sentence and window around each quote, so text dense with quote marks (10,000 marks on a
# line, minified JSON) would otherwise cost quotes x window; news text has far fewer per window.
MAX_QUOTES = 64
# spaCy's tokenizer takes time quadratic in the length of a run of characters without a space
# when it splits many affixes off it (a line of 10,000 quote marks: a minute for 5,000 of them),
# so longer runs are tokenized in slices of this many characters (see make_doc).
RUN_CHARS = 200

_SENT_BREAK = re.compile(r"[.!?\u2026]\s+")
_SPACE = re.compile(r"\s+")

# One paragraph (or piece of one) on its way into a window: start, end, quotes, ordinal.
_Para = tuple[int, int, list, int]


class Window:
    """Paragraphs [start, end) of the document, with their quotes."""

    __slots__ = ("start", "end", "paras", "ords", "quotes", "gap")

    def __init__(self, gap: bool = False) -> None:
        self.gap = gap  # paragraphs parsed only for reported speech (``iter_windows(gaps=True)``)
        self.start = -1
        self.end = -1
        self.paras: list[tuple[int, int]] = []
        self.ords: list[int] = []  # each paragraph's ordinal among the document's non-blank paragraphs
        self.quotes: list[QuoteSpan] = []

    def add(self, a: int, b: int, quotes: list[QuoteSpan], ordinal: int) -> None:
        if self.start < 0:
            self.start = a
        self.end = b
        self.paras.append((a, b))
        self.ords.append(ordinal)
        self.quotes.extend(quotes)

    def __len__(self) -> int:
        return 0 if self.start < 0 else self.end - self.start

    def __repr__(self) -> str:
        return f"Window({self.start}, {self.end}, paras={len(self.paras)}, quotes={len(self.quotes)})"


def _inside(opens: list[int], quotes: list[QuoteSpan], c: int) -> bool:
    """Whether offset ``c`` falls strictly inside a quote (marks included); quotes do not overlap."""
    k = bisect.bisect_left(opens, c) - 1
    return k >= 0 and c < quotes[k].close


def _cut_point(text: str, pos: int, limit: int, opens: list[int], quotes: list[QuoteSpan]) -> int:
    """Where to end the piece starting at ``pos``: a cut in (pos, limit], as late as is safe."""
    lo = pos + (limit - pos) // 2
    best = -1
    for m in _SENT_BREAK.finditer(text, lo, limit):
        c = m.end()
        if c <= limit and not _inside(opens, quotes, c):
            best = c
    if best > pos:
        return best
    # No sentence end outside a quote: the last run of spaces outside quotes, else any space.
    fallback = -1
    for m in _SPACE.finditer(text, pos + 1, limit):
        c = m.end()
        if c >= limit:
            break
        if not _inside(opens, quotes, c):
            best = c
        fallback = c
    if best > pos:
        return best
    if fallback > pos:
        return fallback
    return limit


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_long(text: str, a: int, b: int, quotes: list[QuoteSpan], size: int = HARD_CHARS,
                max_quotes: int = MAX_QUOTES) -> Iterator[tuple[int, int, list[QuoteSpan]]]:
    """Cut one over-long paragraph [a, b) into pieces of at most ``size`` characters and
    ``max_quotes`` quotes.

    Cuts fall at sentence ends outside quotes when there are any in the second half of a piece.
    A quote that crosses a cut is reported in parts, one per piece, linked with
    ``continues``/``continued`` like a multi-paragraph quote, so no quoted text is lost.
    """
    opens = [q.open for q in quotes]
    pos = a
    qi = 0
    while pos < b:
        limit = pos + size
        # The quote that would be one too many: the piece ends before its opening mark at the latest.
        k = qi + max_quotes  # quotes[qi] is the first one not yet wholly in a piece
        if k < len(opens) and opens[k] < limit:
            limit = opens[k]
        cut = b if b <= limit else _cut_point(text, pos, limit, opens, quotes)
        part: list[QuoteSpan] = []
        while qi < len(quotes) and quotes[qi].open < cut:
            q = quotes[qi]
            if q.open >= pos and q.close <= cut:
                part.append(q)
                qi += 1
                continue
            # Crosses the piece's start or end: keep the part inside [pos, cut).
            s, e = _trimmed(text, max(q.start, pos), min(q.end, cut))
            if e > s:
                part.append(QuoteSpan(s, e, max(q.open, pos), min(q.close, cut), q.mark,
                                      q.closed and q.close <= cut,
                                      continues=q.continues or q.close > cut,
                                      continued=q.continued or q.open < pos))
            if q.close <= cut:
                qi += 1
            else:
                break  # the rest of this quote belongs to the next piece
        # Leave out pieces that are only blanks (a megabyte of spaces).
        if part or not text[pos:cut].isspace():
            yield pos, cut, part
        pos = cut


def _pieces(text: str, hard_chars: int = HARD_CHARS) -> Iterator[tuple[int, int, list[QuoteSpan], bool]]:
    """Yield ``(start, end, quotes, carry)`` per paragraph or piece of an over-long paragraph.

    ``carry``: a quote is left open at the end that continues in what comes next.
    """
    for a, b, quotes, carry in iter_paragraph_quotes(text):
        if b - a <= hard_chars and len(quotes) <= MAX_QUOTES:
            yield a, b, quotes, carry
            continue
        pieces = list(_split_long(text, a, b, quotes, hard_chars))
        for k, (pa, pb, pq) in enumerate(pieces):
            last = k == len(pieces) - 1
            yield pa, pb, pq, carry if last else any(q.continues for q in pq)


def iter_windows(text: str, window_chars: int = WINDOW_CHARS, quotes_only: bool = False, *,
                 hard_chars: int = HARD_CHARS, max_chars: int = MAX_WINDOW_CHARS,
                 gaps: bool = False) -> Iterator[Window]:
    """Yield windows of whole paragraphs (or pieces of over-long ones) covering ``text`` in order.

    No window is longer than ``max(window_chars, max_chars, hard_chars)`` characters. With
    ``quotes_only``, paragraphs that neither hold a quote nor precede one by at most
    ``CONTEXT_PARAS`` paragraphs are left out, or with ``gaps`` come in windows of their own
    marked ``gap`` (for reported speech), the other windows staying exactly as without ``gaps``.
    """
    max_chars = max(window_chars, max_chars)
    win = Window()
    gap = Window(gap=True)

    def flush_gap() -> Iterator[Window]:
        nonlocal gap
        if gap.paras:
            yield gap
            gap = Window(gap=True)
    pending: deque[_Para] = deque()  # the last quote-free paragraphs, held as possible context
    chain = False  # the paragraph before left a quote open that goes on
    ordinal = -1

    def place(item: _Para, limit: int) -> Iterator[Window]:
        nonlocal win
        if win.paras and (item[1] - win.start > limit or len(win.quotes) + len(item[2]) > MAX_QUOTES):
            yield win
            win = Window()
        win.add(*item)

    for a, b, quotes, carry in _pieces(text, hard_chars):
        ordinal += 1
        if not quotes and not chain:
            pending.append((a, b, quotes, ordinal))
            if len(pending) > CONTEXT_PARAS:
                old = pending.popleft()
                if quotes_only:
                    # Too far from any quote: not parsed. What came before is complete.
                    if win.paras:
                        yield win
                        win = Window()
                    if gaps:
                        if gap.paras and old[1] - gap.start > window_chars:
                            yield from flush_gap()
                        gap.add(*old)
                else:
                    yield from place(old, window_chars)
            continue
        # A paragraph with quotes (or the next part of a multi-paragraph quote) and its context.
        yield from flush_gap()
        if chain:
            yield from place((a, b, quotes, ordinal), max_chars)
        else:
            group = [*pending, (a, b, quotes, ordinal)]
            pending.clear()
            if win.paras and (b - win.start > window_chars or len(win.quotes) + len(quotes) > MAX_QUOTES):
                # Cut in front of the context, so the quote keeps the paragraphs before it.
                yield win
                win = Window()
            for item in group:
                # Only a huge blank gap between paragraphs can make this cut again.
                yield from place(item, max_chars)
        chain = carry
    if not quotes_only:
        for item in pending:
            yield from place(item, window_chars)
    if win.paras:
        yield win
    if gaps and quotes_only:
        for item in pending:
            if gap.paras and item[1] - gap.start > window_chars:
                yield from flush_gap()
            gap.add(*item)
        yield from flush_gap()


_LONG_RUN = re.compile(r"\S{%d,}" % (RUN_CHARS + 1))
_GLUED = re.compile(GLUED_MARK)


def make_doc(nlp, text: str):
    """``text`` ready for ``nlp.pipe``: the text itself, or a Doc when it has a run of more than
    ``RUN_CHARS`` characters without a space (tokenized slice by slice) or a closing mark glued
    to the next word (',”Clinton said': tokenized with :func:`quotex.nlp.model.glued_mark_tokenizer`,
    which splits it off).

    The Doc's text is exactly ``text`` (offsets do not move); only token boundaries inside such
    runs may differ from what spaCy's tokenizer would choose, which never matters for names
    and speech verbs.
    """
    tokenizer = nlp.tokenizer
    if _GLUED.search(text) is not None:
        tokenizer = glued_mark_tokenizer(nlp) or tokenizer
    if _LONG_RUN.search(text) is None:
        return text if tokenizer is nlp.tokenizer else tokenizer(text)
    from spacy.tokens import Doc

    cuts = [0]
    for m in _LONG_RUN.finditer(text):
        cuts.extend(range(m.start() + RUN_CHARS, m.end(), RUN_CHARS))
    cuts.append(len(text))
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip(cuts, cuts[1:]):
        for tok in tokenizer(text[a:b]):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)


def pipe(nlp, batch_size: int = 4) -> Callable[[Iterable[str]], Iterable]:
    """``nlp.pipe`` over window texts, each made ready by :func:`make_doc`: the default parse."""
    def parse(texts: Iterable[str]):
        return nlp.pipe((make_doc(nlp, t) for t in texts), batch_size=batch_size)

    return parse


_pipe = pipe  # the name benchmarks/accuracy.py imports


def extract_text(text: str, nlp, *, source: Optional[str] = None, state: Optional[DocState] = None,
                 quotes_only: bool = True, batch_size: int = 4,
                 parse: Optional[Callable[[Iterable[str]], Iterable]] = None,
                 window_chars: int = WINDOW_CHARS, hard_chars: int = HARD_CHARS,
                 all_quotes: bool = False, indirect: bool = False) -> Iterator[Quote]:
    """Yield the quotes of ``text`` in order, parsed with ``nlp`` window by window.

    With ``indirect``, reported speech too (:mod:`quotex.attribution.indirect`; paragraphs far from any
    quote are then parsed as well, in windows of their own so direct quotes come out the same).

    The pipeline of :mod:`quotex.document` on a text, with its stages' settings exposed:
    short fragments that nobody is said to have said (scare quotes) are left out unless
    ``all_quotes`` (or ``state.all_quotes``; see :func:`quotex.attribution.attribute.is_scare_quote`).

    Works for a text of any length: memory depends on the window size, not on ``text``.
    Every quote satisfies ``text[q.start:q.end] == q.text``; quotes do not overlap.
    ``parse`` maps an iterable of window texts to their parsed Docs in the same order
    (default: :func:`pipe`, ``nlp.pipe``). ``window_chars``/``hard_chars`` size the windows and
    the pieces of over-long paragraphs (see :func:`iter_windows`; tests make them tiny to
    exercise every cut).
    """
    from .breaks import with_breaks
    from ..document import Options, cut, parse_windows, quotes_of

    text = with_breaks(text)  # literal "\n" paragraph breaks (same length, offsets unchanged)
    options = Options(all_quotes=state.all_quotes if state is not None else all_quotes, indirect=indirect)
    windows = cut(text, options, window_chars=window_chars, hard_chars=hard_chars, quotes_only=quotes_only)
    parsed = parse_windows(text, windows, parse or pipe(nlp, batch_size))
    return quotes_of(text, parsed, options, source=source, state=state)
