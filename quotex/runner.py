"""Running extraction over a stream of documents, in one process or several.

Results come back in input order while work continues; at most a few documents per worker
are read ahead, so memory does not grow with the number of documents.

* A document that cannot be extracted (a bug met on some odd input) becomes an error
  result for that document only; every other input is still processed.
* With ``stream=True`` a long document is returned in several results (``partial=True`` on
  all but the last), so its first quotes can be written while the rest is still being parsed.
* With ``jobs > 1`` small documents go to worker processes whole, and a big one
  (over ``BIG_CHARS``) is cut into windows that the workers parse in parallel while this
  process attributes the quotes in order.
* Small documents are handled in groups (at most ``GROUP_DOCS`` documents, ``GROUP_CHARS``
  characters): the windows of the whole group go through one ``nlp.pipe`` call, which is a
  fifth faster than one call per document on news articles and gives the same Docs.
"""
from __future__ import annotations

import os
import sys
import time
import traceback
from collections import deque
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from .errors import InputError
from .inputs import Document
from .records import Quote

# Documents longer than this are parsed window by window across the workers (with jobs > 1).
BIG_CHARS = 200_000
# With stream=True, a partial result is returned after this many quotes or seconds.
CHUNK_QUOTES = 256
CHUNK_SECONDS = 1.0
# Windows sent to a worker at a time, and how many such batches are in flight per worker.
PARSE_BATCH = 8
AHEAD_PER_WORKER = 2
# Small documents parsed together (see _extract_group); a document over GROUP_CHARS goes alone.
GROUP_DOCS = 16
GROUP_CHARS = 100_000
GROUP_PIPE_BATCH = 64


@dataclass
class Result:
    document: Document
    quotes: list[Quote]
    error: Optional[InputError] = None
    text: Optional[str] = None  # the text offsets refer to (the extracted article text for HTML)
    partial: bool = False  # more quotes of the same document follow in the next result


def _prepare(doc: Document) -> tuple[Optional[str], Optional[InputError]]:
    if doc.error is not None:
        return None, doc.error
    text = doc.text or ""
    if doc.html:
        from .html import html_to_text

        try:
            text = html_to_text(text, doc.source)
        except InputError as err:
            return None, err
    return text, None


def _internal_error(doc: Document, err: BaseException) -> InputError:
    """Turn an unexpected exception into a one-line error for this document only."""
    if os.environ.get("QUOTEX_DEBUG"):
        traceback.print_exception(type(err), err, err.__traceback__, file=sys.stderr)
    what = str(err).splitlines()[0][:200] if str(err) else ""
    if isinstance(err, MemoryError):
        return InputError(f"{doc.source}: out of memory while extracting; skipped")
    return InputError(f"{doc.source}: extraction failed ({type(err).__name__}{': ' + what if what else ''}); "
                      f"skipped. This is a bug in quotex: please report it (QUOTEX_DEBUG=1 shows the details)")


def _with_meta(doc: Document, quotes: list[Quote]) -> list[Quote]:
    if doc.meta is None:
        return quotes
    return [Quote(q.text, q.start, q.end, q.type, q.speaker, q.cue, q.method, q.confidence, q.source, doc.meta)
            for q in quotes]


def _extract_chunks(doc: Document, nlp, stream: bool = False,
                    parse: Optional[Callable[[Iterable[str]], Iterable]] = None) -> Iterator[Result]:
    """Yield the result(s) of one document: one, or with ``stream`` several for a long one."""
    from .extract import extract_text

    text, err = _prepare(doc)
    if err is not None:
        yield Result(doc, [], err)
        return
    assert text is not None
    quotes: list[Quote] = []
    last = time.monotonic()
    try:
        # Everything, scare quotes included: the caller filters (quotex.attribute.is_scare_quote),
        # so worker processes need no settings.
        for q in extract_text(text, nlp, source=doc.source, parse=parse, all_quotes=True):
            quotes.append(q)
            if stream and (len(quotes) >= CHUNK_QUOTES or time.monotonic() - last >= CHUNK_SECONDS):
                yield Result(doc, _with_meta(doc, quotes), None, text, partial=True)
                quotes = []
                last = time.monotonic()
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the run
        if quotes and stream:
            yield Result(doc, _with_meta(doc, quotes), None, text, partial=True)
        yield Result(doc, [], _internal_error(doc, exc), text)
        return
    yield Result(doc, _with_meta(doc, quotes), None, text)


