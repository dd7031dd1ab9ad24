"""Cell text clean-up: whitespace folding, PDF de-hyphenation, measure splitting.

The plan's wording is kept. Only layout artefacts are removed:

- line breaks, tabs, non-breaking and repeated spaces become one space;
- a word broken after its hyphen at a line end ("e-" / "learning", "Vice-" /
  "Chancellor", or "e- learning" with a short prefix once a PDF-to-text tool has
  turned the break into a space) is joined back with its hyphen kept ("e-learning",
  "Vice-Chancellor"): word processors rarely hyphenate automatically, so a hyphen
  glued to a word at a line end is nearly always part of the word;
- soft hyphens (U+00AD) and zero-width characters are dropped;
- simple inline HTML formatting tags some exporters leave (``<u>``, ``<b>``, ``<br>``)
  are dropped; other angle brackets ("<20%") are untouched.

    >>> fold_text("Develop an e-\\nlearning  course")
    'Develop an e-learning course'
    >>> fold_text("report from <u>PURE</u>")
    'report from PURE'
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_FORMAT_TAGS = re.compile(r"</?(?:u|b|i|em|strong|sup|sub|span|font|br|p)(?:\s[^<>]*)?/?>", re.I)
# A letter, a hyphen, then a line break and a word; or, where a text export
# turned the break into a space, a short prefix ("e- learning", "self- assessment")
# then a lowercase word. A coordinating word after it keeps the space
# ("pre- and post-doctoral"), and so does a long word ("Development- promote"),
# which is a dash used as punctuation.
_BROKEN_HYPHEN = re.compile(
    r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[A-Za-z])"
    r"|(?<![A-Za-z])(?P<prefix>[A-Za-z]{1,5})- +(?=(?!(?:and|or|to|nor)\b)[a-z])"
)
_SPACES = re.compile(r"\s+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

# Bullet markers that open a list item. "-" and "*" count only when glued to the
# item ("-Increase") or at a line start, so an inline dash in prose never splits.
_BULLET_CHARS = "\u2022\u25cf\u25e6\u25aa\u25a0\u2023\u2043\u2219\u00b7\u27a2\u2013\u2014\uf0b7\uf0a7*-"
_LINE_BULLET = re.compile(
    r"^[ \t]*(?:[" + re.escape(_BULLET_CHARS) + r"]|\(?\d{1,2}[.)](?!\d)|\(?[a-z][)])[ \t]*", re.M
)
_STRONG_BULLET = "\u2022\u25cf\u25e6\u25aa\u25a0\u2023\u2043\u2219\u27a2\uf0b7\uf0a7"
_INLINE_DASH_ITEM = re.compile(r"(?:^|\s)-(?=[^\s\d-])")
_INLINE_STRONG_ITEM = re.compile(r"\s*[" + re.escape(_STRONG_BULLET) + r"]\s*")
_INLINE_NUMBER_ITEM = re.compile(r"(?:^|\s)\(?(\d{1,2})[.)]\s+(?=\S)")


# Rarer dash characters a page may print between a number and its title, folded to the two dashes the
# readers know: the figure dash to an en dash, the horizontal bar and the small em dash to an em dash.
_RARE_DASHES = str.maketrans({"\u2012": "\u2013", "\u2015": "\u2014", "\ufe58": "\u2014"})


def fold_rare_dashes(text: str) -> str:
    """A page's dashes read as dashes whichever character its editor typed: "Aim 3 \u2015 Open the labs"
    (a horizontal bar) reads as "Aim 3 \u2014 Open the labs", as a reader sees the same dash.

    >>> fold_rare_dashes("Aim 3 \u2015 Open the labs") == "Aim 3 \u2014 Open the labs"
    True
    """
    return text.translate(_RARE_DASHES)


def fold_text(text: str | None) -> str:
    """Fold whitespace and PDF hyphenation; keep everything else as printed.

    Idempotent: ``fold_text(fold_text(x)) == fold_text(x)``.

    >>> fold_text("  Raise the\\nVisibility   of\\ttechnicians ")
    'Raise the Visibility of technicians'
    >>> fold_text("pre- and post-doctoral")
    'pre- and post-doctoral'
    """
    if not text:
        return ""
    cleaned = _INVISIBLE.sub("", text.replace("\u00a0", " "))
    cleaned = _FORMAT_TAGS.sub(" ", cleaned) if "<" in cleaned else cleaned
    cleaned = _BROKEN_HYPHEN.sub(_join_hyphen, cleaned)
    return _SPACES.sub(" ", cleaned).strip()


def _join_hyphen(match: re.Match[str]) -> str:
    prefix = match.group("prefix")
    return f"{prefix}-" if prefix else "-"


_LIST_GLYPH = re.compile(r"(?:(?<=\s)|^)[" + re.escape(_STRONG_BULLET) + r"]\s+")


def fold_action_text(text: str | None) -> str:
    """`fold_text` for an action, without the bullet glyphs of a list inside it: the glyph is
    how the list was drawn, like its line breaks; the items' own punctuation stays.

    >>> fold_action_text("Hold an open day, including:\\n\u2022 lab tours;\\n\u2022 talks.")
    'Hold an open day, including: lab tours; talks.'
    """
    return _LIST_GLYPH.sub("", fold_text(text)).strip()


def fold_whitespace(text: str | None) -> str:
    """Only fold whitespace (for raw date and status cells, which keep "Oct- 2021" as printed).

    >>> fold_whitespace(" Oct-\\n 2021 ")
    'Oct- 2021'
    """
    if not text:
        return ""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text.replace("\u00a0", " "))).strip()


def optional_text(text: str | None) -> str | None:
    """`fold_text`, with an empty result as None."""
    folded = fold_text(text)
    return folded or None


def split_measures(text: str | None) -> list[str]:
    """Split a measures cell into measures, only on clear list markers.

    Rules, in order:

    1. Empty text gives ``[]``.
    2. Strong bullets (•, ●, ▪, ...) anywhere split the cell.
    3. When the cell itself starts with a list marker ("-", "*", an en dash, "1.", "1)", "a)"),
       each line starting with a marker opens a new item; lines without one continue
       the item above (wrapped text).
    4. A single line that starts with a dash glued to its word ("-Increase ...")
       splits wherever another glued dash follows a space (" -Improve"); a spaced
       dash (" - no single point") is prose and never splits.
    5. Lines separated by a blank line are separate items (the PDF readers leave a blank
       line where a cell's line was ended by hand, not wrapped).
    6. Numbered items "1. ... 2. ..." split when they count up from 1.
    7. Otherwise the whole cell is one measure.

    Each item is folded with `fold_text`; empty items are dropped.

    >>> split_measures("-Fewer delays\\n-More take-up of\\ntraining")
    ['Fewer delays', 'More take-up of training']
    >>> split_measures("Survey launched - results shared")
    ['Survey launched - results shared']
    >>> split_measures("Guide published\\n\\nGuide used in\\nappraisals")
    ['Guide published', 'Guide used in appraisals']
    >>> split_measures("• One • Two")
    ['One', 'Two']
    """
    if not text or not text.strip():
        return []
    stripped = text.strip()
    if any(ch in stripped for ch in _STRONG_BULLET):
        items = _INLINE_STRONG_ITEM.split(stripped)
        return _clean_items(items)
    if _LINE_BULLET.match(stripped) and "\n" in stripped:
        items = _split_lines_on_markers(stripped)
        if len(items) > 1:
            return items
    paragraphs = [part for part in _BLANK_LINE.split(stripped) if part.strip()]
    if len(paragraphs) > 1:
        return _clean_items([_strip_marker(part.strip()) for part in paragraphs])
    if _INLINE_DASH_ITEM.match(stripped):
        return _clean_items(_INLINE_DASH_ITEM.split(stripped))
    numbered = _split_numbered(stripped)
    if numbered:
        return numbered
    folded = fold_text(_strip_marker(stripped))
    return [folded] if folded else []


def _split_lines_on_markers(text: str) -> list[str]:
    items: list[list[str]] = []
    for line in text.split("\n"):
        match = _LINE_BULLET.match(line)
        if match and line[match.end() :].strip():
            items.append([line[match.end() :]])
        elif items:
            items[-1].append(line)
        else:
            items.append([line])
    return _clean_items(["\n".join(parts) for parts in items])


def _split_numbered(text: str) -> list[str]:
    matches = list(_INLINE_NUMBER_ITEM.finditer(text))
    if len(matches) < 2 or matches[0].start() != 0:
        return []
    numbers = [int(m.group(1)) for m in matches]
    if numbers != list(range(1, len(numbers) + 1)):
        return []
    bounds = [m.start() for m in matches] + [len(text)]
    return _clean_items([text[bounds[i] : bounds[i + 1]] for i in range(len(matches))], strip_marker=True)


def _strip_marker(text: str) -> str:
    match = _LINE_BULLET.match(text)
    if match and text[match.end() :].strip():
        return text[match.end() :]
    return text


def _clean_items(items: list[str], strip_marker: bool = False) -> list[str]:
    cleaned: list[str] = []
    for item in items:
        piece = _strip_marker(item.strip()) if strip_marker else item
        folded = fold_text(piece)
        if folded:
            cleaned.append(folded)
    return cleaned
