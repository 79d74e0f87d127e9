"""The lock of the store a window has open: held and given back, seen by others, never left blocking by a crash;
a store opened read only writes nothing; the command line notes a window and will not restore under it."""

import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from itadesk import i18n
from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures, set_indicator_score
from itadesk.services.sample import load_sample
from itadesk.store import StoreError, open_store
from itadesk.store.backup import all_backups, automatic_backups, backup_now, latest_backup
from itadesk.store.database import open_locked_store, restore_backup
from itadesk.store.lock import StoreInUse, held_elsewhere, lock_path, take_lock
from itadesk.store.migrate import known_revisions
from tests.cli_run import run

READ_ONLY_TH = "แฟ้มข้อมูลนี้เปิดแบบอ่านอย่างเดียว เนื่องจากมีหน้าต่าง ITA Desk อื่นเปิดแฟ้มนี้อยู่ จึงไม่ได้บันทึกการแก้ไขนี้"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window_store(sample_db):
    """The sample store as a window has it: open, with its lock held."""
    store = open_locked_store(Path(sample_db))
    yield store
    store.close()


def test_a_window_holds_the_lock_while_the_store_is_open_and_gives_it_back(db_path):
    store = open_locked_store(db_path)
    assert store.lock is not None and store.lock.held and not store.read_only
    assert lock_path(db_path) == db_path.with_name("store.sqlite3.lock")
    assert lock_path(db_path).exists()
    assert held_elsewhere(db_path)  # a second holder sees it
    with pytest.raises(StoreInUse):
        open_locked_store(db_path)
    with pytest.raises(StoreInUse):
        take_lock(db_path)
    store.close()
    assert store.lock is None
    assert not lock_path(db_path).exists()  # nothing left beside the store after a clean close
    assert not held_elsewhere(db_path)
    again = open_locked_store(db_path)
    assert again.lock.held
    again.close()
    again.close()  # closing twice does nothing
    assert not lock_path(db_path).exists()


def test_looking_for_a_window_leaves_nothing_behind(sample_db):
    path = Path(sample_db)
    assert not held_elsewhere(path)
    assert not lock_path(path).exists()
    lock_path(path).write_bytes(b"")  # left by a program that was killed: nobody holds it
    assert not held_elsewhere(path)
    assert not lock_path(path).exists()


def test_a_lock_file_is_never_taken_for_a_backup(window_store):
    path = window_store.path
    backup_now(path)
    made = all_backups(path)
    assert made and all(p.suffix == ".sqlite3" for p in made)
    assert latest_backup(path) == made[-1]
    # a backup opened as a store by a window has its own lock in the backups folder, and is still not counted twice
    opened = open_locked_store(made[-1])
    assert lock_path(made[-1]).exists()
    assert all_backups(path) == made
    opened.close()


