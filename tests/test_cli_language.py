"""`itadesk --language en|th …`: the command line's own output in the language asked for; reports stay Thai."""

import pytest

from itadesk import i18n
from itadesk.cli import main
from tests.cli_run import run
from tests.report_text import pdf_text


def test_output_is_thai_unless_english_is_asked_for(capsys, sample_db):
    _status, thai, _ = run(capsys, "summary", "--db", sample_db, "--agency", "โคกคอน", "--year", "2568")
    status, english, _ = run(
        capsys, "--language", "en", "summary", "--db", sample_db, "--agency", "โคกคอน", "--year", "2568"
    )
    assert status == 0
    assert "เพิ่มขึ้น" in thai and "๙๘.๒๗" in thai
    assert "increased" in english and "98.27" in english  # 0–9 in English, as the window shows them
    assert "เพิ่มขึ้น" not in english and "๙" not in english
    assert "การปฏิบัติหน้าที่" in english  # indicator names come from the rules files, in Thai


def test_help_and_errors_are_in_the_language_asked_for(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "en", "--help"])
    english = capsys.readouterr().out
    assert "load the sample agency into the store" in english and "--language {th,en}" in english
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "เพิ่มหน่วยงานตัวอย่างลงในแฟ้มข้อมูล" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--language=en", "summary", "--agency", "x", "--year", "1999"])
    assert "is not a Buddhist-era fiscal year" in capsys.readouterr().err


def test_an_unknown_language_is_refused(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr", "sample"])
    assert stopped.value.code == 2
    assert "fr" in capsys.readouterr().err


def test_the_report_is_thai_whatever_the_language(capsys, sample_db, tmp_path):
    thai, english = tmp_path / "th.pdf", tmp_path / "en.pdf"
    common = ["--db", sample_db, "--agency", "โคกคอน", "--year", "2568"]
    assert run(capsys, "export", *common, "-o", str(thai))[0] == 0
    status, out, _ = run(capsys, "--language", "en", "export", *common, "-o", str(english))
    assert status == 0 and out.startswith("Wrote ")
    assert pdf_text(english) == pdf_text(thai)


def test_the_window_is_given_the_language_asked_for(monkeypatch, db_path, store):  # the store: --db must exist
    opened = []
    monkeypatch.setattr(
        "itadesk.ui.app.run", lambda path, shots, language: opened.append((language, i18n.current_language())) or 0
    )
    assert main(["--language", "en"]) == 0  # `itadesk` alone opens the window
    assert main(["gui", "--db", str(db_path)]) == 0  # no --language: the window uses the saved choice
    assert opened == [("en", "en"), (None, "th")]
