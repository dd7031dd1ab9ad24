"""Published plan pages: lead-ins, progress headings, membership lists, narratives, flattened tables.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import ErrorCode, ExtractionError, extract
from extractor.headings import group_heading
from extractor.layouts.plain_text import parse
from extractor.layouts.text_cell_runs import (
    accordion_line_rows,
    cell_run_rows,
    split_accordion_row,
    split_accordion_rows,
    title_case_run,
    trailing_timescale,
)
from extractor.layouts.text_lists import is_card_title, list_lines_to_rows, themes_like_siblings, unlabelled_fields
from extractor.layouts.text_pipe_rows import cell_role, pipe_cells, pipe_rows
from extractor.layouts.text_prose import (
    actor_code,
    assigned_owners,
    done_wording,
    is_lead_in,
    is_link_line,
    is_member_line,
    is_member_list,
    is_quotation,
    narrative_rows,
    refers_back,
    reports_done,
    split_joined_clauses,
    split_sentences,
    split_theme_prefix,
    tick_header_split,
    tick_table_rows,
)
from extractor.rows import ColumnRole
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument, SourceLine, open_source
from schemas.plan import State


def numbered(text: str) -> list[SourceLine]:
    return [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]


# --- single-line rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The panel members are:", True),
        ("Over the summer we have committed to:", True),
        ("Most of the first year's aims were met, for instance:", True),
        ("Key dates:", False),
        ("Training and development:", False),
        ("Recognition", False),
        ("- Items are:", False),
    ],
)
def test_lead_in_ends_on_a_function_word(line: str, expected: bool) -> None:
    assert is_lead_in(line) is expected


@pytest.mark.parametrize(
    ("text", "clause", "expected"),
    [
        ("Phase 1 Aims Complete", False, "Phase 1 Aims Complete"),
        ("Spring term - progress so far", False, "Spring term - progress so far"),
        ("Our achievements", False, "Our achievements"),
        ("What we have done", False, "What we have done"),
        ("First year aims have been achieved, among them:", True, "First year aims have been achieved"),
        ("Second year - looking ahead", False, None),
        ("Planned for next year", False, None),
        (None, False, None),
    ],
)
def test_reports_done_reads_completion_only(text: str | None, clause: bool, expected: str | None) -> None:
    assert reports_done(text, clause=clause) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We opened a shared bench for apprentices.", "We opened"),
        ("Two guides have been written for new starters.", "have been written"),
        ("We run a monthly coffee morning.", None),
        ("We need volunteers for the open day.", None),
    ],
)
def test_done_wording(sentence: str, expected: str | None) -> None:
    assert done_wording(sentence) == expected


@pytest.mark.parametrize(
    ("line", "strict", "expected"),
    [
        ("Priya Nair (Geography) Vice-Chair,", False, True),
        ("Secretary: Tom Okafor (Estates)", False, True),
        ("Owen Grey Faculty HR Partner", False, True),
        ("Dana Holt (Biosciences)", False, True),
        ("Dana Holt (Biosciences)", True, False),
        ("Dana Holt (Biosciences) Lab Manager", True, True),
        ("Dana Holt (Biosciences) to review the rota", False, False),
        ("Create Staff Awards (annual)", False, False),
        ("Run a survey of every lab", False, False),
    ],
)
def test_member_line(line: str, strict: bool, expected: bool) -> None:
    assert is_member_line(line, strict=strict) is expected


def test_member_list_needs_most_items_to_name_people() -> None:
    people = ["Priya Nair (Geography) Chair", "Owen Grey HR Partner", "Dana Holt (Biosciences)"]
    assert is_member_list(people)
    assert not is_member_list(["Priya Nair (Geography) Chair", "Hold a forum", "Write a guide"])
    assert not is_member_list(["Priya Nair (Geography) Chair"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Read the summary report (PDF, 850KB)", True),
        ("Termly update (docx)", True),
        ("Download the full plan here", True),
        ("Publish an annual report on progress", False),
    ],
)
def test_link_line(line: str, expected: bool) -> None:
    assert is_link_line(line) is expected


def test_assignment_sentence_names_its_owners() -> None:
    assert assigned_owners("Ruth Bell and Sam Ode have an action to refresh the intranet pages.") == [
        "Ruth Bell",
        "Sam Ode",
    ]
    assert assigned_owners("Ruth Bell has actions to chair the forum") == ["Ruth Bell"]
    assert assigned_owners("The forum met in May and agreed its terms.") == []


def test_actor_code_opens_the_sentence() -> None:
    assert actor_code("EDI to audit the recruitment adverts") == "EDI"
    assert actor_code("Estates to repaint the workshop") is None  # a word, not a unit's code
    assert actor_code("All schools to nominate a champion") is None


def test_sentences_and_clauses() -> None:
    assert split_sentences("We print a newsletter. Dr. Ames edits it. It goes out monthly") == [
        "We print a newsletter.",
        "Dr. Ames edits it.",
        "It goes out monthly",
    ]
    assert split_joined_clauses("Posters have been designed for each lab, and we hold tours:") == [
        "Posters have been designed for each lab",
        "we hold tours",
    ]
    assert split_joined_clauses("We fund courses, and travel to them.") == ["We fund courses, and travel to them."]


def test_refers_back_and_quotation() -> None:
    assert refers_back("The bursary covers exam fees.", "We created a bursary for apprentices.")
    assert refers_back("It is open to every grade.", "We created a bursary.")
    assert not refers_back("The workshop has new benches.", "We created a bursary.")
    assert is_quotation("\u201cThe placement changed how I work.\u201d")
    assert not is_quotation("We host placements.")


def test_tick_header_split() -> None:
    split = tick_header_split("Visibility Recognition Career Development Sustainability Hold a termly forum")
    assert split == (["Visibility", "Recognition", "Career", "Development", "Sustainability"], "Hold a termly forum")
    assert tick_header_split("Career Development Hold a termly forum") is None
    assert tick_header_split("Visibility matters to us") is None


def test_tick_table_rows_skip_a_fragment() -> None:
    rejected: list = []
    lines = numbered(
        "Introduction to the plan.\n"
        "Visibility Recognition Career Sustainability Development Publish a termly bulletin for all staff\n"
        "Fund two conference places a year\n"
        "and more\n"
        "\n"
        "Contact us"
    )
    rows = tick_table_rows(lines, rejected)
    assert [r.cells[ColumnRole.ACTION] for r in rows] == [
        "Publish a termly bulletin for all staff",
        "Fund two conference places a year",
    ]
    assert [rule for rule, _, _ in rejected] == ["too_short"]


# --- narratives under pillar headings ----------------------------------------------------

NARRATIVE = """About our technicians
We have around 80 technical staff across three campuses.

