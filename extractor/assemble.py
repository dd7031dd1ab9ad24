"""Raw rows -> `Action`s -> `ActionPlan`: the one place cell text is normalised.

`rows_to_actions` turns each `RawRow` into an `Action` with the normalisers in
`extractor.normalise`; `build_plan` adds what the document says about itself
(`extractor.metadata.find_metadata`), where it came from, and every warning.

Nothing is silently lost: a row without action text is dropped with a warning, a
repeated reference is kept and warned about, and a date cell nothing could be read
from keeps its raw text and adds a warning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from extractor.document import Document
from extractor.errors import WarningCode
from extractor.layouts.text_status import colour_only, key_states
from extractor.metadata import find_metadata, source_lines
from extractor.normalise.dates import (
    is_understood,
    names_start_only,
    names_two_dates,
    parse_date_span,
    plan_year_matches,
    plan_years,
    repeats_after,
    resolve_plan_year,
)
from extractor.normalise.owners import expand_owners, normalise_owners
from extractor.normalise.pillars import classify_pillar, infer_pillar, pillar_among, pillars_named, says_pillar
from extractor.normalise.status import find_state, parse_status, split_status_note
from extractor.normalise.text import fold_action_text, fold_text, optional_text, split_measures
from extractor.quality import assess_quality, describe_low_confidence
from extractor.rows import ColumnRole, LayoutOutput, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceDocument
from schemas.plan import (
    Action,
    ActionPlan,
    DateValue,
    Period,
    Pillar,
    PlanWarning,
    Provenance,
    Recurrence,
    SourceInfo,
    State,
    Status,
)

logger = logging.getLogger(__name__)

NOTES_SEPARATOR = "; "


@dataclass
class AssembledActions:
    """Actions in reading order, plus what was uncertain while building them."""

    actions: list[Action] = field(default_factory=list)
    warnings: list[PlanWarning] = field(default_factory=list)


def build_plan(
    source: SourceDocument | Document, output: LayoutOutput, layout_name: str, settings: ExtractionSettings
) -> ActionPlan:
    """Assemble the plan from a layout parser's rows (or a document's, read by
    `extractor.interpret`) and the document's metadata."""
    from extractor import __version__

    metadata = find_metadata(source, output.rows, output.period_columns, output.head)
    found = {**output.legend, **{k: v for k, v in metadata.legend.items() if k not in output.legend}}
    legend = {fold_text(k): fold_text(v) for k, v in found.items() if fold_text(k) and fold_text(v)}
    assembled = rows_to_actions(output.rows, legend)
    states_from_key(assembled.actions, key_states(_page_lines(source)))
    resolve_relative_dates(assembled.actions, metadata.period_start)
    warnings = [
        PlanWarning(code=code, message=" ".join(message.split()), provenance=where)
        for code, message, where in output.warnings
    ]
    warnings.extend(PlanWarning(code="source_note", message=" ".join(note.split())) for note in source.notes)
    warnings.extend(assembled.warnings)
    quality = assess_quality(assembled.actions, output, settings)
    if quality.low_confidence:
        warnings.append(
            PlanWarning(
                code=WarningCode.LOW_CONFIDENCE,
                message=f"{source.display_path}: low extraction confidence: "
                f"{describe_low_confidence(quality, assembled.actions)}",
            )
        )
    # Always an object, as in the gold format: a plan with no stated period has both ends null.
    period = Period(start=metadata.period_start, end=metadata.period_end)
    plan = ActionPlan(
        extractor_version=__version__,
        institution=settings.institution or optional_text(metadata.institution),
        title=settings.title or optional_text(metadata.title),
        period=period,
        legend=legend,
        actions=assembled.actions,
        source=source_info(source, layout_name),
        warnings=warnings,
        quality=quality,
    )
    logger.info(
        "%s: %d actions, %d warnings (%s layout)", plan.source.path, len(plan.actions), len(warnings), layout_name
    )
    return plan


