"""Fields of published plan pages, eighth round: a colour key printed as a sentence, the key
read over a progress heading, and status words of part-way progress.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from text_pages import page_lines as _lines

from extractor import extract
from extractor.assemble import states_from_key
from extractor.headings import heading_text
from extractor.layouts.text_guess import STATUS_CELL, is_date_cell
from extractor.layouts.text_lists import label_role, list_lines_to_rows, names_a_reason, unglue_label
from extractor.layouts.text_prose import now_in_place, planned_wording, subject_did, told_as_done
from extractor.layouts.text_status import closing_progress_note, closing_rag, colour_key_sentence, key_states
from extractor.normalise.dates import names_two_dates
from extractor.normalise.owners import normalise_owners
from extractor.normalise.pillars import classify_pillar
from extractor.normalise.status import find_state
from extractor.rows import ColumnRole
from schemas.plan import Action, Pillar, Provenance, Rag, Recurrence, State, Status


@pytest.mark.parametrize(
    "sentence",
    [
        "The board rates each aim: Green = finished, Amber = under way, Red = off track, Grey = not yet started.",
        "Ratings are set each spring. GREEN: done. AMBER: in progress. RED: at risk. GREY: not started.",
        "Each colour is the panel's view: green done, amber started but not finished, red stuck, grey not begun.",
    ],
)
def test_a_colour_key_written_as_a_sentence_gives_each_colour_its_state(sentence: str) -> None:
    assert colour_key_sentence(sentence) == {
        "green": State.COMPLETE,
        "amber": State.IN_PROGRESS,
        "red": State.ACTION_NEEDED,
        "grey": State.NOT_STARTED,
    }
    assert key_states(["Hollinbrook Farm College", sentence]) == colour_key_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new glasshouse has a green roof, red brick walls and a blue door.",
        "Green = done or on track, Red = behind.",  # a colour with two meanings: no key at all
        "Green = done.",  # one colour explains nothing about the others
        "Red: the colour we chose for the new workshop signs because it reads from far away.",
    ],
)
def test_prose_naming_colours_is_no_key(sentence: str) -> None:
    assert colour_key_sentence(sentence) == {}


@pytest.mark.parametrize(
    ("words", "state"),
    [
        ("started but not finished", State.IN_PROGRESS),
        ("moving, but not yet complete", State.IN_PROGRESS),
        ("stuck", State.ACTION_NEEDED),
        ("not yet complete", State.ACTION_NEEDED),
        ("finished", State.COMPLETE),
    ],
)
def test_words_of_part_way_and_stuck_progress_name_their_state(words: str, state: State) -> None:
    assert find_state(words) is state


def test_a_colour_alone_takes_the_key_s_state_over_a_heading_s() -> None:
    rated = Action(text="Ran a taster day", status=Status(raw="AMBER", state=State.COMPLETE, rag="amber"),
                   provenance=Provenance(line=1))  # fmt: skip
    worded = Action(text="Ran a fair", status=Status(raw="Done", state=State.COMPLETE), provenance=Provenance(line=2))
    states_from_key([rated, worded], {"amber": State.IN_PROGRESS, "done": State.NOT_STARTED})
    assert [action.status.state if action.status else None for action in (rated, worded)] == [
        State.IN_PROGRESS,
        State.COMPLETE,
    ]


_RATED_PAGE = """Hollinbrook Farm College
Technician Commitment: progress in 2026

Each item below ends in the panel's rating: GREEN complete, AMBER under way, RED behind schedule.

What we have done
- Opened a seed bank for the glasshouses. GREEN
- Began a fitter apprenticeship with two places filled of four. AMBER
- Asked the county for a second minibus for farm visits. RED
"""


def test_items_under_a_progress_heading_read_their_colour_by_the_page_s_key(tmp_path: Path) -> None:
    page = tmp_path / "progress.txt"
    page.write_text(_RATED_PAGE, encoding="utf-8")
    plan = extract(page)
    assert [a.status.state if a.status else None for a in plan.actions] == [
        State.COMPLETE,
        State.IN_PROGRESS,
        State.ACTION_NEEDED,
    ]


_FIELD_LINE_PAGE = """Hollinbrook Farm College

(+) Career development
Ways for farm technicians to learn and move up.
\u25aa Fitters \u2013 Take on a tractor fitter apprentice each autumn
  Lead: Farm Manager | When: September 2026 | Status: Not started
\u25aa Skills \u2013 Send each stockperson on one external course a year
  Owner: Head of Estates; By: July 2027; Progress: Under way
