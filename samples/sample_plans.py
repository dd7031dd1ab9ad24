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


def status(raw: str | None, state: str | None, rag: str | None, priority: int | None = None) -> StatusCell:
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


def _unused() -> None:  # keeps the shorthand imports referenced until every plan is written
    quarters("2023-04", "2023-04")
    status(None, None, None)
