"""Lines of the printed reports break only where a Thai reader allows: between words, a word too wide for its column
between the dictionary words it is made of and only then between whole syllables; ๆ and closing punctuation never
start a line; พ.ศ., ที่ and a list number stay with their number or word; web addresses break only after / . - ? & =.

The breaking is checked on strings (the markup and word lists), on paragraphs laid out by ReportLab at several type
sizes and widths (whatever size the report uses), and on the PDFs read back with their positions: the sample report,
its progress report, and an invented agency's report with a plan of 40 measures, a run of some 600 characters of
Thai without a space and web addresses with digits.
"""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from itadesk.report import fonts
from itadesk.report.columns import cell_width, fit_columns
from itadesk.report.content.cells import CENTER, TEXT, Cell
from itadesk.report.fonts import FONT
from itadesk.report.thaitext import markup, paragraph_style, text_width
from itadesk.services.document import AgencyDocument
from itadesk.services.document_report import report_data_from_document
from itadesk.services.export import export_sample_pdf, write_report_file
from itadesk.services.progress import progress_data_from_document, write_progress_pdf
from itadesk.services.sample import sample_document
from itadesk.thai import words as word_list
from itadesk.thai.text import cluster_breaks, is_syllable, syllable_breaks, syllables
from itadesk.thai.words import (
    break_offsets,
    compound_parts,
    glued_spaces,
    insert_breaks,
    part_breaks,
    punctuation_breaks,
    unbreakable_pieces,
    url_spans,
)
from tests.linux_tools import poppler

# Compounds and the parts a line may break between (and nowhere else inside them).
COMPOUNDS = {
    "องค์กรปกครองส่วนท้องถิ่น": "องค์กร|ปกครอง|ส่วน|ท้องถิ่น",
    "การแสดงความคิดเห็น": "การ|แสดง|ความ|คิดเห็น",
    "ต้องปรับปรุงโดยด่วน": "ต้อง|ปรับปรุง|โดย|ด่วน",
    "ต้องปรับปรุง": "ต้อง|ปรับปรุง",
    "อย่างยั่งยืน": "อย่าง|ยั่งยืน",
    "องค์การบริหารส่วนตำบล": "องค์การ|บริหาร|ส่วน|ตำบล",
    "ผู้มีส่วนได้ส่วนเสีย": "ผู้|มี|ส่วน|ได้|ส่วน|เสีย",
    "ประชาสัมพันธ์": "ประชา|สัมพันธ์",
    "ผู้รับผิดชอบ": "ผู้|รับผิดชอบ",
    "เจ้าหน้าที่": "เจ้า|หน้าที่",
    "มาตรฐานจริยธรรม": "มาตรฐาน|จริยธรรม",
    "การเปิดเผยข้อมูล": "การ|เปิดเผย|ข้อมูล",
    "แผนพัฒนาท้องถิ่น": "แผน|พัฒนา|ท้องถิ่น",
    "พนักงานส่วนตำบล": "พนักงาน|ส่วน|ตำบล",
    "ประสิทธิภาพ": "ประสิทธิ|ภาพ",
    "ยั่งยืน": "ยั่งยืน",
}
CLOSING = ")]}”’»,.;:!?%ๆฯ'"
URL_BREAK_AFTER = "/.-?&="
SIZES = (8, 9.5, 11, 14, 16)


def _cuts(parts: str) -> set[int]:
    offsets, at = set(), 0
    for part in parts.split("|")[:-1]:
        at += len(part)
        offsets.add(at)
    return offsets


# --- the invented agency ---------------------------------------------------------------------------------------

