"""One-cell-per-line tables (copied from a web page): empty cells and blank lines."""

from __future__ import annotations

import pytest

from extractor.interpret.tables import FROM_TEXT, read_tables, text_source_tables
from extractor.layouts.text_cells import cell_lines_to_table_rows
from extractor.rows import ColumnRole
from extractor.sources import SourceLine

COLUMNS = (ColumnRole.REF, ColumnRole.ACTION, ColumnRole.OWNER, ColumnRole.START, ColumnRole.END)


def scan_rows(text: str) -> list[tuple[str | None, list[str]]]:
    """Each row's section and its cells under the header's columns, an empty cell as ""."""
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(text.split("\n"), start=1)]
    tables = text_source_tables(cell_lines_to_table_rows(lines).tables)
    rows = read_tables(tables, FROM_TEXT).output.rows
    return [(row.section, [row.cells.get(role, "") for role in COLUMNS]) for row in rows]


HEADER = "Ref\nAction\nLead\nStart\nEnd"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            f"Visibility\n{HEADER}\n1.1\nOpen a hub\nCM\nJan 2031\nDec 2031\n1.2\nList staff\nHR\n\nMar 2032\n"
            f"\nRecognition\n{HEADER}\n2.1\nStart an award\nHR\nApr 2031\nAnnual\n",
            [
                ("Visibility", ["1.1", "Open a hub", "CM", "Jan 2031", "Dec 2031"]),
                ("Visibility", ["1.2", "List staff", "HR", "", "Mar 2032"]),
                ("Recognition", ["2.1", "Start an award", "HR", "Apr 2031", "Annual"]),
            ],
            id="empty-cell-is-a-blank-line",
        ),
        pytest.param(
            f"{HEADER}\n\n1.1\n\nOpen a hub\n\nCM\n\nJan 2031\n\nDec 2031\n\n1.2\n\nList staff\n\nHR\n\nFeb 2031\n\n"
            "Mar 2032\n",
            [
                (None, ["1.1", "Open a hub", "CM", "Jan 2031", "Dec 2031"]),
                (None, ["1.2", "List staff", "HR", "Feb 2031", "Mar 2032"]),
            ],
            id="blank-line-after-every-cell-is-spacing",
        ),
        pytest.param(
            f"{HEADER}\n1.1\nOpen a hub\nCM\nJan 2031\nDec 2031\n\n\n"
            "Careers\n2.1\nFund courses\nLM\nMay 2031\nAnnual\n",
            [
                (None, ["1.1", "Open a hub", "CM", "Jan 2031", "Dec 2031"]),
                ("Careers", ["2.1", "Fund courses", "LM", "May 2031", "Annual"]),
            ],
            id="blank-lines-after-a-full-row-end-it",
        ),
    ],
)
def test_rows_by_ref_with_blank_lines(body: str, expected: list[tuple[str | None, list[str]]]) -> None:
    assert scan_rows(body) == expected
