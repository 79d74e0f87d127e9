"""The progress report "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" (ITA item O26).

Landscape A4: the title block, the measures counted by status and what the as-of date implies (overdue, not yet
begun), then for each indicator a table of its measures with period, units, status, progress and evidence.
"""

from functools import cache
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from itadesk.domain.progress import NumberedMeasure, ProgressReportData
from itadesk.i18n import th
from itadesk.report.content.layout import OFFICIAL_NUMBERS, PageNumbers
from itadesk.report.content.text import place_line
from itadesk.report.fonts import FONT
from itadesk.report.indicator_table import HEADER_FILL, TOTAL_FILL
from itadesk.report.pages import LANDSCAPE, document, landscape_width, numbered_canvas
from itadesk.report.progress_table import MISSING, fitted_width, indicator_tables, short_date
from itadesk.report.signatures import signature_block
from itadesk.report.styles import BODY_SIZE, para
from itadesk.report.thaitext import build_gathering_texts, markup, paragraph_style, prepare_thai_text, text_width
from itadesk.thai.dates import format_thai_date
from itadesk.thai.digits import to_thai_digits, to_thai_digits_in_prose
from itadesk.thai.numbers import format_integer, format_number


def report_title() -> str:
    return th("Report on the measures to promote integrity and transparency within the agency")


_DASH = "– "


@cache
def _item_style() -> ParagraphStyle:
    made = paragraph_style("progress-item", size=BODY_SIZE)
    made.leftIndent = 36
    made.firstLineIndent = -text_width(_DASH, FONT, BODY_SIZE)  # the dash hangs: the text's lines align
    return made


def _item(text: str) -> Paragraph:
    """An entry of a list: a dash, then the text, its lines after the first under its text."""
    return Paragraph(markup(to_thai_digits_in_prose(_DASH + text)), _item_style())


def _title_block(data: ProgressReportData) -> list[Flowable]:
    plan = data.progress.plan
    story: list[Flowable] = [
        para(report_title(), "title"),
        para(th("For fiscal year B.E. {year}").format(year=to_thai_digits(plan.fiscal_year)), "subtitle"),
        para(data.agency.name, "subtitle"),
    ]
    place = place_line(data.agency)
    if place:
        story.append(para(place, "subtitle"))
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
    widths = [
        fitted_width([row[0] for row in rows], 6 * cm),
        *(fitted_width([row[n] for row in rows], 3 * cm) for n in (1, 2)),
    ]
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


def _listed(items: list[tuple[int, NumberedMeasure]], ended: bool) -> list[Flowable]:
    entries: list[Flowable] = []
    for indicator, item in items:
        measure = item.measure
        fields = {"indicator": to_thai_digits(indicator), "number": to_thai_digits(item.number), "title": measure.title}
        if ended:
            text = th("Indicator {indicator}, measure {number}: {title} (period ended {date})").format(
                date=short_date(measure.period_end), **fields
            )
        else:
            text = th("Indicator {indicator}, measure {number}: {title} (period begins {date})").format(
                date=short_date(measure.period_start), **fields
            )
        entries.append(_item(text))
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
    headings = {
        number: [
            para(
                th("Indicator {number} {name}")
                .format(number=to_thai_digits(number), name=data.indicator_name(number))
                .strip(),
                "subheading",
            )
        ]
        for number in data.indicator_numbers()
    }
    # each heading is kept on the page of its table's first rows: a heading never ends a page alone
    tables = indicator_tables(data, landscape_width(), captions=headings)
    story += [tables[number] for number in data.indicator_numbers()]
    return story


def build_story(data: ProgressReportData, signatures: bool | None = None) -> list[Flowable]:
    story = _title_block(data) + _summary_section(data) + _indicators_section(data)
    block = signature_block(data.agency, force=bool(signatures)) if signatures is not False else None
    if block is not None:
        story += [Spacer(1, 0.8 * cm), block]
    return story


def write_progress_report(
    data: ProgressReportData,
    target: BinaryIO,
    signatures: bool | None = None,
    page_numbers: PageNumbers = OFFICIAL_NUMBERS,
) -> None:
    """Write the PDF to an open binary file. signatures: None = when the agency has names, True, False;
    page_numbers: "official" ("- ๒ -" at the top from page 2) or "footer" ("หน้า ๒ / ๑๒" at the foot)."""
    prepare_thai_text()
    doc = document(target, title=f"{report_title()} {data.agency.name}", author=data.agency.name, first=LANDSCAPE)
    story = build_gathering_texts(lambda: build_story(data, signatures))
    doc.build(story, canvasmaker=numbered_canvas(page_numbers))
