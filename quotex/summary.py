"""Who is quoted and how much: one row per canonical speaker."""
from __future__ import annotations

from typing import Any

from .records import Quote


class SpeakerSummary:
    """Accumulates per-speaker counts over any number of documents (memory grows with speakers only)."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], dict[str, Any]] = {}

    def add(self, source: str, quotes: list[Quote]) -> None:
        seen_here: set[tuple[str, str]] = set()
        for q in quotes:
            if q.speaker is None:
                continue
            key = (q.speaker.name.casefold(), q.speaker.kind)
            row = self._rows.get(key)
            if row is None:
                row = self._rows[key] = {
                    "name": q.speaker.name, "kind": q.speaker.kind, "quotes": 0, "words": 0,
                    "documents": 0, "titles": [],
                    "first_quote": {"source": source, "text": q.text, "start": q.start, "end": q.end},
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
