"""Web pages (.html, .htm) into a `Document`.

Parsed with lxml's HTML parser (`lxml.html`): it is already a dependency of the
project's Office readers, it is libxml2 in C (a 10 MB page parses in well under a
second, once), it is tolerant of the markup real sites and Word's "Save as web
page" produce (unclosed tags, `<o:p>`, conditional comments), and it gives an
element tree to walk and XPath to find `<main>`; nothing here parses HTML with
regular expressions.

What a reader of the page sees is what becomes blocks: headings (h1-h6 and ARIA
headings), paragraphs, list items with depth and marker, and tables laid out on
their grid (rowspan/colspan) with each cell's fill, text colour and weight taken
from inline styles, `bgcolor` and the page's own `<style>` classes (`css.py`).
Page furniture (navigation, banners, footers, cookie notices, skip links, hidden
elements) is dropped, and when the page marks its main content (`<main>`,
`role=main`, a single `<article>`) only that is read. Accordions (`<details>` and
their div-and-button equivalents) are read open: each title becomes a heading one
level below the section it sits in, and collapsed content is kept.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import lxml.html
from lxml import etree

from extractor.document import Block, Document, Heading, ListItem, Paragraph, Table, TableCell
from extractor.encoding import decode_by_bom
from extractor.errors import ErrorCode, ExtractionError
from extractor.readers.css import StyleSheet, css_colour, is_bold_weight, parse_declarations, parse_stylesheet
from extractor.readers.marks import leading_mark_colour
from extractor.settings import ExtractionSettings
from schemas.plan import Provenance

logger = logging.getLogger(__name__)

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that are never plan content: scripts and styles, forms and embedded media.
SKIPPED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "form", "head", "title", "meta", "link", "svg", "canvas",
        "iframe", "object", "embed", "video", "audio", "map", "select", "input", "textarea", "option", "img",
        "picture", "source", "track", "area", "base", "dialog", "math",
    }
)  # fmt: skip
# Page furniture by element: navigation, asides; header/footer unless inside the content (see is_page_banner).
FURNITURE_TAGS = frozenset({"nav", "aside", "menu"})
BANNER_TAGS = frozenset({"header", "footer"})
FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary"})
# Words in an id or class that mark furniture; matched as substrings of the lower-cased id/class.
FURNITURE_NAME_PARTS = (
    "breadcrumb", "cookie", "skip-link", "skiplink", "skip-to", "skipto", "back-to-top", "backtotop",
    "social-share", "share-buttons", "share-links", "sharethis", "addthis", "social-links", "sr-only",
    "visually-hidden", "screen-reader", "visuallyhidden",
)  # fmt: skip
# Words that mark furniture only as a whole part of a class or id ('main-menu', 'menu'; not 'sidemenu-layout'
# or 'data-sharing-plan', which could wrap the content itself).
FURNITURE_NAME_WORDS = frozenset({"menu", "menubar", "navbar", "to-top", "totop"})
# Link texts that are furniture wherever they stand.
FURNITURE_LINK_TEXTS = frozenset({"skip to content", "skip to main content", "back to top", "return to top", "top"})
# Words in a class or role that make an element an accordion, whose collapsed parts are still content.
DISCLOSURE_NAME_PARTS = ("accordion", "collapse", "panel", "disclosure", "expand", "toggle")
DISCLOSURE_TITLE_PARTS = (
    "accordion-header", "accordion-title", "accordion-toggle", "accordion-button", "panel-heading", "panel-title",
    "collapsible-header", "expander-title", "disclosure-title",
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "address", "blockquote", "pre", "figure",
        "figcaption", "center", "fieldset", "details", "summary", "ul", "ol", "dl", "dt", "dd", "li", "table",
        "hr", "body", "html", "caption", "legend", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "aside", "menu",
        "tr", "td", "th", "thead", "tbody", "tfoot", "button",
    }
)  # fmt: skip
LIST_TAGS = frozenset({"ul", "ol"})
# Bullet glyphs Word writes in a symbol font for its list markers, as the reader sees them.
WORD_BULLETS = {"·": "•", "§": "▪", "o": "◦", "Ø": "➢", "ü": "✓", "-": "-", "": "•"}
NESTED_CELL_SEPARATOR = " | "  # between the cells of one row of a table nested in a cell
# Classes that CSS frameworks hide (their stylesheets are external, so never read here).
HIDING_CLASSES = frozenset({"hidden", "d-none", "hide", "is-hidden", "invisible", "display-none"})
# A table this narrow whose cells hold headings or tables is page layout (sidebar and content), not data.
LAYOUT_TABLE_MAX_COLUMNS = 3


def read(data: bytes, display: str, settings: ExtractionSettings) -> Document:
    """Read a web page's bytes into blocks."""
    text, encoding = decode_html(data, display)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"web page cannot be parsed ({exc})") from exc
    walker = _Walker(root)
    content = content_root(root)
    walker.walk_container(content)
    notes = [] if encoding in {"utf-8", "utf-8-sig"} else [f"decoded as {encoding}"]
    return Document(
        path=display,
        format="html",
        sha256=hashlib.sha256(data).hexdigest(),
        blocks=walker.blocks,
        title=page_title(root),
        notes=notes,
    )


