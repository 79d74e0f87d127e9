"""District-office figures on a store of 300 invented agencies × 5 assessment years × 20 measures per plan: the
overview tab of the latest year read and shown, sorted by a column, shown again with nothing changed; the district
summary exported as PDF; and the reports of 50 agencies exported in a batch with one worker process and with two.

The store is made once from exchange documents (seeded, so every run gets the same agencies: names, kinds,
districts and provinces across four provinces, scores from weak to excellent, official results for most years,
analyses, a plan for every next fiscal year with measures in every state) and kept in the temporary folder for the
next run (--rebuild makes it again). Everything is timed in this process, warm (one run not counted first), with Qt
offscreen on a real widget; each figure is the median of --runs runs, on the clock, with this process's CPU time
beside it (the machine's other work disturbs it less). The batch export is timed whole, worker processes started
included; the CPU time of this process and of the workers, and the machine's load average, tell whether the two
workers had two cores.

Run: python bench/district.py [--runs N] [--batch-runs N] [--rebuild] [--skip-batch]. Goals on the 2-core machine
(medians on the clock): the overview tab read and shown ≤ 200 ms; a sort by a column ≤ 50 ms; the district summary
read and written as PDF ≤ 3 s; the batch export with two workers ≥ 1.6 × the pages per second of one. The machine
is shared: single runs are noisy, compare medians. Linux (the workers' CPU time is read with getrusage).
"""

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

AGENCIES, YEARS, MEASURES = 300, 5, 20
FIRST_YEAR = 2565  # 2565–2569; 2565, which has no rules of its own, is assessed under 2566's
SEED = 2569
BATCH_AGENCIES = 50
STORE_VERSION = 2  # part of the cached store's name: raise it when the invented data change

OVERVIEW_GOAL = 0.2  # seconds
SORT_GOAL = 0.05  # seconds
SUMMARY_GOAL = 3.0  # seconds
SPEEDUP_GOAL = 1.6  # two workers' pages per second over one's

PROVINCES = {
    "หนองคาย": ("เมืองหนองคาย", "ท่าบ่อ", "ศรีเชียงใหม่", "โพนพิสัย", "สังคม"),
    "อุดรธานี": ("เมืองอุดรธานี", "เพ็ญ", "บ้านดุง", "กุมภวาปี", "หนองหาน"),
    "ขอนแก่น": ("เมืองขอนแก่น", "บ้านไผ่", "ชุมแพ", "น้ำพอง", "พล"),
    "เลย": ("เมืองเลย", "เชียงคาน", "ด่านซ้าย", "วังสะพุง"),
}
KINDS = (("องค์การบริหารส่วนตำบล", 70), ("เทศบาลตำบล", 25), ("เทศบาลเมือง", 5))
SYLLABLES = (
    "นา โพน หนอง บ้าน โคก ดอน ท่า ห้วย วัง ศรี สร้าง คำ เหล่า ทุ่ง ป่า หาด ชัย สว่าง แสง ทอง ใหม่ ใต้ เหนือ ยาง ไผ่ สูง กลาง ดี งาม เจริญ"
).split()
UNITS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข")
STEPS = (
    "จัดประชุมชี้แจงบุคลากร",
    "แต่งตั้งคณะทำงาน",
    "จัดทำร่างแนวทาง",
    "ดำเนินการตามแผน",
    "เผยแพร่ทางเว็บไซต์",
    "ประชาสัมพันธ์ผ่านหอกระจายข่าว",
    "ติดตามและประเมินผล",
    "รายงานผลต่อผู้บริหาร",
)
MEASURE_TITLES = (
    "จัดทำคู่มือการปฏิบัติงาน",
    "เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงาน",
    "ประชาสัมพันธ์ช่องทางร้องเรียน",
    "อบรมจริยธรรมบุคลากร",
    "ปรับปรุงระบบบริการ e-Service",
    "ประกาศเจตนารมณ์ต่อต้านการทุจริต",
    "สำรวจความพึงพอใจผู้รับบริการ",
    "ทบทวนแผนการใช้จ่ายงบประมาณ",
)


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def fiscal_year_span(year: int) -> tuple[date, date]:
    """1 October of the year before to 30 September (Gregorian) of a Buddhist-era fiscal year."""
    return date(year - 544, 10, 1), date(year - 543, 9, 30)


# --- the invented district -------------------------------------------------------------------------------------


