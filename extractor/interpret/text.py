"""Headings, paragraphs and lists of a `Document`, read by the plain-text rules.

Why not a second set of list rules: plans written as headings and bullets follow the
conventions `extractor.layouts.text_lists` already reads (a ref before the text,
``Owner:`` sub-items, a key under a "Key" heading, the outermost heading as the
section ...), and those rules are tested on every text and PDF sample. A word
processor's or web page's list is the same thing with its structure made explicit,
so the blocks are written out as the Markdown those rules read (a heading as ``#``
marks by level, a list item as ``-`` or its number, indented by depth), read by
`extractor.layouts.plain_text.parse`, and each row's line is mapped back to the
block it came from, so its provenance names the element (or cell) the reader saw.
One set of rules means one behaviour, whatever format a plan arrives in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extractor.document import Block, Heading, ListItem, Paragraph, Table
from extractor.rows import ColumnRole, LayoutOutput, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine
from schemas.plan import Provenance

INDENT = "  "  # one list level, as Markdown nests a sub-item
_ORDERED_MARKER = re.compile(r"^\(?([0-9]{1,3}|[a-z]|[ivx]{1,4})[.)]$", re.I)


@dataclass(frozen=True)
class RenderedLines:
    """The text blocks as Markdown lines, and the block index each line came from."""

    lines: list[SourceLine]
    block_of_line: dict[int, int]  # line number -> index into the document's blocks
    where: dict[int, Provenance]  # line number -> the place it shows (a table row's first cell)


def block_markdown(block: Heading | Paragraph | ListItem) -> list[str]:
    """A block as the Markdown lines a plain-text plan would show: a heading with one "#" per
    level, a list item with its number (or "-") indented two spaces per depth, a paragraph
    as its lines; a paragraph set wholly in bold as bold."""
    if isinstance(block, Heading):
        return [f"{'#' * max(1, min(6, block.level))} {' '.join(block.text.split())}"]
    lines = [line.strip() for line in block.text.replace("\r", "").split("\n") if line.strip()]
    if not lines:
        return []
    if isinstance(block, ListItem):
        marker = block.marker.strip() if _ORDERED_MARKER.match(block.marker.strip()) else "-"
        pad = INDENT * max(0, block.depth)
        return [f"{pad}{marker} {lines[0]}", *(f"{pad}{INDENT}{line}" for line in lines[1:])]
    if block.bold and len(lines) == 1:
        return [f"**{lines[0]}**"]
    return lines


def table_tab_lines(table: Table) -> list[str]:
    """A table as the tab-separated lines a spreadsheet paste gives: one line per grid row,
    a cell spanning columns in its first column only, a break inside a cell as a typed
    break (``<br><br>``)."""
    lines: list[str] = []
    for r, row in enumerate(table.grid()):
        cells = [
            "<br><br>".join(part.strip() for part in cell.text.split("\n") if part.strip())
            if cell is not None and cell.row == r and cell.col == k
            else ""
            for k, cell in enumerate(row)
        ]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            lines.append("\t".join(cells))
    return lines


def is_action_heading(heading: Heading, following: Block | None) -> bool:
    """A heading that opens with an action's ref ("V1 Create a technicians' hub ...", "2.3
    Review the plan") with a list of its fields under it: the action itself, as a list item
    whose fields are its sub-items (the text rules read "### 1.1 ..." so only for dotted refs)."""
    from extractor.layouts.text_lists import LABEL_LINE, REF_START, label_role

    match = REF_START.match(" ".join(heading.text.split()))
    if match is None or len(match.group("text").split()) < MIN_ACTION_HEADING_WORDS:
        return False
    if not isinstance(following, ListItem):
        return False
    label = LABEL_LINE.match(" ".join(following.text.split()))
    return label is not None and label_role(label.group(1)) not in (None, ColumnRole.ACTION)


# An action heading says what is done: a ref and a few words, not "Q1 2024".
MIN_ACTION_HEADING_WORDS = 3


def is_label_paragraph(block: Block | None) -> bool:
    """A paragraph holding only a field's label ("Lead", "Deadline:", "Measures") or an
    action's number ("Action 3"): on a page laid out as a form, the label stands in a
    paragraph of its own and its value in the paragraph below."""
    from extractor.layouts.text_lists import BARE_ACTION

    if not isinstance(block, Paragraph):
        return False
    text = " ".join(block.text.split())
    return bool(BARE_ACTION.match(text)) or is_field_label(text)


def is_field_label(text: str) -> bool:
    """A field's label alone ("Lead", "Deadline:"), naming a field other than the action."""
    from extractor.layouts.text_lists import LABEL_ONLY, label_role

    alone = LABEL_ONLY.match(text)
    return alone is not None and label_role(alone.group(1), strict=True) not in (None, ColumnRole.ACTION)


