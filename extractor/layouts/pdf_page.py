"""What the PDF layout parsers read from a page, computed once per page.

`page_data(source, number)` returns the page's words (with font and size), its
filled rectangles (cell shading) and the ruled tables pdfplumber finds. The
result is cached on the document, so detection and parsing share one pass.
Colours are turned to RGB here and `classify_rag` names a fill red, amber or
green by its hue.
"""

from __future__ import annotations

import colorsys
import itertools
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import TYPE_CHECKING, Any

from extractor.normalise.status import RAG_DOT_GLYPHS
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.settings import LayoutTolerances

if TYPE_CHECKING:
    from pdfplumber.page import Page

    from extractor.sources import SourceDocument

logger = logging.getLogger(__name__)

RGB = tuple[float, float, float]
BBoxT = tuple[float, float, float, float]  # x0, top, x1, bottom

_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
_CID_ONLY = re.compile(r"^\(cid:\d+\)$")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b$", re.I)


def ruled_table_settings(tol: LayoutTolerances = TOL) -> dict[str, Any]:
    """Settings of pdfplumber's "lines" strategy: ruling lines and rectangle edges only."""
    return {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": tol.ruling_snap,
        "join_tolerance": tol.ruling_join,
        "intersection_tolerance": tol.ruling_intersection,
    }


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Fill:
    """A filled rectangle; later fills are painted over earlier ones."""

    x0: float
    top: float
    x1: float
    bottom: float
    rgb: RGB
    order: int


@dataclass(frozen=True)
class TextLine:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


@dataclass(frozen=True)
class RuledTable:
    """Cell boxes of one table found from ruling lines."""

    bbox: BBoxT
    cells: tuple[BBoxT, ...]


@dataclass
class PageData:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    fills: list[Fill]
    tables: list[RuledTable]
    body_size: float  # median word size on the page
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # horizontal rules: x0, x1, y
    inks: list[Fill] = field(default_factory=list)  # letters printed in a red, amber or green type
    tol: LayoutTolerances = TOL  # the tolerances the page was read with, and its readers use

    def rules_between(self, top: float, bottom: float, x0: float, x1: float) -> bool:
        """True when a horizontal rule spanning half of x0..x1 runs between `top` and `bottom`."""
        need = self.tol.rule_min_span_share * (x1 - x0)
        return any(top < y < bottom and min(x1, r1) - max(x0, r0) >= need for r0, r1, y in self.rules)

    def words_in(self, bbox: BBoxT) -> list[Word]:
        x0, top, x1, bottom = bbox
        return [w for w in self.words if x0 <= w.xc <= x1 and top <= w.yc <= bottom]

    def fill_at(self, bbox: BBoxT, min_cover: float | None = None) -> RGB | None:
        """Colour painted last over at least `min_cover` of the box (`fill_min_cover` unless
        given), None when unfilled or white."""
        if min_cover is None:
            min_cover = self.tol.fill_min_cover
        x0, top, x1, bottom = bbox
        area = max((x1 - x0) * (bottom - top), 1e-6)
        found: Fill | None = None
        for fill in self.fills:
            w = min(x1, fill.x1) - max(x0, fill.x0)
            h = min(bottom, fill.bottom) - max(top, fill.top)
            if w > 0 and h > 0 and w * h >= min_cover * area and (found is None or fill.order > found.order):
                found = fill
        if found is None or is_white(found.rgb, self.tol):
            return None
        return found.rgb

    def shade_at(self, bbox: BBoxT) -> RGB | None:
        """Colour of a shading or bar across a Gantt cell: the last fill spanning at least half
        its width and a quarter of its height; None when there is none or it is white."""
        x0, top, x1, bottom = bbox
        found: Fill | None = None
        for fill in self.fills:
            w = min(x1, fill.x1) - max(x0, fill.x0)
            h = min(bottom, fill.bottom) - max(top, fill.top)
            wide = w >= self.tol.shade_min_width_share * (x1 - x0)
            if (
                wide
                and h >= self.tol.shade_min_height_share * (bottom - top)
                and (found is None or fill.order > found.order)
            ):
                found = fill
        if found is None or is_white(found.rgb, self.tol):
            return None
        return found.rgb

    def mark_at(self, bbox: BBoxT) -> RGB | None:
        """The cell's fill, or else the colour of a shape drawn inside it (a RAG dot)."""
        filled = self.fill_at(bbox)
        if filled is not None:
            return filled
        x0, top, x1, bottom = bbox
        slack = self.tol.mark_inside_slack
        inside = [
            f
            for f in self.fills
            if f.x0 >= x0 - slack
            and f.x1 <= x1 + slack
            and f.top >= top - slack
            and f.bottom <= bottom + slack
            and classify_rag(f.rgb, self.tol) is not None
        ]
        if inside:
            return max(inside, key=lambda f: f.order).rgb
        # a status word printed in its colour: the colour most of its letters share
        inked = [f.rgb for f in self.inks if x0 <= (f.x0 + f.x1) / 2 <= x1 and top <= (f.top + f.bottom) / 2 <= bottom]
        if not inked:
            return None
        counts = Counter(classify_rag(rgb, self.tol) for rgb in inked)
        rag, count = counts.most_common(1)[0]
        return next(rgb for rgb in inked if classify_rag(rgb, self.tol) == rag) if count * 2 > len(inked) else None


