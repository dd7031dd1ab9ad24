"""Excel workbooks (.xlsx, .xlsm) into a `Document`.

openpyxl reads the workbook in full mode (`read_only=False`): only that mode keeps
merged ranges, fills, fonts and hidden rows and columns, which a plan's Gantt chart
and RAG colours live in. Full mode holds every cell in memory, and a sheet can
declare a million formatted but empty rows, so the package is first *slimmed*
(`slim_sheet`): each worksheet's XML is streamed with lxml, and only rows holding a
cell with a value are kept, with their cells that hold a value or a visible fill.
Time and memory then follow the cells that say something, never `max_row`.
Values are the cached results Excel saved (`data_only=True`), as a reader sees them.

Blocks, sheet by sheet (visible sheets only, in workbook order):

* a level-1 `Heading` with the sheet's name, unless it is a default name such as
  'Sheet1' (`is_default_sheet_name`), which tells a reader nothing;
* for each region of rows that hold values (a gap of `TABLE_GAP_ROWS` or more empty
  rows starts a new region): leading rows with a single text cell are title lines,
  read as `Paragraph`s; a region whose rows never hold more than one cell is read
  as paragraphs too; the rest is one `Table` over the region's used columns.

Hidden rows and columns are left out of the tables. Merged ranges become spans
(over the visible rows and columns they cover). Fills and font colours are resolved
to '#rrggbb' through the workbook theme (with tint) and the indexed palette; white
and no fill are None, as are black and automatic text. A date cell's text is what a
plan reader would call it (`render_date`: 'Mar 2025' for the first of a month or a
format without a day, else '12 Mar 2025') and its ISO date is kept in
`TableCell.value`. Conditional formatting is not evaluated.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import logging
import warnings
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from lxml import etree

from extractor.document import Block, Document, Heading, Paragraph, Table, TableCell
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers.package import open_package, parse_xml, read_member, safe_xml_parser
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance

if TYPE_CHECKING:
    from openpyxl.styles.colors import Color
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

logger = logging.getLogger(__name__)

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
TABLE_GAP_ROWS = 2  # this many empty rows in a row end a table; one empty row is a spacer inside it
# Office's default theme colours, for a workbook that carries no theme, in theme-index order.
DEFAULT_THEME = (
    "FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1",
    "954F72",
)  # fmt: skip


def _s(name: str) -> str:
    return f"{{{S}}}{name}"


def read(data: bytes, display: str, settings: ExtractionSettings) -> Document:
    """Read a workbook's bytes into blocks."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    slimmed, kept = slim_package(data, display, settings)
    logger.debug("%s: %d cells with a value or fill", display, kept)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about every extension it does not model
            workbook = openpyxl.load_workbook(io.BytesIO(slimmed), read_only=False, data_only=True, keep_links=False)
    except (InvalidFileException, KeyError, ValueError, TypeError, zipfile.BadZipFile, etree.LxmlError) as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"workbook cannot be opened ({_short(exc)})") from exc
    except Exception as exc:  # defusedxml refusals and openpyxl's descriptor errors on damaged parts
        raise ExtractionError(ErrorCode.CORRUPT, display, f"workbook cannot be opened ({_short(exc)})") from exc
    palette = Palette.of(workbook)
    blocks: list[Block] = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        blocks += read_sheet(sheet, palette)
    title = (workbook.properties.title or "").strip() or None if workbook.properties else None
    hidden = sum(sheet.sheet_state != "visible" for sheet in workbook.worksheets)
    notes = [f"{hidden} hidden sheet(s) not read"] if hidden else []
    return Document(
        path=display,
        format="xlsx",
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=blocks,
        title=title,
        notes=notes,
    )


# --- slimming -------------------------------------------------------------------------------------------------


def slim_package(data: bytes, display: str, settings: ExtractionSettings) -> tuple[bytes, int]:
    """The package with every worksheet slimmed (see the module docstring), stored uncompressed; and the cell count."""
    with open_package(data, display, settings) as archive:
        names = archive.namelist()
        filled = filled_styles(archive, display) if "xl/styles.xml" in names else frozenset()
        out = io.BytesIO()
        kept = 0
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for name in names:
                member = read_member(archive, name, display)
                if name.startswith("xl/worksheets/") and name.endswith(".xml") and "/_rels/" not in name:
                    member, count = slim_sheet(member, filled, display, name, settings.max_sheet_cells - kept)
                    kept += count
                target.writestr(name, member)
    return out.getvalue(), kept


