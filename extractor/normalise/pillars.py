"""Section headings and action text -> Technician Commitment pillar.

The Commitment has four pillars (visibility, recognition, career development,
sustainability); plans add a monitoring pillar (evaluating impact) and a catch-all
for how the Commitment is run (governance).

`classify_pillar(heading)` reads a heading or PILLAR cell. Its rules:

- numbering and decoration are ignored ("2. Recognition", "Pillar 3 - Career Development:");
- the heading must be *about* one pillar: a pillar name must make up most of it, or the
  heading is short (six words at most) and names one pillar only, so a long sentence
  that merely mentions "visibility" is not a heading for that pillar;
- governance headings: "Overarching Actions", "Governance", "Engagement and
  Understanding", "General", "Leadership", "Cross-cutting", "Implementation";
- evaluating impact: "Evaluating Impact", "Monitoring and evaluation", "Impact",
  "Measuring success", "Review".

`infer_pillar(text)` is for actions with no heading: it counts keyword evidence for each
pillar and returns the pillar with clearly the most evidence, or None on a tie or no
evidence. The caller marks such actions `pillar_inferred=True`.
"""

from __future__ import annotations

import logging
import re

from schemas.plan import Pillar

logger = logging.getLogger(__name__)

# Heading phrases by pillar; matched against the whole (cleaned) heading.
_HEADING_PHRASES: dict[Pillar, tuple[str, ...]] = {
    Pillar.VISIBILITY: (
        r"visibility",
        r"visible",
        r"raising (?:the )?profile",
        r"profile",
        r"(?:technicians'? |technical )?voice",
        r"communications?",
        r"(?:being |getting )?seen(?: and heard)?",
    ),
    Pillar.RECOGNITION: (
        r"recognition",
        r"recognising",
        r"recognizing",
        r"reward(?:s| and recognition)?",
        r"valuing",
        r"celebrating",
        r"(?:being |feeling )?valued",
    ),
    Pillar.CAREER_DEVELOPMENT: (
        r"career (?:development|progression|pathways?)",
        r"careers?",
        r"professional development",
        r"development",
        r"progression",
        r"training(?: and development)?",
        r"developing",
        # in a page's own words: "Helping people grow", "Growing our people", "Room to grow"
        r"(?:help(?:ing|s)?|let(?:ting|s)?|enabling|room|space|chances?) (?:\w+ ){0,2}(?:to )?grow",
        r"growing (?:our |your )?(?:people|staff|technicians|talent|skills|careers?)",
    ),
    Pillar.SUSTAINABILITY: (
        r"sustainability",
        r"sustainable (?:workforce|future|skills)",
        r"succession(?: planning)?",
        r"workforce planning",
        r"future[- ]proofing",
        r"recruitment(?: and retention)?",
        r"(?:looking after|securing|safeguarding|protecting) (?:the |our )?future",
    ),
    Pillar.EVALUATING_IMPACT: (
        r"evaluating (?:the )?impact",
        r"evaluation(?: of impact)?",
        r"impact(?: evaluation| assessment)?",
        r"monitoring(?:,)? (?:and|&) evaluati(?:on|ng)",
        r"monitoring(?: progress)?",
        r"measuring (?:success|impact)",
        r"review and evaluation",
        r"data and reporting",
        r"reporting",
    ),
    Pillar.GOVERNANCE: (
        r"overarching(?: actions?)?",
        r"governance",
        r"engagement (?:and|&) understanding",
        r"general(?: actions?)?",
        r"leadership(?: and governance)?",
        r"cross[- ]cutting(?: actions?)?",
        r"implementation",
        r"strategy",
        r"engagement",
    ),
}

