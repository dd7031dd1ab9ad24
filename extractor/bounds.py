"""Bounding over-long fields: an action's text, a measure or a note of tens of thousands of characters.

Such a field is almost always a reading fault (a whole page poured into one cell) or a
hostile file. Left alone it slows every comparison that scores it, and a workbook
would cut it silently at its cell limit. It is cut at a named setting
(`ExtractionSettings.max_field_chars`) with a `long_text` warning naming the plan
and the action, so a reader of the plan learns which action to look at.
"""

from __future__ import annotations

import logging

from extractor.errors import WarningCode
from schemas.plan import Action, ActionPlan, PlanWarning

logger = logging.getLogger(__name__)

ELLIPSIS = " …"


def clip_text(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, marked with an ellipsis.

    >>> clip_text("one two three four", 12)
    'one two …'
    """
    if len(text) <= limit:
        return text
    room = max(limit - len(ELLIPSIS), 1)
    cut = text[:room]
    space = cut.rfind(" ")
    if space > room // 2:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS


def action_label(action: Action, index: int) -> str:
    """How a reader finds the action in the plan: its printed reference, else its position."""
    return f"action {action.ref}" if action.ref else f"action {index + 1}"


def plan_label(plan: ActionPlan) -> str:
    """The plan as a person names it: the institution, else the title, else the source file."""
    return plan.institution or plan.title or plan.source.path


def bound_long_fields(plan: ActionPlan, limit: int) -> ActionPlan:
    """The plan with every action text, measure and note cut to `limit` characters, each cut warned about."""
    warnings: list[PlanWarning] = []
    for index, action in enumerate(plan.actions):
        cut_fields: list[tuple[str, int]] = []
        if len(action.text) > limit:
            cut_fields.append(("text", len(action.text)))
            action.text = clip_text(action.text, limit)
        for position, measure in enumerate(action.measures):
            if len(measure) > limit:
                cut_fields.append((f"measure {position + 1}", len(measure)))
                action.measures[position] = clip_text(measure, limit)
        if action.notes and len(action.notes) > limit:
            cut_fields.append(("notes", len(action.notes)))
            action.notes = clip_text(action.notes, limit)
        for field, length in cut_fields:
            message = (
                f"{plan_label(plan)}: {action_label(action, index)}: {field} of {length:,} characters cut to"
                f" {limit:,} (max_field_chars)"
            )
            logger.warning("%s", message)
            code = WarningCode.LONG_TEXT.value
            warnings.append(PlanWarning(code=code, message=message, provenance=action.provenance))
    if warnings:
        plan.warnings = [*plan.warnings, *warnings]
    return plan