"""


def test_a_line_of_fields_under_an_item_gives_each_field_and_a_toggle_mark_leaves_the_heading() -> None:
    rows = list_lines_to_rows(_lines(_FIELD_LINE_PAGE))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Take on a tractor fitter apprentice each autumn",
        "Send each stockperson on one external course a year",
    ]
    assert [(row.cells[ColumnRole.OWNER], row.cells[ColumnRole.END], row.cells[ColumnRole.STATUS]) for row in rows] == [
        ("Farm Manager", "September 2026", "Not started"),
        ("Head of Estates", "July 2027", "Under way"),
    ]
    assert {row.section for row in rows} == {"Career development"}


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("[+] Visibility", "Visibility"),
        ("(\u2212) Sustainability", "Sustainability"),
        ("[1] Visibility", "[1] Visibility"),
    ],
)
def test_a_bracketed_toggle_before_a_heading_is_no_part_of_it(heading: str, words: str) -> None:
    assert heading_text(heading) == words


_REASONED_GOALS = """Hollinbrook Farm College
TECHNICIAN COMMITMENT GOALS 2026-2029

Goal 1 \u2013 Show visitors who runs the farm machinery
Why we are doing thisVisitors to open days meet lecturers but rarely the machinery team.
How we'll know it worksA named photo board in each yard; a farm-team page online
LeadFarm Manager

2 \u2013 Train the next tractor fitters
The reasoning behind it
Two of our three fitters retire within five years.
Measures
\u00b7 One fitter apprentice taken on each year
\u00b7 A fitter's handbook for each tractor model
\u00b7 Written cover for every fitter's role

3 \u2013 Ask the team each year how the plan is going
"""


def test_reasons_and_measures_in_the_page_s_own_words_are_notes_and_measures() -> None:
    rows = list_lines_to_rows(_lines(_REASONED_GOALS))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Show visitors who runs the farm machinery",
        "Train the next tractor fitters",
        "Ask the team each year how the plan is going",
    ]
    first, second = rows[0].cells, rows[1].cells
    assert first[ColumnRole.NOTES] == "Visitors to open days meet lecturers but rarely the machinery team."
    assert first[ColumnRole.MEASURE] == "A named photo board in each yard; a farm-team page online"
    assert first[ColumnRole.OWNER] == "Farm Manager"
    assert second[ColumnRole.NOTES] == "Two of our three fitters retire within five years."
    assert second[ColumnRole.MEASURE].split("\n") == [
        "- One fitter apprentice taken on each year",
        "- A fitter's handbook for each tractor model",
        "- Written cover for every fitter's role",
    ]


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("Why we're doing this", True),
        ("Why this matters to us", True),
        ("The thinking behind it", True),
        ("Reasons for this", True),
        ("Why technicians?", False),
        ("The thinking of the board", False),
    ],
)
def test_a_label_saying_why_names_the_notes(label: str, reason: bool) -> None:
    assert names_a_reason(label) is reason
    assert (label_role(label, strict=True) is ColumnRole.NOTES) is reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Why we're doing thisFew staff knew the fitters", "Why we're doing this: Few staff knew the fitters"),
        ("How we will measure itTen staff trained", "How we will measure it: Ten staff trained"),
        ("Visits to the farm for local Schools", "Visits to the farm for local Schools"),
        ("Tours of the new glasshouse and the McDonald yard", "Tours of the new glasshouse and the McDonald yard"),
    ],
)
def test_a_label_in_the_page_s_words_glued_to_its_value_is_parted_from_it(line: str, expected: str) -> None:
    assert unglue_label(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fitter handbook \u2013 Amber \u2013 under way, four of six models written", "Amber"),
        ("Seed bank \u2013 GREEN \u2013 complete \u2713", "GREEN"),
        ("Minibus for farm visits \u2013 red \u2013 paused until the county replies to our letter", "red"),
    ],
)
def test_one_rule_reads_a_colour_printed_before_an_item_s_progress_note(line: str, expected: str) -> None:
    item, status = line.split(" \u2013 ", 1)
    assert closing_rag(line) == (item, status)
    assert status.startswith(expected)
    noted = closing_progress_note(line)  # the note alone: the colour stays with what precedes it
    assert noted is not None
    assert noted[0] == f"{item} \u2013 {expected}"


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("Farm technicians now sit on the college's estates board.", State.COMPLETE),
        ("The long-service prizes were opened to the machinery team in May.", State.COMPLETE),
        ("Three stockpersons began the animal-care diploma in January.", State.COMPLETE),
        ("Next term we plan to offer a first-aid course to every yard technician.", State.NOT_STARTED),
        ("We now plan to offer a first-aid course.", State.NOT_STARTED),
        ("Our skilled fitters keep the tractors running.", None),
        ("The open day was planned for the spring.", None),
    ],
)
def test_a_narrative_sentence_s_tense_gives_its_state(sentence: str, state: State | None) -> None:
    done = told_as_done(sentence) or subject_did(sentence) or now_in_place(sentence)
    read = State.COMPLETE if done else State.NOT_STARTED if planned_wording(sentence) else None
    assert read is state


@pytest.mark.parametrize(
    ("heading", "pillar"),
    [
        ("Helping our people grow", Pillar.CAREER_DEVELOPMENT),
        ("Room to grow", Pillar.CAREER_DEVELOPMENT),
        ("Growing our technicians", Pillar.CAREER_DEVELOPMENT),
        ("Growing crops in the glasshouse", None),
    ],
)
def test_a_heading_in_a_page_s_own_words_about_growing_people_is_career_development(
    heading: str, pillar: Pillar | None
) -> None:
    assert classify_pillar(heading) is pillar


_PROGRESS_ITEMS = """Hollinbrook Farm College: the plan's second year

