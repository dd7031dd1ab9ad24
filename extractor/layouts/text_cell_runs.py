"""Tables a web page flattened with their header lost: rows rebuilt from what cells hold.

Two forms, both read by the kind of each cell rather than its position:

- **One cell per line** (blank lines between, or none), with no header left: a line is a
  ref ("1.2"), a pillar's name (which also closes the row before it), a date or repeat
  ("Mar 2026", "Annually", "by end of 2026"; "Ongoing" twice is the repeat then the status), a status word,
  an owner (a unit code, or a role or body in title case: "Head of Estates", "Finance &
  Estates"), or prose. With refs, a ref starts each row; otherwise a prose cell after a
  field cell starts the next row. In a row the first prose is the action and later prose
  its measures; the first of two dates is the start. A lost header's own words ("Action",
  "Lead") are skipped. The run counts as a table when `MIN_ROWS` rows or more carry a
  field cell (`FIELD_SHARE` of them at least).
- **A row on one line**, its cells joined by spaces (an accordion's summary line): the
  owner and the date are the last words ("Open a tool library Head of Estates Mar 2026").
  Read only where most lines of a list end that way (`split_accordion_row`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from extractor.headings import group_heading, heading_text, markdown_heading_parts, without_toggle
from extractor.layouts.text_common import TIMESCALE as _TIMESCALE
from extractor.layouts.text_guess import STATUS_CELL, is_date_cell, is_owner_cell
from extractor.layouts.text_lists import LABELS, ref_line
from extractor.layouts.text_prose import Rejected, cut_at_page_end, is_contact_line, is_page_record
from extractor.layouts.text_status import key_states
from extractor.layouts.text_tables import REF_LIKE
from extractor.normalise.pillars import names_numbered_pillar, names_pillar
from extractor.normalise.status import split_status_note
from extractor.rows import ColumnRole, RawRow
from extractor.settings import DEFAULT_TOLERANCES
from extractor.sources import SourceLine
from schemas.plan import Provenance

MIN_ROWS = 3
FIELD_SHARE = 0.6
START_END_SHARE = 0.5  # this share of rows with two dates shows the table has a start and an end column
_MAX_CELL_CHARS = 400

_ROLE_WORDS = frozenset((
    "manager", "managers", "lead", "leads", "leader", "director", "directors", "officer", "officers", "partner",
    "head", "heads", "coordinator", "co-ordinator", "administrator", "adviser", "advisor", "champion", "champions",
    "chair", "representative", "dean", "deans", "registrar", "secretary", "group", "team", "committee", "board",
    "network", "forum", "panel", "office", "unit", "services", "service", "department", "directorate", "school",
    "faculty", "hr", "estates", "finance",
))  # fmt: skip
_JOINERS = frozenset({"of", "and", "&", "for", "the", "/", ","})
_MAX_OWNER_WORDS = 6


_UNIT_BRACKET = re.compile(r"\s+\([A-Z][\w&,' -]{0,40}\)$")


def is_role_name(text: str) -> bool:
    """A cell naming who leads: a unit code ("TCSG"), or a few title-case words with a role
    or body among them ("Head of Technical Services", "Finance & Estates"), the unit it
    serves in closing brackets or not ("Head of Curriculum (Science)").

    >>> is_role_name("Head of Technical Services"), is_role_name("Finance & Estates"), is_role_name("Hold a forum")
    (True, True, False)
    >>> is_role_name("Head of Curriculum (Science)")
    True
    """
    folded = _UNIT_BRACKET.sub("", " ".join(text.split()).rstrip("."))  # "Head of Curriculum (Science)"
    if not folded or is_date_cell(folded) or STATUS_CELL.match(folded):
        return False
    if is_owner_cell(folded):
        return True
    words = folded.replace(",", " , ").split()
    if len(words) > _MAX_OWNER_WORDS:
        return False
    if any(w.lower() not in _JOINERS and not w[:1].isupper() for w in words):
        return False
    return any(w.lower() in _ROLE_WORDS for w in words) or "&" in words


def cell_kind(text: str) -> ColumnRole | None:
    """What one cell holds, judged from the cell alone; None for prose. A pillar's name, bare
    or numbered as a heading prints it ("Theme 2 - Recognition"), is a pillar's row."""
    if names_pillar(text) or names_numbered_pillar(without_toggle(text)):  # "Theme 2: Recognition [+]"
        return ColumnRole.PILLAR
    if REF_LIKE.match(text) and len(text) <= 8:
        return ColumnRole.REF
    if STATUS_CELL.match(text) or status_with_note(text):
        return ColumnRole.STATUS
    if is_date_cell(text) or _TIMESCALE.match(text):
        return ColumnRole.END
    if is_role_name(text):
        return ColumnRole.OWNER
    return None


def status_with_note(text: str) -> bool:
    """A status cell that goes on after its status words ("Achieved. Forty staff joined.",
    "Not met \u2013 the budget was cut"): the first words are a status cell of their own.

    >>> status_with_note("Partly achieved. Held once."), status_with_note("Held once. Achieved.")
    (True, False)
    """
    status, note = split_status_note(text)
    return note is not None and status is not None and STATUS_CELL.match(status) is not None


def keyed_status_cell(text: str, key: Collection[str]) -> bool:
    """A cell holding only a word the page's own key explains ("Key: Moving = under way;
    Stalled = late"): a status in the page's words, which a reader looks up in the key even
    though the word names no state by itself. `key` is the key's words, in lowercase.

    >>> keyed_status_cell("Moving", {"moving", "stalled"}), keyed_status_cell("Moving house", {"moving"})
    (True, False)
    """
    return text.lower().rstrip(". ") in key