def test_a_lock_left_by_a_killed_program_does_not_block(db_path):
    open_store(db_path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from itadesk.store.lock import take_lock
                lock = take_lock({str(db_path)!r})
                print("held" if lock is not None and lock.held else "not held", flush=True)
                time.sleep(120)
                """
            ),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert held_elsewhere(db_path)
        with pytest.raises(StoreInUse):
            open_locked_store(db_path)
    finally:
        holder.kill()  # SIGKILL on POSIX: the program gets no chance to give the lock back
        holder.wait(10)
        holder.stdout.close()
    assert lock_path(db_path).exists()  # its file is still there ...
    assert not held_elsewhere(db_path)  # ... but it blocks nobody
    store = open_locked_store(db_path)
    assert store.lock.held
    store.close()


def test_a_store_opened_read_only_refuses_every_write_and_leaves_the_file_as_it_was(sample_db):
    path = Path(sample_db)
    before = path.read_bytes()
    backups = automatic_backups(path)
    store = open_store(path, read_only=True)
    assert store.read_only and store.lock is None
    agency = find_agency(store, "โคกคอน").id
    assert load_figures(store, agency, 2568).indicator_scores[6] == Decimal("96.33")  # it reads
    with pytest.raises(StoreError) as refused:
        set_indicator_score(store, agency, 2568, 6, "90")
    assert str(refused.value) == READ_ONLY_TH
    with pytest.raises(StoreError, match="อ่านอย่างเดียว"):
        load_sample(store)
    with store.read() as session:  # even a write that bypasses the transaction: SQLite refuses it
        from sqlalchemy.exc import OperationalError
        from sqlmodel import text

        with pytest.raises(OperationalError, match="readonly"):
            session.exec(text("UPDATE agency SET district = 'ท่าบ่อ'"))
    store.close()
    assert path.read_bytes() == before
    assert automatic_backups(path) == backups  # no backup on open or close
    assert not lock_path(path).exists()


def test_the_read_only_refusal_speaks_english_in_the_english_ui(sample_db):
    i18n.set_language("en")
    store = open_store(Path(sample_db), read_only=True)
    try:
        with pytest.raises(StoreError, match=r"^This store is open read only: .*nothing was saved\.$"):
            set_indicator_score(store, find_agency(store, "โคกคอน").id, 2568, 6, "90")
    finally:
        store.close()


def test_read_only_never_migrates_nor_creates(db_path, tmp_path):
    open_store(db_path, target_revision=known_revisions()[0]).close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="ปิดหน้าต่างนั้น"):
        open_store(db_path, read_only=True)
    assert db_path.read_bytes() == before
    missing = tmp_path / "none.sqlite3"
    with pytest.raises(StoreError):
        open_store(missing, read_only=True)
    assert not missing.exists()


def test_restore_is_refused_while_a_window_has_the_store_open(capsys, window_store, tmp_path):
    path = window_store.path
    agency = find_agency(window_store, "โคกคอน").id
    copy = backup_now(path, tmp_path / "copy.sqlite3")
    set_indicator_score(window_store, agency, 2568, 6, "90")
    status, _out, err = run(capsys, "restore", "--db", str(path), str(copy))
    assert status == 2
    assert "เปิดอยู่ในหน้าต่าง ITA Desk โปรดปิดหน้าต่างนั้นก่อน แล้วจึงนำสำเนาสำรองกลับมาใช้" in err
    with pytest.raises(StoreInUse):
        restore_backup(path, copy)
    assert load_figures(window_store, agency, 2568).indicator_scores[6] == Decimal("90.00")  # nothing replaced
    window_store.close()
    status, out, _err = run(capsys, "restore", "--db", str(path), str(copy))  # the window is closed: it goes
    assert status == 0 and "นำสำเนาสำรอง" in out
    reopened = open_store(path)
    assert load_figures(reopened, agency, 2568).indicator_scores[6] == Decimal("96.33")
    reopened.close()
    assert not lock_path(path).exists()


def test_a_command_that_writes_notes_the_window_and_still_saves(capsys, window_store, tmp_path):
    path = window_store.path
    exchange = tmp_path / "agency.json"
    status, _out, err = run(capsys, "export", "--db", str(path), "--agency", "โคกคอน", "-o", str(exchange))
    assert status == 0 and err == ""  # reading: nothing to say
    status, _out, err = run(capsys, "sample", "--db", str(path))
    assert status == 0
    assert err.count("\n") == 1 and err.startswith("หมายเหตุ:") and "หน้าต่าง ITA Desk" in err
    other = tmp_path / "other.sqlite3"
    status, _out, err = run(capsys, "import", "--db", str(other), str(exchange))
    assert status == 0 and err == ""  # no window has that store open
    status, _out, err = run(capsys, "import", "--db", str(path), str(exchange))
    assert "หมายเหตุ:" in err  # the window's store: noted (the agency is already there, which is refused)
    window_store.close()
    status, _out, err = run(capsys, "sample", "--db", str(path))
    assert status == 0 and err == ""