# --- encoding -------------------------------------------------------------------------------------------------


# Labels browsers read as Windows-1252 (WHATWG Encoding): a page saying latin-1 means cp1252.
_CP1252_LABELS = frozenset({"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1", "windows-1252"})


def decode_html(data: bytes, display: str) -> tuple[str, str]:
    """The page's text and the encoding used: BOM, then the page's declared charset, then UTF-8, then cp1252."""
    if (decoded := decode_by_bom(data, display)) is not None:
        return decoded
    candidates: list[str] = []
    declared = declared_charset(data[:4096])
    if declared:
        candidates.append(declared)
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("cp1252", "replace"), "cp1252"


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in `<meta charset>` or `<meta http-equiv=Content-Type content=...>`.

    Only the first few KB are parsed (as browsers prescan), so this costs nothing on a large page.
    """
    try:
        tree = lxml.html.document_fromstring(head, parser=lxml.html.HTMLParser(encoding="iso-8859-1"))
    except (etree.ParserError, ValueError):
        return None
    for meta in tree.iter("meta"):
        charset = meta.get("charset")
        if not charset and (meta.get("http-equiv") or "").lower() == "content-type":
            content = meta.get("content") or ""
            _, sep, rest = content.lower().partition("charset=")
            charset = rest.split(";")[0] if sep else None
        if charset:
            label = charset.strip().strip("\"'").lower()
            if label in _CP1252_LABELS:
                return "cp1252"
            try:
                return codecs.lookup(label).name
            except LookupError:
                return None
    return None


# --- what to read ---------------------------------------------------------------------------------------------


def content_root(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page's main content when it marks it (`<main>`, role=main, one `<article>`), else the body."""
    for xpath in ("//main", "//*[@role='main']"):
        found = root.xpath(xpath)
        if found:
            return found[0]
    articles = root.xpath("//article")
    if len(articles) == 1:
        return articles[0]
    body = root.find("body")
    return body if body is not None else root


def page_title(root: lxml.html.HtmlElement) -> str | None:
    """The page's `<title>`, else its first h1."""
    for xpath in ("//title", "//h1"):
        for element in root.xpath(xpath):
            text = " ".join(element.text_content().split())
            if text:
                return text
    return None


# --- the walk -------------------------------------------------------------------------------------------------


@dataclass
class _Piece:
    text: str
    bold: bool
    colour: str | None


@dataclass
class _Inline:
    """Inline text gathered until the next block element."""

    pieces: list[_Piece] = field(default_factory=list)
    first: etree._Element | None = None

    def add(self, piece: _Piece, element: etree._Element) -> None:
        self.pieces.append(piece)
        if self.first is None and piece.text.strip():
            self.first = element


