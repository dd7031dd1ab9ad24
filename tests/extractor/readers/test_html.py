from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.document import Document, Heading, ListItem, Paragraph, Table
from extractor.readers import read_document
from extractor.readers.css import css_colour, parse_stylesheet
from extractor.readers.html import declared_charset, is_ordered_marker

WriteFile = Callable[[str, bytes | str], Path]


def read_html(write_file: WriteFile, body: str, head: str = "", name: str = "plan.html") -> Document:
    page = f"<!doctype html><html><head><title>T</title>{head}</head><body>{body}</body></html>"
    return read_document(write_file(name, page))


def texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks if not isinstance(block, Table)]


def test_headings_paragraphs_and_title(write_file: WriteFile) -> None:
    document = read_html(
        write_file,
        "<h1>Action plan</h1><p>Intro <b>words</b><br>next line</p><h3>Pillar</h3>"
        "<div role='heading' aria-level='4'>Aria heading</div><p><strong>All bold</strong></p>",
    )
    assert document.format == "html"
    assert document.title == "T"
    assert [(b.text, b.level) for b in document.headings] == [("Action plan", 1), ("Pillar", 3), ("Aria heading", 4)]
    paragraphs = [b for b in document.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].text == "Intro words\nnext line"
    assert not paragraphs[0].bold
    assert paragraphs[1].bold
    assert paragraphs[0].provenance.element == "body/p[1]"


def test_title_falls_back_to_h1(write_file: WriteFile) -> None:
    path = write_file("p.html", "<html><body><h1>The plan</h1><p>x</p></body></html>")
    assert read_document(path).title == "The plan"


def test_lists_depth_marker_and_order(write_file: WriteFile) -> None:
    document = read_html(
        write_file,
        "<ul><li>One<ul><li>Nested <em>item</em></li></ul></li><li>Two</li></ul>"
        "<ol start='3'><li>Third</li><li value='7'>Seventh</li></ol><ol type='i'><li>r1</li><li>r2</li></ol>",
    )
    items = [b for b in document.blocks if isinstance(b, ListItem)]
    assert [(i.text, i.depth, i.marker, i.ordered) for i in items] == [
        ("One", 0, "•", False),
        ("Nested item", 1, "•", False),
        ("Two", 0, "•", False),
        ("Third", 0, "3.", True),
        ("Seventh", 0, "7.", True),
        ("r1", 0, "i.", True),
        ("r2", 0, "ii.", True),
    ]
    assert items[1].provenance.element == "body/ul[1]/li[1]/ul[1]/li[1]"


def test_table_spans_fills_colours_and_breaks(write_file: WriteFile) -> None:
    head = "<style>.red { background-color: red } td.amber { background: rgb(255,192,0) } .blue { color: navy }</style>"
    body = """
    <table><caption>Actions</caption>
      <thead><tr><th>Action</th><th colspan="2">When</th></tr></thead>
      <tbody>
        <tr><td rowspan="2" class="red">A1</td><td bgcolor="#00FF00">Jan</td>
            <td class="amber"><span class="blue">Feb</span><br>Mar</td></tr>
        <tr><td style="background:#ffffff"><b>white</b></td><td><p>p1</p><p>p2</p></td></tr>
      </tbody>
    </table>"""
    document = read_html(write_file, body, head)
    (table,) = document.tables
    assert (table.n_rows, table.n_cols, table.caption) == (3, 3, "Actions")
    by_pos = {(c.row, c.col): c for c in table.cells}
    assert by_pos[0, 0].header
    assert by_pos[0, 0].bold
    assert by_pos[0, 1].col_span == 2
    assert by_pos[1, 0].row_span == 2
    assert by_pos[1, 0].fill == "#ff0000"
    assert by_pos[1, 1].fill == "#00ff00"
    assert by_pos[1, 2].fill == "#ffc000"
    assert by_pos[1, 2].text == "Feb\nMar"
    assert by_pos[1, 2].color == "#000080"
    assert by_pos[2, 1].fill is None
    assert by_pos[2, 1].bold
    assert by_pos[2, 2].text == "p1\np2"
    assert by_pos[2, 2].provenance.element == "body/table[1]/tbody[1]/tr[2]/td[2]"
    grid = table.grid()
    assert grid[2][0] is by_pos[1, 0]


def test_nested_table_rows_each_on_a_line(write_file: WriteFile) -> None:
    document = read_html(
        write_file,
        "<table><tr><th>Action</th><th>Steps</th></tr>"
        "<tr><td>Outer</td><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></td></tr></table>",
    )
    assert len(document.tables) == 1
    assert document.tables[0].cells[3].text == "a | b\nc"


