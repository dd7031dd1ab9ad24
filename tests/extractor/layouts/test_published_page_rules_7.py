"""Rules for published plan pages: pipe tables written without their outer pipes, rows a dropped
pillar cell shifted left, "Commitment" as a header, codes such as "LAB-04", cards opening with
their aim and glued labels led by an acronym, and a page's key giving status words their state.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from pathlib import Path

from text_pages import page_lines as _lines
from text_pages import text_page as _page

from extractor import extract
from extractor.layouts.plain_text import parse
from extractor.layouts.text_guess import guess_headerless, named_columns
from extractor.layouts.text_lists import card_aim, italic_label_line, list_lines_to_rows, unglue_label
from extractor.layouts.text_status import closing_progress_note, key_states
from extractor.layouts.text_tables import REF_LIKE, outer_pipes
from extractor.normalise.owners import normalise_owners
from extractor.normalise.text import split_measures
from extractor.rows import ColumnRole, header_role, is_header_row
from extractor.settings import ExtractionSettings
from schemas.plan import State

_BARE_PIPES = """Holloway College | Staff | Technical careers

Pillar | Action | Owner | By | Progress
----- | ------ | ----- | -- | -----
Visibility | Put every workshop technician's photo on the room door | Head of Estates | May 2025 | Done

Add a technicians' column to the staff newsletter | Comms Office | Termly | Begun |

Recognition | Start a long-service award for technical staff | HR Reward | 2025/26 | Waiting

Key: Done = finished; Begun = work under way; Waiting = not yet begun.
Holloway College | Privacy | Cookies | Accessibility
"""


def test_a_pipe_table_without_outer_pipes_is_read_with_its_header() -> None:
    rows = parse(_page(_BARE_PIPES), ExtractionSettings()).rows
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Put every workshop technician's photo on the room door",
        "Add a technicians' column to the staff newsletter",
        "Start a long-service award for technical staff",
    ]
    assert rows[1].cells[ColumnRole.OWNER] == "Comms Office"  # the shifted row back under its header
    assert rows[1].cells[ColumnRole.STATUS] == "Begun"


def test_outer_pipes_leave_a_menu_and_a_lone_row_alone() -> None:
    page = _lines("Home | News | Contact\nWelcome to the site\nA | B\n")
    assert [line.text for line in outer_pipes(page)] == [line.text for line in page]


def test_the_page_key_gives_status_words_their_state(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(_BARE_PIPES, encoding="utf-8")
    states = [action.status.state for action in extract(path).actions if action.status]
    assert states == [State.COMPLETE, State.IN_PROGRESS, State.NOT_STARTED]


def test_a_key_giving_a_colour_two_meanings_gives_no_state() -> None:
    assert key_states(["RAG key: Green = done or on track; Amber = at risk; Red = stalled"]) == {}
    assert key_states(["RAG key: Green = finished; Amber = under way; Red = stalled"]) == {
        "green": State.COMPLETE,
        "amber": State.IN_PROGRESS,
        "red": State.ACTION_NEEDED,
    }
    assert key_states(["Our plan: Phase one = the first year; Phase two = the second"]) == {}


def test_commitment_heads_the_action_column() -> None:
    assert header_role("Commitment") is ColumnRole.ACTION
    assert is_header_row(["Area", "Commitment", "Owner", "Due"])


def test_a_code_of_letters_a_hyphen_and_digits_is_a_ref() -> None:
    assert REF_LIKE.match("LAB-04")
    assert REF_LIKE.match("CD-2")
    assert not REF_LIKE.match("LABS-04-2026x")
    assert not REF_LIKE.match("Induction")
    assert not REF_LIKE.match("Jun-25")


_AIM_CARDS = """Supporting careers

Aim: Mentoring \u2013 Pair every apprentice with a senior glassblower
Who leads: Workshop Managers
Deadline: June 2026
RAG rating: Amber

Aim: Prizes \u2013 Enter one technical team for a national award each year
Who leads: Dean of Science
Deadline: Annually
RAG rating: Green

RAG rating: Green = finished; Amber = under way; Red = stalled.
"""


def test_a_card_opening_with_its_aim_is_an_action() -> None:
    rows = list_lines_to_rows(_lines(_AIM_CARDS))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Pair every apprentice with a senior glassblower",
        "Enter one technical team for a national award each year",
    ]
    assert [row.cells[ColumnRole.THEME] for row in rows] == ["Mentoring", "Prizes"]
    assert rows[1].cells[ColumnRole.STATUS] == "Green"  # the key below the cards is no field of the last


def test_an_aim_sentence_with_no_fields_below_is_no_card() -> None:
    page = _lines("Aim: to make technical careers visible across the college.\nWe began in 2024.")
    assert card_aim(page[0].text, page, 0) is None


def test_a_label_led_by_an_acronym_comes_apart_from_its_value() -> None:
    assert unglue_label("RAG ratingRed") == "RAG rating: Red"
    assert unglue_label("RAGE against the dying light") == "RAGE against the dying light"


def test_a_small_triangle_is_a_bullet() -> None:
    page = _lines("Outreach\n\u25b9 Run a summer school for sixth-formers (Y2) \u2014 Responsible: Outreach Office")
    rows = list_lines_to_rows(page)
    assert [row.cells[ColumnRole.ACTION] for row in rows] == ["Run a summer school for sixth-formers"]
    assert rows[0].cells[ColumnRole.OWNER] == "Outreach Office"


_COMMITMENTS = """Our promises to technical staff