def _names(chance: random.Random) -> list[tuple[str, str, str, str]]:
    """(name, kind, district, province) of each agency, no two alike."""
    places = [(district, province) for province, districts in PROVINCES.items() for district in districts]
    made: set[tuple[str, str]] = set()
    agencies = []
    while len(agencies) < AGENCIES:
        kind = chance.choices([k for k, _w in KINDS], [w for _k, w in KINDS])[0]
        name = kind + "".join(chance.sample(SYLLABLES, chance.choice((1, 2, 2, 3))))
        district, province = chance.choice(places)
        if (name, district) not in made:
            made.add((name, district))
            agencies.append((name, kind, district, province))
    return agencies


def _scores(chance: random.Random, level: float) -> dict[int, Decimal]:
    return {
        number: Decimal(f"{min(100.0, max(0.0, chance.gauss(level, 7))):.2f}").quantize(Decimal("0.01"))
        for number in range(1, 11)
    }


def _measures(chance: random.Random, plan_year: int, as_of: date) -> list:
    from itadesk.services.document import MeasurePart, PeriodPart

    start, end = fiscal_year_span(plan_year)
    measures = []
    for number in range(MEASURES):
        finish = start + timedelta(days=chance.randint(60, (end - start).days))
        begun = as_of >= start
        due = as_of > finish
        state = chance.random()
        if not begun:
            status, progress = "not_started", 0
        elif due and state < 0.6 or state < 0.2:
            status, progress = "done", 100
        elif state < 0.7:
            status, progress = "in_progress", chance.randrange(10, 95, 5)
        elif state < 0.75:
            status, progress = "cancelled", 0
        else:
            status, progress = "not_started", 0
        measures.append(
            MeasurePart(
                indicator=chance.randint(1, 10),
                title=f"{chance.choice(MEASURE_TITLES)} ครั้งที่ {number + 1}",
                analysis="จากผลการประเมินพบว่าหน่วยงานควรพัฒนาการเปิดเผยข้อมูลและการสื่อสารกับประชาชน",
                steps=chance.sample(STEPS, chance.randint(2, 4)),
                period=PeriodPart(start=start, end=finish),
                responsible=chance.sample(UNITS, chance.choice((1, 1, 2))),
                status=status,
                progress=progress,
                evidence="รายงานการประชุม" if status == "done" else "",
            )
        )
    return sorted(measures, key=lambda measure: measure.indicator)


def documents(as_of: date) -> list:
    """The agencies as exchange documents: each year's scores (a few years missing), the official result of most,
    analyses of most, and the plan for each next fiscal year (a few missing)."""
    from itadesk.domain.scoring import AssessmentFigures, evaluate
    from itadesk.services.document import AgencyDocument, AgencyPart, AssessmentPart, PlanPart
    from itadesk.services.rules import framework

    chance = random.Random(SEED)
    latest = FIRST_YEAR + YEARS - 1
    made = []
    for name, kind, district, province in _names(chance):
        quality = chance.uniform(55, 97)
        assessments, plans = [], []
        for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
            quality = min(99.0, max(40.0, quality + chance.gauss(1.0, 3.0)))
            if year == latest and chance.random() < 0.05:
                continue  # not entered yet
            rules = max(2566, year)
            scores = _scores(chance, quality)
            if chance.random() < 0.03:
                scores.pop(chance.randint(1, 10))
            official: dict = {}
            if len(scores) == 10 and chance.random() < 0.8:
                result = evaluate(AssessmentFigures(year, framework(rules), scores))
                official = {"official_overall": result.overall, "official_level": result.level_name}
                if chance.random() < 0.3:
                    official["official_tool_scores"] = {tool.tool.code: tool.score for tool in result.tools}
            written = 10 if chance.random() < 0.8 else chance.randint(0, 9)
            assessments.append(
                AssessmentPart(
                    fiscal_year=year,
                    framework=rules,
                    scores=scores,
                    analyses={n: f"ตัวชี้วัดที่ {n} ของหน่วยงานมีคะแนนตามผลการประเมินปี {year}" for n in range(1, written + 1)},
                    overall_analysis="ภาพรวมของหน่วยงานมีพัฒนาการที่ดีขึ้น",
                    **official,
                )
            )
            if year == latest and chance.random() < 0.1:
                continue  # the next year's plan is not written yet
            plans.append(PlanPart(fiscal_year=year + 1, based_on=year, measures=_measures(chance, year + 1, as_of)))
        made.append(
            AgencyDocument(
                format="itadesk-agency",
                version=1,
                agency=AgencyPart(
                    name=name,
                    kind=kind,
                    district=district,
                    province=province,
                    prepared_by_name="นางสาวสมใจ ใจดี",
                    prepared_by_position="นักวิเคราะห์นโยบายและแผน",
                    responsible_units=list(UNITS),
                ),
                assessments=assessments,
                plans=plans,
            )
        )
    return made


