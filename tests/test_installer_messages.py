"""installer/Thai.isl, the installer's Thai messages, against Inno Setup's English original installer/Default.isl."""

import re
from pathlib import Path

import pytest

INSTALLER = Path(__file__).resolve().parent.parent / "installer"
THAI = INSTALLER / "Thai.isl"
ENGLISH = INSTALLER / "Default.isl"
TEXT_SECTIONS = ("Messages", "CustomMessages")

# Messages made only of placeholders and units, which stay the same in Thai.
WITHOUT_THAI = {"ComponentSize1", "ComponentSize2", "UninstallDisplayNameMark", "UninstallDisplayNameMarks"}
# Latin words of four letters or more that stay: product and Windows names, a file name, Inno Setup's own names.
KEPT_WORDS = {"Windows", "Service", "Pack", "Power", "Users", "README", "RestartReplace", "RegSvr", "Inno", "Setup"}
KEPT_WORDS |= {"Desk"}  # ITA Desk
# Empty in English, worded in Thai: the note that marks the translation as such in the About box.
FILLED_IN_THAI = {"TranslatorNote"}


def read_isl(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The entries of each section, in order, as (key, value); comments and blank lines left out."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in path.read_bytes().decode("utf-8-sig").split("\r\n"):
        if not line.strip() or line.startswith(";"):
            continue
        if header := re.fullmatch(r"\[(\w+)\]", line):
            current = header.group(1)
            sections[current] = []
            continue
        assert current is not None, f"{path.name}: entry before any section: {line!r}"
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: not an entry: {line!r}"
        sections[current].append((key, value))
    return sections


def font_comments(path: Path) -> list[str]:
    return re.findall(r"^;\w+Font(?:Name|Size)=.*$", path.read_bytes().decode("utf-8-sig"), re.M)


PLACEHOLDER = re.compile(r"%[0-9n%]|\[(?:name|name/ver|gb|mb)\]")


def placeholders(value: str) -> list[str]:
    """%1…%9, %n and %% (Inno Setup's), and the [name]-style constants of the wizard pages."""
    return sorted(PLACEHOLDER.findall(value))


def accelerators(value: str) -> list[str]:
    """The letters marked with &, upper-cased (&& is a literal ampersand)."""
    return [letter.upper() for letter in re.findall(r"(?<!&)&([^&])", value.replace("&&", ""))]


ENGLISH_SECTIONS = read_isl(ENGLISH)
THAI_SECTIONS = read_isl(THAI)


def text_pairs() -> list[tuple[str, str, str]]:
    """(key, English, Thai) of every message, matched by position (test_same_sections_and_keys… checks the keys)."""
    return [
        (key, english, thai)
        for section in TEXT_SECTIONS
        for (key, english), (_, thai) in zip(ENGLISH_SECTIONS[section], THAI_SECTIONS[section], strict=True)
    ]


@pytest.mark.parametrize("path", [THAI, ENGLISH], ids=lambda path: path.name)
def test_file_is_utf8_with_bom_and_crlf(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    assert raw.endswith(b"\r\n")


def test_english_original_is_the_64_messages_file():
    first_line = ENGLISH.read_bytes().decode("utf-8-sig").split("\r\n")[0]
    assert first_line == "; *** Inno Setup version 6.4.0+ English messages ***"


def test_same_sections_and_keys_in_the_same_order():
    assert list(THAI_SECTIONS) == list(ENGLISH_SECTIONS) == ["LangOptions", *TEXT_SECTIONS]
    for section, entries in ENGLISH_SECTIONS.items():
        assert [key for key, _ in THAI_SECTIONS[section]] == [key for key, _ in entries], section


def test_language_options():
    assert dict(THAI_SECTIONS["LangOptions"]) == {
        "LanguageName": "ไทย",
        "LanguageID": "$041E",
        "LanguageCodePage": "874",
    }
    assert font_comments(THAI) == font_comments(ENGLISH)
    assert len(font_comments(ENGLISH)) == 8


def test_header_keeps_the_inno_setup_license_terms():
    header = "\n".join(
        line for line in THAI.read_bytes().decode("utf-8-sig").split("\r\n")[:45] if line.startswith(";")
    )
    for needed in (
        "Inno Setup version 6.4.0+ Thai messages",
        "translation of Inno Setup's Default.isl",
        "Copyright (C) 1997-2025 Jordan Russell. All rights reserved.",
        "Portions Copyright (C) 2000-2025 Martijn Laan. All rights reserved.",
        "Inno Setup License",
        "Modified versions in source or binary form must be plainly marked as such",
        "ITA Desk",
    ):
        assert needed in header, needed


def test_installer_script_looks_for_this_file():
    script = (INSTALLER / "itadesk.iss").read_text(encoding="utf-8-sig")
    assert 'AddBackslash(SourcePath) + "Thai.isl"' in script


def test_placeholders_kept():
    wrong = [key for key, english, thai in text_pairs() if placeholders(thai) != placeholders(english)]
    assert wrong == []


def test_accelerator_kept_as_english_letter_in_brackets():
    wrong = []
    for key, english, thai in text_pairs():
        letters = accelerators(english)
        if (
            thai.count("&") != english.count("&")
            or accelerators(thai) != letters
            or any(f"(&{letter})" not in thai for letter in letters)
        ):
            wrong.append(key)
    assert wrong == []


def test_no_period_at_the_end_and_ellipsis_kept():
    """Thai ends a sentence with no period: only an English "..." is kept (Inno Setup adds the periods it needs)."""
    wrong = [
        key
        for key, english, thai in text_pairs()
        if thai.endswith("...") != english.endswith("...") or (thai.endswith(".") and not thai.endswith("..."))
    ]
    assert wrong == []


def test_every_message_translated():
    empty = [key for key, english, thai in text_pairs() if not thai and (english or key in FILLED_IN_THAI)]
    added = [key for key, english, thai in text_pairs() if thai and not english and key not in FILLED_IN_THAI]
    without_thai = [
        key
        for key, _, thai in text_pairs()
        if thai and key not in WITHOUT_THAI and not re.search(r"[\u0e01-\u0e4c]", thai)
    ]
    changed = [key for key, english, thai in text_pairs() if key in WITHOUT_THAI and thai != english]
    assert (empty, added, without_thai, changed) == ([], [], [], [])


def test_no_english_left():
    left = {
        key: words
        for key, _, thai in text_pairs()
        if (words := set(re.findall(r"[A-Za-z]{4,}", PLACEHOLDER.sub(" ", thai))) - KEPT_WORDS)
    }
    assert left == {}


def test_program_words():
    """แฟ้ม for file (never ไฟล์) and ท่าน for you (never คุณ), as in the program."""
    wrong = [
        key
        for key, english, thai in text_pairs()
        if "ไฟล์" in thai
        or re.search("คุณ(?!สมบัติ|ภาพ|ค่า)", thai)  # คุณสมบัติ (attributes) is not "you"
        or (re.search(r"\bfiles?\b", english, re.I) and "แฟ้ม" not in thai)
    ]
    assert wrong == []
