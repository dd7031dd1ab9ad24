"""The little CSS a plan page's own look needs: colours, weight and hiding.

A web page can colour a status cell through an inline `style`, an old `bgcolor`
attribute or a class styled in the page's own `<style>` element. This module reads
those `<style>` sheets into rules with *simple* selectors (`tag`, `.cls`, `tag.cls`,
`#id`, lists of them, and descendant selectors such as `table.plan td.red`, where
`>` is read as any depth). Selectors with pseudo-classes, attribute tests or sibling
combinators (`:hover`, `tr:nth-child(even) td`, `[open]`, `h2 + p`) are dropped:
they describe states or positions, not a status a reader is meant to see.
At-rules (`@media`, `@font-face`, Word's `@list`) are skipped whole.

Only the properties the readers use are kept (`INTERESTING`), so a page that ships
a framework's stylesheet costs a few rules, not thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageColor

INTERESTING = frozenset(
    {
        "background",
        "background-color",
        "color",
        "font-weight",
        "display",
        "visibility",
        "mso-list",
        "list-style-type",
        "list-style",
    }
)
# Keywords that mean "no colour of its own".
_NO_COLOUR = frozenset({"none", "transparent", "inherit", "initial", "unset", "currentcolor", "auto", "windowtext"})


@dataclass(frozen=True)
class Compound:
    """One simple-selector compound: 'td.red#x' -> tag td, class red, id x (None/empty for 'any')."""

    tag: str | None
    classes: frozenset[str]
    element_id: str | None

    def matches(self, tag: str, classes: frozenset[str], element_id: str | None) -> bool:
        return (
            (self.tag is None or self.tag == tag)
            and self.classes <= classes
            and (self.element_id is None or self.element_id == element_id)
        )


@dataclass(frozen=True)
class Rule:
    tag: str | None
    classes: frozenset[str]
    element_id: str | None
    specificity: tuple[int, int, int]
    order: int
    declarations: tuple[tuple[str, str], ...]
    ancestors: tuple[Compound, ...] = ()  # the compounds before the last, outermost first ('table .x td')


@dataclass
class StyleSheet:
    """Rules indexed by the one key each needs to match (id, a class, the tag, or none)."""

    by_id: dict[str, list[Rule]] = field(default_factory=dict)
    by_class: dict[str, list[Rule]] = field(default_factory=dict)
    by_tag: dict[str, list[Rule]] = field(default_factory=dict)
    universal: list[Rule] = field(default_factory=list)

    def add(self, rule: Rule) -> None:
        if rule.element_id:
            self.by_id.setdefault(rule.element_id, []).append(rule)
        elif rule.classes:
            self.by_class.setdefault(min(rule.classes), []).append(rule)
        elif rule.tag:
            self.by_tag.setdefault(rule.tag, []).append(rule)
        else:
            self.universal.append(rule)

    def declarations(
        self,
        tag: str,
        classes: frozenset[str],
        element_id: str | None,
        ancestors: Callable[[], Iterable[tuple[str, frozenset[str], str | None]]] = tuple,
    ) -> dict[str, str]:
        """The sheet's declarations for one element, later and more specific rules winning.

        `ancestors` yields (tag, classes, id) of the element's ancestors, nearest first;
        a rule with a descendant selector applies only when they match its compounds.
        """
        candidates: list[Rule] = list(self.universal)
        candidates += self.by_tag.get(tag, [])
        for name in classes:
            candidates += self.by_class.get(name, [])
        if element_id:
            candidates += self.by_id.get(element_id, [])
        if not candidates:
            return {}
        matched = [
            rule
            for rule in candidates
            if Compound(rule.tag, rule.classes, rule.element_id).matches(tag, classes, element_id)
            and (not rule.ancestors or _ancestors_match(rule.ancestors, ancestors()))
        ]
        result: dict[str, str] = {}
        for rule in sorted(matched, key=lambda r: (r.specificity, r.order)):
            result.update(rule.declarations)
        return result


def parse_declarations(text: str) -> dict[str, str]:
    """'color: red; background:#fff !important' -> {'color': 'red', 'background': '#fff'} (interesting ones only)."""
    result: dict[str, str] = {}
    for part in text.split(";"):
        name, sep, value = part.partition(":")
        if not sep:
            continue
        name = name.strip().lower()
        if name in INTERESTING:
            result[name] = value.replace("!important", "").strip()
    return result


def parse_stylesheet(text: str, sheet: StyleSheet | None = None, start_order: int = 0) -> StyleSheet:
    """Read one `<style>` element's text into `sheet` (a new one when None)."""
    sheet = sheet if sheet is not None else StyleSheet()
    text = _strip_comments(text).replace("<!--", " ").replace("-->", " ")
    order = start_order
    for prelude, body in _top_level_blocks(text):
        if prelude.startswith("@"):
            continue
        declarations = parse_declarations(body)
        if not declarations:
            continue
        for selector in prelude.split(","):
            rule = _simple_rule(selector, order, tuple(declarations.items()))
            if rule is not None:
                sheet.add(rule)
                order += 1
    return sheet