_DECORATION = re.compile(
    r"^(?:(?:pillar|theme|section|area|principle|part|key\s+area)\b\s*)?"
    r"(?:(?:\d+(?:\.\d+)*\.?|[ivx]+[.)]|[a-f][.)])(?=[\s.):\-\u2013]|$))?\s*[.):\-\u2013]*\s*",
    re.I,
)
_FILLER = re.compile(r"\b(?:actions?|pillar|theme|area|the|our|of|for|technicians?|technical staff|and|&)\b", re.I)
_NON_WORD = re.compile(r"[^a-z&]+")

_COMPILED: list[tuple[Pillar, re.Pattern[str]]] = [
    (pillar, re.compile(r"\b" + phrase + r"\b", re.I))
    for pillar, phrases in _HEADING_PHRASES.items()
    for phrase in phrases
]

# Keyword evidence for `infer_pillar`: stems matched at word starts.
_EVIDENCE: dict[Pillar, tuple[str, ...]] = {
    Pillar.VISIBILITY: (
        "visib",
        "profile",
        "website",
        "web page",
        "webpage",
        "web presence",
        "event",
        "news",
        "aware",
        "contribution",
        "social media",
        "comms",
        "communicat",
        "newsletter",
        "showcase",
        "photograph",
        "photo",
        "directory",
        "seminar",
        "briefing",
        "on the map",
        "stories",
        "case stud",
        "outreach",
        "open day",
        "promot",
        "hub",
        "blog",
        "publicis",
    ),
    Pillar.RECOGNITION: (
        "recogni",
        "award",
        "nominat",
        "prize",
        "professional registration",
        "registration",
        "rscitech",
        "rsci",
        "csci",
        "engtech",
        "incorporated engineer",
        "chartered",
        "science council",
        "engineering council",
        "employer champion",
        "fellowship",
        "attribution",
        "acknowledg",
        "authorship",
        "author",
        "credit",
        "citation",
        "grading",
        "regrad",
        "co-author",
        "celebrat",
        "reward",
    ),
    Pillar.CAREER_DEVELOPMENT: (
        "career",
        "progression",
        "promotion",
        "pathway",
        "appraisal",
        "ppdr",
        "mentor",
        "coach",
        "training",
        "cpd",
        "continuing professional development",
        "skills",
        "induction",
        "job description",
        "job profile",
        "job family",
        "career ladder",
        "job evaluation",
        "secondment",
        "shadowing",
        "leadership programme",
        "development",
        "conference",
        "qualification",
        "learning",
    ),
    Pillar.SUSTAINABILITY: (
        "sustainab",
        "apprentice",
        "succession",
        "workforce plan",
        "retention",
        "retain",
        "recruit",
        "fixed term",
        "fixed-term",
        "open ended",
        "redeploy",
        "age profile",
        "pipeline",
        "school",
        "trainee",
        "placement",
        "work experience",
        "levy",
    ),
    Pillar.EVALUATING_IMPACT: (
        "evaluat",
        "impact",
        "survey",
        "metric",
        "monitor",
        "measure success",
        "data analysis",
        "baseline",
        "benchmark",
        "self-assessment",
        "self assessment",
        "progress report",
        "annual report",
        "report on progress",
        "kpi",
    ),
    Pillar.GOVERNANCE: (
        "governance",
        "terms of reference",
        "steering group",
        "working group",
        "committee",
        "action plan",
        "signator",
        "lead for",
        "co-ordinator",
        "coordinator",
        "champion network",
        "resourc",
        "budget",
        "senior management",
        "liaison",
    ),
}
_EVIDENCE_PATTERNS: dict[Pillar, re.Pattern[str]] = {
    pillar: re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")", re.I)
    for pillar, stems in _EVIDENCE.items()
}
_PILLAR_ORDER = list(Pillar)


