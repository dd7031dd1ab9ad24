from __future__ import annotations

import pytest

from extractor import headings
from extractor.headings import (
    ABOVE_TABLE,
    BAND,
    HEADING_RULES,
    IN_TABLE,
    OUTLINE,
    Heading,
    Line,
    all_capitals,
    bold_type,
    caption_label,
    ends_table,
    group_heading,
    heading_band,
    heading_level,
    heading_like,
    heading_text,
    heads_key_table,
    holds_no_actions,
    is_heading,
    is_text_heading,
    larger_type,
    margin_heading,
    markdown_heading,
    markdown_heading_parts,
    names_front_matter,
    names_key,
    names_legend,
    names_other_pages,
    names_owner_list,
    names_pillar,
    numbered_heading,
    numbered_section,
    read_heading,
    short_plain_text_line,
    short_unbulleted,
    short_unpunctuated,
    strip_emphasis,
    underlines_heading,
)
from extractor.settings import DEFAULT_TOLERANCES, LayoutTolerances


def test_every_rule_is_listed_once_and_explained() -> None:
    assert len(set(HEADING_RULES)) == len(HEADING_RULES)
    for rule in HEADING_RULES:
        assert rule.__doc__, rule.__name__
        assert len(rule.__doc__.split()) >= 5, rule.__name__
        assert getattr(headings, rule.__name__) is rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Career Development", True),
        ("2 Recognition", True),
        ("VISIBILITY", True),
        ("Run a survey of technicians.", False),  # a sentence
        ("Owners and dates;", False),
        ("Technician Commitment Action Plan", False),  # the title
        ("Page 3 of 9", False),
        ("12", False),
        ("career development", False),  # starts in lower case
        ("One two three four five six seven eight nine ten eleven twelve thirteen", False),
        ("", False),
    ],
)
def test_short_unpunctuated(text: str, expected: bool) -> None:
    assert short_unpunctuated(Line(text)) is expected
    assert heading_like(text) is expected


def test_short_unpunctuated_length_follows_the_tolerance() -> None:
    tight = LayoutTolerances(heading_max_words=2)
    assert short_unpunctuated(Line("Career Development"), tight)
    assert not short_unpunctuated(Line("Career Development Pathways"), tight)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (Line("Our people"), True),
        (Line("• Run a survey"), False),
        (Line("- Run a survey"), False),
        (Line(" ".join(["word"] * 15)), False),
        (Line("a b", word_count=20), False),  # printed words counted, not the text's
    ],
)
def test_short_unbulleted(line: Line, expected: bool) -> None:
    assert short_unbulleted(line) is expected


def test_heading_band_takes_long_text_up_to_a_paragraph() -> None:
    assert heading_band(Line("Career development: " + "grow every technician's skills " * 5))
    assert not heading_band(Line(" ".join(["word"] * 31)))
    assert not heading_band(Line("   "))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (Line("Recognition", size=14.0, body_size=10.0), True),
        (Line("Recognition", size=11.0, body_size=10.0), True),
        (Line("Recognition", size=10.5, body_size=10.0), False),
        (Line("Recognition"), False),  # plain text shows no type
    ],
)
def test_larger_type(line: Line, expected: bool) -> None:
    assert larger_type(line) is expected


