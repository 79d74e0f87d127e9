"""The district summary as an Excel workbook: the same tables as the PDF, figures as numbers, one sheet each, and
every agency's overview row on a sheet of its own.

Sheet names and headers are Thai whatever the window's language, as the printed summary's are; scores are numbers
with two decimals, so the workbook sorts and sums.
"""

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from itadesk.domain.district import DistrictSummary, MeanScore
from itadesk.domain.overview import OverviewRow
from itadesk.i18n import th
from itadesk.services.files import write_atomically

LEVELS = "ระดับผลการประเมิน"
MEANS = "คะแนนเฉลี่ย"
CONCERNS = "ต่ำกว่าเกณฑ์หรือลดลง"
RANKING = "ลำดับคะแนน"
MISSING = "ขาดข้อมูล O25 O26"
AGENCIES = "ทุกหน่วยงาน"
NO_LEVEL = "ยังไม่มีผลการประเมิน"
COMPUTED = "คำนวณจากคะแนนรายตัวชี้วัด"
_WIDE = {"หน่วยงาน", "รายการ", "O25 ที่ยังขาด", "O26 รายงานความก้าวหน้า", "ตัวชี้วัดที่คะแนนต่ำสุด"}
# Formulas are never written: a text that starts like one is kept as text.
_FORMULA_STARTS = ("=", "+", "-", "@")


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _sheet(book: Workbook, name: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> Worksheet:
    sheet = book.create_sheet(name)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for number, row in enumerate(rows, start=2):
        sheet.append([_number(v) if isinstance(v, Decimal) else v for v in row])
        for cell, value in zip(sheet[number], row, strict=False):
            if isinstance(value, Decimal):
                cell.number_format = "0.00"
            elif isinstance(value, str):
                cell.data_type = "s"
                if value.startswith(_FORMULA_STARTS):
                    cell.quotePrefix = True
    for index, header in enumerate(headers, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = 40 if header in _WIDE else max(12, len(header) + 4)
    sheet.freeze_panes = "A2"
    return sheet


def _level_rows(summary: DistrictSummary) -> list[tuple]:
    total = len(summary.rows)
    rows = [
        (count.level or NO_LEVEL, count.count, Decimal(count.count * 100) / total if total else None)
        for count in summary.levels
    ]
    return [(level, count, None if share is None else share.quantize(Decimal("0.01"))) for level, count, share in rows]


def _mean_row(label: str, mean: MeanScore) -> tuple:
    return (label, mean.previous, mean.previous_count, mean.current, mean.current_count, mean.change.difference)


def _means(summary: DistrictSummary) -> list[tuple]:
    indicators = {int(mean.code): mean for mean in summary.indicators}
    rows = []
    for tool in summary.tools:
        rows.append(_mean_row(f"{tool.code} {tool.name_th}", tool))
        for indicator in summary.framework.indicators_of(tool.code):
            label = f"ตัวชี้วัดที่ {indicator.number} {indicator.name_th}"
            rows.append(_mean_row(label, indicators[indicator.number]))
    rows.append(_mean_row("คะแนนรวม", summary.overall))
    return rows


def _place(row: OverviewRow) -> tuple[str, str]:
    return row.agency.district, row.agency.province


def _source(computed: bool) -> str:
    return COMPUTED if computed else "ผลที่ประกาศ"


def _overview_row(row: OverviewRow, codes: Sequence[str]) -> tuple:
    progress = row.progress
    weakest = ", ".join(f"{weak.number} ({weak.score:.2f})" for weak in row.weakest)
    tools = [row.tool(code) for code in codes]
    return (
        row.label,
        row.agency.kind,
        *_place(row),
        row.overall,
        _source(row.overall_computed) if row.overall is not None else "",
        row.level or "",
        row.change.previous,
        row.change.difference,
        *(tool.score if tool else None for tool in tools),
        weakest,
        ", ".join(part.report_label for part in row.o25_missing),
        row.o26.report_label,
        progress.total if progress else None,
        progress.done if progress else None,
        progress.in_progress if progress else None,
        progress.overdue if progress else None,
    )


def build_workbook(summary: DistrictSummary) -> Workbook:
    year, before = summary.fiscal_year, summary.fiscal_year - 1
    codes = [tool.code for tool in summary.framework.tools]
    book = Workbook()
    book.remove(book.active)
    _sheet(book, LEVELS, ("ระดับผลการประเมิน", "จำนวนหน่วยงาน", "ร้อยละ"), _level_rows(summary))
    _sheet(
        book,
        MEANS,
        (
            "รายการ",
            f"ค่าเฉลี่ย พ.ศ. {before}",
            f"จำนวนหน่วยงาน พ.ศ. {before}",
            f"ค่าเฉลี่ย พ.ศ. {year}",
            f"จำนวนหน่วยงาน พ.ศ. {year}",
            "ผลต่าง",
        ),
        _means(summary),
    )
    _sheet(
        book,
        CONCERNS,
        ("หน่วยงาน", "อำเภอ", "จังหวัด", f"คะแนนรวม พ.ศ. {before}", f"คะแนนรวม พ.ศ. {year}", "ผลต่าง", "ระดับผลการประเมิน"),
        [
            (row.label, *_place(row), row.change.previous, row.overall, row.change.difference, row.level or "")
            for row in summary.concerns
        ],
    )
    _sheet(
        book,
        RANKING,
        ("ลำดับ", "หน่วยงาน", "อำเภอ", "จังหวัด", *codes, "คะแนนรวม", "ที่มาของคะแนนรวม", "ระดับผลการประเมิน"),
        [
            (
                ranked.rank,
                ranked.row.label,
                *_place(ranked.row),
                *(tool.score if (tool := ranked.row.tool(code)) else None for code in codes),
                ranked.row.overall,
                _source(ranked.row.overall_computed),
                ranked.row.level or "",
            )
            for ranked in summary.ranking
        ],
    )
    _sheet(
        book,
        MISSING,
        ("หน่วยงาน", "อำเภอ", "จังหวัด", "O25 ที่ยังขาด", "O26 รายงานความก้าวหน้า"),
        [
            (row.label, *_place(row), ", ".join(p.report_label for p in row.o25_missing), row.o26.report_label)
            for row in summary.missing
        ],
    )
    _sheet(
        book,
        AGENCIES,
        (
            "หน่วยงาน",
            "ประเภท",
            "อำเภอ",
            "จังหวัด",
            f"คะแนนรวม พ.ศ. {year}",
            "ที่มาของคะแนนรวม",
            "ระดับผลการประเมิน",
            f"คะแนนรวม พ.ศ. {before}",
            "ผลต่าง",
            *codes,
            "ตัวชี้วัดที่คะแนนต่ำสุด",
            "O25 ที่ยังขาด",
            "O26 รายงานความก้าวหน้า",
            f"มาตรการในแผน พ.ศ. {year + 1}",
            th("done"),
            th("in progress"),
            th("overdue"),
        ),
        [_overview_row(row, codes) for row in summary.rows],
    )
    return book


def write_district_workbook(summary: DistrictSummary, path: Path) -> None:
    """The workbook at path; an existing file is replaced only by a complete one."""
    book = build_workbook(summary)
    write_atomically(Path(path), book.save)
