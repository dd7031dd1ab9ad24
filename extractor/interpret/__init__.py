"""A `Document` (blocks in reading order, from any reader) as the rows of a plan.

`document_to_output` walks the blocks once, keeping the heading in force
(`sections.SectionState`):

- every table is read by `tables.read_tables` (`FROM_DOCUMENT`) under the section in force
  (a table with no header as wide as the one before continues it; a key table gives legend
  entries);
- when no table has a header, tables of three columns or more are read by the
  plain-text rules' column guess (`headerless_tables`);
- the headings, paragraphs and lists are read together by the plain-text rules
  (`text.read_text_blocks`, where the reason is given); when tables gave actions, a
  list row is kept only when it carries a field or a ref of its own
  (`keeps_text_row`), so an introduction's bullet points are not taken for actions;
- a list item that is a line of the owner key is not an action (`is_key_entry`);
- rows come out in the order of the blocks they came from.

The `LayoutOutput` also carries the lines above the first action (`head`, where
`extractor.metadata` looks for the title, institution and period) and the entries of
key tables (`legend`).
"""

from __future__ import annotations

import logging
import re

from extractor.document import Block, Document, Heading, ListItem, Paragraph, Table
from extractor.headings import TITLE_LIKE, heading_text
from extractor.interpret.sections import SectionState, is_sheet_name, title_levels
from extractor.interpret.tables import FROM_DOCUMENT, SourceTable, cell_text, fold, read_tables
from extractor.interpret.text import read_text_blocks
from extractor.layouts.pdf_tables import heading_like
from extractor.metadata import find_institution, find_legend
from extractor.normalise.pillars import classify_pillar
from extractor.rows import ColumnRole, LayoutOutput, RawRow
from extractor.settings import ExtractionSettings
from extractor.sources import SourceLine

__all__ = ["document_lines", "document_to_output", "is_key_entry", "keeps_text_row"]

logger = logging.getLogger(__name__)

# How many lines above the first action the title block may hold.
MAX_HEAD_LINES = 25
# Fields that make a list row an action of the plan even beside tables.
_OWN_FIELDS = frozenset(
    {ColumnRole.REF, ColumnRole.OWNER, ColumnRole.MEASURE, ColumnRole.START, ColumnRole.END, ColumnRole.STATUS}
)
_BOLD_HEADING_LEVEL = 7  # a paragraph set in bold is a heading below every real level


def keeps_text_row(row: RawRow) -> bool:
    """Beside tables that hold the plan, a list item is an action only when it has a ref, an
    owner, a measure, a date or a status of its own: bare bullets are introduction or aims, and
    so are sentences of the prose around the tables whose only status is their own wording or the
    heading over them (`status_in_its_words`: "we have learned", "What we achieved")."""
    fields = {role for role in _OWN_FIELDS if row.cells.get(role, "").strip()}
    return bool(fields) and not (fields == {ColumnRole.STATUS} and status_in_its_words(row))


def status_in_its_words(row: RawRow) -> bool:
    """The row's status is words of its own sentence (a tense or verb the prose reader took as
    how far the deed has got) or the heading it stands under ("What we achieved this year"), not
    a status printed apart from the action.

    >>> from schemas.plan import Provenance
    >>> told = RawRow(cells={ColumnRole.ACTION: "We have opened the store.", ColumnRole.STATUS: "have opened"},
    ...               provenance=Provenance(line=1))
    >>> printed = RawRow(cells={ColumnRole.ACTION: "Open the store", ColumnRole.STATUS: "Complete"},
    ...                  provenance=Provenance(line=1))
    >>> headed = RawRow(cells={ColumnRole.ACTION: "Ran two open days.", ColumnRole.STATUS: "Our year"},
    ...                 provenance=Provenance(line=1), section="Our year")
    >>> status_in_its_words(told), status_in_its_words(printed), status_in_its_words(headed)
    (True, False, True)
    """
    status = fold(row.cells.get(ColumnRole.STATUS, "")).casefold().strip()
    heading = fold(row.section or "").casefold().strip()
    return bool(status) and (status in fold(row.cells.get(ColumnRole.ACTION, "")).casefold() or status == heading)


