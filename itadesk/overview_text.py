"""The overview of every agency in a year as a plain-text table, for the command line."""

from datetime import date
from decimal import Decimal

from itadesk.domain.overview import OverviewRow
from itadesk.i18n import _, current_language
from itadesk.thai.dates import buddhist_year
from itadesk.thai.digits import to_thai_digits_in_prose
from itadesk.thai.text import display_width, pad

COMPUTED_MARK = "*"
_NUMBER = 7


def _score(value: Decimal | None, computed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" + (COMPUTED_MARK if computed else "")


def _signed(value: Decimal | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if value == 0 else f"{value:+.2f}"


def _level(row: OverviewRow) -> str:
    if not row.level:
        return "–"
    name = row.level
    if current_language() != "th" and row.current is not None:
        rule = next((r for r in row.current.framework.levels if name in (r.name_th, r.name_en)), None)
        name = rule.name_en if rule else name
    return name + (COMPUTED_MARK if row.level_computed else "")


def _progress(row: OverviewRow) -> str:
    tally = row.progress
    return "–" if tally is None else f"{tally.done}/{tally.in_progress}/{tally.overdue}"


def _o25(row: OverviewRow) -> str:
    return ", ".join(part.label for part in row.o25_missing) if row.o25_missing else _("complete")


def overview_cells(row: OverviewRow, tool_codes: tuple[str, ...]) -> list[str]:
    tools = [row.tool(code) for code in tool_codes]
    return [
        row.label,
        row.agency.district or "–",
        _score(row.overall, row.overall_computed),
        _level(row),
        _signed(row.change.difference),
        *(_score(tool.score, tool.computed) if tool else "–" for tool in tools),
        ", ".join(str(weak.number) for weak in row.weakest) or "–",
        _progress(row),
        _o25(row),
    ]


def format_overview(
    rows: list[OverviewRow], fiscal_year: int, tool_codes: tuple[str, ...], as_of: date, thai_digits: bool = True
) -> str:
    """A line per agency: overall (official, else computed and marked *), level, change, tools, the two weakest
    indicators, the plan's measures done / in progress / overdue, and the O25 parts still missing."""
    headers = [
        _("Agency"),
        _("District"),
        _("Overall"),
        _("Level"),
        _("Change"),
        *tool_codes,
        _("Weakest"),
        _("Done/in progress/overdue"),
        _("O25 still missing"),
    ]
    table = [headers, *(overview_cells(row, tool_codes) for row in rows)]
    numeric = {2, 4, *range(5, 5 + len(tool_codes))}
    widths = [max(display_width(line[column]) for line in table) for column in range(len(headers) - 1)]
    lines = [
        _("ITA results of fiscal year {year}: {count} agencies; plans as of {date}").format(
            year=fiscal_year, count=len(rows), date=f"{as_of.day}/{as_of.month}/{buddhist_year(as_of.year)}"
        ),
        "",
    ]
    for cells in table:
        padded = [
            pad(text, max(widths[column], _NUMBER if column in numeric else 0), ">" if column in numeric else "<")
            for column, text in enumerate(cells[:-1])
        ]
        lines.append("  ".join([*padded, cells[-1]]).rstrip())
    if any(COMPUTED_MARK in cell for cells in table[1:] for cell in cells):
        lines += ["", _("* calculated from the indicator scores: no official result is entered")]
    text = "\n".join(lines)
    return to_thai_digits_in_prose(text) if thai_digits else text