def district_store(folder: Path, rebuild: bool) -> Path:
    """The store of the invented district, made once and kept in folder."""
    from itadesk.services.importing import import_document
    from itadesk.store import open_store

    path = folder / f"district-{AGENCIES}x{YEARS}x{MEASURES}-v{STORE_VERSION}.sqlite3"
    if path.exists() and not rebuild:
        print(f"store: {path} (kept from an earlier run; --rebuild makes it again)")
        return path
    folder.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    began = time.perf_counter()
    store = open_store(part, backups=False)
    try:
        for document in documents(date.today()):
            import_document(store, document)
    finally:
        store.close()
    for leftover in folder.glob(part.name + "-*"):
        leftover.unlink()
    os.replace(part, path)
    size = path.stat().st_size / 1e6
    print(f"store: {path} made in {time.perf_counter() - began:.0f} s, {size:.0f} MB")
    return path


# --- the measures ------------------------------------------------------------------------------------------------


@dataclass
class Times:
    """Seconds of each run: on the clock, and of this process's CPU (which the machine's other work disturbs less)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, action: Callable[[], object]) -> None:
        began, used = time.perf_counter(), time.process_time()
        action()
        self.wall.append(time.perf_counter() - began)
        self.cpu.append(time.process_time() - used)


def timed(action: Callable[[], object], runs: int) -> Times:
    """Each of `runs` runs of action, after one not counted."""
    action()
    times = Times()
    for _ in range(runs):
        times.add(action)
    return times


def spread(times: list[float], unit: str = "ms") -> str:
    scale, places = (1000, 0) if unit == "ms" else (1, 2)
    median, best, worst = (value * scale for value in (statistics.median(times), min(times), max(times)))
    return f"median {median:6.{places}f} {unit} (best {best:.{places}f}, worst {worst:.{places}f}, {len(times)} runs)"


def show(name: str, times: Times, goal: float | None = None, unit: str = "ms") -> None:
    """The clock's median, best and worst, the CPU's median, and the goal of the clock's median."""
    scale, places = (1000, 0) if unit == "ms" else (1, 2)
    line = f"{name + ':':44} {spread(times.wall, unit)}, CPU {statistics.median(times.cpu) * scale:.{places}f} {unit}"
    if goal is not None:
        shown_goal = f"{goal * 1000:.0f} ms" if unit == "ms" else f"{goal:.0f} s"
        line += f" (goal ≤ {shown_goal}: {met(statistics.median(times.wall) <= goal)})"
    print(line)


