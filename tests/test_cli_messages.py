"""What the command line says in its own words: argparse's texts, reasons from SQLite and the system, digits, level
names, agencies found by their abbreviations, and the plan a progress report takes by default."""

import errno
import re
import sqlite3

import pytest
from sqlmodel import select

from itadesk.cli import main
from itadesk.errors_text import error_text
from itadesk.services.agencies import create_agency, expand_abbreviations, find_agency
from itadesk.services.errors import NotFoundError
from itadesk.services.plans import copy_plan
from itadesk.services.progress import plan_year_for
from itadesk.store import open_store
from itadesk.store.tables import Plan
from tests.cli_run import run
from tests.report_text import pdf_text

ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message", "error:", "required")


def latin_words(text: str, *kept: str) -> set[str]:
    """The words in Latin letters, once the paths and names that may hold them are taken out."""
    for part in kept:
        text = text.replace(part, "")
    return set(re.findall(r"[A-Za-z]{3,}", text)) - {"ITA", "Desk", "itadesk", "restore"}


def test_help_speaks_the_language_of_the_run(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    thai = capsys.readouterr().out
    assert thai.startswith("วิธีใช้: itadesk")
    assert "ตัวเลือก:" in thai and "แสดงวิธีใช้นี้แล้วจบการทำงาน" in thai
    assert not [word for word in ARGPARSE_ENGLISH if word in thai]
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "usage:" not in capsys.readouterr().out

    with pytest.raises(SystemExit):
        main(["--language", "en", "--help"])
    english = capsys.readouterr().out
    assert english.startswith("usage: itadesk")
    assert "options:" in english and "show this help message and exit" in english
    assert "วิธีใช้" not in english and "ตัวเลือก" not in english


def test_a_missing_required_argument_is_said_in_the_language_of_the_run(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--sample"])
    assert stopped.value.code == 2
    thai = capsys.readouterr().err
    assert thai.startswith("วิธีใช้: itadesk export")
    assert "itadesk export: ผิดพลาด: ยังไม่ได้ระบุค่าที่จำเป็นต้องมี: -o/--output" in thai
    assert not [word for word in ARGPARSE_ENGLISH if word in thai]

    with pytest.raises(SystemExit):
        main(["--language", "en", "export", "--sample"])
    english = capsys.readouterr().err
    assert english.startswith("usage: itadesk export")
    assert "itadesk export: error: the following arguments are required: -o/--output" in english


def test_a_wrong_choice_is_said_in_thai(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--sample", "--kind", "summary", "-o", "x.pdf"])
    err = capsys.readouterr().err
    assert "ค่าของ --kind: 'summary' ไม่ใช่ค่าที่เลือกได้" in err and "invalid choice" not in err


def test_a_folder_as_the_store_is_refused_in_thai(capsys, tmp_path):
    folder = tmp_path / "ข้อมูล"
    folder.mkdir()
    status, out, err = run(capsys, "summary", "--db", str(folder), "--agency", "โคกคอน", "--year", "2568")
    assert status == 2 and out == ""
    assert str(folder) in err and "โฟลเดอร์" in err
    assert latin_words(err, str(folder)) == set()
    assert list(folder.iterdir()) == []


def test_a_file_that_is_not_a_store_is_refused_in_thai(capsys, tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("บันทึกการประชุม ไม่ใช่ฐานข้อมูล\n" * 20, encoding="utf-8")
    before = notes.read_bytes()
    status, _, err = run(capsys, "summary", "--db", str(notes), "--agency", "โคกคอน", "--year", "2568")
    assert status == 2
    assert "แฟ้มนี้ไม่ใช่แฟ้มฐานข้อมูล" in err
    assert "file is not a database" not in err and latin_words(err, str(notes)) == set()
    assert notes.read_bytes() == before

    status, _, err = run(capsys, "--language", "en", "summary", "--db", str(notes), "--agency", "x", "--year", "2568")
    assert status == 2 and "the file is not a database" in err


def test_a_report_into_a_missing_folder_gives_the_reason_in_thai(capsys, tmp_path):
    target = tmp_path / "ไม่มีโฟลเดอร์นี้" / "report.pdf"
    status, _, err = run(capsys, "export", "--sample", "-o", str(target))
    assert status == 2 and not target.exists()
    assert "No such file" not in err and latin_words(err, str(target), str(target.parent)) == set()


@pytest.mark.parametrize(
    ("error", "thai"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "พื้นที่ในดิสก์เต็ม"),
        (PermissionError(errno.EACCES, "Permission denied"), "ไม่มีสิทธิ์"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "ไม่พบแฟ้มหรือโฟลเดอร์นั้น"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "เป็นโฟลเดอร์ ไม่ใช่แฟ้ม"),
        (sqlite3.OperationalError("database is locked"), "มีโปรแกรมอื่นกำลังใช้แฟ้มนี้อยู่"),
        (sqlite3.OperationalError("disk I/O error"), "อ่านหรือเขียนดิสก์ไม่สำเร็จ"),
        (sqlite3.DatabaseError("file is not a database"), "แฟ้มนี้ไม่ใช่แฟ้มฐานข้อมูล"),
    ],
)
def test_common_reasons_are_translated(error, thai):
    said = error_text(error)
    assert thai in said and latin_words(said) == set()


def test_an_uncommon_reason_is_kept_as_it_is():
    assert error_text(sqlite3.OperationalError("no such table: plan")) == "no such table: plan"
    assert error_text(ValueError("something else")) == "something else"


def test_import_prints_thai_digits_and_keeps_the_paths(capsys, tmp_path):
    exchange = tmp_path / "agency2569.json"
    assert run(capsys, "export", "--sample", "-o", str(exchange))[0] == 0
    target = tmp_path / "store 2569.sqlite3"
    status, out, _ = run(capsys, "import", str(exchange), "--db", str(target))
    assert status == 0
    assert str(target) in out  # the path as typed
    said = out.replace(str(target), "")
    assert "ผลการประเมิน ๒ ปี" in said and "มาตรการ ๒๐ มาตรการ" in said and "๑)" in said
    assert re.search(r"[0-9]", said) is None

    status, out, _ = run(capsys, "--language", "en", "import", str(exchange), "--db", str(tmp_path / "other.sqlite3"))
    assert status == 0 and "2 assessment years" in out

    out_file = tmp_path / "รายงาน 2569"  # no suffix: a PDF, its name kept as the clerk typed it
    status, out, _ = run(capsys, "export", "--sample", "-o", str(out_file))
    assert status == 0 and str(out_file) in out


def test_english_prints_the_english_level_names(capsys, sample_db):
    argv = ["summary", "--db", sample_db, "--agency", "โคกคอน", "--year", "2568"]
    _, english, _ = run(capsys, "--language", "en", *argv)
    assert "Pass, good" in english and "Pass, excellent" in english  # official level, and the one by the rules
    assert "ผ่านดี" not in english
    _, thai, _ = run(capsys, *argv)
    assert "ผ่านดี" in thai and "ผ่านดีเยี่ยม" in thai and "Pass" not in thai


@pytest.mark.parametrize(
    "query", ["อบต", "อบต.", "อบต.โคกคอน", "อบต โคกคอน", "อบตโคกคอน", "องค์การบริหารส่วนตำบลโคกคอน", "องค์การบริหารส่วนตำบล"]
)
def test_the_abbreviation_finds_the_sample_agency(capsys, sample_db, query):
    status, out, _ = run(capsys, "summary", "--db", sample_db, "--agency", query, "--year", "2568")
    assert status == 0 and "องค์การบริหารส่วนตำบลโคกคอน" in out


def test_a_name_stored_short_is_found_by_the_long_one(sample_store):
    nadee = create_agency(sample_store, "อบต.นาดี", district="เมือง")
    town = create_agency(sample_store, "ทม. หนองคาย")
    for query in ("องค์การบริหารส่วนตำบลนาดี", "อบต นาดี", "อบตนาดี", "นาดี"):
        assert find_agency(sample_store, query).id == nadee.id
    assert find_agency(sample_store, "เทศบาลเมืองหนองคาย").id == town.id
    assert find_agency(sample_store, "ทม").id == town.id
    assert find_agency(sample_store, "องค์การบริหารส่วนตำบลโคกคอน").name == "องค์การบริหารส่วนตำบลโคกคอน"


def test_two_letters_that_begin_a_name_are_not_taken_for_an_abbreviation():
    assert expand_abbreviations("ทนงศักดิ์") == "ทนงศักดิ์"
    assert expand_abbreviations("ทน.อุดรธานี") == "เทศบาลนครอุดรธานี"
    assert expand_abbreviations("ทต ท่าบ่อ") == "เทศบาลตำบลท่าบ่อ"
    assert expand_abbreviations("อบจหนองคาย") == "องค์การบริหารส่วนจังหวัดหนองคาย"


def _move_plan(db_path, to_year: int) -> None:
    store = open_store(db_path)
    with store.transaction() as session:
        plan = session.exec(select(Plan)).one()
        plan.fiscal_year = to_year
        session.add(plan)
    store.close()


def test_progress_without_year_takes_the_latest_plan_and_says_so(capsys, tmp_path, sample_db):
    _move_plan(sample_db, 2560)  # no plan for this fiscal year, whatever the day the test runs
    out = tmp_path / "progress.pdf"
    status, printed, err = run(
        capsys, "export", "--db", sample_db, "--kind", "progress", "--agency", "โคกคอน", "-o", str(out)
    )
    assert status == 0 and str(out) in printed
    assert len(err.strip().splitlines()) == 1
    assert "แผนล่าสุด" in err and "พ.ศ. ๒๕๖๐" in err and "--year" in err
    assert "ประจำปีงบประมาณ พ.ศ. ๒๕๖๐" in pdf_text(out)


def test_the_plan_year_of_a_progress_report(store):
    agency = create_agency(store, "อบต.นาดี")
    with pytest.raises(NotFoundError):
        plan_year_for(store, agency.id, 2570)
    from itadesk.services.sample import load_sample

    sample = load_sample(store)
    for year in (2566, 2572):
        copy_plan(store, sample.id, 2569, year)
    assert plan_year_for(store, sample.id, 2569) == 2569  # that year's
    assert plan_year_for(store, sample.id, 2571) == 2569  # the latest before it
    assert plan_year_for(store, sample.id, 2565) == 2572  # none before it: the latest there is
