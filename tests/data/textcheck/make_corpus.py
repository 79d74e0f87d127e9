"""Generates the templated sentences of the corpus (generated.json of each part) from the agencies' figures.

    python tests/data/textcheck/make_corpus.py dev        # writes dev/generated.json
    python tests/data/textcheck/make_corpus.py heldout1   # writes heldout1/generated.json (see README: once only)

Each part has its own bank of templates, written differently, and its own agencies. A template is filled with
one agency's figures (an indicator, a tool or the overall result) in Thai or Arabic digits; a planted variant
changes one slot to a wrong value, marks it ⟦so⟧ and names the finding expected. The choices are seeded, so a run
gives the same files.
"""

import json
import random
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import HERE, Agency, load_agencies  # noqa: E402

from itadesk.domain.comparison import Change, ScoreChange  # noqa: E402
from itadesk.thai.digits import to_thai_digits  # noqa: E402

UP_WORDS = ("เพิ่มขึ้น", "สูงขึ้น", "ดีขึ้น")
DOWN_WORDS = ("ลดลง", "ต่ำลง")
MADE_UP_NAMES = (
    "การอยู่วิเศษ",
    "การใช้จ่าย",
    "การให้บริการประชาชน",
    "การปรับปรุงราชการ",
    "การบริหารงานบุคคล",
    "การมีส่วนร่วมของประชาชน",
    "การรับเรื่องร้องเรียน",
    "ความพึงพอใจของผู้รับบริการ",
)


@dataclass(frozen=True)
class Template:
    """One way of writing a sentence. `about`: "indicator", "tool" or "overall"; `section`: where it stands
    ("own" = the indicator's section, "overall", "measure" = a measure under the indicator); `when`: the changes
    it reads well for; `plants`: slot → the code its wrong value must raise; `kind`: what it exercises."""

    text: str
    about: str = "indicator"
    section: str = "own"
    when: tuple[Change, ...] = (Change.UP, Change.DOWN, Change.SAME)
    plants: dict[str, str] = field(default_factory=dict)
    kind: str = "result"


def _fmt(value: Decimal) -> str:
    return f"{value:.2f}"


def _hundred(value: Decimal, rng: random.Random) -> str:
    """100.00 is written ๑๐๐ about half of the time."""
    return "100" if value == 100 and rng.random() < 0.5 else _fmt(value)


