"""The report view model: what every report shows, built once from a comparison and its plans.

`build_view` pairs each plan with the institution name the comparison gives it,
flattens every action into an `ActionRow` (owners, dates, status and source
included when the plans are given) and fixes the order institutions are shown in.
The HTML, workbook, Markdown and CSV renderers each take the `ReportView`; none of
them imports another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from schemas.comparison import ActionKey, Comparison
from schemas.plan import Action, ActionPlan, Pillar, Provenance

PILLAR_LABELS: dict[str, str] = {
    Pillar.VISIBILITY.value: "Visibility",
    Pillar.RECOGNITION.value: "Recognition",
    Pillar.CAREER_DEVELOPMENT.value: "Career development",
    Pillar.SUSTAINABILITY.value: "Sustainability",
    Pillar.EVALUATING_IMPACT.value: "Evaluating impact",
    Pillar.GOVERNANCE.value: "Governance",
}
NO_PILLAR = "none"
# The Technician Commitment has four pillars; governance and evaluating impact run across them.
COMMITMENT_PILLARS = (
    Pillar.VISIBILITY.value,
    Pillar.RECOGNITION.value,
    Pillar.CAREER_DEVELOPMENT.value,
    Pillar.SUSTAINABILITY.value,
)
CROSS_CUTTING = (Pillar.GOVERNANCE.value, Pillar.EVALUATING_IMPACT.value)
PILLARS_NOTE = (
    "Pillars covered counts the Commitment's four pillars (visibility, recognition, career development,"
    " sustainability); governance and evaluating impact run across them and are listed apart."
)
STATE_LABELS: dict[str, str] = {
    "not_started": "Not started",
    "action_needed": "Action needed",
    "in_progress": "In progress",
    "complete": "Complete",
}


def pillar_label(pillar: str | None) -> str:
    if pillar is None or pillar == NO_PILLAR:
        return "No pillar"
    return PILLAR_LABELS.get(pillar, pillar.replace("_", " ").capitalize())


def practice_label(comparison: Comparison, practice: str) -> str:
    """The taxonomy label of a practice id, or the id made readable when the comparison has none."""
    label = comparison.practices.get(practice)
    return label if label else practice.replace("_", " ").capitalize()


@dataclass(frozen=True)
class ActionRow:
    """One action as the report tables show it, whichever source it came from."""

    institution: str
    index: int
    text: str
    ref: str | None = None
    pillar: str | None = None
    pillar_inferred: bool = False
    section: str | None = None
    theme: str | None = None
    practices: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()
    owner_names: tuple[str, ...] = ()
    start: str | None = None
    start_date: str | None = None
    end: str | None = None
    end_date: str | None = None
    timeline: tuple[str, ...] = ()
    status: str | None = None
    state: str | None = None
    priority: int | None = None
    rag: str | None = None
    notes: str | None = None
    provenance: Provenance | None = field(default=None, compare=False)


def plan_institutions(comparison: Comparison, plans: Sequence[ActionPlan]) -> list[str]:
    """The institution name the comparison uses for each plan, in the order of `plans`.

    A plan is paired with a `PlanSummary` by source path first, then by institution
    name, then by position; a plan with no summary keeps its own name or file stem.
    """
    summaries = list(comparison.plans)
    used = [False] * len(summaries)
    names: list[str] = []
    for position, plan in enumerate(plans):
        chosen: int | None = None
        for j, summary in enumerate(summaries):
            if not used[j] and summary.source == plan.source.path:
                chosen = j
                break
        if chosen is None and plan.institution:
            for j, summary in enumerate(summaries):
                if not used[j] and summary.institution == plan.institution:
                    chosen = j
                    break
        if chosen is None and position < len(summaries) and not used[position]:
            chosen = position
        if chosen is None:
            names.append(plan.institution or Path(plan.source.path).stem)
            continue
        used[chosen] = True
        names.append(summaries[chosen].institution)
    return names


def all_action_keys(comparison: Comparison) -> list[ActionKey]:
    """Every ActionKey the comparison mentions, in document order (with repeats)."""
    keys: list[ActionKey] = []
    for match in comparison.matches:
        keys.extend((match.a, match.b))
    for cluster in comparison.clusters:
        keys.extend(cluster.members)
    for findings in comparison.findings:
        keys.extend(findings.unique_actions)
        for gap in findings.gaps:
            keys.extend(gap.examples)
    return keys


def _practices_by_action(comparison: Comparison) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], set[str]] = {}
    for key in all_action_keys(comparison):
        found.setdefault((key.institution, key.index), set()).update(key.practices)
    return {k: sorted(v) for k, v in found.items()}


def _row_from_action(institution: str, index: int, action: Action, practices: Sequence[str]) -> ActionRow:
    status = action.status
    return ActionRow(
        institution=institution,
        index=index,
        text=action.text,
        ref=action.ref,
        pillar=action.pillar.value if action.pillar is not None else None,
        pillar_inferred=action.pillar_inferred,
        section=action.section,
        theme=action.theme,
        practices=tuple(practices),
        measures=tuple(action.measures),
        owners=tuple(action.owners),
        owner_names=tuple(action.owner_names),
        start=action.start.raw if action.start else None,
        start_date=action.start.date if action.start else None,
        end=action.end.raw if action.end else None,
        end_date=action.end.date if action.end else None,
        timeline=tuple(action.timeline),
        status=status.raw if status else None,
        state=status.state.value if status and status.state else None,
        priority=status.priority if status else None,
        rag=status.rag.value if status and status.rag else None,
        notes=action.notes,
        provenance=action.provenance,
    )


def _row_from_key(key: ActionKey) -> ActionRow:
    return ActionRow(
        institution=key.institution,
        index=key.index,
        text=key.text,
        ref=key.ref,
        pillar=key.pillar.value if key.pillar is not None else None,
        practices=tuple(sorted(set(key.practices))),
        measures=tuple(key.measures),
        owners=tuple(key.owners),
        provenance=key.provenance,
    )


def action_rows(comparison: Comparison, plans: Sequence[ActionPlan] | None = None) -> list[ActionRow]:
    """Every action, one row each, in plan order, tagged with the comparison's practices.

    Without `plans` the rows are rebuilt from the ActionKeys the comparison holds,
    which covers only the actions it mentions.
    """
    practices = _practices_by_action(comparison)
    rows: list[ActionRow] = []
    if plans is not None:
        key_pillars = _key_pillars(comparison)
        for institution, plan in zip(plan_institutions(comparison, plans), plans, strict=True):
            for index, action in enumerate(plan.actions):
                row = _row_from_action(institution, index, action, practices.get((institution, index), []))
                if row.pillar is None:
                    # The comparer may have placed an unlabelled action; show that pillar, marked inferred.
                    inferred = key_pillars.get((institution, index))
                    if inferred is not None:
                        row = _replace_pillar(row, inferred)
                rows.append(row)
        return rows
    seen: dict[tuple[str, int], ActionRow] = {}
    for key in all_action_keys(comparison):
        seen.setdefault((key.institution, key.index), _row_from_key(key))
    order = {name: i for i, name in enumerate(institution_order(comparison))}
    return sorted(seen.values(), key=lambda r: (order.get(r.institution, len(order)), r.institution, r.index))


def _key_pillars(comparison: Comparison) -> dict[tuple[str, int], str]:
    found: dict[tuple[str, int], str] = {}
    for key in all_action_keys(comparison):
        if key.pillar is not None:
            found.setdefault((key.institution, key.index), key.pillar.value)
    return found


def _replace_pillar(row: ActionRow, pillar: str) -> ActionRow:
    values = {name: getattr(row, name) for name in row.__dataclass_fields__}
    values.update(pillar=pillar, pillar_inferred=True)
    return ActionRow(**values)


def institution_order(comparison: Comparison) -> list[str]:
    names = list(comparison.coverage.institutions)
    for summary in comparison.plans:
        if summary.institution not in names:
            names.append(summary.institution)
    if comparison.focus in names:
        names.remove(comparison.focus)
        names.insert(0, comparison.focus)
    return names


@dataclass(frozen=True)
class ReportView:
    """One comparison as the reports show it; `rows` and `institutions` are computed once, on first use."""

    comparison: Comparison
    plans: Sequence[ActionPlan] | None = field(default=None, compare=False)
    notes: tuple[str, ...] = ()  # what the reader should know about the inputs (renditions compared once...)

    @cached_property
    def rows(self) -> list[ActionRow]:
        return action_rows(self.comparison, self.plans)

    @cached_property
    def institutions(self) -> list[str]:
        return institution_order(self.comparison)


def build_view(
    comparison: Comparison, plans: Sequence[ActionPlan] | None = None, notes: Sequence[str] = ()
) -> ReportView:
    """The view every report renders from."""
    return ReportView(comparison, plans, tuple(notes))
