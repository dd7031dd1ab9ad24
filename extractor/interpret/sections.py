"""Which heading is in force over a table: the section its actions sit in.

A reader sees a plan's title at the top, then headings that name its parts; a heading
applies to what follows until a heading of the same or a higher level. Under a heading
that names a Commitment pillar, a deeper heading (a theme, "Objective 1") keeps the
pillar heading as the section.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.document import Block, Heading
from extractor.headings import TITLE_LIKE, heading_text
from extractor.normalise.pillars import classify_pillar


def title_levels(blocks: Sequence[Block]) -> frozenset[int]:
    """Heading levels that hold the plan's title rather than sections: the outermost level
    when it is used once above deeper headings (an h1 over h2 sections)."""
    levels = Counter(block.level for block in blocks if isinstance(block, Heading))
    if not levels:
        return frozenset()
    top = min(levels)
    return frozenset({top}) if levels[top] == 1 and len(levels) > 1 else frozenset()


def is_title_heading(heading: Heading, titles: frozenset[int]) -> bool:
    """The plan's title: a heading at a title level, or one that names the Technician
    Commitment, an action plan or a year and no pillar."""
    text = heading_text(heading.text)
    if heading.level in titles:
        return True
    return bool(TITLE_LIKE.search(text)) and classify_pillar(text) is None


def is_sheet_name(heading: Heading) -> bool:
    """A heading that is a worksheet's name (it names a sheet and no cell)."""
    return heading.provenance.sheet is not None and heading.provenance.cell is None


def names_a_section(heading: Heading, titles: frozenset[int]) -> bool:
    """Whether a heading in force names the part of the plan under it: not the title, not
    empty, and, for a worksheet's name, only when it names a pillar ("Visibility"); a sheet
    called "Action plan", "Gantt" or "2024-25" is only where the plan is kept."""
    text = heading_text(heading.text)
    if not text or is_title_heading(heading, titles):
        return False
    return not is_sheet_name(heading) or classify_pillar(text) is not None


@dataclass
class SectionState:
    """The headings in force, outermost first, as blocks are read in order."""

    titles: frozenset[int] = frozenset()
    stack: list[Heading] = field(default_factory=list)

    def enter(self, heading: Heading) -> None:
        """A heading closes every heading at its level or deeper, then applies itself."""
        while self.stack and self.stack[-1].level >= heading.level:
            self.stack.pop()
        self.stack.append(heading)

    def section(self) -> str | None:
        """The section in force: the outermost heading that names a pillar, else the nearest
        heading that is not the title; None under the title alone."""
        named = [h for h in self.stack if names_a_section(h, self.titles)]
        if not named:
            return None
        pillar = next((h for h in named if classify_pillar(heading_text(h.text)) is not None), None)
        return heading_text((pillar or named[-1]).text)