def _page_lines(source: SourceDocument | Document) -> list[str]:
    """The page's lines of text, whatever the format."""
    return source.text_lines if isinstance(source, Document) else [line.text for line in source_lines(source)]


def states_from_key(actions: list[Action], key: Mapping[str, State]) -> None:
    """A status whose words name no state takes the one the page's key gives its word or
    its colour ("Not yet" where the key reads "Not yet = not yet begun"; "Red" where it reads
    "Red = behind schedule"); a state the words name stays. A colour alone is read by the key
    even where a heading over it gave a state ("What we have done" over "... GREEN"): the key
    says what each colour means, the heading only what the list is about.

    >>> action = Action(text="Run a tour", status=Status(raw="Not yet"), provenance=Provenance(line=1))
    >>> states_from_key([action], {"not yet": State.NOT_STARTED}); action.status.state
    <State.NOT_STARTED: 'not_started'>
    """
    for action in actions:
        status = action.status
        if status is not None and (keyed := keyed_colour_state(status, key)) is not None:
            action.status = status.model_copy(update={"state": keyed})
            continue
        if status is None or not key or (status.state is not None and not colour_only([status.raw or ""])):
            continue
        word = (status.raw or "").strip(" .").lower()
        state = key.get(word) or (key.get(status.rag.value) if status.rag is not None else None)
        if state is not None:
            action.status = status.model_copy(update={"state": state})


def keyed_colour_state(status: Status, key: Mapping[str, State]) -> State | None:
    """The state of a status that opens with a RAG colour the page's key explains ("Amber \u2013
    two placements finished" where the key reads "Amber \u2013 making progress"): the key says
    what the colour means, whatever the remark after it happens to say; None when the status
    opens with no colour the key gives a state.

    >>> keyed_colour_state(Status(raw="Amber \u2013 two done", rag="amber"), {"amber": State.IN_PROGRESS})
    <State.IN_PROGRESS: 'in_progress'>
    >>> keyed_colour_state(Status(raw="Done", rag="green"), {"green": State.COMPLETE}) is None
    True
    """
    if status.rag is None or status.rag.value not in key:
        return None
    opens = (status.raw or "").strip().lower().removeprefix("rag:").strip()
    return key[status.rag.value] if opens.startswith(status.rag.value) else None


def source_info(source: SourceDocument | Document, layout_name: str) -> SourceInfo:
    """Where the plan came from: path, hash, format and size (pages or lines) of the file."""
    if isinstance(source, Document):
        return SourceInfo(
            path=source.path,
            sha256=source.sha256,
            format=source.format,
            pages=source.pages,
            lines=source.lines,
            layout=layout_name,
        )
    return SourceInfo(
        path=source.display_path,
        sha256=source.sha256,
        format=source.kind,
        pages=source.page_count if source.kind == "pdf" else None,
        lines=len(source.lines) if source.kind != "pdf" else None,
        layout=layout_name,
    )


def rows_to_actions(rows: list[RawRow], legend: Mapping[str, str] | None = None) -> AssembledActions:
    """Normalise every row; warn about repeated refs.

    A row without action text or ref whose only text is measures, owners or notes
    continues the action above it (a list cut in two by a layout parser) and is merged
    into it with a warning; any other row without action text is dropped with a warning.
    """
    result = AssembledActions()
    first_seen: dict[str, Provenance] = {}
    for row in rows:
        if result.actions and is_continuation(row):
            merge_continuation(result.actions[-1], row, legend)
            result.warnings.append(
                PlanWarning(
                    code="continuation_row",
                    message="row with no action text merged into the action above it",
                    provenance=row.provenance,
                )
            )
            continue
        action = row_to_action(row, legend, result.warnings)
        if action is None:
            continue
        if (first := _printed_before(result.actions, action)) is not None:
            merge_repeated(first, action)
            result.warnings.append(
                PlanWarning(
                    code="repeated_row",
                    message="row printed again on a later page (a grid too wide for the page, its first columns "
                    "repeated) merged into its first printing",
                    provenance=action.provenance,
                )
            )
            continue
        if action.ref is not None:
            if action.ref in first_seen:
                result.warnings.append(
                    PlanWarning(
                        code="duplicate_ref",
                        message=f"reference {action.ref!r} appears more than once; both actions are kept",
                        provenance=action.provenance,
                    )
                )
            else:
                first_seen[action.ref] = action.provenance
        result.actions.append(action)
    return result


