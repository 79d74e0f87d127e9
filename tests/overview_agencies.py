"""A store of invented agencies with known figures, for the overview, the district summary and the batch export.

ITA 2568, compared with 2567; each plan is for fiscal year 2569 (1 October 2568 – 30 September 2569), looked at on
AS_OF, in the middle of it.

- A อบต.นาดี (ท่าบ่อ, หนองคาย): 2567 all 90; 2568 all 96, official 96.00 ผ่านดีเยี่ยม; analyses and plan.
- B ทต.ท่าบ่อ (ท่าบ่อ, หนองคาย): 2567 all 82.50; 2568 IIT 90, EIT 80, OIT 70 (79.00), official 79.00 ต้องปรับปรุง;
  no analyses, no plan.
- C อบต.โพนสา (ท่าบ่อ, หนองคาย): no 2567; 2568 IIT 100, EIT 84, OIT 95 (93.20, ผ่าน: EIT under 85), no official
  result; analyses; a plan with nothing reported.
- D อบต.บ้านหม้อ (ศรีเชียงใหม่, หนองคาย): 2567 all 88; no 2568.
- E ทต.เพ็ญ (เพ็ญ, อุดรธานี): 2567 all 65; 2568 all 60, official 60.00 ต้องปรับปรุงโดยด่วน; three analyses; a plan.
- F อบต.นาดี (ศรีเชียงใหม่, หนองคาย): 2568 indicators 1–9 at 91, indicator 10 missing.
"""

from datetime import date
from decimal import Decimal

from itadesk.domain.plan import MeasureStatus, PlanMeasure
from itadesk.services.agencies import AgencyDetails, add_agency
from itadesk.services.assessments import set_analysis, set_indicator_scores, set_official_result
from itadesk.services.plans import add_measure
from itadesk.store import Store

YEAR = 2568
PLAN_YEAR = 2569
AS_OF = date(2026, 3, 31)  # 31 มีนาคม พ.ศ. ๒๕๖๙
IIT, EIT, OIT = (1, 2, 3, 4, 5), (6, 7, 8), (9, 10)
ALL = IIT + EIT + OIT

AGENCIES = {
    "A": ("องค์การบริหารส่วนตำบลนาดี", "องค์การบริหารส่วนตำบล", "ท่าบ่อ", "หนองคาย"),
    "B": ("เทศบาลตำบลท่าบ่อ", "เทศบาลตำบล", "ท่าบ่อ", "หนองคาย"),
    "C": ("องค์การบริหารส่วนตำบลโพนสา", "องค์การบริหารส่วนตำบล", "ท่าบ่อ", "หนองคาย"),
    "D": ("องค์การบริหารส่วนตำบลบ้านหม้อ", "องค์การบริหารส่วนตำบล", "ศรีเชียงใหม่", "หนองคาย"),
    "E": ("เทศบาลตำบลเพ็ญ", "เทศบาลตำบล", "เพ็ญ", "อุดรธานี"),
    "F": ("องค์การบริหารส่วนตำบลนาดี", "องค์การบริหารส่วนตำบล", "ศรีเชียงใหม่", "หนองคาย"),
}
LABELS = {
    "A": "อบต.นาดี (ท่าบ่อ)",
    "B": "ทต.ท่าบ่อ",
    "C": "อบต.โพนสา",
    "D": "อบต.บ้านหม้อ",
    "E": "ทต.เพ็ญ",
    "F": "อบต.นาดี (ศรีเชียงใหม่)",
}


def _scores(*groups: tuple[tuple[int, ...], str]) -> dict[int, Decimal]:
    return {number: Decimal(score) for numbers, score in groups for number in numbers}


SCORES = {
    ("A", 2567): _scores((ALL, "90")),
    ("A", 2568): _scores((ALL, "96")),
    ("B", 2567): _scores((ALL, "82.50")),
    ("B", 2568): _scores((IIT, "90"), (EIT, "80"), (OIT, "70")),
    ("C", 2568): _scores((IIT, "100"), (EIT, "84"), (OIT, "95")),
    ("D", 2567): _scores((ALL, "88")),
    ("E", 2567): _scores((ALL, "65")),
    ("E", 2568): _scores((ALL, "60")),
    ("F", 2568): _scores((ALL[:-1], "91")),
}
OFFICIAL = {"A": ("96.00", "ผ่านดีเยี่ยม"), "B": ("79.00", "ต้องปรับปรุง"), "E": ("60.00", "ต้องปรับปรุงโดยด่วน")}
ANALYSED = {"A": ALL, "C": ALL, "E": (1, 2, 3)}  # indicators whose 2568 analysis is written


def _measure(indicator: int, title: str, status: MeasureStatus, end: date, progress: int = 0) -> PlanMeasure:
    return PlanMeasure(
        indicator=indicator,
        title=title,
        period_start=date(2025, 10, 1),
        period_end=end,
        status=status,
        progress=progress,
    )


YEAR_END = date(2026, 9, 30)
PLANS = {
    "A": [
        _measure(7, "ประชาสัมพันธ์ช่องทางร้องเรียน", MeasureStatus.DONE, date(2025, 12, 31), 100),
        _measure(8, "ปรับปรุงระบบ e-Service", MeasureStatus.IN_PROGRESS, YEAR_END, 40),
        _measure(9, "เผยแพร่ข้อมูลบนเว็บไซต์", MeasureStatus.NOT_STARTED, date(2026, 1, 31)),  # overdue on AS_OF
    ],
    "C": [
        _measure(6, "อบรมการให้บริการ", MeasureStatus.NOT_STARTED, YEAR_END),
        _measure(7, "จัดทำแผ่นพับ", MeasureStatus.NOT_STARTED, YEAR_END),
    ],
    "E": [_measure(1, "ประชุมชี้แจงแนวทางปฏิบัติ", MeasureStatus.DONE, date(2025, 11, 30), 100)],
}


def make_district(store: Store) -> dict[str, int]:
    """The six agencies in the store; their ids by key."""
    ids = {}
    for key, (name, kind, district, province) in AGENCIES.items():
        ids[key] = add_agency(store, AgencyDetails(name=name, kind=kind, district=district, province=province)).id
    for (key, year), scores in SCORES.items():
        set_indicator_scores(store, ids[key], year, scores)
    for key, (overall, level) in OFFICIAL.items():
        set_official_result(store, ids[key], YEAR, overall, level)
    for key, numbers in ANALYSED.items():
        for number in numbers:
            set_analysis(store, ids[key], YEAR, number, f"บทวิเคราะห์ตัวชี้วัดที่ {number}")
    for key, measures in PLANS.items():
        for measure in measures:
            add_measure(store, ids[key], PLAN_YEAR, measure)
    return ids
