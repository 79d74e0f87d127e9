"""The reports of many agencies into a folder, drawn by worker processes: named by agency and year, each a whole
PDF, the agencies without what a report needs skipped with the reason, and no partial file left by a cancel."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from itadesk.services.batch_export import PROGRESS, REPORT, BatchExport, BatchItem, items_of
from itadesk.services.errors import ServiceError
from itadesk.services.file_names import progress_file_name, report_file_name
from itadesk.services.overview import overview
from itadesk.store import open_store
from tests.cli_run import run
from tests.overview_agencies import AS_OF, LABELS, YEAR, make_district
from tests.report_text import pdf_text, squeeze


@pytest.fixture
def district(store):
    ids = make_district(store)
    return store, ids


@pytest.fixture
def out(tmp_path) -> Path:
    """The folder the reports go to (the store is beside it, in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") or path.suffix == ".part")


def whole_pdf(path: Path) -> int:
    """The number of pages of a PDF that reads to its end."""
    assert path.read_bytes().startswith(b"%PDF-") and b"%%EOF" in path.read_bytes()[-64:]
    return len(PdfReader(path).pages)


def test_every_agency_gets_its_files_named_by_agency_and_year(district, out):
    store, ids = district
    rows = overview(store, YEAR, AS_OF).rows
    batch = BatchExport(store, YEAR, items_of(rows), out, progress=True, as_of=AS_OF, workers=2)
    told = []
    outcome = batch.run(told.append)
    assert not outcome.cancelled
    written = {(result.item.agency_id, result.kind): result.path for result in outcome.written}
    with_report = {ids[key] for key in "ABCEF"}  # D has no assessment of 2568
    with_plan = {ids[key] for key in "ACE"}
    assert {agency for agency, kind in written if kind == REPORT} == with_report
    assert {agency for agency, kind in written if kind == PROGRESS} == with_plan
    labels = {ids[key]: label for key, label in LABELS.items()}
    for (agency, kind), path in written.items():
        expected = (
            report_file_name(labels[agency], YEAR, "pdf")
            if kind == REPORT
            else progress_file_name(labels[agency], 2569)
        )
        assert path == out / expected
        assert whole_pdf(path) >= 1
    assert (out / "ITA-2568-อบต.นาดี (ท่าบ่อ).pdf").exists()  # two agencies named นาดี: their districts tell
    assert (out / "ITA-2568-อบต.นาดี (ศรีเชียงใหม่).pdf").exists()
    assert (out / "ITA-O26-2569-อบต.นาดี (ท่าบ่อ).pdf").exists()
    skipped = {(result.item.agency_id, result.kind): result.problem for result in outcome.skipped}
    assert set(skipped) == {(ids["D"], REPORT), (ids["B"], PROGRESS), (ids["D"], PROGRESS), (ids["F"], PROGRESS)}
    assert "2568" in skipped[(ids["D"], REPORT)]
    assert len(told) == batch.total == 12
    assert leftovers(out) == []
    assert sorted(path.name for path in out.iterdir()) == sorted(path.name for path in written.values())


def test_each_file_is_its_own_agencys_report(district, out):
    store, ids = district
    items = [BatchItem(ids["B"], LABELS["B"]), BatchItem(ids["E"], LABELS["E"])]
    outcome = BatchExport(store, YEAR, items, out, as_of=AS_OF).run()
    assert len(outcome.written) == 2
    b = squeeze(pdf_text(out / report_file_name(LABELS["B"], YEAR, "pdf"), last=1))
    e = squeeze(pdf_text(out / report_file_name(LABELS["E"], YEAR, "pdf"), last=1))
    assert "เทศบาลตำบลท่าบ่อ" in b and "๗๙.๐๐" in b and "เพ็ญ" not in b
    assert "เทศบาลตำบลเพ็ญ" in e and "๖๐.๐๐" in e


def test_cancelling_leaves_no_partial_file(district, out):
    store, ids = district
    items = [BatchItem(ids[key], LABELS[key]) for key in "ABCE"]
    batch = BatchExport(store, YEAR, items, out, progress=True, as_of=AS_OF, workers=2)
    batch.step()  # documents read and handed to the workers, which are drawing them now
    assert leftovers(out) != []  # their temporary files are there while they draw
    batch.cancel()
    assert batch.done and batch.outcome.cancelled
    assert leftovers(out) == []
    assert batch.step() == []
    for path in out.iterdir():  # a file finished before the cancel is whole
        assert whole_pdf(path) >= 1
    assert len(list(out.iterdir())) == len(batch.outcome.written)


def test_an_existing_file_is_replaced_only_by_a_whole_one(district, out):
    store, ids = district
    target = out / report_file_name(LABELS["A"], YEAR, "pdf")
    target.write_bytes(b"an older report")
    batch = BatchExport(store, YEAR, [BatchItem(ids["A"], LABELS["A"])], out, as_of=AS_OF, workers=1)
    batch.step()
    batch.cancel()
    assert target.read_bytes() == b"an older report"
    BatchExport(store, YEAR, [BatchItem(ids["A"], LABELS["A"])], out, as_of=AS_OF, workers=1).run()
    assert whole_pdf(target) >= 1
    assert leftovers(out) == []


def test_a_missing_folder_is_refused(district, tmp_path):
    store, ids = district
    batch = BatchExport(store, YEAR, [BatchItem(ids["A"], LABELS["A"])], tmp_path / "none")
    with pytest.raises(ServiceError):
        batch.start()


def test_the_command_line_exports_every_agency(capsys, db_path, tmp_path):
    store = open_store(db_path)
    try:
        make_district(store)
    finally:
        store.close()
    folder = tmp_path / "out"
    status, out, err = run(
        capsys,
        "export",
        "--db",
        str(db_path),
        "--all",
        "--year",
        "2568",
        "--progress",
        "--as-of",
        "31/3/2569",
        "-o",
        str(folder),
    )
    assert status == 0, err
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 8  # five reports, three progress reports
    assert "ITA-2568-ทต.ท่าบ่อ.pdf" in names and "ITA-O26-2569-ทต.เพ็ญ.pdf" in names
    assert "บันทึก ๘ แฟ้มไว้ใน" in out
    assert "ข้าม อบต.บ้านหม้อ" in err and "๒๕๖๘" in err
    status, _out, err = run(capsys, "export", "--db", str(db_path), "--all", "--agency", "นาดี", "-o", str(folder))
    assert status == 2 and "--all" in err
    status, _out, err = run(capsys, "export", "--db", str(db_path), "--progress", "--year", "2568", "-o", str(folder))
    assert status == 2 and "--all" in err


def test_ten_agencies_make_ten_reports_each_its_own(capsys, db_path, tmp_path):
    from itadesk.services.importing import import_document
    from itadesk.services.sample import sample_document

    sample = sample_document()
    names = [f"องค์การบริหารส่วนตำบลทดสอบ{number}" for number in "กขคงจฉชซฌญ"]
    store = open_store(db_path)
    try:
        for name in names:
            agency = sample.agency.model_copy(update={"name": name})
            import_document(store, sample.model_copy(update={"agency": agency}))
    finally:
        store.close()
    folder = tmp_path / "out"
    status, out, err = run(capsys, "export", "--db", str(db_path), "--all", "--year", "2568", "-o", str(folder))
    assert status == 0, err
    reports = sorted(folder.glob("*.pdf"))
    assert len(reports) == 10 and leftovers(folder) == []
    for report in reports:
        assert whole_pdf(report) >= 5
        short = report.stem.removeprefix("ITA-2568-")
        assert short.startswith("อบต.ทดสอบ")
        assert squeeze(short.removeprefix("อบต.")) in squeeze(pdf_text(report, 1, 1))  # its own agency's report
