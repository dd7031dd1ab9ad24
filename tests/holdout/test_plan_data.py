"""The hold-out plan files read back into the plan model and write out to the same bytes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plan_data import PLANS_DIR, load_round, plan_file_text
from plan_model import Plan

PLAN_FILES = sorted(PLANS_DIR.glob("*.json"))


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.stem)
def test_plan_file_round_trips(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    loaded = load_round(record["round"])
    plan = getattr(loaded, record["name"])
    assert isinstance(plan, Plan)
    constants = {name: getattr(loaded, name) for name in record["constants"]}
    assert plan_file_text(record["round"], record["name"], plan, constants) == path.read_text(encoding="utf-8")


def test_every_round_has_plans() -> None:
    rounds = {json.loads(p.read_text(encoding="utf-8"))["round"] for p in PLAN_FILES}
    assert rounds == {f"r{n}" for n in range(1, 9)}
