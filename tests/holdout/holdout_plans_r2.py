"""The second batch of fictional hold-out plans, written once as data (see `holdout_plans.py`
for the conventions). Institutions, roles, owner codes and wording are invented.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from holdout_plans import every, on, rag_only, status, vague
from plan_model import Item, Plan, Section, quarters

# --- (r) Penhallow University: Writer ruled table, a two-row header, an introduction and an
# appendix. Ref | Theme | Action | Lead | Timescale (Start | End) | Success measure | Status;
# refs "V1", "R2", "CD3", "S4"; a Theme cell merged down a run that crosses a page break.

PENHALLOW = Plan(
    institution="Penhallow University",
    title="Technician Commitment Action Plan 2025-2028",
    subtitle="Approved by the Technical Services Board in March 2025",
    period=("2025", "2028"),
    legend={
        "TSB": "Technical Services Board",
        "TCC": "Technician Commitment Champion",
        "HRBP": "HR Business Partner",
        "TN": "Technicians' Network",
        "ODT": "Organisational Development Team",
        "FOM": "Faculty Operations Managers",
    },
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    ref="V1",
                    theme="Make technical roles known inside and outside the university",
                    text="Add a technical services section to the staff induction programme, delivered by a "
                    "technician from the new starter's own faculty.",
                    owners=("ODT", "TN"),
                    start=on("Apr 2025", "2025-04"),
                    end=on("Dec 2025", "2025-12"),
                    measures=("Every induction includes the section",),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="V2",
                    theme="Make technical roles known inside and outside the university",
                    text="Publish a technician profile on the university news pages every month, chosen in turn "
                    "from each faculty and professional service that employs technical staff, and share each one "
                    "on the university's social media channels.",
                    owners=("TCC",),
                    start=on("Jun 2025", "2025-06"),
                    end=every("Monthly", "monthly"),
                    measures=("Twelve profiles a year",),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="V3",
                    theme="Give technicians a voice where decisions are taken",
                    text="Create a seat for an elected technician on the Estates Strategy Group and on the "
                    "Health and Safety Committee.",
                    owners=("TSB",),
                    start=on("Sep 2025", "2025-09"),
                    end=on("Mar 2026", "2026-03"),
                    measures=("Seats filled by election",),
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
                    theme="Celebrate the contribution of technical staff",
                    text="Hold an annual technical excellence evening with awards for teaching support, research "
                    "support, innovation and a newcomer prize, with nominations open to students as well as "
                    "staff. The shortlist will be judged by a panel drawn from technicians, academics and "
                    "professional services, and the winners' work will be written up for the staff magazine "
                    "and shown on screens in the main library foyer during the following term.",
                    owners=("TN", "TCC"),
                    start=on("Oct 2025", "2025-10"),
                    end=every("Annually", "annual"),
                    measures=("Event held every year", "Over sixty nominations a year"),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="R2",
                    theme="Celebrate the contribution of technical staff",
                    text="Ask every head of school to thank technical teams by name in the school's annual "
                    "report and in the welcome talk given to new students at the start of the year, and record "
                    "in the school review whether this has been done.",
                    owners=("FOM",),
                    start=on("Sep 2025", "2025-09"),
                    end=every("Ongoing", "ongoing"),
                    measures=("All school reports name their technical teams",),
                    status=status("In progress", "in_progress"),
                ),
                Item(
                    ref="R3",
                    theme="Celebrate the contribution of technical staff",
                    text="Agree a policy for acknowledging technicians in research outputs and add a reminder "
                    "to the research data deposit form used by the library, so that authors are prompted to "
                    "name the technical staff who collected, curated or analysed the data being deposited.",
                    owners=("TCC", "TSB"),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Jul 2026", "2026-07"),
                    measures=("Policy approved by Senate",),
                    status=status("Delayed", "action_needed"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    ref="CD1",
                    theme="Widen access to training and progression",
                    text="Set aside a central fund for technicians to attend conferences, short courses and "
                    "professional body events, with a simple form and a decision within two weeks.",
                    owners=("HRBP",),
                    start=on("Apr 2025", "2025-04"),
                    end=on("Mar 2026", "2026-03"),
                    measures=("Fund fully spent each year", "Half of the awards go to first-time applicants"),
                    status=status("Complete", "complete"),
                ),
                Item(
                    ref="CD2",
                    theme="Widen access to training and progression",
                    text="Offer a mentoring scheme that pairs technicians with senior colleagues in another faculty.",
                    owners=("ODT",),
                    start=on("Jan 2026", "2026-01"),
                    end=on("Dec 2026", "2026-12"),
                    measures=("Thirty pairs matched in the first year",),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    ref="CD3",
                    theme="Widen access to training and progression",
                    text="Review the technical job families and grade descriptors with the recognised trade "
                    "unions, so that technicians can see how to move from one grade to the next.",
                    owners=("HRBP", "TSB"),
                    start=on("Sep 2026", "2026-09"),
                    end=on("Jul 2027", "2027-07"),
                    measures=("Revised descriptors published",),
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
                    theme="Grow the next generation of technicians",
                    text="Recruit six technical apprentices a year across the faculties and give each one a "
                    "workplace mentor.",
                    owners=("FOM", "HRBP"),
                    start=on("Sep 2025", "2025-09"),
                    end=every("Annually", "annual"),
                    measures=("Six apprentices start each September",),
                    status=status("On track", "in_progress"),
                ),
                Item(
                    ref="S2",
                    theme="Grow the next generation of technicians",
                    text="Write down the know-how of specialist roles held by one person, starting with the "
                    "posts whose holders plan to retire within three years.",
                    owners=("FOM",),
                    start=on("Jan 2026", "2026-01"),
                    end=vague("TBC"),
                    measures=("Handover notes for every single-person role",),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)


# --- (u), (v) Quarrybank University: Gantt grids by half year and by financial-year quarter,
# long enough to run onto a second page; the status column holds "On hold", "At risk" ...
# with its RAG fill.

QUARRYBANK_HALVES = quarters("2025-01", "2027-07", step=6)
QUARRYBANK_QUARTERS = quarters("2025-04", "2028-01")


def _halves(first: int, last: int) -> tuple[str, ...]:
    return QUARRYBANK_HALVES[first:last]


QUARRYBANK = Plan(
    institution="Quarrybank University",
    title="Technician Commitment Action Plan 2025-2027",
    period=("2025-01", "2027-12"),  # the half-year columns
    legend={
        "CTO": "Chief Technical Officer",
        "TCW": "Technician Commitment Working Group",
        "PO": "People Office",
        "COMMS": "Communications Office",
        "DTM": "Departmental Technical Managers",
        "TA": "Technical Academy",
    },
    sections=(
        Section(
            heading="Governance and Engagement",
            pillar="governance",
            items=(
                Item(
                    text="Form a working group with technicians from every department and meet every term",
                    owners=("CTO",),
                    timeline=_halves(0, 6),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Run a survey of all technical staff and report the results to the executive board",
                    owners=("TCW", "PO"),
                    timeline=(QUARRYBANK_HALVES[0], QUARRYBANK_HALVES[4]),
                    status=status("Complete", "complete", "green"),
                ),
            ),
        ),
        Section(
            heading="Visibility",
            pillar="visibility",
            items=(
                Item(
                    text="Build an online map of technical facilities with the staff who run them",
                    owners=("COMMS",),
                    timeline=_halves(1, 3),
                    status=status("At risk", "action_needed", "red"),
                ),
                Item(
                    text="Hold a technicians' showcase in the main hall each summer",
                    owners=("TCW", "COMMS"),
                    timeline=(QUARRYBANK_HALVES[1], QUARRYBANK_HALVES[3], QUARRYBANK_HALVES[5]),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Credit technical teams on the equipment booking pages",
                    owners=("DTM",),
                    timeline=_halves(2, 4),
                    status=status("On hold", "action_needed", "amber"),
                ),
            ),
        ),
        Section(
            heading="Recognition",
            pillar="recognition",
            items=(
                Item(
                    text="Open the staff excellence awards to technical teams as well as individuals",
                    owners=("PO",),
                    timeline=_halves(0, 1),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    text="Give long-service certificates to technicians at ten, twenty and thirty years",
                    owners=("PO", "DTM"),
                    timeline=_halves(1, 6),
                    status=status("Not started", "not_started"),
                ),
                Item(
                    text="Ask research groups to list technical contributors in their annual review",
                    owners=("DTM",),
                    timeline=_halves(3, 5),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            items=(
                Item(
                    text="Launch a technical academy offering accredited short courses",
                    owners=("TA",),
                    timeline=_halves(0, 4),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Pay for professional registration and one renewal for every technician who applies",
                    owners=("TA", "PO"),
                    timeline=_halves(1, 6),
                    status=status("At risk", "action_needed", "red"),
                ),
                Item(
                    text="Set up job shadowing between departments for technicians in their first two years",
                    owners=("DTM",),
                    timeline=_halves(2, 5),
                    status=status("On hold", "action_needed", "amber"),
                ),
                Item(
                    text="Publish career pathways showing routes from trainee to senior technical manager",
                    owners=("CTO", "TA"),
                    timeline=_halves(3, 6),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            items=(
                Item(
                    text="Take on four apprentices a year and keep a budget line for their salaries",
                    owners=("CTO", "PO"),
                    timeline=_halves(1, 6),
                    status=status("On track", "in_progress", "green"),
                ),
                Item(
                    text="Keep a register of single points of failure and a plan for each one",
                    owners=("DTM",),
                    timeline=_halves(2, 4),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    text="Review workforce data each year and report gaps in skills to the executive board",
                    owners=("TCW",),
                    timeline=(QUARRYBANK_HALVES[2], QUARRYBANK_HALVES[4]),
                    status=status("Not started", "not_started"),
                ),
            ),
        ),
    ),
)


def _quarters_of(halves: tuple[str, ...]) -> tuple[str, ...]:
    """The same plan on a financial-year quarter grid: each half year's two quarters that fall
    inside the grid (a January half covers the January and April quarters)."""
    out: list[str] = []
    for half in halves:
        year, month = (int(p) for p in half.split("-"))
        for offset in (0, 3):
            number = month + offset
            quarter = f"{year:04d}-{number:02d}"
            if quarter in QUARRYBANK_QUARTERS:
                out.append(quarter)
    return tuple(sorted(out))


QUARRYBANK_FY = replace(
    QUARRYBANK,
    title="Technician Commitment Action Plan 2025-2028",
    period=("2025-04", "2028-03"),  # the financial-year quarter columns
    sections=tuple(
        replace(
            section,
            items=tuple(replace(item, timeline=_quarters_of(item.timeline)) for item in section.items),
        )
        for section in QUARRYBANK.sections
    ),
)


# --- (w), (x), (y) Rosedene University: Pillar | Objective | Action | Owner(s) | Success
# criteria | Deadline | RAG; several owners joined by commas and "&".

ROSEDENE = Plan(
    institution="Rosedene University",
    title="Rosedene University Technician Commitment Action Plan 2024-2026",
    period=("2024", "2026"),
    legend={},
    sections=(
        Section(
            heading="Visibility",
            pillar="visibility",
            printed_as_heading=False,
            items=(
                Item(
                    theme="Raise the profile of technical work",
                    text="Produce a booklet introducing each technical team, its facilities and the help it "
                    "offers to students and researchers.",
                    owners=("Head of Technical Services", "Marketing Manager"),
                    measures=("Booklet distributed to all schools",),
                    end=on("Jan 2025", "2025-01"),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    theme="Raise the profile of technical work",
                    text="Include a technical staff speaker at every open day and applicant visit day.",
                    owners=("Admissions Office", "School Technical Leads", "Technician Forum"),
                    measures=("Speaker at every event",),
                    end=every("Ongoing", "ongoing"),
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
                    theme="Reward good practice",
                    text="Create a technician of the year prize within the annual staff awards.",
                    owners=("HR Director", "Technician Forum"),
                    measures=("Prize awarded each year",),
                    end=on("Jun 2025", "2025-06"),
                    status=status("Complete", "complete", "green"),
                ),
                Item(
                    theme="Reward good practice",
                    text="Review promotion and regrading cases from technical staff to check that they are "
                    "treated in the same way as those from other staff groups, and publish the outcome.",
                    owners=("HR Director",),
                    measures=("Annual equality report includes technical staff",),
                    end=on("Dec 2025", "2025-12"),
                    status=status("Some slippage", "action_needed", "amber"),
                ),
            ),
        ),
        Section(
            heading="Career Development",
            pillar="career_development",
            printed_as_heading=False,
            items=(
                Item(
                    theme="Support learning at every stage",
                    text="Give every technician a yearly development conversation and a written training plan.",
                    owners=("Line Managers", "Learning and Development"),
                    measures=("Ninety per cent of technicians have a plan",),
                    end=every("Annually", "annual"),
                    status=status("In progress", "in_progress", "amber"),
                ),
                Item(
                    theme="Support learning at every stage",
                    text="Fund a part-time degree or higher apprenticeship for two technicians each year.",
                    owners=("Learning and Development", "Head of Technical Services"),
                    measures=("Two places funded each year",),
                    end=on("Sep 2025", "2025-09"),
                    status=status("Not started", "not_started", "red"),
                ),
            ),
        ),
        Section(
            heading="Sustainability",
            pillar="sustainability",
            printed_as_heading=False,
            items=(
                Item(
                    theme="Plan the future workforce",
                    text="Build a workforce plan for technical services covering age profile, turnover and "
                    "the skills the university will need over the next ten years.",
                    owners=("Head of Technical Services", "HR Director", "Finance Partner"),
                    measures=("Plan approved by the executive",),
                    end=on("Mar 2026", "2026-03"),
                    status=status("In progress", "in_progress", "green"),
                ),
                Item(
                    theme="Plan the future workforce",
                    text="Share specialist equipment and the technicians who run it with partner colleges.",
                    owners=("Research Office",),
                    measures=("Two sharing agreements signed",),
                    end=on("Jul 2026", "2026-07"),
                    status=status("At risk", "action_needed", "red"),
                ),
            ),
        ),
    ),
)

ROSEDENE_COLOUR_ONLY = replace(
    ROSEDENE,
    sections=tuple(
        replace(
            section,
            items=tuple(
                replace(item, status=rag_only(item.status.rag) if item.status and item.status.rag else None)
                for item in section.items
            ),
        )
        for section in ROSEDENE.sections
    ),
)
