"""Terminal views drawn with Rich: the quote table, the highlighted article and the speaker table.

Every piece of document text goes in as ``rich.text.Text``, never as markup, so "[brackets]"
in a quote are printed as written; control characters (a stray ESC could drive the terminal)
are shown as U+FFFD, and CRLF line ends as plain line ends.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .records import Quote

PALETTE = ["cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
           "bright_green", "bright_yellow", "bright_blue", "bright_red"]
UNATTRIBUTED_STYLE = "italic dim"
NO_SPEAKER = "no speaker"

# C0 and C1 control characters except tab and line feed; CR is handled apart (CRLF -> LF).
_CONTROL = {c: "\ufffd" for c in [*range(0x00, 0x20), 0x7f, *range(0x80, 0xa0)] if c not in (0x09, 0x0a, 0x0d)}


def clean(s: str) -> str:
    """``s`` made safe to print on a terminal: CRLF -> LF, lone CR -> LF, other controls -> U+FFFD."""
    return s.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


def quote_table(source: str, quotes: list[Quote]) -> Table:
    table = Table(title=Text(clean(source)), title_justify="left", show_lines=True, expand=True)
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Cue", ratio=1, overflow="fold")
    table.add_column("Type", ratio=1)
    table.add_column("Quote", ratio=6, overflow="fold")
    for q in quotes:
        speaker = Text()
        if q.speaker is not None:
            speaker.append(clean(q.speaker.name), style="bold")
            if q.speaker.title:
                speaker.append("\n")
                speaker.append(clean(q.speaker.title), style="dim")
        else:
            speaker.append("—", style="dim")
        cue = Text(clean(q.cue.text) if q.cue else "")
        table.add_row(speaker, cue, Text(q.type), Text(clean(q.text)))
    return table


def print_table(console: Console, source: str, quotes: list[Quote]) -> None:
    if not quotes:
        console.print(Text(f"{clean(source)}: no quotes found", style="dim"))
        return
    console.print(quote_table(source, quotes))


def speaker_colours(quotes: list[Quote]) -> dict[str, str]:
    """One colour per canonical speaker name, in order of first quote."""
    colours: dict[str, str] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.name not in colours:
            colours[q.speaker.name] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def highlighted_text(text: str, quotes: list[Quote]) -> tuple[Text, dict[str, str]]:
    """The article with each quote coloured by speaker (its speaker mention underlined in the same
    colour, unattributed quotes dim italic), and the speaker -> colour legend."""
    colours = speaker_colours(quotes)
    n = len(text)
    marks: list[tuple[int, int, str]] = []
    for q in quotes:
        if q.speaker is None:
            marks.append((q.start, q.end, UNATTRIBUTED_STYLE))
        else:
            colour = colours[q.speaker.name]
            marks.append((q.start, q.end, colour))
            marks.append((q.speaker.start, q.speaker.end, f"underline {colour}"))
    marks = [(max(0, a), min(n, b), s) for a, b, s in marks if a < b]
    marks.sort(key=lambda m: m[0])
    points = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    out = Text()
    active: list[tuple[int, int, str]] = []
    i = 0
    # Append piece by piece (not Text(text).stylize): Rich drops some characters, which would
    # shift every style after them.
    for a, b in zip(points, points[1:]):
        while i < len(marks) and marks[i][0] <= a:
            active.append(marks[i])
            i += 1
        active = [m for m in active if m[1] > a]
        piece = text[a:b]
        if a == 0:
            piece = piece.lstrip("\ufeff")
        if piece.endswith("\r") and text[b:b + 1] == "\n":
            piece = piece[:-1]
        out.append(clean(piece), style=" ".join(m[2] for m in active) or None)
    return out, colours


def legend(quotes: list[Quote], colours: dict[str, str]) -> Text:
    """"Speakers: ■ Ann Lee (2)  ■ Tomas Lind (1)  ■ no speaker (1)"."""
    counts = Counter(q.speaker.name if q.speaker is not None else None for q in quotes)
    out = Text("Speakers: ")
    if not quotes:
        out.append("no quotes found", style="dim")
        return out
    entries: list[tuple[Optional[str], str, int]] = [(name, colour, counts[name]) for name, colour in colours.items()]
    if counts[None]:
        entries.append((None, UNATTRIBUTED_STYLE, counts[None]))
    for k, (name, style, count) in enumerate(entries):
        if k:
            out.append("  ")
        out.append("■ ", style=style)
        out.append(clean(name) if name is not None else NO_SPEAKER,
                   style=None if name is not None else UNATTRIBUTED_STYLE)
        out.append(f" ({count})")
    return out


def print_highlighted(console: Console, source: str, text: str, quotes: list[Quote]) -> None:
    """The text view: a rule with the source, the article as written, a blank line, the legend.

    On a terminal Rich wraps long lines at word boundaries; into a pipe or file the article is
    printed unwrapped, line for line as in the input.
    """
    body, colours = highlighted_text(text, quotes)
    body.rstrip()
    wrap = not console.is_terminal
    console.rule(Text(clean(source)))
    console.print(body, soft_wrap=wrap)
    console.print()
    console.print(legend(quotes, colours), soft_wrap=wrap)


def speakers_table(rows: list[dict], title: Optional[str] = None, caption: Optional[str] = None) -> Table:
    table = Table(title=title, caption=caption, caption_justify="left", expand=True)
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Kind")
    table.add_column("Quotes", justify="right")
    table.add_column("Words", justify="right")
    table.add_column("Documents", justify="right")
    table.add_column("First quote", ratio=4, overflow="fold")
    for r in rows:
        sp = Text(clean(r["name"]), style="bold")
        if r.get("titles"):
            sp.append("\n")
            sp.append(clean(", ".join(r["titles"])), style="dim")
        table.add_row(sp, Text(r["kind"]), str(r["quotes"]), str(r["words"]), str(r["documents"]),
                      Text(clean(r["first_quote"]["text"]) if r.get("first_quote") else ""))
    return table