Commitment 1: Open our labs' doors to the public
Few visitors know what our technicians do. Our open days rarely show the workshops.
We'll know it's working when:
- each open day includes a workshop tour
- visitor feedback names the technical teams

Commitment 2: Pay for professional registration
Only a handful of technicians are registered.
How we will know:
- forty technicians registered by 2027
"""


def test_a_numbered_commitment_is_an_action_with_its_reasons_and_measures() -> None:
    rows = list_lines_to_rows(_lines(_COMMITMENTS))
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "Open our labs' doors to the public",
        "Pay for professional registration",
    ]
    assert [row.cells[ColumnRole.REF] for row in rows] == ["1", "2"]
    assert split_measures(rows[0].cells[ColumnRole.MEASURE]) == [
        "each open day includes a workshop tour",
        "visitor feedback names the technical teams",
    ]
    assert rows[0].cells[ColumnRole.NOTES].startswith("Few visitors know")
    assert split_measures(rows[1].cells[ColumnRole.MEASURE]) == ["forty technicians registered by 2027"]


_UPDATE = """What we did this year
Technicians' photographs put up outside every teaching lab [GREEN]
Mentoring pairs set up for new glassblowers [AMBER \u2013 six of ten pairs]

Still to come
Publish a careers map for technical staff Head of Technical Services Q2 2026
Run a workload survey of all workshop staff Technical Forum Chair Spring 2026
Start a technician exchange with a partner college HR Business Partner 2026/27

RAG: GREEN = finished; AMBER = under way; RED = not yet begun.
"""


def test_items_closing_with_a_bracketed_rag_word_are_reviewed_actions(tmp_path: Path) -> None:
    path = tmp_path / "update.txt"
    path.write_text(_UPDATE, encoding="utf-8")
    actions = extract(path).actions
    assert [a.text for a in actions] == [
        "Technicians' photographs put up outside every teaching lab",
        "Mentoring pairs set up for new glassblowers",
        "Publish a careers map for technical staff",
        "Run a workload survey of all workshop staff",
        "Start a technician exchange with a partner college",
    ]
    assert [(a.status.rag, a.status.state) for a in actions[:2] if a.status] == [
        ("green", State.COMPLETE),
        ("amber", State.IN_PROGRESS),
    ]
    assert actions[2].owners == ["Head of Technical Services"]


def test_a_pledge_closing_with_owner_and_time_after_a_dash() -> None:
    page = _lines(
        "Next year we will:\n"
        "(a) add a technicians' page to the intranet \u2013 Web Team, by March 2026\n"
        "(b) set aside a budget for conference travel \u2013 Finance, 2026/27\n"
    )
    rows = list_lines_to_rows(page)
    assert [row.cells[ColumnRole.ACTION] for row in rows] == [
        "add a technicians' page to the intranet",
        "set aside a budget for conference travel",
    ]
    assert [row.cells[ColumnRole.OWNER] for row in rows] == ["Web Team", "Finance"]
    assert rows[1].cells[ColumnRole.END] == "2026/27"


_ITALIC_OWNERS = """#### Recognition

- **Awards** \u2013 Nominate a technical team for the regional awards each year
  _Owner: Deputy Principal \u00b7 Annually_
- **Credit** \u2013 Name the technicians who ran each experiment in the school's posters
  _Owner: Heads of School \u00b7 from May 2026_
"""


def test_an_italic_owner_line_gives_the_owner_and_the_date() -> None:
    rows = list_lines_to_rows(_lines(_ITALIC_OWNERS))
    assert [row.cells[ColumnRole.OWNER] for row in rows] == ["Deputy Principal", "Heads of School"]
    assert rows[0].cells[ColumnRole.END] == "Annually"
    assert rows[1].cells[ColumnRole.START] == "from May 2026"
    assert [row.cells[ColumnRole.THEME] for row in rows] == ["Awards", "Credit"]


def test_an_italic_objective_line_stays_a_title() -> None:
    assert italic_label_line("*Objective: Raise the profile of the workshops*") == (
        "*Objective: Raise the profile of the workshops*"
    )


_ADVICE = """Retirement of our longest-serving instrument maker

After 38 years, Morag leaves the workshop this summer.

