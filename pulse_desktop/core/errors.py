"""The one family of errors the user can see.

Every error the core raises on purpose is a :class:`PulseError`: a plain-language ``message`` saying what
went wrong and a ``hint`` saying what to do. The CLI prints both and exits with ``exit_code``; the GUI
shows them in a dialog. Anything else reaching the edge is a bug and gets a bug-report dialog.
"""

from __future__ import annotations


class PulseError(Exception):
    """An expected failure with a message for the user and a hint on what to do."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class UnreadableInputError(PulseError):
    """The file is not an image we can read (corrupt, empty, wrong type, absurd size)."""

    exit_code = 2


class QualityBlockedError(PulseError):
    """The image was read but its quality blocks interpretation."""

    exit_code = 3


class BundleError(PulseError):
    """A model bundle is missing, invalid, altered or of an unsupported format."""

    exit_code = 4


class CheckpointError(PulseError):
    """A source checkpoint cannot be converted (missing shard, wrong architecture, bad config)."""

    exit_code = 4


class InsufficientMemoryError(PulseError):
    """Loading or running would exceed the free memory of this machine."""

    exit_code = 5


class ContextFullError(PulseError):
    """The conversation no longer fits in the model's context window."""

    exit_code = 6


class StorageError(PulseError):
    """The study store cannot be read or written (disk full, permissions, damage)."""

    exit_code = 7


class Cancelled(PulseError):  # noqa: N818 - it is an outcome, not a failure; never shown as an error
    """The user cancelled a long operation. Callers must not present this as an error."""

    exit_code = 130

    def __init__(self, message: str = "Cancelled.", hint: str = "") -> None:
        super().__init__(message, hint)
