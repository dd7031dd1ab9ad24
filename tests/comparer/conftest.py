from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from comparer.taxonomy import load_taxonomy
from comparer.text import ActionTextProcessor
from schemas.plan import Action, ActionPlan, Pillar, Provenance, SourceInfo

# The rule tests import their shared helper (tag_reading.py) from beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Made-up actions in the style of Technician Commitment plans.
NORTH_ACTIONS: list[tuple[str, Pillar, str, list[str]]] = [
    (
        "1",
        Pillar.CAREER_DEVELOPMENT,
        "Launch a mentoring scheme pairing new technicians with experienced mentors",
        ["Mentor pairs formed"],
    ),
    (
        "2",
        Pillar.RECOGNITION,
        "Fund professional registration fees (RSciTech, RSci) for technical staff",
        ["Registrations per year"],
    ),
    ("3", Pillar.VISIBILITY, "Publish a monthly newsletter about technicians and their projects", []),
    (
        "4",
        Pillar.SUSTAINABILITY,
        "Create two new laboratory apprenticeships using the apprenticeship levy",
        ["Apprentices recruited"],
    ),
    (
        "5",
        Pillar.EVALUATING_IMPACT,
        "Run an annual survey of technicians to measure the impact of the plan",
        ["Response rate above 40%"],
    ),
    ("6", Pillar.GOVERNANCE, "Set up a steering group with terms of reference that meets each quarter", []),
]
SOUTH_ACTIONS: list[tuple[str, Pillar, str, list[str]]] = [
    ("A", Pillar.CAREER_DEVELOPMENT, "Pilot a mentoring programme for technical staff across faculties", []),
    ("B", Pillar.RECOGNITION, "Support technicians to gain professional registration with the Science Council", []),
    ("C", Pillar.SUSTAINABILITY, "Expand apprenticeship routes into technical roles", ["Two apprentices per year"]),
    ("D", Pillar.VISIBILITY, "Hold school outreach days where technicians show their work to pupils", []),
    ("E", Pillar.GOVERNANCE, "Review the governance and membership of the technician working group", []),
]

PlanFactory = Callable[[str, Sequence[tuple[str | None, Pillar | None, str, list[str]]]], ActionPlan]


def build_plan(institution: str, rows: Sequence[tuple[str | None, Pillar | None, str, list[str]]]) -> ActionPlan:
    actions = [
        Action(ref=ref, pillar=pillar, text=text, measures=list(measures), provenance=Provenance(line=n))
        for n, (ref, pillar, text, measures) in enumerate(rows, start=1)
    ]
    return ActionPlan(
        extractor_version="test",
        institution=institution,
        actions=actions,
        source=SourceInfo(path=f"{institution}.json", sha256="0" * 64, format="json", layout="test"),
    )


@pytest.fixture
def make_plan() -> PlanFactory:
    return build_plan


@pytest.fixture
def north() -> ActionPlan:
    return build_plan("North University", NORTH_ACTIONS)


@pytest.fixture
def south() -> ActionPlan:
    return build_plan("South University", SOUTH_ACTIONS)


@pytest.fixture
def plan_files(tmp_path: Path, north: ActionPlan, south: ActionPlan) -> tuple[Path, Path]:
    a, b = tmp_path / "north.json", tmp_path / "south.json"
    a.write_text(north.model_dump_json(indent=2), encoding="utf-8")
    b.write_text(south.model_dump_json(indent=2), encoding="utf-8")
    return a, b


@pytest.fixture(scope="module")
def processor() -> ActionTextProcessor:
    """The text processor over the project's taxonomy, built once a test module."""
    return ActionTextProcessor(load_taxonomy())
