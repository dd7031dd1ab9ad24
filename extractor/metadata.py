"""Institution, title, period and owner legend, found in the document itself.

Works on the text lines of any source (a text file, or a PDF's page text), so the
same rules serve every layout. The document's own words come first; a PDF's
Title/Author properties are only a fallback, and only when they name an
institution or a plan.

- **title**: the first line near the top that names the Technician Commitment or
  an action plan (in a PDF, the one set in the largest type, so a running page
  header is passed over); when that line names only one of them ("Technician
  Commitment") and the next line carries the rest ("2022-2025: Action Plan"),
  the two are joined.
- **institution**: "University of X", "X University", "X Institute (of Y)",
  "X College (Z)", "Institute of X" ... from the title block, cut before words
  such as Technician, Commitment, Action or Plan.
- **period** (YYYY-MM): a printed month range ("October 2023 to September
  2026") wins; else the start from "commencing January 2022" or the first Gantt
  period column, and the end from a duration ("36 month", "three-year"), the
  last Gantt period column, or a year range ("2022-25") counted from the start.
  With only a year range, both ends are years.
- **legend**: the lines under a "Who" / "Key" / "Legend" / "Abbreviations"
  heading (or any run of three or more "CODE: Name" lines), each read as
  "CODE: Name", "CODE - Name", "CODE = Name", "CODE, Name" or "CODE Name", or a
  two-column Markdown table ("| CODE | Name |", its header row and rule skipped),
  or on one line: "Key: TCL - Commitment Lead; HR - Human Resources".
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from extractor.document import Document
from extractor.headings import heading_text, heads_key_table, names_key, names_legend
from extractor.layouts.text_common import period_month
from extractor.rows import RawRow, header_role
from extractor.sources import SourceDocument, SourceLine

logger = logging.getLogger(__name__)


@dataclass
class DocumentMetadata:
    institution: str | None = None
    title: str | None = None
    period_start: str | None = None  # YYYY-MM or YYYY
    period_end: str | None = None
    legend: dict[str, str] = field(default_factory=dict)
    evidence: dict[str, str] = field(default_factory=dict)  # field -> where the value was read


_HEAD_LINES = 25
_TITLE_WORDS = re.compile(r"technicians?['\u2019]?\s+commitment|action\s+plan|\bplan\b", re.I)
_PLAN_WORD = re.compile(r"\bplan\b", re.I)
_COMMITMENT = re.compile(r"technicians?['\u2019]?\s+commitment", re.I)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_ANCHORS = frozenset({"University", "Institute", "College", "Conservatoire", "Academy", "Institution"})
_ANCHORS_AFTER_A_NAME = frozenset({"School", "Observatory", "Laboratory", "Centre"})  # "London School of ..."
_ANCHOR_WORD = re.compile(
    r"universit|institut|college|conservatoire|academy|school|observatory|laboratory|centre", re.I
)
_NAME_STOP = frozenset(
    (
        *("Technician", "Technicians", "Technical", "Commitment", "Action", "Actions", "Plan", "Plans", "Progress"),
        *("Report", "Update", "Strategy", "Annual", "Year", "Years", "Month", "Months", "Page", "Draft"),
        *("Version", "Key", "Who", "RAG", "Status", "Summary", "Review", "Staff", "Services", "The", "This"),
    )
)
_NAME_JOINERS = frozenset({"of", "and", "the", "upon", "on", "in", "for", "&"})
_TOKEN = re.compile(r"[A-Za-z][\w'\u2019&.-]*|\S")
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_YEAR = rf"{_MONTH}\.?[\s\-/']*((?:19|20)\d\d)"
_MONTH_RANGE = re.compile(rf"\b{_MONTH_YEAR}\s*(?:to|until|till|through|[-\u2013\u2014])\s*{_MONTH_YEAR}", re.I)
_COMMENCING = re.compile(
    rf"\b(?:commencing|commences|starting|starts|beginning|begins|from|effective)\s+(?:in\s+|on\s+)?{_MONTH_YEAR}",
    re.I,
)
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-\u2013\u2014/]|\bto\b)\s*((?:19|20)?\d\d)\b")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eighteen": 18, "twelve": 12}
_DURATION = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|twelve|eighteen)[\s\-]*(month|year)s?\b(?![\s\-]*(?:old|ago))", re.I
)
_DATE_TOKEN = re.compile(
    rf"\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|\b{_MONTH}[\s\-/']*\d{{2,4}}\b|\bQ[1-4][\s\-]*\d{{4}}\b", re.I
)
_CODE = r"[A-Z][A-Za-z0-9&/.+]{0,11}"
_LEGEND_SEPARATED = re.compile(rf"^({_CODE})\s*(?::|=|,|\t|\s[-\u2013\u2014]|[-\u2013\u2014]\s)\s*(\S.*)$")
_LEGEND_SPACED = re.compile(rf"^({_CODE})\s+([A-Z].*)$")
_TABLE_RULE = re.compile(r"^:?-{3,}:?$")
_RUNNING = 3  # a line printed this many times is a running page header or footer
# A key printed on one line after its heading and a colon, entries split by ";" or "|" (`names_key`).
_INLINE_LEGEND = re.compile(r"^([^:]{1,60}?)\s*:\s*(\S.*[;|].*)$")
# a list marker; "(cid:127)" is a bullet drawn from a symbol font that the PDF does not map to text
_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u2013\u25aa\u25e6]|\(cid:\d+\)|\d{1,2}[.)])\s+")


def find_metadata(
    source: SourceDocument | Document,
    rows: list[RawRow],
    period_columns: Sequence[str] = (),
    head: Sequence[str] | None = None,
) -> DocumentMetadata:
    """What the plan says about itself. `period_columns` (YYYY-MM of Gantt columns)
    is used when given; otherwise a line of four or more dates is looked for. `head`,
    the title block's lines, is used when the parser found it (a `Document`'s blocks)."""
    if isinstance(source, Document):
        return document_metadata(source, period_columns, head or [])
    lines = source_lines(source)
    raw_texts = [line.text for line in lines]
    head = _head_lines(source, lines, rows)
    meta = DocumentMetadata()
    meta.title = _title(head, _first_page_sizes(source))
    if source.kind == "text":  # a running page header that names the plan is not its title
        meta.title = _title([text for text in head if text not in _running_lines(raw_texts)]) or meta.title
    if meta.title:
        meta.evidence["title"] = "document text"
    meta.institution = next((name for text in head if (name := find_institution(text))), None)
    if meta.institution:
        meta.evidence["institution"] = "document text"
    for key in ("Title", "Subject", "Author"):
        value = " ".join(source.metadata.get(key, "").split())
        if not meta.institution and (name := find_institution(value)):
            meta.institution, meta.evidence["institution"] = name, f"PDF {key}"
        if key == "Title" and not meta.title and _TITLE_WORDS.search(value):
            meta.title, meta.evidence["title"] = value, "PDF Title"
    if not meta.institution and (name := _most_named_institution(raw_texts)):
        meta.institution, meta.evidence["institution"] = name, "document text (most named)"
    columns = list(period_columns) or _gantt_columns(raw_texts)
    meta.period_start, meta.period_end = find_period([*head, *([meta.title] if meta.title else [])], columns)
    meta.legend = find_legend(raw_texts)
    logger.debug(
        "%s: institution=%r title=%r period=%s..%s legend=%d codes",
        source.display_path,
        meta.institution,
        meta.title,
        meta.period_start,
        meta.period_end,
        len(meta.legend),
    )
    return meta


def document_metadata(doc: Document, period_columns: Sequence[str], head: Sequence[str]) -> DocumentMetadata:
    """What a `Document` says about itself, by the same rules as for text: the title and
    institution from the title block (the blocks above the first action), else from the
    title the file declares (an HTML <title>, a document's core properties), else the
    institution named most often; the period from the title block and the Gantt columns;
    the key from every line (a key table's cells read as "CODE<tab>Name" lines)."""
    from extractor.interpret import document_lines

    raw_texts = [line.text for line in document_lines(doc)]
    head = [text for text in head if not _BREADCRUMB.match(text)]
    meta = DocumentMetadata()
    meta.title = _title(list(head))
    if meta.title:
        meta.evidence["title"] = "document text"
    meta.institution = next((name for text in head if (name := find_institution(text))), None)
    if meta.institution:
        meta.evidence["institution"] = "document text"
    declared = " ".join((doc.title or "").split())
    if not meta.institution and (name := find_institution(declared)):
        meta.institution, meta.evidence["institution"] = name, "declared title"
    if not meta.title and _TITLE_WORDS.search(declared):
        meta.title, meta.evidence["title"] = declared, "declared title"
    if not meta.institution and (name := _most_named_institution(raw_texts)):
        meta.institution, meta.evidence["institution"] = name, "document text (most named)"
    columns = list(period_columns) or _gantt_columns(raw_texts)
    meta.period_start, meta.period_end = find_period([*head, *([meta.title] if meta.title else [])], columns)
    meta.legend = find_legend(raw_texts)
    return meta


def source_lines(source: SourceDocument) -> list[SourceLine]:
    """The document's lines as the text layout reads them: a CSV file's (or a spreadsheet
    paste's) records as tab-separated cells, so a title record padded with empty cells
    ("Title,,,,") reads as its title."""
    from extractor.layouts.plain_text import table_text_lines

    return table_text_lines(source, source.lines)


_BREADCRUMB = re.compile(r"^[^>]{1,60}(?:\s[>\u203a\u00bb]\s[^>]{1,60}){2,}$")


def _head_lines(source: SourceDocument, lines: list[SourceLine], rows: list[RawRow]) -> list[str]:
    """The title block: non-empty lines above the first table header or action (at most `_HEAD_LINES`)."""
    first = rows[0].provenance.line if rows and source.kind == "text" else None
    head: list[str] = []
    for line in lines:
        if (first is not None and line.number >= first) or (line.page or 1) > 1 or len(head) >= _HEAD_LINES:
            break
        text = " ".join(line.text.split())
        if not text:
            continue
        if _looks_like_header_line(line.text):
            break
        if _BREADCRUMB.match(text):  # "Home > Staff > Technicians": a web page's trail, not a title
            continue
        if "\t" not in line.text.strip():  # trailing tabs pad a one-cell row
            head.append(text)
    return head


def _running_lines(texts: Sequence[str]) -> set[str]:
    """Running page headers and footers of a text: lines printed first on a page (after a form
    feed, as PDF-to-text tools end a page) or printed `_RUNNING` times or more, whitespace folded."""
    counts = Counter(" ".join(text.split()) for text in texts if text.strip())
    tops = {" ".join(text.split()) for text in texts if text.startswith("\f") and text.strip()}
    return tops | {text for text, n in counts.items() if n >= _RUNNING}


def _looks_like_header_line(text: str) -> bool:
    """A table header printed as one line: mostly words that name columns, three roles or more."""
    words = text.split()
    if not words or len(words) > 16:
        return False
    roles = [header_role(word) for word in words]
    named = [role for role in roles if role is not None]
    return len(set(named)) >= 3 and len(named) >= 0.4 * len(words)


def _title(head: list[str], sizes: Mapping[str, float] | None = None) -> str | None:
    """The title among the head lines: the first that reads like one, or, when the font sizes
    of a PDF's first page are known, the one set largest (a running page header that names
    the plan in small type comes before the real title)."""
    candidates: list[tuple[int, str]] = []
    for index, text in enumerate(head):
        if is_sentence(text):
            continue
        text = heading_text(text)
        if not _TITLE_WORDS.search(text) or len(text) > 200:
            continue
        has_plan, has_commitment = bool(_PLAN_WORD.search(text)), bool(_COMMITMENT.search(text))
        if has_plan and has_commitment:
            candidates.append((index, text))
            continue
        if index + 1 < len(head):
            following = heading_text(head[index + 1])
            completes = _PLAN_WORD.search(following) if has_commitment else _COMMITMENT.search(following)
            if completes and len(following) <= 100 and not find_institution(following):
                candidates.append((index, f"{text} {following}"))
                continue
        if has_plan or has_commitment:
            candidates.append((index, text))
    if not candidates:
        return None
    if sizes:
        index, text = max(candidates, key=lambda c: (sizes.get(" ".join(head[c[0]].split()), 0.0), -c[0]))
        return _wrapped_title(head, index, text, sizes)
    return candidates[0][1]


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_MIN_SENTENCE_WORDS = 6


def is_sentence(text: str) -> bool:
    """A line of running prose, never a title: it ends with a full stop or a colon (a lead-in
    to a list), or holds a sentence break, and runs to several words.

    >>> is_sentence("In the second year we have agreed to:"), is_sentence("Technician Commitment Action Plan 2025")
    (True, False)
    """
    folded = " ".join(text.split())
    if len(folded.split()) < _MIN_SENTENCE_WORDS:
        return False
    return folded.endswith((".", ":")) or bool(_SENTENCE_BREAK.search(folded))


def _wrapped_title(head: list[str], index: int, text: str, sizes: Mapping[str, float]) -> str:
    """A title set large that wraps: its next line in the same size, shorter and not naming
    the institution, is the rest of it ("... Action Plan" / "2024-2027")."""
    if text != heading_text(head[index]) or index + 1 >= len(head):
        return text
    size = sizes.get(" ".join(head[index].split()))
    following = heading_text(head[index + 1])
    if (
        size
        and sizes.get(" ".join(head[index + 1].split())) == size
        and len(following) < len(text)
        and not find_institution(following)
    ):
        return f"{text} {following}"
    return text


def _first_page_sizes(source: SourceDocument) -> dict[str, float]:
    """Font size of each text line on a PDF's first page (largest word), by its folded text."""
    if source.kind != "pdf" or source.pdf is None or not source.page_count:
        return {}
    from extractor.layouts.pdf_page import page_data, words_to_lines

    sizes: dict[str, float] = {}
    for line in words_to_lines(page_data(source, 1).words):
        sizes.setdefault(" ".join(line.text.split()), line.size)
    return sizes


def find_institution(text: str) -> str | None:
    """The institution a line names, or None. A name printed in capitals is title-cased.

    >>> find_institution("University of Eastmoor Technician Commitment - three year plan")
    'University of Eastmoor'
    >>> find_institution("Action Plan for Harbourside Institute of Science 2024-27")
    'Harbourside Institute of Science'
    >>> find_institution("Harbourside Institute of Science"), find_institution("Imperial College London plan")
    ('Harbourside Institute of Science', 'Imperial College London')
    >>> find_institution("UNIVERSITY OF THE NORTH TECHNICIAN COMMITMENT")
    'University of the North'
    """
    if not _ANCHOR_WORD.search(text):
        return None
    tokens = _TOKEN.findall(text)
    for index, token in enumerate(tokens):
        anchor = token.title()
        if not token[:1].isupper() or (anchor not in _ANCHORS and anchor not in _ANCHORS_AFTER_A_NAME):
            continue
        before: list[str] = []
        back = index - 1
        while back >= 0 and _name_word(tokens[back]) and tokens[back].title() not in _ANCHORS:
            before.insert(0, tokens[back])
            back -= 1
        after = _name_tail(tokens[index + 1 :])
        # A bare anchor needs "of ..." or a second anchor ("University College London").
        bare_ok = anchor in _ANCHORS and after and (after[0].lower() == "of" or after[0].title() in _ANCHORS)
        if before or bare_ok:
            name = [*before, token, *after]
            return _title_case(name) if all(t.isupper() or not t[:1].isalpha() for t in name) else " ".join(name)
    return None


def _title_case(words: list[str]) -> str:
    return " ".join(w.lower() if w.lower() in _NAME_JOINERS else w.title() for w in words)


def _name_word(token: str) -> bool:
    return token[:1].isupper() and token.title() not in _NAME_STOP and not any(c.isdigit() for c in token)


def _name_tail(tokens: list[str]) -> list[str]:
    """Capitalised words (joined by of/and/the...) after an anchor word."""
    tail: list[str] = []
    pending: list[str] = []
    for token in tokens:
        lower = token.lower()
        if lower in _NAME_JOINERS and (lower != "the" or token == "the" or pending):
            pending.append(token)
            continue
        if not _name_word(token) and token.title() not in _ANCHORS:
            break
        tail.extend([*pending, token])
        pending = []
    return tail


def _most_named_institution(lines: Sequence[str]) -> str | None:
    """The institution named most often in the whole text (first named wins a tie)."""
    counts: Counter[str] = Counter()
    for line in lines:
        if (name := find_institution(line)) is not None:
            counts[name] += 1
    return counts.most_common(1)[0][0] if counts else None


def _add_months(month: str, count: int) -> str:
    year, number = int(month[:4]), int(month[5:7]) - 1 + count
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def _gantt_columns(lines: list[str]) -> list[str]:
    """YYYY-MM of the first line holding four or more evenly spaced dates."""
    for line in lines:
        found = [m for m in (period_month(t.group(0)) for t in _DATE_TOKEN.finditer(line)) if m]
        if len(found) >= 4 and _step(found):
            return found
    return []


def _step(months: list[str]) -> int | None:
    """Months between consecutive columns when they rise evenly (1, 2, 3, 4, 6 or 12), else None."""
    values = [int(m[:4]) * 12 + int(m[5:7]) for m in months]
    gaps = Counter(b - a for a, b in pairwise(values))
    step, count = gaps.most_common(1)[0]
    if step in (1, 2, 3, 4, 6, 12) and count >= len(values) - 2 and all(b > a for a, b in pairwise(values)):
        return step
    return None


def find_period(lines: Sequence[str], columns: Sequence[str] = ()) -> tuple[str | None, str | None]:
    """(start, end) of the plan, YYYY-MM where a month is known, else YYYY.

    >>> find_period(["Action Plan 2022-2025: 36 month plan (commencing January 2022)"])
    ('2022-01', '2024-12')
    >>> find_period(["Plan 2022-23"], ["2022-04", "2022-07", "2022-10", "2023-01"])
    ('2022-04', '2023-03')
    >>> find_period(["Technician Commitment Action Plan 2023-2026"])
    ('2023', '2026')
    """
    text = " ".join(lines)
    if match := _MONTH_RANGE.search(text):
        start, end = (
            period_month(f"{match.group(1)} {match.group(2)}"),
            period_month(f"{match.group(3)} {match.group(4)}"),
        )
        if start and end and start <= end:
            return start, end
    start = None
    if match := _COMMENCING.search(text):
        start = period_month(f"{match.group(1)} {match.group(2)}")
    step = _step(list(columns)) if len(columns) >= 2 else None
    if start is None and columns:
        start = columns[0]
    years = _year_range(text)
    months = _duration_months(text)
    if start is not None:
        if months:
            return start, _add_months(start, months - 1)
        if columns and step:
            return start, _add_months(columns[-1], step - 1)
        if years:
            return start, _add_months(start, 12 * (years[1] - years[0]) - 1)
        return start, None
    if years:
        return str(years[0]), str(years[1])
    return plan_year_key(text) or (None, None)


# "Year 1 = January to December 2025", "Year 2: 2026", "Year 3 is 2027": one entry of a key of plan years
_PLAN_YEAR_ENTRY = re.compile(
    r"\byear\s*(?P<n>[1-9])\s*(?:=|:|\bis\b)\s*(?:(?P<month>[A-Za-z]{3,9})\s+(?:to|-|\u2013)\s+[A-Za-z]{3,9}\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def plan_year_key(text: str) -> tuple[str, str] | None:
    """(start, end) of a plan the page dates by a key of its years ("Plan years: Year 1 =
    January to December 2025, Year 2 = 2026, Year 3 = 2027"): Year 1's month and year start it,
    the last year named ends it. None without an entry for Year 1.

    >>> plan_year_key("Our years: Year 1 = September to August 2026, Year 2 = 2027, Year 3 = 2028.")
    ('2026-09', '2028')
    >>> plan_year_key("Year 2 students: 2026") is None
    True
    """
    entries = {int(m.group("n")): m for m in _PLAN_YEAR_ENTRY.finditer(text)}
    first = entries.get(1)
    if first is None:
        return None
    start = period_month(f"{first.group('month')} {first.group('year')}") if first.group("month") else None
    return start or first.group("year"), entries[max(entries)].group("year")


def _year_range(text: str) -> tuple[int, int] | None:
    for match in _YEAR_RANGE.finditer(text):
        first, second = int(match.group(1)), match.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if 0 < last - first <= 10:
            return first, last
    return None


def _duration_months(text: str) -> int | None:
    match = _DURATION.search(text)
    if not match:
        return None
    number = match.group(1).lower()
    count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
    months = count * 12 if match.group(2).lower() == "year" else count
    return months if 3 <= months <= 120 else None


def _legend_entry(text: str, *, loose: bool) -> tuple[str, str] | None:
    """(code, name) of a legend line; `loose` also accepts 'CODE Name' with no separator."""
    text = _BULLET.sub("", text).strip()
    match = _LEGEND_SEPARATED.match(text) or (_LEGEND_SPACED.match(text) if loose else None)
    if not match:
        return None
    code, name = match.group(1).rstrip(".:,"), " ".join(match.group(2).split()).strip(" ;,")
    if sum(1 for c in code if c.isupper()) < 2 or not name or len(name) > 160:
        return None
    return code, name


def find_legend(lines: Sequence[str]) -> dict[str, str]:
    """Owner codes and what they stand for, in the order printed.

    >>> find_legend(["Who", "TSL: Technical Services Lead", "SMs, Section Managers", "", "RAG"])
    {'TSL': 'Technical Services Lead', 'SMs': 'Section Managers'}
    """
    legend: dict[str, str] = {}
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        if (inline := _INLINE_LEGEND.match(text)) and names_key(inline.group(1)):
            for part in re.split(r"\s*;\s*|\s+\|\s+", inline.group(2)):
                if entry := _legend_entry(part, loose=False):
                    legend.setdefault(*entry)
            index += 1
            continue
        headed = bool(text) and names_legend(text)
        headed = headed or bool(heads_key_table(text))  # "Abbreviation   Meaning"
        start = index + 1 if headed else index
        entries = _legend_block(lines, start, loose=headed)
        if (headed and entries) or len(entries) >= 3:
            for code, name in entries:
                legend.setdefault(code, name)
        index = start + max(1, len(entries))
    return legend


def _pipe_row(text: str) -> str | None:
    """A Markdown table row as tab-separated cells, "" for its |---|---| rule, None for other lines."""
    stripped = text.strip()
    if len(stripped) < 3 or stripped[0] != "|" or stripped[-1] != "|":
        return None
    cells = [cell.strip() for cell in stripped[1:-1].split("|")]
    if all(_TABLE_RULE.match(cell) for cell in cells):
        return ""
    return "\t".join(cells)


def _legend_block(lines: Sequence[str], start: int, *, loose: bool) -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    skipped_header = False
    index = start
    while index < len(lines) and not lines[index].strip() and loose and not entries:
        index += 1  # blank lines between a heading and its first entry
    while index < len(lines):
        text = lines[index]
        row = _pipe_row(text)
        if row is not None:  # a Markdown table: skip its rule and a header row above the rule
            following = _pipe_row(lines[index + 1]) if index + 1 < len(lines) else None
            if row == "" or (not entries and following == ""):
                index += 1
                continue
            text = row
        if "\t" in text and text.count("\t") > 1:
            break
        entry = _legend_entry(text.strip(), loose=loose)
        if entry is None and loose and not entries and not skipped_header and heads_key_table(text):
            skipped_header = True  # the key printed as a table: its "Code | Role" header row
            index += 1
            continue
        if entry is None:
            break
        entries.append(entry)
        index += 1
    return entries
