import os
import subprocess
import sys

import pytest

from itadesk.services.agencies import list_agencies
from itadesk.store import open_store
from itadesk.thai.digits import to_thai_digits
from tests.cli_run import run

# The sample report's comparison table: indicator, 2567, 2568, change label.
SAMPLE_TABLE = [
    (1, "การปฏิบัติหน้าที่", "100.00", "100.00", "เท่าเดิม"),
    (2, "การใช้งบประมาณ", "100.00", "100.00", "เท่าเดิม"),
    (3, "การใช้อำนาจ", "100.00", "100.00", "เท่าเดิม"),
    (4, "การใช้ทรัพย์สินของราชการ", "100.00", "100.00", "เท่าเดิม"),
    (5, "การแก้ไขปัญหาการทุจริต", "100.00", "100.00", "เท่าเดิม"),
    (6, "คุณภาพการดำเนินงาน", "95.51", "96.33", "เพิ่มขึ้น"),
    (7, "ประสิทธิภาพการสื่อสาร", "93.81", "96.17", "เพิ่มขึ้น"),
    (8, "การปรับปรุงระบบการทำงาน", "85.03", "95.17", "เพิ่มขึ้น"),
    (9, "การเปิดเผยข้อมูล", "100.00", "97.50", "ลดลง"),
    (10, "การป้องกันการทุจริต", "100.00", "100.00", "เท่าเดิม"),
]


def columns(line):
    return line.split()


def test_sample_loads_once(capsys, db_path):
    status, out, _ = run(capsys, "sample", "--db", str(db_path))
    assert status == 0 and "โคกคอน" in out
    status, out, _ = run(capsys, "sample", "--db", str(db_path))
    assert status == 0 and "มีอยู่แล้ว" in out
    store = open_store(db_path)
    assert [a.name for a in list_agencies(store)] == ["องค์การบริหารส่วนตำบลโคกคอน"]
    store.close()


