"""An agency document as an Excel workbook a clerk can read and fill in, and back.

Sheet names and column headers are Thai whatever the window's language: they are the file's format, so a
workbook written in one language reads back in the other.
"""

import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from zipfile import BadZipFile, ZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from pydantic import ValidationError

from itadesk.domain.agency import AGENCY_FIELDS
from itadesk.domain.plan import MEASURE_FIELDS, MeasureStatus, PlanMeasure
from itadesk.domain.scores import ScoreError, parse_score
from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.document import (
    DOCUMENT_FORMAT,
    DOCUMENT_VERSION,
    AgencyDocument,
    measure_from_part,
    part_from_measure,
)
from itadesk.services.errors import InvalidInputError, ServiceError
from itadesk.services.files import write_atomically
from itadesk.services.rules import framework
from itadesk.thai.digits import from_thai_digits

AGENCY = "หน่วยงาน"
RESULTS = "ผลการประเมิน"
SCORES = "คะแนน"
TOOLS = "คะแนนรายเครื่องมือ"
ANALYSES = "บทวิเคราะห์"
MEASURES = "มาตรการ"
UNITS = "หน่วยรับผิดชอบ"

AGENCY_COLUMNS = ("รายการ", "ข้อมูล")
AGENCY_ITEMS = {described.name: described.title_th for described in AGENCY_FIELDS}
YEAR = "ปีงบประมาณ"
RESULTS_COLUMNS = (YEAR, "เกณฑ์ปี", "คะแนนรวม", "ระดับผลการประเมิน", "ที่มาของคะแนน", "บทวิเคราะห์ภาพรวม")
SCORES_COLUMNS = (YEAR, "ตัวชี้วัดที่", "คะแนน")
TOOLS_COLUMNS = (YEAR, "เครื่องมือ", "คะแนน")
ANALYSES_COLUMNS = (YEAR, "ตัวชี้วัดที่", "บทวิเคราะห์")
PLAN_YEAR, BASED_ON, ORDER = "ปีของแผน", "จากผลการประเมินปี", "ลำดับ"
# A measure's columns: its fields, with its order among its indicator's measures after the indicator.
MEASURE_COLUMNS = {described.name: described.title_th for described in MEASURE_FIELDS}
MEASURES_COLUMNS = (
    PLAN_YEAR,
    BASED_ON,
    MEASURE_COLUMNS["indicator"],
    ORDER,
    *(title for name, title in MEASURE_COLUMNS.items() if name != "indicator"),
)
UNITS_COLUMNS = ("หน่วยรับผิดชอบ",)
STATUS_LABELS = {
    MeasureStatus.NOT_STARTED: "ยังไม่ดำเนินการ",
    MeasureStatus.IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
    MeasureStatus.DONE: "ดำเนินการแล้วเสร็จ",
    MeasureStatus.CANCELLED: "ยกเลิก",
}
_WIDE = {"ที่มาของคะแนน", "บทวิเคราะห์ภาพรวม", "บทวิเคราะห์", "มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ข้อมูล", "หลักฐาน"}


# --- writing -----------------------------------------------------------------------------------------------


def write_xlsx(document: AgencyDocument, path: Path) -> None:
    """The document as a workbook; an existing file is replaced only by a complete one."""
    book = Workbook()
    book.remove(book.active)
    agency = document.agency
    _sheet(book, AGENCY, AGENCY_COLUMNS, [(label, getattr(agency, key)) for key, label in AGENCY_ITEMS.items()])
    _sheet(
        book,
        RESULTS,
        RESULTS_COLUMNS,
        [
            (a.fiscal_year, a.framework, a.official_overall, a.official_level, a.source_note, a.overall_analysis)
            for a in document.assessments
        ],
    )
    _sheet(
        book,
        SCORES,
        SCORES_COLUMNS,
        [(a.fiscal_year, n, s) for a in document.assessments for n, s in sorted(a.scores.items())],
    )
    _sheet(
        book,
        TOOLS,
        TOOLS_COLUMNS,
        [(a.fiscal_year, c, s) for a in document.assessments for c, s in sorted(a.official_tool_scores.items())],
    )
    _sheet(
        book,
        ANALYSES,
        ANALYSES_COLUMNS,
        [(a.fiscal_year, n, t) for a in document.assessments for n, t in sorted(a.analyses.items())],
    )
    _sheet(book, MEASURES, MEASURES_COLUMNS, list(_measure_rows(document)))
    _sheet(book, UNITS, UNITS_COLUMNS, [(unit,) for unit in agency.responsible_units])

    def save(out: Any) -> None:
        book.save(out)

    write_atomically(Path(path), save)