def _strip_comments(text: str) -> str:
    parts: list[str] = []
    position = 0
    while True:
        start = text.find("/*", position)
        if start < 0:
            parts.append(text[position:])
            return "".join(parts)
        parts.append(text[position:start])
        end = text.find("*/", start + 2)
        if end < 0:
            return "".join(parts)
        position = end + 2


def _top_level_blocks(text: str) -> list[tuple[str, str]]:
    """(prelude, body) of each top-level `prelude { body }`; nested blocks stay inside their body."""
    blocks: list[tuple[str, str]] = []
    depth = 0
    prelude_start = 0
    body_start = 0
    prelude = ""
    for index, char in enumerate(text):
        if char == "{":
            if depth == 0:
                prelude = text[prelude_start:index].strip()
                body_start = index + 1
            depth += 1
        elif char == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                blocks.append((prelude, text[body_start:index]))
                prelude_start = index + 1
        elif char == ";" and depth == 0:
            prelude_start = index + 1  # a statement at-rule such as @import
    return blocks


def _ancestors_match(
    compounds: tuple[Compound, ...], ancestors: Iterable[tuple[str, frozenset[str], str | None]]
) -> bool:
    """Whether the ancestors (nearest first) hold the compounds in order, innermost compound nearest."""
    pending = list(compounds)
    for tag, classes, element_id in ancestors:
        if pending and pending[-1].matches(tag, classes, element_id):
            pending.pop()
            if not pending:
                return True
    return not pending


def _simple_rule(selector: str, order: int, declarations: tuple[tuple[str, str], ...]) -> Rule | None:
    """A rule for `selector` read as descendant compounds ('>' taken as any depth); None for sibling
    combinators, pseudo-classes and attribute selectors, which describe states or positions."""
    if any(char in selector for char in ":[+~"):
        return None
    compounds = [_compound(part) for part in selector.replace(">", " ").split()]
    if not compounds:
        return None
    last = compounds[-1]
    ids = sum(1 for c in compounds if c.element_id)
    classes = sum(len(c.classes) for c in compounds)
    tags = sum(1 for c in compounds if c.tag)
    return Rule(
        last.tag, last.classes, last.element_id, (ids, classes, tags), order, declarations, tuple(compounds[:-1])
    )


def _compound(compound: str) -> Compound:
    tag: str | None = None
    classes: set[str] = set()
    element_id: str | None = None
    token = ""
    kind = "tag"
    for char in compound + ".":
        if char in ".#":
            if token:
                if kind == "tag":
                    tag = None if token == "*" else token.lower()
                elif kind == "class":
                    classes.add(token)
                else:
                    element_id = token
            token = ""
            kind = "class" if char == "." else "id"
        else:
            token += char
    return Compound(tag, frozenset(classes), element_id)


@lru_cache(maxsize=4096)
def css_colour(value: str | None) -> str | None:
    """A CSS colour (or a `background` shorthand holding one) as '#rrggbb'; None for none/transparent.

    Named colours, #rgb, #rrggbb, #rrggbbaa, rgb()/rgba() and hsl() are read with
    Pillow's colour parser (Pillow comes with pdfplumber). A fully transparent
    colour is no colour.
    """
    if not value:
        return None
    for token in _colour_tokens(value):
        lowered = token.lower()
        if lowered in _NO_COLOUR or lowered.startswith(("url(", "linear-gradient", "radial-gradient")):
            continue
        candidate = lowered
        if candidate.startswith("#") and len(candidate) in {4, 7, 9}:
            pass
        elif all(c in "0123456789abcdef" for c in candidate) and len(candidate) == 6:
            candidate = "#" + candidate  # bgcolor="FFC000", as old pages and Word write it
        try:
            rgb = ImageColor.getrgb(candidate)
        except (ValueError, AttributeError):
            continue
        if len(rgb) == 4 and rgb[3] == 0:
            return None
        return "#{:02x}{:02x}{:02x}".format(*rgb[:3])
    return None


def _colour_tokens(value: str) -> list[str]:
    """Split a property value on spaces outside parentheses: 'rgb(1, 2, 3) url(x)' -> two tokens."""
    tokens: list[str] = []
    depth = 0
    current = ""
    for char in value.strip():
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char.isspace() and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += char
    if current:
        tokens.append(current)
    return [token.replace(" ", "") if token.startswith(("rgb", "hsl")) else token for token in tokens]


def is_bold_weight(value: str | None) -> bool | None:
    """font-weight as bold (True), normal (False) or unset (None)."""
    if not value:
        return None
    value = value.strip().lower()
    if value in {"bold", "bolder"}:
        return True
    if value in {"normal", "lighter"}:
        return False
    if value.isdigit():
        return int(value) >= 600
    return None