def _extract_one(doc: Document, nlp) -> Result:
    """The whole result of one document (errors included), in one piece."""
    results = list(_extract_chunks(doc, nlp))
    return results[-1]


def _groupable(doc: Document) -> bool:
    return doc.error is None and not doc.html and doc.text is not None and len(doc.text) <= GROUP_CHARS


def _extract_group(docs: list[Document], nlp, stream: bool = False) -> list[Result]:
    """The results of some small documents, their windows parsed together in one ``nlp.pipe``.

    Per-document semantics are unchanged: each document is attributed alone, in order, by
    :func:`_extract_chunks`, which is handed its already parsed windows (a window it asks for
    that was not parsed ahead, should the window rules differ, is parsed there and then). If
    parsing the group fails, its documents are done one by one so the failure stays with one.
    """
    from .extract import iter_windows, make_doc

    try:
        texts: list[list[str]] = []
        for d in docs:
            text = d.text or ""
            texts.append([text[w.start:w.end] for w in iter_windows(text, quotes_only=True)])
        flat = (t for ts in texts for t in ts)
        parsed = iter(nlp.pipe((make_doc(nlp, t) for t in flat), batch_size=GROUP_PIPE_BATCH))
        ready = [deque(next(parsed) for _ in ts) for ts in texts]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        return [r for d in docs for r in _extract_chunks(d, nlp, stream)]

    def replay(queue: deque) -> Callable[[Iterable[str]], Iterator]:
        def parse(window_texts: Iterable[str]) -> Iterator:
            for t in window_texts:
                yield queue.popleft() if queue and queue[0].text == t else nlp(make_doc(nlp, t))
        return parse

    out: list[Result] = []
    for d, queue in zip(docs, ready):
        out.extend(_extract_chunks(d, nlp, stream, parse=replay(queue)))
        queue.clear()
    return out


def _grouped(documents: Iterable[Document]) -> Iterator[tuple[bool, list[Document]]]:
    """(True, a group of small documents) or (False, [one other document]), in input order."""
    group: list[Document] = []
    chars = 0
    for doc in documents:
        if _groupable(doc):
            n = len(doc.text or "")
            if group and (len(group) >= GROUP_DOCS or chars + n > GROUP_CHARS):
                yield True, group
                group, chars = [], 0
            group.append(doc)
            chars += n
            continue
        if group:
            yield True, group
            group, chars = [], 0
        yield False, [doc]
    if group:
        yield True, group


_WORKER_NLP = None


def _init_worker(model: Optional[str]) -> None:
    global _WORKER_NLP
    import signal

    # Ctrl-C is handled once, in the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .model import load_model

    _WORKER_NLP = load_model(model)


def _work(doc: Document) -> Result:
    return _extract_one(doc, _WORKER_NLP)


def _work_group(docs: list[Document]) -> list[Result]:
    return _extract_group(docs, _WORKER_NLP)


def _parse_batch(texts: list[str]) -> list[bytes]:
    """Parse some windows in a worker; Docs travel back as bytes (without their tensors)."""
    from .extract import make_doc

    docs = _WORKER_NLP.pipe([make_doc(_WORKER_NLP, t) for t in texts], batch_size=len(texts))
    return [doc.to_bytes(exclude=["tensor", "user_data"]) for doc in docs]


