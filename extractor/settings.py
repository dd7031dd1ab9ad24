"""One validated settings object for extraction."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.errors import ErrorCode, ExtractionError


def _tol(default: float, low: float, high: float, why: str) -> Any:
    """A bounded tolerance field; `why` says what a reader of a plan sees that sets its value."""
    return Field(default=default, ge=low, le=high, description=why)


class LayoutTolerances(BaseModel):
    """Tolerances and thresholds of the PDF layout readers: distances in points (1/72 inch), shares
    (0..1), ratios to a font size or line height, and counts.

    Every value was chosen on the sample and hold-out plans; the description says what each one
    separates. A run's values are `ExtractionSettings.tolerances` (`DEFAULT_TOLERANCES`, below,
    unless set): the PDF table layouts hand them down from `parse`, a page read with them keeps
    them (`pdf_page.PageData.tol`, cached per set of tolerances) and its readers use them. Small
    helpers called from many places (period labels, heading rules, text-file tables) keep the
    defaults. Modelled on pdfplumber's `TableSettings`.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # --- ruling lines and words (pdf_page) ---
    ruling_snap: float = _tol(
        3.0, 0, 20, "Ruling lines this close (points) are snapped to one (pdfplumber snap_tolerance)."
    )
    ruling_join: float = _tol(
        3.0, 0, 20, "Collinear ruling segments this close are joined (pdfplumber join_tolerance)."
    )
    ruling_intersection: float = _tol(
        3.0, 0, 20, "Lines this close count as crossing, making a cell corner (pdfplumber intersection_tolerance)."
    )
    rule_min_length: float = _tol(
        20.0,
        0,
        200,
        "A horizontal edge at least this long (points) is a rule between rows; shorter ones underline words.",
    )
    rule_min_span_share: float = _tol(
        0.5, 0, 1, "A rule parts two rows when it spans at least this share of the table's width."
    )
    line_tolerance: float = _tol(
        2.5, 0, 20, "Words whose tops differ by at most this (points) are on one line (superscripts, mixed fonts)."
    )
    rotated_align: float = _tol(1.0, 0, 10, "Turned words whose left edges differ by at most this stand on one line.")
    rotated_overlap: float = _tol(1.0, 0, 10, "Turned words of one label may overlap by this much (points).")
    rotated_gap_ratio: float = _tol(
        1.5, 0, 10, "Turned words further apart than this many line heights are two labels, not one."
    )
    edge_inside_margin: float = _tol(
        1.0, 0, 10, "A cell border this far inside a word's ends may cut it (text set tight against a border)."
    )
    edge_char_slack: float = _tol(0.5, 0, 5, "A border within this of the gap between two letters falls between them.")
    hand_break_slack: float = _tol(
        2.0, 0, 20, "Room (points) a line must leave before its break counts as typed: glyph-width rounding."
    )
    space_em: float = _tol(
        0.3, 0, 2, "A space's width as a share of the font size, for guessing whether a word fitted."
    )
    hand_break_indent: float = _tol(
        1.5, 0, 20, "Lines of a cell starting further right than this are centred or indented: no typed-break evidence."
    )

    # --- fills and colours (pdf_page) ---
    fill_min_size: float = _tol(1.0, 0, 20, "A filled rectangle thinner than this (points) is a rule, not shading.")
    curve_min_size: float = _tol(
        2.0, 0, 20, "A filled curve smaller than this is a glyph stroke, not a bar or RAG dot."
    )
    bar_min_stroke: float = _tol(3.0, 0, 50, "A line stroked at least this thick is a Gantt bar, not a rule.")
    fill_min_cover: float = _tol(0.5, 0, 1, "A cell is filled when one fill covers at least this share of it.")
    emphasis_fill_cover: float = _tol(
        0.9, 0, 1, "A row is shaded as a heading band when one fill covers at least this share of it."
    )
    shade_min_width_share: float = _tol(
        0.5, 0, 1, "A Gantt bar marks a period cell when it spans this share of its width."
    )
    shade_min_height_share: float = _tol(
        0.25, 0, 1, "...and this share of its height: bars are often thinner than the row."
    )
    mark_inside_slack: float = _tol(1.0, 0, 10, "A RAG dot may stick out of its cell by this much (points).")
    colour_match: float = _tol(
        0.04,
        0,
        1,
        "Two colours are the same when no RGB channel differs by more (anti-aliased or CMYK-converted fills).",
    )
    white_min: float = _tol(0.95, 0, 1, "A fill whose channels are all at least this is white: no shading.")
    rag_min_saturation: float = _tol(0.25, 0, 1, "Fills less saturated than this are greys, never red, amber or green.")
    rag_min_lightness: float = _tol(0.12, 0, 1, "Fills darker than this are near black, not a RAG colour.")
    rag_max_lightness: float = _tol(0.95, 0, 1, "Fills lighter than this are near white, not a RAG colour.")
    red_hue_below: float = _tol(15.0, 0, 360, "Hues (degrees) under this are red ...")
    red_hue_from: float = _tol(330.0, 0, 360, "... and so are hues from this one (crimson, magenta-red).")
    amber_hue_below: float = _tol(68.0, 0, 360, "Hues from red's end up to this are amber (orange to yellow).")
    green_hue_below: float = _tol(170.0, 0, 360, "Hues from amber's end up to this are green; above it blues.")

    # --- headings (extractor/headings.py) ---
    heading_max_chars: int = _tol(100, 1, 1000, "A heading line is at most this long; longer lines are sentences.")
    heading_max_words: int = _tol(12, 1, 100, "A heading line has at most this many words.")
    heading_size_step: float = _tol(
        1.0, 0, 20, "Type at least this many points larger than the page's body text is heading type."
    )
    heading_min_capitals: int = _tol(
        4, 1, 50, "A line in capitals with at least this many letters is a heading ('VISIBILITY'); fewer is an acronym."
    )
    heading_band_max_words: int = _tol(
        30, 1, 200, "A bold or shaded band across a table is a heading up to this many words, even a long one."
    )
    outline_heading_max_words: int = _tol(
        14, 1, 100, "A larger-type line of at most this many words is an outline heading; more is a pull quote."
    )
    text_heading_max_line_chars: int = _tol(160, 1, 2000, "A plain-text line longer than this is never a heading.")
    text_heading_max_spaces: int = _tol(40, 0, 500, "A plain-text line with more spaces than this is laid-out text.")
    text_heading_max_chars: int = _tol(80, 1, 1000, "A plain-text heading, marks removed, is at most this long.")
    text_heading_max_words: int = _tol(10, 1, 100, "A plain-text heading, marks removed, has at most this many words.")

    # --- tables from PDF pages (pdf_tables, ruled_table, unruled_table, row_bands) ---
    heading_above_overlap: float = _tol(
        1.0, 0, 20, "A heading over a table may sit this far (points) into the table's top rule."
    )
    heading_above_gap: float = _tol(0.5, 0, 20, "A heading over an unruled table ends this far above the header's top.")
    dense_row_share: float = _tol(
        0.6,
        0,
        1,
        "A table is dense when this share of its rows fill two cells or more; a lone short cell is a heading.",
    )
    dense_row_cells: int = _tol(2, 1, 20, "Cells a row fills to count towards a dense table.")
    label_max_words: int = _tol(5, 1, 50, "A header label naming a role or a period has at most this many words.")
    legend_min_lines: int = _tol(
        2, 1, 50, "A cell of at least this many 'CODE: meaning' lines alone in its row is an owner key, not an action."
    )
    month_initials_min: int = _tol(3, 1, 12, "A run of at least this many month initials ('J F M') is read as months.")
    max_header_rows: int = _tol(4, 1, 20, "A ruled table's header starts within this many rows of its top.")
    grid_snap: float = _tol(1.5, 0, 20, "Cell edges this close (points) are one grid line.")
    continued_edge_slack: float = _tol(
        6.0, 0, 50, "A headerless table continues the previous one when its sides are within this of its sides."
    )
    continued_centre_slack: float = _tol(
        2.0,
        0,
        50,
        "A continued table's column belongs to the earlier column whose span (widened by this) holds its middle.",
    )
    split_min_words: int = _tol(4, 1, 100, "A tall ruled row with fewer words is never split into several actions.")
    split_gap_ratio: float = _tol(
        0.6, 0, 10, "A strip of whitespace taller than this many line heights across a tall row parts two actions ..."
    )
    split_gap_min: float = _tol(3.0, 0, 50, "... and at least this many points tall.")
    split_min_parts: int = _tol(
        2, 2, 20, "A tall row is split only when this many parts have an action and a key cell."
    )
    stop_phrase_min_columns: int = _tol(
        3, 1, 20, "A phrase over at least this many columns is a paragraph across the table: the table ends."
    )
    stop_phrase_min_words: int = _tol(8, 1, 100, "... when it has at least this many words.")
    stop_sentence_min_columns: int = _tol(
        2, 1, 20, "A whole-line sentence over at least this many columns also ends the table ..."
    )
    stop_sentence_min_words: int = _tol(5, 1, 100, "... when it has at least this many words.")
    fallback_line_height: float = _tol(10.0, 1, 100, "Line height assumed (points) when a table has no lines.")
    overlap_gap_floor: float = _tol(
        -1.0, -50, 0, "Gaps between lines below this (they overlap) say nothing of the row spacing."
    )
    base_gap_quantile: float = _tol(
        0.1, 0, 1, "The line gap inside a cell is taken at this quantile of the gaps (ignores the odd tight pair)."
    )
    row_step_min: float = _tol(
        0.8, 0, 20, "A jump between sorted gaps of at least this (points) parts rows from lines ..."
    )
    row_step_ratio: float = _tol(0.15, 0, 5, "... or this many line heights, whichever is more.")
    row_gap_min: float = _tol(
        1.5, 0, 20, "Without a clear jump, rows are parted by a gap this much over a line gap ..."
    )
    row_gap_ratio: float = _tol(0.3, 0, 5, "... or this many line heights over it, whichever is more.")
    row_box_pad: float = _tol(1.0, 0, 20, "A row's box reaches this far (points) beyond its words, and a table's too.")
    heading_column_inset: float = _tol(
        1.0, 0, 20, "A heading line inside a table belongs to the column this far (points) right of its first letter."
    )
    row_rules_min: int = _tol(
        2,
        1,
        50,
        "Rules run between an unruled table's rows when at least this many part its lines (not only sections).",
    )
    flush_left_slack: float = _tol(1.0, 0, 20, "Lines starting within this of a column's leftmost line are flush left.")
    flush_left_share: float = _tol(0.6, 0, 1, "A column is set flush left when this share of its lines are.")
    running_min_pages: int = _tol(
        3, 1, 100, "Running headers and footers are looked for in documents of this many pages."
    )
    running_margin_share: float = _tol(
        0.1, 0, 0.5, "Running headers and footers sit in this share of the page at the top or bottom ..."
    )
    running_page_share: float = _tol(0.5, 0, 1, "... printed on at least this share of the pages.")
    block_top_align: float = _tol(
        3.0, 0, 50, "A grouping cell's text within this of a row's top is printed at the top of its group."
    )

    # --- whitespace columns ---
    phrase_gap_em: float = _tol(
        0.8, 0, 10, "A gap wider than this many font sizes separates two phrases (two cells) of a line."
    )
    header_min_phrases: int = _tol(3, 2, 50, "A header line has at least this many phrases.")
    header_phrase_max_words: int = _tol(6, 1, 50, "A header phrase has at most this many words.")
    header_label_share: float = _tol(
        0.75, 0, 1, "Share of a plain header line's phrases that must name a role or a period."
    )
    header_label_share_bold: float = _tol(0.5, 0, 1, "The same share for a bold line: bold already marks a header.")
    header_wrap_gap: float = _tol(
        0.6, 0, 10, "A wrapped header line is at most this many line heights from the header."
    )
    header_label_gap: float = _tol(
        1.5, 0, 10, "A row of period labels, or a lower-case header row, may be this many line heights away."
    )
    header_wrap_max_words: int = _tol(5, 1, 50, "A wrapped header line's phrases have at most this many words.")
    header_gap_phrase_max_words: int = _tol(
        3, 1, 50, "A header word between two header phrases ('by' under a gap) has at most this many words."
    )
    column_name_max_words: int = _tol(3, 1, 50, "A phrase naming a column by itself has at most this many words.")
    period_label_max_words: int = _tol(4, 1, 20, "A period label cut from a run of labels has at most this many words.")
    flush_label_slack: float = _tol(
        3.0, 0, 50, "A spanning label within this (points) of a column's left edge is printed flush left."
    )
    cut_inset: float = _tol(
        3.0, 0, 50, "A column boundary sits this far left of the next column's text (the cell's padding)."
    )
    cut_margin: float = _tol(0.5, 0, 10, "... and at least this far left of the next header phrase.")

    # --- period labels (periods) ---
    period_label_max_chars: int = _tol(60, 1, 1000, "A header longer than this is prose, never a period label.")
    year_label_max_chars: int = _tol(
        12, 4, 100, "A bare calendar year ('2023', 'Year 2023') is a label up to this long."
    )
    earliest_year: int = _tol(1900, 1000, 3000, "Years before this are not plan periods (a misread number).")
    latest_year: int = _tol(2199, 1000, 3000, "Years after this are not plan periods (a misread number).")

    # --- pages saved as text (text_prose, text_lists) ---
    question_list_share: float = _tol(
        0.5, 0, 1, "A list is a page's questions and answers (an FAQ) when at least this share of its items ask one."
    )
    question_list_min_items: int = _tol(2, 1, 50, "... and it has at least this many items.")
    cell_owner_slot_share: float = _tol(
        0.5,
        0,
        1,
        "A table flattened one cell a line names owners in the cell after the action when this share of its "
        "rows hold a role there; then a title-case name in that place is an owner too.",
    )
    status_column_share: float = _tol(
        0.75,
        0.5,
        1.0,
        "A table column whose header names no field is the status column when at least this share of its "
        "filled cells are status words ('Complete', 'Underway'); fewer may be notes that open with one.",
    )
    accordion_block_min_rows: int = _tol(
        3,
        1,
        50,
        "Lines ending on an owner and a date, one under the other, are rows beside a page's lists when at "
        "least this many stand together (fewer may be a running header or footer).",
    )
    recount_min_deeds: int = _tol(
        2,
        1,
        20,
        "A paragraph outside the plan's headings that tells of the institution signing the Commitment "
        "recounts its initiatives when at least this many sentences after that one tell a deed in the past "
        "tense; an introduction naming its signing and its plan tells fewer.",
    )
    joined_owner_min_words: int = _tol(
        2,
        1,
        10,
        "An owner written 'X and Y' names two owners when each side runs to at least this many words "
        "('Estates Office and Faculty Managers'); a shorter side makes one unit's name ('Learning and "
        "Development'). A one-word owner before a bracketed timescale under this many words, not in capitals, "
        "is a title's last word, not an owner ('Update (2024)').",
    )
    comma_note_min_words: int = _tol(
        3,
        1,
        20,
        "A status cell's words after a comma are a note on the state before them when they run to at least "
        "this many words ('Under way, first awards made in May'); fewer point to a note elsewhere "
        "('Delayed, see note') and stay with the status.",
    )
    story_min_headings: int = _tol(
        3,
        2,
        20,
        "A page naming no pillar in its headings (a blog or news story) tells its initiatives under headings "
        "in its own words when at least this many headings, set alike, each stand over a paragraph telling "
        "something done, under way, late or planned; fewer are a news item's asides.",
    )
    status_key_min_entries: int = _tol(
        2, 1, 20, "A page's key gives its status words or colours a state when it explains at least this many."
    )
    status_key_max_meaning_words: int = _tol(
        6,
        1,
        30,
        "A colour's meaning in a key printed as a sentence ('GREEN = complete, RED = behind schedule') runs to "
        "at most this many words; a longer clause after a colour is the page's prose, not a key's entry.",
    )
    joined_rows_min: int = _tol(
        3,
        1,
        50,
        "Lines of cells joined by '|' or ';' are a table's rows only when at least this many stand together "
        "(text_pipe_rows, text_delimited_rows); fewer are a menu or a sentence.",
    )
    semicolon_min_cells: int = _tol(
        3, 2, 20, "A line split at ';' is a row when it has at least this many cells: an action and two fields."
    )
    semicolon_field_share: float = _tol(
        0.5,
        0,
        1,
        "... and at least this share of the cells after the first read as a field (owner, date, status), "
        "not as the clauses of a sentence.",
    )
    pipe_field_row_share: float = _tol(
        0.5,
        0,
        1,
        "A run of '|'-joined lines is a table when at least this share of its lines hold a field of a row "
        "(ref, owner, date, status); a run of names only is a menu, a breadcrumb or a title line.",
    )
    ampersand_unit_side_words: int = _tol(
        2,
        1,
        5,
        "An owner written as plain capitalised words joined by '&' ('Marketing & Student Recruitment') names one "
        "office when each side has at most this many words; longer runs are lists of owners.",
    )


