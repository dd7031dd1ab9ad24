"""Read a Technician Commitment action plan (PDF, text, web page, Word or spreadsheet) into an `ActionPlan`.

>>> from extractor import extract
>>> plan = extract("samples/ruled_table.pdf")      # doctest: +SKIP
>>> plan.actions[0].text                            # doctest: +SKIP
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from extractor.errors import ErrorCode, ExtractionError, TcPlansError
from extractor.result import ExtractionResult, Problem, ResultStatus
from extractor.settings import ExtractionSettings
from schemas.plan import ActionPlan

__version__ = "0.1.0"
__all__ = [
    "ErrorCode",
    "ExtractionError",
    "ExtractionResult",
    "ExtractionSettings",
    "TcPlansError",
    "extract",
    "extract_plan",
    "is_document_file",
]

logger = logging.getLogger(__name__)


def extract(path: str | Path, settings: ExtractionSettings | dict[str, Any] | None = None) -> ActionPlan:
    """Extract one plan; raises `ExtractionError` when the file cannot be read."""
    from extractor.assemble import build_plan
    from extractor.bounds import bound_long_fields
    from extractor.detect import detect_layout
    from extractor.layouts import get_parser
    from extractor.sources import open_source

    resolved = ExtractionSettings.resolve(settings)
    if is_document_file(path):
        return _extract_document(path, resolved)
    with open_source(path, resolved) as source:
        if resolved.layout:
            parser = get_parser(resolved.layout)
            layout_name = str(resolved.layout)
        else:
            guess = detect_layout(source, resolved.tolerances)
            logger.info("%s: layout %s (%s)", source.display_path, guess.kind, "; ".join(guess.evidence))
            parser = get_parser(guess.kind)
            layout_name = guess.kind.value
        output = parser(source, resolved)
        if not output.rows:
            raise ExtractionError(ErrorCode.NO_ACTIONS, source.display_path, f"no actions found ({layout_name} layout)")
        plan = bound_long_fields(build_plan(source, output, layout_name, resolved), resolved.max_field_chars)
        if not looks_like_a_plan(plan):
            raise ExtractionError(
                ErrorCode.NO_ACTIONS,
                source.display_path,
                f"no action plan found: {len(plan.actions)} list items with no pillar headings, owners, dates, "
                "measures or status, and no mention of technicians",
            )
        return plan


DOCUMENT_LAYOUT = "document"


def is_document_file(path: str | Path) -> bool:
    """Whether a file goes to a document reader (web page, Word, spreadsheet) rather than
    the PDF and text layouts: its suffix is one the readers take."""
    try:
        from extractor.readers import READER_SUFFIXES
    except ImportError:  # a build without the readers reads PDF and text only
        return False
    return Path(path).suffix.lower() in READER_SUFFIXES


def _extract_document(path: str | Path, settings: ExtractionSettings) -> ActionPlan:
    """Read a web page, Word or spreadsheet file into blocks, interpret them, assemble the plan."""
    from extractor.assemble import build_plan
    from extractor.interpret import document_to_output
    from extractor.readers import read_document

    if settings.layout:
        logger.info("%s: --layout %s does not apply to a %s file", path, settings.layout, Path(path).suffix)
    doc = read_document(path, settings)
    output = document_to_output(doc, settings)
    if not output.rows:
        raise ExtractionError(ErrorCode.NO_ACTIONS, str(path), f"no actions found ({doc.format} document)")
    plan = build_plan(doc, output, DOCUMENT_LAYOUT, settings)
    if not looks_like_a_plan(plan):
        raise ExtractionError(
            ErrorCode.NO_ACTIONS,
            str(path),
            f"no action plan found: {len(plan.actions)} list items with no pillar headings, owners, dates, "
            "measures or status, and no mention of technicians",
        )
    return plan


_PLAN_WORDS = re.compile(r"\btechnic(ian|ians|al)\b|\bcommitment\b|\baction plan\b", re.IGNORECASE)


def looks_like_a_plan(plan: ActionPlan) -> bool:
    """Whether what was read is an action plan rather than any list.

    A table with a recognised header always qualifies through its fields; a bare
    list needs a pillar heading, a field (owner, date, measure, status, timeline)
    or the vocabulary of the Technician Commitment somewhere in it.
    """
    for action in plan.actions:
        if (action.pillar and not action.pillar_inferred) or action.owners or action.measures:
            return True
        if action.start or action.end or action.status or action.timeline:
            return True
    texts = [plan.title or "", plan.institution or ""]
    texts += [" ".join(filter(None, (a.section, a.theme, a.text))) for a in plan.actions]
    return any(_PLAN_WORDS.search(text) for text in texts)


def extract_plan(path: str | Path, settings: ExtractionSettings | dict[str, Any] | None = None) -> ExtractionResult:
    """Like `extract`, but never raises for a bad file: the envelope says what went wrong."""
    try:
        plan = extract(path, settings)
    except ExtractionError as exc:
        return _failed(path, exc)
    except (MemoryError, RecursionError) as exc:
        return _failed(
            path, ExtractionError(ErrorCode.OUT_OF_MEMORY, path, f"ran out of memory ({type(exc).__name__})")
        )
    except Exception as exc:
        # A bug or a file no guard foresaw: report it on one line, keep the batch going.
        logger.debug("unexpected failure on %s", path, exc_info=True)
        reason = f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        return _failed(path, ExtractionError(ErrorCode.INTERNAL, path, reason))
    status = ResultStatus.PARTIAL if plan.warnings else ResultStatus.OK
    return ExtractionResult(source=str(path), status=status, plan=plan)


def _failed(path: str | Path, exc: ExtractionError) -> ExtractionResult:
    return ExtractionResult(
        source=str(path),
        status=ResultStatus.FAILED,
        problems=[Problem(code=exc.code.value, message=exc.one_line())],
    )