Progress so far
- A first-aid course for yard staff \u2013 under way, twelve places taken so far
- A tool library for the fitters \u2013 done
"""


def test_a_progress_item_s_words_after_the_state_and_a_comma_are_its_notes(tmp_path: Path) -> None:
    page = tmp_path / "progress.txt"
    page.write_text(_PROGRESS_ITEMS, encoding="utf-8")
    first, second = extract(page).actions
    assert first.status is not None
    assert (first.status.raw, first.status.state, first.notes) == (
        "under way",
        State.IN_PROGRESS,
        "twelve places taken so far",
    )
    assert second.notes is None


_GREY_ROWS = """Hollinbrook Farm College | Technician Commitment

Each row is rated by the estates board: GREEN = complete, AMBER = under way, GREY = not yet started.

F1 | Put the yard team's names on the farm gate board | Farm Manager | May 2026 | GREEN |
F2 | Run a tractor-safety day for new students | Head of Estates | June 2026 | GREY |
F3 | Write a fitter's handbook for each tractor model | Senior Fitter | 2026/27 | AMBER |
"""


def test_a_grey_rating_is_a_row_s_status_and_the_key_gives_its_state(tmp_path: Path) -> None:
    assert STATUS_CELL.match("GREY")
    assert STATUS_CELL.match("Blue")
    page = tmp_path / "rows.txt"
    page.write_text(_GREY_ROWS, encoding="utf-8")
    actions = extract(page).actions
    assert [a.owners for a in actions] == [["Farm Manager"], ["Head of Estates"], ["Senior Fitter"]]
    assert [(a.status.raw, a.status.state, a.status.rag) if a.status else None for a in actions] == [
        ("GREEN", State.COMPLETE, Rag.GREEN),
        ("GREY", State.NOT_STARTED, None),
        ("AMBER", State.IN_PROGRESS, Rag.AMBER),
    ]


@pytest.mark.parametrize(
    ("cell", "date", "both"),
    [
        ("2026 and 2029", True, True),
        ("2027 and 2028", True, True),
        ("May 2026 & May 2027", True, False),
        ("2027-2028", True, False),
        ("Yard staff and fitters", False, False),
    ],
)
def test_two_times_joined_by_and_are_a_date_cell_with_both_ends(cell: str, date: bool, both: bool) -> None:
    assert is_date_cell(cell) is date
    assert names_two_dates(cell) is both


_YEARLY_AFTER = """Hollinbrook Farm College: Technician Commitment plan

Our plan runs from September 2026 to July 2029; Year 1 is 2026/27.

Career development
- Agree a training plan with every yard technician in Year 1 and review it each year after
- Hold a machinery-safety refresher in Year 2 and annually thereafter
- Open a tool library by the end of Year 3
"""


def test_a_plan_year_then_a_yearly_repeat_is_the_start_and_an_annual_end(tmp_path: Path) -> None:
    page = tmp_path / "plan.txt"
    page.write_text(_YEARLY_AFTER, encoding="utf-8")
    actions = extract(page).actions
    assert [(a.start.date if a.start else None) for a in actions] == ["2026", "2027", None]
    assert [(a.end.date, a.end.recurrence) if a.end else None for a in actions] == [
        (None, Recurrence.ANNUAL),
        (None, Recurrence.ANNUAL),
        ("2028", None),  # Year 3 is 2028/29, dated by its first year
    ]


@pytest.mark.parametrize(
    ("cell", "owners"),
    [
        ("Named Welfare and Safety Officer", ["Named Welfare and Safety Officer"]),
        ("Farm Estates and Machinery Team", ["Farm Estates and Machinery Team"]),
        ("Estates Director and Farm Manager", ["Estates Director", "Farm Manager"]),
        ("HR and Farm Manager", ["HR", "Farm Manager"]),
    ],
)
def test_two_words_naming_a_field_and_one_role_after_them_are_one_owner(cell: str, owners: list[str]) -> None:
    assert normalise_owners(cell) == owners
