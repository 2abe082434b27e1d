"""The one error type of quotex; the CLI maps it to a message and an exit code."""
from __future__ import annotations

from typing import Optional


class QuotexError(Exception):
    """An input or setup problem a user can fix; ``str(err)`` is one line saying how.

    ``cli_message`` says the same to a command-line user when the fix differs there (an option
    rather than a Python argument); it defaults to ``str(err)``.
    """

    exit_code = 1

    def __init__(self, message: str = "", *, cli_message: Optional[str] = None) -> None:
        super().__init__(message)
        self._cli_message = cli_message

    @property
    def cli_message(self) -> str:
        return self._cli_message if self._cli_message is not None else str(self)


class ModelNotFound(QuotexError):
    """No usable spaCy model."""


class InputError(QuotexError):
    """One input could not be read or decoded; other inputs go on."""
