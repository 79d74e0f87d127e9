import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from itadesk.cli import main
from itadesk.domain.catalog import framework_for
from itadesk.paths import frameworks_dir
from itadesk.services.assessments import set_indicator_score, set_official_result
from itadesk.services.document import AgencyDocument
from itadesk.services.export import export_pdf, export_sample_pdf
from itadesk.services.importing import import_document
from itadesk.services.sample import sample_document
from itadesk.thai.digits import to_thai_digits
from itadesk.thai.words import break_offsets
from tests.report_text import embedded_fonts, page_count, pdf_text, squeeze

URL = re.compile(r"(?:https?://|www\.)\S+")


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "sample.pdf"
    export_sample_pdf(path)
    return path


@pytest.fixture(scope="module")
def sample_text(sample_pdf):
    return pdf_text(sample_pdf)


def test_every_indicator_and_both_years_scores(sample_pdf, sample_text):
    flat = squeeze(sample_text)
    framework = framework_for(frameworks_dir(), 2568)
    document = sample_document()
    by_year = {a.fiscal_year: a for a in document.assessments}
    table = squeeze(pdf_text(sample_pdf, 1, 2, layout=True))
    for indicator in framework.indicators:
        assert squeeze(indicator.name_th) in flat, indicator.name_th
        for year in (2567, 2568):
            assert to_thai_digits(f"{by_year[year].scores[indicator.number]:.2f}") in table
    for figure in ("๙๗.๕๔", "๙๘.๒๗", "๙๑.๔๕", "๙๕.๘๙", "๙๘.๗๕", "+๐.๗๓", "+๑๐.๑๔", "\u2212๒.๕๐"):
        assert figure in table, figure


def test_change_labels_in_the_table(sample_pdf):
    expected = {
        1: "เท่าเดิม",
        2: "เท่าเดิม",
        3: "เท่าเดิม",
        4: "เท่าเดิม",
        5: "เท่าเดิม",
        6: "เพิ่มขึ้น",
        7: "เพิ่มขึ้น",
        8: "เพิ่มขึ้น",
        9: "ลดลง",
        10: "เท่าเดิม",
    }
    lines = pdf_text(sample_pdf, 1, 2, layout=True).splitlines()
    for number, label in expected.items():
        # the row's figures sit on one line of the layout; its label is the last thing on it
        row = [ln for ln in lines if re.search(rf"^\s*(IIT|EIT|OIT)?\s*{to_thai_digits(number)} ", ln)]
        figures_line = row[0] if re.search(r"[๐-๙]+\.[๐-๙]{2}", row[0]) else lines[lines.index(row[0]) + 1]
        assert figures_line.rstrip().endswith(label), (number, figures_line)
    level = next(ln for ln in lines if ln.strip().startswith("ระดับผลการประเมิน"))
    assert level.split()[-1] == "เท่าเดิม" and level.count("ผ่านดี") == 2  # ผ่านดี → ผ่านดี is no rise


def test_the_analysis_states_the_facts(sample_text):
    flat = squeeze(sample_text)
    assert squeeze("ผลการประเมินตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้ ๙๖.๑๗ คะแนน เพิ่มขึ้น ๒.๓๖ คะแนน") in flat
    assert squeeze("เพิ่มขึ้น ๐.๗๓ คะแนนจากปีงบประมาณ พ.ศ. ๒๕๖๗ (๙๗.๕๔ คะแนน ระดับ ผ่านดี) คิดเป็นร้อยละ ๐.๗๕") in flat
    assert "๙๖.๗๑" not in sample_text  # the clerk's mistyped figure is not carried over


def plan_text_without_page_furniture(path) -> str:
    """The text of all pages in drawing order (pypdf reads cell by cell; pdftotext may join neighbouring cells),
    without the repeated plan header and the page numbers, so rows split across pages read as one."""
    from itadesk.i18n import th

    header = squeeze(
        "".join(th(text) for text in ("Measure, project or activity", "Steps or method", "Period", "Responsible"))
    )
    pages = [squeeze(page.extract_text()).replace(header, "") for page in PdfReader(path).pages]
    return re.sub(r"หน้า[๐-๙]+/[๐-๙]+", "", "".join(pages))


