"""Reports drawn as grey pictures, page by page, to hold the PDF the program makes against reference renders.

The references in tests/data/report_renders were drawn from the report code as it was before its line breaking was
made faster; tests/data/report_renders/README.md says how to draw them again. Run as a script to draw them:

    PYTHONPATH=<a copy of the program to draw from> python tests/report_renders.py <folder>

It imports nothing from the tests package, so the program it draws with is the one on PYTHONPATH.
"""

import io
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

DPI = 80
AS_OF = date(2026, 3, 31)

# The reports drawn: name -> what makes it (see make_report).
REPORTS = ("sample", "invented", "invented-progress")


def invented_document():  # noqa: ANN201 - an AgencyDocument, imported from the program on the path
    """A made-up municipality unlike the sample: signers (the signature block), a year without the NACC's overall
    result (computed figures, a gap), its own analyses with web addresses, numbered lines, long compound words and
    Latin text, and a plan with measures of its own, empty cells and several responsible units."""
    from itadesk.domain.plan import MeasureStatus
    from itadesk.services.document import AgencyDocument, PeriodPart
    from itadesk.services.sample import sample_document

    document = sample_document().model_copy(deep=True)
    agency = document.agency
    agency.name = "เทศบาลตำบลหนองสองห้องพัฒนา"
    agency.kind = "เทศบาลตำบล"
    agency.district = "หนองสองห้อง"
    agency.province = "ขอนแก่น"
    agency.prepared_by_name = "นางสาวมาลัย ใจดีงาม"
    agency.prepared_by_position = "นักวิเคราะห์นโยบายและแผนชำนาญการ"
    agency.checked_by_name = "นายสมศักดิ์ ทองประเสริฐ"
    agency.checked_by_position = "ปลัดเทศบาลตำบลหนองสองห้องพัฒนา"
    agency.approved_by_name = "นายวีระพงษ์ ศรีสุวรรณ"
    agency.approved_by_position = "นายกเทศมนตรีตำบลหนองสองห้องพัฒนา"
    agency.responsible_units = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองสาธารณสุขและสิ่งแวดล้อม"]
    previous, current = document.assessments
    previous.scores = {n: Decimal(f"{80 + 1.37 * n:.2f}") for n in range(1, 11)}
    previous.official_overall = Decimal("86.12")
    previous.official_level = "ผ่าน"
    current.scores = {n: Decimal(f"{99.5 - 1.71 * n:.2f}") for n in range(1, 11) if n != 8}
    current.official_overall = None
    current.official_level = None
    current.overall_analysis = (
        "เทศบาลตำบลหนองสองห้องพัฒนาได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
        "(Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. 2568 ดีขึ้นจากปีก่อนในเกือบทุกตัวชี้วัด\n"
        "รายละเอียดเผยแพร่ที่ https://www.nongsonghong-phatthana.go.th/ita/2568/report-final.pdf และ "
        "www.nacc.go.th/ita เพื่อให้ประชาชนตรวจสอบได้ตลอดเวลา"
    )
    current.analyses = {
        1: "1. ปรับปรุงคู่มือการปฏิบัติงานทุกฉบับ\n2. เผยแพร่คู่มือทาง Facebook, Line OA และเว็บไซต์ของเทศบาลๆ ละครั้ง",
        4: "การใช้ทรัพย์สินของทางราชการยังขาดระเบียบขออนุญาตที่ชัดเจน ต้องจัดทำแนวทางปฏิบัติเรื่องการยืมพัสดุ"
        "ครุภัณฑ์และยานพาหนะของทางราชการให้เจ้าหน้าที่ทุกคนทราบภายในเดือนธันวาคม 2568",
        9: "การเปิดเผยข้อมูลตามแบบ OIT ข้อ O12 ถึง O26 ครบถ้วน ยกเว้นข้อ O26 ที่ยังไม่ได้รายงานผล",
    }
    measures = []
    for number, measure in enumerate(reversed(document.plans[0].measures[::2])):
        measure = measure.model_copy(deep=True)
        measure.title = f"{measure.title[:60]}โครงการที่ {number + 1} ของเทศบาลตำบลหนองสองห้องพัฒนา"
        if number % 3 == 0:
            measure.analysis = ""
        if number % 4 == 1:
            measure.steps = [*measure.steps, "รายงานผลต่อนายกเทศมนตรีทุก 3 เดือน (ไตรมาสละ 1 ครั้ง)"]
        if number % 5 == 2:
            measure.steps = []
        measure.responsible = ["สำนักปลัดเทศบาล", "กองคลัง"] if number % 2 else ["กองสาธารณสุขและสิ่งแวดล้อม"]
        measure.period = PeriodPart(start=date(2025, 10 + number % 3, 1), end=date(2026, 3 + number % 7, 28))
        statuses = (MeasureStatus.DONE, MeasureStatus.IN_PROGRESS, MeasureStatus.NOT_STARTED, MeasureStatus.CANCELLED)
        measure.status = statuses[number % 4]
        measure.progress = {0: 100, 1: 40 + number, 2: 0, 3: 0}[number % 4]
        measure.evidence = f"https://www.nongsonghong-phatthana.go.th/ita/o{number}" if number % 4 == 0 else ""
        measures.append(measure)
    document.plans[0].measures = measures
    return AgencyDocument.model_validate(document.model_dump())


def make_report(name: str, path: Path) -> None:
    """Write the report `name` (one of REPORTS) as a PDF at path."""
    from itadesk.services.document_report import report_data_from_document
    from itadesk.services.export import export_sample_pdf, write_report_file
    from itadesk.services.progress import progress_data_from_document, write_progress_pdf

    if name == "sample":
        export_sample_pdf(path)
    elif name == "invented":
        write_report_file(path, report_data_from_document(invented_document(), 2568), "pdf", None, "footer")
    elif name == "invented-progress":
        write_progress_pdf(progress_data_from_document(invented_document(), 2569, AS_OF), path)
    else:
        raise ValueError(f"no report {name!r}; reports: {', '.join(REPORTS)}")


def render_pages(pdf: Path, folder: Path) -> list[bytes]:
    """Each page of the PDF as 8-bit grey pixels at DPI (a binary PGM file's bytes: header and pixels)."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page-*.pgm"), key=lambda page: int(page.stem.rsplit("-", 1)[1]))
    return [page.read_bytes() for page in pages]


def png_of(pgm: bytes) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.open(io.BytesIO(pgm)).save(out, "PNG", optimize=True)
    return out.getvalue()


def pgm_of(png: Path) -> bytes:
    """A reference PNG as the PGM bytes pdftoppm writes (P5, width height, 255, the rows of pixels)."""
    from PIL import Image

    image = Image.open(png)
    if image.mode != "L":
        raise ValueError(f"{png.name} is not an 8-bit grey picture")
    width, height = image.size
    return f"P5\n{width} {height}\n255\n".encode("ascii") + image.tobytes()


def main(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        for name in REPORTS:
            pdf = work / f"{name}.pdf"
            make_report(name, pdf)
            for number, pgm in enumerate(render_pages(pdf, work / name), start=1):
                (folder / f"{name}-{number:02d}.png").write_bytes(png_of(pgm))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
