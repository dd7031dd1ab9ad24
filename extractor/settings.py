"""One validated settings object for extraction."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.errors import ErrorCode, ExtractionError


class ExtractionSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    layout: str | None = Field(default=None, description="Force a layout parser instead of detecting one.")
    institution: str | None = Field(default=None, description="Overrides the institution found in the document.")
    title: str | None = None
    max_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    max_pages: int = Field(default=1000, gt=0)
    max_text_chars: int = Field(
        default=50_000_000, gt=0, description="Total extracted characters at which a PDF is refused (inflation bombs)."
    )
    max_page_content_bytes: int = Field(
        default=32 * 1024 * 1024,
        gt=0,
        description="Inflated size of one page's content streams at which a PDF is refused (compression bombs).",
    )
    max_zip_entries: int = Field(
        default=10_000,
        gt=0,
        description="Members of a .docx/.xlsx/.odt package at which it is refused (a Word or Excel file has tens).",
    )
    max_zip_unpacked_bytes: int = Field(
        default=512 * 1024 * 1024,
        gt=0,
        description=(
            "Sum of the uncompressed sizes a .docx/.xlsx/.odt package declares at which it is refused;"
            " the readers hold every part in memory, so this bounds their memory (zip bombs)."
        ),
    )
    max_zip_ratio: float = Field(
        default=200.0,
        gt=1,
        description=(
            "Uncompressed-to-compressed ratio of one package member at which the file is refused as a zip bomb;"
            " Office XML compresses 5-50 times, a bomb thousands of times."
        ),
    )
    zip_ratio_floor_bytes: int = Field(
        default=4 * 1024 * 1024,
        ge=0,
        description="Members smaller than this when unpacked are never refused for their ratio (tiny, harmless).",
    )
    max_sheet_cells: int = Field(
        default=500_000,
        gt=0,
        description=(
            "Cells holding a value or a fill, over all sheets of a workbook, at which it is refused;"
            " a plan has a few thousand, and each loaded cell costs memory."
        ),
    )
    min_chars_per_page: int = Field(
        default=20, ge=0, description="Below this average a PDF is taken as scanned (no text layer)."
    )

    @classmethod
    def resolve(cls, value: ExtractionSettings | dict[str, Any] | None) -> ExtractionSettings:
        """Accept an instance, a dict of overrides or None; name the bad field on error."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        try:
            return cls.model_validate(value)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "settings"
            raise ExtractionError(ErrorCode.BAD_SETTINGS, None, f"bad setting {field!r}: {first['msg']}") from exc
