"""The written texts of an agency's year checked against its figures."""

from itadesk.domain.textcheck import TextFinding, check_texts
from itadesk.domain.textcheck.texts import year_texts
from itadesk.services import assessments
from itadesk.services.report_data import report_data
from itadesk.store import Store


def check_year_texts(store: Store, agency_id: int, fiscal_year: int) -> list[TextFinding]:
    """Findings on the overall analysis, the indicators' analyses and the analyses of the plan made from them."""
    data = report_data(store, agency_id, fiscal_year)
    summary = data.summary
    measures = data.plan.measures if data.plan else ()
    texts = year_texts(data.overall_analysis, data.indicator_analyses, measures)
    previous_texts = []
    if summary.previous is not None:
        _overall, analyses = assessments.analyses(store, agency_id, fiscal_year - 1)
        previous_texts = year_texts("", analyses, fiscal_year=fiscal_year - 1)
    return check_texts(texts, summary.current, summary.previous, previous_texts)
