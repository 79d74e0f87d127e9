import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from itadesk import i18n
from itadesk.paths import catalogs_dir

ROOT = Path(__file__).resolve().parent.parent


def source_messages() -> set[str]:
    found = extract_from_dir(
        str(ROOT / "itadesk"),
        method_map=[("**.py", "python")],
        keywords={"_": None, "N_": None, "th": None},
    )
    return {message for _file, _line, message, _comments, _context in found}


def thai_catalog():
    with (catalogs_dir() / "th" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return read_po(po, locale="th")


def test_every_source_string_has_a_thai_translation():
    catalog = thai_catalog()
    missing = sorted(m for m in source_messages() if not (catalog.get(m) and catalog.get(m).string))
    assert missing == []


def test_translations_keep_their_placeholders():
    for message in thai_catalog():
        if message.id:
            assert set(re.findall(r"{\w+}", message.id)) == set(re.findall(r"{\w+}", message.string)), message.id


def test_language_switch():
    i18n.set_language("en")
    assert i18n._("increased") == "increased"
    i18n.set_language("th")
    assert i18n._("increased") == "เพิ่มขึ้น"
    assert i18n.translator("th")("unchanged") == "เท่าเดิม"
