"""Reading a Word file back: its text as python-docx sees it, and a PDF of it made by LibreOffice."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table

from tests.linux_tools import poppler


def table_rows(table: Table) -> list[list[str]]:
    """Each row's cell texts, a merged cell once per row it covers."""
    return [[cell.text for cell in row.cells] for row in table.rows]


def document_text(document: Document) -> str:
    """Every paragraph of the body, in order, tables cell by cell, then the footers."""
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in table_rows(block):
                lines.extend(row)
        else:
            lines.append(block.text)
    for section in document.sections:
        lines.extend(paragraph.text for paragraph in section.footer.paragraphs)
    return "\n".join(lines)


def field_instructions(part_element: object) -> list[str]:
    return [node.text.strip() for node in part_element.iter(qn("w:instrText"))]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx: Path, out_dir: Path, profile: Path) -> Path:
    """LibreOffice's PDF of the file, made with a profile of its own (no fonts but what the file embeds)."""
    program = soffice()
    if program is None:
        if os.environ.get("CI") and sys.platform.startswith("linux"):
            pytest.fail("LibreOffice (soffice) is not installed: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = out_dir / (docx.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    return pdf


def pdf_raw_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text in the order the PDF draws it: LibreOffice draws stacked Thai marks a little off their letter, which
    pdftotext's reading-order guess puts after the next letter or on a line of their own."""
    args = [poppler("pdftotext"), "-raw", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