LONG_RUN = (
    "การพัฒนาองค์กรปกครองส่วนท้องถิ่นให้มีความโปร่งใสและตรวจสอบได้ต้องอาศัยความร่วมมือจากทุกภาคส่วนทั้งผู้บริหาร"
    "พนักงานส่วนตำบลพนักงานจ้างและประชาชนในพื้นที่ซึ่งจะช่วยให้การดำเนินงานเป็นไปอย่างมีประสิทธิภาพเกิดประโยชน์สูงสุด"
    "ต่อชุมชนอย่างยั่งยืนหน่วยงานจึงควรเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้งบประมาณให้ประชาชนรับทราบอย่างสม่ำเสมอ"
    "พร้อมทั้งเปิดช่องทางให้ผู้มีส่วนได้ส่วนเสียแสดงความคิดเห็นและแจ้งเบาะแสการทุจริตได้โดยไม่ต้องเปิดเผยตัวตน"
    "และต้องมีผู้รับผิดชอบติดตามเรื่องร้องเรียนทุกเรื่องจนได้ข้อยุติตลอดจนรายงานผลการดำเนินงานต่อผู้บริหารเป็นประจำ"
)
URLS = (
    "https://www.nongbuathong.go.th/ita2569/o12-report-2569.pdf",
    "https://www.nongbuathong.go.th/index.php?option=com_content&view=article&id=2569",
    "www.localmooc.com/course-17/lesson-3",
)
_TITLES = (
    "จัดทำคู่มือการปฏิบัติงานและการให้บริการประชาชนของทุกสำนัก/กอง พร้อมกำหนดผู้รับผิดชอบและระยะเวลาให้ชัดเจน",
    "ส่งเสริมให้ผู้รับบริการและประชาชนทั่วไปมีส่วนร่วมในการแสดงความคิดเห็นเกี่ยวกับการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
    "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณ ณ สิ้นไตรมาสที่ ๒ บนเว็บไซต์หลักของหน่วยงาน",
    "จัดประชุมชี้แจงมาตรฐานจริยธรรมแก่ผู้บริหาร สมาชิกสภา พนักงานส่วนตำบลและพนักงานจ้างอย่างน้อยปีละ ๒ ครั้ง",
    "ปรับปรุงช่องทางการร้องเรียนและแจ้งเบาะแสการทุจริตผ่านระบบออนไลน์ให้ใช้งานได้ง่าย และติดตามเรื่องต่าง ๆ จนแล้วเสร็จ",
    "พัฒนาระบบการให้บริการอิเล็กทรอนิกส์ (E-Service) ของงานทะเบียนและงานจัดเก็บรายได้",
    "ประเมินความพึงพอใจของผู้รับบริการต่อคุณภาพการดำเนินงานของหน่วยงาน และนำผลมาปรับปรุงการให้บริการ",
    "จัดทำประกาศเจตนารมณ์การป้องกันและต่อต้านการทุจริตของผู้บริหารท้องถิ่น และเผยแพร่ให้สาธารณชนรับทราบ",
)
_ANALYSES = (
    "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้คะแนนลดลงจากปี พ.ศ. ๒๕๖๗ เนื่องจากผู้รับบริการเห็นว่าขั้นตอนการให้บริการ"
    "ยังไม่ชัดเจน หน่วยงานจึงต้องปรับปรุงคู่มือและประชาสัมพันธ์ให้ทั่วถึง",
    "ผลการประเมินอยู่ในระดับต้องปรับปรุงโดยด่วน (ร้อยละ ๔๘.๒๕) โดยเฉพาะการเปิดเผยข้อมูลต่าง ๆ บนเว็บไซต์ "
    "ที่ยังไม่เป็นปัจจุบันและไม่ครบถ้วนตามที่กำหนด",
    "ประชาชนส่วนใหญ่ยังไม่ทราบช่องทางการแจ้งเบาะแสการทุจริต และยังไม่มั่นใจว่าจะได้รับความคุ้มครอง"
    "จึงควรเผยแพร่ช่องทางดังกล่าวในจุดที่สังเกตเห็นได้ง่ายอย่างยั่งยืน",
    "การใช้ทรัพย์สินของราชการยังไม่มีแนวทางที่ชัดเจน บุคลากรบางส่วนนำทรัพย์สินไปใช้ในเรื่องส่วนตัว ทำให้ผลการประเมินตัวชี้วัดที่ ๔ ต้องปรับปรุง",
)
_STEPS = (
    "แต่งตั้งคณะทำงานจัดทำคู่มือ ภายในเดือนตุลาคม พ.ศ. ๒๕๖๘",
    "เผยแพร่คู่มือบนเว็บไซต์ {url}",
    "ประชาสัมพันธ์ผ่านช่องทางต่าง ๆ เช่น หอกระจายข่าว เฟซบุ๊ก และไลน์ของหน่วยงาน",
    "รายงานผลการดำเนินงานต่อนายกเทศมนตรีทุกไตรมาส",
    "ติดตามและประเมินผล แล้วนำข้อเสนอแนะ (ถ้ามี) มาปรับปรุงในปีงบประมาณ พ.ศ. ๒๕๗๐",
)
_UNITS = (
    ("สำนักปลัด",),
    ("กองคลัง", "งานพัสดุ"),
    ("กองการศึกษา ศาสนาและวัฒนธรรม",),
    ("กองช่าง", "กองสาธารณสุขและสิ่งแวดล้อม"),
    ("ทุกสำนัก/กอง",),
)
_PERIODS = (
    {"start": "2025-10-01", "end": "2026-09-30"},
    {"start": "2025-11-01", "end": "2026-03-31"},
    {"start": "2026-01-15", "end": "2026-06-30"},
)


