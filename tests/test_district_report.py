"""The district summary, written by `itadesk overview -o` and read back: the PDF with poppler's tools (counts, means,
names, Thai digits, page numbers, fonts) and the workbook with openpyxl."""

import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from itadesk.domain.overview import OverviewFilter
from itadesk.report.district import level_rows, render_district_report
from itadesk.services.overview import district_summary
from itadesk.store import open_store
from itadesk.thai.digits import to_thai_digits
from tests.cli_run import run
from tests.overview_agencies import AS_OF, LABELS, YEAR, make_district
from tests.report_text import embedded_fonts, page_count, pdf_text, squeeze


@pytest.fixture
def district_db(db_path) -> str:
    store = open_store(db_path)
    try:
        make_district(store)
    finally:
        store.close()
    return str(db_path)


@pytest.fixture
def summary(district_db):
    store = open_store(district_db, create=False, backups=False)
    try:
        yield district_summary(store, YEAR, AS_OF)
    finally:
        store.close()


def thai(value: Decimal) -> str:
    return to_thai_digits(f"{value:.2f}")


def has_row(text: str, *cells: str) -> bool:
    """A line of the page (pdftotext -layout) that holds the cells in this order."""
    wanted = squeeze(" ".join(cells))
    return any(wanted in squeeze(line) for line in text.splitlines())


@pytest.fixture
def pdf(capsys, district_db, tmp_path):
    path = tmp_path / "district.pdf"
    status, _out, err = run(
        capsys, "overview", "--db", district_db, "--year", "2568", "--as-of", "31/3/2569", "-o", str(path)
    )
    assert status == 0, err
    return path


def test_the_pdf_reads_back_with_the_figures(pdf, summary):
    text = pdf_text(pdf, layout=True)
    flat = squeeze(text)
    assert squeeze("สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ของหน่วยงานในพื้นที่") in flat
    assert squeeze("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") in flat
    assert squeeze("ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๙") in flat
    assert squeeze("หน่วยงาน ๖ แห่ง มีผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๘ แล้ว ๕ แห่ง") in flat
    # the level table: each level with its count and share of the six agencies
    for count in summary.levels:
        share = thai(Decimal(count.count * 100) / 6)
        name = count.level or "ยังไม่มีผลการประเมิน"
        assert has_row(text, name, to_thai_digits(count.count), share), name
    assert has_row(text, "รวม", "๖", "๑๐๐.๐๐")
    # the means, the year before and this year, with the difference
    overall = summary.overall
    assert has_row(text, "คะแนนรวม", thai(overall.previous), thai(overall.current))
    assert overall.current - overall.previous > 0 and has_row(text, "+" + thai(overall.current - overall.previous))
    for tool in summary.tools:
        assert has_row(text, f"{tool.code} {tool.name_th}", thai(tool.previous), thai(tool.current)), tool.code
    for ranked in summary.ranking:
        row = ranked.row
        assert has_row(text, to_thai_digits(ranked.rank), row.label), row.label
    for label in LABELS.values():
        assert squeeze(label) in flat, label


def test_every_number_of_the_pdf_is_in_thai_digits_and_the_pages_are_numbered(pdf):
    text = pdf_text(pdf)
    arabic = re.findall(r"[0-9]+", re.sub(r"\bO2[56]\b", "", text))
    assert arabic == []
    assert page_count(pdf) >= 2
    assert squeeze(pdf_text(pdf, first=2, last=2)).startswith("-๒-")
    fonts = embedded_fonts(pdf)
    assert {name.split("+")[-1] for name, _embedded in fonts} <= {"Sarabun-Regular", "Sarabun-Bold"}
    assert all(embedded == "yes" for _name, embedded in fonts)