_FIELD_KINDS = frozenset({ColumnRole.END, ColumnRole.OWNER, ColumnRole.STATUS})


@dataclass
class _Row:
    cells: list[tuple[ColumnRole | None, str, int]] = field(default_factory=list)

    def has_field(self) -> bool:
        return any(kind in _FIELD_KINDS for kind, _, _ in self.cells)

    def dates(self) -> int:
        return sum(1 for kind, _, _ in self.cells if kind is ColumnRole.END)

    def owner_follows_action(self) -> bool:
        """The cell right after the row's action names who leads it."""
        kinds = [kind for kind, _, _ in self.cells]
        at = kinds.index(None) if None in kinds else -1
        return 0 <= at < len(kinds) - 1 and kinds[at + 1] is ColumnRole.OWNER

    def to_raw(
        self, pillar: str | None, *, start_and_end: bool = False, owner_slot: bool = False, dated: bool = False
    ) -> RawRow:
        """The row's cells by role; with `start_and_end` (the table's rows carry a start and an
        end date), a repeat word after the only date is the end (`repeat_closes_dates`); with
        `owner_slot` (the table's rows name their owner after the action), a name in that
        place is the owner (`name_in_owner_slot`); with `dated` (the table's rows carry a date and
        no status), a lone repeat word is the row's date (`repeat_in_date_slot`)."""
        found: dict[ColumnRole, str] = {}
        cells = repeat_closes_dates(self.cells) if start_and_end else self.cells
        cells = repeat_in_date_slot(cells) if dated else cells
        cells = name_in_owner_slot(cells) if owner_slot else cells
        prose = [text for kind, text, _ in cells if kind is None]
        dates = [text for kind, text, _ in cells if kind is ColumnRole.END]
        statuses = [text for kind, text, _ in cells if kind is ColumnRole.STATUS]
        if len(statuses) > 1 and not dates:
            dates = statuses[:1]  # "Ongoing" twice: the timescale, then the status
        for kind, text, _ in cells:
            if kind is ColumnRole.STATUS and len(statuses) > 1 and dates == statuses[:1]:
                found[kind] = statuses[-1]
            elif kind in (ColumnRole.REF, ColumnRole.OWNER, ColumnRole.STATUS) and kind not in found:
                found[kind] = ref_cell_text(text) if kind is ColumnRole.REF else text
        if prose:
            found[ColumnRole.ACTION] = prose[0]
        if len(prose) > 1:
            found[ColumnRole.MEASURE] = "\n".join(f"- {p}" for p in prose[1:])
        if len(dates) > 1:
            found[ColumnRole.START] = dates[0]
        if dates:
            found[ColumnRole.END] = dates[-1]
        if pillar is not None:
            found[ColumnRole.PILLAR] = pillar
        lines = [number for _, _, number in cells]
        return RawRow(cells=found, provenance=Provenance(line=min(lines), end_line=max(lines)), section=pillar)


Cell = tuple[ColumnRole | None, str, int]


def ref_cell_text(text: str) -> str:
    """A ref cell as the plan's code: the stop or bracket closing a numbered item ("1.2)",
    "V3.") goes, a bracket the code opens itself stays ("2(b)" is item b of objective 2).

    >>> ref_cell_text("1.2)"), ref_cell_text("V3."), ref_cell_text("2(b)")
    ('1.2', 'V3', '2(b)')
    """
    code = text.rstrip(".:")
    return code if "(" in code else code.rstrip(".):")


_MAX_BODY_WORDS = 4


def names_a_body(text: str) -> bool:
    """A few words in sentence case ending on a body or role ("Technicians' network", "Lab
    managers"): who leads, named as a group is, not a sentence.

    >>> names_a_body("Technicians' network"), names_a_body("Run the network"), names_a_body("Hold a forum")
    (True, False, False)
    """
    words = text.split()
    if not 1 < len(words) <= _MAX_BODY_WORDS or not words[0][:1].isupper() or text.rstrip().endswith("."):
        return False
    return words[-1].lower() in _ROLE_WORDS and not any(w.lower() in _SENTENCE_WORDS for w in words)


_SENTENCE_WORDS = frozenset({"the", "a", "an", "to", "for", "with", "our", "each", "every", "all"})


def name_in_owner_slot(cells: list[Cell]) -> list[Cell]:
    """In a table whose rows name their owner in the cell after the action (at least
    `LayoutTolerances.cell_owner_slot_share` of them), a row with no
    owner whose cell in that place is a name in title case ("People Analytics") or a body
    in sentence case (`names_a_body`) names its owner there, though no word of it says a
    role as a title; a sentence there stays prose.

    >>> row = [(None, "Publish the figures", 1), (None, "People Analytics", 2), (ColumnRole.END, "May 2031", 3)]
    >>> [kind and kind.value for kind, _, _ in name_in_owner_slot(row)]
    [None, 'owner', 'end']
    """
    return name_at_owner_offset(cells, 1)


