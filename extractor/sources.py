"""Open a plan file and refuse what cannot be read, with a typed reason.

`open_source(path)` returns a `SourceDocument`: for a PDF the open pdfplumber
document plus its text lines, for a text file its decoded lines. Every guard
(size, empty, encrypted, scanned, corrupt, encoding) lives here, so the layout
parsers only ever see a readable document.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from extractor.encoding import decode_by_bom
from extractor.errors import ErrorCode, ExtractionError
from extractor.normalise.text import fold_rare_dashes
from extractor.settings import ExtractionSettings

if TYPE_CHECKING:
    import pdfplumber.pdf

logger = logging.getLogger(__name__)

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".tsv", ".csv"})
# Web pages, Word and spreadsheet files: read by `extractor.readers` into a `Document` (the same
# set as its READER_SUFFIXES; a test checks), so a folder walk and tc-compare take them too.
DOCUMENT_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".docx", ".xlsx", ".xlsm", ".odt", ".ods"})
SUPPORTED_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES | DOCUMENT_SUFFIXES
# Files that sit beside plans in a folder but are never plans themselves.
_NOT_PLAN_NAMES = re.compile(r"^(readme|license|licence|changelog|contributing|notice|gold_format)(\.|$)", re.I)


# Older binary Office formats: no reader, but the way out is plain.
LEGACY_OFFICE_HINTS: dict[str, str] = {
    ".doc": "a legacy Word file: save it as .docx",
    ".xls": "a legacy Excel file: save it as .xlsx",
    ".rtf": "save it as .docx",
}


def is_plan_file_name(name: str) -> bool:
    """Whether a file met while walking a folder should be read as a plan.

    Hidden files, unsupported suffixes and project paperwork (README.md, LICENSE...)
    are skipped; a file named explicitly on the command line is always tried.
    """
    return (
        not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not _NOT_PLAN_NAMES.match(name)
    )


@dataclass(frozen=True)
class SourceLine:
    """One line of text: a text file's line, or a line of a PDF page's text."""

    number: int  # 1-based, within the file (text) or page (PDF)
    text: str
    page: int | None = None  # 1-based page for PDF lines


@dataclass
class SourceDocument:
    path: Path
    display_path: str
    kind: str  # "pdf" or "text"
    sha256: str
    lines: list[SourceLine]
    pdf: pdfplumber.pdf.PDF | None = None
    page_count: int | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # non-fatal remarks, become plan warnings
    # Derived per-page readings (extractor.layouts.pdf_page.PageData by page number and the layout
    # tolerances they were read with), cached on the document so detection, parsing and metadata
    # share them, a run with other tolerances reads the page afresh, and they die with the document.
    page_cache: dict[tuple[int, Any], Any] = field(default_factory=dict, repr=False)

    def close(self) -> None:
        self.page_cache.clear()
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None

    def __enter__(self) -> SourceDocument:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_source(path: str | Path, settings: ExtractionSettings | None = None) -> SourceDocument:
    """Open `path` as a PDF or text plan, raising `ExtractionError` for anything unreadable."""
    settings = ExtractionSettings.resolve(settings)
    display = str(path)
    path = Path(path)
    data = read_checked_bytes(path, display, settings)
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"%PDF") or path.suffix.lower() in PDF_SUFFIXES:
        return _open_pdf(path, display, data, digest, settings)
    if path.suffix.lower() in TEXT_SUFFIXES or not path.suffix:
        return _open_text(path, display, data, digest)
    raise ExtractionError(
        ErrorCode.UNSUPPORTED,
        display,
        f"unsupported file type {path.suffix!r}",
        hint=LEGACY_OFFICE_HINTS.get(path.suffix.lower()),
    )


def read_checked_bytes(path: Path, display: str, settings: ExtractionSettings) -> bytes:
    """The file's bytes, after the guards every format shares: missing, a folder, empty, too large.

    The size is checked before reading, so an oversized file is never loaded.
    """
    if not path.exists():
        raise ExtractionError(ErrorCode.NOT_FOUND, display, "no such file")
    if path.is_dir():
        raise ExtractionError(ErrorCode.UNSUPPORTED, display, "is a folder, not a plan file")
    size = path.stat().st_size
    if size == 0:
        raise ExtractionError(ErrorCode.EMPTY, display, "file is empty (0 bytes)")
    if size > settings.max_bytes:
        raise ExtractionError(
            ErrorCode.TOO_LARGE, display, f"file is {size} bytes, over the {settings.max_bytes}-byte limit"
        )
    return path.read_bytes()


def decode_text(data: bytes, display: str) -> tuple[str, str]:
    """Decode plan text: BOM first, then UTF-8, then cp1252. Returns (text, encoding)."""
    if (decoded := decode_by_bom(data, display)) is not None:
        return decoded
    if b"\x00" in data[:4096]:
        raise ExtractionError(ErrorCode.BAD_ENCODING, display, "binary content (NUL bytes) in a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ExtractionError(ErrorCode.BAD_ENCODING, display, "text is neither UTF-8 nor Windows-1252") from exc


def _open_text(path: Path, display: str, data: bytes, digest: str) -> SourceDocument:
    text, encoding = decode_text(data, display)
    text = fold_rare_dashes(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ExtractionError(ErrorCode.EMPTY, display, "file contains only whitespace")
    lines = [SourceLine(number=i, text=line) for i, line in enumerate(text.split("\n"), start=1)]
    notes = [] if encoding in {"utf-8", "utf-8-sig"} else [f"decoded as {encoding}"]
    return SourceDocument(path=path, display_path=display, kind="text", sha256=digest, lines=lines, notes=notes)


def _open_pdf(path: Path, display: str, data: bytes, digest: str, settings: ExtractionSettings) -> SourceDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.lstrip()[:1024].startswith(b"%PDF"):
        raise ExtractionError(ErrorCode.CORRUPT, display, "not a PDF (no %PDF header)")
    try:
        pdf = pdfplumber.open(path)
        page_count = len(pdf.pages)
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError) or "password" in repr(inner).lower():
            raise ExtractionError(ErrorCode.ENCRYPTED, display, "PDF is encrypted with a password") from exc
        raise ExtractionError(ErrorCode.CORRUPT, display, f"PDF cannot be parsed ({_short(inner)})") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on damaged files
        raise ExtractionError(ErrorCode.CORRUPT, display, f"PDF cannot be parsed ({_short(exc)})") from exc
    try:
        if page_count == 0:
            raise ExtractionError(ErrorCode.EMPTY, display, "PDF has no pages")
        if page_count > settings.max_pages:
            raise ExtractionError(
                ErrorCode.TOO_LARGE, display, f"PDF has {page_count} pages, over the {settings.max_pages}-page limit"
            )
        lines, image_pages, total_chars = _pdf_lines(pdf, display, settings)
        if total_chars < settings.min_chars_per_page * page_count:
            if image_pages:
                raise ExtractionError(
                    ErrorCode.SCANNED,
                    display,
                    f"image-only PDF, {total_chars} characters of text on {page_count} pages",
                )
            raise ExtractionError(ErrorCode.EMPTY, display, f"PDF has no text ({total_chars} characters)")
    except BaseException:
        pdf.close()
        raise
    metadata = {str(k): str(v) for k, v in (pdf.metadata or {}).items() if isinstance(v, str | bytes | int | float)}
    return SourceDocument(
        path=path,
        display_path=display,
        kind="pdf",
        sha256=digest,
        lines=lines,
        pdf=pdf,
        page_count=page_count,
        metadata=metadata,
    )


def _pdf_lines(
    pdf: pdfplumber.pdf.PDF, display: str, settings: ExtractionSettings
) -> tuple[list[SourceLine], int, int]:
    lines: list[SourceLine] = []
    image_pages = 0
    total_chars = 0
    for page_number, page in enumerate(pdf.pages, start=1):
        inflated = page_content_size(page.page_obj, settings.max_page_content_bytes)
        if inflated > settings.max_page_content_bytes:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                display,
                f"page {page_number} content inflates to over {settings.max_page_content_bytes // (1024 * 1024)} MB",
            )
        try:
            text = page.extract_text() or ""
            has_images = bool(page.images)
        except Exception as exc:
            raise ExtractionError(
                ErrorCode.CORRUPT, display, f"page {page_number} cannot be read ({_short(exc)})"
            ) from exc
        total_chars += len(text.strip())
        if total_chars > settings.max_text_chars:
            raise ExtractionError(
                ErrorCode.TOO_LARGE, display, f"more than {settings.max_text_chars} characters of text"
            )
        image_pages += has_images and len(text.strip()) < settings.min_chars_per_page
        lines.extend(
            SourceLine(number=i, text=line, page=page_number) for i, line in enumerate(text.split("\n"), start=1)
        )
    return lines, image_pages, total_chars


def page_content_size(page_obj: Any, cap: int) -> int:
    """Inflated size of a page's content streams, counted without holding them in memory.

    Stops counting once past `cap`. pdfminer would otherwise inflate and tokenise a
    compression bomb (a few hundred KB that expand to hundreds of MB) before any
    other limit can act. Streams with filters other than Flate are counted at
    their stored size; they cannot expand by the orders of magnitude Flate can.
    """
    from pdfminer.pdftypes import PDFStream, resolve1

    contents = getattr(page_obj, "contents", None) or []
    total = 0
    for item in contents:
        stream = resolve1(item)
        if not isinstance(stream, PDFStream):
            continue
        if stream.rawdata is None:  # already decoded by pdfminer
            raw, filters = stream.data or b"", []
        else:
            raw, filters = stream.rawdata, [str(getattr(f, "name", f)) for f, _ in stream.get_filters()]
        if filters and all(name in {"FlateDecode", "Fl"} for name in filters):
            total += _inflated_size(raw, cap - total)
        else:
            total += len(raw)
        if total > cap:
            break
    return total


def _inflated_size(data: bytes, cap: int) -> int:
    inflater = zlib.decompressobj()
    size = 0
    pending = data
    try:
        while pending and size <= cap:
            size += len(inflater.decompress(pending, 1024 * 1024))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return size  # damaged streams are pdfminer's to report
    return size


def _short(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]
