"""Who is quoted and how much: one row per canonical speaker."""
from __future__ import annotations

from typing import Any, Optional

from .records import Quote


class SpeakerSummary:
    """Accumulates per-speaker counts over any number of documents (memory grows with speakers only).

    A row: ``name`` (canonical), ``kind``, ``quotes``, ``words`` (whitespace-separated words
    inside the quotes), ``documents`` (how many documents quote the speaker), ``titles`` (each
    title seen, in order) and ``first_quote`` (``source``, ``text``, ``start``, ``end`` of the
    speaker's first quote). Speakers are told apart by canonical name (case-insensitive) and kind.
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.documents = 0  # documents added
        self.quotes = 0  # quotes added, with or without a speaker
        self.unattributed = 0  # quotes without a speaker

    def add(self, source: Optional[str], quotes: list[Quote]) -> None:
        """Count the quotes of one document (``source`` is kept in ``first_quote`` when not None)."""
        self.documents += 1
        self.quotes += len(quotes)
        seen_here: set[tuple[str, str]] = set()
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
                    "documents": 0, "titles": [], "first_quote": first,
                }
            row["quotes"] += 1
            row["words"] += len(q.text.split())
            if q.speaker.title and q.speaker.title not in row["titles"]:
                row["titles"].append(q.speaker.title)
            if key not in seen_here:
                seen_here.add(key)
                row["documents"] += 1

    def rows(self) -> list[dict[str, Any]]:
        """Speakers by number of quotes, then words, then name."""
        return sorted(self._rows.values(), key=lambda r: (-r["quotes"], -r["words"], r["name"].casefold()))

    def caption(self) -> str:
        """"5 quotes in 2 documents, 1 without a speaker"."""
        def n(k: int, word: str) -> str:
            return f"{k} {word}{'' if k == 1 else 's'}"

        return f"{n(self.quotes, 'quote')} in {n(self.documents, 'document')}, {self.unattributed} without a speaker"
