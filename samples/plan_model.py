"""The data shape of a sample plan, and how a plan becomes its gold JSON.

Each sample plan is written once as Python data (see `sample_plans.py`).
`build_samples.py` renders it as a PDF or text file and writes its gold from
the same data, so the rendition and the gold cannot disagree.

Expected values (dates, recurrences, states, priorities) are written out by
hand next to the printed text; nothing here parses dates or statuses, so the
gold never inherits a bug from the code under test.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

PILLARS = frozenset(
    {"visibility", "recognition", "career_development", "sustainability", "evaluating_impact", "governance"}
)
RECURRENCES = frozenset({"annual", "six_monthly", "quarterly", "monthly", "ongoing"})
STATES = frozenset({"not_started", "action_needed", "in_progress", "complete"})
RAGS = frozenset({"red", "amber", "green"})


@dataclass(frozen=True)
class When:
    """A date cell as printed, with the value a correct reading gives.

    Conventions: "01/09/2023" is day-first (2023-09); "Q2 2024" is a calendar
    quarter (2024-04); an academic year such as "2024/25" reads as its first
    year ("2024"); "Annual", "6-monthly", "Ongoing" are recurrences, no date.
    """

    raw: str
    date: str | None = None
    recurrence: str | None = None

    def __post_init__(self) -> None:
        if self.recurrence is not None and self.recurrence not in RECURRENCES:
            raise ValueError(f"unknown recurrence {self.recurrence!r}")

    def gold(self) -> dict[str, Any]:
        return {"raw": self.raw, "date": self.date, "recurrence": self.recurrence}


@dataclass(frozen=True)
class StatusCell:
    """A status cell: printed text, its meaning, and the colour it is filled with (None: no fill)."""

    raw: str | None
    state: str | None
    priority: int | None = None
    rag: str | None = None

    def __post_init__(self) -> None:
        if self.state is not None and self.state not in STATES:
            raise ValueError(f"unknown state {self.state!r}")
        if self.rag is not None and self.rag not in RAGS:
            raise ValueError(f"unknown rag {self.rag!r}")

    def gold(self, *, with_colour: bool) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "state": self.state,
            "priority": self.priority,
            "rag": self.rag if with_colour else None,
        }


@dataclass(frozen=True)
class Item:
    """One action of a plan."""

    text: str
    owners: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    ref: str | None = None
    theme: str | None = None
    start: When | None = None
    end: When | None = None
    status: StatusCell | None = None
    timeline: tuple[str, ...] = ()  # YYYY-MM of each shaded period (Gantt plans)
    notes: str | None = None


@dataclass(frozen=True)
class Section:
    """A group of actions under one heading (or one pillar-column value)."""

    heading: str
    pillar: str
    items: tuple[Item, ...]
    intro: str | None = None
    printed_as_heading: bool = True  # False: the plan shows a pillar column instead of headings

    def __post_init__(self) -> None:
        if self.pillar not in PILLARS:
            raise ValueError(f"unknown pillar {self.pillar!r}")


@dataclass(frozen=True)
class Plan:
    institution: str
    title: str
    period: tuple[str | None, str | None]
    legend: dict[str, str]
    sections: tuple[Section, ...]
    subtitle: str | None = None
    pdf_metadata: bool = True  # set Title/Author in the PDF information dictionary
    extra: dict[str, Any] = field(default_factory=dict)

    def items(self) -> list[tuple[Section, Item]]:
        return [(section, item) for section in self.sections for item in section.items]


def gold_dict(plan: Plan, *, with_visuals: bool) -> dict[str, Any]:
    """The gold for one rendition. `with_visuals` is False for text renditions:
    they cannot show shading or fill colours, so timeline is [] and rag is null (and a
    status shown by colour alone is null)."""
    actions = []
    for section, item in plan.items():
        actions.append(
            {
                "ref": item.ref,
                "pillar": section.pillar,
                "section": section.heading if section.printed_as_heading else None,
                "theme": item.theme,
                "text": " ".join(item.text.split()),
                "measures": [" ".join(m.split()) for m in item.measures],
                "owners": list(item.owners),
                "start": item.start.gold() if item.start else None,
                "end": item.end.gold() if item.end else None,
                "timeline": list(item.timeline) if with_visuals else [],
                "status": _status_gold(item.status, with_colour=with_visuals),
                "notes": item.notes,
            }
        )
    return {
        "institution": plan.institution,
        "title": plan.title,
        "period": {"start": plan.period[0], "end": plan.period[1]},
        "legend": dict(plan.legend),
        "actions": actions,
    }


def _status_gold(cell: StatusCell | None, *, with_colour: bool) -> dict[str, Any] | None:
    """A status cell's gold; without colours a colour-only cell shows nothing, so it is null."""
    if cell is None or (not with_colour and cell.raw is None):
        return None
    return cell.gold(with_colour=with_colour)


def gold_json(plan: Plan, *, with_visuals: bool) -> str:
    return json.dumps(gold_dict(plan, with_visuals=with_visuals), indent=2, ensure_ascii=False) + "\n"


def quarters(first: str, last: str, *, step: int = 3) -> tuple[str, ...]:
    """YYYY-MM months from `first` to `last` inclusive, `step` months apart.

    >>> quarters("2023-04", "2023-10")
    ('2023-04', '2023-07', '2023-10')
    """
    year, month = (int(p) for p in first.split("-"))
    out: list[str] = []
    while True:
        current = f"{year:04d}-{month:02d}"
        if current > last:
            break
        out.append(current)
        month += step
        while month > 12:
            month -= 12
            year += 1
    return tuple(out)
