"""List counters as word processors print them: letters and roman numerals.

Word (`numFmt` lowerLetter, upperRoman, ...) and OpenDocument (`style:num-format`
a, I, ...) name the same two counting systems differently; each reader maps its
own names onto these two functions.
"""

from __future__ import annotations

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
    (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def letter_counter(number: int) -> str:
    """'a' for 1, 'z' for 26, 'aa' for 27, in lower case.

    >>> letter_counter(1), letter_counter(27)
    ('a', 'aa')
    """
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def roman_counter(number: int) -> str:
    """Roman numerals in lower case.

    >>> roman_counter(4), roman_counter(1994)
    ('iv', 'mcmxciv')
    """
    roman = ""
    for value, numeral in _ROMAN:
        while number >= value:
            roman += numeral
            number -= value
    return roman
