"""The window's reports are made off its thread: the window keeps painting and answering while a report is made,
Cancel stops the work where it is and leaves no file (an older file of that name as it was), and the file made is the
report.

How long a report takes to make is no part of these tests: where the window must be seen answering, or Cancel pressed,
while the work goes on, the work is held in pure Python (as ReportLab holds the interpreter) until the test has seen
what it waits for, then the real report is made, or the work is cancelled there."""

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from itadesk.errors import UserError
from itadesk.services.importing import import_document
from itadesk.services.report_data import report_data
from itadesk.services.sample import sample_document
from itadesk.ui import file_actions, report_files
from itadesk.ui.background import BackgroundJob, BusyDialog, Cancelled, run_in_background
from itadesk.ui.main_window import MainWindow
from tests.report_text import page_count, pdf_text

TIMES = 6  # the sample's plan six times over: some fifty pages
GIVE_UP = 60  # seconds: a test whose window never answered fails instead of waiting for ever


@pytest.fixture
def long_plan_window(qtbot, store, settings):
    """The window on the sample agency whose plan holds every measure six times: a report of many pages."""
    document = sample_document().model_copy(deep=True)
    [plan] = document.plans
    plan.measures = sorted([m for _ in range(TIMES) for m in plan.measures], key=lambda m: m.indicator)
    import_document(store, document)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def busy_dialog(window: MainWindow) -> BusyDialog | None:
    return next((dialog for dialog in window.findChildren(BusyDialog) if dialog.isVisible()), None)


def held(until: threading.Event, then=None):  # noqa: ANN001, ANN201 - wraps one of report_files' makers
    """A maker that works in pure Python (holding the interpreter, as ReportLab does) until `until` is set, then makes
    the real file with `then` (or, without it, goes on until it is cancelled)."""

    def make(*args: object) -> bytes:
        deadline = time.monotonic() + GIVE_UP
        while (then is None or not until.is_set()) and time.monotonic() < deadline:
            sum(i * i for i in range(2000))
        if then is None:
            raise AssertionError("the work was never cancelled")
        return then(*args)

    return make


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Watcher:
    """A timer that, while the window's report is being made, changes a label in the window (which must then be
    painted again) and notes what it saw. With cancel, it presses Cancel once the report itself is being made;
    `enough` is set once it has seen the window answer and paint several times meanwhile."""

    TICKS, PAINTS = 10, 3

    def __init__(self, window: MainWindow, cancel: bool = False) -> None:
        self.window = window
        self.cancel = cancel
        self.enough = threading.Event()
        self.ticks_while_making = 0
        self.paints_while_making = 0
        self.jobs: list[BackgroundJob] = []
        self.pressed_cancel = False
        self.label = QLabel("0")
        window.statusBar().addPermanentWidget(self.label)
        self.paints = PaintCounter()
        self.label.installEventFilter(self.paints)
        self._paints_at_start: int | None = None
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        dialog = busy_dialog(self.window)
        if dialog is None or not dialog.job.running:
            return
        if dialog.job not in self.jobs:
            self.jobs.append(dialog.job)
        if self._paints_at_start is None:
            self._paints_at_start = self.paints.count
        self.ticks_while_making += 1
        self.label.setText(str(self.ticks_while_making))
        self.paints_while_making = self.paints.count - self._paints_at_start
        if self.ticks_while_making >= self.TICKS and self.paints_while_making >= self.PAINTS:
            self.enough.set()
        making = dialog.labelText().startswith("กำลังจัดทำ")  # the report, after its texts were checked
        if self.cancel and making and dialog.job.started.is_set() and not self.pressed_cancel:
            self.pressed_cancel = True
            dialog.cancel()  # what the Cancel button does

    def stop(self) -> None:
        self.timer.stop()


def test_the_window_keeps_answering_and_painting_while_a_report_is_made(long_plan_window, tmp_path, monkeypatch):
    watcher = Watcher(long_plan_window)
    monkeypatch.setattr(report_files, "report_file", held(watcher.enough, report_files.report_file))
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "long.pdf"
    try:
        assert long_plan_window.export_pdf(str(path)) == path
    finally:
        watcher.stop()
    # While the work went on in its thread, the event loop ran and the window painted what changed, many times.
    assert watcher.enough.is_set()
    assert watcher.ticks_while_making >= Watcher.TICKS and watcher.paints_while_making >= Watcher.PAINTS
    assert watcher.jobs and not any(job.running for job in watcher.jobs)
    # The file is the whole report, and nothing is left beside it.
    assert page_count(path) > 30
    assert "การนำผลการประเมิน" in pdf_text(path, last=1)
    assert list(folder.iterdir()) == [path]