class _Walker:
    def __init__(self, root: lxml.html.HtmlElement) -> None:
        self.root = root
        self.blocks: list[Block] = []
        self.sheet = StyleSheet()
        order = 0
        for style in root.iter("style"):
            before = order
            parse_stylesheet(style.text_content() or "", self.sheet, start_order=order)
            order = before + 10_000
        self.controlled_ids = {
            part for element in root.xpath("//*[@aria-controls]") for part in element.get("aria-controls", "").split()
        }
        self.section_level = 0  # level of the last real heading
        self.details_depth = 0
        self._styles: dict[etree._Element, dict[str, str]] = {}
        self._dropped: dict[etree._Element, bool] = {}
        self._paths: dict[etree._Element, str] = {}
        self._sibling_index: dict[etree._Element, dict[etree._Element, int]] = {}

    # --- styles and paths ---

    def style(self, element: etree._Element) -> dict[str, str]:
        """The element's own declarations: the page's `<style>` rules, then its inline style."""
        cached = self._styles.get(element)
        if cached is None:
            names = element.get("class")
            classes = frozenset(names.split()) if names else frozenset()
            cached = self.sheet.declarations(_tag(element), classes, element.get("id"), lambda: _keys(element))
            inline = element.get("style")
            if inline:
                cached = {**cached, **parse_declarations(inline)}
            self._styles[element] = cached
        return cached

    def path(self, element: etree._Element) -> str:
        """Element path from the body, every step indexed among same-tag siblings: 'body/div[2]/table[1]'."""
        cached = self._paths.get(element)
        if cached is not None:
            return cached
        parent = element.getparent()
        if parent is None or _tag(element) in {"body", "html"}:
            return "body"
        index = self._sibling_index.get(parent)
        if index is None:
            counts: Counter[str] = Counter()
            index = {}
            for child in parent:
                if isinstance(child.tag, str):
                    counts[child.tag] += 1
                    index[child] = counts[child.tag]
            self._sibling_index[parent] = index
        path = f"{self.path(parent)}/{_tag(element)}[{index.get(element, 1)}]"
        self._paths[element] = path
        return path

    def provenance(self, element: etree._Element) -> Provenance:
        return Provenance(element=self.path(element))

    # --- what is dropped ---

    def is_dropped(self, element: etree._Element) -> bool:
        """Whether an element and everything in it is not content (see the named rules)."""
        cached = self._dropped.get(element)
        if cached is None:
            cached = self._is_dropped(element)
            self._dropped[element] = cached
        return cached

    def _is_dropped(self, element: etree._Element) -> bool:
        tag = _tag(element)
        return (
            tag in SKIPPED_TAGS
            or is_furniture_element(element)
            or is_furniture_by_name(element)
            or is_furniture_link(element)
            or (self.is_hidden(element) and not self.in_disclosure(element))
            or (tag == "button" and not self.is_disclosure_title(element))
        )

    def is_hidden(self, element: etree._Element) -> bool:
        """Hidden from every reader: the hidden attribute, aria-hidden, display:none, visibility:hidden,
        or a class that common frameworks hide ('hidden', 'd-none'; their stylesheets are not read)."""
        if element.get("hidden") is not None or (element.get("aria-hidden") or "").lower() == "true":
            return True
        if HIDING_CLASSES & set((element.get("class") or "").lower().split()):
            return True
        style = self.style(element)
        return (style.get("display") or "").lower().startswith("none") or (
            style.get("visibility") or ""
        ).lower().startswith(("hidden", "collapse"))

    def in_disclosure(self, element: etree._Element) -> bool:
        """Inside an accordion or a `<details>`: collapsed there means folded away, not removed."""
        for current in element.iterancestors():
            if self.is_disclosure(current):
                return True
        return self.is_disclosure(element)

    def is_disclosure(self, element: etree._Element) -> bool:
        """An accordion part: `<details>`, a class or role naming an accordion or panel, or aria-controls' target."""
        if _tag(element) == "details":
            return True
        names = f"{element.get('class') or ''} {element.get('role') or ''}".lower()
        return any(part in names for part in DISCLOSURE_NAME_PARTS) or (element.get("id") in self.controlled_ids)

    def is_disclosure_title(self, element: etree._Element) -> bool:
        """The clickable title of an accordion section: a `<summary>`, or a button/title element that opens one."""
        tag = _tag(element)
        if tag == "summary":
            return True
        names = (element.get("class") or "").lower()
        if any(part in names for part in DISCLOSURE_TITLE_PARTS):
            return True
        if tag == "button" or (element.get("role") or "").lower() == "button":
            return (
                element.get("aria-expanded") is not None
                or element.get("aria-controls") is not None
                or any(part in names for part in DISCLOSURE_NAME_PARTS)
                or any(self.is_disclosure(ancestor) for ancestor in element.iterancestors())
            )
        return False

    # --- blocks ---

    def walk_container(self, element: etree._Element) -> None:
        """Emit the blocks inside a container: runs of inline content become paragraphs."""
        inline = _Inline()
        if element.text:
            inline.add(_Piece(element.text, bool(self.is_bold(element)), None), element)
        for child in element:
            if isinstance(child.tag, str) and not self.is_dropped(child):
                if _tag(child) in BLOCK_TAGS or self.has_mso_list(child):
                    self.flush(inline, element)
                    inline = _Inline()
                    self.walk_block(child)
                else:
                    pieces: list[_Piece] = []
                    self._collect(child, bool(self.is_bold(element)), None, True, frozenset(), pieces)
                    for piece in pieces:
                        inline.add(piece, child)
            if child.tail:
                inline.add(_Piece(child.tail, bool(self.is_bold(element)), None), element)
        self.flush(inline, element)

    def flush(self, inline: _Inline, container: etree._Element) -> None:
        text = _clean(inline.pieces)
        if text:
            where = inline.first if inline.first is not None else container
            self.blocks.append(Paragraph(text=text, provenance=self.provenance(where), bold=_all_bold(inline.pieces)))

    def walk_block(self, element: etree._Element) -> None:
        tag = _tag(element)
        level = heading_level(element)
        if level is not None:
            self.emit_heading(element, level)
            self.section_level = level
        elif self.is_disclosure_title(element) and not element.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
            self.emit_heading(element, min(6, self.section_level + max(self.details_depth, 1)))
        elif self.has_mso_list(element):
            self.emit_word_list_item(element)
        elif tag in LIST_TAGS:
            self.walk_list(element, 0)
        elif tag == "li":
            self.emit_list_item(element, 0, "•", ordered=False)
        elif tag == "table" and is_layout_table(element):
            for cell in element.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th"):
                if not self.is_dropped(cell):
                    self.walk_container(cell)
        elif tag == "table":
            self.emit_table(element)
        elif tag == "dt":
            self.emit_paragraph(element, bold=True)
        elif tag in {"p", "dd", "pre", "caption", "legend", "figcaption", "address"}:
            self.emit_paragraph(element)
        elif tag == "hr":
            return
        elif tag == "details" or self.is_disclosure(element):
            self.walk_disclosure(element)
        else:
            self.walk_container(element)

    def walk_disclosure(self, element: etree._Element) -> None:
        """An accordion: its titles sit one level below the section it is in, whatever headings it holds."""
        saved = self.section_level
        is_details = _tag(element) == "details"
        self.details_depth += is_details
        try:
            self.walk_container(element)
        finally:
            self.details_depth -= is_details
            self.section_level = saved

    def emit_heading(self, element: etree._Element, level: int) -> None:
        text = _clean(self.pieces(element, True, None, flat=True))
        if text:
            self.blocks.append(Heading(text=text.replace("\n", " "), level=level, provenance=self.provenance(element)))

    def emit_paragraph(self, element: etree._Element, bold: bool = False) -> None:
        """A paragraph-like element: its text, unless it holds blocks of its own (then it is a container)."""
        if any(
            isinstance(child.tag, str) and _tag(child) in BLOCK_TAGS - {"br"} and not self.is_dropped(child)
            for child in element
        ):
            self.walk_container(element)
            return
        pieces = self.pieces(element, bold or self.is_bold(element), None, flat=True)
        text = _clean(pieces)
        if not text:
            return
        level = word_title_level(element)
        if level is not None:
            self.blocks.append(Heading(text=text.replace("\n", " "), level=level, provenance=self.provenance(element)))
            self.section_level = level
            return
        self.blocks.append(Paragraph(text=text, provenance=self.provenance(element), bold=_all_bold(pieces)))

    # --- lists ---

    def walk_list(self, element: etree._Element, depth: int) -> None:
        """A `<ul>`/`<ol>`: each item at `depth`, nested lists one deeper, with the marker a reader sees."""
        ordered = _tag(element) == "ol"
        kind = (element.get("type") or "").strip() or _list_style_kind(self.style(element))
        try:
            number = int(element.get("start") or 1)
        except ValueError:
            number = 1
        for child in element:
            if not isinstance(child.tag, str) or self.is_dropped(child):
                continue
            tag = _tag(child)
            if tag == "li":
                value = child.get("value")
                if value and value.strip().lstrip("-").isdigit():
                    number = int(value)
                marker = ordered_marker(number, kind) if ordered else bullet_marker(kind)
                self.emit_list_item(child, depth, marker, ordered)
                number += 1
            elif tag in LIST_TAGS:
                self.walk_list(child, depth + 1)
            else:
                self.walk_block(child)

    def emit_list_item(self, item: etree._Element, depth: int, marker: str, ordered: bool) -> None:
        pieces = self.pieces(item, self.is_bold(item), None, flat=True, stop=LIST_TAGS | {"table"})
        text = _clean(pieces)
        if text:
            self.blocks.append(
                ListItem(text=text, provenance=self.provenance(item), depth=depth, marker=marker, ordered=ordered)
            )
        for nested in self.stopped_at(item, LIST_TAGS | {"table"}):
            if _tag(nested) == "table":
                self.emit_table(nested)
            else:
                self.walk_list(nested, depth + 1)

    def stopped_at(self, element: etree._Element, stop: frozenset[str]) -> list[etree._Element]:
        """Descendants with a tag in `stop`, not looking inside them (or inside dropped elements)."""
        found: list[etree._Element] = []
        for child in element:
            if not isinstance(child.tag, str) or self.is_dropped(child):
                continue
            if _tag(child) in stop:
                found.append(child)
            else:
                found += self.stopped_at(child, stop)
        return found

    def has_mso_list(self, element: etree._Element) -> bool:
        """A Word 'Save as web page' list paragraph: a `<p>` whose style carries `mso-list: lN levelM`."""
        if _tag(element) not in {"p", "h1", "h2", "h3", "h4", "h5", "h6"}:
            return False
        value = (self.style(element).get("mso-list") or "").lower()
        return "level" in value and "ignore" not in value

    def emit_word_list_item(self, element: etree._Element) -> None:
        """A Word list paragraph: depth from 'levelN', the marker from its `mso-list:Ignore` span (out of the text)."""
        value = (self.style(element).get("mso-list") or "").lower()
        level_word = next((word for word in value.split() if word.startswith("level")), "level1")
        digits = level_word.removeprefix("level")
        depth = max(0, int(digits) - 1) if digits.isdigit() else 0
        marker = ""
        for span in element.iter():
            if isinstance(span.tag, str) and "ignore" in (self.style(span).get("mso-list") or "").lower():
                marker = " ".join(span.text_content().split())
                tail = span.tail
                span.clear()  # the marker is not part of the item's text
                span.tail = tail
                break
        ordered = is_ordered_marker(marker)
        if not ordered:
            marker = WORD_BULLETS.get(marker, marker or "•")
        pieces = self.pieces(element, self.is_bold(element), None, flat=True)
        text = _clean(pieces)
        if text:
            self.blocks.append(
                ListItem(text=text, provenance=self.provenance(element), depth=depth, marker=marker, ordered=ordered)
            )

    # --- tables ---

    def emit_table(self, table: etree._Element) -> None:
        """A table on its grid: rowspan/colspan placed as a browser places them, hidden rows left out."""
        rows = [
            row
            for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
            if not (self.is_hidden(row) and not self.in_disclosure(row))
        ]
        cells: list[TableCell] = []
        busy_until: dict[int, int] = {}  # column -> first row no longer covered by a rowspan from above
        n_cols = 0
        for r, row in enumerate(rows):
            c = 0
            for cell in row:
                if not isinstance(cell.tag, str) or _tag(cell) not in {"td", "th"}:
                    continue
                while busy_until.get(c, 0) > r:
                    c += 1
                row_span = _span(cell.get("rowspan"), len(rows) - r)
                col_span = _span(cell.get("colspan"), 1000)
                for column in range(c, c + col_span):
                    busy_until[column] = r + row_span
                cells.append(self.table_cell(cell, row, r, c, row_span, col_span))
                c += col_span
                n_cols = max(n_cols, c)
        caption_element = table.find("caption")
        caption = _clean(self.pieces(caption_element, False, None, flat=True)) if caption_element is not None else ""
        if cells:
            self.blocks.append(
                Table(
                    cells=tuple(cells),
                    provenance=self.provenance(table),
                    caption=caption or None,
                    n_rows=len(rows),
                    n_cols=n_cols,
                )
            )

    def table_cell(
        self, cell: etree._Element, row: etree._Element, r: int, c: int, row_span: int, col_span: int
    ) -> TableCell:
        header = _tag(cell) == "th"
        bold = self.is_bold(cell)
        pieces = self.pieces(cell, header if bold is None else bold, self.own_colour(cell), flat=True)
        text = _clean(pieces)
        return TableCell(
            row=r,
            col=c,
            text=text,
            provenance=self.provenance(cell),
            row_span=row_span,
            col_span=col_span,
            fill=self.cell_fill(cell, row),
            bold=_all_bold(pieces),
            color=_dominant_colour(pieces),
            mark_color=leading_mark_colour((piece.text, piece.colour) for piece in pieces),
            header=header,
        )

    def cell_fill(self, cell: etree._Element, row: etree._Element) -> str | None:
        """The cell's background: its own style or bgcolor, else one wrapper holding all its text, else the row's."""
        fill = self.own_fill(cell)
        if fill is None:
            children = [child for child in cell if isinstance(child.tag, str)]
            if len(children) == 1 and not (cell.text or "").strip() and not (children[0].tail or "").strip():
                fill = self.own_fill(children[0])
        if fill is None:
            fill = self.own_fill(row)
        return None if fill == "#ffffff" else fill

    def own_fill(self, element: etree._Element) -> str | None:
        style = self.style(element)
        return css_colour(style.get("background-color") or style.get("background") or element.get("bgcolor"))

    def own_colour(self, element: etree._Element) -> str | None:
        return css_colour(self.style(element).get("color") or element.get("color"))

    def is_bold(self, element: etree._Element) -> bool | None:
        """Bold by tag (b, strong, th) or font-weight; None when the element says nothing."""
        weight = is_bold_weight(self.style(element).get("font-weight"))
        if weight is not None:
            return weight
        if _tag(element) in {"b", "strong"}:
            return True
        return None

    # --- text ---

    def pieces(
        self,
        element: etree._Element,
        bold: bool | None,
        colour: str | None,
        flat: bool = False,
        stop: frozenset[str] = frozenset(),
    ) -> list[_Piece]:
        """The element's text as styled pieces; `<br>` and (when flat) block boundaries become line breaks.

        A table nested inside is flattened: each of its rows on its own line, cells joined by ' | '.
        """
        result: list[_Piece] = []
        self._collect(element, bool(bold), colour, flat, stop, result, top=True)
        return result

    def _collect(
        self,
        element: etree._Element,
        bold: bool,
        colour: str | None,
        flat: bool,
        stop: frozenset[str],
        out: list[_Piece],
        top: bool = False,
    ) -> None:
        tag = _tag(element)
        if not top:
            own_bold = self.is_bold(element)
            bold = bold if own_bold is None else own_bold
            colour = self.own_colour(element) or colour
        if tag == "br":
            out.append(_Piece("\n", bold, colour))
            return
        if tag == "table" and not top:
            self._flatten_table(element, bold, colour, out)
            return
        block = tag in BLOCK_TAGS and not top
        if block and flat:
            out.append(_Piece("\n", bold, colour))
        if element.text:
            out.append(_Piece(element.text, bold, colour))
        for child in element:
            if isinstance(child.tag, str) and not self.is_dropped(child) and _tag(child) not in stop:
                self._collect(child, bold, colour, flat, stop, out)
            if child.tail:
                out.append(_Piece(child.tail, bold, colour))
        if block and flat:
            out.append(_Piece("\n", bold, colour))

    def _flatten_table(self, table: etree._Element, bold: bool, colour: str | None, out: list[_Piece]) -> None:
        out.append(_Piece("\n", bold, colour))
        for row in table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr"):
            texts: list[str] = []
            for cell in row:
                if isinstance(cell.tag, str) and _tag(cell) in {"td", "th"} and not self.is_dropped(cell):
                    cell_text = _clean(self.pieces(cell, bold, colour, flat=True)).replace("\n", " ")
                    if cell_text:
                        texts.append(cell_text)
            if texts:
                out.append(_Piece(NESTED_CELL_SEPARATOR.join(texts), bold, colour))
                out.append(_Piece("\n", bold, colour))


