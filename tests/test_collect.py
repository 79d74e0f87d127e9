"""Collecting agencies' files: an agency the store already holds brought in year by year (new years added, the same
left alone, a year that differs kept or replaced as decided), each file all or nothing; and a whole store's JSON
backup that importing brings back. On a store file and on a shared PostgreSQL store."""

from decimal import Decimal

import pytest

from itadesk.services.agencies import create_agency, delete_agency, find_agency, list_agencies
from itadesk.services.assessments import load_figures, set_indicator_score
from itadesk.services.document import AssessmentPart, read_document
from itadesk.services.errors import InvalidInputError, StaleEditError
from itadesk.services.exporting import agency_document, document_json, write_json
from itadesk.services.importing import import_documents, preview_documents, read_exchange_documents
from itadesk.services.merging import Decision, YearConflictError, YearState
from itadesk.services.plans import plan_for
from itadesk.services.sample import sample_document
from itadesk.services.store_backup import write_store_json
from itadesk.services.xlsx import write_xlsx
from itadesk.store import open_store
from tests.cli_run import run
from tests.test_store import dump

pytestmark = pytest.mark.both_stores

SAMPLE = "องค์การบริหารส่วนตำบลโคกคอน"


def with_2569(document):
    """The agency's file a year later: the assessment of 2569 added."""
    part = AssessmentPart(
        fiscal_year=2569,
        framework=2569,
        scores={number: Decimal("99.00") for number in range(1, 11)},
        overall_analysis="ผลการประเมินปี ๒๕๖๙",
    )
    return document.model_copy(update={"assessments": [*document.assessments, part]})


def with_2568_changed(document):
    """The file's 2568 differs from the store's: indicator 6's score and its analysis."""
    assessments = []
    for part in document.assessments:
        if part.fiscal_year == 2568:
            part = part.model_copy(
                update={
                    "scores": {**part.scores, 6: Decimal("90.00")},
                    "analyses": {**part.analyses, 6: "บทวิเคราะห์ฉบับแก้ไข"},
                }
            )
        assessments.append(part)
    return document.model_copy(update={"assessments": assessments})


def with_units(document, *units):
    agency = document.agency.model_copy(update={"responsible_units": [*document.agency.responsible_units, *units]})
    return document.model_copy(update={"agency": agency})


def file_of(document, path):
    (write_xlsx if path.suffix == ".xlsx" else write_json)(document, path)
    return path


def sample_id(store):
    return find_agency(store, "โคกคอน").id


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_a_new_year_comes_into_the_agency_the_store_holds(sample_store, tmp_path, suffix):
    path = file_of(with_units(with_2569(sample_document()), "กองช่าง"), tmp_path / f"โคกคอน{suffix}")
    [preview] = preview_documents(sample_store, read_exchange_documents(path))
    assert preview.agency_id == sample_id(sample_store)
    assert preview.in_state(YearState.NEW) == (2569,)
    assert preview.in_state(YearState.SAME) == (2567, 2568)  # the plan of 2569 too: the same as the store's
    assert preview.conflicts == () and preview.units_added == ("กองช่าง",)

    [result] = import_documents(sample_store, read_exchange_documents(path))

    assert (result.created, result.added, result.unchanged, result.replaced) == (False, (2569,), (2567, 2568), ())
    assert len(list_agencies(sample_store)) == 1
    figures = load_figures(sample_store, sample_id(sample_store), 2569)
    assert figures.indicator_scores[3] == Decimal("99.00")
    stored = agency_document(sample_store, sample_id(sample_store))
    assert stored.agency.responsible_units[-1] == "กองช่าง"
    assert document_json(stored) == document_json(read_exchange_documents(path)[0])


def test_a_year_that_differs_is_refused_until_decided_and_nothing_changes(sample_store, tmp_path):
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")
    [preview] = preview_documents(sample_store, read_exchange_documents(path))
    [change] = [change for change in preview.years if change.state is YearState.DIFFERS]
    assert change.year == 2568
    assert change.differences == ("คะแนนตัวชี้วัดที่ 6", "บทวิเคราะห์ตัวชี้วัดที่ 6")
    before = dump(sample_store)

    with pytest.raises(YearConflictError) as refused:
        import_documents(sample_store, read_exchange_documents(path))

    assert refused.value.years == (2568,)
    assert SAMPLE in str(refused.value) and "2568" in str(refused.value)
    assert dump(sample_store) == before  # not even the new year 2569 came in