def is_key_entry(row: RawRow, codes: set[str]) -> bool:
    """A list item that is a line of the owner key ("DTS = Director of Technical Services")
    under a heading the list rules do not know as a key's: its text names a code the plan's
    key defines, and it carries no other field."""
    text = fold(row.cells.get(ColumnRole.ACTION, ""))
    if not text or any(v.strip() for role, v in row.cells.items() if role is not ColumnRole.ACTION):
        return False
    entry = find_legend(["Key", text])
    return bool(entry) and next(iter(entry)) in codes


_CAPTION = re.compile(r"^(table|figure)\s+\d{1,2}[a-z]?\s*[:.\u2013\u2014-]\s*\S", re.I)


def table_heading(table: Table, before: Block | None = None) -> str | None:
    """A table's caption, when it reads as a heading ("Table 2: Recognition"): the table's own,
    or a paragraph right above it that reads "Table N: ..." (a word processor's caption is a
    paragraph of its own)."""
    caption = table.caption
    if not caption and isinstance(before, Paragraph) and _CAPTION.match(fold(before.text)):
        caption = before.text
    if not caption:
        return None
    text = heading_text(fold(caption))
    return text if heading_like(text) else None


def paragraph_heading(block: Paragraph) -> Heading | None:
    """A short paragraph set wholly in bold that reads as a heading: a heading in all but name,
    unless it names the plan, a year or the institution (a title line)."""
    text = fold(block.text)
    if not block.bold or not heading_like(text) or TITLE_LIKE.search(text) or find_institution(text):
        return None  # the plan's title or the institution's name set in bold is no section
    return Heading(text=text, level=_BOLD_HEADING_LEVEL, provenance=block.provenance)


def document_to_output(doc: Document, settings: ExtractionSettings) -> LayoutOutput:
    """Rows of every table and list in the document, in reading order, with the title block
    lines and the owner key entries found in tables."""
    state = SectionState(titles=title_levels(doc.blocks))
    placed: list[tuple[int, int, RawRow]] = []  # (block index, position, row)
    header_rows: dict[int, int] = {}  # table block index -> grid row of its header
    unread: set[int] = set()  # tables with no header, no records and no key
    tables: list[SourceTable] = []
    where: list[int] = []  # each table's block index
    fresh = True  # a heading stands between the table before and the next one
    for index, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            state.enter(block)
            fresh = True
        elif isinstance(block, Paragraph) and (pseudo := paragraph_heading(block)) is not None:
            state.enter(pseudo)
            fresh = True
        elif isinstance(block, Table):
            caption = table_heading(block, doc.blocks[index - 1] if index else None)
            section = state.section()
            if caption and (section is None or classify_pillar(caption) is not None):
                section = caption
            tables.append(SourceTable(block, section, after_heading=fresh))
            where.append(index)
            fresh = False
    read = read_tables(tables, FROM_DOCUMENT)
    output = read.output
    for index, reading in zip(where, read.tables, strict=True):
        if reading.columns is None and not reading.rows and not reading.legend:
            unread.add(index)
        placed.extend((index, k, row) for k, row in enumerate(reading.rows))
        if reading.header_row is not None:
            header_rows[index] = reading.header_row
    any_header = any(reading.columns is not None for reading in read.tables)
    headerless = headerless_tables(doc.blocks, unread) if not any_header else frozenset()
    text_output, order = read_text_blocks(doc.blocks, doc.path, doc.sha256, settings, headerless)
    from_tables = bool(placed)
    codes = set(output.legend) | set(find_legend([line.text for line in document_lines(doc)]))
    for position, (row, index) in enumerate(zip(text_output.rows, order, strict=True)):
        if is_key_entry(row, codes):
            output.rejected.append(("key_entry", fold(row.cells.get(ColumnRole.ACTION, ""))[:120], row.provenance))
            continue
        if from_tables and not keeps_text_row(row):
            output.rejected.append(
                ("list_item_beside_tables", fold(row.cells.get(ColumnRole.ACTION, ""))[:120], row.provenance)
            )
            continue
        placed.append((index, position, row))
    output.warnings.extend(text_output.warnings)
    output.rejected.extend(text_output.rejected)
    if not output.period_columns:
        output.period_columns = list(text_output.period_columns)
    placed.sort(key=lambda item: (item[0], item[1]))
    output.rows = [row for _, _, row in placed]
    first = placed[0][0] if placed else len(doc.blocks)
    output.head = head_lines(doc.blocks, first, header_rows.get(first))
    logger.debug("%s: %d rows from %d blocks", doc.path, len(output.rows), len(doc.blocks))
    return output