DEFAULT_TOLERANCES = LayoutTolerances()


class ExtractionSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    layout: str | None = Field(default=None, description="Force a layout parser instead of detecting one.")
    tolerances: LayoutTolerances = Field(
        default=DEFAULT_TOLERANCES,
        description="Tolerances and thresholds of the PDF layout readers for this run (see `LayoutTolerances`).",
    )
    institution: str | None = Field(default=None, description="Overrides the institution found in the document.")
    title: str | None = None
    max_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    max_pages: int = Field(default=1000, gt=0)
    max_text_chars: int = Field(
        default=50_000_000, gt=0, description="Total extracted characters at which a PDF is refused (inflation bombs)."
    )
    max_page_content_bytes: int = Field(
        default=32 * 1024 * 1024,
        gt=0,
        description="Inflated size of one page's content streams at which a PDF is refused (compression bombs).",
    )
    max_zip_entries: int = Field(
        default=10_000,
        gt=0,
        description="Members of a .docx/.xlsx/.odt package at which it is refused (a Word or Excel file has tens).",
    )
    max_zip_unpacked_bytes: int = Field(
        default=512 * 1024 * 1024,
        gt=0,
        description=(
            "Sum of the uncompressed sizes a .docx/.xlsx/.odt package declares at which it is refused;"
            " the readers hold every part in memory, so this bounds their memory (zip bombs)."
        ),
    )
    max_zip_ratio: float = Field(
        default=200.0,
        gt=1,
        description=(
            "Uncompressed-to-compressed ratio of one package member at which the file is refused as a zip bomb;"
            " Office XML compresses 5-50 times, a bomb thousands of times."
        ),
    )
    zip_ratio_floor_bytes: int = Field(
        default=4 * 1024 * 1024,
        ge=0,
        description="Members smaller than this when unpacked are never refused for their ratio (tiny, harmless).",
    )
    max_sheet_cells: int = Field(
        default=500_000,
        gt=0,
        description=(
            "Cells holding a value or a fill, over all sheets of a workbook, at which it is refused;"
            " a plan has a few thousand, and each loaded cell costs memory."
        ),
    )
    max_field_chars: int = Field(
        default=10_000,
        gt=0,
        description="Longest action text, measure or note kept; longer ones are cut with a `long_text` warning."
        " The longest genuine actions run to a few hundred words (about 3,000 characters); a workbook cell holds"
        " 32,767.",
    )
    min_chars_per_page: int = Field(
        default=20, ge=0, description="Below this average a PDF is taken as scanned (no text layer)."
    )

    low_confidence_below: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="A plan whose quality score is under this gets a low_confidence warning "
        "(and fails under --strict).",
    )
    quality_evidence_floor: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Share of the quality score a clean plan keeps with no pillar heading, owners or dates: "
        "narrative plans state none and are still plans.",
    )
    quality_single_action_factor: float = Field(
        default=0.8,
        gt=0,
        le=1,
        description="Quality score multiplier for a plan of one action, which is often a stray line read as one.",
    )

    @classmethod
    def resolve(cls, value: ExtractionSettings | dict[str, Any] | None) -> ExtractionSettings:
        """Accept an instance, a dict of overrides or None; name the bad field on error."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        try:
            return cls.model_validate(value)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "settings"
            raise ExtractionError(ErrorCode.BAD_SETTINGS, None, f"bad setting {field!r}: {first['msg']}") from exc