def found_in_pieces(needle: str, hay: str, pieces: int = 3) -> bool:
    """needle appears in hay in order, in at most `pieces` runs: a row split across pages continues later."""
    start = 0
    for _ in range(pieces):
        if not needle:
            return True
        low, high = 0, len(needle)
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if hay.find(needle[:middle], start) >= 0 else (low, middle - 1)
        if low < min(8, len(needle)):
            return False
        start = hay.find(needle[:low], start) + low
        needle = needle[low:]
    return not needle


def test_every_measure_of_the_plan(sample_pdf, sample_text):
    flat = plan_text_without_page_furniture(sample_pdf)
    [plan] = sample_document().plans
    positions = {}
    for measure in plan.measures:
        positions[measure.indicator] = positions.get(measure.indicator, 0) + 1
        title = f"{to_thai_digits(positions[measure.indicator])}. {measure.title}"
        assert found_in_pieces(squeeze(title), flat), measure.title
        for number, step in enumerate(measure.steps, start=1):
            # a single step is not numbered
            numbered = step if len(measure.steps) == 1 else f"{to_thai_digits(number)}. {step}"
            assert found_in_pieces(squeeze(numbered), flat), step
        for unit in measure.responsible:
            assert squeeze(unit) in flat
    assert "ปีงบประมาณพ.ศ.๒๕๖๙" in flat
    for head in ("ตัวชี้วัด", "มาตรการ หรือ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ"):
        assert head in sample_text


def test_plan_header_repeats_on_every_plan_page(sample_pdf):
    total = page_count(sample_pdf)
    plan_pages = [p for p in range(1, total + 1) if "ขั้นตอนหรือวิธีการ" in pdf_text(sample_pdf, p, p)]
    assert len(plan_pages) >= 5
    assert plan_pages == list(range(plan_pages[0], total + 1))


def test_page_numbers_on_every_page(sample_pdf):
    total = page_count(sample_pdf)
    for page in range(1, total + 1):
        text = squeeze(pdf_text(sample_pdf, page, page, layout=True))
        # official documents: "- ๒ -" at the top from page 2, none on page 1
        assert text.startswith(f"-{to_thai_digits(page)}-") == (page > 1), page


def test_no_arabic_digits_outside_web_addresses(sample_text):
    assert re.findall(r"[0-9]", URL.sub("", sample_text)) == []


def test_no_private_use_or_marker_characters(sample_text):
    assert not re.search("[\ue000-\uf8ff\U000f0000-\U000fffff\u2063]", sample_text)
    for word in ("ที่", "ผู้รับผิดชอบ", "๙๘.๒๗", "ดำเนินงาน", "น้ำหนัก"):
        assert word in sample_text


def test_only_sarabun_and_all_embedded(sample_pdf):
    fonts = embedded_fonts(sample_pdf)
    assert fonts
    for name, embedded in fonts:
        assert "Sarabun" in name and embedded == "yes", (name, embedded)


def test_analysis_lines_end_between_words(sample_pdf):
    """Every line of the analysis pages ends where the tokenizer allows a break, or at a space."""
    document = sample_document()
    analyses = {a.fiscal_year: a for a in document.assessments}[2568].analyses
    checked = 0
    text = pdf_text(sample_pdf, 2, 7)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for paragraph in analyses.values():
        for first, second in zip(lines, lines[1:], strict=False):
            joined = first + second
            at = paragraph.find(joined)
            if at < 0 or len(first) < 8:
                continue
            end = at + len(first)
            allowed = set(break_offsets(paragraph))
            in_url = any(m.start() < end < m.end() for m in URL.finditer(paragraph))
            between_words = end in allowed or paragraph[end - 1].isspace() or paragraph[end].isspace()
            # a web address breaks only after / . - ? & =, which stays at the end of the line
            url_break = in_url and paragraph[end - 1] in "/.-?&=" and paragraph[end] not in "/.-?&="
            assert between_words or url_break, (first, second)
            checked += 1
    assert checked >= 20


def two_year_document(**overrides) -> AgencyDocument:
    document = sample_document().model_copy(deep=True)
    document.agency.name = "องค์การบริหารส่วนตำบลทดสอบ"
    for key, value in overrides.items():
        setattr(document, key, value)
    return document


def test_missing_scores_and_empty_plan_still_print(store, tmp_path):
    document = two_year_document(plans=[])
    current = next(a for a in document.assessments if a.fiscal_year == 2568)
    del current.scores[3]
    del current.scores[9]
    current.analyses.clear()
    agency = import_document(store, document)
    path = tmp_path / "gaps.pdf"
    export_pdf(store, agency.id, 2568, path)
    text = pdf_text(path)
    assert "ยังไม่มีคะแนนของปี พ.ศ. ๒๕๖๘" in text
    assert "– หมายถึง ยังไม่ได้กรอกคะแนน" in text
    assert "ยังไม่มีมาตรการในแผนของปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    assert page_count(path) >= 3