def page_data(source: SourceDocument, number: int, tol: LayoutTolerances = TOL) -> PageData:
    """Words, fills and ruled tables of page `number` (1-based), read with the tolerances `tol`,
    computed once per document and set of tolerances.

    The reading is kept on the document (`SourceDocument.page_cache`, keyed by page and
    tolerances), so detection, parsing and metadata share one pass, a run with other
    tolerances never sees a page read with the defaults, and nothing outlives the document.
    """
    assert source.pdf is not None
    key = (number, tol)
    cached = source.page_cache.get(key)
    if cached is None:
        cached = _read_page(source.pdf.pages[number - 1], number, tol)
        source.page_cache[key] = cached
    return cached


def _read_page(page: Page, number: int, tol: LayoutTolerances = TOL) -> PageData:
    tables = []
    for table in page.find_tables(ruled_table_settings(tol)):
        cells = tuple(tuple(float(v) for v in cell) for cell in table.cells)
        tables.append(RuledTable(bbox=tuple(float(v) for v in table.bbox), cells=cells))  # type: ignore[arg-type]
    upward = _rotated_upward(page.chars)
    raw_words = page.extract_words(
        keep_blank_chars=False, return_chars=True, char_dir_rotated="btt" if upward else "ttb"
    )
    rules = [
        (float(e["x0"]), float(e["x1"]), float(e["top"]))
        for e in page.horizontal_edges
        if float(e["x1"]) - float(e["x0"]) >= tol.rule_min_length
    ]
    raw_words = join_rotated_words(raw_words, upward=upward, rules=rules, tol=tol)
    words = [_word(w) for w in split_at_cell_edges(raw_words, tables, tol) if w["text"].strip()]
    fills = []
    for order, rect in enumerate(page.rects):
        rgb = to_rgb(rect.get("non_stroking_color")) if rect.get("fill") else None
        if rgb is not None and rect["width"] >= tol.fill_min_size and rect["height"] >= tol.fill_min_size:
            fills.append(_fill(rect, rgb, order))
    start = len(page.rects)
    for order, curve in enumerate(page.curves, start=start):  # rounded bars, RAG dots
        rgb = to_rgb(curve.get("non_stroking_color")) if curve.get("fill") else None
        if rgb is not None and curve["width"] >= tol.curve_min_size and curve["height"] >= tol.curve_min_size:
            fills.append(_fill(curve, rgb, order))
    start += len(page.curves)
    inks: list[Fill] = []
    # letters in a RAG colour: a dot typed as a glyph is a mark like a drawn one; a coloured
    # status word is kept apart (inks), so that it never reads as a Gantt cell's shading
    for order, char in enumerate(page.chars, start=start):
        colour = char.get("non_stroking_color")
        if not colour or not char["text"].strip():
            continue
        rgb = to_rgb(colour)
        if rgb is None or classify_rag(rgb, tol) is None:
            continue
        if char["text"] in RAG_DOT_GLYPHS:
            fills.append(_fill(char, rgb, order))
        else:
            inks.append(_fill(char, rgb, order))
    start += len(page.chars)
    for order, line in enumerate(page.lines, start=start):  # Gantt bars drawn as thick strokes
        width = float(line.get("linewidth") or 0)
        rgb = to_rgb(line.get("stroking_color"))
        if width >= tol.bar_min_stroke and rgb is not None:
            half = width / 2
            box = {
                "x0": line["x0"] - half,
                "top": line["top"] - half,
                "x1": line["x1"] + half,
                "bottom": line["bottom"] + half,
            }
            fills.append(_fill(box, rgb, order))
    body = median(w.size for w in words) if words else 0.0
    return PageData(number, float(page.width), float(page.height), words, fills, tables, body, rules, inks, tol)


def _rotated_upward(chars: list[dict[str, Any]]) -> bool:
    """Whether most turned characters read bottom to top (a label rotated 90 degrees
    anticlockwise, as spreadsheets set narrow column headers) rather than top to bottom."""
    up = down = 0
    for char in chars:
        if char.get("upright", True):
            continue
        matrix = char.get("matrix") or (0, 0, 0, 0)
        if float(matrix[1]) > 0:
            up += 1
        elif float(matrix[1]) < 0:
            down += 1
    return up >= down