# --- named rules ----------------------------------------------------------------------------------------------


def is_layout_table(table: etree._Element) -> bool:
    """A table that lays out the page rather than holding data: role=presentation, a single cell, or a
    table at most LAYOUT_TABLE_MAX_COLUMNS wide whose cells hold headings, or a single row holding tables.

    Its cells are read as page content, in order, instead of being flattened into one table.
    """
    if (table.get("role") or "").lower() in {"presentation", "none"}:
        return True
    rows = table.xpath("./tr | ./*/tr")
    row_cells = [[cell for cell in row if isinstance(cell.tag, str) and _tag(cell) in {"td", "th"}] for row in rows]
    cells = [cell for row in row_cells for cell in row]
    if len(cells) == 1:
        return True
    if max((len(row) for row in row_cells), default=0) > LAYOUT_TABLE_MAX_COLUMNS:
        return False
    if table.xpath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)[1]"):
        return True
    return len(rows) == 1 and bool(table.xpath("(.//table)[1]"))


def is_furniture_element(element: etree._Element) -> bool:
    """Navigation, asides and page banners/footers, by tag or ARIA role."""
    tag = _tag(element)
    if tag in FURNITURE_TAGS or (element.get("role") or "").lower() in FURNITURE_ROLES:
        return True
    return tag in BANNER_TAGS and is_page_banner(element)


