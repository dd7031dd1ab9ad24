"""Typed errors. The CLI turns them into one-line messages and exit codes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from schemas.errors import TcPlansError, UsageError

__all__ = ["ErrorCode", "ExtractionError", "TcPlansError", "UsageError", "WarningCode"]


class ErrorCode(StrEnum):
    NOT_FOUND = "not_found"
    UNSUPPORTED = "unsupported"
    EMPTY = "empty"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    SCANNED = "scanned"
    BAD_ENCODING = "bad_encoding"
    TOO_LARGE = "too_large"
    NO_ACTIONS = "no_actions"
    TIMEOUT = "timeout"
    OUT_OF_MEMORY = "out_of_memory"
    BAD_SETTINGS = "bad_settings"
    INTERNAL = "internal"
    BAD_VALUE = "bad_value"


class WarningCode(StrEnum):
    """Codes of `PlanWarning`: something the extractor was unsure about while the plan stayed usable.

    The values are the strings plans have always carried; code may pass a member where a
    string is expected (a str-Enum equals its value).
    """

    SOURCE_NOTE = "source_note"
    CONTINUATION_ROW = "continuation_row"
    REPEATED_ROW = "repeated_row"
    DUPLICATE_REF = "duplicate_ref"
    EMPTY_ACTION = "empty_action"
    UNPARSED_DATE = "unparsed_date"
    NO_HEADER = "no_header"
    NO_PERIODS = "no_periods"
    UNDATED_PERIODS = "undated_periods"
    CELL_COUNT = "cell_count"
    ROWS_WITHOUT_HEADER = "rows_without_header"
    UNMAPPED = "unmapped"
    UNRULED_ROWS = "unruled_rows"
    LONG_TEXT = "long_text"
    LOW_CONFIDENCE = "low_confidence"
    TABLE_WITHOUT_HEADER = "table_without_header"


# What the user can do about each error, appended to the message.
FIX_HINTS: dict[ErrorCode, str] = {
    ErrorCode.NOT_FOUND: "check the path",
    ErrorCode.UNSUPPORTED: "give a .pdf, .txt, .md, .html, .docx, .xlsx, .odt or .ods file",
    ErrorCode.EMPTY: "the file has no content; re-download or re-export it",
    ErrorCode.CORRUPT: "re-download the file or re-export it from its source",
    ErrorCode.ENCRYPTED: "remove the password: qpdf --decrypt in.pdf out.pdf for a PDF; save an Office file again "
    "without its password",
    ErrorCode.SCANNED: "no text layer: run OCR first, e.g. ocrmypdf in.pdf out.pdf",
    ErrorCode.BAD_ENCODING: "save the file as UTF-8",
    ErrorCode.TOO_LARGE: (
        "a safety limit; if the file is genuine, raise the limit named in the message"
        " (max_bytes, max_pages, max_page_content_bytes, max_zip_...) in ExtractionSettings"
    ),
    ErrorCode.NO_ACTIONS: "no action table or list was recognised; for a PDF or text file, try --layout to force one",
    ErrorCode.TIMEOUT: "the file took too long; raise --timeout if it is genuine",
    ErrorCode.OUT_OF_MEMORY: "the file needed too much memory; raise --max-memory if it is genuine",
    ErrorCode.BAD_SETTINGS: "see --help for the accepted values",
    ErrorCode.INTERNAL: "please report this file",
    ErrorCode.BAD_VALUE: "a cell could not be read; correct it in the source or keep it as raw text",
}


class ExtractionError(TcPlansError):
    """A plan could not be read. `str(err)` is one line: '<path>: <reason> (<hint>)'."""

    def __init__(self, code: ErrorCode, path: str | Path | None, reason: str, *, hint: str | None = None) -> None:
        self.code = code
        self.path = str(path) if path is not None else None
        self.reason = " ".join(reason.split())
        self.hint = hint  # a fix that fits this file better than the code's general one
        super().__init__(self.one_line())

    def one_line(self) -> str:
        hint = self.hint or FIX_HINTS.get(self.code)
        where = f"{self.path}: " if self.path else ""
        suffix = f" ({hint})" if hint else ""
        return f"{where}{self.reason}{suffix}"