def _printed_before(actions: list[Action], action: Action) -> Action | None:
    """The action printed earlier, on another page, with the same text and ref (and owners,
    when `action` shows any), when `action` adds period columns or a status to it: the same
    row of a grid too wide for one page, printed again beside the columns that did not fit."""
    if not action.timeline and action.status is None:
        return None
    key = (action.ref, " ".join(action.text.split()).casefold())
    for earlier in actions:
        if (earlier.ref, " ".join(earlier.text.split()).casefold()) != key:
            continue
        if action.owners and action.owners != earlier.owners:
            continue
        if earlier.provenance.page is None or earlier.provenance.page == action.provenance.page:
            return None
        if set(action.timeline) & set(earlier.timeline) or (earlier.status and action.status):
            return None  # the same cells again: a repeated action, not its other columns
        return earlier
    return None


def merge_repeated(first: Action, again: Action) -> None:
    """The columns `again` adds to `first`: its periods, and any field `first` lacks."""
    first.timeline = sorted({*first.timeline, *again.timeline})
    for name in ("status", "start", "end", "notes", "theme", "pillar"):
        if getattr(first, name) is None and getattr(again, name) is not None:
            setattr(first, name, getattr(again, name))
    if not first.measures:
        first.measures = list(again.measures)
    page = again.provenance.page
    if page is not None and page not in first.provenance.pages:
        first.provenance.pages = sorted({*first.provenance.pages, first.provenance.page or page, page})


# Cells a continuation row may carry; merged cells (theme, section, pillar) repeat onto it.
_CONTINUED_ROLES = frozenset({ColumnRole.MEASURE, ColumnRole.OWNER, ColumnRole.NOTES})
_REPEATED_ROLES = frozenset({ColumnRole.THEME, ColumnRole.SECTION, ColumnRole.PILLAR})


def is_continuation(row: RawRow) -> bool:
    """True for a row with measures/owners/notes text but no action text, ref or dates."""
    filled = {role for role, text in row.cells.items() if fold_text(text)}
    return bool(filled & _CONTINUED_ROLES) and not filled - _CONTINUED_ROLES - _REPEATED_ROLES


def merge_continuation(action: Action, row: RawRow, legend: Mapping[str, str] | None) -> None:
    """Add a continuation row's measures, owners and notes to `action`."""
    action.measures.extend(split_measures(row.cells.get(ColumnRole.MEASURE)))
    extra = [o for o in normalise_owners(row.cells.get(ColumnRole.OWNER), legend) if o not in action.owners]
    action.owners.extend(extra)
    action.owner_names.extend(expand_owners(extra, legend))
    action.notes = _notes(NOTES_SEPARATOR.join(filter(None, [action.notes, row.cells.get(ColumnRole.NOTES)])), ())
    page = row.provenance.page
    if page is not None and page != action.provenance.page and page not in action.provenance.pages:
        action.provenance.pages = sorted({*action.provenance.pages, action.provenance.page or page, page})


