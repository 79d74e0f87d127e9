"""The printed tables read back from the PDFs: the plan reads as a table of indicators on every page, rows split only
cleanly, the results table stays whole, and the labels say what is official and what the program calculated.

Rows are found from the rules the PDF draws (pypdfium2's path segments) and the words in them from pdftotext's
-bbox-layout, page by page; the sample and an invented agency with a plan of 40 measures are both checked.
"""

import ctypes
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest

from itadesk.domain.comparison import Change, LevelChange, ScoreChange
from itadesk.domain.drafting import overall_sentence, summary_sentence
from itadesk.domain.plan import ImprovementPlan, PlanMeasure
from itadesk.report.content.cells import report_digits
from itadesk.report.content.plan import analysis_runs, numbered, plan_rows
from itadesk.services.document import AgencyDocument
from itadesk.services.document_report import report_data_from_document
from itadesk.services.export import export_pdf, export_sample_pdf, write_report_file
from itadesk.services.importing import import_document
from itadesk.services.progress import progress_data_from_document, write_progress_pdf
from itadesk.services.sample import sample_document
from itadesk.thai.digits import to_thai_digits
from tests.linux_tools import poppler
from tests.report_text import page_count, pdf_text, squeeze
from tests.word_file import convert_to_pdf, pdf_raw_text

MINUS = "\u2212"
PLAN_HEAD = "ขั้นตอนหรือวิธีการดำเนินการ"
PROGRESS_HEAD = "ผลการดำเนินการ"
ROW_START = re.compile(r"^(?:[0-9๐-๙]{1,3}\s*[.)]|ตัวชี้วัดที่|ผลการวิเคราะห์)")

# --- an invented agency: other figures, a computed year, a plan of 40 measures -----------------------------------

AGENCY = "องค์การบริหารส่วนตำบลบ้านใหม่สามัคคี"
SCORES_2567 = ["80.50", "78.00", "82.25", "75.00", "79.10", "72.40", "70.85", "68.30", "60.00", "65.50"]
SCORES_2568 = ["85.20", "79.40", "88.00", "74.50", "83.33", "76.10", "69.90", "71.25", "72.50", "70.00"]
CODES = "ข้อ O1–O36 ของแบบ OIT โดยเฉพาะข้อ O12 และคำถาม i12, e5"
MAIL = "ita2569@banmaisamakkhi.go.th"
URL = "https://www.banmaisamakkhi.go.th/ita2569/o12.pdf"

_PHRASES = (
    "บุคลากรยังไม่เข้าใจขั้นตอนการปฏิบัติงานที่กำหนดไว้ในคู่มือ และผู้รับบริการเห็นว่าระยะเวลาการให้บริการยังไม่แน่นอน",
    "การเผยแพร่แผนการใช้จ่ายงบประมาณยังไม่ทั่วถึง ประชาชนในพื้นที่ส่วนใหญ่ไม่ทราบช่องทางการติดตามการใช้งบประมาณ",
    "การมอบหมายงานและการประเมินผลการปฏิบัติงานยังไม่มีหลักเกณฑ์ที่ชัดเจน บุคลากรบางส่วนเห็นว่าไม่เป็นธรรม",
    "ยังไม่มีแนวทางการยืมทรัพย์สินของราชการที่เป็นลายลักษณ์อักษร และไม่มีการตรวจสอบการนำทรัพย์สินไปใช้",
    "บุคลากรยังไม่มั่นใจในกระบวนการจัดการเรื่องร้องเรียนการทุจริต และไม่ทราบมาตรการคุ้มครองผู้แจ้งเบาะแส",
)


def _analysis(indicator: int, second: bool) -> str:
    text = f"จากผลการประเมินตัวชี้วัดที่ {indicator} พบว่า{_PHRASES[(indicator + second) % len(_PHRASES)]}"
    if second:
        text += " นอกจากนี้ยังต้องติดตามผลการดำเนินงานของปีก่อนให้ครบทุกเรื่อง"
    if indicator == 9:
        text += f" ตาม{CODES} ติดต่อสอบถามได้ที่ {MAIL} และดูรายละเอียดที่ {URL}"
    return text


