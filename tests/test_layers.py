"""The layers of the program and the absence of import cycles, as the import-linter contracts in pyproject.toml
state them: the real tree keeps every contract, and a copy of it with one forbidden import breaks the right one."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = "from importlinter.cli import lint_imports; raise SystemExit(lint_imports(no_cache=True, no_logo=True))"


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports over the itadesk package found first on the path from root, with root's pyproject.toml."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-c", LINT], cwd=root, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_the_program_keeps_every_layer_contract():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout
    assert "BROKEN" not in result.stdout


BREAKS = [
    ("itadesk/domain/scores.py", "from itadesk.store import Store\n", "domain and thai are pure"),
    ("itadesk/thai/digits.py", "def _qt():\n    import PySide6.QtCore\n", "domain and thai are pure"),
    ("itadesk/store/backup.py", "def _ui():\n    import itadesk.ui.messages\n", "the store serves"),
    ("itadesk/report/chart.py", "import itadesk.store.tables\n", "the reports take domain objects"),
    ("itadesk/services/plans.py", "def _ui():\n    import itadesk.ui.messages\n", "the services know nothing"),
    ("itadesk/wordfile/pages.py", "import itadesk.report.exporter\n", "never the PDF's writers"),
    ("itadesk/wordfile/tables.py", "from itadesk.report.indicator_table import PADDING\n", "layout from itadesk"),
    # The cycles once hidden inside functions: the fonts installing the line breaking that measures with them, and
    # the workbook writing through the report's export, which imports a sample through the import of workbooks.
    ("itadesk/report/fonts.py", "def _breaking():\n    from itadesk.report import thaitext\n", "no import cycles"),
    ("itadesk/services/xlsx.py", "from itadesk.services.export import export_report\n", "no import cycles"),
]


@pytest.mark.parametrize(("module", "line", "contract"), BREAKS, ids=[b[0] for b in BREAKS])
def test_a_forbidden_import_breaks_its_contract(tmp_path, module, line, contract):
    shutil.copytree(ROOT / "itadesk", tmp_path / "itadesk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with open(tmp_path / module, "a", encoding="utf-8") as source:
        source.write("\n\n" + line)

    result = _lint(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    # The summary names each contract, wrapped over lines, then KEPT or BROKEN.
    summary = re.sub(r"\s+", " ", result.stdout.split("Contracts:")[0].split("---\n\n")[-1])
    broken = [name for name, verdict in re.findall(r"\s*(.*?) (KEPT|BROKEN)", summary) if verdict == "BROKEN"]
    assert any(contract in name for name in broken), (broken, result.stdout)
