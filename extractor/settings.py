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
    max_field_chars: int = Field(
        default=10_000,
        gt=0,
        description="Longest action text, measure or note kept; longer ones are cut with a `long_text` warning."
        " The longest genuine actions run to a few hundred words (about 3,000 characters); a workbook cell holds"
        " 32,767.",
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
