"""Reading inputs as bytes and decoding them without moving any offset.

The text is decoded exactly as stored: a UTF-8 byte-order mark stays as U+FEFF at index 0 and
CRLF stays CRLF, so offsets index ``data.decode(encoding)`` (the same as
``open(path, encoding=..., newline="").read()``).
"""
from __future__ import annotations

import codecs
import os
from typing import Optional

from .errors import InputError

# File signatures of formats people point quotex at by mistake.
_MAGIC = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)", b"\x1f\x8b": "a gzip archive",
          b"\xd0\xcf\x11\xe0": "an old Office document", b"\x7fELF": "a program"}


def check_encoding(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; try utf-8, cp1252 or latin-1") from None


def decode(data: bytes, label: str, encoding: str = "utf-8") -> str:
    """Decode ``data``; raise :class:`InputError` for binary or undecodable input."""
    head = data[:8192]
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(f"{label}: looks like {what}, not text; skipped (convert it to plain text first)")
    is_utf16 = encoding.lower().replace("-", "").replace("_", "").startswith("utf16") or \
        encoding.lower().replace("-", "").replace("_", "").startswith("utf32")
    if b"\x00" in head and not is_utf16:
        raise InputError(f"{label}: contains NUL bytes, so it is binary, not text; skipped "
                         f"(if it is UTF-16 text, pass --encoding utf-16)")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"{label}: not valid {encoding} at byte {err.start} "
                         f"({data[err.start:err.start + 4]!r}); skipped (try --encoding cp1252 or "
                         f"--encoding latin-1)") from None


def read_path(path: str, encoding: str = "utf-8") -> str:
    """Read one file; raise :class:`InputError` with a one-line reason when it cannot be used."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; pass --recursive to read the files in it")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    return decode(data, path, encoding)


def read_stdin(stream, encoding: str = "utf-8", label: str = "<stdin>") -> str:
    data: Optional[bytes] = stream.read()
    return decode(data or b"", label, encoding)