def _measure(number: int) -> dict:
    return {
        "indicator": number % 10 + 1,
        "title": _TITLES[number % len(_TITLES)],
        "analysis": LONG_RUN if number == 7 else _ANALYSES[number % len(_ANALYSES)],
        "steps": [step.format(url=URLS[number % len(URLS)]) for step in _STEPS[: 2 + number % 4]],
        "period": _PERIODS[number % len(_PERIODS)],
        "responsible": list(_UNITS[number % len(_UNITS)]),
        "status": "in_progress" if number % 3 else "not_started",
        "progress": (number * 7) % 100,
        "evidence": f"รายงานผลการดำเนินงาน {URLS[(number + 1) % len(URLS)]}" if number % 4 == 0 else "",
    }


def _scores(base: float) -> dict[str, str]:
    return {str(n): f"{min(100.0, base + (n * 3.17) % 21):.2f}" for n in range(1, 11)}


def invented_document() -> AgencyDocument:
    """เทศบาลตำบลหนองบัวทอง (invented): levels ต้องปรับปรุง in 2567 and ต้องปรับปรุงโดยด่วน in 2568, a plan of 40
    measures for 2569."""
    return AgencyDocument.model_validate(
        {
            "format": "itadesk-agency",
            "version": 1,
            "agency": {
                "name": "เทศบาลตำบลหนองบัวทอง",
                "kind": "เทศบาลตำบล",
                "district": "เมืองปทุมธานี",
                "province": "ปทุมธานี",
                "responsible_units": sorted({unit for units in _UNITS for unit in units}),
            },
            "assessments": [
                {"fiscal_year": 2567, "framework": 2567, "scores": _scores(62.0)},
                {
                    "fiscal_year": 2568,
                    "framework": 2568,
                    "scores": _scores(41.5),
                    "overall_analysis": LONG_RUN,
                    "analyses": {str(n): _ANALYSES[n % len(_ANALYSES)] for n in range(1, 11)},
                },
            ],
            "plans": [{"fiscal_year": 2569, "based_on": 2568, "measures": [_measure(n) for n in range(40)]}],
        }
    )


# --- reading a PDF's lines back --------------------------------------------------------------------------------

Line = tuple[float, float, float, float, list[str]]  # x0, y0, x1, y1, words


