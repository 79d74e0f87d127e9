import contextlib
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures, set_indicator_score, set_official_result
from itadesk.services.errors import InvalidInputError
from itadesk.store import Store, open_store
from itadesk.store.migrate import head_revision, pre_migration_copies
from itadesk.store.tables import Agency, Assessment, IndicatorScore

pytestmark = pytest.mark.both_stores


def dump(where) -> list:
    """Everything in the store: of a store file (a path), as SQL read with the plain sqlite3 module; of an open
    store (a file or a shared one), every row of every table read through SQLAlchemy, in key order."""
    if not isinstance(where, Store):
        with contextlib.closing(sqlite3.connect(where)) as connection:  # closed: Windows keeps an open file in use
            return list(connection.iterdump())
    from sqlalchemy import text
    from sqlmodel import SQLModel

    rows = []
    with where.engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            order = ", ".join(column.name for column in table.primary_key.columns)
            found = connection.execute(text(f'SELECT * FROM "{table.name}" ORDER BY {order}')).all()
            rows.append((table.name, [tuple(row) for row in found]))
        rows.append(("alembic_version", connection.execute(text("SELECT * FROM alembic_version")).all()))
    return rows


def revision(where) -> str:
    """The schema revision of a store file (a path) or of a store at a location (a path or a URL)."""
    if isinstance(where, str):
        store = open_store(where, create=False, backups=False)
        try:
            with store.engine.connect() as connection:
                return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        finally:
            store.close()
    with sqlite3.connect(where) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


@pytest.mark.sqlite_only
def test_new_store_is_at_head_in_wal_mode_with_foreign_keys(store, db_path):
    assert revision(db_path) == head_revision()
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert pre_migration_copies(db_path) == []  # a new file has nothing to copy


@pytest.mark.parametrize("bad", ["100.01", "abc", "-1", "", "95.555", "1e2", "NaN", "๑๐๐.๐๑"])
def test_bad_scores_are_refused_and_the_store_is_unchanged(sample_store, bad):
    agency = find_agency(sample_store, "โคกคอน")
    before = dump(sample_store)
    with pytest.raises(InvalidInputError) as caught:
        set_indicator_score(sample_store, agency.id, 2568, 6, bad)
    assert "คะแนน" in str(caught.value)  # the message is in Thai
    assert dump(sample_store) == before


