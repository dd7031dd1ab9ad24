"""Reading the practices a text names, for the rule tests of the comparer."""

from __future__ import annotations

from comparer.text import ActionTextProcessor


def tag_hits(processor: ActionTextProcessor, text: str) -> dict[str, int]:
    """How often `text` names each practice, its opening words counted twice as a reader weighs them."""
    return dict(processor.read_tags(processor.docs([text])[0], lead_bonus=2).hits)


def main_practice(processor: ActionTextProcessor, text: str) -> str:
    """The practice `text` names most (ties go to the first by name), as the tag tests read the main one."""
    tags = tag_hits(processor, text)
    return max(sorted(tags), key=lambda t: tags[t])
