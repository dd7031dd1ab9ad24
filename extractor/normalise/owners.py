"""Owner cells -> list of owners as printed, and their expansion through the legend.

`normalise_owners` splits a cell into owners, keeping each one as printed:

1. Separators always split: "/", ",", ";", "+", "|", line-start bullets, and the
   words " and " / " & " between owners ("HR and Finance"). A cell that joins its
   owners with "&", ";", "/" or "|", or prints them one per line, keeps the word "and"
   inside names ("Line Managers & Learning and Development").
   "&" inside a code ("ED&I") does not split. A bare line break is a wrap, not a
   separator: the word rules below decide ("TCIG\\nED&I" is two codes).
2. Inside each piece, codes (tokens with two or more capitals and no long lowercase
   run: "TCIG", "ED&I", "TMs", "HoS") stand alone, and runs of ordinary words form
   one name: "CDWG Recruiting Managers" -> ["CDWG", "Recruiting Managers"],
   "Deans SWG" -> ["Deans", "SWG"], "TCIG HR" -> ["TCIG", "HR"].
3. A code stays inside a name when a linking word joins them ("Head of HR") or when
   the words after it (three at most) end in a job title or body in the singular
   ("HR Manager", "IT Business Partner", "TC Steering Group", "Chair of TC Steering
   Group"): that is one role or body. A plural ("CDWG Recruiting Managers") is a
   second owner.
   Owners printed one per line: a line ending in a role or body ("HR Business
   Partner") ends an owner when the next line holds two or more words. An "and"
   after "<role> of <words>" joins one or two plain words to what the role heads
   ("Head of Estates & Facilities"), and one plain word to a body named after it
   ("Learning and Development Team").
4. A piece that is a key of the plan's legend is kept whole ("Skills Audit Team",
   or a legend code written with a space).
5. Text in brackets stays with the owner before it ("Faculty Technical Managers (FTM)").
6. Duplicates are dropped (first kept); empty pieces, pieces without a letter or
   digit, and placeholders ("-", "N/A", "TBC") give no owner.

`expand_owners` maps each owner through the legend for `owner_names` (same length;
an owner not in the legend is its own name). Codes match exactly, then ignoring case
and a plural "s".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from extractor.normalise.text import fold_text
from extractor.settings import DEFAULT_TOLERANCES

logger = logging.getLogger(__name__)

_SEPARATORS = re.compile(r"\s*(?:[/,;+|\u2022]|\n[ \t]*[-\u2013*](?=\s)|\s&\s|\band\b)\s*", re.I)
_PLACEHOLDER = re.compile(r"^(?:-+|\u2013|\u2014|n/?a|none|nil|tbc|tba|tbd|to be confirmed)\.?$", re.I)
_LINKING = frozenset({"of", "for", "to", "in", "at", "the", "on", "from", "de", "la"})
_ROLE_NOUNS = frozenset(
    {
        "manager",
        "lead",
        "leader",
        "director",
        "officer",
        "partner",
        "head",
        "coordinator",
        "co-ordinator",
        "administrator",
        "adviser",
        "advisor",
        "champion",
        "chair",
        "representative",
        "rep",
        "specialist",
        "consultant",
        "dean",
        # collective nouns: "TC Steering Group" is one body
        "group",
        "team",
        "committee",
        "board",
        "network",
        "forum",
        "panel",
        "office",
        "unit",
        "service",
        "department",
        "council",
    }
)
_TRIM = " .:-"
_BULLET = re.compile(r"^[\-\u2013\u2022*]\s*")


def is_code(token: str) -> bool:
    """True for an acronym-like owner code: two or more capitals, mostly capitals.

    >>> [is_code(t) for t in ("TCIG", "ED&I", "TMs", "HoS", "Deans", "HR", "A")]
    [True, True, True, True, False, True, False]
    """
    letters = [c for c in token if c.isalpha()]
    if len(letters) < 2 and not (letters and any(c.isdigit() for c in token)):
        return False
    upper = sum(1 for c in letters if c.isupper())
    if upper < 2 and not (upper == 1 and len(letters) == 1):
        return False
    return upper * 2 >= len(letters) and not re.search(r"[a-z]{3,}", token)


def normalise_owners(text: str | None, legend: Mapping[str, str] | None = None) -> list[str]:
    """Split an owner cell into owners, as printed. See the module docstring for the rules.

    >>> normalise_owners("SG/ADTO/TCC")
    ['SG', 'ADTO', 'TCC']
    >>> normalise_owners("CDWG\\nRecruiting\\nManagers")
    ['CDWG', 'Recruiting Managers']
    >>> normalise_owners("Head of School; Technical Manager")
    ['Head of School', 'Technical Manager']
    >>> normalise_owners("Skills Audit Team")
    ['Skills Audit Team']
    >>> normalise_owners("Learning and Development Team")
    ['Learning and Development Team']
    >>> normalise_owners("HR and Finance Team")
    ['HR', 'Finance Team']
    >>> normalise_owners("Learning and Development Manager")
    ['Learning and Development Manager']
    >>> normalise_owners("Technicians and Lab Managers")
    ['Technicians', 'Lab Managers']
    >>> normalise_owners("Finance & Estates"), normalise_owners("HR Partner Recruitment")
    (['Finance & Estates'], ['HR Partner Recruitment'])
    """
    if not text or not text.strip():
        return []
    legend_keys = {_key(k): k for k in (legend or {})}
    owners: list[str] = []
    seen: set[str] = set()
    whole = " ".join(text.split())
    if _PLACEHOLDER.match(whole):
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pieces = [whole] if _key(whole) in legend_keys else _split_outside_brackets(text)
    pieces = [line for piece in pieces for line in _split_owner_lines(piece)]
    for piece in pieces:
        folded = _clean(piece)
        if not folded or _PLACEHOLDER.match(folded):
            continue
        for part in [folded] if code_and_remit(piece) else _split_piece(folded, legend_keys):
            owner = _clean(part)
            if not any(c.isalnum() for c in owner) or _PLACEHOLDER.match(owner) or owner.lower() in seen:
                continue
            seen.add(owner.lower())
            owners.append(owner)
    return owners


def _clean(text: str) -> str:
    """Whitespace folded (a word broken after its hyphen joined back), without leading bullets
    or trailing punctuation."""
    cleaned = fold_text(text)
    while True:
        trimmed = _BULLET.sub("", cleaned).strip(_TRIM)
        if trimmed == cleaned:
            return cleaned
        cleaned = trimmed


def _split_outside_brackets(text: str) -> list[str]:
    """Split on separators, but keep "HR (with OD, Finance)" together, and "Head of Estates
    & Facilities" (an "and" inside the name of what a role heads)."""
    pieces: list[str] = []
    start = 0
    word_and = _word_and_separates(text)
    for match in _SEPARATORS.finditer(text):
        if _bracket_balance(text[start : match.start()]) > 0:
            continue  # still inside brackets opened since the last split
        if not word_and and match.group(0).strip().lower() == "and":
            continue
        if match.group(0).strip() == "," and title_of_body(text[start : match.start()], text[match.end() :]):
            continue
        if _AND.fullmatch(match.group(0)) and (
            _and_inside_name(text[start : match.start()], text[match.end() :])
            or _and_inside_body(text[start : match.start()], text[match.end() :])
            or _ampersand_unit(text[start : match.start()], match.group(0), text[match.end() :])
            or field_pair(text[: match.start()], match.group(0), text[match.end() :])
        ):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


