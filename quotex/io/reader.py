"""Reading inputs as bytes and decoding them without moving any offset.

The text is decoded exactly as stored: a UTF-8 byte-order mark stays as U+FEFF at index 0 and
CRLF stays CRLF, so offsets index ``data.decode(encoding)`` (the same as
``open(path, encoding=..., newline="").read()``).

Decoding is strict. Input that is not valid in the chosen encoding is not guessed at or
patched with replacement characters (which would change what was quoted); it is skipped with
one line naming the file, the byte offset and an encoding to try. Binary input (a known file
signature such as PDF, PNG, JPEG or ZIP, or a NUL byte in the first 8 KiB) is skipped the same
way before any decoding.
"""
from __future__ import annotations

import codecs
import os
from typing import Optional

from ..errors import InputError

# File signatures of formats people point quotex at by mistake.
_MAGIC = {b"%PDF": "a PDF", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx/.epub)", b"\x1f\x8b": "a gzip archive",
          b"BZh9": "a bzip2 archive", b"\xfd7zXZ\x00": "an xz archive", b"(\xb5/\xfd": "a zstd archive",
          b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive", b"Rar!\x1a\x07": "a RAR archive",
          b"\xd0\xcf\x11\xe0": "an old Office document", b"\x7fELF": "a program", b"MZ\x90\x00": "a program",
          b"RIFF": "a RIFF file (audio, video or image)", b"OggS": "an Ogg audio file", b"ID3": "an MP3 file",
          b"fLaC": "a FLAC audio file", b"SQLite format 3\x00": "an SQLite database", b"\x00asm": "a WebAssembly module"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
SNIFF_BYTES = 8192


def check_encoding(encoding: str) -> str:
    """Return the codec's canonical name; raise :class:`InputError` for an unknown or non-text codec."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise InputError(f"unknown encoding {encoding!r}; try utf-8, cp1252 or latin-1") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(f"{encoding!r} is not a text encoding; try utf-8, cp1252 or latin-1")
    return info.name


def is_wide(encoding: str) -> bool:
    """UTF-16 and UTF-32 text is full of NUL bytes; other encodings never have them in text."""
    e = encoding.lower().replace("-", "").replace("_", "")
    return e.startswith(("utf16", "utf32", "utf_16", "utf_32"))


def _suggest(encoding: str) -> str:
    if is_wide(encoding):
        return "check the file's encoding (utf-8 is the default)"
    options = [e for e in ("utf-8", "cp1252", "latin-1") if codecs.lookup(e).name != codecs.lookup(encoding).name]
    return "if it is in another encoding, pass it, e.g. " + " or ".join(f"--encoding {e}" for e in options)


def sniff_binary(head: bytes, label: str, encoding: str = "utf-8") -> None:
    """Raise :class:`InputError` when ``head`` (the first bytes of an input) is not text."""
    wide = is_wide(encoding)
    if not wide:
        for bom, name in _BOMS:
            if head.startswith(bom):
                raise InputError(f"{label}: starts with a {name.upper()} byte-order mark; skipped "
                                 f"(pass --encoding {name} to read it)")
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(f"{label}: looks like {what}, not text; skipped (convert it to plain text first)")
    if not wide:
        nul = head.find(b"\x00")
        if nul >= 0:
            raise InputError(f"{label}: NUL byte at byte offset {nul}, so it is binary, not text; skipped "
                             f"(if it is UTF-16 text, pass --encoding utf-16)")


def decode(data: bytes, label: str, encoding: str = "utf-8", base: int = 0, sniff: bool = True) -> str:
    """Decode ``data`` strictly; raise :class:`InputError` for binary or undecodable input.

    ``base`` is the byte offset of ``data`` in its file, so messages give file offsets;
    ``sniff=False`` skips the binary check (done once per file by the caller).
    """
    if sniff:
        sniff_binary(data[:SNIFF_BYTES], label, encoding)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        bad = data[err.start:min(err.end, err.start + 4)] or data[err.start:err.start + 1]
        shown = " ".join(f"0x{b:02x}" for b in bad)
        raise InputError(f"{label}: not valid {encoding} at byte offset {base + err.start} ({shown}); "
                         f"skipped ({_suggest(encoding)})") from None


def _open_error(path: str, err: OSError) -> InputError:
    if isinstance(err, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(err, PermissionError):
        return InputError(f"{path}: permission denied")
    if isinstance(err, IsADirectoryError):
        return InputError(f"{path}: is a directory; pass --recursive to read the files in it")
    return InputError(f"{path}: cannot read ({err.strerror or err})")


def open_input(path: str):
    """Open ``path`` for reading bytes; raise :class:`InputError` with a one-line reason."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; pass --recursive to read the files in it")
    try:
        return open(path, "rb")
    except OSError as err:
        raise _open_error(path, err) from None
    except ValueError:  # an embedded NUL character in the path
        raise InputError(f"{path!r}: not a valid file name") from None


def read_bytes(path: str) -> bytes:
    with open_input(path) as fh:
        try:
            return fh.read()
        except OSError as err:
            raise _open_error(path, err) from None
        except MemoryError:
            raise InputError(f"{path}: too large to read into memory; skipped (split it into smaller files)") from None


def read_path(path: str, encoding: str = "utf-8") -> str:
    """Read one file; raise :class:`InputError` with a one-line reason when it cannot be used."""
    return decode(read_bytes(path), path, encoding)


def read_stdin(stream, encoding: str = "utf-8", label: str = "<stdin>") -> str:
    if stream is None:
        raise InputError(f"{label}: standard input is closed")
    try:
        data: Optional[bytes] = stream.read()
    except OSError as err:
        raise InputError(f"{label}: cannot read ({err.strerror or err})") from None
    return decode(data or b"", label, encoding)
