"""Zip packages (.docx, .xlsx, .odt, .ods): what they hold and whether they are safe to open.

Every check here reads only the zip's central directory, before any member is
inflated: too many members, a declared unpacked total or one member's compression
ratio over the limits in `ExtractionSettings` (a zip bomb), encrypted members, a
damaged directory. Python's `zipfile` stops inflating a member at the size the
directory declares and then fails its CRC, so a member cannot lie its way past
these limits. XML the readers parse themselves goes through `safe_xml_parser`
(no entities, no network, no huge trees).
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from extractor.errors import ErrorCode, ExtractionError
from extractor.settings import ExtractionSettings

ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}


def package_kind(data: bytes) -> str:
    """'docx', 'xlsx', 'odt', 'ods' from the members a zip holds, else 'zip'.

    A damaged zip whose directory cannot be read is 'zip' too; opening it later
    gives the CORRUPT error with its reason.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200:
                    mimetype = archive.read(info).decode("ascii", "replace").strip()
                    return ODF_MIMETYPES.get(mimetype, "zip")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, RuntimeError, EOFError):
        return "zip"
    return "zip"


def open_package(data: bytes, display: str, settings: ExtractionSettings) -> zipfile.ZipFile:
    """The zip, once its directory passes the size, count, ratio and encryption guards."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"damaged zip package ({_short(exc)})") from exc
    try:
        check_package(archive.infolist(), display, settings)
    except BaseException:
        archive.close()
        raise
    return archive


def check_package(members: list[zipfile.ZipInfo], display: str, settings: ExtractionSettings) -> None:
    """Refuse a package whose directory promises more than a plan could need (zip bombs)."""
    if len(members) > settings.max_zip_entries:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            display,
            f"package has {len(members)} members, over the max_zip_entries limit of {settings.max_zip_entries}",
        )
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ExtractionError(ErrorCode.ENCRYPTED, display, f"package member {info.filename!r} is encrypted")
        total += info.file_size
        if total > settings.max_zip_unpacked_bytes:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                display,
                f"package unpacks to over {settings.max_zip_unpacked_bytes} bytes (max_zip_unpacked_bytes)",
            )
        if info.file_size >= settings.zip_ratio_floor_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > settings.max_zip_ratio:
                raise ExtractionError(
                    ErrorCode.TOO_LARGE,
                    display,
                    f"package member {info.filename!r} is compressed {ratio:.0f} times,"
                    f" over the max_zip_ratio limit of {settings.max_zip_ratio:g} (a zip bomb?)",
                )


def read_member(archive: zipfile.ZipFile, name: str, display: str) -> bytes:
    """One member's bytes; a damaged member is a CORRUPT error naming it."""
    try:
        return archive.read(name)
    except KeyError as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"package has no {name!r} part") from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
        raise ExtractionError(ErrorCode.CORRUPT, display, f"package part {name!r} is damaged ({_short(exc)})") from exc


def safe_xml_parser(**options: bool) -> etree.XMLParser:
    """An lxml parser that resolves no entities, fetches nothing and refuses huge trees (XXE, billion laughs)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, **options)


def parse_xml(data: bytes, display: str, name: str) -> etree._Element:
    """Parse one package part with the safe parser; malformed XML is a CORRUPT error naming the part."""
    try:
        return etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(
            ErrorCode.CORRUPT, display, f"package part {name!r} is not well-formed XML ({exc})"
        ) from exc


def _short(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:160]
