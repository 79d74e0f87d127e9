"""The file names the window suggests: the kind of file, the agency's short name and the year, safe on Windows."""

import re
from pathlib import Path
from typing import Literal

from itadesk.services.agencies import ABBREVIATIONS

AgencyFileFormat = Literal["json", "xlsx"]

# Longest first, so that no full name is shortened by a shorter one it starts with.
_SHORTENINGS = sorted(((full, short) for short, full in ABBREVIATIONS.items()), key=lambda pair: -len(pair[0]))
# Characters Windows does not allow in a file name, and control characters.
_NOT_ALLOWED = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def short_agency_name(name: str) -> str:
    """องค์การบริหารส่วนตำบลโคกคอน → อบต.โคกคอน (the abbreviations clerks write); other names as they are."""
    name = " ".join(name.split())
    for full, short in _SHORTENINGS:
        if name.startswith(full):
            return short + name[len(full) :].lstrip()
    return name


def safe_file_name(name: str) -> str:
    """name without the characters Windows refuses in a file name, nor the dots and spaces it drops at the end."""
    return " ".join(_NOT_ALLOWED.sub("", name).split()).rstrip(". ")


def _name(*parts: object, suffix: str) -> str:
    stem = "-".join(text for text in (safe_file_name(str(part)) for part in parts) if text)
    return f"{stem}.{suffix}"


def report_file_name(agency_name: str, fiscal_year: int, kind: str) -> str:
    """ITA-2568-อบต.โคกคอน.pdf: a year's report (kind "pdf" or "docx")."""
    return _name("ITA", fiscal_year, short_agency_name(agency_name), suffix=kind)


def progress_file_name(agency_name: str, plan_year: int) -> str:
    """ITA-O26-2569-อบต.โคกคอน.pdf: the progress report of a plan (item O26 of the assessment)."""
    return _name("ITA-O26", plan_year, short_agency_name(agency_name), suffix="pdf")


def agency_file_name(agency_name: str, fiscal_year: int | None, kind: AgencyFileFormat) -> str:
    """ITA-อบต.โคกคอน-2568.json: the whole agency, named by the last year it holds."""
    return _name("ITA", short_agency_name(agency_name), fiscal_year or "", suffix=kind)


def with_format_suffix(path: Path, kind: AgencyFileFormat) -> Path:
    """path ending in .json or .xlsx as kind says: a suffix of the other format is replaced, none is added."""
    path = Path(path)
    if path.suffix.lower() in (".json", ".xlsx"):
        return path.with_suffix(f".{kind}")
    return path.with_name(f"{path.name}.{kind}")