def test_replacing_a_year_takes_the_files_and_keeps_the_plan_tied_to_it(sample_store, tmp_path):
    agency_id = sample_id(sample_store)
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")

    [result] = import_documents(sample_store, read_exchange_documents(path), {2568: Decision.REPLACE})

    assert (result.added, result.replaced, result.kept, result.unchanged) == ((2569,), (2568,), (), (2567,))
    assert load_figures(sample_store, agency_id, 2568).indicator_scores[6] == Decimal("90.00")
    assert plan_for(sample_store, agency_id, 2569).based_on_year == 2568  # the same assessment row, refilled
    stored = agency_document(sample_store, agency_id)
    assert next(a for a in stored.assessments if a.fiscal_year == 2568).analyses[6] == "บทวิเคราะห์ฉบับแก้ไข"
    assert document_json(stored) == document_json(read_document(path))


def test_keeping_a_year_leaves_the_stores_and_adds_the_rest(sample_store, tmp_path):
    agency_id = sample_id(sample_store)
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.xlsx")
    kept_before = agency_document(sample_store, agency_id).assessments

    [result] = import_documents(sample_store, read_exchange_documents(path), {2568: Decision.KEEP})

    assert (result.added, result.replaced, result.kept) == ((2569,), (), (2568,))
    stored = agency_document(sample_store, agency_id).assessments
    assert stored[:2] == kept_before and [a.fiscal_year for a in stored] == [2567, 2568, 2569]


def test_a_plan_that_differs_is_a_conflict_of_its_fiscal_year(sample_store, tmp_path):
    document = sample_document()
    plan = document.plans[0]
    shorter = plan.model_copy(update={"measures": plan.measures[:-2]})
    path = file_of(document.model_copy(update={"plans": [shorter]}), tmp_path / "โคกคอน.json")
    [preview] = preview_documents(sample_store, read_exchange_documents(path))
    [change] = [change for change in preview.years if change.state is YearState.DIFFERS]
    count = len(plan.measures)
    assert change.year == 2569
    assert change.differences == (f"แผน: ในแฟ้มมี {count - 2} มาตรการ ที่มีอยู่มี {count} มาตรการ",)

    import_documents(sample_store, read_exchange_documents(path), {2569: Decision.REPLACE})

    assert len(plan_for(sample_store, sample_id(sample_store), 2569).measures) == count - 2


def test_a_change_made_meanwhile_refuses_the_import(sample_store, tmp_path):
    """The window shows what a file would change; when another clerk changes the agency before the user has
    decided, nothing is imported (the decision was made on what is no longer there)."""
    agency_id = sample_id(sample_store)
    path = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")
    documents = read_exchange_documents(path)
    previews = preview_documents(sample_store, documents)
    set_indicator_score(sample_store, agency_id, 2568, 7, "50.00")  # elsewhere, while the dialog is open
    before = dump(sample_store)

    with pytest.raises(StaleEditError):
        import_documents(sample_store, documents, {2568: Decision.REPLACE}, expected=previews)

    assert dump(sample_store) == before
    assert load_figures(sample_store, agency_id, 2568).indicator_scores[7] == Decimal("50.00")


def test_a_new_agency_and_one_the_store_holds_come_in_from_one_file_each(sample_store, tmp_path):
    other = sample_document()
    other = other.model_copy(update={"agency": other.agency.model_copy(update={"district": "เมืองหนองคาย"})})
    first = file_of(with_2569(sample_document()), tmp_path / "a.json")
    second = file_of(other, tmp_path / "b.xlsx")
    [updated] = import_documents(sample_store, read_exchange_documents(first))
    [added] = import_documents(sample_store, read_exchange_documents(second))
    assert not updated.created and added.created and added.added == (2567, 2568)
    assert sorted(agency.district for agency in list_agencies(sample_store)) == ["ท่าบ่อ", "เมืองหนองคาย"]


def test_the_whole_store_as_json_comes_back_whole(sample_store, other_location, tmp_path):
    second = create_agency(sample_store, "เทศบาลตำบลบ้านนา", "เมืองขอนแก่น", "ขอนแก่น", "เทศบาลตำบล")
    set_indicator_score(sample_store, second.id, 2568, 1, "91.25")
    path = tmp_path / "ทั้งหมด.json"
    assert write_store_json(sample_store, path) == 2

    restored = open_store(other_location)
    try:
        results = import_documents(restored, read_exchange_documents(path))
        assert [result.created for result in results] == [True, True]
        for source in list_agencies(sample_store):
            copy = find_agency(restored, source.name)
            assert document_json(agency_document(restored, copy.id)) == document_json(
                agency_document(sample_store, source.id)
            )
        # Brought back a second time: every year the same, nothing changes.
        before = dump(restored)
        again = import_documents(restored, read_exchange_documents(path))
        assert all(not r.created and not r.added and not r.replaced for r in again)
        assert dump(restored) == before
    finally:
        restored.close()


