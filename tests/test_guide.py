"""The user guide: `itadesk guide` makes a real PDF, read back with poppler: every step's heading, the pictures taken
from this version's window in the same run (equal to fresh pictures of it, and named by their digest in the PDF's
metadata), Thai digits, lines broken only between words (the report's own check)."""

import hashlib
import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from PIL import Image

from itadesk.cli import main
from itadesk.guide import Pictures, ShortcutRow, make_guide
from itadesk.guide.source import PICTURES, GuideSourceError, Words, guide_source, parse, placeholders
from itadesk.i18n import translator
from itadesk.thai.digits import to_thai_digits_in_prose
from tests.linux_tools import poppler
from tests.report_text import page_count, pdf_text, squeeze
from tests.test_line_breaks import check_breaks

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# Pictures whose content does not depend on the day they are taken (the progress dialog shows today's date).
TIMELESS = ("greeting", "new-agency", "add-year", "indicators", "comparison", "plan", "file-menu", "help-menu")


@pytest.fixture(scope="module")
def guide(qapp, tmp_path_factory) -> tuple[Path, Path]:
    """The Thai guide made with the command line, and the pictures it kept."""
    folder = tmp_path_factory.mktemp("guide")
    pdf, shots = folder / "คู่มือ.pdf", folder / "shots"
    assert main(["guide", "-o", str(pdf), "--shots", str(shots)]) == 0
    return pdf, shots


def source_blocks(language: str = "th"):
    return parse(guide_source(language).read_text(encoding="utf-8"))


def info(pdf: Path) -> dict[str, str]:
    done = subprocess.run([poppler("pdfinfo"), "-enc", "UTF-8", str(pdf)], capture_output=True, check=True)
    return dict(re.findall(r"^([\w ]+):\s+(.*)$", done.stdout.decode("utf-8"), re.MULTILINE))