def joins_form(previous: Block | None, block: Block, in_form: bool = False) -> bool:
    """Paragraphs of one form entry, written with no blank line between them as a plain-text
    plan shows them: a label paragraph and the value under it, a value and the next field's
    label ("Head of HR" then "Deadline"), and (`in_form`, the paragraph above already part of
    an entry) a second value under the same label. A paragraph naming a new action ("Action
    2") starts an entry of its own."""
    from extractor.layouts.text_lists import BARE_ACTION

    if not isinstance(block, Paragraph) or not isinstance(previous, Paragraph):
        return False
    text = " ".join(block.text.split())
    if BARE_ACTION.match(text):
        return False
    return in_form or is_label_paragraph(previous) or is_field_label(text)


def render_text_blocks(blocks: Sequence[Block], tables: frozenset[int] = frozenset()) -> RenderedLines:
    """Every block but tables as Markdown lines, numbered from 1. A blank line separates
    blocks, except consecutive list items (one list) and the paragraphs of a form entry
    (`joins_form`); a table leaves a blank line, or, when
    its index is in `tables`, its rows as tab-separated lines."""
    lines: list[SourceLine] = []
    block_of_line: dict[int, int] = {}
    where: dict[int, Provenance] = {}
    previous: Block | None = None
    under_action = False  # list items under a heading that is an action are its sub-items
    in_form = False  # the paragraph above belongs to a form entry (`joins_form`)
    for index, block in enumerate(blocks):
        if isinstance(block, Heading | Table):
            under_action = False
        if isinstance(block, Heading) and is_action_heading(
            block, blocks[index + 1] if index + 1 < len(blocks) else None
        ):
            block = ListItem(text=block.text, provenance=block.provenance)
            under_action = True
            previous = None
        elif isinstance(block, ListItem) and under_action:
            block = replace(block, depth=block.depth + 1)
        if isinstance(block, Table):
            _blank(lines)
            if index in tables:
                for text, place in zip(table_tab_lines(block), _row_places(block), strict=True):
                    lines.append(SourceLine(number=len(lines) + 1, text=text))
                    block_of_line[len(lines)] = index
                    where[len(lines)] = place
                _blank(lines)
            previous = block
            continue
        joined = joins_form(previous, block, in_form)
        in_form = joined or (isinstance(block, Paragraph) and is_label_paragraph(block))
        if not (isinstance(block, ListItem) and isinstance(previous, ListItem)) and not joined:
            _blank(lines)
        for text in block_markdown(block):
            lines.append(SourceLine(number=len(lines) + 1, text=text))
            block_of_line[len(lines)] = index
            where[len(lines)] = block.provenance
        previous = block
    return RenderedLines(lines=lines, block_of_line=block_of_line, where=where)


def _row_places(table: Table) -> list[Provenance]:
    """The first cell's place of every row `table_tab_lines` writes a line for."""
    places: list[Provenance] = []
    for r, row in enumerate(table.grid()):
        own = [cell for k, cell in enumerate(row) if cell is not None and cell.row == r and cell.col == k]
        if any(cell.text.strip() for cell in own):
            places.append(next(cell for cell in own if cell.text.strip()).provenance)
    return places


def _blank(lines: list[SourceLine]) -> None:
    if lines and lines[-1].text:
        lines.append(SourceLine(number=len(lines) + 1, text=""))


def read_text_blocks(
    blocks: Sequence[Block],
    path: str,
    sha256: str,
    settings: ExtractionSettings,
    tables: frozenset[int] = frozenset(),
) -> tuple[LayoutOutput, list[int]]:
    """Rows of the non-table blocks (and of the tables whose indices are in `tables`, as
    tab-separated rows), read by the plain-text parser, with the block index of each row (for
    reading order) and the block's provenance in place of a line number."""
    from extractor.layouts import plain_text

    rendered = render_text_blocks(blocks, tables)
    if not any(line.text for line in rendered.lines):
        return LayoutOutput(rows=[]), []
    source = SourceDocument(
        path=Path(path).with_suffix(".md"), display_path=path, kind="text", sha256=sha256, lines=rendered.lines
    )
    output = plain_text.parse(source, settings)
    rows: list[RawRow] = []
    order: list[int] = []
    for row in output.rows:
        index = block_index(row.provenance, rendered)
        rows.append(replace(row, provenance=line_provenance(row.provenance, rendered)))
        order.append(index if index is not None else len(blocks))
    output.rows = rows
    output.warnings = [
        (code, message, line_provenance(where, rendered) if where else None) for code, message, where in output.warnings
    ]
    return output, order


def block_index(provenance: Provenance, rendered: RenderedLines) -> int | None:
    """The block a row's first line came from (the nearest line above that has one)."""
    line = provenance.line
    while line is not None and line >= 1:
        if line in rendered.block_of_line:
            return rendered.block_of_line[line]
        line -= 1
    return None


def line_provenance(provenance: Provenance, rendered: RenderedLines) -> Provenance:
    """The place a row's first line shows in the document (its block, or its table row's
    first cell), in place of the line number of the rendered text."""
    line = provenance.line
    while line is not None and line >= 1:
        if line in rendered.where:
            return rendered.where[line].model_copy()
        line -= 1
    return provenance
