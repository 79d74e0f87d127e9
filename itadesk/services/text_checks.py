"""The written texts of an agency's year checked against its figures."""

from itadesk.domain.findings import Severity
from itadesk.domain.summary import ReportData
from itadesk.domain.textcheck import TextFinding, check_texts
from itadesk.domain.textcheck.texts import year_texts
from itadesk.services import assessments
from itadesk.services.report_data import report_data
from itadesk.store import Store


def report_text_findings(data: ReportData, previous_analyses: dict[int, str] | None = None) -> list[TextFinding]:
    """Findings on a report's texts: the overall analysis, the indicators' analyses and the analyses of the plan
    made from them; `previous_analyses` (the year before's) are where a pasted text may come from."""
    summary = data.summary
    measures = data.plan.measures if data.plan else ()
    texts = year_texts(data.overall_analysis, data.indicator_analyses, measures)
    previous_texts = []
    if summary.previous is not None and previous_analyses:
        previous_texts = year_texts("", previous_analyses, fiscal_year=summary.previous.figures.fiscal_year)
    return check_texts(texts, summary.current, summary.previous, previous_texts, summary.agency.name)


def check_year_texts(
    store: Store, agency_id: int, fiscal_year: int, data: ReportData | None = None
) -> list[TextFinding]:
    """Findings on the texts of an agency's year as its report prints them; `data`, when the report was just made
    from it, is not read again."""
    data = data or report_data(store, agency_id, fiscal_year)
    previous: dict[int, str] = {}
    if data.summary.previous is not None:
        _overall, previous = assessments.analyses(store, agency_id, fiscal_year - 1)
    return report_text_findings(data, previous)


def error_count(findings: list[TextFinding]) -> int:
    return sum(finding.severity is Severity.ERROR for finding in findings)
