from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalise.text import fold_action_text, fold_text, fold_whitespace, optional_text, split_measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("  a\n b\t\tc  ", "a b c", id="line-breaks-and-tabs"),
        pytest.param("non\u00a0breaking", "non breaking", id="nbsp"),
        pytest.param("e-\nlearning course", "e-learning course", id="hyphen-at-line-end"),
        pytest.param("an e- learning course", "an e-learning course", id="hyphen-then-space"),
        pytest.param("pre- and post-doctoral", "pre- and post-doctoral", id="suspended-hyphen-kept"),
        pytest.param("a self- assessment", "a self-assessment", id="short-prefix-joined"),
        pytest.param("Career Development- promote it", "Career Development- promote it", id="dash-after-long-word"),
        pytest.param("staff - with a dash", "staff - with a dash", id="spaced-dash-kept"),
        pytest.param("Oct- 2021", "Oct- 2021", id="hyphen-before-digit-kept"),
        pytest.param("Cross-\nFaculty", "Cross-Faculty", id="hyphen-before-capital-at-line-end"),
        pytest.param("the Vice-\nChancellor's award", "the Vice-Chancellor's award", id="title-broken-at-hyphen"),
        pytest.param("Oct-\n2021", "Oct- 2021", id="hyphen-before-digit-at-line-end-kept"),
        pytest.param("soft\u00adhyphen", "softhyphen", id="soft-hyphen-dropped"),
        pytest.param("report from <u>PURE</u> data", "report from PURE data", id="format-tags-dropped"),
        pytest.param("target <20% and >5%", "target <20% and >5%", id="angle-brackets-kept"),
        pytest.param("", "", id="empty"),
    ],
)
def test_fold_text(text: str, expected: str) -> None:
    assert fold_text(text) == expected


def test_fold_whitespace_keeps_hyphen_spacing() -> None:
    assert fold_whitespace("Jan-\n 2022") == "Jan- 2022"


def test_optional_text_empty_is_none() -> None:
    assert optional_text(" \n ") is None
    assert optional_text(None) is None


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("One measure\nwrapped over lines", ["One measure wrapped over lines"], id="wrapped-single"),
        pytest.param(
            "-First item\nwrapped\n-Second item - with a dash\n-Third",
            ["First item wrapped", "Second item - with a dash", "Third"],
            id="glued-dash-lines",
        ),
        pytest.param(
            " -First item. -Second item - keeps this -Third ",
            ["First item.", "Second item - keeps this", "Third"],
            id="glued-dash-one-line",
        ),
        pytest.param("\u2022 Alpha \u2022 Beta\n\u2022 Gamma", ["Alpha", "Beta", "Gamma"], id="strong-bullets"),
        pytest.param("1. Alpha 2. Beta 3. Gamma", ["Alpha", "Beta", "Gamma"], id="numbered-inline"),
        pytest.param("1) Alpha\n2) Beta", ["Alpha", "Beta"], id="numbered-lines"),
        pytest.param("Survey in 2022. 2024 target 40%", ["Survey in 2022. 2024 target 40%"], id="numbers-not-items"),
        pytest.param("- Only one", ["Only one"], id="single-bullet-stripped"),
        pytest.param(">90% completion", [">90% completion"], id="comparison-kept"),
        pytest.param("Take-up rises - year on year", ["Take-up rises - year on year"], id="prose-dash"),
        pytest.param(
            "Guide published\n\nGuide used in\nappraisals",
            ["Guide published", "Guide used in appraisals"],
            id="typed-break-blank-line",
        ),
        pytest.param("Fund used; bids from every faculty", ["Fund used; bids from every faculty"], id="semicolon-kept"),
    ],
)
def test_split_measures(cell: str, expected: list[str]) -> None:
    assert split_measures(cell) == expected


@given(st.text())
def test_fold_text_is_idempotent(text: str) -> None:
    once = fold_text(text)
    assert fold_text(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert "\n" not in once


@given(st.text())
def test_split_measures_never_crashes_and_gives_folded_items(text: str) -> None:
    items = split_measures(text)
    assert all(item and item == fold_text(item) for item in items)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param(
            "Hold an open day, including:\n\u2022 lab tours;\n\u2022 talks.",
            "Hold an open day, including: lab tours; talks.",
            id="bullets-dropped",
        ),
        pytest.param("\u2022 Start a hub", "Start a hub", id="leading-bullet"),
        pytest.param("Score 4\u20225 stays", "Score 4\u20225 stays", id="glyph-inside-a-word-kept"),
        pytest.param("Survey - then act", "Survey - then act", id="dash-kept"),
    ],
)
def test_fold_action_text(cell: str, expected: str) -> None:
    assert fold_action_text(cell) == expected


def test_rare_dashes_read_as_the_dashes_the_readers_know() -> None:
    from extractor.normalise.text import fold_rare_dashes

    assert fold_rare_dashes("Goal 4 \u2015 Share the glass shop") == "Goal 4 \u2014 Share the glass shop"
    assert fold_rare_dashes("2 \u2012 Train two fitters") == "2 \u2013 Train two fitters"
    assert fold_rare_dashes("Stores open 9-5 \u2013 weekdays") == "Stores open 9-5 \u2013 weekdays"


def test_a_numbered_objective_after_a_horizontal_bar_is_read(tmp_path: Path) -> None:
    from extractor import extract

    page = tmp_path / "aims.txt"
    page.write_text(
        "Fenwick College technical aims\n\nAim 1 \u2015 Show the kiln team on the college site\n"
        "We will track:\n\u00b7 visits to the team page\n\nAim 2 \u2015 Fund two glazing courses a year\n"
        "We will track:\n\u00b7 places taken up\n\nAim 3 \u2015 Train a second kiln technician\n",
        encoding="utf-8",
    )
    plan = extract(page)
    assert [action.text for action in plan.actions][:2] == [
        "Show the kiln team on the college site",
        "Fund two glazing courses a year",
    ]
    assert plan.actions[0].measures == ["visits to the team page"]
