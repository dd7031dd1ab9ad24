"""The base of every error tc-plans raises on purpose, shared by the extractor and the comparer.

The command-line shell (`tcplans.shell`) turns each into one line on stderr and an exit code.
"""

from __future__ import annotations


class TcPlansError(Exception):
    """Base of every error tc-plans raises on purpose."""


class UsageError(TcPlansError):
    """The command asks for something that cannot be done as given (exit code 2)."""


class NoInputError(TcPlansError):
    """The inputs hold nothing to work on (an empty folder, say): exit code 1, as for an input that failed."""
