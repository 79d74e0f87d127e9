"""Which store a command works on: the restore hint names it, commands that only read neither start a store nor fill
the backup folder, a path that is not a store is refused with nothing made, and a restore waits for every program
to let the store go."""

import os
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from itadesk.store.backup import automatic_backups, backup_if_changed, backups_dir
from tests.cli_run import run

THAI = range(0x0E00, 0x0E80)
SAMPLE = "องค์การบริหารส่วนตำบลโคกคอน"


def agency_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM agency ORDER BY name")]
    finally:
        connection.close()


def is_thai(text: str) -> bool:
    return any(ord(character) in THAI for character in text)


def everything_under(folder: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under folder, by relative path."""
    return {
        str(path.relative_to(folder)): (path.read_bytes() if path.is_file() else None)
        for path in sorted(folder.rglob("*"))
    }


def command_line(printed: str) -> list[str]:
    """A command as the user's shell would split it when copied from the message."""
    if os.name == "nt":
        return [
            piece for index, part in enumerate(printed.split('"')) for piece in ([part] if index % 2 else part.split())
        ]
    return shlex.split(printed)


def test_the_restore_hint_run_as_printed_restores_the_store_it_names(capsys, tmp_path):
    default = Path(os.environ["ITADESK_DB"])
    folder = tmp_path / "งาน ITA's 2568"
    other = folder / "other.sqlite3"
    run(capsys, "sample")
    run(capsys, "sample", "--db", str(other))
    default_before = default.read_bytes()
    damaged = b"\x00not a store\xff" * 400
    other.write_bytes(damaged)

    status, out, err = run(capsys, "summary", "--db", str(other), "--agency", "โคกคอน", "--year", "2568")
    assert status == 2 and out == ""
    [printed] = [line.strip() for line in err.splitlines() if line.strip().startswith("itadesk restore")]
    argv = command_line(printed)
    assert argv[:2] == ["itadesk", "restore"] and "--db" in argv

    status, out, err = run(capsys, *argv[1:])
    assert status == 0, err
    assert agency_names(other) == [SAMPLE]  # the store that was damaged is mended
    assert default.read_bytes() == default_before  # and the default one is left alone
    kept = [path for path in backups_dir(other).iterdir() if "before-restore" in path.name]
    assert [path.read_bytes() for path in kept] == [damaged]


def test_the_restore_hint_of_the_default_store_needs_no_db(capsys, tmp_path, monkeypatch):
    store = tmp_path / "ข้อมูล ผู้ใช้" / "itadesk.sqlite3"
    monkeypatch.delenv("ITADESK_DB")
    monkeypatch.setattr("itadesk.paths.default_db_path", lambda: store)
    run(capsys, "sample")
    store.write_bytes(b"garbage " * 600)
    status, _out, err = run(capsys, "check", "--agency", "โคกคอน", "--year", "2568")
    assert status == 2
    [printed] = [line.strip() for line in err.splitlines() if line.strip().startswith("itadesk restore")]
    argv = command_line(printed)
    assert "--db" not in argv
    assert run(capsys, *argv[1:])[0] == 0
    assert agency_names(store) == [SAMPLE]


def test_commands_that_only_read_leave_the_backup_folder_as_it_is(capsys, tmp_path, db_path):
    run(capsys, "sample", "--db", str(db_path))
    (tmp_path / "out").mkdir()
    before = everything_under(tmp_path)
    assert len(automatic_backups(db_path)) == 1
    reads = [
        ["summary", "--agency", "โคกคอน", "--year", "2568"],
        ["check", "--agency", "โคกคอน", "--year", "2568"],
        ["export", "--agency", "โคกคอน", "-o", str(tmp_path / "out" / "agency.json")],
    ]
    for _time in range(2):
        for argv in reads:
            status, _out, err = run(capsys, *argv, "--db", str(db_path))
            assert status in (0, 1), err
    after = everything_under(tmp_path)
    assert {
        name: content for name, content in after.items() if not name.replace("\\", "/").startswith("out/")
    } == before

    document = (tmp_path / "out" / "agency.json").read_text(encoding="utf-8")
    other = tmp_path / "out" / "other.json"
    other.write_text(document.replace(SAMPLE, "องค์การบริหารส่วนตำบลโคกคอนใต้"), encoding="utf-8")
    status, _out, err = run(capsys, "import", str(other), "--db", str(db_path))
    assert status == 0, err
    [_first, made] = automatic_backups(db_path)  # a write is backed up
    assert len(agency_names(made)) == 2


def test_an_unchanged_store_is_not_backed_up_again_whatever_its_file_times(capsys, db_path):
    run(capsys, "sample", "--db", str(db_path))
    [first] = automatic_backups(db_path)
    later = first.stat().st_mtime + 60
    wal = db_path.with_name(db_path.name + "-wal")
    wal.touch()
    for path in (db_path, wal):
        os.utime(path, (later, later))
    assert backup_if_changed(db_path) is None
    assert automatic_backups(db_path) == [first]
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE agency SET district = 'ท่าบ่อใหม่'")
    connection.close()
    assert backup_if_changed(db_path) is not None
    assert len(automatic_backups(db_path)) == 2


READS = [
    ["summary", "--agency", "โคกคอน", "--year", "2568"],
    ["check", "--agency", "โคกคอน", "--year", "2568"],
    ["export", "--agency", "โคกคอน", "--format", "json", "-o", "{out}"],
    ["backup"],
]


@pytest.mark.parametrize("argv", READS, ids=lambda argv: argv[0])
def test_a_mistyped_store_is_refused_and_nothing_is_made(capsys, tmp_path, argv):
    mistyped = tmp_path / "ITA 2568" / "stroe.sqlite3"
    before = everything_under(tmp_path)
    argv = [part.format(out=tmp_path / "agency.json") for part in argv]
    status, out, err = run(capsys, *argv, "--db", str(mistyped))
    assert status == 2 and out == ""
    assert is_thai(err) and str(mistyped) in err
    assert os.environ["ITADESK_DB"] in err  # where the default store is
    assert everything_under(tmp_path) == before


@pytest.fixture
def windows_opened(monkeypatch) -> list[Path]:
    """The stores a window would have been opened on (none is)."""
    opened = []
    monkeypatch.setattr("itadesk.ui.app.run", lambda path, *_args: opened.append(path) or 0)
    return opened


def test_the_window_starts_a_new_store_only_at_the_default_path(capsys, tmp_path, windows_opened):
    mistyped = tmp_path / "ITA" / "ใหม่.sqlite3"
    status, _out, err = run(capsys, "gui", "--db", str(mistyped))
    assert status == 2 and is_thai(err) and str(mistyped) in err
    assert windows_opened == [] and list(tmp_path.iterdir()) == []
    assert run(capsys, "gui", "--db", os.environ["ITADESK_DB"])[0] == 0  # the default store may be started
    assert windows_opened == [Path(os.environ["ITADESK_DB"])]


def test_a_missing_default_store_says_how_to_start_one(capsys, tmp_path, monkeypatch):
    store = tmp_path / "data" / "itadesk.sqlite3"
    monkeypatch.delenv("ITADESK_DB")
    monkeypatch.setattr("itadesk.paths.default_db_path", lambda: store)
    status, _out, err = run(capsys, "summary", "--agency", "โคกคอน", "--year", "2568")
    assert status == 2 and str(store) in err and "itadesk sample" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [*READS, ["sample"], ["gui"]], ids=lambda argv: argv[0])
