"""Word documents (.docx) into a `Document`.

python-docx opens the package and parses its parts (document, styles, numbering,
core properties) with its own hardened lxml parser. Its object API, though, has no
notion of merged cells' spans as a grid, of list numbering (which number or bullet
a paragraph shows) or of cell shading, and its paragraph iterator loses the order of
paragraphs and tables; so the reader walks the parsed XML (`document.element.body`)
itself, in document order, and resolves styles and numbering from the styles and
numbering parts' XML.

What a reader of the document sees becomes blocks: headings (the 'Heading N' and
'Title' styles, or any paragraph with an outline level), paragraphs (with whether
they are bold throughout), list items (Word numbering: depth from the level,
ordered or not from the number format, and the marker as Word would show it), and
tables (merged cells as spans, cell shading, text colour and weight). Not read:
headers and footers, footnotes, comments, text boxes and drawings (their count is
noted), deleted tracked changes, hidden text, and shading that comes only from a
table style's conditional formatting.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass, field

from lxml import etree

from extractor.document import Block, Document, Heading, ListItem, Paragraph, Table, TableCell
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers.counters import letter_counter, roman_counter
from extractor.readers.marks import TextRun, all_bold, dominant_colour, joined_text, leading_mark_colour
from extractor.readers.xml_paths import indexed_children
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


# Containers whose children are read as if they stood in the parent (content controls, custom XML, tracked moves).
TRANSPARENT = frozenset({_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag"), _w("ins"), _w("moveTo")})
TRANSPARENT |= frozenset({_w("hyperlink"), _w("fldSimple"), _w("dir"), _w("bdo"), f"{{{MC}}}AlternateContent"})
TRANSPARENT |= frozenset({f"{{{MC}}}Choice"})
# Never text: deleted or moved-away runs, the fallback copy of alternate content, drawings and their text boxes.
SKIPPED = frozenset({_w("del"), _w("moveFrom"), f"{{{MC}}}Fallback", _w("drawing"), _w("pict"), _w("object")})
SKIPPED |= frozenset({_w("pPr"), _w("rPr"), _w("instrText"), _w("delText"), _w("footnoteReference")})
# Bullet glyphs as Word stores them (symbol-font code points) and as a reader sees them.
BULLET_GLYPHS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "o": "◦", "\uf06f": "◦"}
UNORDERED_FORMATS = frozenset({"bullet", "none", ""})
NESTED_CELL_SEPARATOR = " | "  # between the cells of one row of a table nested in a cell
DEFAULT_BULLET = "•"


def read(data: bytes, display: str, settings: ExtractionSettings) -> Document:
    """Read a .docx package's bytes into blocks."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError, AttributeError) as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"Word document cannot be opened ({_short(exc)})") from exc
    styles = _Styles(_part_element(word, "styles"))
    numbering = _Numbering(_part_element(word, "numbering"), styles)
    walker = _Walker(styles, numbering)
    body = word.element.body
    walker.walk(body, "body")
    title = (word.core_properties.title or "").strip() or None
    notes: list[str] = []
    boxes = len(body.findall(f".//{_w('txbxContent')}"))
    if boxes:
        notes.append(f"{boxes} text box(es) not read")
    if body.find(f".//{_w('altChunk')}") is not None:
        notes.append("embedded documents (altChunk) not read")
    return Document(
        path=display,
        format="docx",
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=walker.blocks,
        title=title,
        notes=notes,
    )


def _part_element(word: object, which: str) -> etree._Element | None:
    part = getattr(word, "part", None)
    try:
        if which == "styles":
            return part._styles_part.element if part is not None else None  # type: ignore[attr-defined]
        return part.numbering_part.element if part is not None else None  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _on(element: etree._Element | None) -> bool | None:
    """A Word toggle property (w:b, w:vanish): present means on unless val says off; None when absent."""
    if element is None:
        return None
    return (element.get(_w("val")) or "true").lower() not in {"0", "false", "off", "none"}


def _hex(value: str | None) -> str | None:
    """A Word colour value as '#rrggbb'; 'auto' and malformed values are None."""
    if not value:
        return None
    value = value.strip().lower()
    if len(value) != 6 or any(c not in "0123456789abcdef" for c in value):
        return None
    return f"#{value}"


# --- styles ---------------------------------------------------------------------------------------------------


@dataclass
class _StyleInfo:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None
    bold: bool | None = None
    colour: str | None = None
    vanish: bool | None = None


