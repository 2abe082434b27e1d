"""Extraction on a Dask cluster (needs ``quotex[dask]``).

Three ways in, all doing the work with :func:`quotex.runner.run` inside the workers, so a
cluster gives exactly the quotes a local run gives:

* :func:`run_on_cluster` sends a stream of :class:`~quotex.io.inputs.Document` s to the workers
  of a scheduler in batches and yields the :class:`~quotex.runner.Result` s back in input
  order, reading ahead only a few batches per worker (``quotex extract --scheduler``);
* :func:`extract_bag` maps a Dask Bag of texts to a Bag of quote lists;
* :func:`extract_dataframe` maps a Dask DataFrame of documents to one of quotes, one row per
  quote with an id column and the CSV columns, typed as in :mod:`quotex.io.parquet`.

Each worker process loads the model once (:func:`quotex.nlp.model.load_model` caches it), on the
first batch it is given. A worker that dies loses nothing: the scheduler gives its batches to
another worker. A batch that kills workers again and again (the scheduler gives up after a
few tries) comes back as one error per document, and the run goes on.

Workers must have quotex and the model installed (``pip install 'quotex[dask]' -r models.txt``
in the workers' environment); when the model is missing, the error names the worker.
"""
from __future__ import annotations

import contextlib
import threading
from collections import deque
from typing import Any, Iterable, Iterator, Optional

from .errors import InputError, ModelNotFound, QuotexError
from .io.inputs import Document

# Documents sent to a worker in one task; a batch closes early past BATCH_CHARS characters.
# The runner's group size (one nlp.pipe call per task), and small enough that the last tasks of
# a run leave no worker idle for long: 8 news articles are about half a second of work, a task
# costs the scheduler a few milliseconds; with 16, 160 articles made 10 tasks and two workers
# reached 1.48x one process, with 8 they reached 1.85x (benchmarks/scale.py).
BATCH_DOCS = 8
BATCH_CHARS = 50_000
# Batches in flight per worker thread: enough to keep each busy while results travel back.
AHEAD_PER_WORKER = 3
# How long to wait for the first worker of a scheduler that has none yet.
WORKER_WAIT_SECONDS = 60

# spaCy pipelines are not meant to be shared between threads; a worker started with several
# threads runs one batch at a time per process (start workers with --nthreads 1 and more
# --nworkers instead).
_LOCK = threading.Lock()


def _need_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise QuotexError("running on a Dask cluster needs distributed; install it with: "
                          "pip install 'quotex[dask]'") from None


def _worker_name() -> str:
    try:
        from distributed import get_worker

        w = get_worker()
        return f"{w.address} (host {w.ip})"
    except Exception:  # noqa: BLE001 - not inside a worker
        import socket

        return socket.gethostname()


# glibc's malloc option numbers (malloc.h): M_MMAP_THRESHOLD.
_M_MMAP_THRESHOLD = -3
# Blocks up to this size come from the heap, not a fresh mmap each time (see _tune_malloc).
MMAP_THRESHOLD_BYTES = 4 * 1024 * 1024
_malloc_tuned = False


def _tune_malloc() -> bool:
    """Give back glibc's dynamic mmap threshold that a Dask nanny takes away; True if set.

    A nanny starts its worker with ``MALLOC_TRIM_THRESHOLD_=65536`` (so freed memory goes back
    to the system). Setting any such variable also freezes glibc's mmap threshold at 128 KiB,
    so every larger block spaCy allocates for a parse (a paragraph's feature arrays) becomes an
    mmap, page faults and a munmap: measured, a worker then spends ~25% more CPU per article
    than a plain process (77 vs 61 ms). Raising the mmap threshold puts those blocks back on the
    heap; the small trim threshold still hands the heap's free top back to the system, so the
    worker's memory stays flat. Not glibc (musl, macOS): nothing to do.
    """
    global _malloc_tuned
    if _malloc_tuned:
        return True
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        _malloc_tuned = bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    except (OSError, AttributeError):
        _malloc_tuned = False
    return _malloc_tuned


def _extract(docs: list[Document], model: Optional[str], options=None) -> list:
    """The results of ``docs`` in this process: the one place that calls the extraction pipeline."""
    from .nlp.model import load_model
    from .runner import run

    _tune_malloc()

    try:
        nlp = load_model(model)
    except ModelNotFound as err:
        raise ModelNotFound(f"on Dask worker {_worker_name()}: {err} (in the workers' environment: "
                            f"pip install 'quotex[dask]' -r models.txt)") from None
    with _LOCK:
        return list(run(docs, nlp=nlp, options=options))


