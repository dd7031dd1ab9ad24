"""Format readers: one module per file format, one signature, no plan knowledge.

Each reader is `read(data: bytes, display: str, settings: ExtractionSettings) -> Document`
and turns the file's bytes into blocks in reading order (`extractor.document`). What
those blocks mean for a plan is the interpreter's business, never a reader's.

`read_document(path)` is the one entry point: it applies the guards every format
shares (missing, empty, too large: `extractor.sources.read_checked_bytes`), looks at
the content itself (`sniff`) so that a `.docx` which is really a PDF, a legacy
binary `.doc`, or a password-protected Office file gets a one-line reason instead of
a library's traceback, and only then hands the bytes to the reader for the suffix.
Readers are imported lazily, so reading a web page never imports openpyxl.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from extractor.errors import ErrorCode, ExtractionError
from extractor.settings import ExtractionSettings
from extractor.sources import read_checked_bytes

if TYPE_CHECKING:
    from extractor.document import Document

logger = logging.getLogger(__name__)


class Reader(Protocol):
    def __call__(self, data: bytes, display: str, settings: ExtractionSettings) -> Document: ...


class Kind(StrEnum):
    """What a file's bytes are, whatever its name says."""

    PDF = "pdf"
    HTML = "html"
    DOCX = "docx"
    XLSX = "xlsx"
    ODT = "odt"
    ODS = "ods"
    ZIP = "zip"  # a zip that is none of the Office packages above
    OLE = "ole"  # a legacy binary Office file (.doc, .xls) or a password-protected one
    RTF = "rtf"
    TEXT = "text"  # anything else; the HTML reader is tolerant of it


# Suffix -> (the content it must hold, the module that reads it).
_SUFFIX_KINDS: dict[str, tuple[Kind, str]] = {
    ".html": (Kind.HTML, "html"),
    ".htm": (Kind.HTML, "html"),
    ".xhtml": (Kind.HTML, "html"),
    ".docx": (Kind.DOCX, "docx"),
    ".xlsx": (Kind.XLSX, "xlsx"),
    ".xlsm": (Kind.XLSX, "xlsx"),
    ".odt": (Kind.ODT, "odf"),
    ".ods": (Kind.ODS, "odf"),
}

READER_SUFFIXES: frozenset[str] = frozenset(_SUFFIX_KINDS)
PACKAGE_KINDS = frozenset({Kind.DOCX, Kind.XLSX, Kind.ODT, Kind.ODS})

# What to tell the user for content that no reader takes, by what it really is.
_KIND_NAMES: dict[Kind, str] = {
    Kind.PDF: "a PDF",
    Kind.HTML: "a web page (HTML)",
    Kind.DOCX: "a Word document (.docx)",
    Kind.XLSX: "an Excel workbook (.xlsx)",
    Kind.ODT: "an OpenDocument text (.odt)",
    Kind.ODS: "an OpenDocument spreadsheet (.ods)",
    Kind.ZIP: "a zip archive",
    Kind.OLE: "a legacy binary Office file",
    Kind.RTF: "an RTF document",
    Kind.TEXT: "plain text",
}
_KIND_SUFFIX: dict[Kind, str] = {
    Kind.PDF: ".pdf",
    Kind.HTML: ".html",
    Kind.DOCX: ".docx",
    Kind.XLSX: ".xlsx",
    Kind.ODT: ".odt",
    Kind.ODS: ".ods",
}


def _load(module: str) -> Reader:
    # Imported lazily: each reader pulls in its own library (lxml, python-docx, openpyxl, odfpy).
    if module == "html":
        from extractor.readers import html

        return html.read
    if module == "docx":
        from extractor.readers import docx

        return docx.read
    if module == "xlsx":
        from extractor.readers import xlsx

        return xlsx.read
    from extractor.readers import odf

    return odf.read


class _LazyReaders(Mapping[str, Reader]):
    """Suffix -> reader; `READERS[suffix]` imports the reader's module on first use."""

    def __init__(self) -> None:
        self._loaded: dict[str, Reader] = {}

    def __getitem__(self, suffix: str) -> Reader:
        if suffix not in _SUFFIX_KINDS:
            raise KeyError(suffix)
        if suffix not in self._loaded:
            self._loaded[suffix] = _load(_SUFFIX_KINDS[suffix][1])
        return self._loaded[suffix]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(_SUFFIX_KINDS))

    def __len__(self) -> int:
        return len(_SUFFIX_KINDS)


