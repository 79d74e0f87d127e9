"""Why a reading that looks certain may not be: the clause is a plan or speaks of other agencies, several figures
read as the same one, the figure is a level's threshold or far from the score it is read as. A finding whose
reading is in doubt is a warning that says why."""

from itadesk.domain.textcheck.bounds import hedged
from itadesk.domain.textcheck.figures import YearFigures
from itadesk.domain.textcheck.phrases import (
    AGENCY_KIND_AT_START,
    AGENCY_NAMED,
    BREAKS,
    HEDGE,
    LEVEL_AS_BAND_BEFORE,
    NOT_A_PLACE,
    OTHER_AGENCIES,
    OTHER_SUBJECT_WORDS,
    YEAR_WRITTEN,
)
from itadesk.domain.textcheck.reading import Claim
from itadesk.i18n import _
from itadesk.thai.digits import from_thai_digits

# points: a figure this far from the score, with no subject of its own or under half the score, is likely another
FAR_FROM_THE_SCORE = 20


def _clause(line: str, position: int) -> tuple[int, int]:
    """Where the clause around a position starts and ends: at the words that open a new one."""
    start, end = 0, len(line)
    for match in BREAKS.finditer(line):
        if match.end() <= position:
            start = match.end()
        elif match.start() > position:
            end = match.start()
            break
    return start, end


def sharing_one_reading(claims: list[Claim], line: str, figures: YearFigures) -> set[int]:
    """Claims of one clause read as the same figure (the same subject, year and kind): at most one of them can be
    it, so the words did not say which figure each is ("IIT | EIT | OIT : ๑๐๐.๐๐ | ๙๕.๘๙ | ๙๘.๗๕")."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for claim in claims:
        if claim.kind not in ("score", "difference", "compared", "listed", "percent", "level"):
            continue
        kind = claim.kind if claim.kind in ("score", "percent", "level") else "difference"
        year = (claim.year or figures.year) if kind in ("score", "level") else None
        key = (_clause(line, claim.mention.start), kind, claim.subject, year)
        groups.setdefault(key, []).append(id(claim))
    return {member for members in groups.values() if len(members) > 1 for member in members}


def _names_other_subjects(line: str, figures: YearFigures) -> bool:
    """Whether a line speaks of indicators or tools: in general words, or by an indicator's name."""
    if OTHER_SUBJECT_WORDS.search(line):
        return True
    return any(i.name_th.removeprefix("การ") in line for i in figures.current.framework.indicators)


def _a_threshold(claim: Claim, figures: YearFigures) -> bool:
    """A whole number that is where a level begins ("ไม่ถึง ๘๕ คะแนน", "เกิน ๙๕"): a threshold, whatever the words."""
    value = claim.mention.value
    if value is None or value != value.to_integral_value():
        return False
    levels = figures.current.framework.levels
    return any(value in (level.min_overall, level.min_each_tool) for level in levels if level.min_overall)


def _a_later_year(words: str, year: int) -> bool:
    """Whether words name a fiscal year after the one checked: "สำหรับปีงบประมาณ พ.ศ. ๒๕๗๐ ตั้งเป้า…"."""
    return any(int(from_thai_digits(y)) > year for y in YEAR_WRITTEN.findall(words))


def said_of_others(claim: Claim, line: str, figures: YearFigures) -> bool:
    """A figure or level after words about other agencies or a mean, or after another agency's name, in the same
    clause: theirs, not the agency's ("เทศบาลเมืองข้างเคียงได้ ๙๔.๐๕ คะแนน อยู่ในระดับผ่านดี", "ค่าเฉลี่ยของจังหวัด
    อยู่ที่ ๙๑.๓๗", "เมื่อเทียบกับ อบต.โนนหัวช้าง ซึ่งได้ 74.15 คะแนน")."""
    start = claim.mention.start
    clause_start, _end = _clause(line, start)
    if OTHER_AGENCIES.search(line, clause_start, start) is not None:
        return True
    named = list(AGENCY_NAMED.finditer(line, clause_start, start))
    return bool(named) and _another_agency(named[-1].group("place"), figures.agency)