def owner_offset(rows: Sequence[_Row]) -> int | None:
    """How many cells after the action a table's rows name their owner, when it is further than
    the next cell (a measure between them: ref, action, measure, lead, date) and at least
    `LayoutTolerances.cell_owner_slot_share` of the rows agree; None otherwise."""
    offsets: Counter[int] = Counter()
    for row in rows:
        kinds = [kind for kind, _, _ in row.cells]
        if None in kinds and ColumnRole.OWNER in kinds:
            offsets[kinds.index(ColumnRole.OWNER) - kinds.index(None)] += 1
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if offset > 1 and count >= DEFAULT_TOLERANCES.cell_owner_slot_share * len(rows) else None


def name_at_owner_offset(cells: list[Cell], offset: int) -> list[Cell]:
    """A row with no owner whose cell `offset` places after its action is a name in title case
    ("Academic Development") or a body in sentence case names its owner there, as the other
    rows of its table do (`owner_offset`); other rows as they are.

    >>> row = [(None, "Run a course", 1), (None, "Ten trained", 2), (None, "Academic Development", 3)]
    >>> [kind and kind.value for kind, _, _ in name_at_owner_offset(row, 2)]
    [None, None, 'owner']
    """
    kinds = [kind for kind, _, _ in cells]
    if ColumnRole.OWNER in kinds or None not in kinds:
        return cells
    at = kinds.index(None) + offset
    if at >= len(cells) or kinds[at] is not None:
        return cells
    if not is_title_name(cells[at][1]) and not names_a_body(cells[at][1]):
        return cells
    _, text, number = cells[at]
    return [*cells[:at], (ColumnRole.OWNER, text, number), *cells[at + 1 :]]


def repeat_in_date_slot(cells: list[Cell]) -> list[Cell]:
    """A row with no date whose only status cell is a repeat word ("Ongoing"), in a table whose
    rows carry a date and no status (`dates_without_status`): the word stands where the other
    rows print their date, so it is the row's timescale; other rows as they are.

    >>> row = [(None, "Fund a tool store", 1), (ColumnRole.STATUS, "Ongoing", 2)]
    >>> [kind and kind.value for kind, _, _ in repeat_in_date_slot(row)]
    [None, 'end']
    """
    kinds = [kind for kind, _, _ in cells]
    if ColumnRole.END in kinds or kinds.count(ColumnRole.STATUS) != 1:
        return cells
    at = kinds.index(ColumnRole.STATUS)
    _, text, number = cells[at]
    if not _TIMESCALE.match(text):
        return cells
    return [*cells[:at], (ColumnRole.END, text, number), *cells[at + 1 :]]


def dates_without_status(rows: Sequence[_Row]) -> bool:
    """Whether a table's rows print a date and no status: at least `START_END_SHARE` of them
    hold a date, and no row holds a status that is not a repeat word ("Ongoing" may be either).

    >>> dates_without_status([_Row([(ColumnRole.END, "May 2031", 1)]), _Row([(ColumnRole.STATUS, "Ongoing", 2)])])
    True
    """
    statuses = [text for row in rows for kind, text, _ in row.cells if kind is ColumnRole.STATUS]
    dated = sum(1 for row in rows if row.dates())
    return dated >= START_END_SHARE * len(rows) and all(_TIMESCALE.match(text) for text in statuses)


def repeat_closes_dates(cells: list[Cell]) -> list[Cell]:
    """A row of a table whose rows carry a start and an end date, with one date and then
    "Ongoing" (or another repeat word a status column could also hold): the repeat is the
    end date's cell, as the row's place for the end date shows; other rows as they are.

    >>> row = [(ColumnRole.END, "Jan 2031", 1), (ColumnRole.STATUS, "Ongoing", 2)]
    >>> [kind.value for kind, _, _ in repeat_closes_dates(row)]
    ['end', 'end']
    """
    kinds = [kind for kind, _, _ in cells]
    if kinds.count(ColumnRole.END) != 1:
        return cells
    at = kinds.index(ColumnRole.END)
    if at + 1 < len(cells) and kinds[at + 1] is ColumnRole.STATUS and _TIMESCALE.match(cells[at + 1][1]):
        _, text, number = cells[at + 1]
        return [*cells[: at + 1], (ColumnRole.END, text, number), *cells[at + 2 :]]
    return cells


_MARKDOWN_MARK = re.compile(r"^\s*(#{1,6}\s|\*\*\S)")


def writes_markdown_structure(lines: Sequence[SourceLine]) -> bool:
    """Whether the text marks its own structure the Markdown way: "#" headings or "**bold**"
    labels. A table flattened by a web page into one cell per line never carries such marks
    (a copied page keeps its bullets, but not heading marks), so such text is read by its
    headings and lists, not as cells.

    >>> writes_markdown_structure([SourceLine(1, "## Key to leads"), SourceLine(2, "Finance")])
    True
    >>> writes_markdown_structure([SourceLine(1, "Key to leads"), SourceLine(2, "Finance")])
    False
    """
    return any(_MARKDOWN_MARK.match(line.text) for line in lines)


TITLED_SHARE = 0.5  # this share of the rows led by a name in title case makes a listing, not a plan
_MIN_TITLE_WORD = 4  # shorter words ("of", "the", "and", "with") stay lowercase in a title


