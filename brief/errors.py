"""Exit codes and the exceptions the library raises; the CLI maps one to the other."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `brief` command (documented in README.md)."""

    OK = 0
    INPUT_ERROR = 1  # unreadable, missing or invalid input (binary, not text)
    USAGE = 2  # bad options or arguments (Typer/Click uses 2 too)
    MODEL_MISSING = 3  # no spaCy English pipeline installed
    INTERRUPTED = 130  # Ctrl-C


class BriefError(Exception):
    """Base class: an expected failure with a one-line message for the user."""

    exit_code = ExitCode.INPUT_ERROR


class InputError(BriefError):
    """An input cannot be read or is not text."""

    exit_code = ExitCode.INPUT_ERROR


class ModelNotFound(BriefError):
    """No usable spaCy pipeline is installed."""

    exit_code = ExitCode.MODEL_MISSING


class AnalysisError(BriefError):
    """A text could be read but the analysis failed on it (a bug in brief, reported per document)."""

    exit_code = ExitCode.INPUT_ERROR