_BARE_TITLE = re.compile(
    r"^(?:(?:vice|deputy|co-?)\s*)?(?:chair|convenor|convener|secretary|head|director|dean|lead)$", re.I
)
_BODY_AFTER = re.compile(
    r"^\s*(?:[A-Z][\w&'-]*\s+){0,4}(?:board|committee|group|forum|network|panel|council|school|faculty|"
    r"department|directorate)\b",
    re.I,
)


def title_of_body(before: str, after: str) -> bool:
    """A comma inside one role: a bare title before it ("Chair", "Deputy Head") and the body
    it holds after it ("Technical Leadership Board"), as "Chair, Research Committee" names
    one person, not two owners.

    >>> title_of_body("Chair", " Technical Leadership Board"), title_of_body("HR", " Estates Committee")
    (True, False)
    """
    return _BARE_TITLE.match(" ".join(before.split())) is not None and _BODY_AFTER.match(after) is not None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_AND = re.compile(r"\s*(?:&|and)\s*", re.I)
_OTHER_JOINS = re.compile(r"\s&\s|[;/|]")


def _word_and_separates(text: str) -> bool:
    """ "and" joins owners unless the cell joins them another way: with "&", ";", "/" or "|"
    ("Line Managers, Learning and Development & HR"), or one owner per line."""
    if _OTHER_JOINS.search(text):
        return False
    return len(_split_owner_lines(text)) < 2


