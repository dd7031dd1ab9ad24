"""Guess which layout parser fits a document, with the evidence for the guess."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from extractor.layouts import LayoutKind
from extractor.sources import SourceDocument

logger = logging.getLogger(__name__)

# A header cell naming a date or quarter is a Gantt period column.
PERIOD_HEADER = re.compile(
    r"^(\d{1,2}/\d{1,2}/\d{2,4}|Q[1-4]\b.*|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[\s\-/']*\d{2,4})$",
    re.I,
)


@dataclass(frozen=True)
class LayoutGuess:
    kind: LayoutKind
    evidence: list[str] = field(default_factory=list)


def detect_layout(source: SourceDocument) -> LayoutGuess:
    """Text files are plain text; PDFs are Gantt grids when a header row holds several
    period columns, ruled tables when pages carry cell borders, else unruled tables."""
    if source.kind == "text" or source.pdf is None:
        return LayoutGuess(LayoutKind.PLAIN_TEXT, ["text file"])
    period_words = 0
    ruling = 0
    for page in source.pdf.pages[:3]:
        words = page.extract_words()
        period_words += sum(1 for w in words if PERIOD_HEADER.match(w["text"]))
        ruling += len(page.lines) + sum(1 for r in page.rects if min(r["width"], r["height"]) < 2)
    if period_words >= 4:
        return LayoutGuess(LayoutKind.GANTT_GRID, [f"{period_words} period headers"])
    if ruling >= 6:
        return LayoutGuess(LayoutKind.RULED_TABLE, [f"{ruling} ruling lines on the first pages"])
    return LayoutGuess(LayoutKind.UNRULED_TABLE, ["no ruling lines"])