def _measure_rows(document: AgencyDocument) -> Iterator[tuple]:
    for plan in document.plans:
        if not plan.measures:
            # A row with only the years keeps an empty plan, and what it is based on.
            yield (plan.fiscal_year, plan.based_on)
        order: dict[int, int] = {}
        for part in plan.measures:
            measure = measure_from_part(part)
            order[measure.indicator] = order.get(measure.indicator, 0) + 1
            cells = {name: _cell(getattr(measure, name)) for name in MEASURE_COLUMNS}
            yield (plan.fiscal_year, plan.based_on, cells.pop("indicator"), order[measure.indicator], *cells.values())


def _cell(value: Any) -> Any:
    if isinstance(value, tuple):
        return "\n".join(value)
    if isinstance(value, MeasureStatus):
        return STATUS_LABELS[value]
    return value


# A text starting with one of these is a formula to Excel when typed: such cells are marked as typed text (a quote
# prefix), so that editing the cell keeps it text.
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_CELL_TEXT = 32_767  # Excel's limit (a longer text would be cut short)
# Characters an Excel file (XML) cannot hold: control characters other than tab and line breaks, and U+FFFE, U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _sheet(book: Workbook, name: str, headers: tuple[str, ...], rows: list[tuple]) -> None:
    sheet = book.create_sheet(name)
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        for index, value in enumerate(row):
            if isinstance(value, str) and (bad := _NOT_IN_XML.search(value)):
                problem = _("the text holds a control character (code {code}) that Excel files cannot hold.")
                raise _place(name, number, headers[index], problem.format(code=ord(bad.group())))
            if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
                problem = _("the text is {length} characters long; an Excel cell holds at most {most}.")
                raise _place(name, number, headers[index], problem.format(length=len(value), most=MAX_CELL_TEXT))
        sheet.append([float(v) if isinstance(v, Decimal) else v for v in row])
        for cell, value in zip(sheet[number], row, strict=False):
            if isinstance(value, Decimal):
                cell.number_format = "0.00"  # 100 shows as 100.00, as the NACC publishes it
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(value, str):
                cell.data_type = "s"  # always a text, never a formula ("=HYPERLINK(...)" is a measure's title)
                if value.startswith(FORMULA_STARTS):
                    cell.quotePrefix = True
                if "\n" in value:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, header in enumerate(headers):
        letter = sheet.cell(row=1, column=index + 1).column_letter
        sheet.column_dimensions[letter].width = 50 if header in _WIDE else max(12, len(header) + 4)
    sheet.freeze_panes = "A2"


# --- reading -----------------------------------------------------------------------------------------------


def _place(sheet: str, row: int, column: str, problem: str) -> InvalidInputError:
    return InvalidInputError(
        _("sheet {sheet}, row {row}, column {column}: {problem}").format(
            sheet=sheet, row=row, column=column, problem=problem
        )
    )


class _Row:
    """One row of a sheet, its cells by header; every refusal names the sheet, row and column."""

    def __init__(self, sheet: str, number: int, cells: dict[str, Any]) -> None:
        self.sheet, self.number, self.cells = sheet, number, cells

    def fail(self, column: str, problem: str) -> InvalidInputError:
        return _place(self.sheet, self.number, column, problem)

    def blank(self, column: str) -> bool:
        value = self.cells.get(column)
        return value is None or (isinstance(value, str) and not value.strip())

    def text(self, column: str) -> str:
        value = self.cells.get(column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).replace("\r\n", "\n")

    def lines(self, column: str) -> list[str]:
        return [line for line in self.text(column).split("\n") if line.strip()]

    def whole(self, column: str, default: int | None = None) -> int | None:
        if self.blank(column):
            return default
        value = self.cells[column]
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        text = from_thai_digits(str(value).strip())
        if isinstance(value, str) and text.isdigit():
            return int(text)
        raise self.fail(column, _("“{value}” is not a whole number.").format(value=value))

    def needed_whole(self, column: str) -> int:
        value = self.whole(column)
        if value is None:
            raise self.fail(column, _("this cell must not be empty."))
        return value

    def year(self, column: str, needed: bool = True) -> int | None:
        value = self.needed_whole(column) if needed else self.whole(column)
        if value is not None and not 2500 <= value <= 2700:
            raise self.fail(column, _("“{value}” is not a Buddhist-era fiscal year such as 2568.").format(value=value))
        return value

    def score(self, column: str) -> Decimal | None:
        if self.blank(column):
            return None
        try:
            return parse_score(self.cells[column])
        except ScoreError as error:
            raise self.fail(column, str(error)) from None

    def day(self, column: str) -> date | None:
        if self.blank(column):
            return None
        value = self.cells[column]
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(from_thai_digits(str(value).strip()))
        except ValueError:
            raise self.fail(column, _("“{value}” is not a date; type it as 2025-10-01.").format(value=value)) from None