def is_page_banner(element: etree._Element) -> bool:
    """A header/footer of the page, not of an article or section (HTML gives those no banner role)."""
    return not any(_tag(ancestor) in {"article", "main", "section"} for ancestor in element.iterancestors())


def is_furniture_by_name(element: etree._Element) -> bool:
    """An element whose id or class names furniture: breadcrumb, cookie notice, skip link, menu, share buttons.

    Never one that holds a table or a main heading: a wrapper named after a menu beside it
    ('content-with-menu') must not take the plan with it.
    """
    if _tag(element) in {"body", "html", "main", "article"}:
        return False
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    if not names.strip():
        return False
    named = any(part in names for part in FURNITURE_NAME_PARTS) or any(
        word in FURNITURE_NAME_WORDS for token in names.split() for word in _name_words(token)
    )
    return named and not element.xpath("(.//table|.//h1|.//h2)[1]")


def _name_words(token: str) -> list[str]:
    """'main-menu_bar' -> ['main', 'menu', 'bar', 'main-menu', 'menu-bar']: parts and adjacent pairs."""
    parts = [part for part in token.replace("_", "-").split("-") if part]
    return parts + [f"{a}-{b}" for a, b in pairwise(parts)]


def is_furniture_link(element: etree._Element) -> bool:
    """A link whose only text is 'Skip to content' or 'Back to top' (however the site names it)."""
    if _tag(element) != "a":
        return False
    text = " ".join(element.text_content().split()).lower().strip(" ↑^⬆")
    return text in FURNITURE_LINK_TEXTS


