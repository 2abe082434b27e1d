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
from typing import Any, Iterable, Iterator, Optional

from .errors import InputError
from .reader import decode, read_path

STDIN = "-"
STDIN_LABEL = "<stdin>"


@dataclass
class Document:
    source: str
    text: Optional[str] = None
    error: Optional[InputError] = None
    meta: Optional[dict[str, Any]] = None
    html: bool = False


def expand_paths(paths: Iterable[str], recursive: bool = False, glob: Optional[str] = None) -> Iterator[str]:
    """Yield file paths: files as given, directories walked in sorted order when ``recursive``."""
    for p in paths:
        if p != STDIN and recursive and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if glob is None or fnmatch.fnmatch(f, glob):
                        yield os.path.join(root, f)
        else:
            yield p


def paths_from_list(list_path: str, stdin=None) -> Iterator[str]:
    """Yield the paths listed one per line in ``list_path`` (``-`` for standard input)."""
    if list_path == STDIN:
        stream = stdin if stdin is not None else sys.stdin
        for line in stream:
            line = line.strip()
            if line:
                yield line
        return
    try:
        with open(list_path, encoding="utf-8") as fh:
            lines = [line.strip() for line in fh]
    except OSError as err:
        raise InputError(f"{list_path}: cannot read the list of paths ({err.strerror or err})") from None
    yield from (line for line in lines if line)


def looks_like_html(path: str, text: Optional[str]) -> bool:
    if path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    if text is None:
        return False
    head = text[:1024].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html"))


def read_documents(paths: Iterable[str], encoding: str = "utf-8", stdin_bytes=None,
                   html: Optional[bool] = None) -> Iterator[Document]:
    """Yield one :class:`Document` per path, reading lazily."""
    for p in paths:
        try:
            if p == STDIN:
                stream = stdin_bytes if stdin_bytes is not None else sys.stdin.buffer
                text = decode(stream.read() or b"", STDIN_LABEL, encoding)
                src = STDIN_LABEL
            else:
                text = read_path(p, encoding)
                src = p
        except InputError as err:
            yield Document(p if p != STDIN else STDIN_LABEL, error=err)
            continue
        is_html = html if html is not None else looks_like_html(src, text)
        yield Document(src, text, html=is_html)


def read_jsonl_documents(paths: Iterable[str], text_key: str = "text", encoding: str = "utf-8",
                         stdin_bytes=None) -> Iterator[Document]:
    """Yield one :class:`Document` per line of JSON Lines corpora; other fields become ``meta``."""
    for p in paths:
        label = STDIN_LABEL if p == STDIN else p
        try:
            if p == STDIN:
                stream = stdin_bytes if stdin_bytes is not None else sys.stdin.buffer
                lines: Iterable[bytes] = stream
            else:
                if os.path.isdir(p):
                    raise InputError(f"{p}: is a directory; pass --recursive to read the files in it")
                lines = open(p, "rb")
        except OSError as err:
            yield Document(label, error=InputError(f"{p}: cannot read ({err.strerror or err})"))
            continue
        try:
            for n, raw in enumerate(lines, 1):
                where = f"{label}:{n}"
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(decode(raw, where, encoding))
                except InputError as err:
                    yield Document(where, error=err)
                    continue
                except json.JSONDecodeError as err:
                    yield Document(where, error=InputError(f"{where}: not valid JSON ({err.msg}); skipped"))
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get(text_key), str):
                    yield Document(where, error=InputError(
                        f"{where}: no string field {text_key!r}; skipped (choose the field with --text-key)"))
                    continue
                meta = {k: v for k, v in obj.items() if k != text_key}
                yield Document(where, obj[text_key], meta=meta)
        finally:
            if p != STDIN and hasattr(lines, "close"):
                lines.close()
