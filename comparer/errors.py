"""The comparer's own error: plans could not be compared as asked."""

from __future__ import annotations

from schemas.errors import TcPlansError


class ComparisonError(TcPlansError):
    """Plans could not be compared (bad settings, an unknown focus institution, a bad taxonomy file...)."""
