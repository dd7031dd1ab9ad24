from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.errors import ErrorCode, ExtractionError
from extractor.readers import READER_SUFFIXES, READERS, Kind, read_document, sniff
from extractor.settings import ExtractionSettings

WriteFile = Callable[[str, bytes | str], Path]
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def refused(path: Path, settings: ExtractionSettings | None = None) -> ExtractionError:
    started = time.perf_counter()
    with pytest.raises(ExtractionError) as info:
        read_document(path, settings)
    assert time.perf_counter() - started < 5
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    return info.value


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def fake_docx(**extra: bytes) -> bytes:
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>", **extra})


def test_registry_is_lazy_and_complete() -> None:
    assert {".html", ".htm", ".docx", ".xlsx", ".odt", ".ods"} <= READER_SUFFIXES
    assert ".docx" in READERS
    assert ".pdf" not in READERS
    assert callable(READERS[".html"])
    assert READERS.get(".docx") is READERS[".docx"]
    assert set(READERS) == READER_SUFFIXES
    with pytest.raises(KeyError):
        READERS[".pdf"]


def test_missing_empty_and_too_large(tmp_path: Path, write_file: WriteFile) -> None:
    assert refused(tmp_path / "nope.docx").code is ErrorCode.NOT_FOUND
    assert refused(write_file("empty.xlsx", b"")).code is ErrorCode.EMPTY
    big = write_file("big.html", "<p>x</p>" * 100)
    assert refused(big, ExtractionSettings(max_bytes=100)).code is ErrorCode.TOO_LARGE


def test_unknown_suffix(write_file: WriteFile) -> None:
    error = refused(write_file("plan.pages", b"data"))
    assert error.code is ErrorCode.UNSUPPORTED


def test_docx_that_is_a_pdf(write_file: WriteFile) -> None:
    error = refused(write_file("plan.docx", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"))
    assert error.code is ErrorCode.UNSUPPORTED
    assert "named .docx but is a PDF" in error.reason
    assert "rename it to .pdf" in error.reason


def test_xlsx_that_is_a_docx_and_html_that_is_a_zip(write_file: WriteFile) -> None:
    error = refused(write_file("plan.xlsx", fake_docx()))
    assert "is a Word document" in error.reason
    error = refused(write_file("plan.html", fake_docx()))
    assert error.code is ErrorCode.UNSUPPORTED


def test_zip_without_office_parts_and_corrupt_zip(write_file: WriteFile) -> None:
    error = refused(write_file("plan.docx", zip_bytes({"readme.txt": b"hello"})))
    assert error.code is ErrorCode.CORRUPT
    truncated = fake_docx(**{"word/big.xml": b"x" * 50_000})[:300]
    error = refused(write_file("cut.docx", truncated))
    assert error.code is ErrorCode.CORRUPT
    assert "damaged zip" in error.reason


def test_password_protected_office_file(write_file: WriteFile) -> None:
    data = OLE_MAGIC + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500
    error = refused(write_file("locked.xlsx", data))
    assert error.code is ErrorCode.ENCRYPTED


@pytest.mark.parametrize(("stream", "advice"), [("WordDocument", ".docx"), ("Workbook", ".xlsx")])
def test_legacy_binary_office(write_file: WriteFile, stream: str, advice: str) -> None:
    data = OLE_MAGIC + b"\x00" * 500 + stream.encode("utf-16-le") + b"\x00" * 500
    error = refused(write_file("old.docx", data))
    assert error.code is ErrorCode.UNSUPPORTED
    assert f"save it as {advice}" in error.reason


def test_rtf_named_docx(write_file: WriteFile) -> None:
    assert "RTF" in refused(write_file("plan.docx", b"{\\rtf1\\ansi hello}")).reason


def test_zip_bomb_by_ratio(write_file: WriteFile) -> None:
    data = fake_docx(**{"word/bomb.xml": b"\x00" * (50 * 1024 * 1024)})
    assert len(data) < 200_000
    error = refused(write_file("bomb.docx", data))
    assert error.code is ErrorCode.TOO_LARGE
    assert "max_zip_ratio" in error.reason


def test_zip_bomb_by_total_size(write_file: WriteFile) -> None:
    data = fake_docx(**{"word/media/a.bin": bytes(range(256)) * 40})
    settings = ExtractionSettings(max_zip_unpacked_bytes=5_000)
    error = refused(write_file("big.docx", data), settings)
    assert error.code is ErrorCode.TOO_LARGE
    assert "max_zip_unpacked_bytes" in error.reason


def test_too_many_zip_entries(write_file: WriteFile) -> None:
    data = fake_docx(**{f"word/p{i}.xml": b"<x/>" for i in range(50)})
    error = refused(write_file("many.docx", data), ExtractionSettings(max_zip_entries=20))
    assert error.code is ErrorCode.TOO_LARGE
    assert "max_zip_entries" in error.reason


def test_sniff_kinds() -> None:
    assert sniff(b"%PDF-1.4") is Kind.PDF
    assert sniff(b"\xef\xbb\xbf<!DOCTYPE html><p>") is Kind.HTML
    assert sniff(fake_docx()) is Kind.DOCX
    assert sniff(zip_bytes({"xl/workbook.xml": b"<x/>"})) is Kind.XLSX
    odt = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}, zipfile.ZIP_STORED)
    assert sniff(odt) is Kind.ODT
    assert sniff(b"just words") is Kind.TEXT


XXE_DOCTYPE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'


def test_external_entities_are_never_read_in_opendocument(write_file: WriteFile) -> None:
    content = (
        XXE_DOCTYPE + '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>before &secret; after</text:p></office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    document = read_document(write_file("xxe.odt", buffer.getvalue()))
    assert [block.text for block in document.blocks] == ["before after"]


def test_external_entities_are_never_read_in_word(write_file: WriteFile) -> None:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    paragraph = "<w:body><w:p><w:r><w:t>x &secret; y</w:t></w:r></w:p>"
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = (XXE_DOCTYPE + data.decode().split("?>", 1)[1].replace("<w:body>", paragraph)).encode()
            target.writestr(info, data)
    document = read_document(write_file("xxe.docx", out.getvalue()))
    assert document.text_lines == ["x"]  # the entity is left unresolved; nothing from the file comes in
