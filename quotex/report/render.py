"""Terminal views drawn with Rich: the quote table, the highlighted article and the speaker table.

Every piece of document text goes in as ``rich.text.Text``, never as markup, so "[brackets]"
in a quote are printed as written; control characters (a stray ESC could drive the terminal)
are shown as U+FFFD, and CRLF line ends as plain line ends.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from rich.cells import cell_len
from rich.console import Console, Group
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from ..records import Quote

PALETTE = ["cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta",
           "bright_green", "bright_yellow", "bright_blue", "bright_red"]
UNATTRIBUTED_STYLE = "italic dim"
NO_SPEAKER = "no speaker"

# C0 and C1 control characters except tab and line feed; CR is handled apart (CRLF -> LF).
_CONTROL = {c: "\ufffd" for c in [*range(0x00, 0x20), 0x7f, *range(0x80, 0xa0)] if c not in (0x09, 0x0a, 0x0d)}


def clean(s: str) -> str:
    """``s`` made safe to print on a terminal: CRLF -> LF, lone CR -> LF, other controls -> U+FFFD."""
    return s.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


def _name_width(names: list[str], width: int) -> int:
    """A column width that holds the longest name on one line (up to 2/5 of the screen) and never
    less than the longest word of a name, so that a name is never cut inside a word."""
    whole = max((cell_len(n) for n in names), default=1)
    word = max((cell_len(w) for n in names for w in n.split()), default=1)
    return max(word, min(whole, max(12, width * 2 // 5)))


def quote_table(source: str, quotes: list[Quote], width: int = 80) -> Table:
    """One row per quote: speaker (and title), cue, type, confidence, quote.

    Cue, type and confidence are as wide as their longest value; the speaker column holds the
    longest name whole (titles wrap below it); the quote takes the rest.
    """
    names = [clean(q.speaker.name) for q in quotes if q.speaker is not None]
    name_width = _name_width(names, width)
    table = Table(title=Text(clean(source)), title_justify="left", show_lines=True, expand=True)
    table.add_column("Speaker", min_width=name_width, max_width=max(name_width, width // 5), overflow="fold")
    table.add_column("Cue", no_wrap=True, max_width=16, overflow="ellipsis")
    table.add_column("Type", no_wrap=True)
    table.add_column("Conf", justify="right", no_wrap=True)
    table.add_column("Quote", ratio=1, overflow="fold")
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
        table.add_row(speaker, cue, Text(q.type), Text(f"{q.confidence:.2f}"), Text(clean(q.text)))
    return table


def print_table(console: Console, source: str, quotes: list[Quote]) -> None:
    if not quotes:
        console.print(Text(f"{clean(source)}: no quotes found", style="dim"))
        return
    console.print(quote_table(source, quotes, console.width))


def print_footer(console: Console, text: str) -> None:
    """The one-line summary under the tables: "6 quotes, 3 speakers, 1 document"."""
    console.print(Text(text, style="dim"))


def speaker_colours(quotes: list[Quote]) -> dict[str, str]:
    """One colour per canonical speaker name, in order of first quote."""
    colours: dict[str, str] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.name not in colours:
            colours[q.speaker.name] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def highlighted_text(text: str, quotes: list[Quote], marked: bool = False) -> tuple[Text, dict[str, str]]:
    """The article with each quote coloured by speaker (its speaker mention underlined in the same
    colour, unattributed quotes dim italic), and the speaker -> colour legend.

    With ``marked`` (for a view without colours), the quotes and mentions are also marked in the
    text itself: ``{N quoted words}`` and ``[N speaker mention]``, N the speaker's number in the
    legend (``-`` for no speaker).
    """
    colours = speaker_colours(quotes)
    numbers = {name: str(k) for k, name in enumerate(colours, 1)}
    n = len(text)
    found: dict[tuple[int, int, str], tuple[str, str]] = {}
    for q in quotes:
        if q.speaker is None:
            found[(q.start, q.end, UNATTRIBUTED_STYLE)] = ("{- ", "}")
        else:
            colour, number = colours[q.speaker.name], numbers[q.speaker.name]
            found[(q.start, q.end, colour)] = ("{" + number + " ", "}")
            found.setdefault((q.speaker.start, q.speaker.end, f"underline {colour}"), ("[" + number + " ", "]"))
    marks = sorted((max(0, a), min(n, b), style, tags) for (a, b, style), tags in found.items() if a < b)
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for a, b, _, (open_tag, close_tag) in marks:
        opens.setdefault(a, []).append(open_tag)
        closes.setdefault(b, []).insert(0, close_tag)
    points = sorted({0, n, *(m[0] for m in marks), *(m[1] for m in marks)})
    out = Text()
    active: list[tuple[int, int, str, tuple[str, str]]] = []
    i = 0
    # Append piece by piece (not Text(text).stylize): Rich drops some characters, which would
    # shift every style after them.
    for a, b in zip(points, points[1:]):
        if marked:
            out.append("".join(closes.get(a, [])) + "".join(opens.get(a, [])), style="bold")
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
    if marked:
        out.append("".join(closes.get(n, [])), style="bold")
    return out, colours


def legend(quotes: list[Quote], colours: dict[str, str], marked: bool = False) -> Text:
    """"Speakers: ■ Ann Lee (2)  ■ Tomas Lind (1)  ■ no speaker (1)"; ``marked``: the speakers'
    numbers instead of coloured squares, and what the marks in the text are."""
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
        if marked:
            out.append(f"{k + 1 if name is not None else '-'} ", style="bold")
        else:
            out.append("■ ", style=style)
        out.append(clean(name) if name is not None else NO_SPEAKER,
                   style=None if name is not None else UNATTRIBUTED_STYLE)
        out.append(f" ({count})")
    if marked:
        out.append("  (marked in the text: {N quote} [N speaker])", style="dim")
    return out


def print_highlighted(console: Console, source: str, text: str, quotes: list[Quote]) -> None:
    """The text view: a rule with the source, the article as written, a blank line, the legend.

    Without colours (a pipe, a file, ``NO_COLOR``) the quotes and speakers are marked in the text
    (see :func:`highlighted_text`). On a terminal Rich wraps long lines at word boundaries; into
    a pipe or file the article is printed unwrapped, line for line as in the input.
    """
    marked = console.no_color or console.color_system is None
    body, colours = highlighted_text(text, quotes, marked)
    body.rstrip()
    wrap = not console.is_terminal
    console.rule(Text(clean(source)))
    console.print(body, soft_wrap=wrap)
    console.print()
    console.print(legend(quotes, colours, marked), soft_wrap=wrap)


# In the speaker table: at most this many characters of a first quote (the JSON has it whole), and
# of the titles seen, the first few.
FIRST_QUOTE_CHARS = 160
TABLE_TITLES = 2


class _PathLine:
    """A file name on one line, its start cut ("…/text/article.txt") when the column is narrower:
    the end of a path tells files apart."""

    def __init__(self, text: str, style: str = "dim") -> None:
        self.text, self.style = text, style

    def __rich_console__(self, console: Console, options):
        text = self.text
        if cell_len(text) > options.max_width:
            while text and cell_len(text) > options.max_width - 1:
                text = text[1:]
            text = "…" + text
        yield Text(text, style=self.style, no_wrap=True, overflow="crop")

    def __rich_measure__(self, console: Console, options) -> Measurement:
        return Measurement(min(12, cell_len(self.text)), cell_len(self.text))


def _shorten(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:") + " …"


def speakers_table(rows: list[dict], title: Optional[str] = None, caption: Optional[str] = None,
                   width: int = 80) -> Table:
    """One row per speaker: name (with kind and titles below it), quotes, words, documents, and the
    first quote with its source. The speaker column holds the longest name whole."""
    name_width = _name_width([clean(r["name"]) for r in rows], width)
    table = Table(title=title, caption=caption, caption_justify="left", expand=True, show_lines=True)
    table.add_column("Speaker", min_width=name_width, max_width=max(name_width, width // 4), overflow="fold")
    table.add_column("Quotes", justify="right", no_wrap=True)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column("Docs", justify="right", no_wrap=True)
    table.add_column("First quote", ratio=1, overflow="fold")
    for r in rows:
        sp = Text(clean(r["name"]), style="bold")
        titles = r.get("titles", [])
        more = [f"+{len(titles) - TABLE_TITLES} titles"] if len(titles) > TABLE_TITLES else []
        sp.append("\n")
        sp.append(clean(" · ".join([r["kind"], *titles[:TABLE_TITLES], *more])), style="dim")
        first = r.get("first_quote") or {}
        quote: list = [Text(clean(_shorten(first.get("text", ""), FIRST_QUOTE_CHARS)))]
        if first.get("source") is not None:
            quote.append(_PathLine(clean(first["source"])))
        table.add_row(sp, f"{r['quotes']:,}", f"{r['words']:,}", f"{r['documents']:,}", Group(*quote))
    return table
