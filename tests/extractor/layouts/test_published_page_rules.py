"""Rules for published plan pages: fields after a dot, accordion marks, prize lists, progress lines."""

from __future__ import annotations

import pytest

from extractor.headings import group_heading, heading_text, without_toggle
from extractor.layouts.text_cell_runs import cell_run_rows
from extractor.layouts.text_lists import list_lines_to_rows, split_fields
from extractor.layouts.text_pipe_rows import pipe_rows
from extractor.layouts.text_prose import (
    is_member_line,
    is_member_list,
    is_progress_heading,
    narrative_rows,
    under_way_wording,
)
from extractor.layouts.text_status import closing_progress, is_rag_status, progress_line
from extractor.normalise.dates import plan_years, resolve_plan_year
from extractor.normalise.status import find_state
from extractor.rows import ColumnRole
from extractor.sources import SourceLine
from schemas.plan import State


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]


@pytest.mark.parametrize("dot", ["\u00b7", "\u2022", "\u22c5"])
def test_labelled_fields_after_a_middle_dot_leave_the_text(dot: str) -> None:
    text, fields = split_fields(f"Open a bookable tool store {dot} Lead: Estates Office {dot} By: Q2 2027")
    assert text == "Open a bookable tool store"
    assert fields == [(ColumnRole.OWNER, "Estates Office"), (ColumnRole.END, "Q2 2027")]


def test_a_dot_inside_the_sentence_without_a_label_stays() -> None:
    assert split_fields("Print a leaflet \u00b7 two languages")[0] == "Print a leaflet \u00b7 two languages"


def test_rows_of_a_dotted_accordion_plan() -> None:
    page = (
        "### Strand 2: Recognition [+]\n"
        "**2.1** Name technicians on posters \u00b7 Lead: Press Team \u00b7 By: 2026/27\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == ["Name technicians on posters"]
    assert rows[0].cells[ColumnRole.OWNER] == "Press Team"
    assert rows[0].cells[ColumnRole.END] == "2026/27"
    assert rows[0].section == "Strand 2: Recognition"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Theme 3: Careers [+]", "Theme 3: Careers"),
        ("Skills (-)", "Skills"),
        ("Outreach \u25bc", "Outreach"),
        ("Roles at grade 6+", "Roles at grade 6+"),
    ],
)
def test_an_accordion_mark_after_a_heading_is_dropped(heading: str, expected: str) -> None:
    assert without_toggle(heading) == expected


def test_a_numbered_theme_label_stays_in_the_heading_as_printed() -> None:
    assert heading_text("## Theme 4: Sustainability") == "Theme 4: Sustainability"
    assert heading_text("Objective: Grow skills") == "Grow skills"


def test_a_list_of_prize_winners_with_units_is_a_list_of_people() -> None:
    items = [
        "Priya Shah, Cell Imaging Suite \u2013 Apprentice of the Year",
        "Tom Okafor, School of Music \u2013 Studio Technician of the Year",
        "the Marine Workshop team \u2013 Team Award",
    ]
    assert is_member_line(items[0])
    assert is_member_list(items)
    assert not is_member_line("Priya Shah, with the workshop, will run a course")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Amber \u2013 in progress", True),
        ("GREEN: signed off", True),
        ("red", True),
        ("Green roofs on the new science building", False),
        ("Amber \u2013 " + "word " * 20, False),
    ],
)
def test_a_rag_status_is_a_colour_with_a_short_remark(cell: str, expected: bool) -> None:
    assert is_rag_status(cell) is expected


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Amber \u2013 fewer places than planned", State.ACTION_NEEDED),
        ("Green \u2013 three cohorts so far", State.IN_PROGRESS),
        ("Amber \u2013 pilot in two schools", State.IN_PROGRESS),
        ("Amber \u2013 about half of the teams have replied", State.IN_PROGRESS),
        ("Planned", State.NOT_STARTED),
    ],
)
def test_the_words_after_a_colour_give_the_state(text: str, state: State) -> None:
    assert find_state(text) is state


def test_a_review_of_the_year_line_by_line_gives_actions_with_their_status() -> None:
    page = (
        "Looking back\n\n"
        "Named authorship for workshop staff: GREEN \u2013 agreed by Senate\n"
        "Bench space audit in all labs: RED \u2013 delayed\n\n"
        "Next year\n\n"
        "- Publish the audit\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Named authorship for workshop staff",
        "Bench space audit in all labs",
        "Publish the audit",
    ]
    assert rows[1].cells[ColumnRole.STATUS] == "RED \u2013 delayed"
    assert [row.section for row in rows] == ["Looking back", "Looking back", "Next year"]


