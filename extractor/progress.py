"""A one-line progress bar on stderr, shown only to a person at a terminal.

Quiet when stderr is a pipe or a file, when `CI` is set, or when TERM is
"dumb", so logs and CI output never fill with carriage returns.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time
from types import TracebackType
from typing import TextIO

logger = logging.getLogger(__name__)


def progress_wanted(stream: TextIO) -> bool:
    """True when `stream` is an interactive terminal outside CI."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    """`done/total [#####.....] pct% note`, redrawn at most every `min_interval` seconds.

    >>> import io
    >>> out = io.StringIO()
    >>> with ProgressBar(2, stream=out, enabled=True, min_interval=0) as bar:
    ...     bar.advance(note="1 failed")
    ...     bar.advance()
    >>> "extracting 2/2" in out.getvalue() and out.getvalue().endswith("\\n")
    True
    """

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        label: str = "extracting",
        min_interval: float = 0.1,
        width: int = 24,
    ) -> None:
        self.total = max(total, 0)
        self.done = 0
        self.note = ""
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = progress_wanted(self.stream) if enabled is None else enabled
        self.min_interval = min_interval
        self.width = width
        self._last_draw = float("-inf")
        self._drawn = False

    def advance(self, n: int = 1, *, note: str | None = None) -> None:
        self.done = min(self.done + n, self.total) if self.total else self.done + n
        if note is not None:
            self.note = note
        now = time.monotonic()
        if self.done >= self.total or now - self._last_draw >= self.min_interval:
            self._last_draw = now
            self._draw()

    def render(self) -> str:
        fraction = self.done / self.total if self.total else 1.0
        filled = round(fraction * self.width)
        bar = "#" * filled + "." * (self.width - filled)
        line = f"{self.label} {self.done}/{self.total} [{bar}] {fraction:4.0%}"
        if self.note:
            line += f"  {self.note}"
        columns = shutil.get_terminal_size(fallback=(80, 24)).columns
        return line[: max(columns - 1, 10)]

    def _draw(self) -> None:
        if not self.enabled:
            return
        self.stream.write("\r\x1b[2K" + self.render())
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """End the bar's line, so what follows starts on a fresh one."""
        if self.enabled and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
