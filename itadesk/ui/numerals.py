"""Numbers in the window as its language writes them: Thai digits in Thai, 0–9 in English.

Printed reports do not use this: they are Thai whatever the window's language, Thai digits included.
"""

import re
from decimal import Decimal

from itadesk.i18n import current_language
from itadesk.thai.digits import from_thai_digits, to_thai_digits, to_thai_digits_in_prose
from itadesk.thai.numbers import format_number, format_signed


def thai_digits() -> bool:
    return current_language() == "th"


def digits(text: object) -> str:
    """str(text) with its digits in the window's script."""
    return to_thai_digits(text) if thai_digits() else str(text)


def number(value: Decimal | int, decimals: int = 2) -> str:
    """98.27 → ๙๘.๒๗ in Thai, 98.27 in English."""
    return format_number(value, decimals, thai_digits())


def signed(value: Decimal, decimals: int = 2) -> str:
    """+๐.๗๓ in Thai, +0.73 in English; no sign for no change."""
    return format_signed(value, decimals, thai_digits())


# --- messages -----------------------------------------------------------------------------------------------------

# What has to be typed or found exactly as written keeps 0–9 in a Thai message: web and e-mail addresses, files and
# folders, and the ITA's codes (O1–O36; a Latin letter written right before digits).
_FILE_TYPES = "pdf|docx?|xlsx?|csv|json|toml|txt|sqlite3?|db|bak|zip|png|jpe?g|ini|log"
_KEPT = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    rf"|[^\s“”\"'«»()\[\]]+\.(?:{_FILE_TYPES})(?![A-Za-z0-9])"
    r"|[^\s“”\"'«»()\[\]]*[\\/][^\s“”\"'«»()\[\]]*"
    r"|[A-Za-z]\d+",
    re.IGNORECASE,
)
# Where a path that may hold spaces starts: C:\, \\server, /home, ~/ (a slash inside a word is no start).
_PATH_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]:[\\/]|\\\\|(?<![^\s“\"'«(])~?/")
# A path ends at the end of its line, at ": " (what follows is why it failed) or at a closing quote.
_PATH_END = re.compile(r": |:$|\n|[“”\"'«»]")
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")  # 31/3/2569: a date, which Thai writes in Thai digits
_TRAILING = ".,;:!?)]"


def _paths(text: str) -> list[tuple[int, int]]:
    """Where whole paths are, spaces included: from a path's start to the last word with a separator or file type."""
    spans = []
    for start in _PATH_START.finditer(text):
        if spans and start.start() < spans[-1][1]:
            continue
        end = _PATH_END.search(text, start.end())
        stretch = text[start.start() : end.start() if end else len(text)]
        kept = 0
        offset = 0
        for word in stretch.split(" "):
            offset += len(word)
            if "/" in word or "\\" in word or re.search(rf"\.(?:{_FILE_TYPES})\W*$", word, re.IGNORECASE):
                kept = offset
            offset += 1
        spans.append((start.start(), start.start() + len(stretch[:kept].rstrip(_TRAILING))))
    return spans


def _kept_spans(text: str) -> list[tuple[int, int]]:
    spans = _paths(text)
    for match in _KEPT.finditer(text):
        if not _DATE.fullmatch(match.group(0).rstrip(_TRAILING)):
            spans.append(match.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def message(text: str) -> str:
    """A message to show (a refusal, an error, a finding) with its digits in the window's script.

    In Thai, digits become Thai digits except in web and e-mail addresses, file and folder paths, file names and
    codes such as O12; in English, Thai digits (a value the user typed, quoted back) become 0–9.
    """
    if not thai_digits():
        return from_thai_digits(text)
    pieces = []
    position = 0
    for start, end in _kept_spans(text):
        pieces.append(to_thai_digits_in_prose(text[position:start]))
        pieces.append(text[start:end])
        position = end
    pieces.append(to_thai_digits_in_prose(text[position:]))
    return "".join(pieces)


def digits_in_prose(text: str) -> str:
    """The same as message(): prose whose addresses, paths and codes keep 0–9."""
    return message(text)
