"""Files in and out: the format matches the file's name, Excel cells stay text, and a damaged or oversized file to
import is refused with a message, within a bound on memory."""

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import tomllib
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from itadesk.paths import sample_file
from itadesk.services.document import read_document
from itadesk.services.errors import InvalidInputError
from itadesk.services.importing import MAX_JSON_BYTES, import_file, read_exchange_file
from itadesk.services.sample import sample_document
from itadesk.services.xlsx import MAX_ROWS, MAX_UNPACKED_BYTES, MEASURES, SCORES, read_xlsx, write_xlsx
from tests.cli_run import run
from tests.test_store import dump

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------- the command line


@pytest.mark.parametrize(
    ("name", "options", "suffix", "kind"),
    [
        ("b.pdf", ["--format", "xlsx"], "pdf", "xlsx"),
        ("b.xlsx", ["--format", "json"], "xlsx", "json"),
        ("b.docx", ["--format", "pdf"], "docx", "pdf"),
        ("b.doc", [], "doc", "pdf"),
        ("b.xls", [], "xls", "pdf"),
    ],
)
def test_the_format_and_the_file_name_must_agree(capsys, tmp_path, name, options, suffix, kind):
    output = tmp_path / name
    status, _, err = run(capsys, "export", "--sample", "-o", str(output), *options)
    assert status == 2
    assert name in err and f".{suffix}" in err and kind in err
    assert not output.exists()


def test_a_file_name_without_a_known_suffix_takes_the_format(capsys, tmp_path):
    output = tmp_path / "agency.data"
    status, _, err = run(capsys, "export", "--sample", "--format", "json", "-o", str(output))
    assert status == 0, err
    assert read_document(output.rename(tmp_path / "agency.json")) == sample_document()


@pytest.mark.parametrize("extra", [[], ["--format", "xlsx"], ["--kind", "progress"]])
def test_sample_and_agency_together_are_refused(capsys, tmp_path, extra):
    output = tmp_path / ("b.xlsx" if "xlsx" in extra else "b.pdf")
    status, _, err = run(capsys, "export", "--sample", "--agency", "โคกคอน", "-o", str(output), *extra)
    assert status == 2
    assert "--sample" in err and "--agency" in err
    assert not output.exists()


# ---------------------------------------------------------------------------------------------- Excel cells are text

_characters = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn"), include_characters="\t")
formula_like = st.builds(str.__add__, st.sampled_from(["=", "+", "-", "@"]), st.text(_characters, max_size=20))
formula_lines = st.builds(
    str.__add__, formula_like, st.lists(formula_like, max_size=2).map(lambda rest: "".join("\n" + r for r in rest))
)


def _no_formula_and_same_document(document, folder):
    path = Path(folder) / "agency.xlsx"
    write_xlsx(document, path)
    book = load_workbook(path)
    formulas = [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    assert read_xlsx(path) == document


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path):
    document = sample_document()
    title = '=HYPERLINK("http://example.com/","คลิก")'
    document.plans[0].measures[0].title = title
    path = tmp_path / "agency.xlsx"
    write_xlsx(document, path)
    cell = load_workbook(path)[MEASURES]["E2"]
    assert cell.value == title and cell.data_type == "s" and cell.quotePrefix
    _no_formula_and_same_document(document, tmp_path)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    agency=st.fixed_dictionaries({"kind": formula_like, "district": formula_like, "prepared_by_name": formula_like}),
    units=st.lists(formula_like, max_size=3),
    note=formula_lines,
    analysis=formula_lines,
    title=formula_lines,
    measure_analysis=formula_lines,
    steps=st.lists(formula_like, max_size=3),
    responsible=st.lists(formula_like, max_size=2),
    evidence=formula_lines,
)
def test_every_exported_workbook_has_no_formula_and_imports_back_the_same(
    agency, units, note, analysis, title, measure_analysis, steps, responsible, evidence
):
    document = sample_document()
    for key, value in agency.items():
        setattr(document.agency, key, value)
    document.agency.responsible_units = units
    document.assessments[0].source_note = note
    document.assessments[1].overall_analysis = analysis
    document.assessments[1].analyses[3] = analysis
    measure = document.plans[0].measures[2]
    measure.title, measure.analysis, measure.evidence = title, measure_analysis, evidence
    measure.steps, measure.responsible = steps, responsible
    with tempfile.TemporaryDirectory() as folder:
        _no_formula_and_same_document(document, folder)


