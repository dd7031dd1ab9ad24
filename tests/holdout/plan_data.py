"""The hold-out plans as data files: `plans/<name>.json`, one per plan, read back into `plan_model.Plan`.

Each file holds the round it belongs to, the name the builders know it by, the plan
(the fields of `plan_model.Plan`, defaults left out) and any constants a builder
needs beside it (a Gantt's columns, where a page breaks), whose lists are read back
as tuples. `load_round("r2")` gives the round's plans and constants as attributes,
so a builder reads `r2.PENHALLOW` and `r2.QUARRYBANK_QUARTERS`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import MISSING, fields
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "samples"))

from plan_model import Item, Plan, Section, StatusCell, When

PLANS_DIR = Path(__file__).resolve().parent / "plans"


def _without_defaults(obj: Any, encode: Any) -> dict[str, Any]:
    """The dataclass's fields as data, leaving out those that equal their default."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.default is not MISSING and value == f.default:
            continue
        if f.default_factory is not MISSING and value == f.default_factory():
            continue
        out[f.name] = encode(value)
    return out


def to_data(value: Any) -> Any:
    """A plan (or any value inside one) as JSON-ready data."""
    if isinstance(value, Plan | Section | Item | When | StatusCell):
        return _without_defaults(value, to_data)
    if isinstance(value, tuple | list):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    return value


def _when(data: dict[str, Any] | None) -> When | None:
    return None if data is None else When(**data)


def _status(data: dict[str, Any] | None) -> StatusCell | None:
    return None if data is None else StatusCell(**data)


def _item(data: dict[str, Any]) -> Item:
    values = dict(data)
    for name in ("owners", "measures", "timeline"):
        if name in values:
            values[name] = tuple(values[name])
    values["start"] = _when(values.get("start"))
    values["end"] = _when(values.get("end"))
    values["status"] = _status(values.get("status"))
    return Item(**values)


def _section(data: dict[str, Any]) -> Section:
    values = dict(data)
    values["items"] = tuple(_item(i) for i in values["items"])
    return Section(**values)


def plan_from_data(data: dict[str, Any]) -> Plan:
    values = dict(data)
    values["period"] = tuple(values["period"])
    values["sections"] = tuple(_section(s) for s in values["sections"])
    if "extra" in values:
        values["extra"] = _tuples(values["extra"])
    return Plan(**values)


def plan_file_text(round_tag: str, name: str, plan: Plan, constants: dict[str, Any]) -> str:
    record = {"round": round_tag, "name": name, "plan": to_data(plan), "constants": to_data(constants)}
    return json.dumps(record, indent=1, ensure_ascii=False) + "\n"


@cache
def load_round(round_tag: str) -> SimpleNamespace:
    """Every plan of a round and the constants filed with them, as attributes named as the builders use them."""
    found: dict[str, Any] = {}
    for path in sorted(PLANS_DIR.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["round"] != round_tag:
            continue
        found[record["name"]] = plan_from_data(record["plan"])
        found.update({k: _tuples(v) for k, v in record["constants"].items()})
    if not found:
        raise FileNotFoundError(f"no hold-out plans of round {round_tag!r} in {PLANS_DIR}")
    return SimpleNamespace(**found)