def test_one_agencys_file_is_not_taken_for_a_store_backup(sample_store, tmp_path):
    path = tmp_path / "ทั้งหมด.json"
    write_store_json(sample_store, path)
    broken = path.read_text(encoding="utf-8").replace('"fiscal_year": 2568', '"fiscal_year": "สองพัน"', 1)
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"\$\.agencies\[0\]\.assessments\[1\]\.fiscal_year"):
        read_exchange_documents(path)


def test_a_deleted_agency_comes_back_from_the_copy_taken_first(sample_store):
    agency_id = sample_id(sample_store)
    before = document_json(agency_document(sample_store, agency_id))
    copy = delete_agency(sample_store, agency_id)
    assert list_agencies(sample_store) == []
    if sample_store.shared:  # of a shared store, the agency as a JSON file in this PC's backup folder
        assert copy.suffix == ".json" and copy.parent == sample_store.backup_folder
        [result] = import_documents(sample_store, read_exchange_documents(copy))
        assert result.created and document_json(agency_document(sample_store, result.agency_id)) == before
    else:
        assert copy.suffix == ".sqlite3"


# --- the command line ------------------------------------------------------------------------------------------


def test_cli_imports_many_files_and_refuses_a_conflict_unless_told(capsys, sample_store, store_location, tmp_path):
    sample_store.close()
    db = str(store_location)
    changed = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")
    other = sample_document()
    other = other.model_copy(update={"agency": other.agency.model_copy(update={"name": "อบต.หนองบัว"})})
    new = file_of(other, tmp_path / "หนองบัว.xlsx")
    broken = tmp_path / "เสีย.json"
    broken.write_text("{", encoding="utf-8")

    status, out, err = run(capsys, "import", str(changed), str(new), str(broken), "--db", db)

    assert status == 2
    assert "โคกคอน.json" in err and "--replace-years 2568" in err and "--keep-years 2568" in err
    assert "เสีย.json" in err
    assert "หนองบัว" in out and "นำเข้าได้ ๑ จาก ๓ แฟ้ม" in out
    store = open_store(store_location)
    try:
        assert load_figures(store, sample_id(store), 2569) is None  # the refused file: nothing of it
    finally:
        store.close()

    status, out, err = run(capsys, "import", str(changed), "--db", db, "--replace-years", "๒๕๖๘")
    assert status == 0, err
    assert "เพิ่มปี ๒๕๖๙" in out and "ใช้ข้อมูลจากแฟ้มแทนของปี ๒๕๖๘" in out and "๒๕๖๗" in out
    store = open_store(store_location)
    try:
        assert load_figures(store, sample_id(store), 2568).indicator_scores[6] == Decimal("90.00")
        assert load_figures(store, sample_id(store), 2569).indicator_scores[1] == Decimal("99.00")
    finally:
        store.close()


def test_cli_keeps_the_years_it_is_told_to_keep(capsys, sample_store, store_location, tmp_path):
    sample_store.close()
    changed = file_of(with_2569(with_2568_changed(sample_document())), tmp_path / "โคกคอน.json")
    status, out, err = run(capsys, "import", str(changed), "--db", str(store_location), "--keep-years", "2568")
    assert status == 0, err
    assert "คงข้อมูลเดิมของปี ๒๕๖๘" in out
    store = open_store(store_location)
    try:
        assert load_figures(store, sample_id(store), 2568).indicator_scores[6] == Decimal("96.33")
    finally:
        store.close()
    status, _, err = run(
        capsys, "import", str(changed), "--db", str(store_location), "--keep-years", "2568", "--replace-years", "2568"
    )
    assert status == 2 and "2568" in err.replace("๒๕๖๘", "2568")


def test_cli_backs_up_every_agency_as_json_and_imports_it_back(
    capsys, sample_store, store_location, other_location, tmp_path
):
    sample_store.close()
    other_json = tmp_path / "สำรอง.json"
    status, out, err = run(capsys, "backup", "--db", str(store_location), "--json", str(other_json))
    assert status == 0, err
    assert "๑ หน่วยงาน" in out
    status, out, err = run(capsys, "import", str(other_json), "--db", str(other_location))
    assert status == 0, err
    one, two = open_store(store_location), open_store(other_location)
    try:
        assert document_json(agency_document(two, sample_id(two))) == document_json(
            agency_document(one, sample_id(one))
        )
    finally:
        one.close()
        two.close()
