import json
from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from itadesk.paths import sample_file
from itadesk.services.agencies import find_agency
from itadesk.services.document import read_document
from itadesk.services.errors import AlreadyExistsError, InvalidInputError
from itadesk.services.exporting import agency_document, document_json, write_json
from itadesk.services.importing import import_file
from itadesk.services.report_data import report_data
from itadesk.services.sample import sample_document
from itadesk.services.xlsx import MEASURES, RESULTS, SCORES, read_xlsx, write_xlsx
from itadesk.store import open_store
from itadesk.store.tables import Agency, Assessment, Measure, OfficialToolScore
from tests.cli_run import run
from tests.test_store import dump

pytestmark = pytest.mark.both_stores


@pytest.fixture
def other_store(other_location):
    opened = open_store(other_location)
    yield opened
    opened.close()


def sample_id(store):
    return find_agency(store, "โคกคอน").id


def test_json_round_trip_is_byte_exact(sample_store, other_store, tmp_path):
    first = tmp_path / "first.json"
    write_json(agency_document(sample_store, sample_id(sample_store)), first)
    agency = import_file(other_store, first)
    second = tmp_path / "second.json"
    write_json(agency_document(other_store, agency.id), second)
    assert first.read_bytes() == second.read_bytes()
    assert read_document(first) == read_document(sample_file()) == sample_document()
    text = first.read_text(encoding="utf-8")
    assert "โคกคอน" in text  # Thai written as it is, not \\u escapes
    assert '"6": "95.51"' in text and '"1": "100.00"' in text


def test_json_scores_always_have_two_decimals():
    document = sample_document()
    document.assessments[0].scores[1] = Decimal("100")
    assert '"1": "100.00"' in document_json(document)


def test_export_has_signatories_units_tool_scores_and_measure_fields(sample_store, tmp_path):
    with sample_store.transaction() as session:
        agency = session.get(Agency, sample_id(sample_store))
        agency.approved_by_name = "นายทดสอบ ใจดี"
        assessment = session.exec(select(Assessment).where(Assessment.fiscal_year == 2568)).one()
        session.add(OfficialToolScore(assessment_id=assessment.id, tool_code="IIT", score=Decimal("99.10")))
        measure = session.exec(select(Measure).where(Measure.indicator == 9)).first()
        measure.status, measure.progress, measure.evidence = "in_progress", 40, "หนังสือเวียน"
    document = agency_document(sample_store, sample_id(sample_store))
    assert document.agency.approved_by_name == "นายทดสอบ ใจดี"
    assert document.agency.responsible_units[0] == "ทุกสำนัก/กอง"
    assert document.assessments[1].official_tool_scores == {"IIT": Decimal("99.10")}
    changed = [m for m in document.plans[0].measures if m.progress == 40]
    assert len(changed) == 1 and changed[0].evidence == "หนังสือเวียน" and changed[0].status.value == "in_progress"
    path = tmp_path / "agency.xlsx"
    write_xlsx(document, path)
    assert read_xlsx(path) == document


def test_xlsx_round_trip_is_exact(tmp_path):
    path = tmp_path / "agency.xlsx"
    write_xlsx(sample_document(), path)
    assert read_xlsx(path) == sample_document()


def test_xlsx_is_what_a_clerk_expects(tmp_path):
    path = tmp_path / "agency.xlsx"
    write_xlsx(sample_document(), path)
    book = load_workbook(path)
    assert book.sheetnames[:3] == ["หน่วยงาน", "ผลการประเมิน", "คะแนน"]
    scores = book[SCORES]
    assert [c.value for c in scores[1]] == ["ปีงบประมาณ", "ตัวชี้วัดที่", "คะแนน"]
    score = scores.cell(row=7, column=3)
    assert score.value == pytest.approx(95.51) and score.number_format == "0.00"
    measures = book[MEASURES]
    headers = [c.value for c in measures[1]]
    steps = measures.cell(row=2, column=headers.index("ขั้นตอน") + 1).value
    assert len(steps.split("\n")) == 3
    start = measures.cell(row=2, column=headers.index("เริ่ม") + 1).value
    assert isinstance(start, datetime) and start.date().isoformat() == "2025-10-01"
    assert measures.cell(row=2, column=headers.index("สถานะ") + 1).value == "ยังไม่ดำเนินการ"


def test_thai_digits_typed_in_a_cell_are_read(tmp_path):
    path = tmp_path / "agency.xlsx"
    write_xlsx(sample_document(), path)
    book = load_workbook(path)
    book[SCORES].cell(row=7, column=3).value = "๙๕.๕๒"
    book.save(path)
    assert read_xlsx(path).assessments[0].scores[6] == Decimal("95.52")


def test_import_gives_the_same_report_data(sample_store, other_store, tmp_path):
    path = tmp_path / "agency.xlsx"
    write_xlsx(agency_document(sample_store, sample_id(sample_store)), path)
    agency = import_file(other_store, path)
    for year in (2567, 2568):
        source = report_data(sample_store, sample_id(sample_store), year)
        imported = report_data(other_store, agency.id, year)
        assert (imported.plan is not None) == (year == 2568)
        assert imported.summary.findings == source.summary.findings
        assert _same_ignoring_ids(imported, source)


def _same_ignoring_ids(left, right):
    """Measure and agency ids differ between stores; everything else must match."""
    import dataclasses

    def strip(value):
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: strip(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "id"}
        if isinstance(value, list | tuple):
            return [strip(v) for v in value]
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items()}
        return value

    return strip(left) == strip(right)