def join_rotated_words(
    words: list[dict[str, Any]],
    *,
    upward: bool,
    rules: Sequence[tuple[float, float, float]] = (),
    tol: LayoutTolerances = TOL,
) -> list[dict[str, Any]]:
    """Turned words that stand on one vertical line, close together, joined into one word in
    reading order: a label rotated to read upwards, "Apr-Jun" below "24", is "Apr-Jun 24",
    not two lines sorted from the top of the page. A horizontal rule (x0, x1, y) between two
    words parts them: they are the labels of two cells, one above the other."""
    upright = [w for w in words if w.get("upright", True)]
    turned = sorted(
        (w for w in words if not w.get("upright", True)),
        key=lambda w: (round(float(w["x0"])), -float(w["bottom"]) if upward else float(w["top"])),
    )
    groups: list[list[dict[str, Any]]] = []
    for word in turned:
        if groups:
            last = groups[-1][-1]
            width = max(1.0, float(last["x1"]) - float(last["x0"]))
            gap = float(last["top"]) - float(word["bottom"]) if upward else float(word["top"]) - float(last["bottom"])
            if (
                abs(float(word["x0"]) - float(last["x0"])) <= tol.rotated_align
                and -tol.rotated_overlap <= gap <= tol.rotated_gap_ratio * width
                and not _rule_between(last, word, rules)
            ):
                groups[-1].append(word)
                continue
        groups.append([word])
    joined = [
        {
            "text": " ".join(str(w["text"]) for w in group),
            "x0": min(float(w["x0"]) for w in group),
            "x1": max(float(w["x1"]) for w in group),
            "top": min(float(w["top"]) for w in group),
            "bottom": max(float(w["bottom"]) for w in group),
            "upright": False,
            "chars": [c for w in group for c in (w.get("chars") or [])],
        }
        for group in groups
    ]
    return upright + joined


def _rule_between(a: dict[str, Any], b: dict[str, Any], rules: Sequence[tuple[float, float, float]]) -> bool:
    top = min(float(a["bottom"]), float(b["bottom"]))
    bottom = max(float(a["top"]), float(b["top"]))
    middle = (float(a["x0"]) + float(a["x1"])) / 2
    return any(top < y < bottom and r0 <= middle <= r1 for r0, r1, y in rules)


def split_at_cell_edges(
    words: list[dict[str, Any]], tables: list[RuledTable], tol: LayoutTolerances = TOL
) -> list[dict[str, Any]]:
    """Words cut where a vertical cell border passes between two of their characters.

    Text set close to a border (spreadsheet cells have little padding) can sit nearer
    to the next cell's text than pdfplumber's word gap, so "staff" + "HTO" come back as
    one word "staffHTO". A border between two characters always separates words.
    """
    edges: list[tuple[float, float, float]] = []  # x, top, bottom
    for table in tables:
        for x0, top, x1, bottom in table.cells:
            edges += [(x0, top, bottom), (x1, top, bottom)]
    if not edges:
        return words
    out: list[dict[str, Any]] = []
    for word in words:
        chars = word.get("chars") or []
        middle = (float(word["top"]) + float(word["bottom"])) / 2
        margin = tol.edge_inside_margin
        inside = [
            x for x, top, bottom in edges if top <= middle <= bottom and word["x0"] + margin < x < word["x1"] - margin
        ]
        if len(chars) < 2 or not inside:
            out.append(word)
            continue
        start = 0
        for index in range(1, len(chars)):
            left, right = float(chars[index - 1]["x1"]), float(chars[index]["x0"])
            if any(left - tol.edge_char_slack <= x <= right + tol.edge_char_slack for x in inside):
                out.append(_from_chars(chars[start:index]))
                start = index
        out.append(_from_chars(chars[start:]) if start else word)
    return out


def _from_chars(chars: list[dict[str, Any]]) -> dict[str, Any]:
    """A pdfplumber-style word made of some of a word's characters."""
    return {
        "text": "".join(str(c["text"]) for c in chars),
        "x0": min(float(c["x0"]) for c in chars),
        "x1": max(float(c["x1"]) for c in chars),
        "top": min(float(c["top"]) for c in chars),
        "bottom": max(float(c["bottom"]) for c in chars),
        "chars": chars,
    }


