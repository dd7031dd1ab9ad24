"""The eighth batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.

Conventions used here (each follows an earlier gold, or is stated because no earlier gold has
the case):

- A table captioned "Table 2: Recognition" (the caption a line of its own above the table)
  gives the section "Recognition", the caption's number and label dropped, as "1. Visibility"
  gives "Visibility" (round 5). A captioned key table after the action tables ("Table 5: Key
  to leads", Code | Role) is the plan's legend, as an "Abbreviations" table is (round 7).
- A cell "Ongoing" merged across the Start and End columns belongs to both columns, as a
  merged Theme cell belongs to every row it spans: start and end are both the "Ongoing"
  recurrence. Where Start and End are separate cells each is read on its own.
- A Gantt month column headed by a single letter ("J", "F", "M" ...) under a merged year cell
  ("2025") is that month of that year: the letters run January to December under each year,
  so the column's place under the year gives the month. The timeline lists every shaded
  month; the plan's period runs from the first month column to the last.
- A Word table saved as plain text: a paragraph break typed inside a cell separates owners or
  measures as a line break in a spreadsheet cell does (round 5); inside an Action cell the
  paragraphs are one action, their words joined with single spaces. A section row merged
  across the table gives the section heading.
- "31 July 2026" is that month (2026-07); "Spring 2026" is 2026-03 (round 4); "Sept 2025" and
  "March 2026" are months; "2026/27" is its first year.
- A status word printed in a coloured font (no fill, no dot) has the word as its raw text, the
  state the word gives, and the rag the colour names, in the spirit of the coloured dot of
  round 6: the colour is the plan's own RAG signal, drawn on the status itself (the plan's key
  says so). A status word printed in the body text colour (black) has a null rag.
- "At risk" is `action_needed` with no priority, as in rounds 1, 2 and 4.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from holdout_plans import every, on, status, vague
from plan_model import Item, Plan, Section

NOT_STARTED = status("Not started", "not_started")
IN_PROGRESS = status("In progress", "in_progress")
COMPLETE = status("Complete", "complete")
ON_TRACK = status("On track", "in_progress")
DELAYED = status("Delayed", "action_needed")
AT_RISK = status("At risk", "action_needed")
ONGOING = every("Ongoing", "ongoing")
ANNUALLY = every("Annually", "annual")

# --- (ea) Corvanleigh University: portrait Writer document, one ruled table per pillar, each
# with its own header row (Ref | Action | Lead | Target date | Success measure | Status); the
# pillar named only in a caption line above its table, "Table 1: Visibility"; a short
# paragraph between the tables; a captioned key table (Code | Role) at the end.

CORVANLEIGH = Plan(
    institution="Corvanleigh University",
    title="Technician Commitment Action Plan 2025-2028",
    period=("2025", "2028"),
    legend={
        "DTO": "Director of Technical Operations",
        "TNS": "Technician Network Steering Group",
        "PCT": "People and Culture Team",
        "EMC": "External and Media Communications",
        "STM": "School Technical Managers",
        "RDO": "Research Development Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Commission a set of portraits of technicians at work for the main reception and the "
                    "university's image bank.",
                    owners=("EMC",),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Thirty portraits in the image bank",),
                    status=COMPLETE,
                ),
                Item(
                    ref="1.2",
                    text="List the technical staff of each school on the school's home page, with their areas of "
                    "expertise.",
                    owners=("STM", "EMC"),
                    end=on("March 2026", "2026-03"),
                    measures=("Every school page lists its technical team",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.3",
                    text="Give technicians a slot at the new staff induction day to introduce the facilities they run.",
                    owners=("TNS",),
                    end=ANNUALLY,
                    measures=("Slot at every induction day",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="1.4",
                    text="Publish an annual report on the work of the technical community and send it to every "
                    "member of the University Council.",
                    owners=("DTO",),
                    end=on("Q2 2026", "2026-04"),
                    measures=("Report received by Council",),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Create a Vice-Chancellor's medal for technical excellence, open to individuals and teams.",
                    owners=("PCT", "TNS"),
                    end=on("June 2026", "2026-06"),
                    measures=("First medals awarded",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="2.2",
                    text="Ask grant applicants to cost and name technical staff time in research proposals.",
                    owners=("RDO",),
                    end=on("Sept 2026", "2026-09"),
                    measures=("Technical time named in most new proposals",),
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Meet the fees of technicians who register with a professional body for the first time.",
                    owners=("DTO",),
                    end=ONGOING,
                    measures=("Fees paid for every applicant",),
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
                    text="Map the routes between technical grades and publish them as a career guide for "
                    "technicians and their managers.",
                    owners=("PCT",),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Career guide published on the intranet",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.2",
                    text="Fund secondments of up to six months into other technical teams, inside or outside the "
                    "university.",
                    owners=("DTO", "STM"),
                    end=on("2026/27", "2026"),
                    measures=("Four secondments a year",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.3",
                    text="Train every technical line manager to hold development conversations.",
                    owners=("PCT",),
                    end=on("March 2026", "2026-03"),
                    measures=("All technical line managers trained",),
                    status=COMPLETE,
                ),
                Item(
                    ref="3.4",
                    text="Run a peer learning circle for technicians preparing for professional registration.",
                    owners=("TNS",),
                    end=ONGOING,
                    measures=("Circle meets every month",),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Identify single points of failure in specialist technical skills and train a second "
                    "person for each.",
                    owners=("STM",),
                    end=on("Dec 2027", "2027-12"),
                    measures=("A second trained person for every critical skill",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="4.2",
                    text="Recruit technical apprentices each year in partnership with the local further education "
                    "college.",
                    owners=("PCT", "STM"),
                    end=ANNUALLY,
                    measures=("Two apprentices start each September",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="4.3",
                    text="Offer school pupils work experience weeks in technical teams.",
                    owners=("TNS",),
                    end=vague("TBC"),
                    measures=("Ten placements a year",),
                    status=NOT_STARTED,
                ),
            ),
        ),
    ),
)

# --- (eb) Hallowmere University: landscape Writer ruled table, Ref | Action | Owner | Start |
# End | Success measure | Status, a shaded section row per pillar; where an action is ongoing,
# one cell "Ongoing" is merged across Start and End; the other rows have both dates.

HALLOWMERE = Plan(
    institution="Hallowmere University",
    title="Technician Commitment Action Plan 2025-2027",
    period=("2025", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    text="Set up a technician stand at the university's annual research open day.",
                    owners=("Public Engagement Manager",),
                    start=on("Sept 2025", "2025-09"),
                    end=on("Nov 2025", "2025-11"),
                    measures=("Stand staffed by technicians from every faculty",),
                    status=COMPLETE,
                ),
                Item(
                    ref="V2",
                    text="Share stories of technical work on the university's social media channels.",
                    owners=("Digital Content Team",),
                    start=ONGOING,
                    end=ONGOING,
                    measures=("Two posts a month",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="V3",
                    text="Include technical services in the tour given to visiting funders and partners.",
                    owners=("Head of Technical Services",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jul 2026", "2026-07"),
                    measures=("Technical facilities on every tour route",),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="R1",
                    text="Name the technicians who supported a project in the acknowledgements of theses and "
                    "research papers.",
                    owners=("Graduate School", "Research Office"),
                    start=on("Oct 2025", "2025-10"),
                    end=on("Apr 2026", "2026-04"),
                    measures=("Guidance added to the thesis regulations",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="R2",
                    text="Thank long-serving technicians at the staff recognition evening.",
                    owners=("HR Director",),
                    start=ONGOING,
                    end=ONGOING,
                    measures=("Long-service awards presented each year",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="R3",
                    text="Review the grading of technical roles against the national role profiles.",
                    owners=("Reward Manager",),
                    start=on("Mar 2026", "2026-03"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Review reported to the Staffing Committee",),
                    status=DELAYED,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="C1",
                    text="Offer each technician a personal development budget of five hundred pounds a year.",
                    owners=("Head of Technical Services",),
                    start=on("Aug 2025", "2025-08"),
                    end=on("Jul 2027", "2027-07"),
                    measures=("Budgets used by at least 70% of technicians",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="C2",
                    text="Run lunchtime skills-sharing sessions led by technicians for technicians.",
                    owners=("Technician Network",),
                    start=ONGOING,
                    end=ONGOING,
                    measures=("One session a month",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="C3",
                    text="Open the mentoring scheme for early-career researchers to technical staff.",
                    owners=("Staff Development Unit",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Technicians among the mentees and mentors",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="C4",
                    text="Support technicians taking a part-time degree with fees and study leave.",
                    owners=("Staff Development Unit", "Head of Technical Services"),
                    start=on("Sept 2026", "2026-09"),
                    end=on("Jul 2027", "2027-07"),
                    measures=("Three technicians enrolled",),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="S1",
                    text="Keep a record of the specialist equipment each technician can operate and maintain.",
                    owners=("Technical Team Leaders",),
                    start=ONGOING,
                    end=ONGOING,
                    measures=("Skills record up to date in every team",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="S2",
                    text="Plan for the replacement of technicians due to retire within three years.",
                    owners=("Head of Technical Services", "HR Business Partner"),
                    start=on("Feb 2026", "2026-02"),
                    end=on("Oct 2026", "2026-10"),
                    measures=("Succession plan agreed for each post",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="S3",
                    text="Host a summer internship for undergraduates in the central workshops.",
                    owners=("Workshop Manager",),
                    start=on("Jun 2026", "2026-06"),
                    end=on("Aug 2026", "2026-08"),
                    measures=("Four interns hosted",),
                    status=NOT_STARTED,
                ),
            ),
        ),
    ),
)

# --- (ec) University of Kellmarsh: Calc Gantt, Ref | Action | Lead | 24 month columns headed
# "J F M A M J J A S O N D" under a merged year cell ("2025", "2026") | Status (text, no fill);
# a band row per pillar; active months shaded; a key to the leads under the grid.

KELLMARSH_MONTHS = tuple(f"{year}-{month:02d}" for year in (2025, 2026) for month in range(1, 13))


def months(first: str, last: str) -> tuple[str, ...]:
    """Every month from `first` to `last` inclusive (YYYY-MM)."""
    return tuple(m for m in KELLMARSH_MONTHS if first <= m <= last)


KELLMARSH = Plan(
    institution="University of Kellmarsh",
    title="Technician Commitment Action Plan 2025-2026",
    period=("2025-01", "2026-12"),
    legend={
        "HTS": "Head of Technical Services",
        "TCG": "Technician Commitment Group",
        "OD": "Organisational Development",
        "MC": "Marketing and Communications",
        "FOM": "Faculty Operations Managers",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Produce a booklet introducing each technical team and the services it offers",
                    owners=("MC", "TCG"),
                    timeline=months("2025-02", "2025-06"),
                    status=COMPLETE,
                ),
                Item(
                    ref="1.2",
                    text="Hold a technicians' week of open labs and tours each spring",
                    owners=("TCG",),
                    timeline=("2025-03", "2026-03"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.3",
                    text="Add a technical services page to every faculty website",
                    owners=("MC", "FOM"),
                    timeline=months("2025-09", "2026-02"),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Launch a technician of the year award with categories for teaching and research support",
                    owners=("HTS",),
                    timeline=months("2025-04", "2025-07"),
                    status=COMPLETE,
                ),
                Item(
                    ref="2.2",
                    text="Record technical contributions in the university's research information system",
                    owners=("HTS", "TCG"),
                    timeline=months("2025-10", "2026-06"),
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Fund professional registration for all technicians who apply",
                    owners=("HTS",),
                    timeline=months("2025-01", "2026-12"),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Introduce protected development time of one day a month for every technician",
                    owners=("FOM",),
                    timeline=months("2025-09", "2026-12"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.2",
                    text="Design a technical leadership course with a neighbouring university",
                    owners=("OD",),
                    timeline=months("2026-01", "2026-05"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.3",
                    text="Hold career conversations with technicians at appraisal",
                    owners=("FOM", "OD"),
                    timeline=("2025-11", "2026-11"),
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
                    text="Start a technical apprenticeship scheme with two posts a year",
                    owners=("OD", "HTS"),
                    timeline=("2025-09", "2026-09"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="4.2",
                    text="Review the age profile of the technical workforce and identify skills at risk",
                    owners=("HTS",),
                    timeline=months("2026-03", "2026-08"),
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
                    text="Survey technicians on the difference the plan has made",
                    owners=("TCG",),
                    timeline=("2025-06", "2026-06"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="5.2",
                    text="Report progress to the University Executive Board",
                    owners=("HTS",),
                    timeline=("2025-07", "2025-12", "2026-07", "2026-12"),
                    status=IN_PROGRESS,
                ),
            ),
        ),
    ),
)

# --- (ed) Penrose Vale University: a Word table saved as plain text. Title and introduction
# paragraphs, then the table: No. | Action | Responsible | Timescale | KPIs | Progress, cells
# separated by tabs, rows ended by a line break; a pillar row merged across the table is its
# text alone; a cell holding two paragraphs is written with a line break between them and no
# tab, so the rest of the row continues on the next line. CRLF line ends, as Word writes them.

PENROSE_VALE = Plan(
    institution="Penrose Vale University",
    title="Technician Commitment Action Plan 2025-2027",
    period=("2025", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1",
                    text="Create a technicians' corner in the staff newsletter. Each issue will profile one "
                    "technician and one facility.",
                    owners=("Internal Communications Officer",),
                    end=on("Sept 2025", "2025-09"),
                    measures=("A profile in every issue",),
                    status=COMPLETE,
                ),
                Item(
                    ref="2",
                    text="Put up boards at the entrance to each teaching laboratory naming the technicians who "
                    "support it.",
                    owners=("Laboratory Managers", "Estates Signage Team"),
                    end=on("March 2026", "2026-03"),
                    measures=("Boards at every teaching laboratory", "Names kept up to date each term"),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3",
                    text="Invite technicians to speak at the university's public lecture series.",
                    owners=("Public Lectures Coordinator",),
                    end=ANNUALLY,
                    measures=("At least one technician speaker a year",),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="4",
                    text="Add a category for technical staff to the Vice-Chancellor's awards.",
                    owners=("HR Director",),
                    end=on("31 July 2026", "2026-07"),
                    measures=("Category in place for the 2026 awards",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="5",
                    text="Write guidance on crediting technicians in publications. The guidance will be agreed "
                    "with the Research Committee before it is issued.",
                    owners=("Research Integrity Manager", "Technician Forum Chair"),
                    end=on("Spring 2026", "2026-03"),
                    measures=("Guidance approved", "Guidance cited in the publications policy"),
                    status=DELAYED,
                ),
                Item(
                    ref="6",
                    text="Report registration numbers for technical staff to the Staffing Committee.",
                    owners=("Technical Services Director",),
                    end=every("Quarterly", "quarterly"),
                    measures=("Figures in every committee report",),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="7",
                    text="Set up a job shadowing scheme between technical teams.",
                    owners=("Learning and Development Manager",),
                    end=on("Jan 2026", "2026-01"),
                    measures=("Fifteen shadowing placements in the first year",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="8",
                    text="Make technical staff eligible for the university's study leave scheme. Applications will "
                    "be judged by the same panel as other staff.",
                    owners=("HR Director", "Technical Services Director"),
                    end=on("2026/27", "2026"),
                    measures=("Scheme rules amended", "First technician granted study leave"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="9",
                    text="Give every technician access to online training in management and digital skills.",
                    owners=("Learning and Development Manager",),
                    end=ONGOING,
                    measures=("Licences issued to all technicians",),
                    status=COMPLETE,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="10",
                    text="Agree a workforce plan for technical services covering the next five years.",
                    owners=("Technical Services Director",),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Plan approved by the Executive", "Plan reviewed each year"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="11",
                    text="Take part in the regional technician apprenticeship partnership.",
                    owners=("Apprenticeships Lead",),
                    end=ONGOING,
                    measures=("Two apprentices a year",),
                    status=ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="12",
                    text="Run a survey of technical staff at the start and end of the plan.",
                    owners=("Technician Forum Chair", "Planning Office"),
                    end=on("Jun 2027", "2027-06"),
                    measures=("Response rate above 50%",),
                    status=IN_PROGRESS,
                ),
            ),
        ),
    ),
)

# --- (ee) Stanway Heath University: landscape Writer ruled table, No. | Commitment area |
# Action | Owner | Deadline | Measure of success | Status; a bold section row per pillar; the
# status word printed in a coloured font ("On track" and "Complete" green, "At risk" amber,
# "Delayed" red; "Not started" black), no fill, no dot; a key to the colours under the table.

G_ON_TRACK = status("On track", "in_progress", "green")
G_COMPLETE = status("Complete", "complete", "green")
A_AT_RISK = status("At risk", "action_needed", "amber")
R_DELAYED = status("Delayed", "action_needed", "red")

STANWAY_HEATH = Plan(
    institution="Stanway Heath University",
    title="Technician Commitment Action Plan 2024-2027",
    period=("2024", "2027"),
    legend={
        "TSD": "Technical Services Director",
        "TRC": "Technician Representatives Committee",
        "HRP": "HR Partners",
        "CDU": "Communications and Design Unit",
        "FTL": "Faculty Technical Leads",
        "EDI": "Equality, Diversity and Inclusion Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1",
                    theme="Communication",
                    text="Send a termly email to all staff highlighting achievements of technical teams.",
                    owners=("CDU", "TRC"),
                    end=ONGOING,
                    measures=("Email sent each term",),
                    status=G_ON_TRACK,
                ),
                Item(
                    ref="2",
                    theme="Communication",
                    text="Produce a short video about technical careers for the university's recruitment pages.",
                    owners=("CDU",),
                    end=on("Apr 2025", "2025-04"),
                    measures=("Video published",),
                    status=G_COMPLETE,
                ),
                Item(
                    ref="3",
                    theme="Representation",
                    text="Reserve a seat for a technician on each faculty's executive committee.",
                    owners=("TSD", "FTL"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Technician member on every faculty executive",),
                    status=A_AT_RISK,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="4",
                    theme="Awards",
                    text="Nominate technicians for national technical awards each year.",
                    owners=("TRC",),
                    end=ANNUALLY,
                    measures=("At least three nominations a year",),
                    status=G_ON_TRACK,
                ),
                Item(
                    ref="5",
                    theme="Reward",
                    text="Include technical staff in the review of contribution-related pay.",
                    owners=("HRP",),
                    end=on("Jul 2025", "2025-07"),
                    measures=("Technicians receive awards in proportion to their numbers",),
                    status=R_DELAYED,
                ),
                Item(
                    ref="6",
                    theme="Reward",
                    text="Publish the number of technicians holding professional registration each year.",
                    owners=("TSD",),
                    end=ANNUALLY,
                    measures=("Figures published in the annual report",),
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
                    theme="Progression",
                    text="Create a senior technical specialist role for staff with expert knowledge.",
                    owners=("HRP", "TSD"),
                    end=on("Mar 2026", "2026-03"),
                    measures=("Role approved and first appointments made",),
                    status=A_AT_RISK,
                ),
                Item(
                    ref="8",
                    theme="Training",
                    text="Offer a management skills course for technicians who lead teams.",
                    owners=("HRP",),
                    end=on("Sept 2025", "2025-09"),
                    measures=("Twenty technicians complete the course",),
                    status=G_COMPLETE,
                ),
                Item(
                    ref="9",
                    theme="Training",
                    text="Set aside time for technicians to attend conferences and visit other institutions.",
                    owners=("FTL",),
                    end=ONGOING,
                    measures=("Visits recorded for every team",),
                    status=G_ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="10",
                    theme="Workforce planning",
                    text="Identify posts where a retirement would leave no one with the skills to run a facility.",
                    owners=("FTL", "TSD"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Risk register of specialist posts",),
                    status=R_DELAYED,
                ),
                Item(
                    ref="11",
                    theme="Inclusion",
                    text="Review technical job adverts to attract a more diverse field of applicants.",
                    owners=("EDI", "HRP"),
                    end=on("Jan 2026", "2026-01"),
                    measures=("Adverts reviewed", "More applications from under-represented groups"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="12",
                    theme="Inclusion",
                    text="Offer paid summer placements in technical teams to students from local schools.",
                    owners=("FTL",),
                    end=on("Summer 2026", "2026-06"),
                    measures=("Six placements each summer",),
                    status=A_AT_RISK,
                ),
            ),
        ),
    ),
)
