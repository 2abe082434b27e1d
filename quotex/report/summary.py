"""Who is quoted and how much: one row per speaker entity of a corpus."""
from __future__ import annotations

from array import array
from typing import Any, Optional

from ..resolution.corpus_names import entity_groups, name_matches
from ..records import Quote


class SpeakerSummary:
    """Accumulates per-speaker counts over any number of documents.

    A row: ``name`` (the most quoted full form), ``kind``, ``quotes``, ``words``
    (whitespace-separated words inside the quotes), ``documents`` (how many documents quote the
    speaker), ``titles`` (each title seen, in order), ``names`` (every canonical name merged
    into the row, most quoted first) and ``first_quote`` (``source``, ``text``, ``start``,
    ``end`` of the speaker's first quote).

    Names are resolved within each document by the extraction; across documents the rows of
    one entity are merged by :func:`quotex.resolution.corpus_names.entity_groups` ("Donald J. Trump",
    "Donald Trump", and a bare "Trump" when no other full name ends in it). Memory grows with
    the number of speakers and, by four bytes, with each (speaker, document) pair.
    """

    def __init__(self, indirect: bool = False) -> None:
        # With ``indirect`` (``--indirect``), reported speech was looked for: each row says how
        # many of its ``quotes`` are reported speech (``"indirect"``), and so does the caption.
        self.indirect = indirect
        self.indirect_quotes = 0
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.documents = 0  # documents added
        self.quotes = 0  # quotes added, with or without a speaker
        self.unattributed = 0  # quotes without a speaker

    def add(self, source: Optional[str], quotes: list[Quote]) -> None:
        """Count the quotes of one document (``source`` is kept in ``first_quote`` when not None)."""
        doc = self.documents
        self.documents += 1
        self.quotes += len(quotes)
        for q in quotes:
            if q.speaker is None:
                self.unattributed += 1
                continue
            key = (q.speaker.name.casefold(), q.speaker.kind)
            row = self._rows.get(key)
            if row is None:
                first: dict[str, Any] = {"source": source} if source is not None else {}
                first.update({"text": q.text, "start": q.start, "end": q.end})
                row = self._rows[key] = {
                    "name": q.speaker.name, "kind": q.speaker.kind, "quotes": 0, "words": 0,
                    "titles": [], "first_quote": first, "docs": array("I"), "order": len(self._rows),
                    "indirect": 0,
                }
            row["quotes"] += 1
            if q.type == "indirect":
                row["indirect"] += 1
                self.indirect_quotes += 1
            row["words"] += len(q.text.split())
            if q.speaker.title and q.speaker.title not in row["titles"]:
                row["titles"].append(q.speaker.title)
            if not row["docs"] or row["docs"][-1] != doc:
                row["docs"].append(doc)

    def rows(self) -> list[dict[str, Any]]:
        """Speaker entities by number of quotes, then words, then name."""
        raw = sorted(self._rows.values(), key=lambda r: r["order"])
        groups: dict[int, list[dict[str, Any]]] = {}
        for row, g in zip(raw, entity_groups([(r["name"], r["kind"]) for r in raw])):
            groups.setdefault(g, []).append(row)
        merged = [_merge(members, self.indirect) for members in groups.values()]
        return sorted(merged, key=lambda r: (-r["quotes"], -r["words"], r["name"].casefold()))

    def caption(self, rows: Optional[list[dict[str, Any]]] = None, shown: Optional[int] = None) -> str:
        """"6 quotes, 3 speakers, 1 document; 1 quote without a speaker" for ``rows`` (default: all);
        with ``shown`` below the number of rows, "; top 2 shown"."""
        rows = self.rows() if rows is None else rows
        quotes = sum(r["quotes"] for r in rows) + self.unattributed
        text = f"{plural(quotes, 'quote')}, {plural(len(rows), 'speaker')}, {plural(self.documents, 'document')}"
        if self.unattributed:
            text += f"; {plural(self.unattributed, 'quote')} without a speaker"
        if shown is not None and shown < len(rows):
            text += f"; top {shown} shown"
        if self.indirect:
            text += f"; reported speech counted (--indirect): {plural(self.indirect_quotes, 'indirect quote')}"
        return text


def plural(k: int, word: str) -> str:
    return f"{k:,} {word}{'' if k == 1 else 's'}"


def row_matches(row: dict[str, Any], queries: list[str]) -> bool:
    """Whether any ``--speaker`` query names the entity of ``row`` by any of its names."""
    return any(name_matches(q, name, row["kind"]) for q in queries for name in row["names"])


def _merge(members: list[dict[str, Any]], indirect: bool = False) -> dict[str, Any]:
    """One row for the rows of one entity (``members`` in order of first quote)."""
    by_quotes = sorted(members, key=lambda r: (-r["quotes"], r["order"]))
    # The name shown: the most quoted name with a first name, else the most quoted name.
    full = [r for r in by_quotes if len(r["name"].split()) > 1]
    head = (full or by_quotes)[0]
    kind = head["kind"]
    if kind == "unknown":
        kind = next((r["kind"] for r in by_quotes if r["kind"] != "unknown"), kind)
    docs: set[int] = set()
    titles: list[str] = []
    names: list[str] = []
    for r in members:
        docs.update(r["docs"])
        titles.extend(t for t in r["titles"] if t not in titles)
    for r in by_quotes:
        if r["name"] not in names:
            names.append(r["name"])
    row = {"name": head["name"], "kind": kind, "quotes": sum(r["quotes"] for r in members)}
    if indirect:
        # How many of ``quotes`` are reported speech: present only with --indirect, so that the
        # output itself says reported speech was counted.
        row["indirect"] = sum(r["indirect"] for r in members)
    row.update({
        "words": sum(r["words"] for r in members), "documents": len(docs), "titles": titles,
        "names": names, "first_quote": members[0]["first_quote"],
    })
    return row