def is_title_name(text: str) -> bool:
    """A name in title case ("Technicians' Spring Networking Lunch", "Inside the Glass
    Workshop"): every word of `_MIN_TITLE_WORD` letters or more opens with a capital, and
    no full stop closes it. An action is a sentence ("Create a hub for technicians").

    >>> is_title_name("Introduction to Professional Registration"), is_title_name("Create a hub for technicians")
    (True, False)
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if len(w) >= _MIN_TITLE_WORD]
    return len(words) >= 2 and not text.rstrip().endswith(".") and all(w[0].isupper() for w in words)


_MARKDOWN_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")


def markdown_cell(text: str) -> tuple[ColumnRole | None, str] | None:
    """A line of a page that marks its headings the Markdown way, read as a cell of a table
    flattened one cell a line between them: a "### Pillar one \u2013 Visibility [+]" heading is a
    section row spanning the table (its printed words), anything else is an ordinary cell (None).

    >>> markdown_cell("### Theme two \u2013 Recognition [+]"), markdown_cell("Q3 2026")
    ((<ColumnRole.PILLAR: 'pillar'>, 'Theme two \u2013 Recognition'), None)
    """
    if markdown_heading_parts(text) is None:
        return None
    return ColumnRole.PILLAR, heading_text(text)


def ends_at_rule(text: str) -> bool:
    """A Markdown rule ("---") after the rows: the page's break between the table and what
    follows it (related links, a footer), which are no cells of the last row.

    >>> ends_at_rule("---"), ends_at_rule("- Q3 2026")
    (True, False)
    """
    return bool(_MARKDOWN_RULE.match(text))


def cell_run_rows(lines: Sequence[SourceLine], rejected: Rejected, *, headings_marked: bool = False) -> list[RawRow]:
    """Rows of a headerless one-cell-per-line table, or [] when the lines are no such table
    (or mark their structure as Markdown: `writes_markdown_structure`, or list named things,
    not actions: `is_title_name`). With `headings_marked` (a page that marks its headings
    the Markdown way, whose cells the lists reader could not read), Markdown headings are read as section rows
    (`markdown_cell`) and a rule ends the table (`ends_at_rule`)."""
    if writes_markdown_structure(lines) and not headings_marked:
        return []
    cells: list[tuple[ColumnRole | None, str, int]] = []
    key = set(key_states(line.text for line in lines))
    for line in lines:
        text = " ".join(line.text.split())
        if not text or len(text) > _MAX_CELL_CHARS:
            continue
        if headings_marked:
            if ends_at_rule(text) and cells:
                break
            if (marked := markdown_cell(text)) is not None:
                cells.append((*marked, line.number))
                continue
        if text.lower().rstrip(":") in LABELS:
            continue  # a lost header's own word ("Action", "Lead")
        kind = cell_kind(text)
        if kind is None and keyed_status_cell(text, key):
            kind = ColumnRole.STATUS
        cells.append((kind, text, line.number))
    with_refs = sum(1 for kind, _, _ in cells if kind is ColumnRole.REF) >= MIN_ROWS
    if with_refs:
        cells = section_rows_before_refs(cells, lines)
    rows: list[_Row] = []
    pillars: list[str | None] = []
    pillar: str | None = None
    fresh = False  # a pillar's row closes the row before it: what follows starts a new one
    for kind, text, number in cells:
        if kind is ColumnRole.PILLAR:
            pillar, fresh = text, True
            continue
        starts = (
            kind is ColumnRole.REF
            if with_refs
            else kind is None and (fresh or not rows or rows[-1].has_field() or not rows[-1].cells)
        )
        fresh = False
        if starts or not rows:
            rows.append(_Row())
            pillars.append(pillar)
        rows[-1].cells.append((kind, text, number))
    table = [(row, p) for row, p in zip(rows, pillars, strict=True) if row.has_field()]
    if len(table) < MIN_ROWS or len(table) < FIELD_SHARE * len(rows):
        return []
    leads = [next((t for kind, t, _ in row.cells if kind is None), "") for row, _ in table]
    if sum(1 for lead in leads if is_title_name(lead)) >= TITLED_SHARE * len(table):
        return []  # a listing of named things (events, courses), each with its date and place
    start_and_end = sum(1 for row, _ in table if row.dates() >= 2) >= START_END_SHARE * len(table)
    owner_share = DEFAULT_TOLERANCES.cell_owner_slot_share
    owner_slot = sum(1 for row, _ in table if row.owner_follows_action()) >= owner_share * len(table)
    head = rows_above_pillars(pillars)
    dated = dates_without_status([row for row, _ in table])
    offset = owner_offset([row for row, _ in table])
    out: list[RawRow] = []
    for index, (row, p) in enumerate(zip(rows, pillars, strict=True)):
        if offset is not None and not owner_slot:
            row.cells = name_at_owner_offset(row.cells, offset)
        raw = row.to_raw(p, start_and_end=start_and_end, owner_slot=owner_slot, dated=dated)
        # with refs, the cells above the first ref are the page around the table, not a row
        cut = with_refs and index == len(rows) - 1 and ends_the_page(row, lines)  # a last row the cut left short
        kept = row.has_field() or (cut and ColumnRole.REF in raw.cells) or (index > 0 and cut_lone_action(row, lines))
        if kept and ColumnRole.ACTION in raw.cells and (not with_refs or ColumnRole.REF in raw.cells):
            if index >= head:
                out.append(raw)
            else:
                rejected.append(("cells_above_table", " | ".join(t for _, t, _ in row.cells), raw.provenance))
        else:
            rejected.append(("cells_without_fields", " | ".join(t for _, t, _ in row.cells), raw.provenance))
    return out


def numbered_cells_over_items(lines: Sequence[SourceLine], items: int, rejected: Rejected) -> list[RawRow]:
    """Rows of a table a web page flattened one cell a line and one row a block of lines, each
    row opening with its ref alone on a line ("2.1", then the action, its measure, its lead, its
    dates), read in place of the `items` a list reading made of the same lines: there a numbered
    section row ("2. Recognition") looks like a list item and the cells below it like its wrapped
    text, so a few long items swallow the table. Taken only when every row carries its ref
    (`numbered_rows`), each row is one block (`blocks_of_rows`), and there are more rows than
    items; the last row ends with its block, the page going on below it. [] otherwise, with
    `rejected` left as it was.

    >>> page = [SourceLine(1, "1. Visibility")] + [SourceLine(n + 2, t) for n, t in enumerate(
    ...     ["1.1", "Run a tour of the stores", "Estates", "May 2031", "", "1.2", "Open a lab day",
    ...      "Head of Science", "June 2031", "", "1.3", "Film the glass shop", "Media Team", "July 2031", "",
    ...      "Contact: the Media Team"])]
    >>> rows = numbered_cells_over_items(page, 1, [])
    >>> [row.cells[ColumnRole.REF] for row in rows], rows[-1].provenance.end_line
    (['1.1', '1.2', '1.3'], 15)
    """
    rows = cell_run_rows(lines, [])
    if not numbered_rows(rows) or len(rows) <= items:
        return []
    end = blocks_of_rows(rows, lines)
    if end is None:
        return []
    found: Rejected = []
    rows = cell_run_rows([line for line in lines if line.number < end], found)
    if not numbered_rows(rows) or len(rows) <= items:
        return []
    rejected.extend(found)
    return rows


def blocks_of_rows(rows: Sequence[RawRow], lines: Sequence[SourceLine]) -> int | None:
    """Where a table printed one row a block of lines ends: the first blank line after its last
    row's first line, when no row above the last holds a blank line (each row one block, its
    cells one a line), or the line after the page's last when none follows; None when a row
    runs over a blank line, as cells taken out of a page column by column do.

    >>> page = [SourceLine(n, t) for n, t in enumerate(["V1", "Run a tour", "HR", "", "V2", "Hold a fair",
    ...     "Estates", "", "Contact us"], start=1)]
    >>> rows = [RawRow(cells={}, provenance=Provenance(line=1, end_line=3)),
    ...     RawRow(cells={}, provenance=Provenance(line=5, end_line=9))]
    >>> blocks_of_rows(rows, page), blocks_of_rows([replace(rows[0], provenance=Provenance(line=1, end_line=5)),
    ...     rows[1]], page)
    (8, None)
    """
    blank = sorted(line.number for line in lines if not line.text.strip())
    for row in rows[:-1]:
        first, last = row.provenance.line or 0, row.provenance.end_line or row.provenance.line or 0
        if any(first < number < last for number in blank):
            return None
    start = rows[-1].provenance.line or 0
    return next((number for number in blank if number > start), max((ln.number for ln in lines), default=0) + 1)


def ends_the_page(row: _Row, lines: Sequence[SourceLine]) -> bool:
    """Whether a row's last cell is the page's last line and stops without a full stop, as a
    copy cut off at a set size ends mid-sentence: the row lost its other cells to the cut and
    is kept as far as it goes when it has its ref and action.

    >>> page = [SourceLine(1, "V.1"), SourceLine(2, "Run a tour of the lab")]
    >>> ends_the_page(_Row([(ColumnRole.REF, "V.1", 1), (None, "Run a tour of the lab", 2)]), page)
    True
    """
    last = next((line for line in reversed(lines) if line.text.strip()), None)
    if last is None or not row.cells or row.cells[-1][2] != last.number:
        return False
    return not last.text.rstrip().endswith(".")


_MIN_CUT_ACTION_WORDS = 3  # "Publish an annual rep": a row's action as far as the cut left it, not a stray word


def cut_lone_action(row: _Row, lines: Sequence[SourceLine]) -> bool:
    """Whether a row of a table flattened one cell a line is its action alone, on the page's last
    line, cut off mid-word (`cut_at_page_end`: "Publish an annual report on the sch"): the cut
    took its other cells, and a reader keeps the row as far as it goes. A line recording the
    page or a contact line is none.

    >>> page = [SourceLine(1, "Run a fair"), SourceLine(2, "HR"), SourceLine(3, "Publish an annual rep")]
    >>> cut_lone_action(_Row([(None, "Publish an annual rep", 3)]), page)
    True
    >>> cut_lone_action(_Row([(None, "Last updated by the Web Team", 3)]), page[:2] + [SourceLine(3, "Last updated "
    ...     "by the Web Team")])
    False
    """
    if len(row.cells) != 1 or row.cells[0][0] is not None or len(row.cells[0][1].split()) < _MIN_CUT_ACTION_WORDS:
        return False
    at = next((index for index, line in enumerate(lines) if line.number == row.cells[0][2]), None)
    if at is None or not cut_at_page_end(lines, at):
        return False
    return not is_page_record(lines[at].text) and not is_contact_line(lines[at].text)


def numbered_rows(rows: Sequence[RawRow]) -> bool:
    """Whether every row read from cells carries its ref ("V.1", "2.3"): a table flattened one
    cell a line under Markdown headings, told apart from a page of headings and lists by a
    ref opening each of its rows.

    >>> from schemas.plan import Provenance
    >>> numbered_rows([RawRow(cells={ColumnRole.REF: "B.1"}, provenance=Provenance(line=1))])
    True
    """
    return bool(rows) and all(row.cells.get(ColumnRole.REF) for row in rows)


def rows_above_pillars(pillars: Sequence[str | None]) -> int:
    """How many rows at the top come before the first pillar's row, in a table whose rows
    otherwise all sit under a pillar (`MIN_ROWS` of them at least): those cells are the page
    above the table (its name, its menu, its title), not a row of it.

    >>> rows_above_pillars([None, "Visibility", "Visibility", "Recognition"]), rows_above_pillars([None, None, "R"])
    (1, 0)
    """
    first = next((index for index, pillar in enumerate(pillars) if pillar is not None), len(pillars))
    return first if len(pillars) - first >= MIN_ROWS else 0


_MAX_SECTION_WORDS = 10
_SECTION_DASH = re.compile(r"\s[\u2013\u2014:-]\s")


def section_rows_before_refs(
    cells: list[tuple[ColumnRole | None, str, int]], lines: Sequence[SourceLine]
) -> list[tuple[ColumnRole | None, str, int]]:
    """In a table whose rows each open with a ref, a short prose cell just before a ref that
    stands in a block of its own (blank lines around it), or that opens with a pillar's name
    ("Recognition \u2014 valuing what technicians do"), is a section row spanning the table:
    it is marked as the pillar cell, so it closes the row above instead of ending it.

    >>> page = [SourceLine(1, "Due"), SourceLine(2, ""), SourceLine(3, "Future skills"), SourceLine(4, ""),
    ...         SourceLine(5, "F1")]
    >>> section_rows_before_refs([(ColumnRole.END, "Due", 1), (None, "Future skills", 3), (ColumnRole.REF, "F1", 5)],
    ...                          page)[1][0]
    <ColumnRole.PILLAR: 'pillar'>
    """
    text_at = {line.number: line.text.strip() for line in lines}
    out = list(cells)
    for index, (kind, text, number) in enumerate(cells[:-1]):
        if kind is not None or cells[index + 1][0] is not ColumnRole.REF or len(text.split()) > _MAX_SECTION_WORDS:
            continue
        alone = not text_at.get(number - 1, "") and not text_at.get(number + 1, "")
        head = _SECTION_DASH.split(text, maxsplit=1)[0]
        if alone or (head != text and names_pillar(head)):
            out[index] = (ColumnRole.PILLAR, text, number)
    return out


_MAX_TIMESCALE_WORDS = 5
_MAX_STATUS_WORDS = 3
_MAX_ACCORDION_OWNER = 5


def trailing_timescale(words: Sequence[str]) -> int:
    """How many of the last words make one timescale as a plan prints it ("Q3 2024",
    "2024/25", "Summer 2025", "by end of 2025", "Annual"), the longest such run; 0 for none.

    >>> trailing_timescale("Head of Estates by end of 2025".split()), trailing_timescale("a new forum".split())
    (4, 0)
    """
    for size in range(min(_MAX_TIMESCALE_WORDS, len(words)), 0, -1):
        if _TIMESCALE.match(" ".join(words[-size:])) or repeats_with_an_event(" ".join(words[-size:])):
            return size
    return 0


_EVENT_REPEAT = re.compile(
    r"^(?:every|each)\s+(?:[a-z][\w-]*\s+){0,2}(?:day|days|week|term|semester|meeting|intake|event|show|fair)$", re.I
)


def repeats_with_an_event(text: str) -> bool:
    """A timescale that comes round with an event of the institution's year rather than a date
    ("Every open day", "Each board meeting", "Every term"), as a table's When cell says it.

    >>> repeats_with_an_event("Every open day"), repeats_with_an_event("each board meeting")
    (True, True)
    >>> repeats_with_an_event("every technician"), repeats_with_an_event("Every open day for staff")
    (False, False)
    """
    return bool(_EVENT_REPEAT.match(" ".join(text.split())))


def trailing_status(words: Sequence[str]) -> int:
    """How many of the last words are a status cell ("In progress", "Not started",
    "Completed"), counted only when a timescale stands just before it, since a row's status
    comes after its date; 0 for none.

    >>> trailing_status("Head of Estates Q2 2025 Not started".split()), trailing_status("Estates Ongoing".split())
    (2, 0)
    """
    for size in range(min(_MAX_STATUS_WORDS, len(words) - 1), 0, -1):
        if STATUS_CELL.match(" ".join(words[-size:])) and trailing_timescale(words[:-size]):
            return size
    return 0


def split_accordion_row(text: str) -> tuple[str, str, str, str | None] | None:
    """(action, owner, date, status) of a table row printed on one line with its cells
    joined by spaces: the action, the owner, the timescale, and maybe a status word last.
    Cells are peeled from the end by what they hold (`trailing_status`, `trailing_timescale`,
    `is_role_name`); None when the line does not end that way.

    >>> split_accordion_row("Open a tool library for all labs Head of Estates Mar 2026")
    ('Open a tool library for all labs', 'Head of Estates', 'Mar 2026', None)
    >>> split_accordion_row("Run a skills audit Workshop Managers Group 2025/26 In progress")
    ('Run a skills audit', 'Workshop Managers Group', '2025/26', 'In progress')
    >>> split_accordion_row("Launch the scheme in March 2026") is None
    True
    """
    words = " ".join(text.split()).split()
    status_size = trailing_status(words)
    status = " ".join(words[len(words) - status_size :]) if status_size else None
    words = words[: len(words) - status_size]
    date_size = trailing_timescale(words)
    if not date_size:
        return None
    date = " ".join(words[-date_size:])
    words = words[:-date_size]
    if (peeled := peel_owner(words)) is not None:
        return *peeled, date, status
    size = title_case_run(words) or body_run(words)
    if size and len(words) - size >= 2:
        return " ".join(words[:-size]), " ".join(words[-size:]), date, status
    return None


def peel_owner(words: Sequence[str]) -> tuple[str, str] | None:
    """(action, owner) of a joined row's words before its timescale, the owner peeled from the
    end as a role or unit's name (`is_role_name`, `owner_run_start`); None when no such name
    ends the words.

    >>> peel_owner("Open a tool library for all labs Head of Estates".split())
    ('Open a tool library for all labs', 'Head of Estates')
    """
    for size in range(min(owner_reach(words), len(words) - 2), 0, -1):
        owner = " ".join(words[-size:])
        if words[-size][:1].isupper() and is_role_name(owner):
            size -= owner_run_start(words, size)
            owner = " ".join(words[-size:])
            action = " ".join(words[:-size])
            if action.split()[-1].lower() in _JOINERS or len(action.split()) < 2:
                continue
            return action, owner
    return None


def cut_row_cells(text: str) -> dict[ColumnRole, str]:
    """The cells of a joined row the page's end cut off before its timescale: the owners it
    kept when it names two with a slash ("... in Engineering HR Manager / Head of Engin", as a
    slash between names separates owners), else the words as the action alone, since a cut
    name cannot be told from the action's own last words.

    >>> cut_row_cells("Add a prize HR Manager / Head of Sci")[ColumnRole.OWNER]
    'HR Manager / Head of Sci'
    >>> cut_row_cells("Report to the Board of Management's Staff Comm")
    {<ColumnRole.ACTION: 'action'>: "Report to the Board of Management's Staff Comm"}
    """
    words = text.split()
    peeled = peel_owner(words) if "/" in words else None
    if peeled is None or "/" not in peeled[1].split():
        return {ColumnRole.ACTION: " ".join(words)}
    return {ColumnRole.ACTION: peeled[0], ColumnRole.OWNER: peeled[1]}


def body_run(words: Sequence[str]) -> int:
    """How many of the last words name a group in sentence case that leads the row ("Line
    managers", "Lab technicians' network": `names_a_body`), the fewest that do; 0 otherwise.

    >>> body_run("Run a first-aid refresher Lab managers".split()), body_run("Run a refresher for all managers".split())
    (2, 0)
    """
    return next(
        (n for n in range(2, min(_MAX_BODY_WORDS, len(words) - 2) + 1) if names_a_body(" ".join(words[-n:]))), 0
    )


def owner_reach(words: Sequence[str]) -> int:
    """How many last words of a joined row may name its owner: `_MAX_ACCORDION_OWNER`, or
    up to `_MAX_OWNER_WORDS` when a slash among them joins two owners ("HR Manager / Head of
    Quality"), each of them short.

    >>> owner_reach("Run a fair HR Manager / Head of Quality".split()), owner_reach("Run a fair Head of HR".split())
    (6, 5)

    So may a role "of" two units, "and" joining them ("Head of Estates and Technical Services").

    >>> owner_reach("Run a fair Head of Estates and Technical Services".split())
    6
    """
    last = words[-_MAX_OWNER_WORDS:]
    of_role = len(last) == _MAX_OWNER_WORDS and last[0].lower() in _OF_ROLES and last[1].lower() == "of"
    return _MAX_OWNER_WORDS if "/" in last or (of_role and "and" in last) else _MAX_ACCORDION_OWNER


_OF_ROLES = frozenset({"head", "heads", "director", "directors", "dean", "deans", "manager", "managers"})


def owner_run_start(words: Sequence[str], size: int) -> int:
    """How many of the last `size` words, a run of capitalised words ending a joined row,
    belong to the action rather than the owner, when the action's own last words run into the
    owner: the owner opens with a role "of" something ("... Harbourne College Director of
    Estates"), or where the action's words start again as the name of the body that leads it
    ("... at the Open Day Open Day Team"); 0 when the run is all the owner.

    >>> owner_run_start("Meet at the College Director of Estates".split(), 4)
    1
    >>> owner_run_start("Tour for the Open Day Open Day Team".split(), 5)
    2
    >>> owner_run_start("Tour the labs Head of Estates".split(), 3), owner_run_start("Tour Faculty Managers".split(), 2)
    (0, 0)
    >>> owner_run_start("Tour the labs HR Manager / Head of Estates".split(), 6)  # two owners joined by a slash
    0
    >>> owner_run_start("Visit labs in Art and Design Art and Design Managers".split(), 5)  # "Art and Design Managers"
    1
    >>> owner_run_start("Visit labs in Art and Design Art and Design Managers".split(), 4)  # all the owner
    0
    """
    first = len(words) - size
    for index in range(first + 1, len(words) - 1):
        if words[index].lower() in _OF_ROLES and words[index + 1].lower() == "of" and words[index - 1] != "/":
            return index - first  # "HR Manager / Head of Quality": a second owner, not the first one's start
    for index in range(first + 1, len(words) - 1):
        if not words[index][:1].isupper() or words[index] not in words[first:index]:
            continue  # a name repeated from the action before the run may be the owner's own
        earlier = len(words[:index]) - 1 - words[:index][::-1].index(words[index])
        while index - 1 > first and earlier > 0 and words[index - 1] == words[earlier - 1]:
            index, earlier = index - 1, earlier - 1  # the repeated name began a word sooner
        return index - first
    return 0


_MIN_UNIT_WORDS = 2


def title_case_run(words: Sequence[str]) -> int:
    """How many of the last words name a unit in title case ("Student Recruitment",
    "Organisational Development"): `_MIN_UNIT_WORDS` to `_MAX_ACCORDION_OWNER` capitalised
    words (joiners such as "of" allowed inside) ending a sentence-case action; 0 otherwise.

    >>> title_case_run("Tour the labs Visitor Experience".split()), title_case_run("Tour the labs".split())
    (2, 0)
    """
    size = 0
    for word in reversed(words[-_MAX_ACCORDION_OWNER - 1 :]):
        if word[:1].isupper() or (size and word.lower() in _JOINERS):
            size += 1
        else:
            break
    while size and words[len(words) - size].lower() in _JOINERS:
        size -= 1
    if size > _MAX_ACCORDION_OWNER or size == len(words):
        return 0
    return size if size >= _MIN_UNIT_WORDS else 0


def row_ref(action: str) -> tuple[str | None, str]:
    """(ref, action) of a joined row's first cell: a row printed on one line keeps its ref
    in front ("PEO/2 Run a survey ..."), a cell of its own, not words of the action.

    >>> row_ref("PEO/2 Run a survey of all staff"), row_ref("Run a survey of all staff")
    (('PEO/2', 'Run a survey of all staff'), (None, 'Run a survey of all staff'))
    """
    match = ref_line(action)
    return (match.group("ref"), match.group("text")) if match else (None, action)


def _split_cells(split: tuple[str, str, str, str | None]) -> dict[ColumnRole, str]:
    action, owner, date, status = split
    ref, action = row_ref(action)
    cells = {ColumnRole.ACTION: action, ColumnRole.OWNER: owner, ColumnRole.END: date}
    if ref is not None:
        cells[ColumnRole.REF] = ref
    if status is not None:
        cells[ColumnRole.STATUS] = status
    return cells


def split_accordion_rows(rows: list[RawRow]) -> list[RawRow]:
    """Rows whose action text is a whole table row (see `split_accordion_row`), their owner
    and date set, when `FIELD_SHARE` of at least `MIN_ROWS` rows end that way and none has
    an owner or date of its own; other rows as they are."""
    plain = [r for r in rows if not ({ColumnRole.OWNER, ColumnRole.END, ColumnRole.START} & r.cells.keys())]
    splits = [split_accordion_row(r.cells.get(ColumnRole.ACTION, "")) for r in plain]
    hits = sum(1 for s in splits if s is not None)
    if hits < MIN_ROWS or hits < FIELD_SHARE * len(rows):
        return rows
    split_by_id = {id(r): s for r, s in zip(plain, splits, strict=True) if s is not None}
    out: list[RawRow] = []
    for row in rows:
        split = split_by_id.get(id(row))
        if split is None:
            out.append(row)
            continue
        cells = {**row.cells, **_split_cells(split)}
        out.append(replace(row, cells=cells))
    return out


def accordion_line_rows(lines: Sequence[SourceLine]) -> list[RawRow]:
    """Rows of a table whose rows are printed one per line, not as list items (see
    `split_accordion_row`), each under the last pillar heading above it (`group_heading`):
    [] unless `MIN_ROWS` lines or more read that way."""
    rows: list[RawRow] = []
    section: str | None = None
    for line in lines:
        split = split_accordion_row(line.text)
        if split is None:
            section = group_heading(line.text) or section
            continue
        cells = _split_cells(split)
        if section is not None:
            cells[ColumnRole.PILLAR] = section
        rows.append(RawRow(cells=cells, provenance=Provenance(line=line.number), section=section))
    if rows and (cut := row_cut_at_page_end(lines, rows[-1].provenance.line or 0)) is not None:
        rows.append(RawRow(cells=cut_row_cells(cut.text), provenance=Provenance(line=cut.number), section=section))
    return rows if len(rows) >= MIN_ROWS else []


def row_cut_at_page_end(lines: Sequence[SourceLine], last_row: int) -> SourceLine | None:
    """The line straight under the last row of a table printed one row a line (blank lines and
    a pillar's group line between allowed) when it is the page's last line with words, cut off mid-word
    (`cut_at_page_end`) before its owner and date: the next row as far as the page goes;
    None when the page goes on or ends otherwise, on a line recording the page ("Last updated
    May 2031 by the Web Team") among them.

    >>> page = [SourceLine(1, "Run a fair for schools Outreach Team Jun 2031"), SourceLine(2, ""),
    ...         SourceLine(3, "Hold an open morning for part")]
    >>> row_cut_at_page_end(page, 1).number, row_cut_at_page_end(page[:2] + [SourceLine(3, "Contact us.")], 1)
    (3, None)
    """
    at = next((index for index, line in enumerate(lines) if line.number == last_row), None)
    if at is None:
        return None
    below = next(
        (i for i in range(at + 1, len(lines)) if lines[i].text.strip() and group_heading(lines[i].text) is None), None
    )  # a pillar's group line may stand between ("Governance +")
    if below is None or not cut_at_page_end(lines, below):
        return None
    text = lines[below].text
    return None if is_page_record(text) or is_contact_line(text) else lines[below]  # "Last updated ... by HR"