Visibility
Each department profiles one technician a term on its pages. Posters have been designed \
for every lab, and we hold tours for visitors:
Recognition
We created the Bench Medal for outstanding support. The medal is awarded each July.

\u201cWinning the medal meant a lot to my team.\u201d
Lee Marsh
WORKSHOP LEAD, NORTH CAMPUS
Sustainability
We offer school pupils a week of work experience in our"""


def test_narrative_sentences_under_pillar_headings_are_actions() -> None:
    rejected: list = []
    rows = narrative_rows(numbered(NARRATIVE), frozenset(), rejected)
    got = [(r.section, r.cells[ColumnRole.ACTION], r.status_state) for r in rows]
    assert got == [
        ("Visibility", "Each department profiles one technician a term on its pages.", None),
        ("Visibility", "Posters have been designed for every lab", "complete"),
        ("Visibility", "we hold tours for visitors", None),
        ("Recognition", "We created the Bench Medal for outstanding support.", "complete"),
        ("Sustainability", "We offer school pupils a week of work experience in our", None),
    ]
    assert rows[3].cells[ColumnRole.NOTES] == "The medal is awarded each July."
    rules = [rule for rule, _, _ in rejected]
    assert rules.count("prose_outside_pillar_section") == 1
    assert "quotation" in rules
    assert rules.count("attribution") == 2


# --- lists on a progress page ------------------------------------------------------------

PROGRESS_PAGE = """Our steering group
The group first met in March.
Its members are:
- Chair: Priya Nair (Geography),
- Owen Grey Faculty HR Partner,
- Dana Holt (Biosciences),
- Tom Okafor (Estates) Union Representative.
Forum Opened
The forum opened in June.
Phase 1 Aims Complete
Phase 1 aims have been met; they include:
- Write a guide to the technical career routes
- EDI to audit the recruitment adverts
- Read the summary report (PDF, 850KB)
Phase 2 - Next steps

  - Survey every technician about training needs
  - Hold a careers fair for technical staff"""


def test_progress_page_lists() -> None:
    rejected: list = []
    rows = list_lines_to_rows(numbered(PROGRESS_PAGE), frozenset(), rejected)
    got = [(r.section, r.cells[ColumnRole.ACTION], r.cells.get(ColumnRole.OWNER)) for r in rows]
    assert got == [
        ("Phase 1 Aims Complete", "Write a guide to the technical career routes", None),
        ("Phase 1 Aims Complete", "EDI to audit the recruitment adverts", "EDI"),
        ("Phase 2 - Next steps", "Survey every technician about training needs", None),
        ("Phase 2 - Next steps", "Hold a careers fair for technical staff", None),
    ]
    statuses = [(r.cells.get(ColumnRole.STATUS), r.status_state) for r in rows]
    assert statuses == [("Phase 1 Aims Complete", "complete")] * 2 + [(None, None)] * 2
    rules = [rule for rule, _, _ in rejected]
    assert rules == ["member_list"] * 4 + ["link_line"]


def test_lead_in_without_heading_gives_status_and_no_section() -> None:
    text = (
        "Ruth Bell and Sam Ode have actions to keep the intranet pages current.\n"
        "\n"
        "Most first-year aims have been completed, for example:\n"
        "\n"
        "  \u2022 Map the committees technicians sit on\n"
        "  \u2022 Start a monthly newsletter"
    )
    rows = list_lines_to_rows(numbered(text))
    assert [(r.section, r.cells.get(ColumnRole.STATUS), r.cells.get(ColumnRole.OWNER)) for r in rows] == [
        (None, None, "Ruth Bell\n\nSam Ode"),
        (None, "Most first-year aims have been completed", None),
        (None, "Most first-year aims have been completed", None),
    ]


def test_heading_over_an_introduction_and_an_indented_list() -> None:
    text = (
        "Career Development\n"
        "This pillar is about growing skills.\n"
        "\n"
        "    \u2022 Fund two conference places a year\n"
        "    \u2022 Offer a mentoring scheme"
    )
    rows = list_lines_to_rows(numbered(text))
    assert [r.section for r in rows] == ["Career Development", "Career Development"]


def test_navigation_line_far_above_a_list_is_no_heading() -> None:
    text = (
        "Skip to content Skip to menu\n"
        "\n"
        "Technician Commitment news 2024\n"
        "A short introduction.\n"
        "This year we will:\n"
        "- Run a showcase"
    )
    rows = list_lines_to_rows(numbered(text))
    assert [r.section for r in rows] == [None]


# --- flattened pipe rows -----------------------------------------------------------------

PIPES = """Our plan
RECOGNITION | 1. | Nominate technicians for national awards |
2. | Add technicians to the staff awards | |
3. | Thank technical teams in the annual review | |
CAREER DEVELOPMENT | 1. | Fund two conference places a year | HR |
2. | Offer | |"""


def test_pipe_rows_rebuilt_from_cell_content() -> None:
    rejected: list = []
    rows, used = pipe_rows(numbered(PIPES), rejected)
    got = [(r.cells.get(ColumnRole.PILLAR), r.cells.get(ColumnRole.REF), r.cells[ColumnRole.ACTION]) for r in rows]
    assert got == [
        ("RECOGNITION", "1", "Nominate technicians for national awards"),
        ("RECOGNITION", "2", "Add technicians to the staff awards"),
        ("RECOGNITION", "3", "Thank technical teams in the annual review"),
        ("CAREER DEVELOPMENT", "1", "Fund two conference places a year"),
    ]
    assert rows[3].cells[ColumnRole.OWNER] == "HR"
    assert rows[0].section == "RECOGNITION"
    assert used == {2, 3, 4, 5, 6}
    assert [rule for rule, _, _ in rejected] == ["too_short"]


def test_pipe_cells_and_roles() -> None:
    assert pipe_cells("| a | b |") == ["a", "b"]
    assert pipe_cells("| --- | --- |") is None
    assert pipe_cells("no pipes here") is None
    assert cell_role("Visibility") is ColumnRole.PILLAR
    assert cell_role("2.") is ColumnRole.REF
    assert cell_role("Mar 2026") is ColumnRole.END
    assert cell_role("Write a guide") is None


def test_fewer_than_three_pipe_lines_are_no_table() -> None:
    assert pipe_rows(numbered("A | B\nC | D"), [])[0] == []


# --- whole pages -------------------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_layout_records_rejections(tmp_path: Path) -> None:
    path = write(tmp_path, "progress.txt", PROGRESS_PAGE)
    settings = ExtractionSettings()
    with open_source(path, settings) as source:
        output = parse(source, settings)
    assert len(output.rows) == 4
    assert [rule for rule, _, _ in output.rejected].count("member_list") == 4
    assert output.candidates == len(output.rows) + len(output.rejected)


def test_progress_page_end_to_end(tmp_path: Path) -> None:
    plan = extract(write(tmp_path, "progress.txt", PROGRESS_PAGE))
    first = plan.actions[0]
    assert first.status is not None
    assert first.status.state is State.COMPLETE
    assert first.status.raw == "Phase 1 Aims Complete"
    assert plan.actions[1].owners == ["EDI"]
    assert plan.actions[2].status is None


def test_narrative_page_end_to_end(tmp_path: Path) -> None:
    plan = extract(write(tmp_path, "narrative.txt", NARRATIVE))
    assert [a.pillar.value if a.pillar else None for a in plan.actions] == [
        "visibility",
        "visibility",
        "visibility",
        "recognition",
        "sustainability",
    ]
    status = plan.actions[1].status
    assert status is not None
    assert status.state is State.COMPLETE


def test_news_item_still_has_no_actions(tmp_path: Path) -> None:
    news = (
        "News\n\nLab open day a success\n\n"
        "Over 300 visitors came to the open day on Saturday. Staff showed the new microscopes.\n\n"
        "Contact: events office\n"
    )
    with pytest.raises(ExtractionError) as caught:
        extract(write(tmp_path, "news.txt", news))
    assert caught.value.code is ErrorCode.NO_ACTIONS


def test_form_page_still_has_no_actions(tmp_path: Path) -> None:
    form = "Feedback form\n\nYour name\n\nYour email\n\nYour comments\n\nSubmit\n"
    with pytest.raises(ExtractionError) as caught:
        extract(write(tmp_path, "form.txt", form))
    assert caught.value.code is ErrorCode.NO_ACTIONS


# --- fields and themes as pages print them --------------------------------------------------


def test_glued_labels_are_read_as_fields() -> None:
    text = (
        "Action 1\nSet up a technicians' forum\nLeadDeputy Registrar\nOutcomeA forum meets each term\nTarget80% attend"
    )
    rows = list_lines_to_rows(numbered(text))
    assert [{role.value: value for role, value in row.cells.items()} for row in rows] == [
        {
            "ref": "1",
            "action": "Set up a technicians' forum",
            "owner": "Deputy Registrar",
            "measure": "- A forum meets each term\n- 80% attend",
        }
    ]


def test_theme_before_a_dash_then_an_imperative() -> None:
    text = "- Induction \u2013 Give every new starter a tour of the labs\n- Staff fund - A pot of money for courses"
    rows = list_lines_to_rows(numbered(text))
    assert [(r.cells.get(ColumnRole.THEME), r.cells[ColumnRole.ACTION]) for r in rows] == [
        ("Induction", "Give every new starter a tour of the labs"),
        (None, "Staff fund - A pot of money for courses"),
    ]


def test_numbered_objectives_with_their_rationale() -> None:
    text = (
        "Our objectives\n"
        "\n"
        "1 \u2013 Make technical work visible across the university\n"
        "Few staff know what the technical teams do. We will publish profiles.\n"
        "\n"
        "2 \u2013 Widen the routes into technical careers\n"
        "\n"
        "Apprentices are hard to recruit locally.\n"
        "Contact: technicians@example.ac.uk"
    )
    rows = list_lines_to_rows(numbered(text))
    got = [(r.cells[ColumnRole.REF], r.cells[ColumnRole.ACTION], r.cells.get(ColumnRole.NOTES)) for r in rows]
    assert got == [
        (
            "1",
            "Make technical work visible across the university",
            "Few staff know what the technical teams do. We will publish profiles.",
        ),
        ("2", "Widen the routes into technical careers", "Apprentices are hard to recruit locally."),
    ]


# --- tables flattened with their header lost ------------------------------------------------

CELLS = """Our action plan

