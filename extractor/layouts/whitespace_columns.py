"""Columns of a table aligned by whitespace: header lines and column boundaries.

A header line is split into phrases at gaps wider than `phrase_gap_em` font
sizes (`LayoutTolerances`); it is a header when the phrases name an action column and another role.
Wrapped header lines just above or below (tightly spaced, bold like the header,
each phrase under a header phrase, or a row of period labels) join it. Each
column boundary is the middle of the widest band of least word coverage
between two neighbouring header phrases, measured over the body words.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from extractor.layouts.pdf_page import TextLine, Word
from extractor.layouts.pdf_tables import header_roles_ok
from extractor.layouts.periods import best_period, parse_period_label
from extractor.rows import header_role
from extractor.settings import DEFAULT_TOLERANCES as TOL
from extractor.settings import LayoutTolerances


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1


@dataclass
class HeaderBlock:
    top: float
    bottom: float
    phrases: list[list[Phrase]]  # one list of stacked phrases per column, left to right
    spans: dict[int, list[str]] = field(default_factory=dict)  # labels spanning several columns
    line_height: float = 10.0
    bold: bool = False
    tol: LayoutTolerances = TOL  # the run's tolerances, for placing the lines that join the block

    def texts(self, column: int) -> tuple[str, ...]:
        stack = sorted(self.phrases[column], key=lambda p: p.words[0].top)
        return (*self.spans.get(column, []), *(p.text for p in stack))

    def extent(self, column: int) -> tuple[float, float]:
        return min(p.x0 for p in self.phrases[column]), max(p.x1 for p in self.phrases[column])


def line_phrases(line: TextLine, tol: LayoutTolerances = TOL) -> list[Phrase]:
    phrases: list[list[Word]] = []
    for word in line.words:
        if phrases and word.x0 - phrases[-1][-1].x1 <= tol.phrase_gap_em * max(word.size, 1.0):
            phrases[-1].append(word)
        else:
            phrases.append([word])
    return _split_periods([Phrase(tuple(p)) for p in phrases], tol)


def _split_periods(phrases: list[Phrase], tol: LayoutTolerances = TOL) -> list[Phrase]:
    """Period labels set close together are one column each: "Q1 Q2 Q3 Q4", "Apr-Jun 2024
    Jul-Sep 2024", and a label run into the next header, "Jan-Mar 2026 RAG"."""
    out: list[Phrase] = []
    for phrase in phrases:
        if len(phrase.words) < 2 or parse_period_label(phrase.words[0].text) is None:
            out.append(phrase)
            continue
        labels = [parse_period_label(w.text) for w in phrase.words]
        grades = {label.specificity for label in labels if label is not None}
        if all(labels) and len(grades) == 1:
            out += [Phrase((w,)) for w in phrase.words]
        else:
            out += _dated_parts(phrase, tol)
    return out


def _dated_parts(phrase: Phrase, tol: LayoutTolerances = TOL) -> list[Phrase]:
    """Cut a phrase into dated period labels, each the shortest run of up to four words with the
    most specific reading, plus a trailing label; the phrase itself when it does not cut cleanly."""
    words, parts, start = phrase.words, [], 0
    while start < len(words):
        best: tuple[int, int] | None = None  # (specificity, end)
        for end in range(start + 1, min(len(words), start + tol.period_label_max_words) + 1):
            label = parse_period_label(" ".join(w.text for w in words[start:end]))
            if label is not None and label.month and (best is None or label.specificity > best[0]):
                best = (label.specificity, end)
        if best is None:
            break
        parts.append(Phrase(words[start : best[1]]))
        start = best[1]
    rest = " ".join(w.text for w in words[start:])
    if (
        (len(parts) < 2 and not rest)
        or not parts
        or (rest and header_role(rest) is None and best_period([rest]) is None)
    ):
        return [phrase]
    return parts + ([Phrase(words[start:])] if rest else [])


