"""The report's type and pages as a Thai reader judges them: TH Sarabun New 16 pt, "- ๒ -" at the top from page 2."""

import dataclasses
import html
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from itadesk.cli import main
from itadesk.report.content import layout
from itadesk.report.exporter import render_report
from itadesk.services.document import MeasurePart
from itadesk.services.document_report import report_data_from_document
from itadesk.services.export import export_sample_docx, export_sample_pdf
from itadesk.services.progress import export_sample_progress_pdf
from itadesk.services.sample import sample_document
from itadesk.thai.digits import to_thai_digits
from itadesk.wordfile.builder import build_document
from tests.linux_tools import poppler
from tests.word_file import convert_to_pdf, field_instructions

CM = 72 / 2.54
A4_WIDTH, A4_HEIGHT = 21.0 * CM, 29.7 * CM
# The reference, from the measured figures of TH Sarabun New (docs: thai-typography.md): Word sets it at 16 pt with a
# single line of 20.8 pt, so an A4 page with 2.5 cm top and 2 cm bottom margins holds about 34 lines; the phrase
# below is 11.25 em wide, so a line between 3 cm and 2 cm side margins holds this many characters of such text.
PHRASE = "การนำผลการประเมินไปสู่การพัฒนาองค์กร"
REFERENCE_LINES = (29.7 - 2.5 - 2.0) * CM / 20.8
REFERENCE_CHARS = (21.0 - 3.0 - 2.0) * CM / (11.25 * 16 / len(PHRASE))
TOLERANCE = 0.10
OFFICIAL_NUMBER = re.compile(r"^- ([๐-๙]+) -$")
FOOTER_NUMBER = re.compile(r"^หน้า ([๐-๙]+) / ([๐-๙]+)$")


@dataclass(frozen=True)
class Line:
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


def pdf_lines(path, page: int) -> list[Line]:
    """The lines of one page as poppler finds them, top to bottom; y from the top edge."""
    done = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", "-bbox-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    found = re.findall(
        r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>',
        done.stdout.decode("utf-8"),
        re.S,
    )
    return [
        Line(
            float(x0),
            float(y0),
            float(x1),
            float(y1),
            " ".join(html.unescape(w) for w in re.findall(r">([^<]*)</word>", b)),
        )
        for x0, y0, x1, y1, b in found
    ]