def filled_styles(archive: zipfile.ZipFile, display: str) -> frozenset[int]:
    """Indexes of the cell formats (cellXfs) whose fill a reader can see: any pattern but none, or a gradient."""
    root = parse_xml(read_member(archive, "xl/styles.xml", display), display, "xl/styles.xml")
    fills = root.find(_s("fills"))
    visible: list[bool] = []
    for fill in fills if fills is not None else []:
        pattern = fill.find(_s("patternFill"))
        gradient = fill.find(_s("gradientFill"))
        kind = pattern.get("patternType") if pattern is not None else None
        visible.append(gradient is not None or (kind not in {None, "none", "gray125"}))
    xfs = root.find(_s("cellXfs"))
    result: set[int] = set()
    for index, xf in enumerate(xfs if xfs is not None else []):
        fill_id = xf.get("fillId")
        if fill_id and fill_id.isdigit() and int(fill_id) < len(visible) and visible[int(fill_id)]:
            result.add(index)
    return frozenset(result)


ROW = _s("row")
CELL = _s("c")
VALUE_TAGS = (_s("v"), _s("is"))


def slim_sheet(data: bytes, filled: frozenset[int], display: str, name: str, budget: int) -> tuple[bytes, int]:
    """A worksheet's XML with only the rows that hold a value, and in them the cells with a value or fill.

    Streams the XML (`iterparse`) and drops each row without a value as soon as it
    is read: a row is only looked into when one of its cells reported a value, so a
    sheet with a million formatted empty rows costs one pass and no memory.
    Raises TOO_LARGE once more than `budget` cells are kept.
    """
    kept = 0
    root: etree._Element | None = None
    valued_row: etree._Element | None = None
    try:
        events = etree.iterparse(
            io.BytesIO(data),
            events=("end",),
            tag=(ROW, *VALUE_TAGS),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
            load_dtd=False,
        )
        for _, element in events:
            if element.tag != ROW:
                cell = element.getparent()
                if cell is not None and _has_value(cell):
                    valued_row = cell.getparent()
                continue
            row = element
            if row is not valued_row:
                parent = row.getparent()
                row.clear()
                if parent is not None:
                    parent.remove(row)
                continue
            for cell in [child for child in row if child.tag == CELL]:
                if not _has_value(cell) and not _is_filled(cell, filled):
                    row.remove(cell)
                else:
                    kept += 1
            if kept > budget:
                raise ExtractionError(
                    ErrorCode.TOO_LARGE,
                    display,
                    "workbook has more cells with a value or fill than the max_sheet_cells limit",
                )
            if root is None:
                root = row.getroottree().getroot()
        if root is None:
            root = events.root  # no row kept: every row was removed while reading, so the tree is small
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"worksheet {name!r} is not well-formed XML ({exc})") from exc
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), kept


def _has_value(cell: etree._Element) -> bool:
    value = cell.find(VALUE_TAGS[0])
    if value is not None and value.text:
        return True
    inline = cell.find(VALUE_TAGS[1])
    return inline is not None and "".join(inline.itertext()) != ""


def _is_filled(cell: etree._Element, filled: frozenset[int]) -> bool:
    style = cell.get("s")
    return bool(style and style.isdigit() and int(style) in filled)


# --- colours --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Palette:
    """The workbook's theme colours (in theme-index order) and indexed palette, for resolving cell colours."""

    theme: tuple[str, ...]
    indexed: tuple[str, ...]

    @classmethod
    def of(cls, workbook: Workbook) -> Palette:
        from openpyxl.styles.colors import COLOR_INDEX

        indexed = tuple(getattr(workbook, "_colors", None) or COLOR_INDEX)
        return cls(theme=theme_colours(workbook.loaded_theme), indexed=tuple(str(c) for c in indexed))

    def resolve(self, color: Color | None) -> str | None:
        """An openpyxl colour as '#rrggbb' (tint applied); None for automatic, system or unset colours."""
        if color is None:
            return None
        kind = getattr(color, "type", None)
        base: str | None = None
        if kind == "rgb":
            value = str(color.rgb or "")
            if len(value) == 8 and value != "00000000":
                base = value[2:]
            elif len(value) == 6:
                base = value
        elif kind == "theme":
            index = int(color.theme or 0)
            base = self.theme[index] if 0 <= index < len(self.theme) else None
        elif kind == "indexed":
            index = int(color.indexed or 0)
            base = self.indexed[index][-6:] if 0 <= index < len(self.indexed) and index < 64 else None
        if base is None or any(c not in "0123456789abcdefABCDEF" for c in base) or len(base) != 6:
            return None
        return apply_tint(base, float(getattr(color, "tint", 0.0) or 0.0))