@pytest.mark.parametrize(
    ("export", "maker"),
    [("export_pdf", "report_file"), ("export_docx", "report_file"), ("export_progress", "progress_file")],
)
def test_cancel_leaves_no_file_and_an_older_file_untouched(long_plan_window, tmp_path, monkeypatch, export, maker):
    monkeypatch.setattr(report_files, maker, held(threading.Event()))  # works until it is cancelled
    folder = tmp_path / "reports"
    folder.mkdir()
    older = folder / "older.pdf"
    older.write_bytes(b"the report exported last week")
    new = folder / "new.pdf"
    arguments = {"as_of": sample_document().plans[0].measures[0].period.start} if export == "export_progress" else {}
    for path in (older, new):
        watcher = Watcher(long_plan_window, cancel=True)
        try:
            assert getattr(long_plan_window, export)(str(path), **arguments) is None
        finally:
            watcher.stop()
        assert watcher.pressed_cancel
        job = watcher.jobs[-1]
        assert job.wait(30)  # the work stopped where it was
        assert job.cancelled and job.result is None and job.error is None
    assert older.read_bytes() == b"the report exported last week"
    assert sorted(p.name for p in folder.iterdir()) == ["older.pdf"]  # no new file, no part of one
    assert "ยกเลิก" in long_plan_window.statusBar().currentMessage()


def test_after_a_cancel_the_next_export_is_whole(long_plan_window, tmp_path, monkeypatch):
    real = report_files.report_file
    monkeypatch.setattr(report_files, "report_file", held(threading.Event()))
    watcher = Watcher(long_plan_window, cancel=True)
    try:
        assert long_plan_window.export_pdf(str(tmp_path / "cancelled.pdf")) is None
    finally:
        watcher.stop()
    monkeypatch.setattr(report_files, "report_file", real)
    path = tmp_path / "report.pdf"
    assert long_plan_window.export_pdf(str(path)) == path
    assert page_count(path) > 30
    assert not (tmp_path / "cancelled.pdf").exists()


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_report_being_made_stops_where_it_is_when_cancelled(store, kind):
    """The real report, cancelled as soon as it has begun: it is never finished, and its thread ends."""
    document = sample_document().model_copy(deep=True)
    [plan] = document.plans
    plan.measures = sorted([m for _ in range(TIMES) for m in plan.measures], key=lambda m: m.indicator)
    agency = import_document(store, document)
    data = report_data(store, agency.id, 2568)
    finished: list[bool] = []

    def make() -> bytes:
        job.cancel()  # from the work's own thread: Cancelled is raised in the report, wherever it has got to
        made = report_files.report_file(data, kind)
        finished.append(True)
        return made

    job = BackgroundJob(make)
    job.start()
    assert job.wait(30)
    assert finished == [] and job.cancelled and job.result is None and job.error is None


def test_the_work_runs_in_another_thread_and_its_result_or_error_comes_back(qtbot):
    threads = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    assert run_in_background(None, "title", "label", work) == 42
    assert threads and threads[0] is not threading.main_thread()

    def refused() -> int:
        raise UserError("no")

    with pytest.raises(UserError, match="no"):
        run_in_background(None, "title", "label", refused)


def test_cancel_stops_pure_python_work_where_it_is(qtbot):
    laps = []

    def endless() -> None:
        while True:
            laps.append(1)

    def cancel_when_running() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, BusyDialog) and w.isVisible()), None)
        if dialog is not None and laps:
            dialog.cancel()
        else:
            QTimer.singleShot(10, cancel_when_running)

    QTimer.singleShot(10, cancel_when_running)
    with pytest.raises(Cancelled):
        run_in_background(None, "title", "label", endless)
    for job in [w.job for w in QApplication.topLevelWidgets() if isinstance(w, BusyDialog)]:
        assert job.wait(10)
    count = len(laps)
    QApplication.processEvents()
    assert len(laps) == count  # it does not go on behind the window's back


def test_the_busy_dialogs_say_what_they_do_in_thai(qtbot, long_plan_window, tmp_path, monkeypatch):
    seen: list[tuple[str, str, list[str]]] = []
    checked = threading.Event()
    monkeypatch.setattr(file_actions, "error_count", held(checked, file_actions.error_count))
    monkeypatch.setattr(report_files, "report_file", held(threading.Event()))

    def look() -> None:
        dialog = busy_dialog(long_plan_window)
        if dialog is not None and dialog.job.running:
            said = (dialog.windowTitle(), dialog.labelText(), [b.text() for b in dialog.findChildren(QPushButton)])
            if said not in seen:
                seen.append(said)
            if dialog.labelText().startswith("กำลังตรวจสอบ"):
                checked.set()  # seen: the texts' check may end
            if dialog.labelText().startswith("กำลังจัดทำ"):
                dialog.cancel()
                return
        QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)
    assert long_plan_window.export_pdf(str(tmp_path / "รายงาน.pdf")) is None
    assert seen == [
        ("ส่งออก PDF", "กำลังตรวจสอบข้อความในรายงาน…", ["ยกเลิก"]),
        ("ส่งออก PDF", "กำลังจัดทำแฟ้ม รายงาน.pdf…", ["ยกเลิก"]),
    ]
