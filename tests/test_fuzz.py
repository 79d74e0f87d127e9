"""Fuzzing the three readers of outside input: typed scores, rules files and JSON agency documents.

Each either gives a valid value or raises its own error type; never any other exception. Bounded so that the file
runs in well under half a minute.
"""

import json
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.domain.framework import Framework
from itadesk.domain.rules_file import FrameworkError, load_framework
from itadesk.domain.scores import ScoreError, parse_score
from itadesk.paths import frameworks_dir, sample_file
from itadesk.services.document import AgencyDocument, read_document
from itadesk.services.errors import InvalidInputError, ServiceError
from itadesk.services.importing import import_document
from itadesk.store import open_store
from tests.test_store import dump

RULES = frameworks_dir() / "ita-2568.toml"
RULES_LINES = RULES.read_text(encoding="utf-8").splitlines(keepends=True)
SAMPLE = json.loads(sample_file().read_text(encoding="utf-8"))

# ---------------------------------------------------------------------------------------------------- scores

_score_alphabet = st.sampled_from(
    list("0123456789๐๑๒๓๔๕๖๗๘๙٠١٢٣٤٥٦٧٨٩０１９𝟗.,+-eE_ \t\n\u00a0\u2009") + ["NaN", "Infinity", "inf", "1e9999"]
)
score_texts = st.one_of(
    st.text(),
    st.lists(_score_alphabet, max_size=12).map("".join),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers().map(str),
    st.floats().map(repr),
)


def _check_score(value: object) -> None:
    try:
        score = parse_score(value)
    except ScoreError:
        return
    assert isinstance(score, Decimal)
    assert Decimal(0) <= score <= Decimal(100)
    assert score == score.quantize(Decimal("0.01"))
    assert score.as_tuple().exponent >= -2


@settings(max_examples=600, deadline=None)
@given(score_texts)
def test_parse_score_of_any_text_is_a_score_or_a_score_error(text):
    _check_score(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.integers(), st.floats(), st.decimals(), st.booleans(), st.none()))
def test_parse_score_of_any_number_is_a_score_or_a_score_error(value):
    _check_score(value)


# ---------------------------------------------------------------------------------------------------- rules files

_toml_line = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["[[tools]]\n", "[[indicators]]\n", "[[levels]]\n", "[tools]\n", "year = 2568\n", "= =\n"]),
    st.builds(
        "{} = {}\n".format,
        st.sampled_from(["year", "weight", "number", "tool", "code", "min_overall", "min_each_tool", "notes"]),
        st.one_of(
            st.integers().map(str),
            st.decimals(allow_nan=False).map(str),
            st.text(max_size=10).map(json.dumps),
            st.integers(1, 200).map(lambda depth: "[" * depth + "1" + "]" * depth),
            st.integers(1, 200).map(lambda depth: "{a = " * depth + "1" + "}" * depth),
        ),
    ),
)


@st.composite
def mutated_rules(draw: st.DrawFn) -> str:
    lines = list(RULES_LINES)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "replace", "insert", "alter"]))
        if action == "delete" and len(lines) > 1:
            del lines[where]
        elif action == "duplicate":
            lines.insert(where, lines[where])
        elif action == "replace":
            lines[where] = draw(_toml_line)
        elif action == "insert":
            lines.insert(where, draw(_toml_line))
        else:
            line = lines[where]
            cut = draw(st.integers(0, len(line)))
            lines[where] = line[:cut] + draw(st.text(max_size=5)) + line[cut + draw(st.integers(0, 3)) :]
    return "".join(lines)


def _check_rules(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ita-2568.toml"
        path.write_bytes(data)
        try:
            result = load_framework(path)
        except FrameworkError as error:
            if error.line is not None:
                assert 1 <= error.line <= max(1, data.count(b"\n") + 1), (error.line, str(error))
            return
    assert isinstance(result, Framework)


@settings(max_examples=250, deadline=None)
@given(mutated_rules())
def test_mutated_rules_file_is_a_framework_or_a_framework_error(text):
    _check_rules(text.encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(mutated_rules(), st.data())
def test_rules_file_with_random_characters_is_a_framework_or_a_framework_error(text, data):
    # Inserted between characters, so that the file stays UTF-8: bytes that are not are the known bug below.
    where = data.draw(st.integers(0, len(text)))
    piece = data.draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=8))
    _check_rules((text[:where] + piece + text[where:]).encode("utf-8"))


def test_rules_file_that_is_not_utf8_is_a_framework_error():
    _check_rules(RULES.read_bytes()[:200] + b"\xff" + RULES.read_bytes()[200:])


def test_rules_file_nested_very_deeply_is_a_framework_error():
    _check_rules(RULES.read_bytes() + b"\ndeep = " + b"[" * 5000 + b"]" * 5000 + b"\n")


