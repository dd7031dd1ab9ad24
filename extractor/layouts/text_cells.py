"""Tables copied from a web page with one cell per line.

The header gives the column count: a run of short lines that each name a
column ("Ref", "Action", "Lead", "Deadline" ...; at least three roles, one of
them the Action). The body up to the next such header is cut into rows by the
first rule that fits:

1. When the first column is the Ref, a line that looks like a ref starts a row.
2. When blank lines separate blocks of at most that many lines, each block is a row.
3. Otherwise every N non-blank lines are a row; lines left over at the end are
   read as the heading of the next table.

Short lines that are not rows (a lone heading before a ref, a one-line block)
set the section.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from extractor.headings import heading_text, is_text_heading
from extractor.layouts.text_common import period_month
from extractor.layouts.text_tables import (
    REF_LIKE,
    Columns,
    TableBuilder,
    TableScan,
    header_rows_to_columns,
)
from extractor.rows import ColumnRole, header_role
from extractor.sources import SourceLine
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

_MAX_HEADER_LINES = 40
Entry = tuple[int, str]  # (line number, text)


def header_run_length(lines: Sequence[SourceLine], start: int) -> list[str]:
    """Header cells when a one-cell-per-line header starts at `start`, else []."""
    texts: list[str] = []
    seen: list[ColumnRole] = []
    for position in range(start, min(len(lines), start + _MAX_HEADER_LINES)):
        raw = lines[position].text
        if len(raw) > 80 or "\t" in raw:
            break
        text = " ".join(raw.split())
        if not text or len(text) > 40:
            break
        role = header_role(text)
        if role is None and not period_month(text):
            break
        if role is not None and role not in seen:
            seen.append(role)
        texts.append(text)
    return texts if len(seen) >= 3 and ColumnRole.ACTION in seen else []


class _Builder:
    """Collects the tables of one document, with a heading line as a section over the rows after it."""

    def __init__(self, furniture: frozenset[str]) -> None:
        self.scan = TableScan()
        self.tables = TableBuilder()
        self.furniture = furniture

    def text(self, entry: Entry) -> None:
        if is_text_heading(entry[1], self.furniture):
            self.tables.section(heading_text(entry[1]), entry[0])
        elif not self.tables.body_rows and is_text_heading(entry[1], self.furniture, allow_title=True):
            self.tables.clear_sections()  # a title line: what came before it was part of the title block

    def row(self, entries: list[Entry], columns: Columns) -> None:
        cells = [(text, number, number) for number, text in entries[: columns.width]]
        extra = entries[columns.width :]
        if extra:
            text, number, _ = cells[-1]
            cells[-1] = ("\n".join([text, *(t for _, t in extra)]), number, extra[-1][0])
            self.scan.warnings.append(
                (
                    "cell_count",
                    f"row has {len(entries)} cells, the header has {columns.width}; extra text kept in the last cell",
                    Provenance(line=entries[0][0], end_line=entries[-1][0]),
                )
            )
        if not any(text for text, _, _ in cells):
            return
        self.tables.row(cells)


def cell_lines_to_table_rows(lines: Sequence[SourceLine], furniture: frozenset[str] = frozenset()) -> TableScan:
    """Rows of every one-cell-per-line table in `lines`."""
    headers: list[tuple[int, list[str]]] = []
    position = 0
    while position < len(lines):
        texts = header_run_length(lines, position)
        if texts:
            headers.append((position, texts))
            position += len(texts)
        else:
            position += 1
    builder = _Builder(furniture)
    leftover: list[Entry] = [(line.number, line.text.strip()) for line in lines[: headers[0][0]]] if headers else []
    for number, (start, texts) in enumerate(headers):
        for entry in leftover:
            if entry[1]:
                builder.text(entry)
        columns = header_rows_to_columns([texts], "lines", lines[start].number)
        header = [(text, lines[start + k].number, lines[start + k].number) for k, text in enumerate(texts)]
        builder.tables.header([header], "lines", lines[start].number)
        stop = headers[number + 1][0] if number + 1 < len(headers) else len(lines)
        body = [(line.number, " ".join(line.text.split())) for line in lines[start + len(texts) : stop]]
        leftover = _body_to_rows(body, columns, builder)
    builder.scan.tables = builder.tables.close()
    builder.scan.body_rows = builder.tables.body_rows
    return builder.scan


def _body_to_rows(body: list[Entry], columns: Columns, builder: _Builder) -> list[Entry]:
    """Cut one table body into rows; returns the trailing lines that were not rows."""
    filled = [e for e in body if e[1]]
    if columns.roles.get(0) is ColumnRole.REF and any(REF_LIKE.match(t) for _, t in filled):
        return _by_ref(body, columns, builder)
    blocks = _blocks(body)
    multi = [b for b in blocks if len(b) >= 2]
    if multi and all(len(b) <= columns.width for b in multi) and len(multi) >= 0.5 * len(blocks):
        for block in blocks:
            if len(block) == 1:
                builder.text(block[0])
            else:
                builder.row(block, columns)
        return []
    whole = len(filled) - len(filled) % columns.width
    for first in range(0, whole, columns.width):
        builder.row(filled[first : first + columns.width], columns)
    return filled[whole:]


def _by_ref(body: list[Entry], columns: Columns, builder: _Builder) -> list[Entry]:
    """A ref line starts a row; a blank line after a full row ends it.

    Inside a row a blank line is an empty cell (a copied table leaves one for each
    empty cell), unless blank lines separate the cells throughout the body."""
    filled = sum(1 for _, text in body if text)
    blanks_are_cells = 0 < len(body) - filled < filled / 2
    record: list[Entry] = []
    for entry in body:
        if not entry[1]:
            if len(record) >= columns.width:
                _flush(record, columns, builder)
                record = []
            elif record and blanks_are_cells:
                record.append(entry)
            continue
        if REF_LIKE.match(entry[1]) and (not record or _filled(record) >= 2):
            _flush(record, columns, builder)
            record = [entry]
        elif record:
            record.append(entry)
        else:
            builder.text(entry)
    _flush(record, columns, builder)
    return []


def _filled(record: list[Entry]) -> int:
    return sum(1 for _, text in record if text)


def _flush(record: list[Entry], columns: Columns, builder: _Builder) -> None:
    """Emit a ref record; heading lines after its last cell start the next section.

    Blank entries are empty cells only while the record has no more entries than the
    header has cells; otherwise they were spacing and are dropped."""
    while record and not record[-1][1]:
        record.pop()
    if not record:
        return
    tail: list[Entry] = []
    while len(record) > columns.width and is_text_heading(record[-1][1], builder.furniture):
        tail.insert(0, record.pop())
        while record and not record[-1][1]:
            record.pop()
    if len(record) > columns.width:
        record = [entry for entry in record if entry[1]]
    builder.row(record, columns)
    for entry in tail:
        builder.text(entry)


def _blocks(body: list[Entry]) -> list[list[Entry]]:
    blocks: list[list[Entry]] = [[]]
    for entry in body:
        if entry[1]:
            blocks[-1].append(entry)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]