class Filler:
    """The slot values of one agency and one subject."""

    def __init__(self, agency: Agency, rng: random.Random, number: int | None, tool: str | None) -> None:
        self.agency, self.rng = agency, rng
        current, previous = agency.current, agency.previous
        self.year, self.previous_year = current.figures.fiscal_year, previous.figures.fiscal_year
        framework = current.framework
        if number is not None:
            indicator = framework.indicator(number)
            self.name = indicator.name_th
            self.scores = ScoreChange(
                previous.figures.indicator_scores[number], current.figures.indicator_scores[number]
            )
            self.others = [i.name_th for i in framework.indicators if i.number != number]
        elif tool is not None:
            self.name = framework.tool(tool).name_th
            self.scores = ScoreChange(
                next(t.score for t in previous.tools if t.tool.code == tool),
                next(t.score for t in current.tools if t.tool.code == tool),
            )
            self.others = []
        else:
            self.name = ""
            self.scores = ScoreChange(previous.overall, current.overall)
            self.others = []
        self.number, self.tool = number, tool
        self.every_figure = _every_figure(agency)

    @property
    def change(self) -> Change:
        return self.scores.change

    def values(self) -> dict[str, str]:
        rng, scores = self.rng, self.scores
        assert scores.previous is not None and scores.current is not None and scores.difference is not None
        words = {Change.UP: UP_WORDS, Change.DOWN: DOWN_WORDS, Change.SAME: ("เท่าเดิม",)}[self.change]
        level_now, level_before = self.agency.current.level_name or "", self.agency.previous.level_name or ""
        framework = self.agency.current.framework
        rank_now, rank_before = framework.level_rank(level_now), framework.level_rank(level_before)
        if rank_now == rank_before:
            level_move = rng.choice(("ระดับผลการประเมินเท่าเดิม", "ระดับผลการประเมินคงเดิม"))
        elif (rank_now or 0) < (rank_before or 0):
            level_move = rng.choice(("ระดับผลการประเมินสูงขึ้น", "เลื่อนระดับขึ้น"))
        else:
            level_move = "ระดับผลการประเมินลดลง"
        percent = scores.percent
        return {
            "N": str(self.number or ""),
            "name": self.name,
            "tool": self.tool or "",
            "cur": _hundred(scores.current, rng),
            "prev": _hundred(scores.previous, rng),
            "diff": _fmt(abs(scores.difference)),
            "pct": _fmt(abs(percent)) if percent is not None else "0.00",
            "chg": rng.choice(words),
            "Y": str(self.year),
            "PY": str(self.previous_year),
            "NY": str(self.year + 1),
            "lvl": level_now,
            "plvl": level_before,
            "lvlmove": level_move,
            "ov": _fmt(self.agency.current.overall or Decimal(0)),
            "pov": _fmt(self.agency.previous.overall or Decimal(0)),
            "agency": self.agency.name,
        }

    def wrong(self, slot: str, values: dict[str, str]) -> str | None:
        """A wrong value for a slot, one that no figure of the agency has (so the finding is plain)."""
        rng = self.rng
        if slot in ("cur", "prev", "diff", "pct", "ov", "pov"):
            value = Decimal(values[slot])
            for delta in rng.sample(["-0.46", "0.54", "-1.10", "0.09", "-0.20", "1.35", "-2.05"], 7):
                candidate = value + Decimal(delta)
                if 0 < candidate < 100 and candidate not in self.every_figure and _fmt(candidate) != values[slot]:
                    if slot in ("diff", "pct") and _fmt(candidate) in (values["diff"], values["pct"]):
                        continue
                    return _fmt(candidate)
            return None
        if slot == "pct_points":  # the point difference written as the percentage
            return values["diff"] if values["diff"] != values["pct"] else None
        if slot == "cur_as_prev":  # this year's score given as last year's
            return values["cur"] if Decimal(values["cur"]) != Decimal(values["prev"]) else None
        if slot == "chg":
            wrong = {Change.UP: DOWN_WORDS + ("เท่าเดิม",), Change.DOWN: UP_WORDS, Change.SAME: UP_WORDS + DOWN_WORDS}
            return rng.choice(wrong[self.change])
        if slot in ("lvl", "plvl"):
            framework = self.agency.current.framework
            names = [r.name_th for r in framework.levels]
            actual = framework.level_rank(values[slot])
            return rng.choice([n for n in names if framework.level_rank(n) != actual])
        if slot == "lvlmove":
            same = "เท่าเดิม" in values[slot] or "คงเดิม" in values[slot]
            return "ระดับผลการประเมินลดลง" if same else "ระดับผลการประเมินเท่าเดิม"
        if slot == "name":
            return rng.choice(self.others) if self.others else None
        if slot == "name_unknown":
            return rng.choice(MADE_UP_NAMES)
        if slot == "PY":
            return str(self.previous_year - 1)
        if slot == "N":
            return str(rng.choice((11, 12, 13, 15)))
        raise KeyError(slot)


def _every_figure(agency: Agency) -> set[Decimal]:
    figures: set[Decimal] = set()
    for result in (agency.current, agency.previous):
        figures |= set(result.figures.indicator_scores.values())
        figures |= {t.score for t in result.tools if t.score is not None}
        if result.overall is not None:
            figures.add(result.overall)
    for number, a in agency.previous.figures.indicator_scores.items():
        change = ScoreChange(a, agency.current.figures.indicator_scores[number])
        figures |= {abs(change.difference or 0), abs(change.percent or 0)}
    change = ScoreChange(agency.previous.overall, agency.current.overall)
    figures |= {abs(change.difference or 0), abs(change.percent or 0)}
    return figures


def _render(template: Template, values: dict[str, str], thai: bool, planted: tuple[str, str] | None) -> str:
    slot_name = planted[0] if planted else None
    shown = {}
    for key, value in values.items():
        if thai and key not in ("tool",):
            value = to_thai_digits(value)
        shown[key] = value
    if planted is not None:
        assert slot_name is not None
        key = {"name_unknown": "name", "pct_points": "pct", "cur_as_prev": "prev"}.get(slot_name, slot_name)
        wrong = to_thai_digits(planted[1]) if thai else planted[1]
        shown[key] = f"⟦{wrong}⟧"
    return template.text.format(**shown)


def _section(template: Template, number: int | None) -> str:
    if template.section == "overall" or number is None:
        return "overall"
    if template.section == "measure":
        return f"measure {number}"
    return str(number)