def pdf_lines(pdf: Path) -> list[list[Line]]:
    """Each page's lines with their boxes and words, from pdftotext -bbox-layout."""
    done = subprocess.run(
        [poppler("pdftotext"), "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    root = ElementTree.fromstring(done.stdout)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        lines = []
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            found = [word.text or "" for word in line.iter("{http://www.w3.org/1999/xhtml}word")]
            if found:
                box = tuple(float(line.get(key)) for key in ("xMin", "yMin", "xMax", "yMax"))
                lines.append((*box, found))
        pages.append(lines)
    return pages


def line_breaks(pdf: Path) -> list[tuple[list[str], list[str]]]:
    """(words of a line, words of the next line of the same paragraph or cell) for every line break.
    Poppler gives each line apart, so the next line is found by position: just below, in the same column, starting
    at the same place, after a first-line or hanging indent, or centred on the same middle."""
    pairs = []
    for lines in pdf_lines(pdf):
        for x0, y0, x1, y1, found in lines:
            height = y1 - y0
            below = [
                line
                for line in lines
                if y0 + height / 2 < line[1] <= y1 + 0.75 * height
                and min(x1, line[2]) > max(x0, line[0])
                and (abs(line[0] - x0) < 45 or abs((line[0] + line[2]) - (x0 + x1)) < 6)
            ]
            if below:
                pairs.append((found, min(below, key=lambda line: line[1])[4]))
    return pairs


def _is_thai(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e4e"


@cache
def _unknown_letters(text: str, cut: int | None = None) -> int:
    """Letters of text left out of the dictionary's words in its best reading (with a word boundary at cut)."""
    word_list._ensure_loaded()
    known = word_list._words
    best = [0] + [len(text) + 1] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 30), end):
            if cut is not None and start < cut < end:
                continue
            piece = text[start:end]
            step = 0 if piece in known else end - start if end - start == 1 else None
            if step is not None:
                best[end] = min(best[end], best[start] + step)
    return best[len(text)]


def tokenizer_accepts(before: str, after: str) -> bool:
    """The program's word list reads before + after as well with a word boundary between them as without."""
    joined = before + after
    return _unknown_letters(joined, len(before)) <= _unknown_letters(joined)


def compound_faults(before: str, after: str) -> list[str]:
    joined, cut = before + after, len(before)
    faults = []
    for compound, parts in COMPOUNDS.items():
        for match in re.finditer(compound, joined):
            if match.start() < cut < match.end() and cut - match.start() not in _cuts(parts):
                faults.append(f"{compound}: {joined[match.start() : cut]} / {joined[cut : match.end()]}")
    return faults


def check_breaks(pdf: Path, urls: list[str]) -> int:
    """Assert every rule on the PDF's line breaks; returns how many breaks between Thai letters were checked."""
    faults = []
    thai_pairs = 0
    for line, next_line in line_breaks(pdf):
        before, after = line[-1], next_line[0]
        where = f"{before} / {after}"
        if after[:1] in CLOSING:
            faults.append(f"a line starts with {after[0]}: {where}")
        if len(line) == 1 and re.fullmatch(r"[0-9๐-๙]+[.)]", before) and _is_thai(after[:1]):
            faults.append(f"a list number left alone on its line: {where}")
        if before.endswith(("พ.ศ.", "ตัวชี้วัดที่", "ข้อที่", "ครั้งที่", "ข้อ")) and re.match(r"[0-9๐-๙]", after):
            faults.append(f"a number cut from its word: {where}")
        for url in urls:
            for start in range(len(url)):
                if url.startswith(before, max(0, start - len(before))) and url[start:].startswith(after):
                    if url[max(0, start - len(before)) : start] == before and url[start - 1] not in URL_BREAK_AFTER:
                        faults.append(f"a web address cut after {url[start - 1]}: {where}")
        if re.match(r"[-/.?&=]", after) and re.search(r"[A-Za-z0-9]$", before):
            faults.append(f"a web address's separator carried to the next line: {where}")
        if _is_thai(before[-1:]) and _is_thai(after[:1]):
            thai_pairs += 1
            if not tokenizer_accepts(before, after):
                faults.append(f"break inside a word: {where}")
            faults.extend(compound_faults(before, after))
    assert not faults, "\n".join(faults[:20])
    return thai_pairs


def _urls_of(document: AgencyDocument) -> list[str]:
    text = document.model_dump_json()
    return sorted({text[start:end] for start, end in url_spans(text.replace("\\n", " "))}, key=len, reverse=True)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, tuple[Path, list[str]]]:
    folder = tmp_path_factory.mktemp("line-breaks")
    invented, sample = invented_document(), sample_document()
    made = {
        "sample": folder / "sample.pdf",
        "sample progress": folder / "sample-progress.pdf",
        "invented": folder / "invented.pdf",
        "invented progress": folder / "invented-progress.pdf",
    }
    export_sample_pdf(made["sample"])
    write_progress_pdf(progress_data_from_document(sample, 2569, date(2026, 3, 31)), made["sample progress"])
    write_report_file(made["invented"], report_data_from_document(invented, 2568), "pdf")
    write_progress_pdf(progress_data_from_document(invented, 2569, date(2026, 4, 30)), made["invented progress"])
    return {name: (path, _urls_of(invented if name.startswith("invented") else sample)) for name, path in made.items()}


@pytest.mark.parametrize("name", ["sample", "sample progress", "invented", "invented progress"])
def test_report_lines_break_only_where_allowed(reports, name):
    pdf, urls = reports[name]
    assert check_breaks(pdf, urls) >= 40  # lines really were broken inside Thai text


