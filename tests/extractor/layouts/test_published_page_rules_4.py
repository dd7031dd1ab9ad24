"""Rules for published plan pages: glued card labels, checklists, FAQs, lettered aims, narratives told
in the past tense, colour keys and flattened tables whose owners carry no role word.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

import pytest

from extractor.layouts.text_cell_runs import (
    cell_run_rows,
    is_role_name,
    name_in_owner_slot,
    names_a_body,
    owner_run_start,
    rows_above_pillars,
    split_accordion_row,
    status_with_note,
)
from extractor.layouts.text_common import TIMESCALE
from extractor.layouts.text_lists import (
    bracketed_progress_note,
    closing_timescales,
    dated_by_their_words,
    list_lines_to_rows,
    names_a_group,
    names_columns,
    opens_as_action,
    split_fields,
    task_checkbox,
    unglue_header_label,
)
from extractor.layouts.text_prose import (
    heading_status,
    is_question_list,
    narrative_rows,
    reports_behind,
    slipped_wording,
    split_joined_clauses,
    split_theme_prefix,
    told_as_done,
    under_way_wording,
)
from extractor.layouts.text_status import is_rag_key, progress_line
from extractor.rows import ColumnRole, header_role
from extractor.sources import SourceLine
from schemas.plan import State


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]


# --- cards whose labels run into their values ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Accountable managerDirector of Estates", "Accountable manager: Director of Estates"),
        ("Lead(s)Library Services", "Leads: Library Services"),
        ("Completion date2029/30", "Completion date: 2029/30"),
        ("Latest positionOn track", "Latest position: On track"),
        ("Glasshouse tours for visitors", "Glasshouse tours for visitors"),
        ("AboutNewsEvents", "AboutNewsEvents"),
    ],
)
def test_a_header_word_glued_to_its_value_is_a_label(line: str, expected: str) -> None:
    assert unglue_header_label(line) == expected


def test_glued_cards_give_owners_dates_and_a_status_with_its_note() -> None:
    page = _lines(
        "Careers\n"
        "Shadowing days with the engineering workshops\n"
        "Lead(s)Workshop Manager; Apprentice Tutor\n"
        "Start dateOct 2030\n"
        "Completion dateJuly 2031\n"
        "Latest positionOn hold \u2013 waiting for the new building\n"
    )
    rows = list_lines_to_rows(page)
    assert len(rows) == 1
    cells = rows[0].cells
    assert cells[ColumnRole.ACTION] == "Shadowing days with the engineering workshops"
    assert cells[ColumnRole.OWNER] == "Workshop Manager; Apprentice Tutor"
    assert cells[ColumnRole.START] == "Oct 2030"
    assert cells[ColumnRole.END] == "July 2031"
    assert cells[ColumnRole.STATUS] == "On hold \u2013 waiting for the new building"


def test_a_current_position_column_is_the_status() -> None:
    assert header_role("Current position") is ColumnRole.STATUS
    assert header_role("Latest position") is ColumnRole.STATUS


# --- checklists ----------------------------------------------------------------------------------


def test_a_checkbox_is_no_part_of_the_item() -> None:
    assert task_checkbox("[x] Print a welcome pack") == (True, "Print a welcome pack")
    assert task_checkbox("[X] Print a welcome pack") == (True, "Print a welcome pack")
    assert task_checkbox("[ ] Print a welcome pack") == (False, "Print a welcome pack")
    assert task_checkbox("Print a welcome pack [x]") == (False, "Print a welcome pack [x]")


def test_a_tick_says_done_unless_a_heading_says_otherwise() -> None:
    page = _lines(
        "## Our list\n\n- [x] Print a welcome pack for starters\n- [ ] Hold a summer fair for all staff\n\n"
        "## Running late\n\n- [x] Buy a second laser cutter for the studio\n"
    )
    rows = list_lines_to_rows(page)
    assert [r.cells[ColumnRole.ACTION] for r in rows] == [
        "Print a welcome pack for starters",
        "Hold a summer fair for all staff",
        "Buy a second laser cutter for the studio",
    ]
    assert [r.status_state for r in rows] == ["complete", None, "action_needed"]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Carried forward to next year", True),
        ("Rolled over", True),
        ("Not yet achieved", True),
        ("Actions required", False),
        ("Next steps", False),
    ],
)
def test_a_heading_saying_its_items_are_late(heading: str, expected: bool) -> None:
    assert reports_behind(heading) is expected
    said = heading_status(heading)
    assert (said is not None and said[1] is State.ACTION_NEEDED) is expected


def test_a_list_under_a_heading_saying_what_a_review_will_include_is_no_action() -> None:
    page = _lines(
        "## Done\n\n- Print a welcome pack for starters\n\n## What the final survey will cover\n\n"
        "- pay and grading\n- time for training\n"
    )
    rows = list_lines_to_rows(page, rejected=(rejected := []))
    assert [r.cells[ColumnRole.ACTION] for r in rows] == ["Print a welcome pack for starters"]
    assert {rule for rule, _, _ in rejected} == {"contents_list"}


# --- questions and answers -------------------------------------------------------------------------


def test_a_list_of_questions_is_an_faq_not_actions() -> None:
    assert is_question_list(["Who can apply? Any technician.", "When is the deadline? In May.", "More soon"])
    assert not is_question_list(["Who can apply? Any technician.", "Run a fair", "Write a guide"])
    page = _lines(
        "+ Who runs the network?\nA group of six volunteers chosen each spring.\n\n"
        "+ How do I claim my fees?\nSend the form to the payroll team by 30 June 2031.\n\n"
        "+ Is there a newsletter?\nYes, every term, by email.\n"
    )
    rejected: list = []
    assert list_lines_to_rows(page, rejected=rejected) == []
    assert {rule for rule, _, _ in rejected} == {"question_list"}


# --- lettered aims ---------------------------------------------------------------------------------


def test_a_lettered_aim_is_an_action_and_its_paragraph_the_notes() -> None:
    assert opens_as_action("Goal C \u2014 Open a route into teaching")
    assert opens_as_action("Aim 2: Train assessors")
    assert not opens_as_action("Aim to train more assessors")
    page = _lines(
        "Our aims\n\n"
        "Aim A \u2014 Name every technician in the yearbook\n"
        "Few readers of the yearbook know who runs the studios.\n"
        "Led by: Communications Office\n"
        "Target date \u2013 June 2031\n\n"
        "Aim B \u2014 Share one training budget across the colleges\n"
        "Led by: Finance\n"
    )
    rows = list_lines_to_rows(page)
    assert [(r.cells[ColumnRole.REF], r.cells[ColumnRole.ACTION], r.section) for r in rows] == [
        ("A", "Name every technician in the yearbook", "Our aims"),
        ("B", "Share one training budget across the colleges", "Our aims"),
    ]
    assert rows[0].cells[ColumnRole.NOTES] == "Few readers of the yearbook know who runs the studios."
    assert rows[0].cells[ColumnRole.OWNER] == "Communications Office"


# --- narratives ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our podcast now has listeners across the region, since we launched it in May.", "we launched"),
        ("We also gave every apprentice a tool allowance.", "We also gave"),
        ("A technician has joined each hiring panel.", "has joined"),
        ("The mentoring pilot ended in March with twelve pairs.", "ended in"),
        ("We hoped to open a second store.", None),
        ("We have not yet set up the bursary.", None),
        ("We will open a second store.", None),
    ],
)
def test_a_deed_told_in_the_past_tense(sentence: str, expected: str | None) -> None:
    assert told_as_done(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We meant to run a careers fair; it slipped to the autumn.", "it slipped"),
        ("The new rota has been postponed.", "has been postponed"),
        ("We ran a careers fair.", None),
    ],
)
def test_a_sentence_saying_its_initiative_is_late(sentence: str, expected: str | None) -> None:
    assert slipped_wording(sentence) == expected


def test_clauses_after_and_split_only_when_the_actor_opens_a_new_one() -> None:
    assert split_joined_clauses("We wrote a guide, and we will print it for every lab.") == [
        "We wrote a guide",
        "we will print it for every lab.",
    ]
    assert len(split_joined_clauses("We joined a scheme, and our first trainees start in May.")) == 1
    assert len(split_joined_clauses("Credit lines are hard to agree, and we are talking to editors about it.")) == 1
    assert under_way_wording("Credit lines are hard, and we are still talking to editors.") == "we are still talking"


def test_bold_headings_in_own_words_head_a_narrative_and_lead_in_lists_are_not_sentences() -> None:
    page = _lines(
        "# A year of our plan\n\n"
        "**Feeling valued**\n\n"
        "We also held the first awards evening for technical staff in the spring. "
        "The bursary we promised slipped to next year.\n\n"
        "**Careers**\n\n"
        "A shadowing scheme has run since the autumn in four faculties. "
        "Next, we want to fund two places on a management course.\n\n"
        "The shadowing scheme will include:\n\n"
        "- a day in another faculty\n"
        "- a short report\n"
    )
    rows = narrative_rows(page, frozenset(), rejected := [])
    texts = [r.cells[ColumnRole.ACTION] for r in rows]
    assert texts == [
        "We also held the first awards evening for technical staff in the spring.",
        "The bursary we promised slipped to next year.",
        "A shadowing scheme has run since the autumn in four faculties.",
        "Next, we want to fund two places on a management course.",
    ]
    assert [r.section for r in rows] == ["Feeling valued", "Feeling valued", "Careers", "Careers"]
    assert [r.status_state for r in rows] == ["complete", "action_needed", "complete", None]
    assert {rule for rule, _, _ in rejected} >= {"lead_in", "list_under_lead_in"}


# --- colour keys and flattened tables ----------------------------------------------------------


def test_a_colour_key_is_no_progress_line() -> None:
    assert is_rag_key("Green = done; Amber = slipping; Red = stopped")
    assert not is_rag_key("Amber \u2013 half of the schools have replied")
    assert progress_line("The board reviews this list each term. Colours: Green \u2013 done; Red \u2013 late") is None
    assert progress_line("Skills audit of the workshops: AMBER \u2013 half done") is not None


def test_a_title_case_name_after_the_action_is_the_owner_where_the_table_puts_owners_there() -> None:
    row = [(None, "Publish a skills map", 1), (None, "Talent Acquisition", 2), (ColumnRole.END, "May 2031", 3)]
    assert name_in_owner_slot(row)[1][0] is ColumnRole.OWNER
    sentence = [(None, "Publish a skills map", 1), (None, "Map shared by all schools", 2)]
    assert name_in_owner_slot(sentence) == sentence


def test_cells_above_the_first_pillar_are_the_page_not_a_row() -> None:
    assert rows_above_pillars([None, None, "Careers", "Careers", "Careers"]) == 2
    assert rows_above_pillars([None, "Careers", "Careers"]) == 0
    page = _lines(
        "Northfield Institute\n\nStaff pages\n\nOur tracker \u2013 June 2031\n\n"
        "Career development\n\n"
        "Fund a place on a leadership course\n\nTalent Acquisition\n\nMar 2031\n\nGreen\n\n"
        "Open a mentoring scheme for new starters\n\nHead of People\n\nJun 2031\n\nNot yet due\n\n"
        "Publish a map of technical roles and grades\n\nEstates Office\n\nSep 2031\n\nAmber\n"
    )
    rows = cell_run_rows(page, rejected := [])
    assert [r.cells[ColumnRole.OWNER] for r in rows] == ["Talent Acquisition", "Head of People", "Estates Office"]
    assert [r.cells.get(ColumnRole.STATUS) for r in rows] == ["Green", "Not yet due", "Amber"]
    assert any(rule == "cells_above_table" for rule, _, _ in rejected)


# --- second round: review tables, joined rows, bracketed remarks -----------------------------------


def test_an_outcome_cell_opening_with_a_status_is_the_status() -> None:
    assert status_with_note("Met. Forty staff came to the launch.")
    assert status_with_note("Not achieved \u2013 the budget went elsewhere")
    assert not status_with_note("Forty staff came to the launch. Met.")
    page = _lines(
        "Careers\n\nK1\n\nFund a place on a leadership course\n\nHead of People\n\nMar 2031\n\n"
        "Partly achieved. Two of four places taken.\n\n"
        "K2\n\nOpen a mentoring scheme\n\nTechnicians' forum\n\nEvery six months\n\nMet\n\n"
        "K3\n\nSurvey technical staff twice\n\nStaff Survey Group\n\n2030 and 2032\n\nNot met\n"
    )
    rows = cell_run_rows(page, [])
    assert [r.cells.get(ColumnRole.STATUS) for r in rows] == [
        "Partly achieved. Two of four places taken.",
        "Met",
        "Not met",
    ]
    assert [r.cells.get(ColumnRole.END) for r in rows] == ["Mar 2031", "Every six months", "2030 and 2032"]
    assert rows[1].cells[ColumnRole.OWNER] == "Technicians' forum"
    assert [r.section for r in rows] == ["Careers"] * 3


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("15/09/2031", True), ("09/2031", True), ("2030 and 2032", True), ("Every three months", True), ("1.2", False)],
)
def test_day_dates_pairs_of_years_and_repeats_are_timescales(cell: str, expected: bool) -> None:
    assert bool(TIMESCALE.match(cell)) is expected


def test_a_sentence_case_body_is_a_name_but_a_sentence_is_not() -> None:
    assert names_a_body("Lab managers")
    assert not names_a_body("Hire the lab managers")
    assert not names_a_body("Lab managers.")


def test_a_line_of_column_names_heads_no_section() -> None:
    assert names_columns("Ref Action Lead Timescale")
    assert not names_columns("Pillar 2 Recognition")
    page = _lines(
        "Ref Action Lead Timescale\nPillar 2 Recognition\n2.1 Start an award for support staff Reward Team Q1 2031\n"
        "2.2 Thank technicians in the annual report Press Office 2031/32\n"
    )
    rows = list_lines_to_rows(page)
    assert [r.section for r in rows] == ["Pillar 2 Recognition", "Pillar 2 Recognition"]


def test_an_owner_run_starts_at_a_role_of_something_or_where_the_action_repeats() -> None:
    assert split_accordion_row("Publish a map for the Bay Campus Head of Estates 2031") == (
        "Publish a map for the Bay Campus",
        "Head of Estates",
        "2031",
        None,
    )
    assert owner_run_start(["Launch", "the", "Spring", "Fair", "Spring", "Fair", "Team"], 5) == 2
    assert owner_run_start(["Map", "the", "roles", "Workforce", "Planning", "Team"], 3) == 0
    assert is_role_name("Head of School (Physics)")


def test_a_bracketed_remark_on_progress_is_a_note() -> None:
    assert bracketed_progress_note("Trial a shared rota (trial done, rollout next year)") == (
        "Trial a shared rota",
        "trial done, rollout next year",
    )
    assert bracketed_progress_note("Trial a shared rota (all sites)") is None
    assert bracketed_progress_note("Trial a shared rota (complete)") is None


@pytest.mark.parametrize("verb", ["Bring", "Repeat", "Secure", "Widen"])
def test_a_theme_lead_before_a_plain_verb(verb: str) -> None:
    assert split_theme_prefix(f"Pay \u2013 {verb} the grading review to the board") == (
        "Pay",
        f"{verb} the grading review to the board",
    )


# --- third round: dates told in the sentence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Open the workshop to visitors each spring", [(ColumnRole.END, "each spring")]),
        ("Fund a bursary from 2032.", [(ColumnRole.START, "from 2032")]),
        ("Run a survey by the end of 2033", [(ColumnRole.END, "by the end of 2033")]),
        (
            "Train two assessors every year from March 2032",
            [(ColumnRole.START, "from March 2032"), (ColumnRole.END, "every year")],
        ),
        ("Publish the 2031 survey", []),
        ("Meet in the new building", []),
    ],
)
def test_the_timescales_a_sentence_closes_with(text: str, expected: list) -> None:
    assert closing_timescales(text) == expected


def test_only_undated_rows_take_the_dates_of_their_words() -> None:
    page = _lines(
        "## Plans\n\n- Open the workshop to visitors each spring\n- Fund a bursary from 2032 (Lead: HR; By: 2034)\n\n"
        "## What the launch will include\n\n- a talk by the dean in May 2031\n- a tour of the labs\n"
    )
    rows = dated_by_their_words(list_lines_to_rows(page, rejected=(rejected := [])))
    assert [r.cells.get(ColumnRole.END) for r in rows] == ["each spring", "2034"]
    assert ColumnRole.START not in rows[1].cells
    assert {rule for rule, _, _ in rejected} == {"contents_list"}


def test_a_group_in_sentence_case_in_closing_brackets_is_the_owner() -> None:
    assert names_a_group("Lab safety team")
    assert not names_a_group("Lab Safety")
    text, fields = split_fields("Give every starter a buddy (Line managers; annually)")
    assert text == "Give every starter a buddy"
    assert fields == [(ColumnRole.OWNER, "Line managers"), (ColumnRole.END, "annually")]


def test_a_deed_told_with_have_also() -> None:
    assert told_as_done("We have also put every technician's name on the board.") == "have also put"
