from datetime import date
from decimal import Decimal

import pytest

from itadesk.thai.dates import fiscal_year_end, fiscal_year_of, fiscal_year_start, format_thai_date
from itadesk.thai.digits import from_thai_digits, to_thai_digits
from itadesk.thai.fonts import STYLES, font_path, licence_path
from itadesk.thai.numbers import format_integer, format_number, format_signed, parse_number
from itadesk.thai.text import display_width
from itadesk.thai.words import break_offsets, insert_breaks, segment


def test_digits_both_ways():
    assert to_thai_digits("98.27 / 2568") == "๙๘.๒๗ / ๒๕๖๘"
    assert from_thai_digits("๙๘.๒๗") == "98.27"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("98.27"), "๙๘.๒๗"),
        (Decimal("100"), "๑๐๐.๐๐"),
        (Decimal("1234.5"), "๑,๒๓๔.๕๐"),
        (Decimal("0.005"), "๐.๐๑"),
        (Decimal("97.435"), "๙๗.๔๔"),
        (Decimal("0.125"), "๐.๑๓"),
    ],
)
def test_numbers_in_thai_digits(value, text):
    assert format_number(value) == text


def test_signed_and_integers():
    assert format_signed(Decimal("0.73")) == "+๐.๗๓"
    assert format_signed(Decimal("-2.50")) == "-๒.๕๐"
    assert format_signed(Decimal("0")) == "๐.๐๐"
    assert format_integer(12) == "๑๒"
    assert format_number(Decimal("98.27"), thai_digits=False) == "98.27"


@pytest.mark.parametrize("text", ["๙๘.๒๗", "98.27", " 98.27 ", "๙๘.27"])
def test_parse_numbers_typed_either_way(text):
    assert parse_number(text) == Decimal("98.27")


@pytest.mark.parametrize("text", ["abc", "", "NaN", "๙๘..๒"])
def test_parse_refuses_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_thai_dates_in_the_buddhist_era():
    assert format_thai_date(date(2025, 10, 1)) == "๑ ตุลาคม พ.ศ. ๒๕๖๘"
    assert format_thai_date(date(2026, 9, 30)) == "๓๐ กันยายน พ.ศ. ๒๕๖๙"
    assert format_thai_date(date(2026, 2, 5), abbreviated=True) == "๕ ก.พ. ๒๕๖๙"


def test_fiscal_years():
    assert fiscal_year_start(2569) == date(2025, 10, 1)
    assert fiscal_year_end(2569) == date(2026, 9, 30)
    assert fiscal_year_of(date(2025, 9, 30)) == 2568
    assert fiscal_year_of(date(2025, 10, 1)) == 2569
    assert fiscal_year_of(date(2026, 9, 30)) == 2569


def test_font_files_and_licence_are_bundled():
    for style in STYLES:
        assert font_path(style).read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    assert "SIL Open Font License" in licence_path().read_text(encoding="utf-8")


def test_segmentation_keeps_the_text_and_formal_words_whole():
    text = "ผู้รับผิดชอบตัวชี้วัดที่ ๖ คือสำนักปลัดและเจ้าหน้าที่กองคลัง"
    tokens = segment(text)
    assert "".join(tokens) == text
    for word in ("ผู้รับผิดชอบ", "ตัวชี้วัด", "สำนักปลัด", "เจ้าหน้าที่", "กองคลัง"):
        assert word in tokens


def test_breaks_fall_between_thai_words_only():
    text = "การประเมินคุณธรรม (๙๕.๕๑) https://www.khokkhonlocal.go.th ทุกคนๆ"
    # a web address breaks only after / . - ? & =
    assert insert_breaks(text, "|") == "การประเมิน|คุณธรรม (๙๕.๕๑) https://|www.|khokkhonlocal.|go.|th ทุกคนๆ"
    assert list(break_offsets("")) == []


def test_display_width_ignores_marks():
    assert display_width("ที่") == 1
    assert display_width("น้ำ") == 2


def test_prose_digits_spare_web_addresses():
    from itadesk.thai.digits import to_thai_digits_in_prose

    text = "ดูที่ https://www.example.go.th/page?id=25 หรือ www.localmooc.com/2568 ภายใน 30 วัน"
    assert to_thai_digits_in_prose(text) == (
        "ดูที่ https://www.example.go.th/page?id=25 หรือ www.localmooc.com/2568 ภายใน ๓๐ วัน"
    )


def test_guidelines_and_channels_are_not_cut_before_official():
    for text, word in [
        ("จัดทำแนวทางการปฏิบัติงาน", "แนวทาง"),
        ("เพิ่มช่องทางการร้องเรียน", "ช่องทาง"),
        ("ปรับปรุงตามกระบวนการทำงาน", "กระบวนการ"),
        ("จัดทำโครงการอบรม", "โครงการ"),
        ("ดำเนินการตามแผน", "ดำเนินการ"),
        ("ตรวจสอบพฤติกรรมการทุจริต", "พฤติกรรม"),
        ("ตอบสนองความต้องการ", "ตอบสนอง"),
    ]:
        tokens = segment(text)
        assert "".join(tokens) == text
        assert any(token.endswith(word) for token in tokens), tokens


def test_prose_digits_keep_ita_codes_and_email_as_written():
    from itadesk.thai.digits import to_thai_digits_in_prose

    text = "เผยแพร่ข้อ O12 และ EB16 ภายใน 30 วัน ติดต่อ saraban2@khokkhon.go.th"
    assert to_thai_digits_in_prose(text) == "เผยแพร่ข้อ O12 และ EB16 ภายใน ๓๐ วัน ติดต่อ saraban2@khokkhon.go.th"
