"""Window figures: the whole process from its start to the window shown with the sample, its peak memory with the
sample loaded, and switching agency, year and tab in a store of 100 agencies × 10 years × 30 measures; then how long
the window's event loop can go without running while a long report (the sample's plan × 6, about 145 pages) is
exported.

The start is `python -m itadesk gui --db SAMPLE` itself, with settings of its own (the first start of a user), timed
from the moment the process is made to the first paint of the window with the sample in it. Modules are compiled
once, in a warm-up start that is not counted, as an installed program's are (PYTHONDONTWRITEBYTECODE is lifted for
the child; its byte code goes to a folder of the bench's own). The process's CPU time to that paint is printed too:
it varies less than the wall-clock time when the machine is busy with other work. The peak memory is the process's
peak resident size once each of the four tabs has been shown.

Run: python bench/gui.py [--runs N] (QT_QPA_PLATFORM=offscreen unless set). Goals on the 2-core machine: start
median ≤ 0.6 s, peak memory ≤ 200 MB, switching worst ≤ 50 ms. The machine is shared: single runs are noisy, compare
medians of a few runs.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

AGENCIES, YEARS, MEASURES = 100, 10, 30
FIRST_YEAR = 2560
START_GOAL = 0.6  # seconds, median
PEAK_GOAL = 200  # MB
SWITCH_GOAL = 0.05  # seconds, worst
PLAN_TIMES = 6

# The child: `itadesk gui` as the user starts it. PySide6 is not imported here before the program imports it (the
# order of imports is part of what is measured): QApplication.exec is wrapped when QtWidgets is first imported.
START = r"""
import importlib.util, os, sys, time

