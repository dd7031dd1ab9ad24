"""The interpreter over whole hand-made documents: sections, lists, order, metadata."""

from __future__ import annotations

from document_builders import cell, document, table, where

from extractor.assemble import build_plan
from extractor.document import Heading, ListItem, Paragraph
from extractor.interpret import document_lines, document_to_output, keeps_text_row
from extractor.interpret.sections import SectionState, is_title_heading, title_levels
from extractor.interpret.text import block_markdown, render_text_blocks
from extractor.rows import ColumnRole, RawRow
from extractor.settings import ExtractionSettings
from schemas.plan import Pillar, Provenance

SETTINGS = ExtractionSettings()
HEADER = ["Ref", "Action", "Lead", "Target date"]


def h(text: str, level: int, n: int = 1) -> Heading:
    return Heading(text=text, level=level, provenance=where(f"body/h{level}[{n}]"))


def test_title_level_and_title_words() -> None:
    blocks = [h("Technician Commitment Action Plan", 1), h("Visibility", 2), h("Recognition", 2)]
    titles = title_levels(blocks)
    assert titles == frozenset({1})
    assert is_title_heading(blocks[0], titles)
    assert not is_title_heading(blocks[1], titles)
    assert is_title_heading(h("Action plan 2024-2027", 2), frozenset())


def test_deeper_heading_keeps_the_pillar() -> None:
    state = SectionState(titles=frozenset({1}))
    state.enter(h("Our plan", 1))
    assert state.section() is None
    state.enter(h("Career Development", 2))
    state.enter(h("Mentoring and training", 3))
    assert state.section() == "Career Development"
    state.enter(h("Governance", 2))
    assert state.section() == "Governance"


def test_nearest_heading_without_a_pillar() -> None:
    state = SectionState()
    state.enter(h("Part one", 2))
    state.enter(h("Engagement", 3))
    assert state.section() == "Engagement"


def test_blocks_as_markdown() -> None:
    assert block_markdown(h("Visibility", 2)) == ["## Visibility"]
    item = ListItem(text="Owner: HR", provenance=where("li"), depth=1, marker="\u2022")
    assert block_markdown(item) == ["  - Owner: HR"]
    numbered = ListItem(text="Run a survey", provenance=where("li"), marker="3.", ordered=True)
    assert block_markdown(numbered) == ["3. Run a survey"]
    assert block_markdown(Paragraph(text="Key", provenance=where("p"), bold=True)) == ["**Key**"]
    rendered = render_text_blocks([h("A", 2), numbered, item, Paragraph(text="End.", provenance=where("p"))])
    assert [line.text for line in rendered.lines] == ["## A", "", "3. Run a survey", "  - Owner: HR", "", "End."]
    assert rendered.block_of_line == {1: 0, 3: 1, 4: 2, 6: 3}


def test_lists_read_by_the_text_rules_with_block_provenance() -> None:
    doc = document(
        h("University of Westbrook Technician Commitment Action Plan 2024-2027", 1),
        h("Visibility", 2),
        ListItem(text="1.1 Publish a technician directory", provenance=where("body/ul[1]/li[1]")),
        ListItem(text="Owner: TCL", provenance=where("body/ul[1]/li[1]/ul/li[1]"), depth=1),
        ListItem(text="By: March 2025", provenance=where("body/ul[1]/li[1]/ul/li[2]"), depth=1),
        ListItem(text="1.2 Celebrate technicians' work", provenance=where("body/ul[1]/li[2]")),
        fmt="html",
    )
    output = document_to_output(doc, SETTINGS)
    assert [row.cells[ColumnRole.REF] for row in output.rows] == ["1.1", "1.2"]
    assert output.rows[0].cells[ColumnRole.OWNER] == "TCL"
    assert output.rows[0].provenance == Provenance(element="body/ul[1]/li[1]")
    assert output.rows[0].section == "Visibility"


def test_bare_bullets_beside_tables_are_not_actions() -> None:
    assert not keeps_text_row(RawRow(cells={ColumnRole.ACTION: "Improve visibility"}, provenance=Provenance()))
    assert keeps_text_row(RawRow(cells={ColumnRole.ACTION: "x", ColumnRole.OWNER: "HR"}, provenance=Provenance()))
    doc = document(
        Paragraph(text="Our aims:", provenance=where("p")),
        ListItem(text="Raise the profile of technicians", provenance=where("ul/li[1]")),
        ListItem(text="Support careers", provenance=where("ul/li[2]")),
        h("Recognition", 2),
        table([HEADER, ["2.1", "Nominate technicians for awards", "HR", "June 2025"]]),
    )
    output = document_to_output(doc, SETTINGS)
    assert [row.cells[ColumnRole.ACTION] for row in output.rows] == ["Nominate technicians for awards"]
    assert output.rows[0].section == "Recognition"
    assert [rule for rule, _, _ in output.rejected] == ["list_item_beside_tables"] * 2


