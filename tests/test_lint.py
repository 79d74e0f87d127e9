import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean():
    for args in (["check", "."], ["format", "--check", "."]):
        done = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_domain_imports_no_qt_reportlab_or_store():
    for path in (ROOT / "itadesk" / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in (
            "PySide6",
            "reportlab",
            "sqlalchemy",
            "sqlmodel",
            "sqlite3",
            "itadesk.store",
            "itadesk.services",
            "itadesk.ui",
        ):
            assert forbidden not in text, f"{path.name} imports {forbidden}"
