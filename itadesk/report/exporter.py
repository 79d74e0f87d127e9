"""The report "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" of one agency's year, as a PDF."""

import io
from typing import BinaryIO

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from itadesk.domain.comparison import ScoreChange
from itadesk.domain.drafting import indicator_sentence, overall_sentence
from itadesk.domain.summary import ReportData
from itadesk.i18n import th
from itadesk.report.chart import score_chart
from itadesk.report.fonts import register_report_fonts
from itadesk.report.indicator_table import indicator_table
from itadesk.report.pages import LANDSCAPE, NumberedCanvas, document, landscape_width, portrait_width
from itadesk.report.plan_table import plan_table
from itadesk.report.signatures import signature_block
from itadesk.report.styles import para
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_number


def _place(data: ReportData) -> str:
    agency = data.summary.agency
    parts = []
    if agency.district:
        parts.append(th("District {name}").format(name=agency.district))
    if agency.province:
        parts.append(th("Province {name}").format(name=agency.province))
    return " ".join(parts)


def _title_block(data: ReportData) -> list[Flowable]:
    summary = data.summary
    current = summary.current
    year = to_thai_digits(current.figures.fiscal_year)
    overall = current.overall
    story: list[Flowable] = [
        para(th("Putting the ITA results to work in the organisation"), "title"),
        para(
            th("Integrity and Transparency Assessment of public agencies, fiscal year B.E. {year}").format(year=year),
            "subtitle",
        ),
        Spacer(1, 0.3 * cm),
        para(summary.agency.name, "subtitle"),
        para(_place(data), "subtitle"),
        Spacer(1, 0.5 * cm),
        para(
            th("Overall score {score} points, level {level}.").format(
                score=format_number(overall) if overall is not None else "–", level=current.level_name or "–"
            ),
            "subheading",
        ),
    ]
    return story


def _results_section(data: ReportData) -> list[Flowable]:
    summary = data.summary
    current = summary.current
    story: list[Flowable] = [
        para(th("1. ITA results by indicator"), "heading"),
        indicator_table(summary, portrait_width()),
        Spacer(1, 0.2 * cm),
    ]
    for note in _table_notes(data):
        story.append(para(note, "note"))
    story.append(
        KeepTogether(
            [
                para(
                    th("Scores by indicator, B.E. {previous} and {year}").format(
                        previous=to_thai_digits(current.figures.fiscal_year - 1),
                        year=to_thai_digits(current.figures.fiscal_year),
                    ),
                    "subheading",
                ),
                score_chart(summary, portrait_width()),
            ]
        )
    )
    return story


def _table_notes(data: ReportData) -> list[str]:
    current = data.summary.current
    notes = [
        th(
            "The overall score and level are the official results published by the NACC; tool scores are the "
            "mean of their indicators unless the NACC published them."
        )
    ]
    official, computed = current.figures.official_overall, current.computed_overall
    if official is not None and computed is not None and official != computed:
        notes.append(
            th("The mean of the indicators gives an overall score of {computed}.").format(
                computed=format_number(computed)
            )
        )
    scores = current.figures.indicator_scores
    if any(i.number not in scores for i in current.framework.indicators):
        notes.append(th("– : no score entered yet."))
    return notes


def _analysis_section(data: ReportData) -> list[Flowable]:
    summary = data.summary
    current = summary.current
    year = current.figures.fiscal_year
    comparison = summary.comparison
    overall = comparison.overall if comparison else ScoreChange(None, current.overall)
    story: list[Flowable] = [
        CondPageBreak(5 * cm),
        para(th("2. Analysis of the results, fiscal year B.E. {year}").format(year=to_thai_digits(year)), "heading"),
        para(overall_sentence(summary.agency.name, year, overall, comparison.level if comparison else None)),
    ]
    story += [para(line) for line in data.overall_analysis.splitlines() if line.strip()]
    previous = summary.previous.figures.indicator_scores if summary.previous else {}
    for indicator in current.framework.indicators:
        scores = ScoreChange(previous.get(indicator.number), current.figures.indicator_scores.get(indicator.number))
        lines = [line for line in data.indicator_analyses.get(indicator.number, "").splitlines() if line.strip()]
        first = indicator_sentence(indicator, scores, year) + (" " + lines[0] if lines else "")
        heading = th("Indicator {number} {name}").format(
            number=to_thai_digits(indicator.number), name=indicator.name_th
        )
        # a heading never ends a page: it needs room for itself and a few lines of its paragraph
        story += [CondPageBreak(3 * cm), para(heading, "subheading"), para(first)]
        story += [para(line) for line in lines[1:]]
    return story


def _plan_section(data: ReportData) -> list[Flowable]:
    plan_year = data.summary.current.figures.fiscal_year + 1
    story: list[Flowable] = [
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        para(
            th(
                "3. Putting the analysis to work: measures to improve or keep the level, fiscal year B.E. {year}"
            ).format(year=to_thai_digits(plan_year)),
            "heading",
        ),
    ]
    if data.plan is None or not data.plan.measures:
        story.append(
            para(
                th("No measures have been planned for fiscal year B.E. {year} yet.").format(
                    year=to_thai_digits(plan_year)
                )
            )
        )
    else:
        story.append(plan_table(data.plan, data.summary.current.framework, landscape_width()))
    return story


def build_story(data: ReportData, signatures: bool | None = None) -> list[Flowable]:
    story = _title_block(data) + _results_section(data) + _analysis_section(data) + _plan_section(data)
    block = signature_block(data.summary.agency, force=bool(signatures)) if signatures is not False else None
    if block is not None:
        story += [Spacer(1, 0.8 * cm), block]
    return story


def write_report(data: ReportData, target: BinaryIO, signatures: bool | None = None) -> None:
    """Write the PDF to an open binary file. signatures: None = when the agency has names, True, False."""
    register_report_fonts()
    agency = data.summary.agency
    title = th("Putting the ITA results to work in the organisation") + " " + agency.name
    doc = document(target, title=title, author=agency.name)
    doc.build(build_story(data, signatures), canvasmaker=NumberedCanvas)


def render_report(data: ReportData, signatures: bool | None = None) -> bytes:
    buffer = io.BytesIO()
    write_report(data, buffer, signatures)
    return buffer.getvalue()