def _and_inside_name(before: str, after: str) -> bool:
    """ "Head of Estates" & "Facilities": a role "of" something, then one or two plain words
    (no code, no role, up to the next separator) are what the role heads, not a second owner."""
    left = before.split()
    nxt = _SEPARATORS.search(after)
    right = (after[: nxt.start()] if nxt else after).split()
    if len(left) < 3 or "of" not in (w.lower() for w in left[1:-1]):
        return False
    if left[0].lower().rstrip("s") not in _ROLE_NOUNS:
        return False
    if not 1 <= len(right) <= 2 or not right[0][:1].isupper():
        return False
    return not any(is_code(w) or w.lower().rstrip("s") in _ROLE_NOUNS or w.lower() in _LINKING for w in right)


_BODY_NOUNS = frozenset(
    {"group", "team", "committee", "board", "network", "forum", "panel", "office", "unit", "service", "department"}
    | {"council", "directorate", "centre", "center", "hub", "division"}
)


def _two_field_words(before: str, after: str) -> bool:
    """One plain capitalised word on each side of a joiner, neither a person, a code nor a
    role noun: the two fields a unit is named after ("Finance", "Estates")."""
    words = [*before.split(), *after.split()]
    if len(words) != 2 or len(before.split()) != 1:
        return False
    return all(
        w[:1].isupper() and w[1:].islower() and not _PEOPLE.search(w) and w.lower().rstrip("s") not in _ROLE_NOUNS
        for w in words
    )


def _ampersand_unit(before: str, joiner: str, after: str) -> bool:
    """ "Finance & Estates": two plain words joined by "&", the whole cell or one owner of a
    list parted by "/", ";" or "|" ("Finance & Estates / HR"), name one unit (a directorate
    named after both its fields); codes, roles or people on either side ("HR & Finance",
    "Technicians & Managers") are two owners, and so are the names of a list run with commas
    ("Finance & Estates, HR" reads as three names).

    >>> _ampersand_unit("Finance", " & ", "Estates / HR Partner Reward"), _ampersand_unit("Finance", " & ", "Estates")
    (True, True)
    >>> _ampersand_unit("Finance", " & ", "Estates & Legal"), _ampersand_unit("Finance", " & ", "Estates, HR")
    (False, False)
    """
    if joiner.strip() != "&":
        return False
    nxt = _SEPARATORS.search(after)
    if nxt is not None and nxt.group(0).strip() not in _LIST_PARTERS:
        return False  # "Finance & Estates & Legal", "Finance & Estates, HR": names in a row
    right = after[: nxt.start()] if nxt else after
    return _two_field_words(before, right) or ampersand_names_one_unit(before, right)


