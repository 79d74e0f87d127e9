"""Every agency of the store in one assessment year, read in one go: the overview's rows and the district summary."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from itadesk.domain.district import DistrictSummary, summarize_district
from itadesk.domain.framework import Framework
from itadesk.domain.overview import AgencyYear, OverviewFilter, OverviewRow, filter_rows, overview_row
from itadesk.domain.scoring import evaluate
from itadesk.i18n import _
from itadesk.services.agencies import agency_labels
from itadesk.services.assessments import agency_profile, figures_of
from itadesk.services.errors import InvalidInputError
from itadesk.services.file_names import short_agency_name
from itadesk.services.files import write_atomically
from itadesk.services.plans import plan_of
from itadesk.services.rules import framework
from itadesk.store import Store
from itadesk.store.tables import Agency, Assessment, IndicatorAnalysis
from itadesk.thai.dates import fiscal_year_start


@dataclass(frozen=True)
class Overview:
    fiscal_year: int
    as_of: date
    framework: Framework  # the year's rules: its tools and levels head the columns
    rows: tuple[OverviewRow, ...]  # every agency of the store, in the store's order of names

    @property
    def tool_codes(self) -> tuple[str, ...]:
        return tuple(tool.code for tool in self.framework.tools)


def overview_years(store: Store) -> list[int]:
    """The assessment years any agency of the store holds, oldest first."""
    with store.read() as session:
        return sorted(set(session.exec(select(Assessment.fiscal_year))))


def agency_years(store: Store, fiscal_year: int) -> list[AgencyYear]:
    """Each agency with its assessment of the year (None when it has none), the year before, the year's analyses
    and the plan of the following fiscal year, in one read of the store."""
    with store.read() as session:
        agencies = list(session.exec(select(Agency).order_by(col(Agency.name), col(Agency.district), col(Agency.id))))
        rows = session.exec(select(Assessment).where(col(Assessment.fiscal_year).in_([fiscal_year, fiscal_year - 1])))
        assessments = {(row.agency_id, row.fiscal_year): row for row in rows}
        current_ids = [row.id for (_agency, year), row in assessments.items() if year == fiscal_year]
        analyses: dict[int, dict[int, str]] = {}
        for text in session.exec(
            select(IndicatorAnalysis).where(col(IndicatorAnalysis.assessment_id).in_(current_ids))
        ):
            analyses.setdefault(text.assessment_id, {})[text.indicator] = text.text
        labels = agency_labels(agencies)
        entries = []
        for agency in agencies:
            current = assessments.get((agency.id, fiscal_year))
            previous = assessments.get((agency.id, fiscal_year - 1))
            entries.append(
                AgencyYear(
                    agency=agency_profile(agency),
                    fiscal_year=fiscal_year,
                    current=evaluate(figures_of(session, current)) if current else None,
                    previous=evaluate(figures_of(session, previous)) if previous else None,
                    indicator_analyses=analyses.get(current.id, {}) if current else {},
                    plan=plan_of(session, agency.id, fiscal_year + 1),
                    label=short_agency_name(labels[agency.id]),
                )
            )
    return entries


def overview(
    store: Store, fiscal_year: int, as_of: date | None = None, wanted: OverviewFilter | None = None
) -> Overview:
    """The rows of every agency (or of those `wanted` lets through) for the year; plans' progress as of a day
    (today by default)."""
    as_of = as_of or date.today()
    rules = framework(fiscal_year)
    codes = [tool.code for tool in rules.tools]
    start = fiscal_year_start(fiscal_year + 1)
    rows = [overview_row(entry, as_of, start, codes) for entry in agency_years(store, fiscal_year)]
    if wanted is not None:
        rows = filter_rows(rows, wanted)
    return Overview(fiscal_year, as_of, rules, tuple(rows))


def district_summary(
    store: Store, fiscal_year: int, as_of: date | None = None, wanted: OverviewFilter | None = None
) -> DistrictSummary:
    made = overview(store, fiscal_year, as_of, wanted)
    return summary_of(made, wanted)


def summary_of(made: Overview, wanted: OverviewFilter | None = None) -> DistrictSummary:
    """The summary of rows already read (those the window shows)."""
    return summarize_district(made.rows, made.framework, made.fiscal_year, made.as_of, wanted)


SUMMARY_FORMATS = ("pdf", "xlsx")


def write_district_file(summary: DistrictSummary, path: Path) -> None:
    """The summary as a PDF (the printed summary) or an Excel workbook, by the file's suffix; all or nothing."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind == "xlsx":
        from itadesk.services.district_xlsx import write_district_workbook

        write_district_workbook(summary, path)
    elif kind == "pdf":
        from itadesk.report.district import write_district_report

        write_atomically(path, lambda out: write_district_report(summary, out))
    else:
        raise InvalidInputError(
            _("The summary is written as PDF or Excel: name the file {file} with .pdf or .xlsx.").format(file=path.name)
        )
