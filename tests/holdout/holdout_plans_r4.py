"""The fourth batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.

Conventions added here (the earlier golds have no case of them):

- A status cell holding only a colour word ("Green", "Amber", "Red") with no fill: the raw
  text, a null state (the word names a colour, not a state; the plan gives no key) and the
  colour the word names as its rag.
- "Spring 2025" is the season's first month (2025-03), as "Summer" and "Autumn" are;
  "by July 2026" is its month.
- A Gantt period column headed with a calendar year ("2025") starts in its January; a cell
  marked "X" is an active period just as a shaded one is.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from holdout_plans import every, on, rag_only, status, vague
from plan_model import Item, Plan, Section, StatusCell, quarters


def colour_word(word: str) -> StatusCell:
    """A status cell that prints only the RAG colour's name, with no fill."""
    return StatusCell(raw=word, state=None, rag=word.lower())


GREEN, AMBER, RED = colour_word("Green"), colour_word("Amber"), colour_word("Red")

# --- (ae) University of Wrayfield: landscape Writer ruled table in an unusual column order,
# Progress | Ref | Theme | Responsibility | Planned activity | KPI | Deadline; the progress
# cell holds the colour word alone; Theme merged down runs, one of them across a page break;
# section rows span the table; owner codes with a key after the table.

