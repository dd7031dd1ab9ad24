"""How a year printed with two digits is read: the one rule shared by the date readers."""

from __future__ import annotations


def full_year(text: str) -> int:
    """A printed year in full. A year of two digits, with or without an apostrophe ("23",
    "'23", "\u201923"), is this century's, 2023: the Technician Commitment dates from 2017,
    so no plan names a year of the last century in two digits. Four digits are as printed.

    >>> full_year("23"), full_year("'24"), full_year("2023"), full_year("1999")
    (2023, 2024, 2023, 1999)
    """
    value = int(text.strip().lstrip("'\u2019"))
    return value + 2000 if value < 100 else value
