import re
import subprocess
import uuid

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from itadesk.cli import main
from itadesk.domain.catalog import framework_for
from itadesk.paths import frameworks_dir
from itadesk.services.errors import ServiceError
from itadesk.services.export import export_docx, export_sample_docx
from itadesk.services.importing import import_document
from itadesk.services.sample import sample_document
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.fonts import font_path
from itadesk.wordfile.fonts import obfuscate
from tests.linux_tools import poppler
from tests.report_text import embedded_fonts, page_count, squeeze
from tests.test_report import found_in_pieces, two_year_document
from tests.word_file import convert_to_pdf, document_text, field_instructions, pdf_raw_text, table_rows

URL = re.compile(r"(?:https?://|www\.)\S+")
CHANGES = {
    1: "= เท่าเดิม",
    2: "= เท่าเดิม",
    3: "= เท่าเดิม",
    4: "= เท่าเดิม",
    5: "= เท่าเดิม",
    6: "▲ เพิ่มขึ้น",
    7: "▲ เพิ่มขึ้น",
    8: "▲ เพิ่มขึ้น",
    9: "▼ ลดลง",
    10: "= เท่าเดิม",
}


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory):
    path = tmp_path_factory.mktemp("word") / "sample.docx"
    export_sample_docx(path)
    return path


@pytest.fixture(scope="module")
def document(sample_docx):
    return Document(str(sample_docx))


@pytest.fixture(scope="module")
def text(document):
    return document_text(document)


@pytest.fixture(scope="module")
def converted(sample_docx, tmp_path_factory):
    """The sample's Word file as LibreOffice prints it: one conversion for the module."""
    folder = tmp_path_factory.mktemp("converted")
    return convert_to_pdf(sample_docx, folder, folder / "profile")


def _indicator_table(document):
    return document.tables[0]


def _plan_tables(document):
    """The plan's tables, one per indicator: the column headings, the indicator's name, then its rows."""
    return [table for table in document.tables if table.rows[0].cells[-1].text == "ผู้รับผิดชอบ"]


def _measure_rows(table):
    """The rows of measures: below the headings, the indicator's name and the rows of its analysis."""
    return [row for row in table_rows(table)[2:] if not row[0].startswith("ผลการวิเคราะห์")]


def test_every_indicator_with_both_years_scores_and_change(document):
    framework = framework_for(frameworks_dir(), 2568)
    by_year = {a.fiscal_year: a for a in sample_document().assessments}
    rows = table_rows(_indicator_table(document))
    assert rows[0] == ["เครื่องมือ", "ตัวชี้วัด", "๒๕๖๗", "๒๕๖๘", "ผลต่าง", "เปลี่ยนแปลง"]
    for indicator in framework.indicators:
        [row] = [r for r in rows if r[1] == f"{to_thai_digits(indicator.number)} {indicator.name_th}"]
        assert row[0] == indicator.tool
        assert row[2:4] == [to_thai_digits(f"{by_year[year].scores[indicator.number]:.2f}") for year in (2567, 2568)]
        assert row[5] == CHANGES[indicator.number]
    overall = next(r for r in rows if r[0] == "คะแนนรวม")
    assert overall[2:] == ["๙๗.๕๔", "๙๘.๒๗", "+๐.๗๓", "▲ เพิ่มขึ้น"]
    level = next(r for r in rows if r[0] == "ระดับผลการประเมิน")
    assert level[2:4] == ["ผ่านดี", "ผ่านดี"] and level[5] == "= เท่าเดิม"
    assert [r[0] for r in rows if r[0].startswith("คะแนน IIT")] == ["คะแนน IIT (น้ำหนักร้อยละ ๓๐)"]


def test_title_notes_chart_and_analysis(document, text):
    assert text.startswith("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร\n")
    assert "องค์การบริหารส่วนตำบลโคกคอน" in text and "อำเภอท่าบ่อ จังหวัดหนองคาย" in text
    assert "คะแนนภาพรวม ๙๘.๒๗ คะแนน ระดับผลการประเมิน ผ่านดี" in text
    assert "หมายเหตุ" in text
    assert "คะแนนรายตัวชี้วัด พ.ศ. ๒๕๖๗ และ พ.ศ. ๒๕๖๘" in text
    assert len(document.inline_shapes) == 1  # the chart
    assert "ผลการประเมินตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๙๖.๑๗ คะแนน เพิ่มขึ้น ๒.๓๖ คะแนน" in text
    assert "คิดเป็นร้อยละ ๐.๗๕" in text
    assert "๙๖.๗๑" not in text  # the clerk's mistyped figure is not carried over
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert len(headings) == 10 and headings[0] == "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่"