Action

Lead

Deadline

Visibility

1.1

Publish a profile of each technical team

Head of Communications

Mar 2026

1.2

Add technicians to the open day programme

Events Team

Annually

Recognition

2.1

Start a technician of the year award

Finance & Estates

Q3 2026

Complete
"""


def test_one_cell_per_line_without_header() -> None:
    rejected: list = []
    rows = cell_run_rows(numbered(CELLS), rejected)
    got = [{role.value: value for role, value in row.cells.items()} for row in rows]
    assert got == [
        {
            "ref": "1.1",
            "action": "Publish a profile of each technical team",
            "owner": "Head of Communications",
            "end": "Mar 2026",
            "pillar": "Visibility",
        },
        {
            "ref": "1.2",
            "action": "Add technicians to the open day programme",
            "owner": "Events Team",
            "end": "Annually",
            "pillar": "Visibility",
        },
        {
            "ref": "2.1",
            "action": "Start a technician of the year award",
            "owner": "Finance & Estates",
            "status": "Complete",
            "end": "Q3 2026",
            "pillar": "Recognition",
        },
    ]
    assert [rule for rule, _, _ in rejected] == ["cells_without_fields"]  # the title line


def test_one_cell_per_line_without_refs() -> None:
    text = (
        "Run a skills audit\nHR Partner Recruitment\nJun 2026\n"
        "Fund two conference places\nFaculty Office\nAnnually\n"
        "Set up a mentoring scheme\nDean of Science\nSep 2026\n"
    )
    rows = cell_run_rows(numbered(text), [])
    assert [(r.cells[ColumnRole.ACTION], r.cells[ColumnRole.OWNER]) for r in rows] == [
        ("Run a skills audit", "HR Partner Recruitment"),
        ("Fund two conference places", "Faculty Office"),
        ("Set up a mentoring scheme", "Dean of Science"),
    ]


def test_prose_is_no_cell_table() -> None:
    text = "We met in May.\nThe forum agreed its aims.\nMore news soon.\nThanks to all who came."
    assert cell_run_rows(numbered(text), []) == []


def test_accordion_rows_end_with_owner_and_date() -> None:
    assert split_accordion_row("Open a tool library for all labs Head of Estates Mar 2026") == (
        "Open a tool library for all labs",
        "Head of Estates",
        "Mar 2026",
        None,
    )
    assert split_accordion_row("Launch the scheme in March 2026") is None
    text = (
        "Career routes\n"
        "- Map the technical career routes HR Partner Recruitment Q2 2026\n"
        "- Offer two secondments a year Technical Services Manager Annually\n"
        "- Pilot a returners' scheme Finance & Estates 2026/27\n"
    )
    rows = split_accordion_rows(list_lines_to_rows(numbered(text)))
    got = [(r.cells[ColumnRole.ACTION], r.cells[ColumnRole.OWNER], r.cells[ColumnRole.END]) for r in rows]
    assert got == [
        ("Map the technical career routes", "HR Partner Recruitment", "Q2 2026"),
        ("Offer two secondments a year", "Technical Services Manager", "Annually"),
        ("Pilot a returners' scheme", "Finance & Estates", "2026/27"),
    ]


def test_a_few_dated_items_are_not_accordion_rows() -> None:
    text = "- Launch the Technician Network March 2026\n- Hold a forum\n- Write a guide\n- Run a survey\n"
    rows = list_lines_to_rows(numbered(text))
    assert split_accordion_rows(rows) == rows


def test_accordion_row_cells_are_peeled_by_what_they_hold() -> None:
    assert split_accordion_row("Run a skills audit Workshop Managers Group 2025/26 In progress") == (
        "Run a skills audit",
        "Workshop Managers Group",
        "2025/26",
        "In progress",
    )
    assert split_accordion_row("Hold a lab open day Heads of School by end of 2027 Not started") == (
        "Hold a lab open day",
        "Heads of School",
        "by end of 2027",
        "Not started",
    )
    # a repeat and a status that share a word: the status is last, the repeat before it
    assert split_accordion_row("Review the rota Facility Leads Ongoing Ongoing")[2:] == ("Ongoing", "Ongoing")
    # an owner with no role word, in title case after a sentence-case action
    assert split_accordion_row("Show visitors round the workshops Visitor Experience Autumn 2026")[1] == (
        "Visitor Experience"
    )
    # a status needs a timescale before it; a lone "Ongoing" is the timescale
    assert split_accordion_row("Keep the rota Facility Leads Ongoing")[2:] == ("Ongoing", None)


def test_trailing_timescale_and_unit_name() -> None:
    assert trailing_timescale(["Lead", "by", "the", "end", "of", "2026"]) == 5
    assert trailing_timescale(["Lead", "Winter", "term", "2026"]) == 3
    assert trailing_timescale(["keep", "going"]) == 0
    assert title_case_run(["Print", "a", "guide", "Library", "Services"]) == 2
    assert title_case_run(["Print", "a", "guide", "for", "Wales"]) == 0


def test_accordion_lines_take_the_pillar_group_above() -> None:
    text = (
        "Our plan\n\nVisibility\nShow or hide\n"
        "Film a tour of each workshop Media Production Team Q1 2026\n"
        "Name technicians on lab doors Estates Office 2026/27\n\n"
        "+ Sustainability\n"
        "Train two new glassblowers Head of Technical Services Spring 2027\n"
    )
    rows = accordion_line_rows(numbered(text))
    assert [(r.section, r.cells[ColumnRole.PILLAR]) for r in rows] == [
        ("Visibility", "Visibility"),
        ("Visibility", "Visibility"),
        ("Sustainability", "Sustainability"),
    ]
    assert group_heading("\u25b8 Recognition") == "Recognition"
    assert group_heading("Show or hide") is None


def test_a_plus_pillar_item_heads_the_numbered_rows_under_it() -> None:
    text = (
        "+ Visibility\n"
        "1.1 Posters \u2013 Put up a poster of each team Comms Office Q2 2026 Completed\n"
        "1.2 Tours \u2013 Run lab tours for staff Estates Office Q3 2026 In progress\n"
        "+ Recognition\n"
        "2.1 Prizes \u2013 Start a prize for support staff Reward Team 2026/27 Not started\n"
    )
    rows = split_accordion_rows(list_lines_to_rows(numbered(text)))
    assert [r.section for r in rows] == ["Visibility", "Visibility", "Recognition"]
    assert [r.cells[ColumnRole.STATUS] for r in rows] == ["Completed", "In progress", "Not started"]
    assert "Recognition" not in rows[1].cells[ColumnRole.ACTION]


# --- more of what is not an action ------------------------------------------------------------

MENU_AND_CONTENTS = """  \u2022 Home
  \u2022 Our labs
  \u2022 News
  \u2022 Contact