class _Styles:
    """The styles part, each property resolved through the basedOn chain."""

    def __init__(self, root: etree._Element | None) -> None:
        self.raw: dict[str, _StyleInfo] = {}
        self.default_paragraph: str | None = None
        self.default_bold: bool | None = None
        self.default_colour: str | None = None
        if root is None:
            return
        defaults = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        if defaults is not None:
            self.default_bold = _on(defaults.find(_w("b")))
            self.default_colour = _hex(_attr(defaults.find(_w("color"))))
        for style in root.findall(_w("style")):
            style_id = style.get(_w("styleId")) or ""
            info = _StyleInfo(name=(_attr(style.find(_w("name"))) or "").strip())
            info.based_on = _attr(style.find(_w("basedOn")))
            ppr = style.find(_w("pPr"))
            if ppr is not None:
                info.outline = _int(_attr(ppr.find(_w("outlineLvl"))))
                numpr = ppr.find(_w("numPr"))
                if numpr is not None:
                    info.num_id = _attr(numpr.find(_w("numId")))
                    info.ilvl = _int(_attr(numpr.find(_w("ilvl"))))
            rpr = style.find(_w("rPr"))
            if rpr is not None:
                info.bold = _on(rpr.find(_w("b")))
                info.colour = _hex(_attr(rpr.find(_w("color"))))
                info.vanish = _on(rpr.find(_w("vanish")))
            self.raw[style_id] = info
            if style.get(_w("type")) == "paragraph" and _on_default(style):
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> list[_StyleInfo]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        result: list[_StyleInfo] = []
        seen: set[str] = set()
        while style_id and style_id in self.raw and style_id not in seen:
            seen.add(style_id)
            info = self.raw[style_id]
            result.append(info)
            style_id = info.based_on
        return result

    def first(self, style_id: str | None, attribute: str) -> object:
        for info in self.chain(style_id):
            value = getattr(info, attribute)
            if value is not None:
                return value
        return None

    def name(self, style_id: str | None) -> str:
        chain = self.chain(style_id)
        return chain[0].name if chain else ""

    def heading_level(self, style_id: str | None) -> int | None:
        """'Heading N' (or a style based on it) is level N, 'Title' level 1; else the style's outline level."""
        for info in self.chain(style_id):
            level = heading_level_from_name(info.name)
            if level is not None:
                return level
            if info.outline is not None:
                return info.outline + 1 if info.outline < 9 else None
        return None


def heading_level_from_name(name: str) -> int | None:
    """The level a style name gives: 'heading 2' / 'Heading 2' -> 2, 'Title' -> 1."""
    lowered = name.strip().lower()
    if lowered == "title":
        return 1
    if lowered.startswith("heading "):
        digits = lowered.removeprefix("heading ").strip()
        if digits.isdigit() and 1 <= int(digits) <= 9:
            return int(digits)
    return None


def list_style(name: str) -> tuple[bool, int] | None:
    """'List Bullet 2' -> (unordered, depth 1); 'List Number' -> (ordered, 0); None for other styles."""
    lowered = name.strip().lower()
    for prefix, ordered in (("list bullet", False), ("list number", True)):
        if lowered.startswith(prefix):
            rest = lowered.removeprefix(prefix).strip()
            depth = int(rest) - 1 if rest.isdigit() else 0
            return ordered, max(0, depth)
    return None


def is_contents_entry(name: str) -> bool:
    """A table-of-contents line ('toc 1', 'TOC Heading'): it repeats the headings, so it is not read."""
    lowered = name.strip().lower()
    return lowered.startswith("toc ") or lowered == "toc heading"


def _on_default(style: etree._Element) -> bool:
    return (style.get(_w("default")) or "").lower() in {"1", "true", "on"}


def _attr(element: etree._Element | None, name: str = "val") -> str | None:
    return element.get(_w(name)) if element is not None else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# --- numbering ------------------------------------------------------------------------------------------------


@dataclass
class _Level:
    fmt: str = "bullet"
    text: str = ""
    start: int = 1


