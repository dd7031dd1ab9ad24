"""Institution, title, period and owner legend, found in the document itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.rows import RawRow
from extractor.sources import SourceDocument


@dataclass
class DocumentMetadata:
    institution: str | None = None
    title: str | None = None
    period_start: str | None = None  # YYYY-MM or YYYY
    period_end: str | None = None
    legend: dict[str, str] = field(default_factory=dict)


def find_metadata(source: SourceDocument, rows: list[RawRow]) -> DocumentMetadata:
    """Placeholder until the document-level reader lands: PDF info only."""
    return DocumentMetadata(
        institution=source.metadata.get("Author") or None,
        title=source.metadata.get("Title") or None,
    )
