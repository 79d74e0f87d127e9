import os
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

import itadesk.i18n
import itadesk.paths
from itadesk import i18n
from itadesk.paths import catalogs_dir

ROOT = Path(__file__).resolve().parent.parent
APP_LANGUAGES = ("th", "en")
CATALOGS = [("th", "messages"), ("en", "messages"), ("th", "qt")]


def source_messages() -> set[str]:
    found = extract_from_dir(
        str(ROOT / "itadesk"),
        method_map=[("**.py", "python")],
        keywords={"_": None, "N_": None, "th": None},
    )
    return {message for _file, _line, message, _comments, _context in found}


def read_catalog(language: str, domain: str = "messages", folder: Path | None = None):
    with ((folder or catalogs_dir()) / language / "LC_MESSAGES" / f"{domain}.po").open("rb") as po:
        return read_po(po, locale=language)


def placeholders(text: str) -> set[str]:
    """{name} in the program's strings; %1, %L2, %n in Qt's."""
    return set(re.findall(r"{\w+}|%L?\d|%n", text))


@pytest.mark.parametrize("language", APP_LANGUAGES)
def test_every_source_string_has_a_translation(language):
    catalog = read_catalog(language)
    missing = sorted(m for m in source_messages() if not (catalog.get(m) and catalog.get(m).string))
    assert missing == []


@pytest.mark.parametrize("language", APP_LANGUAGES)
def test_every_template_entry_is_in_the_catalog(language):
    with (catalogs_dir() / "messages.pot").open("rb") as pot:
        template = {message.id for message in read_po(pot) if message.id}
    assert template - {message.id for message in read_catalog(language)} == set()


@pytest.mark.parametrize(("language", "domain"), CATALOGS)
def test_every_entry_is_translated_and_keeps_its_placeholders(language, domain):
    entries = [message for message in read_catalog(language, domain) if message.id]
    assert entries
    for message in entries:
        assert message.string and not message.fuzzy, message.id
        assert placeholders(message.id) == placeholders(message.string), message.id


def test_language_switch():
    i18n.set_language("en")
    assert i18n._("increased") == "increased"
    assert i18n.current_language() == "en"
    i18n.set_language("th")
    assert i18n._("increased") == "เพิ่มขึ้น"
    assert i18n.translator("th")("unchanged") == "เท่าเดิม"
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_english_reads_as_english_where_the_source_string_would_not():
    assert i18n.translator("en")("{count} measures").format(count=1) == "measures: 1"


@pytest.fixture
def catalogs_copy(tmp_path, monkeypatch):
    """The catalogs copied into a temporary folder, which the program reads instead of its own."""
    copy = tmp_path / "i18n"
    shutil.copytree(catalogs_dir(), copy, ignore=shutil.ignore_patterns("*.mo"))
    with monkeypatch.context() as patch:  # undone here, before the cache is emptied for the real catalogs
        patch.setattr(itadesk.paths, "catalogs_dir", lambda: copy)
        patch.setattr(i18n, "catalog_cache_dir", lambda: tmp_path / "cache")
        i18n.translations.cache_clear()
        yield copy
    i18n.translations.cache_clear()
    i18n.set_language(i18n.current_language())


def compile_catalogs(folder: Path) -> None:
    CommandLineInterface().run(["pybabel", "compile", "-d", str(folder), "-D", "messages qt"])


def every_message(language: str, domain: str) -> dict[tuple[str | None, str], str]:
    reading = i18n.translations(language, domain)
    return {
        (m.context, m.id): reading.pgettext(m.context, m.id) if m.context else reading.gettext(m.id)
        for m in read_catalog(language, domain)
        if m.id
    }


def test_compiled_catalogs_are_read_when_present_and_the_po_files_otherwise(catalogs_copy, monkeypatch):
    from_po = {catalog: every_message(*catalog) for catalog in CATALOGS}
    compile_catalogs(catalogs_copy)
    for language, domain in CATALOGS:
        assert (catalogs_copy / language / "LC_MESSAGES" / f"{domain}.mo").exists()
    i18n.translations.cache_clear()

    def no_po_reading(*_args, **_kwargs):
        raise AssertionError("a .po file was read although its .mo is there")

    with monkeypatch.context() as patch:
        patch.setattr(itadesk.i18n, "_compile", no_po_reading)
        from_mo = {catalog: every_message(*catalog) for catalog in CATALOGS}
    assert from_mo == from_po
    assert from_mo[("th", "messages")][(None, "increased")] == "เพิ่มขึ้น"
    assert from_mo[("th", "qt")][("QPlatformTheme", "Cancel")] == "ยกเลิก"


def test_a_compiled_catalog_older_than_its_po_file_is_not_read(catalogs_copy):
    compile_catalogs(catalogs_copy)
    po_path, mo_path = i18n.catalog_files("th")
    po_path.write_text(po_path.read_text(encoding="utf-8").replace('msgstr "เพิ่มขึ้น"', 'msgstr "สูงขึ้น"'), encoding="utf-8")
    stat = mo_path.stat()
    os.utime(po_path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    i18n.translations.cache_clear()
    assert i18n.translator("th")("increased") == "สูงขึ้น"


def test_mo_files_stay_out_of_version_control():
    assert "*.mo" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()


def test_a_po_file_is_compiled_once_and_again_when_it_changes(catalogs_copy, monkeypatch):
    cache = catalogs_copy.parent / "cache"
    first = i18n.translator("th")("increased")
    kept = sorted(path.name for path in cache.iterdir())
    assert first == "เพิ่มขึ้น" and any(name.startswith("th-messages-") for name in kept)
    i18n.translations.cache_clear()

    def no_po_reading(*_args, **_kwargs):
        raise AssertionError("the .po file was read again although it did not change")

    with monkeypatch.context() as patch:
        patch.setattr(itadesk.i18n, "_compile", no_po_reading)
        assert i18n.translator("th")("increased") == "เพิ่มขึ้น"  # from the cache
    po_path, _mo_path = i18n.catalog_files("th")
    po_path.write_text(po_path.read_text(encoding="utf-8").replace('msgstr "เพิ่มขึ้น"', 'msgstr "สูงขึ้น"'), encoding="utf-8")
    i18n.translations.cache_clear()
    assert i18n.translator("th")("increased") == "สูงขึ้น"
    assert len(list(cache.glob("th-messages-*.mo"))) == 1  # the older compiled catalog is gone


def test_a_damaged_compiled_catalog_in_the_cache_is_compiled_again(catalogs_copy):
    i18n.translator("th")("increased")
    for kept in (catalogs_copy.parent / "cache").glob("th-messages-*.mo"):
        kept.write_bytes(b"not a catalog")
    i18n.translations.cache_clear()
    assert i18n.translator("th")("increased") == "เพิ่มขึ้น"