def row_to_action(
    row: RawRow, legend: Mapping[str, str] | None = None, warnings: list[PlanWarning] | None = None
) -> Action | None:
    """One row as an `Action`, or None (with a warning) when it has no action text."""
    sink = warnings if warnings is not None else []
    cells = row.cells
    text = fold_action_text(cells.get(ColumnRole.ACTION))
    if not text:
        leftovers = [fold_text(v) for v in cells.values() if fold_text(v)]
        if leftovers:
            sink.append(
                PlanWarning(
                    code="empty_action",
                    message=f"row without action text dropped: {' | '.join(leftovers)[:120]!r}",
                    provenance=row.provenance,
                )
            )
        return None
    section = optional_text(cells.get(ColumnRole.SECTION)) or optional_text(row.section)
    if row.section is not None and section_from_pillar_cell(optional_text(cells.get(ColumnRole.PILLAR))):
        section = optional_text(cells.get(ColumnRole.SECTION)) or None  # a row's pillar cell over the table's heading
    theme = optional_text(cells.get(ColumnRole.THEME))
    pillar_cell = optional_text(cells.get(ColumnRole.PILLAR))
    if pillar_cell and theme is None and not says_pillar(pillar_cell):
        # a "Commitment area" column holding "Awards", "Communication": themes, not pillars
        theme = pillar_cell
    pillar, inferred = choose_pillar(pillar_cell, section, theme, text, split_measures(cells.get(ColumnRole.MEASURE)))
    section = section or section_from_pillar_cell(pillar_cell)
    owners = normalise_owners(cells.get(ColumnRole.OWNER), legend)
    start_cell, end_cell = cells.get(ColumnRole.START), cells.get(ColumnRole.END)
    if start_cell is None and names_start_only(end_cell):
        start_cell, end_cell = end_cell, None  # a single "from Sept 2031" is when work begins
    elif start_cell is None and names_two_dates(end_cell):
        start_cell = end_cell  # "2022 and 2024", "2022-2025": the first date starts the work
    start = _date(start_cell, "start", row, sink)
    end = _date(end_cell, "end", row, sink)
    status_cell, status_note = split_status_note(cells.get(ColumnRole.STATUS))
    return Action(
        ref=optional_text(cells.get(ColumnRole.REF)),
        pillar=pillar,
        pillar_inferred=inferred,
        section=section,
        theme=theme,
        text=text,
        measures=split_measures(cells.get(ColumnRole.MEASURE)),
        owners=owners,
        owner_names=expand_owners(owners, legend),
        start=start,
        end=end,
        timeline=sorted(set(row.timeline)),
        status=state_from_comment(_status(status_cell, row), cells.get(ColumnRole.NOTES)),
        notes=_notes(NOTES_SEPARATOR.join(filter(None, [cells.get(ColumnRole.NOTES), status_note])), row.unmapped),
        provenance=row.provenance,
    )


def section_from_pillar_cell(pillar_cell: str | None) -> str | None:
    """A pillar cell printed over its group of rows (a merged cell, or a cell on the group's
    first row) is the heading those rows sit under, as printed, when no heading row or line
    names one; a cell that does not name a pillar ("Awards") is a theme, not a section.

    >>> section_from_pillar_cell("CAREER DEVELOPMENT"), section_from_pillar_cell("Awards")
    ('CAREER DEVELOPMENT', None)
    """
    return pillar_cell if pillar_cell and says_pillar(pillar_cell) else None


def choose_pillar(
    pillar_cell: str | None, section: str | None, theme: str | None, text: str, measures: list[str]
) -> tuple[Pillar | None, bool]:
    """(pillar, inferred): a PILLAR cell, else the section heading, else the theme cell names
    it; otherwise it is inferred from keyword evidence in the wording, the measures' words
    counted with the action's; when the measures' words tie with the action's, the action's
    own words decide.

    >>> choose_pillar(None, None, None, "Grow careers from within", ["a staff survey of promoted posts"])
    (<Pillar.CAREER_DEVELOPMENT: 'career_development'>, True)
    """
    for named in (pillar_cell, section, theme):
        pillar = classify_pillar(named)
        if pillar is not None and (joint := pillars_named(named)):  # "Visibility and recognition"
            own = pillar_among(joint, " ".join(part for part in (theme, text, *measures) if part and part != named))
            return own or pillar, False
        if pillar is not None:
            return pillar, False
    evidence = " ".join(part for part in (pillar_cell, section, theme, text, *measures) if part)
    pillar = infer_pillar(evidence)
    if pillar is None and measures:  # the measures pull another way as strongly: the action's own words decide
        pillar = infer_pillar(" ".join(part for part in (pillar_cell, section, theme, text) if part))
    return pillar, pillar is not None


