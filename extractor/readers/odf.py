"""OpenDocument text (.odt) and spreadsheets (.ods) into a `Document`.

Read with lxml from the package's `content.xml` and `styles.xml` (safe parser: no
entities, no network), not with odfpy: odfpy builds a pure-Python DOM of the whole
document, slow on a large sheet, and offers nothing for spans, styles or repeated
rows beyond the same XML. The OpenDocument format is small enough to read directly.

Text documents: headings (`text:h` with its outline level), paragraphs, lists
(`text:list`, depth from nesting, ordered and marker from the list style), tables
(`number-columns-spanned`/`number-rows-spanned`, header rows, cell backgrounds,
text colour and weight from the automatic and named styles); nested tables are
flattened into their cell one row a line. Sections are read through; the table of
contents, tracked deletions, notes, annotations and drawings are not read.

Spreadsheets: every visible sheet through `sheets.sheet_blocks`, like Excel's.
Repeated rows and cells (`number-rows-repeated`, LibreOffice's way of writing a
million empty rows in one element) are counted, never expanded, unless they hold
text or a fill; hidden (collapsed or filtered) rows and columns are left out.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from extractor.document import Block, Document, Heading, ListItem, Paragraph, Table, TableCell
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers.counters import letter_counter, roman_counter
from extractor.readers.css import css_colour, is_bold_weight
from extractor.readers.marks import TextRun, all_bold, dominant_colour, joined_text, leading_mark_colour
from extractor.readers.package import open_package, parse_xml, read_member
from extractor.readers.sheets import Merge, Sheet, SheetCell, render_date, sheet_blocks
from extractor.readers.xml_paths import indexed_children
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
# Repeated rows or cells holding text or a fill are expanded at most this many times (a sheet repeats
# a formatted empty row to its last row; a real repeated value is a handful of cells).
MAX_REPEAT = 1000
NESTED_CELL_SEPARATOR = " | "


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def read(data: bytes, display: str, settings: ExtractionSettings) -> Document:
    """Read an .odt or .ods package's bytes into blocks."""
    with open_package(data, display, settings) as archive:
        names = set(archive.namelist())
        content = parse_xml(read_member(archive, "content.xml", display), display, "content.xml")
        styles_root = (
            parse_xml(read_member(archive, "styles.xml", display), display, "styles.xml")
            if "styles.xml" in names
            else None
        )
        meta = (
            parse_xml(read_member(archive, "meta.xml", display), display, "meta.xml") if "meta.xml" in names else None
        )
    styles = _Styles([root for root in (styles_root, content) if root is not None])
    body = content.find(_q("office", "body"))
    if body is None:
        raise ExtractionError(ErrorCode.CORRUPT, display, "OpenDocument package has no body")
    title_element = meta.find(f".//{_q('dc', 'title')}") if meta is not None else None
    title = (title_element.text or "").strip() or None if title_element is not None else None
    text_body = body.find(_q("office", "text"))
    spreadsheet = body.find(_q("office", "spreadsheet"))
    if text_body is not None:
        walker = _TextWalker(styles)
        walker.walk(text_body, "body")
        blocks, kind = walker.blocks, "odt"
    elif spreadsheet is not None:
        blocks, kind = _spreadsheet_blocks(spreadsheet, styles, display, settings), "ods"
    else:
        raise ExtractionError(
            ErrorCode.UNSUPPORTED,
            display,
            "OpenDocument file is neither text nor a spreadsheet; save it as .docx/.xlsx",
        )
    return Document(path=display, format=kind, sha256=hashlib.sha256(data).hexdigest(), blocks=blocks, title=title)


# --- styles ---------------------------------------------------------------------------------------------------


@dataclass
class _Style:
    parent: str | None = None
    background: str | None = None
    colour: str | None = None
    bold: bool | None = None
    hidden_table: bool = False


@dataclass
class _ListLevel:
    ordered: bool
    bullet: str = "•"
    num_format: str = "1"
    prefix: str = ""
    suffix: str = "."
    start: int = 1


