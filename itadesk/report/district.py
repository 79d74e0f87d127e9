"""The district summary: the ITA results of every agency of an area in one year, as a PDF set like the report.

Portrait A4 with the report's fonts, sizes, Thai digits, พ.ศ. and page numbers: the title block, the agencies by level
(a table and a chart), the mean of every tool and indicator against the year before, the agencies below the pass
mark or falling, the ranking, and the agencies whose O25 or O26 evidence is missing.
"""

import io
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from itadesk.domain.district import DistrictSummary, MeanScore
from itadesk.domain.drafting import overall_is_computed
from itadesk.domain.overview import PASS_MARK, OverviewRow
from itadesk.i18n import th
from itadesk.report.columns import fit_columns
from itadesk.report.content import layout
from itadesk.report.content.cells import (
    BOLD,
    CENTER,
    HEAD,
    MISSING,
    NUMBER,
    NUMBER_BOLD,
    TEXT,
    Cell,
    Row,
    report_digits,
)
from itadesk.report.content.indicators import COMPUTED_MARK, change_label, signed
from itadesk.report.content.layout import OFFICIAL_NUMBERS, PageNumbers
from itadesk.report.district_chart import level_chart, no_level_label
from itadesk.report.fit import SLACK
from itadesk.report.fonts import FONT
from itadesk.report.indicator_table import HEADER_FILL, TOTAL_FILL
from itadesk.report.pages import document, numbered_canvas, portrait_width
from itadesk.report.styles import para, style
from itadesk.report.thaitext import markup, prepare_thai_text, text_width
from itadesk.thai.dates import format_thai_date
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_integer, format_number

PADDING = layout.INDICATOR_PADDING


def report_title() -> str:
    """Two lines, broken where the phrase breaks."""
    return th("Summary of the Integrity and Transparency Assessment") + "\n" + th("of the agencies in the area")


# --- words and figures ------------------------------------------------------------------------------------------


def area_line(summary: DistrictSummary) -> str:
    """Where the agencies are: the area chosen, else the district or province they all share, else every agency."""
    area = summary.area
    agencies = [row.agency for row in summary.rows]
    district = area.district or _shared([a.district for a in agencies])
    province = area.province or _shared([a.province for a in agencies])
    parts = []
    if area.kind:
        parts.append(area.kind)
    if district:
        parts.append(th("District {name}").format(name=district))
    if province:
        parts.append(th("Province {name}").format(name=province))
    return " ".join(parts) or th("Every agency in the store")


def _shared(values: list[str]) -> str:
    found = {" ".join(value.split()) for value in values}
    return found.pop() if len(found) == 1 else ""


def _score(value: object, computed: bool = False) -> str:
    if value is None:
        return MISSING
    return format_number(value) + (COMPUTED_MARK if computed else "")  # type: ignore[arg-type]


def _percent(count: int, total: int) -> str:
    return MISSING if not total else format_number(count * 100 / total)


def _several_districts(summary: DistrictSummary) -> bool:
    return len({" ".join(row.agency.district.split()) for row in summary.rows}) > 1


def _districts_at(summary: DistrictSummary, column: int) -> tuple[int, ...]:
    """The district column, kept whole, when the tables have one."""
    return (column,) if _several_districts(summary) else ()


# --- tables ------------------------------------------------------------------------------------------------------


def _flowable(cell: Cell | None) -> Paragraph | str:
    return "" if cell is None else Paragraph(markup(report_digits(cell.text)), style(cell.role))


