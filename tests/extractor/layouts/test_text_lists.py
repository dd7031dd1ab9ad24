"""Headings-and-lists plans: the forms an action paragraph can take."""

from __future__ import annotations

import pytest

from extractor.layouts.text_lists import list_lines_to_rows
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
    """A heading's list number and an "Objective:" label in an emphasised line are not part
    of the section or theme."""
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(NUMBERED_SECTIONS.split("\n"), start=1)]
    rows = list_lines_to_rows(lines)
    found = [(r.cells[ColumnRole.REF], r.section, r.cells[ColumnRole.THEME]) for r in rows]
    assert found == [
        ("1.1", "Visibility", "Show technical work"),
        ("2.1", "Recognition", "Thank technical teams"),
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
    """ "1. Visibility" over refs 1.1, 1.2 is a section (underlined or not), not an action, and
    a one-off "Status: ..." line above the next action is that action's field, not a heading."""
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(PLAIN_NUMBERED.split("\n"), start=1)]
    rows = list_lines_to_rows(lines)
    found = [(r.cells[ColumnRole.REF], r.section, r.cells.get(ColumnRole.STATUS)) for r in rows]
    assert found == [
        ("1.1", "Visibility", "Some slippage"),
        ("1.2", "Visibility", None),
        ("2.1", "Recognition", None),
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