def test_the_concerns_and_the_missing_evidence(pdf):
    text = pdf_text(pdf, layout=True)
    section_3 = text[text.index("๓. หน่วยงานที่ได้คะแนนต่ำกว่า ๘๕") : text.index("๔. ลำดับ")]
    assert has_row(section_3, "ทต.เพ็ญ", "เพ็ญ", "๖๕.๐๐*", "๖๐.๐๐", "−๕.๐๐", "ต้องปรับปรุงโดยด่วน")
    assert has_row(section_3, "ทต.ท่าบ่อ", "ท่าบ่อ", "๘๒.๕๐*", "๗๙.๐๐", "−๓.๕๐", "ต้องปรับปรุง")
    assert section_3.index("ทต.เพ็ญ") < section_3.index("ทต.ท่าบ่อ")  # lowest first
    assert "นาดี" not in section_3 and "โพนสา" not in section_3
    section_5 = text[text.index("๕. หน่วยงานที่ยังขาดข้อมูล") :]
    assert "อบต.นาดี (ท่าบ่อ)" not in section_5  # everything in, progress reported
    assert has_row(section_5, "อบต.โพนสา", "ท่าบ่อ", "ผลการประเมินทางการ", "ยังไม่รายงานความก้าวหน้า")
    assert has_row(section_5, "ทต.เพ็ญ", "เพ็ญ", "ผลการวิเคราะห์รายตัวชี้วัด", "รายงานความก้าวหน้าแล้ว")
    assert has_row(section_5, "อบต.บ้านหม้อ", "ศรีเชียงใหม่")  # the place name kept whole


def test_one_district_names_it_and_has_no_district_column(summary, district_db, tmp_path):
    store = open_store(district_db, create=False, backups=False)
    try:
        one = district_summary(store, YEAR, AS_OF, OverviewFilter(district="ท่าบ่อ"))
    finally:
        store.close()
    path = tmp_path / "one.pdf"
    path.write_bytes(render_district_report(one))
    text = pdf_text(path, layout=True)
    flat = squeeze(text)
    assert squeeze("อำเภอท่าบ่อ จังหวัดหนองคาย") in flat
    assert squeeze("หน่วยงาน ๓ แห่ง") in flat
    assert "ทต.เพ็ญ" not in flat
    assert has_row(text, "ลำดับ", "หน่วยงาน", "IIT", "EIT", "OIT")  # no district column: there is one district
    assert not has_row(text, "หน่วยงาน", "อำเภอ")
    assert len(level_rows(one)) == len(one.levels) + 1  # no "no result" row: every agency of ท่าบ่อ has one


def test_the_workbook_reads_back(capsys, district_db, tmp_path, summary):
    path = tmp_path / "district.xlsx"
    status, _out, err = run(
        capsys, "overview", "--db", district_db, "--year", "2568", "--as-of", "31/3/2569", "-o", str(path)
    )
    assert status == 0, err
    book = load_workbook(path)
    assert book.sheetnames == [
        "ระดับผลการประเมิน",
        "คะแนนเฉลี่ย",
        "ต่ำกว่าเกณฑ์หรือลดลง",
        "ลำดับคะแนน",
        "ขาดข้อมูล O25 O26",
        "ทุกหน่วยงาน",
    ]
    levels = {row[0]: row[1] for row in book["ระดับผลการประเมิน"].iter_rows(min_row=2, values_only=True)}
    assert levels == {(c.level or "ยังไม่มีผลการประเมิน"): c.count for c in summary.levels}
    means = {row[0]: row for row in book["คะแนนเฉลี่ย"].iter_rows(min_row=2, values_only=True)}
    overall = means["คะแนนรวม"]
    assert overall[1] == pytest.approx(float(summary.overall.previous))
    assert overall[3] == pytest.approx(float(summary.overall.current))
    assert overall[5] == pytest.approx(float(summary.overall.current - summary.overall.previous))
    assert book["คะแนนเฉลี่ย"]["B2"].number_format == "0.00"
    ranking = [row[:2] for row in book["ลำดับคะแนน"].iter_rows(min_row=2, values_only=True)]
    assert ranking == [(r.rank, r.row.label) for r in summary.ranking]
    missing = {row[0] for row in book["ขาดข้อมูล O25 O26"].iter_rows(min_row=2, values_only=True)}
    assert missing == {row.label for row in summary.missing}
    every = list(book["ทุกหน่วยงาน"].iter_rows(min_row=2, values_only=True))
    assert {row[0] for row in every} == set(LABELS.values())
    nadee = next(row for row in every if row[0] == LABELS["A"])
    assert nadee[4] == 96.0 and nadee[6] == "ผ่านดีเยี่ยม"
    assert nadee[-4:] == (3, 1, 1, 1)  # measures, done, in progress, overdue