def test_furniture_dropped_and_main_read(write_file: WriteFile) -> None:
    body = """
    <a href="#main" class="x">Skip to content</a>
    <header><h1>Site name</h1><nav><ul><li>Home</li></ul></nav></header>
    <div class="breadcrumb">Home &gt; Plans</div>
    <div id="cookie-notice"><p>We use cookies</p></div>
    <main id="main">
      <article><header><h2>Plan heading</h2></header>
      <p>Content</p>
      <div style="display:none">Hidden</div><p hidden>Also hidden</p><span aria-hidden="true">icon</span>
      <div class="social-share">Share this</div>
      <a href="#top">Back to top</a>
      <script>var x = "<p>no</p>";</script><noscript>Enable JS</noscript>
      <form><label>Search</label><input></form>
      <aside>Related</aside></article>
    </main>
    <footer>Copyright</footer>
    <div role="contentinfo">Contact</div>"""
    document = read_html(write_file, body)
    assert texts(document) == ["Plan heading", "Content"]


def test_furniture_names_match_whole_words_and_spare_content(write_file: WriteFile) -> None:
    body = """<div class="main-menu"><p>Home</p></div><div id="menu"><p>About</p></div>
      <div class="sidemenu-layout"><p>Kept one</p></div>
      <div class="data-sharing-plan"><p>Kept two</p></div>
      <div class="page-with-menu cookie-aware"><h2>Plan</h2><table><tr><td>a</td><td>b</td></tr></table></div>
      <a class="back-to-top" href="#">Top of page</a>"""
    document = read_html(write_file, body)
    assert texts(document) == ["Kept one", "Kept two", "Plan"]
    assert len(document.tables) == 1


def test_body_read_without_main(write_file: WriteFile) -> None:
    document = read_html(write_file, "<nav>Menu</nav><div class='content'><p>Body text</p></div>")
    assert texts(document) == ["Body text"]


