"""`itadesk overview`: every agency of a year on the console, sorted and filtered, or the district summary as a file."""

import pytest

from itadesk.store import open_store
from tests.cli_run import run
from tests.overview_agencies import LABELS, make_district


@pytest.fixture
def district_db(db_path) -> str:
    store = open_store(db_path)
    try:
        make_district(store)
    finally:
        store.close()
    return str(db_path)


def lines_of(out: str) -> dict[str, str]:
    """Each agency's line, by its key."""
    found = {}
    for line in out.splitlines():
        for key, label in LABELS.items():
            if line.startswith(label + " ") and key not in found:
                found[key] = line
    return found


def order_of(out: str) -> list[str]:
    positions = {key: out.index(line) for key, line in lines_of(out).items()}
    return sorted(positions, key=positions.get)


def test_the_table_has_a_line_per_agency_in_thai_digits(capsys, district_db):
    status, out, err = run(capsys, "overview", "--db", district_db, "--year", "2568", "--as-of", "31/3/2569")
    assert status == 0, err
    lines = lines_of(out)
    assert set(lines) == set(LABELS)
    assert "๙๖.๐๐" in lines["A"] and "ผ่านดีเยี่ยม" in lines["A"] and "+๖.๐๐" in lines["A"]
    assert "๑/๑/๑" in lines["A"]  # done / in progress / overdue on 31 March 2569
    assert "๙๓.๒๐*" in lines["C"] and "ผ่าน*" in lines["C"]  # computed: marked
    assert "๙, ๑๐" in lines["B"]  # the two weakest indicators
    assert "ครบ" in lines["A"] and "ผลการวิเคราะห์รายตัวชี้วัด" in lines["B"]
    assert "* คำนวณจากคะแนนรายตัวชี้วัด" in out
    assert not any(ch.isascii() and ch.isdigit() for ch in out.replace("O25", "").replace("O26", ""))


def test_sorted_and_filtered(capsys, district_db):
    status, out, _err = run(
        capsys, "overview", "--db", district_db, "--year", "2568", "--sort", "overall", "--descending"
    )
    assert status == 0
    assert order_of(out) == ["A", "C", "B", "E", "F", "D"]
    status, out, _err = run(capsys, "overview", "--db", district_db, "--year", "2568", "--district", "ท่าบ่อ")
    assert set(lines_of(out)) == {"A", "B", "C"}
    status, out, _err = run(
        capsys, "overview", "--db", district_db, "--year", "2568", "--kind", "เทศบาลตำบล", "--sort", "tool:oit"
    )
    assert order_of(out) == ["E", "B"]


def test_in_english_with_arabic_digits(capsys, district_db):
    status, out, _err = run(capsys, "--language", "en", "overview", "--db", district_db, "--year", "2568")
    assert status == 0
    assert "96.00" in lines_of(out)["A"] and "Agency" in out
    assert "Pass, excellent" in lines_of(out)["A"]


def test_a_summary_file_must_be_pdf_or_xlsx(capsys, district_db, tmp_path):
    status, _out, err = run(capsys, "overview", "--db", district_db, "--year", "2568", "-o", str(tmp_path / "a.docx"))
    assert status == 2
    assert "a.docx" in err and ".pdf" in err
    assert not (tmp_path / "a.docx").exists()


def test_a_missing_store_is_refused_and_not_made(capsys, tmp_path):
    path = tmp_path / "none.sqlite3"
    status, _out, _err = run(capsys, "overview", "--db", str(path), "--year", "2568")
    assert status == 2
    assert not path.exists()
