"""Thai in the PDF: shaped, broken between words, and read back by pdftotext as the text that was typed."""

import json
import re
import subprocess
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

from itadesk.paths import sample_file
from itadesk.report.fonts import FONT, FONT_BOLD
from itadesk.report.thaitext import MARKER, draw_text, markup, paragraph_style, prepare_thai_text, text_width
from itadesk.thai.words import break_offsets, insert_breaks
from tests.linux_tools import poppler

TRICKY = "ที่ ปี่ ฝั่ง ป่า ฟ้า นั้น น้ำ ทำ กำหนด ผู้รับผิดชอบ ๙๘.๒๗"
SENTENCE = (
    "ผลการประเมิน ตัวชี้วัดที่ ๙ ประสิทธิภาพการสื่อสาร ผลการประเมินคะแนนที่ได้ ๙๗.๕๐ คะแนน ลดลงจากปี พ.ศ.๒๕๖๗ (๑๐๐) "
    "ควรเร่งทำความเข้าใจแก่พนักงานและผู้รับผิดชอบ โดยการเปิดเผยข้อมูลให้เป็นปัจจุบัน"
)
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _analysis_paragraphs() -> list[str]:
    """The 2568 analysis paragraphs of the bundled sample agency (taken from its real report)."""
    sample = json.loads(sample_file().read_text(encoding="utf-8"))
    analyses = max(sample["assessments"], key=lambda assessment: assessment["fiscal_year"])["analyses"]
    return [analyses[number] for number in sorted(analyses, key=int)][:6]


