"""The fictional plans behind every sample, written once as data.

Institutions, people's roles, codes and wording are invented for the samples.
Each `When` and `StatusCell` states by hand what a correct reading gives.
"""

from __future__ import annotations

from plan_model import Item, Plan, Section, StatusCell, When, quarters

# --- shorthands for the hand-written expected values ---------------------------------


def on(raw: str, date: str) -> When:
    """A date cell that names a month or a year."""
    return When(raw, date=date)


def every(raw: str, recurrence: str) -> When:
    """A date cell that names a repeat instead of a date."""
    return When(raw, recurrence=recurrence)


def vague(raw: str) -> When:
    """A date cell that names neither a date nor a repeat ("TBC")."""
    return When(raw)


def status(raw: str | None, state: str | None, rag: str | None = None, priority: int | None = None) -> StatusCell:
    return StatusCell(raw=raw, state=state, priority=priority, rag=rag)


ANNUAL = every("Annual", "annual")
ONGOING = every("Ongoing", "ongoing")
SIX_MONTHLY = every("6-monthly", "six_monthly")


# --- University of Eastmoor: ruled table (ruled_table.pdf, plain_text_tabs.txt) -------

EASTMOOR = Plan(
    institution="University of Eastmoor",
    title="Technician Commitment Action Plan 2023-2026",
    subtitle="University of Eastmoor - three-year plan, October 2023 to September 2026",
    period=("2023-10", "2026-09"),
    legend={
        "TCSG": "Technician Commitment Steering Group",
        "TCL": "Technician Commitment Lead",
        "TNet": "Technician Network committee",
        "HR": "Human Resources",
        "OD": "Organisational Development",
        "CM": "Communications and Marketing",
        "FTM": "Faculty Technical Managers",
        "EDI": "Equality, Diversity and Inclusion Unit",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            intro="Technicians told us in the 2023 survey that their work is rarely seen outside their own "
            "building. These actions put technical roles in front of staff, students and visitors.",
            items=(
                Item(
                    ref="1.1",
                    theme="Make technical roles visible across the university",
                    text="Publish a technician profile series on the staff intranet, featuring at least one "
                    "technician from every faculty each term.",
                    measures=("At least nine profiles published per year; page views reported to TCSG",),
                    owners=("CM", "TNet"),
                    start=on("Oct 2023", "2023-10"),
                    end=ONGOING,
                ),
                Item(
                    ref="1.2",
                    theme="Make technical roles visible across the university",
                    text="Add a 'technical contribution' line to the seminar, news and research highlight "
                    "templates so that technical input is credited alongside academic authors.",
                    measures=("Templates updated and in use in all faculty newsletters",),
                    owners=("CM",),
                    start=on("Jan 2024", "2024-01"),
                    end=on("Mar-24", "2024-03"),
                ),
                Item(
                    ref="1.3",
                    theme="Make technical roles visible across the university",
                    text="Hold a yearly Technician Showcase with posters, live demonstrations and facility "
                    "tours, open to all staff, students and local schools.",
                    measures=("Attendance above 150; at least 80% of feedback rates the event good or better",),
                    owners=("TNet", "TCL"),
                    start=on("01/03/2024", "2024-03"),
                    end=ANNUAL,
                ),
                Item(
                    ref="1.4",
                    theme="Give technicians a voice where decisions are made",
                    text="Secure a technician seat on each faculty research and innovation committee and on "
                    "the university health and safety committee.",
                    measures=("A technician representative is named on every listed committee",),
                    owners=("TCSG", "FTM"),
                    start=on("Jan 2024", "2024-01"),
                    end=on("Dec 2024", "2024-12"),
                ),
                Item(
                    ref="1.5",
                    theme="Give technicians a voice where decisions are made",
                    text="Run termly open forums where technicians raise issues directly with the "
                    "Pro-Vice-Chancellor for Research, with actions logged and answered within one month.",
                    measures=("Three forums a year; every logged action answered",),
                    owners=("TCL",),
                    start=on("Nov 2023", "2023-11"),
                    end=ONGOING,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            intro="Recognition covers formal awards as well as the everyday credit given for technical work "
            "in teaching and research.",
            items=(
                Item(
                    ref="2.1",
                    theme="Celebrate technical excellence",
                    text="Launch the Eastmoor Technician Excellence Awards with individual, team and "
                    "early-career categories, judged by a panel that includes technicians.",
                    measures=("Awards held every year with nominations from every faculty",),
                    owners=("TCL", "HR"),
                    start=on("Oct 2023", "2023-10"),
                    end=ANNUAL,
                ),
                Item(
                    ref="2.2",
                    theme="Celebrate technical excellence",
                    text="Support technicians and teams to enter national and sector-level technician "
                    "awards, with help from the communications team to write the entries.",
                    measures=("At least four external nominations a year",),
                    owners=("CM", "TNet"),
                    start=on("Q2 2024", "2024-04"),
                    end=ANNUAL,
                ),
                Item(
                    ref="2.3",
                    theme="Celebrate technical excellence",
                    text="Include technical staff in the long-service and staff recognition schemes on the "
                    "same terms as every other staff group.",
                    measures=("Scheme criteria revised; technicians among the recipients each year",),
                    owners=("HR",),
                    start=on("Q2 2024", "2024-04"),
                    end=on("Q4 2024", "2024-10"),
                ),
                Item(
                    ref="2.4",
                    theme="Credit technical contributions to research",
                    text="Issue guidance to research groups on acknowledging technicians, or listing them as "
                    "co-authors where they meet the criteria, in papers, datasets and grant outputs.",
                    measures=("Guidance published; acknowledgement rate checked in the yearly publications sample",),
                    owners=("TCSG",),
                    start=on("Feb 2024", "2024-02"),
                    # An academic year reads as its first year.
                    end=on("2024/25", "2024"),
                ),
                Item(
                    ref="2.5",
                    theme="Credit technical contributions to research",
                    text="Encourage technicians to register for a persistent researcher identifier and to "
                    "record their outputs in the research information system.",
                    measures=("60% of technicians hold an identifier by the end of year two",),
                    owners=("TNet", "OD"),
                    start=on("01/09/2024", "2024-09"),
                    end=on("Sep 2025", "2025-09"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            intro="Career development was the priority most often named by technicians. The actions cover "
            "professional registration, training budgets and clear routes to promotion.",
            items=(
                Item(
                    ref="3.1",
                    theme="Professional registration",
                    text="Pay professional registration fees and the first year of membership of a licensed "
                    "professional body for any technician who applies, with protected time to prepare the "
                    "application.",
                    measures=("Number of registered technicians doubles from the 2023 baseline",),
                    owners=("OD", "FTM"),
                    start=on("Oct 2023", "2023-10"),
                    end=ONGOING,
                ),
                Item(
                    ref="3.2",
                    theme="Professional registration",
                    text="Train a pool of registration mentors to guide applicants through their competence "
                    "reports and interviews.",
                    measures=("Ten trained mentors; median time from application to registration under six months",),
                    owners=("OD",),
                    start=on("Jan 2024", "2024-01"),
                    end=on("Jul 2024", "2024-07"),
                ),
                Item(
                    ref="3.3",
                    theme="Training and progression",
                    text="Create a central technical skills training budget, allocated through an open "
                    "application round twice a year, and publish who received funding and for what. Applicants "
                    "from every grade, including apprentices and staff on fixed-term contracts, are eligible, "
                    "and the panel scoring the applications includes at least two technicians. Unspent money "
                    "from the spring round is carried forward to the autumn round rather than returned, and a "
                    "short summary of what each funded course or conference gave back to the team is shared "
                    "on the network pages so that others can learn from it. The panel reviews the criteria "
                    "every year against the requests it has seen, and the steering group checks that the "
                    "awards are spread fairly across faculties, grades and part-time staff.",
                    measures=(
                        "Budget fully allocated each year; applications received from every grade; "
                        "spread of awards by faculty and grade reported to TCSG",
                    ),
                    owners=("TCSG", "HR"),
                    start=on("Apr 2024", "2024-04"),
                    end=SIX_MONTHLY,
                ),
                Item(
                    ref="3.4",
                    theme="Training and progression",
                    text="Map career pathways for the technical job families, from apprentice to technical "
                    "manager, and publish them with worked examples of real moves.",
                    measures=("Pathways published on the careers site and used in appraisal conversations",),
                    owners=("HR", "FTM"),
                    start=on("Mar-24", "2024-03"),
                    end=on("Dec 2024", "2024-12"),
                ),
                Item(
                    ref="3.5",
                    theme="Training and progression",
                    text="Offer secondments and job shadowing between faculties and the core research facilities.",
                    measures=("At least six secondments completed by 2026",),
                    owners=("FTM",),
                    start=on("Q3 2024", "2024-07"),
                    end=ONGOING,
                ),
                Item(
                    ref="3.6",
                    theme="Training and progression",
                    text="Give technicians the same access to leadership programmes as academic and "
                    "professional services staff.",
                    measures=("Technicians make up at least 10% of programme participants",),
                    owners=("OD",),
                    start=on("Jan 2024", "2024-01"),
                    end=ANNUAL,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            intro="A third of our technicians are over 55. These actions protect specialist skills and open "
            "new routes into technical careers.",
            items=(
                Item(
                    ref="4.1",
                    theme="Plan the future technical workforce",
                    text="Carry out a technical workforce census every two years covering age profile, grades, "
                    "contract types and skills at risk.",
                    measures=("Census completed in 2024 and 2026 and reported to TCSG",),
                    owners=("FTM", "HR"),
                    start=on("01/02/2024", "2024-02"),
                    end=on("Mar 2026", "2026-03"),
                ),
                Item(
                    ref="4.2",
                    theme="Plan the future technical workforce",
                    text="Identify single points of failure in specialist facilities and agree succession and "
                    "knowledge-transfer plans for each.",
                    measures=("Every core facility holds a documented succession plan",),
                    owners=("FTM",),
                    start=on("Jun 2024", "2024-06"),
                    end=on("Mar 2025", "2025-03"),
                ),
                Item(
                    ref="4.3",
                    theme="Open new routes into technical careers",
                    text="Grow the technical apprenticeship scheme to at least eight new starters a year, with "
                    "a named apprentice coordinator.",
                    measures=("Eight apprentices recruited each year; retention above 85%",),
                    owners=("HR",),
                    start=on("Sep 2023", "2023-09"),
                    end=ANNUAL,
                ),
                Item(
                    ref="4.4",
                    theme="Open new routes into technical careers",
                    text="Offer paid summer placements in technical teams for students from groups "
                    "under-represented in technical roles.",
                    measures=("Twelve placements each summer; participant profile monitored",),
                    owners=("EDI", "FTM"),
                    start=on("Q2 2024", "2024-04"),
                    end=ANNUAL,
                ),
            ),
        ),
        Section(
            heading="Governance",
            pillar="governance",
            intro="How the plan is steered and reported.",
            items=(
                Item(
                    ref="5.1",
                    theme="Steer the plan",
                    text="Refresh the terms of reference and membership of the Technician Commitment Steering "
                    "Group so that technicians make up at least half of its members.",
                    measures=("Terms of reference approved by the University Executive Board",),
                    owners=("TCL",),
                    start=on("Oct 2023", "2023-10"),
                    end=on("Dec 2023", "2023-12"),
                ),
                Item(
                    ref="5.2",
                    theme="Steer the plan",
                    text="Report progress against this plan to the University Executive Board twice a year.",
                    measures=("Reports submitted on schedule",),
                    owners=("TCL",),
                    start=on("Jan 2024", "2024-01"),
                    end=SIX_MONTHLY,
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            intro="How we will know whether the plan is working.",
            items=(
                Item(
                    ref="6.1",
                    theme="Measure what changes",
                    text="Run a technician experience survey every year and compare the results with the "
                    "2023 baseline.",
                    measures=("Response rate above 45%; year-on-year improvement on the core questions",),
                    owners=("TCSG", "EDI"),
                    start=on("Nov 2023", "2023-11"),
                    end=ANNUAL,
                ),
                Item(
                    ref="6.2",
                    theme="Measure what changes",
                    text="Publish a yearly Technician Commitment progress report on the public website.",
                    measures=("Report published each autumn",),
                    owners=("TCL", "CM"),
                    start=on("01/09/2024", "2024-09"),
                    end=ANNUAL,
                ),
                Item(
                    ref="6.3",
                    theme="Measure what changes",
                    text="Prepare the self-assessment for renewal of the Technician Commitment, drawing on the "
                    "survey and census evidence.",
                    measures=("Submission made before the deadline",),
                    owners=("TCSG",),
                    start=on("Jan 2026", "2026-01"),
                    end=vague("TBC"),
                ),
            ),
        ),
    ),
)


# --- Harbourside Institute of Science: ruled table with RAG progress (ruled_table_status.pdf,
# web_cells.txt) ---------------------------------------------------------------------------

DONE = status("Complete", "complete", "green")
ON_TRACK = status("On track", "in_progress", "green")
NOT_STARTED = status("Not started", "not_started", None)  # printed without a fill colour
DELAYED = status("Delayed", "action_needed", "red")
NEEDED_1 = status("Action needed - 1", "action_needed", "red", 1)
NEEDED_2 = status("Action needed - 2", "action_needed", "amber", 2)


def _pillar(heading: str, pillar: str, *items: Item) -> Section:
    return Section(heading=heading, pillar=pillar, items=items, printed_as_heading=False)


HARBOURSIDE = Plan(
    institution="Harbourside Institute of Science",
    title="Technician Commitment Action Plan 2024-2027",
    subtitle="Harbourside Institute of Science - August 2024 to July 2027 (progress as at June 2025)",
    period=("2024-08", "2027-07"),
    legend={
        "DTS": "Director of Technical Services",
        "TCC": "Technician Commitment Champion",
        "TRG": "Technician Representatives Group",
        "HRBP": "HR Business Partners",
        "PD": "People Development team",
        "MC": "Marketing and Communications",
        "LM": "Laboratory and Workshop Managers",
    },
    sections=(
        _pillar(
            "Visibility",
            "visibility",
            Item(
                ref="V1",
                theme="Raise the profile of technical staff",
                text="Create a 'Meet the Technicians' page on each school website, with photographs, roles and "
                "the facilities each team runs.",
                measures=("Pages live for all eight schools",),
                owners=("MC", "LM"),
                end=on("Dec 2024", "2024-12"),
                status=DONE,
            ),
            Item(
                ref="V2",
                theme="Raise the profile of technical staff",
                text="Feature a technical team in every issue of the staff magazine and on the institute's social "
                "media channels.",
                measures=("One feature in every issue", "Social media posts reach 20,000 views a year"),
                owners=("MC",),
                end=every("Monthly", "monthly"),
                status=ON_TRACK,
            ),
            Item(
                ref="V3",
                theme="Bring technicians into strategic conversations",
                text="Invite the Technician Representatives Group to present to the Senior Leadership Team once a "
                "year.",
                measures=("Presentation given and minuted each year",),
                owners=("DTS", "TRG"),
                end=ANNUAL,
                status=ON_TRACK,
            ),
            Item(
                ref="V4",
                theme="Bring technicians into strategic conversations",
                text="Include a technician on every interview panel for technical management posts.",
                measures=("Every panel for grade 7 posts and above includes a technician",),
                owners=("HRBP",),
                end=on("31/07/2025", "2025-07"),
                status=NEEDED_2,
            ),
        ),
        _pillar(
            "Recognition",
            "recognition",
            Item(
                ref="R1",
                theme="Reward and thank technical staff",
                text="Add a technician category to the annual Harbourside staff awards and publicise the winners "
                "across the institute.",
                measures=("Category running with at least 15 nominations a year",),
                owners=("TCC", "HRBP"),
                end=ANNUAL,
                status=DONE,
            ),
            Item(
                ref="R2",
                theme="Reward and thank technical staff",
                text="Make sure technical staff can apply for contribution-related pay awards through a process "
                "that their line managers understand and promote.",
                measures=(
                    "Guidance issued to all technical line managers",
                    "Share of awards going to technicians reported every year",
                ),
                owners=("HRBP",),
                end=on("Q1 2025", "2025-01"),
                status=DELAYED,
            ),
            Item(
                ref="R3",
                theme="Recognise contributions to research and teaching",
                text="Adopt a fair attribution statement so that technical contributions are named in "
                "publications, theses and teaching materials.",
                measures=("Statement approved by the Research Committee",),
                owners=("DTS",),
                end=on("Jun-25", "2025-06"),
                status=NEEDED_1,
            ),
            Item(
                ref="R4",
                theme="Recognise contributions to research and teaching",
                text="Cost named technician time into grant applications wherever the funder allows it, so that "
                "technical work is visible in the award.",
                measures=("Named technician time in half of eligible applications",),
                owners=("DTS", "LM"),
                # An academic year reads as its first year.
                end=on("2025/26", "2025"),
                status=NOT_STARTED,
            ),
        ),
        _pillar(
            "Career Development",
            "career_development",
            Item(
                ref="C1",
                theme="Open up development opportunities",
                text="Give every technician an annual development review with a written training plan agreed "
                "with their manager.",
                measures=("95% of technicians have a recorded review each year",),
                owners=("LM",),
                end=ANNUAL,
                status=ON_TRACK,
            ),
            Item(
                ref="C2",
                theme="Open up development opportunities",
                text="Protect at least five days a year of each technician's time for professional development.",
                measures=("Time recorded and used by at least 70% of technicians",),
                owners=("DTS", "LM"),
                end=ONGOING,
                status=ON_TRACK,
            ),
            Item(
                ref="C3",
                theme="Open up development opportunities",
                text="Run a technician mentoring scheme that pairs staff across schools and grades, with training "
                "for new mentors.",
                measures=("30 active mentoring pairs", "Mentee survey shows a benefit for 80% of mentees"),
                owners=("PD", "TCC"),
                end=on("Q3 2025", "2025-07"),
                status=NEEDED_2,
            ),
            Item(
                ref="C4",
                theme="Support professional registration",
                text="Hold two registration workshops a year with a licensed professional body and pay the "
                "application fees.",
                measures=("Twenty new registrations by July 2027",),
                owners=("PD",),
                end=on("31/07/2027", "2027-07"),
                status=ON_TRACK,
            ),
        ),
        _pillar(
            "Sustainability",
            "sustainability",
            Item(
                ref="S1",
                theme="Grow the next generation of technicians",
                text="Recruit technical apprentices into each school, each with a structured training plan and a "
                "workplace mentor.",
                measures=("Four apprentices a year; 90% complete their apprenticeship",),
                owners=("HRBP", "LM"),
                end=ANNUAL,
                status=ON_TRACK,
            ),
            Item(
                ref="S2",
                theme="Grow the next generation of technicians",
                text="Offer work-experience weeks in technical teams for students from local schools and colleges.",
                measures=("Forty students hosted each year",),
                owners=("TCC",),
                end=on("Jun-25", "2025-06"),
                status=NOT_STARTED,
            ),
            Item(
                ref="S3",
                theme="Protect critical skills",
                text="Keep a register of specialist skills held by only one person and agree a cover plan for "
                "each of them.",
                measures=("Register complete and reviewed by the managers' group",),
                owners=("LM", "DTS"),
                end=every("Quarterly", "quarterly"),
                status=NEEDED_1,
            ),
        ),
        _pillar(
            "Evaluating Impact",
            "evaluating_impact",
            Item(
                ref="E1",
                theme="Know whether the plan is working",
                text="Survey all technical staff every year on recognition, development and wellbeing, and "
                "publish the results.",
                measures=("Response rate of at least 50%",),
                owners=("TCC", "TRG"),
                end=ANNUAL,
                status=ON_TRACK,
            ),
            Item(
                ref="E2",
                theme="Know whether the plan is working",
                text="Report progress on this plan to the People Committee twice a year, with a RAG rating for "
                "every action.",
                measures=("Two reports a year",),
                owners=("DTS",),
                end=SIX_MONTHLY,
                status=ON_TRACK,
            ),
            Item(
                ref="E3",
                theme="Know whether the plan is working",
                text="Compare the technical workforce profile with sector benchmarks and set targets where gaps "
                "appear.",
                measures=("Benchmark report produced and targets agreed",),
                owners=("HRBP", "TCC"),
                end=on("Dec 2025", "2025-12"),
                status=NOT_STARTED,
            ),
        ),
    ),
)


# --- Kestrel Valley University: unruled table (unruled_table.pdf) ---------------------------


def _heading(heading: str, pillar: str, *items: Item, intro: str | None = None) -> Section:
    return Section(heading=heading, pillar=pillar, items=items, intro=intro)


KESTREL = Plan(
    institution="Kestrel Valley University",
    title="Kestrel Valley University Technician Commitment Action Plan",
    subtitle="Action plan for January 2024 to December 2026",
    period=("2024-01", "2026-12"),
    legend={
        "TCL": "Technician Commitment Lead",
        "TN": "Technician Network",
        "FM": "Facility Managers",
        "MKT": "Marketing and Recruitment",
        "HR": "Human Resources",
        "PVC": "Pro-Vice-Chancellor (Research)",
        "SD": "Staff Development",
    },
    sections=(
        _heading(
            "Visibility",
            "visibility",
            Item(
                text="Set up a technician network with its own budget, a rotating chair and a page on the staff "
                "intranet.",
                owners=("TCL", "TN"),
                end=on("Mar-24", "2024-03"),
                measures=("Network meets at least four times a year; membership open to all technical staff",),
            ),
            Item(
                text="Name technicians in facility signage, equipment booking pages and user guides, so that "
                "users know who runs each service.",
                owners=("FM",),
                end=on("Dec 2024", "2024-12"),
                measures=("All central facilities updated",),
            ),
            Item(
                text="Organise a technicians' zone at the spring open day, with hands-on stands run by technical "
                "teams.",
                owners=("TN", "MKT"),
                end=ANNUAL,
                measures=("Stands run each year; visitor feedback collected",),
            ),
            Item(
                text="Record short films of technicians at work for student recruitment and the careers pages.",
                owners=("MKT",),
                end=on("September 2025", "2025-09"),
                measures=("Six films published",),
            ),
        ),
        _heading(
            "Recognition",
            "recognition",
            Item(
                text="Introduce a thank-you scheme that lets any member of staff nominate a technician for a small "
                "recognition award.",
                owners=("HR", "TCL"),
                end=on("30/06/2024", "2024-06"),
                measures=("Scheme live; nominations reported each term",),
            ),
            Item(
                text="Review job descriptions for technical roles so that duties such as training users and "
                "managing budgets are reflected in the grade.",
                owners=("HR",),
                # An academic year reads as its first year.
                end=on("2025/26", "2025"),
                measures=("All technical job descriptions reviewed; regrading outcomes reported",),
            ),
            Item(
                text="Ask heads of department to acknowledge technical contributions in their annual research "
                "and teaching reports.",
                owners=("PVC",),
                end=ANNUAL,
                measures=("Acknowledgements present in every departmental report",),
            ),
        ),
        _heading(
            "Career development",
            "career_development",
            Item(
                text="Publish a technical training catalogue that brings together internal courses, supplier "
                "training and external qualifications.",
                owners=("SD",),
                end=on("Q4 2024", "2024-10"),
                measures=("Catalogue published and updated twice a year",),
            ),
            Item(
                text="Fund places on accredited technical management courses for technicians who want to lead teams.",
                owners=("SD", "FM"),
                end=ONGOING,
                measures=("At least five funded places a year",),
            ),
            Item(
                text="Create a development fund that technicians can use for conferences, visits to other "
                "institutions and short courses.",
                owners=("TCL",),
                end=SIX_MONTHLY,
                measures=("Fund fully used; attendees share what they learnt with the network",),
            ),
            Item(
                text="Support technicians who run practical classes to gain a recognised teaching qualification.",
                owners=("SD",),
                end=on("Jul 2025", "2025-07"),
                measures=("Ten technicians gain a teaching qualification",),
            ),
        ),
        _heading(
            "Sustainability",
            "sustainability",
            Item(
                text="Build technical roles into the university workforce plan, with a five-year view of "
                "retirements and hard-to-fill posts.",
                owners=("HR", "FM"),
                end=on("Mar 2025", "2025-03"),
                measures=("Technical roles included in the workforce plan presented to Council",),
            ),
            Item(
                text="Move long-running fixed-term technical posts onto open-ended contracts where the funding "
                "allows it.",
                owners=("HR",),
                end=ONGOING,
                measures=("Share of technicians on fixed-term contracts falls below 15%",),
            ),
            Item(
                text="Start a technician apprenticeship programme with the local further education college.",
                owners=("HR", "SD"),
                end=on("01/09/2024", "2024-09"),
                measures=("First group of three apprentices starts in September 2024",),
            ),
        ),
        _heading(
            "Evaluating impact",
            "evaluating_impact",
            Item(
                text="Collect baseline data on the technical workforce (grade, gender, ethnicity, age, contract "
                "type) and refresh it every year.",
                owners=("HR",),
                end=ANNUAL,
                measures=("Baseline report in 2024, refreshed every year",),
            ),
            Item(
                text="Review this plan every year with the technician network and rework actions that have stalled.",
                owners=("TCL", "TN"),
                end=ANNUAL,
                measures=("Review held; revised plan published",),
            ),
        ),
    ),
)


# --- University of Northfell: Gantt grid with quarter columns (gantt_grid.pdf) --------------
# Quarters follow the UK academic/financial year: Q1 2023/24 starts in April 2023 and
# Q4 2023/24 starts in January 2024.

NF_COMPLETE = status("Complete", "complete", "green")
NF_ON_TRACK = status("On track", "in_progress", "green")
NF_NOT_STARTED = status("Not started", "not_started", None)
NF_DELAYED = status("Delayed", "action_needed", "red")
NF_NEEDED_1 = status("Action needed - 1", "action_needed", "red", 1)
NF_NEEDED_2 = status("Action needed - 2", "action_needed", "amber", 2)

NORTHFELL_QUARTERS = quarters("2023-04", "2026-01")


def _gantt(text: str, owners: str, timeline: tuple[str, ...], state: StatusCell, notes: str | None = None) -> Item:
    return Item(text=text, owners=tuple(owners.split("/")), timeline=timeline, status=state, notes=notes)


NORTHFELL = Plan(
    institution="University of Northfell",
    title="Technician Commitment Action Plan 2023-26",
    subtitle="University of Northfell",
    period=("2023-04", "2026-03"),
    legend={
        "PVC": "Pro-Vice-Chancellor (Research and Enterprise)",
        "TCL": "Technician Commitment Lead",
        "TM": "Technical Managers",
        "TN": "Technician Network",
        "COM": "Communications team",
        "HR": "Human Resources",
        "RO": "Research Office",
        "SD": "Staff Development",
    },
    sections=(
        _heading(
            "Governance",
            "governance",
            _gantt(
                "Appoint an executive sponsor for the Technician Commitment and a technician co-chair for the "
                "implementation group",
                "PVC/TM",
                quarters("2023-04", "2023-07"),
                NF_COMPLETE,
            ),
            _gantt(
                "Set up an implementation group with members from every faculty and grade",
                "TCL",
                quarters("2023-04", "2023-10"),
                NF_COMPLETE,
            ),
            _gantt(
                "Agree a budget line for Technician Commitment activity in the annual planning round",
                "PVC",
                ("2023-10", "2024-10", "2025-10"),
                NF_ON_TRACK,
            ),
        ),
        _heading(
            "Visibility",
            "visibility",
            _gantt(
                "Launch a technicians' newsletter and a shared channel for news from technical teams",
                "TCL/COM",
                quarters("2023-07", "2024-01"),
                NF_COMPLETE,
            ),
            _gantt(
                "Run a photography project showing technicians at work across campus, for use in university "
                "publications",
                "COM",
                quarters("2024-04", "2024-10"),
                NF_NEEDED_2,
            ),
            _gantt(
                "List technical staff and their expertise in the public expertise directory",
                "TM/COM",
                quarters("2024-07", "2025-04"),
                NF_NOT_STARTED,
            ),
            _gantt(
                "Hold a yearly technician conference with talks, posters and a networking lunch",
                "TN",
                ("2024-01", "2025-01", "2026-01"),
                NF_ON_TRACK,
            ),
        ),
        _heading(
            "Recognition",
            "recognition",
            _gantt(
                "Add technician categories to the vice-chancellor's annual staff awards",
                "HR/TCL",
                ("2023-10", "2024-10", "2025-10"),
                NF_ON_TRACK,
            ),
            _gantt(
                "Publish guidance on naming technicians in acknowledgements and author lists",
                "RO",
                quarters("2024-01", "2024-07"),
                NF_DELAYED,
            ),
            _gantt(
                "Make sure technicians can use the reward and recognition schemes, and monitor who receives awards",
                "HR",
                quarters("2024-04", "2026-01"),
                NF_NEEDED_1,
            ),
        ),
        _heading(
            "Career Development",
            "career_development",
            _gantt(
                "Support technicians to gain professional registration, paying fees and offering mentoring",
                "TM/SD",
                quarters("2023-07", "2026-01"),
                NF_ON_TRACK,
            ),
            _gantt(
                "Introduce a technical career framework that describes roles, skills and progression routes at "
                "each grade",
                "HR/TM",
                quarters("2024-01", "2025-01"),
                NF_NEEDED_2,
            ),
            _gantt(
                "Offer job rotation and shadowing across core facilities for technicians who want to broaden "
                "their skills",
                "TM",
                quarters("2024-07", "2025-10"),
                NF_NOT_STARTED,
            ),
            _gantt(
                "Give technicians access to the leadership and management programmes",
                "SD",
                quarters("2023-10", "2026-01"),
                NF_ON_TRACK,
            ),
            _gantt(
                "Set up a technician-led training programme in which experienced staff teach specialist "
                "techniques to colleagues",
                "TN/SD",
                quarters("2024-04", "2025-01"),
                NF_NEEDED_2,
            ),
        ),
        _heading(
            "Sustainability",
            "sustainability",
            _gantt(
                "Grow apprenticeships in technical teams and support apprentices into permanent posts",
                "HR/TM",
                quarters("2023-07", "2026-01"),
                NF_ON_TRACK,
            ),
            _gantt(
                "Carry out a succession review of posts with rare or critical skills",
                "TM",
                quarters("2024-01", "2024-07"),
                NF_COMPLETE,
            ),
            _gantt(
                "Build links with local colleges to promote technical careers to their students",
                "TN/HR",
                quarters("2024-10", "2025-07"),
                NF_NOT_STARTED,
            ),
        ),
        _heading(
            "Evaluating Impact",
            "evaluating_impact",
            _gantt(
                "Survey technicians at the start and end of the plan to measure change in how valued they feel",
                "TCL",
                ("2023-07", "2025-10"),
                NF_ON_TRACK,
            ),
            _gantt(
                "Produce a short progress report for the people committee every six months",
                "TCL",
                quarters("2023-10", "2025-10", step=6),
                NF_ON_TRACK,
            ),
        ),
    ),
)


# --- Thornleigh University: Gantt with dated columns under Year 1 / Year 2 (gantt_dates.pdf) --

TH_COMPLETE = status("Complete", "complete", "green")
TH_ON_TRACK = status("On track", "in_progress", "green")
TH_NOT_STARTED = status("Not started", "not_started", None)
TH_DELAYED = status("Delayed", "action_needed", "red")
TH_NEEDED_1 = status("Action needed - 1", "action_needed", "red", 1)
TH_NEEDED_2 = status("Action needed - 2", "action_needed", "amber", 2)

THORNLEIGH_QUARTERS = quarters("2024-01", "2025-10")

THORNLEIGH = Plan(
    institution="Thornleigh University",
    title="Thornleigh University Technician Commitment Action Plan 2024-2025",
    subtitle=None,
    period=("2024-01", "2025-12"),
    pdf_metadata=False,
    legend={
        "CT": "Communications Team",
        "TSD": "Technical Services Director",
        "HoD": "Heads of Department",
        "REG": "University Registrar",
        "HR": "People and Culture",
        "RIO": "Research and Innovation Office",
        "OD": "Organisational Development",
        "EDI": "Equality and Diversity team",
    },
    sections=(
        _heading(
            "Visibility",
            "visibility",
            _gantt(
                "Create a technician profile gallery on the university website",
                "CT/TSD",
                quarters("2024-01", "2024-04"),
                TH_COMPLETE,
                notes="Draft pages prepared in 2023",
            ),
            _gantt(
                "Invite technical teams to present at departmental away days and open seminars",
                "HoD",
                quarters("2024-04", "2025-10"),
                TH_ON_TRACK,
            ),
            _gantt(
                "Add technician representation to the University Senate and the Education Committee",
                "REG",
                quarters("2024-01", "2024-07"),
                TH_NEEDED_1,
                notes="Agreed in principle by Senate in November 2023",
            ),
        ),
        _heading(
            "Recognition",
            "recognition",
            _gantt(
                "Run a yearly technician recognition event with awards chosen by a mixed panel",
                "TSD/HR",
                ("2024-10", "2025-10"),
                TH_ON_TRACK,
            ),
            _gantt(
                "Publish fair credit guidance for technical contributions to research outputs",
                "RIO",
                quarters("2024-01", "2024-04"),
                TH_DELAYED,
                notes="Working group formed in 2023",
            ),
            _gantt(
                "Feature technical staff in the university's promotions celebration and staff newsletter",
                "CT",
                ("2024-07", "2025-07"),
                TH_NOT_STARTED,
            ),
        ),
        _heading(
            "Career Development",
            "career_development",
            _gantt(
                "Introduce a technician development fund of up to \u00a31,000 per person per year",
                "TSD",
                quarters("2024-04", "2025-10"),
                TH_ON_TRACK,
            ),
            _gantt(
                "Launch a mentoring programme for technicians that includes partners from other institutions",
                "OD",
                quarters("2024-07", "2025-04"),
                TH_NEEDED_2,
            ),
            _gantt(
                "Give every technician access to a professional registration support package",
                "TSD/OD",
                quarters("2024-01", "2025-10"),
                TH_ON_TRACK,
                notes="12 technicians registered before 2024",
            ),
            _gantt(
                "Pilot an apprenticeship-to-degree route for current technical apprentices",
                "HR/OD",
                quarters("2025-01", "2025-10"),
                TH_NOT_STARTED,
            ),
        ),
        _heading(
            "Sustainability",
            "sustainability",
            _gantt(
                "Analyse the age and grade profile of technical staff and identify roles at risk",
                "HR",
                quarters("2024-01", "2024-07"),
                TH_COMPLETE,
                notes="Partial data collected in the 2023 staff census",
            ),
            _gantt(
                "Develop knowledge-transfer plans for specialist roles where a retirement is expected within "
                "five years",
                "TSD/HoD",
                quarters("2024-10", "2025-07"),
                TH_NEEDED_2,
            ),
            _gantt(
                "Advertise technical vacancies through community networks and networks of under-represented groups",
                "HR/EDI",
                quarters("2024-04", "2025-10"),
                TH_ON_TRACK,
            ),
        ),
        _heading(
            "Evaluating Impact",
            "evaluating_impact",
            _gantt(
                "Run a technician pulse survey every six months",
                "TSD",
                quarters("2024-01", "2025-07", step=6),
                TH_ON_TRACK,
            ),
            _gantt(
                "Publish a public self-assessment of progress at the end of year two",
                "TSD/REG",
                ("2025-10",),
                TH_NOT_STARTED,
            ),
        ),
    ),
)


# --- University of Saltmere: Markdown headings and bullets (bullets.md) ---------------------

SALTMERE = Plan(
    institution="University of Saltmere",
    title="University of Saltmere Technician Commitment Action Plan 2024-2027",
    subtitle="Plan period: September 2024 to August 2027. Owners are given by code; the key is at the end.",
    period=("2024-09", "2027-08"),
    legend={
        "TCL": "Technician Commitment Lead",
        "DIG": "Digital Services",
        "HR": "Human Resources",
        "TN": "Technician Network",
        "MKT": "Marketing",
        "RS": "Research Services",
        "LM": "Line managers",
        "OD": "Organisational Development",
    },
    sections=(
        _heading(
            "Visibility",
            "visibility",
            Item(
                ref="V1",
                text="Create a technicians' hub on the intranet with news, training and contacts for every "
                "technical team.",
                owners=("TCL", "DIG"),
                measures=("Hub live and visited by at least half of technical staff each term",),
                start=on("Sep 2024", "2024-09"),
                end=on("Dec 2024", "2024-12"),
                status=status("Complete", "complete", None),
            ),
            Item(
                ref="V2",
                text="List every technician in the staff directory with their job title, team and skills.",
                owners=("HR",),
                measures=("All technical staff listed",),
                end=on("Q1 2025", "2025-01"),
                status=status("On track", "in_progress", None),
            ),
            Item(
                ref="V3",
                text="Take part in the national technician careers week with lab tours and social media stories.",
                owners=("TN", "MKT"),
                measures=("Events held every year",),
                end=ANNUAL,
                status=status("On track", "in_progress", None),
            ),
        ),
        _heading(
            "Recognition",
            "recognition",
            Item(
                ref="R1",
                text="Record technical contributions in the research information system and show them in "
                "project reports.",
                owners=("RS",),
                measures=("Field added to the system", "Used in 60% of funded projects"),
                # An academic year reads as its first year.
                end=on("2025/26", "2025"),
                status=status("Action needed - 2", "action_needed", None, 2),
            ),
            Item(
                ref="R2",
                text="Nominate technicians for institutional and external awards each year.",
                owners=("TCL",),
                measures=("At least three nominations a year",),
                end=ANNUAL,
                status=status("Not started", "not_started", None),
            ),
            Item(
                ref="R3",
                text="Include technical staff in long-service recognition on the same basis as other staff.",
                owners=("HR",),
                measures=("Policy updated",),
                end=on("31/03/2025", "2025-03"),
                status=status("Delayed", "action_needed", None),
            ),
        ),
        _heading(
            "Career development",
            "career_development",
            Item(
                ref="C1",
                text="Give each technician a personal development plan, reviewed at their annual appraisal.",
                owners=("LM",),
                measures=("90% of technicians have a plan in place",),
                start=on("Oct 2024", "2024-10"),
                end=ANNUAL,
                status=status("On track", "in_progress", None),
            ),
            Item(
                ref="C2",
                text="Offer a funded route to professional registration for every technician who wants one.",
                owners=("TCL", "OD"),
                measures=("25 new registrations over the life of the plan",),
                start=on("Jan 2025", "2025-01"),
                end=on("Aug 2027", "2027-08"),
                status=status("On track", "in_progress", None),
            ),
            Item(
                ref="C3",
                text="Run a leadership course for technical team leaders and technicians who aspire to manage.",
                owners=("OD",),
                measures=("Two groups of twelve complete the course",),
                end=on("Jun-26", "2026-06"),
                status=status("Not started", "not_started", None),
            ),
            Item(
                ref="C4",
                text="Support technicians who wish to move into teaching, research or management roles with "
                "career conversations and shadowing.",
                owners=("OD", "LM"),
                measures=("Career conversations offered to every technician who asks",),
                end=ONGOING,
                status=status("On track", "in_progress", None),
            ),
        ),
        _heading(
            "Sustainability",
            "sustainability",
            Item(
                ref="S1",
                text="Map specialist skills held by fewer than two people and plan how to share them.",
                owners=("LM", "TCL"),
                measures=("Skills map complete, with a sharing plan for every gap",),
                end=on("Q3 2025", "2025-07"),
                status=status("Action needed - 1", "action_needed", None, 1),
            ),
            Item(
                ref="S2",
                text="Recruit four technical apprentices a year and give each of them a mentor.",
                owners=("HR",),
                measures=("Four apprentices recruited every year",),
                end=ANNUAL,
                status=status("On track", "in_progress", None),
            ),
            Item(
                ref="S3",
                text="Share equipment and technical expertise with neighbouring universities through a regional "
                "technician network.",
                measures=("Network meets twice a year",),
                end=SIX_MONTHLY,
                status=status("Not started", "not_started", None),
            ),
        ),
        _heading(
            "Evaluating impact",
            "evaluating_impact",
            Item(
                ref="E1",
                text="Run a technician survey each year and report the results against the measures in this plan.",
                owners=("TCL",),
                measures=("Response rate above 40%",),
                end=ANNUAL,
                status=status("On track", "in_progress", None),
            ),
            Item(
                ref="E2",
                text="Publish a yearly progress statement on the university website.",
                owners=("TCL", "MKT"),
                measures=("Statement online each autumn",),
                end=on("Oct 2025", "2025-10"),
                status=status("Not started", "not_started", None),
            ),
        ),
    ),
)


# --- Ravensworth University: Gantt with month-range columns and a colour-only RAG column
# (gantt_months.pdf) ------------------------------------------------------------------------


def _rag(colour: str) -> StatusCell:
    """A status cell that shows only a fill colour, no text."""
    return StatusCell(raw=None, state=None, rag=colour)


def _gantt_months(text: str, owners: str, timeline: tuple[str, ...], rag: str | None, notes: str | None = None) -> Item:
    return Item(
        text=text,
        owners=tuple(owners.split(", ")),
        timeline=timeline,
        status=_rag(rag) if rag else None,
        notes=notes,
    )


RAVENSWORTH_QUARTERS = quarters("2024-04", "2026-01")

RAVENSWORTH = Plan(
    institution="Ravensworth University",
    title="Technician Commitment Action Plan, April 2024 to March 2026",
    subtitle="Ravensworth University",
    period=("2024-04", "2026-03"),
    legend={
        "TCL": "Technician Commitment Lead",
        "CO": "Communications Office",
        "TN": "Technician Network",
        "FM": "Facilities Managers",
        "PVC": "Pro-Vice-Chancellor (Education)",
        "HR": "Human Resources",
    },
    sections=(
        _heading(
            "Visibility",
            "visibility",
            _gantt_months(
                "Create a technician spotlight feature in the fortnightly staff bulletin",
                "CO",
                quarters("2024-04", "2025-01"),
                "green",
                notes="Twelve features published so far",
            ),
            _gantt_months(
                "Set up a technician network stand at the new-student welcome fair",
                "TN",
                ("2024-07", "2025-07"),
                "green",
            ),
            _gantt_months(
                "Produce a map of technical facilities and the teams that run them for the university website",
                "CO, FM",
                quarters("2024-10", "2025-01"),
                "amber",
                notes="Waiting for the new web platform",
            ),
        ),
        _heading(
            "Recognition",
            "recognition",
            _gantt_months(
                "Add technical staff to the criteria for the university's teaching and research prizes",
                "PVC",
                quarters("2024-04", "2024-07"),
                "red",
                notes="Prize committee has not yet met",
            ),
            _gantt_months(
                "Write to heads of school each year listing technicians who have gained new qualifications",
                "TCL",
                ("2024-10", "2025-10"),
                "green",
            ),
            _gantt_months(
                "Introduce a technician long-service award",
                "HR",
                quarters("2025-01", "2025-04"),
                None,
            ),
        ),
        _heading(
            "Career Development",
            "career_development",
            _gantt_months(
                "Open a call for technician development funding twice a year",
                "TCL, HR",
                quarters("2024-04", "2025-10", step=6),
                "green",
            ),
            _gantt_months(
                "Create a technician apprenticeship pathway from level 3 to degree level",
                "HR",
                quarters("2024-07", "2025-07"),
                "amber",
            ),
            _gantt_months(
                "Run career workshops for technicians on applying for promotion and regrading",
                "HR, TN",
                quarters("2025-01", "2025-04"),
                None,
            ),
            _gantt_months(
                "Fund professional registration and membership fees for technicians",
                "FM",
                RAVENSWORTH_QUARTERS,
                "green",
            ),
        ),
        _heading(
            "Sustainability",
            "sustainability",
            _gantt_months(
                "Record the skills of each technical team and identify where only one person holds them",
                "FM",
                quarters("2024-07", "2024-10"),
                "green",
                notes="Complete for the science faculties",
            ),
            _gantt_months(
                "Agree a succession plan for every technical manager post",
                "FM, HR",
                quarters("2025-01", "2025-10"),
                None,
            ),
        ),
        _heading(
            "Evaluating Impact",
            "evaluating_impact",
            _gantt_months(
                "Run a technician survey in the first and the final year of the plan",
                "TCL",
                ("2024-10", "2025-10"),
                "green",
            ),
            _gantt_months(
                "Report progress on this plan to the University Executive every six months",
                "TCL",
                quarters("2024-07", "2026-01", step=6),
                "amber",
                notes="First report moved to January",
            ),
        ),
    ),
)
