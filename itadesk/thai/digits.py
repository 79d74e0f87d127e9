"""Thai digits (๐๑๒๓๔๕๖๗๘๙) to and from ASCII digits: a plain character translation."""

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)
_FROM_THAI = str.maketrans(THAI_DIGITS, "0123456789")


def to_thai_digits(text: object) -> str:
    """Every ASCII digit of str(text) written as a Thai digit."""
    return str(text).translate(_TO_THAI)


def from_thai_digits(text: str) -> str:
    """Every Thai digit of text written as an ASCII digit."""
    return text.translate(_FROM_THAI)


# What has to be typed or found exactly as written keeps 0–9 in printed Thai: web and e-mail addresses, and the
# ITA's codes of items and questions (O1–O36, i12, e5, EB16: Latin letters written right before digits).
_PROSE_KEPT = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    r"|(?<![A-Za-z0-9])[A-Za-z]{1,3}[0-9]{1,3}(?![0-9])",
    re.IGNORECASE,
)


def to_thai_digits_in_prose(text: str) -> str:
    """Thai digits everywhere except in web and e-mail addresses and ITA codes, which keep 0–9 (the report's rule)."""
    pieces = []
    start = 0
    for match in _PROSE_KEPT.finditer(text):
        pieces.append(to_thai_digits(text[start : match.start()]))
        pieces.append(match.group(0))
        start = match.end()
    pieces.append(to_thai_digits(text[start:]))
    return "".join(pieces)


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


def to_thai_digits_in_message(text: str) -> str:
    """Thai digits in a message (a refusal, an error, a count) except where 0–9 must stay as typed.

    Web and e-mail addresses, file and folder paths, file names and codes such as O12 keep their digits; a date
    such as 31/3/2569 is prose and takes Thai digits.
    """
    pieces = []
    position = 0
    for start, end in _kept_spans(text):
        pieces.append(to_thai_digits_in_prose(text[position:start]))
        pieces.append(text[start:end])
        position = end
    pieces.append(to_thai_digits_in_prose(text[position:]))
    return "".join(pieces)
