"""The progress report "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" (ITA item O26).

Landscape A4: the title block, the measures counted by status and what the as-of date implies (overdue, not yet
begun), then for each indicator a table of its measures with period, units, status, progress and evidence.
"""

import io
from datetime import date
from functools import cache
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.domain.progress import NumberedMeasure, ProgressReportData, is_overdue, not_begun
from itadesk.i18n import th
from itadesk.report.fit import CELL_PADDING, column_width, share_rest
from itadesk.report.fonts import FONT, register_report_fonts
from itadesk.report.indicator_table import HEADER_FILL, TOTAL_FILL
from itadesk.report.pages import LANDSCAPE, NumberedCanvas, document, landscape_width
from itadesk.report.plan_table import MIN_ROW_PART, period_text
from itadesk.report.signatures import signature_block
from itadesk.report.styles import BODY_SIZE, TABLE_SIZE, para
from itadesk.report.thaitext import MARKER, markup, paragraph_style, text_width
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start, format_thai_date
from itadesk.thai.digits import to_thai_digits, to_thai_digits_in_prose
from itadesk.thai.numbers import format_integer, format_number

MISSING = "–"
OVERDUE_FILL = colors.HexColor("#f8d7d4")
# Shares of the width left to the measure and the evidence once the other columns fit their longest word.
TEXT_COLUMN_SHARES = [3.0, 2.0]
# Wide enough for the period's header in two lines and "ปีงบประมาณ พ.ศ. ๒๕๖๙" in two.
PERIOD_COLUMN_MINIMUM = 3.5 * cm


def report_title() -> str:
    return th("Report on the measures to promote integrity and transparency within the agency")


@cache
def _own_style(name: str) -> ParagraphStyle:
    if name == "item":  # an entry of a list: indented, its lines after the first under its text
        made = paragraph_style("progress-item", size=BODY_SIZE)
        made.leftIndent = 36
        made.firstLineIndent = -12
        return made
    return paragraph_style("progress-cell-center-bold", size=TABLE_SIZE, bold=True, alignment=TA_CENTER)


def _para(text: str, style_name: str) -> Paragraph:
    """Like styles.para, in this report's own styles: "item" (a list entry), "cell-center-bold"."""
    return Paragraph(markup(to_thai_digits_in_prose(text)), _own_style(style_name))


def _place(data: ProgressReportData) -> str:
    agency = data.agency
    parts = []
    if agency.district:
        parts.append(th("District {name}").format(name=agency.district))
    if agency.province:
        parts.append(th("Province {name}").format(name=agency.province))
    return " ".join(parts)


def _title_block(data: ProgressReportData) -> list[Flowable]:
    plan = data.progress.plan
    story: list[Flowable] = [
        para(report_title(), "title"),
        para(th("For fiscal year B.E. {year}").format(year=to_thai_digits(plan.fiscal_year)), "subtitle"),
        para(data.agency.name, "subtitle"),
    ]
    if _place(data):
        story.append(para(_place(data), "subtitle"))
    story.append(para(th("Data as of {date}").format(date=format_thai_date(data.progress.as_of)), "subtitle"))
    if plan.based_on_year is not None:
        story.append(
            para(
                th("The measures of this plan answer the results of the ITA of fiscal year B.E. {year}.").format(
                    year=to_thai_digits(plan.based_on_year)
                ),
                "cell-center",
            )
        )
    return [*story, Spacer(1, 0.3 * cm)]


def _summary_table(data: ProgressReportData) -> Table:
    progress = data.progress
    rows: list[list] = [
        [para(th("Status"), "cell-head"), para(th("Measures"), "cell-head"), para(th("Percent"), "cell-head")]
    ]
    for status, count in progress.counts().items():
        percent = progress.percent(count)
        rows.append(
            [
                para(status.report_label, "cell"),
                para(format_integer(count), "cell-number"),
                para(MISSING if percent is None else format_number(percent), "cell-number"),
            ]
        )
    total = progress.percent(progress.total)
    rows.append(
        [
            para(th("Total"), "cell-bold"),
            para(format_integer(progress.total), "cell-number-bold"),
            para(MISSING if total is None else format_number(total), "cell-number-bold"),
        ]
    )
    widths = [_fitted([row[0] for row in rows], 6 * cm), *(_fitted([row[n] for row in rows], 3 * cm) for n in (1, 2))]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _short_date(day: date | None) -> str:
    return format_thai_date(day, abbreviated=True) if day else MISSING


