"""What a normaliser does with text it cannot read: the caller's choice.

- ``"keep"`` (default): return the value with only its raw text filled in, so nothing
  printed is lost; the caller may add a plan warning.
- ``"null"``: return None and log a warning.
- ``"raise"``: raise `ExtractionError` with code ``bad_value``.
"""

from __future__ import annotations

import logging
from typing import Literal

from extractor.errors import ErrorCode, ExtractionError

logger = logging.getLogger(__name__)

ErrorPolicy = Literal["keep", "null", "raise"]
ERROR_POLICIES: tuple[ErrorPolicy, ...] = ("keep", "null", "raise")


def unreadable(kind: str, raw: str, errors: ErrorPolicy) -> bool:
    """Apply the policy to unreadable `raw` text; True when the caller should return None.

    >>> unreadable("date", "soon", "null")
    True
    >>> unreadable("date", "soon", "keep")
    False
    """
    if errors == "raise":
        raise ExtractionError(ErrorCode.BAD_VALUE, None, f"unreadable {kind} {raw[:60]!r}")
    if errors == "null":
        logger.warning("unreadable %s %r ignored", kind, raw[:60])
        return True
    if errors != "keep":
        raise ValueError(f"errors must be one of {', '.join(ERROR_POLICIES)}, not {errors!r}")
    logger.debug("unreadable %s %r kept as raw text", kind, raw[:60])
    return False
