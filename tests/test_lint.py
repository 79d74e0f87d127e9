import re
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


def test_report_content_imports_no_file_format_library():
    """What the report says is shared by the PDF and the Word builder: it must not depend on either."""
    for path in (ROOT / "itadesk" / "report" / "content").rglob("*.py"):
        imported = re.findall(r"^\s*(?:from|import)\s+([\w.]+)", path.read_text(encoding="utf-8"), re.M)
        for module in imported:
            assert not module.startswith(("reportlab", "docx", "PySide6", "itadesk.store", "itadesk.services")), (
                f"{path.name} imports {module}"
            )
            assert not module.startswith("itadesk.report.") or module.startswith("itadesk.report.content"), (
                f"{path.name} imports {module}"
            )
