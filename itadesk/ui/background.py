"""Work that takes seconds (a report made) done in a thread of its own while the window keeps painting and answering,
with a busy dialog that can cancel it.

The work must not touch the store or any widget: what it needs is gathered first, on the window's thread, and it
only computes (ReportLab and python-docx are pure Python: the window's thread gets the interpreter every few
milliseconds meanwhile). Cancel stops the work where it is, by raising Cancelled in its thread (again every few
milliseconds until it has stopped, since library code may swallow one in a bare `except:`), and whatever it would
have returned is dropped; so a file is written only after the work is done, from its result, never by the work.
"""

import ctypes
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from itadesk.i18n import _

T = TypeVar("T")


class Cancelled(BaseException):  # noqa: N818 - what happened, as the user said it
    """The user cancelled the work. A BaseException, as KeyboardInterrupt is: code that falls back on `except
    Exception` lets it through."""


THREAD_NAME = "itadesk-background"
RESEND_SECONDS = 0.02
SWITCH_SECONDS = 0.001  # how often the work hands the interpreter over to the window while it runs


def _raise_in(thread_id: int, error: type[BaseException]) -> bool:
    """Raise error in the thread, at the next instruction it runs (CPython's PyThreadState_SetAsyncExc)."""
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(error)) == 1


def _checkpoint() -> None:
    """Calling a Python function lets a pending Cancelled be raised here, inside the worker's own try."""


def _quiet_about_cancelled(
    hook: Callable[[threading.ExceptHookArgs], object],
) -> Callable[[threading.ExceptHookArgs], object]:
    """A Cancelled that reaches the end of a worker thread (sent again while it was already stopping) is no error."""

    def excepthook(args: threading.ExceptHookArgs) -> object:
        if args.exc_type is Cancelled and args.thread is not None and args.thread.name == THREAD_NAME:
            return None
        return hook(args)

    return excepthook


threading.excepthook = _quiet_about_cancelled(threading.excepthook)


class _Relay(QObject):
    done = Signal()


_stopping: list["BackgroundJob"] = []  # cancelled jobs whose threads have not ended yet


class BackgroundJob(Generic[T]):
    """make() run in a thread of its own; `done` is emitted, on the thread that made the job, when it has ended
    (with a result or an error; a cancelled job's end is not waited for)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._running = False  # make() is being run: a cancel is raised in it
        self.cancelled = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self.started = threading.Event()  # make() has begun
        self.ended = threading.Event()
        self._relay = _Relay()
        self.done = self._relay.done
        self._thread = threading.Thread(target=self._work, name=THREAD_NAME, daemon=True)

    def start(self) -> None:
        for job in list(_stopping):  # a cancelled job stops within milliseconds: never two at work at once
            job.wait(5)
        self._thread.start()

    def cancel(self) -> None:
        """Stop the work now; whatever it would have returned is dropped. Cancelled is raised in it, and raised
        again while it goes on (library code may swallow one with a bare `except:`) until it has stopped."""
        with self._lock:
            if self.cancelled:
                return
            self.cancelled = True
            if not self._running:
                return
        _stopping.append(self)
        threading.Thread(target=self._stop, name="itadesk-cancel", daemon=True).start()

    def _stop(self) -> None:
        try:
            while self._thread.is_alive():
                with self._lock:
                    if not self._running:
                        break
                    _raise_in(self._thread.ident, Cancelled)
                self._thread.join(RESEND_SECONDS)
            self._thread.join()
        finally:
            if self in _stopping:
                _stopping.remove(self)

    def wait(self, timeout: float | None = None) -> bool:
        """True when the thread has ended within timeout seconds."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _work(self) -> None:
        try:
            with self._lock:
                if self.cancelled:
                    return
                self._running = True
            self.started.set()
            try:
                self.result = self._make()
            finally:
                with self._lock:
                    self._running = False
            _checkpoint()  # a Cancelled sent just before make() returned is raised here at the latest
            if self.cancelled:  # cancelled as it finished: dropped all the same
                self.result = None
        except Cancelled:
            self.result = None
        except BaseException as error:  # noqa: BLE001 - handed to the window's thread, which reports it
            self.error = error
        finally:
            self.ended.set()
            self.done.emit()


class BusyDialog(QProgressDialog):
    """Says what is being done, moves while it is done, and offers Cancel; `job` is the work it waits for."""

    def __init__(self, title: str, label: str, job: BackgroundJob, parent: QWidget | None) -> None:
        super().__init__(label, _("Cancel"), 0, 0, parent)  # no range: a bar that moves without a percentage
        self.job = job
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)  # the window still paints; its input waits
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        job.done.connect(self.accept, Qt.ConnectionType.QueuedConnection)
        self.canceled.connect(job.cancel)


def run_in_background(parent: QWidget | None, title: str, label: str, make: Callable[[], T]) -> T:
    """make() in a thread of its own while a busy dialog with Cancel is shown; the window keeps painting and
    answering meanwhile (the dialog's event loop runs it). Returns what make() returned; raises what it raised, or
    Cancelled when the user cancelled (and nothing of its result is kept)."""
    job: BackgroundJob[T] = BackgroundJob(make)
    dialog = BusyDialog(title, label, job, parent)
    # Every event of the window passes through Python (the application's event filters), and so waits for the
    # interpreter, which the work hands over only every switch interval (5 ms by default): a shorter one keeps the
    # window painting smoothly; the work is as fast.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, SWITCH_SECONDS))
    try:
        job.start()
        dialog.exec()
    finally:
        sys.setswitchinterval(switch)
        dialog.deleteLater()
    if job.cancelled or not job.ended.is_set():  # Cancel, Escape or the dialog closed
        job.cancel()  # and a result that came with the click is dropped too
        raise Cancelled
    job.wait()  # it has ended: its thread is returning
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[return-value]