def test_prose_told_around_the_tables_is_no_action() -> None:
    """A foreword and a look back at the last plan, told under headings of their own beside the
    plan's table, give no actions however their sentences are worded."""
    doc = document(
        h("Looking back", 2),
        Paragraph(text="Our last plan has opened the stores to every school.", provenance=where("p[1]")),
        h("What we achieved", 2),
        Paragraph(text="Two apprentices joined the workshops.", provenance=where("p[2]")),
        h("Where we have got to", 2),
        Paragraph(text="We have written a register of skills.", provenance=where("p[3]")),
        h("Recognition", 2),
        table([HEADER, ["2.1", "Nominate technicians for awards", "HR", "June 2025"]]),
    )
    output = document_to_output(doc, SETTINGS)
    assert [row.cells[ColumnRole.ACTION] for row in output.rows] == ["Nominate technicians for awards"]
    told = RawRow(cells={ColumnRole.ACTION: "We ran a fair.", ColumnRole.STATUS: "ran"}, provenance=Provenance())
    assert not keeps_text_row(told)
    printed = RawRow(cells={ColumnRole.ACTION: "Run a fair", ColumnRole.STATUS: "Complete"}, provenance=Provenance())
    assert keeps_text_row(printed)


def test_tables_and_lists_in_reading_order() -> None:
    doc = document(
        h("Plan", 1),
        h("Visibility", 2),
        table([HEADER, ["1.1", "Publish a directory", "TCL", "2025"]]),
        h("Recognition", 2),
        ListItem(text="2.1 Nominate technicians for awards (Owner: HR)", provenance=where("ul/li[1]")),
        h("Sustainability", 2),
        table([HEADER, ["3.1", "Plan succession", "HR", "2026"]]),
        fmt="html",
    )
    output = document_to_output(doc, SETTINGS)
    assert [(row.cells[ColumnRole.REF], row.section) for row in output.rows] == [
        ("1.1", "Visibility"),
        ("2.1", "Recognition"),
        ("3.1", "Sustainability"),
    ]


def test_caption_names_the_section() -> None:
    doc = document(table([HEADER, ["4.1", "Review the plan", "TCL", "2026"]], caption="Table 4: Evaluating impact"))
    assert document_to_output(doc, SETTINGS).rows[0].section == "Evaluating impact"


def test_bold_paragraph_over_a_table_is_its_section() -> None:
    doc = document(
        Paragraph(text="Career Development", provenance=where("p[1]"), bold=True),
        table([HEADER, ["3.1", "Offer mentoring", "HR", "2025"]]),
    )
    assert document_to_output(doc, SETTINGS).rows[0].section == "Career Development"


def test_plan_from_a_spreadsheet_document() -> None:
    status = cell(3, 4, "Complete", fill="#4caf50")
    grid = table(
        [
            ["Harbour College Technician Commitment Action Plan 2024-2026"],
            [],
            ["Ref", "Pillar", "Action", "Lead", "Status"],
            ["1.1", "Visibility", "Publish a technician directory", "TCL", ""],
            ["Key"],
            ["TCL", "Technician Commitment Lead"],
        ],
        [status],
    )
    doc = document(grid)
    output = document_to_output(doc, SETTINGS)
    assert output.head == ["Harbour College Technician Commitment Action Plan 2024-2026"]
    plan = build_plan(doc, output, "document", SETTINGS)
    assert plan.institution == "Harbour College"
    assert plan.title == "Harbour College Technician Commitment Action Plan 2024-2026"
    assert (plan.period.start, plan.period.end) == ("2024", "2026")
    assert plan.legend == {"TCL": "Technician Commitment Lead"}
    assert plan.source.format == "xlsx"
    assert plan.source.layout == "document"
    action = plan.actions[0]
    assert action.pillar is Pillar.VISIBILITY
    assert action.owner_names == ["Technician Commitment Lead"]
    assert action.status is not None
    assert action.status.rag is not None
    assert action.status.rag.value == "green"
    assert (action.provenance.sheet, action.provenance.cell) == ("Plan", "C4")