@pytest.mark.parametrize("digits", ["thai", "arabic"])
def test_summary_prints_every_figure_of_the_sample_table(capsys, db_path, digits):
    run(capsys, "sample", "--db", str(db_path))
    extra = ["--arabic-digits"] if digits == "arabic" else []
    status, out, _ = run(capsys, "summary", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", *extra)
    assert status == 0
    shown = (lambda text: text) if digits == "arabic" else to_thai_digits
    lines = out.splitlines()
    for number, name, before, after, label in SAMPLE_TABLE:
        [line] = [ln for ln in lines if ln.strip().startswith(f"{shown(number)} {name} ")]
        cells = columns(line)
        assert cells[-5:-3] == [shown(before), shown(after)], line
        assert cells[-1] == label, line
    overall = next(ln for ln in lines if "คะแนนรวม (ทางการ)" in ln)
    assert columns(overall)[-5:] == [shown("97.54"), shown("98.27"), shown("+0.73"), "▲", "เพิ่มขึ้น"]
    computed = next(ln for ln in lines if "คะแนนรวม (คำนวณ)" in ln)
    assert columns(computed)[-5:-3] == [shown("97.44"), shown("98.27")]
    level = next(ln for ln in lines if ln.startswith("ระดับผลการประเมิน"))
    assert columns(level)[-4:] == ["ผ่านดี", "ผ่านดี", "=", "เท่าเดิม"]
    assert shown("ร้อยละ +0.75") in out  # the percentage, not the 0.73-point difference
    for tool, before, after in [("IIT", "100.00", "100.00"), ("EIT", "91.45", "95.89"), ("OIT", "100.00", "98.75")]:
        line = next(ln for ln in lines if ln.startswith(f"คะแนน {tool}"))
        assert columns(line)[2:4] == [shown(before), shown(after)]
    if digits == "thai":
        assert not any(ch.isascii() and ch.isdigit() for ch in out.replace("itadesk", ""))


def test_check_reports_the_2567_note_and_exits_zero(capsys, db_path):
    run(capsys, "sample", "--db", str(db_path))
    status, out, _ = run(
        capsys, "check", "--db", str(db_path), "--agency", "โคกคอน", "--year", "๒๕๖๗", "--arabic-digits"
    )
    assert status == 0
    assert "[หมายเหตุ]" in out and "97.54" in out and "97.44" in out
    assert "[ข้อผิดพลาด]" not in out


def test_check_exits_one_on_an_error(capsys, db_path):
    run(capsys, "sample", "--db", str(db_path))
    from itadesk.services.agencies import find_agency
    from itadesk.services.assessments import set_official_result

    store = open_store(db_path)
    agency = find_agency(store, "โคกคอน")
    set_official_result(store, agency.id, 2568, "89.27", "ผ่านดี")
    store.close()
    status, out, _ = run(capsys, "check", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568")
    assert status == 1
    assert "[ข้อผิดพลาด]" in out and to_thai_digits("89.27") in out


@pytest.mark.parametrize("query", ["โคกคอน", "อบต.โคกคอน", "องค์การบริหารส่วนตำบลโคกคอน", "1", "๑"])
def test_agency_by_part_of_its_name_or_number(capsys, db_path, query):
    run(capsys, "sample", "--db", str(db_path))
    status, out, _ = run(capsys, "summary", "--db", str(db_path), "--agency", query, "--year", "2568")
    assert status == 0 and "องค์การบริหารส่วนตำบลโคกคอน" in out


def test_unknown_and_ambiguous_agencies_exit_two(capsys, db_path):
    run(capsys, "sample", "--db", str(db_path))
    status, out, err = run(capsys, "summary", "--db", str(db_path), "--agency", "หนองสองห้อง", "--year", "2568")
    assert status == 2 and out == ""
    assert "ไม่พบหน่วยงาน" in err and "โคกคอน" in err  # says what there is

    from itadesk.services.importing import import_document
    from itadesk.services.sample import sample_document

    other = sample_document()
    other.agency.name = "องค์การบริหารส่วนตำบลโคกคอนใต้"
    store = open_store(db_path)
    import_document(store, other)
    store.close()
    status, _, err = run(capsys, "check", "--db", str(db_path), "--agency", "โคกคอ", "--year", "2568")
    assert status == 2
    assert "หลายหน่วยงาน" in err and "โคกคอนใต้" in err
    status, _, err = run(capsys, "summary", "--db", str(db_path), "--agency", "99", "--year", "2568")
    assert status == 2 and "๙๙" in err  # the number asked for, in Thai digits


def test_missing_year_is_a_clear_message(capsys, db_path):
    run(capsys, "sample", "--db", str(db_path))
    status, _, err = run(capsys, "summary", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2560")
    assert status == 2 and "ไม่มีผลการประเมินของปี" in err


def test_itadesk_db_environment_variable_and_db_option(capsys, tmp_path, monkeypatch):
    env_store = tmp_path / "from-env.sqlite3"
    option_store = tmp_path / "from-option.sqlite3"
    monkeypatch.setenv("ITADESK_DB", str(env_store))
    run(capsys, "sample")
    assert env_store.exists() and not option_store.exists()
    run(capsys, "sample", "--db", str(option_store))
    assert option_store.exists()


def test_the_installed_command_runs(tmp_path):
    env = dict(os.environ, ITADESK_DB=str(tmp_path / "cmd.sqlite3"))
    for argv in (["sample"], ["summary", "--agency", "โคกคอน", "--year", "2568"]):
        done = subprocess.run(
            [sys.executable, "-m", "itadesk", *argv],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
    assert "๙๘.๒๗" in done.stdout


def store_the_samples_texts_as_written(db_path):
    """The sample report's paragraphs as the clerk wrote them, five mistakes and all, in place of the sample's."""
    import json
    from pathlib import Path

    from itadesk.services.agencies import find_agency
    from itadesk.services.assessments import set_analysis

    written = json.loads((Path(__file__).parent / "data" / "khokkhon-2568-as-written.json").read_text("utf-8"))
    store = open_store(db_path)
    agency = find_agency(store, "โคกคอน")
    set_analysis(store, agency.id, 2568, None, written["overall"])
    for number, text in written["analyses"].items():
        set_analysis(store, agency.id, 2568, int(number), text)
    store.close()


def test_check_points_at_the_mistakes_in_the_written_texts(capsys, db_path):
    """The sample report's paragraphs as the clerk wrote them: each mistake named, with the words around it."""
    run(capsys, "sample", "--db", str(db_path))
    store_the_samples_texts_as_written(db_path)
    status, out, _ = run(capsys, "check", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568")
    assert status == 1
    assert "บทวิเคราะห์ภาพรวม บรรทัดที่ ๑" in out
    assert "»๙๘.๒๗«" in out and "แต่คะแนนของปีนั้นคือ ๙๗.๕๔" in out
    assert "คิดเป็นร้อยละ ๐.๗๕" in out and "»๐.๗๓«" in out
    assert "บทวิเคราะห์ตัวชี้วัดที่ ๗" in out and "»๙๖.๗๑«" in out and "แต่คะแนนที่บันทึกไว้คือ ๙๖.๑๗" in out
    assert "»ใช้ทรัพย์สินของทางราชการ«" in out and "»ประสิทธิภาพการสื่อสาร«" in out
    assert out.count("[ข้อผิดพลาด]") == 5


def test_check_on_the_samples_clean_texts_finds_nothing_in_them(capsys, db_path):
    run(capsys, "sample", "--db", str(db_path))
    status, out, _ = run(capsys, "check", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568")
    assert "ข้อความที่เขียนไว้สอดคล้องกับคะแนน" in out
    assert "บทวิเคราะห์" not in out


def test_export_says_how_many_errors_the_reports_texts_have_and_still_writes_it(capsys, db_path, tmp_path):
    """The five mistakes of the sample's paragraphs as written: the report is written, and one line counts them."""
    run(capsys, "sample", "--db", str(db_path))
    clean = tmp_path / "clean.pdf"
    status, out, _ = run(
        capsys, "export", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", "-o", str(clean)
    )
    assert status == 0 and clean.stat().st_size > 0
    assert "ไม่พบข้อผิดพลาดในข้อความของรายงาน" in out
    store_the_samples_texts_as_written(db_path)
    for name in ("as-written.pdf", "as-written.docx"):
        status, out, _ = run(
            capsys, "export", "--db", str(db_path), "--agency", "โคกคอน", "--year", "2568", "-o", str(tmp_path / name)
        )
        assert status == 0 and (tmp_path / name).stat().st_size > 0
        lines = [line for line in out.splitlines() if "ข้อผิดพลาด" in line]
        assert len(lines) == 1 and "๕ จุด" in lines[0] and 'itadesk check --agency "โคกคอน" --year 2568' in lines[0]
