"""The one set of escapers every renderer uses: plan text is untrusted and must stay text.

`html_escape` for HTML text and quoted attributes; `md_escape` for Markdown (a table
cell or a line): whitespace folded to single spaces, so a cell never breaks a table
row, HTML specials as entities, so no tag or entity in a plan renders, and Markdown
specials backslashed, so no emphasis, code, link, heading or table break appears.
"""

from __future__ import annotations

import html

MARKDOWN_SPECIALS = "\\`*_[]|#"


def html_escape(value: object) -> str:
    """Any value as HTML text or a quoted attribute value.

    >>> html_escape('<a href="x">')
    '&lt;a href=&quot;x&quot;&gt;'
    """
    return html.escape("" if value is None else str(value), quote=True)


def md_escape(value: object) -> str:
    """Any value as inert Markdown on one line.

    >>> md_escape("a | b *c*\\n<b>")
    'a \\\\| b \\\\*c\\\\* &lt;b&gt;'
    """
    text = "" if value is None else str(value)
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in MARKDOWN_SPECIALS:
        escaped = escaped.replace(char, "\\" + char)
    return " ".join(escaped.split())