def table(
    rows: list[Row],
    shares: list[float | None],
    totals_from: int | None = None,
    whole: tuple[int, ...] = (),
    width: float | None = None,
) -> Table:
    """A table of the report's look: its header filled and repeated on every page; rows from totals_from on filled
    as totals. shares: None for a column as wide as its widest word, else its share of the rest; whole: columns kept
    as wide as their widest text (place names), taken from the shared ones; width: the table's, else the page's."""
    total = width or portrait_width()
    widths = fit_columns(rows, total, shares, padding=PADDING)
    for column in whole:
        widths = _widened(widths, column, _whole_width(rows, column), shares)
    made = Table([[_flowable(cell) for cell in row] for row in rows], colWidths=widths, repeatRows=1, hAlign="CENTER")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), layout.GRID_LINE, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if totals_from is not None:
        commands.append(("BACKGROUND", (0, totals_from), (-1, -1), TOTAL_FILL))
    made.setStyle(TableStyle(commands))
    return made


def _whole_width(rows: list[Row], column: int) -> float:
    widest = 0.0
    for row in rows[1:]:
        cell = row[column]
        if cell is not None:
            made = style(cell.role)
            widest = max(widest, text_width(report_digits(cell.text), made.fontName, made.fontSize))
    return widest + 2 * PADDING + SLACK


def _widened(widths: list[float], column: int, wanted: float, shares: list[float | None]) -> list[float]:
    """widths with column at least wanted, the difference taken from the shared columns in proportion; unchanged
    when they would be left narrower than the column's own share of them."""
    extra = wanted - widths[column]
    shared = [n for n, share in enumerate(shares) if share is not None and n != column]
    room = sum(widths[n] for n in shared)
    if extra <= 0 or not shared or room - extra < room / 2:
        return widths
    made = list(widths)
    made[column] = wanted
    for n in shared:
        made[n] -= extra * widths[n] / room
    return made


def _heads(*texts: str) -> Row:
    return [Cell(text, HEAD) for text in texts]


def level_rows(summary: DistrictSummary) -> list[Row]:
    total = len(summary.rows)
    rows: list[Row] = [_heads(th("Level"), th("Agencies"), th("Percent"))]
    for count in summary.levels:
        if count.level is None and not count.count:
            continue
        rows.append(
            [
                Cell(count.level or no_level_label()),
                Cell(format_integer(count.count), NUMBER),
                Cell(_percent(count.count, total), NUMBER),
            ]
        )
    rows.append(
        [Cell(th("Total"), BOLD), Cell(format_integer(total), NUMBER_BOLD), Cell(_percent(total, total), NUMBER_BOLD)]
    )
    return rows


def _mean_row(label: str, mean: MeanScore, bold: bool = False) -> Row:
    role = NUMBER_BOLD if bold else NUMBER
    difference = mean.change.difference
    return [
        Cell(label, BOLD if bold else TEXT),
        Cell(_score(mean.previous), role),
        Cell(_score(mean.current), role),
        Cell("" if difference is None else signed(difference), role),
        Cell(change_label(mean.change.change), CENTER),
    ]


def mean_rows(summary: DistrictSummary) -> list[Row]:
    year = summary.fiscal_year
    rows: list[Row] = [
        _heads(
            th("Tool / indicator"),
            th("Mean B.E. {year}").format(year=to_thai_digits(year - 1)),
            th("Mean B.E. {year}").format(year=to_thai_digits(year)),
            th("Difference"),
            th("Change"),
        )
    ]
    indicators = {int(mean.code): mean for mean in summary.indicators}
    for tool_mean in summary.tools:
        rows.append(_mean_row(f"{tool_mean.code} {tool_mean.name_th}", tool_mean, bold=True))
        for indicator in summary.framework.indicators_of(tool_mean.code):
            label = th("Indicator {number} {name}").format(
                number=to_thai_digits(indicator.number), name=indicator.name_th
            )
            rows.append(_mean_row(label, indicators[indicator.number]))
    rows.append(_mean_row(th("Overall score"), summary.overall, bold=True))
    return rows


def _agency_cells(row: OverviewRow, districts: bool) -> Row:
    return [Cell(row.label), *([Cell(row.agency.district or MISSING)] if districts else [])]


