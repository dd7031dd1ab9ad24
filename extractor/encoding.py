"""Decoding by byte-order mark, shared by the text sources and the web-page reader."""

from __future__ import annotations

import codecs

from extractor.errors import ErrorCode, ExtractionError

# UTF-32 marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_by_bom(data: bytes, display: str) -> tuple[str, str] | None:
    """(text, encoding) when `data` starts with a byte-order mark, else None.

    Raises:
        ExtractionError: BAD_ENCODING when the bytes after the mark are not in its encoding.
    """
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ExtractionError(
                    ErrorCode.BAD_ENCODING, display, f"starts with a {encoding} byte-order mark but is not {encoding}"
                ) from exc
    return None