def test_refused_score_message_is_clear(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    with pytest.raises(InvalidInputError, match="0 ถึง 100"):
        set_indicator_score(sample_store, agency.id, 2568, 6, "100.01")
    with pytest.raises(InvalidInputError, match="“abc” ไม่ใช่คะแนน"):
        set_indicator_score(sample_store, agency.id, 2568, 6, "abc")


def test_thai_digits_are_accepted(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    assert set_indicator_score(sample_store, agency.id, 2568, 6, " ๙๗.๒๕ ") == Decimal("97.25")
    assert load_figures(sample_store, agency.id, 2568).indicator_scores[6] == Decimal("97.25")


def test_scores_survive_reopening_exactly(sample_store, store_location):
    agency = find_agency(sample_store, "โคกคอน")
    set_indicator_score(sample_store, agency.id, 2568, 7, "96.17")
    sample_store.close()
    reopened = open_store(store_location)
    figures = load_figures(reopened, agency.id, 2568)
    assert figures.indicator_scores[7] == Decimal("96.17")
    assert figures.official_overall == Decimal("98.27")
    reopened.close()


def test_unknown_level_is_refused(sample_store):
    agency = find_agency(sample_store, "โคกคอน")
    before = dump(sample_store)
    with pytest.raises(InvalidInputError, match="ผ่านมาก"):
        set_official_result(sample_store, agency.id, 2568, "98.27", "ผ่านมาก")
    assert dump(sample_store) == before


def test_the_database_itself_refuses_out_of_range_scores(sample_store):
    with sample_store.read() as session:
        assessment = session.exec(select(Assessment)).first()
    with pytest.raises(IntegrityError):
        with sample_store.transaction() as session:
            session.add(IndicatorScore(assessment_id=assessment.id, indicator=11, score=Decimal("100.01")))
    for statement in ("UPDATE indicator_score SET score = 10001", "UPDATE measure SET progress = 101"):
        with pytest.raises(IntegrityError), sample_store.engine.begin() as connection:
            connection.exec_driver_sql(statement)


def test_one_assessment_per_agency_and_year(sample_store):
    with sample_store.read() as session:
        existing = session.exec(select(Assessment)).first()
    with pytest.raises(IntegrityError):
        with sample_store.transaction() as session:
            session.add(
                Assessment(
                    agency_id=existing.agency_id, fiscal_year=existing.fiscal_year, framework_year=existing.fiscal_year
                )
            )


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError):
        with store.transaction() as session:
            session.add(Assessment(agency_id=999, fiscal_year=2568, framework_year=2568))


def test_deleting_an_agency_removes_its_records(sample_store):
    with sample_store.transaction() as session:
        session.delete(session.exec(select(Agency)).one())
    with sample_store.engine.connect() as connection:
        for table in ("assessment", "indicator_score", "plan", "measure", "responsible_unit"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_opening_twice_does_not_migrate_again(store_location, db_path):
    open_store(store_location).close()
    before = dump(opened := open_store(store_location))
    opened.close()
    open_store(store_location).close()
    assert revision(store_location if isinstance(store_location, str) else db_path) == head_revision()
    assert pre_migration_copies(db_path) == []
    assert dump(opened := open_store(store_location)) == before
    opened.close()


@pytest.mark.sqlite_only
def test_an_older_store_is_copied_before_it_is_migrated(db_path):
    old = open_store(db_path, target_revision="0001")
    assert revision(db_path) == "0001"
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO agency (name, kind, district, province, prepared_by_name, prepared_by_position, "
            "checked_by_name, checked_by_position, approved_by_name, approved_by_position, created_at) "
            "VALUES ('องค์การบริหารส่วนตำบลทดสอบ', '', '', '', '', '', '', '', '', '', '2026-01-01')"
        )
    old.close()

    migrated = open_store(db_path)
    migrated.close()

    assert revision(db_path) == head_revision()
    [copy] = pre_migration_copies(db_path)
    assert "0001" in copy.name
    assert revision(copy) == "0001"
    with sqlite3.connect(copy) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM agency")]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == ["องค์การบริหารส่วนตำบลทดสอบ"]
    assert "responsible_unit" not in tables
    with sqlite3.connect(db_path) as connection:
        assert [row[0] for row in connection.execute("SELECT name FROM agency")] == names
    open_store(db_path).close()
    assert len(pre_migration_copies(db_path)) == 1


def test_tables_match_the_migrations(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []


@pytest.mark.sqlite_only
def test_a_store_from_a_newer_version_is_refused_untouched(db_path):
    from itadesk.store import StoreError

    open_store(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="รุ่นที่ใหม่กว่า"):
        open_store(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_is_refused_untouched(db_path):
    from itadesk.store import StoreError

    db_path.write_bytes(b"this is not a database, just some bytes " * 100)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="ITA Desk"):
        open_store(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only
def test_a_database_of_another_program_is_refused_untouched(db_path):
    from itadesk.store import StoreError

    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        connection.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="invoices"):
        open_store(db_path)
    assert db_path.read_bytes() == before
    assert pre_migration_copies(db_path) == []


def schema(path) -> dict:
    """Tables, columns, indexes, foreign keys and the CHECK constraints of a store, as SQLite reports them."""
    found = {}
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            found[table] = {
                "columns": connection.execute(f"PRAGMA table_info({table})").fetchall(),
                "indexes": sorted(
                    (row[1], row[2], tuple(c[2] for c in connection.execute(f"PRAGMA index_info('{row[1]}')")))
                    for row in connection.execute(f"PRAGMA index_list({table})")
                ),
                "foreign_keys": sorted(connection.execute(f"PRAGMA foreign_key_list({table})").fetchall()),
                "checks": sorted(line.strip().rstrip(",") for line in sql.splitlines() if "CHECK" in line),
            }
    return found


@pytest.mark.sqlite_only
def test_a_new_store_has_the_schema_the_migrations_build(tmp_path):
    migrated = tmp_path / "migrated.sqlite3"
    open_store(migrated, target_revision="0001").close()
    open_store(migrated).close()  # 0001 → head through Alembic
    created = tmp_path / "created.sqlite3"
    open_store(created).close()  # new file: tables at once, stamped head
    assert schema(created) == schema(migrated)
    assert revision(created) == revision(migrated) == head_revision()


def test_revisions_known_from_file_names_match_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from itadesk.store.migrate import MIGRATIONS_DIR, known_revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    walked = [r.revision for r in ScriptDirectory.from_config(config).walk_revisions()]
    assert known_revisions() == list(reversed(walked))


@pytest.mark.sqlite_only
def test_opening_an_up_to_date_store_does_not_load_alembic(db_path):
    import subprocess
    import sys

    open_store(db_path).close()
    code = (
        "import sys; from itadesk.store import open_store; "
        f"open_store({str(db_path)!r}).close(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.sqlite_only
def test_a_store_truncated_in_half_is_refused_untouched(sample_store, db_path):
    from itadesk.store import StoreError

    sample_store.close()
    whole = db_path.read_bytes()
    db_path.write_bytes(whole[: len(whole) // 2])
    for extra in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        extra.unlink(missing_ok=True)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="ITA Desk"):
        open_store(db_path)
    assert db_path.read_bytes() == before