@dataclass
class _Styles:
    roots: list[etree._Element]
    styles: dict[str, _Style] = field(default_factory=dict)
    lists: dict[str, dict[int, _ListLevel]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for root in self.roots:
            for node in root.iter(_q("style", "style")):
                self.styles[node.get(_q("style", "name")) or ""] = _style(node)
            for node in root.iter(_q("text", "list-style")):
                self.lists[node.get(_q("style", "name")) or ""] = _list_levels(node)

    def resolve(self, name: str | None, attribute: str) -> object:
        seen: set[str] = set()
        while name and name in self.styles and name not in seen:
            seen.add(name)
            style = self.styles[name]
            value = getattr(style, attribute)
            if value is not None and value is not False:
                return value
            name = style.parent
        return None


def _style(node: etree._Element) -> _Style:
    style = _Style(parent=node.get(_q("style", "parent-style-name")))
    for props in ("table-cell-properties", "paragraph-properties"):
        element = node.find(_q("style", props))
        if element is not None and style.background is None:
            style.background = _colour(element.get(_q("fo", "background-color")))
    text = node.find(_q("style", "text-properties"))
    if text is not None:
        colour = text.get(_q("fo", "color"))
        style.colour = css_colour(colour)
        style.bold = is_bold_weight(text.get(_q("fo", "font-weight")))
    table = node.find(_q("style", "table-properties"))
    if table is not None:
        style.hidden_table = (table.get(_q("table", "display")) or "true") == "false"
    return style


def _colour(value: str | None) -> str | None:
    colour = css_colour(value)
    return None if colour == "#ffffff" else colour


def _list_levels(node: etree._Element) -> dict[int, _ListLevel]:
    levels: dict[int, _ListLevel] = {}
    for child in node:
        level = int(child.get(_q("text", "level")) or 1)
        if child.tag == _q("text", "list-level-style-number"):
            levels[level] = _ListLevel(
                ordered=True,
                num_format=child.get(_q("style", "num-format")) or "1",
                prefix=child.get(_q("style", "num-prefix")) or "",
                suffix=child.get(_q("style", "num-suffix")) or "",
                start=int(child.get(_q("text", "start-value")) or 1),
            )
        elif child.tag == _q("text", "list-level-style-bullet"):
            levels[level] = _ListLevel(ordered=False, bullet=child.get(_q("text", "bullet-char")) or "•")
    return levels


def format_number(number: int, num_format: str) -> str:
    """A list counter in an OpenDocument number format: '1', 'a', 'A', 'i', 'I'."""
    if num_format in {"a", "A"}:
        letters = letter_counter(number)
        return letters.upper() if num_format == "A" else letters
    if num_format in {"i", "I"}:
        roman = roman_counter(number)
        return roman.upper() if num_format == "I" else roman
    return "" if not num_format else str(number)


# --- text -----------------------------------------------------------------------------------------------------


SKIPPED_TEXT = frozenset(
    {
        _q("text", "note"), _q("office", "annotation"), _q("text", "tracked-changes"), _q("text", "table-of-content"),
        _q("text", "sequence-decls"), _q("office", "forms"), _q("text", "variable-decls"),
        _q("text", "user-field-decls"), _q("text", "alphabetical-index"), _q("text", "bibliography"),
    }
)  # fmt: skip
TRANSPARENT_BLOCKS = frozenset({_q("text", "section"), _q("text", "index-body"), _q("office", "text")})


def _runs(styles: _Styles, element: etree._Element, bold: bool, colour: str | None) -> list[TextRun]:
    """A paragraph's text as styled runs: spans, spaces (text:s), tabs and line breaks."""
    runs: list[TextRun] = []
    if element.text:
        runs.append(TextRun(element.text, bold, colour))
    for child in element:
        tag = child.tag
        if (
            not isinstance(tag, str)
            or tag in SKIPPED_TEXT
            or tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing")
        ):
            pass
        elif tag == _q("text", "s"):
            runs.append(TextRun(" " * int(child.get(_q("text", "c")) or 1), bold, colour))
        elif tag == _q("text", "tab"):
            runs.append(TextRun("\t", bold, colour))
        elif tag == _q("text", "line-break"):
            runs.append(TextRun("\n", bold, colour))
        else:
            name = child.get(_q("text", "style-name"))
            own_bold = styles.resolve(name, "bold") if name else None
            own_colour = styles.resolve(name, "colour") if name else None
            runs += _runs(styles, child, bold if own_bold is None else bool(own_bold), own_colour or colour)  # type: ignore[arg-type]
        if child.tail:
            runs.append(TextRun(child.tail, bold, colour))
    return runs


def _paragraph_runs(styles: _Styles, p: etree._Element) -> list[TextRun]:
    name = p.get(_q("text", "style-name"))
    return _runs(styles, p, bool(styles.resolve(name, "bold")), styles.resolve(name, "colour"))  # type: ignore[arg-type]


@dataclass
class _TextWalker:
    styles: _Styles
    blocks: list[Block] = field(default_factory=list)

    def walk(self, container: etree._Element, path: str) -> None:
        for child, child_path in indexed_children(container, path):
            if child.tag == _q("text", "h"):
                runs = _paragraph_runs(self.styles, child)
                text = joined_text(runs).replace("\n", " ")
                level = int(child.get(_q("text", "outline-level")) or 1)
                if text:
                    self.blocks.append(
                        Heading(text=text, level=max(1, level), provenance=Provenance(element=child_path))
                    )
            elif child.tag == _q("text", "p"):
                runs = _paragraph_runs(self.styles, child)
                text = joined_text(runs)
                if text:
                    self.blocks.append(
                        Paragraph(text=text, provenance=Provenance(element=child_path), bold=all_bold(runs))
                    )
            elif child.tag == _q("text", "list"):
                self.walk_list(child, child_path, 0, child.get(_q("text", "style-name")))
            elif child.tag == _q("table", "table"):
                self.table(child, child_path)
            elif child.tag in TRANSPARENT_BLOCKS:
                self.walk(child, child_path)

    def walk_list(self, element: etree._Element, path: str, depth: int, style_name: str | None) -> None:
        """A list's items at `depth`; nested lists one deeper; the marker from the list style's level."""
        style_name = element.get(_q("text", "style-name")) or style_name
        level = self.styles.lists.get(style_name or "", {}).get(depth + 1, _ListLevel(ordered=False))
        counter = level.start
        for item, item_path in indexed_children(element, path):
            if item.tag not in {_q("text", "list-item"), _q("text", "list-header")}:
                continue
            start = item.get(_q("text", "start-value"))
            if start and start.isdigit():
                counter = int(start)
            marker = (
                f"{level.prefix}{format_number(counter, level.num_format)}{level.suffix}"
                if level.ordered
                else level.bullet
            )
            texts: list[str] = []
            for child in item:
                if child.tag in {_q("text", "p"), _q("text", "h")}:
                    text = joined_text(_paragraph_runs(self.styles, child))
                    if text:
                        texts.append(text)
            if texts and item.tag == _q("text", "list-item"):
                self.blocks.append(
                    ListItem(
                        text="\n".join(texts),
                        provenance=Provenance(element=item_path),
                        depth=depth,
                        marker=marker,
                        ordered=level.ordered,
                    )
                )
                counter += 1
            for child, child_path in indexed_children(item, item_path):
                if child.tag == _q("text", "list"):
                    self.walk_list(child, child_path, depth + 1, style_name)
                elif child.tag == _q("table", "table"):
                    self.table(child, child_path)

    def table(self, element: etree._Element, path: str) -> None:
        """A text table on its grid, header rows marked.

        OpenDocument writes every grid position: a spanning cell is followed (and
        underlain) by covered cells, so each cell or covered cell takes one column.
        """
        cells: list[TableCell] = []
        rows = _table_rows(element, path)
        n_cols = 0
        for r, (row, row_path, header) in enumerate(rows):
            c = 0
            for cell, cell_path in indexed_children(row, row_path):
                repeat = _int(cell.get(_q("table", "number-columns-repeated")), 1, MAX_REPEAT)
                if cell.tag != _q("table", "table-cell"):
                    c += repeat if cell.tag == _q("table", "covered-table-cell") else 0
                    continue
                row_span = _int(cell.get(_q("table", "number-rows-spanned")), 1, len(rows) - r)
                col_span = _int(cell.get(_q("table", "number-columns-spanned")), 1, MAX_REPEAT)
                runs = self.cell_runs(cell)
                style = cell.get(_q("table", "style-name"))
                cells.append(
                    TableCell(
                        row=r,
                        col=c,
                        text=joined_text(runs),
                        provenance=Provenance(element=cell_path),
                        row_span=row_span,
                        col_span=col_span,
                        fill=self.styles.resolve(style, "background"),  # type: ignore[arg-type]
                        bold=all_bold(runs),
                        color=dominant_colour(runs),
                        mark_color=leading_mark_colour((run.text, run.colour) for run in runs),
                        header=header,
                    )
                )
                c += repeat
                n_cols = max(n_cols, c - 1 + col_span)
        if cells:
            self.blocks.append(
                Table(cells=tuple(cells), provenance=Provenance(element=path), n_rows=len(rows), n_cols=n_cols)
            )

    def cell_runs(self, cell: etree._Element) -> list[TextRun]:
        """A cell's paragraphs and list items one a line; a nested table's rows one a line, cells joined by ' | '."""
        runs: list[TextRun] = []
        for child in cell.iter(_q("text", "p"), _q("text", "h"), _q("table", "table")):
            if any(ancestor.tag == _q("table", "table") for ancestor in _ancestors_until(child, cell)):
                continue  # inside a nested table, read with it
            if child.tag == _q("table", "table"):
                for row, _, _ in _table_rows(child, ""):
                    texts = [
                        joined_text(self.cell_runs(inner)).replace("\n", " ")
                        for inner in row
                        if inner.tag == _q("table", "table-cell")
                    ]
                    texts = [text for text in texts if text]
                    if texts:
                        runs += [TextRun(NESTED_CELL_SEPARATOR.join(texts), False, None), TextRun("\n", True, None)]
            else:
                runs += [*_paragraph_runs(self.styles, child), TextRun("\n", True, None)]
        return runs


def _ancestors_until(element: etree._Element, stop: etree._Element) -> list[etree._Element]:
    result: list[etree._Element] = []
    current = element.getparent()
    while current is not None and current is not stop:
        result.append(current)
        current = current.getparent()
    return result


def _table_rows(table: etree._Element, path: str) -> list[tuple[etree._Element, str, bool]]:
    """(row, element path, is a header row) for every row, through header-rows and row-groups."""
    rows: list[tuple[etree._Element, str, bool]] = []
    for child, child_path in indexed_children(table, path):
        if child.tag == _q("table", "table-row"):
            rows.append((child, child_path, False))
        elif child.tag in {_q("table", "table-header-rows"), _q("table", "table-rows"), _q("table", "table-row-group")}:
            header = child.tag == _q("table", "table-header-rows")
            rows += [
                (row, row_path, header or is_header) for row, row_path, is_header in _table_rows(child, child_path)
            ]
    return rows


def _int(value: str | None, default: int, limit: int) -> int:
    if value is None or not value.strip().isdigit():
        return default
    return max(1, min(int(value), max(1, limit)))


# --- spreadsheets ---------------------------------------------------------------------------------------------


def _spreadsheet_blocks(
    spreadsheet: etree._Element, styles: _Styles, display: str, settings: ExtractionSettings
) -> list[Block]:
    blocks: list[Block] = []
    budget = settings.max_sheet_cells
    for table in spreadsheet.iter(_q("table", "table")):
        if table.getparent() is not spreadsheet:
            continue
        if styles.resolve(table.get(_q("table", "style-name")), "hidden_table"):
            continue
        sheet = read_sheet(table, styles, budget)
        if sheet is None:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                display,
                "workbook has more cells with a value or fill than the max_sheet_cells limit",
            )
        budget -= len(sheet.cells)
        blocks += sheet_blocks(sheet)
    return blocks