def test_declared_title_is_a_fallback() -> None:
    doc = document(
        table([HEADER, ["1.1", "Publish a directory for technicians", "TCL", "2025"]]),
        title="University of Westbrook - Technician Commitment action plan",
        fmt="docx",
    )
    plan = build_plan(doc, document_to_output(doc, SETTINGS), "document", SETTINGS)
    assert plan.institution == "University of Westbrook"
    assert plan.title == "University of Westbrook - Technician Commitment action plan"


def test_document_lines_render_tables_by_row() -> None:
    doc = document(h("Key", 2), table([["TCL", "Technician Commitment Lead"], ["A\nB"]]))
    assert [line.text for line in document_lines(doc)] == ["Key", "", "TCL\tTechnician Commitment Lead", "A", "B"]


def test_key_lines_under_an_unknown_heading_are_not_actions() -> None:
    from extractor.interpret import is_key_entry

    row = RawRow(cells={ColumnRole.ACTION: "DTS = Director of Technical Services"}, provenance=Provenance())
    assert is_key_entry(row, {"DTS"})
    assert not is_key_entry(row, {"HR"})
    doc = document(
        h("Visibility", 2),
        ListItem(text="V1 Publish a directory (Owner: DTS)", provenance=where("ul[1]/li[1]")),
        h("Responsibility key", 2),
        ListItem(text="DTS = Director of Technical Services", provenance=where("ul[2]/li[1]")),
        ListItem(text="HR = Human Resources", provenance=where("ul[2]/li[2]")),
        ListItem(text="TCC = Technician Commitment Champion", provenance=where("ul[2]/li[3]")),
        fmt="html",
    )
    output = document_to_output(doc, SETTINGS)
    assert [row.cells.get(ColumnRole.REF) for row in output.rows] == ["V1"]


def test_a_sheet_name_is_a_section_only_when_it_names_a_pillar() -> None:
    from extractor.interpret.sections import names_a_section

    def sheet(name: str) -> Heading:
        return Heading(text=name, level=1, provenance=Provenance(sheet=name))

    assert not names_a_section(sheet("Gantt"), frozenset())
    assert names_a_section(sheet("Visibility"), frozenset())
    doc = document(sheet("Gantt"), table([HEADER, ["1.1", "Publish a directory", "TCL", "2025"]]))
    assert document_to_output(doc, SETTINGS).rows[0].section is None


def test_a_bold_title_line_is_no_section() -> None:
    from extractor.interpret import paragraph_heading

    assert paragraph_heading(Paragraph(text="University of Northfell", provenance=where("p"), bold=True)) is None
    assert paragraph_heading(Paragraph(text="Action Plan 2023-26", provenance=where("p"), bold=True)) is None
    assert paragraph_heading(Paragraph(text="Recognition", provenance=where("p"), bold=True)) is not None


def test_key_paragraphs_and_definition_lists_read_as_lines() -> None:
    from extractor.interpret import definition_line

    term = Paragraph(text="TCL", provenance=where("body/dl[1]/dt[1]"))
    meaning = Paragraph(text="Technician Commitment Lead", provenance=where("body/dl[1]/dd[1]"))
    assert definition_line(term, meaning) == "TCL: Technician Commitment Lead"
    assert definition_line(meaning, term) is None
    doc = document(
        h("Key", 2),
        term,
        meaning,
        Paragraph(text="HR \u2013 Human Resources", provenance=where("p[1]")),
        Paragraph(text="TN \u2013 Technician Network", provenance=where("p[2]")),
    )
    assert [line.text for line in document_lines(doc)] == [
        "Key",
        "",
        "TCL: Technician Commitment Lead",
        "HR \u2013 Human Resources",
        "TN \u2013 Technician Network",
    ]


def test_a_sheet_name_is_not_the_title() -> None:
    from extractor.interpret import head_lines

    sheet = Heading(text="Plan", level=1, provenance=Provenance(sheet="Plan"))
    title = Paragraph(
        text="Technician Commitment Action Plan 2023-2026", provenance=Provenance(sheet="Plan", cell="A1")
    )
    assert head_lines([sheet, title, table([HEADER])], 2, 0) == ["Technician Commitment Action Plan 2023-2026"]