def _steps(number: int) -> list[str]:
    kind = number % 8
    if kind == 0:
        return []
    if kind == 1:
        return ["1) แต่งตั้งคณะทำงาน", "2) จัดทำร่างแนวทาง", "3) เสนอผู้บริหารให้ความเห็นชอบ"]
    if kind == 2:
        return ["ข้อ ๑ สำรวจความต้องการของผู้รับบริการ", "ข้อ ๒ สรุปผลและปรับปรุงขั้นตอน"]
    if kind == 3:
        return ["๑. ขั้นตอนที่ ๑ จัดประชุมชี้แจงบุคลากร", "๒. ขั้นตอนที่ ๒ ติดตามผลทุกไตรมาส"]
    if kind == 4:  # a tall row: split across pages only cleanly
        return [
            f"ดำเนินการขั้นที่ {n} ของมาตรการ โดยประสานงานกับทุกสำนักและกองที่เกี่ยวข้อง จัดทำบันทึกรายงานผล"
            "และเสนอผู้บริหารพิจารณาสั่งการตามลำดับชั้น พร้อมทั้งเผยแพร่ผลการดำเนินงานให้ประชาชนทราบ"
            for n in range(1, 15)
        ]
    return ["จัดทำแผนการดำเนินงาน", "ดำเนินการตามแผน", "รายงานผลต่อผู้บริหาร"][: 1 + kind % 3]


def _measure(number: int) -> dict:
    indicator = number // 4 + 1
    position = number % 4
    analysis = _analysis(indicator, second=position == 3 and indicator % 2 == 0)
    if position == 3 and indicator % 2 == 1:
        analysis = ""  # comes under the analysis above it
    periods = (
        {"start": "2025-10-01", "end": "2026-09-30"},
        {"start": "2025-11-01", "end": "2026-03-31"},
        None,
    )
    return {
        "indicator": indicator,
        "title": f"มาตรการที่ {position + 1} ของตัวชี้วัดที่ {indicator} พัฒนาการปฏิบัติงานและการให้บริการประชาชน"
        + ("ให้โปร่งใส ตรวจสอบได้ และเป็นไปตามหลักธรรมาภิบาลอย่างต่อเนื่องทุกปีงบประมาณ" if number % 5 == 0 else ""),
        "analysis": analysis,
        "steps": _steps(number),
        "period": periods[number % 3],
        "responsible": [] if number % 7 == 6 else ["สำนักปลัด", "กองคลัง"][: 1 + number % 2],
        "status": ("done", "in_progress", "not_started", "cancelled")[number % 4],
        "progress": (100, 40, 0, 0)[number % 4],
        "evidence": "" if number % 3 else f"รายงานผลการดำเนินงานครั้งที่ {number % 4 + 1} เผยแพร่ที่ {URL}",
    }


def invented_document(official_2568: bool = False, level_2567: str = "ต้องปรับปรุงโดยด่วน") -> AgencyDocument:
    def scores(values: list[str]) -> dict[int, str]:
        return {n: value for n, value in enumerate(values, start=1)}

    current = {"fiscal_year": 2568, "framework": 2568, "scores": scores(SCORES_2568)}
    if official_2568:
        current |= {"official_overall": "74.85", "official_level": "ต้องปรับปรุง"}
    current["overall_analysis"] = f"คะแนนของแบบ OIT ต่ำกว่าเครื่องมืออื่น โดยเฉพาะ{CODES}"
    current["analyses"] = {9: f"ยังเปิดเผยข้อมูลไม่ครบตาม{CODES} ติดต่อ {MAIL}"}
    return AgencyDocument.model_validate(
        {
            "format": "itadesk-agency",
            "version": 1,
            "agency": {"name": AGENCY, "district": "เมืองยาง", "province": "นครราชสีมา"},
            "assessments": [
                {
                    "fiscal_year": 2567,
                    "framework": 2567,
                    "official_overall": "69.95",
                    "official_level": level_2567,
                    "scores": scores(SCORES_2567),
                },
                current,
            ],
            "plans": [{"fiscal_year": 2569, "based_on": 2568, "measures": [_measure(n) for n in range(40)]}],
        }
    )