# Limits on a workbook to import, far above any agency's (a few hundred rows, some tens of kilobytes): checked before
# the workbook is opened, so that a damaged or hostile file cannot take the computer's memory. Zip's reader never
# unpacks more than a part's declared size; the sheets are read row by row, the other parts whole.
MAX_WORKBOOK_BYTES = 10 * 1024 * 1024  # the .xlsx file itself
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # all its parts unpacked
MAX_PART_BYTES = 5 * 1024 * 1024  # each part other than a sheet (the shared texts, styles, ...) unpacked
MAX_PARTS = 1_000
MAX_ROWS = 10_000  # per sheet


def _megabytes(size: int) -> str:
    return str(size // (1024 * 1024))


def _too_large(path: Path) -> InvalidInputError:
    return InvalidInputError(
        _(
            "{file} is larger than an agency's workbook can be, and was not imported: at most {size} MB, "
            "{unpacked} MB unpacked and {parts} parts."
        ).format(
            file=path.name,
            size=_megabytes(MAX_WORKBOOK_BYTES),
            unpacked=_megabytes(MAX_UNPACKED_BYTES),
            parts=f"{MAX_PARTS:,}",
        )
    )


def _unreadable(path: Path, error: OSError) -> InvalidInputError:
    return InvalidInputError(_("{file} cannot be read: {error}").format(file=path.name, error=error_text(error)))


def _damaged(path: Path) -> InvalidInputError:
    return InvalidInputError(_("{file} is not an Excel workbook (.xlsx), or it is damaged.").format(file=path.name))


def _check_size(path: Path) -> None:
    """Refuse a workbook too large to be an agency's, from its size and its zip directory alone."""
    try:
        if path.stat().st_size > MAX_WORKBOOK_BYTES:
            raise _too_large(path)
        with ZipFile(path) as archive:
            parts = archive.infolist()
    except OSError as error:
        raise _unreadable(path, error) from None
    except (BadZipFile, ValueError, EOFError, NotImplementedError):
        raise _damaged(path) from None
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise _too_large(path)
    if any(part.file_size > MAX_PART_BYTES and not part.filename.startswith("xl/worksheets/") for part in parts):
        raise _too_large(path)


def _open(path: Path) -> Any:
    _check_size(path)
    try:
        # Read-only: the sheets are read row by row as they are needed, never held whole.
        return load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise _unreadable(path, error) from None
    except Exception:  # a damaged part fails in many ways (XML, zip, missing or wrong parts): all are "damaged"
        raise _damaged(path) from None


def _rows(book: Any, name: str, headers: tuple[str, ...]) -> Iterator[_Row]:
    if name not in book.sheetnames:
        raise InvalidInputError(_("The workbook has no sheet “{sheet}”.").format(sheet=name))
    sheet = book[name]
    first = next(sheet.iter_rows(max_row=1, values_only=True), ())
    found = [str(value).strip() if value is not None else "" for value in first]
    for header in headers:
        if header not in found:
            raise InvalidInputError(
                _("Sheet {sheet} has no column “{column}” in its first row.").format(sheet=name, column=header)
            )
    where = {header: found.index(header) for header in headers}
    last_column = max(where.values()) + 1
    for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=last_column, values_only=True), start=2):
        if number > MAX_ROWS + 1:
            raise InvalidInputError(
                _("Sheet {sheet} has more than {rows} rows, more than an agency's workbook can have.").format(
                    sheet=name, rows=f"{MAX_ROWS:,}"
                )
            )
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        yield _Row(name, number, {h: values[i] if i < len(values) else None for h, i in where.items()})


