import codecs

import pytest

from extractor.encoding import decode_by_bom
from extractor.errors import ErrorCode, ExtractionError


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32")],
)
def test_a_marked_text_is_decoded_in_its_marks_encoding(codec: str, expected: str) -> None:
    assert decode_by_bom("Grow the technician network".encode(codec), "plan.txt") == (
        "Grow the technician network",
        expected,
    )


def test_no_mark_gives_none() -> None:
    assert decode_by_bom(b"Plain words", "plan.txt") is None


def test_bytes_that_break_their_mark_are_a_bad_encoding() -> None:
    with pytest.raises(ExtractionError) as caught:
        decode_by_bom(codecs.BOM_UTF8 + b"\xff\xfe broken", "page.html")
    assert caught.value.code is ErrorCode.BAD_ENCODING