def test_every_measure_of_the_plan(document):
    [plan] = sample_document().plans
    tables = _plan_tables(document)
    header = table_rows(tables[0])[0]
    assert header[-1] == "ผู้รับผิดชอบ" and header[1] == "ขั้นตอนหรือวิธีการดำเนินการ"
    rows = [row for table in tables for row in _measure_rows(table)]
    cells = {cell for row in rows for cell in row}
    positions: dict[int, int] = {}
    for measure in plan.measures:
        positions[measure.indicator] = positions.get(measure.indicator, 0) + 1
        assert f"{to_thai_digits(positions[measure.indicator])}. {measure.title}" in cells, measure.title
        for unit in measure.responsible:
            assert any(unit in cell for cell in cells), unit
    assert len(rows) == len(plan.measures)
    assert "ปีงบประมาณ พ.ศ. ๒๕๖๙" in cells


def test_no_arabic_digits_outside_web_addresses(text):
    assert re.findall(r"[0-9]", URL.sub("", text)) == []


def test_header_rows_repeat_and_rows_may_split(document):
    """The results table never splits; a plan table repeats its headings and the indicator's name, and only its
    tall rows may split."""
    results = _indicator_table(document)
    assert results.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in results.rows)
    splittable = 0
    for table in _plan_tables(document):
        for row in table.rows[:2]:
            header = row._tr.trPr
            assert header.find(qn("w:tblHeader")) is not None and header.find(qn("w:cantSplit")) is not None
        for row in table.rows[2:]:
            properties = row._tr.trPr
            assert properties is None or properties.find(qn("w:tblHeader")) is None
            splittable += properties is None or properties.find(qn("w:cantSplit")) is None
    assert 0 < splittable < len(sample_document().plans[0].measures)


def test_the_plan_is_in_a_landscape_section(document):
    first, plan = document.sections[0], document.sections[-1]
    assert len(document.sections) == 2
    assert first.orientation == WD_ORIENT.PORTRAIT and first.page_width < first.page_height
    assert plan.orientation == WD_ORIENT.LANDSCAPE and plan.page_width > plan.page_height
    assert round(first.page_width.cm, 1) == 21.0 and round(plan.page_width.cm, 1) == 29.7
    assert (round(first.left_margin.cm, 2), round(first.right_margin.cm, 2)) == (3.0, 2.0)
    assert (round(plan.left_margin.cm, 2), round(plan.right_margin.cm, 2)) == (2.0, 2.5)
    assert round(plan.top_margin.cm, 2) == 3.0  # bound along its top
    body = list(document.element.body)
    section_end = next(i for i, e in enumerate(body) if e.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None)
    assert body.index(_plan_tables(document)[0]._tbl) > section_end > body.index(_indicator_table(document)._tbl)


def test_sarabun_and_thai_for_complex_script_runs_in_the_styles(document):
    styles = document.styles.element
    run_defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = run_defaults.find(qn("w:rFonts"))
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(qn(f"w:{script}")) == "Sarabun", script
    assert run_defaults.find(qn("w:szCs")).get(qn("w:val")) == "22"  # 11 pt: the look of TH Sarabun New 16 pt
    assert run_defaults.find(qn("w:lang")).get(qn("w:bidi")) == "th-TH"
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "ITA Body", "ITA Table", "Footer"):
        properties = document.styles[name].element.rPr
        assert properties.find(qn("w:rFonts")).get(qn("w:cs")) == "Sarabun", name
        assert properties.find(qn("w:szCs")) is not None, name
    for fonts in styles.iter(qn("w:rFonts")):
        assert not [name for name in fonts.attrib if name.lower().endswith("theme")]
    heading = document.styles["Heading 1"].element.rPr
    assert heading.find(qn("w:b")) is not None and heading.find(qn("w:bCs")) is not None


def test_the_fonts_are_embedded(document):
    settings = document.settings.element
    assert settings.find(qn("w:embedTrueTypeFonts")) is not None
    table = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    [font] = parse_xml(table.blob).findall(qn("w:font"))
    assert font.get(qn("w:name")) == "Sarabun"
    for tag, style in (("embedRegular", "Regular"), ("embedBold", "Bold"), ("embedItalic", "Italic"),
                       ("embedBoldItalic", "BoldItalic")):  # fmt: skip
        embedded = font.find(qn(f"w:{tag}"))
        part = table.related_parts[embedded.get(qn("r:id"))]
        assert part.content_type == "application/vnd.openxmlformats-officedocument.obfuscatedFont"
        assert part.partname.endswith(".odttf")
        key = embedded.get(qn("w:fontKey"))
        assert obfuscate(part.blob, uuid.UUID(key)) == font_path(style).read_bytes()
        assert part.blob[:32] != font_path(style).read_bytes()[:32]


def test_page_numbers_are_fields_in_thai_digits(document):
    header = document.sections[0].header  # "- ๒ -" from page 2: the first page has an empty header of its own
    assert header.paragraphs[0].text == "- ๒ -" and document.sections[0].different_first_page_header_footer
    assert field_instructions(header._element) == [r"PAGE \* THAIARABIC"]
    assert document.sections[-1].header.is_linked_to_previous