def test_the_long_run_and_the_addresses_are_broken_over_lines(reports):
    pdf, _urls = reports["invented"]
    pairs = [(line[-1], next_line[0]) for line, next_line in line_breaks(pdf)]
    run_breaks = [(a, b) for a, b in pairs if (a + b)[:40] in LONG_RUN or (a + b)[-40:] in LONG_RUN]
    assert len(run_breaks) >= 5
    assert any(a.endswith(tuple(URL_BREAK_AFTER)) and re.search("[A-Za-z0-9]", b[:1]) for a, b in pairs)


def test_level_names_are_whole_in_their_column(reports):
    pdf, _urls = reports["invented"]
    words = [word for page in pdf_lines(pdf) for line in page for word in line[4]]
    assert "ต้องปรับปรุง" in words or "ต้องปรับปรุง*" in words
    assert not any(word in ("ต้องปรั", "ปรุง", "ต้อง") for word in words)


def test_the_checks_catch_the_faults_they_look_for():
    assert not tokenizer_accepts("ทั่วไปมีส่วนร่วมในกา", "รแสดงความคิดเห็น")
    assert not tokenizer_accepts("ประจำองค์กรปกครอ", "งส่วนท้องถิ่น")
    assert tokenizer_accepts("ทั่วไปมีส่วนร่วมใน", "การแสดงความคิดเห็น")
    assert compound_faults("ประจำองค์", "กรปกครองส่วนท้องถิ่น")
    assert not compound_faults("ประจำองค์กรปกครอง", "ส่วนท้องถิ่น")
    assert compound_faults("ผลการประเมินต้องปรับ", "ปรุง")


# --- paragraphs laid out by ReportLab --------------------------------------------------------------------------


def _readable(frag) -> str:
    """A laid-out frag's text as typed: shaping draws some glyphs under codes of their own (itadesk.report.fonts)."""
    codes = fonts._face_codes.get(pdfmetrics.getFont(frag.fontName).face)
    return "".join(codes.text.get(ord(char), char) if codes else char for char in frag.text)


def laid_out(text: str, width: float, size: float = 11, style: ParagraphStyle | None = None) -> list[str]:
    """The lines ReportLab makes of the text's markup in a column `width` points wide."""
    para = Paragraph(markup(text), style or paragraph_style(f"test-{size}", size=size))
    para.wrap(width, 10**6)
    assert para._splitLongWordCount == 0  # ReportLab never had to cut a word itself (it cuts anywhere)
    return ["".join(_readable(frag) for frag in line.words).strip() for line in para.blPara.lines]


def breaks_of(text: str, lines: list[str]) -> list[tuple[int, bool]]:
    """Where in text each line after the first begins, and whether a space was there."""
    assert "".join(line.replace(" ", "") for line in lines) == text.replace(" ", "").replace("\n", "")
    found, at = [], 0
    for number, line in enumerate(lines):
        spaced = False
        while at < len(text) and text[at].isspace():
            at, spaced = at + 1, True
        if number:
            found.append((at, spaced))
        for char in line:
            while text[at].isspace() and not char.isspace():
                at += 1
            at += 0 if char.isspace() and not text[at].isspace() else 1
    return found


def _word_at(text: str, offset: int) -> tuple[int, int]:
    """The run of text without a space or a break opportunity around offset."""
    cuts = [0, *(i for i, char in enumerate(text) if char.isspace()), *break_offsets(text), len(text)]
    start = max(c for c in cuts if c < offset)
    end = min(c for c in cuts if c > offset)
    return start + (text[start].isspace()), end


def _allowed_inside(word: str) -> set[int]:
    """Offsets a word too wide for its line may be cut at: its parts at every depth, after punctuation, its
    syllables, and anywhere in Latin letters."""
    offsets = set(syllable_breaks(word)) | set(punctuation_breaks(word))
    offsets |= {i for i in range(1, len(word)) if word[i - 1 : i + 1].isascii() and word[i] not in CLOSING}
    pending = [(0, word)]
    while pending:
        start, piece = pending.pop()
        at = start
        parts = compound_parts(piece)
        for part in parts:
            if len(parts) > 1:
                pending.append((at, part))
            at += len(part)
            offsets.add(at)
    return offsets - {0, len(word)}