def read_sheet(table: etree._Element, styles: _Styles, budget: int) -> Sheet | None:
    """One sheet's cells with text or a fill; repeated empty rows and cells are counted, not expanded.

    None once more than `budget` cells would be held.
    """
    sheet = Sheet(name=table.get(_q("table", "name")) or "")
    column_styles: dict[int, str | None] = {}
    col = 1
    for column in table.iter(_q("table", "table-column")):
        repeat = _int(column.get(_q("table", "number-columns-repeated")), 1, 1 << 20)
        hidden = (column.get(_q("table", "visibility")) or "visible") != "visible"
        default = column.get(_q("table", "default-cell-style-name"))
        for position in range(col, col + min(repeat, MAX_REPEAT)):
            if default:
                column_styles[position] = default
            if hidden:
                sheet.hidden_cols.add(position)
        col += repeat
    row_number = 1
    for row, _, _ in _table_rows(table, ""):
        repeat = _int(row.get(_q("table", "number-rows-repeated")), 1, 1 << 21)
        hidden = (row.get(_q("table", "visibility")) or "visible") != "visible"
        cells = _row_cells(row, styles, column_styles)
        if cells:
            for offset in range(min(repeat, MAX_REPEAT)):
                r = row_number + offset
                if hidden:
                    sheet.hidden_rows.add(r)
                for c, cell, row_span, col_span in cells:
                    sheet.cells[r, c] = SheetCell(r, c, cell.text, cell.value, cell.fill, cell.bold, cell.color)
                    if row_span > 1 or col_span > 1:
                        sheet.merges.append(Merge(r, c, r + row_span - 1, c + col_span - 1))
                if len(sheet.cells) > budget:
                    return None
        elif hidden and repeat <= MAX_REPEAT:
            sheet.hidden_rows.update(range(row_number, row_number + repeat))
        row_number += repeat
    return sheet