def embedded_pictures(pdf: Path, folder: Path) -> list[Path]:
    listed = subprocess.run(
        [poppler("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert len(listed.splitlines()) - 2 == len([b for b in source_blocks() if b.kind == "picture"])
    folder.mkdir(exist_ok=True)
    subprocess.run([poppler("pdfimages"), "-png", str(pdf), str(folder / "picture")], check=True)
    return sorted(folder.glob("picture-*.png"))


def pixels(path: Path) -> tuple[tuple[int, int], bytes]:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        return rgb.size, rgb.tobytes()


def test_every_step_is_in_the_guide_under_its_heading(guide):
    pdf, _shots = guide
    text = squeeze(pdf_text(pdf))
    steps = [block.text for block in source_blocks() if block.kind == "step"]
    assert len(steps) >= 12
    for step in steps:
        assert squeeze(to_thai_digits_in_prose(step)) in text, step
    # the contents, and the shortcuts read from the window, with their keys as they are printed on keyboards
    assert "สารบัญ" in text and "แป้นพิมพ์ลัด" in text
    assert "ส่งออกPDF…Ctrl+Eแฟ้ม" in text and "คู่มือการใช้งานF1วิธีใช้" in text
    assert page_count(pdf) >= 8


def test_the_guide_names_the_window_as_it_is(guide):
    """Menus, buttons and shortcuts come from the window's own words: what the guide says of them can be found."""
    pdf, _shots = guide
    text = squeeze(pdf_text(pdf))
    for said in ("แฟ้ม→ส่งออกรายงานผลการดำเนินการตามมาตรการ…", "สร้างหน่วยงานของฉัน…", "แก้ไข→เพิ่มปี…หรือกดCtrl+Shift+Y"):
        assert said in text
    assert "{" not in text and "}" not in text  # no placeholder left


def test_the_pictures_are_the_ones_taken_in_this_run(guide, tmp_path):
    pdf, shots = guide
    names = [block.marker for block in source_blocks() if block.kind == "picture"]
    embedded = embedded_pictures(pdf, tmp_path / "embedded")
    assert len(embedded) == len(names)
    for name, picture in zip(names, embedded, strict=True):
        assert pixels(picture) == pixels(shots / f"{name}.png"), name
    digest = hashlib.sha256()
    for name in sorted(set(names)):
        digest.update(name.encode() + b"\0" + (shots / f"{name}.png").read_bytes())
    meta = info(pdf)
    assert f"pictures {digest.hexdigest()}" in meta["Keywords"]
    assert f"version {VERSION}" in meta["Keywords"] and meta["Creator"] == f"ITA Desk {VERSION}"
    assert meta["Page size"].startswith("595.276 x 841.89")  # A4


def test_the_pictures_equal_fresh_pictures_of_this_window(guide, tmp_path):
    from itadesk.ui.guide_shots import take_pictures
    from itadesk.ui.main_window import MainWindow

    _pdf, shots = guide
    fresh = take_pictures(tmp_path / "fresh", MainWindow)
    assert set(fresh.files) == set(PICTURES)
    for name in TIMELESS:
        assert pixels(fresh.files[name]) == pixels(shots / f"{name}.png"), name


def test_numbers_are_thai_except_keys_and_what_is_typed(guide):
    pdf, _shots = guide
    text = pdf_text(pdf)
    assert "๑๒. " in text and "๒๕๖๖" in text  # steps, years
    assert pdf_text(pdf, 2, 2).startswith("-๒-") and not pdf_text(pdf, 1, 1).startswith("-")  # "- ๒ -" from page 2
    kept = re.compile(
        r"(?:Ctrl|Shift|Alt)(?:\+\w+)+|\bF1\b|ITA-2568-อบต\.โคกคอน\.pdf|sqlite3|O2[56]|\bA4\b|"
        + re.escape(VERSION)
        + r"\+[0-9a-f]{12}"
    )
    assert re.findall(r"[0-9]", kept.sub("", text)) == []


def test_lines_break_only_between_words(guide):
    pdf, _shots = guide
    assert check_breaks(pdf, []) >= 40


def test_the_english_guide_has_the_thai_guides_structure():
    thai, english = source_blocks("th"), source_blocks("en")
    assert [b.kind for b in thai] == [b.kind for b in english]
    assert [b.marker for b in thai if b.kind == "picture"] == [b.marker for b in english if b.kind == "picture"]
    assert [b.marker for b in thai if b.kind == "item"] == [b.marker for b in english if b.kind == "item"]
    steps = zip([b.text for b in thai if b.kind == "step"], [b.text for b in english if b.kind == "step"], strict=True)
    assert all(a.split()[0] == b.split()[0] for a, b in steps)  # the same numbers
    text = {language: guide_source(language).read_text(encoding="utf-8") for language in ("th", "en")}
    assert sorted(placeholders(text["th"])) == sorted(placeholders(text["en"]))


@pytest.mark.parametrize("language", ["th", "en"])
def test_every_word_of_the_window_the_guide_names_is_a_message_of_the_program(language):
    from babel.messages.pofile import read_po

    with (ROOT / "i18n" / language / "LC_MESSAGES" / "messages.po").open("rb") as po:
        known = {message.id for message in read_po(po) if message.id}
    for _kind, body in placeholders(guide_source(language).read_text(encoding="utf-8")):
        for part in body.split("|"):
            assert part in known, part


def _tiny_pictures(folder: Path, shortcuts: list[ShortcutRow]) -> Pictures:
    files = {}
    for index, name in enumerate(PICTURES):
        files[name] = folder / f"{name}.png"
        Image.new("RGB", (40 + index, 30), (index * 20, 90, 160)).save(files[name])
    return Pictures(files, shortcuts)


def test_a_shortcut_the_window_does_not_have_stops_the_guide(tmp_path):
    # all but one of the shortcuts the guide names
    t = translator("th")
    named = sorted({body for kind, body in placeholders(guide_source("th").read_text("utf-8")) if kind == "key"})
    rows = [ShortcutRow("", Words(t, {}).label(body), "Ctrl+K") for body in named[1:]]
    with pytest.raises(GuideSourceError, match="no shortcut"):
        make_guide(tmp_path / "g.pdf", lambda folder: _tiny_pictures(folder, rows), "th")
    assert not (tmp_path / "g.pdf").exists() and not list(tmp_path.glob("*.part"))
    rows.append(ShortcutRow("", Words(t, {}).label(named[0]), "Ctrl+K"))
    stamp = make_guide(tmp_path / "g.pdf", lambda folder: _tiny_pictures(folder, rows), "th")
    assert f"build {stamp.build}" in info(tmp_path / "g.pdf")["Keywords"]


def test_a_picture_the_program_does_not_take_is_refused():
    with pytest.raises(GuideSourceError, match="no picture 'old-window'"):
        parse("# T\n\n## 1. Step\n\n![An old picture](old-window)\n")


def test_a_guide_in_the_cache_is_made_again_when_its_sources_change(tmp_path, monkeypatch):
    from itadesk.guide import manual

    source, code = tmp_path / "manual-th.md", tmp_path / "window.py"
    source.write_text(guide_source("th").read_text(encoding="utf-8"), encoding="utf-8")
    code.write_text("TITLE = 'ITA Desk'\n", encoding="utf-8")
    assert (ROOT / "itadesk/ui/main_window.py") in manual.program_sources()
    monkeypatch.setattr(manual, "guide_source", lambda language: source)
    monkeypatch.setattr(manual, "program_sources", lambda: [code])  # held still: the checkout is being edited
    made = [manual.cached_guide("th")]
    assert manual.cached_guide("th") == made[0]
    source.write_text(source.read_text(encoding="utf-8") + "\nอีกย่อหน้าหนึ่ง\n", encoding="utf-8")
    made.append(manual.cached_guide("th"))
    code.write_text("TITLE = 'ITA Desk 2'\n", encoding="utf-8")
    made.append(manual.cached_guide("th"))
    assert len(set(made)) == 3
    assert all(path.name.startswith(f"manual-th-{VERSION}-") for path in made)