def heading_level(element: etree._Element) -> int | None:
    """h1-h6, or role=heading with aria-level (2 when unstated, as ARIA says)."""
    tag = _tag(element)
    if tag in HEADING_TAGS:
        return HEADING_TAGS[tag]
    if (element.get("role") or "").lower() == "heading":
        level = (element.get("aria-level") or "2").strip()
        return min(6, max(1, int(level))) if level.isdigit() else 2
    return None


def word_title_level(element: etree._Element) -> int | None:
    """Word's 'Title' style saved as a web page (`<p class=MsoTitle>`) is a level-1 heading."""
    return 1 if "msotitle" in (element.get("class") or "").lower().split() else None


def ordered_marker(number: int, kind: str) -> str:
    """The number an ordered list shows: 1., a., A., i., I. as the list's type says."""
    if kind in {"a", "lower-alpha", "lower-latin"}:
        return f"{_alpha(number)}."
    if kind in {"A", "upper-alpha", "upper-latin"}:
        return f"{_alpha(number).upper()}."
    if kind in {"i", "lower-roman"}:
        return f"{_roman(number).lower()}."
    if kind in {"I", "upper-roman"}:
        return f"{_roman(number)}."
    return f"{number}."


def bullet_marker(kind: str) -> str:
    return {"circle": "◦", "square": "▪", "none": ""}.get(kind, "•")


