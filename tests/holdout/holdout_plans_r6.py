"""The sixth batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.

Conventions added here (the earlier golds have no case of them):

- A Gantt period column headed with a phase and a split year ("Phase 1 (2024/25)") is that
  year's first month under the financial-year reading the earlier golds give a split year in a
  period header ("Q1 2024/25" starts in April 2024): "Phase 1 (2024/25)" is 2024-04. Plan (cb)
  says so in a note under its title ("Each phase is one financial year, April to March"), so
  the reading does not rest on the convention alone. The plan's period runs from the first
  phase's April to the end of the last phase (March).
- A status shown as a coloured dot ("\u25cf", the glyph coloured red, amber or green, no cell
  fill) beside the status word: the raw text is the word without the glyph, the state the word
  gives, and the rag the colour of the dot, as for a fill. A status word with no dot has a null
  rag.
- A web copy whose action blocks begin with an "Action 3" line: the ref is the number ("3"),
  as an "Action 2.3." paragraph gives "2.3"; the labels ("Lead", "Deadline", "Measure",
  "Measures", "Status") sit on lines of their own above their values, and the lines under
  "Measures" are one measure each.
- A Pillar column merged down each pillar's rows with the name turned 90 degrees: the pillar
  comes from the column and `section` is null (no heading is printed), as for any Pillar column.
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
ON_HOLD = status("On hold", "action_needed")

# --- (ca) University of Brindlecombe: a Calc workbook (Writer's HTML import cannot turn text
# in a table cell), landscape, ruled, Pillar | Ref | Action | Owner | Timescale | Measure |
# Status; the Pillar cell merged down all of the pillar's rows with its name rotated 90
# degrees; no section rows or headings; the timescale is the date the action is due (end);
# status as text, no fill; owner codes with a key under the table.

BRINDLECOMBE = Plan(
    institution="University of Brindlecombe",
    title="Technician Commitment Action Plan 2025-2027",
    period=("2025", "2027"),
    legend={
        "DTS": "Director of Technical Services",
        "TFL": "Technical Forum Lead",
        "OPD": "Organisational and People Development",
        "MCU": "Marketing and Communications Unit",
        "FTM": "Faculty Technical Managers",
        "RIO": "Research and Innovation Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    ref="1.1",
                    text="Create a searchable directory of technical expertise and equipment, listing the technicians "
                    "who look after each facility.",
                    owners=("DTS", "RIO"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Directory live with entries for every facility",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.2",
                    text="Feature a technician in every issue of the staff magazine, rotating between faculties.",
                    owners=("MCU",),
                    end=every("Ongoing", "ongoing"),
                    measures=("One feature per issue",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="1.3",
                    text="Invite technical managers to present the work of their teams at faculty board meetings "
                    "once a year.",
                    owners=("FTM",),
                    end=every("Annually", "annual"),
                    measures=("Presentation minuted at each faculty board",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="1.4",
                    text="Hold an open afternoon in the central workshops during the university's science festival.",
                    owners=("TFL",),
                    end=on("Spring 2026", "2026-03"),
                    measures=("At least 150 visitors on the day",),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            printed_as_heading=False,
            items=(
                Item(
                    ref="2.1",
                    text="Add a technical contribution award to the annual research awards, judged by a panel that "
                    "includes two technicians.",
                    owners=("RIO", "TFL"),
                    end=on("Jun 2026", "2026-06"),
                    measures=("Award presented at the 2026 ceremony",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="2.2",
                    text="Review technical job descriptions so that each one reflects the skills and responsibility "
                    "the post actually carries.",
                    owners=("OPD", "FTM"),
                    end=on("Q3 2026", "2026-07"),
                    measures=("All technical job descriptions reviewed", "Regrading cases completed"),
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Pay the fees of technicians applying for professional registration for the first time.",
                    owners=("DTS",),
                    end=on("Sept 2025", "2025-09"),
                    measures=("Scheme open to every technician",),
                    status=COMPLETE,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            printed_as_heading=False,
            items=(
                Item(
                    ref="3.1",
                    text="Publish career pathway maps showing how technicians can progress from apprentice to "
                    "senior technical manager.",
                    owners=("OPD",),
                    end=on("Mar 2026", "2026-03"),
                    measures=("Pathway maps published on the staff intranet",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.2",
                    text="Guarantee every technician five days a year of protected time for training and development.",
                    owners=("FTM",),
                    end=every("Annually", "annual"),
                    measures=("Training days recorded for 90% of technicians",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="3.3",
                    text="Set up a mentoring scheme pairing early-career technicians with experienced colleagues "
                    "from another faculty.",
                    owners=("TFL", "OPD"),
                    end=on("2026/27", "2026"),
                    measures=("Twenty mentoring pairs formed",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3.4",
                    text="Open the university's leadership programme to technical staff at grade 6 and above.",
                    owners=("OPD",),
                    end=on("Jan 2026", "2026-01"),
                    measures=("Technicians in every cohort",),
                    status=ON_HOLD,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    ref="4.1",
                    text="Record the specialist knowledge held by technicians within five years of retirement and "
                    "plan how it will be handed on.",
                    owners=("FTM", "DTS"),
                    end=on("by March 2027", "2027-03"),
                    measures=("Succession plan for every specialist post",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="4.2",
                    text="Offer technical apprenticeships in engineering, chemistry and the life sciences.",
                    owners=("OPD",),
                    end=on("Sept 2026", "2026-09"),
                    measures=("Three apprentices recruited",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="4.3",
                    text="Form a technical sustainability group to cut waste and energy use in laboratories and "
                    "workshops.",
                    owners=("TFL",),
                    end=vague("TBC"),
                    measures=("Group meeting every term",),
                    status=NOT_STARTED,
                ),
            ),
        ),
    ),
)


# --- (cb), (cf) Halsway Institute of Technology: Calc Gantt whose period columns are the three
# phases of the plan, "Phase 1 (2024/25)", "Phase 2 (2025/26)", "Phase 3 (2026/27)", each one
# financial year (a note under the title says so); Ref | Action | Lead | Success measure |
# phases | Status; a band per pillar; the lead printed as role names (no codes, no key); the
# status as text on an unfilled cell. (cf) is what `pdftotext -layout` prints for (cb).

PHASES = ("2024-04", "2025-04", "2026-04")
P1, P2, P3 = PHASES

HALSWAY = Plan(
    institution="Halsway Institute of Technology",
    title="Technician Commitment Delivery Plan 2024-2027",
    period=("2024-04", "2027-03"),  # the phase columns, financial years
    legend={},
    sections=(
        Section(
            heading="Governance",
            pillar="governance",
            items=(
                Item(
                    ref="1",
                    text="Set up a Technician Commitment Board chaired by the Deputy Principal, with technician "
                    "members elected by their peers.",
                    owners=("Deputy Principal",),
                    measures=("Board meets each term",),
                    timeline=(P1,),
                    status=COMPLETE,
                ),
                Item(
                    ref="2",
                    text="Report progress against this plan to the Institute's Executive every year.",
                    owners=("Technician Commitment Lead",),
                    measures=("Annual report received by the Executive",),
                    timeline=(P1, P2, P3),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="3",
                    text="Build a technical services section on the Institute website describing each team and "
                    "the facilities it runs.",
                    owners=("Digital Communications Officer",),
                    measures=("Pages published for all nine teams",),
                    timeline=(P1, P2),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="4",
                    text="Add technicians' names to the signage of every laboratory and workshop they manage.",
                    owners=("Estates Manager", "Technical Team Leaders"),
                    measures=("Signage in place across the campus",),
                    timeline=(P2,),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="5",
                    text="Run a technician-led stand at each undergraduate open day.",
                    owners=("Recruitment Team",),
                    measures=("Stand at every open day",),
                    timeline=(P1, P2, P3),
                    status=IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="6",
                    text="Introduce a Principal's Award for Technical Excellence, presented at the summer graduation.",
                    owners=("Human Resources Director",),
                    measures=("Award presented each year",),
                    timeline=(P2, P3),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="7",
                    text="Acknowledge technical contributions in research papers, theses and conference posters "
                    "through a published authorship guide.",
                    owners=("Research Office",),
                    measures=("Guide approved by Academic Board",),
                    timeline=(P1,),
                    status=COMPLETE,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="8",
                    text="Fund professional registration with the Science Council or the Engineering Council for "
                    "any technician who applies.",
                    owners=("Technician Commitment Lead",),
                    measures=("Forty technicians registered by the end of Phase 3",),
                    timeline=(P1, P2, P3),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="9",
                    text="Create a technical skills framework and use it in annual development reviews.",
                    owners=("Learning and Development Manager",),
                    measures=("Framework in use in all reviews",),
                    timeline=(P2, P3),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="10",
                    text="Offer short placements in other departments' technical teams to broaden experience.",
                    owners=("Technical Team Leaders",),
                    measures=("Ten placements completed",),
                    timeline=(P3,),
                    status=NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="11",
                    text="Agree a workforce plan that forecasts technical staffing needs over the next ten years.",
                    owners=("Human Resources Director", "Deputy Principal"),
                    measures=("Workforce plan approved",),
                    timeline=(P1, P2),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="12",
                    text="Recruit a cohort of technical apprentices every September.",
                    owners=("Learning and Development Manager",),
                    measures=("Four apprentices a year",),
                    timeline=(P2, P3),
                    status=NOT_STARTED,
                ),
            ),
        ),
    ),
)


# --- (cc) Tarrowby University: Calc Gantt by financial-year quarter, "Q1 2024/25" ...
# "Q4 2025/26"; Ref | Action | Owner | quarters | Status; each pillar's band and bars filled in
# the pillar's own colour (blue, purple, teal, orange); the status as text on an unfilled cell;
# owner codes with a key under the grid.

TARROWBY_QUARTERS = ("2024-04", "2024-07", "2024-10", "2025-01", "2025-04", "2025-07", "2025-10", "2026-01")
Q = TARROWBY_QUARTERS

TARROWBY = Plan(
    institution="Tarrowby University",
    title="Technician Commitment Implementation Plan 2024-2026",
    period=("2024-04", "2026-03"),  # the quarter columns
    legend={
        "HTS": "Head of Technical Services",
        "TCN": "Technician Community Network",
        "PDT": "People Development Team",
        "CEO": "Communications and Engagement Office",
        "DTM": "Departmental Technical Managers",
        "FIN": "Finance Business Partner",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1.1",
                    text="Produce a technician recruitment video for the university careers pages.",
                    owners=("CEO",),
                    timeline=Q[0:2],
                    status=COMPLETE,
                ),
                Item(
                    ref="1.2",
                    text="Publish an annual Technician Commitment update on the university news site.",
                    owners=("HTS", "CEO"),
                    timeline=(Q[3], Q[7]),
                    status=ON_TRACK,
                ),
                Item(
                    ref="1.3",
                    text="Give technicians a standing item at each departmental staff meeting to share their work.",
                    owners=("DTM",),
                    timeline=Q[1:8],
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="1.4",
                    text="Hold a technical showcase during the university's research week with posters by technicians.",
                    owners=("TCN",),
                    timeline=(Q[2], Q[6]),
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
                    text="Add technical staff as a category in the Vice-Chancellor's Excellence Awards.",
                    owners=("PDT",),
                    timeline=Q[0:3],
                    status=COMPLETE,
                ),
                Item(
                    ref="2.2",
                    text="Agree how technicians will be acknowledged in publications, datasets and grant reports.",
                    owners=("HTS",),
                    timeline=Q[2:5],
                    status=DELAYED,
                ),
                Item(
                    ref="2.3",
                    text="Include technical service as a criterion in the university's promotion process for "
                    "technical roles.",
                    owners=("PDT", "HTS"),
                    timeline=Q[4:8],
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
                    text="Launch a technical development fund that technicians can bid to for courses and conferences.",
                    owners=("FIN", "HTS"),
                    timeline=Q[1:3],
                    status=COMPLETE,
                ),
                Item(
                    ref="3.2",
                    text="Run a series of workshops on writing applications for professional registration.",
                    owners=("TCN", "PDT"),
                    timeline=(Q[1], Q[3], Q[5], Q[7]),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.3",
                    text="Train technical managers to hold career conversations with every member of their team.",
                    owners=("PDT",),
                    timeline=Q[3:6],
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="3.4",
                    text="Pilot a technician job-shadowing scheme with two partner universities.",
                    owners=("DTM",),
                    timeline=Q[5:8],
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
                    text="Map the age profile and specialist skills of the technical workforce in every department.",
                    owners=("HTS", "DTM"),
                    timeline=Q[0:2],
                    status=COMPLETE,
                ),
                Item(
                    ref="4.2",
                    text="Create trainee technician posts in departments where the map shows skills at risk.",
                    owners=("HTS", "FIN"),
                    timeline=Q[4:8],
                    status=ON_HOLD,
                ),
                Item(
                    ref="4.3",
                    text="Share equipment and expertise through a university-wide booking system for core facilities.",
                    owners=("DTM",),
                    timeline=Q[2:7],
                    status=ON_TRACK,
                ),
            ),
        ),
    ),
)


# --- (cd) Wexcombe University: portrait Writer ruled table, Ref | Action | Lead | Success
# measure | Target date | Status; a section row per pillar spanning the table; the status cell
# holds a small "\u25cf" coloured red, amber or green (the glyph's colour, no cell fill) before
# the status word; a key to the dots and to the lead codes after the table.

DOT_GREEN_COMPLETE = status("Complete", "complete", "green")
DOT_GREEN_ON_TRACK = status("On track", "in_progress", "green")
DOT_AMBER_SLIPPAGE = status("Some slippage", "action_needed", "amber")
DOT_AMBER_IN_PROGRESS = status("In progress", "in_progress", "amber")
DOT_RED_DELAYED = status("Delayed", "action_needed", "red")
DOT_RED_NOT_STARTED = status("Not started", "not_started", "red")

WEXCOMBE = Plan(
    institution="Wexcombe University",
    title="Technician Commitment Action Plan 2025-2028",
    subtitle="Second action plan, agreed by the University Technical Committee in May 2025",
    period=("2025", "2028"),
    legend={
        "UTC": "University Technical Committee",
        "TSM": "Technical Services Manager",
        "HRP": "HR Partner for Technical Staff",
        "TNC": "Technician Network Chair",
        "ECM": "External Communications Manager",
        "SDO": "Staff Development Office",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    text="Produce a printed and online guide to the university's technical facilities for new "
                    "academic staff and research students.",
                    owners=("TSM",),
                    end=on("Nov 2025", "2025-11"),
                    measures=("Guide issued to every new starter",),
                    status=DOT_GREEN_COMPLETE,
                ),
                Item(
                    ref="V2",
                    text="Tell the stories of technicians' contributions to research through the university's "
                    "social media channels.",
                    owners=("ECM", "TNC"),
                    end=every("Monthly", "monthly"),
                    measures=("Twelve posts a year",),
                    status=DOT_GREEN_ON_TRACK,
                ),
                Item(
                    ref="V3",
                    text="Hold a technicians' conference every two years open to technical staff from the region.",
                    owners=("TNC",),
                    end=on("Jun 2026", "2026-06"),
                    measures=("First conference held", "Over 100 delegates"),
                    status=DOT_AMBER_IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="R1",
                    text="Name technicians in the acknowledgements of every thesis and paper they have contributed "
                    "to, following a guide agreed with the Graduate School.",
                    owners=("UTC",),
                    end=on("Mar 2026", "2026-03"),
                    measures=("Guide agreed and circulated",),
                    status=DOT_RED_DELAYED,
                ),
                Item(
                    ref="R2",
                    text="Recognise long service by technical staff at the annual staff celebration.",
                    owners=("HRP",),
                    end=every("Annually", "annual"),
                    measures=("Long-service awards presented each year",),
                    status=DOT_GREEN_ON_TRACK,
                ),
                Item(
                    ref="R3",
                    text="Support technicians to apply for Fellowship of the Higher Education Academy where they "
                    "teach students.",
                    owners=("SDO",),
                    end=on("Jul 2027", "2027-07"),
                    measures=("Ten technicians awarded Fellowship",),
                    status=DOT_RED_NOT_STARTED,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="C1",
                    text="Set up a technician training budget held centrally and open to all technical staff.",
                    owners=("UTC", "TSM"),
                    end=on("Aug 2025", "2025-08"),
                    measures=("Budget in place",),
                    status=DOT_GREEN_COMPLETE,
                ),
                Item(
                    ref="C2",
                    text="Develop a progression route from technician to senior technician with clear criteria at "
                    "each step.",
                    owners=("HRP", "TSM"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Criteria approved by the University Technical Committee",),
                    status=DOT_AMBER_SLIPPAGE,
                ),
                Item(
                    ref="C3",
                    text="Offer a coaching programme for technicians moving into their first management role.",
                    owners=("SDO",),
                    end=on("Spring 2027", "2027-03"),
                    measures=("Two cohorts completed",),
                    status=DOT_RED_NOT_STARTED,
                ),
                Item(
                    ref="C4",
                    text="Make time for technicians to take part in the Technician Network's skills exchange.",
                    owners=("TNC",),
                    end=every("Ongoing", "ongoing"),
                    measures=("Exchange sessions held every term",),
                    status=DOT_AMBER_IN_PROGRESS,
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    ref="S1",
                    text="Introduce a technical apprenticeship scheme with places in every school.",
                    owners=("HRP", "SDO"),
                    end=on("Sep 2026", "2026-09"),
                    measures=("Five apprentices recruited",),
                    status=DOT_AMBER_IN_PROGRESS,
                ),
                Item(
                    ref="S2",
                    text="Capture the working methods of specialist facilities in written procedures that another "
                    "technician could follow.",
                    owners=("TSM",),
                    end=on("2027/28", "2027"),
                    measures=("Procedures written for all specialist facilities",),
                    status=DOT_RED_NOT_STARTED,
                ),
                Item(
                    ref="S3",
                    text="Include technicians on the panels that plan new and refurbished laboratories.",
                    owners=("UTC",),
                    end=every("Ongoing", "ongoing"),
                    measures=("A technician on every project board",),
                    status=DOT_GREEN_ON_TRACK,
                ),
            ),
        ),
    ),
)


# --- (ce) Kilnsey Park University: a web page copied as text. A heading per pillar; each
# action a block: "Action 3" on its own line, the action sentence, then each label on its own
# line above its value ("Lead" / "Head of Technical Services" / "Deadline" / "July 2026" /
# "Measure" / ... / "Status" / ...); "Measures" above several lines, one measure each; blocks
# separated by blank lines; role names for leads, no key. The deadline is the end date.

KILNSEY_PARK = Plan(
    institution="Kilnsey Park University",
    title="Technician Commitment Action Plan 2025 to 2028",
    period=("2025", "2028"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="1",
                    text="Publish a profile of each technical team on the department web pages, with photographs "
                    "and a description of the services the team offers.",
                    owners=("Head of Technical Services",),
                    end=on("July 2026", "2026-07"),
                    measures=("Profiles live for every department",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="2",
                    text="Bring technicians into the university's public lecture series as speakers.",
                    owners=("Public Engagement Manager",),
                    end=every("Annually", "annual"),
                    measures=("At least two technician speakers a year",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="3",
                    text="Set up a technicians' page on the staff intranet with news, vacancies and training "
                    "opportunities.",
                    owners=("Technician Network Coordinator", "Intranet Editor"),
                    end=on("December 2025", "2025-12"),
                    measures=("Page launched", "Updated every month"),
                    status=COMPLETE,
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    ref="4",
                    text="Add technical excellence to the categories of the Kilnsey Park Staff Awards.",
                    owners=("Director of People",),
                    end=on("March 2026", "2026-03"),
                    measures=("Category included in the 2026 awards",),
                    status=ON_TRACK,
                ),
                Item(
                    ref="5",
                    text="Ask every research group to agree how its technicians will be credited in outputs.",
                    owners=("Pro Vice-Chancellor for Research",),
                    end=on("Summer 2026", "2026-06"),
                    measures=("Agreements in place for all research groups",),
                    status=DELAYED,
                ),
                Item(
                    ref="6",
                    text="Thank technicians who support open days and outreach with a letter from the "
                    "Vice-Chancellor copied to their line manager.",
                    owners=("Head of Technical Services",),
                    end=every("Ongoing", "ongoing"),
                    measures=("Letters sent after every event",),
                    status=ON_TRACK,
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="7",
                    text="Give each technician a personal development plan agreed with their manager.",
                    owners=("Technical Managers",),
                    end=on("January 2026", "2026-01"),
                    measures=("Plans in place for 95% of technicians",),
                    status=IN_PROGRESS,
                ),
                Item(
                    ref="8",
                    text="Offer bursaries for technicians studying part-time for a degree or higher apprenticeship.",
                    owners=("Director of People", "Head of Technical Services"),
                    end=on("September 2026", "2026-09"),
                    measures=("Six bursaries awarded", "Bursary holders retained after completion"),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="9",
                    text="Join the regional technician training partnership and share its courses with our staff.",
                    owners=("Staff Development Manager",),
                    end=on("April 2026", "2026-04"),
                    measures=("Membership agreed",),
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
                    text="Review the technical staffing of each faculty against its teaching and research plans.",
                    owners=("Head of Technical Services", "Faculty Operating Officers"),
                    end=on("June 2027", "2027-06"),
                    measures=("Review reported to the University Executive",),
                    status=NOT_STARTED,
                ),
                Item(
                    ref="11",
                    text="Make sure specialist knowledge is shared by pairing each specialist technician with a "
                    "named deputy.",
                    owners=("Technical Managers",),
                    end=on("March 2027", "2027-03"),
                    measures=("Every specialist role has a named deputy",),
                    status=ON_HOLD,
                ),
                Item(
                    ref="12",
                    text="Recruit technician apprentices each year through the university's apprenticeship programme.",
                    owners=("Staff Development Manager",),
                    end=every("Annually", "annual"),
                    measures=("Three apprentices a year",),
                    status=IN_PROGRESS,
                ),
            ),
        ),
    ),
)
