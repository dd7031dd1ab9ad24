"""How far an extracted plan can be trusted: the plan's `quality` record.

A parse that goes wrong rarely fails outright: it returns member lists, link lines or
cell fragments as actions. This module looks at what came out, the way a reader
skimming the result would, and says how much of it looks like a plan:

- how many candidate rows the layout considered, how many it kept, and which named
  rule turned the others away (`LayoutOutput.rejected`);
- the share of actions that carry a pillar, owners and dates;
- which actions look like something other than an action (`SUSPECT_RULES`: a fragment
  of a cell, a person's name and role, page furniture such as a link or a contact);
- one score from 0 to 1 combining these, and whether it falls under
  `ExtractionSettings.low_confidence_below`.

Each suspect rule is a small named predicate on the action's text, so a report can
say *why* an action looked wrong, and each has its own tests.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from extractor.normalise.dates import parse_date_span
from extractor.normalise.pillars import classify_pillar
from extractor.rows import LayoutOutput
from extractor.settings import ExtractionSettings
from schemas.plan import Action, Quality, RejectedCount

EXAMPLES_PER_RULE = 3
EXAMPLE_CHARS = 80

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# Small words that do not make a run of capitalised words any less like a name or a title.
_NAME_JOINERS = frozenset({"and", "of", "the", "for", "in", "&", "de", "van", "von", "le", "la", "at", "to"})
_LINK_WORDS = re.compile(
    r"\b(download|click here|read more|find out more|see more|view (the|our)|back to top|skip to)\b"
    r"|\((pdf|docx?|xlsx?|pptx?)\b[^)]*\)|\b\d+(\.\d+)?\s?(kb|mb)\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\b(tel|telephone|phone|email|e-mail)\s*[:.]|\+?\d[\d ]{8,}\d|https?://|www\.",
    re.IGNORECASE,
)


def looks_like_fragment(text: str) -> bool:
    """A piece of a cell rather than an action: two words or fewer, or only a date,
    a pillar's name or a status word such as "Ongoing".

    >>> looks_like_fragment("Ongoing")
    True
    >>> looks_like_fragment("Recognition")
    True
    >>> looks_like_fragment("Run an annual technician awards ceremony")
    False
    """
    words = _WORD.findall(text)
    if len(words) <= 2:
        return True
    stripped = text.strip(" .;:-\u2013")
    if classify_pillar(stripped) is not None and len(words) <= 4:
        return True
    value = parse_date_span(stripped, bound="end")
    return value is not None and (value.date is not None or value.recurrence is not None) and len(words) <= 4


def looks_like_person(text: str) -> bool:
    """A name and a role, as a committee list prints them: every word capitalised (or a
    joining word such as "of"), perhaps a department in brackets or a role after a colon,
    and no word in lower case that could carry an action.

    >>> looks_like_person("Dr Ana Patel (Chemistry) Technical Manager")
    True
    >>> looks_like_person("Chair and Academic Representative: Prof. Tom Reed")
    True
    >>> looks_like_person("Create a Technical Careers Hub")
    False
    """
    stripped = text.rstrip()
    if len(stripped) > 160:
        return False
    if stripped.endswith((".", "!", "?")) and not re.search(r"\b[A-Z][a-z]?\.$", stripped):
        return False  # a sentence; names and roles end without a full stop (initials and "Dr." aside)
    words = _WORD.findall(text)
    if len(words) < 2:
        return False
    content = [w for w in words if w.casefold() not in _NAME_JOINERS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised == len(content) and len(content) <= 12


def looks_like_furniture(text: str) -> bool:
    """Page furniture rather than a plan's content: a download or "read more" link, a file
    size, an e-mail address, a telephone number or a web address.

    >>> looks_like_furniture("Download our annual report (PDF, 1.2MB)")
    True
    >>> looks_like_furniture("Contact: technicians@example.ac.uk")
    True
    >>> looks_like_furniture("Publish a technician newsletter each term")
    False
    """
    return bool(_LINK_WORDS.search(text) or _CONTACT.search(text))


SuspectRule = Callable[[str], bool]
# In the order they are tried: the first that fires names the reason.
SUSPECT_RULES: tuple[tuple[str, SuspectRule], ...] = (
    ("fragment", looks_like_fragment),
    ("person", looks_like_person),
    ("furniture", looks_like_furniture),
)


def suspect_reason(action: Action) -> str | None:
    """Why `action` looks like something other than an action, or None when it looks fine."""
    for name, rule in SUSPECT_RULES:
        if rule(action.text):
            return name
    return None


def _share(actions: Sequence[Action], has: Callable[[Action], bool]) -> float:
    return round(sum(1 for action in actions if has(action)) / len(actions), 4) if actions else 0.0


def _field_evidence(action: Action) -> float:
    """How much structure backs one action: a stated pillar or section counts half, any of
    owners, dates, timeline, status or measures the other half."""
    placed = bool((action.pillar is not None and not action.pillar_inferred) or action.section)
    detailed = bool(action.owners or action.start or action.end or action.timeline or action.status or action.measures)
    return 0.5 * placed + 0.5 * detailed


def assess_quality(actions: Sequence[Action], output: LayoutOutput, settings: ExtractionSettings) -> Quality:
    """The quality record of a plan made of `actions` from a layout's `output`.

    The score is `cleanliness * (floor + (1 - floor) * evidence)`, where cleanliness is the
    share of actions no suspect rule fires on, evidence the mean `_field_evidence`, and the
    floor (`settings.quality_evidence_floor`) keeps a clean narrative plan, which names no
    owners or dates, from scoring as low as a garbled one. A plan of a single action is
    scaled by `settings.quality_single_action_factor`: one "action" is often a stray line.
    """
    suspects = [index for index, action in enumerate(actions) if suspect_reason(action) is not None]
    by_rule: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for rule, text, _where in output.rejected:
        by_rule[rule] += 1
        shown = examples.setdefault(rule, [])
        if len(shown) < EXAMPLES_PER_RULE:
            folded = " ".join(text.split())
            shown.append(folded if len(folded) <= EXAMPLE_CHARS else folded[: EXAMPLE_CHARS - 1] + "…")
    rejected = [RejectedCount(rule=rule, count=by_rule[rule], examples=examples[rule]) for rule in sorted(by_rule)]
    candidates = output.candidates if output.candidates is not None else len(output.rows) + len(output.rejected)
    if actions:
        cleanliness = 1 - len(suspects) / len(actions)
        evidence = sum(_field_evidence(action) for action in actions) / len(actions)
        floor = settings.quality_evidence_floor
        score = cleanliness * (floor + (1 - floor) * evidence)
        if len(actions) == 1:
            score *= settings.quality_single_action_factor
    else:
        score = 0.0
    score = round(min(1.0, max(0.0, score)), 4)
    return Quality(
        candidates=max(candidates, len(actions)),
        kept=len(actions),
        rejected=rejected,
        share_with_pillar=_share(actions, lambda a: a.pillar is not None),
        share_with_owners=_share(actions, lambda a: bool(a.owners)),
        share_with_dates=_share(actions, lambda a: bool(a.start or a.end or a.timeline)),
        suspect_actions=suspects,
        score=score,
        low_confidence=score < settings.low_confidence_below,
    )


def describe_low_confidence(quality: Quality, actions: Sequence[Action]) -> str:
    """One sentence saying why a plan's confidence is low, for its warning."""
    parts = [f"confidence {quality.score:.2f}"]
    if quality.suspect_actions:
        reasons = Counter(suspect_reason(actions[i]) for i in quality.suspect_actions)
        listed = ", ".join(f"{count} {reason}" for reason, count in sorted(reasons.items(), key=lambda kv: str(kv[0])))
        parts.append(f"{len(quality.suspect_actions)} of {quality.kept} actions look wrong ({listed})")
    parts.append(f"pillar {quality.share_with_pillar:.0%}, owners {quality.share_with_owners:.0%}, ")
    parts[-1] += f"dates {quality.share_with_dates:.0%}"
    return "; ".join(parts)