Apprentice programme

The two-year programme will include:
- Weekly college days
- A placement in two different labs

Our goals for this year include:
- Run a careers fair for technical staff
- Publish a guide to professional registration
- Dr Ana Silva \u2013 Technical Director (Chemistry)
- Events"""


def test_menus_contents_and_single_words_are_not_actions() -> None:
    rejected: list = []
    rows = list_lines_to_rows(numbered(MENU_AND_CONTENTS), frozenset(), rejected)
    assert [r.cells[ColumnRole.ACTION] for r in rows] == [
        "Run a careers fair for technical staff",
        "Publish a guide to professional registration",
    ]
    assert [rule for rule, _, _ in rejected] == ["navigation_list"] * 4 + ["contents_list"] * 2 + [
        "member_line",
        "too_short",
    ]


MIXED = """Visibility
This pillar is about being seen and known across the campus.
  \u2022 Publish a termly bulletin about technical teams
  \u2022 Hold an open lab afternoon for all staff

Recognition
We created a thank-you card scheme that any member of staff can use for technicians. \
Cards are collected at the end of each term.
"""


def test_prose_pillar_section_beside_listed_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.txt", MIXED)
    settings = ExtractionSettings()
    with open_source(path, settings) as source:
        output = parse(source, settings)
    got = [(r.section, r.cells[ColumnRole.ACTION]) for r in output.rows]
    assert got == [
        ("Visibility", "Publish a termly bulletin about technical teams"),
        ("Visibility", "Hold an open lab afternoon for all staff"),
        ("Recognition", "We created a thank-you card scheme that any member of staff can use for technicians."),
        ("Recognition", "Cards are collected at the end of each term."),
    ]


def test_short_lines_under_a_pillar_are_no_narrative() -> None:
    text = "Visibility\nV1\nPublish a profile\nTCC\nMar 2026\nRecognition\nR1\nStart an award\nHR\n"
    assert narrative_rows(numbered(text), frozenset(), []) == []


def test_heading_saying_work_is_under_way() -> None:
    text = (
        "Work in progress\n- Map the technical career routes\n- Agree a job family\n\nPlanned actions\n- Run a survey"
    )
    rows = list_lines_to_rows(numbered(text))
    assert [(r.cells.get(ColumnRole.STATUS), r.status_state) for r in rows] == [
        ("Work in progress", "in_progress"),
        ("Work in progress", "in_progress"),
        (None, None),
    ]


def test_pipe_rows_with_leading_pipes_and_a_markdown_legend() -> None:
    text = (
        "| VISIBILITY | 1. | Publish a termly bulletin |\n"
        "| 2. | Hold an open lab afternoon | |\n"
        "| 3. | Film a day in a workshop | |\n"
        "\n"
        "| Code | Lead |\n"
        "| --- | --- |\n"
        "| TCC | Technician Commitment Champion |\n"
        "| HTS | Heads of Technical Services |\n"
        "| LDC | Learning and Development Centre |\n"
    )
    rows, _ = pipe_rows(numbered(text), [])
    assert [(r.cells[ColumnRole.REF], r.cells[ColumnRole.ACTION]) for r in rows] == [
        ("1", "Publish a termly bulletin"),
        ("2", "Hold an open lab afternoon"),
        ("3", "Film a day in a workshop"),
    ]


# --- cards: a title line with labelled fields under it ----------------------------------------

CARDS = """Visibility
Posters \u2013 Publish a poster for every workshop door
OwnerWorkshop Manager
Target10 posters
Whenby end of 2026
Tours \u2013 Run walks for new staff round the boat sheds
OwnerHarbour Master
WhenSpring 2027