def _bad_xlsx(tmp_path, sheet, row, header, value):
    path = tmp_path / "bad.xlsx"
    write_xlsx(sample_document(), path)
    book = load_workbook(path)
    headers = [c.value for c in book[sheet][1]]
    book[sheet].cell(row=row, column=headers.index(header) + 1).value = value
    book.save(path)
    return path


def _refused(store, path):
    before = dump(store)
    with pytest.raises(InvalidInputError) as caught:
        import_file(store, path)
    assert dump(store) == before
    return str(caught.value)


@pytest.mark.parametrize(
    ("sheet", "row", "header", "value", "words"),
    [
        (SCORES, 7, "คะแนน", "abc", ["abc"]),
        (SCORES, 7, "คะแนน", 100.01, ["100.01"]),
        (SCORES, 7, "คะแนน", 95.555, ["95.555"]),
        (SCORES, 7, "ตัวชี้วัดที่", 11, ["11"]),
        (MEASURES, 7, "ความก้าวหน้า", 150, ["150"]),
        (MEASURES, 7, "สถานะ", "เสร็จแน่นอน", ["เสร็จแน่นอน"]),
        (MEASURES, 7, "สิ้นสุด", "2024-01-01", []),
        (MEASURES, 7, "เริ่ม", "พรุ่งนี้", ["พรุ่งนี้"]),
        (RESULTS, 3, "ระดับผลการประเมิน", "ดีมาก", ["ดีมาก"]),
        (SCORES, 7, "ปีงบประมาณ", 2560, ["2560"]),
    ],
)
def test_a_bad_cell_is_named_and_changes_nothing(sample_store, tmp_path, sheet, row, header, value, words):
    message = _refused(sample_store, _bad_xlsx(tmp_path, sheet, row, header, value))
    assert sheet in message and f" {row}" in message and header in message
    for word in words:
        assert word in message


def test_missing_sheet_column_and_not_a_workbook(sample_store, tmp_path):
    path = tmp_path / "agency.xlsx"
    write_xlsx(sample_document(), path)
    book = load_workbook(path)
    del book[SCORES]
    book.save(path)
    assert SCORES in _refused(sample_store, path)

    write_xlsx(sample_document(), path)
    book = load_workbook(path)
    book[MEASURES].cell(row=1, column=12).value = "อื่น ๆ"
    book.save(path)
    message = _refused(sample_store, path)
    assert MEASURES in message and "ความก้าวหน้า" in message

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a zip file")
    assert "broken.xlsx" in _refused(sample_store, broken)

    other = tmp_path / "agency.csv"
    other.write_text("a,b\n", encoding="utf-8")
    assert "agency.csv" in _refused(sample_store, other)


def test_bad_json_names_the_path_and_changes_nothing(sample_store, tmp_path):
    raw = json.loads(sample_file().read_text(encoding="utf-8"))
    raw["agency"]["name"] = "อบต.อื่น"
    raw["plans"][0]["measures"][3]["progress"] = "มาก"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert "$.plans[0].measures[3].progress" in _refused(sample_store, path)

    raw["plans"][0]["measures"][3]["progress"] = 10
    raw["assessments"][0]["colour"] = "แดง"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert "$.assessments[0].colour" in _refused(sample_store, path)


def test_adding_an_agency_the_store_holds_is_refused_and_changes_nothing(sample_store, tmp_path):
    path = tmp_path / "agency.json"
    write_json(sample_document(), path)
    before = dump(sample_store)
    with pytest.raises(AlreadyExistsError, match="โคกคอน"):
        import_file(sample_store, path)
    assert dump(sample_store) == before


def test_cli_export_and_import(capsys, store_location, other_location, tmp_path):
    run(capsys, "sample", "--db", str(store_location))
    for name, kind in (("agency.json", None), ("agency.xlsx", None), ("agency.data", "xlsx")):
        output = tmp_path / name
        argv = ["export", "--db", str(store_location), "--agency", "โคกคอน", "-o", str(output)]
        status, out, err = run(capsys, *argv, *(["--format", kind] if kind else []))
        assert status == 0, err
        assert str(output) in out
    assert read_document(tmp_path / "agency.json") == sample_document()
    assert read_xlsx(tmp_path / "agency.xlsx") == sample_document()
    assert (tmp_path / "agency.data").read_bytes()[:2] == b"PK"

    status, _, err = run(capsys, "export", "--sample", "-o", str(tmp_path / "sample.json"))
    assert status == 0, err
    assert read_document(tmp_path / "sample.json") == sample_document()

    fresh = str(other_location)
    status, out, err = run(capsys, "import", str(tmp_path / "agency.xlsx"), "--db", fresh)
    assert status == 0, err
    assert "โคกคอน" in out and "๒๐" in out  # counts in Thai digits
    before = dump(opened := open_store(other_location))
    opened.close()
    # The same agency again, as the store holds it: nothing to bring in, and it says so.
    status, out, err = run(capsys, "import", str(tmp_path / "agency.json"), "--db", fresh)
    assert status == 0 and not err
    assert "โคกคอน" in out and "ไม่มีอะไรเปลี่ยน" in out
    assert dump(opened := open_store(other_location)) == before
    opened.close()


@pytest.mark.sqlite_only
def test_cli_export_pdf_still_needs_a_year(capsys, db_path, tmp_path):
    run(capsys, "sample", "--db", str(db_path))
    status, _, err = run(capsys, "export", "--db", str(db_path), "--agency", "โคกคอน", "-o", str(tmp_path / "r.pdf"))
    assert status == 2 and err