def classify_pillar(heading: str | None) -> Pillar | None:
    """The pillar a heading (or PILLAR cell) names, or None.

    >>> classify_pillar("Career Development")
    <Pillar.CAREER_DEVELOPMENT: 'career_development'>
    >>> classify_pillar("3. Sustainability")
    <Pillar.SUSTAINABILITY: 'sustainability'>
    >>> classify_pillar("Engagement and Understanding")
    <Pillar.GOVERNANCE: 'governance'>
    >>> classify_pillar("Raise the visibility of technicians through staff profiles and awards") is None
    True
    >>> classify_pillar("Being seen"), classify_pillar("Feeling valued"), classify_pillar("Looking after the future")
    (<Pillar.VISIBILITY: 'visibility'>, <Pillar.RECOGNITION: 'recognition'>, <Pillar.SUSTAINABILITY: 'sustainability'>)
    >>> classify_pillar("Future plans") is None
    True
    >>> classify_pillar("Helping people grow"), classify_pillar("Growing our people"), classify_pillar("Grow")
    (<Pillar.CAREER_DEVELOPMENT: 'career_development'>, <Pillar.CAREER_DEVELOPMENT: 'career_development'>, None)
    """
    if not heading:
        return None
    folded = " ".join(heading.split())
    if not folded or len(folded) > 120:
        return None
    direct = _direct_value(folded)
    if direct is not None:
        return direct
    cleaned = _DECORATION.sub("", folded).strip(" .:;-\u2013")
    if not cleaned:
        return None
    # The earliest pillar phrase wins; at the same place, the longest.
    best: tuple[int, int, int, Pillar] | None = None
    named: set[Pillar] = set()
    for index, (pillar, pattern) in enumerate(_COMPILED):
        match = pattern.search(cleaned)
        if match is None:
            continue
        named.add(pillar)
        key = (match.start(), -len(match.group(0)), index, pillar)
        if best is None or key[:3] < best[:3]:
            best = key
    if best is None:
        return None
    leftover = _NON_WORD.sub("", _FILLER.sub(" ", _remove_pillar_words(cleaned)).lower())
    # The pillar words must be the heading's substance: little other text may remain,
    # or the heading is short and names a single pillar ("Sustainability of the workforce").
    if len(leftover) <= 12 or (len(cleaned.split()) <= 6 and len(named) == 1):
        return best[3]
    return None


def pillars_named(heading: str | None) -> list[Pillar]:
    """The pillars a heading about pillars names, in the order it names them, when it names
    more than one ("Visibility and recognition", "Governance and evaluation"): a page that
    joins two pillars under one heading leaves each action to say which it serves. Empty for
    a heading naming one pillar or none.

    >>> pillars_named("Visibility and recognition")
    [<Pillar.VISIBILITY: 'visibility'>, <Pillar.RECOGNITION: 'recognition'>]
    >>> pillars_named("Career development and progression"), pillars_named("Our plan")
    ([], [])
    """
    if classify_pillar(heading) is None or heading is None:
        return []
    cleaned = _DECORATION.sub("", " ".join(heading.split()))
    places: dict[Pillar, int] = {}
    for pillar, pattern in _COMPILED:
        if (match := pattern.search(cleaned)) is not None:
            places[pillar] = min(places.get(pillar, match.start()), match.start())
    return sorted(places, key=places.__getitem__) if len(places) > 1 else []


def pillar_among(named: list[Pillar], words: str) -> Pillar | None:
    """Of the pillars a joint heading names (`pillars_named`), the one the action's own words
    give clearly the most evidence for (`pillar_evidence`); None on a tie or no evidence.

    >>> pillar_among([Pillar.VISIBILITY, Pillar.RECOGNITION], "Nominate two technicians for a national award")
    <Pillar.RECOGNITION: 'recognition'>
    >>> pillar_among([Pillar.VISIBILITY, Pillar.RECOGNITION], "Buy a new kiln") is None
    True
    """
    counts = {pillar: hits for pillar, hits in pillar_evidence(words).items() if pillar in named}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)


def names_pillar(text: str) -> bool:
    """Whether the text is exactly a pillar's name ("Career Development"), nothing more.

    >>> names_pillar("Career Development"), names_pillar("Career")
    (True, False)
    """
    return _direct_value(" ".join(text.split())) is not None


