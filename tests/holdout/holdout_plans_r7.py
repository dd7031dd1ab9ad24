"""The seventh batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.

Conventions used here (each follows an earlier gold or the samples' README):

- "end of November 2025" is that month (2025-11), as "by July 2026" is 2026-07 (round 4);
  "Jan- 2026" and "Oct-25" are months as "Jan- 2022" and "Oct-22" are in the reference
  plans; "6- monthly" is the six-monthly recurrence; "Q3 2025" is a calendar quarter
  (2025-07); "2025/26" is its first year.
- "Action needed - 2" is `action_needed` with priority 2; "Ongoing/in progress" is
  `in_progress`.
- A Gantt column headed "Apr-24" is that month; the timeline lists every shaded month; a RAG
  cell filled with a colour and no text is a null raw text and state with the colour's rag,
  and an unfilled, empty RAG cell is a null status.
- An "Abbreviations" table (Code | Meaning) after the action table is the plan's legend.
- A note row spanning a table ("Actions 2.4 and 2.5 carry over ...") is not an action and is
  not any action's `notes`: it remarks on the table, not on one action's cells.
- An empty Owner cell gives no owners.
- A Markdown action printed as a "### 1.1 ..." sub-heading has the sub-heading's words
  (after the ref) as its text, as printed (no closing full stop is added).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from holdout_plans import every, on, rag_only, status
from plan_model import Item, Plan, Section, quarters

NOT_STARTED = status("Not started", "not_started")
IN_PROGRESS = status("In progress", "in_progress")
COMPLETE = status("Complete", "complete")
ON_TRACK = status("On track", "in_progress")
DELAYED = status("Delayed", "action_needed")

# --- (da) Wyvernholt University: tab-separated text as a PDF-to-text tool leaves a ruled table:
# one line per printed line of the table, so a row whose cells wrap runs over several lines
# (the later lines with the finished cells empty); pillar rows as the heading followed by
# empty cells; the header printed again after each page break (a page number on its own line
# before it), and one row split by the break. Ref | Action | Success measure | Lead | Start |
# End | Status, leads as codes joined by "/", a "Who" key after the table.

NEEDED_1 = status("Action needed - 1", "action_needed", priority=1)
NEEDED_2 = status("Action needed - 2", "action_needed", priority=2)
ONGOING = status("Ongoing/in progress", "in_progress")

WYVERNHOLT = Plan(
    institution="Wyvernholt University",
    title="Technician Commitment Action Plan 2025-2028",
    period=("2025", "2028"),
    legend={
        "TCL": "Technician Commitment Lead",
        "HTS": "Head of Technical Services",
        "TNC": "Technician Network Committee",
        "CMT": "Communications and Marketing Team",
        "ODT": "Organisational Development Team",
        "FTM": "Faculty Technical Managers",
        "HRB": "HR Business Partners",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Create a Technical Services section on the public website with a page for each technical "
                    "facility, naming the staff who run it and the services it offers to researchers, students "
                    "and external users.",
                    measures=("Pages live for every facility and checked for accuracy each term",),
                    owners=("TCL", "CMT"),
                    start=on("Oct-25", "2025-10"),
                    end=on("Q3 2026", "2026-07"),
                    status=ONGOING,
                ),
                Item(
                    ref="1.2",
                    text="Hold a technician showcase during the university's research week, with posters and live "
                    "demonstrations led by technical staff.",
                    measures=("Showcase held each year with at least twenty exhibits",),
                    owners=("TNC",),
                    start=on("Jan- 2026", "2026-01"),
                    end=every("Annual", "annual"),
                    status=NEEDED_2,
                ),
                Item(
                    ref="1.3",
                    text="Add the names of the technical team to the welcome slides shown at the start of every "
                    "taught laboratory module.",
                    measures=("Slides updated in all laboratory modules",),
                    owners=("FTM",),
                    start=on("Q3 2025", "2025-07"),
                    end=on("end of November 2025", "2025-11"),
                    status=COMPLETE,
                ),
                Item(
                    ref="1.4",
                    text="Write a short feature on a technical team for the staff bulletin every month, rotating "
                    "through the faculties.",
                    measures=("Twelve features a year",),
                    owners=("CMT", "TNC"),
                    start=on("01/04/2026", "2026-04"),
                    end=every("Ongoing", "ongoing"),
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
                    text="Introduce a Wyvernholt Technician Award, presented at the summer staff celebration, with "
                    "nominations open to staff and students.",
                    measures=("Award presented each year with nominations from every faculty",),
                    owners=("HRB", "TNC"),
                    start=on("2025/26", "2025"),
                    end=every("Annual", "annual"),
                    status=NEEDED_1,
                ),
                Item(
                    ref="2.2",
                    text="Agree with the Research Office how technical staff are credited in publications, datasets "
                    "and grant reports, and publish the guidance on the research intranet so that every research "
                    "group can find it.",
                    measures=("Guidance published and referenced in the research data policy",),
                    owners=("TCL",),
                    start=on("Oct-25", "2025-10"),
                    end=on("2025/26", "2025"),
                    status=NEEDED_2,
                ),
                Item(
                    ref="2.3",
                    text="Report the number of technicians holding professional registration to the University "
                    "Executive.",
                    measures=("Figures reported and compared with the previous year",),
                    owners=("HTS",),
                    start=on("Q3 2025", "2025-07"),
                    end=every("6- monthly", "six_monthly"),
                    status=ONGOING,
                ),
                Item(
                    ref="2.4",
                    text="Give technical staff the same access to the university's reward and recognition scheme as "
                    "academic and professional services staff.",
                    measures=("Technicians among those recognised in each round",),
                    owners=("HRB",),
                    start=on("Jan- 2026", "2026-01"),
                    end=every("Ongoing", "ongoing"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Offer every technician an annual career conversation with a trained reviewer from outside "
                    "their own line management.",
                    measures=("At least 80% of technicians have had a conversation",),
                    owners=("ODT", "FTM"),
                    start=on("01/04/2026", "2026-04"),
                    end=every("Annual", "annual"),
                    status=NEEDED_2,
                ),
                Item(
                    ref="3.2",
                    text="Set up a technical skills fund that technicians can apply to for courses, conferences and "
                    "visits to other institutions.",
                    measures=("Fund opened and fully allocated",),
                    owners=("HTS",),
                    start=on("Oct-25", "2025-10"),
                    end=on("end of March 2026", "2026-03"),
                    status=COMPLETE,
                ),
                Item(
                    ref="3.3",
                    text="Write role profiles for each technical grade that set out the skills and experience needed "
                    "to progress to the next grade.",
                    measures=("Profiles approved by the Technical Services Board",),
                    owners=("HRB", "HTS"),
                    start=on("Jan- 2026", "2026-01"),
                    end=on("Q3 2026", "2026-07"),
                    status=ONGOING,
                ),
                Item(
                    ref="3.4",
                    text="Pair technicians who are new to a supervisory role with an experienced technical manager "
                    "as a mentor for their first year.",
                    measures=("Every new supervisor has a mentor",),
                    owners=("TNC",),
                    start=on("Q3 2025", "2025-07"),
                    end=every("Ongoing", "ongoing"),
                    status=ONGOING,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Recruit technical apprentices into the engineering workshops and the life sciences "
                    "laboratories, with study time protected in their workload.",
                    measures=("Four apprentices recruited",),
                    owners=("HTS", "FTM"),
                    start=on("2026/27", "2026"),
                    end=on("Oct-27", "2027-10"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="4.2",
                    text="Identify the specialist techniques held by only one member of staff and plan how each will "
                    "be shared with a colleague before that person leaves or retires.",
                    measures=("A handover plan agreed for every technique identified",),
                    owners=("FTM",),
                    start=on("01/04/2026", "2026-04"),
                    end=on("end of December 2026", "2026-12"),
                    status=NEEDED_1,
                ),
                Item(
                    ref="4.3",
                    text="Offer summer placements in technical teams to students from the local further education "
                    "college.",
                    measures=("Six placements each summer",),
                    owners=("TNC", "ODT"),
                    start=on("Jan- 2026", "2026-01"),
                    end=every("Annual", "annual"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="5.1",
                    text="Run a technician survey in the first and third years of the plan and compare the results "
                    "with the baseline survey held in 2024.",
                    measures=("Response rate of at least 40%",),
                    owners=("TCL",),
                    start=on("Oct-25", "2025-10"),
                    end=on("2027/28", "2027"),
                    status=ONGOING,
                ),
                Item(
                    ref="5.2",
                    text="Review progress against this plan with the Technician Network Committee and report to the "
                    "People Committee.",
                    measures=("Progress report received by the People Committee",),
                    owners=("TCL", "TNC"),
                    start=on("Jan- 2026", "2026-01"),
                    end=every("6- monthly", "six_monthly"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)

# Where the text rendition's page breaks fall: the ref of the row the break interrupts and
# how many of its printed lines come before the break (0: the break falls before the row).
WYVERNHOLT_PAGE_BREAKS = {"2.2": 2, "4.1": 0}

# --- (db) Abbotsmere University: a Calc Gantt with 36 month columns headed "Apr-24" ... "Mar-27"
# in a single header row (real dates shown as mmm-yy), active months shaded, a band row per
# pillar, a "RAG" column filled with a colour and no text (empty where not started), exported on
# one wide landscape page (fit to one page wide and tall, so the type is small); a key to the
# lead codes and the RAG colours below the grid.

ABBOTSMERE_MONTHS = quarters("2024-04", "2027-03", step=1)


def months(first: str, last: str) -> tuple[str, ...]:
    """Every month from `first` to `last`, inclusive."""
    return quarters(first, last, step=1)


ABBOTSMERE = Plan(
    institution="Abbotsmere University",
    title="Technician Commitment Action Plan April 2024 to March 2027",
    period=("2024-04", "2027-03"),  # the month columns
    legend={
        "DTS": "Director of Technical Services",
        "TCG": "Technician Commitment Group",
        "PDT": "People Development Team",
        "MCO": "Marketing and Communications Office",
        "STM": "School Technical Managers",
        "EDU": "Equality and Diversity Unit",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    text="Launch a technician profile series on the staff intranet, adding two new profiles "
                    "each month.",
                    owners=("MCO", "TCG"),
                    measures=("Twenty-four profiles published in the first year",),
                    timeline=months("2024-06", "2025-05"),
                    status=rag_only("green"),
                ),
                Item(
                    ref="V2",
                    text="Hold a Technicians' Showcase each November with open laboratories and workshops.",
                    owners=("TCG",),
                    measures=("Showcase held each November",),
                    timeline=("2024-11", "2025-11", "2026-11"),
                    status=rag_only("green"),
                ),
                Item(
                    ref="V3",
                    text="Add technical staff contacts to every school's web pages and keep them up to date.",
                    owners=("STM",),
                    measures=("Contacts listed for every school",),
                    timeline=months("2024-09", "2025-02"),
                    status=rag_only("amber"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="R1",
                    text="Create a Technical Excellence category in the university staff awards.",
                    owners=("DTS",),
                    measures=("Category included in the 2025 awards",),
                    timeline=months("2024-10", "2025-03"),
                    status=rag_only("green"),
                ),
                Item(
                    ref="R2",
                    text="Agree a policy on naming technical contributors in research outputs and datasets.",
                    owners=("DTS", "TCG"),
                    measures=("Policy approved by the Research Committee",),
                    timeline=months("2025-01", "2025-09"),
                    status=rag_only("red"),
                ),
                Item(
                    ref="R3",
                    text="Celebrate professional registrations at a reception at the end of each academic year.",
                    owners=("TCG",),
                    measures=("Reception held each July",),
                    timeline=("2025-07", "2026-07"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="C1",
                    text="Survey technical staff on the skills they have and the training they need.",
                    owners=("PDT",),
                    measures=("Survey completed by at least 60% of technicians",),
                    timeline=months("2024-04", "2024-09"),
                    status=rag_only("green"),
                ),
                Item(
                    ref="C2",
                    text="Publish a training catalogue for technicians built on the survey results.",
                    owners=("PDT", "STM"),
                    measures=("Catalogue published",),
                    timeline=months("2024-10", "2025-06"),
                    status=rag_only("amber"),
                ),
                Item(
                    ref="C3",
                    text="Pay the fees of technicians applying for professional registration.",
                    owners=("DTS",),
                    measures=("Every applicant supported",),
                    timeline=ABBOTSMERE_MONTHS,
                    status=rag_only("green"),
                ),
                Item(
                    ref="C4",
                    text="Offer secondments between schools so that technicians can learn new techniques.",
                    owners=("STM", "PDT"),
                    measures=("Six secondments completed",),
                    timeline=months("2025-09", "2026-08"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="S1",
                    text="Recruit technical apprentices each September, with a trained mentor for each apprentice.",
                    owners=("DTS", "PDT"),
                    measures=("Three apprentices a year",),
                    timeline=("2024-09", "2025-09", "2026-09"),
                    status=rag_only("green"),
                ),
                Item(
                    ref="S2",
                    text="Produce a workforce plan identifying technical roles at risk from retirement.",
                    owners=("DTS",),
                    measures=("Plan approved by the University Executive",),
                    timeline=months("2025-04", "2025-12"),
                    status=rag_only("amber"),
                ),
                Item(
                    ref="S3",
                    text="Record operating procedures for all specialist equipment in a shared library.",
                    owners=("STM",),
                    measures=("Procedures held for every item on the asset register",),
                    timeline=months("2025-10", "2026-12"),
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="E1",
                    text="Report progress against this plan to the University Executive every six months.",
                    owners=("TCG",),
                    measures=("Report received every six months",),
                    timeline=("2024-09", "2025-03", "2025-09", "2026-03", "2026-09", "2027-03"),
                    status=rag_only("green"),
                ),
                Item(
                    ref="E2",
                    text="Repeat the technician survey in the final year of the plan and compare the results.",
                    owners=("TCG", "EDU"),
                    measures=("Survey repeated and results published",),
                    timeline=months("2026-10", "2027-02"),
                ),
            ),
        ),
    ),
)

# --- (dc) University of Kilbarrow: a portrait Writer document whose introduction runs over two
# pages; the ruled action table starts part-way down the next page (Ref | Action | Owner | Due
# | Success indicator | Progress, a shaded row per pillar, the header row repeated on later
# pages); owners as codes joined by "/"; a two-column ruled "Abbreviations" table (Code |
# Meaning) at the end gives the codes.

KILBARROW = Plan(
    institution="University of Kilbarrow",
    title="Technician Commitment Action Plan 2025 to 2028",
    period=("2025-08", "2028-07"),  # "the three academic years from August 2025 to July 2028"
    legend={
        "DTO": "Director of Technical Operations",
        "TSF": "Technical Staff Forum",
        "HRP": "HR Partnering",
        "ECU": "External Communications Unit",
        "LDU": "Learning and Development Unit",
        "SHT": "School Heads of Technical Services",
        "RIO": "Research and Innovation Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Put up a board at the entrance to each technical facility showing the team's names, "
                    "photographs and the services they provide.",
                    owners=("SHT", "ECU"),
                    measures=("Boards in place at all facilities",),
                    end=on("Dec 2025", "2025-12"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.2",
                    text="Include a technician speaker in every open day programme, talking about the facilities "
                    "applicants will use.",
                    owners=("ECU",),
                    measures=("A technician speaks at each open day",),
                    end=every("Ongoing", "ongoing"),
                    status=ON_TRACK,
                ),
                Item(
                    ref="1.3",
                    text="Publish an annual Technical Services review that describes the work of each team and its "
                    "achievements during the year.",
                    owners=("DTO",),
                    measures=("Review published each autumn",),
                    end=every("Annually", "annual"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="1.4",
                    text="Make sure technicians are invited to the induction events held for new academic staff.",
                    owners=("HRP", "SHT"),
                    measures=("A technical session in every academic induction",),
                    end=on("Mar 2026", "2026-03"),
                    status=COMPLETE,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Set up a Kilbarrow Technician of the Year award with a category for early-career "
                    "technicians.",
                    owners=("TSF", "HRP"),
                    measures=("Award presented at the summer graduation",),
                    end=on("Jul 2026", "2026-07"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="2.2",
                    text="Add a statement on acknowledging technical contributions to the university's research "
                    "publication policy.",
                    owners=("RIO",),
                    measures=("Policy revised and circulated to research groups",),
                    end=on("Sept 2026", "2026-09"),
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Record technicians' professional registrations in the HR system and show them in the "
                    "staff directory.",
                    owners=("HRP",),
                    measures=("Registrations shown in the directory",),
                    end=on("Jan 2026", "2026-01"),
                    status=COMPLETE,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Provide five days of protected development time a year for every technician.",
                    owners=("DTO", "LDU"),
                    measures=("Time recorded in the workload model for all technicians",),
                    end=on("Sept 2025", "2025-09"),
                    status=ON_TRACK,
                ),
                Item(
                    ref="3.2",
                    text="Run a programme of workshops on applying for professional registration with the Science "
                    "Council and the Engineering Council.",
                    owners=("LDU",),
                    measures=("Thirty applications supported",),
                    end=every("Annually", "annual"),
                    status=ON_TRACK,
                ),
                Item(
                    ref="3.3",
                    text="Create a technical leadership course for senior technicians who manage teams or facilities.",
                    owners=("LDU", "SHT"),
                    measures=("First cohort completes the course",),
                    end=on("Jun 2027", "2027-06"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.4",
                    text="Publish clear criteria for progression between technical grades, with examples of evidence.",
                    owners=("HRP", "DTO"),
                    measures=("Criteria published on the intranet",),
                    end=on("Dec 2026", "2026-12"),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Take on technical apprentices in the areas where the workforce plan shows the greatest risk.",
                    owners=("DTO", "HRP"),
                    measures=("Five apprentices in post",),
                    end=on("Sept 2026", "2026-09"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="4.2",
                    text="Ask each school to keep a register of specialist skills and to name a second person able "
                    "to cover each one.",
                    owners=("SHT",),
                    measures=("Registers completed for every school",),
                    end=on("Mar 2027", "2027-03"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="4.3",
                    text="Offer paid summer internships in technical teams to undergraduate students.",
                    owners=("SHT", "HRP"),
                    measures=("Eight internships each summer",),
                    end=on("Summer 2026", "2026-06"),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Governance",
            pillar="governance",
            items=(
                Item(
                    ref="5.1",
                    text="Give the Technical Staff Forum a standing item at each meeting of the University "
                    "Operations Board.",
                    owners=("DTO",),
                    measures=("Item on every agenda",),
                    end=on("Oct 2025", "2025-10"),
                    status=COMPLETE,
                ),
                Item(
                    ref="5.2",
                    text="Review this plan with the Technical Staff Forum each year and publish the changes.",
                    owners=("TSF", "DTO"),
                    measures=("Revised plan published each year",),
                    end=every("Annually", "annual"),
                    status=NOT_STARTED,
                ),
            ),
        ),
    ),
)

# --- (dd) Lissendale University: a landscape Writer ruled table with a shaded section row per
# pillar spanning the table AND a Theme column (merged down the actions it covers); Theme | Ref
# | Action | Lead | Timescale | Measure of success | Status (text, no fill); one italic note row
# spanning the whole table inside the Recognition rows, which is not an action.

BEHIND = status("Behind schedule", "action_needed")

LISSENDALE = Plan(
    institution="Lissendale University",
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
                    theme="Make technical work visible across the university",
                    text="Launch a Technicians at Lissendale web hub with news, profiles and a directory of "
                    "technical facilities.",
                    owners=("Head of Technical Services", "Digital Communications Team"),
                    measures=("Hub launched", "1,500 visits a year"),
                    end=on("Dec 2024", "2024-12"),
                    status=COMPLETE,
                ),
                Item(
                    ref="1.2",
                    theme="Make technical work visible across the university",
                    text="Feature technical staff in the university's recruitment materials for students and staff.",
                    owners=("Marketing Manager",),
                    measures=("Technicians shown in every prospectus",),
                    end=on("Sept 2025", "2025-09"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.3",
                    theme="Give technicians a voice",
                    text="Create a Technician Forum that meets each term and elects a chair to sit on the University "
                    "Staff Committee.",
                    owners=("Head of Technical Services",),
                    measures=("Forum chair on the Staff Committee",),
                    end=on("Apr 2025", "2025-04"),
                    status=COMPLETE,
                ),
                Item(
                    ref="1.4",
                    theme="Give technicians a voice",
                    text="Include a technical representative on the planning group for every new building or major "
                    "refurbishment.",
                    owners=("Director of Estates",),
                    measures=("Representative named for every project",),
                    end=every("Ongoing", "ongoing"),
                    status=ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    theme="Celebrate achievement",
                    text="Present technical awards at the Vice-Chancellor's annual staff awards.",
                    owners=("HR Director",),
                    measures=("Two technical awards presented each year",),
                    end=every("Annually", "annual"),
                    status=ON_TRACK,
                ),
                Item(
                    ref="2.2",
                    theme="Celebrate achievement",
                    text="Publish the names of technicians who gain professional registration in the staff newsletter.",
                    owners=("Internal Communications Officer",),
                    measures=("Every new registrant named",),
                    end=every("Ongoing", "ongoing"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="2.3",
                    theme="Celebrate achievement",
                    text="Write guidance on crediting technicians as authors or contributors on research outputs.",
                    owners=("Research Integrity Manager",),
                    measures=("Guidance adopted by every faculty",),
                    end=on("Q4 2025", "2025-10"),
                    status=BEHIND,
                ),
                Item(
                    ref="2.4",
                    theme="Recognise skills in pay and grading",
                    text="Review the grading of technical roles against the national role profiles.",
                    owners=("HR Director", "Head of Technical Services"),
                    measures=("Review completed and changes agreed",),
                    end=on("2025/26", "2025"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="2.5",
                    theme="Recognise skills in pay and grading",
                    text="Introduce a contribution payment for technicians who take on the training or supervision "
                    "of others.",
                    owners=("HR Director",),
                    measures=("Scheme in place",),
                    end=on("Jul 2026", "2026-07"),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    theme="Development for everyone",
                    text="Give every technician access to the online learning platform with a programme of "
                    "technical courses.",
                    owners=("Staff Development Manager",),
                    measures=("Every technician enrolled",),
                    end=on("Jan 2025", "2025-01"),
                    status=COMPLETE,
                ),
                Item(
                    ref="3.2",
                    theme="Development for everyone",
                    text="Fund technicians to attend one external conference or course each year.",
                    owners=("Faculty Operating Officers",),
                    measures=("Funding used by 60% of technicians",),
                    end=every("Annually", "annual"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.3",
                    theme="Routes to progression",
                    text="Run a pilot in which technicians shadow a senior colleague in another faculty for two weeks.",
                    owners=("Staff Development Manager", "Technician Forum"),
                    measures=("Ten technicians complete the pilot",),
                    end=on("Jun 2026", "2026-06"),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    theme="Plan for the future",
                    text="Map the age profile of technical teams and identify posts at risk of retirement.",
                    owners=("HR Business Partner",),
                    measures=("Risk map shared with each faculty",),
                    end=on("Mar 2025", "2025-03"),
                    status=COMPLETE,
                ),
                Item(
                    ref="4.2",
                    theme="Plan for the future",
                    text="Offer apprenticeships in the technical teams with the greatest number of posts at risk.",
                    owners=("Head of Technical Services",),
                    measures=("Three apprentices a year",),
                    end=on("Sept 2025", "2025-09"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="4.3",
                    theme="Plan for the future",
                    text="Invite school pupils to work experience weeks run by technical teams.",
                    owners=("Outreach Coordinator",),
                    measures=("Twenty pupils a year",),
                    end=on("Summer 2025", "2025-06"),
                    status=BEHIND,
                ),
            ),
        ),
    ),
)

# The note row printed across the table before the action it names first.
LISSENDALE_NOTE = ("2.4", "Actions 2.4 and 2.5 carry over from the 2021 plan and keep their original numbers.")

# --- (de) Tarnbury Institute of Technology: a landscape Writer table with no borders at all,
# columns separated by whitespace only; a two-row header ("Target" over "date", "Success"
# over "measure", the other headers on the top row); bold pillar rows inside the table; some
# Owner cells empty; plain numbered refs; status as text.

SOME_SLIPPAGE = status("Some slippage", "action_needed")

TARNBURY = Plan(
    institution="Tarnbury Institute of Technology",
    title="Technician Commitment Action Plan 2025-27",
    period=("2025", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1",
                    text="Publish a directory of the technical staff in each department, with their areas of "
                    "expertise.",
                    owners=("Technical Operations Manager",),
                    measures=("Directory online",),
                    end=on("Jan 2026", "2026-01"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="2",
                    text="Hold an open week in which the workshops and laboratories welcome visitors from across "
                    "the institute.",
                    measures=("Open week held",),
                    end=on("Mar 2026", "2026-03"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3",
                    text="Add a technician profile to each issue of the institute's magazine.",
                    owners=("Magazine Editor",),
                    measures=("A profile in every issue",),
                    end=every("Ongoing", "ongoing"),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="4",
                    text="Include technical staff in the nominations for the institute's teaching and research prizes.",
                    owners=("Deputy Principal",),
                    measures=("Technicians nominated each year",),
                    end=every("Annually", "annual"),
                    status=COMPLETE,
                ),
                Item(
                    ref="5",
                    text="Create a fund to pay professional registration fees for technicians.",
                    measures=("Fees paid for all applicants",),
                    end=on("Sep 2025", "2025-09"),
                    status=COMPLETE,
                ),
                Item(
                    ref="6",
                    text="Add the names of supporting technicians to the credits of every student degree show.",
                    owners=("Heads of Department",),
                    measures=("Credits included in every show",),
                    end=on("Jun 2026", "2026-06"),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="7",
                    text="Offer a career review to every technician who has been in the same role for five years "
                    "or more.",
                    owners=("HR Manager",),
                    measures=("Reviews offered to all eligible staff",),
                    end=on("Dec 2025", "2025-12"),
                    status=SOME_SLIPPAGE,
                ),
                Item(
                    ref="8",
                    text="Create a technical training pathway leading to a recognised qualification.",
                    owners=("Training Coordinator", "Technical Operations Manager"),
                    measures=("Pathway accredited",),
                    end=on("Jul 2026", "2026-07"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="9",
                    text="Support technicians to present their work at sector conferences.",
                    measures=("Five presentations a year",),
                    end=every("Annually", "annual"),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="10",
                    text="Create two apprenticeship posts in the engineering workshops.",
                    owners=("Technical Operations Manager",),
                    measures=("Apprentices in post",),
                    end=on("Sep 2026", "2026-09"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="11",
                    text="Write down the key procedures for each specialist facility so that cover can be arranged.",
                    owners=("Facility Leads",),
                    measures=("Procedures held for all facilities",),
                    end=on("Dec 2026", "2026-12"),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="12",
                    text="Collect feedback from technicians on this plan every six months.",
                    measures=("Feedback summary shared with staff",),
                    end=every("6-monthly", "six_monthly"),
                    status=IN_PROGRESS,
                ),
            ),
        ),
    ),
)

# --- (df) Brackwater University: a web page saved as Markdown: "## Visibility" headings, each
# action a "### 1.1 ..." sub-heading followed by "- Owner:", "- When:", "- How we will know:" and
# "- Progress:" bullets (some absent).

BRACKWATER = Plan(
    institution="Brackwater University",
    title="Technician Commitment Action Plan 2025-2028",
    period=("2025", "2028"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Launch a monthly technician spotlight on the university's social media channels",
                    owners=("Social Media Manager",),
                    end=on("Oct 2025", "2025-10"),
                    measures=("Twelve spotlights a year",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.2",
                    text="Put the names of the technical team on the web page of every teaching laboratory",
                    owners=("Web Services", "Laboratory Managers"),
                    end=on("Mar 2026", "2026-03"),
                    measures=("Names shown on all laboratory pages",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="1.3",
                    text="Hold a Technicians' Week each spring with talks, tours and an exhibition",
                    owners=("Technician Network",),
                    end=every("Annually", "annual"),
                    measures=("Week held each spring",),
                    status=ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Add a technical staff category to the Brackwater Excellence Awards",
                    owners=("Director of People",),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Category awarded in 2026",),
                    status=COMPLETE,
                ),
                Item(
                    ref="2.2",
                    text="Agree how technicians are acknowledged in research papers and theses",
                    owners=("Research Office", "Technician Network"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Guidance published",),
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Recognise long service by technical staff at the annual staff dinner",
                    owners=("Director of People",),
                    end=every("Annually", "annual"),
                    status=ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Give each technical team a budget for training chosen by its members",
                    owners=("Head of Technical Services",),
                    end=on("Apr 2026", "2026-04"),
                    measures=("Budget used by every team",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.2",
                    text="Create a mentoring scheme for technicians new to the university",
                    owners=("Technician Network",),
                    end=on("Sept 2025", "2025-09"),
                    measures=("Every new technician offered a mentor",),
                    status=COMPLETE,
                ),
                Item(
                    ref="3.3",
                    text="Support applications for professional registration with workshops and paid fees",
                    owners=("Head of Technical Services", "Staff Development"),
                    end=every("Ongoing", "ongoing"),
                    measures=("Fifteen registrations by 2028",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.4",
                    text="Review technical job descriptions so that they describe the work done today",
                    owners=("HR Business Partner",),
                    end=on("2026/27", "2026"),
                    measures=("All job descriptions reviewed",),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Take on at least two technical apprentices each year",
                    owners=("Head of Technical Services",),
                    end=every("Annually", "annual"),
                    measures=("Two apprentices start each year",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="4.2",
                    text="Plan for the replacement of technicians who are due to retire in the next five years",
                    owners=("HR Business Partner", "Laboratory Managers"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("A succession plan for every post at risk",),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="5.1",
                    text="Survey technicians about their experience of working at Brackwater in 2026 and 2028",
                    owners=("Technician Network",),
                    end=on("Summer 2026", "2026-06"),
                    measures=("At least half of technicians respond",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="5.2",
                    text="Report progress against this plan to the University Executive Board twice a year",
                    owners=("Head of Technical Services",),
                    end=every("6-monthly", "six_monthly"),
                    measures=("Reports received",),
                    status=ON_TRACK,
                ),
            ),
        ),
    ),
)