WRAYFIELD = Plan(
    institution="University of Wrayfield",
    title="Technician Commitment Action Plan 2025-2028",
    subtitle="Progress position at the end of the spring term",
    period=("2025", "2028"),
    legend={
        "TSD": "Technical Services Directorate",
        "TNC": "Technician Network Committee",
        "PDU": "People Development Unit",
        "MCO": "Marketing and Communications Office",
        "DTL": "Departmental Technical Leads",
        "REO": "Research and Enterprise Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    theme="Show who our technicians are",
                    text="Create a searchable directory of technical staff on the intranet, listing each person's "
                    "specialist skills, the equipment they are expert in and the facilities they support.",
                    owners=("MCO", "DTL"),
                    measures=("Directory live with at least 90% of technical staff listed",),
                    end=on("Dec 2025", "2025-12"),
                    status=GREEN,
                ),
                Item(
                    ref="V2",
                    theme="Show who our technicians are",
                    text="Introduce a 'meet the technician' slot at the start of each school's staff meeting once a "
                    "term, presented by a member of the local technical team.",
                    owners=("DTL",),
                    measures=("One slot in every school each term",),
                    end=every("Ongoing", "ongoing"),
                    status=AMBER,
                ),
                Item(
                    ref="V3",
                    theme="Show who our technicians are",
                    text="Add technical staff to the photographs and case studies used in the undergraduate "
                    "prospectus and on the student recruitment web pages.",
                    owners=("MCO",),
                    measures=("Technicians appear in the 2027 prospectus",),
                    end=on("Sept 2026", "2026-09"),
                ),
                Item(
                    ref="V4",
                    theme="Open our facilities to the public",
                    text="Run a family open day in the engineering and science workshops during the city science "
                    "festival, planned and led by technicians.",
                    owners=("TNC", "REO"),
                    measures=("Open day held each year", "Feedback collected from 200 visitors"),
                    end=every("Annually", "annual"),
                    status=GREEN,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="R1",
                    theme="Reward and celebrate technical work",
                    text="Establish a Wrayfield Technician Award within the Vice-Chancellor's staff prizes, with "
                    "categories for teaching support, research support and service to the university.",
                    owners=("TSD",),
                    measures=("First awards presented",),
                    end=on("Jul 2026", "2026-07"),
                    status=GREEN,
                ),
                Item(
                    ref="R2",
                    theme="Reward and celebrate technical work",
                    text="Write to the line manager of each technician who gains professional registration, and "
                    "mark every new registration in the weekly staff bulletin.",
                    owners=("PDU", "MCO"),
                    measures=("Every new registration acknowledged within one month",),
                    end=every("Ongoing", "ongoing"),
                    status=GREEN,
                ),
                Item(
                    ref="R3",
                    theme="Credit technicians in research",
                    text="Adopt an authorship and acknowledgement guide that sets out when technical staff should "
                    "be named as co-authors of, or thanked in, research publications.",
                    owners=("REO",),
                    measures=("Guide approved by the research committee",),
                    end=on("Mar 2026", "2026-03"),
                    status=RED,
                ),
                Item(
                    ref="R4",
                    theme="Credit technicians in research",
                    text="Record technical contributions in the research information system so that they appear "
                    "on the public pages for each project and output.",
                    owners=("REO", "TSD"),
                    measures=("Field added and in use in every faculty",),
                    end=vague("TBC"),
                    status=AMBER,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="CD1",
                    theme="Clear routes to progress",
                    text="Publish a technical career framework describing the skills and experience expected at "
                    "each grade, with worked examples of staff who have moved between roles and grades.",
                    owners=("PDU", "TSD"),
                    measures=("Framework published on the intranet",),
                    end=on("Summer 2026", "2026-06"),
                    status=AMBER,
                ),
                Item(
                    ref="CD2",
                    theme="Clear routes to progress",
                    text="Allow technicians to apply for regrading through a yearly application window, using the "
                    "same panel process as other professional services staff.",
                    owners=("PDU",),
                    measures=("Window opened each spring", "Outcomes reported by grade and gender"),
                    end=on("2026/27", "2026"),
                ),
                Item(
                    ref="CD3",
                    theme="Clear routes to progress",
                    text="Offer secondments of up to six months into another department's technical team, with "
                    "the home post backfilled for the whole of the secondment.",
                    owners=("DTL", "PDU"),
                    measures=("Four secondments a year",),
                    end=on("Sept 2027", "2027-09"),
                    status=RED,
                ),
                Item(
                    ref="CD4",
                    theme="Learning throughout a career",
                    text="Provide five days a year of protected time for every technician to spend on training of "
                    "their own choosing.",
                    owners=("DTL",),
                    measures=("Training days recorded in the appraisal system",),
                    end=every("Annually", "annual"),
                    status=GREEN,
                ),
                Item(
                    ref="CD5",
                    theme="Learning throughout a career",
                    text="Run a management course for senior technicians who lead teams, designed together with "
                    "the technician network.",
                    owners=("PDU", "TNC"),
                    measures=("Two cohorts of twelve completed",),
                    end=on("Dec 2026", "2026-12"),
                    status=AMBER,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="S1",
                    theme="Secure the skills we will need",
                    text="Start a trainee technician scheme with two places a year for local school leavers, "
                    "with day release to a further education college.",
                    owners=("TSD", "PDU"),
                    measures=("Two trainees appointed each year",),
                    end=on("Sept 2025", "2025-09"),
                    status=GREEN,
                ),
                Item(
                    ref="S2",
                    theme="Secure the skills we will need",
                    text="Identify every specialist technique that only one person can deliver and arrange for a "
                    "second person to be trained in it.",
                    owners=("DTL",),
                    measures=("Cover in place for all single-person techniques",),
                    end=on("Jun 2027", "2027-06"),
                    status=AMBER,
                ),
                Item(
                    ref="S3",
                    theme="Secure the skills we will need",
                    text="Include technician numbers, turnover and vacancies in the annual workforce report to "
                    "the university executive.",
                    owners=("TSD",),
                    measures=("Report includes technical staff data",),
                    end=every("Annually", "annual"),
                ),
            ),
        ),
    ),
)


# --- (af) Bellmoor University: portrait Writer table with no borders at all, Ref | Action |
# Lead(s) | Start | Complete by | Evidence of progress; each pillar a bold row in capitals
# between its groups; owners one per line and several measures one per line (after an en dash) in a cell.