def read_xlsx(path: Path) -> AgencyDocument:
    """A workbook written by write_xlsx (or filled in by hand); InvalidInputError names the sheet, row and column."""
    path = Path(path)
    book = _open(path)
    try:
        return _read_book(book, path)
    except (InvalidInputError, MemoryError):
        raise
    except Exception:  # a sheet's XML is read only now: a damaged one fails here
        raise _damaged(path) from None
    finally:
        book.close()


def _read_book(book: Any, path: Path) -> AgencyDocument:
    agency = _read_agency(book)
    assessments, rules = _read_results(book)
    _read_per_indicator(book, SCORES, SCORES_COLUMNS, assessments, rules, "scores")
    _read_per_indicator(book, ANALYSES, ANALYSES_COLUMNS, assessments, rules, "analyses")
    _read_tools(book, assessments, rules)
    plans = _read_measures(book, assessments)
    try:
        return AgencyDocument(
            format=DOCUMENT_FORMAT,
            version=DOCUMENT_VERSION,
            agency=agency,
            assessments=list(assessments.values()),
            plans=plans,
        )
    except (ValidationError, ServiceError, ValueError) as error:
        # The cells were checked one by one above; what is left is a rule across rows.
        problem = error.errors()[0].get("ctx", {}).get("error") if isinstance(error, ValidationError) else error
        raise InvalidInputError(_("{file}: {problem}").format(file=path.name, problem=problem or error)) from None


def _read_agency(book: Any) -> dict[str, Any]:
    keys = {label: key for key, label in AGENCY_ITEMS.items()}
    agency: dict[str, Any] = {}
    label_column, value_column = AGENCY_COLUMNS
    for row in _rows(book, AGENCY, AGENCY_COLUMNS):
        label = row.text(label_column).strip()
        if label not in keys:
            raise row.fail(label_column, _("“{item}” is not an item of this sheet.").format(item=label))
        agency[keys[label]] = row.text(value_column)
    if not agency.get("name", "").strip():
        raise InvalidInputError(
            _("Sheet {sheet} needs the agency's name (item “{item}”).").format(sheet=AGENCY, item=AGENCY_ITEMS["name"])
        )
    agency["responsible_units"] = [
        unit for row in _rows(book, UNITS, UNITS_COLUMNS) if (unit := row.text(UNITS_COLUMNS[0])).strip()
    ]
    return agency


def _read_results(book: Any) -> tuple[dict[int, dict[str, Any]], dict[int, Any]]:
    year_c, framework_c, overall_c, level_c, note_c, analysis_c = RESULTS_COLUMNS
    assessments: dict[int, dict[str, Any]] = {}
    rules: dict[int, Any] = {}
    for row in _rows(book, RESULTS, RESULTS_COLUMNS):
        year = row.year(year_c)
        if year in assessments:
            raise row.fail(year_c, _("the year {year} appears twice.").format(year=year))
        framework_year = row.whole(framework_c, year)
        try:
            rules[year] = framework(framework_year)
        except InvalidInputError as error:
            raise row.fail(framework_c, str(error)) from None
        level = row.text(level_c).strip() or None
        if level and rules[year].level_rank(level) is None:
            raise row.fail(
                level_c,
                _("“{level}” is not a level of the {year} rules").format(level=level, year=rules[year].year),
            )
        assessments[year] = {
            "fiscal_year": year,
            "framework": framework_year,
            "official_overall": row.score(overall_c),
            "official_level": level,
            "official_tool_scores": {},
            "source_note": row.text(note_c),
            "scores": {},
            "overall_analysis": row.text(analysis_c),
            "analyses": {},
        }
    return assessments, rules


def _assessment_of(row: _Row, column: str, assessments: dict[int, dict[str, Any]]) -> dict[str, Any]:
    year = row.year(column)
    if year not in assessments:
        raise row.fail(column, _("the year {year} is not on sheet {sheet}.").format(year=year, sheet=RESULTS))
    return assessments[year]


def _read_per_indicator(
    book: Any, name: str, columns: tuple[str, ...], assessments: dict[int, dict[str, Any]], rules: dict, field: str
) -> None:
    year_c, number_c, value_c = columns
    for row in _rows(book, name, columns):
        assessment = _assessment_of(row, year_c, assessments)
        number = row.needed_whole(number_c)
        framework_rules = rules[assessment["fiscal_year"]]
        if number not in {i.number for i in framework_rules.indicators}:
            raise row.fail(
                number_c,
                _("the {year} rules have no indicator {number}").format(year=framework_rules.year, number=number),
            )
        if number in assessment[field]:
            raise row.fail(number_c, _("indicator {number} appears twice for this year.").format(number=number))
        value = row.score(value_c) if field == "scores" else row.text(value_c)
        if value is not None:
            assessment[field][number] = value