def on_shown(app, window):
    from PySide6.QtCore import QTimer

    def shown():
        print("shown", time.process_time(), flush=True)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            deadline = time.monotonic() + 0.3  # what a tab does a moment after it is shown (the text checks)
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
        import resource

        print("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, shown)

def wrap(widgets):
    from PySide6.QtCore import QEvent, QObject

    original = widgets.QApplication.exec

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                on_shown(widgets.QApplication.instance(), watched)
            return False

    def exec_(*_instance):
        app = widgets.QApplication.instance()
        app.first_paint = FirstPaint()
        for window in app.topLevelWidgets():
            if window.isVisible() and hasattr(window, "tabs"):
                window.installEventFilter(app.first_paint)
        return original()

    widgets.QApplication.exec = exec_

class Watch:
    def find_spec(self, name, path, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            wrap(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Watch())
from itadesk.cli import main
sys.exit(main(["gui", "--db", sys.argv[1]]))
"""


def start_env(folder: Path, run: int) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    env["XDG_CONFIG_HOME"] = str(folder / f"config-{run}")  # the settings of a first start, every time
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def start(store: Path, folder: Path, run: int) -> tuple[float, float, float]:
    """Wall-clock seconds to the window's first paint, the process's CPU seconds then, and its peak MB after."""
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", START, str(store)],
        env=start_env(folder, run),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shown = child.stdout.readline().split()
    seconds = time.perf_counter() - began
    peak = child.stdout.readline().split()
    errors = child.stderr.read()
    child.wait()
    if child.returncode or not shown or shown[0] != "shown" or not peak or peak[0] != "peak":
        raise SystemExit(f"the window did not start (exit status {child.returncode}):\n{errors}")
    return seconds, float(shown[1]), float(peak[1])


def big_store(path: Path) -> None:
    """100 agencies, each with 10 years of scores and a 30-measure plan for every year."""
    from itadesk.services.document import (
        AgencyDocument,
        AgencyPart,
        AssessmentPart,
        MeasurePart,
        PeriodPart,
        PlanPart,
    )
    from itadesk.services.importing import import_document
    from itadesk.store import open_store

    store = open_store(path)
    for number in range(AGENCIES):
        assessments = [
            AssessmentPart(
                fiscal_year=year,
                framework=max(2566, min(year, 2569)),
                scores={i: f"{80 + (i * 7 + year + number) % 20}.{(i * 13) % 100:02d}" for i in range(1, 11)},
                analyses={i: "หน่วยงานมีการปฏิบัติงานตามระเบียบ " * 5 for i in range(1, 11)},
            )
            for year in range(FIRST_YEAR, FIRST_YEAR + YEARS)
        ]
        plans = [
            PlanPart(
                fiscal_year=year + 1,
                based_on=year,
                measures=[
                    MeasurePart(
                        indicator=1 + m % 10,
                        title=f"มาตรการที่ {m + 1} ของปี {year + 1} จัดทำคู่มือการปฏิบัติงาน",
                        analysis="หน่วยงานสามารถสร้างกระบวนการรับรู้ " * 4,
                        steps=["จัดประชุม", "เผยแพร่", "ติดตามผล"],
                        period=PeriodPart(start=date(year - 543, 10, 1), end=date(year - 542, 9, 30)),
                        responsible=["สำนักปลัด"],
                    )
                    for m in range(MEASURES)
                ],
            )
            for year in range(FIRST_YEAR, FIRST_YEAR + YEARS)
        ]
        document = AgencyDocument(
            format="itadesk-agency",
            version=1,
            agency=AgencyPart(name=f"องค์การบริหารส่วนตำบลทดสอบ {number:03d}", district="ท่าบ่อ", province="หนองคาย"),
            assessments=assessments,
            plans=plans,
        )
        import_document(store, document)
    store.close()


def repeated_plan_store(path: Path, times: int) -> None:
    """The sample agency with its plan's measures repeated `times` times (each indicator's together)."""
    from itadesk.services.importing import import_document
    from itadesk.services.sample import sample_document
    from itadesk.store import open_store

    document = sample_document().model_copy(deep=True)
    [plan] = document.plans
    plan.measures = sorted([m for _ in range(times) for m in plan.measures], key=lambda m: m.indicator)
    store = open_store(path)
    try:
        import_document(store, document)
    finally:
        store.close()


def _window(store_path: Path, folder: Path):  # noqa: ANN202 - a MainWindow
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from itadesk.store import open_store
    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts(app)
    window = MainWindow(
        open_store(store_path), QSettings(str(folder / f"{store_path.stem}.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    return app, window


def switching(store_path: Path, folder: Path) -> dict[str, list[float]]:
    """Seconds of each switch, by what was switched and the tab in view: every tab shown in turn, then the agency
    changed and the year changed with each tab in view in turn (the tab in view is brought up to date at once)."""
    app, window = _window(store_path, folder)
    names = [window.tabs.tabText(index).replace("&", "") for index in range(window.tabs.count())]

    def timed(action: Callable[[], object]) -> float:
        began = time.perf_counter()
        action()
        app.processEvents()
        return time.perf_counter() - began

    figures: dict[str, list[float]] = {}
    for step in range(20):
        for tab in range(window.tabs.count()):
            figures.setdefault(f"tab → {names[tab]}", []).append(
                timed(lambda tab=tab: window.tabs.setCurrentIndex(tab))
            )
        shown = names[step % len(names)]
        window.tabs.setCurrentIndex(step % len(names))
        app.processEvents()
        figures.setdefault(f"agency, in {shown}", []).append(
            timed(lambda step=step: window.agency_box.setCurrentIndex((step * 7) % AGENCIES))
        )
        figures.setdefault(f"year, in {shown}", []).append(
            timed(lambda step=step: window.year_box.setCurrentIndex(step % YEARS))
        )
    window.close()
    window.store.close()
    return figures


def export_pauses(store_path: Path, folder: Path) -> tuple[float, float, int]:
    """The window exporting the long report as PDF: seconds, the longest the event loop went without running a
    10 ms timer meanwhile, and how many times it ran."""
    from PySide6.QtCore import QTimer

    app, window = _window(store_path, folder)
    window.select(window.agency_id, 2568)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    began = time.perf_counter()
    ticks.append(began)
    written = window.export_pdf(str(folder / "long.pdf"), show_saved=False)
    ended = time.perf_counter()
    timer.stop()
    window.close()
    window.store.close()
    if written is None:
        raise SystemExit("the long report was not exported")
    ticks.append(ended)
    return ended - began, max(b - a for a, b in zip(ticks, ticks[1:], strict=False)), len(ticks) - 2


def met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def show_switch(name: str, times: list[float]) -> None:
    worst = max(times)
    print(
        f"  {name + ':':32} median {statistics.median(times) * 1000:5.0f} ms, worst {worst * 1000:5.0f} ms "
        f"over {len(times):2} ({met(worst <= SWITCH_GOAL)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="starts timed (after one not counted)")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="itadesk-bench-") as name:
        folder = Path(name)
        sample = folder / "sample.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "itadesk", "sample", "--db", str(sample)], check=True, capture_output=True
        )
        start(sample, folder, -1)  # compiles the modules, as installing the program does
        runs = [start(sample, folder, run) for run in range(options.runs)]
        walls = [run[0] for run in runs]
        cpus = [run[1] for run in runs]
        peak = max(run[2] for run in runs)
        median = statistics.median(walls)
        print(
            f"start to window shown (sample): median {median:.2f} s, worst {max(walls):.2f} s, best {min(walls):.2f} s"
            f" over {len(walls)} (goal median ≤ {START_GOAL} s: {met(median <= START_GOAL)})"
        )
        print(f"  CPU time of that process to then: median {statistics.median(cpus):.2f} s, worst {max(cpus):.2f} s")
        print(
            f"peak memory, sample shown in every tab: {peak:.0f} MB (goal ≤ {PEAK_GOAL} MB: {met(peak <= PEAK_GOAL)})"
        )

        big = folder / "big.sqlite3"
        began = time.perf_counter()
        big_store(big)
        print(
            f"store of {AGENCIES} agencies × {YEARS} years × {MEASURES} measures: built in "
            f"{time.perf_counter() - began:.0f} s, {big.stat().st_size / 1e6:.0f} MB"
        )
        figures = switching(big, folder)
        worst = {
            kind: max(max(times) for name, times in figures.items() if name.startswith(kind))
            for kind in ("agency", "year", "tab")
        }
        print(
            "switching, worst: "
            + ", ".join(f"{kind} {seconds * 1000:.0f} ms" for kind, seconds in worst.items())
            + f" (goal worst ≤ {SWITCH_GOAL * 1000:.0f} ms: {met(max(worst.values()) <= SWITCH_GOAL)}); by tab in view:"
        )
        for kind, times in sorted(figures.items()):
            show_switch(kind, times)

        long = folder / "long.sqlite3"
        repeated_plan_store(long, PLAN_TIMES)
        seconds, pause, ran = export_pauses(long, folder)
        print(
            f"window exporting the sample's plan × {PLAN_TIMES} as PDF: {seconds:.1f} s, the event loop ran {ran} "
            f"times, longest without running {pause * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
