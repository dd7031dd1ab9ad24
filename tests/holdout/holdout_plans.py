"""The fictional plans behind the hold-out files, written once as data.

Institutions, roles, owner codes and wording are invented. Each `When` and
`StatusCell` states by hand what a correct reading gives, so the gold never
inherits a bug from the code under test. The shapes (`Plan`, `Section`, `Item`)
are the ones `samples/plan_model.py` defines for the samples.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from plan_model import Item, Plan, Section, StatusCell, When, quarters


def on(raw: str, date: str) -> When:
    """A date cell that names a month or a year."""
    return When(raw, date=date)


def every(raw: str, recurrence: str) -> When:
    """A date cell that names a repeat instead of a date."""
    return When(raw, recurrence=recurrence)


def vague(raw: str) -> When:
    """A date cell that names neither a date nor a repeat."""
    return When(raw)


def status(raw: str | None, state: str | None, rag: str | None = None, priority: int | None = None) -> StatusCell:
    return StatusCell(raw=raw, state=state, priority=priority, rag=rag)


def rag_only(rag: str) -> StatusCell:
    """A status cell filled with a colour and no text."""
    return StatusCell(raw=None, state=None, rag=rag)


# --- (a) University of Ashworth: Writer, portrait, one bordered table ---------------------
# No. | Objective | Actions | Lead | Timescale | Success Measures | Progress; section rows span
# the table, Objective cells are merged down, long rows cross page breaks.

ASHWORTH = Plan(
    institution="University of Ashworth",
    title="Technician Commitment Action Plan 2024-2027",
    subtitle="Three-year plan covering August 2024 to July 2027",
    period=("2024-08", "2027-07"),
    legend={
        "TCC": "Technician Commitment Champion",
        "TSG": "Technical Staff Group",
        "PSD": "People and Skills Directorate",
        "CMO": "Communications and Marketing Office",
        "HTS": "Heads of Technical Services",
        "LDC": "Learning and Development Centre",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1",
                    theme="Show the range of technical work across the university",
                    text="Produce a short film and a photo essay for each faculty that follow technicians through "
                    "an ordinary working week, and use them at open days, in induction for new academic staff "
                    "and on the careers pages of the website.",
                    measures=("Films released for all five faculties", "Used at every open day from 2025"),
                    owners=("CMO", "TSG"),
                    end=on("Summer 2025", "2025-06"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="2",
                    theme="Show the range of technical work across the university",
                    text="Put the names and photographs of the technical team on the door or noticeboard of every "
                    "teaching laboratory and workshop.",
                    measures=("Signs in place in 90% of teaching spaces",),
                    owners=("HTS",),
                    end=on("Dec 2024", "2024-12"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="3",
                    theme="Bring technicians into the room where decisions are made",
                    text="Reserve two places for elected technicians on the University Research Infrastructure "
                    "Board and on each faculty operations committee. Elected members serve for two years, "
                    "receive the papers at the same time as other members, and are given time within their "
                    "workload to prepare for meetings and to report back to the Technical Staff Group. The "
                    "Champion will brief each new member on how the committees work and who to approach with "
                    "items for the agenda, and will check after the first year whether members feel able to "
                    "speak on behalf of their colleagues.",
                    measures=(
                        "Elected technicians sit on every listed committee",
                        "Attendance of technician members above 80%",
                        "Survey of members after year one",
                    ),
                    owners=("TCC", "TSG"),
                    end=on("2025/26", "2025"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="4",
                    theme="Thank and reward technical staff",
                    text="Add a technical category to the Vice-Chancellor's staff awards, judged by a panel that "
                    "includes at least one technician.",
                    measures=("Category awarded every year",),
                    owners=("PSD",),
                    end=every("Annually", "annual"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="5",
                    theme="Thank and reward technical staff",
                    text="Review how technicians are put forward for contribution pay points and publish the "
                    "success rate by staff group every year.",
                    measures=("Success rates published", "Gap between staff groups narrows year on year"),
                    owners=("PSD", "HTS"),
                    end=on("Mar 2026", "2026-03"),
                    status=status("Delayed", "action_needed"),
                ),
                Item(
                    ref="6",
                    theme="Credit technical input to research and teaching",
                    text="Write guidance for principal investigators on naming technicians in papers, data "
                    "deposits, grant reports and teaching materials, agree it with the research committee and "
                    "send it to every new grant holder with their award letter.",
                    measures=("Guidance issued with all award letters",),
                    owners=("TCC",),
                    end=on("July 2025", "2025-07"),
                    status=status("In progress", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="7",
                    theme="Open routes to progression",
                    text="Map the skills expected at each technical grade and publish example career paths, from "
                    "apprentice to head of service, with the training that helps at each step. The paths will "
                    "be drawn up with technicians from every faculty, tested with line managers and new "
                    "starters, and linked from the job descriptions of all technical posts so that applicants "
                    "and current staff can see how a role may grow. Where a step has no training on offer "
                    "today the gap will be reported to the Learning and Development Centre with an estimate of "
                    "how many staff it affects, and the map will be reviewed each summer to keep it up to "
                    "date with new roles, equipment and professional body requirements.",
                    measures=(
                        "Career paths published for all technical job families",
                        "Gaps in training reported with a costed plan",
                        "Map reviewed every summer",
                    ),
                    owners=("HTS", "LDC"),
                    end=on("Summer 2026", "2026-06"),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="8",
                    theme="Open routes to progression",
                    text="Guarantee every technician at least five days a year of protected development time, "
                    "recorded in the appraisal system.",
                    measures=("Average development days per technician reported each year",),
                    owners=("HTS",),
                    end=every("Ongoing", "ongoing"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="9",
                    theme="Support professional registration",
                    text="Fund registration fees with a licensed professional body and run two writing "
                    "workshops a year for applicants.",
                    measures=("Forty new registrations by the end of the plan",),
                    owners=("LDC", "TCC"),
                    end=every("Every six months", "six_monthly"),
                    status=status("Partially complete", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="10",
                    theme="Plan for the future technical workforce",
                    text="Collect the age profile, length of service and vacancy rate of technical teams in a "
                    "workforce report for the senior team, naming the posts at greatest risk of loss of "
                    "knowledge when their holders retire or move on.",
                    measures=("Report received by the senior team each autumn",),
                    owners=("PSD",),
                    end=on("Oct 2025", "2025-10"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="11",
                    theme="Plan for the future technical workforce",
                    text="Create six new technical apprenticeships across the faculties and a mentor for each "
                    "apprentice.",
                    measures=("Six apprentices in post", "Every apprentice has a named mentor"),
                    owners=("HTS", "PSD"),
                    end=on("2026/27", "2026"),
                    status=status("On track", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Monitoring and Evaluation",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="12",
                    theme="Know whether the plan is working",
                    text="Run a short survey of all technical staff each spring and compare the answers with the "
                    "2024 baseline on visibility, recognition and development.",
                    measures=("Response rate above 50%", "Results shared with all staff within two months"),
                    owners=("TCC", "TSG"),
                    end=every("Annually", "annual"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="13",
                    theme="Know whether the plan is working",
                    text="Report progress against this plan to the University Executive Board twice a year.",
                    measures=("Two reports a year minuted by the Board",),
                    owners=("TCC",),
                    end=on("Jan 2025", "2025-01"),
                    status=status("Behind schedule", "action_needed"),
                ),
            ),
        ),
    ),
)


# --- (b) Brackenridge University: Writer, landscape, one table per pillar ----------------
# Ref# | Action | Owner(s) | Start | Finish | Measure of success | Status; a heading paragraph
# names the pillar above each table.

BRACKENRIDGE = Plan(
    institution="Brackenridge University",
    title="Technician Commitment Action Plan 2024 to 2027",
    subtitle="This plan runs from September 2024 to August 2027 and is reviewed by the Technical Board.",
    period=("2024-09", "2027-08"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Launch a monthly technical bulletin with news from each workshop, laboratory and studio.",
                    measures=("Ten issues a year; open rate above 40%",),
                    owners=("Head of Technical Services", "Internal Communications"),
                    start=on("Sept 2024", "2024-09"),
                    end=every("Annually", "annual"),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="1.2",
                    text="Hold a technicians' exhibition in the library foyer during the spring open week, with "
                    "demonstrations of equipment and student work that technicians supported.",
                    measures=("Exhibition held with entries from every school",),
                    owners=("Technician Network",),
                    start=on("Jan 2025", "2025-01"),
                    end=on("Summer 2025", "2025-06"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="1.3",
                    text="Add technical staff to the university's online expertise finder so that external "
                    "partners can search for them.",
                    measures=("All senior technicians listed",),
                    owners=("Research Office",),
                    end=on("2024/25", "2024"),
                    status=status("Complete", "complete"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Create a technician of the year prize in each faculty, presented at the summer "
                    "graduation reception.",
                    measures=("Prize awarded in every faculty",),
                    owners=("Faculty Deans",),
                    start=on("Sept 2024", "2024-09"),
                    end=every("Annually", "annual"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="2.2",
                    text="Make technical contributions a standard heading in internal research reviews and in the "
                    "case studies the university submits for national assessment.",
                    measures=("Heading in all review templates and technical staff named in most case studies",),
                    owners=("Research Office", "Head of Technical Services"),
                    start=on("Autumn 2024", "2024-09"),
                    end=on("End of 2025", "2025"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="2.3",
                    text="Ask every head of school to thank their technical team in person at the end of each "
                    "academic year.",
                    measures=("Feedback from technicians that thanks were given",),
                    owners=("Heads of School",),
                    start=every("Annually", "annual"),
                    end=every("Annually", "annual"),
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
                    text="Open the university's leadership programme to technical managers and reserve four places "
                    "a year for them.",
                    measures=("Four technical managers complete the programme each year",),
                    owners=("Organisational Development",),
                    start=on("Sept 2024", "2024-09"),
                    end=on("Summer 2027", "2027-06"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="3.2",
                    text="Set up job shadowing between schools so technicians can learn techniques used by other "
                    "teams.",
                    measures=("Twenty shadowing placements over the plan",),
                    owners=("Technician Network", "Organisational Development"),
                    start=on("2025/26", "2025"),
                    end=on("2026/27", "2026"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="3.3",
                    text="Fund technicians to attend one national conference or training event of their choice in "
                    "each year of the plan.",
                    measures=("Spend reported against the fund each year",),
                    owners=("Head of Technical Services",),
                    start=on("Apr 2025", "2025-04"),
                    end=every("Ongoing", "ongoing"),
                    status=status("Action needed", "action_needed"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Write a succession plan for every technical post that is the only one of its kind in "
                    "the university.",
                    measures=("Plans in place for all single-person posts",),
                    owners=("Heads of School", "Human Resources"),
                    start=on("Jan 2025", "2025-01"),
                    end=on("Dec 2025", "2025-12"),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="4.2",
                    text="Offer paid summer placements in technical teams to students from local colleges.",
                    measures=("Eight placements a year",),
                    owners=("Human Resources",),
                    start=on("Summer 2025", "2025-06"),
                    end=every("Annually", "annual"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)


# --- (c) Corrie Bay College: Writer table with no borders --------------------------------
# Action | Responsible | By when | Evidence of success; bold section rows, no refs, no status.

CORRIE_BAY = Plan(
    institution="Corrie Bay College",
    title="Technician Commitment Action Plan 2025-2026",
    subtitle="A two-year plan from January 2025 to December 2026",
    period=("2025-01", "2026-12"),
    legend={
        "DoE": "Director of Estates and Facilities",
        "TSM": "Technical Services Manager",
        "HRP": "HR Partner",
        "CPD": "Staff Development Team",
        "SU": "Students' Union",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Include a page on technical services in the prospectus and in the welcome pack for new "
                    "students.",
                    measures=("Page published in the 2026 prospectus",),
                    owners=("TSM",),
                    end=on("Sept 2025", "2025-09"),
                ),
                Item(
                    text="Invite technicians to speak at the college's annual staff conference about a project they "
                    "supported.",
                    measures=("At least two talks by technicians each year",),
                    owners=("TSM", "CPD"),
                    end=every("Annually", "annual"),
                ),
                Item(
                    text="Work with the Students' Union to add technical staff to the nominations for the student-led "
                    "teaching awards.",
                    measures=("Technical category open to nominations",),
                    owners=("SU",),
                    end=on("Mar 2025", "2025-03"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Review technical job descriptions against the grading scheme and regrade posts whose duties "
                    "have grown.",
                    measures=("All technical job descriptions reviewed",),
                    owners=("HRP", "TSM"),
                    end=on("Dec 2025", "2025-12"),
                ),
                Item(
                    text="Send a personal letter of thanks from the Principal to every technician named in a student "
                    "or staff commendation.",
                    measures=("Letters sent within a month of each commendation",),
                    owners=("DoE",),
                    end=every("Ongoing", "ongoing"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Give every technician a development conversation with their manager each year and record "
                    "the training they ask for.",
                    measures=("95% of technicians have had a conversation", "Training requests logged"),
                    owners=("TSM",),
                    end=every("Annually", "annual"),
                ),
                Item(
                    text="Pay for two technicians a year to study for a part-time foundation degree or higher national "
                    "certificate.",
                    measures=("Two funded places each year",),
                    owners=("CPD",),
                    end=on("Aug 2026", "2026-08"),
                ),
                Item(
                    text="Set up a peer mentoring scheme that pairs new technicians with experienced colleagues "
                    "from another department.",
                    measures=("Every new technician offered a mentor",),
                    owners=("CPD", "TSM"),
                    end=on("June 2025", "2025-06"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    text="Record how each piece of specialist equipment is set up and maintained so that the "
                    "knowledge is not held by one person.",
                    measures=("Written procedures for all high-value equipment",),
                    owners=("TSM",),
                    end=on("2025/26", "2025"),
                ),
                Item(
                    text="Plan the replacement of technical staff due to retire in the next five years, with "
                    "overlap time for handover.",
                    measures=("Handover plans agreed for every expected retirement",),
                    owners=("HRP", "DoE"),
                    end=on("Dec 2026", "2026-12"),
                ),
            ),
        ),
    ),
)


# --- (d) Dunmore Institute of Technology: Calc Gantt, month-range quarter headers ----------
# Action | Owner | twelve quarters "Apr-Jun 24" ... "Jan-Mar 27" under "Year 1".."Year 3" | Status.

DUNMORE_QUARTERS = quarters("2024-04", "2027-01")

DUNMORE = Plan(
    institution="Dunmore Institute of Technology",
    title="Technician Commitment Action Plan 2024-27",
    period=("2024-04", "2027-03"),
    legend={
        "DTO": "Director of Technical Operations",
        "TCL": "Technician Commitment Lead",
        "TF": "Technicians' Forum",
        "PD": "People Development",
        "MC": "Marketing and Communications",
        "FM": "Facility Managers",
    },
    sections=(
        Section(
            heading="Governance",
            pillar="governance",
            items=(
                Item(
                    text="Appoint a Technician Commitment Lead with a fifth of their time set aside for the role",
                    owners=("DTO",),
                    timeline=DUNMORE_QUARTERS[0:1],
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    text="Meet as a steering group every quarter and publish the notes on the intranet",
                    owners=("TCL", "TF"),
                    timeline=DUNMORE_QUARTERS,
                    status=status("On track", "in_progress", "green"),
                ),
            ),
        ),
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Publish a directory of technical teams, their facilities and contact details",
                    owners=("MC",),
                    timeline=DUNMORE_QUARTERS[1:3],
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    text="Run a technicians' open day for schools and industry partners each spring",
                    owners=("TF", "MC"),
                    timeline=(DUNMORE_QUARTERS[3], DUNMORE_QUARTERS[7], DUNMORE_QUARTERS[11]),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Name technical staff in press releases about research that used their facilities",
                    owners=("MC", "FM"),
                    timeline=DUNMORE_QUARTERS[2:8],
                    status=status("Action needed", "action_needed", "amber"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Add a technician prize to the institute's annual excellence awards",
                    owners=("PD",),
                    timeline=(DUNMORE_QUARTERS[2], DUNMORE_QUARTERS[6], DUNMORE_QUARTERS[10]),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Check that technical staff are paid fairly against similar roles in the sector",
                    owners=("PD", "DTO"),
                    timeline=DUNMORE_QUARTERS[4:7],
                    status=status("Delayed", "action_needed", "red"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Offer a mentoring scheme for technicians seeking promotion",
                    owners=("PD", "TF"),
                    timeline=DUNMORE_QUARTERS[1:12],
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Support technicians to gain professional registration, paying the fees",
                    owners=("TCL",),
                    timeline=DUNMORE_QUARTERS[0:12],
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Create a training budget held by the Technicians' Forum",
                    owners=("DTO",),
                    timeline=DUNMORE_QUARTERS[4:6],
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    text="Recruit technical apprentices into teams with hard-to-fill roles",
                    owners=("FM", "PD"),
                    timeline=DUNMORE_QUARTERS[5:12],
                    status=status("Not started", "not_started"),
                ),
                Item(
                    text="Write down the know-how for each specialist facility in a shared handbook",
                    owners=("FM",),
                    timeline=DUNMORE_QUARTERS[3:9],
                    status=status("Action needed - 2", "action_needed", "amber", priority=2),
                ),
            ),
        ),
    ),
)


# --- (e) University of Elmstead: Calc Gantt, date headers, RAG cells without text --------
# Ref | Action | Lead | Success measure | 01/09/2024 ... 01/06/2026 under "Phase 1"/"Phase 2" | RAG.

ELMSTEAD_QUARTERS = quarters("2024-09", "2026-06")

ELMSTEAD = Plan(
    institution="University of Elmstead",
    title="University of Elmstead Technician Commitment Action Plan 2024-2026",
    period=("2024-09", "2026-08"),
    legend={
        "TCWG": "Technician Commitment Working Group",
        "HTO": "Head of Technical Operations",
        "HRD": "HR Director",
        "TRep": "Technician Representatives",
        "CDT": "Careers Development Team",
    },
    pdf_metadata=False,
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="A1",
                    text="Set up a technician network with its own page on the staff intranet",
                    measures=("Network meets termly",),
                    owners=("TRep",),
                    timeline=ELMSTEAD_QUARTERS[0:2],
                    status=rag_only("green"),
                ),
                Item(
                    ref="A2",
                    text="Show technical roles in the university's annual report",
                    measures=("Feature in each annual report",),
                    owners=("HTO",),
                    timeline=(ELMSTEAD_QUARTERS[1], ELMSTEAD_QUARTERS[5]),
                    status=rag_only("amber"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="B1",
                    text="Include technicians in the university's long service awards",
                    measures=("Eligibility rules changed",),
                    owners=("HRD",),
                    timeline=ELMSTEAD_QUARTERS[0:3],
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    ref="B2",
                    text="Credit technical staff in the acknowledgements of research papers",
                    measures=("Acknowledgement in half of sampled papers",),
                    owners=("TCWG",),
                    timeline=ELMSTEAD_QUARTERS[2:8],
                    status=rag_only("red"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="C1",
                    text="Run workshops on writing applications for professional registration",
                    measures=("Three workshops a year",),
                    owners=("CDT",),
                    timeline=ELMSTEAD_QUARTERS[1:8],
                    status=rag_only("green"),
                ),
                Item(
                    ref="C2",
                    text="Introduce an annual development review for all technical staff",
                    measures=("Reviews completed for 90% of staff",),
                    owners=("HTO", "CDT"),
                    timeline=(ELMSTEAD_QUARTERS[3], ELMSTEAD_QUARTERS[7]),
                    status=status("In progress", "in_progress", "amber"),
                ),
                Item(
                    ref="C3",
                    text="Fund secondments of technicians into other universities' facilities",
                    measures=("Two secondments completed",),
                    owners=("HTO",),
                    timeline=ELMSTEAD_QUARTERS[4:8],
                    status=None,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="D1",
                    text="Build links with local schools to promote technical careers",
                    measures=("Visits to five schools a year",),
                    owners=("TRep", "CDT"),
                    timeline=ELMSTEAD_QUARTERS[2:8],
                    status=rag_only("amber"),
                ),
                Item(
                    ref="D2",
                    text="Report the age profile of the technical workforce to the working group",
                    measures=("Report received",),
                    owners=("HRD",),
                    timeline=ELMSTEAD_QUARTERS[0:1],
                    status=rag_only("green"),
                ),
            ),
        ),
    ),
)


# --- (f) Glenholm University: Writer, Pillar column, RAG column with coloured cells -------
# Ref | Pillar | Action | Owner | Deadline | Success measure | RAG; no headings, Pillar merged down.

GLENHOLM = Plan(
    institution="Glenholm University",
    title="Technician Commitment Action Plan 2025-2028",
    subtitle="Progress update, June 2025. Plan period January 2025 to December 2027.",
    period=("2025-01", "2027-12"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    ref="V.1",
                    text="Feature one technical team each month in the staff newsletter.",
                    measures=("Twelve features a year",),
                    owners=("Communications Team",),
                    end=every("Monthly", "monthly"),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="V.2",
                    text="Add a technical staff representative to the University Senate.",
                    measures=("Representative elected",),
                    owners=("University Secretary",),
                    end=on("Oct 2025", "2025-10"),
                    status=rag_only("amber"),
                ),
                Item(
                    ref="V.3",
                    text="Hold a yearly technical showcase in the student centre.",
                    measures=("Showcase held; 200 visitors",),
                    owners=("Technical Forum",),
                    end=on("May 2026", "2026-05"),
                    status=None,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            printed_as_heading=False,
            items=(
                Item(
                    ref="R.1",
                    text="Open the university teaching awards to technicians who support teaching.",
                    measures=("Technicians among the nominees",),
                    owners=("Academic Registrar",),
                    end=on("Mar 2026", "2026-03"),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    ref="R.2",
                    text="Agree a policy on naming technical staff as authors or contributors on research outputs.",
                    measures=("Policy approved by Research Committee",),
                    owners=("Pro Vice-Chancellor Research",),
                    end=on("Dec 2025", "2025-12"),
                    status=status("At risk", "action_needed", "red"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            printed_as_heading=False,
            items=(
                Item(
                    ref="C.1",
                    text="Publish a technical career framework showing the skills needed for each grade.",
                    measures=("Framework published",),
                    owners=("HR Business Partner", "Technical Forum"),
                    end=on("2025/26", "2025"),
                    status=rag_only("amber"),
                ),
                Item(
                    ref="C.2",
                    text="Give technical staff access to the university's coaching and mentoring scheme.",
                    measures=("Twenty technicians coached or mentored",),
                    owners=("Staff Development",),
                    end=every("Ongoing", "ongoing"),
                    status=status("On track", "in_progress", "green"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    ref="S.1",
                    text="Create a trainee technician scheme for school leavers.",
                    measures=("Four trainees a year",),
                    owners=("HR Business Partner",),
                    end=on("Sept 2026", "2026-09"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="S.2",
                    text="Share technical staff and equipment between departments to cover absence.",
                    measures=("Cover arrangements agreed",),
                    owners=("Technical Forum", "Heads of Department"),
                    end=on("Summer 2026", "2026-06"),
                    status=rag_only("green"),
                ),
            ),
        ),
    ),
)


# --- (i) Kingsmere University: Calc table (not a Gantt) ------------------------------------
# Ref | Pillar | Action | Lead | Start date | End date | Status | Comments; the status cell is
# filled with its RAG colour, the header repeats on the second page.

KINGSMERE = Plan(
    institution="Kingsmere University",
    title="Kingsmere University Technician Commitment Action Plan 2025-2028",
    period=("2025", "2028"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    ref="KV01",
                    text="Create a public web page for each core facility naming the technical staff who run it and "
                    "describing the services they offer to researchers, students and business partners.",
                    owners=("Director of Research Facilities",),
                    start=on("Apr 2025", "2025-04"),
                    end=on("Dec 2025", "2025-12"),
                    status=status("Complete", "complete", "green"),
                    notes="Pages for 14 of 15 facilities live; the last follows the refit.",
                ),
                Item(
                    ref="KV02",
                    text="Give technicians a regular slot at school staff meetings to present their work.",
                    owners=("Heads of School",),
                    start=on("Sep 2025", "2025-09"),
                    end=on("Jul 2026", "2026-07"),
                    status=status("In progress", "in_progress", "amber"),
                ),
                Item(
                    ref="KV03",
                    text="Nominate technical staff to speak at the regional science festival.",
                    owners=("Public Engagement Unit", "Technical Network"),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jun 2026", "2026-06"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            printed_as_heading=False,
            items=(
                Item(
                    ref="KR01",
                    text="Record technical contributions in the research information system so that they can be "
                    "reported alongside publications and grants, and use the records when preparing case studies.",
                    owners=("Research Office",),
                    start=on("Apr 2025", "2025-04"),
                    end=on("Mar 2027", "2027-03"),
                    status=status("Delayed", "action_needed", "red"),
                    notes="System upgrade postponed by the supplier; new date agreed for autumn.",
                ),
                Item(
                    ref="KR02",
                    text="Run an annual thank-you event for technical staff hosted by the Vice-Chancellor.",
                    owners=("Vice-Chancellor's Office",),
                    start=on("Jul 2025", "2025-07"),
                    end=every("Annual", "annual"),
                    status=status("Complete", "complete", "green"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            printed_as_heading=False,
            items=(
                Item(
                    ref="KC01",
                    text="Provide a technical apprenticeship route in partnership with the local further education "
                    "college, with a named workplace mentor for every apprentice and a guaranteed interview for "
                    "a permanent post at the end of the programme.",
                    owners=("HR Business Partner", "Technical Network"),
                    start=on("Sep 2025", "2025-09"),
                    end=on("Aug 2027", "2027-08"),
                    status=status("In progress", "in_progress", "green"),
                    notes="First cohort of three started in September.",
                ),
                Item(
                    ref="KC02",
                    text="Publish the criteria for promotion between technical grades.",
                    owners=("HR Business Partner",),
                    start=on("Oct 2025", "2025-10"),
                    end=on("Mar 2026", "2026-03"),
                    status=status("At risk", "action_needed", "amber"),
                ),
                Item(
                    ref="KC03",
                    text="Offer funded places on the university's coaching programme to technicians.",
                    owners=("Organisational Development",),
                    start=on("Jan 2026", "2026-01"),
                    end=every("Ongoing", "ongoing"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    ref="KS01",
                    text="Map the specialist skills held by only one member of staff and plan how they will be shared.",
                    owners=("Technical Managers",),
                    start=on("Jun 2025", "2025-06"),
                    end=on("Jun 2026", "2026-06"),
                    status=status("In progress", "in_progress", "green"),
                ),
                Item(
                    ref="KS02",
                    text="Review the technical workforce plan with each faculty every year.",
                    owners=("Director of Research Facilities", "Deans"),
                    start=on("Mar 2026", "2026-03"),
                    end=every("Annual", "annual"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)


# --- (m) Lowther Institute: Calc Gantt with month columns ---------------------------------
# Action | Lead | 18 months headed "Jan-25" ... "Jun-26" (dates shown as mmm-yy) under the
# calendar years | Progress (text, RAG fill). Sections are a Pillar column's merged cells.

LOWTHER_MONTHS = quarters("2025-01", "2026-06", step=1)

LOWTHER = Plan(
    institution="Lowther Institute",
    title="Technician Commitment Action Plan 2025-2026",
    subtitle="Lowther Institute: eighteen-month plan, January 2025 to June 2026",
    period=("2025-01", "2026-06"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    text="Photograph every technical team at work for the institute's image library",
                    owners=("Marketing Manager",),
                    timeline=LOWTHER_MONTHS[2:5],
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    text="Publish a monthly technician spotlight in the staff bulletin",
                    owners=("Marketing Manager", "Technical Services Manager"),
                    timeline=LOWTHER_MONTHS[3:18],
                    status=status("On track", "in_progress", "green"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            printed_as_heading=False,
            items=(
                Item(
                    text="Hold a technician recognition lunch with the Director after each academic year",
                    owners=("Director's Office",),
                    timeline=(LOWTHER_MONTHS[6], LOWTHER_MONTHS[17]),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Add technical staff to the criteria of the teaching excellence awards",
                    owners=("Academic Registrar",),
                    timeline=LOWTHER_MONTHS[8:12],
                    status=status("Behind schedule", "action_needed", "amber"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            printed_as_heading=False,
            items=(
                Item(
                    text="Offer every technician a funded day of training each term",
                    owners=("Technical Services Manager",),
                    timeline=(LOWTHER_MONTHS[0], LOWTHER_MONTHS[4], LOWTHER_MONTHS[8], LOWTHER_MONTHS[12]),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Set up a technical skills exchange with two partner colleges",
                    owners=("Deputy Director",),
                    timeline=LOWTHER_MONTHS[9:15],
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    text="Plan cover for single-person technical roles during long absences",
                    owners=("Technical Services Manager", "HR Adviser"),
                    timeline=LOWTHER_MONTHS[1:7],
                    status=status("Stalled", "action_needed", "red"),
                ),
            ),
        ),
    ),
)