def theme_colours(theme_xml: bytes | None) -> tuple[str, ...]:
    """The theme's colour scheme in the order cells index it: lt1, dk1, lt2, dk2, accent1-6, hlink, folHlink.

    The scheme lists dark before light (dk1, lt1, dk2, lt2); cell colours count
    light first, so the first two pairs swap. System colours use their last value.
    """
    if not theme_xml:
        return DEFAULT_THEME
    try:
        root = etree.fromstring(theme_xml, safe_xml_parser())
    except etree.XMLSyntaxError:
        return DEFAULT_THEME
    scheme = root.find(f".//{{{A}}}clrScheme")
    if scheme is None:
        return DEFAULT_THEME
    colours: list[str] = []
    for slot in scheme:
        if not isinstance(slot.tag, str):
            continue
        value = None
        for child in slot:
            value = child.get("val") if child.tag == f"{{{A}}}srgbClr" else child.get("lastClr")
            if value:
                break
        colours.append((value or "000000").upper())
    if len(colours) < 4:
        return DEFAULT_THEME
    colours[0], colours[1], colours[2], colours[3] = colours[1], colours[0], colours[3], colours[2]
    return tuple(colours)


HLS_MAX = 240  # Excel computes tints on a 0-240 hue/lightness/saturation scale


def apply_tint(rgb: str, tint: float) -> str:
    """Excel's tint, as '#rrggbb': lighten (tint > 0) or darken (tint < 0) the luminance on its 0-240 HLS scale.

    Within one unit per channel of what Excel shows (Excel's own rounding is not documented).
    """
    red, green, blue = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    if tint:
        hue, lightness, saturation = (round(v * HLS_MAX) for v in colorsys.rgb_to_hls(red, green, blue))
        shifted = lightness * (1 + tint) if tint < 0 else lightness * (1 - tint) + HLS_MAX * tint
        shifted = min(float(HLS_MAX), max(0.0, shifted))
        red, green, blue = colorsys.hls_to_rgb(hue / HLS_MAX, shifted / HLS_MAX, saturation / HLS_MAX)
    return "#" + "".join(f"{int(channel * 255 + 0.5):02x}" for channel in (red, green, blue))


def fill_colour(cell: Any, palette: Palette) -> str | None:
    """A cell's background as '#rrggbb': a pattern fill's foreground, a gradient's first stop; white is None."""
    fill = cell.fill
    colour: str | None = None
    if getattr(fill, "tagname", "") == "gradientFill":
        stops = getattr(fill, "stop", None) or []
        colour = palette.resolve(stops[0].color) if stops else None
    else:
        pattern = getattr(fill, "patternType", None)
        if pattern in {None, "none"}:
            return None
        colour = palette.resolve(fill.fgColor)
    return None if colour == "#ffffff" else colour


def font_colour(cell: Any, palette: Palette) -> str | None:
    colour = palette.resolve(cell.font.color) if cell.font is not None else None
    return None if colour == "#000000" else colour


# --- values ---------------------------------------------------------------------------------------------------

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def render_date(value: date, number_format: str = "") -> str:
    """A date as a plan reader would say it: 'Mar 2025' for the first of a month or a format showing no day,
    else '12 Mar 2025'."""
    if value.day == 1 or not shows_day(number_format):
        return f"{MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def shows_day(number_format: str) -> bool:
    """Whether an Excel number format shows the day ('dd/mm/yyyy' does, 'mmm-yy' does not).

    Quoted text and [bracketed] parts are not format codes; 'General' (a date typed in a
    cell formatted as nothing special) is taken to show the day.
    """
    if not number_format or number_format.lower() == "general":
        return True
    quoted = False
    bracket = False
    for char in number_format:
        if char == '"':
            quoted = not quoted
        elif char == "[" and not quoted:
            bracket = True
        elif char == "]" and not quoted:
            bracket = False
        elif char.lower() == "d" and not quoted and not bracket:
            return True
    return False


