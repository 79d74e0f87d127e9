"""The report's headings, paragraphs, notes and signature lines, in reading order of the report."""

from dataclasses import dataclass

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.comparison import ScoreChange
from itadesk.domain.drafting import (
    computed_remark,
    indicator_sentence,
    level_is_computed,
    overall_is_computed,
    summary_sentence,
    tool_is_computed,
)
from itadesk.domain.summary import ReportData
from itadesk.i18n import th
from itadesk.report.content.indicators import COMPUTED_MARK
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


def overall_line(data: ReportData) -> str:
    """ "คะแนนภาพรวม ๙๘.๒๗ คะแนน ระดับผลการประเมิน ผ่านดี", saying when either is the program's own figure or missing."""
    current = data.summary.current
    overall, level = current.overall, current.level_name
    if overall is None:
        return th("No overall score yet.")
    if level:
        line = th("Overall score {score} points, level {level}.").format(score=format_number(overall), level=level)
    else:
        line = th("Overall score {score} points, no level yet.").format(score=format_number(overall))
    return line + computed_remark(overall_is_computed(current), bool(level) and level_is_computed(current))


def title_block(data: ReportData) -> TitleBlock:
    summary = data.summary
    current = summary.current
    return TitleBlock(
        title=report_title(),
        # two lines, broken where the phrase breaks, not wherever the width ends
        subtitle=th("Integrity and Transparency Assessment of public agencies")
        + "\n"
        + th("For fiscal year B.E. {year}").format(year=to_thai_digits(current.figures.fiscal_year)),
        agency=summary.agency.name,
        place=place_line(summary.agency),
        overall=overall_line(data),
    )


def results_heading() -> str:
    return th("1. ITA results by indicator")


def table_notes(data: ReportData) -> list[str]:
    """What the reader of the indicator table must know: which figures are the NACC's and which the program
    calculated (marked), and what a gap means."""
    summary = data.summary
    current = summary.current
    years = [result for result in (summary.previous, current) if result is not None]
    notes = []
    if any(r.figures.official_overall is not None or r.figures.official_level for r in years):
        notes.append(
            th("Overall scores and levels without {mark} are the official results published by the NACC.").format(
                mark=COMPUTED_MARK
            )
        )
    computed = any(
        overall_is_computed(r) or level_is_computed(r) or any(tool_is_computed(t) for t in r.tools) for r in years
    )
    if computed:
        notes.append(
            th(
                "{mark} Calculated from the indicator scores: the official result published by the NACC is not entered."
            ).format(mark=COMPUTED_MARK)
        )
    official, mean = current.figures.official_overall, current.computed_overall
    if official is not None and mean is not None and official != mean:
        notes.append(
            th("The mean of the indicators gives an overall score of {computed}.").format(computed=format_number(mean))
        )
    scores = current.figures.indicator_scores
    if any(i.number not in scores for i in current.framework.indicators):
        notes.append(th("– : no score entered yet."))
    if notes:
        notes[0] = th("Note: {text}").format(text=notes[0])
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
    return [summary_sentence(data.summary), *_lines(data.overall_analysis)]


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


# "- ๒ -": the page number of Thai official documents (ระเบียบงานสารบรรณ), at the top centre from page 2.
OFFICIAL_PAGE_LABEL = "- {number} -"


def official_page_label(number: int) -> str:
    return OFFICIAL_PAGE_LABEL.format(number=format_integer(number))


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
