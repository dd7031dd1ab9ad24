"""Rules for published plan pages, eleventh round: more bullet glyphs, a tilde before an item's
fields, plan years written in words or with a slash, a start in a plan year closing a sentence,
refs with a bracketed letter, keys whose entries end in full stops, card labels in a page's own
words, a repeated tag line between a heading and its card, wiki table markup and broken bars.

Every page here is invented for the test; none is copied from a real institution's page.
"""

from __future__ import annotations

from text_pages import page_lines
from text_pages import text_page as _page

from extractor.assemble import keyed_colour_state
from extractor.headings import markdown_heading_parts, without_toggle
from extractor.layouts.plain_text import bars_as_pipes, parse
from extractor.layouts.text_cell_runs import (
    cell_kind,
    owner_reach,
    ref_cell_text,
    repeat_in_date_slot,
    split_accordion_row,
)
from extractor.layouts.text_common import TIMESCALE
from extractor.layouts.text_lists import (
    bracketed_plan_years,
    card_label_role,
    closing_timescales,
    dashed_label,
    definition_value,
    label_role,
    passes_as_furniture,
    plan_year_start,
    split_fields,
)
from extractor.layouts.text_prose import (
    cut_at_page_end,
    deeds_since_signing,
    done_but_pending,
    done_wording,
    names_its_speaker,
    part_of_commitment,
    tells_of_the_document,
)
from extractor.layouts.text_sections import joined_column_names
from extractor.layouts.text_status import arrow_progress, key_states
from extractor.layouts.text_tables import cells_at_columns, column_starts
from extractor.layouts.text_wiki import spread_spans, wiki_cell, wiki_table_lines
from extractor.normalise.dates import PLAN_YEAR, parse_date_span, plan_year_number, plan_years
from extractor.normalise.owners import normalise_owners
from extractor.normalise.status import find_state
from extractor.rows import ColumnRole
from extractor.settings import ExtractionSettings
from schemas.plan import State, Status


def _rows(text: str) -> list[dict[ColumnRole, str]]:
    return [row.cells for row in parse(_page(text), ExtractionSettings()).rows]


_HYPHEN_BULLETS = """Brackley College

Our visibility work
\u2043 Put up a board of the glass shop team in the atrium ~ Owner: Estates Office
\u2043 Film a day in the life of the teaching labs (Yr2) ~ Owner: Media Unit; Head of Science
\u25c6 Name the technical lead on every course page ~ Owner: Web Office
"""


def test_hyphen_and_diamond_bullets_open_items_and_a_tilde_parts_their_fields() -> None:
    rows = _rows(_HYPHEN_BULLETS)
    assert [row[ColumnRole.ACTION] for row in rows] == [
        "Put up a board of the glass shop team in the atrium",
        "Film a day in the life of the teaching labs",
        "Name the technical lead on every course page",
    ]
    assert normalise_owners(rows[1][ColumnRole.OWNER]) == ["Media Unit", "Head of Science"]
    assert rows[1][ColumnRole.END] == "Yr2"


def test_a_tilde_before_a_label_ends_the_item_s_words() -> None:
    text, fields = split_fields("Open the stores to visitors ~ Lead: Stores Team")
    assert text == "Open the stores to visitors"
    assert fields == [(ColumnRole.OWNER, "Stores Team")]


def test_plan_years_in_words_with_a_slash_or_as_an_ordinal() -> None:
    assert plan_years("Train the mentors (Years two to four)") == (2, 4)
    assert plan_years("Survey the labs (Y1/Y2)") == (1, 2)
    assert plan_years("Hold a fair during the third year of the plan", prose=True) == (3, 3)
    assert plan_years("Meet the third year students", prose=True) is None
    match = PLAN_YEAR.search("Yrs 2-3")
    assert match is not None
    assert plan_year_number(match) == (2, 3)


def test_a_bracketed_plan_year_onwards_is_a_start_alone() -> None:
    assert bracketed_plan_years("Open the tool library (Year 3 onwards)") == (
        "Open the tool library",
        [(ColumnRole.START, "Year 3 onwards")],
    )
    assert bracketed_plan_years("Run the course (Y1/Y3)") == (
        "Run the course",
        [(ColumnRole.START, "Y1/Y3"), (ColumnRole.END, "Y1/Y3")],
    )
    assert bracketed_plan_years("Tour for staff (Year 2 students onwards)") is None


