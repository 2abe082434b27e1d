"""The small typed records quotex yields: plain frozen dataclasses, no spaCy objects."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


# Speaker kinds that name someone (a person, an organisation, or a group of people such as a family
# or residents, what "they" stands for), as opposed to "unknown" mentions
# and bare pronouns: rules that need a real source ("Lee", "the ministry") test this one set.
NAMED_KINDS = frozenset({"person", "organization", "group"})


def is_named(speaker: "Optional[Speaker]") -> bool:
    """True when there is a speaker and it names a person or an organisation."""
    return speaker is not None and speaker.kind in NAMED_KINDS


@dataclass(frozen=True)
class Speaker:
    """The mention nearest the quote as written, plus who it is in this document."""

    text: str
    start: int
    end: int
    name: str
    title: Optional[str] = None
    kind: str = "unknown"  # person | organization | group | unknown

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "title": self.title, "kind": self.kind}


@dataclass(frozen=True)
class Cue:
    """The speech verb or phrase: "told", "said", "according to"."""

    text: str
    start: int
    end: int
    lemma: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}


@dataclass(frozen=True)
class Quote:
    """One quotation. ``text == input[start:end]``; the marks are outside [start, end)."""

    text: str
    start: int
    end: int
    type: str  # direct | partial
    speaker: Optional[Speaker] = None
    cue: Optional[Cue] = None
    method: str = "none"
    confidence: float = 0.0
    source: Optional[str] = None
    meta: Optional[dict[str, Any]] = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.source is not None:
            d["source"] = self.source
        d.update({
            "text": self.text, "start": self.start, "end": self.end, "type": self.type,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "method": self.method, "confidence": self.confidence,
        })
        if self.meta is not None:
            d["meta"] = self.meta
        return d