# ---------------------------------------------------------------------------------------------------- documents

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
# Values close to valid ones find more than random ones: years, scores and indicator numbers at their limits.
near_values = st.sampled_from(
    [0, 1, 10, 11, 99, 100, 101, -1, 2499, 2500, 2700, 2701, "100.00", "100.01", "", " ", "   ", "๙๙.๕๐", "x"]
)


def _paths(value: object, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*path, index))
    return found


SAMPLE_PATHS = _paths(SAMPLE)[1:]  # every field but the whole document


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    document = json.loads(json.dumps(SAMPLE))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(SAMPLE_PATHS))
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            if draw(st.booleans()) and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = draw(st.one_of(json_values, near_values))
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed or replaced this path
    # A new agency name most of the time, so that imports are attempted and not all refused as already there.
    if isinstance(document.get("agency"), dict) and "name" in document["agency"] and draw(st.integers(0, 4)):
        document["agency"]["name"] = draw(
            st.one_of(st.text(max_size=10), st.just(SAMPLE["agency"]["name"]), st.sampled_from([" ", "\t", "\u3000"]))
        )
    raw = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    damage = draw(st.sampled_from(["none", "none", "truncate", "bytes"]))
    if damage == "truncate":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif damage == "bytes":
        where = draw(st.integers(0, len(raw)))
        raw = raw[:where] + draw(st.binary(min_size=1, max_size=4)) + raw[where:]
    return raw


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutated_documents(), min_size=1, max_size=4))
def test_mutated_document_is_read_or_refused_and_a_refused_import_changes_nothing(documents):
    with tempfile.TemporaryDirectory() as folder:
        store_path = Path(folder) / "store.sqlite3"
        store = open_store(store_path)
        try:
            for index, raw in enumerate(documents):
                path = Path(folder) / f"agency-{index}.json"
                path.write_bytes(raw)
                try:
                    document = read_document(path)
                except InvalidInputError:
                    continue
                assert isinstance(document, AgencyDocument)
                before = dump(store_path)
                try:
                    import_document(store, document)
                except ServiceError:
                    assert dump(store_path) == before
        finally:
            store.engine.dispose()  # not close(): an automatic backup per example would only slow the fuzzing


def test_document_nested_very_deeply_is_refused(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InvalidInputError):
        read_document(path)


def test_agency_named_only_with_spaces_is_refused(tmp_path):
    raw = json.loads(json.dumps(SAMPLE))
    raw["agency"]["name"] = " "
    path = tmp_path / "spaces.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    store_path = tmp_path / "store.sqlite3"
    store = open_store(store_path)
    try:
        before = dump(store_path)
        try:
            document = read_document(path)
        except InvalidInputError:
            return
        with pytest.raises(ServiceError):
            import_document(store, document)
        assert dump(store_path) == before
    finally:
        store.engine.dispose()


# ---------------------------------------------------------------------------------------------------- workbooks

cell_values = (
    st.none()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    # openpyxl itself refuses control characters in a cell: a workbook cannot hold them
    | st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=12)
    | st.sampled_from(["๑๐๐.๐๐", "100.001", "abc", "2569", "ไม่ดำเนินการ", "=1/0", "-1", ""])
)


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory):
    from itadesk.services.document import AgencyDocument
    from itadesk.services.xlsx import write_xlsx

    path = tmp_path_factory.mktemp("xlsx") / "sample.xlsx"
    write_xlsx(AgencyDocument.model_validate(SAMPLE), path)
    return path


# openpyxl warns when a mutated cell says "date" over a number no date can have; the reader's answer is what counts
@pytest.mark.filterwarnings("ignore:Cell .* is marked as a date:UserWarning")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_workbook_is_a_document_or_a_clear_refusal(sample_workbook, tmp_path, data):
    """Cells anywhere replaced by anything: the reader gives a document or InvalidInputError, never a crash, and an
    import that is refused leaves the store as it was."""
    from openpyxl import load_workbook

    from itadesk.services.xlsx import read_xlsx

    book = load_workbook(sample_workbook)
    for _ in range(data.draw(st.integers(1, 4))):
        sheet = book[data.draw(st.sampled_from(book.sheetnames))]
        row = data.draw(st.integers(1, max(1, sheet.max_row) + 1))
        column = data.draw(st.integers(1, max(1, sheet.max_column) + 1))
        sheet.cell(row=row, column=column).value = data.draw(cell_values)
    path = tmp_path / f"mutated-{data.draw(st.integers(0, 10**9))}.xlsx"
    book.save(path)
    try:
        document = read_xlsx(path)
    except InvalidInputError:
        return
    store_path = tmp_path / f"store-{path.stem}.sqlite3"
    store = open_store(store_path)
    try:
        before = dump(store_path)
        try:
            import_document(store, document)
        except ServiceError:
            assert dump(store_path) == before
    finally:
        store.engine.dispose()