def test_bold_type() -> None:
    assert bold_type(Line("Recognition", 10.0, 10.0, bold=True))
    assert not bold_type(Line("Recognition", 10.0, 10.0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("VISIBILITY", True), ("CAREER DEVELOPMENT", True), ("HR", False), ("TCL", False), ("Visibility", False)],
)
def test_all_capitals(text: str, expected: bool) -> None:
    assert all_capitals(Line(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Career development", True), ("3. Sustainability", True), ("Run a survey of every technician", False)],
)
def test_names_pillar(text: str, expected: bool) -> None:
    assert names_pillar(Line(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2. Recognition", True),
        ("2) Recognition", True),
        ("2 \u2013 Recognition", True),
        ("1.3 Training", True),
        ("2024 plans", False),
        ("Recognition", False),
        ("1.2.3", False),
    ],
)
def test_numbered_heading(text: str, expected: bool) -> None:
    assert numbered_heading(Line(text)) is expected


def test_markdown_heading() -> None:
    assert markdown_heading(Line("## Recognition"))
    assert not markdown_heading(Line("#hashtag"))
    assert not markdown_heading(Line("Recognition"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Table 1: Recognition", True),
        ("Section 2 \u2013 Visibility", True),
        ("Objective: Grow skills", True),
        ("Tables and chairs", False),
    ],
)
def test_caption_label(text: str, expected: bool) -> None:
    assert caption_label(Line(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Key", True),
        ("Owner key", True),
        ("Glossary of terms", True),
        ("Abbreviations", True),
        ("Keys to success", False),
    ],
)
def test_ends_table(text: str, expected: bool) -> None:
    assert ends_table(Line(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Key", True),
        ("Owner key", True),
        ("RAG status key", True),
        ("**Status key:**", True),
        ("Responsibility codes", True),
        ("Key to owner codes", True),
        ("Key to leads and status", True),
        ("Codes of practice", False),
        ("Glossary of terms", True),
        ("Abbreviations used in the plan", True),
        ("Table 4: Key", True),
        ("RAG", True),
        ("RAG status", True),
        ("Owner\u2019s key", True),
        ("Key priorities", False),
        ("Keys to success", False),
        ("Appendix A: Monitoring and abbreviations", False),
        ("Owners", False),
        ("Key to the lead, owner and status columns of this plan", False),
    ],
)
def test_names_key(text: str, expected: bool) -> None:
    assert names_key(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who", True),
        ("Who's who", True),
        ("Who\u2019s who", True),
        ("Owners:", True),
        ("Leads", True),
        ("Who we are", False),
        ("Key", False),
    ],
)
def test_names_owner_list(text: str, expected: bool) -> None:
    assert names_owner_list(text) is expected


def test_names_legend_is_a_key_or_an_owner_list() -> None:
    assert names_legend("Key to leads")
    assert names_legend("Owners")
    assert not names_legend("Visibility")
    assert not names_legend("Introduction")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Contents", True),
        ("Table of contents", True),
        ("Introduction to the plan", True),
        ("Background and context", True),
        ("Overview", True),
        ("Career development", False),
        ("Contentment at work", False),
    ],
)
def test_names_front_matter(text: str, expected: bool) -> None:
    assert names_front_matter(text) is expected


def test_holds_no_actions() -> None:
    for text in ("Key", "Status key", "Who", "Summary", "Responsibility codes"):
        assert holds_no_actions(text), text
    for text in ("Visibility", "Key priorities", "Actions"):
        assert not holds_no_actions(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recognition", True),
        ("## 2. Recognition", True),
        ("Run a survey.", False),
        ("our people", False),
        ("Page 4", False),
        ("x" * 200, False),
        ("One two three four five six seven eight nine ten eleven", False),
    ],
)
def test_short_plain_text_line(text: str, expected: bool) -> None:
    assert short_plain_text_line(Line(text)) is expected


def test_contexts_weigh_the_same_rules_differently() -> None:
    capitals = Line("VISIBILITY", 10.0, 10.0)
    pillar = Line("Career development", 10.0, 10.0)
    bold = Line("Our people", 10.0, 10.0, bold=True)
    plain = Line("Our people", 10.0, 10.0)
    assert is_heading(capitals, ABOVE_TABLE)
    assert is_heading(pillar, ABOVE_TABLE)
    assert is_heading(bold, ABOVE_TABLE)
    assert not is_heading(plain, ABOVE_TABLE)
    # inside a table, capitals and pillar names are cell values: only type marks a heading
    assert not is_heading(capitals, IN_TABLE)
    assert not is_heading(pillar, IN_TABLE)
    assert is_heading(bold, IN_TABLE)
    assert is_heading(Line("Our people", 14.0, 10.0), OUTLINE)
    assert not is_heading(Line("• Our people", 14.0, 10.0), OUTLINE)
    assert not is_heading(bold, OUTLINE)
    assert is_heading(Line("A long band " * 4), BAND)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        (Line("## Recognition"), 2),
        (Line("2. Recognition"), 1),
        (Line("2.1 Awards"), 2),
        (Line("Recognition", 16.0, 10.0), 1),
        (Line("Recognition", 10.0, 10.0, bold=True), 2),
    ],
)
def test_heading_level(line: Line, level: int) -> None:
    assert heading_level(line) == level


