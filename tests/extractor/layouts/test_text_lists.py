"""Headings-and-lists plans: the forms an action paragraph can take."""

from __future__ import annotations

import pytest

from extractor.layouts.text_lists import list_lines_to_rows, lone_outer_headings
from extractor.rows import ColumnRole
from extractor.sources import SourceLine


def read(text: str) -> list[dict[str, str]]:
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    return [{role.value: value for role, value in row.cells.items()} for row in list_lines_to_rows(lines)]


LABELLED = """## Recognition

{first} Start a staff award for
technical teams.

* **Lead:** HR / TCL
* **Timescale:** Annually
* **Success measures:**
    * Award held
    * Nominations from every school

{second} Thank technicians at graduation.

* **Lead:** PVC
"""


@pytest.mark.parametrize(
    ("first", "second", "refs"),
    [
        pytest.param("**Action 1.**", "**Action 2.**", ["1", "2"], id="bold-action-number-period"),
        pytest.param("Action 2.1 -", "Action 2.2 -", ["2.1", "2.2"], id="action-ref-dash"),
        pytest.param("Action 3)", "Action 4)", ["3", "4"], id="action-number-bracket"),
        pytest.param("**Action:**", "Action:", [None, None], id="action-colon-no-ref"),
    ],
)
def test_action_paragraphs_with_labelled_bullets(first: str, second: str, refs: list[str | None]) -> None:
    rows = read(LABELLED.format(first=first, second=second))
    assert [row.get(ColumnRole.REF.value) for row in rows] == refs
    assert [" ".join(row["action"].split()) for row in rows] == [
        "Start a staff award for technical teams.",
        "Thank technicians at graduation.",
    ]
    assert rows[0]["owner"] == "HR / TCL"
    assert rows[0]["end"] == "Annually"
    assert rows[0]["measure"] == "- Award held\n- Nominations from every school"
    assert rows[1]["owner"] == "PVC"


def test_action_word_in_ordinary_text_is_not_an_action_line() -> None:
    rows = read("## Visibility\n\n- Run a survey.\n  Action 5 of the old plan is closed.\n")
    assert [row["action"] for row in rows] == ["Run a survey.\nAction 5 of the old plan is closed."]


NUMBERED_SECTIONS = """## 1. Visibility

*Objective: Show technical work*

1.1 Publish a profile of a technician every month.
    Lead: TCC
    Due: Monthly

## 2. Recognition

*Objective: Thank technical teams*

2.1 Hold an awards evening.
    Lead: HR & TN
"""


def test_numbered_headings_and_labelled_objectives() -> None:
    """A heading's section number is part of the section as printed; an "Objective:" label in
    an emphasised line is not part of the theme."""
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(NUMBERED_SECTIONS.split("\n"), start=1)]
    rows = list_lines_to_rows(lines)
    found = [(r.cells[ColumnRole.REF], r.section, r.cells[ColumnRole.THEME]) for r in rows]
    assert found == [
        ("1.1", "1. Visibility", "Show technical work"),
        ("2.1", "2. Recognition", "Thank technical teams"),
    ]


PLAIN_NUMBERED = """1. Visibility
-------------

1.1 Create a page for each technical team.
Lead: Web Team
Status: Some slippage

1.2 Invite a technician to speak at graduation.
Lead: Events Office

2. Recognition

2.1 Send a letter of thanks to every new registrant.
Lead: Principal's Office
Measure of success: Letters sent
"""


def test_numbered_plain_headings_and_field_lines() -> None:
    """ "1. Visibility" over refs 1.1, 1.2 is a section as printed (underlined or not), not an action, and
    a one-off "Status: ..." line above the next action is that action's field, not a heading."""
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(PLAIN_NUMBERED.split("\n"), start=1)]
    rows = list_lines_to_rows(lines)
    found = [(r.cells[ColumnRole.REF], r.section, r.cells.get(ColumnRole.STATUS)) for r in rows]
    assert found == [
        ("1.1", "1. Visibility", "Some slippage"),
        ("1.2", "1. Visibility", None),
        ("2.1", "2. Recognition", None),
    ]
    assert rows[1].cells[ColumnRole.ACTION] == "Invite a technician to speak at graduation."


LABELS_ALONE = """Visibility

Action 1
Publish a profile of each technical team.
Lead
Head of Technical Services
Web Editor
Deadline
July 2026
Measures
Profiles live
Reviewed each year
Status
In progress

Recognition

Action 2
Thank technicians at graduation.
Lead
Provost
"""