# --- reading the PDF back --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass
class Row:
    top: float
    bottom: float
    words: list[Word]
    borders: list[float]  # the vertical rules the row crosses, left to right

    @property
    def first_column(self) -> float:
        return self.borders[1]

    def column(self, number: int) -> str:
        """The text of a column (of a row whose cells are not merged)."""
        left, right = self.borders[number], self.borders[number + 1]
        words = [w for w in self.words if left - 1 <= w.x0 and w.x1 <= right + 1]
        return " ".join(w.text for w in sorted(words, key=lambda w: (round(w.y0), w.x0)))

    @property
    def lines(self) -> int:
        """How many lines of text the row holds (its tallest cell)."""
        tops: list[float] = []
        for word in sorted(self.words, key=lambda w: w.y0):
            if not tops or word.y0 - tops[-1] > 4:
                tops.append(word.y0)
        return len(tops)

    @property
    def lead(self) -> str:
        """The text of the row's first column."""
        words = sorted((w for w in self.words if w.x1 <= self.first_column + 1), key=lambda w: (round(w.y0), w.x0))
        return " ".join(w.text for w in words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: (round(w.y0), w.x0)))

    def is_header(self) -> bool:
        return "ผู้รับผิดชอบ" in self.text and "มาตรการ" in self.text

    def is_title(self) -> bool:
        return self.lead.startswith("ตัวชี้วัดที่")

    def is_analysis(self) -> bool:
        return self.lead.startswith("ผลการวิเคราะห์")

    def starts(self) -> bool:
        """The row begins here: its first column starts as a row starts, not in the middle of a piece of text."""
        return bool(ROW_START.match(self.lead))