def _row_cells(
    row: etree._Element, styles: _Styles, column_styles: dict[int, str | None]
) -> list[tuple[int, SheetCell, int, int]]:
    """(column, cell, row span, column span) for the row's cells with text or a fill."""
    found: list[tuple[int, SheetCell, int, int]] = []
    col = 1
    for cell in row:
        if cell.tag not in {_q("table", "table-cell"), _q("table", "covered-table-cell")}:
            continue
        repeat = _int(cell.get(_q("table", "number-columns-repeated")), 1, 1 << 15)
        if cell.tag == _q("table", "table-cell"):
            style = cell.get(_q("table", "style-name")) or column_styles.get(col)
            fill = styles.resolve(style, "background")
            text, value = _sheet_cell_text(cell, styles)
            if text or fill:
                runs = [run for p in cell.iter(_q("text", "p")) for run in _paragraph_runs(styles, p)]
                bold = bool(text) and (bool(styles.resolve(style, "bold")) or all_bold(runs))
                colour = (dominant_colour(runs) or styles.resolve(style, "colour")) if text else None
                if colour == "#000000":
                    colour = None
                row_span = _int(cell.get(_q("table", "number-rows-spanned")), 1, 1 << 20)
                col_span = _int(cell.get(_q("table", "number-columns-spanned")), 1, 1 << 14)
                for c in range(col, col + min(repeat, MAX_REPEAT)):
                    sheet_cell = SheetCell(0, c, text, value, fill, bold, colour)  # type: ignore[arg-type]
                    found.append((c, sheet_cell, row_span, col_span))
        col += repeat
    return found


def _sheet_cell_text(cell: etree._Element, styles: _Styles) -> tuple[str, str | None]:
    """The text a reader sees; a date as `render_date` says it, with its ISO date."""
    kind = cell.get(_q("office", "value-type"))
    if kind == "date":
        raw = (cell.get(_q("office", "date-value")) or "")[:10]
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            day = None
        if day is not None:
            return render_date(day), day.isoformat()
    paragraphs = [joined_text(_paragraph_runs(styles, p)) for p in cell.findall(_q("text", "p"))]
    return "\n".join(text for text in paragraphs if text), None
