"""Reading a PDF back the way a user's viewer would: text extraction with poppler's tools."""

import re
import subprocess
from pathlib import Path

from tests.linux_tools import poppler


def pdf_text(path: Path, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    args = [poppler("pdftotext"), "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    done = subprocess.run([*args, str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def page_count(path: Path) -> int:
    done = subprocess.run([poppler("pdfinfo"), str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", done.stdout, re.M).group(1))


def embedded_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb yes/no) from pdffonts."""
    done = subprocess.run([poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True)
    fonts = []
    for line in done.stdout.splitlines()[2:]:
        cells = line.split()
        # name type [encoding...] emb sub uni object-id: emb is the 5th column from the end
        fonts.append((cells[0], cells[-5]))
    return fonts


def squeeze(text: str) -> str:
    """Text without any whitespace: table cells wrap lines anywhere between words."""
    return re.sub(r"\s+", "", text)
