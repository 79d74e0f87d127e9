"""One agency's year beside the year before: what the summary, the window and the report show."""

from dataclasses import dataclass

from itadesk.domain.agency import AgencyProfile
from itadesk.domain.comparison import Comparison, compare
from itadesk.domain.findings import Finding, check_assessment
from itadesk.domain.plan import ImprovementPlan
from itadesk.domain.scoring import AssessmentResult


@dataclass(frozen=True)
class YearSummary:
    agency: AgencyProfile
    current: AssessmentResult
    previous: AssessmentResult | None
    comparison: Comparison | None
    findings: list[Finding]


@dataclass(frozen=True)
class ReportData:
    """Everything the printed report of one agency's year needs."""

    summary: YearSummary
    overall_analysis: str
    indicator_analyses: dict[int, str]
    plan: ImprovementPlan | None  # the plan for the following fiscal year, written from these results


def summarize(agency: AgencyProfile, current: AssessmentResult, previous: AssessmentResult | None) -> YearSummary:
    return YearSummary(
        agency=agency,
        current=current,
        previous=previous,
        comparison=compare(previous, current) if previous else None,
        findings=check_assessment(current),
    )
