"""Tables flattened one cell a line with their header lost (`text_cell_runs`), invented pages."""

from __future__ import annotations

from extractor.layouts.text_cell_runs import cell_run_rows, keyed_status_cell, repeat_closes_dates
from extractor.rows import ColumnRole
from extractor.sources import SourceLine

PAGE = """Elmfield Polytechnic
Site map
Our people

Strand 1 \u2013 Visibility

G1

Put a photo board of the technical team in each building foyer

Estates Team

Mar 2031

Jun 2031

G2

Invite technicians to present at the annual research day

Research Office

Sep 2031

Ongoing

Strand 2 \u2013 Recognition

H1

Add a technical category to the vice-chancellor's awards

HR Partner Reward

Jan 2032

Dec 2032
"""


def _rows() -> list:
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(PAGE.split("\n"), start=1)]
    return cell_run_rows(lines, [])


def test_numbered_pillar_lines_head_their_rows() -> None:
    rows = _rows()
    assert [r.cells[ColumnRole.REF] for r in rows] == ["G1", "G2", "H1"]
    assert [r.section for r in rows] == ["Strand 1 \u2013 Visibility"] * 2 + ["Strand 2 \u2013 Recognition"]


def test_lines_above_the_first_ref_are_no_row() -> None:
    assert all("Elmfield" not in r.cells[ColumnRole.ACTION] for r in _rows())


def test_ongoing_in_the_end_column_is_the_end() -> None:
    second = _rows()[1]
    assert (second.cells[ColumnRole.START], second.cells[ColumnRole.END]) == ("Sep 2031", "Ongoing")
    assert ColumnRole.STATUS not in second.cells


def test_a_status_after_two_dates_stays_a_status() -> None:
    row = [(ColumnRole.END, "Jan 2031", 1), (ColumnRole.END, "Mar 2031", 2), (ColumnRole.STATUS, "Ongoing", 3)]
    assert repeat_closes_dates(row) == row


KEYED_PAGE = """Harrowgate Marine Laboratory
Status key: Sailing = under way; Becalmed = stuck or late; Docked = not yet started.

OUTREACH

B-O1

Open the tank hall to local scouts twice a year

Aquarium Manager

Jul 2030

Sailing

B-O2

Film a short guide to each seawater system

Media Officer

2031

Becalmed

B-O3

Host a summer placement for a sixth-former

Head of Technical Services

Aug 2031

Docked
"""


def _keyed_rows() -> list:
    lines = [SourceLine(number=i, text=t) for i, t in enumerate(KEYED_PAGE.split("\n"), start=1)]
    return cell_run_rows(lines, [])


def test_a_code_with_a_pillar_letter_after_a_hyphen_opens_each_row() -> None:
    rows = _keyed_rows()
    assert [r.cells[ColumnRole.REF] for r in rows] == ["B-O1", "B-O2", "B-O3"]
    assert rows[0].cells[ColumnRole.ACTION].startswith("Open the tank hall")


def test_words_the_page_key_explains_are_status_cells() -> None:
    assert [r.cells.get(ColumnRole.STATUS) for r in _keyed_rows()] == ["Sailing", "Becalmed", "Docked"]
    assert keyed_status_cell("Becalmed", {"becalmed"})
    assert not keyed_status_cell("Becalmed boats", {"becalmed"})