def test_a_first_year_without_the_year_before(store, tmp_path):
    document = two_year_document(plans=[])
    document.assessments = [a for a in document.assessments if a.fiscal_year == 2568]
    agency = import_document(store, document)
    set_official_result(store, agency.id, 2568, None, None)
    set_indicator_score(store, agency.id, 2568, 1, "๙๐.๕")
    path = tmp_path / "first.pdf"
    export_pdf(store, agency.id, 2568, path)
    text = pdf_text(path)
    assert "ไม่มีคะแนนของปี พ.ศ. ๒๕๖๗ ให้เปรียบเทียบ" in " ".join(text.split())
    assert "๙๐.๕๐" in text


def test_signature_block_when_names_are_given(store, tmp_path):
    document = two_year_document()
    document.agency.approved_by_name = "นายสมชาย ใจดี"
    document.agency.approved_by_position = "นายกองค์การบริหารส่วนตำบลทดสอบ"
    agency = import_document(store, document)
    path = tmp_path / "signed.pdf"
    export_pdf(store, agency.id, 2568, path)
    text = pdf_text(path)
    assert "ผู้อนุมัติ" in text and "นายสมชาย ใจดี" in text
    export_pdf(store, agency.id, 2568, path, signatures=False)
    assert "ผู้อนุมัติ" not in pdf_text(path)


def test_cli_export_of_the_sample_leaves_the_store_alone(tmp_path, monkeypatch, capsys):
    user_store = tmp_path / "mine.sqlite3"
    monkeypatch.setenv("ITADESK_DB", str(user_store))
    out = tmp_path / "sample.pdf"
    assert main(["export", "--sample", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert not user_store.exists()


def test_cli_export_of_an_agency(tmp_path, capsys, db_path):
    main(["sample", "--db", str(db_path)])
    out = tmp_path / "report.pdf"
    assert main(["export", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", "-o", str(out)]) == 0
    assert "๙๘.๒๗" in pdf_text(out)


def test_cli_export_to_a_folder_that_does_not_exist(tmp_path, capsys):
    out = tmp_path / "missing" / "report.pdf"
    assert main(["export", "--sample", "-o", str(out)]) == 2
    assert "บันทึกแฟ้ม" in capsys.readouterr().err
    assert not out.exists()


def test_an_existing_file_is_replaced_only_by_a_complete_report(tmp_path):
    from itadesk.services.files import write_atomically

    path = tmp_path / "report.pdf"
    path.write_bytes(b"the previous report")

    def fail(out):
        out.write(b"%PDF-half")
        raise OSError(28, "No space left on device")

    from itadesk.services.errors import ServiceError

    with pytest.raises(ServiceError, match="พื้นที่ในดิสก์เต็ม"):
        write_atomically(path, fail)
    assert path.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_scores_are_decimal_exact_in_the_report(store, tmp_path):
    document = two_year_document(plans=[])
    agency = import_document(store, document)
    set_indicator_score(store, agency.id, 2568, 6, Decimal("96.35"))
    path = tmp_path / "exact.pdf"
    export_pdf(store, agency.id, 2568, path)
    assert "๙๖.๓๕" in pdf_text(path)


def test_the_sample_reads_the_same_from_its_file_as_from_a_store(sample_store):
    from dataclasses import replace

    from itadesk.services.agencies import find_agency
    from itadesk.services.document_report import report_data_from_document
    from itadesk.services.report_data import report_data

    agency = find_agency(sample_store, "โคกคอน")
    from_store = report_data(sample_store, agency.id, 2568)
    from_file = report_data_from_document(sample_document(), 2568)
    assert from_store.plan is not None and len(from_store.plan.measures) == 20
    assert replace(from_store.summary, agency=replace(from_store.summary.agency, id=None)) == from_file.summary
    assert (from_store.overall_analysis, from_store.indicator_analyses) == (
        from_file.overall_analysis,
        from_file.indicator_analyses,
    )
    assert replace(from_store.plan, measures=tuple(replace(m, id=None) for m in from_store.plan.measures)) == (
        from_file.plan
    )