def concern_rows(summary: DistrictSummary) -> list[Row]:
    year = summary.fiscal_year
    districts = _several_districts(summary)
    rows: list[Row] = [
        _heads(
            th("Agency"),
            *([th("District")] if districts else []),
            th("B.E. {year}").format(year=to_thai_digits(year - 1)),
            th("B.E. {year}").format(year=to_thai_digits(year)),
            th("Difference"),
            th("Level"),
        )
    ]
    for row in summary.concerns:
        previous = row.previous.overall if row.previous else None
        difference = row.change.difference
        rows.append(
            [
                *_agency_cells(row, districts),
                Cell(_score(previous, overall_is_computed(row.previous)), NUMBER),
                Cell(_score(row.overall, row.overall_computed), NUMBER),
                Cell("" if difference is None else signed(difference), NUMBER),
                Cell(_level(row), CENTER),
            ]
        )
    return rows


def _level(row: OverviewRow) -> str:
    if not row.level:
        return MISSING
    return row.level + (COMPUTED_MARK if row.level_computed else "")


def ranking_rows(summary: DistrictSummary) -> list[Row]:
    districts = _several_districts(summary)
    codes = [tool.code for tool in summary.framework.tools]
    rows: list[Row] = [
        _heads(
            th("Rank"),
            th("Agency"),
            *([th("District")] if districts else []),
            *codes,
            th("Overall score"),
            th("Level"),
        )
    ]
    for ranked in summary.ranking:
        row = ranked.row
        tools = [row.tool(code) for code in codes]
        rows.append(
            [
                Cell(format_integer(ranked.rank), CENTER),
                *_agency_cells(row, districts),
                *(Cell(_score(t.score, t.computed) if t else MISSING, NUMBER) for t in tools),
                Cell(_score(row.overall, row.overall_computed), NUMBER_BOLD),
                Cell(_level(row), CENTER),
            ]
        )
    return rows


def missing_rows(summary: DistrictSummary) -> list[Row]:
    districts = _several_districts(summary)
    rows: list[Row] = [
        _heads(
            th("Agency"),
            *([th("District")] if districts else []),
            th("O25 still missing"),
            th("O26: progress report"),
        )
    ]
    for row in summary.missing:
        missing = ", ".join(part.report_label for part in row.o25_missing) or th("complete")
        rows.append([*_agency_cells(row, districts), Cell(missing), Cell(row.o26.report_label)])
    return rows


# --- the document ------------------------------------------------------------------------------------------------


def _title_block(summary: DistrictSummary) -> list[Flowable]:
    counts = th("{count} agencies, {assessed} of them with results of fiscal year B.E. {year}.").format(
        count=format_integer(len(summary.rows)),
        assessed=format_integer(summary.assessed),
        year=to_thai_digits(summary.fiscal_year),
    )
    return [
        para(report_title(), "title"),
        para(th("For fiscal year B.E. {year}").format(year=to_thai_digits(summary.fiscal_year)), "subtitle"),
        para(area_line(summary), "subtitle"),
        para(th("Data as of {date}").format(date=format_thai_date(summary.as_of)), "subtitle"),
        Spacer(1, 0.3 * cm),
        para(counts, "cell-center"),
    ]


def _levels_section(summary: DistrictSummary) -> list[Flowable]:
    rows = level_rows(summary)
    return [
        KeepTogether(
            [
                para(th("1. Agencies by level"), "heading"),
                table(rows, [1.0, None, None], totals_from=len(rows) - 1, width=portrait_width() * 0.6),
                Spacer(1, 0.3 * cm),
                level_chart(summary.levels, portrait_width()),
            ]
        )
    ]


def _means_section(summary: DistrictSummary) -> list[Flowable]:
    note = th(
        "Means of the agencies with a score in each year: {current} agencies in B.E. {year}, {previous} in B.E. "
        "{previous_year}."
    ).format(
        current=format_integer(summary.overall.current_count),
        year=to_thai_digits(summary.fiscal_year),
        previous=format_integer(summary.overall.previous_count),
        previous_year=to_thai_digits(summary.fiscal_year - 1),
    )
    rows = mean_rows(summary)
    return [
        CondPageBreak(6 * cm),
        para(th("2. Mean scores by tool and indicator"), "heading"),
        table(rows, [1.0, None, None, None, None]),
        Spacer(1, 0.2 * cm),
        para(th("Note: {text}").format(text=note), "note"),
    ]