Recognition
Thanks \u2013 Send a thank-you card after each big job
OwnerSite Director
MeasureCards sent every quarter
"""


def test_cards_are_actions_with_the_fields_below_them() -> None:
    rows = list_lines_to_rows(numbered(CARDS))
    got = [(r.section, r.cells.get(ColumnRole.THEME), r.cells[ColumnRole.ACTION]) for r in rows]
    assert got == [
        ("Visibility", "Posters", "Publish a poster for every workshop door"),
        ("Visibility", "Tours", "Run walks for new staff round the boat sheds"),
        ("Recognition", "Thanks", "Send a thank-you card after each big job"),
    ]
    assert [r.cells[ColumnRole.OWNER] for r in rows] == ["Workshop Manager", "Harbour Master", "Site Director"]
    assert rows[0].cells[ColumnRole.END] == "by end of 2026"


def test_wrapped_ref_text_above_fields_is_not_a_card() -> None:
    text = "2.1 Set up a lending scheme for spare\nequipment across the faculty.\nLead: Stores\nBy: May 2026\n"
    rows = list_lines_to_rows(numbered(text))
    assert len(rows) == 1
    assert rows[0].cells[ColumnRole.REF] == "2.1"
    assert is_card_title(numbered("Set up a lending scheme\nLead: Stores\nBy: May 2026\n"), 0)


def test_a_theme_before_a_dash_is_read_like_its_siblings() -> None:
    text = "- Tours \u2013 Run lab tours\n- Posters \u2013 Publish posters\n- Kit \u2013 Lend spare kit to schools\n"
    rows = list_lines_to_rows(numbered(text))
    assert [r.cells.get(ColumnRole.THEME) for r in rows] == ["Tours", "Posters", "Kit"]
    lone = list_lines_to_rows(numbered("- Kit \u2013 Lend spare kit to schools\n- Hold a forum\n- Write a guide\n"))
    assert ColumnRole.THEME not in lone[0].cells
    assert themes_like_siblings([]) == []


def test_pipe_row_cells_around_the_action_are_theme_and_owner() -> None:
    text = (
        "SUSTAINABILITY | S1 | Kit | Lend spare lab kit to local schools each term | Outreach Office | Complete |\n"
        "S2 | Skills | Record how each rare instrument is set up | Imaging Facility Leads | In progress | |\n"
        "S3 | Archive | Keep a shared list of retired equipment | Stores and Logistics | Not started | |\n"
    )
    rows, _ = pipe_rows(numbered(text), [])
    got = [(r.cells[ColumnRole.THEME], r.cells[ColumnRole.OWNER], r.cells[ColumnRole.STATUS]) for r in rows]
    assert got == [
        ("Kit", "Outreach Office", "Complete"),
        ("Skills", "Imaging Facility Leads", "In progress"),
        ("Archive", "Stores and Logistics", "Not started"),
    ]


def test_an_owner_and_timescale_in_closing_brackets_are_fields() -> None:
    text = "- Paint the workshop doors (Site Services, Q4 2026)\n- Buy a second lathe (Finance Office; 2026/27)\n"
    rows = list_lines_to_rows(numbered(text))
    got = [(r.cells[ColumnRole.ACTION], r.cells[ColumnRole.OWNER], r.cells[ColumnRole.END]) for r in rows]
    assert got == [
        ("Paint the workshop doors", "Site Services", "Q4 2026"),
        ("Buy a second lathe", "Finance Office", "2026/27"),
    ]
    assert unlabelled_fields("Read the leaflet (PDF, 2MB)") is None
    assert unlabelled_fields("Meet the team (all of us, every week)") is None


def test_cells_per_line_rows_close_at_each_pillar_and_quarters_are_dates() -> None:
    text = (
        "Harbour Works\nIntranet > Staff > Plan\nOur plan for the year ahead, kept up to date by the office.\n"
        "Visibility\nFilm a tour of each workshop\nMedia Team\nQ1 2026\nCompleted\n"
        "Name technicians on lab doors\nEstates Office\nOngoing\nOngoing\n"
        "Recognition\nStart a prize for support staff\nReward Team\nby end of 2026\nNot started\n"
    )
    rejected: list = []
    rows = cell_run_rows(numbered(text), rejected)
    got = [
        (r.section, r.cells[ColumnRole.ACTION], r.cells.get(ColumnRole.END), r.cells.get(ColumnRole.STATUS))
        for r in rows
    ]
    assert got == [
        ("Visibility", "Film a tour of each workshop", "Q1 2026", "Completed"),
        ("Visibility", "Name technicians on lab doors", "Ongoing", "Ongoing"),
        ("Recognition", "Start a prize for support staff", "by end of 2026", "Not started"),
    ]
    assert [rule for rule, _, _ in rejected] == ["cells_without_fields"]
    assert not list_lines_to_rows(numbered("Q3 2026\nQ4 2026\n"))


def test_a_status_after_a_closing_dash_is_the_status() -> None:
    text = (
        "- Lab tours began in March \u2013 Completed\n"
        "- Rota for the stores \u2013 In progress\n"
        "- Tea and talks \u2013 a chat\n"
    )
    rows = list_lines_to_rows(numbered(text))
    assert [r.cells.get(ColumnRole.STATUS) for r in rows] == ["Completed", "In progress", None]
    assert rows[0].cells[ColumnRole.ACTION] == "Lab tours began in March"


EVENT_LISTING = """MONDAY 3 MARCH 2031
Spring Networking Lunch for Technical Staff
12pm \u2013 1pm, Main Hall
Come and meet colleagues from other faculties.
Book now