def _listed(items: list[tuple[int, NumberedMeasure]], ended: bool) -> list[Flowable]:
    entries: list[Flowable] = []
    for indicator, item in items:
        measure = item.measure
        fields = {"indicator": to_thai_digits(indicator), "number": to_thai_digits(item.number), "title": measure.title}
        if ended:
            text = th("Indicator {indicator}, measure {number}: {title} (period ended {date})").format(
                date=_short_date(measure.period_end), **fields
            )
        else:
            text = th("Indicator {indicator}, measure {number}: {title} (period begins {date})").format(
                date=_short_date(measure.period_start), **fields
            )
        entries.append(_para("– " + text, "item"))
    return entries


def _introduced(intro: str, items: list[tuple[int, NumberedMeasure]], ended: bool) -> list[Flowable]:
    """A sentence and the list it introduces; the sentence never ends a page without the first entry."""
    entries = _listed(items, ended)
    return [KeepTogether([para(intro), entries[0]]), *entries[1:]]


def _as_of_section(data: ProgressReportData) -> list[Flowable]:
    progress = data.progress
    overdue, waiting = progress.overdue(), progress.not_begun()
    if overdue:
        intro = th("{count} measures are past the end of their period and not done yet:")
        story = _introduced(intro.format(count=format_integer(len(overdue))), overdue, ended=True)
    else:
        story = [para(th("No measure is past the end of its period without being done."))]
    heading = para(th("As of {date}:").format(date=format_thai_date(progress.as_of)), "subheading")
    story[0] = KeepTogether([heading, story[0]])
    if waiting:
        intro = th("The period of {count} measures has not begun yet:")
        story += _introduced(intro.format(count=format_integer(len(waiting))), waiting, ended=False)
    else:
        story.append(para(th("No measure is waiting for its period to begin.")))
    return story


def _summary_section(data: ProgressReportData) -> list[Flowable]:
    return [
        para(th("1. Summary of the results"), "heading"),
        _summary_table(data),
        Spacer(1, 0.2 * cm),
        *_as_of_section(data),
    ]


def _status_cell(measure: PlanMeasure, data: ProgressReportData) -> list[Flowable]:
    cell: list[Flowable] = [para(measure.status.report_label, "cell-center")]
    if is_overdue(measure, data.progress.as_of):
        cell.append(_para(th("overdue"), "cell-center-bold"))
    elif not_begun(measure, data.progress.as_of):
        cell.append(para(th("period not begun"), "cell-center"))
    return cell


def _date_lines(measure: PlanMeasure, plan_year: int) -> tuple[str, str] | None:
    """The first and last day of a period other than the whole fiscal year, as two lines that do not break."""
    start, end = measure.period_start, measure.period_end
    if start is None or end is None or (start, end) == (fiscal_year_start(plan_year), fiscal_year_end(plan_year)):
        return None
    return f"{_short_date(start)} –", _short_date(end)


def _period(measure: PlanMeasure, plan_year: int) -> str:
    """The plan's wording for a whole fiscal year, else each date on a line of its own."""
    lines = _date_lines(measure, plan_year)
    if lines is not None:
        return "\n".join(lines)
    return period_text(measure, plan_year) or MISSING


def _measure_row(item: NumberedMeasure, data: ProgressReportData) -> list:
    measure = item.measure
    cancelled = measure.status is MeasureStatus.CANCELLED
    return [
        para(f"{to_thai_digits(item.number)}. {measure.title}", "cell"),
        para(_period(measure, data.progress.plan.fiscal_year), "cell-center"),
        para("\n".join(measure.responsible) or MISSING, "cell-center"),
        _status_cell(measure, data),
        para(MISSING if cancelled else format_integer(measure.progress), "cell-center"),
        para(measure.evidence if measure.evidence.strip() else MISSING, "cell"),
    ]


