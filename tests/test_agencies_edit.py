"""Editing and deleting agencies: one agency per name and district, every field kept, units in order, and a delete
that takes everything of the agency and nothing else, with a backup taken first."""

import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest

from itadesk.services.agencies import (
    AgencyDetails,
    add_agency,
    agency_details,
    agency_holdings,
    agency_labels,
    create_agency,
    delete_agency,
    find_agency,
    list_agencies,
    responsible_units,
    update_agency,
)
from itadesk.services.errors import AlreadyExistsError, InvalidInputError, NotFoundError, StaleEditError
from itadesk.services.importing import import_document
from itadesk.services.plans import plan_for
from itadesk.services.sample import sample_document
from itadesk.store import open_store
from itadesk.store.backup import backups_dir
from tests.test_store import dump

NAME = "องค์การบริหารส่วนตำบลหนองบัว"


def table_counts(path) -> dict[str, int]:
    """Rows in every table of the store file."""
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def full_details() -> AgencyDetails:
    return AgencyDetails(
        name="เทศบาลตำบลบ้านใหม่",
        kind="เทศบาลตำบล",
        district="เมืองขอนแก่น",
        province="ขอนแก่น",
        prepared_by_name="นางสาวสมใจ ใจดี",
        prepared_by_position="นักวิเคราะห์นโยบายและแผนชำนาญการ",
        checked_by_name="นายสมชาย รักงาน",
        checked_by_position="ปลัดเทศบาล",
        approved_by_name="นายวิชัย มั่นคง",
        approved_by_position="นายกเทศมนตรีตำบลบ้านใหม่",
        responsible_units=("สำนักปลัด", "กองคลัง", "กองช่าง"),
    )


def test_a_second_agency_of_the_same_name_and_district_is_refused_whatever_its_province(store):
    create_agency(store, NAME, "เมือง", "ขอนแก่น")
    before = dump(store.path)
    for name, district, province in (
        (NAME, "เมือง", "ขอนแก่น"),
        (f"  {NAME} ", " เมือง", "อุดรธานี"),  # spaces around, another province: still the same agency
        (NAME, "เมือง", ""),
    ):
        with pytest.raises(AlreadyExistsError) as refused:
            create_agency(store, name, district, province)
        assert str(refused.value) == (
            f"มีหน่วยงานชื่อ {NAME} อำเภอเมือง อยู่ในแฟ้มข้อมูลนี้แล้ว จึงไม่ได้บันทึก หากเป็นคนละหน่วยงาน โปรดตรวจสอบชื่อและอำเภออีกครั้ง"
        )
    assert dump(store.path) == before


def test_latin_letters_are_compared_without_their_case(store):
    create_agency(store, "Ban Mai Town", "Mueang")
    with pytest.raises(AlreadyExistsError):
        create_agency(store, "BAN MAI TOWN ", "mueang")
    create_agency(store, "Ban Mai Town", "")
    with pytest.raises(AlreadyExistsError, match="ไม่ได้ระบุอำเภอ"):
        create_agency(store, "ban mai town", "", "Khon Kaen")
    assert len(list_agencies(store)) == 2


def test_the_same_name_in_another_district_is_another_agency_and_the_list_tells_them_apart(store):
    first = create_agency(store, NAME, "เมือง", "ขอนแก่น")
    second = create_agency(store, NAME, "ท่าบ่อ", "หนองคาย")
    third = create_agency(store, NAME, "", "อุดรธานี")
    alone = create_agency(store, "เทศบาลตำบลบ้านใหม่", "เมือง", "ขอนแก่น")
    assert agency_labels(list_agencies(store)) == {
        first.id: f"{NAME} (เมือง)",
        second.id: f"{NAME} (ท่าบ่อ)",
        third.id: f"{NAME} (อุดรธานี)",  # no district: the province
        alone.id: "เทศบาลตำบลบ้านใหม่",
    }