def assert_breaks_allowed(text: str, lines: list[str], width: float, size: float) -> int:
    """Every line break of the text is a space that may break, a break between words, or inside a word wider than
    the line at one of its parts or syllables; returns how many breaks fell with no space."""
    glued = glued_spaces(text)
    between = set(break_offsets(text))
    without_space = 0
    for line in lines[1:]:
        assert line[:1] not in CLOSING, lines
    for offset, spaced in breaks_of(text, lines):
        if spaced:
            if offset - 1 in glued:
                start, end = _word_at(text.replace(" ", "\u00a0"), offset)
                assert text_width(text[start:end], FONT, size) > width, (text[start:end], lines)
            continue
        without_space += 1
        if offset in between:
            continue
        start, end = _word_at(text, offset)
        word = text[start:end]
        assert text_width(word, FONT, size) > width, f"{word} cut though it fits: {lines}"
        assert offset - start in _allowed_inside(word), f"{text[start:offset]} / {text[offset:end]}"
    return without_space


def _sample_paragraphs() -> list[str]:
    document = sample_document()
    analyses = max(document.assessments, key=lambda part: part.fiscal_year).analyses
    steps = [step for measure in document.plans[0].measures for step in measure.steps]
    return [analyses[number] for number in sorted(analyses)][:4] + steps[:6]


@pytest.mark.parametrize("size", SIZES)
def test_paragraphs_break_only_where_allowed_at_any_size(size):
    texts = [*_sample_paragraphs(), *_ANALYSES, LONG_RUN[:300], *_TITLES[:4]]
    without_space = 0
    for em in (6, 10, 20):
        for text in texts:
            width = em * size
            without_space += assert_breaks_allowed(text, laid_out(text, width, size), width, size)
    assert without_space > 50


@pytest.mark.parametrize("size", SIZES)
def test_a_compound_wider_than_its_column_breaks_between_its_parts(size):
    for compound, parts in COMPOUNDS.items():
        allowed = _cuts(parts)
        if not allowed:
            continue
        widest_part = max(text_width(part, FONT, size) for part in parts.split("|"))
        for width in (widest_part + 1, (widest_part + text_width(compound, FONT, size)) / 2):
            lines = laid_out(f"ประจำ{compound}", width, size)
            offsets = {offset - len("ประจำ") for offset, _spaced in breaks_of(f"ประจำ{compound}", lines)}
            assert {offset for offset in offsets if offset > 0} <= allowed, (compound, lines)


def test_the_level_breaks_between_its_words_in_a_narrow_cell():
    for size in SIZES:
        width = text_width("ต้องปรับปรุง", FONT, size) + 1
        assert laid_out("ต้องปรับปรุงโดยด่วน", width, size) == ["ต้องปรับปรุง", "โดยด่วน"]


def test_a_word_wider_than_its_line_breaks_between_whole_syllables():
    for word in ("ประชาสัมพันธ์", "ยั่งยืน", "ผู้บังคับบัญชา"):
        for size in SIZES:
            pieces = syllables(word)
            width = max(text_width(piece, FONT, size) for piece in pieces) + 1
            lines = laid_out(word, width, size)
            assert len(lines) > 1
            assert {offset for offset, _spaced in breaks_of(word, lines)} <= _cuts("|".join(pieces)), lines


def test_hanging_lines_narrower_than_the_first_never_cut_a_word():
    base = paragraph_style("hanging-test", size=11)
    hanging = ParagraphStyle("hanging-test-indented", parent=base, leftIndent=30, firstLineIndent=-30)
    text = "๑. องค์กรปกครองส่วนท้องถิ่นประชาสัมพันธ์ของหน่วยงาน"
    for width in range(90, 200, 7):
        assert_breaks_allowed(text, laid_out(text, width, style=hanging), width - 30, 11)


def test_mai_yamok_and_closing_punctuation_never_start_a_line():
    text = "ประชาสัมพันธ์ผ่านช่องทางต่าง ๆ (ร้อยละ ๘๐ ) และ “ คู่มือ ” ของหน่วยงานต่าง ๆ ฯลฯ"
    for size in SIZES:
        for em in range(3, 14):
            lines = laid_out(text, em * size, size)
            assert all(line[:1] not in CLOSING for line in lines[1:]), lines


