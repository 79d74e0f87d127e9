"""The command-line tools some tests read their results with: poppler's (pdftotext, pdffonts, pdfinfo, pdftoppm).

The Windows test run (scripts/windows-under-wine test, and the Windows workflow) has none of them: a test that reads
a PDF back with them is skipped there, with the reason, and runs on Linux, where CI installs poppler-utils and a
missing tool fails the run instead.
"""

import os
import shutil
import sys

import pytest


def poppler(tool: str) -> str:
    """The tool's name when it can be run; otherwise the test is skipped (failed in CI on Linux)."""
    if shutil.which(tool):
        return tool
    if os.environ.get("CI") and sys.platform.startswith("linux"):
        pytest.fail(f"poppler's {tool} is not installed: .ci/run installs poppler-utils")
    pytest.skip(f"poppler's {tool} is not on this machine (the Windows run has no poppler; Linux reads PDFs back)")
