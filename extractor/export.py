"""Render one ActionPlan as JSON, CSV or Markdown text (deterministic)."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum

from schemas.plan import Action, ActionPlan, DateValue


class OutputFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    MD = "md"


CSV_COLUMNS = (
    "institution",
    "ref",
    "pillar",
    "pillar_inferred",
    "section",
    "theme",
    "text",
    "measures",
    "owners",
    "owner_names",
    "start_raw",
    "start_date",
    "end_raw",
    "end_date",
    "recurrence",
    "timeline",
    "status_raw",
    "status_state",
    "status_priority",
    "rag",
    "notes",
    "page",
    "line",
)


def plan_to_json(plan: ActionPlan) -> str:
    return json.dumps(plan.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def _date_raw(value: DateValue | None) -> str:
    return value.raw if value else ""


def _date(value: DateValue | None) -> str:
    return (value.date or "") if value else ""


def action_csv_row(plan: ActionPlan, action: Action) -> dict[str, str]:
    recurrence = (action.end and action.end.recurrence) or (action.start and action.start.recurrence)
    status = action.status
    return {
        "institution": plan.institution or "",
        "ref": action.ref or "",
        "pillar": action.pillar.value if action.pillar else "",
        "pillar_inferred": "yes" if action.pillar_inferred else "",
        "section": action.section or "",
        "theme": action.theme or "",
        "text": action.text,
        "measures": " | ".join(action.measures),
        "owners": "; ".join(action.owners),
        "owner_names": "; ".join(action.owner_names),
        "start_raw": _date_raw(action.start),
        "start_date": _date(action.start),
        "end_raw": _date_raw(action.end),
        "end_date": _date(action.end),
        "recurrence": recurrence.value if recurrence else "",
        "timeline": " ".join(action.timeline),
        "status_raw": (status.raw or "") if status else "",
        "status_state": status.state.value if status and status.state else "",
        "status_priority": str(status.priority) if status and status.priority is not None else "",
        "rag": status.rag.value if status and status.rag else "",
        "notes": action.notes or "",
        "page": str(action.provenance.page or ""),
        "line": str(action.provenance.line or ""),
    }


def plans_to_csv(plans: list[ActionPlan]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for plan in plans:
        for action in plan.actions:
            writer.writerow(action_csv_row(plan, action))
    return buffer.getvalue()


def md_escape(text: str) -> str:
    """Make plan text inert in Markdown: no HTML, no table breaks, no links or emphasis."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]|#":
        escaped = escaped.replace(char, "\\" + char)
    return " ".join(escaped.split())


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
            _date_raw(action.start),
            _date_raw(action.end),
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