def test_labels_name_both_district_and_province_when_one_of_them_is_not_enough(store):
    first = create_agency(store, NAME, "เมือง", "")
    second = create_agency(store, NAME, "", "เมือง")
    labels = agency_labels(list_agencies(store))
    assert (labels[first.id], labels[second.id]) == (f"{NAME} (อำเภอเมือง)", f"{NAME} (จังหวัดเมือง)")


def test_every_field_is_saved_and_read_back_after_reopening_the_store(db_path):
    store = open_store(db_path)
    agency = create_agency(store, NAME, "เมือง", "ขอนแก่น")
    wanted = full_details()
    assert update_agency(store, agency.id, wanted, expected=agency_details(store, agency.id)) == wanted
    store.close()
    reopened = open_store(db_path)
    try:
        assert agency_details(reopened, agency.id) == wanted
        assert responsible_units(reopened, agency.id) == ["สำนักปลัด", "กองคลัง", "กองช่าง"]
    finally:
        reopened.close()


def test_a_new_agency_keeps_its_signers_and_units(store):
    agency = add_agency(store, replace(full_details(), name=" เทศบาลตำบลบ้านใหม่ ", responsible_units=(" กองช่าง", "")))
    assert agency_details(store, agency.id) == replace(full_details(), responsible_units=("กองช่าง",))


def test_some_fields_can_be_changed_by_name(store):
    agency = add_agency(store, full_details())
    update_agency(store, agency.id, checked_by_name=" นายใหม่ ใจงาม ", province="มหาสารคาม")
    saved = agency_details(store, agency.id)
    assert (saved.checked_by_name, saved.province) == ("นายใหม่ ใจงาม", "มหาสารคาม")
    assert replace(saved, checked_by_name="นายสมชาย รักงาน", province="ขอนแก่น") == full_details()


def test_renaming_onto_another_agency_is_refused_and_nothing_changes(store):
    create_agency(store, NAME, "เมือง", "ขอนแก่น")
    other = create_agency(store, NAME, "ท่าบ่อ", "หนองคาย")
    renamed = create_agency(store, "เทศบาลตำบลบ้านใหม่", "เมือง", "ขอนแก่น")
    before = dump(store.path)
    with pytest.raises(AlreadyExistsError, match="อำเภอเมือง"):
        update_agency(store, other.id, district="เมือง ")
    with pytest.raises(AlreadyExistsError, match="อำเภอเมือง"):
        update_agency(store, renamed.id, name=f" {NAME}", province="มหาสารคาม")
    with pytest.raises(InvalidInputError, match="โปรดระบุชื่อหน่วยงาน"):
        update_agency(store, renamed.id, name="   ")
    assert dump(store.path) == before
    update_agency(store, renamed.id, name=NAME, district="บ้านไผ่")  # a district of its own: allowed
    update_agency(store, other.id, province="อุดรธานี")  # saving itself again is not a duplicate
    assert [a.district for a in list_agencies(store) if a.name == NAME] == ["ท่าบ่อ", "บ้านไผ่", "เมือง"]


def test_an_edit_based_on_what_was_changed_elsewhere_is_refused(store):
    agency = add_agency(store, full_details())
    seen = agency_details(store, agency.id)
    update_agency(store, agency.id, responsible_units=["กองช่าง", "กองคลัง"])  # another window
    before = dump(store.path)
    with pytest.raises(StaleEditError):
        update_agency(store, agency.id, replace(seen, province="มหาสารคาม"), expected=seen)
    assert dump(store.path) == before