def page_sizes(path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def font_sizes(path, page: int) -> Counter:
    """Characters drawn at each font size (points) on a page."""
    sizes: Counter = Counter()

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[round(size * abs(tm[3]) * abs(cm[3]), 2)] += len(text.strip())

    PdfReader(path).pages[page - 1].extract_text(visitor_text=visit)
    return sizes


def margins(size: tuple[float, float]) -> dict[str, float]:
    chosen = layout.LANDSCAPE_MARGINS if size[0] > size[1] else layout.PORTRAIT_MARGINS
    return {side: value * CM for side, value in chosen.items()}


def text_lines(path, page: int) -> list[Line]:
    """The lines inside the text area (no page number above or below it)."""
    size = page_sizes(path)[page - 1]
    edges = margins(size)
    return [ln for ln in pdf_lines(path, page) if edges["top"] - 2 < ln.y_min and ln.y_max < size[1] - edges["bottom"]]


def fullest_body_page(path) -> int:
    """The portrait page with the most lines of which all are headings and paragraphs (no table or chart)."""
    left = layout.PORTRAIT_MARGINS["left"] * CM
    starts = (left, left + layout.FIRST_LINE_INDENT)

    def paragraphs_only(page: int) -> bool:
        return all(any(abs(ln.x_min - x) < 1 for x in starts) for ln in text_lines(path, page))

    portrait = [n for n, (w, h) in enumerate(page_sizes(path), start=1) if h > w and paragraphs_only(n)]
    return max(portrait, key=lambda n: len(text_lines(path, n)))


def full_lines(path, page: int) -> list[Line]:
    """Lines of body text that run to the right margin (neither a paragraph's first nor its last line)."""
    left = layout.PORTRAIT_MARGINS["left"] * CM
    right = A4_WIDTH - layout.PORTRAIT_MARGINS["right"] * CM
    return [
        ln for ln in text_lines(path, page) if abs(ln.x_min - left) < 1 and ln.x_max > right - 0.15 * (right - left)
    ]


def characters_per_line(path, page: int) -> float:
    lines = full_lines(path, page)
    assert len(lines) >= 10
    return sum(len(ln.text) for ln in lines) / len(lines)


def within(measured: float, reference: float) -> bool:
    return abs(measured - reference) <= TOLERANCE * reference


# --- the sizes ---------------------------------------------------------------------------------------------------


def sarabun_metrics_from_its_file() -> layout.FontMetrics:
    """The bundled Sarabun Regular's figures, read from its glyf, hmtx and OS/2 tables."""
    import struct

    from reportlab.pdfbase.ttfonts import TTFontFile

    from itadesk.thai.fonts import font_path

    font = TTFontFile(str(font_path("Regular")))
    em = font.unitsPerEm
    glyphs = font.get_table("glyf")
    start = font.glyphPos[font.charToGlyph[ord("ก")]]
    _contours, _x_min, y_min, _x_max, y_max = struct.unpack(">hhhhh", glyphs[start : start + 10])
    advance = sum(font.hmetrics[font.charToGlyph[ord(char)]][0] for char in layout.TYPICAL_PHRASE)
    win_ascent, win_descent = struct.unpack(">HH", font.get_table("OS/2")[74:78])
    return layout.FontMetrics((y_max - y_min) / em, advance / em, (win_ascent + win_descent) / em, win_ascent / em)


def test_the_body_size_is_derived_from_the_fonts_metrics():
    sarabun = sarabun_metrics_from_its_file()
    # The figures the program uses are those of the font it ships, and those the measurements found
    assert dataclasses.astuple(sarabun) == pytest.approx(dataclasses.astuple(layout.SARABUN))
    assert sarabun.letter_height == pytest.approx(0.586, abs=0.001)
    assert sarabun.phrase_advance == pytest.approx(17.20, abs=0.01)
    assert sarabun.line_height == pytest.approx((1286 + 567) / 1000)
    assert layout.SCALE == pytest.approx(0.400 / 0.586)
    assert layout.BODY_SIZE == round(16 * 0.400 / 0.586 * 2) / 2 == 11
    # every size in the proportion of the official ones, to Word's half point
    for official, size in (
        (20, layout.TITLE_SIZE),
        (18, layout.HEADING_SIZE),
        (14, layout.TABLE_SIZE),
        (12, layout.NOTE_SIZE),
    ):
        assert size * 2 == int(size * 2) and abs(size - official * layout.SCALE) <= 0.25, (official, size)
    # a line of 11 pt Sarabun is Word's single line of TH Sarabun New 16 pt within 3 %, and above 1.5 em (stacked marks)
    assert layout.LEADING >= 1.5
    assert layout.LEADING * layout.BODY_SIZE == pytest.approx(20.8, rel=0.03)
    # the phrase set in Sarabun at the body size is as wide as in TH Sarabun New 16 pt, within 10 %
    assert within(sarabun.phrase_advance * layout.BODY_SIZE, 11.25 * 16)


def test_official_margins():
    assert layout.PORTRAIT_MARGINS == {"left": 3.0, "right": 2.0, "top": 2.5, "bottom": 2.0}
    # a landscape page is bound along its top: the 3 cm go there
    assert layout.LANDSCAPE_MARGINS["top"] == 3.0
    assert sorted(layout.LANDSCAPE_MARGINS.values()) == sorted(layout.PORTRAIT_MARGINS.values())


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("type") / "sample.pdf"
    export_sample_pdf(path)
    return path


def test_the_body_text_is_set_at_the_derived_size(sample_pdf):
    page = fullest_body_page(sample_pdf)
    sizes = font_sizes(sample_pdf, page)
    body, _count = sizes.most_common(1)[0]
    assert body == layout.BODY_SIZE == 11
    # headings at their size too, and nothing at the old 16 pt anywhere
    assert layout.BODY_SIZE in sizes and all(size < 14 for size in sizes)
    first = font_sizes(sample_pdf, 1)
    assert layout.TITLE_SIZE in first and layout.TABLE_SIZE in first


def test_lines_and_characters_per_line_match_a_word_page_in_th_sarabun_new(sample_pdf):
    page = fullest_body_page(sample_pdf)
    lines = len(text_lines(sample_pdf, page))
    assert within(lines, REFERENCE_LINES), (page, lines, REFERENCE_LINES)
    chars = characters_per_line(sample_pdf, page)
    assert within(chars, REFERENCE_CHARS), (page, chars, REFERENCE_CHARS)


# An invented agency: other figures, long analyses, a long plan.
ANALYSIS = (
    "ผลการประเมินในตัวชี้วัดนี้สะท้อนให้เห็นว่าเทศบาลได้วางระบบการปฏิบัติงานที่ชัดเจนและเปิดเผยต่อประชาชน "
    "แต่ยังมีบางขั้นตอนที่ผู้รับบริการเห็นว่าใช้เวลานานเกินสมควร โดยเฉพาะงานขออนุญาตก่อสร้างและงานจดทะเบียนพาณิชย์ "
    "ซึ่งต้องผ่านการพิจารณาของหลายกองก่อนแจ้งผลให้ผู้ยื่นคำขอทราบ เทศบาลจึงควรกำหนดระยะเวลาของแต่ละขั้นตอนให้แน่นอน "
    "ประกาศให้ประชาชนทราบทั้งที่สำนักงานและบนเว็บไซต์ และติดตามผลการให้บริการเป็นรายเดือนเพื่อปรับปรุงอย่างต่อเนื่อง"
)
SCORES = [
    Decimal(v) for v in ("88.40", "91.25", "79.60", "84.10", "90.00", "72.35", "81.90", "69.80", "95.00", "86.75")
]


def invented_document():
    document = sample_document().model_copy(deep=True)
    document.agency.name = "เทศบาลตำบลหนองบัวทอง"
    document.agency.district = "เมืองขอนแก่น"
    document.agency.province = "ขอนแก่น"
    current = next(a for a in document.assessments if a.fiscal_year == 2568)
    current.scores = dict(enumerate(SCORES, start=1))
    current.official_overall = Decimal("84.12")
    current.official_level = "ผ่าน"
    current.overall_analysis = "\n".join([ANALYSIS] * 3)
    current.analyses = {n: "\n".join([ANALYSIS] * 2) for n in range(1, 11)}
    current.analyses[4] = " ".join([ANALYSIS] * 16)  # one paragraph longer than a page
    [plan] = document.plans
    extra = [
        MeasurePart(**{**m.model_dump(), "title": f"{m.title} ระยะที่ {k}", "analysis": m.analysis + " " + ANALYSIS})
        for k in (2, 3)
        for m in plan.measures
    ]
    plan.measures = sorted([*plan.measures, *extra], key=lambda m: m.indicator)
    return document


@pytest.fixture(scope="module")
def invented_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("type") / "invented.pdf"
    path.write_bytes(render_report(report_data_from_document(invented_document(), 2568)))
    return path


def test_a_full_page_of_another_agency_matches_the_reference_too(invented_pdf):
    page = fullest_body_page(invented_pdf)
    lines = text_lines(invented_pdf, page)
    # one paragraph fills the page: it holds as many lines as its height allows
    assert len(lines) == int((A4_HEIGHT - (2.5 + 2.0) * CM) / (layout.LEADING * layout.BODY_SIZE)) == 35
    assert within(len(lines), REFERENCE_LINES), (page, len(lines))
    assert within(characters_per_line(invented_pdf, page), REFERENCE_CHARS)
    assert font_sizes(invented_pdf, page).most_common(1)[0][0] == layout.BODY_SIZE


# --- page numbers ------------------------------------------------------------------------------------------------


def assert_official_numbers(path):
    sizes = page_sizes(path)
    assert len(sizes) >= 3
    for page, size in enumerate(sizes, start=1):
        lines = pdf_lines(path, page)
        numbers = [ln for ln in lines if OFFICIAL_NUMBER.match(ln.text)]
        assert not any(FOOTER_NUMBER.match(ln.text) or ln.text.startswith("หน้า ") for ln in lines), page
        if page == 1:
            assert not numbers
            continue
        [number] = numbers
        assert number.text == f"- {to_thai_digits(page)} -"
        assert number.y_max < margins(size)["top"] and number.y_min == min(ln.y_min for ln in lines), (
            page
        )  # above the text
        edges = margins(size)
        centre = (edges["left"] + size[0] - edges["right"]) / 2
        assert abs((number.x_min + number.x_max) / 2 - centre) < 1.5, page


def test_official_page_numbers_at_the_top_centre_from_page_2(sample_pdf, invented_pdf):
    assert_official_numbers(sample_pdf)
    assert_official_numbers(invented_pdf)
    landscape = [n for n, (w, h) in enumerate(page_sizes(invented_pdf), start=1) if w > h]
    assert len(landscape) >= 3  # the long plan: its pages are numbered the same way


def assert_footer_numbers(path):
    sizes = page_sizes(path)
    total = len(sizes)
    for page, size in enumerate(sizes, start=1):
        lines = pdf_lines(path, page)
        assert not any(OFFICIAL_NUMBER.match(ln.text) for ln in lines), page
        [number] = [ln for ln in lines if FOOTER_NUMBER.match(ln.text)]
        assert number.text == f"หน้า {to_thai_digits(page)} / {to_thai_digits(total)}"
        assert number.y_min > size[1] - margins(size)["bottom"] and number.y_max == max(ln.y_max for ln in lines), page


def test_footer_page_numbers_when_asked(tmp_path):
    path = tmp_path / "footer.pdf"
    path.write_bytes(render_report(report_data_from_document(sample_document(), 2568), page_numbers="footer"))
    assert_footer_numbers(path)
    with pytest.raises(ValueError, match="page_numbers"):
        render_report(report_data_from_document(sample_document(), 2568), page_numbers="bottom")


def test_the_command_line_chooses_the_page_numbers(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_DB", str(tmp_path / "unused.sqlite3"))
    footer = tmp_path / "footer.pdf"
    assert main(["export", "--sample", "-o", str(footer), "--page-numbers", "footer"]) == 0
    assert_footer_numbers(footer)
    with pytest.raises(SystemExit):
        main(["export", "--sample", "-o", str(tmp_path / "x.pdf"), "--page-numbers", "bottom"])
    assert "--page-numbers" in capsys.readouterr().err


def test_the_progress_report_numbers_its_pages_the_same_ways(tmp_path):
    official = tmp_path / "progress.pdf"
    export_sample_progress_pdf(official, 2569, date(2026, 3, 31))
    assert_official_numbers(official)
    assert font_sizes(official, 1)[layout.BODY_SIZE] > 0
    footer = tmp_path / "progress-footer.pdf"
    export_sample_progress_pdf(footer, 2569, date(2026, 3, 31), page_numbers="footer")
    assert_footer_numbers(footer)


# --- the Word file -----------------------------------------------------------------------------------------------


def style_sizes(document, name: str) -> tuple[str, str]:
    run = document.styles[name].element.rPr
    return run.find(qn("w:sz")).get(qn("w:val")), run.find(qn("w:szCs")).get(qn("w:val"))


def header_fields(part) -> list[str]:
    return field_instructions(part._element)


def test_word_styles_have_the_pdf_sizes():
    document = build_document(report_data_from_document(sample_document(), 2568))
    for name, size in (
        ("Normal", layout.BODY_SIZE),
        ("ITA Body", layout.BODY_SIZE),
        ("Title", layout.TITLE_SIZE),
        ("Heading 1", layout.HEADING_SIZE),
        ("Heading 2", layout.BODY_SIZE),
        ("ITA Table", layout.TABLE_SIZE),
        ("ITA Note", layout.NOTE_SIZE),
        ("Header", layout.BODY_SIZE),
    ):
        assert style_sizes(document, name) == (str(round(size * 2)),) * 2, name
    assert style_sizes(document, "ITA Body") == ("22", "22")
    fonts = document.styles["ITA Body"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == fonts.get(qn("w:ascii")) == "Sarabun"
    spacing = document.styles["ITA Body"].paragraph_format.line_spacing
    assert spacing.pt == pytest.approx(layout.LEADING * layout.BODY_SIZE, abs=0.05)
    first = document.sections[0]
    page = (first.left_margin.cm, first.right_margin.cm, first.top_margin.cm, first.bottom_margin.cm)
    assert page == pytest.approx((3.0, 2.0, 2.5, 2.0), abs=0.001)
    assert document.sections[-1].top_margin.cm == pytest.approx(3.0, abs=0.001)


def test_word_page_numbers_in_the_header_from_page_2():
    document = build_document(report_data_from_document(sample_document(), 2568))
    first, plan = document.sections[0], document.sections[-1]
    assert first.different_first_page_header_footer
    header = first.header.paragraphs[0]
    assert header_fields(first.header) == [r"PAGE \* THAIARABIC"]
    assert header.text == "- ๒ -" and header.style.name == "Header"
    assert header.alignment is None and header.style.paragraph_format.alignment == 1  # centred by its style
    assert first.first_page_header.is_linked_to_previous is False
    assert not header_fields(first.first_page_header) and not first.first_page_header.paragraphs[0].text
    assert not header_fields(first.footer) and not first.footer.paragraphs[0].text
    # the plan's landscape section keeps the header, and its first page is numbered like the others
    assert plan.header.is_linked_to_previous and not plan.different_first_page_header_footer


def test_word_page_numbers_in_the_footer_when_asked():
    document = build_document(report_data_from_document(sample_document(), 2568), page_numbers="footer")
    first = document.sections[0]
    assert not first.different_first_page_header_footer
    assert header_fields(first.footer) == [r"PAGE \* THAIARABIC", r"NUMPAGES \* THAIARABIC"]
    assert first.footer.paragraphs[0].text.startswith("หน้า ")
    assert not header_fields(first.header)


def test_libreoffice_prints_the_word_file_at_the_pdf_size_with_official_numbers(tmp_path):
    docx = tmp_path / "sample.docx"
    export_sample_docx(docx)
    printed = convert_to_pdf(docx, tmp_path, tmp_path / "profile")
    sizes = page_sizes(printed)
    assert 10 <= len(sizes) <= 25
    portrait = [n for n, (w, h) in enumerate(sizes, start=1) if h > w]
    drawn = sum((font_sizes(printed, n) for n in portrait[1:]), Counter())  # the analysis
    assert drawn.most_common(1)[0][0] == layout.BODY_SIZE
    for number, size in enumerate(sizes, start=1):
        top = [ln for ln in pdf_lines(printed, number) if ln.y_max < margins(size)["top"]]
        # LibreOffice shows Arabic digits: it does not read Word's THAIARABIC switch
        texts = [re.sub(r"\s", "", ln.text) for ln in top]
        assert texts == ([] if number == 1 else [f"-{number}-"]), (number, texts)