def test_a_key_line_is_not_a_progress_line() -> None:
    assert progress_line("Amber: some progress") is None
    assert progress_line("Our three aims are these: green, fair and open") is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Kiln room refit \u2013 underway", ("Kiln room refit", "underway")),
        ("Buddy scheme for new starters \u2013 not yet started", ("Buddy scheme for new starters", "not yet started")),
        ("Tours of the labs \u2013 for new starters", None),
    ],
)
def test_a_progress_word_after_a_closing_dash(item: str, expected: tuple[str, str] | None) -> None:
    assert closing_progress(item) == expected


def test_an_item_s_own_progress_word_beats_its_heading() -> None:
    page = "Progress so far\n  - Kiln room refit \u2013 underway\n  - Tool store \u2013 done\n"
    rows = list_lines_to_rows(_lines(page))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == ["Kiln room refit", "Tool store"]
    assert [row.cells[ColumnRole.STATUS] for row in rows] == ["underway", "done"]


def test_pipe_rows_read_a_colour_status_and_an_ongoing_timescale() -> None:
    page = (
        "Visibility | 1a | Print a map of every workshop | Estates Office | Q1 2026 | Green \u2013 complete\n"
        "1b | Film a day in the glass studio | Press Team (Arts) | Ongoing | Amber \u2013 filming now |\n"
        "1c | Hold a lab open evening for families | Outreach Office | 2026/27 | Red \u2013 not started |\n"
    )
    rows, _ = pipe_rows(_lines(page), [])
    assert rows[0].cells[ColumnRole.STATUS] == "Green \u2013 complete"
    assert rows[1].cells[ColumnRole.END] == "Ongoing"
    assert rows[1].cells[ColumnRole.STATUS] == "Amber \u2013 filming now"
    assert rows[1].cells[ColumnRole.OWNER] == "Press Team (Arts)"


def test_a_progress_heading_over_a_paragraph_reports_its_sentences_done() -> None:
    assert is_progress_heading("What we have delivered")
    page = (
        "What we have done\n\n"
        "We held a skills fair for all technical staff in the spring term. We rebuilt the glass studio "
        "with a new extraction system.\n\n"
        "Next steps\n\n"
        "- Open the studio to visitors\n"
    )
    rows = narrative_rows(_lines(page), frozenset(), [], frozenset({7}))
    assert [row.cells[ColumnRole.ACTION][:12] for row in rows] == ["We held a sk", "We rebuilt t"]
    assert {row.status_state for row in rows} == {"complete"}


def test_headings_in_a_page_s_own_words_beside_a_pillar_heading_are_narrative_sections() -> None:
    page = (
        "About the unit\n\n"
        "Around forty technical staff run our studios, stores and workshops across both sites.\n\n"
        "Being heard\n"
        "Last year we opened a technicians' forum that meets with the Dean every term.\n\n"
        "Career Development\n"
        "We are working with a local college on a part-time diploma for studio staff.\n"
    )
    rows = narrative_rows(_lines(page), frozenset(), [])
    assert [row.section for row in rows] == ["Being heard", "Career Development"]
    assert [row.status_state for row in rows] == ["complete", "in_progress"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They are now testing a booking tool.", "They are now testing"),
        ("The tool library is being expanded to two sites.", "is being expanded"),
        ("We are going to write a guide.", None),
    ],
)
def test_under_way_wording(sentence: str, expected: str | None) -> None:
    assert under_way_wording(sentence) == expected


def test_plan_years_in_brackets_before_a_dashed_owner_leave_the_text() -> None:
    text, fields = split_fields("Run a bench-skills week (Years 1\u20132) \u2014 Owner: Stores Manager")
    assert text == "Run a bench-skills week"
    assert fields == [
        (ColumnRole.OWNER, "Stores Manager"),
        (ColumnRole.START, "Years 1\u20132"),
        (ColumnRole.END, "Years 1\u20132"),
    ]


def test_a_plan_year_is_dated_by_the_year_it_opens_in() -> None:
    assert resolve_plan_year(1, "2026-09", bound="end") == "2026"
    assert resolve_plan_year(3, "2026-09", bound="start") == "2028"
    assert plan_years("Train every supervisor by the end of Year 3", prose=True) == (3, 3)


