"""One document through quotex: a :class:`~quotex.io.inputs.Document` in, a :class:`DocumentResult` out.

The one pipeline the Python API (:func:`quotex.extract`), the runner behind the command line
(:mod:`quotex.runner`) and the spaCy component (:mod:`quotex.component`) all run; they differ
only in where the parses of the windows come from. Stages, in order (:func:`process`):

1. **prepare** (:func:`prepare`): the text of the document (an HTML page becomes its article
   text) or the input error that stopped it;
2. **cut** (:func:`cut`): windows of whole paragraphs around the quotes
   (:func:`quotex.text.windows.iter_windows`), cut once;
3. **parse**: each window's spaCy Doc, in order. By default :func:`parse_windows` (``nlp.pipe``);
   the runner passes Docs parsed ahead for a group of documents or in worker processes, the
   component slices the Doc it was given;
4. **attribute** (:func:`attribute`): the rules (stage 1 of attribution: quote -> speaker
   *mention*), window by window, over one :class:`DocState` that carries what the document has
   said so far (names, the last speaker), while :class:`~quotex.resolution.entities.DocEntities` collects
   every window's names, titles and kinds as plain data;
5. **resolve** (:func:`quotex.resolution.resolve.resolve_document`): stage 2 of attribution, mention ->
   person or organisation, once the last window is in;
6. **finish** (:func:`quotes_of`): the caller's :class:`Options` (scare quotes left out unless
   ``all_quotes``), the document's ``source`` and ``meta`` on each quote.

Choices a caller makes travel as one :class:`Options` value, from the API, the command line or
the component's config, to :func:`new_state` and :func:`quotes_of`: a new option is a field
there and is read there.
"""
from __future__ import annotations

import os
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from .attribution.attribute import Attributor, DocState, is_scare_quote
from .resolution.entities import DocEntities
from .errors import InputError
from .text.breaks import with_breaks
from .text.windows import HARD_CHARS, WINDOW_CHARS, Window, iter_windows, pipe
from .attribution.indirect import gap_quotes, with_indirect
from .io.inputs import Document
from .resolution.names import brand_possessive, harvest_names
from .records import Quote
from .resolution.resolve import resolve_document
from .attribution.rules.context import headline_echo

if TYPE_CHECKING:
    from spacy.tokens import Doc

# With stream=True, a partial result is returned after this many quotes or seconds.
CHUNK_QUOTES = 256
CHUNK_SECONDS = 1.0
# Windows handed to nlp.pipe at a time by the default parse.
PIPE_BATCH = 4
# Fewer words than this on a first line ending in a full stop make it a headline, not the lead's
# first sentence (headlines run 5 to 12 words; a news lead rarely under 8).
LEAD_MIN_WORDS = 8

# Window texts in, their parsed Docs out, in the same order (``nlp.pipe`` or one like it).
Parse = Callable[[Iterable[str]], Iterable["Doc"]]
# A document's text in, its windows with their parsed Docs out, in order.
Parser = Callable[[str], Iterable[tuple[Window, "Doc"]]]


@dataclass(frozen=True)
class Options:
    """What the caller chose; the same for every document of a run."""

    # Keep short unattributed fragments (scare quotes) too (``--all-quotes``).
    all_quotes: bool = False
    # Also find reported speech without quotation marks (``--indirect``, :mod:`quotex.attribution.indirect`):
    # paragraphs far from any quote are then parsed too, in gap windows of their own.
    indirect: bool = False

    def keep(self, q: Quote) -> bool:
        """Whether ``q`` is reported."""
        return self.all_quotes or not is_scare_quote(q)


# Every quote, scare quotes included: what the runner returns unless told otherwise.
EVERY_QUOTE = Options(all_quotes=True)


@dataclass
class DocumentResult:
    """The quotes of one document (or, with ``partial``, of a first part of one)."""

    document: Document
    quotes: list[Quote]
    error: Optional[InputError] = None
    text: Optional[str] = None  # the text offsets refer to (the extracted article text for HTML)
    partial: bool = False  # more quotes of the same document follow in the next result


# ----------------------------------------------------------------------------- stages
def prepare(doc: Document) -> tuple[Optional[str], Optional[InputError]]:
    """Stage 1: the text to extract from, or the error that stopped this input."""
    if doc.error is not None:
        return None, doc.error
    text = doc.text or ""
    if doc.html:
        from .io.html import html_to_text

        try:
            text = html_to_text(text, doc.source)
        except InputError as err:
            return None, err
    return text, None


