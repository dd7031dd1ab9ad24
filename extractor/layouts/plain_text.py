"""Plain-text plans: tables as a PDF-to-text tool or a web page leaves them, or headings and lists.

Three readers are tried in turn; the first that finds a table header wins:

1. `text_tables`: rows of tab-separated cells (header rows repeated per page,
   sections as heading lines or as single-cell rows, merged Theme cells split
   into pieces, Gantt period columns), Markdown pipe tables, space-aligned
   columns under a space-aligned header. Text laid out in columns character for
   character (``pdftotext -layout``: wrapped cells, page breaks) goes instead to
   `text_columns`, which reads it by word position like an unruled PDF table.
2. `text_cells`: one cell per line under a header of one cell per line.
3. `text_lists`: Markdown or pasted headings and list items with
   ``Label: value`` fields (see that module for the convention).

Tab-separated rows without any header are read when they give more actions
than the lists reader, with columns guessed from their contents (`text_guess`)
and a ``no_header`` warning.

Where no table header is found, tables a web page flattened are also read by what
their cells hold: rows of ``|``-joined cells (`text_pipe_rows`), and rows printed on
one line with the owner and date last (`text_cell_runs`). Only when the lists give
nothing: one cell per line with the header lost (`text_cell_runs`), a header of
pillar tick columns run into its first row, and initiatives told as sentences under
pillar headings (`text_prose`); a prose pillar section beside listed ones is read as
well. What a rule turned away is in `LayoutOutput.rejected`.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from statistics import median

from extractor.interpret.tables import FROM_TEXT, read_tables, text_source_tables
from extractor.layouts.text_cell_runs import (
    accordion_line_rows,
    cell_run_rows,
    numbered_cells_over_items,
    numbered_rows,
    split_accordion_rows,
    writes_markdown_structure,
)
from extractor.layouts.text_cells import cell_lines_to_table_rows
from extractor.layouts.text_columns import looks_column_aligned, parse_aligned_lines
from extractor.layouts.text_common import repeated_lines
from extractor.layouts.text_delimited_rows import semicolon_rows, table_theme_leads
from extractor.layouts.text_guess import guess_headerless
from extractor.layouts.text_lists import dated_by_their_words, list_lines_to_rows
from extractor.layouts.text_pipe_rows import pipe_rows
from extractor.layouts.text_prose import Rejected, is_member_table, narrative_rows, recount_rows, tick_table_rows
from extractor.layouts.text_sections import sections_from_headings_above
from extractor.layouts.text_status import statuses_from_symbols, symbol_key
from extractor.layouts.text_tables import TableScan, lines_to_table_rows
from extractor.layouts.text_wiki import wiki_table_lines
from extractor.rows import LayoutOutput, RawRow
from extractor.settings import DEFAULT_TOLERANCES, ExtractionSettings
from extractor.sources import SourceDocument, SourceLine
from schemas.plan import Provenance

logger = logging.getLogger(__name__)


def parse(source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput:
    """Rows of a text plan (or of a PDF's text, when this layout is forced)."""
    lines, pages = _numbered_lines(source)
    lines = bars_as_pipes(lines)
    records = table_text_lines(source, lines)
    # a spreadsheet keeps a merged cell's value in its top row; only printed pages centre it
    from_spreadsheet = records is not lines
    text_source = replace(FROM_TEXT, merged_at_top=from_spreadsheet)
    lines = records
    furniture = repeated_lines(lines)
    scan = lines_to_table_rows(lines, furniture)
    spaced = not scan.body_rows or (scan.mode or "").startswith("space")
    if source.kind == "text" and spaced and looks_column_aligned(lines):
        aligned = parse_aligned_lines(lines)
        if aligned.rows:
            logger.debug("%s: %d rows read as column-aligned text", source.display_path, len(aligned.rows))
            return aligned
    reader = "tables"
    if not scan.body_rows:
        by_cell = cell_lines_to_table_rows(lines, furniture)
        if by_cell.body_rows:
            scan, reader = by_cell, "one cell per line"
    warnings = list(scan.warnings)
    rejected: Rejected = []
    period_columns: list[str] = []
    legend: dict[str, str] = {}
    if scan.body_rows:
        read = read_tables(text_source_tables(scan.tables), text_source).output
        rows, period_columns, legend = table_theme_leads(read.rows), read.period_columns, read.legend
        rows = sorted([*rows, *lists_beside_tables(lines, scan, furniture, rejected)], key=_first_line)
        warnings.extend(read.warnings)
        rejected.extend(read.rejected)
        if scan.headerless:
            warnings.append(
                (
                    "rows_without_header",
                    f"{len(scan.headerless)} tab-separated lines before the first header row were skipped",
                    Provenance(line=scan.headerless[0][1]),
                )
            )
    else:
        outline = _outline_lines(source)
        if outline is not None:
            lines, pages = outline
        tol = settings.tolerances
        piped, used = pipe_rows(lines, rejected, tol)
        delimited, by_semicolon = semicolon_rows([ln for ln in lines if ln.number not in used], rejected, tol)
        piped, used = [*piped, *delimited], used | by_semicolon
        unused = [SourceLine(number=ln.number, text="") if ln.number in used else ln for ln in lines]
        listed_rows = dated_by_their_words(split_accordion_rows(list_lines_to_rows(unused, furniture, rejected)))
        rows = sorted([*piped, *listed_rows], key=_first_line)
        reader = "lists"
        if rows:  # pillar sections told in prose beside the listed ones
            listed = frozenset(n for row in rows for n in _row_lines(row))
            rows = sorted([*rows, *narrative_rows(lines, furniture, [], listed)], key=_first_line)
            rows = sorted([*rows, *accordion_rows_beside(lines, rows)], key=_first_line)
        if writes_markdown_structure(lines):  # a table one cell a line between Markdown headings
            cell_rejected: Rejected = []
            by_cells = cell_run_rows(lines, cell_rejected, headings_marked=True)
            if numbered_rows(by_cells) and len(by_cells) > len(rows):
                rows, reader = by_cells, "cells by content"
                rejected.extend(cell_rejected)
        elif by_cells := numbered_cells_over_items(lines, len(rows), rejected):
            rows, reader = by_cells, "cells by content"
        if not rows:
            rows, reader = accordion_line_rows(lines) or cell_run_rows(lines, rejected), "cells by content"
            if rows:  # an account of the progress so far above the rows of what comes next
                taken = frozenset(n for row in rows for n in _row_lines(row))
                rows = sorted([*rows, *recount_rows(lines, taken)], key=_first_line)
        if not rows:
            rows = sorted(
                [*tick_table_rows(lines, rejected), *narrative_rows(lines, furniture, rejected, story=True)],
                key=_first_line,
            )
            reader = "prose"
        guessed = (
            read_tables(text_source_tables(guess_headerless(scan.headerless)), text_source).output
            if scan.headerless and not is_member_table([cells for cells, _ in scan.headerless])
            else LayoutOutput(rows=[])
        )
        # tabs mark cell boundaries outright, so a guess over tab-separated rows that reads as
        # many rows beats rows split from their content
        if guessed.rows and len(guessed.rows) >= len(rows):
            rows = guessed.rows
            reader = "headerless table"
            warnings.append(
                (
                    "no_header",
                    "table has no header row; its columns were guessed from their contents",
                    Provenance(line=scan.headerless[0][1]),
                )
            )
            warnings.extend(guessed.warnings)
    rows = statuses_from_symbols(rows, symbol_key([line.text for line in lines]))
    rows = sections_from_headings_above(rows, lines, furniture, headed_tables=reader in _HEADED_READERS)
    if pages:
        rows = [_with_page(row, pages) for row in rows]
    logger.debug("%s: %d rows read as %s", source.display_path, len(rows), reader)
    return LayoutOutput(
        rows=rows,
        warnings=warnings,
        period_columns=period_columns,
        rejected=rejected,
        candidates=len(rows) + len(rejected),
        legend=legend,
    )


def lists_beside_tables(
    lines: list[SourceLine], scan: TableScan, furniture: frozenset[str], rejected: Rejected
) -> list[RawRow]:
    """The list items of a page below its last table, under a heading of their own, read by
    the lists reader (`list_lines_to_rows`): a report that reviews the year in a table and then
    lists next year's priorities ("Year 3 priorities", "1. Agree a rota") gives both. Lines
    up to the end of the last table are left to the table reader."""
    spans = [line for t in scan.tables for cell in t.table.cells for line in (cell.provenance.line,) if line]
    if not spans:
        return []
    last = max(spans)
    below = [SourceLine(number=ln.number, text="" if ln.number <= last else ln.text) for ln in lines]
    return [row for row in list_lines_to_rows(below, furniture, rejected) if row.section is not None]


_HEADED_READERS = ("tables", "one cell per line")  # readers that place the headings between a table's rows


def accordion_rows_beside(lines: Sequence[SourceLine], rows: list[RawRow]) -> list[RawRow]:
    """Rows printed one a line with their owner and date last ("Open a tool library Head of
    Estates Mar 2026", `accordion_line_rows`) in a part of the page the other readers left,
    as an update lists what is still to do under the items it reviews: a block of
    `accordion_block_min_rows` or more such lines one under the other (a running header that
    happens to end on a name and a year is no block).

    >>> page = [SourceLine(1, "Done"), SourceLine(2, "Held a lab open day [GREEN]"), SourceLine(3, "Still to do"),
    ...     *(SourceLine(n, f"Run workshop {w} for the schools Head of Estates Mar 2026") for n, w in
    ...     ((4, "one"), (5, "two"), (6, "three")))]
    >>> [row.provenance.line for row in accordion_rows_beside(page, [RawRow(cells={}, provenance=Provenance(line=2))])]
    [4, 5, 6]
    """
    taken = frozenset(n for row in rows for n in _row_lines(row))
    found = accordion_line_rows([SourceLine(number=ln.number, text="") if ln.number in taken else ln for ln in lines])
    blank = frozenset(ln.number for ln in lines if not ln.text.strip())
    runs: list[list[RawRow]] = []
    for row in found:  # a block of such rows, one straight under the other (blank lines between allowed)
        line = _first_line(row)
        if runs and all(n in blank for n in range(_first_line(runs[-1][-1]) + 1, line)):
            runs[-1].append(row)
        else:
            runs.append([row])
    least = DEFAULT_TOLERANCES.accordion_block_min_rows
    return [row for run in runs if len(run) >= least for row in run]


def _row_lines(row: RawRow) -> range:
    first = row.provenance.line or 0
    return range(first, (row.provenance.end_line or first) + 1)


def _first_line(row: RawRow) -> int:
    return row.provenance.line or 0


def _numbered_lines(source: SourceDocument) -> tuple[list[SourceLine], dict[int, int]]:
    """Text lines as they are; PDF lines renumbered through the document, with their pages."""
    if source.kind == "text" and all(line.page is None for line in source.lines):
        return source.lines, {}
    lines: list[SourceLine] = []
    pages: dict[int, int] = {}
    for number, line in enumerate(source.lines, start=1):
        lines.append(SourceLine(number=number, text=line.text))
        if line.page is not None:
            pages[number] = line.page
    return lines, pages


def csv_to_tab_lines(lines: list[SourceLine], delimiter: str = ",") -> list[SourceLine]:
    """A spreadsheet saved as CSV (or pasted as tab-separated text), as the tab-separated
    lines the table reader takes: one line per record (numbered by its first line), quoted
    delimiters kept in their cell, and a line break inside a quoted cell kept as a typed
    break (``<br><br>``, which the cell reader turns back into a blank line: spreadsheets
    never wrap by themselves, so every break in a cell was typed).

    >>> csv_to_tab_lines([SourceLine(number=1, text='Ref,Action,"Lead, deputy",,')])[0].text.split("\\t")
    ['Ref', 'Action', 'Lead, deputy']
    """
    text = "\n".join(line.text for line in lines)
    out: list[SourceLine] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    first = 1
    try:
        for record in reader:
            cells = [
                "<br><br>".join(" ".join(part.split()) for part in cell.split("\n") if part.strip())
                for cell in (c.replace("\t", " ") if delimiter != "\t" else c for c in record)
            ]
            while cells and not cells[-1]:
                cells.pop()
            number = lines[first - 1].number if first <= len(lines) else first
            out.append(SourceLine(number=number, text="\t".join(cells)))
            first = reader.line_num + 1
    except csv.Error as exc:
        logger.warning("not read as CSV (%s); reading the lines as they are", exc)
        return lines
    return out


_OPENS_QUOTED_CELL = re.compile(r'(?:^|\t)"[^"\t]*(?:""[^"\t]*)*$')


def pasted_cells_to_lines(lines: list[SourceLine]) -> list[SourceLine] | None:
    """Cells copied from a spreadsheet and pasted as text: tab-separated, with a cell that
    holds line breaks in double quotes over several lines. The records as tab-separated lines,
    or None when the text is not such a paste (no quoted cell runs on to the next line, or
    reading the quotes does not make the rows more even)."""
    if not any("\t" in line.text and _OPENS_QUOTED_CELL.search(line.text) for line in lines):
        return None
    records = csv_to_tab_lines(lines, delimiter="\t")
    if records is lines:
        return None

    def even_share(rows: list[SourceLine]) -> float:
        widths = Counter(len(r.text.split("\t")) for r in rows if "\t" in r.text)
        return max(widths.values()) / sum(widths.values()) if widths else 0.0

    return records if even_share(records) > even_share(lines) else None


_BROKEN_BAR = "\u00a6"
_MIN_BROKEN_BARS = 2


def bars_as_pipes(lines: list[SourceLine]) -> list[SourceLine]:
    """A page's lines with the broken bar ("\u00a6") that some sites and fonts print between
    a table's cells read as the bar it stands for ("Pillar \u00a6 Action \u00a6 Who"), on the
    lines holding `_MIN_BROKEN_BARS` or more; the lines as they are (the same list) when none does.

    >>> [line.text for line in bars_as_pipes([SourceLine(1, "Ref \u00a6 Action \u00a6 Lead"), SourceLine(2, "Hi")])]
    ['Ref | Action | Lead', 'Hi']
    """
    if not any(line.text.count(_BROKEN_BAR) >= _MIN_BROKEN_BARS for line in lines):
        return lines
    return [
        replace(line, text=line.text.replace(_BROKEN_BAR, "|"))
        if line.text.count(_BROKEN_BAR) >= _MIN_BROKEN_BARS
        else line
        for line in lines
    ]


def table_text_lines(source: SourceDocument, lines: list[SourceLine]) -> list[SourceLine]:
    """A text plan's lines with each spreadsheet record on one line: a CSV file, or cells
    pasted from a spreadsheet (see `pasted_cells_to_lines`); other text as it is."""
    if source.kind != "text":
        return lines
    if source.path.suffix.lower() == ".csv":
        return csv_to_tab_lines(lines)
    return pasted_cells_to_lines(lines) or wiki_table_lines(lines) or lines


_MAX_INDENT = 40
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?$", re.I)


def _outline_lines(source: SourceDocument) -> tuple[list[SourceLine], dict[int, int]] | None:
    """A PDF's text as an outline for the headings-and-lists reader, which a plain text
    extraction flattens: a line set larger than the body text becomes a Markdown heading
    ("#" for the largest size, "##" for the next ...), and each line is indented by its
    distance from the page's left margin, so nested bullets stay nested. None for text files."""
    if source.kind != "pdf" or source.pdf is None:
        return None
    from extractor.headings import OUTLINE, is_heading
    from extractor.layouts.pdf_page import page_data, words_to_lines
    from extractor.layouts.pdf_tables import line_view

    pages_text = []
    sizes: list[float] = []
    for number in range(1, (source.page_count or 0) + 1):
        pd = page_data(source, number)
        page_lines = words_to_lines(pd.words)
        pages_text.append((number, page_lines))
        sizes += [w.size for w in pd.words]
    if not sizes:
        return None
    body = median(sizes)
    headings = {ln for _, page_lines in pages_text for ln in page_lines if is_heading(line_view(ln, body), OUTLINE)}
    heading_sizes = sorted({round(ln.size * 2) / 2 for ln in headings}, reverse=True)
    levels = {size: min(6, rank + 1) for rank, size in enumerate(heading_sizes)}
    lines: list[SourceLine] = []
    pages: dict[int, int] = {}
    for number, page_lines in pages_text:
        if page_lines and _PAGE_NUMBER.match(page_lines[-1].text.strip()):
            page_lines = page_lines[:-1]  # a page number at the foot is not part of the last item
        margin = min((ln.x0 for ln in page_lines), default=0.0)
        for ln in page_lines:
            if ln in headings:
                text = "#" * levels[round(ln.size * 2) / 2] + " " + ln.text
            else:
                indent = min(_MAX_INDENT, round((ln.x0 - margin) / max(1.0, body * 0.5)))
                text = " " * indent + ln.text
            lines.append(SourceLine(number=len(lines) + 1, text=text))
            pages[len(lines)] = number
    return lines, pages


def _with_page(row: RawRow, pages: dict[int, int]) -> RawRow:
    first = row.provenance.line
    if first is None or first not in pages:
        return row
    last = row.provenance.end_line or first
    spanned = sorted({pages[n] for n in (first, last) if n in pages})
    provenance = row.provenance.model_copy(update={"page": pages[first], "pages": spanned})
    return replace(row, provenance=provenance)