def resolve_relative_dates(actions: list[Action], period_start: str | None) -> None:
    """Dates given as years of the plan ("Year 2", "(Y2)", "Years 1-3") in a date cell, or
    in the action's text when it has no date cell, resolved against the plan's stated start
    (`resolve_plan_year`): the first year named is the start when a span is named, the last
    the end; a year named and then a yearly repeat (`repeats_after`) is the start, the repeat
    the end. Nothing changes when the plan states no start."""
    if not period_start:
        return
    for action in actions:
        undated = action.start is None and action.end is None  # then the text may give the years
        years = plan_years(action.text, prose=True) if undated else None
        if years is not None and (repeat := repeats_after(action.text)) is not None:  # "in Year 1 and each year after"
            start = resolve_plan_year(years[0], period_start, bound="start")
            action.start = DateValue(raw=_plan_year_words(action.text), date=start)
            action.end = DateValue(raw=repeat, recurrence=Recurrence.ANNUAL)
            continue
        for bound in ("start", "end"):
            value: DateValue | None = getattr(action, bound)
            source = value.raw if value is not None else (action.text if undated else None)
            if value is not None and value.date is not None:
                continue
            years = plan_years(source, prose=value is None)
            if years is None or (bound == "start" and value is None and years[0] == years[1]):
                continue
            date = resolve_plan_year(years[0] if bound == "start" else years[1], period_start, bound=bound)
            raw = value.raw if value is not None else _plan_year_words(action.text)
            setattr(action, bound, DateValue(raw=raw, date=date, recurrence=value.recurrence if value else None))


def _plan_year_words(text: str) -> str:
    """The words of a text that name plan years, joined ("Y2", "Years 1-3")."""
    return "; ".join(m.group(0) for m in plan_year_matches(text, prose=True))


def _status(text: str | None, row: RawRow) -> Status | None:
    """The status cell read; a state the layout found around the row (a progress heading
    over it) fills in when the cell's own words name none."""
    status = parse_status(text, row.rag)
    if status is not None and status.state is None and row.status_state is not None:
        status = status.model_copy(update={"state": State(row.status_state)})
    return status


def state_from_comment(status: Status | None, comment: str | None) -> Status | None:
    """A printed colour rating with no state of its own ("G", a key giving green two meanings) takes its
    state from the words of the comment printed beside it ("Delayed by the funding review",
    "On track; two shortlisted"), as a reader of a review table reads the comment for how the
    action stands. Unchanged when the status names a state or the comment names none.

    >>> state_from_comment(Status(raw="A", rag="amber"), "Delayed by the move; new date set").state
    <State.ACTION_NEEDED: 'action_needed'>
    >>> state_from_comment(Status(raw="G", rag="green"), "Forty staff came").state is None
    True
    """
    if status is None or status.state is not None or status.rag is None or not status.raw or not comment:
        return status
    head = re.split(r"[;.]", " ".join(comment.split()), maxsplit=1)[0]
    state = find_state(head)
    return status if state is None else status.model_copy(update={"state": state})


def _date(text: str | None, bound: str, row: RawRow, sink: list[PlanWarning]) -> DateValue | None:
    value = parse_date_span(text, bound="end" if bound == "end" else "start")
    if value is not None and not is_understood(value):
        sink.append(
            PlanWarning(
                code="unparsed_date",
                message=f"no date or repeat found in {bound} cell {value.raw[:80]!r}; kept as raw text",
                provenance=row.provenance,
            )
        )
    return value


def _notes(notes: str | None, unmapped: tuple[str, ...]) -> str | None:
    parts = [fold_text(notes), *(fold_text(extra) for extra in unmapped)]
    kept = [part for part in parts if part]
    return NOTES_SEPARATOR.join(kept) or None