def test_details_and_button_accordions(write_file: WriteFile) -> None:
    body = """
    <h2>Pillars</h2>
    <details><summary>Visibility</summary><p>V text</p>
      <details><summary>Inner</summary><p>deeper</p></details></details>
    <details><summary>Recognition</summary><div hidden><p>Collapsed</p></div></details>
    <button class="accordion">Career</button><div class="panel" style="display:none"><p>Panel text</p></div>
    <div class="accordion-item"><h3 class="accordion-header">
      <button aria-expanded="false" aria-controls="c1">Sustainability</button></h3>
      <div id="c1" class="accordion-collapse collapse"><div class="accordion-body"><p>S text</p></div></div></div>
    <button>Print this page</button>"""
    document = read_html(write_file, body)
    assert [(h.text, h.level) for h in document.headings] == [
        ("Pillars", 2),
        ("Visibility", 3),
        ("Inner", 4),
        ("Recognition", 3),
        ("Career", 3),
        ("Sustainability", 3),
    ]
    assert {"V text", "deeper", "Collapsed", "Panel text", "S text"} <= set(texts(document))
    assert "Print this page" not in texts(document)


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<style><!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt;}
 @page WordSection1 {size:595.3pt 841.9pt;}
 @list l0:level1 {mso-level-number-format:bullet;}
 td.Shaded {background:#92D050;}
--></style></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle>Action Plan 2024<o:p></o:p></p>
<h1>Visibility<o:p></o:p></h1>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>\xb7<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]>Caf\xe9 first<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>a.<span>&nbsp; </span></span><![endif]>Second<o:p></o:p></p>
<table class=MsoTableGrid border=1><tr><td class=Shaded><p class=MsoNormal>Done<o:p></o:p></p></td>
<td style='background:#FFC000;mso-shading:white'><p class=MsoNormal>Line one<br>Line two<o:p></o:p></p></td>
</tr></table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
</div></body></html>"""


def test_word_save_as_web_page(write_file: WriteFile) -> None:
    document = read_document(write_file("word.htm", WORD_HTML.encode("cp1252")))
    assert [(h.text, h.level) for h in document.headings] == [("Action Plan 2024", 1), ("Visibility", 1)]
    items = [b for b in document.blocks if isinstance(b, ListItem)]
    assert [(i.text, i.depth, i.marker, i.ordered) for i in items] == [
        ("Café first", 0, "•", False),
        ("Second", 1, "a.", True),
    ]
    (table,) = document.tables
    assert [(c.text, c.fill) for c in table.cells] == [("Done", "#92d050"), ("Line one\nLine two", "#ffc000")]
    assert document.notes == ["decoded as cp1252"]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta charset=ISO-8859-1>", "cp1252"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', "cp1252"),
        (b"<p>none</p>", None),
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head></html>") == expected


def test_encoding_fallbacks(write_file: WriteFile) -> None:
    cp1252 = read_document(write_file("a.html", "<p>Café \u2013 plan</p>".encode("cp1252")))
    assert texts(cp1252) == ["Café \u2013 plan"]
    bom = read_document(write_file("b.html", "\ufeff<p>Café</p>".encode("utf-16")))
    assert texts(bom) == ["Café"]


def test_script_only_page_is_fast_and_empty(write_file: WriteFile) -> None:
    script = "<script>" + ("var a = '<p>x</p>';\n" * 500_000) + "</script>"
    path = write_file("big.html", f"<html><head>{script}</head><body>{script}</body></html>")
    assert path.stat().st_size > 10_000_000
    started = time.perf_counter()
    document = read_document(path)
    assert time.perf_counter() - started < 5
    assert document.blocks == []


def test_css_rules_and_colours() -> None:
    sheet = parse_stylesheet(
        "/* c */ @media print { .a { color: red } } .a, td.b { background-color: #0f0 } #i { color: blue }"
        " a:hover { color: red } table .c { color: rgb(1,2,3) }"
    )
    assert sheet.declarations("td", frozenset({"a"}), None) == {"background-color": "#0f0"}
    assert sheet.declarations("td", frozenset({"b"}), "i") == {"background-color": "#0f0", "color": "blue"}
    assert sheet.declarations("p", frozenset({"b"}), None) == {}
    assert sheet.declarations("a", frozenset(), None) == {}
    assert sheet.declarations("span", frozenset({"c"}), None, lambda: [("table", frozenset(), None)]) == {
        "color": "rgb(1,2,3)"
    }
    assert sheet.declarations("span", frozenset({"c"}), None) == {}  # not inside a table
    assert css_colour("url(x.png) no-repeat #FFC000") == "#ffc000"
    assert css_colour("rgba(0, 0, 0, 0)") is None
    assert css_colour("transparent") is None
    assert css_colour("FFC000") == "#ffc000"
    assert css_colour("lightgreen") == "#90ee90"


@pytest.mark.parametrize(
    ("marker", "ordered"), [("1.", True), ("2)", True), ("a.", True), ("iv)", True), ("(3)", True), ("•", False)]
)
def test_ordered_markers(marker: str, ordered: bool) -> None:
    assert is_ordered_marker(marker) is ordered


def test_descendant_and_state_selectors(write_file: WriteFile) -> None:
    head = """<style>.plan tr.done td { background: #00b050 } thead td { font-weight: bold }
      tr:nth-child(even) td { background: #eeeeee } td:hover { background: red }</style>"""
    body = """<table class="plan"><thead><tr><td>Action</td><td>Status</td></tr></thead>
      <tbody><tr class="done"><td>A</td><td>Done</td></tr><tr><td>B</td><td>Open</td></tr></tbody></table>
      <table><tr class="done"><td>elsewhere</td><td>x</td></tr></table>"""
    document = read_html(write_file, body, head)
    plan, other = document.tables
    assert [(c.text, c.fill, c.bold) for c in plan.cells] == [
        ("Action", None, True),
        ("Status", None, True),
        ("A", "#00b050", False),
        ("Done", "#00b050", False),
        ("B", None, False),
        ("Open", None, False),
    ]
    assert [c.fill for c in other.cells] == [None, None]


def test_heading_element_and_text_lines(write_file: WriteFile) -> None:
    document = read_html(write_file, "<section><h2>S</h2><div>loose <i>text</i><p>para</p>tail</div></section>")
    assert texts(document) == ["S", "loose text", "para", "tail"]
    assert isinstance(document.blocks[0], Heading)
    assert document.blocks[0].provenance.element == "body/section[1]/h2[1]"


def test_layout_table_read_as_page(write_file: WriteFile) -> None:
    body = """<table><tr><td><nav>Menu</nav></td><td><h2>Plan</h2><p>Words</p>
      <table><tr><th>Action</th><th>Lead</th></tr><tr><td>Do X</td><td>HR</td></tr></table></td></tr></table>
      <table role="presentation"><tr><td><p>Aside text</p></td></tr></table>"""
    document = read_html(write_file, body)
    assert texts(document) == ["Plan", "Words", "Aside text"]
    (table,) = document.tables
    assert [c.text for c in table.cells] == ["Action", "Lead", "Do X", "HR"]


def test_framework_hidden_classes(write_file: WriteFile) -> None:
    document = read_html(
        write_file, "<p class='d-none'>gone</p><p class='hidden-xs'>kept</p><p class='hidden'>gone</p>"
    )
    assert texts(document) == ["kept"]


def test_status_dot_colour_reported_as_mark_colour(write_file: WriteFile) -> None:
    body = (
        "<table><tr><th>Action</th><th>Status</th></tr>"
        '<tr><td>Run a survey</td><td><font color="#00B050">\u25cf</font> Complete</td></tr>'
        '<tr><td>Hold a forum</td><td>On <font color="#FF0000">track</font></td></tr></table>'
    )
    table = next(block for block in read_html(write_file, body).blocks if isinstance(block, Table))
    by_pos = {(c.row, c.col): c for c in table.cells}
    assert by_pos[1, 1].mark_color == "#00b050"
    assert by_pos[1, 1].color is None  # the word carries most characters, in black
    assert by_pos[2, 1].mark_color is None  # a coloured word is no mark