@pytest.mark.parametrize("kind", ["empty", "folder"])
def test_an_empty_file_or_a_folder_is_refused_and_nothing_is_made(capsys, tmp_path, windows_opened, argv, kind):
    given = tmp_path / "itadesk.sqlite3"
    if kind == "empty":
        given.write_bytes(b"")
    else:
        given.mkdir()
    before = everything_under(tmp_path)
    argv = [part.format(out=tmp_path / "agency.json") for part in argv]
    status, out, err = run(capsys, *argv, "--db", str(given))
    assert status == 2 and out == ""
    assert is_thai(err) and str(given) in err
    assert ("หากต้องการเริ่มแฟ้มข้อมูลใหม่" if kind == "empty" else "โฟลเดอร์") in err  # and how to start one
    assert everything_under(tmp_path) == before and windows_opened == []


def test_an_empty_file_is_refused_in_english_too(capsys, tmp_path):
    given = tmp_path / "empty.sqlite3"
    given.write_bytes(b"")
    status, _out, err = run(capsys, "--language", "en", "sample", "--db", str(given))
    assert status == 2 and "empty file" in err and "start a new store" in err
    assert given.read_bytes() == b"" and sorted(tmp_path.iterdir()) == [given]


HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM agency").fetchall()
print("ready", flush=True)
sys.stdin.readline()
"""


def test_restore_is_refused_while_another_program_has_the_store_open(capsys, tmp_path, db_path):
    run(capsys, "sample", "--db", str(db_path))
    saved = tmp_path / "saved.sqlite3"
    assert run(capsys, "backup", "--db", str(db_path), "-o", str(saved))[0] == 0
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM agency")
    connection.close()

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = everything_under(tmp_path)
        status, out, err = run(capsys, "restore", str(saved), "--db", str(db_path))
        assert status == 2 and out == ""
        assert is_thai(err) and str(db_path) in err
        assert everything_under(tmp_path) == before  # nothing replaced, no copy kept
        assert agency_names(db_path) == []
    finally:
        holder.communicate("\n", timeout=30)

    status, _out, err = run(capsys, "restore", str(saved), "--db", str(db_path))
    assert status == 0, err
    assert agency_names(db_path) == [SAMPLE]


def test_a_restore_puts_a_lost_store_back_but_makes_no_folder_for_a_mistyped_one(capsys, tmp_path, db_path):
    run(capsys, "sample", "--db", str(db_path))
    [backup] = automatic_backups(db_path)
    mistyped = tmp_path / "ITA 2568" / "store.sqlite3"
    status, _out, err = run(capsys, "restore", str(backup), "--db", str(mistyped))
    assert status == 2 and is_thai(err) and str(mistyped) in err
    assert not mistyped.parent.exists()
    db_path.unlink()
    assert run(capsys, "restore", str(backup), "--db", str(db_path))[0] == 0
    assert agency_names(db_path) == [SAMPLE]
