"""Excel workbooks (.xlsx, .xlsm) into a `Document`.

openpyxl reads the workbook in full mode (`read_only=False`): only that mode keeps
merged ranges, fills, fonts and hidden rows and columns, which a plan's Gantt chart
and RAG colours live in. Full mode holds every cell in memory, and a sheet can
declare a million formatted but empty rows, so the package is first *slimmed*
(`slim_sheet`): each worksheet's XML is streamed with lxml, and only rows holding a
cell with a value are kept, with their cells that hold a value or a visible fill.
Time and memory then follow the cells that say something, never `max_row`.
Values are the cached results Excel saved (`data_only=True`), as a reader sees them.

Every visible sheet, in workbook order, becomes blocks as `sheets.sheet_blocks` says
(a heading with its name, title lines, a table per region of rows).

Hidden rows and columns are left out of the tables. Merged ranges become spans
(over the visible rows and columns they cover). Fills and font colours are resolved
to '#rrggbb' through the workbook theme (with tint) and the indexed palette; white
and no fill are None, as are black and automatic text. A date cell's text is what a
plan reader would call it (`render_date`: 'Mar 2025' for the first of a month or a
format without a day, else '12 Mar 2025') and its ISO date is kept in
`TableCell.value`. Conditional formats that test a cell's text colour it as Excel
shows it (`apply_conditional_formats`); formula rules are not evaluated.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import logging
import warnings
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from lxml import etree

from extractor.document import Block, Document
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers.package import open_package, parse_xml, read_member, safe_xml_parser
from extractor.readers.sheets import Merge, Sheet, SheetCell, cell_ref, render_date, sheet_blocks
from extractor.settings import ExtractionSettings

if TYPE_CHECKING:
    from openpyxl.styles.colors import Color
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

logger = logging.getLogger(__name__)

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
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

    slimmed, kept, unsaved = slim_package(data, display, settings)
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
        blocks += sheet_blocks(worksheet_sheet(sheet, palette))
    title = (workbook.properties.title or "").strip() or None if workbook.properties else None
    hidden = sum(sheet.sheet_state != "visible" for sheet in workbook.worksheets)
    notes = [f"{hidden} hidden sheet(s) not read"] if hidden else []
    if unsaved:
        notes.append(
            f"{unsaved} formula cell(s) have no saved result (never opened in a spreadsheet program); read as empty"
        )
    return Document(
        path=display,
        format="xlsx",
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=blocks,
        title=title,
        notes=notes,
    )


# --- slimming -------------------------------------------------------------------------------------------------


def slim_package(data: bytes, display: str, settings: ExtractionSettings) -> tuple[bytes, int, int]:
    """The package with every worksheet slimmed (see the module docstring), stored uncompressed; the cells kept;
    the formula cells without a saved result."""
    with open_package(data, display, settings) as archive:
        names = archive.namelist()
        filled = filled_styles(archive, display) if "xl/styles.xml" in names else frozenset()
        out = io.BytesIO()
        kept = unsaved = 0
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for name in names:
                if name.startswith("xl/worksheets/") and name.endswith(".xml") and "/_rels/" not in name:
                    budget = settings.max_sheet_cells - kept
                    member, count, formulas = slim_sheet(archive, name, filled, display, budget)
                    kept += count
                    unsaved += formulas
                else:
                    member = read_member(archive, name, display)
                target.writestr(name, member)
    return out.getvalue(), kept, unsaved


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
FORMULA = _s("f")
MERGE = _s("mergeCell")
# A merged range covering more cells than this is dropped (its top-left value stays): a title or a pillar
# label spans tens of cells, and openpyxl creates an object for each covered one.
MAX_MERGE_CELLS = 10_000


def slim_sheet(
    archive: zipfile.ZipFile, name: str, filled: frozenset[int], display: str, budget: int
) -> tuple[bytes, int, int]:
    """A worksheet's XML with only the rows that hold a value, and in them the cells with a value or fill.

    Streams the XML (`iterparse`) straight from the package, never holding the
    unpacked sheet, and drops each row without a value as soon as it is read: a
    row is only looked into when one of its cells reported a value, so a
    sheet with a million formatted empty rows costs one pass and no memory.
    Raises TOO_LARGE once more than `budget` cells are kept. Returns the XML, the
    cells kept, and the formula cells with no saved result (a file written by a
    program that does not calculate), which read as empty.
    """
    kept = unsaved = 0
    root: etree._Element | None = None
    valued_row: etree._Element | None = None
    stream = None
    try:
        stream = archive.open(name)
        events = etree.iterparse(
            stream,
            events=("end",),
            tag=(ROW, FORMULA, MERGE, *VALUE_TAGS),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
            load_dtd=False,
        )
        for _, element in events:
            if element.tag == MERGE:
                if merge_area(element.get("ref") or "") > MAX_MERGE_CELLS:
                    element.getparent().remove(element)  # openpyxl would make an object for every covered cell
                continue
            if element.tag != ROW:
                cell = element.getparent()
                if cell is not None and (element.tag == FORMULA or _has_value(cell)):
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
                    unsaved += cell.find(FORMULA) is not None
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
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"worksheet {name!r} is damaged ({_short(exc)})") from exc
    finally:
        if stream is not None:
            stream.close()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True), kept, unsaved


def merge_area(reference: str) -> int:
    """How many cells a range such as 'A1:C10' covers (1 for one cell, 0 when unreadable)."""
    from openpyxl.utils.cell import range_boundaries

    try:
        min_col, min_row, max_col, max_row = range_boundaries(reference)
    except (ValueError, TypeError):
        return 0
    if None in (min_col, min_row, max_col, max_row):
        return 1 << 40  # whole rows or columns
    return (max_col - min_col + 1) * (max_row - min_row + 1)


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


# --- values and sheets ---------------------------------------------------------------------------------------


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


def worksheet_sheet(worksheet: Worksheet, palette: Palette) -> Sheet:
    """The worksheet's cells with text or a fill, its merges and hidden rows and columns, for `sheet_blocks`.

    Reads the sheet's own cell store, never `iter_rows()`, which would create a cell
    at every empty position of the used range.
    """
    sheet = Sheet(name=worksheet.title)
    for cell in worksheet._cells.values():
        text, iso = cell_text(cell.value, cell.number_format or "")
        fill = fill_colour(cell, palette)
        if not text and fill is None:
            continue
        sheet.cells[cell.row, cell.column] = SheetCell(
            row=cell.row,
            col=cell.column,
            text=text,
            value=iso,
            fill=fill,
            bold=bool(text and cell.font is not None and cell.font.b),
            color=font_colour(cell, palette) if text else None,
        )
    if not sheet.cells:
        return sheet
    apply_conditional_formats(worksheet, sheet, palette)
    max_row = max(r for r, _ in sheet.cells)
    max_col = max(c for _, c in sheet.cells)
    sheet.hidden_rows = {r for r, dim in worksheet.row_dimensions.items() if dim.hidden and r <= max_row}
    for dim in worksheet.column_dimensions.values():
        if dim.hidden and dim.min:
            sheet.hidden_cols.update(range(dim.min, min(dim.max or dim.min, max_col) + 1))
    sheet.merges = [
        Merge(merged.min_row, merged.min_col, merged.max_row, merged.max_col)
        for merged in worksheet.merged_cells.ranges
    ]
    return sheet


# Conditional format rules looked at per sheet; a plan has a handful, a hostile file could hold thousands.
MAX_CONDITIONAL_RULES = 200


def apply_conditional_formats(worksheet: Worksheet, sheet: Sheet, palette: Palette) -> None:
    """Colour text cells as Excel shows them through conditional formatting, for the rules that test text.

    Plans colour a status column this way ('Complete' turns green). Rules comparing
    the cell's own text are evaluated (`conditional_rule_matches`); rules with a
    formula of their own, colour scales, data bars and icon sets are not. The first
    matching rule by priority that sets a fill or font colour wins over the cell's own.
    """
    rules: list[tuple[int, Any, Any]] = []
    for formatting in worksheet.conditional_formatting:
        for rule in formatting.rules:
            if getattr(rule, "dxf", None) is not None:
                rules.append((int(rule.priority or 0), formatting.sqref, rule))
    if not rules:
        return
    rules = sorted(rules, key=lambda item: item[0])[:MAX_CONDITIONAL_RULES]
    for key, cell in list(sheet.cells.items()):
        if not cell.text:
            continue
        reference = cell_ref(cell.row, cell.col)
        for _, ranges, rule in rules:
            if reference not in ranges or not conditional_rule_matches(rule, cell.text):
                continue
            fill = _dxf_fill(rule.dxf, palette)
            colour = palette.resolve(rule.dxf.font.color) if rule.dxf.font is not None else None
            if fill is None and colour is None:
                continue
            sheet.cells[key] = replace(
                cell,
                fill=fill if fill is not None else cell.fill,
                color=(None if colour == "#000000" else colour) if colour is not None else cell.color,
            )
            break


def conditional_rule_matches(rule: Any, text: str) -> bool:
    """Whether a text-testing conditional format rule holds for a cell showing `text` (Excel ignores case)."""
    kind = rule.type
    lowered = text.lower()
    needle = (rule.text or "").lower()
    if kind == "containsText":
        return bool(needle) and needle in lowered
    if kind == "notContainsText":
        return bool(needle) and needle not in lowered
    if kind == "beginsWith":
        return bool(needle) and lowered.startswith(needle)
    if kind == "endsWith":
        return bool(needle) and lowered.endswith(needle)
    if kind == "cellIs" and rule.formula and rule.operator in {"equal", "notEqual"}:
        operand = str(rule.formula[0]).strip()
        if operand.startswith('"') and operand.endswith('"') and len(operand) >= 2:
            equal = lowered == operand[1:-1].replace('""', '"').lower()
        else:
            try:
                equal = float(text) == float(operand)
            except ValueError:
                return False
        return equal if rule.operator == "equal" else not equal
    return False


def _dxf_fill(dxf: Any, palette: Palette) -> str | None:
    """A conditional format's fill: Excel keeps a solid one's colour in bgColor, unlike a cell's own fill."""
    fill = getattr(dxf, "fill", None)
    if fill is None or getattr(fill, "patternType", None) == "none":
        return None
    colour = palette.resolve(getattr(fill, "bgColor", None)) or palette.resolve(getattr(fill, "fgColor", None))
    return None if colour == "#ffffff" else colour


def _short(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]