def generate(
    part: str, templates: list[Template], seed: int, per_template: int, plants_each: int, prefix: str = ""
) -> list[dict]:
    """The sentences of a part's templates; their ids begin with `prefix` (by default the part's name)."""
    prefix = prefix or part
    rng = random.Random(seed)
    agencies = list(load_agencies(part).values())
    items: list[dict] = []
    seen: set[str] = set()
    for t_index, template in enumerate(templates):
        done, tries, planted_done = 0, 0, {slot: 0 for slot in template.plants}
        while (done < per_template or any(n < plants_each for n in planted_done.values())) and tries < 200:
            tries += 1
            agency = rng.choice(agencies)
            number = rng.randint(1, 10) if template.about == "indicator" else None
            tool = rng.choice(("IIT", "EIT", "OIT")) if template.about == "tool" else None
            filler = Filler(agency, rng, number, tool)
            if filler.change not in template.when:
                continue
            values = filler.values()
            thai = rng.random() < 0.7
            base = {"agency": agency.id, "section": _section(template, number), "kind": template.kind}
            if done < per_template:
                text = _render(template, values, thai, None)
                if text in seen:
                    continue
                seen.add(text)
                items.append({"id": f"{prefix}-g{t_index:02d}-{len(items):03d}", **base, "text": text})
                done += 1
                continue
            slot = min(planted_done, key=lambda s: planted_done[s])
            wrong = filler.wrong(slot, values)
            if wrong is None:
                continue
            code = template.plants[slot]
            if code == "other_year_score_mismatch" and filler.change is Change.SAME:
                code = "score_mismatch"  # the same score both years: a wrong one is the year checked's
            text = _render(template, values, thai, (slot, wrong))
            if text in seen:
                continue
            seen.add(text)
            items.append({"id": f"{prefix}-g{t_index:02d}-{len(items):03d}", **base, "text": text, "code": code})
            planted_done[slot] += 1
    return items


def _t(text: str, **kw: object) -> Template:
    return Template(text, **kw)  # type: ignore[arg-type]


UP, DOWN, SAME = Change.UP, Change.DOWN, Change.SAME
MOVED = (UP, DOWN)