# A label and number printed before a pillar's name: "Theme 1 -", "Pillar 2:", "Section 3.", "4.", "(5)"
# the number after the label word: digits, a number word ("Pillar One") or a Roman numeral ("Part IV")
_LABEL_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|(?-i:[IVX]{1,4}))"
_PILLAR_LABEL = re.compile(
    r"^(?:(?:theme|pillar|section|strand|priority|area|part)\s+" + _LABEL_NUMBER + r"(?:\s+of\s+\d{1,2})?"
    r"|\d{1,2}|\(\d{1,2}\))"
    r"\s*[.:)\u2013\u2014-]?\s+",
    re.I,
)


def names_numbered_pillar(text: str) -> bool:
    """Whether the text is a pillar's name with a label or number before it, as a heading
    prints it ("Theme 2 \u2013 Recognition", "Pillar 4: Sustainability", "3. Career Development"):
    a heading line, never an action's wording.

    >>> names_numbered_pillar("Theme 2 \u2013 Recognition"), names_numbered_pillar("Pillar 4: Sustainability")
    (True, True)
    >>> names_numbered_pillar("Recognition"), names_numbered_pillar("Theme 2 \u2013 Awards for staff")
    (False, False)
    >>> names_numbered_pillar("Theme 3 of 5: Sustainability")  # the count of themes printed with the number
    True
    >>> names_numbered_pillar("(2) Recognition"), names_numbered_pillar("(2) Recognise every technician")
    (True, False)
    >>> names_numbered_pillar("Strand Three: Sustainability"), names_numbered_pillar("Part II \u2013 Visibility")
    (True, True)
    """
    folded = " ".join(text.split())
    label = _PILLAR_LABEL.match(folded)
    return label is not None and names_pillar(folded[label.end() :])


# A pillar's own words. A pillar cell that says none of them ("Awards", "Communication")
# holds a theme, though its words may hint at a pillar ("Communication" at visibility).
_PILLAR_NAME_WORDS = re.compile(r"visib|recogni|career|development|sustainab|impact|governance|evaluat", re.I)


def says_pillar(text: str) -> bool:
    """Whether the text uses a pillar's own words, not just words that hint at one.

    >>> says_pillar("Career development and progression"), says_pillar("Communication")
    (True, False)
    """
    return bool(_PILLAR_NAME_WORDS.search(text))


def _remove_pillar_words(text: str) -> str:
    for _, pattern in _COMPILED:
        text = pattern.sub(" ", text)
    return text


def _direct_value(text: str) -> Pillar | None:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Pillar(key)
    except ValueError:
        return None


def pillar_evidence(text: str | None) -> dict[Pillar, int]:
    """Keyword hits per pillar in `text` (pillars with no hit are left out)."""
    if not text:
        return {}
    counts: dict[Pillar, int] = {}
    for pillar in _PILLAR_ORDER:
        # a phrase of several words ("professional registration") is stronger evidence than one word
        hits = sum(len(hit.split()) for hit in _EVIDENCE_PATTERNS[pillar].findall(text))
        if hits:
            counts[pillar] = hits
    return counts


def infer_pillar(text: str | None) -> Pillar | None:
    """The pillar with clearly the most keyword evidence in `text`, or None.

    "Clearly" means strictly more hits than any other pillar; a tie gives None.

    >>> infer_pillar("Nominate technicians for national awards and celebrate winners")
    <Pillar.RECOGNITION: 'recognition'>
    >>> infer_pillar("Hold a meeting") is None
    True
    """
    counts = pillar_evidence(text)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: (-item[1], _PILLAR_ORDER.index(item[0])))
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        logger.debug("pillar evidence tied for %r: %s", (text or "")[:60], ranked[:2])
        return None
    return ranked[0][0]