def find_headers(
    lines: list[TextLine], *, even: bool = False, tol: LayoutTolerances = TOL
) -> list[tuple[int, int, HeaderBlock]]:
    """Header blocks as (first line, last line, block): a line naming an action column and another
    role, with the wrapped header lines and rows of period labels just above and below it.
    `even`: the lines are evenly spaced (text laid out in columns), so closeness tells nothing
    and a wrapped header phrase must be centred over the header phrase it continues."""
    found: list[tuple[int, int, HeaderBlock]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        phrases = line_phrases(line, tol)
        if not _header_line(line, phrases, tol):
            index += 1
            continue
        block = HeaderBlock(line.top, line.bottom, [[p] for p in phrases], {}, line.bottom - line.top, line.bold, tol)
        first, last = index, index
        while first - 1 >= 0 and (not found or first - 1 > found[-1][1]) and _fits(block, lines[first - 1], True, even):
            first -= 1
            block.top = lines[first].top
        while last + 1 < len(lines) and _fits(block, lines[last + 1], False, even):
            last += 1
            block.bottom = lines[last].bottom
        _add_lines(block, [ln for k, ln in enumerate(lines[first : last + 1], start=first) if k != index])
        found.append((first, last, block))
        index = last + 1
    return found


def _header_line(line: TextLine, phrases: list[Phrase], tol: LayoutTolerances = TOL) -> bool:
    """Three or more short phrases naming an action column and one more role, with at least half
    of the phrases (three quarters when the line is not bold) naming a role or a period."""
    if len(phrases) < tol.header_min_phrases or any(len(p.words) > tol.header_phrase_max_words for p in phrases):
        return False
    labels = sum(1 for p in phrases if header_role(p.text) is not None or best_period([p.text]) is not None)
    share = tol.header_label_share_bold if line.bold else tol.header_label_share
    return labels >= share * len(phrases) and header_roles_ok([p.text for p in phrases])


def _fits(block: HeaderBlock, line: TextLine, before: bool, even: bool = False) -> bool:
    """A wrapped header line or a row of period labels: close, styled like the header, short phrases,
    each under a header phrase or naming a period. With `even` lines (text laid out in columns)
    a phrase between the header's phrases that names a column fits too: "Start" and "End" under a
    "Timescale" group label (in a PDF a title or body line close under the header could)."""
    gap = block.top - line.bottom if before else line.top - block.bottom
    if block.bold != line.bold:  # a bold line over a plain header is a heading, not a header line
        return False
    tol = block.tol
    phrases = line_phrases(line, tol)
    labels = len(phrases) >= 2 and all(best_period([p.text]) is not None for p in phrases)
    # a header row of its own under the first ("date" under "Target", "measure" under "Success"):
    # further away than a wrapped line, but every phrase goes on in lower case
    ends = not before and all(p.text[:1].islower() or p.text[:1] == "(" for p in phrases)
    if gap > (tol.header_label_gap if labels or ends else tol.header_wrap_gap) * max(block.line_height, 1.0):
        return False
    return all(
        len(p.words) <= tol.header_wrap_max_words
        and (
            _continues(block, p, even)
            or best_period([p.text]) is not None
            or (even and _names_column(block, p, tol))
            or _in_gap(block, p)
        )
        for p in phrases
    )


def _in_gap(block: HeaderBlock, phrase: Phrase) -> bool:
    """A short phrase between two of the header line's phrases, touching neither: the top or
    bottom line of a header cell that wraps while its neighbours fit on one line ("Complete"
    over the header line, "by" under it)."""
    if len(phrase.words) > block.tol.header_gap_phrase_max_words or _overlapping(block, phrase) is not None:
        return False
    extents = [block.extent(c) for c in range(len(block.phrases))]
    return any(x1 < phrase.x0 for _, x1 in extents) and any(phrase.x1 < x0 for x0, _ in extents)


def _continues(block: HeaderBlock, phrase: Phrase, centred: bool) -> bool:
    """The phrase sits over a header phrase (with `centred`, its middle within that phrase)."""
    column = _overlapping(block, phrase)
    if column is None or not centred:
        return column is not None
    x0, x1 = block.extent(column)
    return x0 <= (phrase.x0 + phrase.x1) / 2 <= x1


def _names_column(block: HeaderBlock | None, phrase: Phrase, tol: LayoutTolerances = TOL) -> bool:
    """A short phrase naming a column by itself, between the header line's phrases: "Start"
    and "End" under a "Timescale" label."""
    if block is not None and _overlapping(block, phrase) is not None:
        return False
    return len(phrase.words) <= tol.column_name_max_words and header_role(phrase.text) is not None


def _add_lines(block: HeaderBlock, lines: list[TextLine]) -> None:
    """Place the extra header lines: the row with most period labels makes the period columns
    (unless the header line itself names more periods); other rows of period labels (years,
    phases) span the period columns nearest them; other phrases stack on the column they sit
    over."""
    rows = [line_phrases(line, block.tol) for line in lines]
    periodic = [sum(best_period([p.text]) is not None for p in row) for row in rows]
    leaf = max(range(len(rows)), key=lambda k: periodic[k], default=None)
    spanning = [c for c in range(len(block.phrases)) if best_period(list(block.texts(c))) is not None]
    if leaf is not None and (periodic[leaf] < 2 or periodic[leaf] < len(spanning)):
        leaf = None  # no finer row than the header line's own periods: every row spans or stacks
    if leaf is not None:
        labels = [block.phrases[c][0] for c in spanning] if periodic[leaf] > len(spanning) else []
        if labels:  # the header line's own period labels ("2024") span the finer ones below
            block.phrases = [stack for c, stack in enumerate(block.phrases) if c not in spanning]
            block.spans = {}
        for phrase in rows[leaf]:
            _place(block, phrase)
        if labels:
            _spread(block, labels, [c for c in range(len(block.phrases)) if best_period(list(block.texts(c)))])
    # bottom up: the finer header row ("Start", "End") makes the columns that a group label
    # above it ("Timescale") spans
    for k, row in reversed(list(enumerate(rows))):
        if k == leaf:
            continue
        period_columns = [c for c in range(len(block.phrases)) if best_period(list(block.texts(c))) is not None]
        if row and periodic[k] == len(row) and len(row) < len(period_columns):
            _spread(block, row, period_columns)
            continue
        for phrase in row:
            _place(block, phrase)


def _spread(block: HeaderBlock, labels: list[Phrase], columns: list[int]) -> None:
    """Labels spanning several period columns ("2024", "Phase 1 - 2022/23"): printed flush left,
    a label covers the columns from its own to the next label's; centred, each column takes the
    label whose middle is nearest its own."""
    lefts = [block.extent(c)[0] for c in columns]
    flush = all(any(abs(label.x0 - x) <= block.tol.flush_label_slack for x in lefts) for label in labels)
    for column, left in zip(columns, lefts, strict=True):
        x0, x1 = block.extent(column)
        if flush:
            before = [label for label in labels if label.x0 <= left + block.tol.flush_label_slack]
            chosen = before[-1] if before else labels[0]
        else:
            chosen = min(labels, key=lambda p: abs((p.x0 + p.x1) / 2 - (x0 + x1) / 2))
        block.spans.setdefault(column, []).append(chosen.text)


def _place(block: HeaderBlock, phrase: Phrase) -> None:
    covered = [c for c in range(len(block.phrases)) if _overlaps(block, c, phrase)]
    if len(covered) >= 2 and _names_column(None, phrase, block.tol):
        for column in covered:  # a group label over two columns: "Timescale" over "Start" | "End"
            block.spans.setdefault(column, []).append(phrase.text)
        return
    column = _overlapping(block, phrase)
    if column is not None:
        block.phrases[column].append(phrase)
        return
    order = sorted(range(len(block.phrases)), key=lambda c: block.extent(c)[0])
    position = next((i for i, c in enumerate(order) if block.extent(c)[0] > phrase.x0), len(order))
    moved = {c: i for i, c in enumerate(order)}
    spans = {moved[c]: v for c, v in block.spans.items()}
    block.phrases = [block.phrases[c] for c in order]
    block.phrases.insert(position, [phrase])
    block.spans = {(i + 1 if i >= position else i): v for i, v in spans.items()}


def _overlaps(block: HeaderBlock, column: int, phrase: Phrase) -> bool:
    x0, x1 = block.extent(column)
    return phrase.x0 < x1 and phrase.x1 > x0


def _overlapping(block: HeaderBlock, phrase: Phrase) -> int | None:
    return next((c for c in range(len(block.phrases)) if _overlaps(block, c, phrase)), None)


def column_bounds(block: HeaderBlock, body: list[Word], left: float, right: float) -> list[tuple[float, float]]:
    """Column x-ranges. Between two header phrases the boundary lies in the widest band that the
    fewest body words cover, a few points left of the band's end: text sits at the left of its
    cell, so the band ends where the next column's text, and its cell, begin."""
    extents = [block.extent(c) for c in range(len(block.phrases))]
    cuts = [left]
    for (ax0, ax1), (bx0, _bx1) in itertools.pairwise(extents):
        lo = int(ax1) if ax1 < bx0 - 1 else int(ax0) + 1
        hi = max(int(bx0), lo + 1)
        coverage = [0] * (hi - lo)
        for word in body:
            for x in range(max(lo, int(word.x0)), min(hi, int(word.x1) + 1)):
                coverage[x - lo] += 1
        least = min(coverage)
        band, run_start, widest = (lo, hi), None, -1
        for offset, value in enumerate([*coverage, least + 1]):
            if value == least and run_start is None:
                run_start = offset
            elif value != least and run_start is not None:
                if offset - run_start > widest:
                    widest, band = offset - run_start, (lo + run_start, lo + offset)
                run_start = None
        cut = max((band[0] + band[1]) / 2, band[1] - block.tol.cut_inset)
        cuts.append(min(cut, bx0 - block.tol.cut_margin))
    cuts.append(right)
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


def column_of(bounds: list[tuple[float, float]], x: float) -> int:
    for index, (_x0, x1) in enumerate(bounds):
        if x < x1:
            return index
    return len(bounds) - 1