def _read_tools(book: Any, assessments: dict[int, dict[str, Any]], rules: dict) -> None:
    year_c, code_c, score_c = TOOLS_COLUMNS
    for row in _rows(book, TOOLS, TOOLS_COLUMNS):
        assessment = _assessment_of(row, year_c, assessments)
        code = row.text(code_c).strip()
        framework_rules = rules[assessment["fiscal_year"]]
        if code not in {t.code for t in framework_rules.tools}:
            raise row.fail(
                code_c, _("the {year} rules have no tool {code}").format(year=framework_rules.year, code=code)
            )
        score = row.score(score_c)
        if score is not None:
            assessment["official_tool_scores"][code] = score


def _read_measures(book: Any, assessments: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    plans: dict[int, dict[str, Any]] = {}
    rows: dict[int, list[tuple[tuple, Any]]] = {}
    for row in _rows(book, MEASURES, MEASURES_COLUMNS):
        year = row.year(PLAN_YEAR)
        based_on = row.year(BASED_ON, needed=False)
        if based_on is not None and based_on not in assessments:
            raise row.fail(BASED_ON, _("the year {year} is not on sheet {sheet}.").format(year=based_on, sheet=RESULTS))
        plan = plans.setdefault(year, {"fiscal_year": year, "based_on": based_on, "measures": []})
        if plan["based_on"] != based_on:
            problem = _("the plan of {year} is based on {based_on} in an earlier row.")
            raise row.fail(BASED_ON, problem.format(year=year, based_on=plan["based_on"]))
        if all(row.blank(c) for c in MEASURES_COLUMNS[2:]):
            continue  # the years alone: a plan with no measures yet
        measure = _read_measure(row)
        order = row.whole(ORDER)
        sort = (measure.indicator, order if order is not None else float("inf"), row.number)
        rows.setdefault(year, []).append((sort, part_from_measure(measure)))
    for year, plan in plans.items():
        plan["measures"] = [part for _sort, part in sorted(rows.get(year, []), key=lambda item: item[0])]
    return list(plans.values())


def _read_measure(row: _Row) -> PlanMeasure:
    """One row's measure: each field read as its declared type, then the rules across fields checked."""
    values: dict[str, Any] = {}
    for described in MEASURE_FIELDS:
        column = MEASURE_COLUMNS[described.name]
        if described.type == tuple[str, ...]:
            values[described.name] = row.lines(column)
        elif described.type == date | None:
            values[described.name] = row.day(column)
        elif described.type is int:
            values[described.name] = row.needed_whole(column) if described.required else row.whole(column, 0)
        elif described.type is MeasureStatus:
            values[described.name] = _status(row, column)
        else:
            values[described.name] = row.text(column)
    indicator_c, title_c, start_c, end_c, progress_c = (
        MEASURE_COLUMNS[name] for name in ("indicator", "title", "period_start", "period_end", "progress")
    )
    if values["indicator"] < 1:
        raise row.fail(indicator_c, _("“{value}” is not a whole number.").format(value=values["indicator"]))
    if not values["title"].strip():
        raise row.fail(title_c, _("a measure needs a title."))
    start, end = values["period_start"], values["period_end"]
    if (start is None) != (end is None):
        raise row.fail(start_c if start is None else end_c, _("give both the start and the end, or neither."))
    if start and end and end < start:
        raise row.fail(end_c, _("the period ends before it starts"))
    if not 0 <= values["progress"] <= 100:
        raise row.fail(
            progress_c, _("progress is a percentage from 0 to 100; {value} is not.").format(value=values["progress"])
        )
    return PlanMeasure(**{name: tuple(v) if isinstance(v, list) else v for name, v in values.items()})


def _status(row: _Row, column: str) -> MeasureStatus:
    statuses = {label: status for status, label in STATUS_LABELS.items()} | {s.value: s for s in MeasureStatus}
    text = row.text(column).strip()
    if text and text not in statuses:
        raise row.fail(
            column,
            _("“{value}” is not a status; use one of: {choices}.").format(
                value=text, choices=", ".join(STATUS_LABELS.values())
            ),
        )
    return statuses[text] if text else MeasureStatus.NOT_STARTED
