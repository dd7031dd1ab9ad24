"""The third batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from holdout_plans import every, on, status
from plan_model import Item, Plan, Section, When

# --- (aa) Harrowgate University: Writer ruled table, bullet lists inside the Measure cell,
# several owners one per line, sub-actions "2.1a", "2.1b", a long "Progress update" column.

HARROWGATE = Plan(
    institution="Harrowgate University",
    title="Technician Commitment Action Plan 2024-2027",
    period=("2024", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Run an open week in every teaching laboratory so that students meet the technical "
                    "team who prepare their practical classes.",
                    owners=("Head of Technical Services", "Faculty Technical Managers"),
                    measures=("Open week held in each faculty", "Student feedback collected"),
                    end=When("Dec 2024 / ongoing", date="2024-12", recurrence="ongoing"),
                    notes="First open week held in the science faculty; engineering to follow next term.",
                ),
                Item(
                    ref="1.2",
                    text="Add the names and roles of technical staff to every school web page that lists "
                    "academic staff.",
                    owners=("Web Editor",),
                    measures=("All school pages updated",),
                    end=on("Autumn 2025", "2025-09"),
                    notes="Template agreed with the web team.",
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="2.1a",
                    text="Map the technical job families against the national competency framework.",
                    owners=("HR Partner",),
                    measures=("Map published on the staff intranet", "Gaps reported to the board"),
                    end=on("2025-26", "2025"),
                    notes="Draft map shared with the technician network for comments in the spring.",
                ),
                Item(
                    ref="2.1b",
                    text="Open a progression route from each technical grade to the next, with criteria "
                    "agreed by the technician network.",
                    owners=("HR Partner", "Technician Network Chair"),
                    measures=("Route approved", "First promotions under the route", "Annual review of take-up"),
                    end=on("End of 2026", "2026"),
                    notes=None,
                ),
                Item(
                    ref="2.2",
                    text="Give every technician a training budget of their own, spent on courses they choose "
                    "with their line manager.",
                    owners=("Faculty Technical Managers",),
                    measures=("Budget allocated each year",),
                    end=every("Annually", "annual"),
                    notes="Budget set for this financial year; spending reported quarterly.",
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="3.1",
                    text="Write a workforce plan for technical services covering retirements, apprenticeships "
                    "and hard-to-fill posts.",
                    owners=("Head of Technical Services",),
                    measures=("Plan approved by the executive board",),
                    end=on("Mar 2026", "2026-03"),
                    notes=None,
                ),
                Item(
                    ref="3.2",
                    text="Take on four technical apprentices a year across the faculties.",
                    owners=("Apprenticeship Lead", "Faculty Technical Managers"),
                    measures=("Four apprentices recruited each year", "Completion rate above 80%"),
                    end=every("Ongoing", "ongoing"),
                    notes="Two apprentices started in September.",
                ),
            ),
        ),
    ),
)

# --- (ab) Kelbrook College: portrait Writer table with three columns (Action | Lead |
# Timescale), pillar headings as shaded full-width rows inside the table.
KELBROOK = Plan(
    institution="Kelbrook College",
    title="Technician Commitment Action Plan",
    period=(None, None),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Feature a technician in each issue of the staff newsletter.",
                    owners=("Communications Officer",),
                    end=every("Quarterly", "quarterly"),
                ),
                Item(
                    text="Put up photo boards of technical teams at the entrance to each workshop building.",
                    owners=("Technical Manager",),
                    end=on("Jun 2025", "2025-06"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Include technicians in the college's annual staff awards with a category of their own.",
                    owners=("Principal's Office",),
                    end=every("Annually", "annual"),
                ),
                Item(
                    text="Credit technical staff in the programme notes of every student exhibition and show.",
                    owners=("Heads of Department",),
                    end=on("Sep 2025", "2025-09"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Support two technicians a year to gain professional registration.",
                    owners=("HR Manager",),
                    end=on("2025/26", "2025"),
                ),
                Item(
                    text="Set up job shadowing between technicians in different departments.",
                    owners=("Technical Manager",),
                    end=on("Jan 2026", "2026-01"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    text="Review technical staffing levels against student numbers every year.",
                    owners=("Vice Principal",),
                    end=every("Annually", "annual"),
                ),
            ),
        ),
    ),
)

# --- (ac) Marlow Vale University: header row "What we will do" | "How we will measure
# success" | "Who" | "When" with a Status column; one table per pillar under its heading, two
# tables on a page with a footnote between them, a table starting after a prose paragraph.
MARLOW_VALE = Plan(
    institution="Marlow Vale University",
    title="Technician Commitment: our action plan",
    period=(None, None),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Hold a technicians' showcase each spring where teams present their work to the "
                    "whole university.",
                    owners=("Technical Services Director",),
                    measures=("Showcase held", "Over 150 attendees"),
                    end=every("Annually", "annual"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    text="Name the technical contacts on every research group's web page.",
                    owners=("Research Office",),
                    measures=("All group pages list a technical contact",),
                    end=on("By end of Q2 2025", "2025-04"),
                    status=status("Complete", "complete"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Add technical contributions to the criteria for the university's teaching awards.",
                    owners=("Academic Registrar",),
                    measures=("Criteria revised",),
                    end=on("Autumn 2025", "2025-09"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    text="Thank technical teams by name in the Vice-Chancellor's annual address.",
                    owners=("Vice-Chancellor's Office",),
                    measures=("Teams named each year",),
                    end=every("Annually", "annual"),
                    status=status("In progress", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Fund places on a leadership course for senior technicians.",
                    owners=("Staff Development",),
                    measures=("Ten places funded a year",),
                    end=on("2025-26", "2025"),
                    status=status("Delayed", "action_needed"),
                ),
                Item(
                    text="Publish a career pathway guide for technical staff.",
                    owners=("HR Director",),
                    measures=("Guide published", "Guide used in appraisals"),
                    end=on("Mar 2026", "2026-03"),
                    status=status("On track", "in_progress"),
                ),
            ),
        ),
    ),
)