def _concerns_section(summary: DistrictSummary) -> list[Flowable]:
    mark = format_integer(int(PASS_MARK))
    story: list[Flowable] = [
        CondPageBreak(5 * cm),
        para(th("3. Agencies below {mark} points or lower than the year before").format(mark=mark), "heading"),
    ]
    if not summary.concerns:
        return [*story, para(th("No agency is below {mark} points or lower than the year before.").format(mark=mark))]
    shares: list[float | None] = [1.0, *([None] if _several_districts(summary) else []), None, None, None, None]
    return [*story, table(concern_rows(summary), shares, whole=_districts_at(summary, 1))]


def _ranking_section(summary: DistrictSummary) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(5 * cm), para(th("4. Ranking by overall score"), "heading")]
    if not summary.ranking:
        return [*story, para(th("No agency has an overall score for this year yet."))]
    tools = [None] * len(summary.framework.tools)
    shares: list[float | None] = [None, 1.0, *([None] if _several_districts(summary) else []), *tools, None, None]
    return [*story, table(ranking_rows(summary), shares, whole=_districts_at(summary, 2))]


def _missing_section(summary: DistrictSummary) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(5 * cm),
        para(th("5. Agencies whose O25 or O26 evidence is missing"), "heading"),
    ]
    if not summary.missing:
        story.append(para(th("Every agency has its O25 evidence, and has reported progress where it is due.")))
    else:
        shares: list[float | None] = [1.0, *([None] if _several_districts(summary) else []), 1.5, 1.0]
        story.append(table(missing_rows(summary), shares, whole=_districts_at(summary, 1)))
    plan_year = summary.fiscal_year + 1
    note = th(
        "O25: the year's indicator scores, the official result, an analysis of every indicator and a plan for "
        "fiscal year B.E. {plan_year}. O26: progress on the measures of that plan as of {date}."
    ).format(plan_year=to_thai_digits(plan_year), date=format_thai_date(summary.as_of))
    return [*story, Spacer(1, 0.2 * cm), para(th("Note: {text}").format(text=note), "note")]


def _computed_note(summary: DistrictSummary) -> list[Flowable]:
    computed = any(
        row.overall_computed or row.level_computed or any(tool.computed for tool in row.tools) for row in summary.rows
    )
    if not computed:
        return []
    text = th(
        "{mark} Calculated from the indicator scores: the official result published by the NACC is not entered."
    ).format(mark=COMPUTED_MARK)
    return [Spacer(1, 0.3 * cm), para(text, "note")]


def build_story(summary: DistrictSummary) -> list[Flowable]:
    return (
        _title_block(summary)
        + _levels_section(summary)
        + _means_section(summary)
        + _concerns_section(summary)
        + _ranking_section(summary)
        + _missing_section(summary)
        + _computed_note(summary)
    )


def write_district_report(
    summary: DistrictSummary, target: BinaryIO, page_numbers: PageNumbers = OFFICIAL_NUMBERS
) -> None:
    """Write the PDF to an open binary file; page_numbers as the report's ("- ๒ -" at the top, or the footer)."""
    prepare_thai_text()
    title = f"{' '.join(report_title().split())} {area_line(summary)}"
    doc = document(target, title=title, author=area_line(summary))
    doc.build(build_story(summary), canvasmaker=numbered_canvas(page_numbers))


def render_district_report(summary: DistrictSummary, page_numbers: PageNumbers = OFFICIAL_NUMBERS) -> bytes:
    buffer = io.BytesIO()
    write_district_report(summary, buffer, page_numbers)
    return buffer.getvalue()
