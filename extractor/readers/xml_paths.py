"""Element paths for provenance in XML documents (Word, OpenDocument).

A reader names where each block came from by the path of its element, each step
the local name and its 1-based place among same-named siblings, as XPath counts
them (`body[1]/tbl[2]/tr[3]`). Comments and processing instructions are skipped:
they are not content and would shift the counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lxml import etree


def indexed_children(parent: etree._Element, path: str) -> Iterator[tuple[etree._Element, str]]:
    """Each element child of `parent` in document order with its path below `path`.

    >>> root = etree.fromstring("<r><p/><!-- note --><t/><p/></r>")
    >>> [child_path for _, child_path in indexed_children(root, "r")]
    ['r/p[1]', 'r/t[1]', 'r/p[2]']
    """
    counts: Counter[str] = Counter()
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        counts[local] += 1
        yield child, f"{path}/{local}[{counts[local]}]"
