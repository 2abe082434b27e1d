"""The one error type of quotex; the CLI maps it to a message and an exit code."""
from __future__ import annotations


class QuotexError(Exception):
    """An input or setup problem a user can fix; ``str(err)`` is one line saying how."""

    exit_code = 1


class ModelNotFound(QuotexError):
    """No usable spaCy model."""


class InputError(QuotexError):
    """One input could not be read or decoded; other inputs go on."""