Morag's tips for new apprentices:
- Sharpen your tools before every job
- Write down every measurement twice
- Ask the students what they are trying to build
"""


def test_a_list_of_advice_in_a_news_story_is_no_action() -> None:
    assert list_lines_to_rows(_lines(_ADVICE)) == []


_THEMED_CELLS = """Theme 1 of 3: Visibility [+]
1.1
Put a photograph of each workshop team at its door
Photographs up in every building
Head of Estates
Q2 2026
1.2
Open the fabrication lab to visitors at the spring fair
Two hundred visitors
Events Team
Each April

Theme 2 of 3: Recognition [+]
2.1
Thank technical teams by name in the annual report
Every team named
Communications Office
2026/27
"""


def test_a_counted_theme_heading_with_its_toggle_opens_a_pillar_in_flattened_cells(tmp_path: Path) -> None:
    path = tmp_path / "cells.txt"
    path.write_text(_THEMED_CELLS, encoding="utf-8")
    actions = extract(path).actions
    assert [(a.ref, a.pillar.value if a.pillar else None) for a in actions] == [
        ("1.1", "visibility"),
        ("1.2", "visibility"),
        ("2.1", "recognition"),
    ]
    assert actions[1].end is not None
    assert actions[1].end.recurrence is not None
    assert actions[1].end.recurrence.value == "annual"  # "Each April" repeats every year


def test_a_header_naming_every_column_but_the_action_is_read_as_the_header() -> None:
    tables = guess_headerless(
        [
            (["Our promise", "Lead", "By when"], 1),
            (["Open a maker space for technicians", "Estates & Facilities", "Q2 2026"], 2),
            (["Fund two places on a leadership course", "People Team", "2026/27"], 3),
        ]
    )
    assert tables[0].guessed == {0: ColumnRole.ACTION, 1: ColumnRole.OWNER, 2: ColumnRole.END}
    assert tables[0].table.n_rows == 2  # the header row is no action
    assert named_columns(["Open a maker space", "Estates", "2026"]) is None


def test_an_item_closing_with_a_state_word_and_a_remark() -> None:
    assert closing_progress_note("Mentoring circles \u2014 paused until the new term") == (
        "Mentoring circles",
        "paused until the new term",
    )
    assert closing_progress_note("Induction \u2013 done by every school by May") is None


_BLOG = """Staff blog

Recognition
We launched a long-service award for technical staff in March. Nominations for the first round are now open.

"I never thought the workshop would get a prize of its own." \u2013 Alex Morgan, Workshop Supervisor

Career development
The careers working group is visiting three sixth-form colleges this term. We plan to offer two paid summer placements.
"""


def test_a_blog_tells_status_and_actor_in_its_sentences(tmp_path: Path) -> None:
    path = tmp_path / "blog.txt"
    path.write_text(_BLOG, encoding="utf-8")
    actions = extract(path).actions
    assert not any(a.text.startswith('"') for a in actions)  # the attributed quotation is no action
    by_text = {a.text.split()[1]: a for a in actions}
    visiting = by_text["careers"]
    assert visiting.status is not None
    assert visiting.status.state is State.IN_PROGRESS
    assert visiting.owners == ["careers working group"]
    planned = by_text["plan"]
    assert planned.status is not None
    assert planned.status.state is State.NOT_STARTED


_CUT_CELLS = """CARE-01
Give every technician a yearly development talk
Line managers
Q2 2025
CARE-02
Open secondments to technicians from other sites
Head of Operations
2025/26
CARE-03
Pay registration fees for technicians who register
HR Manager
Q4 2025
CARE-04
Invite local schools into the workshops for a tast"""


def test_a_last_row_cut_where_the_page_stops_keeps_its_ref_and_action(tmp_path: Path) -> None:
    path = tmp_path / "tracker.txt"
    path.write_text(_CUT_CELLS, encoding="utf-8")
    actions = extract(path).actions
    assert [a.ref for a in actions] == ["CARE-01", "CARE-02", "CARE-03", "CARE-04"]
    assert actions[-1].text == "Invite local schools into the workshops for a tast"


def test_a_comma_inside_a_role_does_not_split_owners() -> None:
    assert normalise_owners("Convenor, Research Staff Forum") == ["Convenor, Research Staff Forum"]
    assert normalise_owners("Estates, Finance") == ["Estates", "Finance"]


_MEASURED_CELLS = """Theme 1: Visibility
1.1
Put a photograph of each workshop team at its door
Photographs up in every building
Head of Estates
Q2 2026
1.2
Open the fabrication lab to visitors at the spring fair
Two hundred visitors
Events Team
2026/27
1.3
Run a course on writing for the web for technicians
Twenty technicians trained
Digital Learning
Q4 2026
"""


def test_a_name_where_the_other_rows_name_their_owner_is_the_owner(tmp_path: Path) -> None:
    path = tmp_path / "cells.txt"
    path.write_text(_MEASURED_CELLS, encoding="utf-8")
    actions = extract(path).actions
    assert [a.owners for a in actions] == [["Head of Estates"], ["Events Team"], ["Digital Learning"]]
    assert actions[2].measures == ["Twenty technicians trained"]
