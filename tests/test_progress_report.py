import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from itadesk.domain.plan import MeasureStatus
from itadesk.i18n import th
from itadesk.services.agencies import find_agency
from itadesk.services.errors import NotFoundError
from itadesk.services.importing import import_document
from itadesk.services.plans import add_measure, delete_measure, plan_for, update_measure
from itadesk.services.progress import (
    export_progress_pdf,
    export_sample_progress_pdf,
    progress_data,
    progress_data_from_document,
)
from itadesk.services.sample import load_sample, sample_document
from itadesk.store import open_store
from itadesk.thai.digits import to_thai_digits
from tests.report_text import embedded_fonts, page_count, pdf_text, squeeze
from tests.test_report import found_in_pieces

URL = re.compile(r"(?:https?://|www\.)\S+")
AS_OF = date(2026, 3, 31)
EVIDENCE_URL = "https://www.khokkhon.go.th/news/2569/manual"
LONG_EVIDENCE = "\n".join(
    f"ครั้งที่ {n} ประชุมคณะกรรมการจริยธรรมประจำองค์การบริหารส่วนตำบล เพื่อติดตามผลการดำเนินงานตามมาตรการ "
    f"และเผยแพร่รายงานการประชุมบนเว็บไซต์ของหน่วยงานเมื่อวันที่ {n} มีนาคม 2569"
    for n in range(1, 9)
)
# (index of the sample measure, changes); the sample's measures are all "not started" over the whole FY 2569.
CHANGES = {
    0: {"status": MeasureStatus.DONE, "progress": 100, "evidence": f"เผยแพร่คู่มือเมื่อ 15 ธันวาคม 2568 ที่ {EVIDENCE_URL}"},
    1: {"status": MeasureStatus.IN_PROGRESS, "progress": 50, "period_end": date(2026, 2, 28)},
    2: {"status": MeasureStatus.CANCELLED, "evidence": "รวมกับมาตรการที่ 1"},
    5: {"period_start": date(2026, 5, 1)},
    7: {"period_end": date(2026, 1, 31)},
    12: {"status": MeasureStatus.IN_PROGRESS, "progress": 60},
    13: {"status": MeasureStatus.IN_PROGRESS, "progress": 60},
    14: {"status": MeasureStatus.IN_PROGRESS, "progress": 60},
    19: {"status": MeasureStatus.DONE, "progress": 100, "evidence": LONG_EVIDENCE},
}
OVERDUE = {1, 7}
NOT_BEGUN = {5}
COUNTS = {"ยังไม่ดำเนินการ": (13, "๖๕.๐๐"), "อยู่ระหว่างดำเนินการ": (4, "๒๐.๐๐"), "ดำเนินการแล้วเสร็จ": (2, "๑๐.๐๐")}
COUNTS["ยกเลิก"] = (1, "๕.๐๐")


def apply_changes(store, agency_id):
    measures = plan_for(store, agency_id, 2569).measures
    for index, changes in CHANGES.items():
        update_measure(store, replace(measures[index], **changes))
    return plan_for(store, agency_id, 2569).measures


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("progress")
    store = open_store(folder / "store.sqlite3")
    try:
        agency = load_sample(store)
        measures = apply_changes(store, agency.id)
        path = folder / "progress.pdf"
        export_progress_pdf(store, agency.id, 2569, AS_OF, path)
    finally:
        store.close()
    return path, measures


@pytest.fixture(scope="module")
def text(exported):
    return pdf_text(exported[0])


def header_text() -> str:
    return squeeze(
        "".join(
            th(t)
            for t in (
                "Measure, project or activity",
                "Period",
                "Responsible",
                "Status",
                "Progress (%)",
                "Results and evidence",
            )
        )
    )


def table_text(path) -> str:
    """The indicator tables' text in drawing order (cell by cell), without the repeated header and page numbers."""
    pages = [squeeze(page.extract_text()).replace(header_text(), "") for page in PdfReader(path).pages]
    flat = "".join(re.sub(r"หน้า[๐-๙]+/[๐-๙]+", "", page) for page in pages)
    return flat[flat.index(squeeze(th("2. Results by indicator"))) :]


def test_title_agency_years_and_as_of_date(text):
    assert "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in text
    assert "องค์การบริหารส่วนตำบลโคกคอน" in text and "อำเภอท่าบ่อ จังหวัดหนองคาย" in text
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๙" in text
    assert "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" in text


