"""A long session emits many signals: PySide6 6.12's emit() drops a reference to True each time, which must never
bring the interpreter down."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EMITS = r"""
import sys
sys.path.insert(0, sys.argv[1])
import itadesk.ui  # what the window imports first
from PySide6.QtCore import QObject, Signal

class Edits(QObject):
    edited = Signal()

edits = Edits()
for _ in range(20_000):
    edits.edited.emit()
print("done")
"""


def test_twenty_thousand_emits_and_the_program_still_ends_normally():
    done = subprocess.run(
        [sys.executable, "-c", EMITS, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"
