"""Renditions of the third hold-out batch (round r3 in `plans/`); `build_holdout.py` lists
them with the other batches and drives the build.

- ``aa_writer_bullets.pdf``: landscape Writer table Ref | Action | Measure | Owner | Target
  date | Progress update, measures as "•" lines in one cell, owners one per line, refs
  "2.1a" and "2.1b", a long free-text progress column, dates such as "Dec 2024 / ongoing",
  "Autumn 2025", "2025-26".
- ``ab_writer_three_columns.pdf``: portrait Writer table Action | Lead | Timescale with each
  pillar heading as a shaded row spanning the table.
- ``ac_writer_plain_words.pdf``: one table per pillar under its heading, the header "What we
  will do" | "How we will measure success" | "Who" | "When" | "Status", prose before the
  first table and a footnote paragraph between two tables on one page.
- ``ad_calc_two_colours.pdf`` (built by ``build_holdout.build_lowther``): the month Gantt with
  "Jan" ... "Dec" text headers under a merged year and done months in a second colour.
"""

from __future__ import annotations

from build_round2 import _esc, _page, _td
from plan_model import Plan

AA_HEADERS = (
    ("Ref", 6),
    ("Action", 30),
    ("Measure", 20),
    ("Owner", 14),
    ("Target date", 10),
    ("Progress update", 20),
)


def build_harrowgate(plan: Plan) -> str:
    """(aa) Pillar headings over one ruled table each; bullets and one-owner-per-line cells."""
    body = [f"<h1>{_esc(plan.title)}</h1>", f"<p>{_esc(plan.institution)}</p>"]
    for section in plan.sections:
        body.append(f"<h2>{_esc(section.heading)}</h2>")
        body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        body.append(
            "<thead><tr>"
            + "".join(_td(_esc(h), f' width="{w}%" bgcolor="#DDEBF7"', "th") for h, w in AA_HEADERS)
            + "</tr></thead><tbody>"
        )
        for item in section.items:
            cells = [
                _td(_esc(item.ref or "")),
                _td(_esc(item.text)),
                _td("<br>".join(f"• {_esc(m)}" for m in item.measures)),
                _td("<br>".join(_esc(o) for o in item.owners)),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_esc(item.notes or "")),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
        body.append("</tbody></table>")
    return _page(plan, body, landscape=True)


def build_kelbrook(plan: Plan) -> str:
    """(ab) Three columns; pillar rows shaded across the full width inside the table."""
    body = [f"<h1>{_esc(plan.institution)}</h1>", f"<h2>{_esc(plan.title)}</h2>"]
    body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    heads = (("Action", 60), ("Lead", 22), ("Timescale", 18))
    body.append(
        "<thead><tr>" + "".join(_td(_esc(h), f' width="{w}%"', "th") for h, w in heads) + "</tr></thead><tbody>"
    )
    for section in plan.sections:
        band = ' colspan="3" bgcolor="#BFBFBF"'
        body.append("<tr>" + _td(f"<b>{_esc(section.heading)}</b>", band) + "</tr>")
        for item in section.items:
            cells = [
                _td(_esc(item.text)),
                _td(_esc(", ".join(item.owners))),
                _td(_esc(item.end.raw) if item.end else ""),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    return _page(plan, body, landscape=False)


MARLOW_HEADERS = (
    ("What we will do", 36),
    ("How we will measure success", 26),
    ("Who", 14),
    ("When", 12),
    ("Status", 12),
)
MARLOW_PROSE = (
    "This plan sets out what the university will do over the next three years to support its "
    "technical staff. It was written with the technician network and is reviewed each term."
)
MARLOW_FOOTNOTE = "Progress against each action is reported to the people committee twice a year."


def build_marlow_vale(plan: Plan) -> str:
    """(ac) Plain-words header, one table per pillar, prose before and a footnote between."""
    body = [f"<h1>{_esc(plan.title)}</h1>", f"<p>{_esc(plan.institution)}</p>", f"<p>{_esc(MARLOW_PROSE)}</p>"]
    for index, section in enumerate(plan.sections):
        body.append(f"<h2>{_esc(section.heading)}</h2>")
        body.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        body.append(
            "<tr>" + "".join(_td(f"<b>{_esc(h)}</b>", f' width="{w}%"', "th") for h, w in MARLOW_HEADERS) + "</tr>"
        )
        for item in section.items:
            cells = [
                _td(_esc(item.text)),
                _td("<br>".join(_esc(m) for m in item.measures)),
                _td(_esc("; ".join(item.owners))),
                _td(_esc(item.end.raw) if item.end else ""),
                _td(_esc(item.status.raw or "") if item.status else ""),
            ]
            body.append('<tr valign="top">' + "".join(cells) + "</tr>")
        body.append("</table>")
        if index == 0:
            body.append(f"<p><i>{_esc(MARLOW_FOOTNOTE)}</i></p>")
    return _page(plan, body, landscape=False)