BELLMOOR = Plan(
    institution="Bellmoor University",
    title="Technician Commitment Action Plan 2024-2027",
    subtitle="Agreed by the University Executive in September 2024",
    period=("2024", "2027"),
    legend={},
    sections=(
        Section(
            heading="VISIBILITY",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Produce a printed and online guide to the technical teams in each faculty, with contact "
                    "details and the services each team offers.",
                    owners=("Head of Technical Operations", "Marketing Manager"),
                    start=on("Oct 2024", "2024-10"),
                    end=on("Mar 2025", "2025-03"),
                    measures=("Guide published", "Guide linked from every faculty home page"),
                ),
                Item(
                    ref="1.2",
                    text="Invite technicians to present at the annual learning and teaching conference, with a "
                    "session set aside for technical support of teaching.",
                    owners=("Academic Development Lead",),
                    start=on("Jan 2025", "2025-01"),
                    end=every("Annually", "annual"),
                    measures=("At least three technician-led talks each year",),
                ),
                Item(
                    ref="1.3",
                    text="Display the names of technical staff on the signs of every laboratory, studio and "
                    "workshop they run.",
                    owners=("Estates Signage Officer", "Faculty Technical Managers"),
                    start=on("Sept 2024", "2024-09"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Signs updated in all buildings",),
                ),
            ),
        ),
        Section(
            heading="RECOGNITION",
            pillar="recognition",
            items=(
                Item(
                    ref="2.1",
                    text="Add a technician category to the long-service and excellence awards and make sure "
                    "technicians sit on the judging panel.",
                    owners=("HR Reward Manager",),
                    start=on("Nov 2024", "2024-11"),
                    end=on("Jun 2025", "2025-06"),
                    measures=("Category in place for the 2025 awards", "One technician on the panel"),
                ),
                Item(
                    ref="2.2",
                    text="Send a letter of thanks from the Provost to technical teams who supported a major "
                    "building move or equipment installation.",
                    owners=("Provost's Office",),
                    start=on("Apr 2025", "2025-04"),
                    end=every("Ongoing", "ongoing"),
                    measures=("Letters sent after each major project",),
                ),
                Item(
                    ref="2.3",
                    text="Make professional registration fees for technicians a cost met by the university rather "
                    "than by the individual.",
                    owners=("Finance Business Partner", "HR Reward Manager"),
                    start=on("Aug 2025", "2025-08"),
                    end=on("Jul 2026", "2026-07"),
                    measures=("Fees paid centrally for all registered technicians",),
                ),
            ),
        ),
        Section(
            heading="CAREER DEVELOPMENT",
            pillar="career_development",
            items=(
                Item(
                    ref="3.1",
                    text="Agree a yearly development plan with every technician during the appraisal round, "
                    "recording training needs in the learning system.",
                    owners=("Line Managers",),
                    start=on("Oct 2024", "2024-10"),
                    end=every("Annually", "annual"),
                    measures=("95% of technicians have an agreed plan",),
                ),
                Item(
                    ref="3.2",
                    text="Set up a technician mentoring scheme across the faculties, with trained mentors and a "
                    "matching process run by the staff development team.",
                    owners=("Staff Development Manager", "Technician Network Chair"),
                    start=on("Feb 2025", "2025-02"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Twenty mentoring pairs formed", "Mentor training held twice a year"),
                ),
                Item(
                    ref="3.3",
                    text="Fund two technicians each year to complete a part-time degree or higher apprenticeship "
                    "related to their role.",
                    owners=("Staff Development Manager",),
                    start=on("Sept 2025", "2025-09"),
                    end=on("Sept 2027", "2027-09"),
                    measures=("Two places funded each year",),
                ),
                Item(
                    ref="3.4",
                    text="Create job profiles for senior and principal technician roles so that a route to the "
                    "top technical grades exists in every faculty.",
                    owners=("HR Business Partner", "Head of Technical Operations"),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Profiles evaluated and approved",),
                ),
            ),
        ),
        Section(
            heading="SUSTAINABILITY",
            pillar="sustainability",
            items=(
                Item(
                    ref="4.1",
                    text="Work with the city college to offer placements in university workshops for students on "
                    "engineering and laboratory science courses.",
                    owners=("Faculty Technical Managers",),
                    start=on("Sept 2025", "2025-09"),
                    end=every("Ongoing", "ongoing"),
                    measures=("Six placements a year",),
                ),
                Item(
                    ref="4.2",
                    text="Draw up succession plans for technical posts whose holders are expected to retire within "
                    "the next five years.",
                    owners=("Head of Technical Operations",),
                    start=on("Mar 2025", "2025-03"),
                    end=on("Mar 2026", "2026-03"),
                    measures=("A succession plan for every identified post",),
                ),
            ),
        ),
        Section(
            heading="EVALUATING IMPACT",
            pillar="evaluating_impact",
            items=(
                Item(
                    ref="5.1",
                    text="Repeat the technician survey every two years and compare the results with the 2024 baseline.",
                    owners=("Technician Network Chair", "Planning Office"),
                    start=on("May 2026", "2026-05"),
                    end=on("Jul 2026", "2026-07"),
                    measures=("Response rate above 60%",),
                ),
                Item(
                    ref="5.2",
                    text="Report progress on this plan to the University Executive each year and publish the "
                    "report on the public website.",
                    owners=("Head of Technical Operations",),
                    start=on("Jul 2025", "2025-07"),
                    end=every("Annually", "annual"),
                    measures=("Report published each July",),
                ),
            ),
        ),
    ),
)


