"""Three fictional plans written for the Word, Excel and web-page hold-out files only.

Institutions, roles, owner codes and wording are invented. As in `tests/holdout/holdout_plans.py`,
each `When` and `StatusCell` states by hand what a correct reading gives; the renditions in
`build_formats.py` decide what of it is shown (refs printed by a numbered list, fills, timelines).
"""

from __future__ import annotations

import sys
from pathlib import Path

HOLDOUT = Path(__file__).resolve().parents[1] / "holdout"
sys.path.insert(0, str(HOLDOUT))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from plan_model import Item, Plan, Section, quarters  # noqa: E402
from sample_plans import every, on, status, vague  # noqa: E402

# --- Oakhanger University: headings per pillar and theme over a numbered list of actions, each
# followed by labelled fields (Owner, Deadline, Success measure(s), Status). No refs in the data:
# a rendition that numbers the list prints them.

OAKHANGER = Plan(
    institution="Oakhanger University",
    title="Technician Commitment Action Plan 2025-2028",
    subtitle="Our plan for the three academic years from August 2025 to July 2028, agreed by the Technical "
    "Strategy Board in June 2025.",
    period=("2025-08", "2028-07"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    theme="Telling the story of technical work",
                    text="Commission a series of short written profiles of technicians for the staff news pages, "
                    "at least one from every school each term.",
                    owners=("Internal Communications Manager",),
                    end=every("Ongoing", "ongoing"),
                    measures=("Three profiles a term",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    theme="Telling the story of technical work",
                    text="List the technical staff who support each research centre on the centre's web page.",
                    owners=("Research Centre Directors", "Web Team"),
                    end=on("March 2026", "2026-03"),
                    measures=("Every research centre page names its technical staff",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    theme="A voice in decisions",
                    text="Invite the chair of the Technicians' Network to the Estates and Space Committee as a "
                    "standing member.",
                    owners=("University Secretary",),
                    end=on("October 2025", "2025-10"),
                    measures=("Chair attends at least three of four meetings a year",),
                    status=status("Complete", "complete"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    theme="Saying thank you",
                    text="Add a team award for technical support to the annual Celebrating Success evening.",
                    owners=("Director of People",),
                    end=on("June 2026", "2026-06"),
                    measures=("Award presented each June", "Shortlist includes teams from three faculties"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    theme="Credit for contributions",
                    text="Ask the research ethics and publications committee to adopt the CRediT roles so that "
                    "technical contributions are named in outputs.",
                    owners=("Pro-Vice-Chancellor for Research",),
                    end=vague("TBC"),
                    measures=("Policy adopted",),
                    status=status("Delayed", "action_needed"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    theme="Learning at work",
                    text="Set aside a training fund of GBP 20,000 a year for technicians, allocated by a panel "
                    "that includes two technicians.",
                    owners=("Head of Technical Services", "Finance Business Partner"),
                    end=every("Annually", "annual"),
                    measures=("Fund fully allocated each year", "Report on courses attended"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    theme="Learning at work",
                    text="Run a cross-faculty job rotation scheme for junior technicians, with placements of up "
                    "to three months.",
                    owners=("Head of Technical Services",),
                    end=on("April 2026", "2026-04"),
                    measures=("Six rotations completed",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    theme="Progression",
                    text="Publish the promotion criteria for technical grades alongside worked examples of "
                    "successful cases.",
                    owners=("Reward Manager",),
                    end=on("Sept 2025", "2025-09"),
                    measures=("Criteria and examples on the intranet",),
                    status=status("At risk", "action_needed"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    theme="The workforce of the future",
                    text="Take part in the regional technician apprenticeship partnership and host at least two "
                    "apprentices a year.",
                    owners=("Apprenticeship Lead",),
                    end=on("September 2026", "2026-09"),
                    measures=("Two apprentices start each September",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    theme="The workforce of the future",
                    text="Record the specialist skills of technicians who expect to retire within five years and "
                    "agree a handover plan for each.",
                    owners=("Faculty Operations Managers",),
                    end=on("Jan 2026", "2026-01"),
                    measures=("Handover plans agreed for all identified roles",),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)


# --- Wendlebury College of Art and Design: introduction, an abbreviations key before the plan,
# then Ref | Action | Lead | Timescale (Start, End) | Success measures | Status; RAG by fill.

WENDLEBURY = Plan(
    institution="Wendlebury College of Art and Design",
    title="Technician Commitment Action Plan 2025-2027",
    subtitle="Covering the period September 2025 to August 2027",
    period=("2025-09", "2027-08"),
    legend={
        "HoTS": "Head of Technical Services",
        "TWG": "Technician Working Group",
        "PCT": "People and Culture Team",
        "MCD": "Marketing and Communications Department",
        "DoA": "Dean of Academic Studies",
        "SM": "Studio Managers",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    text="Credit the technicians who helped make each piece in the catalogue of the graduate "
                    "degree show.",
                    owners=("MCD", "SM"),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Technicians credited in the 2026 catalogue",),
                    status=status("In progress", "in_progress", "amber"),
                ),
                Item(
                    ref="V2",
                    text="Open the print, metal and ceramics workshops to visitors on one evening each term, led "
                    "by the technical staff.",
                    owners=("SM",),
                    start=on("Oct 2025", "2025-10"),
                    end=every("Ongoing", "ongoing"),
                    measures=("Three open evenings a year", "Visitor numbers recorded"),
                    status=status("On track", "in_progress", "green"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="R1",
                    text="Include technical staff in the college's teaching fellowship scheme.",
                    owners=("DoA",),
                    start=on("Sep 2025", "2025-09"),
                    end=on("Jul 2026", "2026-07"),
                    measures=("First technician fellows appointed",),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    ref="R2",
                    text="Benchmark technical salaries against other art and design colleges and report the "
                    "findings to the Remuneration Committee.",
                    owners=("PCT",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Report considered by the Remuneration Committee",),
                    status=status("Behind schedule", "action_needed", "red"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="C1",
                    text="Give every technician a personal development plan agreed at appraisal.",
                    owners=("HoTS",),
                    start=on("Sep 2025", "2025-09"),
                    end=every("Annual", "annual"),
                    measures=("All technicians have a plan on file",),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="C2",
                    text="Support technicians to teach short courses in the college's summer school and pay them "
                    "at the visiting tutor rate.",
                    owners=("DoA", "HoTS"),
                    start=on("2026/27", "2026"),
                    end=on("Aug 2027", "2027-08"),
                    measures=("Four courses taught by technicians",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="C3",
                    text="Fund one technician a year to complete a postgraduate certificate in teaching in "
                    "higher education.",
                    owners=("PCT",),
                    start=on("Sep 2025", "2025-09"),
                    end=every("Ongoing", "ongoing"),
                    measures=("One funded place a year",),
                    status=status("At risk", "action_needed", "amber"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="S1",
                    text="Write illustrated guides for the specialist processes that only one technician "
                    "currently knows, starting with glass casting and bronze patination.",
                    owners=("SM", "TWG"),
                    start=on("Nov 2025", "2025-11"),
                    end=on("Mar 2027", "2027-03"),
                    measures=("Guides written for six processes",),
                    status=status("In progress", "in_progress", "green"),
                ),
                Item(
                    ref="S2",
                    text="Review the technician working group's terms of reference and membership each year.",
                    owners=("TWG",),
                    start=on("Jun 2026", "2026-06"),
                    end=every("Annual", "annual"),
                    measures=("Terms of reference approved by the Academic Board",),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)


# --- Scarrowdale University: Ref | Action | Lead | Start | End | Status, and a Gantt over the 24
# months from October 2025. The wording uses typographic quotes, dashes and accented letters (the
# Word "Save as web page" rendition is encoded in Windows-1252).

SCARROWDALE_MONTHS = quarters("2025-10", "2027-09", step=1)

SCARROWDALE = Plan(
    institution="Scarrowdale University",
    title="Technician Commitment Action Plan 2025-2027",
    subtitle="Two-year plan, October 2025 to September 2027",
    period=("2025-10", "2027-09"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Run the technicians\u2019 \u201copen lab\u201d evenings \u2013 one in each faculty per "
                    "term \u2013 for staff, students and the public.",
                    owners=("Faculty Technical Managers",),
                    start=on("Nov 2025", "2025-11"),
                    end=on("Jun 2027", "2027-06"),
                    timeline=SCARROWDALE_MONTHS[1:21],
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="1.2",
                    text="Add a \u201cMeet the technicians\u201d page to the caf\u00e9 screens and the welcome week "
                    "programme.",
                    owners=("Student Experience Team",),
                    start=on("Sep 2026", "2026-09"),
                    end=on("Oct 2026", "2026-10"),
                    timeline=SCARROWDALE_MONTHS[11:13],
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Nominate technicians for the national technician awards and cover the \u00a3150 entry fee.",
                    owners=("Director of Technical Services",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Mar 2026", "2026-03"),
                    timeline=SCARROWDALE_MONTHS[3:6],
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="2.2",
                    text="Agree with the Library how technicians\u2019 names are recorded on datasets deposited in "
                    "the repository.",
                    owners=("Research Data Manager", "Director of Technical Services"),
                    start=on("Feb 2026", "2026-02"),
                    end=on("Jan 2027", "2027-01"),
                    timeline=SCARROWDALE_MONTHS[4:16],
                    status=status("Delayed", "action_needed"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Launch a \u201ctechnician to manager\u201d programme of six workshops for senior "
                    "technicians.",
                    owners=("Organisational Development",),
                    start=on("Apr 2026", "2026-04"),
                    end=on("Sep 2026", "2026-09"),
                    timeline=SCARROWDALE_MONTHS[6:12],
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="3.2",
                    text="Offer secondments of up to six months to partner facilities in industry.",
                    owners=("Director of Technical Services",),
                    start=on("Oct 2026", "2026-10"),
                    end=on("Sep 2027", "2027-09"),
                    timeline=SCARROWDALE_MONTHS[12:24],
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="4.1",
                    text="Repeat the 2024 technician survey in the autumn of each year and compare the results "
                    "with the baseline.",
                    owners=("Technician Commitment Lead",),
                    start=on("Oct 2025", "2025-10"),
                    end=on("Dec 2026", "2026-12"),
                    timeline=(*SCARROWDALE_MONTHS[0:3], *SCARROWDALE_MONTHS[12:15]),
                    status=status("On track", "in_progress"),
                ),
            ),
        ),
    ),
)