def _pool_parse(pool, nlp, jobs: int) -> Callable[[Iterable[str]], Iterator]:
    """A ``parse`` for :func:`quotex.extract.extract_text` that parses in the pool's workers, in order."""
    from spacy.tokens import Doc

    def parse(texts: Iterable[str]) -> Iterator:
        it = iter(texts)
        inflight: deque = deque()

        def submit() -> bool:
            batch = list(islice(it, PARSE_BATCH))
            if batch:
                inflight.append(pool.apply_async(_parse_batch, (batch,)))
            return bool(batch)

        for _ in range(jobs * AHEAD_PER_WORKER):
            if not submit():
                break
        while inflight:
            blobs = inflight.popleft().get()
            submit()
            for blob in blobs:
                yield Doc(nlp.vocab).from_bytes(blob)

    return parse


def resolve_jobs(jobs: int) -> int:
    return (os.cpu_count() or 1) if jobs <= 0 else jobs


def run(documents: Iterable[Document], model: Optional[str] = None, jobs: int = 1, nlp=None,
        stream: bool = False) -> Iterator[Result]:
    """Yield :class:`Result` s in input order: one per document, or with ``stream`` several for
    a long document (all but its last with ``partial=True``)."""
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for small, docs in _grouped(documents):
            doc = docs[0]
            if doc.error is not None:
                yield Result(doc, [], doc.error)
                continue
            if nlp is None:
                from .model import load_model

                nlp = load_model(model)
            if small:
                yield from _extract_group(docs, nlp, stream)
            else:
                yield from _extract_chunks(doc, nlp, stream)
        return
    yield from _run_parallel(documents, model, jobs, stream)


def _is_big(doc: Document) -> bool:
    return doc.error is None and not doc.html and doc.text is not None and len(doc.text) > BIG_CHARS


def _quiet_pool(ctx, jobs: int, model: Optional[str]):
    """A worker pool whose workers ignore Ctrl-C from the moment they exist (they inherit the
    ignored SIGINT at fork, before their initializer runs); this process handles it."""
    import signal

    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to protect
        return ctx.Pool(jobs, initializer=_init_worker, initargs=(model,))
    try:
        return ctx.Pool(jobs, initializer=_init_worker, initargs=(model,))
    finally:
        signal.signal(signal.SIGINT, old)


def _run_parallel(documents: Iterable[Document], model: Optional[str], jobs: int, stream: bool) -> Iterator[Result]:
    from .model import load_model

    nlp = load_model(model)  # fail fast, in the parent, with the usual message; big documents use it
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    # The same ``model`` argument as above: a forked worker finds the parent's pipeline in
    # load_model's cache and shares its memory instead of loading its own copy (spawn loads it).
    with _quiet_pool(ctx, jobs, model) as pool:
        groups = _grouped(documents)
        # In input order: (documents, AsyncResult) for small documents (a group, or one that is
        # neither small nor big), ([document], False) for an input error, ([document], None) for a
        # big one.
        pending: deque = deque()

        def fill() -> None:
            # Read ahead a few groups, but never past a big document (at most one is held in memory).
            while len(pending) < jobs * AHEAD_PER_WORKER and not (pending and pending[-1][1] is None):
                item = next(groups, None)
                if item is None:
                    return
                small, docs = item
                doc = docs[0]
                if doc.error is not None:
                    pending.append((docs, False))
                elif small:
                    pending.append((docs, pool.apply_async(_work_group, (docs,))))
                elif _is_big(doc):
                    pending.append((docs, None))
                else:
                    pending.append((docs, pool.apply_async(_work, (doc,))))

        fill()
        while pending:
            docs, job = pending.popleft()
            doc = docs[0]
            if job is False:
                yield Result(doc, [], doc.error)
            elif job is None:
                fill()  # the documents after it go to the workers alongside its windows
                yield from _extract_chunks(doc, nlp, stream, parse=_pool_parse(pool, nlp, jobs))
            else:
                got = job.get()
                yield from (got if isinstance(got, list) else [got])
            fill()