def ampersand_names_one_unit(before: str, after: str) -> bool:
    """ "Marketing & Student Recruitment", "Research & Knowledge Exchange": a few plain
    capitalised words on each side of "&" (at most `LayoutTolerances.ampersand_unit_side_words`)
    name one office after both its fields, as "&" joins a team's name; a code, a role or a
    group of people on either side ("HR & Lab Managers", "Technicians & Students") makes two owners.

    >>> ampersand_names_one_unit("Marketing", " Student Recruitment"), ampersand_names_one_unit("HR", " Lab Managers")
    (True, False)
    >>> ampersand_names_one_unit("Library", "Research Support"), ampersand_names_one_unit("Line Managers", "Learning")
    (True, False)
    >>> ampersand_names_one_unit("HR", "Finance"), ampersand_names_one_unit("Estates", "Technical Manager")
    (False, False)
    """
    left, right = before.split(), after.split()
    limit = DEFAULT_TOLERANCES.ampersand_unit_side_words
    if not (1 <= len(left) <= limit and 1 <= len(right) <= limit):
        return False
    return all(
        w[:1].isupper()
        and w[1:].islower()
        and not _PEOPLE.search(w)
        and w.lower().rstrip("s") not in _ROLE_NOUNS
        and w.lower() not in _LINKING
        for w in (*left, *right)
    )


_LIST_PARTERS = frozenset({"/", ";", "|"})


def field_pair(before: str, joiner: str, after: str) -> bool:
    """ "Learning and Development", "Estates and Facilities": a whole cell of two plain words
    joined by "and" names one unit (a department named after both its fields), as
    `_ampersand_unit` reads "Finance & Estates"; codes, roles or people on either side ("HR
    and Finance", "Technicians and Managers") are two owners, and in a list ("HR, Finance and
    Estates") the "and" ends the list.

    >>> field_pair("Learning", " and ", "Development"), field_pair("Technicians", " and ", "Managers")
    (True, False)
    >>> field_pair("HR, Finance", " and ", "Estates")
    False
    """
    if joiner.strip().lower() != "and" or _SEPARATORS.search(after) or _SEPARATORS.search(before):
        return False
    return _two_field_words(before, after)


# Plural nouns for people ("Technicians", "Managers"): before "and", a first owner.
_PEOPLE = re.compile(r"(ians|ers|ors|ists|ees|ants|ents)$", re.I)


def _and_inside_body(before: str, after: str) -> bool:
    """ "Learning and Development Team", "Planning and Insight Team", "Learning and
    Development Manager", "Named Training and Competency Officer": one plain word naming a
    field, or two (not a code, a role or people), "and", then up to three words ending in a
    body or a single role name one owner.

    >>> _and_inside_body("Named Training", " Competency Officer"), _and_inside_body("Estates Director", " HR Lead")
    (True, False)
    """
    left = before.split()
    nxt = _SEPARATORS.search(after)
    right = (after[: nxt.start()] if nxt else after).split()
    if not 1 <= len(left) <= 2 or any(is_code(w) or not w[:1].isupper() or _PEOPLE.search(w) for w in left):
        return False
    if (
        any(w.lower().rstrip("s") in _ROLE_NOUNS for w in left)
        or not 2 <= len(right) <= 3
        or not right[0][:1].isupper()
    ):
        return False
    *inner, last = (w.lower() for w in right)
    if any(is_code(w) or w.rstrip("s") in _ROLE_NOUNS for w in right[:-1]) or is_code(right[-1]):
        return False
    # a singular role ("Manager") or any body ("Team", "Services") ends the one owner
    return last.rstrip("s") in _BODY_NOUNS or (last in _ROLE_NOUNS and inner[-1:] != ["of"])


def _split_owner_lines(piece: str) -> list[str]:
    """A line that ends with a role or body ("HR Business Partner", "Technical Forum") ends an
    owner when the next line is a name of two or more words: owners printed one per line."""
    paragraphs = [part for part in _BLANK_LINE.split(piece) if part.strip()]
    if len(paragraphs) > 1:  # a blank line marks a line the writer ended by hand
        return [line for part in paragraphs for line in _split_owner_lines(part)]
    lines = [line for line in piece.split("\n") if line.strip()]
    if len(lines) < 2:
        return [piece]
    out = [lines[0]]
    for line in lines[1:]:
        ends_role = out[-1].split()[-1].lower().rstrip("s") in _ROLE_NOUNS if out[-1].split() else False
        words = line.split()
        if ends_role and len(words) >= 2 and words[0][:1].isupper():
            out.append(line)
        else:
            out[-1] = f"{out[-1]}\n{line}"
    return out