FRIDAY 14 MARCH 2031
Introduction to Glassblowing Safety
Online
Training

MONDAY 7 APRIL 2031
Inside the Electron Microscopy Suite
Lecture Room 4
Talk
"""


def test_listing_of_named_events_is_no_action_table() -> None:
    """Cells of an events listing (a date, a title in title case, a place) are no plan."""
    assert cell_run_rows(numbered(EVENT_LISTING), []) == []


def test_member_table_is_not_guessed_as_actions() -> None:
    """A tab-flattened table of people (name, role, unit) gives no actions of its own."""
    text = (
        "Group members\nName\tRole\tUnit\nDr Ann Lee\tChair\tPhysics\nRaj Patel\tLab Manager\tChemistry\n"
        "Tom Green\tTechnician\tBiology\n\nActions\n- Run a survey of all staff \u2014 HR Team \u2014 Q2 2031\n"
    )
    source = SourceDocument(
        path=Path("members.txt"), display_path="members.txt", kind="text", sha256="0" * 64, lines=numbered(text)
    )
    rows = parse(source, ExtractionSettings()).rows
    assert [row.cells.get(ColumnRole.ACTION) for row in rows] == ["Run a survey of all staff"]


def test_a_theme_before_a_colon_or_a_one_word_theme_that_is_also_a_verb() -> None:
    assert split_theme_prefix("Glass workshop: Send every trainee on the safety course") == (
        "Glass workshop",
        "Send every trainee on the safety course",
    )
    assert split_theme_prefix("Record \u2013 Print the year's training hours in the annual report") == (
        "Record",
        "Print the year's training hours in the annual report",
    )
    assert split_theme_prefix("Record the hours \u2013 Print them yearly") is None
    assert split_theme_prefix("Glass workshop: The kilns are old") is None