# Written for the first held-out part, before any rule was changed; never edited after (README).
HELDOUT = [
    _t(
        "ผลการประเมินตัวชี้วัดที่ {N} {name} ในปีงบประมาณ พ.ศ. {Y} ได้ {cur} คะแนน {chg}จากปีงบประมาณ พ.ศ. {PY} "
        "ซึ่งได้ {prev} คะแนน",
        plants={"cur": "score_mismatch", "prev": "other_year_score_mismatch", "chg": "change_contradicts"},
    ),
    _t(
        "ตัวชี้วัดที่ {N} {name} มีคะแนน {cur} คะแนน เมื่อเทียบกับปีที่ผ่านมา ({prev} คะแนน) ถือว่า{chg}",
        when=MOVED,
        plants={"cur": "score_mismatch", "name": "indicator_name_mismatch"},
    ),
    _t(
        "ด้าน{name} หน่วยงานได้คะแนน {cur} คะแนน {chg} {diff} คะแนน",
        when=MOVED,
        plants={"diff": "difference_mismatch", "chg": "change_contradicts"},
    ),
    _t(
        "ปี {PY} ได้ {prev} คะแนน ปี {Y} ได้ {cur} คะแนน",
        kind="two-years",
        plants={"prev": "other_year_score_mismatch", "cur": "score_mismatch"},
    ),
    _t(
        "คะแนนของตัวชี้วัดนี้ปี {Y} อยู่ที่ {cur} ขณะที่ปี {PY} อยู่ที่ {prev}",
        kind="two-years",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "เมื่อเปรียบเทียบกับปีงบประมาณ พ.ศ. {PY} คะแนน{chg}จาก {prev} คะแนน เป็น {cur} คะแนน",
        when=MOVED,
        plants={"prev": "other_year_score_mismatch", "cur": "score_mismatch", "PY": "year_mismatch"},
    ),
    _t(
        "ผลคะแนนปีนี้{chg}จากปีที่แล้ว {diff} คะแนน",
        when=MOVED,
        kind="difference-after-last-year",
        plants={"diff": "difference_mismatch"},
    ),
    _t(
        "คะแนน{chg}จากปีก่อน {diff} คะแนน หรือคิดเป็นร้อยละ {pct}",
        when=MOVED,
        kind="difference-after-last-year",
        plants={"pct": "percent_mismatch", "pct_points": "percent_is_points"},
    ),
    _t(
        "หน่วยงานได้คะแนนภาพรวม {ov} คะแนน อยู่ในระดับ{lvl} {chg}จาก {pov} คะแนนในปี {PY}",
        about="overall",
        section="overall",
        when=MOVED,
        kind="level-then-score-change",
        plants={"lvl": "level_mismatch", "pov": "other_year_score_mismatch"},
    ),
    _t(
        "{agency} มีผลการประเมินอยู่ในระดับ {lvl} ได้คะแนน {ov} คะแนน และ{lvlmove}เมื่อเทียบกับปี {PY}",
        about="overall",
        section="overall",
        kind="level",
        plants={"lvlmove": "level_change_contradicts", "ov": "score_mismatch"},
    ),
    _t(
        "เครื่องมือ {tool} ได้คะแนนเฉลี่ย {cur} คะแนน {chg}จากปีงบประมาณ {PY} ที่ได้ {prev} คะแนน",
        about="tool",
        section="overall",
        plants={"cur": "score_mismatch", "prev": "other_year_score_mismatch"},
    ),
    _t(
        "ทั้งนี้ เกณฑ์ระดับผ่านดีกำหนดไว้ที่ ๘๕.๐๐ คะแนน ซึ่งหน่วยงานได้ {ov} คะแนน",
        about="overall",
        section="overall",
        kind="threshold",
    ),
    _t(
        "ในปีงบประมาณ พ.ศ. {NY} หน่วยงานตั้งเป้าหมายคะแนนตัวชี้วัดนี้ไว้ที่ ๙๘.๕๐ คะแนน จากที่ได้ {cur} คะแนนในปีนี้",
        kind="target",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "มาตรการนี้มุ่งยกระดับ{name} ซึ่งในปี {Y} ได้ {cur} คะแนน ให้ผ่านเกณฑ์ ๙๐.๐๐ คะแนนขึ้นไป",
        section="measure",
        kind="threshold",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "ผลการสำรวจพบว่าผู้รับบริการมีความพึงพอใจ{chg}เป็นร้อยละ ๘๗.๕๐ ขณะที่คะแนนตัวชี้วัดได้ {cur} คะแนน",
        when=MOVED,
        kind="survey-percent",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "จำนวนผู้มาติดต่อขอรับบริการเฉลี่ย ๓๒.๕ คนต่อวัน และระยะเวลารอรับบริการเฉลี่ย ๑๒.๕ นาที",
        section="measure",
        kind="rate",
    ),
    _t(
        "สำหรับตัวชี้วัดที่ {N} {name} นั้น ผลคะแนนอยู่ที่ {cur}",
        plants={"name_unknown": "indicator_name_unknown", "N": "unknown_indicator"},
    ),
    _t(
        "{name} ({tool}) มีคะแนน {cur} คะแนน",
        about="tool",
        section="overall",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "ตัวชี้วัดที่ {N} ได้คะแนน{chg}จาก {prev} เป็น {cur} คะแนน คิดเป็นร้อยละ {pct}",
        section="overall",
        when=MOVED,
        plants={"pct": "percent_mismatch", "cur": "score_mismatch", "chg": "change_contradicts"},
    ),
    _t(
        "คะแนนตัวชี้วัดนี้เท่ากับปี พ.ศ. {PY} คือ {cur} คะแนน",
        when=(SAME,),
        kind="no-change",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "ระดับผลการประเมินของหน่วยงานในปี {PY} คือ {plvl} และในปี {Y} คือ {lvl}",
        about="overall",
        section="overall",
        kind="level",
        plants={"plvl": "level_mismatch", "lvl": "level_mismatch"},
    ),
    _t(
        "ใช้งบประมาณ ๒๕,๐๐๐ บาท จัดอบรมเจ้าหน้าที่ ๓ รุ่น รวม ๔๕ คน ภายในเดือนมีนาคม {NY} "
        "ดูรายละเอียดได้ที่ https://www.example.go.th/news/2569/10/ita-o25",
        section="measure",
        kind="budget-count-date-url",
    ),
]