def _words(path: Path, page: int) -> list[Word]:
    xml = subprocess.run(
        [poppler("pdftotext"), "-bbox-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout
    root = ElementTree.fromstring(xml)
    return [
        Word(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")), w.text or "")
        for w in root.iter()
        if w.tag.endswith("word")
    ]


def _rules(path: Path, page: int) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Stroked horizontal (y, x0, x1) and vertical (x, y0, y1) segments, from the top of the page down."""
    document = pdfium.PdfDocument(str(path))
    try:
        sheet = document[page - 1]
        height = sheet.get_height()
        horizontal, vertical = [], []
        for item in sheet.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH]):
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            pdfium_raw.FPDFPath_GetDrawMode(item.raw, fill, stroke)
            if not stroke.value:
                continue
            a, b, c, d, e, f = item.get_matrix().get()
            last = None
            for index in range(pdfium_raw.FPDFPath_CountSegments(item.raw)):
                segment = pdfium_raw.FPDFPath_GetPathSegment(item.raw, index)
                x, y = ctypes.c_float(), ctypes.c_float()
                pdfium_raw.FPDFPathSegment_GetPoint(segment, x, y)
                point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
                if pdfium_raw.FPDFPathSegment_GetType(segment) == pdfium_raw.FPDF_SEGMENT_LINETO and last:
                    (x0, y0), (x1, y1) = last, point
                    if abs(y0 - y1) < 0.1 and abs(x1 - x0) > 1:
                        horizontal.append((round(y0, 1), min(x0, x1), max(x0, x1)))
                    elif abs(x0 - x1) < 0.1 and abs(y1 - y0) > 1:
                        vertical.append((round(x0, 1), min(y0, y1), max(y0, y1)))
                last = point
    finally:
        document.close()
    return horizontal, vertical


def tables_on_page(path: Path, page: int) -> list[list[Row]]:
    """The page's ruled tables, top to bottom, each a list of rows: the space between two rules that the table's
    left border crosses."""
    horizontal, vertical = _rules(path, page)
    words = _words(path, page)
    levels = sorted({y for y, _x0, _x1 in horizontal})
    tables: list[list[Row]] = []
    for top, bottom in zip(levels, levels[1:], strict=False):
        borders = sorted({x for x, y0, y1 in vertical if y0 <= top + 0.5 and y1 >= bottom - 0.5})
        if len(borders) < 2:
            continue
        inside = [w for w in words if top < (w.y0 + w.y1) / 2 < bottom and borders[0] <= w.x0 <= borders[-1]]
        row = Row(top, bottom, inside, borders)
        if tables and abs(tables[-1][-1].bottom - top) < 0.5:
            tables[-1].append(row)
        else:
            tables.append([row])
    return tables


def pages_with(path: Path, needle: str) -> list[int]:
    """The pages whose text holds needle, wherever its lines break."""
    return [p for p in range(1, page_count(path) + 1) if squeeze(needle) in squeeze(pdf_text(path, p, p))]


# --- fixtures ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "sample.pdf"
    export_sample_pdf(path)
    return path


@pytest.fixture(scope="module")
def invented_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "invented.pdf"
    write_report_file(path, report_data_from_document(invented_document(), 2568), "pdf")
    return path


@pytest.fixture(scope="module")
def sample_progress(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "progress.pdf"
    write_progress_pdf(progress_data_from_document(sample_document(), 2569, date(2026, 3, 31)), path)
    return path


@pytest.fixture(scope="module")
def invented_progress(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tables") / "invented-progress.pdf"
    write_progress_pdf(progress_data_from_document(invented_document(), 2569, date(2026, 3, 31)), path)
    return path


@pytest.fixture(params=["sample", "invented"])
def report(request, sample_pdf, invented_pdf) -> Path:
    return sample_pdf if request.param == "sample" else invented_pdf


@pytest.fixture(params=["sample", "invented"])
def progress(request, sample_progress, invented_progress) -> Path:
    return sample_progress if request.param == "sample" else invented_progress


def plan_pages(path: Path) -> list[list[Row]]:
    """The plan's one table on each plan page."""
    pages = []
    for page in pages_with(path, PLAN_HEAD):
        [table] = tables_on_page(path, page)
        pages.append(table)
    return pages


def body(table: list[Row]) -> list[Row]:
    """The rows under the header and a title marked as continued."""
    rows = table[1:]
    return rows[1:] if rows and rows[0].is_title() and "(ต่อ)" in rows[0].text else rows


# --- the plan -------------------------------------------------------------------------------------------------------


def test_every_plan_page_names_its_indicator_marked_continued_where_it_goes_on(report):
    pages = plan_pages(report)
    assert len(pages) >= 3
    named = None
    for number, table in enumerate(pages):
        assert table[0].is_header()
        first = table[1]
        assert first.is_title(), (number, first.text)  # the page's first row names an indicator
        titles = [row for row in table if row.is_title()]
        indicator = re.match(r"ตัวชี้วัดที่ ([๐-๙]+)", first.text).group(1)
        continued = "(ต่อ)" in first.text
        assert continued == (indicator == named), (number, first.text, named)
        assert all("(ต่อ)" not in row.text for row in titles[1:])
        named = re.match(r"ตัวชี้วัดที่ ([๐-๙]+)", titles[-1].text).group(1)
    assert named == to_thai_digits(max(m.indicator for m in _plan(report).measures))


def _plan(path: Path) -> ImprovementPlan:
    document = sample_document() if "sample" in path.name else invented_document()
    data = report_data_from_document(document, 2568)
    return data.plan


def test_each_analysis_is_printed_once_above_its_measures(report):
    plan = _plan(report)
    text = squeeze("".join(pdf_text(report, p, p) for p in pages_with(report, PLAN_HEAD)))
    runs = 0
    for measures in plan.by_indicator().values():
        shown = [m.analysis for m in measures if m.analysis.strip()]
        for analysis in dict.fromkeys(squeeze(report_digits(a)) for a in shown):
            assert text.count(analysis[:60]) == 1, analysis[:60]
            runs += 1
    assert runs < len(plan.measures)  # shared analyses are not repeated for each measure
    rows = [row for table in plan_pages(report) for row in table]
    assert sum(row.is_analysis() for row in rows) == sum(
        len(analysis_runs(measures)) for measures in plan.by_indicator().values()
    )


def _boundaries(tables_by_page: list[list[list[Row]]]) -> list[tuple[Row, Row]]:
    """(last row of a page, first row of the next) where a row goes on from one page to the next."""
    pairs = []
    for before, after in zip(tables_by_page, tables_by_page[1:], strict=False):
        if not before or not after:
            continue
        rows = body(after[0])
        if rows and not rows[0].starts():
            pairs.append((before[-1][-1], rows[0]))
    return pairs


def test_a_row_split_across_pages_leaves_at_least_three_lines_on_each_side(report, progress):
    checked = 0
    for path in (report, progress):
        head = PLAN_HEAD if path is report else PROGRESS_HEAD
        pages = [tables_on_page(path, p) for p in pages_with(path, head)]
        for last, first in _boundaries(pages):
            assert last.lines >= 3 and first.lines >= 3, (path.name, last.text[:80], first.text[:80])
            checked += 1
    if report.name == "invented.pdf":
        assert checked >= 2  # the tall rows of the invented plan were split


def test_no_page_ends_with_a_header_a_title_or_an_analysis_alone(report, progress):
    pages = plan_pages(report)
    for number, table in enumerate(pages):
        rows = body(table)
        assert rows, number
        last = table[-1]
        assert not last.is_header() and not last.is_title(), (number, last.text)
        if last.is_analysis() and number + 1 < len(pages):
            assert not body(pages[number + 1])[0].starts()  # an analysis split, not one left alone
    for page in pages_with(progress, PROGRESS_HEAD):
        for table in tables_on_page(progress, page):
            assert body(table), (progress.name, page)


def test_a_table_that_goes_on_is_closed_by_a_rule(report, progress):
    for path, head in ((report, PLAN_HEAD), (progress, PROGRESS_HEAD)):
        pages = pages_with(path, head)
        for page, following in zip(pages, pages[1:], strict=False):
            tables = tables_on_page(path, page)
            next_rows = body(tables_on_page(path, following)[0])
            if tables and next_rows and not next_rows[0].starts():
                below = [w for w in _words(path, page) if w.y0 > tables[-1][-1].bottom]
                assert below == [], (path.name, page, [w.text for w in below])


def test_the_last_plan_page_is_not_a_stub(report):
    table = plan_pages(report)[-1]
    assert sum(row.lines for row in body(table) if not row.is_title()) >= 4


def test_a_continued_progress_table_names_its_indicator(progress):
    pages = pages_with(progress, PROGRESS_HEAD)
    continued = 0
    for page in pages:
        tables = tables_on_page(progress, page)
        rows = tables[0][1:]
        words = [w for w in _words(progress, page) if w.y1 < tables[0][0].top]
        headed = any("ตัวชี้วัดที่" in w.text for w in words)  # its own heading above it on this page
        if not headed and page != pages[0]:
            assert rows[0].is_title() and "(ต่อ)" in rows[0].text, (page, rows[0].text)
            continued += 1
    if progress.name.startswith("invented"):
        assert continued >= 1


def test_empty_fields_and_numbered_steps_print_as_written(invented_pdf):
    text = pdf_text(invented_pdf)
    flat = squeeze(text)
    assert "ยังไม่ได้ระบุ" not in flat
    for doubled in ("๑.๑)", "๑.ข้อ๑", "๑.๑.ขั้นตอนที่", "๒.๒)"):
        assert doubled not in flat, doubled
    for own in ("๑)แต่งตั้งคณะทำงาน", "ข้อ๑สำรวจความต้องการ", "๑.ขั้นตอนที่๑จัดประชุม"):
        assert own in flat, own
    # steps without numbers of their own are numbered ๑. ๒. …; a single step is not
    steps = {squeeze(row.column(1)) for table in plan_pages(invented_pdf) for row in table if len(row.borders) == 5}
    assert "๑.จัดทำแผนการดำเนินงาน๒.ดำเนินการตามแผน" in steps
    assert "จัดทำแผนการดำเนินงาน" in steps and "๑.จัดทำแผนการดำเนินงาน" not in steps
    assert "–" in steps  # a measure without steps


def test_the_numbering_rule():
    assert numbered(["ก", "ข"]) == ["๑. ก", "๒. ข"]
    assert numbered(["เดียว"]) == ["เดียว"]
    assert numbered(["1. ก", "2. ข"]) == ["1. ก", "2. ข"]
    assert numbered(["๑) ก", "ข"]) == ["๑) ก", "ข"]
    assert numbered(["ข้อ ๑ ก", "ข้อ ๒ ข"]) == ["ข้อ ๑ ก", "ข้อ ๒ ข"]
    assert numbered(["1.1 ก", "1.2 ข"]) == ["1.1 ก", "1.2 ข"]
    assert numbered(["", "  "]) == []
    plan = ImprovementPlan(2569, 2568, (PlanMeasure(1, "ก", steps=()), PlanMeasure(1, "ข", analysis="")))
    [block] = plan_rows(plan, None).blocks
    cells = [cell.text for row in block.rows for cell in row.cells if cell is not None]
    assert "(ยังไม่ได้ระบุ)" not in cells and cells.count("–") >= 4


# --- the first pages -----------------------------------------------------------------------------------------------


def test_the_results_table_is_whole_on_one_page(report):
    [page] = pages_with(report, "ผลการประเมินรายตัวชี้วัด")[:1]
    text = pdf_text(report, page, page)
    for needle in ("๑ การปฏิบัติหน้าที่", "๑๐ การป้องกันการทุจริต", "คะแนน IIT", "คะแนน OIT", "คะแนนรวม"):
        assert needle in text, needle
    assert "ระดับผลการประเมิน" in text.split("คะแนนรวม", 1)[1]
    assert "หมายเหตุ" in text
    assert page <= 2


def test_the_chart_shows_names_values_and_where_its_scale_starts(invented_pdf):
    [page] = pages_with(invented_pdf, "คะแนนรายตัวชี้วัด พ.ศ.")[:1]
    text = pdf_text(invented_pdf, page, page)
    assert "การใช้ทรัพย์สินของราชการ" in text and "พ.ศ. ๒๕๖๗" in text and "พ.ศ. ๒๕๖๘" in text
    for value in ("๘๕.๒๐", "๖๐.๐๐", "๗๔.๕๐"):
        assert value in text, value
    # the lowest score is 60.00: the scale starts at 55, not at 0
    ticks = [w.text for w in _words(invented_pdf, page) if re.fullmatch(r"[๐-๙]{2,3}", w.text)]
    assert "๕๕" in ticks and "๑๐๐" in ticks and "๐" not in ticks


# --- true labels ---------------------------------------------------------------------------------------------------


def test_codes_addresses_keep_latin_digits_and_a_decrease_has_a_minus_sign(invented_pdf):
    text = pdf_text(invented_pdf)
    for kept in ("O1–O36", "O12", "i12", "e5", MAIL, URL):
        assert kept in text, kept
    assert "O๑" not in text and "i๑๒" not in text
    table = pdf_text(invented_pdf, 1, 2)
    assert f"{MINUS}๐.๕๐" in table and f"{MINUS}๐.๙๕" in table  # indicators 4 and 7 went down
    assert re.search(r"-[๐-๙]+\.[๐-๙]{2}", table) is None


def test_a_year_without_official_results_is_marked_as_calculated(invented_pdf):
    first = pdf_text(invented_pdf, 1, 2)
    flat = squeeze(first)
    # 2568 has no official figures: its overall and level carry the mark, the note says what it means
    assert "๗๔.๘๕*" in flat and "ต้องปรับปรุง*" in flat
    assert squeeze("* คำนวณจากคะแนนรายตัวชี้วัด เนื่องจากยังไม่ได้บันทึกผลทางการที่สำนักงาน ป.ป.ช. ประกาศ") in flat
    assert squeeze("คะแนนรวมและระดับผลการประเมินที่ไม่มีเครื่องหมาย * เป็นผลทางการ") in flat
    assert squeeze("คะแนนรวมและระดับผลการประเมินเป็นผลทางการที่สำนักงาน ป.ป.ช. ประกาศ") not in flat
    assert "๖๙.๙๕*" not in flat  # 2567's official overall is not marked
    # the title line and the analysis say it too
    assert squeeze("คะแนนรวมและระดับผลการประเมินคำนวณจากคะแนนรายตัวชี้วัด ยังไม่ใช่ผลที่สำนักงาน ป.ป.ช. ประกาศ") in flat
    assert "ระดับ –" not in pdf_text(invented_pdf)


def test_levels_rise_fall_or_stay(invented_pdf, sample_pdf, tmp_path):
    risen = pdf_text(invented_pdf, 1, 2, layout=True)
    level = next(line for line in risen.splitlines() if re.match(r"\s*ระดับผลการประเมิน\s", line))
    assert level.rstrip().endswith("▲ สูงขึ้น"), level
    assert squeeze("ระดับผลการประเมินสูงขึ้นจากระดับ ต้องปรับปรุงโดยด่วน เป็นระดับ ต้องปรับปรุง") in squeeze(risen)
    same = pdf_text(sample_pdf, 1, 2, layout=True)
    level = next(line for line in same.splitlines() if re.match(r"\s*ระดับผลการประเมิน\s", line))
    assert level.rstrip().endswith("= เท่าเดิม") and "เพิ่มขึ้น" not in level
    assert squeeze("ระดับผลการประเมินเท่าเดิม (ผ่านดี)") in squeeze(same)
    fallen_path = tmp_path / "fallen.pdf"
    document = invented_document(official_2568=True, level_2567="ผ่านดี")
    write_report_file(fallen_path, report_data_from_document(document, 2568), "pdf")
    fallen = pdf_text(fallen_path, 1, 2, layout=True)
    level = next(line for line in fallen.splitlines() if re.match(r"\s*ระดับผลการประเมิน\s", line))
    assert level.rstrip().endswith("▼ ต่ำลง") and "ลดลง" not in level
    assert squeeze("ระดับผลการประเมินต่ำลงจากระดับ ผ่านดี เป็นระดับ ต้องปรับปรุง") in squeeze(fallen)


def test_a_year_without_a_level_says_so_in_words(store, tmp_path):
    document = invented_document(official_2568=True)
    current = next(a for a in document.assessments if a.fiscal_year == 2568)
    current.official_level = None
    del current.scores[3]  # no level can be calculated either
    agency = import_document(store, document)
    path = tmp_path / "no-level.pdf"
    export_pdf(store, agency.id, 2568, path)
    flat = squeeze(pdf_text(path))
    assert squeeze("ได้รับผลการประเมิน ๗๔.๘๕ คะแนน (ยังไม่มีระดับผลการประเมิน)") in flat
    assert squeeze("คะแนนภาพรวม ๗๔.๘๕ คะแนน (ยังไม่มีระดับผลการประเมิน)") in flat
    assert "ระดับ–" not in flat and "ระดับผลการประเมิน–" not in flat


def test_the_drafted_sentence_with_calculated_figures_agrees_with_the_text_checks():
    from itadesk.domain.textcheck import TextKind, WrittenText, check_texts

    data = report_data_from_document(invented_document(), 2568)
    summary = data.summary
    comparison = summary.comparison
    sentence = overall_sentence(AGENCY, 2568, comparison.overall, comparison.level, computed=True, computed_level=True)
    assert "คำนวณจากคะแนนรายตัวชี้วัด" in sentence and "สูงขึ้น" in sentence
    assert check_texts([WrittenText(TextKind.OVERALL, sentence)], summary.current, summary.previous) == []
    none = overall_sentence(AGENCY, 2568, ScoreChange(Decimal("97.54"), Decimal("98.27")), None)
    assert "–" not in none and "(ยังไม่มีระดับผลการประเมิน)" in none
    first_year = invented_document(official_2568=True)
    first_year.assessments = [a for a in first_year.assessments if a.fiscal_year == 2568]
    alone = summary_sentence(report_data_from_document(first_year, 2568).summary)
    assert "๗๔.๘๕ คะแนน อยู่ในระดับ ต้องปรับปรุง" in alone and "คำนวณ" not in alone
    same = LevelChange("ผ่าน", "ผ่าน", Change.SAME)
    assert "ระดับผลการประเมินเท่าเดิม (ผ่าน)" in overall_sentence(AGENCY, 2568, ScoreChange(None, Decimal(90)), same)


# --- the Word file -------------------------------------------------------------------------------------------------


def test_the_word_file_names_the_indicator_on_every_plan_page(tmp_path):
    docx = tmp_path / "invented.docx"
    write_report_file(docx, report_data_from_document(invented_document(), 2568), "docx")
    pdf = convert_to_pdf(docx, tmp_path, tmp_path / "profile")
    headings = "มาตรการหรือโครงการหรือกิจกรรมขั้นตอนหรือวิธีการดำเนินการช่วงระยะเวลาการดำเนินการผู้รับผิดชอบ"
    plan = [p for p in range(1, page_count(pdf) + 1) if PLAN_HEAD in squeeze(pdf_raw_text(pdf, p, p))]
    assert len(plan) >= 4
    for page in plan:
        text = squeeze(pdf_raw_text(pdf, page, page))
        after = text.split(headings, 1)
        assert len(after) == 2, page
        assert after[1].startswith("ตัวชี้วัดที่"), (page, after[1][:60])
