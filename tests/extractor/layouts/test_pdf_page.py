from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.layouts.pdf_page import (
    Fill,
    PageData,
    RuledTable,
    Word,
    classify_rag,
    ended_by_hand,
    join_rotated_words,
    split_at_cell_edges,
    text_right_limit,
    to_rgb,
    words_to_lines,
    words_to_text,
)


@pytest.mark.parametrize(
    ("colour", "rgb"),
    [
        pytest.param((0.5,), (0.5, 0.5, 0.5), id="grey-tuple"),
        pytest.param(0, (0.0, 0.0, 0.0), id="grey-number"),
        pytest.param((1, 0, 0), (1.0, 0.0, 0.0), id="rgb"),
        pytest.param((0, 1, 1, 0), (1.0, 0.0, 0.0), id="cmyk-red"),
        pytest.param((0, 0, 0, 1), (0.0, 0.0, 0.0), id="cmyk-black"),
        pytest.param(None, None, id="none"),
        pytest.param("P0", None, id="pattern-name"),
        pytest.param((), None, id="empty"),
    ],
)
def test_to_rgb(colour: object, rgb: tuple[float, float, float] | None) -> None:
    assert to_rgb(colour) == rgb


@pytest.mark.parametrize(
    ("rgb", "rag"),
    [
        pytest.param((1.0, 0.0, 0.0), "red", id="red"),
        pytest.param((0.75, 0.0, 0.0), "red", id="dark-red"),
        pytest.param((1.0, 0.4, 0.4), "red", id="pink-red"),
        pytest.param((1.0, 0.75, 0.0), "amber", id="amber"),
        pytest.param((1.0, 0.5, 0.0), "amber", id="orange"),
        pytest.param((1.0, 1.0, 0.0), "amber", id="yellow"),
        pytest.param((0.57, 0.82, 0.31), "green", id="light-green"),
        pytest.param((0.0, 0.69, 0.31), "green", id="green"),
        pytest.param((0.0, 0.4, 0.0), "green", id="dark-green"),
        pytest.param((0.85, 0.85, 0.85), None, id="grey"),
        pytest.param((1.0, 1.0, 1.0), None, id="white"),
        pytest.param((0.0, 0.0, 0.0), None, id="black"),
        pytest.param((0.36, 0.61, 0.84), None, id="blue"),
        pytest.param((0.5, 0.0, 0.5), None, id="purple"),
        pytest.param(None, None, id="no-fill"),
    ],
)
def test_classify_rag(rgb: tuple[float, float, float] | None, rag: str | None) -> None:
    assert classify_rag(rgb) == rag


@given(st.tuples(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1)))
def test_classify_rag_never_crashes(rgb: tuple[float, float, float]) -> None:
    assert classify_rag(rgb) in {None, "red", "amber", "green"}


def _word_of(text: str, x0: float, width: float = 4.0, gap: float = 0.0) -> dict[str, object]:
    chars = [
        {"text": ch, "x0": x0 + i * (width + gap), "x1": x0 + i * (width + gap) + width, "top": 10.0, "bottom": 19.0}
        for i, ch in enumerate(text)
    ]
    return {"text": text, "x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": 10.0, "bottom": 19.0, "chars": chars}


TWO_CELLS = [RuledTable(bbox=(0.0, 0.0, 100.0, 30.0), cells=((0.0, 0.0, 50.0, 30.0), (50.0, 0.0, 100.0, 30.0)))]


@pytest.mark.parametrize(
    ("word", "tables", "expected"),
    [
        pytest.param(
            {**_word_of("staffHTO", 29.0, gap=0.2), "chars": None},
            TWO_CELLS,
            ["staffHTO"],
            id="no-chars-kept",
        ),
        pytest.param(_word_of("staffHTO", 29.0, gap=0.2), [], ["staffHTO"], id="no-table-kept"),
        # "staff" ends at 49.8, "HTO" starts at 50.0: closer than pdfplumber's word gap, but a border between.
        pytest.param(_word_of("staffHTO", 29.0, gap=0.2), TWO_CELLS, ["staff", "HTO"], id="border-between-chars"),
        pytest.param(_word_of("staff", 10.0, gap=0.2), TWO_CELLS, ["staff"], id="word-inside-a-cell"),
        pytest.param(
            {**_word_of("abc", 46.0), "top": 40.0, "bottom": 49.0},
            TWO_CELLS,
            ["abc"],
            id="border-of-another-row",
        ),
    ],
)
def test_split_at_cell_edges(word: dict[str, object], tables: list[RuledTable], expected: list[str]) -> None:
    assert [w["text"] for w in split_at_cell_edges([word], tables)] == expected


def _turned(text: str, x0: float, top: float, bottom: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 6.0, "top": top, "bottom": bottom, "upright": False, "chars": []}