class _Numbering:
    """The numbering part: which format and text each (list, level) shows, and running counters."""

    def __init__(self, root: etree._Element | None, styles: _Styles | None = None) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, _Level]] = {}
        linked: dict[str, str] = {}  # abstractNumId -> the style whose numbering it uses (w:numStyleLink)
        for node in root.findall(_w("abstractNum")):
            abstract_id = node.get(_w("abstractNumId")) or ""
            abstract[abstract_id] = _levels(node)
            link = _attr(node.find(_w("numStyleLink")))
            if link:
                linked[abstract_id] = link
        num_abstract = {
            num.get(_w("numId")) or "": _attr(num.find(_w("abstractNumId"))) or "" for num in root.findall(_w("num"))
        }
        for abstract_id, style_id in linked.items():
            target_num = styles.first(style_id, "num_id") if styles is not None else None
            target = abstract.get(num_abstract.get(str(target_num), ""), {})
            if not abstract[abstract_id] and target:
                abstract[abstract_id] = target  # a list style's levels live in the abstract its style points to
        for num in root.findall(_w("num")):
            num_id = num.get(_w("numId")) or ""
            levels = dict(abstract.get(num_abstract.get(num_id, ""), {}))
            for override in num.findall(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl"))) or 0
                lvl = override.find(_w("lvl"))
                base = levels.get(ilvl, _Level())
                if lvl is not None:
                    base = _level(lvl)
                start = _int(_attr(override.find(_w("startOverride"))))
                if start is not None:
                    base = _Level(base.fmt, base.text, start)
                levels[ilvl] = base
            self.levels[num_id] = levels

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        return self.levels.get(num_id, {}).get(ilvl)

    def next_marker(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """The marker the next item of (list, level) shows, and whether the list is ordered; counts it."""
        levels = self.levels.get(num_id, {})
        level = levels.get(ilvl, _Level())
        counters = self.counters.setdefault(num_id, [levels.get(i, _Level()).start - 1 for i in range(10)])
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = levels.get(deeper, _Level()).start - 1
        ordered = level.fmt not in UNORDERED_FORMATS
        if level.fmt == "none":
            return "", False
        if not ordered:
            glyph = level.text.strip()
            return (
                BULLET_GLYPHS.get(glyph, glyph if glyph.isprintable() and len(glyph) == 1 else DEFAULT_BULLET)
            ), False
        marker = level.text
        for index in range(ilvl, -1, -1):
            shown = format_number(
                max(counters[index], levels.get(index, _Level()).start), levels.get(index, _Level()).fmt
            )
            marker = marker.replace(f"%{index + 1}", shown)
        return marker.strip(), True


def _levels(node: etree._Element) -> dict[int, _Level]:
    return {_int(lvl.get(_w("ilvl"))) or 0: _level(lvl) for lvl in node.findall(_w("lvl"))}


def _level(lvl: etree._Element) -> _Level:
    return _Level(
        fmt=_attr(lvl.find(_w("numFmt"))) or "decimal",
        text=_attr(lvl.find(_w("lvlText"))) or "",
        start=_int(_attr(lvl.find(_w("start")))) or 1,
    )


def format_number(number: int, fmt: str) -> str:
    """A list counter as Word shows it for a number format (decimal, lowerLetter, upperRoman, ...)."""
    if fmt in {"lowerLetter", "upperLetter"}:
        letters = letter_counter(number)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = roman_counter(number)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


# --- the walk -------------------------------------------------------------------------------------------------


@dataclass
class _CellDraft:
    row: int
    col: int
    text: str
    path: str
    col_span: int
    fill: str | None
    bold: bool
    colour: str | None
    header: bool
    row_span: int = 1
    mark_colour: str | None = None


@dataclass
class _Walker:
    styles: _Styles
    numbering: _Numbering
    blocks: list[Block] = field(default_factory=list)

    def walk(self, container: etree._Element, path: str) -> None:
        """Every block-level child in document order; content controls and custom XML read through."""
        for child, child_path in indexed_children(container, path):
            if child.tag == _w("p"):
                self.paragraph(child, child_path)
            elif child.tag == _w("tbl"):
                self.table(child, child_path)
            elif child.tag in TRANSPARENT:
                self.walk(child, child_path)

    def paragraph(self, p: etree._Element, path: str) -> None:
        style_id = self.paragraph_style(p)
        name = self.styles.name(style_id)
        if is_contents_entry(name):
            return
        runs = self.runs(p, style_id)
        text = joined_text(runs)
        if not text:
            return
        provenance = Provenance(element=path)
        level = self.heading_level(p, style_id)
        if level is not None:
            self.blocks.append(Heading(text=text.replace("\n", " "), level=level, provenance=provenance))
            return
        listed = self.list_info(p, style_id)
        if listed is not None:
            depth, marker, ordered = listed
            self.blocks.append(ListItem(text=text, provenance=provenance, depth=depth, marker=marker, ordered=ordered))
            return
        self.blocks.append(Paragraph(text=text, provenance=provenance, bold=all_bold(runs)))

    def paragraph_style(self, p: etree._Element) -> str | None:
        return _attr(p.find(f"{_w('pPr')}/{_w('pStyle')}")) or self.styles.default_paragraph

    def heading_level(self, p: etree._Element, style_id: str | None) -> int | None:
        """From the style ('Heading 2', 'Title') or a direct outline level on the paragraph (0-8)."""
        outline = _int(_attr(p.find(f"{_w('pPr')}/{_w('outlineLvl')}")))
        if outline is not None:
            return outline + 1 if outline < 9 else None
        return self.styles.heading_level(style_id)

    def list_info(self, p: etree._Element, style_id: str | None) -> tuple[int, str, bool] | None:
        """(depth, marker, ordered) of a numbered or bulleted paragraph; None when it is not in a list."""
        numpr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        num_id = _attr(numpr.find(_w("numId"))) if numpr is not None else None
        ilvl = _int(_attr(numpr.find(_w("ilvl")))) if numpr is not None else None
        if num_id is None:
            num_id = self.styles.first(style_id, "num_id")  # type: ignore[assignment]
        if ilvl is None:
            ilvl = self.styles.first(style_id, "ilvl")  # type: ignore[assignment]
        ilvl = min(max(ilvl or 0, 0), 8)
        by_name = list_style(self.styles.name(style_id))
        if num_id is not None and num_id != "0" and num_id in self.numbering.levels:
            marker, ordered = self.numbering.next_marker(num_id, ilvl)
            # 'List Bullet 2' is a list of its own at level 0, indented: a reader sees the second depth.
            return max(ilvl, by_name[1] if by_name else 0), marker, ordered
        if num_id == "0":
            return None
        if by_name is not None:
            ordered, depth = by_name
            return depth, "" if ordered else DEFAULT_BULLET, ordered
        return None

    def runs(self, p: etree._Element, style_id: str | None) -> list[TextRun]:
        """The paragraph's visible text as runs with their weight and colour; breaks and tabs kept."""
        style_bold = self.styles.first(style_id, "bold")
        style_colour = self.styles.first(style_id, "colour")
        style_vanish = self.styles.first(style_id, "vanish")
        runs: list[TextRun] = []
        for run in _iter_runs(p):
            rpr = run.find(_w("rPr"))
            run_style = _attr(rpr.find(_w("rStyle"))) if rpr is not None else None
            bold = _on(rpr.find(_w("b"))) if rpr is not None else None
            colour_element = rpr.find(_w("color")) if rpr is not None else None
            vanish = _on(rpr.find(_w("vanish"))) if rpr is not None else None
            if vanish is None:
                vanish = self.styles.first(run_style, "vanish") or style_vanish
            if vanish:
                continue
            if bold is None:
                bold = self.styles.first(run_style, "bold")  # type: ignore[assignment]
            if bold is None:
                bold = style_bold if style_bold is not None else self.styles.default_bold  # type: ignore[assignment]
            colour = _hex(_attr(colour_element)) if colour_element is not None else None
            if colour_element is None:
                colour = self.styles.first(run_style, "colour") or style_colour or self.styles.default_colour  # type: ignore[assignment]
            text = _run_text(run)
            if text:
                runs.append(TextRun(text, bool(bold), colour))
        return runs

    # --- tables ---

    def table(self, tbl: etree._Element, path: str) -> None:
        """A table on its grid: gridSpan as column spans, vMerge restart/continue as row spans."""
        drafts: list[_CellDraft] = []
        open_merges: dict[int, _CellDraft] = {}
        n_cols = 0
        rows = [(row, row_path) for row, row_path in _children(tbl, path, _w("tr"))]
        for r, (tr, tr_path) in enumerate(rows):
            trpr = tr.find(_w("trPr"))
            header = trpr is not None and _on(trpr.find(_w("tblHeader"))) is True
            c = _int(_attr(trpr.find(_w("gridBefore")))) or 0 if trpr is not None else 0
            for tc, tc_path in _children(tr, tr_path, _w("tc")):
                tcpr = tc.find(_w("tcPr"))
                span = max(1, min(_int(_attr(tcpr.find(_w("gridSpan")))) or 1, 1000)) if tcpr is not None else 1
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                merge = None if vmerge is None else (vmerge.get(_w("val")) or "continue")
                above = open_merges.get(c)
                if merge == "continue" and above is not None and above.row + above.row_span == r:
                    above.row_span += 1
                    c += span
                    continue
                draft = self.cell(tc, tc_path, r, c, span, header)
                drafts.append(draft)
                for column in range(c, c + span):
                    open_merges.pop(column, None)
                if merge is not None:
                    open_merges[c] = draft
                c += span
                n_cols = max(n_cols, c)
        if not drafts:
            return
        caption = _attr(tbl.find(f"{_w('tblPr')}/{_w('tblCaption')}"))
        cells = tuple(
            TableCell(
                row=d.row,
                col=d.col,
                text=d.text,
                provenance=Provenance(element=d.path),
                row_span=d.row_span,
                col_span=d.col_span,
                fill=d.fill,
                bold=d.bold,
                color=d.colour,
                mark_color=d.mark_colour,
                header=d.header,
            )
            for d in drafts
        )
        self.blocks.append(
            Table(
                cells=cells,
                provenance=Provenance(element=path),
                caption=caption or None,
                n_rows=len(rows),
                n_cols=n_cols,
            )
        )

    def cell(self, tc: etree._Element, path: str, r: int, c: int, span: int, header: bool) -> _CellDraft:
        runs = self.cell_runs(tc)
        fill = shading_fill(tc.find(f"{_w('tcPr')}/{_w('shd')}"))
        if fill is None:
            fill = self.paragraph_fill(tc)
        return _CellDraft(
            row=r,
            col=c,
            text=joined_text(runs),
            path=path,
            col_span=span,
            fill=fill,
            bold=all_bold(runs),
            colour=dominant_colour(runs),
            mark_colour=leading_mark_colour((run.text, run.colour) for run in runs),
            header=header,
        )

    def cell_runs(self, tc: etree._Element) -> list[TextRun]:
        """A cell's paragraphs one per line; a nested table's rows each on a line, cells joined by ' | '."""
        runs: list[TextRun] = []
        for child in _flatten(tc):
            if child.tag == _w("p"):
                style_id = self.paragraph_style(child)
                runs += self.runs(child, style_id)
                runs.append(TextRun("\n", True, None))
            elif child.tag == _w("tbl"):
                for tr in _flatten(child):
                    if tr.tag != _w("tr"):
                        continue
                    texts = []
                    row_runs: list[TextRun] = []
                    for tc2 in _flatten(tr):
                        if tc2.tag == _w("tc"):
                            inner = self.cell_runs(tc2)
                            text = joined_text(inner).replace("\n", " ")
                            if text:
                                texts.append(text)
                                row_runs += inner
                    if texts:
                        bold = all_bold(row_runs)
                        colour = dominant_colour(row_runs)
                        runs.append(TextRun(NESTED_CELL_SEPARATOR.join(texts), bold, colour))
                        runs.append(TextRun("\n", True, None))
        return runs

    def paragraph_fill(self, tc: etree._Element) -> str | None:
        """Shading set on every paragraph of a cell instead of the cell itself."""
        fills = {shading_fill(p.find(f"{_w('pPr')}/{_w('shd')}")) for p in tc.findall(_w("p"))}
        return fills.pop() if len(fills) == 1 else None


def shading_fill(shd: etree._Element | None) -> str | None:
    """A w:shd's colour as '#rrggbb': its fill, or for a solid pattern its colour; auto and white are None."""
    if shd is None:
        return None
    pattern = (shd.get(_w("val")) or "clear").lower()
    value = shd.get(_w("color")) if pattern == "solid" else shd.get(_w("fill"))
    colour = _hex(value)
    return None if colour in {None, "#ffffff"} else colour


def _children(parent: etree._Element, path: str, tag: str) -> list[tuple[etree._Element, str]]:
    """Children with `tag`, looking through content controls, with their element paths."""
    found: list[tuple[etree._Element, str]] = []
    for child, child_path in indexed_children(parent, path):
        if child.tag == tag:
            found.append((child, child_path))
        elif child.tag in TRANSPARENT:
            found += _children(child, child_path, tag)
    return found


def _flatten(parent: etree._Element) -> list[etree._Element]:
    result: list[etree._Element] = []
    for child in parent:
        if child.tag in TRANSPARENT:
            result += _flatten(child)
        elif isinstance(child.tag, str):
            result.append(child)
    return result


def _iter_runs(p: etree._Element) -> list[etree._Element]:
    """The paragraph's runs in order, through hyperlinks, content controls and insertions; not deleted ones."""
    runs: list[etree._Element] = []
    for child in p:
        if child.tag == _w("r"):
            runs.append(child)
        elif child.tag in TRANSPARENT:
            runs += _iter_runs(child)
    return runs


def _run_text(run: etree._Element) -> str:
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _w("t"):
            parts.append(child.text or "")
        elif tag == _w("tab") or tag == _w("ptab"):
            parts.append("\t")
        elif tag in {_w("br"), _w("cr")}:
            parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        elif tag == _w("softHyphen"):
            continue
        elif tag == _w("sym"):
            code = child.get(_w("char")) or ""
            try:
                parts.append(BULLET_GLYPHS.get(chr(int(code, 16)), chr(int(code, 16))))
            except ValueError:
                continue
    return "".join(parts)


def _short(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]