def _header() -> list:
    return [
        para(th("Measure, project or activity"), "cell-head"),
        para(th("Period"), "cell-head"),
        para(th("Responsible"), "cell-head"),
        para(th("Status"), "cell-head"),
        para(th("Progress (%)"), "cell-head"),
        para(th("Results and evidence"), "cell-head"),
    ]


def _fitted(cells: list[Flowable | list[Flowable]], minimum: float = 0.0) -> float:
    """The width of a column as wide as the longest word of its cells, each measured in its own font."""
    widths = [minimum]
    for cell in cells:
        for part in cell if isinstance(cell, list) else [cell]:
            if isinstance(part, Paragraph):
                text = part.getPlainText().replace(MARKER, "")
                widths.append(column_width([text], part.style.fontName, part.style.fontSize))
    return max(widths)


def _widths(rows: list[list], data: ProgressReportData, total: float) -> list[float]:
    """The same for every indicator's table; the period as wide as its longest date, the others their longest word."""
    plan_year = data.progress.plan.fiscal_year
    dates = [line for m in data.progress.plan.measures for line in _date_lines(m, plan_year) or ()]
    widest_date = max((text_width(line, FONT, TABLE_SIZE) for line in dates), default=0.0)
    period = max(PERIOD_COLUMN_MINIMUM, widest_date + 2 * CELL_PADDING + 2)
    fixed: list[float | None] = [None]
    for column in (1, 2, 3, 4):
        fixed.append(_fitted([row[column] for row in rows], period if column == 1 else 0.0))
    fixed.append(None)
    return share_rest(total, fixed, [TEXT_COLUMN_SHARES[0], 1.0, 1.0, 1.0, 1.0, TEXT_COLUMN_SHARES[1]])


def _indicator_table(
    items: list[NumberedMeasure], body: list[list], data: ProgressReportData, widths: list[float]
) -> Table:
    marks = [
        ("BACKGROUND", (3, row), (3, row), OVERDUE_FILL)
        for row, item in enumerate(items, start=1)
        if is_overdue(item.measure, data.progress.as_of)
    ]
    table = Table(
        [_header(), *body], colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=MIN_ROW_PART, hAlign="CENTER"
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *marks,
            ]
        )
    )
    return table


def _indicators_section(data: ProgressReportData) -> list[Flowable]:
    plan = data.progress.plan
    story: list[Flowable] = [CondPageBreak(5 * cm), para(th("2. Results by indicator"), "heading")]
    if not plan.measures:
        story.append(
            para(
                th("No measures have been planned for fiscal year B.E. {year} yet.").format(
                    year=to_thai_digits(plan.fiscal_year)
                )
            )
        )
        return story
    numbered = data.progress.numbered()
    bodies = {number: [_measure_row(item, data) for item in items] for number, items in numbered.items()}
    widths = _widths([_header(), *(row for body in bodies.values() for row in body)], data, landscape_width())
    for number in data.indicator_numbers():
        heading = th("Indicator {number} {name}").format(
            number=to_thai_digits(number), name=data.indicator_name(number)
        )
        # a heading never ends a page: room for itself, the table's header and the first lines of a row
        story += [
            CondPageBreak(5 * cm),
            para(heading.strip(), "subheading"),
            _indicator_table(numbered[number], bodies[number], data, widths),
        ]
    return story


def build_story(data: ProgressReportData, signatures: bool | None = None) -> list[Flowable]:
    story = _title_block(data) + _summary_section(data) + _indicators_section(data)
    block = signature_block(data.agency, force=bool(signatures)) if signatures is not False else None
    if block is not None:
        story += [Spacer(1, 0.8 * cm), block]
    return story


def write_progress_report(data: ProgressReportData, target: BinaryIO, signatures: bool | None = None) -> None:
    """Write the PDF to an open binary file. signatures: None = when the agency has names, True, False."""
    register_report_fonts()
    doc = document(target, title=f"{report_title()} {data.agency.name}", author=data.agency.name, first=LANDSCAPE)
    doc.build(build_story(data, signatures), canvasmaker=NumberedCanvas)


def render_progress_report(data: ProgressReportData, signatures: bool | None = None) -> bytes:
    buffer = io.BytesIO()
    write_progress_report(data, buffer, signatures)
    return buffer.getvalue()