def window_figures(store_path: Path, year: int, folder: Path, runs: int) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from itadesk.domain.overview import SortColumn
    from itadesk.services.overview import agency_years, overview
    from itadesk.store import open_store
    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.overview_tab import OverviewTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts(app)
    store = open_store(store_path, backups=False)
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    tab = OverviewTab(store, QUndoStack(), settings=settings)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    tab.show_year(None, year)
    app.processEvents()
    first_id = tab.model.row_at(0).agency.id

    def settled(action: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            action()
            app.processEvents()

        return run

    print(f"overview of {year} ({tab.model.rowCount()} agencies), in the window's tab:")
    show("  read from the store (agency_years)", timed(lambda: agency_years(store, year), runs))
    show("  rows made (services.overview.overview)", timed(lambda: overview(store, year), runs))
    show("  tab reloaded and shown (reload)", timed(settled(tab.reload), runs), OVERVIEW_GOAL)
    show("  tab shown again, nothing changed", timed(settled(lambda: tab.show_year(first_id, year)), runs))

    columns = {column.sort: number for number, column in enumerate(tab.model.columns) if not column.tool}
    sorts = Times()
    for sort in (SortColumn.OVERALL, SortColumn.LEVEL, SortColumn.AGENCY, SortColumn.O25, SortColumn.DISTRICT):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) * max(1, runs // 2):
            sorts.add(settled(lambda sort=sort, order=order: tab.table.sortByColumn(columns[sort], order)))
    show("  sorted by a column (sortByColumn)", sorts, SORT_GOAL)
    tab.close()
    store.close()


def summary_figures(store_path: Path, year: int, folder: Path, runs: int) -> None:
    from pypdfium2 import PdfDocument

    from itadesk.services.overview import district_summary, write_district_file
    from itadesk.store import open_store

    store = open_store(store_path, backups=False)
    target = folder / "summary.pdf"
    read = Times()
    summary = None

    def read_it() -> None:
        nonlocal summary
        summary = district_summary(store, year)

    def export() -> None:
        read.add(read_it)
        write_district_file(summary, target)

    times = timed(export, runs)
    del read.wall[0], read.cpu[0]
    document = PdfDocument(target)
    pages = len(document)
    document.close()
    print(f"district summary of {year}, every agency, as PDF ({pages} pages):")
    show("  read (district_summary)", read)
    show("  read and written (+ write_district_file)", times, SUMMARY_GOAL, unit="s")
    store.close()


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended (a batch's workers, once its pool is shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def batch_figures(store_path: Path, year: int, folder: Path, runs: int) -> None:
    from pypdfium2 import PdfDocument

    from itadesk.services.batch_export import BatchExport, items_of
    from itadesk.services.overview import overview
    from itadesk.store import open_store

    store = open_store(store_path, backups=False)
    rows = [row for row in overview(store, year).rows if row.assessed][:BATCH_AGENCIES]
    items = items_of(rows)
    rates: dict[int, list[float]] = {1: [], 2: []}
    times = {1: Times(), 2: Times()}
    drawing: dict[int, list[float]] = {1: [], 2: []}  # the worker processes' CPU seconds
    pages = 0
    for run in range(runs):
        for workers in (1, 2):
            out = folder / f"batch-{run}-{workers}"
            out.mkdir()
            batch = BatchExport(store, year, items, out, workers=workers)
            before = children_cpu()
            times[workers].add(batch.run)
            drawing[workers].append(children_cpu() - before)
            if batch.outcome.skipped or len(batch.outcome.written) != len(items):
                raise SystemExit(f"the batch did not write every report: {batch.outcome.skipped[:3]}")
            pages = 0
            for result in batch.outcome.written:
                document = PdfDocument(result.path)
                pages += len(document)
                document.close()
            rates[workers].append(pages / times[workers].wall[-1])
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    print(f"batch export of {len(items)} agencies' reports of {year} ({pages} pages), {runs} runs each, in turn:")
    for workers in (1, 2):
        wall = statistics.median(times[workers].wall)
        print(
            f"  {workers} worker{'s' if workers > 1 else ' '}:{'':33} {spread(times[workers].wall, 's')}, "
            f"median {statistics.median(rates[workers]):.1f} pages/s"
        )
        print(
            f"    CPU: this process (reading, handing out) {statistics.median(times[workers].cpu):.2f} s, the workers "
            f"{statistics.median(drawing[workers]):.2f} s: {statistics.median(drawing[workers]) / wall:.2f} cores busy"
        )
    ratio = two / one
    print(f"  two workers over one:{'':21} {ratio:.2f} × (goal ≥ {SPEEDUP_GOAL}: {met(ratio >= SPEEDUP_GOAL)})")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each in-process figure")
    parser.add_argument("--batch-runs", type=int, default=3, help="timed runs of each batch export")
    parser.add_argument("--rebuild", action="store_true", help="make the store again")
    parser.add_argument("--skip-batch", action="store_true", help="leave the batch export out")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    store = district_store(Path(tempfile.gettempdir()) / "itadesk-bench-district", options.rebuild)
    year = FIRST_YEAR + YEARS - 1
    with tempfile.TemporaryDirectory(prefix="itadesk-bench-") as name:
        folder = Path(name)
        window_figures(store, year, folder, options.runs)
        summary_figures(store, year, folder, max(3, options.runs // 2))
        if not options.skip_batch:
            load = ", ".join(f"{figure:.1f}" for figure in os.getloadavg())
            print(f"load average of the machine before the batch (1, 5, 15 min): {load} on {os.cpu_count()} cores")
            batch_figures(store, year, folder, options.batch_runs)


if __name__ == "__main__":
    main()