DEV = [
    _t(
        "ผลการประเมิน ตัวชี้วัดที่ {N} {name} ผลการประเมินคะแนนที่ได้ {cur} คะแนน {chg}จากปี พ.ศ. {PY} ({prev})",
        plants={"cur": "score_mismatch", "prev": "other_year_score_mismatch", "chg": "change_contradicts"},
    ),
    _t(
        "ตัวชี้วัดที่ {N} {name} ได้ {cur} คะแนน",
        plants={"name": "indicator_name_mismatch", "name_unknown": "indicator_name_unknown", "N": "unknown_indicator"},
    ),
    _t(
        "ผลการประเมินตัวชี้วัดที่ {N} {name} ได้ {cur} คะแนน {chg} {diff} คะแนนจากปี พ.ศ. {PY}",
        when=MOVED,
        plants={"diff": "difference_mismatch", "name_unknown": "indicator_name_unknown"},
    ),
    _t(
        "ในปี พ.ศ. {Y} ได้ {cur} คะแนน และปี พ.ศ. {PY} ได้ {prev} คะแนน",
        kind="two-years",
        plants={"cur": "score_mismatch", "prev": "other_year_score_mismatch"},
    ),
    _t(
        "คะแนนปี {Y} และปี {PY} เท่ากับ {cur} และ {prev} คะแนน ตามลำดับ",
        kind="two-years",
        when=MOVED,
        plants={"prev": "other_year_score_mismatch"},
    ),
    _t(
        "คะแนน{chg}จากปีที่แล้ว {diff} คะแนน",
        when=MOVED,
        kind="difference-after-last-year",
        plants={"diff": "difference_mismatch"},
    ),
    _t(
        "ได้ {cur} คะแนน {chg}จากปี {PY} ร้อยละ {pct}",
        when=MOVED,
        plants={"pct": "percent_mismatch", "pct_points": "percent_is_points", "PY": "year_mismatch"},
    ),
    _t(
        "ได้ {cur} คะแนน {chg}จากปีงบประมาณ พ.ศ. {PY} ที่ได้ {prev} คะแนน",
        plants={"PY": "year_mismatch", "cur_as_prev": "other_year_score_mismatch"},
    ),
    _t(
        "ผลการประเมินภาพรวมอยู่ในระดับ{lvl} {chg}จาก {pov} คะแนน เป็น {ov} คะแนน",
        about="overall",
        section="overall",
        when=MOVED,
        kind="level-then-score-change",
        plants={"lvl": "level_mismatch", "ov": "score_mismatch"},
    ),
    _t(
        "โดยในปี {PY} อยู่ในระดับ {plvl} และปี {Y} อยู่ในระดับ {lvl} {lvlmove}",
        about="overall",
        section="overall",
        kind="level",
        plants={"lvlmove": "level_change_contradicts", "plvl": "level_mismatch"},
    ),
    _t(
        "คะแนน {tool} ปี {Y} ได้ {cur} คะแนน {chg}จากปี {PY}",
        about="tool",
        section="overall",
        plants={"cur": "score_mismatch", "chg": "change_contradicts"},
    ),
    _t(
        "หน่วยงานตั้งเป้าหมายให้ได้คะแนนไม่ต่ำกว่า ๙๕.๐๐ คะแนนในปี {NY} จากปีนี้ที่ได้ {ov} คะแนน",
        about="overall",
        section="overall",
        kind="target",
        plants={"ov": "score_mismatch"},
    ),
    _t(
        "ตามเกณฑ์ ๘๕.๐๐ คะแนน ตัวชี้วัดนี้ได้ {cur} คะแนน",
        kind="threshold",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "ความพึงพอใจของประชาชน{chg}เป็นร้อยละ ๘๐ จากการสำรวจ ๓๕๐ ราย",
        section="measure",
        kind="survey-percent",
    ),
    _t(
        "มีผู้ใช้บริการออนไลน์เฉลี่ย ๔๕.๕ คนต่อวัน คิดเป็นร้อยละ ๖๒.๕๐ ของผู้รับบริการทั้งหมด",
        section="measure",
        kind="rate",
    ),
    _t(
        "คะแนนตัวชี้วัดที่ {N} เท่ากันกับปี {PY} ({cur} คะแนน)",
        section="overall",
        when=(SAME,),
        kind="no-change",
        plants={"cur": "score_mismatch"},
    ),
    _t(
        "ตัวชี้วัดที่ {N} {chg}จาก {prev} คะแนน เป็น {cur} คะแนน",
        section="overall",
        when=MOVED,
        plants={"prev": "other_year_score_mismatch", "cur": "score_mismatch", "chg": "change_contradicts"},
    ),
    _t(
        "ผลการประเมิน{name} ได้ {cur} คะแนน",
        plants={"name": "indicator_name_mismatch"},
        kind="name-without-number",
    ),
    _t(
        "จัดอบรมให้ความรู้ ๒ ครั้ง ในวันที่ ๑๕ มกราคม {NY} งบประมาณ ๑๕,๐๐๐ บาท",
        section="measure",
        kind="budget-count-date-url",
    ),
]


DEV_RUN = {"seed": 1, "per_template": 6, "plants_each": 2}
HELDOUT_RUN = {"seed": 2568, "per_template": 4, "plants_each": 2, "prefix": "heldout"}  # the part's first name


def main() -> None:
    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if part == "heldout1":
        items = generate("heldout1", HELDOUT, **HELDOUT_RUN)
    else:
        items = generate("dev", DEV, **DEV_RUN)
    out = HERE / part / "generated.json"
    out.write_text(json.dumps({"items": items}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out}: {len(items)} sentences, {sum('code' in i for i in items)} with a planted mistake")


if __name__ == "__main__":
    main()
