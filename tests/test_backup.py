import sqlite3
import time
from decimal import Decimal

import pytest

from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures, set_indicator_score
from itadesk.services.sample import load_sample
from itadesk.store import StoreError, open_store
from itadesk.store.backup import all_backups, automatic_backups, backup_if_changed, backup_now, latest_backup
from itadesk.store.database import restore_backup


def agency_names(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM agency")]
    finally:
        connection.close()  # closed now: a restore refuses a store still open


def test_closing_a_changed_store_backs_it_up_and_an_unchanged_one_does_not(db_path):
    store = open_store(db_path)
    load_sample(store)
    store.close()
    [first] = automatic_backups(db_path)
    assert agency_names(first) == ["องค์การบริหารส่วนตำบลโคกคอน"]
    open_store(db_path).close()  # nothing changed: no new copy
    assert automatic_backups(db_path) == [first]


def test_a_backup_holds_what_was_committed_even_from_the_wal(db_path):
    store = open_store(db_path)
    load_sample(store)
    agency = find_agency(store, "โคกคอน")
    set_indicator_score(store, agency.id, 2568, 6, "90")
    copy = backup_now(db_path)  # the store is still open: recent writes are in the WAL
    store.close()
    reopened = open_store(copy)
    assert load_figures(reopened, agency.id, 2568).indicator_scores[6] == Decimal("90.00")
    reopened.close()


def test_the_automatic_set_keeps_the_newest_ten(db_path):
    store = open_store(db_path)
    load_sample(store)
    store.close()
    for n in range(12):
        time.sleep(0.002)
        with sqlite3.connect(db_path) as connection:
            connection.execute("UPDATE agency SET district = ?", (f"ท่าบ่อ {n}",))
        assert backup_if_changed(db_path) is not None
    kept = automatic_backups(db_path)
    assert len(kept) == 10
    with sqlite3.connect(kept[-1]) as connection:
        assert connection.execute("SELECT district FROM agency").fetchone()[0] == "ท่าบ่อ 11"


def test_restore_keeps_a_copy_of_what_it_replaces(db_path, tmp_path):
    store = open_store(db_path)
    load_sample(store)
    store.close()
    saved = backup_now(db_path, tmp_path / "with-sample.sqlite3")
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM agency")
    connection.close()
    assert agency_names(db_path) == []
    kept = restore_backup(db_path, saved)
    assert agency_names(db_path) == ["องค์การบริหารส่วนตำบลโคกคอน"]
    assert kept is not None and agency_names(kept) == []
    assert "before-restore" in kept.name and kept in all_backups(db_path)


@pytest.mark.parametrize("content", [b"random bytes " * 200, b""])
def test_restoring_something_that_is_not_a_store_changes_nothing(db_path, tmp_path, content):
    store = open_store(db_path)
    load_sample(store)
    store.close()
    before = db_path.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(StoreError):
        restore_backup(db_path, bad)
    assert db_path.read_bytes() == before
    assert bad.read_bytes() == content


def test_the_latest_backup_is_found(db_path):
    assert latest_backup(db_path) is None
    store = open_store(db_path)
    load_sample(store)
    store.close()
    assert latest_backup(db_path) == automatic_backups(db_path)[-1]


def test_a_damaged_store_is_offered_its_latest_backup_and_mended_by_restore(db_path, capsys):
    from itadesk.cli import main

    store = open_store(db_path)
    load_sample(store)
    store.close()
    damaged = b"\x00garbage\xff" * 500
    db_path.write_bytes(damaged)
    assert main(["summary", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568"]) == 2
    err = capsys.readouterr().err
    latest = latest_backup(db_path)
    assert "itadesk restore" in err and latest.name in err
    assert db_path.read_bytes() == damaged  # only read
    assert main(["restore", str(latest), "--db", str(db_path)]) == 0
    kept = [p for p in all_backups(db_path) if "before-restore" in p.name]
    assert kept and kept[-1].read_bytes() == damaged
    assert agency_names(db_path) == ["องค์การบริหารส่วนตำบลโคกคอน"]


def test_cli_backup_to_a_file(db_path, tmp_path, capsys):
    from itadesk.cli import main

    main(["sample", "--db", str(db_path)])
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", str(db_path), "-o", str(target)]) == 0
    assert agency_names(target) == ["องค์การบริหารส่วนตำบลโคกคอน"]