def cut(text: str, options: Options = Options(), *, window_chars: int = WINDOW_CHARS,
        hard_chars: int = HARD_CHARS, quotes_only: bool = True) -> Iterator[Window]:
    """Stage 2: the windows to parse (paragraphs far from any quote are left out, or with
    ``options.indirect`` come in gap windows of their own, read only for reported speech)."""
    return iter_windows(text, window_chars, quotes_only, hard_chars=hard_chars, gaps=options.indirect)


def parse_windows(text: str, windows: Iterable[Window], parse: Parse) -> Iterator[tuple[Window, "Doc"]]:
    """Stage 3: each window with its Doc, in order; ``windows`` is read lazily, as ``parse`` asks."""
    waiting: deque[Window] = deque()

    def texts() -> Iterator[str]:
        for w in windows:
            waiting.append(w)
            yield text[w.start:w.end]

    for doc in parse(texts()):
        yield waiting.popleft(), doc


def new_state(options: Options) -> DocState:
    """What attribution remembers across one document's windows, set up for ``options``.

    Scare quotes are kept here and left out in :func:`quotes_of`, so that what is reported
    is decided in one place.
    """
    return DocState(all_quotes=True)


def attribute(text: str, parsed: Iterable[tuple[Window, "Doc"]], state: DocState,
              ents: Optional[DocEntities] = None, indirect: bool = False) -> Iterator[Quote]:
    """Stage 4: the quotes of the parsed windows, in order, each window's as soon as it is parsed.

    Each quote's speaker is a *mention* here; ``ents`` collects the plain data (names, titles,
    kinds) that stage 5 (:func:`quotex.resolution.resolve.resolve_document`) resolves mentions with.
    With ``indirect``, each window's reported speech (:mod:`quotex.attribution.indirect`) comes with its
    quotes, its speaker mentions collected for stage 5 like theirs.
    """
    ents = ents if ents is not None else DocEntities()
    state.doc_names = ents.names  # (read, never written, by stage 1's pronoun candidates)
    state.doc_bare = ents.bare_words
    done = 0  # end of the text handed to attribution so far
    for w, doc in parsed:
        if w.gap:
            # Paragraphs parsed only for reported speech: the document state is put back and the
            # names go to ents.gap_names, not ents.names (the stretch is still read as unparsed
            # text by add_text below, as without --indirect), so direct quotes come out the same;
            # the reported speech's speaker mentions are collected for stage 5 like any others.
            reported = gap_quotes(text, doc, w.start, w.paras, w.ords, state)
            ents.add_window(doc, w.start, [False] * len(doc), reported, names=False)
            yield from reported
            continue
        if w.start > done:
            # Paragraphs far from any quote are never parsed; a full name introduced there
            # ("Morton Blackwell, who founded …") still backs up a later "Blackwell said".
            # Not the headline: "Understated Perez raises political profile."
            a = done
            first = text[:text.find("\n", 0, w.start) + 1]
            if not done and not (first.rstrip().endswith((".", "!", "?", "\"", "”", "'", "’")) and
                                 len(first.split()) >= LEAD_MIN_WORDS):
                # the first line is a headline ("Understated Perez raises political profile.")
                # unless it is a sentence of a lead's length ("Dana Whitford has waited two years
                # for a daycare spot." opens an article pasted without its headline)
                a = len(first)
            for name in harvest_names(text[a:w.start]):
                state.names.add_weak(name)
            ents.add_text(text, a, w.start)
        done = max(done, w.end)
        # (imported here: quotex.nlp imports spaCy, which the command line loads its own way)
        from .nlp.ner import particle_names
        particle_names(doc, (m.text for m in ents.names if m.label == "PERSON"))
        att = Attributor(text, doc, w.start, w.quotes, w.paras, w.ords, state)
        # (A context-only window is still made: it learns names so later surnames resolve.)
        quotes = att.run() if w.quotes else []
        if indirect:
            quotes = with_indirect(att, quotes)
        ents.add_window(doc, w.start, att.quoted, quotes, found=att.names_here, chained=att.chained)
        yield from quotes
    if 0 < done < len(text):
        # The paragraphs after the last window: stage 5 reads the whole document, so a full name
        # given only there ("… what people think of Barack Obama's America." closing a story
        # that quoted "Mr. Obama") still names the speaker.
        ents.add_text(text, done, len(text))