def test_an_accordion_show_word_after_a_pillar_name_is_no_part_of_it() -> None:
    assert group_heading("Recognition Show") == "Recognition"
    assert without_toggle("Glass Studio Show") == "Glass Studio"


def test_section_rows_between_ref_led_rows_of_one_cell_a_line() -> None:
    page = (
        "Recognition \u2014 thanking technical staff\n\n"
        "A1\nName technicians in every annual report\nNames printed\nPress Team\nMar 2026\n\n"
        "A2\nOpen an awards category for studio staff\nCategory open\nHR Reward\nJune 2026\n\n"
        "Growing our own\n\n"
        "B1\nRecruit two print-room apprentices a year\nApprentices in post\nHR Recruitment\nSept 2026\n\n"
        "B2\nPay for a studio safety course for new staff\nCourse booked\nStores Manager\nOct 2026\n"
    )
    rows = cell_run_rows(_lines(page), [])
    assert [row.cells[ColumnRole.REF] for row in rows] == ["A1", "A2", "B1", "B2"]
    assert [row.section for row in rows] == [
        "Recognition \u2014 thanking technical staff",
        "Recognition \u2014 thanking technical staff",
        "Growing our own",
        "Growing our own",
    ]
    assert rows[1].cells[ColumnRole.MEASURE] == "- Category open"


def test_working_group_lines_with_accents_and_a_bracketed_role_are_members() -> None:
    assert is_member_line("Zoë Kowalczyk, Physics, Laboratory Manager")
    assert is_member_line("Professor Sam Eze (Chair), Dean of Science")


def test_a_prose_pillar_section_without_initiatives_gives_no_actions() -> None:
    page = (
        "Visibility\n"
        "- Name every technician on the faculty web pages\n\n"
        "Sustainability\n"
        "**What it means:** we plan now for the technical teams we will need in ten years' time.\n"
        "Actions for this pillar will be agreed once the workforce review reports next spring.\n\n"
        "---\n\n"
        "Questions?\n"
        "Write to the steering group at tc@example.ac.uk or call 01632 960000 any weekday.\n"
    )
    assert narrative_rows(_lines(page), frozenset(), [], frozenset({2})) == []


def test_a_list_of_what_a_review_of_the_plan_will_include_is_no_action_list() -> None:
    page = (
        "Recognition\n- Thank technicians at every graduation\n\n"
        "The 2027 review of the plan will include:\n- a staff survey\n- two open meetings\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == ["Thank technicians at every graduation"]


def test_a_label_in_capitals_glued_to_its_value() -> None:
    page = "Recognition\n\nPrint a poster of every studio team\nLeadPress Team\nRAGAmber\n"
    rows = list_lines_to_rows(_lines(page))
    assert rows[0].cells[ColumnRole.STATUS] == "Amber"
    assert rows[0].section == "Recognition"


def test_goal_blocks_with_dashed_labels_under_pillar_headings() -> None:
    page = (
        "Recognition\n\n"
        "Studio work should count as much as work at the bench.\n\n"
        "Goal 3 \u2013 Name studio staff in every exhibition catalogue\n"
        "Why: visitors rarely learn who built the displays they see.\n"
        "Measure of success \u2013 names printed in every catalogue from 2027\n"
        "When \u2013 by June 2027\n"
    )
    rows = list_lines_to_rows(_lines(page))
    assert len(rows) == 1
    cells = rows[0].cells
    assert (cells[ColumnRole.REF], cells[ColumnRole.ACTION]) == ("3", "Name studio staff in every exhibition catalogue")
    assert cells[ColumnRole.NOTES] == "visitors rarely learn who built the displays they see."
    assert cells[ColumnRole.MEASURE] == "names printed in every catalogue from 2027"
    assert cells[ColumnRole.END] == "by June 2027"
    assert rows[0].section == "Recognition"


def test_a_short_label_glued_to_a_date() -> None:
    assert (
        list_lines_to_rows(_lines("1 - Open a tool library for all staff\n\nDue2026/27\n"))[0].cells[ColumnRole.END]
        == "2026/27"
    )


def test_achievements_of_an_earlier_plan_are_background_not_actions() -> None:
    from extractor.layouts.text_prose import is_progress_heading, names_an_earlier_plan

    assert is_progress_heading("What we have achieved")
    assert not is_progress_heading("What we achieved under our previous plan")
    assert names_an_earlier_plan("Progress made under the original action plan")
    assert not names_an_earlier_plan("Progress against this plan")