def _work_batch(docs: list[Document], model: Optional[str], options=None) -> list[tuple]:
    """Run in a worker: (quotes, error, text for an HTML page) per document, without the input text."""
    out = []
    for r in _extract(docs, model, options):
        out.append((r.quotes, r.error, r.text if r.document.html else None))
    return out


# ----------------------------------------------------------------------------- the CLI's driver
def _batches(documents: Iterable[Document]) -> Iterator[tuple[bool, list[Document]]]:
    """(True, documents for one task) or (False, [a document that could not be read]), in order."""
    batch: list[Document] = []
    chars = 0
    for doc in documents:
        if doc.error is not None:
            if batch:
                yield True, batch
                batch, chars = [], 0
            yield False, [doc]
            continue
        n = len(doc.text or "")
        if batch and (len(batch) >= BATCH_DOCS or chars + n > BATCH_CHARS):
            yield True, batch
            batch, chars = [], 0
        batch.append(doc)
        chars += n
    if batch:
        yield True, batch


@contextlib.contextmanager
def _sigint_ignored():
    """Worker processes started meanwhile ignore Ctrl-C (an ignored signal stays ignored in a
    child, and Python then installs no KeyboardInterrupt handler): a terminal's Ctrl-C reaches
    every process of the group, and only this one should act on it (cancel, close, exit 130)."""
    import signal

    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to protect
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def connect(scheduler: str):
    """A ``(client, cluster)`` for ``tcp://HOST:PORT`` (cluster None) or ``local:N`` (a new
    LocalCluster of N single-threaded worker processes on this machine, which the caller closes)."""
    _need_distributed()
    import logging

    from distributed import Client, LocalCluster

    if scheduler.startswith("local"):
        n_text = scheduler.partition(":")[2] or "0"
        if not n_text.isdigit():
            raise QuotexError(f"--scheduler {scheduler!r}: write local:N with N the number of workers, e.g. local:2")
        import os

        n = int(n_text) or (os.cpu_count() or 1)
        with _sigint_ignored():
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                                   silence_logs=logging.ERROR)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout="20s"), None
    except (OSError, TimeoutError) as err:
        raise QuotexError(f"cannot reach the Dask scheduler at {scheduler} ({str(err).splitlines()[0][:160]})") from None


def _failed_batch(docs: list[Document], err: BaseException) -> list[tuple]:
    what = type(err).__name__
    if what == "KilledWorker":
        why = "the Dask workers running it died several times"
    else:
        why = f"{what}: {str(err).splitlines()[0][:160]}" if str(err) else what
    return [([], InputError(f"{d.source}: extraction failed on the cluster ({why}); skipped"), None) for d in docs]


def run_on_cluster(documents: Iterable[Document], scheduler: str, model: Optional[str] = None,
                   client=None, options=None) -> Iterator:
    """Yield one :class:`~quotex.runner.Result` per document, in input order, the work done by
    the workers of ``scheduler`` (see :func:`connect`), or of ``client`` when given, with the
    caller's :class:`quotex.document.Options` (default: every quote, as :func:`quotex.runner.run`).

    On any exit (the end, an error, Ctrl-C) the work still queued is cancelled and whatever
    this function started is closed.
    """
    from .runner import Result

    own, cluster = client is None, None
    if own:
        client, cluster = connect(scheduler)
    pending: deque = deque()
    stop = _CtrlC()
    try:
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        except TimeoutError:
            raise QuotexError(f"the Dask scheduler at {scheduler} has no workers "
                              f"(waited {WORKER_WAIT_SECONDS} s); start some with: dask worker {scheduler}") from None
        ahead = max(1, sum(client.nthreads().values())) * AHEAD_PER_WORKER
        batches = _batches(documents)

        def fill() -> None:
            while len(pending) < ahead:
                item = next(batches, None)
                if item is None:
                    return
                ok, docs = item
                fut = client.submit(_work_batch, docs, model, options, pure=False) if ok else None
                pending.append((docs, fut))

        fill()
        while pending:
            docs, fut = pending[0]
            if fut is None:
                got = [([], docs[0].error, None)]
            else:
                try:
                    got = _result(fut, stop)
                except QuotexError:
                    raise
                except Exception as err:  # noqa: BLE001 - this batch only; the run goes on
                    got = _failed_batch(docs, err)
            pending.popleft()
            fill()
            for doc, (quotes, error, text) in zip(docs, got):
                stop.check()
                yield Result(doc, quotes, error, text if doc.html else (None if error else (doc.text or "")))
    finally:
        stop.restore()
        futures = [f for _, f in pending if f is not None]
        pending.clear()
        try:
            if futures:
                client.cancel(futures)
        finally:
            if own:
                client.close()
                if cluster is not None:
                    cluster.close()