def test_a_sentence_closing_on_the_plan_year_it_starts_in() -> None:
    words = "Run a glassblowing taster each autumn, beginning in Year 3"
    assert plan_year_start(words.split()) == 4
    assert closing_timescales("Run a glassblowing taster each autumn, beginning in Year 3") == [
        (ColumnRole.START, "beginning in Year 3"),
        (ColumnRole.END, "each autumn"),
    ]
    cohort = "Run a taster for Year 3 pupils"
    assert plan_year_start(cohort.split()) == 0


def test_an_ampersand_between_short_plain_names_joins_one_office() -> None:
    assert normalise_owners("Library & Learning Spaces") == ["Library & Learning Spaces"]
    assert normalise_owners("Sport & Student Life; Head of Estates") == ["Sport & Student Life", "Head of Estates"]
    assert normalise_owners("HR & Lab Managers") == ["HR", "Lab Managers"]


def test_a_code_with_a_bracketed_letter_is_a_ref_cell() -> None:
    assert cell_kind("3(c)") is ColumnRole.REF
    assert ref_cell_text("3(c)") == "3(c)"
    assert ref_cell_text("4.2)") == "4.2"
    assert cell_kind("(see below)") is None


def test_a_key_whose_entries_end_in_full_stops() -> None:
    key = key_states(["Key: Teal = finished. Lilac = under way. Grey = not yet begun."])
    assert key == {"teal": State.COMPLETE, "lilac": State.IN_PROGRESS, "grey": State.NOT_STARTED}
    assert key_states(["Key: Lilac = under way. Then we meet."]) == {}


def test_card_labels_in_the_page_s_own_words() -> None:
    assert card_label_role("who's leading") is ColumnRole.OWNER
    assert card_label_role("done by") is ColumnRole.END
    assert card_label_role("how it's going") is ColumnRole.STATUS
    assert label_role("We'll see", strict=True) is ColumnRole.MEASURE
    assert card_label_role("who we are") is None


_CARDS = """Kelling Academy of Dance

Our backstage teams make every show happen. These cards set out what we have promised them.

Seen and heard
Promise
Tours \u2013 Take every new dancer round the wardrobe and lighting stores
Who leads itWardrobe Manager
Done byMay 2031
How it's goingAmber

Promise
Credits \u2013 List the crew of every show on the programme
Who leads itMarketing & Events
Done by2031/32
How it's goingGreen

Valued for what they do
Promise
Awards \u2013 Start a backstage award judged by the students
Who leads itHead of Production
Done byEach spring
How it's goingRed

Key: Green = complete. Amber = in progress. Red = not yet started.
"""


def test_glued_cards_with_a_tag_line_keep_the_heading_over_the_tag() -> None:
    rows = parse(_page(_CARDS), ExtractionSettings()).rows
    assert [row.section for row in rows] == ["Seen and heard", "Seen and heard", "Valued for what they do"]
    assert [row.cells[ColumnRole.THEME] for row in rows] == ["Tours", "Credits", "Awards"]
    assert rows[0].cells[ColumnRole.OWNER] == "Wardrobe Manager"
    assert rows[1].cells[ColumnRole.STATUS] == "Green"
    assert rows[2].cells[ColumnRole.END] == "Each spring"


def test_a_repeated_tag_line_is_looked_through() -> None:
    assert passes_as_furniture("Promise", frozenset({"Promise"}))
    assert not passes_as_furniture("Seen and heard", frozenset({"Promise"}))


_WIKI = """Stanmoor Institute wiki

{| class="wikitable"
|+ Our plan
! Pillar !! Ref !! Action !! Lead !! Due
|-
| rowspan="2" | Visibility || V1 || Open the workshops to visitors || Estates Office || May 2031
|-
| V2 || Put the team on the web || [[Web Office|Web team]] || 2031/32
|-
| Recognition || R1 || Nominate technicians for awards
each year || Head of Science || Annually
|}
"""


def test_wiki_table_markup_is_read_as_a_table_with_its_spanning_cell_repeated() -> None:
    lines = wiki_table_lines(page_lines(_WIKI))
    assert lines is not None
    rows = [line.text.split("\t") for line in lines if "\t" in line.text]
    assert rows[0] == ["Pillar", "Ref", "Action", "Lead", "Due"]
    assert rows[2] == ["Visibility", "V2", "Put the team on the web", "Web team", "2031/32"]
    assert rows[3][2] == "Nominate technicians for awards each year"
    parsed = _rows(_WIKI)
    assert [row[ColumnRole.REF] for row in parsed] == ["V1", "V2", "R1"]
    assert parsed[1][ColumnRole.PILLAR] == "Visibility"