def test_read_heading_gives_clean_text_and_level() -> None:
    assert read_heading(Line("Table 2: Recognition", 14.0, 10.0)) == Heading("Recognition", 1)
    assert read_heading(Line("Run a survey.", 14.0, 10.0)) is None


def test_heading_text_drops_marks_and_labels() -> None:
    assert heading_text("**Visibility**:") == "Visibility"
    assert heading_text("Table 3 \u2013 Career Development") == "Career Development"


def test_heading_text_keeps_the_section_number_as_printed() -> None:
    assert heading_text("## 3. Career Development") == "3. Career Development"
    assert heading_text("Pillar 4: Sustainability") == "Pillar 4: Sustainability"
    assert heading_text("2) Recognition:") == "2) Recognition"


def test_text_heading_leaves_out_furniture_and_titles() -> None:
    assert is_text_heading("Recognition")
    assert not is_text_heading("Recognition", frozenset({"Recognition"}))
    assert not is_text_heading("Technician Commitment 2024")
    assert is_text_heading("Technician Commitment 2024", allow_title=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("=====", True), ("  ---", True), ("--", False), ("- item", False), ("Recognition", False)],
)
def test_underlines_heading(text: str, expected: bool) -> None:
    assert underlines_heading(Line(text)) is expected


@pytest.mark.parametrize(
    ("text", "above", "expected"),
    [
        ("Recognition", "", True),  # under a blank line
        ("Recognition", "   wrapped end of a row's cells", True),
        ("Recognition", "\f Page header", True),
        ("Recognition", "Run a survey", False),  # the next line of a wrapped first cell
        ("   Recognition", "", False),  # indented: a cell of a later column
        ("Recognition     Owner", "", False),  # two cells, not one phrase
        ("Run a survey of technicians.", "", False),
    ],
)
def test_margin_heading(text: str, above: str, expected: bool) -> None:
    assert margin_heading(text, above) is expected


def test_markdown_heading_parts() -> None:
    assert markdown_heading_parts("## Recognition ##") == (2, "Recognition")
    assert markdown_heading_parts("# 1. Visibility") == (1, "1. Visibility")
    assert markdown_heading_parts("#hashtag") is None
    assert markdown_heading_parts("Recognition") is None


def test_numbered_section() -> None:
    assert numbered_section("1. Visibility") == ("1", "Visibility")
    assert numbered_section("2 Career Development") == ("2", "Career Development")
    assert numbered_section("3. Run a survey of technicians.") is None  # a sentence, not a heading
    assert numbered_section("Visibility") is None


def test_group_heading() -> None:
    assert group_heading("+ Career Development") == "Career Development"
    assert group_heading("\u25bc Recognition") == "Recognition"
    assert group_heading("Expand all") is None


def test_strip_emphasis() -> None:
    assert strip_emphasis("**Lead:** HR") == "Lead: HR"
    assert strip_emphasis("a __b__ c") == "a b c"


def test_default_tolerances_are_used() -> None:
    assert short_unpunctuated(Line("Recognition")) == short_unpunctuated(Line("Recognition"), DEFAULT_TOLERANCES)


def test_every_rule_has_its_own_test() -> None:
    tests = [name for name in globals() if name.startswith("test_")]
    for rule in HEADING_RULES:
        assert any(name.startswith(f"test_{rule.__name__}") for name in tests), rule.__name__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Code   Lead", True),
        ("Abbreviation | Meaning", True),
        ("Initials: Full name", True),
        ("Codes", True),
        ("Code of conduct training", False),
        ("Key priorities for the year", False),
    ],
)
def test_heads_key_table(text: str, expected: bool) -> None:
    assert heads_key_table(text) is expected


def test_a_heading_over_links_to_other_pages_holds_no_actions() -> None:
    """A news page closes with "Related stories" or "More news": headlines of other pages."""
    assert names_other_pages("Related stories")
    assert names_other_pages("**More news**")
    assert names_other_pages("You might also be interested in:")
    assert holds_no_actions("Latest articles")
    assert not names_other_pages("More support for apprentices")
    assert not holds_no_actions("Related training for technicians")
