"""The fifth batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.

Conventions added here (the earlier golds have no case of them):

- An action cell holding a lead sentence and a bulleted list under it: `text` is the lead
  sentence followed by the bullet items in order, the bullet glyphs dropped and the wording
  kept (each item carries its own punctuation, so the joined text reads as printed).
- A pillar heading printed with its number ("1. Visibility") has the heading without the
  number as its `section`, as round 2's numbered Markdown (z) does.
- A Gantt column headed with a month over two lines ("Sep" above "2025") is that month; the
  plan's period runs from the first month column to the end of the last.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from holdout_plans import every, on, status, vague
from plan_model import Item, Plan, Section, quarters

NOT_STARTED = status("Not started", "not_started")
IN_PROGRESS = status("In progress", "in_progress")
COMPLETE = status("Complete", "complete")
ON_TRACK = status("On track", "in_progress")
DELAYED = status("Delayed", "action_needed")
ON_HOLD = status("On hold", "action_needed")

# --- (ba) Fenwick Moor University: landscape Writer table ruled with horizontal lines only
# (a "light grid" style: no vertical rules at all), Ref | Action | Lead | Start | End | Success
# measures | Status; a bold section row per pillar inside the table; status as text, no fill;
# lead codes with a key after the table.

FENWICK_MOOR = Plan(
    institution="Fenwick Moor University",
    title="Technician Commitment Action Plan 2025-2028",
    subtitle="Approved by the Technical Strategy Group, October 2025",
    period=("2025", "2028"),
    legend={
        "TSG": "Technical Strategy Group",
        "HTO": "Head of Technical Operations",
        "PCT": "People and Culture Team",
        "ICU": "Internal Communications Unit",
        "STR": "School Technical Representatives",
        "CPD": "Continuing Professional Development Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Publish a profile of every technical team on the university website, naming each member "
                    "and describing the facilities and services the team provides.",
                    owners=("HTO", "ICU"),
                    start=on("Oct 2025", "2025-10"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Profiles live for all fourteen technical teams",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.2",
                    text="Hold a Technicians' Day each November with tours of workshops and laboratories for staff, "
                    "students and local schools.",
                    owners=("STR",),
                    start=on("Nov 2025", "2025-11"),
                    end=every("Annually", "annual"),
                    measures=("Event held each year", "At least 300 visitors"),
                    status=ON_TRACK,
                ),
                Item(
                    ref="1.3",
                    text="Include a session on technical services in the induction for new academic staff, "
                    "delivered by a senior technician.",
                    owners=("PCT", "HTO"),
                    start=on("Jan 2026", "2026-01"),
                    end=on("01/09/2026", "2026-09"),
                    measures=("Session included in every induction",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="1.4",
                    text="Name technical staff in university press releases about research they contributed to.",
                    owners=("ICU",),
                    start=on("Feb 2026", "2026-02"),
                    end=every("Ongoing", "ongoing"),
                    measures=("Technical contributors named in all relevant releases",),
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
                    text="Create a Fenwick Moor Technical Excellence Award with categories for teaching support, "
                    "research support and innovation.",
                    owners=("TSG",),
                    start=on("Mar 2026", "2026-03"),
                    end=on("Jul 2026", "2026-07"),
                    measures=("Nominations open to all staff", "Awards presented at the summer staff celebration"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="2.2",
                    text="Agree a policy on crediting technical staff as co-authors or in the acknowledgements of "
                    "research outputs.",
                    owners=("TSG", "STR"),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Q3 2026", "2026-07"),
                    measures=("Policy approved by the Research Committee",),
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Record professional registrations and technical qualifications on the staff record system "
                    "so that they appear in staff directory entries.",
                    owners=("PCT",),
                    start=on("Oct 2025", "2025-10"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Field in use and shown in the directory",),
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
                    text="Set aside a fund for technicians to attend conferences, short courses and specialist "
                    "training of their own choosing.",
                    owners=("CPD",),
                    start=on("Apr 2026", "2026-04"),
                    end=every("Annually", "annual"),
                    measures=("Fund fully allocated each financial year",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="3.2",
                    text="Introduce a secondment scheme that lets technicians spend up to six months working in "
                    "another school or facility.",
                    owners=("PCT", "HTO"),
                    start=on("2026/27", "2026"),
                    end=on("2027/28", "2027"),
                    measures=("Scheme launched", "Four secondments completed"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.3",
                    text="Run workshops on preparing applications for professional registration with the "
                    "professional bodies.",
                    owners=("CPD",),
                    start=on("Nov 2025", "2025-11"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Twenty technicians supported to apply",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.4",
                    text="Give every technician a yearly development conversation with their line manager, "
                    "recorded on the appraisal system.",
                    owners=("PCT",),
                    start=on("Sep 2025", "2025-09"),
                    end=every("Annually", "annual"),
                    measures=("95% of technicians with a recorded conversation",),
                    status=ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Produce a technical workforce plan that identifies posts at risk from retirement and the "
                    "skills that need to be passed on.",
                    owners=("HTO",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Sep 2026", "2026-09"),
                    measures=("Plan approved by the Technical Strategy Group",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="4.2",
                    text="Recruit technical apprentices in each faculty, with a named mentor for every apprentice.",
                    owners=("PCT", "STR"),
                    start=on("Sep 2026", "2026-09"),
                    end=every("Ongoing", "ongoing"),
                    measures=("Six apprentices in post", "Every apprentice has a mentor"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="4.3",
                    text="Write down the operating procedures for specialist equipment so that knowledge of it is "
                    "not held by one person alone.",
                    owners=("STR",),
                    start=on("Jun 2026", "2026-06"),
                    end=vague("TBC"),
                    measures=("Procedures held for all high-value equipment",),
                    status=ON_HOLD,
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="5.1",
                    text="Survey all technical staff every two years on their experience of working at the "
                    "university and publish the results.",
                    owners=("TSG",),
                    start=on("01/03/2026", "2026-03"),
                    end=on("01/03/2028", "2028-03"),
                    measures=("Response rate above 50%",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="5.2",
                    text="Report progress against this plan to the University Executive twice a year.",
                    owners=("TSG",),
                    start=on("Dec 2025", "2025-12"),
                    end=every("6-monthly", "six_monthly"),
                    measures=("Reports received by the Executive",),
                    status=ON_TRACK,
                ),
            ),
        ),
    ),
)

# --- (bb) Calderbrook Institute of Technology: landscape Writer tables, one per pillar under
# its heading, with a dark header row in white bold text and light-grey banding on every other
# body row; Ref | Action | Owner | Success measure | Due | Status, the status cell filled red,
# amber or green with its text ("Not started", "In progress", "Complete").

CB_NOT_STARTED = status("Not started", "not_started", "red")
CB_IN_PROGRESS = status("In progress", "in_progress", "amber")
CB_COMPLETE = status("Complete", "complete", "green")

CALDERBROOK = Plan(
    institution="Calderbrook Institute of Technology",
    title="Technician Commitment Action Plan 2025 to 2027",
    period=("2025", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1",
                    text="Put a short biography and photograph of each technician on the department pages of the "
                    "intranet.",
                    owners=("Director of Technical Services",),
                    measures=("Biographies published for every department",),
                    end=on("Dec 2025", "2025-12"),
                    status=CB_COMPLETE,
                ),
                Item(
                    ref="2",
                    text="Invite technicians to present their work at the institute's annual research and teaching "
                    "conference.",
                    owners=("Conference Committee",),
                    measures=("A technical session in every conference programme",),
                    end=every("Annually", "annual"),
                    status=CB_IN_PROGRESS,
                ),
                Item(
                    ref="3",
                    text="Produce a guide to the technical facilities open to external partners and list the staff "
                    "who run each one.",
                    owners=("Business Engagement Manager", "Director of Technical Services"),
                    measures=("Guide printed and online",),
                    end=on("Spring 2026", "2026-03"),
                    status=CB_NOT_STARTED,
                ),
                Item(
                    ref="4",
                    text="Show a technician's story on the screens in the main reception each month.",
                    owners=("Marketing Team",),
                    measures=("Twelve stories shown each year",),
                    end=every("Monthly", "monthly"),
                    status=CB_IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="5",
                    text="Add a long-service recognition for technical staff at ten, twenty and thirty years.",
                    owners=("HR Business Partner",),
                    measures=("First certificates presented",),
                    end=on("31/07/2026", "2026-07"),
                    status=CB_NOT_STARTED,
                ),
                Item(
                    ref="6",
                    text="Acknowledge technical support by name in student project handbooks and degree show "
                    "catalogues.",
                    owners=("Heads of School",),
                    measures=("All handbooks and catalogues updated",),
                    end=on("Sep 2025", "2025-09"),
                    status=CB_COMPLETE,
                ),
                Item(
                    ref="7",
                    text="Nominate technicians for national and sector awards each year.",
                    owners=("Technician Network",),
                    measures=("At least three nominations a year",),
                    end=every("Annually", "annual"),
                    status=CB_IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="8",
                    text="Agree a technical career framework with clear criteria for moving between grades.",
                    owners=("HR Business Partner", "Technician Network"),
                    measures=("Framework approved by the Executive Board",),
                    end=on("End of 2026", "2026"),
                    status=CB_IN_PROGRESS,
                ),
                Item(
                    ref="9",
                    text="Pay for technicians to join a professional body and to apply for registration.",
                    owners=("Director of Technical Services",),
                    measures=("Fees met for every applicant",),
                    end=every("Ongoing", "ongoing"),
                    status=CB_COMPLETE,
                ),
                Item(
                    ref="10",
                    text="Start a mentoring scheme pairing new technicians with experienced colleagues from other "
                    "departments.",
                    owners=("Technician Network",),
                    measures=("Fifteen pairs matched in the first year",),
                    end=on("Q1 2026", "2026-01"),
                    status=CB_NOT_STARTED,
                ),
                Item(
                    ref="11",
                    text="Offer places on the institute's management course to senior technicians.",
                    owners=("Staff Development Unit",),
                    measures=("Four places a year taken up",),
                    end=on("Jan 2026", "2026-01"),
                    status=CB_IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="12",
                    text="Plan for the retirement of technicians who hold rare skills, with a handover period "
                    "funded for each post.",
                    owners=("Director of Technical Services", "Finance Partner"),
                    measures=("Handover plan for every post identified",),
                    end=on("Jun 2026", "2026-06"),
                    status=CB_NOT_STARTED,
                ),
                Item(
                    ref="13",
                    text="Offer work placements in the technical teams to students from local colleges.",
                    owners=("Outreach Officer",),
                    measures=("Ten placements a year",),
                    end=every("Annually", "annual"),
                    status=CB_COMPLETE,
                ),
                Item(
                    ref="14",
                    text="Review technical staffing whenever a new course or research facility is approved.",
                    owners=("Planning Office",),
                    measures=("Staffing review recorded in every approval",),
                    end=every("Ongoing", "ongoing"),
                    status=CB_IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Governance",
            pillar="governance",
            items=(
                Item(
                    ref="15",
                    text="Appoint a member of the Executive Board as sponsor of the Technician Commitment.",
                    owners=("Principal",),
                    measures=("Sponsor named",),
                    end=on("Oct 2025", "2025-10"),
                    status=CB_COMPLETE,
                ),
                Item(
                    ref="16",
                    text="Report on this plan to the Board of Governors once a year.",
                    owners=("Executive Sponsor",),
                    measures=("Annual report received",),
                    end=every("Annually", "annual"),
                    status=CB_NOT_STARTED,
                ),
            ),
        ),
    ),
)

# --- (bc) University of Ostrey: Calc Gantt over 24 months (Sep 2025 to Aug 2027), Ref |
# Action | Lead | Start | End | a column per month headed "Sep" over "2025" under "Year 1" and
# "Year 2" | Status (text on its RAG fill); a band per pillar; long enough that its rows run
# onto a second and a third page under the repeated header rows.

OSTREY_MONTHS = quarters("2025-09", "2027-08", step=1)


def months(first: str, last: str) -> tuple[str, ...]:
    """Every month from `first` to `last`, inclusive."""
    return quarters(first, last, step=1)


OSTREY = Plan(
    institution="University of Ostrey",
    title="Technician Commitment Delivery Plan 2025-2027",
    period=("2025-09", "2027-08"),  # the month columns
    legend={
        "DTS": "Director of Technical Services",
        "TCF": "Technician Commitment Forum",
        "HRD": "HR and Organisational Development",
        "ECM": "External and Corporate Marketing",
        "FTM": "Faculty Technical Managers",
        "SDA": "Skills Development Academy",
    },
    sections=(
        Section(
            heading="Governance",
            pillar="governance",
            items=(
                Item(
                    ref="G1",
                    text="Set up the Technician Commitment Forum with an elected technician from each faculty and "
                    "agree its terms of reference.",
                    owners=("DTS",),
                    start=on("Sep 2025", "2025-09"),
                    end=on("Nov 2025", "2025-11"),
                    timeline=months("2025-09", "2025-11"),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    ref="G2",
                    text="Hold a Forum meeting each term and publish its notes on the technical staff pages.",
                    owners=("TCF",),
                    start=on("Oct 2025", "2025-10"),
                    end=every("Ongoing", "ongoing"),
                    timeline=("2025-10", "2026-02", "2026-06", "2026-10", "2027-02", "2027-06"),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="G3",
                    text="Publish a progress report against this plan at the end of each academic year.",
                    owners=("DTS", "TCF"),
                    start=on("Jul 2026", "2026-07"),
                    end=every("Annually", "annual"),
                    timeline=("2026-07", "2027-07"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    text="Design a Technical Services identity and use it on signs at the entrance to every "
                    "workshop, store and laboratory run by technical staff.",
                    owners=("ECM",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jun 2026", "2026-06"),
                    timeline=months("2026-01", "2026-06"),
                    status=status("In progress", "in_progress", "green"),
                ),
                Item(
                    ref="V2",
                    text="Film a series of short videos in which technicians explain the equipment and methods "
                    "they look after, for use in teaching and on social media.",
                    owners=("ECM", "FTM"),
                    start=on("Mar 2026", "2026-03"),
                    end=on("Dec 2026", "2026-12"),
                    timeline=months("2026-03", "2026-12"),
                    status=status("Slipping", "action_needed", "amber"),
                ),
                Item(
                    ref="V3",
                    text="Take part in the city science week every March with hands-on stands run by technical staff.",
                    owners=("FTM",),
                    start=on("Mar 2026", "2026-03"),
                    end=every("Annually", "annual"),
                    timeline=("2026-03", "2027-03"),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="V4",
                    text="Add a technical contacts tab to the web page of every research centre.",
                    owners=("FTM",),
                    start=on("Sep 2026", "2026-09"),
                    end=on("Feb 2027", "2027-02"),
                    timeline=months("2026-09", "2027-02"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="R1",
                    text="Open the Vice-Chancellor's staff awards to technical teams and individuals, with a "
                    "technician on the judging panel.",
                    owners=("HRD",),
                    start=on("Nov 2025", "2025-11"),
                    end=on("May 2026", "2026-05"),
                    timeline=months("2025-11", "2026-05"),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    ref="R2",
                    text="Write guidance for academic staff on acknowledging technical work in publications, grant "
                    "applications and theses.",
                    owners=("DTS",),
                    start=on("Feb 2026", "2026-02"),
                    end=on("Sep 2026", "2026-09"),
                    timeline=months("2026-02", "2026-09"),
                    status=status("Delayed", "action_needed", "red"),
                ),
                Item(
                    ref="R3",
                    text="Celebrate technicians who gain professional registration at a reception held each December.",
                    owners=("TCF", "HRD"),
                    start=on("Dec 2025", "2025-12"),
                    end=every("Annually", "annual"),
                    timeline=("2025-12", "2026-12"),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="R4",
                    text="Include technical staff in the long-service dinner and the retirement presentations "
                    "held by each faculty.",
                    owners=("FTM",),
                    start=on("Apr 2026", "2026-04"),
                    end=on("Jul 2026", "2026-07"),
                    timeline=months("2026-04", "2026-07"),
                    status=status("In progress", "in_progress", "amber"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="C1",
                    text="Map the skills of the technical workforce against the national competency framework "
                    "and publish the gaps found.",
                    owners=("SDA",),
                    start=on("Oct 2025", "2025-10"),
                    end=on("Mar 2026", "2026-03"),
                    timeline=months("2025-10", "2026-03"),
                    status=status("In progress", "in_progress", "green"),
                ),
                Item(
                    ref="C2",
                    text="Design a programme of training modules that close the gaps found in the skills map, "
                    "open to every technician.",
                    owners=("SDA", "FTM"),
                    start=on("Apr 2026", "2026-04"),
                    end=on("Jan 2027", "2027-01"),
                    timeline=months("2026-04", "2027-01"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="C3",
                    text="Support technicians to apply for professional registration, with fees paid and a "
                    "registered colleague as mentor.",
                    owners=("SDA",),
                    start=on("Jan 2026", "2026-01"),
                    end=every("Ongoing", "ongoing"),
                    timeline=months("2026-01", "2027-08"),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="C4",
                    text="Create a job-shadowing scheme so that technicians can spend a week in another faculty's "
                    "facilities.",
                    owners=("FTM",),
                    start=on("Jun 2026", "2026-06"),
                    end=on("Nov 2026", "2026-11"),
                    timeline=months("2026-06", "2026-11"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="C5",
                    text="Review technical role profiles and grading so that similar work is graded alike across "
                    "faculties.",
                    owners=("HRD", "DTS"),
                    start=on("Sep 2026", "2026-09"),
                    end=on("Aug 2027", "2027-08"),
                    timeline=months("2026-09", "2027-08"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="S1",
                    text="Recruit an intake of technical apprentices each September, placed in the faculties with "
                    "the greatest need.",
                    owners=("HRD", "FTM"),
                    start=on("Sep 2026", "2026-09"),
                    end=every("Annually", "annual"),
                    timeline=("2026-09",),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    ref="S2",
                    text="Keep a register of single points of failure, where one technician alone holds a skill, "
                    "and agree a plan for each.",
                    owners=("FTM",),
                    start=on("Feb 2026", "2026-02"),
                    end=on("Oct 2026", "2026-10"),
                    timeline=months("2026-02", "2026-10"),
                    status=status("Slipping", "action_needed", "amber"),
                ),
                Item(
                    ref="S3",
                    text="Agree a budget line for replacing shared technical equipment so that renewal does not "
                    "rely on research grants.",
                    owners=("DTS",),
                    start=on("Nov 2026", "2026-11"),
                    end=on("Apr 2027", "2027-04"),
                    timeline=months("2026-11", "2027-04"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="S4",
                    text="Run a technician-led school outreach day each summer term to show young people what "
                    "technical careers involve.",
                    owners=("TCF",),
                    start=on("Jun 2026", "2026-06"),
                    end=every("Annually", "annual"),
                    timeline=("2026-06", "2027-06"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)

# --- (bd) Glenarden University: plain text, the title underlined with "=", numbered pillar
# headings underlined with "-", each action a numbered paragraph ("1.1 Create ...", wrapped at
# 78 columns with no indent) followed by "Lead:", "Target date:", "Measure of success:" and
# "Status:" lines.

GLENARDEN = Plan(
    institution="Glenarden University",
    title="Technician Commitment Action Plan 2025 to 2028",
    period=("2025", "2028"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Create a page for each technical team on the university website that describes the "
                    "services it offers and the people who provide them.",
                    owners=("Head of Technical Operations", "Web Team"),
                    end=on("March 2026", "2026-03"),
                    measures=("A page live for every technical team",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="1.2",
                    text="Invite a technician to speak at each graduation ceremony's staff reception.",
                    owners=("Events Office",),
                    end=every("Annually", "annual"),
                    measures=("A technician speaker at every reception",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="1.3",
                    text="Feature technical staff in the university's open day talks, showing applicants the "
                    "workshops and laboratories they will use.",
                    owners=("Student Recruitment",),
                    end=on("Summer 2026", "2026-06"),
                    measures=("Technicians present at every open day",),
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
                    text="Add a category for technical staff to the annual Glenarden Staff Awards and make sure a "
                    "technician sits on the judging panel.",
                    owners=("Vice-Principal (People)",),
                    end=on("June 2026", "2026-06"),
                    measures=("Category included in the 2026 awards",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="2.2",
                    text="Ask research groups to list the technicians who worked on each project in their final "
                    "reports to funders.",
                    owners=("Research Office",),
                    end=every("Ongoing", "ongoing"),
                    measures=("Technicians named in all final reports",),
                    status=status("Some slippage", "action_needed"),
                ),
                Item(
                    ref="2.3",
                    text="Send a letter of thanks from the Principal to every technician who completes a "
                    "qualification or gains registration.",
                    owners=("Principal's Office",),
                    end=every("Ongoing", "ongoing"),
                    measures=("Letters sent within a month of each award",),
                    status=status("Complete", "complete"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Create a career pathways guide for technical staff, showing the routes from apprentice "
                    "to senior technical manager and the training that supports each step.",
                    owners=("HR Business Partner", "Technical Staff Network"),
                    end=on("December 2026", "2026-12"),
                    measures=("Guide published on the intranet",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="3.2",
                    text="Fund two technicians a year to take a part-time degree or higher apprenticeship.",
                    owners=("Staff Development",),
                    end=on("2026/27", "2026"),
                    measures=("Two funded places filled each year",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="3.3",
                    text="Run lunchtime sessions on applying for promotion and regrading.",
                    owners=("HR Business Partner",),
                    end=every("Quarterly", "quarterly"),
                    measures=("Four sessions a year",),
                    status=status("In progress", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Collect data on the age profile, grades and turnover of the technical workforce and "
                    "report it to the Technical Board each year.",
                    owners=("HR Information Team",),
                    end=every("Annually", "annual"),
                    measures=("Report received by the Technical Board",),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="4.2",
                    text="Agree a handover period before each technician with specialist knowledge retires, so "
                    "their successor can learn alongside them.",
                    owners=("Head of Technical Operations",),
                    end=on("April 2027", "2027-04"),
                    measures=("Handover agreed for every retirement",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="4.3",
                    text="Join the regional technician apprenticeship partnership and take on apprentices through it.",
                    owners=("Apprenticeship Coordinator",),
                    end=vague("TBC"),
                    measures=("Partnership membership confirmed",),
                ),
            ),
        ),
    ),
)

# --- (be) Stannerby University: portrait Writer ruled table, Theme | Ref | Action | Owner |
# Timescale | Success measures, a shaded row per pillar, Theme merged down the actions it
# covers, action cells holding a lead sentence and a bulleted list, one very long row split by
# the page break in the middle of its text; the header row repeats on each page.

# ref -> (lead sentence, bullet items): the action cells printed as a sentence and a list.
STANNERBY_BULLETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "1.1": (
        "Make technical staff visible to students and visitors by:",
        (
            "naming the technical team on a board at the door of each laboratory;",
            "adding technicians to the staff lists in module handbooks.",
        ),
    ),
    "1.3": (
        "Hold a technical open house each spring, including:",
        (
            "guided tours of the workshops and imaging suites;",
            "short talks by technicians about their work;",
            "a stand for the apprenticeship programme.",
        ),
    ),
    "2.2": (
        "Build a culture in which technical contributions to research are acknowledged as a matter of course. "
        "The Research Committee will adopt a guide for principal investigators, and the technical board will "
        "check each year that it is being followed in every faculty. The guide will cover:",
        (
            "when a technician should be named as an author of a paper or dataset, and when thanked in the "
            "acknowledgements;",
            "how technical staff are named as contributors or co-investigators on grant applications, with "
            "their time costed in the application;",
            "how technical contributions to a thesis are recorded by the student and the supervisor;",
            "how the contribution of technicians to impact case studies and to public engagement is recorded "
            "and reported;",
            "what a technician should do if they believe their contribution has not been credited, and who they "
            "can talk to in confidence;",
            "how the guide will be reviewed, and by whom, after its first two years in use.",
        ),
    ),
    "3.1": (
        "Give every technician protected time for development:",
        (
            "five days a year for training of their choice;",
            "time recorded in the workload model.",
        ),
    ),
}


def bulleted(ref: str) -> str:
    """The text of an action printed as a lead sentence and a bulleted list."""
    lead, items = STANNERBY_BULLETS[ref]
    return " ".join([lead, *items])


STANNERBY = Plan(
    institution="Stannerby University",
    title="Technician Commitment Action Plan 2025-2028",
    period=("2025", "2028"),
    legend={
        "TSM": "Technical Services Manager",
        "TN": "Technician Network",
        "HRP": "HR Partner",
        "RC": "Research Committee",
        "CO": "Communications Office",
        "FD": "Faculty Deans",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    theme="Make technicians known across the university",
                    text=bulleted("1.1"),
                    owners=("TSM", "FD"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Boards installed in every teaching laboratory", "Handbooks updated for 2026/27"),
                ),
                Item(
                    ref="1.2",
                    theme="Make technicians known across the university",
                    text="Publish a monthly technician profile in the staff newsletter.",
                    owners=("CO",),
                    end=every("Monthly", "monthly"),
                    measures=("Twelve profiles a year",),
                ),
                Item(
                    ref="1.3",
                    theme="Make technicians known across the university",
                    text=bulleted("1.3"),
                    owners=("TN", "CO"),
                    end=every("Annually", "annual"),
                    measures=("Open house held each spring", "Visitor numbers recorded"),
                ),
                Item(
                    ref="1.4",
                    theme="Give technicians a voice",
                    text="Reserve a seat for an elected technician on the University Operations Committee.",
                    owners=("TSM",),
                    end=on("Oct 2025", "2025-10"),
                    measures=("Technician member attends every meeting",),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    theme="Celebrate technical achievement",
                    text="Present a Stannerby Technician of the Year award at the summer graduation.",
                    owners=("TN",),
                    end=on("Summer 2026", "2026-06"),
                    measures=("Award presented each year",),
                ),
                Item(
                    ref="2.2",
                    theme="Celebrate technical achievement",
                    text=bulleted("2.2"),
                    owners=("RC", "TSM", "FD"),
                    end=on("Mar 2027", "2027-03"),
                    measures=(
                        "Guide approved by the Research Committee",
                        "Guide linked from the research office web pages and the grant application checklist",
                        "Annual check reported to the technical board for every faculty",
                        "Fewer than five concerns raised each year about credit not being given",
                        "Research office staff trained to check technical credit at grant submission",
                        "Guide reviewed with the Technician Network after two years",
                    ),
                ),
                Item(
                    ref="2.3",
                    theme="Celebrate technical achievement",
                    text="Add technical staff to the criteria for the university's teaching excellence prizes.",
                    owners=("FD",),
                    end=on("Sep 2026", "2026-09"),
                    measures=("Criteria revised",),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    theme="Time and money for development",
                    text=bulleted("3.1"),
                    owners=("HRP", "TSM"),
                    end=on("Jan 2026", "2026-01"),
                    measures=("Workload model updated", "Take-up reported each year"),
                ),
                Item(
                    ref="3.2",
                    theme="Time and money for development",
                    text="Set up a fund that technicians can bid to for conference travel and specialist courses.",
                    owners=("TSM",),
                    end=on("Apr 2026", "2026-04"),
                    measures=("Fund open to bids twice a year",),
                ),
                Item(
                    ref="3.3",
                    theme="Clear routes to progress",
                    text="Publish the criteria for progression between each technical grade.",
                    owners=("HRP",),
                    end=on("Jul 2026", "2026-07"),
                    measures=("Criteria published on the intranet",),
                ),
                Item(
                    ref="3.4",
                    theme="Clear routes to progress",
                    text="Train line managers of technical staff to hold career conversations.",
                    owners=("HRP",),
                    end=on("2026/27", "2026"),
                    measures=("Every line manager trained",),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    theme="Plan the future workforce",
                    text="Forecast retirements and hard-to-fill posts in each faculty over the next five years.",
                    owners=("TSM", "HRP"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Forecast reported to the University Executive",),
                ),
                Item(
                    ref="4.2",
                    theme="Plan the future workforce",
                    text="Create two new apprenticeship posts each year in the areas the forecast shows most at risk.",
                    owners=("TSM",),
                    end=every("Annually", "annual"),
                    measures=("Two apprentices appointed each year",),
                ),
            ),
        ),
    ),
)

# --- (bf) Holmcroft University: a spreadsheet range copied and pasted as text. Cells are joined
# by tabs and rows end in CRLF; a cell holding line breaks (owners one per line, measures one per
# line, one action written as two lines) is wrapped in double quotes with its line breaks (LF)
# inside, and a quote inside such a cell is doubled. The Pillar column is merged down each
# pillar, so only its first row holds the name; empty cells give runs of tabs.

HOLMCROFT = Plan(
    institution="Holmcroft University",
    title="Technician Commitment Action Plan 2024-27",
    period=("2024", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    ref="V.1",
                    text="Launch a technician blog on the staff intranet with a new post every fortnight.",
                    owners=("Communications Manager", "Technician Network Chair"),
                    measures=("A post every fortnight", "Readership figures reported each term"),
                    end=on("Jan 2025", "2025-01"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="V.2",
                    text='Run a "Behind the Bench" photography exhibition of technical work in the library foyer.',
                    owners=("Library Services",),
                    measures=("Exhibition open for at least four weeks",),
                    end=on("Oct 2025", "2025-10"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="V.3",
                    text='Ask every school to add a "Technical team" section to its web pages. Schools that cannot '
                    "do this through the web system will be helped by the digital team.",
                    owners=("Heads of School", "Digital Team"),
                    measures=("All schools' pages list technical staff",),
                    end=on("Jul 2025", "2025-07"),
                    status=status("Delayed", "action_needed"),
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
                    text="Open the university's teaching and research prizes to technical staff.",
                    owners=("Pro-Vice-Chancellor (Education)",),
                    measures=("Technicians shortlisted for at least one prize each year",),
                    end=on("Jun 2025", "2025-06"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="R.2",
                    text="Agree how technicians are credited on research outputs and record it in the research "
                    "data policy.",
                    owners=("Research Integrity Officer", "Technician Network Chair"),
                    measures=("Policy revised", "Guidance issued to research groups"),
                    end=on("Mar 2026", "2026-03"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="R.3",
                    text="Hold a reception each year for technicians who have gained registration or completed a "
                    "qualification.",
                    owners=("Director of Technical Services",),
                    measures=("Reception held each year",),
                    end=every("Annually", "annual"),
                    status=status("On track", "in_progress"),
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
                    text='Offer every technician a place on a "Next Steps" career planning workshop.',
                    owners=("Organisational Development",),
                    measures=("Workshops run each term", "Eighty technicians attend by 2027"),
                    end=every("Ongoing", "ongoing"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="C.2",
                    text="Create a senior technical specialist grade for staff who lead facilities or methods.",
                    owners=("HR Director", "Director of Technical Services"),
                    measures=("Grade approved by the Remuneration Committee",),
                    end=on("Dec 2025", "2025-12"),
                    status=status("On hold", "action_needed"),
                ),
                Item(
                    ref="C.3",
                    text="Pay professional body fees for technicians working towards registration.",
                    owners=("Director of Technical Services",),
                    measures=("Fees paid for every eligible applicant",),
                    end=every("Annually", "annual"),
                    status=status("Complete", "complete"),
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
                    text="Write a succession plan for each specialist facility.",
                    owners=("Facility Managers",),
                    measures=("Plans in place for all specialist facilities", "Plans reviewed each year"),
                    end=on("Sep 2026", "2026-09"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="S.2",
                    text="Offer paid summer placements in technical teams to undergraduate students.",
                    owners=("Careers Service", "Director of Technical Services"),
                    measures=("Eight placements each summer",),
                    end=on("Summer 2025", "2025-06"),
                    status=status("On track", "in_progress"),
                ),
            ),
        ),
    ),
)

# The V.3 action is typed into its cell as two lines (Alt+Enter): after this sentence.
HOLMCROFT_LINE_BREAK_AFTER = {"V.3": "its web pages."}