def test_counts_by_status_with_total_and_percentages(exported):
    lines = pdf_text(exported[0], 1, 1, layout=True).splitlines()
    for label, (count, percent) in COUNTS.items():
        [line] = [ln for ln in lines if ln.split()[:1] == [label]]
        assert line.split()[1:] == [to_thai_digits(count), percent], line
    [total] = [ln for ln in lines if ln.split()[:1] == ["รวม"]]
    assert total.split()[1:] == ["๒๐", "๑๐๐.๐๐"]


def rows(path, measures):
    """Each measure's row as drawn, cell by cell: from its number and title to the next row's or indicator's.

    A row split across pages goes on after the repeated header, before the next row begins.
    """
    flat = table_text(path)
    starts = []
    for number, measure in numbered(measures):
        # the start of the title: the first line of a cell, always on the row's first page
        found = flat.find(squeeze(f"{to_thai_digits(number)}. {measure.title}")[:16], starts[-1] + 1 if starts else 0)
        assert found >= 0, measure.title
        starts.append(found)
    ends = [
        min([e for e in (*starts[n + 1 :], flat.find("ตัวชี้วัดที่", s)) if e > s], default=len(flat))
        for n, s in enumerate(starts)
    ]
    return [
        (measure, flat[start:end]) for (_n, measure), start, end in zip(numbered(measures), starts, ends, strict=True)
    ]


def numbered(measures):
    counter = {}
    for measure in measures:
        counter[measure.indicator] = counter.get(measure.indicator, 0) + 1
        yield counter[measure.indicator], measure


def test_every_measure_with_its_status_and_progress(exported):
    path, measures = exported
    for measure, row in rows(path, measures):
        assert found_in_pieces(squeeze(measure.title), row), measure.title
        assert squeeze(measure.status.report_label) in row
        if measure.status is not MeasureStatus.CANCELLED:
            assert to_thai_digits(measure.progress) in row


def test_overdue_and_not_yet_begun_measures_are_marked(exported, text):
    path, measures = exported
    for index, (measure, row) in enumerate(rows(path, measures)):
        assert ("เลยกำหนด" in row) is (index in OVERDUE), measure.title
        assert ("ยังไม่ถึงช่วงเวลา" in row) is (index in NOT_BEGUN), measure.title
    summary = squeeze(pdf_text(path, 1, 2))
    assert "มาตรการที่เลยกำหนดเวลาดำเนินการแล้วแต่ยังไม่แล้วเสร็จ๒มาตรการ" in summary
    assert "ตัวชี้วัดที่๑มาตรการที่๒" in summary and "(สิ้นสุด๒๘ก.พ.๒๕๖๙)" in summary
    assert "ตัวชี้วัดที่๕มาตรการที่๑" in summary and "(สิ้นสุด๓๑ม.ค.๒๕๖๙)" in summary
    assert "มาตรการที่ยังไม่ถึงช่วงเวลาดำเนินการ๑มาตรการ" in summary and "(เริ่ม๑พ.ค.๒๕๖๙)" in summary


def test_indicators_in_order_with_their_names(text):
    flat = squeeze(text)
    positions = [flat.find(squeeze(f"ตัวชี้วัดที่ {to_thai_digits(n)} {name}")) for n, name in INDICATORS.items()]
    assert -1 not in positions and positions == sorted(positions)


INDICATORS = {
    1: "การปฏิบัติหน้าที่",
    2: "การใช้งบประมาณ",
    3: "การใช้อำนาจ",
    4: "การใช้ทรัพย์สินของราชการ",
    5: "การแก้ไขปัญหาการทุจริต",
    6: "คุณภาพการดำเนินงาน",
    7: "ประสิทธิภาพการสื่อสาร",
    8: "การปรับปรุงระบบการทำงาน",
    9: "การเปิดเผยข้อมูล",
    10: "การป้องกันการทุจริต",
}


def test_evidence_and_periods_in_thai(exported):
    flat = table_text(exported[0])
    # where the row is split across pages, the evidence goes on after the rest of the measure's title
    assert found_in_pieces(squeeze(f"เผยแพร่คู่มือเมื่อ ๑๕ ธันวาคม ๒๕๖๘ ที่ {EVIDENCE_URL}"), flat)
    assert squeeze("๑ ต.ค. ๒๕๖๘ – ๒๘ ก.พ. ๒๕๖๙") in flat
    assert squeeze("ปีงบประมาณ พ.ศ. ๒๕๖๙") in flat
    for n in range(1, 9):  # the long evidence, split across pages, is all there
        assert found_in_pieces(squeeze(f"ครั้งที่ {to_thai_digits(n)} ประชุมคณะกรรมการจริยธรรม"), flat)