def test_a_control_character_is_refused_when_exporting_and_nothing_is_written(tmp_path):
    document = sample_document()
    document.plans[0].measures[1].title = "ขั้นแรก\x0bขั้นต่อไป"  # a line break pasted from a Word table
    path = tmp_path / "agency.xlsx"
    with pytest.raises(InvalidInputError) as caught:
        write_xlsx(document, path)
    assert MEASURES in str(caught.value) and "11" in str(caught.value)
    assert not path.exists()


# ---------------------------------------------------------------------------------------------- damaged and large files

_MEASURE_IMPORT = textwrap.dedent(
    """
    import sys, tracemalloc
    from itadesk.i18n import set_language
    from itadesk.services.errors import InvalidInputError
    from itadesk.services.importing import read_exchange_file
    import itadesk.services.xlsx

    def peak_resident_kb():
        if sys.platform == "win32":  # no resource module: the process's peak working set
            import ctypes

            class Counters(ctypes.Structure):
                _fields_ = [("cb", ctypes.c_uint32), ("faults", ctypes.c_uint32)] + [
                    (name, ctypes.c_size_t) for name in ("peak", "now", "a", "b", "c", "d", "e", "f")
                ]

            counters = Counters()
            counters.cb = ctypes.sizeof(Counters)
            kernel32 = ctypes.windll.kernel32
            kernel32.GetCurrentProcess.restype = ctypes.c_void_p
            kernel32.K32GetProcessMemoryInfo.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_uint32]
            kernel32.K32GetProcessMemoryInfo(kernel32.GetCurrentProcess(), ctypes.byref(counters), counters.cb)
            return counters.peak // 1024
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    set_language("th")
    read_exchange_file(sys.argv[2])  # everything the reading needs is loaded and built once
    before = peak_resident_kb()
    tracemalloc.start()
    try:
        read_exchange_file(sys.argv[1])
        message = "imported"
    except InvalidInputError as error:
        message = str(error)
    peak = tracemalloc.get_traced_memory()[1]
    grown = peak_resident_kb() - before
    print(peak // 1024, grown)
    print(message)
    """
)
PEAK_KB = 40 * 1024  # Python's allocations while refusing the file
GROWN_KB = 80 * 1024  # the process's peak resident memory, grown while refusing it


def _refused_within_memory(path, good):
    """The message an import of path is refused with, in a fresh process whose memory is measured."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE_IMPORT, str(path), str(good)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},  # the message is Thai; Windows pipes default to cp1252
    )
    assert done.returncode == 0, done.stderr
    sizes, message = done.stdout.split("\n", 1)
    peak, grown = (int(part) for part in sizes.split())
    assert message.strip() != "imported"
    assert peak < PEAK_KB and grown < GROWN_KB, (peak, grown, message)
    return message.strip()


def _sample_workbook(folder):
    path = Path(folder) / "sample.xlsx"
    write_xlsx(sample_document(), path)
    return path


def _rezip(source, target, replace):
    """A copy of the workbook source with some parts' contents replaced or added (name -> bytes, or a writer)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        names = [info.filename for info in old.infolist()]
        for name in [*names, *(name for name in replace if name not in names)]:
            content = replace.get(name)
            if callable(content):
                with new.open(name, "w", force_zip64=True) as out:
                    content(out)
            elif content is not None:
                new.writestr(name, content)
            else:
                new.writestr(old.getinfo(name), old.read(name))
    return target


def _sheet_part(path, name):
    """The zip name of the sheet called name."""
    book = load_workbook(path)
    index = book.sheetnames.index(name) + 1
    return f"xl/worksheets/sheet{index}.xml"