def _pdftotext(pdf: Path, *options: str) -> str:
    done = subprocess.run([poppler("pdftotext"), *options, str(pdf), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _build(pdf: Path, story: list, frame_width: float = 16 * cm) -> None:
    doc = BaseDocTemplate(str(pdf), pagesize=A4)
    frame = Frame(2 * cm, 2 * cm, frame_width, A4[1] - 4 * cm, leftPadding=0, rightPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(frames=[frame])])
    doc.build(story)


def _assert_reads_back(texts: list[str], extracted: str, column: float = 16 * cm, size: float = 16) -> int:
    """The extracted text is the texts, with line ends only at spaces or between words (inside a word only if it is
    wider than the column); returns how many line ends fell between words with no space, so a test can tell that
    Thai lines were broken at all."""
    assert MARKER not in extracted
    assert not PRIVATE_USE.search(extracted), sorted({hex(ord(c)) for c in PRIVATE_USE.findall(extracted)})
    text = "\n".join(texts)
    boundaries = {0, len(text)} | {i for i, char in enumerate(text) if char.isspace()}
    boundaries |= {i + 1 for i, char in enumerate(text) if char.isspace()}
    start = 0
    for piece in texts:
        boundaries.update(start + offset for offset in break_offsets(piece))
        start += len(piece) + 1
    between_words = 0
    cursor = 0
    for token in extracted.split():
        while cursor < len(text) and text[cursor].isspace():
            cursor += 1
        assert text[cursor : cursor + len(token)] == token, f"at {cursor}: {text[cursor : cursor + 40]!r} != {token!r}"
        cursor += len(token)
        if cursor == len(text) or text[cursor].isspace():
            continue
        if cursor in boundaries:
            between_words += 1
            continue
        word = text[max(b for b in boundaries if b < cursor) : min(b for b in boundaries if b > cursor)]
        assert text_width(word, FONT, size) > column, (
            f"split inside a word: {text[cursor - 15 : cursor]}|{text[cursor:]:.15}"
        )
    assert text[cursor:].strip() == ""
    return between_words


def test_tricky_words_read_back_exactly(tmp_path):
    texts = [TRICKY, SENTENCE, "a & b <c> ที่นั่น\nบรรทัดใหม่"]
    style = paragraph_style("body")
    story = [Paragraph(markup(text), style) for text in texts]
    story += [Paragraph(f"<b>{markup(TRICKY)}</b>", style), Paragraph(f"<i>{markup(TRICKY)}</i>", style)]
    pdf = tmp_path / "tricky.pdf"
    _build(pdf, story)
    _assert_reads_back([*texts, TRICKY, TRICKY], _pdftotext(pdf))


def test_sarabun_is_embedded(tmp_path):
    pdf = tmp_path / "fonts.pdf"
    _build(pdf, [Paragraph(f"{markup(TRICKY)} <b>{markup(TRICKY)}</b> <i>ทำ</i>", paragraph_style("body"))])
    rows = [
        line.split() for line in subprocess.check_output([poppler("pdffonts"), str(pdf)], text=True).splitlines()[2:]
    ]
    sarabun = {row[0].split("+")[-1]: row[-5] for row in rows if "Sarabun" in row[0]}
    assert sarabun.keys() >= {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic"}
    assert set(sarabun.values()) == {"yes"}


def test_paragraphs_break_lines_between_words(tmp_path):
    texts = _analysis_paragraphs()
    pdf = tmp_path / "narrow.pdf"
    _build(pdf, [Paragraph(markup(text), paragraph_style("body")) for text in texts], frame_width=8 * cm)
    # -raw: by default pdftotext drops the "-" that ends a line (a web address broken after its "-")
    extracted = _pdftotext(pdf, "-raw")
    assert _assert_reads_back(texts, extracted, column=8 * cm) >= len(texts)
    # The lines really are narrow: none holds more than the column can (16 pt Sarabun, about 2.3 letters a cm).
    assert max(len(line) for line in extracted.splitlines()) < 40


def test_table_cells_break_lines_between_words(tmp_path):
    texts = _analysis_paragraphs()[:4]
    widths = [4 * cm, 6 * cm]
    style = paragraph_style("cell", size=14)
    rows = [[Paragraph(markup(text), style) for text in texts[i : i + 2]] for i in range(0, len(texts), 2)]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    pdf = tmp_path / "table.pdf"
    _build(pdf, [table])
    left = 2 * cm
    between_words = 0
    for column, width in enumerate(widths):
        # pdftotext crops in points at its default 72 dpi: read one column at a time.
        crop = ["-x", str(int(left)), "-y", "0", "-W", str(int(width)), "-H", str(int(A4[1]))]
        # A cell's text is narrower than its column by the cell's padding, 6 pt each side.
        cell = width - 12
        between_words += _assert_reads_back(texts[column::2], _pdftotext(pdf, *crop), column=cell, size=14)
        left += width
    assert between_words >= len(texts)


def test_a_word_wider_than_its_cell_is_cut_not_fatal(tmp_path):
    word = "ประชาสัมพันธ์" * 6  # one run of Thai letters, no marker: a single word to the line breaker
    address = "https://www.khokkhonlocal.go.th/index.php/channel-for-reporting-fraud-and-misconduct-complaints"
    # lines close enough for pdftotext to read each cell as one block, not the two cells line by line
    style = paragraph_style("cell", size=14, leading=21)
    table = Table([[Paragraph(word, style), Paragraph(markup(address), style)]], colWidths=[1.6 * cm, 2.4 * cm])
    pdf = tmp_path / "long.pdf"
    _build(pdf, [table, Paragraph(word * 30, paragraph_style("body"))], frame_width=3 * cm)
    extracted = _pdftotext(pdf, "-raw")  # the address is broken after its "-", which pdftotext drops by default
    assert "".join(extracted.split()) == word + address + word * 30
    assert not PRIVATE_USE.search(extracted)


def test_draw_text_reads_back_and_anchors(tmp_path):
    pdf = tmp_path / "lines.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    lines = {"start": (TRICKY, 100), "middle": ("หน้า ๓ / ๑๒ ผู้รับผิดชอบ", 300), "end": ("ปี่ น้ำ ทำ", 500)}
    for number, (anchor, (text, x)) in enumerate(lines.items()):
        draw_text(canvas, x, 700 - 40 * number, text, FONT_BOLD if anchor == "middle" else FONT, 16, anchor=anchor)
    canvas.showPage()
    canvas.save()
    _assert_reads_back([text for text, _x in lines.values()], _pdftotext(pdf))
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', _pdftotext(pdf, "-bbox"))
    for number, (anchor, (text, x)) in enumerate(lines.items()):
        top = A4[1] - 700 + 40 * number
        on_line = [(float(x0), float(x1)) for x0, y0, x1 in words if abs(float(y0) - top) < 20]
        x0, x1 = min(a for a, _b in on_line), max(b for _a, b in on_line)
        font = FONT_BOLD if anchor == "middle" else FONT
        assert x1 - x0 == pytest.approx(text_width(text, font, 16), abs=0.5)
        expected = {"start": x0, "middle": (x0 + x1) / 2, "end": x1}[anchor]
        assert expected == pytest.approx(x, abs=0.5)


def test_markup_escapes_and_marks_word_breaks():
    made = markup("a & b <c>\nทุกสำนัก")
    assert made == f"a &amp; b &lt;c&gt;<br/>ทุก{MARKER}สำนัก"


def test_min_width_is_the_widest_word():
    # Tables size columns they are given no width for by Paragraph.minWidth.
    text = "ทุกสำนักงานเขต"
    words = insert_breaks(text, "|").split("|")
    assert len(words) > 1
    made = Paragraph(markup(text), paragraph_style("cell", size=14)).minWidth()
    assert made == pytest.approx(max(stringWidth(word, FONT, 14) for word in words))


def test_paragraph_style_is_shaped_sarabun():
    plain, bold = paragraph_style("p"), paragraph_style("b", size=14, bold=True)
    assert (plain.fontName, bold.fontName) == (FONT, FONT_BOLD)
    assert plain.shaping and bold.shaping
    assert plain.leading >= 1.5 * 16 and bold.leading >= 1.5 * 14


def test_fixes_are_installed_once_on_the_pinned_reportlab():
    # The fixes wrap ReportLab internals read in 5.1.0's source; another version must be checked again.
    assert reportlab.Version == "5.1.0"
    prepare_thai_text()
    wrapped = rl_paragraph._getFragWords
    prepare_thai_text()
    assert rl_paragraph._getFragWords is wrapped
    assert not hasattr(wrapped.itadesk_wrapped, "itadesk_wrapped")