def test_web_copy_with_labels_alone_on_their_lines() -> None:
    """A web page copied as text: "Action 1" over its sentence, each label over its value(s),
    one value per line; the last value before a pillar heading is not a heading."""
    rows = read(LABELS_ALONE)
    assert rows == [
        {
            "ref": "1",
            "action": "Publish a profile of each technical team.",
            "owner": "Head of Technical Services\n\nWeb Editor",
            "end": "July 2026",
            "measure": "- Profiles live\n- Reviewed each year",
            "status": "In progress",
        },
        {"ref": "2", "action": "Thank technicians at graduation.", "owner": "Provost"},
    ]
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(LABELS_ALONE.split("\n"), start=1)]
    assert [r.section for r in list_lines_to_rows(lines)] == ["Visibility", "Recognition"]


REF_SUBHEADINGS = """## Visibility

### 1.1 Launch a monthly technician spotlight

- Owner: Social Media Manager
- When: Oct 2025
- How we will know: Twelve spotlights a year
"""


def test_sub_heading_opening_with_a_ref_is_the_action() -> None:
    rows = read(REF_SUBHEADINGS)
    assert rows == [
        {
            "ref": "1.1",
            "action": "Launch a monthly technician spotlight",
            "owner": "Social Media Manager",
            "end": "Oct 2025",
            "measure": "Twelve spotlights a year",
        }
    ]


def test_objective_lines_with_reasons_and_bulleted_measures() -> None:
    """An "Objective n:" title over a paragraph of reasons (notes), then its measures as
    "o" bullets under a bare label; a "Why it matters:" line is notes too."""
    got = read(
        "Objective 1: Open the workshops to visiting schools\n"
        "Few pupils ever see a working laboratory. We want that to change.\n"
        "Measures of success:\n"
        "o two school visits a term\n"
        "o a teachers' open evening\n"
        "\n"
        "Objective 2 \u2014 Share spare equipment between departments\n"
        "Why it matters: Much equipment stands idle for months.\n"
        "How we will know: An equipment register is online\n"
        "\n"
        "Page updated: May 2030 | Owner: Estates Office\n"
    )
    assert [row["ref"] for row in got] == ["1", "2"]
    assert got[0]["action"] == "Open the workshops to visiting schools"
    assert got[0]["notes"] == "Few pupils ever see a working laboratory. We want that to change."
    assert got[0]["measure"] == "- two school visits a term\n- a teachers' open evening"
    assert got[1]["action"] == "Share spare equipment between departments"
    assert got[1]["notes"] == "Much equipment stands idle for months."
    assert got[1]["measure"] == "An equipment register is online"


NUMBERED_O_BULLETS = (
    "1. Outreach\n"
    "  o Hold an open day in every school (Y2) [Schools Liaison Office]\n"
    "  o Film the glassblowing workshop (Years 1\u20133) [Media Team]\n"
    "\n"
    "2. Training\n"
    "  o Fund a first-aid course for each lab manager [Safety Office]\n"
    "  o Write induction notes for new starters in Year 1 [Faculty Managers]\n"
)


def test_numbered_heading_over_o_bullets_with_bracketed_owner_and_years() -> None:
    """ "1. Outreach" over indented "o" bullets is a section; "[Name]" closing a bullet is
    its owner, "(Y2)" and "(Years 1-3)" its timescale."""
    got = read(NUMBERED_O_BULLETS)
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(NUMBERED_O_BULLETS.split("\n"), start=1)]
    sections = [row.section for row in list_lines_to_rows(lines)]
    assert sections == ["1. Outreach", "1. Outreach", "2. Training", "2. Training"]
    assert [row["action"] for row in got] == [
        "Hold an open day in every school",
        "Film the glassblowing workshop",
        "Fund a first-aid course for each lab manager",
        "Write induction notes for new starters in Year 1",
    ]
    assert [row["owner"] for row in got] == [
        "Schools Liaison Office",
        "Media Team",
        "Safety Office",
        "Faculty Managers",
    ]
    assert (got[0]["end"], got[1]["start"], got[1]["end"]) == ("Y2", "Years 1\u20133", "Years 1\u20133")


def test_rows_of_cells_joined_by_spaced_colons_and_dashes() -> None:
    """ "action : owner : timescale" and "action \u2014 owner \u2014 timescale" rows under a lead-in."""
    got = read(
        "Our next steps are:\n"
        "1) Paint the stores corridor : Estates Office : Q3 2030\n"
        "2) Mentor every new starter : People Team : from Sept 2030\n"
        "\u2022 Buy a spare autoclave \u2014 Facilities Manager \u2014 end of 2031\n"
    )
    assert [row["action"] for row in got] == [
        "Paint the stores corridor",
        "Mentor every new starter",
        "Buy a spare autoclave",
    ]
    assert [row["owner"] for row in got] == ["Estates Office", "People Team", "Facilities Manager"]
    assert (got[0]["end"], got[1]["start"], got[2]["end"]) == ("Q3 2030", "from Sept 2030", "end of 2031")


