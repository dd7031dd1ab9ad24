from __future__ import annotations

from pathlib import Path

import pytest
from paths import SAMPLES_DIR

from extractor.detect import detect_layout
from extractor.layouts import LayoutKind
from extractor.sources import open_source

canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")

HEIGHT = 595.0
COLUMNS = [(40, "Action"), (300, "Owner"), (380, "Deadline"), (460, "Success measure")]


def guess(path: Path) -> tuple[LayoutKind, list[str]]:
    with open_source(path) as source:
        found = detect_layout(source)
    return found.kind, found.evidence


def _pdf(path: Path, draw) -> Path:
    c = canvas_module.Canvas(str(path), pagesize=(842, HEIGHT), invariant=1)
    draw(c)
    c.save()
    return path


def _text(c, x: float, top: float, text: str, bold: bool = False) -> None:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
    c.drawString(x, HEIGHT - top, text)


def _rows(c, columns, ruled: bool, fills: dict[tuple[int, int], tuple[float, float, float]] | None = None) -> None:
    xs = [x for x, _ in columns] + [800]
    for k, (x, label) in enumerate(columns):
        _text(c, x + 3, 60, label, bold=True)
        for r in range(3):
            top = 70 + r * 20
            if fills and (r, k) in fills:
                c.setFillColorRGB(*fills[(r, k)])
                c.rect(x, HEIGHT - top - 20, xs[k + 1] - x, 20, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            if k == 0:
                _text(c, x + 3, top + 13, f"Action number {r + 1} of the plan")
            elif k == 1:
                _text(c, x + 3, top + 13, "HR")
    if ruled:
        for y in [50, 70, 90, 110, 130]:
            c.line(xs[0], HEIGHT - y, xs[-1], HEIGHT - y)
        for x in xs:
            c.line(x, HEIGHT - 50, x, HEIGHT - 130)


def test_ruled_table(tmp_path: Path) -> None:
    kind, evidence = guess(_pdf(tmp_path / "ruled.pdf", lambda c: _rows(c, COLUMNS, ruled=True)))
    assert kind is LayoutKind.RULED_TABLE
    assert "ruled table header" in evidence[0]


def test_unruled_table(tmp_path: Path) -> None:
    kind, evidence = guess(_pdf(tmp_path / "unruled.pdf", lambda c: _rows(c, COLUMNS, ruled=False)))
    assert kind is LayoutKind.UNRULED_TABLE
    assert "whitespace" in evidence[0]


@pytest.mark.parametrize("ruled", [pytest.param(True, id="ruled"), pytest.param(False, id="unruled")])
def test_gantt_grid(tmp_path: Path, ruled: bool) -> None:
    columns = [
        (40, "Action"),
        (300, "Owner"),
        (380, "Q1 2024"),
        (440, "Q2 2024"),
        (500, "Q3 2024"),
        (560, "Q4 2024"),
        (620, "Status"),
    ]
    fills = {(0, 2): (0.3, 0.5, 0.8), (1, 3): (0.3, 0.5, 0.8), (2, 4): (0.3, 0.5, 0.8)}
    kind, evidence = guess(_pdf(tmp_path / "gantt.pdf", lambda c: _rows(c, columns, ruled=ruled, fills=fills)))
    assert kind is LayoutKind.GANTT_GRID
    assert any("4 period columns (2024-01..2024-10)" in e for e in evidence)


def _shaded_header(c, columns) -> None:
    """A header row of filled cells (a table with shading and no borders) over plain text rows."""
    xs = [x for x, _ in columns] + [800]
    c.setFillColorRGB(0.85, 0.92, 0.85)
    for k in range(len(columns)):
        c.rect(xs[k], HEIGHT - 70, xs[k + 1] - xs[k] - 1, 20, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    _rows(c, columns, ruled=False)


def test_shaded_header_over_an_unruled_body_is_unruled(tmp_path: Path) -> None:
    kind, evidence = guess(_pdf(tmp_path / "shaded-header.pdf", lambda c: _shaded_header(c, COLUMNS)))
    assert kind is LayoutKind.UNRULED_TABLE
    assert "whitespace" in evidence[0]


def test_ruled_header_at_a_page_foot_with_its_rows_on_the_next_page(tmp_path: Path) -> None:
    xs = [x for x, _ in COLUMNS] + [800]

    def draw(c) -> None:
        for x, label in COLUMNS:
            _text(c, x + 3, 560, label, bold=True)
        for y in (550, 570):
            c.line(xs[0], HEIGHT - y, xs[-1], HEIGHT - y)
        for x in xs:
            c.line(x, HEIGHT - 550, x, HEIGHT - 570)
        c.showPage()
        for r in range(3):
            _text(c, 43, 53 + 20 * r, f"Action number {r + 1} of the plan")
            _text(c, 303, 53 + 20 * r, "HR")
        for y in (40, 60, 80, 100):
            c.line(xs[0], HEIGHT - y, xs[-1], HEIGHT - y)
        for x in xs:
            c.line(x, HEIGHT - 40, x, HEIGHT - 100)

    kind, evidence = guess(_pdf(tmp_path / "header-at-foot.pdf", draw))
    assert kind is LayoutKind.RULED_TABLE
    assert evidence == ["page 2: ruled rows under a header above"]


def test_prose_pdf_is_plain_text(tmp_path: Path) -> None:
    def draw(c) -> None:
        _text(c, 40, 40, "Visibility", bold=True)
        for k in range(12):
            _text(c, 40, 60 + k * 12, f"- We will hold event number {k} for technicians and report on it yearly.")

    kind, evidence = guess(_pdf(tmp_path / "prose.pdf", draw))
    assert kind is LayoutKind.PLAIN_TEXT
    assert evidence == ["no table header on the first 1 pages"]


def test_text_file_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("Visibility\n- Run a showcase\n", encoding="utf-8")
    assert guess(path) == (LayoutKind.PLAIN_TEXT, ["text file"])


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param("ruled_table.pdf", LayoutKind.RULED_TABLE, id="ruled"),
        pytest.param("ruled_table_status.pdf", LayoutKind.RULED_TABLE, id="ruled-status"),
        pytest.param("unruled_table.pdf", LayoutKind.UNRULED_TABLE, id="unruled"),
        pytest.param("gantt_grid.pdf", LayoutKind.GANTT_GRID, id="gantt-quarters"),
        pytest.param("gantt_dates.pdf", LayoutKind.GANTT_GRID, id="gantt-dates"),
    ],
)
def test_samples(name: str, kind: LayoutKind) -> None:
    if not (SAMPLES_DIR / name).is_file():
        pytest.skip(f"sample {name} not built")
    assert guess(SAMPLES_DIR / name)[0] is kind


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param("southampton.pdf", LayoutKind.RULED_TABLE, id="southampton"),
        pytest.param("sussex.pdf", LayoutKind.GANTT_GRID, id="sussex"),
    ],
)
def test_shared_plans(shared_plans: Path, name: str, kind: LayoutKind) -> None:
    assert guess(shared_plans / name)[0] is kind