READERS: Mapping[str, Reader] = _LazyReaders()


def read_document(path: str | Path, settings: ExtractionSettings | None = None) -> Document:
    """Read a web page, Word document or workbook into a `Document`.

    Raises `ExtractionError` (one line naming the file and the reason) for a file
    that is missing, empty, too large, of a type no reader takes, not what its
    suffix says, password-protected, corrupt, or a zip bomb.
    """
    settings = ExtractionSettings.resolve(settings)
    display = str(path)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _SUFFIX_KINDS:
        raise ExtractionError(ErrorCode.UNSUPPORTED, display, f"no reader for {suffix or 'files without a suffix'}")
    data = read_checked_bytes(path, display, settings)
    expected, _module = _SUFFIX_KINDS[suffix]
    check_content(data, display, suffix, expected)
    if expected in PACKAGE_KINDS:
        from extractor.readers.package import open_package

        open_package(data, display, settings).close()  # zip bombs and damage, from the directory alone
    document = READERS[suffix](data, display, settings)
    if not document.sha256:
        document.sha256 = hashlib.sha256(data).hexdigest()
    logger.debug("read %s: %d blocks", display, len(document.blocks))
    return document


def check_content(data: bytes, display: str, suffix: str, expected: Kind) -> None:
    """Refuse bytes that are not what the suffix promises, saying what they are instead."""
    actual = sniff(data)
    if actual is Kind.OLE:
        raise ole_error(data, display)
    if actual is Kind.RTF:
        raise ExtractionError(ErrorCode.UNSUPPORTED, display, "is an RTF document; save it as .docx")
    if actual is expected or (expected is Kind.HTML and actual is Kind.TEXT):
        return
    what = _KIND_NAMES[actual]
    rename = _KIND_SUFFIX.get(actual)
    advice = f"; rename it to {rename}" if rename else ""
    if actual is Kind.ZIP and expected in PACKAGE_KINDS:
        from extractor.readers.package import open_package

        open_package(data, display, ExtractionSettings()).close()  # a damaged directory says so first
        raise ExtractionError(
            ErrorCode.CORRUPT, display, f"named {suffix} but is a zip without the parts of {_KIND_NAMES[expected]}"
        )
    raise ExtractionError(ErrorCode.UNSUPPORTED, display, f"named {suffix} but is {what}{advice}")


OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")


def sniff(data: bytes) -> Kind:
    """What the bytes are, from their first bytes (and a zip's directory), not the file's name."""
    head = data[:2048]
    if head.startswith(OLE_MAGIC):
        return Kind.OLE
    if head.startswith(ZIP_MAGICS):
        from extractor.readers.package import package_kind

        return Kind(package_kind(data))
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n\x00")
    if stripped.startswith(b"%PDF") or (b"%PDF-" in head[:1024] and not looks_like_html(head)):
        return Kind.PDF  # a PDF may carry up to 1 KB of junk before its header
    if stripped.startswith(b"{\\rtf"):
        return Kind.RTF
    if looks_like_html(head):
        return Kind.HTML
    return Kind.TEXT


_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<table", b"<div", b"<p", b"<h1", b"<title")


def looks_like_html(head: bytes) -> bool:
    """Whether the start of a file is markup: a doctype or a common HTML tag near the start.

    UTF-16 pages are folded to ASCII first by dropping NUL bytes.
    """
    folded = head.replace(b"\x00", b"").lower()
    return any(mark in folded for mark in _HTML_MARKS)


def ole_error(data: bytes, display: str) -> ExtractionError:
    """The error for an OLE2 compound file: a password-protected Office file, or a legacy .doc/.xls.

    Office stores a password-protected .docx/.xlsx as an OLE2 file holding an
    'EncryptedPackage' stream; the stream names are UTF-16 in the file's directory.
    """
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ExtractionError(
            ErrorCode.ENCRYPTED,
            display,
            "Office file is protected with a password; open it, remove the password and save a copy",
        )
    if "WordDocument".encode("utf-16-le") in data:
        return ExtractionError(
            ErrorCode.UNSUPPORTED, display, "is a legacy Word .doc file; save it as .docx and try again"
        )
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return ExtractionError(
            ErrorCode.UNSUPPORTED, display, "is a legacy Excel .xls file; save it as .xlsx and try again"
        )
    return ExtractionError(
        ErrorCode.UNSUPPORTED, display, "is a legacy binary Office file; save it as .docx or .xlsx and try again"
    )
