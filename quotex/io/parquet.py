"""Typed quote rows and a Parquet writer that streams them in row groups (needs ``quotex[dask]``).

One row per quote with the CSV columns of :mod:`quotex.io.output`, but typed: offsets are
integers, ``confidence`` a float, and a quote with no speaker or cue has nulls there, not
empty strings. Rows are buffered and written one row group at a time, so memory stays flat
however many documents go through. The same typed rows make the Dask DataFrame of
:func:`quotex.dask.extract_dataframe`.
"""
from __future__ import annotations

from typing import Any, Optional

from .output import CSV_FIELDS, dumps
from ..records import Quote

# The column kinds, in CSV order; every column is nullable.
INT_FIELDS = {"start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end"}
FLOAT_FIELDS = {"confidence"}
assert INT_FIELDS | FLOAT_FIELDS <= set(CSV_FIELDS)

# Quotes per row group: a few MB of memory, and large enough for fast column scans.
ROW_GROUP = 20_000


def typed_row(q: Quote) -> dict[str, Any]:
    """The CSV fields of ``q`` with their types kept: ints, float, and None where CSV has ''."""
    sp, cue = q.speaker, q.cue
    return {
        "source": q.source, "start": q.start, "end": q.end, "type": q.type, "text": q.text,
        "speaker_name": sp.name if sp else None, "speaker_title": sp.title if sp else None,
        "speaker_kind": sp.kind if sp else None, "speaker_text": sp.text if sp else None,
        "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None,
        "cue_text": cue.text if cue else None, "cue_lemma": cue.lemma if cue else None,
        "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
        "method": q.method, "confidence": float(q.confidence),
        "meta": dumps(q.meta) if q.meta is not None else None,
    }


def columns(meta: bool = False, first: Optional[list[str]] = None) -> list[str]:
    """The column names: ``first`` (e.g. an id), the CSV columns, then ``meta`` if asked."""
    return list(first or []) + CSV_FIELDS + (["meta"] if meta else [])


def arrow_schema(meta: bool = False, first: Optional[dict[str, Any]] = None):
    """The pyarrow schema of the rows; ``first`` maps extra leading column names to pyarrow types."""
    import pyarrow as pa

    def kind(name: str):
        return pa.int64() if name in INT_FIELDS else pa.float64() if name in FLOAT_FIELDS else pa.string()

    fields = [pa.field(n, t) for n, t in (first or {}).items()]
    fields += [pa.field(n, kind(n)) for n in columns(meta)]
    return pa.schema(fields)


def pandas_dtypes(meta: bool = False) -> dict[str, str]:
    """pandas nullable dtypes of the CSV columns (``Int64`` keeps nulls, unlike ``int64``)."""
    return {n: "Int64" if n in INT_FIELDS else "float64" if n in FLOAT_FIELDS else "string"
            for n in columns(meta)}


def _need_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        from ..errors import QuotexError

        raise QuotexError("writing Parquet needs pyarrow; install it with: pip install 'quotex[dask]'") from None


class ParquetWriter:
    """Write quotes to a Parquet file, ``ROW_GROUP`` rows at a time; :meth:`close` finishes the file.

    The file is valid (with zero rows) even when no quote is written. ``meta`` adds a ``meta``
    column holding the --jsonl pass-through fields as JSON, as in CSV.
    """

    def __init__(self, path: str, meta: bool = False, row_group: Optional[int] = None) -> None:
        _need_pyarrow()
        import pyarrow.parquet as pq

        self.schema = arrow_schema(meta)
        self.names = self.schema.names
        self.row_group = row_group or ROW_GROUP
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")

    def write(self, quotes: list[Quote]) -> None:
        for q in quotes:
            self.rows.append(typed_row(q))
            if len(self.rows) >= self.row_group:
                self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        import pyarrow as pa

        table = pa.Table.from_pydict({n: [r.get(n) for r in self.rows] for n in self.names}, schema=self.schema)
        self.writer.write_table(table, row_group_size=len(self.rows))
        self.count += len(self.rows)
        self.rows = []

    def close(self) -> None:
        if self.writer is None:
            return
        self.flush()
        self.writer.close()
        self.writer = None

    def __enter__(self) -> "ParquetWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