def cell_text(value: object, number_format: str) -> tuple[str, str | None]:
    """The text a reader sees for a cell value, and its ISO date when the value is a date."""
    if value is None:
        return "", None
    if isinstance(value, datetime):
        if value.time() == time(0) or value.date() != date(1899, 12, 30):
            return render_date(value.date(), number_format), value.date().isoformat()
        return value.strftime("%H:%M"), None
    if isinstance(value, date):
        return render_date(value, number_format), value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M"), None
    if isinstance(value, timedelta):
        return str(value), None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, int | float):
        if "%" in number_format:
            return f"{value * 100:g}%", None
        if isinstance(value, float) and value.is_integer():
            return str(int(value)), None
        return (f"{value:g}" if isinstance(value, float) else str(value)), None
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip(), None


# --- sheets ---------------------------------------------------------------------------------------------------


def is_default_sheet_name(name: str) -> bool:
    """'Sheet1', 'Sheet 2', 'Sheet': the name Excel gives a sheet nobody named; it tells a reader nothing."""
    rest = name.strip().lower().removeprefix("sheet").strip()
    return rest == "" or rest.isdigit()


@dataclass
class _Merge:
    min_row: int
    min_col: int
    max_row: int
    max_col: int


def read_sheet(sheet: Worksheet, palette: Palette) -> list[Block]:
    """One sheet's blocks: its name as a heading, then each region of rows as paragraphs or a table."""
    # The sheet's own cell store, not iter_rows(), which would create a cell at every empty position.
    values = {(cell.row, cell.column): cell for cell in sheet._cells.values() if _visible_value(cell.value)}
    if not values:
        return []
    max_row = max(r for r, _ in values)
    max_col = max(c for _, c in values)
    hidden_rows = {r for r, dim in sheet.row_dimensions.items() if dim.hidden and r <= max_row}
    hidden_cols: set[int] = set()
    for dim in sheet.column_dimensions.values():
        if dim.hidden and dim.min:
            hidden_cols.update(range(dim.min, min(dim.max or dim.min, max_col) + 1))
    merges: dict[tuple[int, int], _Merge] = {}
    covered_rows: set[int] = set()
    for merged in sheet.merged_cells.ranges:
        top_left = sheet._cells.get((merged.min_row, merged.min_col))
        if top_left is None or merged.min_row > max_row or merged.min_col > max_col:
            continue
        if (merged.min_row, merged.min_col) not in values and fill_colour(top_left, palette) is None:
            continue
        merge = _Merge(merged.min_row, merged.min_col, min(merged.max_row, max_row), min(merged.max_col, max_col))
        merges[merged.min_row, merged.min_col] = merge
        covered_rows.update(range(merge.min_row, merge.max_row + 1))
    visible = {(r, c): cell for (r, c), cell in values.items() if r not in hidden_rows and c not in hidden_cols}
    blocks: list[Block] = []
    if not is_default_sheet_name(sheet.title):
        blocks.append(Heading(text=sheet.title, level=1, provenance=Provenance(sheet=sheet.title)))
    occupied = sorted({r for r, _ in visible} | (covered_rows - hidden_rows))
    for region in row_regions(occupied, hidden_rows):
        blocks += read_region(sheet, region, visible, merges, hidden_rows, hidden_cols, palette)
    return blocks