def test_libreoffice_prints_it_in_sarabun_with_thai_text_intact(converted):
    text = pdf_raw_text(converted)
    flat = squeeze(text)
    for expected in (
        "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
        "องค์การบริหารส่วนตำบลโคกคอน",
        "คะแนนภาพรวม ๙๘.๒๗ คะแนน ระดับผลการประเมิน ผ่านดี",
        "ผลการประเมินตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๙๖.๑๗ คะแนน",
        "ผู้รับผิดชอบ",
        "+๑๐.๑๔",
    ):
        assert squeeze(expected) in flat, expected
    for indicator in framework_for(frameworks_dir(), 2568).indicators:
        assert squeeze(indicator.name_th) in flat, indicator.name_th
    [plan] = sample_document().plans
    for measure in plan.measures:
        assert found_in_pieces(squeeze(measure.title), flat), measure.title
    fonts = embedded_fonts(converted)
    assert {name.split("+")[-1] for name, _embedded in fonts} >= {"Sarabun-Regular", "Sarabun-Bold"}
    for name, embedded in fonts:
        assert "Sarabun" in name and embedded == "yes", (name, embedded)


def test_libreoffice_pages_headers_and_footers(converted):
    total = page_count(converted)
    assert 10 <= total <= 45
    sizes = subprocess.run(
        [poppler("pdfinfo"), "-f", "1", "-l", str(total), str(converted)], capture_output=True, text=True, check=True
    ).stdout
    landscape = [
        int(number)
        for number, width, height in re.findall(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", sizes)
        if float(width) > float(height)
    ]
    plan_pages = [p for p in range(1, total + 1) if "ขั้นตอนหรือวิธีการ" in pdf_raw_text(converted, p, p)]
    assert len(plan_pages) >= 5
    assert plan_pages == landscape == list(range(plan_pages[0], total + 1))
    first_page = pdf_raw_text(converted, 1, 1)
    assert "เครื่องมือ" in first_page
    for page in range(1, total + 1):
        # "- 2 -" from page 2 (LibreOffice shows the THAIARABIC field in 0-9)
        numbered = re.search(rf"^\s*-\s*{page}\s*-\s*$", pdf_raw_text(converted, page, page), re.M) is not None
        assert numbered == (page > 1), page


def test_signatures_gaps_and_an_empty_plan(store, tmp_path):
    document = two_year_document(plans=[])
    current = next(a for a in document.assessments if a.fiscal_year == 2568)
    del current.scores[3]
    current.analyses.clear()
    document.agency.approved_by_name = "นายสมชาย ใจดี"
    agency = import_document(store, document)
    path = tmp_path / "gaps.docx"
    export_docx(store, agency.id, 2568, path)
    text = document_text(Document(str(path)))
    assert "ยังไม่มีคะแนนของปี พ.ศ. ๒๕๖๘" in text
    assert "– หมายถึง ยังไม่ได้กรอกคะแนน" in text
    assert "ยังไม่มีมาตรการในแผนของปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    assert "ผู้อนุมัติ" in text and "( นายสมชาย ใจดี )" in text
    export_docx(store, agency.id, 2568, path, signatures=False)
    assert "ผู้อนุมัติ" not in document_text(Document(str(path)))


def test_a_gap_in_the_plan_is_marked(store, tmp_path):
    document = two_year_document()
    document.plans[0].measures[0].analysis = ""
    agency = import_document(store, document)
    path = tmp_path / "gap.docx"
    export_docx(store, agency.id, 2568, path)
    word = Document(str(path))
    analysis = _plan_tables(word)[0].rows[2]  # below the headings and the indicator's name
    assert analysis.cells[0].text.startswith("ผลการวิเคราะห์") and analysis.cells[1].text == "–"
    assert "(ยังไม่ได้ระบุ)" not in document_text(word)


def test_cli_export_word_from_the_suffix_or_the_format(tmp_path, monkeypatch, capsys, db_path):
    user_store = tmp_path / "mine.sqlite3"
    monkeypatch.setenv("ITADESK_DB", str(user_store))
    out = tmp_path / "sample.docx"
    assert main(["export", "--sample", "-o", str(out)]) == 0
    assert not user_store.exists()
    named = tmp_path / "report.bin"
    assert main(["export", "--sample", "--format", "docx", "-o", str(named)]) == 0
    assert document_text(Document(str(named))) == document_text(Document(str(out)))
    main(["sample", "--db", str(db_path)])
    from_store = tmp_path / "store.docx"
    args = ["export", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", "-o", str(from_store)]
    assert main(args) == 0
    assert document_text(Document(str(from_store))) == document_text(Document(str(out)))


def test_cli_export_word_to_a_folder_that_does_not_exist(tmp_path, capsys):
    out = tmp_path / "missing" / "report.docx"
    assert main(["export", "--sample", "-o", str(out)]) == 2
    assert "บันทึกแฟ้ม" in capsys.readouterr().err
    assert not out.exists()


def test_a_word_file_that_cannot_be_made_is_not_written(tmp_path, monkeypatch):
    from itadesk.wordfile import fonts

    path = tmp_path / "report.docx"
    path.write_bytes(b"the previous report")
    monkeypatch.setattr(fonts, "font_path", lambda style: tmp_path / f"no-{style}.ttf")
    with pytest.raises(ServiceError, match="สร้างแฟ้ม Word ไม่ได้"):
        export_sample_docx(path)
    assert path.read_bytes() == b"the previous report"
