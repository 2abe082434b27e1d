"""The quote filters of ``quotex extract`` and ``quotex speakers`` as one predicate that remembers
what it saw, so that a filter that matched nothing can be told apart from a text with no quotes.

No Typer or Rich here: :meth:`QuoteFilter.notes` returns the messages and the CLI prints them.
"""
from __future__ import annotations

import difflib
from collections import Counter
from typing import Iterable, Optional

from ..resolution.corpus_names import ORGANIZATION, _core, name_matches, parse_name, place_names
from ..records import Quote


class QuoteFilter:
    """``speakers`` (names as a user types them: "Okafor", "maria okafor", "Mr. Lee"), ``qtype``,
    ``min_confidence``; scare quotes are dropped unless ``all_quotes``.

    With ``by_row`` the speaker names are not checked per quote (``quotex speakers`` checks them
    on its merged rows) but everything else is.

    A full-name query ("Donald Trump") also names a bare surname ("Trump", from an article that
    never gave the full name) when, over all the quotes seen, that full name is the only one with
    the surname: the rule by which ``quotex speakers`` merges rows. Such a quote can only be
    decided once every document is read, so :meth:`keep` holds it back (:meth:`held` says so)
    and :meth:`settle` decides it at the end.
    """

    def __init__(self, speakers: Optional[Iterable[str]] = None, qtype: Optional[str] = None,
                 min_confidence: float = 0.0, all_quotes: bool = False, by_row: bool = False) -> None:
        self.speakers = [s for s in (speakers or []) if s.strip()]
        self.qtype = qtype
        self.min_confidence = min_confidence
        self.all_quotes = all_quotes
        self.by_row = by_row
        self.found = 0  # quotes before the filters (scare quotes aside unless all_quotes)
        self.kept = 0
        self.matched: Counter[str] = Counter()  # quotes per speaker query
        self.seen: Counter[str] = Counter()  # quotes per speaker name, before the filters
        self._memo: dict[tuple[str, str], tuple[str, ...]] = {}
        # Full-name queries by the surname a bare mention would use.
        self._by_surname: dict[str, list[tuple[str, tuple[str, str, str]]]] = {}
        for query in self.speakers:
            core = _core(parse_name(query, typed=True))
            if core is not None:
                self._by_surname.setdefault(core[1], []).append((query, core))
        self._cores: dict[str, set[tuple[str, str, str]]] = {}  # full names seen, by surname
        self._held: dict[int, tuple[str, ...]] = {}  # id(quote) -> queries whose surname it is
        self._surnames: dict[tuple[str, str], Optional[str]] = {}

    @property
    def defers(self) -> bool:
        """Whether some quotes can only be decided once every document is read (:meth:`settle`)."""
        return bool(self._by_surname) and not self.by_row

    def _surname(self, name: str, kind: str) -> Optional[str]:
        """The surname of a one-word name ("Trump", "Mr. Trump"; not "Israel" the country), else None."""
        key = (name, kind)
        if key not in self._surnames:
            p = parse_name(name, kind)
            # as entity_groups: a one-word organisation named for a place is no surname
            one = p.proper and p.first is None and len(p.words) == 1 and not (
                kind == ORGANIZATION and p.full in place_names())
            self._surnames[key] = p.surname if one else None
        return self._surnames[key]

    def _note_name(self, name: str, kind: str) -> None:
        core = _core(parse_name(name, kind))
        if core is not None:
            self._cores.setdefault(core[1], set()).add(core)
            tail = core[1].split()[-1]
            if tail != core[1]:
                self._cores.setdefault(tail, set()).add(core)

    def queries_for(self, name: str, kind: str) -> tuple[str, ...]:
        """The speaker queries that name ``name`` (of ``kind``)."""
        key = (name, kind)
        if key not in self._memo:
            self._memo[key] = tuple(s for s in self.speakers if name_matches(s, name, kind))
        return self._memo[key]

    def keep(self, q: Quote) -> bool:
        if not self.all_quotes:
            from ..attribution.attribute import is_scare_quote

            if is_scare_quote(q):
                return False
        self.found += 1
        held: tuple[str, ...] = ()
        if q.speaker is not None:
            self.seen[q.speaker.name] += 1
            if self.defers:
                self._note_name(q.speaker.name, q.speaker.kind)
        if self.speakers:
            if q.speaker is None:
                return False
            if not self.by_row:
                hits = self.queries_for(q.speaker.name, q.speaker.kind)
                self.matched.update(hits)
                if not hits:
                    surname = self._surname(q.speaker.name, q.speaker.kind) if self.defers else None
                    held = tuple(query for query, _ in self._by_surname.get(surname or "", ()))
                    if not held:
                        return False
        if self.qtype is not None and q.type != self.qtype:
            return False
        if q.confidence < self.min_confidence:
            return False
        if held:
            self._held[id(q)] = held
            return False
        self.kept += 1
        return True

    def held(self, q: Quote) -> bool:
        """Whether :meth:`keep` held ``q`` back until :meth:`settle`."""
        return id(q) in self._held

    def settle(self, quotes: list[Quote]) -> list[Quote]:
        """``quotes`` (kept or held, of one document) without the held ones that, now that every
        document is read, the query's full name does not name: another full name of the corpus
        has the surname too ("Ivanka Trump" beside "Donald Trump")."""
        out = []
        for q in quotes:
            queries = self._held.get(id(q))
            if queries is not None:
                surname = self._surname(q.speaker.name, q.speaker.kind)
                cores = self._cores.get(surname, set())
                hits = [query for query, core in self._by_surname[surname]
                        if query in queries and cores <= {core}]
                if not hits:
                    continue
                self.matched.update(hits)
                self.kept += 1
            out.append(q)
        return out

    def filter_rows(self, rows: list[dict]) -> list[dict]:
        """The ``quotex speakers`` rows that a speaker query names by any of the row's ``names``."""
        if not self.speakers:
            return rows
        out = []
        for row in rows:
            hits = {s for s in self.speakers for name in row["names"] if name_matches(s, name, row["kind"])}
            self.matched.update({s: row["quotes"] for s in hits})
            if hits:
                out.append(row)
        return out

    def notes(self, kept: Optional[int] = None) -> list[str]:
        """What to tell the user when a filter matched nothing (nothing when all is well).

        ``kept`` overrides the number of quotes kept (``quotex speakers`` filters its rows itself).
        """
        kept = self.kept if kept is None else kept
        out = []
        missed = [s for s in self.speakers if not self.matched[s]]
        for query in missed:
            out.append(f"--speaker {query!r} matched no speaker{self._hint(query)}")
        others = [opt for opt, on in (("--type " + str(self.qtype), self.qtype is not None),
                                      (f"--min-confidence {self.min_confidence:g}", self.min_confidence > 0)) if on]
        if kept == 0 and self.found and len(missed) < len(self.speakers or [None]) and (others or self.speakers):
            what = " ".join([*(f"--speaker {s!r}" for s in self.speakers if self.matched[s]), *others])
            n = self.found
            out.append(f"no quote passed the filters ({what}); {n:,} quote{'' if n == 1 else 's'} "
                       f"{'was' if n == 1 else 'were'} found without them")
        return out

    def _hint(self, query: str) -> str:
        if not self.seen:
            return " (no quote had a speaker)" if self.found else " (no quotes were found)"
        names = [name for name, _ in self.seen.most_common()]
        words = {}
        for name in names:
            words.setdefault(name.casefold(), name)
            surname = parse_name(name).surname
            if surname:
                words.setdefault(surname, name.split()[-1])
        close = difflib.get_close_matches(query.casefold(), list(words), n=1, cutoff=0.75)
        shown = ", ".join(f"{name} ({self.seen[name]})" for name in names[:5])
        more = f" and {len(names) - 5:,} more" if len(names) > 5 else ""
        return (f"; did you mean {words[close[0]]!r}?" if close else "") + f" (speakers found: {shown}{more})"
