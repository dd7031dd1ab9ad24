"""Rebuilding merged cells (Theme spanning rows) from the pieces a text export leaves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.layouts.text_themes import Break, Piece, continues, rebuild_merged_cells, ref_major


def pieces(texts: list[str], refs: list[str | None] | None = None, heights: list[float] | None = None) -> list[Piece]:
    refs = refs or [None] * len(texts)
    heights = heights or [1.0] * len(texts)
    return [Piece(t, ref_major(r), Break.NONE, h) for t, r, h in zip(texts, refs, heights, strict=True)]


A, B = "Alpha group", "Beta group"


@pytest.mark.parametrize(
    ("texts", "refs", "expected"),
    [
        pytest.param(
            ["", "Keep the plan moving", ""], ["1.1", "1.2", "1.3"], ["Keep the plan moving"] * 3, id="centred"
        ),
        pytest.param(["Review how", "we govern", ""], None, ["Review how we govern"] * 3, id="lowercase-continues"),
        pytest.param(
            ["Raise the profile and", "Standing of Staff", ""],
            None,
            ["Raise the profile and Standing of Staff"] * 3,
            id="connector-word-continues",
        ),
        pytest.param(["Plans for Education,", "Research"], None, ["Plans for Education, Research"] * 2, id="comma"),
        pytest.param(
            ["Supporting Lifelong", "Learning Plans for staff"],
            ["6.1", "6.2"],
            ["Supporting Lifelong Learning Plans for staff"] * 2,
            id="name-cut-in-two-same-ref-number",
        ),
        pytest.param(
            ["Supporting Lifelong", "Learning Plans for staff"],
            None,
            ["Supporting Lifelong", "Learning Plans for staff"],
            id="name-cut-in-two-needs-refs",
        ),
        pytest.param(
            ["Improve induction", "Improve appraisal"],
            ["4.1", "4.2"],
            ["Improve induction", "Improve appraisal"],
            id="capital-starts-new-group",
        ),
        pytest.param(
            ["Better pay and", "more training"],
            ["3.1", "4.1"],
            ["Better pay and", "more training"],
            id="ref-number-splits",
        ),
        pytest.param([A, "", "", B], ["1.1", "1.2", "2.1", "2.2"], [A, A, B, B], id="refs-place-padding"),
        pytest.param([A, "", B], ["1.1", "5.1", "2.1"], [A, None, B], id="padding-with-other-ref-number-is-alone"),
        pytest.param(["", "", A, "", B], None, [A, A, A, A, B], id="centring-pulls-padding-up"),
        pytest.param([A, "", "", "", "", B], None, [A, A, A, B, B, B], id="centring-splits-long-gap"),
        pytest.param([A, "2032 plans"], None, [A, "2032 plans"], id="digit-first-is-no-signal"),
        pytest.param(["Cut fixed-term contracts", "(FTC)"], None, ["Cut fixed-term contracts (FTC)"] * 2, id="bracket"),
        pytest.param(
            ["Build the Technician", "Hub"], ["3.1", "3.2"], ["Build the Technician Hub"] * 2, id="one-word-name-end"
        ),
        pytest.param(
            [A, "", "", "Two rows of", "text here", ""],
            None,
            [A, A, "Two rows of text here", "Two rows of text here", "Two rows of text here", "Two rows of text here"],
            id="text-over-two-rows-is-centred-on-their-border",
        ),
        pytest.param(["", "", ""], None, [None, None, None], id="no-text"),
        pytest.param([], None, [], id="empty"),
    ],
)
def test_rebuild_merged_cells(texts: list[str], refs: list[str | None] | None, expected: list[str | None]) -> None:
    assert rebuild_merged_cells(pieces(texts, refs)) == expected


def test_tall_rows_weigh_more() -> None:
    """A short theme beside a very tall row: both readings centre, so the gap row fills down."""
    got = rebuild_merged_cells(pieces([A, "", B, "", ""], heights=[3, 1, 10, 1, 1]))
    assert got == [A, A, B, B, B]


def test_hard_break_ends_group() -> None:
    got = rebuild_merged_cells([Piece(A), Piece("", brk=Break.HARD), Piece("continues here", brk=Break.NONE)])
    assert got == [A, "continues here", "continues here"]


@pytest.mark.parametrize(
    ("previous", "current", "brk", "expected"),
    [
        pytest.param(Piece("Promote and"), Piece("Celebrate"), Break.SOFT, True, id="soft-break-connector"),
        pytest.param(
            Piece("Supporting Lifelong", "6"), Piece("Learning Plans", "6"), Break.SOFT, False, id="soft-name"
        ),
        pytest.param(Piece("Promote and"), Piece("celebrate"), Break.HARD, False, id="hard-break"),
        pytest.param(Piece("Theme (e.g."), Piece("Staff) more"), Break.NONE, True, id="open-bracket-and-eg"),
    ],
)
def test_continues(previous: Piece, current: Piece, brk: Break, expected: bool) -> None:
    assert continues(previous, current, brk) is expected


@pytest.mark.parametrize(
    ("ref", "major"),
    [("3.2", "3"), ("A1.4", "A1"), ("12-3", "12"), ("7", None), (None, None), ("Visibility", None)],
    ids=["dotted", "lettered", "dashed", "single", "none", "word"],
)
def test_ref_major(ref: str | None, major: str | None) -> None:
    assert ref_major(ref) == major


piece_strategy = st.builds(
    Piece,
    text=st.sampled_from(["", "", "", "Alpha", "beta gamma", "Delta and", "Epsilon Zeta", "(eta)"]),
    major=st.sampled_from([None, "1", "2"]),
    brk=st.sampled_from(list(Break)),
    height=st.floats(min_value=0.5, max_value=30),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(piece_strategy, max_size=40))
def test_rebuild_properties(items: list[Piece]) -> None:
    """Same length, deterministic, and every row with text gets a theme holding that text."""
    got = rebuild_merged_cells(items)
    assert got == rebuild_merged_cells(list(items))
    assert len(got) == len(items)
    for piece, theme in zip(items, got, strict=True):
        if piece.text.strip():
            assert theme is not None
            assert piece.text.strip() in theme


def test_long_gap_stays_fast() -> None:
    """Gaps far longer than the search window are split in half, not searched."""
    items = [Piece(A), *[Piece("")] * 5000, Piece(B), *[Piece("")] * 5000, Piece("Gamma")]
    got = rebuild_merged_cells(items)
    assert (got[0], got[-1]) == (A, "Gamma")
    assert got.count(A) + got.count(B) + got.count("Gamma") == len(items)
