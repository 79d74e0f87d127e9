"""Window figures: cold start to window shown with the sample, and switching agency, year and tab in a store of
100 agencies × 10 years × 30 measures.

Run: QT_QPA_PLATFORM=offscreen python bench/gui.py. Targets on the 2-core machine: start ≤ 1.0 s, switches ≤ 50 ms.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

AGENCIES, YEARS, MEASURES = 100, 10, 30
FIRST_YEAR = 2560

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from itadesk.ui.fonts import register_fonts
register_fonts(app)
from itadesk.store import open_store
from itadesk.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
window = MainWindow(open_store(Path(sys.argv[1])), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def cold_start(store: Path, folder: Path, runs: int) -> list[float]:
    times = []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for run in range(runs):
        settings = folder / f"settings-{run}.ini"
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(store), str(settings)], env=env, stdout=subprocess.PIPE, text=True
        )
        line = child.stdout.readline()
        times.append(time.perf_counter() - start)
        child.wait()
        assert line.strip() == "shown", line
    return times


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


def switching(store_path: Path, folder: Path) -> dict[str, list[float]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from itadesk.store import open_store
    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    register_fonts(app)
    window = MainWindow(open_store(store_path), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 820)
    window.show()
    app.processEvents()

    def timed(action) -> float:  # noqa: ANN001
        start = time.perf_counter()
        action()
        app.processEvents()
        return time.perf_counter() - start

    figures: dict[str, list[float]] = {"agency": [], "year": [], "tab": []}
    for step in range(20):
        for tab in range(window.tabs.count()):
            figures["tab"].append(timed(lambda tab=tab: window.tabs.setCurrentIndex(tab)))
        figures["agency"].append(timed(lambda step=step: window.agency_box.setCurrentIndex((step * 7) % AGENCIES)))
        figures["year"].append(timed(lambda step=step: window.year_box.setCurrentIndex(step % YEARS)))
    window.close()
    return figures


def show(name: str, times: list[float], target: float) -> None:
    print(
        f"{name}: median {statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
        f"over {len(times)} (target ≤ {target * 1000:.0f} ms)"
    )


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sample = folder / "sample.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "itadesk", "sample", "--db", str(sample)], check=True, capture_output=True
        )
        show("cold start to window shown (sample)", cold_start(sample, folder, 5), 1.0)
        big = folder / "big.sqlite3"
        start = time.perf_counter()
        big_store(big)
        print(
            f"store of {AGENCIES} agencies × {YEARS} years × {MEASURES} measures: built in "
            f"{time.perf_counter() - start:.0f} s, {big.stat().st_size / 1e6:.0f} MB"
        )
        for name_, times in switching(big, folder).items():
            show(f"switch {name_}", times, 0.05)


if __name__ == "__main__":
    main()
