from datetime import date

import pytest

from itadesk.cli import main
from itadesk.thai.dates import format_thai_date
from tests.cli_run import run
from tests.report_text import pdf_text


def test_the_sample_without_a_store(capsys, tmp_path, monkeypatch):
    user_store = tmp_path / "mine.sqlite3"
    monkeypatch.setenv("ITADESK_DB", str(user_store))
    out = tmp_path / "progress.pdf"
    status, printed, _ = run(capsys, "export", "--kind", "progress", "--sample", "--as-of", "31/3/2569", "-o", str(out))
    assert status == 0 and str(out) in printed
    text = pdf_text(out)
    assert "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in text
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๙" in text and "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" in text
    assert not user_store.exists()


def test_an_agency_in_a_store_its_plan_year_from_the_date(capsys, tmp_path, sample_db):
    out = tmp_path / "progress.pdf"
    argv = ["export", "--db", sample_db, "--kind", "progress", "--agency", "โคกคอน", "-o", str(out)]
    assert run(capsys, *argv, "--as-of", "๒๕๖๙-๐๓-๓๑")[0] == 0
    assert "ข้อมูล ณ วันที่ ๓๑ มีนาคม พ.ศ. ๒๕๖๙" in pdf_text(out)
    assert run(capsys, *argv, "--as-of", "15 ตุลาคม 2568")[0] == 0  # early in FY 2569
    assert "ข้อมูล ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘" in pdf_text(out)


def test_as_of_is_today_unless_given(capsys, tmp_path, sample_db):
    out = tmp_path / "progress.pdf"
    argv = ["export", "--db", sample_db, "--kind", "progress", "--agency", "โคกคอน", "--year", "2569"]
    assert run(capsys, *argv, "-o", str(out))[0] == 0
    assert "ข้อมูล ณ วันที่ " + format_thai_date(date.today()) in pdf_text(out)


def test_no_plan_for_the_year_names_the_years_there_are(capsys, tmp_path, sample_db):
    out = tmp_path / "progress.pdf"
    argv = ["export", "--db", sample_db, "--kind", "progress", "--agency", "โคกคอน", "-o", str(out)]
    status, _, err = run(capsys, *argv, "--as-of", "1/11/2569")  # FY 2570
    assert status == 2
    assert "ไม่มีแผนปฏิบัติการของปีงบประมาณ พ.ศ. ๒๕๗๐" in err and "๒๕๖๙" in err
    status, _, err = run(capsys, *argv, "--year", "2568")
    assert status == 2 and "๒๕๖๘" in err
    assert not out.exists()


@pytest.mark.parametrize("bad", ["31/3/2026", "2026-03-31", "31/2/2569", "พรุ่งนี้"])
def test_a_bad_as_of_date_is_refused_in_thai(capsys, tmp_path, bad):
    out = tmp_path / "progress.pdf"
    with pytest.raises(SystemExit) as stopped:
        main(["export", "--kind", "progress", "--sample", "--as-of", bad, "-o", str(out)])
    assert stopped.value.code == 2
    assert f"“{bad}” ไม่ใช่วันที่ที่ใช้ปี พ.ศ." in capsys.readouterr().err
    assert not out.exists()


def test_as_of_belongs_to_the_progress_report_and_that_is_a_pdf(capsys, tmp_path):
    status, _, err = run(capsys, "export", "--sample", "--as-of", "31/3/2569", "-o", str(tmp_path / "r.pdf"))
    assert status == 2 and "--kind progress" in err
    status, _, err = run(capsys, "export", "--kind", "progress", "--sample", "-o", str(tmp_path / "p.json"))
    assert status == 2 and "PDF" in err
    assert list(tmp_path.iterdir()) == []


def test_the_report_stays_the_default_kind(capsys, tmp_path):
    out = tmp_path / "report.pdf"
    assert run(capsys, "export", "--sample", "-o", str(out))[0] == 0
    assert "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" in pdf_text(out)