class _CtrlC:
    """Ctrl-C noted by a flag and raised as KeyboardInterrupt where this module checks for it.

    The client's background threads and the finalizers of its futures run Python code at any
    moment; a KeyboardInterrupt raised inside one of those is printed and swallowed, and the run
    would go on. So the handler only notes it, and the loop raises it at a safe point.
    """

    def __init__(self) -> None:
        import signal

        self.event = threading.Event()
        self.old = None
        try:
            self.old = signal.signal(signal.SIGINT, lambda *_: self.event.set())
        except ValueError:  # not the main thread: Ctrl-C is not ours to handle
            pass

    def check(self) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt

    def restore(self) -> None:
        if self.old is not None:
            import signal

            signal.signal(signal.SIGINT, self.old)
            self.old = None


def _result(fut, stop: "_CtrlC"):
    """The future's result, waiting in short steps so that Ctrl-C is acted on within a moment."""
    import asyncio

    while True:
        stop.check()
        try:
            return fut.result(timeout=0.2)
        except (TimeoutError, asyncio.TimeoutError):
            continue


# ----------------------------------------------------------------------------- Bag and DataFrame
def _bag_partition(texts: Iterable[str], model: Optional[str], all_quotes: bool) -> list[list]:
    from .attribution.attribute import is_scare_quote

    texts = list(texts)
    for t in texts:
        if not isinstance(t, str):
            raise TypeError(f"quotex needs text as str, not {type(t).__name__}")
    out = []
    for r in _extract([Document(str(i), t) for i, t in enumerate(texts)], model):
        if r.error is not None:
            raise QuotexError(str(r.error))
        out.append([_no_source(q) for q in r.quotes if all_quotes or not is_scare_quote(q)])
    return out


def _no_source(q):
    from dataclasses import replace

    return replace(q, source=None)


def extract_bag(bag, model: Optional[str] = None, all_quotes: bool = False):
    """A Dask Bag with one list of :class:`~quotex.records.Quote` per text of ``bag``, in order.

    Like :func:`quotex.extract_batch`, scare quotes are left out unless ``all_quotes``.
    Nothing runs until the Bag is computed.
    """
    return bag.map_partitions(_bag_partition, model=model, all_quotes=all_quotes)


def _frame_meta(id_name: str, id_dtype) -> Any:
    import pandas as pd

    from .io.parquet import pandas_dtypes

    cols = {id_name: pd.Series(dtype=id_dtype)}
    cols.update({n: pd.Series(dtype=t) for n, t in pandas_dtypes().items()})
    return pd.DataFrame(cols)


def _frame_partition(part, text: str, id: str, model: Optional[str], all_quotes: bool, id_dtype):
    import pandas as pd

    from .attribution.attribute import is_scare_quote
    from .io.parquet import typed_row

    ids = list(part[id])
    texts = list(part[text])
    docs = [Document(str(i), t if isinstance(t, str) else None,
                     None if isinstance(t, str) else InputError(f"{i}: no text; skipped"))
            for i, t in zip(ids, texts)]
    meta = _frame_meta(id, id_dtype)
    rows = []
    for doc_id, r in zip(ids, _extract(docs, model)):
        if r.error is not None:
            raise QuotexError(str(r.error))
        for q in r.quotes:
            if all_quotes or not is_scare_quote(q):
                rows.append({id: doc_id, **typed_row(q)})
    if not rows:
        return meta.iloc[:0].copy()
    frame = pd.DataFrame(rows, columns=list(meta.columns))
    return frame.astype(meta.dtypes.to_dict())


def extract_dataframe(ddf, text: str = "text", id: str = "id", model: Optional[str] = None,
                      all_quotes: bool = False):
    """A Dask DataFrame of the quotes of ``ddf``: one row per quote, the ``id`` column of its
    document first, then the CSV columns (``source`` is the id as text), typed: ``Int64``
    offsets, float ``confidence``, nulls where a quote has no speaker or cue.

    Scare quotes are left out unless ``all_quotes``. Nothing runs until it is computed.
    """
    for col in (text, id):
        if col not in ddf.columns:
            raise KeyError(f"extract_dataframe: no column {col!r} (columns: {', '.join(map(str, ddf.columns))})")
    meta = _frame_meta(id, ddf[id].dtype)
    return ddf.map_partitions(_frame_partition, text, id, model, all_quotes, str(ddf[id].dtype), meta=meta,
                              enforce_metadata=False)
