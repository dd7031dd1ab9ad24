"""Render one ActionPlan as JSON, CSV or Markdown text (deterministic)."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum

from extractor.escape import md_escape
from extractor.flat import FLAT_COLUMN_NAMES, FLAT_COLUMNS, csv_cell, flat_action
from schemas.plan import Action, ActionPlan


class OutputFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    MD = "md"


CSV_COLUMNS = FLAT_COLUMN_NAMES


def plan_to_json(plan: ActionPlan) -> str:
    return json.dumps(plan.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def action_csv_row(plan: ActionPlan, action: Action) -> dict[str, str]:
    """The action's flattened row (`extractor.flat`) as CSV cells."""
    values = flat_action(plan, action)
    return {column.name: csv_cell(column, values[column.name]) for column in FLAT_COLUMNS}


def plans_to_csv(plans: list[ActionPlan]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for plan in plans:
        for action in plan.actions:
            writer.writerow(action_csv_row(plan, action))
    return buffer.getvalue()


def plan_to_markdown(plan: ActionPlan) -> str:
    lines = [f"# {md_escape(plan.title or plan.institution or plan.source.path)}", ""]
    if plan.institution:
        lines += [f"Institution: {md_escape(plan.institution)}", ""]
    if plan.period and (plan.period.start or plan.period.end):
        lines += [f"Period: {plan.period.start or '?'} to {plan.period.end or '?'}", ""]
    lines += [
        f"Source: {md_escape(plan.source.path)} ({plan.source.layout}, sha256 {plan.source.sha256[:12]})",
        "",
        "| Ref | Pillar | Action | Measures | Owners | Start | End | Status | Source |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for action in plan.actions:
        where = f"p.{action.provenance.page}" if action.provenance.page else f"line {action.provenance.line or '?'}"
        status = action.status
        status_text = ""
        if status:
            status_text = " ".join(p for p in (status.raw or "", f"({status.rag.value})" if status.rag else "") if p)
        cells = [
            action.ref or "",
            action.pillar.value if action.pillar else "",
            action.text,
            "; ".join(action.measures),
            ", ".join(action.owners),
            action.start.raw if action.start else "",
            action.end.raw if action.end else "",
            status_text,
            where,
        ]
        lines.append("| " + " | ".join(md_escape(c) for c in cells) + " |")
    if plan.legend:
        lines += ["", "## Legend", ""]
        lines += [f"- {md_escape(code)}: {md_escape(name)}" for code, name in sorted(plan.legend.items())]
    if plan.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- {md_escape(w.code)}: {md_escape(w.message)}" for w in plan.warnings]
    return "\n".join(lines) + "\n"


def render_plan(plan: ActionPlan, fmt: OutputFormat) -> str:
    if fmt is OutputFormat.CSV:
        return plans_to_csv([plan])
    if fmt is OutputFormat.MD:
        return plan_to_markdown(plan)
    return plan_to_json(plan)