# A table without a header is handed to the text rules' column guess from this many columns.
MIN_GUESSED_COLUMNS = 3


def headerless_tables(blocks: list[Block], unread: set[int]) -> frozenset[int]:
    """Tables no header was found in, in a document where no table has one, with at least
    `MIN_GUESSED_COLUMNS` columns: the text rules guess their columns from what the cells hold
    (`extractor.layouts.text_guess`), as for a spreadsheet pasted as text without its header.
    A two-column table (document control, contacts) is never guessed at."""
    return frozenset(
        index for index in unread if isinstance(block := blocks[index], Table) and block.n_cols >= MIN_GUESSED_COLUMNS
    )


def block_lines(block: Block) -> list[str]:
    """A block's text as lines: a heading, paragraph or item as its lines; a table row as its
    cells joined by tabs (each spanned cell once), a row of one cell as that cell's lines."""
    if isinstance(block, Table):
        lines: list[str] = []
        for r, row in enumerate(block.grid()):
            texts = [t for t in _row_once(row, r) if t]
            if len(texts) == 1:
                lines.extend(line for line in texts[0].split("\n") if line.strip())
            elif texts:
                lines.append("\t".join(fold(t) for t in texts))
        return lines
    prefix = "- " if isinstance(block, ListItem) else ""
    lines = [line.strip() for line in block.text.split("\n") if line.strip()]
    return [f"{prefix}{lines[0]}", *lines[1:]] if lines else []


def _row_once(row: list, index: int) -> list[str]:
    seen: list[object] = []
    texts: list[str] = []
    for cell in row:
        if cell is None or any(cell is other for other in seen):
            continue
        seen.append(cell)
        texts.append(cell_text(cell))
    return texts


def document_lines(doc: Document) -> list[SourceLine]:
    """Every block's lines, numbered, for the rules that read a plan's text (the key, a
    period printed anywhere, the institution named most often)."""
    lines: list[SourceLine] = []
    previous: Block | None = None
    index = 0
    while index < len(doc.blocks):
        block = doc.blocks[index]
        if lines and lines[-1].text and (isinstance(block, Heading | Table) or isinstance(previous, Heading | Table)):
            lines.append(SourceLine(number=len(lines) + 1, text=""))  # headings and tables stand apart
        term = definition_line(block, doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None)
        for text in [term] if term else block_lines(block):
            lines.append(SourceLine(number=len(lines) + 1, text=text))
        index += 2 if term else 1
        previous = block
    return lines


_TERM = re.compile(r"/dt\[(\d+)\]$")
_DESCRIPTION = re.compile(r"/dd\[(\d+)\]$")


def definition_line(term: Block, description: Block | None) -> str | None:
    """A web page's definition list entry (a term, then its description) as one "TERM: text"
    line, as a key of owner codes is often written; None for any other pair of blocks."""
    if not isinstance(term, Paragraph) or not isinstance(description, Paragraph):
        return None
    first = _TERM.search(term.provenance.element or "")
    second = _DESCRIPTION.search(description.provenance.element or "")
    if first is None or second is None or first.group(1) != second.group(1):
        return None
    return f"{fold(term.text)}: {fold(description.text)}"


def head_lines(blocks: list[Block], first: int, header_row: int | None) -> list[str]:
    """The title block: the lines of the blocks before the first block that gave an action,
    and of that table's rows above its header (a spreadsheet's title rows), at most
    `MAX_HEAD_LINES` non-empty lines."""
    head: list[str] = []
    for block in blocks[:first]:
        if isinstance(block, Table) or (isinstance(block, Heading) and is_sheet_name(block)):
            continue  # a document-control table or a worksheet's name is not the title block
        head.extend(fold(text) for text in block_lines(block) if fold(text))
    if header_row and first < len(blocks) and isinstance(blocks[first], Table):
        table = blocks[first]
        assert isinstance(table, Table)
        for r, row in enumerate(table.grid()[:header_row]):
            head.extend(fold(t) for t in _row_once(row, r) if fold(t))
    return head[:MAX_HEAD_LINES]
