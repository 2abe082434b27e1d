"""Machine-readable writers: JSON, JSON Lines and CSV. No Rich here: stdout stays plain data."""
from __future__ import annotations

import csv
import json
from typing import Any, Optional, TextIO

from ..records import Quote

CSV_FIELDS = ["source", "start", "end", "type", "text", "speaker_name", "speaker_title", "speaker_kind",
              "speaker_text", "speaker_start", "speaker_end", "cue_text", "cue_lemma", "cue_start", "cue_end",
              "method", "confidence"]


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write_json_document(out: TextIO, source: str, quotes: list[Quote], text: Optional[str] = None,
                        meta: Optional[dict] = None) -> None:
    obj: dict[str, Any] = {"source": source}
    if meta is not None:
        obj["meta"] = meta
    obj["quotes"] = [q.to_dict() for q in quotes]
    for d in obj["quotes"]:
        d.pop("source", None)
        d.pop("meta", None)
    if text is not None:
        obj["text"] = text
    out.write(dumps(obj) + "\n")


def write_jsonl(out: TextIO, quotes: list[Quote]) -> None:
    for q in quotes:
        out.write(dumps(q.to_dict()) + "\n")


def csv_row(q: Quote) -> dict[str, Any]:
    """The JSON fields of ``q`` flattened: ``speaker.name`` -> ``speaker_name``, null -> empty cell;
    ``meta`` (for --jsonl inputs) as one JSON cell."""
    sp, cue = q.speaker, q.cue
    return {
        "source": q.source, "start": q.start, "end": q.end, "type": q.type, "text": q.text,
        "speaker_name": sp.name if sp else "", "speaker_title": (sp.title or "") if sp else "",
        "speaker_kind": sp.kind if sp else "", "speaker_text": sp.text if sp else "",
        "speaker_start": sp.start if sp else "", "speaker_end": sp.end if sp else "",
        "cue_text": cue.text if cue else "", "cue_lemma": cue.lemma if cue else "",
        "cue_start": cue.start if cue else "", "cue_end": cue.end if cue else "",
        "method": q.method, "confidence": q.confidence,
        "meta": dumps(q.meta) if q.meta is not None else "",
    }


class CsvWriter:
    """CSV with a header row (written at once, so no quotes still gives a valid file), one row per
    quote. ``meta`` adds a last ``meta`` column (the --jsonl pass-through fields as JSON)."""

    def __init__(self, out: TextIO, meta: bool = False) -> None:
        fields = CSV_FIELDS + ["meta"] if meta else CSV_FIELDS
        self.writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        self.writer.writeheader()

    def write(self, quotes: list[Quote]) -> None:
        for q in quotes:
            self.writer.writerow(csv_row(q))


SPEAKER_CSV_FIELDS = ["name", "kind", "quotes", "words", "documents", "titles", "names", "first_quote_source",
                      "first_quote_text", "first_quote_start", "first_quote_end"]


def speaker_csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A ``quotex speakers`` row flattened: lists joined with "; ", ``first_quote.text`` ->
    ``first_quote_text``."""
    first = row.get("first_quote") or {}
    flat = {k: row[k] for k in ("name", "kind", "quotes", "indirect", "words", "documents") if k in row}
    flat.update({"titles": "; ".join(row.get("titles", [])), "names": "; ".join(row.get("names", []))})
    flat.update({f"first_quote_{k}": first.get(k, "") for k in ("source", "text", "start", "end")})
    return flat


def write_speaker_rows(out: TextIO, rows: list[dict[str, Any]], fmt: str) -> None:
    """``json``: one list; ``jsonl``: one row per line; ``csv``: a header and one row per speaker."""
    if fmt == "json":
        out.write(dumps(rows) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(dumps(row) + "\n")
    elif fmt == "csv":
        fields = SPEAKER_CSV_FIELDS
        if rows and "indirect" in rows[0]:
            # --indirect: how many of each speaker's quotes are reported speech, after "quotes".
            fields = fields[:3] + ["indirect"] + fields[3:]
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(speaker_csv_row(r) for r in rows)
    else:
        raise ValueError(f"unknown speaker output format {fmt!r}")