def test_wiki_cells_and_spans() -> None:
    assert wiki_cell('style="width:20%" rowspan=4 | Sustainability') == ("Sustainability", 4)
    assert wiki_cell("Head of HR") == ("Head of HR", 1)
    assert wiki_table_lines(page_lines("Ref | Action\nV1 | Run a fair")) is None
    assert spread_spans([]) == []


_BROKEN_BARS = """Marsh Institute

Our plan

Pillar \u00a6 Action \u00a6 Lead \u00a6 When
Visibility \u00a6 Put the team on every facility web page \u00a6 Web Office \u00a6 Q1 2031
Name the technician on each booking page \u00a6 Facility Leads \u00a6 2031/32
Recognition \u00a6 Nominate technicians for the institute prize \u00a6 Head of Science \u00a6 Annually
"""


def test_broken_bars_part_cells_as_bars_do() -> None:
    assert [line.text for line in bars_as_pipes(page_lines("A \u00a6 B \u00a6 C"))] == ["A | B | C"]
    assert [line.text for line in bars_as_pipes(page_lines("Price \u00a6 5"))] == ["Price \u00a6 5"]
    rows = _rows(_BROKEN_BARS)
    assert [row[ColumnRole.OWNER] for row in rows] == ["Web Office", "Facility Leads", "Head of Science"]


def test_run_in_labels_with_a_full_stop_are_fields() -> None:
    assert dashed_label("Rationale. Few of our staff knew the stores team.") == (
        "Rationale: Few of our staff knew the stores team."
    )
    assert dashed_label("Measures. Two posts filled; a rota agreed") == "Measures: Two posts filled; a rota agreed"
    assert dashed_label("Agreed. The board met in May.") == "Agreed. The board met in May."


def test_an_admonition_panel_s_title_is_a_heading() -> None:
    assert markdown_heading_parts('???+ note "Sustainability"') == (2, "Sustainability")
    assert markdown_heading_parts('!!! tip "Our people"') == (2, "Our people")
    assert markdown_heading_parts("??? Really?") is None


def test_a_definition_list_value_loses_its_colon() -> None:
    assert definition_value(":   Head of Stores") == "Head of Stores"
    assert definition_value("Head of Stores") == "Head of Stores"


_FIXED_WIDTH = """Wrayfield College

Our priorities

Action                                              Owner                      Date
Put the technical team on the staff web pages       Web Office                 Q2 2031
Start a termly newsletter written by technicians    Marketing & Events         from Jan 2031
Agree two CPD days a year for every technician       HR Partner                 by end of 2032
"""


def test_a_fixed_width_table_is_split_at_its_header_s_columns() -> None:
    assert column_starts("Ref   Action          Lead") == [0, 6, 22]
    assert cells_at_columns("R1    Run a fair      HR", [0, 6, 22]) == ["R1", "Run a fair", "HR"]
    rows = _rows(_FIXED_WIDTH)
    assert [row[ColumnRole.OWNER] for row in rows] == ["Web Office", "Marketing & Events", "HR Partner"]
    assert [row[ColumnRole.END] for row in rows] == ["Q2 2031", "from Jan 2031", "by end of 2032"]


def test_an_arrow_before_the_progress_words() -> None:
    assert arrow_progress("Lab open day \u2192 complete; ninety visitors") == (
        "Lab open day",
        "complete; ninety visitors",
    )
    assert arrow_progress("Tool library -> not started") == ("Tool library", "not started")
    assert arrow_progress("Staff \u2192 Technicians \u2192 Our plan") is None


_ARROWS = """Harrowgate University

Year two in review
Tool library for the workshops \u2192 complete; open to all schools
Buddy scheme for new technicians \u2192 in progress; twelve pairs so far
Technical careers fair \u2192 delayed; moved to the spring
"""


def test_a_review_of_arrow_lines_gives_status_and_notes() -> None:
    rows = _rows(_ARROWS)
    assert [row[ColumnRole.ACTION] for row in rows] == [
        "Tool library for the workshops",
        "Buddy scheme for new technicians",
        "Technical careers fair",
    ]
    assert rows[1][ColumnRole.STATUS] == "in progress; twelve pairs so far"


