"""The reports of many agencies into one folder, one file each: a year's report (item O25) and, when asked, the
progress report (item O26) of the plan written from it, named by agency and year as the window names them.

Each agency's document is read from the store in this process, one at a time; worker processes draw the PDFs, as
many at once as there are cores. A file is written to a temporary file beside its place and moved there only when
it is complete, so the folder never holds a partial report; cancelling stops what has not started, waits for what
has, and removes every temporary file.
"""

import multiprocessing
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from itadesk.errors import UserError
from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.errors import ServiceError
from itadesk.services.file_names import progress_file_name, report_file_name
from itadesk.store import Store

BatchKind = Literal["report", "progress"]
REPORT: BatchKind = "report"
PROGRESS: BatchKind = "progress"


@dataclass(frozen=True)
class BatchItem:
    """An agency to export: its number and the name its files carry (อบต.โคกคอน; with its district where two
    agencies share a name)."""

    agency_id: int
    label: str


@dataclass(frozen=True)
class BatchResult:
    item: BatchItem
    kind: BatchKind
    path: Path | None  # the file written; None when there is none
    problem: str = ""  # why there is none


@dataclass
class BatchOutcome:
    written: list[BatchResult] = field(default_factory=list)
    skipped: list[BatchResult] = field(default_factory=list)
    cancelled: bool = False


# --- the worker: a plain top-level function, importable without Qt (each process is started fresh) ----------------


def _warm_up() -> None:
    """Fonts registered and ReportLab's Thai fixes installed once per worker, before the first report."""
    from itadesk.report.thaitext import prepare_thai_text

    prepare_thai_text()


def render_file(kind: BatchKind, data: Any, temporary: str) -> None:
    """Draw one report into temporary (already made, empty) and make sure it is on disk."""
    with open(temporary, "wb") as out:
        if kind == REPORT:
            from itadesk.report.exporter import write_report

            write_report(data, out)
        else:
            from itadesk.report.progress import write_progress_report

            write_progress_report(data, out)
        out.flush()
        os.fsync(out.fileno())


# --- the batch, driven from this process -------------------------------------------------------------------------


def _new_file_mode(path: Path) -> int:
    """The mode of the file being replaced, else the usual mode of a new file (mkstemp makes it private)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@dataclass
class _Running:
    item: BatchItem
    kind: BatchKind
    target: Path
    temporary: Path


class BatchExport:
    """Export the reports of items into folder. Call step() until done (or run() to the end); cancel() stops.

    fiscal_year: the assessment year of the reports; with progress, also the progress report of the plan of the next
    fiscal year as of as_of (today by default).
    """

    def __init__(
        self,
        store: Store,
        fiscal_year: int,
        items: Sequence[BatchItem],
        folder: Path,
        *,
        progress: bool = False,
        as_of: date | None = None,
        workers: int | None = None,
    ) -> None:
        self.store = store
        self.fiscal_year = fiscal_year
        self.folder = Path(folder)
        self.as_of = as_of or date.today()
        kinds: list[BatchKind] = [REPORT, PROGRESS] if progress else [REPORT]
        self._waiting = [(item, kind) for item in items for kind in kinds]
        self.total = len(self._waiting)
        self.workers = max(1, min(workers or os.cpu_count() or 1, self.total or 1))
        self.outcome = BatchOutcome()
        self._running: dict[Future, _Running] = {}
        self._pool: ProcessPoolExecutor | None = None

    # how far it is

    @property
    def finished(self) -> int:
        return len(self.outcome.written) + len(self.outcome.skipped)

    @property
    def done(self) -> bool:
        return self.outcome.cancelled or (not self._waiting and not self._running)

    # the work

    def start(self) -> None:
        if not self.folder.is_dir():
            raise ServiceError(_("There is no folder {path}.").format(path=self.folder))
        if self._pool is None and self.total:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up
            )

    def step(self, timeout: float = 0.0) -> list[BatchResult]:
        """Read and hand out documents while a worker could be idle, then take in what has finished (waiting up to
        timeout seconds for something to finish). The results that came in."""
        if self.done:
            return []
        self.start()
        came: list[BatchResult] = []
        while self._waiting and len(self._running) <= self.workers:
            came += self._hand_out(*self._waiting.pop(0))
        if self._running:
            finished, _pending = wait(list(self._running), timeout=timeout, return_when=FIRST_COMPLETED)
            for future in finished:
                came.append(self._take_in(future, self._running.pop(future)))
        if self.done:
            self.close()
        return came

    def run(self, on_result: Callable[[BatchResult], None] | None = None) -> BatchOutcome:
        """The whole batch, here and now; on_result is told of each file written or skipped."""
        try:
            while not self.done:
                for result in self.step(timeout=0.5):
                    if on_result is not None:
                        on_result(result)
        finally:
            if not self.done:
                self.cancel()
        return self.outcome

    def cancel(self) -> None:
        """Nothing more is started; what is being drawn is waited for and thrown away; no temporary file is left."""
        self.outcome.cancelled = True
        self._waiting.clear()
        for future in self._running:
            future.cancel()
        self.close()
        for running in self._running.values():
            running.temporary.unlink(missing_ok=True)
        self._running.clear()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    # one file

    def _gather(self, item: BatchItem, kind: BatchKind) -> tuple[Any, Path]:
        if kind == REPORT:
            from itadesk.services.report_data import report_data

            data = report_data(self.store, item.agency_id, self.fiscal_year)
            return data, self.folder / report_file_name(item.label, self.fiscal_year, "pdf")
        from itadesk.services.progress import progress_data

        plan_year = self.fiscal_year + 1
        data = progress_data(self.store, item.agency_id, plan_year, self.as_of)
        return data, self.folder / progress_file_name(item.label, plan_year)

    def _hand_out(self, item: BatchItem, kind: BatchKind) -> list[BatchResult]:
        try:
            data, target = self._gather(item, kind)
        except UserError as error:
            return [self._skipped(item, kind, str(error))]
        try:
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=self.folder)
            os.close(handle)
        except OSError as error:
            return [self._skipped(item, kind, self._cannot_write(target, error))]
        temporary = Path(name)
        assert self._pool is not None
        future = self._pool.submit(render_file, kind, data, str(temporary))
        self._running[future] = _Running(item, kind, target, temporary)
        return []

    def _take_in(self, future: Future, running: _Running) -> BatchResult:
        try:
            future.result()
            os.chmod(running.temporary, _new_file_mode(running.target))
            os.replace(running.temporary, running.target)
        except OSError as error:
            running.temporary.unlink(missing_ok=True)
            return self._skipped(running.item, running.kind, self._cannot_write(running.target, error))
        except Exception as error:  # noqa: BLE001 - a report that cannot be drawn is said, the batch goes on
            running.temporary.unlink(missing_ok=True)
            return self._skipped(running.item, running.kind, error_text(error))
        result = BatchResult(running.item, running.kind, running.target)
        self.outcome.written.append(result)
        return result

    def _skipped(self, item: BatchItem, kind: BatchKind, problem: str) -> BatchResult:
        result = BatchResult(item, kind, None, problem)
        self.outcome.skipped.append(result)
        return result

    @staticmethod
    def _cannot_write(path: Path, error: OSError) -> str:
        return _("Cannot write {path}: {error}").format(path=path, error=error_text(error))


def items_of(rows: Sequence[Any]) -> list[BatchItem]:
    """The overview's rows (itadesk.domain.overview.OverviewRow) as the batch's items, in their order."""
    return [BatchItem(row.agency.id, row.label) for row in rows if row.agency.id is not None]