def _word(raw: dict[str, Any]) -> Word:
    """A word with the size of its largest characters and bold when most of them are."""
    chars = raw.get("chars") or []
    bold = sum(1 for c in chars if _BOLD_FONT.search(str(c.get("fontname", ""))))
    return Word(
        text=_glyph_text(str(raw["text"])),
        x0=float(raw["x0"]),
        x1=float(raw["x1"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        size=round(max((float(c.get("size", 0)) for c in chars), default=0.0), 1),
        bold=bool(chars) and bold * 2 > len(chars),
    )


def _fill(obj: dict[str, Any], rgb: RGB, order: int) -> Fill:
    return Fill(float(obj["x0"]), float(obj["top"]), float(obj["x1"]), float(obj["bottom"]), rgb, order)


def _glyph_text(text: str) -> str:
    """Typographic ligatures spelt out; a word that is only an unmapped glyph, "(cid:127)", is a
    list bullet drawn from a symbol font."""
    if _CID_ONLY.match(text):
        return "•"
    return text.translate(_LIGATURES) if any("\ufb00" <= ch <= "\ufb06" for ch in text) else text


def to_rgb(color: object) -> RGB | None:
    """pdfplumber colour (grey, RGB or CMYK tuple, or a bare number) as RGB in 0..1."""
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, tuple | list) or not color:
        return None
    try:
        values = [min(1.0, max(0.0, float(v))) for v in color]
    except (TypeError, ValueError):
        return None  # a pattern name
    if len(values) == 1:
        return (values[0], values[0], values[0])
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def same_colour(a: RGB | None, b: RGB | None, tol: LayoutTolerances = TOL) -> bool:
    if a is None or b is None:
        return a is b
    return max(abs(x - y) for x, y in zip(a, b, strict=True)) < tol.colour_match


def is_white(rgb: RGB, tol: LayoutTolerances = TOL) -> bool:
    return min(rgb) >= tol.white_min


def classify_rag(rgb: RGB | None, tol: LayoutTolerances = TOL) -> str | None:
    """'red', 'amber' or 'green' for a fill colour by hue; None for greys, blues and no fill.

    >>> classify_rag((1.0, 0.0, 0.0)), classify_rag((1.0, 0.75, 0.0)), classify_rag((0.57, 0.82, 0.31))
    ('red', 'amber', 'green')
    >>> classify_rag((0.85, 0.85, 0.85)) is None, classify_rag((0.36, 0.61, 0.84)) is None
    (True, True)
    """
    if rgb is None:
        return None
    hue, lightness, saturation = colorsys.rgb_to_hls(*rgb)
    if saturation < tol.rag_min_saturation or lightness < tol.rag_min_lightness or lightness > tol.rag_max_lightness:
        return None
    degrees = hue * 360
    if degrees < tol.red_hue_below or degrees >= tol.red_hue_from:
        return "red"
    if degrees < tol.amber_hue_below:
        return "amber"
    if degrees < tol.green_hue_below:
        return "green"
    return None


def words_to_lines(words: list[Word], tolerance: float = TOL.line_tolerance) -> list[TextLine]:
    """Words grouped into lines by vertical position, each line read left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(word.top - lines[-1][0].top) <= tolerance:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [TextLine(tuple(sorted(line, key=lambda w: w.x0))) for line in lines]


def words_to_text(
    words: list[Word],
    tolerance: float = TOL.line_tolerance,
    right_limit: float | None = None,
    tol: LayoutTolerances = TOL,
) -> str:
    """Cell text: lines joined by newlines, words by single spaces.

    Given how far right the cell's text may run, a line the writer ended by hand is
    followed by a blank line (see `ended_by_hand`), so that a cell holding one item
    per line keeps its items apart.
    """
    lines = words_to_lines(words, tolerance)
    if right_limit is None or len(lines) < 2:
        return "\n".join(line.text for line in lines)
    breaks = ended_by_hand(lines, right_limit, tol)
    parts = [lines[0].text]
    for line, hard in zip(lines[1:], breaks, strict=True):
        parts.append("\n\n" if hard else "\n")
        parts.append(line.text)
    return "".join(parts)


def text_right_limit(words: list[Word], box: BBoxT) -> float:
    """How far right a ruled cell's text may run: the cell's right edge less the text's
    left inset, since cells pad both sides alike."""
    left = min((w.x0 for w in words), default=box[0])
    return box[2] - max(left - box[0], 0.0)


def ended_by_hand(lines: list[TextLine], right_limit: float, tol: LayoutTolerances = TOL) -> list[bool]:
    """For each break between two lines of a left-aligned cell, whether the writer made it.

    Word processors and spreadsheets wrap greedily: a line is broken only when the next
    word does not fit. So when the next line's first word would have fitted before
    `right_limit`, the break was typed. Centred or right-aligned text gives no such
    evidence, and every break reads as wrapping.
    """
    left = min(line.x0 for line in lines)
    if any(line.x0 - left > tol.hand_break_indent for line in lines):
        return [False] * (len(lines) - 1)
    breaks: list[bool] = []
    for line, following in itertools.pairwise(lines):
        word = following.words[0]
        needed = line.x1 + tol.space_em * word.size + (word.x1 - word.x0)
        breaks.append(needed + tol.hand_break_slack < right_limit)
    return breaks
