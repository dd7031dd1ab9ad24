"""One flattened action: the row an action becomes in a CSV file and in the corpus's `actions` table.

Defined once here, in column order, so the CSV export (`extractor.export`) and the
SQLite store (`extractor.corpus`) never drift apart. Each column says how to read
its value from the plan and the action, and its kind: `text` (lists joined, empty
when absent), `flag` (yes/no) or `integer`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from schemas.plan import Action, ActionPlan, DateValue

FlatValue = str | int | bool | None
ColumnKind = Literal["text", "flag", "integer"]


def _date_raw(value: DateValue | None) -> str:
    return value.raw if value else ""


def _date(value: DateValue | None) -> str:
    return (value.date or "") if value else ""


def _recurrence(action: Action) -> str:
    recurrence = (action.end and action.end.recurrence) or (action.start and action.start.recurrence)
    return recurrence.value if recurrence else ""


@dataclass(frozen=True)
class FlatColumn:
    name: str
    kind: ColumnKind
    value: Callable[[ActionPlan, Action], FlatValue]
    required: bool = False  # never empty (NOT NULL in the database)


FLAT_COLUMNS: tuple[FlatColumn, ...] = (
    FlatColumn("institution", "text", lambda p, a: p.institution or ""),
    FlatColumn("ref", "text", lambda p, a: a.ref or ""),
    FlatColumn("pillar", "text", lambda p, a: a.pillar.value if a.pillar else ""),
    FlatColumn("pillar_inferred", "flag", lambda p, a: a.pillar_inferred, required=True),
    FlatColumn("section", "text", lambda p, a: a.section or ""),
    FlatColumn("theme", "text", lambda p, a: a.theme or ""),
    FlatColumn("text", "text", lambda p, a: a.text, required=True),
    FlatColumn("measures", "text", lambda p, a: " | ".join(a.measures)),
    FlatColumn("owners", "text", lambda p, a: "; ".join(a.owners)),
    FlatColumn("owner_names", "text", lambda p, a: "; ".join(a.owner_names)),
    FlatColumn("start_raw", "text", lambda p, a: _date_raw(a.start)),
    FlatColumn("start_date", "text", lambda p, a: _date(a.start)),
    FlatColumn("end_raw", "text", lambda p, a: _date_raw(a.end)),
    FlatColumn("end_date", "text", lambda p, a: _date(a.end)),
    FlatColumn("recurrence", "text", lambda p, a: _recurrence(a)),
    FlatColumn("timeline", "text", lambda p, a: " ".join(a.timeline)),
    FlatColumn("status_raw", "text", lambda p, a: (a.status.raw or "") if a.status else ""),
    FlatColumn("status_state", "text", lambda p, a: a.status.state.value if a.status and a.status.state else ""),
    FlatColumn("status_priority", "integer", lambda p, a: a.status.priority if a.status else None),
    FlatColumn("rag", "text", lambda p, a: a.status.rag.value if a.status and a.status.rag else ""),
    FlatColumn("notes", "text", lambda p, a: a.notes or ""),
    FlatColumn("page", "integer", lambda p, a: a.provenance.page),
    FlatColumn("line", "integer", lambda p, a: a.provenance.line),
)
FLAT_COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in FLAT_COLUMNS)


def flat_action(plan: ActionPlan, action: Action) -> dict[str, FlatValue]:
    """The action's typed values, by column name, in column order."""
    return {column.name: column.value(plan, action) for column in FLAT_COLUMNS}


def csv_cell(column: FlatColumn, value: FlatValue) -> str:
    """A value as a CSV cell: a flag is 'yes' or empty, a missing number is empty."""
    if column.kind == "flag":
        return "yes" if value else ""
    return "" if value is None else str(value)


def sql_value(column: FlatColumn, value: FlatValue) -> str | int | None:
    """A value for SQLite: a flag is 0 or 1, an empty text or a missing number is NULL."""
    if column.kind == "flag":
        return int(bool(value))
    if value == "" or value is None:
        return None
    return value


def sql_column_definitions() -> str:
    """The flattened columns as lines of a CREATE TABLE statement."""
    lines = []
    for column in FLAT_COLUMNS:
        sql_type = "TEXT" if column.kind == "text" else "INTEGER"
        lines.append(f"    {column.name} {sql_type}{' NOT NULL' if column.required else ''},")
    return "\n".join(lines)
