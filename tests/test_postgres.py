"""A shared store on a PostgreSQL server: opened, started and migrated with the same Alembic migrations, refused when
it is not an ITA Desk store this version can open, and the same protection of the clerks' edits as on a file (two
PCs editing the same score: the second is told, nothing is overwritten). The command line on a URL."""

import threading
import time
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures, set_indicator_score
from itadesk.services.errors import StaleEditError
from itadesk.services.sample import load_sample
from itadesk.store import StoreError, open_store
from itadesk.store import handle as store_handle
from itadesk.store.errors import StoreMissing
from itadesk.store.migrate import head_revision
from itadesk.store.tables import Assessment
from itadesk.store.url import driver_url
from tests.cli_run import run

pytestmark = pytest.mark.postgres


@pytest.fixture
def second_url(postgres_url, postgres_databases):
    """Another empty database on the same server."""
    url = postgres_databases.create()
    yield url
    postgres_databases.drop(url)


def raw(url: str):
    return create_engine(driver_url(url))


def revision_of(url: str) -> str:
    engine = raw(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()


def schema(url: str) -> dict:
    """Tables, columns, indexes, keys and checks of the database, as PostgreSQL reports them."""
    engine = raw(url)
    try:
        with engine.connect() as connection:
            found = {}
            inspector = inspect(connection)
            for table in sorted(inspector.get_table_names()):
                found[table] = {
                    "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
                    "indexes": sorted(
                        (i["name"], tuple(i["column_names"]), i["unique"]) for i in inspector.get_indexes(table)
                    ),
                    "foreign_keys": sorted(
                        (tuple(k["constrained_columns"]), k["referred_table"], k["options"].get("ondelete"))
                        for k in inspector.get_foreign_keys(table)
                    ),
                    "unique": sorted(
                        (u["name"], tuple(u["column_names"])) for u in inspector.get_unique_constraints(table)
                    ),
                    "checks": sorted((c["name"], c["sqltext"]) for c in inspector.get_check_constraints(table)),
                    "key": inspector.get_pk_constraint(table)["constrained_columns"],
                }
            return found
    finally:
        engine.dispose()


def test_a_new_shared_store_is_at_head_and_enforces_its_constraints(postgres_url):
    store = open_store(postgres_url)
    try:
        assert store.shared and store.path is None and store.location == postgres_url
        assert revision_of(postgres_url) == head_revision()
        with pytest.raises(IntegrityError), store.transaction() as session:
            session.add(Assessment(agency_id=999, fiscal_year=2568, framework_year=2568))
    finally:
        store.close()


def test_migrating_an_older_shared_store_gives_the_schema_of_a_new_one_and_keeps_its_rows(postgres_url, second_url):
    open_store(postgres_url, target_revision="0001").close()
    assert revision_of(postgres_url) == "0001"
    engine = raw(postgres_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO agency (name, kind, district, province, prepared_by_name, prepared_by_position, "
                "checked_by_name, checked_by_position, approved_by_name, approved_by_position, created_at) "
                "VALUES ('องค์การบริหารส่วนตำบลทดสอบ', '', '', '', '', '', '', '', '', '', now())"
            )
        )
    engine.dispose()

    open_store(postgres_url).close()  # 0001 → head through Alembic, on PostgreSQL
    open_store(second_url).close()  # an empty database: the tables at once, stamped head

    assert revision_of(postgres_url) == revision_of(second_url) == head_revision()
    assert schema(postgres_url) == schema(second_url)
    store = open_store(postgres_url)
    try:
        assert find_agency(store, "ทดสอบ").name == "องค์การบริหารส่วนตำบลทดสอบ"
    finally:
        store.close()


def test_the_tables_match_the_migrations_on_postgresql(postgres_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    open_store(postgres_url, target_revision="0001").close()
    store = open_store(postgres_url)
    try:
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    finally:
        store.close()


def test_a_shared_store_of_a_newer_version_is_refused_untouched(postgres_url):
    open_store(postgres_url).close()
    engine = raw(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = schema(postgres_url)
    with pytest.raises(StoreError, match="รุ่นที่ใหม่กว่า"):
        open_store(postgres_url)
    assert revision_of(postgres_url) == "9999" and schema(postgres_url) == before


def test_a_database_of_another_program_is_refused_untouched(postgres_url):
    engine = raw(postgres_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id serial PRIMARY KEY, amount numeric)"))
    engine.dispose()
    with pytest.raises(StoreError, match="invoices"):
        open_store(postgres_url)
    assert list(schema(postgres_url)) == ["invoices"]


def test_an_empty_database_is_not_started_by_a_command_that_only_reads(capsys, postgres_url):
    with pytest.raises(StoreMissing):
        open_store(postgres_url, create=False)
    assert schema(postgres_url) == {}
    status, _, err = run(capsys, "summary", "--db", postgres_url, "--agency", "โคกคอน", "--year", "2568")
    assert status == 2
    assert "ไม่มีข้อมูลของ ITA Desk" in err and "URL" in err
    assert schema(postgres_url) == {}


def test_a_database_that_is_not_there_is_named_in_thai(postgres_url):
    missing = postgres_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(StoreError, match="ไม่มีฐานข้อมูลชื่อนี้"):
        open_store(missing)


# --- two clerks at once ----------------------------------------------------------------------------------------


def test_two_clerks_editing_the_same_score_the_second_is_told_and_nothing_is_overwritten(postgres_url):
    first, second = open_store(postgres_url), open_store(postgres_url)  # two PCs, two connections
    try:
        load_sample(first)
        agency_id = find_agency(second, "โคกคอน").id
        seen = load_figures(second, agency_id, 2568).indicator_scores[6]  # both see 96.33
        assert seen == load_figures(first, agency_id, 2568).indicator_scores[6] == Decimal("96.33")

        set_indicator_score(first, agency_id, 2568, 6, "97.00", expected=seen)
        with pytest.raises(StaleEditError, match="๙๗.๐๐|97.00"):
            set_indicator_score(second, agency_id, 2568, 6, "98.00", expected=seen)

        assert load_figures(second, agency_id, 2568).indicator_scores[6] == Decimal("97.00")
    finally:
        first.close()
        second.close()


def test_an_edit_waits_for_the_other_pcs_transaction_and_then_sees_its_change(postgres_url):
    """The check and the write of an edit are one turn: an edit that starts while another PC's transaction is
    changing the same score waits for it, then finds the new value and refuses (without the writers' lock it would
    read the old value, pass its check and overwrite)."""
    first, second = open_store(postgres_url), open_store(postgres_url)
    try:
        load_sample(first)
        agency_id = find_agency(first, "โคกคอน").id
        outcome = {}

        def other_pc():
            try:
                set_indicator_score(second, agency_id, 2568, 6, "98.00", expected=Decimal("96.33"))
                outcome["saved"] = True
            except StaleEditError as error:
                outcome["refused"] = str(error)

        with first.transaction() as session:
            row = session.exec(
                text(
                    "SELECT s.id FROM indicator_score s JOIN assessment a ON a.id = s.assessment_id "
                    "WHERE a.fiscal_year = 2568 AND s.indicator = 6"
                )  # fmt: skip
            ).scalar()
            session.exec(text("UPDATE indicator_score SET score = 9700 WHERE id = :id").bindparams(id=row))
            thread = threading.Thread(target=other_pc)
            thread.start()
            time.sleep(0.5)
            assert thread.is_alive()  # waiting for this transaction
        thread.join(10)

        assert "refused" in outcome and "saved" not in outcome
        assert load_figures(first, agency_id, 2568).indicator_scores[6] == Decimal("97.00")
    finally:
        first.close()
        second.close()


def test_an_edit_that_waits_too_long_is_refused_with_a_reason(postgres_url, monkeypatch):
    monkeypatch.setattr(store_handle, "BUSY_TIMEOUT_MS", 300)
    first, second = open_store(postgres_url), open_store(postgres_url)
    try:
        load_sample(first)
        agency_id = find_agency(first, "โคกคอน").id
        with first.transaction():
            with pytest.raises(StoreError, match="มีเครื่องอื่นกำลังบันทึกข้อมูลอยู่นานเกินไป"):
                set_indicator_score(second, agency_id, 2568, 6, "98.00")
        assert load_figures(second, agency_id, 2568).indicator_scores[6] == Decimal("96.33")
    finally:
        first.close()
        second.close()


def test_two_pcs_opening_an_older_store_at_once_migrate_it_once(postgres_url):
    open_store(postgres_url, target_revision="0001").close()
    opened, failed = [], []

    def open_it():
        try:
            opened.append(open_store(postgres_url))
        except Exception as error:  # noqa: BLE001 - reported below
            failed.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for store in opened:
        store.close()
    assert failed == [] and len(opened) == 3
    assert revision_of(postgres_url) == head_revision()


# --- the command line on a URL -------------------------------------------------------------------------------


def test_the_command_line_works_on_a_shared_store(capsys, postgres_url, monkeypatch, tmp_path):
    status, out, err = run(capsys, "sample", "--db", postgres_url)
    assert status == 0, err
    assert postgres_url in out
    monkeypatch.setenv("ITADESK_DB", postgres_url)  # the URL in the environment, as for every command
    status, out, err = run(capsys, "summary", "--agency", "โคกคอน", "--year", "2568")
    assert status == 0, err
    assert "๙๘.๒๗" in out

    monkeypatch.setenv("ITADESK_DB", str(tmp_path / "local.sqlite3"))  # this PC's own store: its backups folder
    status, out, err = run(capsys, "backup", "--db", postgres_url)
    assert status == 0, err
    [backup] = (tmp_path / "backups").glob("itadesk_test_*.json")
    assert "๑ หน่วยงาน" in out and backup.name in out
    assert not (tmp_path / "local.sqlite3").exists()  # nothing made of this PC's store

    status, _, err = run(capsys, "restore", str(backup), "--db", postgres_url)
    assert status == 2 and "pg_dump" in err

    status, _, err = run(capsys, "backup", "--db", postgres_url, "-o", str(tmp_path / "copy.sqlite3"))
    assert status == 2 and ".json" in err
