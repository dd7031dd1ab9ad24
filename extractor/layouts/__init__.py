"""Layout parsers: one module per published layout, one signature.

Each parser is `parse(source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput`.
`LAYOUT_PARSERS` is the single list of known layouts: detection, the CLI's
`--layout` choices and the "unknown layout" error all read it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from extractor.errors import ErrorCode, ExtractionError

if TYPE_CHECKING:
    from extractor.rows import LayoutOutput
    from extractor.settings import ExtractionSettings
    from extractor.sources import SourceDocument


class LayoutKind(StrEnum):
    RULED_TABLE = "ruled_table"
    UNRULED_TABLE = "unruled_table"
    GANTT_GRID = "gantt_grid"
    PLAIN_TEXT = "plain_text"


class LayoutParser(Protocol):
    def __call__(self, source: SourceDocument, settings: ExtractionSettings) -> LayoutOutput: ...


def _load(kind: LayoutKind) -> LayoutParser:
    # Imported lazily so a text-only run never imports the PDF table code.
    if kind is LayoutKind.RULED_TABLE:
        from extractor.layouts import ruled_table

        return ruled_table.parse
    if kind is LayoutKind.UNRULED_TABLE:
        from extractor.layouts import unruled_table

        return unruled_table.parse
    if kind is LayoutKind.GANTT_GRID:
        from extractor.layouts import gantt_grid

        return gantt_grid.parse
    from extractor.layouts import plain_text

    return plain_text.parse


LAYOUT_PARSERS: dict[LayoutKind, str] = {
    LayoutKind.RULED_TABLE: "PDF table with cell borders (Word-style); merged cells repeat onto every row",
    LayoutKind.UNRULED_TABLE: "PDF table whose columns are aligned by whitespace only",
    LayoutKind.GANTT_GRID: "PDF grid with period columns; shaded cells give the timeline, fills give RAG",
    LayoutKind.PLAIN_TEXT: "text: tab-separated rows, one cell per line, or headings and bullets",
}


def get_parser(name: str | LayoutKind) -> LayoutParser:
    """The parser for a layout name; the error lists the known ones."""
    try:
        kind = LayoutKind(name)
    except ValueError as exc:
        known = ", ".join(k.value for k in LAYOUT_PARSERS)
        raise ExtractionError(
            ErrorCode.BAD_SETTINGS, None, f"unknown layout {name!r}; known layouts are {known}"
        ) from exc
    return _load(kind)
