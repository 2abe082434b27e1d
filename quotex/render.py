"""Terminal views drawn with Rich: the quote table, the highlighted article and the speaker table.

Every piece of document text goes in as ``rich.text.Text``, never as markup, so "[brackets]"
in a quote are printed as written.
"""
from __future__ import annotations

from typing import Optional

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .records import Quote

PALETTE = ["cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
           "bright_green", "bright_yellow", "bright_blue", "bright_red"]


def quote_table(source: str, quotes: list[Quote]) -> Table:
    table = Table(title=Text(source), title_justify="left", show_lines=True, expand=True)
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Cue", ratio=1, overflow="fold")
    table.add_column("Type", ratio=1)
    table.add_column("Quote", ratio=6, overflow="fold")
    for q in quotes:
        speaker = Text()
        if q.speaker is not None:
            speaker.append(q.speaker.name, style="bold")
            if q.speaker.title:
                speaker.append("\n")
                speaker.append(q.speaker.title, style="dim")
        else:
            speaker.append("—", style="dim")
        cue = Text(q.cue.text if q.cue else "")
        table.add_row(speaker, cue, Text(q.type), Text(q.text))
    return table


def print_table(console: Console, source: str, quotes: list[Quote]) -> None:
    if not quotes:
        console.print(Text(f"{source}: no quotes found", style="dim"))
        return
    console.print(quote_table(source, quotes))


def highlighted_text(text: str, quotes: list[Quote]) -> tuple[Text, dict[str, str]]:
    """The article with each quote coloured by speaker, and the speaker -> colour legend."""
    colours: dict[str, str] = {}
    out = Text(text)
    for q in quotes:
        name = q.speaker.name if q.speaker else None
        if name is None:
            style = "italic dim"
        else:
            if name not in colours:
                colours[name] = PALETTE[len(colours) % len(PALETTE)]
            style = colours[name]
        out.stylize(style, q.start, q.end)
        if q.speaker is not None:
            out.stylize(f"underline {colours[name]}", q.speaker.start, q.speaker.end)
    return out, colours


def print_highlighted(console: Console, source: str, text: str, quotes: list[Quote]) -> None:
    body, colours = highlighted_text(text, quotes)
    console.rule(Text(source))
    console.print(body)
    legend = Text("Speakers: ")
    for i, (name, colour) in enumerate(colours.items()):
        if i:
            legend.append("  ")
        legend.append("■ ", style=colour)
        legend.append(name)
    if not colours:
        legend.append("none", style="dim")
    legend.append("  (unattributed quotes in dim italics)", style="dim")
    console.print(legend)


def speakers_table(rows: list[dict], title: Optional[str] = None) -> Table:
    table = Table(title=title, expand=True)
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Kind")
    table.add_column("Quotes", justify="right")
    table.add_column("Words", justify="right")
    table.add_column("Documents", justify="right")
    table.add_column("First quote", ratio=4, overflow="fold")
    for r in rows:
        sp = Text(r["name"], style="bold")
        if r.get("titles"):
            sp.append("\n")
            sp.append(", ".join(r["titles"]), style="dim")
        table.add_row(sp, Text(r["kind"]), str(r["quotes"]), str(r["words"]), str(r["documents"]),
                      Text(r["first_quote"]["text"] if r.get("first_quote") else ""))
    return table
