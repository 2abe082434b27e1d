"""Running extraction over a stream of documents, in one process or several.

Results come back in input order while work continues; at most a few documents per worker
are in flight, so memory does not grow with the number of documents.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from .errors import InputError
from .inputs import Document
from .records import Quote


@dataclass
class Result:
    document: Document
    quotes: list[Quote]
    error: Optional[InputError] = None
    text: Optional[str] = None  # the text offsets refer to (the extracted article text for HTML)


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


def _extract_one(doc: Document, nlp) -> Result:
    from .extract import extract_text

    text, err = _prepare(doc)
    if err is not None:
        return Result(doc, [], err)
    assert text is not None
    quotes = list(extract_text(text, nlp, source=doc.source))
    if doc.meta is not None:
        quotes = [Quote(q.text, q.start, q.end, q.type, q.speaker, q.cue, q.method, q.confidence, q.source,
                        doc.meta) for q in quotes]
    return Result(doc, quotes, None, text)


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


def resolve_jobs(jobs: int) -> int:
    return (os.cpu_count() or 1) if jobs <= 0 else jobs


def run(documents: Iterable[Document], model: Optional[str] = None, jobs: int = 1, nlp=None) -> Iterator[Result]:
    """Yield one :class:`Result` per document, in input order."""
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        if nlp is None:
            from .model import load_model

            nlp = None
            for doc in documents:
                if doc.error is None and nlp is None:
                    nlp = load_model(model)
                yield _extract_one(doc, nlp) if doc.error is None else Result(doc, [], doc.error)
            return
        for doc in documents:
            yield _extract_one(doc, nlp)
        return
    from .model import load_model

    load_model(model)  # fail fast, in the parent, with the usual message
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    # The same ``model`` argument as above: a forked worker finds the parent's pipeline in
    # load_model's cache and shares its memory instead of loading its own copy (spawn loads it).
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(model,)) as pool:
        yield from pool.imap(_work, documents, chunksize=1)