def _another_agency(place: str, agency: str) -> bool:
    """Whether the place after an agency's kind ("อบต.นาแก…") names an agency other than this one."""
    own = AGENCY_KIND_AT_START.sub("", agency).strip()
    if not own or NOT_A_PLACE.match(place):
        return False
    return not place.startswith(own)


def _an_earlier_year(line: str, year: int) -> bool:
    """Whether a line names a fiscal year before the two compared: "ในปี ๒๕๖๗ ได้ระดับผ่านดี และได้ขยับขึ้น…"."""
    return any(int(from_thai_digits(y)) < year - 1 for y in YEAR_WRITTEN.findall(line))


def _caused_by_another(line: str, claim: Claim, figures: YearFigures) -> bool:
    """A change said to come from another's ("ตัวชี้วัดที่ ๙ เพิ่มขึ้น ๒๒.๕๐ คะแนน ทำให้ OIT เพิ่มขึ้น ๑๑.๒๕ คะแนน"):
    the figure may be the share of the change that came from it, not the whole change."""
    start = claim.mention.start
    caused = max(line.rfind("ทำให้", 0, start), line.rfind("ส่งผลให้", 0, start))
    return caused > 0 and _names_other_subjects(line[:caused], figures)


def doubt(claim: Claim, line: str, shared: bool, figures: YearFigures) -> str | None:
    """Why a reading that looks certain may not be: said after the finding, which is then a warning."""
    start = claim.mention.start
    if hedged(line, start) or (HEDGE.search(line, 0, start) and _a_later_year(line[:start], figures.year)):
        return _("The sentence may be a plan, a forecast or a supposition; if so, ignore this.")
    clause_start, clause_end = _clause(line, start)
    if claim.kind in ("change", "level change") and _an_earlier_year(line, figures.year):
        return _("The sentence speaks of earlier years too; if the change is between them, ignore this.")
    if _a_later_year(line[clause_start:start], figures.year):
        return _("The sentence speaks of a later year; if it is a plan or a target, ignore this.")
    if claim.kind in ("difference", "compared", "change", "percent") and _caused_by_another(line, claim, figures):
        return _(
            "The sentence may give the part of the change that came from what it names before; if so, ignore this."
        )
    if OTHER_AGENCIES.search(line, clause_start, clause_end):
        return _("The sentence also speaks of other agencies or of a mean; the figure was taken to be this agency's.")
    if shared:
        return _("Several figures in the sentence read as this one; the words do not say which is which.")
    if not claim.explicit and claim.kind != "level" and _names_other_subjects(line, figures):
        return _("The sentence names other indicators or tools; the figure was taken to be about {subject}.").format(
            subject=figures.describe(claim.subject)
        )
    if claim.kind in ("score", "difference", "compared", "listed") and _a_threshold(claim, figures):
        return _("It is a level's threshold in the rules; if it is meant as the threshold, ignore this.")
    if claim.kind == "percent" and claim.mention.value is not None:
        percent = figures.change(claim.subject).percent
        if percent is not None and abs(abs(percent) - claim.mention.value) > FAR_FROM_THE_SCORE:
            return _(
                "It is far from the change of {subject}; if it is a percentage of something else, ignore this."
            ).format(subject=figures.describe(claim.subject))
    if claim.kind == "score" and claim.mention.value is not None:
        actual, value = figures.score(claim.subject, claim.year or figures.year), claim.mention.value
        far = actual is not None and abs(actual - value) > FAR_FROM_THE_SCORE
        if far and (not claim.explicit or value * 2 < actual):
            return _("It is far from any score of {subject}; if it is another figure, ignore this.").format(
                subject=figures.describe(claim.subject)
            )
    if claim.kind == "level":
        before = line[max(0, start - 40) : start]
        level_word = before.rfind("ระดับ")
        if level_word >= 0 and LEVEL_AS_BAND_BEFORE.search(before[:level_word]):
            return _("The level may be named as a band of scores, not as the agency's level.")
    return None