def test_a_draft_still_waiting_is_under_way() -> None:
    assert done_but_pending("The mentoring guide has been written but is not yet in use.") is not None
    assert done_but_pending("The mentoring guide has been written and shared.") is None
    assert done_wording("The staff directory has also been rebuilt.") == "has also been rebuilt"


def test_an_account_opened_by_the_commitment_it_is_part_of() -> None:
    assert part_of_commitment("This open evening forms part of our Technician Commitment.")
    assert not part_of_commitment("The skills fair is part of our summer term.")
    deeds = deeds_since_signing(
        "This open evening forms part of our Technician Commitment. Last term we put a short film about each "
        "technical team on its school's web page. We also opened a loan store for hand tools."
    )
    assert len(deeds) == 2
    assert tells_of_the_document("This page is kept by the web team.")
    assert not tells_of_the_document("We put a film on each school's web page.")


def test_a_heading_after_a_quote_that_names_its_speaker_is_no_attribution() -> None:
    assert names_its_speaker('"We feel seen," says Ana Ruiz, glass technician.')
    assert not names_its_speaker('"We feel seen."')


def test_a_paragraph_cut_off_at_the_page_s_end_still_opens_under_its_heading() -> None:
    page = page_lines("Our people\n\nWe hope to open a tool library and are talking to")
    assert cut_at_page_end(page, 2)
    assert not cut_at_page_end(page, 0)


def test_a_key_colour_says_the_state_whatever_the_remark() -> None:
    assert keyed_colour_state(Status(raw="Red \u2013 two of five done", rag="red"), {"red": State.ACTION_NEEDED}) == (
        State.ACTION_NEEDED
    )
    assert keyed_colour_state(Status(raw="Red", rag="red"), {}) is None
    assert find_state("making progress") is State.IN_PROGRESS


def test_a_header_line_of_joined_column_names_is_no_section() -> None:
    assert joined_column_names("Ref Objective Owner Due date")
    assert not joined_column_names("Looking ahead to next year")


def test_a_role_of_two_units_ends_a_joined_row() -> None:
    assert owner_reach(["Run", "a", "fair", "Director", "of", "Estates", "and", "Campus", "Services"]) == 6
    assert owner_reach(["Run", "a", "fair", "for", "the", "whole", "of", "the", "campus"]) == 5


def test_a_numbered_promise_is_an_action_line() -> None:
    rows = _rows(
        "Our promises\n\nPromise 1 \u2014 Open the stores to visitors \u2014 Estates (May 2031)\n"
        "Promise 2 \u2014 Name every technician on the web \u2014 Web Office (2031/32)\n"
    )
    assert [row[ColumnRole.REF] for row in rows] == ["1", "2"]


def test_every_few_years_is_a_timescale_with_no_repeat_value() -> None:
    assert TIMESCALE.match("Every three years")
    assert parse_date_span("Every three years", bound="end").recurrence is None


def test_a_repeat_word_where_the_other_rows_print_a_date() -> None:
    row = [(None, "Fund the fees", 1), (ColumnRole.STATUS, "Ongoing", 2)]
    assert [kind for kind, _, _ in repeat_in_date_slot(row)] == [None, ColumnRole.END]
    assert repeat_in_date_slot([(None, "Fund the fees", 1), (ColumnRole.STATUS, "Done", 2)])[1][0] is ColumnRole.STATUS


def test_an_accordion_chevron_is_no_part_of_the_heading() -> None:
    assert without_toggle("Recognition (4) \u2304") == "Recognition (4)"


def test_a_joined_row_ending_on_a_group_in_sentence_case() -> None:
    assert split_accordion_row("Hold a lab safety refresher each term Lab managers Ongoing") == (
        "Hold a lab safety refresher each term",
        "Lab managers",
        "Ongoing",
        None,
    )


_TABLE_UNDER_ITS_HEADING = """Fernlea College

TECHNICIAN COMMITMENT 2031-2034

Our objectives for 2031-2034

Action\tOwner\tDate
Put the team on every web page\tWeb Office\tQ2 2031
Open the stores to visitors\tEstates\t2031/32
"""


def test_a_heading_naming_the_table_s_items_is_its_section_though_it_names_years() -> None:
    rows = parse(_page(_TABLE_UNDER_ITS_HEADING), ExtractionSettings()).rows
    assert {row.section for row in rows} == {"Our objectives for 2031-2034"}