def is_ordered_marker(marker: str) -> bool:
    """'1.', '2)', '3', 'a.', 'iv)', '(3)' are numbers; bullets are not."""
    core = marker.strip().removeprefix("(")
    if core.isdigit():
        return True
    if len(core) < 2 or core[-1] not in ".)":
        return False
    core = core[:-1]
    return core.isdigit() or (len(core) == 1 and core.isalpha()) or all(c in "ivxlcdm" for c in core.lower())


def _list_style_kind(style: dict[str, str]) -> str:
    """The marker kind a list's CSS asks for ('lower-alpha', 'square', ...), '' when unstated."""
    value = style.get("list-style-type") or style.get("list-style") or ""
    return value.split()[0].lower() if value.split() else ""


def _alpha(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters or "a"


def _roman(number: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"))
    values += ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for value, numeral in values:
        while number >= value:
            result += numeral
            number -= value
    return result or "0"


def _span(value: str | None, limit: int) -> int:
    """A rowspan/colspan as a count from 1 to `limit`; 0 (to the end of the table) and junk read as HTML says."""
    if value is None:
        return 1
    digits = "".join(ch for ch in value.strip().split(".")[0] if ch.isdigit())
    if not digits:
        return 1
    number = int(digits[:6])
    if number == 0:
        return max(1, limit)
    return max(1, min(number, limit))


def _keys(element: etree._Element) -> Iterator[tuple[str, frozenset[str], str | None]]:
    """(tag, classes, id) of the element's ancestors, nearest first, for descendant selectors."""
    for ancestor in element.iterancestors():
        names = ancestor.get("class")
        yield _tag(ancestor), frozenset(names.split()) if names else frozenset(), ancestor.get("id")


def _tag(element: etree._Element) -> str:
    """The element's tag ('' for comments); lxml's HTML parser already gives tags in lower case."""
    tag = element.tag
    return tag if type(tag) is str else ""


def _clean(pieces: list[_Piece]) -> str:
    """Joined text with spaces collapsed inside each line and empty lines dropped."""
    text = "".join(piece.text for piece in pieces)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _all_bold(pieces: list[_Piece]) -> bool:
    visible = [piece for piece in pieces if piece.text.strip()]
    return bool(visible) and all(piece.bold for piece in visible)


def _dominant_colour(pieces: list[_Piece]) -> str | None:
    """The text colour carrying the most characters; None when that is black or unset."""
    weights: Counter[str | None] = Counter()
    for piece in pieces:
        weights[piece.colour] += len(piece.text.strip())
    if not weights or not any(weights.values()):
        return None
    colour, _ = max(weights.items(), key=lambda item: (item[1], item[0] or ""))
    return None if colour in {None, "#000000"} else colour