def test_units_are_added_renamed_removed_and_reordered_and_measures_keep_theirs(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    assert responsible_units(sample_store, agency.id) == [
        "ทุกสำนัก/กอง",
        "สำนักปลัด",
        "งานพัสดุ กองคลัง",
        "ตรวจสอบภายใน",
        "กองคลัง",
    ]
    measures_before = plan_for(sample_store, agency.id, 2569).measures
    assert any("กองคลัง" in m.responsible for m in measures_before)
    units = ["กองคลัง (งานการเงิน)", "สำนักปลัด", "ตรวจสอบภายใน", "กองช่าง", "ทุกสำนัก/กอง"]
    update_agency(sample_store, agency.id, responsible_units=units)
    assert responsible_units(sample_store, agency.id) == units
    assert plan_for(sample_store, agency.id, 2569).measures == measures_before  # measures name units as text

    update_agency(sample_store, agency.id, responsible_units=list(reversed(units)))  # every row changes place
    assert responsible_units(sample_store, agency.id) == list(reversed(units))
    update_agency(sample_store, agency.id, responsible_units=["สำนักปลัด", "กองช่าง"])
    assert responsible_units(sample_store, agency.id) == ["สำนักปลัด", "กองช่าง"]


def test_a_unit_listed_twice_is_refused(store):
    agency = add_agency(store, full_details())
    before = dump(store.path)
    with pytest.raises(InvalidInputError) as refused:
        update_agency(store, agency.id, responsible_units=["กองช่าง", "สำนักปลัด", " กองช่าง "])
    assert str(refused.value) == "มีหน่วยงาน “กองช่าง” ซ้ำกันในรายการ โปรดใส่แต่ละหน่วยงานเพียงครั้งเดียว"
    with pytest.raises(InvalidInputError):
        add_agency(store, replace(full_details(), district="อื่น", responsible_units=("Audit", "audit")))
    assert dump(store.path) == before


def two_sample_agencies(store) -> tuple[int, int]:
    """The sample agency, and a copy of it in another district: two agencies holding everything a store can."""
    document = sample_document()
    tools = {"IIT": Decimal("90.15"), "EIT": Decimal("88.40"), "OIT": Decimal("95.00")}  # the sample has none
    assessments = [part.model_copy(update={"official_tool_scores": tools}) for part in document.assessments]
    document = document.model_copy(update={"assessments": assessments})
    first = import_document(store, document).id
    elsewhere = document.model_copy(update={"agency": document.agency.model_copy(update={"district": "เมือง"})})
    return first, import_document(store, elsewhere).id


def test_deleting_an_agency_deletes_all_it_holds_and_nothing_of_another(store):
    deleted, kept = two_sample_agencies(store)
    kept_details, kept_holdings = agency_details(store, kept), agency_holdings(store, kept)
    before = table_counts(store.path)
    data_tables = [table for table in before if table != "alembic_version"]
    assert all(before[table] > 0 and before[table] % 2 == 0 for table in data_tables), before
    assert agency_holdings(store, deleted).measures > 0

    backup = delete_agency(store, deleted)

    after = table_counts(store.path)
    assert {table: after[table] for table in data_tables} == {table: before[table] // 2 for table in data_tables}
    assert after["alembic_version"] == before["alembic_version"]
    with sqlite3.connect(store.path) as connection:
        for table, column in (("assessment", "agency_id"), ("plan", "agency_id"), ("responsible_unit", "agency_id")):
            assert connection.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (deleted,)).fetchone() == (0,)
    assert [a.id for a in list_agencies(store)] == [kept]
    assert agency_details(store, kept) == kept_details
    assert agency_holdings(store, kept) == kept_holdings

    assert backup.exists() and backup.parent == backups_dir(store.path)
    assert table_counts(backup) == before
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT district FROM agency WHERE id = ?", (deleted,)).fetchone() == ("ท่าบ่อ",)


def test_the_delete_is_refused_for_an_agency_that_is_not_there_and_no_backup_is_taken(store):
    agency = create_agency(store, NAME)
    delete_agency(store, agency.id)
    taken = list(backups_dir(store.path).iterdir())
    before = dump(store.path)
    with pytest.raises(NotFoundError):
        delete_agency(store, agency.id)
    with pytest.raises(NotFoundError):
        update_agency(store, agency.id, name="อื่น")
    assert list(backups_dir(store.path).iterdir()) == taken
    assert dump(store.path) == before


def test_what_an_agency_holds(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    held = agency_holdings(sample_store, agency.id)
    plan = plan_for(sample_store, agency.id, 2569)
    assert held.assessment_years == (2567, 2568)
    assert (held.plans, held.measures) == (1, len(plan.measures))