def _visible_value(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def row_regions(rows: list[int], hidden: set[int]) -> list[list[int]]:
    """Group sorted occupied rows into regions: TABLE_GAP_ROWS or more empty visible rows end a region.

    Hidden rows between two occupied rows are no gap a reader sees.
    """
    regions: list[list[int]] = []
    for row in rows:
        if regions:
            previous = regions[-1][-1]
            gap = sum(1 for between in range(previous + 1, row) if between not in hidden)
            if gap < TABLE_GAP_ROWS:
                regions[-1].append(row)
                continue
        regions.append([row])
    return regions


def read_region(
    sheet: Worksheet,
    region: list[int],
    values: dict[tuple[int, int], Any],
    merges: dict[tuple[int, int], _Merge],
    hidden_rows: set[int],
    hidden_cols: set[int],
    palette: Palette,
) -> list[Block]:
    """Title lines above a table as paragraphs, then the table; a one-cell-per-row region as paragraphs."""
    first, last = region[0], region[-1]
    rows = [r for r in range(first, last + 1) if r not in hidden_rows]
    by_row: dict[int, list[int]] = {}
    for r, c in values:
        if first <= r <= last:
            by_row.setdefault(r, []).append(c)
    blocks: list[Block] = []
    if all(len(by_row.get(r, [])) <= 1 for r in rows):
        return [paragraph(sheet, values[r, by_row[r][0]], palette) for r in rows if by_row.get(r)]
    while rows and len(by_row.get(rows[0], [])) <= 1:
        r = rows.pop(0)
        if by_row.get(r):
            blocks.append(paragraph(sheet, values[r, by_row[r][0]], palette))
    cols_used = {c for r in rows for c in by_row.get(r, [])}
    for r, c in list(merges):
        if r in rows:
            cols_used.update(range(c, merges[r, c].max_col + 1))
    columns = [c for c in range(min(cols_used), max(cols_used) + 1) if c not in hidden_cols]
    blocks.append(table(sheet, rows, columns, values, merges, palette))
    return blocks


def paragraph(sheet: Worksheet, cell: Any, palette: Palette) -> Paragraph:
    text, _ = cell_text(cell.value, cell.number_format or "")
    return Paragraph(
        text=text,
        provenance=Provenance(sheet=sheet.title, cell=cell.coordinate),
        bold=bool(cell.font is not None and cell.font.b),
    )


def table(
    sheet: Worksheet,
    rows: list[int],
    columns: list[int],
    values: dict[tuple[int, int], Any],
    merges: dict[tuple[int, int], _Merge],
    palette: Palette,
) -> Table:
    """The region's grid: a cell for each value, each visibly filled empty cell, and each merge (as spans)."""
    row_index = {r: i for i, r in enumerate(rows)}
    col_index = {c: i for i, c in enumerate(columns)}
    covered: set[tuple[int, int]] = set()
    for (r, c), merge in merges.items():
        if r in row_index:
            covered.update(
                (rr, cc)
                for rr in range(r, merge.max_row + 1)
                for cc in range(c, merge.max_col + 1)
                if (rr, cc) != (r, c)
            )
    cells: list[TableCell] = []
    for r in rows:
        for c in columns:
            if (r, c) in covered:
                continue
            cell = values.get((r, c))
            if cell is None:
                cell = sheet._cells.get((r, c))  # a filled empty cell kept by slimming; never creates one
                if cell is None or fill_colour(cell, palette) is None:
                    continue
            cells.append(table_cell(sheet, cell, row_index, col_index, merges.get((r, c)), palette))
    top_left = f"{_column_letter(columns[0])}{rows[0]}" if rows and columns else None
    return Table(
        cells=tuple(cells),
        provenance=Provenance(sheet=sheet.title, cell=top_left),
        n_rows=len(rows),
        n_cols=len(columns),
    )


def table_cell(
    sheet: Worksheet,
    cell: Any,
    row_index: dict[int, int],
    col_index: dict[int, int],
    merge: _Merge | None,
    palette: Palette,
) -> TableCell:
    text, iso = cell_text(cell.value, cell.number_format or "")
    row_span = col_span = 1
    if merge is not None:
        row_span = max(1, _count_in(range(merge.min_row, merge.max_row + 1), row_index))
        col_span = max(1, _count_in(range(merge.min_col, merge.max_col + 1), col_index))
    return TableCell(
        row=row_index[cell.row],
        col=col_index[cell.column],
        text=text,
        provenance=Provenance(sheet=sheet.title, cell=cell.coordinate),
        row_span=row_span,
        col_span=col_span,
        fill=fill_colour(cell, palette),
        bold=bool(text and cell.font is not None and cell.font.b),
        color=font_colour(cell, palette) if text else None,
        value=iso,
    )


def _count_in(span: Iterable[int], index: dict[int, int]) -> int:
    return sum(1 for position in span if position in index)


def _column_letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def _short(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]