def test_table_header_on_every_table_page(exported):
    path = exported[0]
    total = page_count(path)
    pages = [squeeze(pdf_text(path, p, p)) for p in range(1, total + 1)]
    first = next(n for n, page in enumerate(pages) if squeeze(th("2. Results by indicator")) in page)
    for page in pages[first:]:
        assert "ผลการดำเนินการ/หลักฐาน" in page and "ความก้าวหน้า" in page and "(ร้อยละ)" in page


def test_page_numbers_on_every_page(exported):
    path = exported[0]
    total = page_count(path)
    assert total >= 5
    for page in range(1, total + 1):
        text = squeeze(pdf_text(path, page, page, layout=True))
        assert text.startswith(f"-{to_thai_digits(page)}-") == (page > 1), page  # "- ๒ -" at the top


def test_thai_digits_only_outside_web_addresses(text):
    # the web address keeps its digits; it wraps at its slashes, so its pieces stand on lines of their own
    assert "2569" in text
    words = [word for word in URL.sub("", text).split() if word not in EVIDENCE_URL]
    assert re.findall(r"[0-9]", " ".join(words)) == []


def test_text_copies_back_and_only_sarabun_is_embedded(exported, text):
    assert not re.search("[\ue000-\uf8ff\U000f0000-\U000fffff\u2063]", text)
    fonts = embedded_fonts(exported[0])
    assert fonts
    for name, embedded in fonts:
        assert "Sarabun" in name and embedded == "yes", (name, embedded)


def test_a_plan_year_the_agency_has_no_plan_for(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    with pytest.raises(NotFoundError) as refused:
        progress_data(sample_store, agency.id, 2570, AS_OF)
    assert "๒๕๗๐" in str(refused.value) and "๒๕๖๙" in str(refused.value)
    with pytest.raises(NotFoundError, match="๒๕๗๐"):
        progress_data_from_document(sample_document(), 2570, AS_OF)


def test_the_sample_reads_the_same_from_its_file_as_from_a_store(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    from_store = progress_data(sample_store, agency.id, 2569, AS_OF)
    from_file = progress_data_from_document(sample_document(), 2569, AS_OF)
    assert replace(from_store.agency, id=None) == from_file.agency
    strip = [replace(m, id=None) for m in from_store.progress.plan.measures]
    assert strip == list(from_file.progress.plan.measures)
    assert from_store.framework == from_file.framework and from_store.framework.year == 2568


def test_the_sample_exported_without_a_store(tmp_path):
    path = tmp_path / "sample.pdf"
    export_sample_progress_pdf(path, 2569, AS_OF)
    flat = squeeze(pdf_text(path))
    assert squeeze("ยังไม่ดำเนินการ ๒๐ ๑๐๐.๐๐") in squeeze(pdf_text(path, 1, 1, layout=True))
    assert squeeze("ไม่มีมาตรการที่เลยกำหนดเวลาดำเนินการแล้วแต่ยังไม่แล้วเสร็จ") in flat
    assert "เลยกำหนด" not in flat.replace(squeeze("ไม่มีมาตรการที่เลยกำหนด"), "")


def test_after_the_fiscal_year_every_measure_not_done_is_overdue(tmp_path):
    path = tmp_path / "late.pdf"
    export_sample_progress_pdf(path, 2569, date(2026, 11, 24))
    assert squeeze("มาตรการที่เลยกำหนดเวลาดำเนินการแล้วแต่ยังไม่แล้วเสร็จ ๒๐ มาตรการ") in squeeze(pdf_text(path))


def test_a_plan_with_no_measures_left_and_the_signature_block(store, tmp_path):
    document = sample_document().model_copy(deep=True)
    document.agency.name = "องค์การบริหารส่วนตำบลทดสอบ"
    document.agency.approved_by_name = "นายสมชาย ใจดี"
    document.plans = []
    agency = import_document(store, document)
    from itadesk.domain.plan import PlanMeasure

    delete_measure(store, add_measure(store, agency.id, 2569, PlanMeasure(indicator=1, title="ชั่วคราว")))
    path = tmp_path / "empty.pdf"
    export_progress_pdf(store, agency.id, 2569, AS_OF, path)
    text = pdf_text(path)
    assert "ยังไม่มีมาตรการในแผนของปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    assert "ผู้อนุมัติ" in text and "นายสมชาย ใจดี" in text
    assert "–" in pdf_text(path, 1, 1, layout=True)  # no percentages of nothing
    export_progress_pdf(store, agency.id, 2569, AS_OF, path, signatures=False)
    assert "ผู้อนุมัติ" not in pdf_text(path)
