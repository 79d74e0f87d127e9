"""The report's headings, paragraphs, notes and signature lines, in reading order of the report."""

from dataclasses import dataclass

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.comparison import ScoreChange
from itadesk.domain.drafting import indicator_sentence, overall_sentence
from itadesk.domain.summary import ReportData
from itadesk.i18n import th
from itadesk.report.content.cells import MISSING
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.numbers import format_integer, format_number


def report_title() -> str:
    return th("Putting the ITA results to work in the organisation")


def document_title(data: ReportData) -> str:
    """The title a viewer shows for the file: the report's title and the agency."""
    return report_title() + " " + data.summary.agency.name


@dataclass(frozen=True)
class TitleBlock:
    title: str
    subtitle: str
    agency: str
    place: str
    overall: str


def place_line(agency: AgencyProfile) -> str:
    """ "อำเภอท่าบ่อ จังหวัดหนองคาย": where the agency is, as a title block prints it."""
    parts = []
    if agency.district:
        parts.append(th("District {name}").format(name=agency.district))
    if agency.province:
        parts.append(th("Province {name}").format(name=agency.province))
    return " ".join(parts)


def title_block(data: ReportData) -> TitleBlock:
    summary = data.summary
    current = summary.current
    overall = current.overall
    return TitleBlock(
        title=report_title(),
        subtitle=th("Integrity and Transparency Assessment of public agencies, fiscal year B.E. {year}").format(
            year=to_thai_digits(current.figures.fiscal_year)
        ),
        agency=summary.agency.name,
        place=place_line(summary.agency),
        overall=th("Overall score {score} points, level {level}.").format(
            score=format_number(overall) if overall is not None else MISSING, level=current.level_name or MISSING
        ),
    )


def results_heading() -> str:
    return th("1. ITA results by indicator")


def table_notes(data: ReportData) -> list[str]:
    """What the reader of the indicator table must know: where the figures come from, and what a gap means."""
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


def chart_heading(data: ReportData) -> str:
    year = data.summary.current.figures.fiscal_year
    return th("Scores by indicator, B.E. {previous} and {year}").format(
        previous=to_thai_digits(year - 1), year=to_thai_digits(year)
    )


def analysis_heading(data: ReportData) -> str:
    year = data.summary.current.figures.fiscal_year
    return th("2. Analysis of the results, fiscal year B.E. {year}").format(year=to_thai_digits(year))


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def overall_paragraphs(data: ReportData) -> list[str]:
    """The sentence drafted from the overall figures, then the clerk's own paragraphs."""
    summary = data.summary
    comparison = summary.comparison
    overall = comparison.overall if comparison else ScoreChange(None, summary.current.overall)
    year = summary.current.figures.fiscal_year
    first = overall_sentence(summary.agency.name, year, overall, comparison.level if comparison else None)
    return [first, *_lines(data.overall_analysis)]


@dataclass(frozen=True)
class IndicatorAnalysis:
    heading: str
    paragraphs: list[str]  # the drafted sentence with the clerk's first paragraph after it, then the others


def indicator_analyses(data: ReportData) -> list[IndicatorAnalysis]:
    summary = data.summary
    current = summary.current
    year = current.figures.fiscal_year
    previous = summary.previous.figures.indicator_scores if summary.previous else {}
    analyses = []
    for indicator in current.framework.indicators:
        scores = ScoreChange(previous.get(indicator.number), current.figures.indicator_scores.get(indicator.number))
        lines = _lines(data.indicator_analyses.get(indicator.number, ""))
        first = indicator_sentence(indicator, scores, year) + (" " + lines[0] if lines else "")
        heading = th("Indicator {number} {name}").format(
            number=to_thai_digits(indicator.number), name=indicator.name_th
        )
        analyses.append(IndicatorAnalysis(heading, [first, *lines[1:]]))
    return analyses


def plan_year(data: ReportData) -> int:
    """The fiscal year of the plan: the one after the results."""
    return data.summary.current.figures.fiscal_year + 1


def plan_heading(data: ReportData) -> str:
    return th("3. Putting the analysis to work: measures to improve or keep the level, fiscal year B.E. {year}").format(
        year=to_thai_digits(plan_year(data))
    )


def no_plan_text(data: ReportData) -> str:
    """What stands in place of the plan table when the plan has no measure."""
    return th("No measures have been planned for fiscal year B.E. {year} yet.").format(
        year=to_thai_digits(plan_year(data))
    )


def page_label_template() -> str:
    """ "หน้า {number} / {total}": for a builder that puts fields in place of the numbers."""
    return th("Page {number} / {total}")


def page_label(number: int, total: int) -> str:
    return page_label_template().format(number=format_integer(number), total=format_integer(total))


SIGNATURE_LINE = "." * 40


@dataclass(frozen=True)
class Signer:
    """The four lines under one signature: role, "signed ....", (name), position."""

    role: str
    signed: str
    name: str
    position: str


def signers(agency: AgencyProfile, force: bool = False) -> list[Signer] | None:
    """Prepared, checked and approved by; None when the agency has no names and the block was not asked for."""
    people = [
        (th("Prepared by"), agency.prepared_by_name, agency.prepared_by_position),
        (th("Checked by"), agency.checked_by_name, agency.checked_by_position),
        (th("Approved by"), agency.approved_by_name, agency.approved_by_position),
    ]
    if not force and not any(name for _role, name, _position in people):
        return None
    return [
        Signer(
            role=role,
            signed=th("Signed") + " " + SIGNATURE_LINE,
            name=f"( {name} )" if name else f"( {SIGNATURE_LINE} )",
            position=position or SIGNATURE_LINE,
        )
        for role, name, position in people
    ]