def test_numbers_stay_with_their_words():
    text = "ผลการประเมินตัวชี้วัดที่ ๙ ลดลงจากปี พ.ศ. ๒๕๖๗ ให้เสร็จภายใน ๓๐ มิ.ย. ๒๕๖๙\n๙. การเปิดเผยข้อมูล\n๑๐. การป้องกันการทุจริต"
    for size in SIZES:
        widest = max(text_width(piece, FONT, size) for piece in unbreakable_pieces(text))
        for em in range(6, 30):
            if em * size < widest:
                continue  # a piece wider than the line is cut wherever it must be
            lines = laid_out(text, em * size, size)
            for first, second in zip(lines, lines[1:], strict=False):
                assert not first.endswith(("ตัวชี้วัด", "ที่", "พ.ศ.", "มิ.ย.")), lines
                assert not re.fullmatch(r"[๐-๙]+\.?", first), lines
                assert not (re.search("[๐-๙]$", first) and second.startswith("มิ.ย.")), lines


def test_web_addresses_break_after_their_separators_only():
    for url in (*URLS, "https://www.khokkhonlocal.go.th/index.php/channel-for-reporting-fraud-and-misconduct"):
        text = f"ดูรายละเอียดที่ {url} ได้ทุกวัน"
        for size in SIZES:
            for em in range(5, 16, 2):
                lines = laid_out(text, em * size, size)
                start = text.index(url)
                for offset, spaced in breaks_of(text, lines):
                    if start < offset < start + len(url):
                        assert not spaced and text[offset] not in URL_BREAK_AFTER, lines
                        if text[offset - 1] not in URL_BREAK_AFTER:
                            # only inside a piece between separators that is wider than the line
                            piece = re.findall(r"[^/.?&=-]*.?", text[start : start + len(url)])
                            wide = [p for p in piece if text_width(p, FONT, size) > em * size]
                            assert any(
                                p in text[offset - 3 : offset + 3] or text[offset - 1 : offset + 1] in p for p in wide
                            ), lines


# --- the rules on strings --------------------------------------------------------------------------------------


def test_markup_marks_words_and_glues_what_belongs_together():
    text = "ผลการประเมินตัวชี้วัดที่ ๙ ปี พ.ศ. ๒๕๖๙ ต่าง ๆ (ร้อยละ ๘๐ ) ๓๐ มิ.ย. ๒๕๖๙"
    assert insert_breaks(text, "|", "_") == ("ผลการประเมิน|ตัวชี้วัดที่_๙ ปี พ.ศ._๒๕๖๙ ต่าง_ๆ (ร้อยละ ๘๐_) ๓๐_มิ.ย._๒๕๖๙")
    assert insert_breaks("๙. การเปิดเผยข้อมูล\n๑๐ การป้องกัน", "|", "_") == "๙._การ|เปิดเผย|ข้อมูล\n๑๐_การป้องกัน"
    assert insert_breaks("ข้อ O26 และข้อ ๓", "|", "_") == "ข้อ_O26 และ|ข้อ_๓"
    # a number inside a line is no list number
    assert "ละ ๒" in insert_breaks("ปีละ ๒ ครั้ง", "|", "_")


def test_web_addresses_break_after_separators_and_end_before_punctuation():
    first, second = "https://www.a.go.th/ita2569/o12-report.pdf?id=5&p=2", "www.b.com/x-1"
    text = f"ดูที่ {first}. และ ({second})"
    assert url_spans(text) == [
        (text.index(first), text.index(first) + len(first)),
        (text.index(second), text.index(second) + len(second)),
    ]
    assert insert_breaks(text, "|") == (
        "ดู|ที่ https://|www.|a.|go.|th/|ita2569/|o12-|report.|pdf?|id=|5&|p=|2. และ (www.|b.|com/|x-|1)"
    )


def test_unbreakable_pieces_are_what_a_column_must_hold():
    assert unbreakable_pieces("ปีงบประมาณ พ.ศ. ๒๕๖๙") == ["ปีงบประมาณ", "พ.ศ. ๒๕๖๙"]
    assert unbreakable_pieces("๑. จัดทำคู่มือ\nต่าง ๆ") == ["๑. จัดทำ", "คู่มือ", "ต่าง ๆ"]
    assert unbreakable_pieces("  ") == []


