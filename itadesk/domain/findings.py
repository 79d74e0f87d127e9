"""Checks on one assessment's figures: what is missing, out of range, or differs from the computed values."""

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from itadesk.domain.scores import MAX_SCORE, MIN_SCORE
from itadesk.domain.scoring import AssessmentResult
from itadesk.i18n import N_, _


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _(_SEVERITY_LABELS[self])


_SEVERITY_LABELS = {Severity.ERROR: N_("error"), Severity.WARNING: N_("warning"), Severity.NOTE: N_("note")}


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    refers_to: str  # "overall", "level", "indicator 3", "tool EIT"
    message: str


def _fmt(value: Decimal) -> str:
    return f"{value:.2f}"


def check_assessment(result: AssessmentResult) -> list[Finding]:
    """Every finding on one year's figures, errors first."""
    findings = _score_findings(result) + _overall_findings(result) + _level_findings(result)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return sorted(findings, key=lambda f: order[f.severity])


def _score_findings(result: AssessmentResult) -> list[Finding]:
    findings = []
    scores = result.figures.indicator_scores
    for indicator in result.framework.indicators:
        score = scores.get(indicator.number)
        where = f"indicator {indicator.number}"
        if score is None:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "missing_score",
                    where,
                    _("Indicator {number} {name} has no score yet.").format(
                        number=indicator.number, name=indicator.name_th
                    ),
                )
            )
        elif not MIN_SCORE <= score <= MAX_SCORE:
            findings.append(
                Finding(
                    Severity.ERROR,
                    "score_out_of_range",
                    where,
                    _("Indicator {number} {name}: score {score} is outside 0–100.").format(
                        number=indicator.number, name=indicator.name_th, score=score
                    ),
                )
            )
    for tool in result.tools:
        if tool.official is not None and tool.computed is not None and tool.official != tool.computed:
            findings.append(
                Finding(
                    Severity.NOTE,
                    "tool_estimate_differs",
                    f"tool {tool.tool.code}",
                    _(
                        "The official {tool} score {official} differs from the mean of its indicators {computed} "
                        "(difference {difference}); the official score is used."
                    ).format(
                        tool=tool.tool.code,
                        official=_fmt(tool.official),
                        computed=_fmt(tool.computed),
                        difference=_fmt(tool.official - tool.computed),
                    ),
                )
            )
    return findings


def _overall_findings(result: AssessmentResult) -> list[Finding]:
    official = result.figures.official_overall
    computed = result.computed_overall
    if official is None:
        return [
            Finding(
                Severity.WARNING,
                "missing_official_overall",
                "overall",
                _("The official overall score has not been entered; the program's estimate is shown instead."),
            )
        ]
    if computed is None or official == computed:
        return []
    difference = official - computed
    if abs(difference) <= result.framework.overall_estimate_tolerance:
        return [
            Finding(
                Severity.NOTE,
                "overall_estimate_differs",
                "overall",
                _(
                    "The official overall score {official} differs from the program's estimate {computed} "
                    "by {difference}: the NACC scores EIT item by item, so the mean of the indicators is only "
                    "an estimate. The official score is kept."
                ).format(official=_fmt(official), computed=_fmt(computed), difference=_fmt(difference)),
            )
        ]
    return [
        Finding(
            Severity.ERROR,
            "overall_differs",
            "overall",
            _(
                "The official overall score {official} is {difference} away from the score computed from the "
                "indicators ({computed}), more than an estimate can explain: check the figures typed against the "
                "NACC's results."
            ).format(official=_fmt(official), computed=_fmt(computed), difference=_fmt(difference)),
        )
    ]


def _level_findings(result: AssessmentResult) -> list[Finding]:
    framework = result.framework
    official = result.figures.official_level
    overall = result.overall
    tool_scores = result.tool_scores()
    if official and framework.level_rank(official) is None:
        return [
            Finding(
                Severity.ERROR,
                "unknown_level",
                "level",
                _("“{level}” is not a level of the {year} rules; the levels are: {levels}.").format(
                    level=official, year=framework.year, levels=", ".join(r.name_th for r in framework.levels)
                ),
            )
        ]
    if overall is None or tool_scores is None:
        return []
    expected = framework.level_for(overall, tool_scores)
    if not official:
        return [
            Finding(
                Severity.WARNING,
                "missing_official_level",
                "level",
                _("The official level has not been entered; by the {year} rules it would be {level}.").format(
                    year=framework.year, level=expected.name_th
                ),
            )
        ]
    if framework.level_rank(official) == framework.level_rank(expected.name_th):
        return []
    tools_text = " ".join(f"{code} {_fmt(score)}" for code, score in tool_scores.items())
    return [
        Finding(
            Severity.WARNING,
            "level_differs",
            "level",
            _(
                "The official level {official} differs from the level the {year} rules give ({expected}) for an "
                "overall score of {overall} with tool scores {tools}: check it against the NACC's results. "
                "The official level is kept."
            ).format(
                official=official,
                year=framework.year,
                expected=expected.name_th,
                overall=_fmt(overall),
                tools=tools_text,
            ),
        )
    ]