def test_list_under_a_contents_lead_in_is_not_actions() -> None:
    """ "The tour covers:" introduces what something holds; the actions follow their own lead-in."""
    got = read(
        "The tour covers:\n"
        "\u2022 the new clean room\n"
        "\u2022 the glass workshop\n"
        "\n"
        "Our promises\n"
        "We will:\n"
        "\u2022 Open the clean room to apprentices \u2014 Lab Manager \u2014 2031\n"
    )
    assert [row["action"] for row in got] == ["Open the clean room to apprentices"]


def test_a_lone_line_above_the_only_heading_is_not_an_outer_section() -> None:
    """A button's words above the one heading of a page do not make a level of their own; a
    pillar's name above a theme heading does."""
    page = "\n".join(
        [
            "Reserve a seat (spaces limited)",
            "",
            "What we will change next",
            "At its last meeting the group agreed to take the following steps:",
            "- Open the glass workshop to trainees on Fridays (Workshop Lead, Q2 2031)",
            "- Add technician names to every equipment booking page (Web Team, 2031)",
        ]
    )
    rows = list_lines_to_rows([SourceLine(number=i, text=t) for i, t in enumerate(page.split("\n"), start=1)])
    assert [r.section for r in rows] == ["What we will change next"] * 2
    assert lone_outer_headings([("Reserve a seat", 1)]) == [0]
    assert lone_outer_headings([("Sustainability", 1)]) == []
    assert lone_outer_headings([("Our people", 1), ("Our places", 1)]) == []
    assert lone_outer_headings([("Getting noticed", 3)]) == []


def test_a_status_after_a_spaced_colon_leaves_the_text() -> None:
    """A progress page reports each item as "what was done : where it stands"."""
    page = "Review of the year\n- Glassblowing course for trainees : under way\n- Kiln replaced in the annexe : delayed"
    rows = read(page)
    assert [(r["action"], r["status"]) for r in rows] == [
        ("Glassblowing course for trainees", "under way"),
        ("Kiln replaced in the annexe", "delayed"),
    ]


def test_items_under_a_key_or_owner_list_heading_are_not_actions() -> None:
    """A list under "Responsibility codes" or "Leads" explains the codes; "Key priorities" heads actions."""
    got = read(
        "## Key priorities\n"
        "- Run a survey of technicians\n"
        "\n"
        "## Responsibility codes\n"
        "- TSD Technical Services Directorate\n"
        "\n"
        "## Leads\n"
        "- HR Human Resources\n"
    )
    assert [row["action"] for row in got] == ["Run a survey of technicians"]


def test_unmarked_lines_of_dash_joined_cells_are_items() -> None:
    """A page prints its priorities one a line, "what — who — when", with no bullets, after a
    lead-in; the committee's "Name \u2013 role" lines above are no items."""
    got = read(
        "Our committee\n"
        "Dr Ama Quist \u2013 Director of Facilities (Chair)\n"
        "\n"
        "Plans for the next three years\n"
        "Each priority, its lead and its date:\n"
        "\n"
        "Open a shared tool library in the north wing — Head of Estates — Q2 2026\n"
        "Print every workshop's rota on the intranet — Lab Operations Team — 2026/27\n"
    )
    assert [(r["action"], r["owner"], r["end"]) for r in got] == [
        ("Open a shared tool library in the north wing", "Head of Estates", "Q2 2026"),
        ("Print every workshop's rota on the intranet", "Lab Operations Team", "2026/27"),
    ]


def test_a_two_letter_date_label_glued_to_its_date_is_a_field() -> None:
    """A card's hidden "By" label runs into its date ("By2026/27", "ByMarch 2027"); the card
    above it is still an action with its fields."""
    got = read(
        "Open the glass studio to visiting schools\n"
        "OwnerOutreach Office\n"
        "ByMarch 2027\n"
        "StatusPlanned\n"
        "\n"
        "Train two more kiln operators\n"
        "OwnerStudio Manager\n"
        "By2026/27\n"
        "StatusStarted\n"
    )
    assert [(r["action"], r["owner"], r["end"]) for r in got] == [
        ("Open the glass studio to visiting schools", "Outreach Office", "March 2027"),
        ("Train two more kiln operators", "Studio Manager", "2026/27"),
    ]