def test_tables_without_any_header_are_guessed_by_the_text_rules() -> None:
    from extractor.interpret.text import table_tab_lines

    grid = table([["1.1", "Run a survey of all technical staff every year", "HR", "Mar 2025"], ["", "x\ny", "", ""]])
    assert table_tab_lines(grid) == [
        "1.1\tRun a survey of all technical staff every year\tHR\tMar 2025",
        "\tx<br><br>y",
    ]
    doc = document(
        h("Visibility", 2),
        table(
            [
                ["1.1", "Run a survey of all technical staff every year", "HR", "Mar 2025"],
                ["1.2", "Publish a directory of technical teams and their skills", "TCL", "Jun 2025"],
                ["1.3", "Hold an open day for technical services across campus", "TN", "Sep 2025"],
            ]
        ),
    )
    output = document_to_output(doc, SETTINGS)
    assert [row.cells.get(ColumnRole.REF) for row in output.rows] == ["1.1", "1.2", "1.3"]
    assert output.rows[0].cells[ColumnRole.OWNER] == "HR"
    assert output.rows[1].provenance == Provenance(sheet="Plan", cell="A2")


def test_caption_paragraph_above_a_table() -> None:
    from extractor.interpret import table_heading

    grid = table([HEADER, ["2.1", "Nominate for awards", "HR", "2025"]])
    assert table_heading(grid, Paragraph(text="Table 2: Recognition", provenance=where("p"))) == "Recognition"
    assert table_heading(grid, Paragraph(text="Our plan for recognition", provenance=where("p"))) is None
    doc = document(h("Actions", 2), Paragraph(text="Table 2 \u2013 Recognition", provenance=where("p")), grid)
    assert document_to_output(doc, SETTINGS).rows[0].section == "Recognition"


def test_a_heading_opening_with_a_ref_over_its_fields_is_the_action() -> None:
    from extractor.interpret.text import is_action_heading

    owner = ListItem(text="Owner: TCL, DIG", provenance=where("ul[1]/li[1]"))
    assert is_action_heading(h("V1 Create a technicians' hub on the intranet", 3), owner)
    assert not is_action_heading(h("Q1 2024", 3), owner)
    assert not is_action_heading(h("V1 Create a technicians' hub on the intranet", 3), None)
    doc = document(
        h("Visibility", 2),
        h("V1 Create a technicians' hub on the intranet", 3),
        owner,
        ListItem(text="By: Dec 2024", provenance=where("ul[1]/li[2]")),
        h("1.2 List every technician in the staff directory", 3),
        ListItem(text="Owner: HR", provenance=where("ul[2]/li[1]")),
        fmt="html",
    )
    rows = document_to_output(doc, SETTINGS).rows
    assert [(r.cells[ColumnRole.REF], r.cells[ColumnRole.OWNER], r.section) for r in rows] == [
        ("V1", "TCL, DIG", "Visibility"),
        ("1.2", "HR", "Visibility"),
    ]
    assert rows[0].provenance == Provenance(element="body/h3[1]")


def test_a_page_laid_out_as_a_form_reads_each_label_with_its_value() -> None:
    from extractor.interpret.text import joins_form

    texts = [
        "Action 1",
        "Publish a profile of each technical team.",
        "Lead",
        "Head of Technical Services",
        "Measures",
        "Profiles live",
        "Updated every month",
        "Status",
        "In progress",
        "Action 2",
        "Bring technicians into the public lecture series.",
        "Deadline",
        "July 2026",
    ]
    paragraphs = [Paragraph(text=t, provenance=where(f"body/p[{k + 1}]")) for k, t in enumerate(texts)]
    assert joins_form(paragraphs[0], paragraphs[1])  # "Action 1" over its sentence
    assert joins_form(paragraphs[1], paragraphs[2])  # a sentence, then a field's label
    assert not joins_form(paragraphs[5], paragraphs[6])  # a second value only inside an entry
    assert joins_form(paragraphs[5], paragraphs[6], in_form=True)
    assert not joins_form(paragraphs[8], paragraphs[9], in_form=True)  # "Action 2" starts anew
    output = document_to_output(document(h("Visibility", 2), *paragraphs, fmt="html"), SETTINGS)
    assert [row.cells.get(ColumnRole.REF) for row in output.rows] == ["1", "2"]
    first = output.rows[0].cells
    assert (first[ColumnRole.OWNER], first[ColumnRole.STATUS]) == ("Head of Technical Services", "In progress")
    assert "Updated every month" in first[ColumnRole.MEASURE]
    assert output.rows[1].cells[ColumnRole.END] == "July 2026"