def quotes_of(text: str, parsed: Iterable[tuple[Window, "Doc"]], options: Options = Options(), *,
              source: Optional[str] = None, meta: Optional[dict] = None,
              state: Optional[DocState] = None) -> Iterator[Quote]:
    """Stages 4 to 6: the reported quotes of ``text``, in order, from its parsed windows."""
    ents = DocEntities()
    found = list(attribute(text, parsed, state if state is not None else new_state(options), ents,
                           indirect=options.indirect))
    # Stage 5 must see every window before it names anyone ("Trump" tagged an organisation in one
    # window is the person "Donald Trump" of another), so a long document's quotes come out
    # together, after its last window.
    resolved = resolve_document(found, ents)
    if options.indirect and ents.gap_names:
        # Reported speech also resolves with the names of the gap windows ("Mayor Ann Lee opened
        # the library." far from any quote, then "the budget was short, the mayor said"); direct
        # quotes keep the resolution made without them, so they do not move with the flag.
        full = resolve_document(found, ents.with_gaps())
        resolved = [b if q.type == "indirect" else a for q, a, b in zip(found, resolved, full)]
    # A headline quote the body repeats with its speaker, once every name is resolved
    # (context_rules.headline_echo).
    resolved = headline_echo(resolved, text)
    resolved = _brand_names(resolved, text)
    for q in resolved:
        if options.keep(q):
            yield q if source is None and meta is None else replace(q, source=source, meta=meta)


def _brand_names(quotes: list[Quote], text: str) -> list[Quote]:
    """Organisations whose "'s" is their own, named as written: "McDonald's said Tuesday …" is
    "McDonald's", not "McDonald" (see quotex.resolution.names.brand_possessive)."""
    seen: dict[str, Optional[str]] = {}
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.kind == "organization" and sp.name:
            if sp.name not in seen:
                seen[sp.name] = brand_possessive(sp.name, text)
            if seen[sp.name] is not None:
                q = replace(q, speaker=replace(sp, name=seen[sp.name]))
        out.append(q)
    return out


# ----------------------------------------------------------------------------- the pipeline
def process(document: Document, nlp, options: Options = Options(), *, parser: Optional[Parser] = None,
            stream: bool = False, catch: bool = True, breaks: bool = True) -> Iterator[DocumentResult]:
    """The result of one document: one :class:`DocumentResult`, or with ``stream`` several for a
    long one (all but the last with ``partial=True``, each yielded once it has quotes).

    ``parser`` gives the parsed windows of the document's text (default: :func:`cut`, then
    :func:`parse_windows` with ``nlp.pipe``). With ``catch`` (the runner) an unexpected error
    becomes the error of this document's result; without it (the API, the component) it is raised.
    ``parser`` is given the text with literal "\\n" paragraph breaks made real
    (:func:`quotex.text.breaks.with_breaks`) unless ``breaks`` is False (the component, whose Doc is
    already tokenized as given).
    """
    text, err = prepare(document)
    if err is not None:
        yield DocumentResult(document, [], err)
        return
    assert text is not None
    quotes: list[Quote] = []
    last = time.monotonic()
    # Literal "\n" paragraph breaks read as real ones (same length: offsets index ``text``).
    work = with_breaks(text) if breaks else text
    try:
        parsed = parser(work) if parser is not None else \
            parse_windows(work, cut(work, options), pipe(nlp, PIPE_BATCH))
        for q in quotes_of(work, parsed, options, source=document.source, meta=document.meta):
            quotes.append(q)
            if stream and (len(quotes) >= CHUNK_QUOTES or time.monotonic() - last >= CHUNK_SECONDS):
                yield DocumentResult(document, quotes, None, text, partial=True)
                quotes = []
                last = time.monotonic()
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the run
        if not catch:
            raise
        if quotes and stream:
            yield DocumentResult(document, quotes, None, text, partial=True)
        yield DocumentResult(document, [], internal_error(document, exc), text)
        return
    yield DocumentResult(document, quotes, None, text)


def result_of(document: Document, nlp, options: Options = Options(), *, parser: Optional[Parser] = None,
              catch: bool = True, breaks: bool = True) -> DocumentResult:
    """The whole result of one document, in one piece."""
    *_, result = process(document, nlp, options, parser=parser, catch=catch, breaks=breaks)
    return result


def internal_error(doc: Document, err: BaseException) -> InputError:
    """Turn an unexpected exception into a one-line error for this document only."""
    if os.environ.get("QUOTEX_DEBUG"):
        traceback.print_exception(type(err), err, err.__traceback__, file=sys.stderr)
    what = str(err).splitlines()[0][:200] if str(err) else ""
    if isinstance(err, MemoryError):
        return InputError(f"{doc.source}: out of memory while extracting; skipped")
    return InputError(f"{doc.source}: extraction failed ({type(err).__name__}{': ' + what if what else ''}); "
                      f"skipped. This is a bug in quotex: please report it (QUOTEX_DEBUG=1 shows the details)")
