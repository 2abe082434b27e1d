"""Turning command-line inputs into a stream of documents, in order, one at a time.

Each item is a :class:`Document` holding either its text or the :class:`InputError` that
stopped it, so one bad input never stops the others.
"""
from __future__ import annotations

import fnmatch
import json
import os
import sys
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Optional, Union

from ..errors import InputError
from .reader import SNIFF_BYTES, is_wide, decode, open_input, read_path, read_stdin, sniff_binary

STDIN = "-"
STDIN_LABEL = "<stdin>"

# What expand_paths yields: a path to read, or the error that stopped a directory walk.
PathItem = Union[str, InputError]


@dataclass
class Document:
    source: str
    text: Optional[str] = None
    error: Optional[InputError] = None
    meta: Optional[dict[str, Any]] = None
    html: bool = False


def expand_paths(paths: Iterable[PathItem], recursive: bool = False, glob: Optional[str] = None) -> Iterator[PathItem]:
    """Yield file paths: files as given, directories walked in sorted order when ``recursive``.

    A directory that cannot be listed is yielded as an :class:`InputError`, in its place.
    """
    for p in paths:
        if isinstance(p, str) and p != STDIN and recursive and os.path.isdir(p):
            errors: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=errors.append):
                while errors:
                    err = errors.pop(0)
                    yield InputError(f"{err.filename or root}: cannot list the directory ({err.strerror or err})")
                dirs.sort()
                for f in sorted(files):
                    if glob is None or fnmatch.fnmatch(f, glob):
                        yield os.path.join(root, f)
            for err in errors:
                yield InputError(f"{err.filename or p}: cannot list the directory ({err.strerror or err})")
        else:
            yield p


def _list_lines(lines: Iterable[Union[bytes, str]]) -> Iterator[str]:
    for line in lines:
        if isinstance(line, bytes):
            # File names are bytes on POSIX: any byte sequence round-trips through fsdecode.
            line = os.fsdecode(line)
        line = line.strip("\r\n \t\ufeff")
        if line:
            yield line


def paths_from_list(list_path: str, stdin=None) -> Iterator[PathItem]:
    """Yield the paths listed one per line in ``list_path`` (``-`` for standard input).

    A list that cannot be read is yielded as an :class:`InputError`, so the inputs given
    elsewhere on the command line are still processed.
    """
    if list_path == STDIN:
        stream = stdin if stdin is not None else (sys.stdin.buffer if sys.stdin is not None else None)
        if stream is None:
            yield InputError(f"{STDIN_LABEL}: standard input is closed, so there is no list of paths")
            return
        yield from _list_lines(stream)
        return
    try:
        with open_input(list_path) as fh:
            data = fh.read()
    except InputError as err:
        yield InputError(f"cannot read the list of paths: {err}")
        return
    except OSError as err:
        yield InputError(f"{list_path}: cannot read the list of paths ({err.strerror or err})")
        return
    yield from _list_lines(data.splitlines())


def looks_like_html(path: str, text: Optional[str]) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if text is None:
        return False
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html"))


def _stdin_stream(stdin_bytes):
    if stdin_bytes is not None:
        return stdin_bytes
    return sys.stdin.buffer if sys.stdin is not None else None


def read_documents(paths: Iterable[PathItem], encoding: str = "utf-8", stdin_bytes=None,
                   html: Optional[bool] = None) -> Iterator[Document]:
    """Yield one :class:`Document` per path, reading lazily."""
    for p in paths:
        if isinstance(p, InputError):
            yield Document(str(p).split(": ", 1)[0], error=p)
            continue
        try:
            if p == STDIN:
                text = read_stdin(_stdin_stream(stdin_bytes), encoding, STDIN_LABEL)
                src = STDIN_LABEL
            else:
                text = read_path(p, encoding)
                src = p
        except InputError as err:
            yield Document(p if p != STDIN else STDIN_LABEL, error=err)
            continue
        is_html = html if html is not None else looks_like_html(src, text)
        yield Document(src, text, html=is_html)


def _no_constants(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _jsonl_lines(stream, label: str, encoding: str) -> Iterator[tuple[int, Union[str, InputError]]]:
    """Yield ``(line number, decoded line or its error)`` for the non-blank lines of ``stream``.

    Raises :class:`InputError` once, before any line, when the input is binary.
    """
    peek = getattr(stream, "peek", None)
    head = peek(SNIFF_BYTES)[:SNIFF_BYTES] if peek is not None else b""
    sniff_binary(head, label, encoding)
    if is_wide(encoding):
        # UTF-16/32: a newline is more than one byte; decode the whole input, then split.
        text = decode(stream.read(), label, encoding)
        for n, line in enumerate(text.split("\n"), 1):
            if line.strip():
                yield n, line.lstrip("\ufeff") if n == 1 else line
        return
    offset = 0
    for n, raw in enumerate(stream, 1):
        if n == 1 and peek is None:
            sniff_binary(raw[:SNIFF_BYTES], label, encoding)
        base, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        try:
            line = decode(raw, f"{label}:{n}", encoding, base=base, sniff=False)
        except InputError as err:
            yield n, err
            continue
        yield n, line.lstrip("\ufeff") if n == 1 else line


def read_jsonl_documents(paths: Iterable[PathItem], text_key: str = "text", encoding: str = "utf-8",
                         stdin_bytes=None) -> Iterator[Document]:
    """Yield one :class:`Document` per line of JSON Lines corpora; other fields become ``meta``."""
    for p in paths:
        if isinstance(p, InputError):
            yield Document(str(p).split(": ", 1)[0], error=p)
            continue
        label = STDIN_LABEL if p == STDIN else p
        try:
            if p == STDIN:
                stream = _stdin_stream(stdin_bytes)
                if stream is None:
                    raise InputError(f"{STDIN_LABEL}: standard input is closed")
            else:
                stream = open_input(p)
        except InputError as err:
            yield Document(label, error=err)
            continue
        try:
            for n, line in _jsonl_lines(stream, label, encoding):
                where = f"{label}:{n}"
                if isinstance(line, InputError):
                    yield Document(where, error=line)
                    continue
                try:
                    obj = json.loads(line, parse_constant=_no_constants)
                except json.JSONDecodeError as err:
                    yield Document(where, error=InputError(f"{where}: not valid JSON ({err.msg} at column "
                                                           f"{err.colno}); skipped"))
                    continue
                except (ValueError, RecursionError) as err:
                    msg = "nested too deeply" if isinstance(err, RecursionError) else str(err).split("\n")[0][:80]
                    yield Document(where, error=InputError(f"{where}: not valid JSON ({msg}); skipped"))
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get(text_key), str):
                    yield Document(where, error=InputError(
                        f"{where}: no string field {text_key!r}; skipped (choose the field with --text-key)"))
                    continue
                meta = {k: v for k, v in obj.items() if k != text_key}
                yield Document(where, obj[text_key], meta=meta)
        except InputError as err:
            yield Document(label, error=err)
        except OSError as err:
            yield Document(label, error=InputError(f"{label}: cannot read ({err.strerror or err})"))
        finally:
            if p != STDIN:
                stream.close()