def test_a_truncated_sheet_is_refused_as_damaged(sample_store, db_path, capsys, tmp_path):
    good = _sample_workbook(tmp_path)
    part = _sheet_part(good, SCORES)
    with zipfile.ZipFile(good) as archive:
        xml = archive.read(part)
    broken = _rezip(good, tmp_path / "broken.xlsx", {part: xml[: len(xml) // 2]})
    before = dump(db_path)
    with pytest.raises(InvalidInputError) as caught:
        import_file(sample_store, broken)
    assert "broken.xlsx" in str(caught.value) and "เสียหาย" in str(caught.value)
    assert dump(db_path) == before

    status, out, err = run(capsys, "import", str(broken), "--db", str(tmp_path / "fresh.sqlite3"))
    assert status == 2 and "broken.xlsx" in err and "Traceback" not in err + out


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    good = _sample_workbook(tmp_path)
    part = _sheet_part(good, MEASURES)

    def huge(out):
        chunk = b" " * (1024 * 1024)
        for _ in range(MAX_UNPACKED_BYTES // len(chunk) + 8):
            out.write(chunk)

    bomb = _rezip(good, tmp_path / "bomb.xlsx", {part: huge})
    assert bomb.stat().st_size < 1024 * 1024
    message = _refused_within_memory(bomb, good)
    assert "bomb.xlsx" in message and "50" in message and "MB" in message


def test_a_workbook_of_too_many_rows_is_refused_within_a_memory_bound(tmp_path):
    good = _sample_workbook(tmp_path)
    part = _sheet_part(good, SCORES)

    headers = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        + "".join(
            f'<c r="{column}1" t="inlineStr"><is><t>{text}</t></is></c>'
            for column, text in zip("ABC", ("ปีงบประมาณ", "ตัวชี้วัดที่", "คะแนน"), strict=True)
        )
        + "</row>"
    ).encode()

    def rows(out):
        out.write(headers)
        for row in range(2, 300_000):
            out.write(b'<row r="%d"><c r="A%d"><v>2568</v></c><c r="B%d"><v>1</v></c></row>' % (row, row, row))
        out.write(b"</sheetData></worksheet>")

    wide = _rezip(good, tmp_path / "rows.xlsx", {part: rows})
    assert wide.stat().st_size < 4 * 1024 * 1024
    message = _refused_within_memory(wide, good)
    assert SCORES in message and f"{MAX_ROWS:,}" in message


def test_an_oversized_part_other_than_a_sheet_is_refused(tmp_path):
    """Such parts (the shared texts of a workbook saved by Excel, the styles) are read whole, so each is bounded."""
    good = _sample_workbook(tmp_path)

    def texts(out):
        out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        for _ in range(400_000):
            out.write(b"<si><t>x</t></si>")
        out.write(b"</sst>")

    bomb = _rezip(good, tmp_path / "texts.xlsx", {"xl/sharedStrings.xml": texts})
    message = _refused_within_memory(bomb, good)
    assert "texts.xlsx" in message


def test_an_oversized_json_file_is_refused_within_a_memory_bound(tmp_path):
    raw = json.loads(sample_file().read_text(encoding="utf-8"))
    raw["plans"][0]["measures"] = [raw["plans"][0]["measures"][0]] * 20_000  # a valid document, far too large
    path = tmp_path / "large.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > MAX_JSON_BYTES
    message = _refused_within_memory(path, sample_file())
    assert "large.json" in message and "5 MB" in message


@pytest.mark.parametrize("opening", ["[", '{"a": '])
def test_a_deeply_nested_json_file_is_refused_within_a_memory_bound(tmp_path, opening):
    path = tmp_path / "deep.json"
    closing = "]" if opening == "[" else "}"
    path.write_text(opening * 200_000 + "1" + closing * 200_000, encoding="utf-8")
    message = _refused_within_memory(path, sample_file())
    assert "deep.json" in message and "ลึกเกินไป" in message


def test_a_damaged_json_file_names_the_line(tmp_path):
    path = tmp_path / "cut.json"
    path.write_bytes(sample_file().read_bytes()[:5000])
    with pytest.raises(InvalidInputError) as caught:
        read_exchange_file(path)
    assert "cut.json" in str(caught.value)


# ---------------------------------------------------------------------------------------------- the wheel


def test_the_wheel_lists_every_package_and_carries_the_data_files():
    """pyproject.toml lists the packages one by one (the data folders are mapped into the wheel beside them): a
    package folder missing from the list would be missing from an installed ITA Desk. The CI (.ci/run) builds the
    wheel, installs it in a fresh venv and exports the sample from it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "itadesk").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert folders <= set(config["packages"])
    assert config["package-dir"] == {"itadesk.resources": "resources", "itadesk.i18n_files": "i18n"}
    run_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip wheel" in run_script and "export --sample" in run_script
