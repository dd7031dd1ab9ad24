"""Column-aligned text: a table laid out with spaces, character for character, as
``pdftotext -layout`` (and other PDF-to-text tools that keep the layout) print it.

A wrapped cell goes on at the same character column on the lines below, and an empty
cell is only spaces, so splitting a line at runs of spaces cannot tell the columns
apart. Here each character column is a fixed distance across a page and each line a
fixed distance down it, and the pages go to the unruled-table reader (`unruled_table`),
which finds the header, the column boundaries and the rows from word positions. Pages
are cut at form feeds (pdftotext ends every page with one).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from extractor.headings import margin_heading
from extractor.interpret.tables import FROM_PAGES, SourceTable, read_tables
from extractor.layouts.pdf_page import PageData, Word
from extractor.layouts.unruled_table import read_unruled_pages
from extractor.rows import LayoutOutput, RawRow
from extractor.sources import SourceLine
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

CHAR_WIDTH = 5.0  # a character's width: a two-space gap (10) is wider than a phrase gap (0.8 em)
FONT_SIZE = 10.0
LINE_HEIGHT = 12.0
_WORD = re.compile(r"\S+")
_INNER_GAP = re.compile(r"\S {3,}\S")
_CONTINUATION = re.compile(r"^ {4,}\S")
MIN_ALIGNED_SHARE = 0.2  # of the non-blank lines, wrapped cell lines that start deep in a row


def looks_column_aligned(lines: Sequence[SourceLine]) -> bool:
    """Text laid out in columns with spaces: it has page breaks (form feeds) or a fifth of its
    lines are indented continuations of wrapped cells, and lines with wide gaps between words."""
    texts = [line.text for line in lines if line.text.strip()]
    if not texts:
        return False
    gapped = sum(1 for t in texts if _INNER_GAP.search(t.expandtabs(8)))
    if gapped < 0.2 * len(texts) or any("\t" in t for t in texts):
        return False
    paged = any(t.startswith("\f") for t in texts)
    indented = sum(1 for t in texts if _CONTINUATION.match(t))
    return paged or indented >= MIN_ALIGNED_SHARE * len(texts)


def lines_to_pages(lines: Sequence[SourceLine]) -> tuple[list[PageData], list[list[int]]]:
    """Pages of positioned words (cut at form feeds), one row per non-blank line, and the text
    line number of each page's rows."""
    pages: list[list[SourceLine]] = [[]]
    for line in lines:
        if line.text.startswith("\f") and pages[-1]:
            pages.append([])
        pages[-1].append(SourceLine(number=line.number, text=line.text.lstrip("\f")))
    running = _running_headers(pages)
    pages = [[ln for ln in page if " ".join(ln.text.split()) not in running] for page in pages]
    out: list[PageData] = []
    numbers: list[list[int]] = []
    for number, page in enumerate((p for p in pages if any(ln.text.strip() for ln in p)), start=1):
        words: list[Word] = []
        rows: list[int] = []
        for index, line in enumerate(page):
            text = line.text.expandtabs(8)
            if not text.strip():
                continue  # blank lines are not kept: the lines are evenly spaced, rows found by content
            top = len(rows) * LINE_HEIGHT
            rows.append(line.number)
            bold = margin_heading(text, page[index - 1].text.expandtabs(8) if index else "")
            for match in _WORD.finditer(text):
                x0 = match.start() * CHAR_WIDTH
                x1 = match.end() * CHAR_WIDTH
                words.append(Word(match.group(), x0, x1, top, top + FONT_SIZE, FONT_SIZE, bold))
        width = max((w.x1 for w in words), default=0.0) + CHAR_WIDTH
        out.append(PageData(number, width, len(rows) * LINE_HEIGHT, words, [], [], FONT_SIZE))
        numbers.append(rows)
    return out, numbers


def _running_headers(pages: list[list[SourceLine]]) -> set[str]:
    """First lines printed on two pages or more: a running page header."""
    tops = Counter(
        " ".join(next((ln.text for ln in page if ln.text.strip()), "").split()) for page in pages if len(pages) > 1
    )
    return {text for text, n in tops.items() if text and n >= 2}


def parse_aligned_lines(lines: Sequence[SourceLine]) -> LayoutOutput:
    """Rows of the column-aligned tables in these lines, each with the text lines it came from."""
    pages, numbers = lines_to_pages(lines)
    readings = read_unruled_pages(pages, even=True)
    output = read_tables([SourceTable(r.table, r.heading_above, tuple(r.notes)) for r in readings], FROM_PAGES).output
    output.rows = [_with_lines(row, numbers) for row in output.rows]
    logger.debug("column-aligned text: %d pages, %d rows", len(pages), len(output.rows))
    return output


def _with_lines(row: RawRow, numbers: list[list[int]]) -> RawRow:
    """Page and box -> the row's first and last line in the text file."""
    where = row.provenance
    if where.page is None or where.bbox is None:
        return replace(row, provenance=Provenance())
    rows = numbers[where.page - 1]
    first = rows[min(len(rows) - 1, max(0, int((where.bbox.top + LINE_HEIGHT / 2) // LINE_HEIGHT)))]
    last = rows[min(len(rows) - 1, max(0, int((where.bbox.bottom - 1) // LINE_HEIGHT)))]
    return replace(row, provenance=Provenance(line=first, end_line=max(first, last)))