# --- (ag) Carrickvale Institute of Technology: Calc Gantt, Ref | Pillar (on every row) |
# Action | Owner | eight quarter columns headed "Apr\u2013Jun 2025" ... "Jan\u2013Mar 2027" (en dash) | RAG; an
# active quarter is a cell holding "X" (no fill); the RAG cell is a fill with no text.

CARRICKVALE_QUARTERS = quarters("2025-04", "2027-01")


def _q(*indexes: int) -> tuple[str, ...]:
    return tuple(CARRICKVALE_QUARTERS[i] for i in indexes)


CARRICKVALE = Plan(
    institution="Carrickvale Institute of Technology",
    title="Technician Commitment Implementation Plan, April 2025 to March 2027",
    period=("2025-04", "2027-03"),  # the quarter columns
    legend={
        "CTL": "Chief Technical Lead",
        "TF": "Technician Forum",
        "POD": "People and Organisational Development",
        "COM": "Communications Team",
        "SLM": "School Laboratory Managers",
        "APC": "Apprenticeship Coordinator",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    ref="1",
                    text="Launch a technician blog on the institute website with a new post every month",
                    owners=("COM", "TF"),
                    timeline=_q(0, 1, 2, 3, 4, 5, 6, 7),
                    status=rag_only("green"),
                ),
                Item(
                    ref="2",
                    text="Hold a technical services open afternoon for new academic staff each autumn",
                    owners=("CTL",),
                    timeline=_q(2, 6),
                    status=rag_only("green"),
                ),
                Item(
                    ref="3",
                    text="Show technical staff on the organisation chart of every school",
                    owners=("SLM",),
                    timeline=_q(0, 1),
                    status=rag_only("green"),
                ),
                Item(
                    ref="4",
                    text="Include a technician on the panel of every public lecture about institute research",
                    owners=("COM",),
                    timeline=_q(3, 4, 5),
                    status=rag_only("amber"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            printed_as_heading=False,
            items=(
                Item(
                    ref="5",
                    text="Nominate technicians for the national technician awards each year",
                    owners=("TF",),
                    timeline=_q(1, 5),
                    status=rag_only("green"),
                ),
                Item(
                    ref="6",
                    text="Introduce a spot award that managers can give for exceptional technical support",
                    owners=("POD", "CTL"),
                    timeline=_q(1, 2, 3),
                    status=rag_only("red"),
                ),
                Item(
                    ref="7",
                    text="Name the technicians who build or adapt equipment for a project in its final report",
                    owners=("CTL",),
                    timeline=_q(4, 5),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            printed_as_heading=False,
            items=(
                Item(
                    ref="8",
                    text="Pay for professional registration for every technician who applies",
                    owners=("POD",),
                    timeline=_q(0, 1, 2, 3, 4, 5, 6, 7),
                    status=rag_only("green"),
                ),
                Item(
                    ref="9",
                    text="Run a skills audit of all technical staff and use it to plan training",
                    owners=("SLM", "POD"),
                    timeline=_q(0, 1, 2),
                    status=rag_only("amber"),
                ),
                Item(
                    ref="10",
                    text="Create a trainee-to-senior pathway with a clear set of skills for each step",
                    owners=("POD",),
                    timeline=_q(3, 4, 5, 6),
                    status=rag_only("amber"),
                ),
                Item(
                    ref="11",
                    text="Offer job rotation between the engineering and science workshops",
                    owners=("SLM",),
                    timeline=_q(5, 6, 7),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    ref="12",
                    text="Recruit three apprentices a year into technical roles",
                    owners=("APC",),
                    timeline=_q(2, 6),
                    status=rag_only("green"),
                ),
                Item(
                    ref="13",
                    text="Keep a register of equipment that only one technician can operate and train a second "
                    "operator for each item",
                    owners=("SLM",),
                    timeline=_q(1, 2, 3, 4),
                    status=rag_only("red"),
                ),
                Item(
                    ref="14",
                    text="Set aside funds to recruit replacements for retiring technicians six months before "
                    "they leave",
                    owners=("CTL", "POD"),
                    timeline=_q(4, 5, 6, 7),
                ),
            ),
        ),
    ),
)


# --- (ah) University of Dunhallow: Calc Gantt by calendar year, Action | Lead | Start | End |
# 2024 | 2025 | 2026 | Status; a section row per pillar on a band; active years shaded; the
# status as text with no fill.

DUNHALLOW_YEARS = ("2024-01", "2025-01", "2026-01")


def _years(*years: int) -> tuple[str, ...]:
    return tuple(f"{year}-01" for year in years)


DUNHALLOW = Plan(
    institution="University of Dunhallow",
    title="Technician Commitment Action Plan 2024 to 2026",
    period=("2024-01", "2026-12"),  # the year columns
    legend={},
    sections=(
        Section(
            heading="Governance",
            pillar="governance",
            items=(
                Item(
                    text="Set up a Technician Commitment steering group chaired by the Pro-Vice-Chancellor for "
                    "Operations, with elected technician members.",
                    owners=("Pro-Vice-Chancellor (Operations)",),
                    start=on("Sept 2024", "2024-09"),
                    end=on("Dec 2024", "2024-12"),
                    timeline=_years(2024),
                    status=status("Complete", "complete"),
                ),
                Item(
                    text="Review this plan with the technician forum and report progress to the University Council.",
                    owners=("Steering Group",),
                    start=on("Spring 2025", "2025-03"),
                    end=every("Annually", "annual"),
                    timeline=_years(2025, 2026),
                    status=status("On track", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Film short interviews with technicians in each school for the university's video channel.",
                    owners=("Digital Media Team",),
                    start=on("Jan 2025", "2025-01"),
                    end=on("by July 2026", "2026-07"),
                    timeline=_years(2025, 2026),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    text="Create a technical services page in the staff directory that lists every team and its "
                    "facilities.",
                    owners=("Technical Services Manager",),
                    start=on("Sept 2024", "2024-09"),
                    end=on("Mar 2025", "2025-03"),
                    timeline=_years(2024, 2025),
                    status=status("Complete", "complete"),
                ),
                Item(
                    text="Ask each school to include a technician speaker at its welcome event for new students.",
                    owners=("Heads of School",),
                    start=on("Sept 2025", "2025-09"),
                    end=every("Ongoing", "ongoing"),
                    timeline=_years(2025, 2026),
                    status=status("On track", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Open the university teaching awards to technicians who support practical classes.",
                    owners=("Academic Quality Office",),
                    start=on("Spring 2025", "2025-03"),
                    end=on("Summer 2025", "2025-06"),
                    timeline=_years(2025),
                    status=status("Complete", "complete"),
                ),
                Item(
                    text="Thank technical staff by name in the annual research report for the equipment and "
                    "projects they supported.",
                    owners=("Research Office",),
                    start=on("Autumn 2025", "2025-09"),
                    end=every("Annually", "annual"),
                    timeline=_years(2025, 2026),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    text="Give every technician with twenty-five years' service a certificate, presented at the "
                    "graduation ceremonies.",
                    owners=("HR Director",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jul 2026", "2026-07"),
                    timeline=_years(2026),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Support technicians to gain RSciTech, RSci or RegTech registration through workshops and "
                    "a paid application fee.",
                    owners=("Staff Development Team",),
                    start=on("Sept 2024", "2024-09"),
                    end=every("Ongoing", "ongoing"),
                    timeline=_years(2024, 2025, 2026),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    text="Write career maps for the main technical job families showing the skills needed to move "
                    "up a grade.",
                    owners=("HR Director", "Technical Services Manager"),
                    start=on("Spring 2025", "2025-03"),
                    end=on("by July 2026", "2026-07"),
                    timeline=_years(2025, 2026),
                    status=status("Delayed", "action_needed"),
                ),
                Item(
                    text="Give technicians access to the university leadership programme on the same terms as "
                    "other staff.",
                    owners=("Staff Development Team",),
                    start=on("Sept 2025", "2025-09"),
                    end=on("Sept 2026", "2026-09"),
                    timeline=_years(2025, 2026),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    text="Start a technical apprenticeship programme with four places in the first intake.",
                    owners=("Technical Services Manager", "Apprenticeship Lead"),
                    start=on("Sept 2024", "2024-09"),
                    end=on("Sept 2025", "2025-09"),
                    timeline=_years(2024, 2025),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    text="Keep a succession plan for every role whose holder is the only person with a given skill.",
                    owners=("Heads of School",),
                    start=on("Jan 2025", "2025-01"),
                    end=every("Annually", "annual"),
                    timeline=_years(2025, 2026),
                    status=status("Delayed", "action_needed"),
                ),
            ),
        ),
    ),
)


# --- (ai) Eskerby University: a web page copied as text, pillar headings over bullet lists
# whose items carry their fields inline: "• Action. Lead: ... Timescale: ... Success
# measure: ... Status: ...". The timescale is the date the action is due (end).

ESKERBY = Plan(
    institution="Eskerby University",
    title="Technician Commitment Action Plan 2025-2028",
    period=("2025", "2028"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Launch a quarterly technician newsletter with news, new starters and profiles from across "
                    "the technical community.",
                    owners=("Internal Communications Manager",),
                    end=on("Spring 2025", "2025-03"),
                    measures=("four issues a year",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    text="Add a 'technical team' tab to every research group web page.",
                    owners=("Web Team", "Research Group Leaders"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("all research group pages updated; tab visited 1,000 times a year",),
                ),
                Item(
                    text="Invite local schools to tour the teaching laboratories with the technicians who run them.",
                    owners=("Outreach Officer",),
                    end=every("Annually", "annual"),
                    measures=("six school visits a year",),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Give technicians a named category in the Eskerby Staff Excellence Awards.",
                    owners=("HR Director",),
                    end=on("Jul 2025", "2025-07"),
                    measures=("category awarded each year",),
                    status=status("Complete", "complete"),
                ),
                Item(
                    text="Ensure technical staff who support a grant are listed on the grant's staff page and in "
                    "its final report.",
                    owners=("Research Office",),
                    end=every("Ongoing", "ongoing"),
                ),
                Item(
                    text="Celebrate each technician who gains professional registration in the Vice-Chancellor's "
                    "newsletter.",
                    owners=("Internal Communications Manager", "Technician Network"),
                    end=every("Ongoing", "ongoing"),
                    measures=("every new registrant featured",),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Introduce a career conversation for every technician once a year, separate from appraisal.",
                    owners=("Faculty Technical Managers",),
                    end=on("Sept 2025", "2025-09"),
                    measures=("90% of technicians have had a conversation",),
                ),
                Item(
                    text="Fund places on accredited technical training courses through a central bid process.",
                    owners=("Learning and Development Team",),
                    end=every("Annually", "annual"),
                    measures=("fund fully used; bids received from every faculty",),
                ),
                Item(
                    text="Define the criteria for promotion to senior technician and publish them on the staff "
                    "intranet.",
                    owners=("HR Partner", "Head of Technical Services"),
                    end=on("Mar 2026", "2026-03"),
                    measures=("criteria published",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    text="Create a peer-learning network where technicians teach each other specialist techniques.",
                    owners=("Technician Network",),
                    end=on("Autumn 2025", "2025-09"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    text="Take on three technical apprentices each year and give each one a trained workplace mentor.",
                    owners=("Head of Technical Services", "Apprenticeship Manager"),
                    end=on("Sept 2025", "2025-09"),
                    measures=("three apprentices start each year",),
                ),
                Item(
                    text="Record the procedures for specialist equipment in a shared technical handbook.",
                    owners=("Faculty Technical Managers",),
                    end=on("Jun 2026", "2026-06"),
                    measures=("handbook covers all specialist equipment",),
                    status=status("In progress", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            items=(
                Item(
                    text="Survey all technical staff at the start and at the end of the plan to measure change.",
                    owners=("Planning and Insight Team",),
                    end=on("Summer 2028", "2028-06"),
                    measures=("response rate above half of technical staff",),
                ),
                Item(
                    text="Publish a yearly progress report on the university website.",
                    owners=("Head of Technical Services",),
                    end=every("Annually", "annual"),
                    measures=("report online each September",),
                ),
            ),
        ),
    ),
)


# --- (aj) Foxhollow University: tab-separated text as a PDF-to-text tool leaves a ruled table,
# No. | Pillar | Action | Success indicator | Lead | Target date | Status; the Pillar cell was
# merged down each pillar's rows, so its words sit on whichever rows they were drawn beside;
# one row broken over a page break goes on after the repeated header.

FOXHOLLOW = Plan(
    institution="Foxhollow University",
    title="Technician Commitment Action Plan 2024-2027",
    period=("2024", "2027"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    ref="1",
                    text="Produce a welcome pack for new technical staff that introduces the technical community, "
                    "its networks and its leaders.",
                    measures=("Pack given to every new starter",),
                    owners=("Technical Community Manager",),
                    end=on("Mar 2025", "2025-03"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="2",
                    text="Feature technicians in the university's social media campaigns during national "
                    "technician week.",
                    measures=("Posts each year reaching 10,000 people",),
                    owners=("Social Media Officer", "Technical Community Manager"),
                    end=every("Annually", "annual"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="3",
                    text="Put a technical staff representative on each school's open day planning group.",
                    measures=("Representative named for every school",),
                    owners=("Heads of School",),
                    end=on("Sept 2025", "2025-09"),
                    status=status("In progress", "in_progress"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            printed_as_heading=False,
            items=(
                Item(
                    ref="4",
                    text="Introduce a technician of the year award judged by a panel of technicians and academics.",
                    measures=("Award presented at the summer staff event",),
                    owners=("HR Director",),
                    end=on("Jul 2025", "2025-07"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="5",
                    text="Set out in the research data policy that technicians who generate data are named in the "
                    "dataset record.",
                    measures=("Policy updated",),
                    owners=("Research Data Manager",),
                    end=on("Dec 2025", "2025-12"),
                    status=status("Delayed", "action_needed"),
                ),
                Item(
                    ref="6",
                    text="Pay a one-off bonus to technicians who achieve chartered or registered status.",
                    measures=("Bonus paid to every eligible technician",),
                    owners=("HR Director", "Finance Partner"),
                    end=every("Ongoing", "ongoing"),
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
                    ref="7",
                    text="Open every internal training course to technical staff and advertise them through the "
                    "technician network.",
                    measures=("Technician attendance doubles",),
                    owners=("Organisational Development",),
                    end=on("Dec 2025", "2025-12"),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="8",
                    text="Build a technical skills framework listing the competences expected at each grade.",
                    measures=("Framework approved by the technical board",),
                    owners=("Technical Community Manager",),
                    end=on("Jun 2026", "2026-06"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="9",
                    text="Support technicians who want to move into teaching roles with a tailored postgraduate "
                    "certificate route.",
                    measures=("Five technicians enrolled",),
                    owners=("Academic Practice Unit",),
                    end=on("2025/26", "2025"),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="10",
                    text="Give each technician a named development budget held by their department.",
                    measures=("Budget set each April",),
                    owners=("Department Managers",),
                    end=every("Annually", "annual"),
                    status=status("At risk", "action_needed"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    ref="11",
                    text="Work with two local colleges to create a laboratory technician apprenticeship for school "
                    "leavers.",
                    measures=("First apprentices start",),
                    owners=("Apprenticeship Team",),
                    end=on("Sept 2026", "2026-09"),
                    status=status("On hold", "action_needed"),
                ),
                Item(
                    ref="12",
                    text="Review the age profile of technical teams and plan recruitment in the areas where many "
                    "retirements are due within a short time of each other, starting with the workshops.",
                    measures=("Review reported to the executive with a recruitment timetable",),
                    owners=("Workforce Planning Manager",),
                    end=on("Dec 2025", "2025-12"),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="13",
                    text="Make sure every piece of specialist equipment has at least two trained operators.",
                    measures=("Two operators recorded for each item",),
                    owners=("Technical Community Manager",),
                    end=on("Jun 2027", "2027-06"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Evaluating Impact",
            pillar="evaluating_impact",
            printed_as_heading=False,
            items=(
                Item(
                    ref="14",
                    text="Hold an annual review of this plan with the technician network and publish the changes made.",
                    measures=("Review held and plan updated",),
                    owners=("Technical Board",),
                    end=every("Annually", "annual"),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="15",
                    text="Compare promotion and turnover rates for technical staff with other staff groups every year.",
                    measures=("Comparison included in the equality report",),
                    owners=("Workforce Planning Manager",),
                    end=every("Annually", "annual"),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)