def test_compounds_split_into_their_parts_first():
    for compound, parts in COMPOUNDS.items():
        cuts = set(part_breaks(compound))
        assert cuts <= _cuts(parts), (compound, compound_parts(compound))
    assert compound_parts("องค์การบริหารส่วนตำบล") == ("องค์การ", "บริหาร", "ส่วน", "ตำบล")
    assert compound_parts("ยั่งยืน") == ("ยั่งยืน",)
    text = "ต่างๆ ๑๒ ต้องปรับปรุง"
    assert part_breaks(text) == [text.index("ปรับปรุง")]


SYLLABLES = {
    "ประชาสัมพันธ์": "ประ|ชา|สัม|พันธ์",
    "ยั่งยืน": "ยั่ง|ยืน",
    "ผู้บังคับบัญชา": "ผู้|บัง|คับ|บัญ|ชา",
    "ศักดิ์สิทธิ์": "ศักดิ์|สิทธิ์",
    "ทรัพย์สิน": "ทรัพย์|สิน",
    "ธนาคาร": "ธนา|คาร",
    "น้ำใจ": "น้ำ|ใจ",
    "เสาร์อาทิตย์": "เสาร์|อาทิตย์",
    "เว็บไซต์": "เว็บ|ไซต์",
    "เบาะแส": "เบาะ|แส",
    "อนุญาต": "อนุ|ญาต",
    "สม่ำเสมอ": "สม่ำ|เสมอ",
    "ผู้มีส่วนได้ส่วนเสีย": "ผู้|มี|ส่วนได้|ส่วนเสีย",
}
# Words whose shape allows more than one reading, or none: never cut.
UNCUT = ("นากลาง", "มากล้น", "ยุทธศาสตร์", "ขนาด", "เฉพาะ", "เสมอ", "ชาติ", "ภูมิ", "เหตุ", "กษัตริย์", "สแลง", "ไทย")


def test_syllables_of_known_words():
    for word, expected in SYLLABLES.items():
        assert "|".join(syllables(word)) == expected
    for word in UNCUT:
        assert syllables(word) == [word]
    assert is_syllable("ต้อง") and is_syllable("เลี้ยง") and not is_syllable("ต้องปรับ")


@cache
def _dictionary_sample() -> list[str]:
    word_list._ensure_loaded()
    return sorted(word for word in word_list._words if " " not in word)[::40]


def test_syllable_cuts_never_split_a_letter_from_its_vowels_and_marks():
    checked = 0
    for word in _dictionary_sample():
        for cut in syllable_breaks(word):
            checked += 1
            before, after = word[:cut], word[cut:]
            assert after[0] not in "ะาำๅๆฯ" and not ("\u0e31" <= after[0] <= "\u0e3a" or after[0] >= "\u0e47"), word
            assert before[-1] not in "เแโใไ", word
            assert after[1:2] != "์", word  # a silent letter stays with its syllable
            assert len(before) > 1 and len(after) > 1, word  # never a lone letter
    assert checked > 300


def test_cluster_cuts_keep_letters_with_their_vowels_and_marks():
    assert cluster_breaks("น้ำใจ") == (3,)
    assert cluster_breaks("เกาะ") == ()
    assert cluster_breaks("องค์กร") == (1, 4, 5)


# --- columns ---------------------------------------------------------------------------------------------------


def test_narrow_columns_hold_their_widest_unbreakable_piece():
    level = Cell("ต้องปรับปรุงโดยด่วน", CENTER)
    period = Cell("๑๕ ม.ค. ๒๕๖๙ – ๓๐ มิ.ย. ๒๕๖๙", CENTER)
    numbered = Cell("๑. สำนักปลัด\n๒. กองการศึกษา ศาสนาและวัฒนธรรม", TEXT)
    widths = fit_columns([[level, period, numbered, Cell("ข้อความ")]], 1000, [None, None, None, 1.0])
    from itadesk.report.styles import style

    font, size = style(CENTER).fontName, style(CENTER).fontSize
    assert widths[0] >= text_width("ต้องปรับปรุง", font, size) + 12
    assert widths[0] < text_width("ต้องปรับปรุงโดยด่วน", font, size)
    assert widths[1] >= text_width("๓๐ มิ.ย. ๒๕๖๙", font, size) + 12
    marker = text_width("๑. ", style(TEXT).fontName, style(TEXT).fontSize)
    assert widths[2] >= marker + text_width("วัฒนธรรม", style(TEXT).fontName, style(TEXT).fontSize) + 12
    assert cell_width(level) == widths[0]