@pytest.mark.parametrize(
    ("words", "upward", "expected"),
    [
        # Read upwards: the lower word comes first.
        pytest.param(
            [_turned("24", 100.0, 77.0, 86.0), _turned("Apr-Jun", 100.0, 88.0, 113.0)],
            True,
            ["Apr-Jun 24"],
            id="upward-label",
        ),
        pytest.param(
            [_turned("Apr-Jun", 100.0, 77.0, 102.0), _turned("24", 100.0, 104.0, 113.0)],
            False,
            ["Apr-Jun 24"],
            id="downward-label",
        ),
        pytest.param(
            [_turned("24", 100.0, 77.0, 86.0), _turned("24", 140.0, 77.0, 86.0)],
            True,
            ["24", "24"],
            id="separate-columns",
        ),
        pytest.param(
            [_turned("Q1", 100.0, 30.0, 38.0), _turned("Q2", 100.0, 200.0, 208.0)],
            True,
            ["Q2", "Q1"],
            id="far-apart-on-one-line",
        ),
        pytest.param(
            [{"text": "Action", "x0": 10.0, "x1": 40.0, "top": 5.0, "bottom": 14.0, "upright": True}],
            True,
            ["Action"],
            id="upright-untouched",
        ),
    ],
)
def test_join_rotated_words(words: list[dict[str, object]], upward: bool, expected: list[str]) -> None:
    assert [w["text"] for w in join_rotated_words(words, upward=upward)] == expected


def test_a_rule_between_rotated_words_keeps_them_apart() -> None:
    """Two merged cells one above the other, each with its label turned: the rule between them
    parts the labels, however close they sit."""
    words = [_turned("Development", 100.0, 77.0, 130.0), _turned("Sustainability", 100.0, 131.0, 190.0)]
    rule = [(90.0, 400.0, 130.5)]
    assert [w["text"] for w in join_rotated_words(words, upward=True)] == ["Sustainability Development"]
    assert sorted(w["text"] for w in join_rotated_words(words, upward=True, rules=rule)) == [
        "Development",
        "Sustainability",
    ]


CHAR_WIDTH = 5.0  # a 10 pt font's average glyph, near enough for these layouts


def _line_words(line: str, top: float, x0: float = 105.0) -> list[Word]:
    """Words of one printed line, set left to right at a fixed glyph width."""
    words: list[Word] = []
    x = x0
    for text in line.split():
        width = CHAR_WIDTH * len(text)
        words.append(Word(text, x, x + width, top, top + 10.0, 10.0, False))
        x += width + 3.0
    return words


def _cell(lines: list[str], x0s: list[float] | None = None) -> list[Word]:
    starts = x0s or [105.0] * len(lines)
    return [w for i, (line, x0) in enumerate(zip(lines, starts, strict=True)) for w in _line_words(line, 12.0 * i, x0)]


# A cell from x=100 to x=200 with a 5 pt inset: text may run to x=195 (18 glyphs).
CELL_BOX = (100.0, 0.0, 200.0, 100.0)


@pytest.mark.parametrize(
    ("lines", "x0s", "breaks"),
    [
        pytest.param(["Pages live", "Over 150"], None, [True], id="next-word-fits"),
        pytest.param(["Showcase held to", "celebrate"], None, [False], id="wrapped-long-word"),
        pytest.param(["Two lines", "short", "Third"], None, [True, True], id="two-typed-breaks"),
        pytest.param(["Pages live", "Over 150"], [105.0, 130.0], [False], id="centred-no-evidence"),
    ],
)
def test_ended_by_hand(lines: list[str], x0s: list[float] | None, breaks: list[bool]) -> None:
    words = _cell(lines, x0s)
    assert ended_by_hand(words_to_lines(words), text_right_limit(words, CELL_BOX)) == breaks


def test_words_to_text_marks_typed_breaks_with_a_blank_line() -> None:
    words = _cell(["Live", "Showcase held to", "celebrate"])
    limit = text_right_limit(words, CELL_BOX)
    assert limit == 195.0
    assert words_to_text(words, right_limit=limit) == "Live\n\nShowcase held to\ncelebrate"
    assert words_to_text(words) == "Live\nShowcase held to\ncelebrate"


def _page(fills: list[Fill], inks: list[Fill]) -> PageData:
    return PageData(1, 600.0, 800.0, [], fills, [], 10.0, [], inks)


GREEN = (0.0, 0.69, 0.31)
STATUS_CELL = (100.0, 100.0, 200.0, 130.0)


def _letters(rgb: tuple[float, float, float], count: int, x0: float = 110.0) -> list[Fill]:
    return [Fill(x0 + 6 * k, 110.0, x0 + 6 * k + 5, 120.0, rgb, k) for k in range(count)]


@pytest.mark.parametrize(
    ("fills", "inks", "rag"),
    [
        pytest.param([Fill(100.0, 100.0, 200.0, 130.0, GREEN, 0)], [], "green", id="cell-fill"),
        pytest.param([Fill(104.0, 110.0, 112.0, 118.0, (1.0, 0.0, 0.0), 0)], [], "red", id="dot-shape"),
        pytest.param([], _letters(GREEN, 8), "green", id="word-in-green-type"),
        pytest.param([], _letters(GREEN, 8, x0=300.0), None, id="green-word-in-another-cell"),
        pytest.param([], [], None, id="black-word"),
    ],
)
def test_mark_at_reads_fills_dots_and_coloured_words(fills: list[Fill], inks: list[Fill], rag: str | None) -> None:
    assert classify_rag(_page(fills, inks).mark_at(STATUS_CELL)) == rag