def code_and_remit(piece: str) -> bool:
    """A unit named by a code and the one word of its remit, on one line: "HR Reward", "IT
    Services", "PVC Research" (a team of HR that deals with reward). A reader takes the two
    words as one owner; people ("HR Technicians"), a second code ("TCIG HR") or words on two
    lines are not one name.

    >>> code_and_remit("HR Reward"), code_and_remit("IT Services"), code_and_remit("TCIG HR")
    (True, True, False)
    >>> code_and_remit("HR Technicians"), code_and_remit("HR\\nFinance"), code_and_remit("Head of HR")
    (False, False, False)
    """
    stripped = piece.strip()
    words = stripped.split(" ")
    if "\n" in stripped or len(words) != 2 or not is_code(words[0]) or is_code(words[1]):
        return False
    remit = words[1]
    return remit[:1].isupper() and remit[1:].islower() and remit.isalpha() and not _PEOPLE.search(remit)


def _bracket_balance(text: str) -> int:
    return text.count("(") + text.count("[") - text.count(")") - text.count("]")


def _split_piece(piece: str, legend_keys: Mapping[str, str]) -> list[str]:
    if _key(piece) in legend_keys:
        return [piece]
    tokens = piece.split(" ")
    if len(tokens) == 1:
        return [piece]
    groups: list[list[str]] = []
    depth = 0  # inside brackets: "Faculty Technical Managers (FTM)" is one owner
    for index, token in enumerate(tokens):
        opened = depth > 0 or token.startswith(("(", "["))
        depth = max(0, depth + token.count("(") + token.count("[") - token.count(")") - token.count("]"))
        if not groups:
            groups.append([token])
            continue
        previous = groups[-1]
        if opened or _joins(previous, token, tokens[index + 1 :]):
            previous.append(token)
        else:
            groups.append([token])
    return [" ".join(group) for group in groups]


def _joins(group: list[str], token: str, rest: list[str]) -> bool:
    """Does `token` continue the owner in `group`?"""
    last = group[-1]
    token_code, last_code = is_code(token), is_code(last)
    if last.lower() in _LINKING or token.lower() in _LINKING:
        return True  # "Head of HR", "Director of Technical Services"
    if last.lower() in ("and", "&") or token.lower() in ("and", "&"):
        return True  # kept inside a name by `_and_inside_name`: "Head of HR and Finance"
    if token_code and last_code:
        return False  # "TCIG HR": two codes
    if token_code:
        return False  # "Deans SWG": a name then a code
    if last_code:
        # A code followed by a single singular job title is one role: "HR Manager", and
        # so is one joined by a linking word: "Chair of TC Steering Group".
        name = [token, *rest]
        return (len(group) == 1 or group[-2].lower() in _LINKING) and _is_single_role(name)
    return True  # ordinary words form one name


def _is_single_role(words: list[str]) -> bool:
    """A singular job title or body of up to three words ("Manager", "Business Partner"),
    or one followed by a single word naming its remit ("Partner Recruitment")."""
    if not words or any(is_code(w) for w in words) or len(words) > 3:
        return False
    if words[-1].lower() in _ROLE_NOUNS:
        return True
    return len(words) >= 2 and words[-2].lower() in _ROLE_NOUNS and words[-1][:1].isupper()


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def expand_owners(owners: list[str], legend: Mapping[str, str] | None) -> list[str]:
    """Each owner's name through the legend; unknown owners are their own name.

    >>> expand_owners(["TCC", "TMs", "HR"], {"TCC": "Technician Commitment Co-ordinator", "TM": "Technical Manager"})
    ['Technician Commitment Co-ordinator', 'Technical Manager', 'HR']
    """
    if not legend:
        return list(owners)
    exact = dict(legend)
    folded = {_key(k): v for k, v in sorted(legend.items())}
    singular = {_key(k).removesuffix("s"): v for k, v in sorted(legend.items())}
    names: list[str] = []
    for owner in owners:
        key = _key(owner)
        name = exact.get(owner) or folded.get(key) or singular.get(key.removesuffix("s"))
        names.append(" ".join(name.split()) if name else owner)
    return names
