"""Checks on what a clerk wrote against the figures: scores, differences, percentages, change words, levels,
indicator names and numbers, and text pasted from another section. Each finding points at a span of a text."""

from itadesk.domain.findings import Severity
from itadesk.domain.scoring import AssessmentResult
from itadesk.domain.textcheck.figures import OVERALL, Subject, YearFigures, subject_of_section
from itadesk.domain.textcheck.lists import subject_of
from itadesk.domain.textcheck.mentions import Kind, Mention, scan
from itadesk.domain.textcheck.names import check_references
from itadesk.domain.textcheck.pasted import find_pasted
from itadesk.domain.textcheck.reading import read_line
from itadesk.domain.textcheck.texts import TextFinding, TextKind, WrittenText, cluster_span
from itadesk.domain.textcheck.verify import Raw, verify
from itadesk.domain.textcheck.years import check_years

__all__ = ["TextFinding", "TextKind", "WrittenText", "check_text", "check_texts"]


def _lines(text: str) -> list[tuple[int, str]]:
    offset, lines = 0, []
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _subjects_named(mentions: list[Mention]) -> tuple[Subject, ...]:
    named = [subject_of(m) for m in mentions if not m.group] + [OVERALL for m in mentions if m.kind is Kind.OVERALL]
    return tuple(dict.fromkeys(s for s in named if s is not None))


def check_text(
    text: WrittenText, current: AssessmentResult, previous: AssessmentResult | None, agency: str = ""
) -> list[TextFinding]:
    """What one text says against the figures of the year checked (and the year before); `agency` is the agency's
    name, so that figures given another agency by name are not read as its own."""
    figures = YearFigures(current, previous, agency)
    framework = current.framework
    rules = [framework] + ([previous.framework] if previous is not None else [])
    levels = tuple(dict.fromkeys(rule.name_th for f in rules for rule in f.levels))
    tool_names = {tool.code: tool.name_th for tool in framework.tools}
    indicator_names = {indicator.number: indicator.name_th for indicator in framework.indicators}
    measure = text.kind is TextKind.MEASURE
    raw: list[Raw] = []
    for offset, line in _lines(text.text):
        mentions = scan(line, levels, tool_names, indicator_names)
        raw += check_references(line, mentions, offset, text.indicator, framework)
        claims = read_line(line, mentions, subject_of_section(text.indicator), figures.year)
        years, claims = check_years(line, mentions, claims, figures, offset)
        named = _subjects_named(mentions)
        raw += years + verify(claims, figures, offset, line, text.indicator, measure, named)
    raw = list(
        {
            (code, start, end): (severity, code, start, end, message) for severity, code, start, end, message in raw
        }.values()
    )
    return [
        TextFinding(severity, code, text.key, message, text, *cluster_span(text.text, start, end))
        for severity, code, start, end, message in raw
    ]


def check_texts(
    texts: list[WrittenText],
    current: AssessmentResult,
    previous: AssessmentResult | None,
    previous_texts: list[WrittenText] | None = None,
    agency: str = "",
) -> list[TextFinding]:
    """Every finding on the texts of one year, in the order of the texts, errors of a text before its warnings;
    `agency` is the agency's name."""
    findings: list[TextFinding] = []
    pasted = {id(p.text): p for p in find_pasted(texts, texts + list(previous_texts or []))}
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    for text in texts:
        own = check_text(text, current, previous, agency)
        if id(text) in pasted:
            p = pasted[id(text)]
            own.append(TextFinding(p.severity, "pasted_text", text.key, p.message(), text, p.start, p.end))
        findings += sorted(own, key=lambda f: (order[f.severity], f.start))
    return findings
