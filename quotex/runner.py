"""Running extraction over a stream of documents, in one process or several.

Each document goes through the one pipeline of :mod:`quotex.document`; this module only decides
where its windows are parsed (together with other small documents, or in worker processes).
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
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from .text.breaks import with_breaks
from .document import EVERY_QUOTE, DocumentResult, Options, cut, parse_windows, process, result_of
from .text.windows import make_doc
from .io.inputs import Document

# Documents longer than this are parsed window by window across the workers (with jobs > 1).
BIG_CHARS = 200_000
# Windows sent to a worker at a time, and how many such batches are in flight per worker.
PARSE_BATCH = 8
AHEAD_PER_WORKER = 2
# Small documents parsed together (see _extract_group); a document over GROUP_CHARS goes alone.
GROUP_DOCS = 16
GROUP_CHARS = 100_000
GROUP_PIPE_BATCH = 64


# One document's result (:class:`quotex.document.DocumentResult`), under its older name.
Result = DocumentResult


def _groupable(doc: Document) -> bool:
    return doc.error is None and not doc.html and doc.text is not None and len(doc.text) <= GROUP_CHARS


def _extract_group(docs: list[Document], nlp, options: Options, stream: bool = False) -> list[Result]:
    """The results of some small documents, their windows parsed together in one ``nlp.pipe``.

    Each document's windows are cut once, here; then each document goes through
    :func:`quotex.document.process` alone, in order, with its own windows and Docs. If parsing
    the group fails, its documents are done one by one so the failure stays with one.
    """
    try:
        # The texts as process() reads them (literal "\n" breaks made real, same length).
        works = [with_breaks(d.text or "") for d in docs]
        windows = [list(cut(t, options)) for t in works]
        texts = (t[w.start:w.end] for t, ws in zip(works, windows) for w in ws)
        parsed = iter(nlp.pipe((make_doc(nlp, t) for t in texts), batch_size=GROUP_PIPE_BATCH))
        ready = [[(w, next(parsed)) for w in ws] for ws in windows]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        return [r for d in docs for r in process(d, nlp, options, stream=stream)]
    out: list[Result] = []
    for d, pairs in zip(docs, ready):
        out.extend(process(d, nlp, options, parser=lambda _text, pairs=pairs: pairs, stream=stream))
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
    from .nlp.model import load_model

    _WORKER_NLP = load_model(model)


def _work(doc: Document, options: Options) -> Result:
    return result_of(doc, _WORKER_NLP, options)


def _work_group(docs: list[Document], options: Options) -> list[Result]:
    return _extract_group(docs, _WORKER_NLP, options)


def _parse_batch(texts: list[str]) -> list[bytes]:
    """Parse some windows in a worker; Docs travel back as bytes (without their tensors)."""
    docs = _WORKER_NLP.pipe([make_doc(_WORKER_NLP, t) for t in texts], batch_size=len(texts))
    return [doc.to_bytes(exclude=["tensor", "user_data"]) for doc in docs]


def _pool_parse(pool, nlp, jobs: int) -> Callable[[Iterable[str]], Iterator]:
    """A :data:`quotex.document.Parse` that parses in the pool's workers, in order."""
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
        stream: bool = False, options: Optional[Options] = None) -> Iterator[Result]:
    """Yield :class:`Result` s in input order: one per document, or with ``stream`` several for
    a long document (all but its last with ``partial=True``).

    ``options`` (:class:`quotex.document.Options`) are the caller's choices; by default every
    quote is returned, scare quotes included (``quotex.attribution.attribute.is_scare_quote`` tells them).
    """
    options = EVERY_QUOTE if options is None else options
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for small, docs in _grouped(documents):
            doc = docs[0]
            if doc.error is not None:
                yield Result(doc, [], doc.error)
                continue
            if nlp is None:
                from .nlp.model import load_model

                nlp = load_model(model)
            if small:
                yield from _extract_group(docs, nlp, options, stream)
            else:
                yield from process(doc, nlp, options, stream=stream)
        return
    yield from _run_parallel(documents, model, jobs, stream, options)


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


def _run_parallel(documents: Iterable[Document], model: Optional[str], jobs: int, stream: bool,
                  options: Options) -> Iterator[Result]:
    from .nlp.model import load_model

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
                    pending.append((docs, pool.apply_async(_work_group, (docs, options))))
                elif _is_big(doc):
                    pending.append((docs, None))
                else:
                    pending.append((docs, pool.apply_async(_work, (doc, options))))

        fill()
        while pending:
            docs, job = pending.popleft()
            doc = docs[0]
            if job is False:
                yield Result(doc, [], doc.error)
            elif job is None:
                fill()  # the documents after it go to the workers alongside its windows
                parse = _pool_parse(pool, nlp, jobs)
                yield from process(doc, nlp, options, stream=stream,
                                   parser=lambda text: parse_windows(text, cut(text, options), parse))
            else:
                got = job.get()
                yield from (got if isinstance(got, list) else [got])
            fill()
