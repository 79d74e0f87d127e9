"""THIRD-PARTY-NOTICES: every distribution installed from pyproject.toml's dependencies, with its licence text read
from its metadata; a bundled distribution without one stops the generator."""

import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from itadesk import notices
from itadesk.notices import MissingLicenceText, collect_notices, normalized, render, sections, write_notices

ROOT = Path(__file__).resolve().parent.parent


def installed_from_dependencies() -> dict[str, metadata.Distribution]:
    """The distributions pyproject.toml's dependencies bring in, walked with packaging's own marker evaluation."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    found: dict[str, metadata.Distribution] = {}
    todo = [(Requirement(text), set()) for text in dependencies]
    while todo:
        requirement, _from_extras = todo.pop()
        key = normalized(requirement.name)
        if key in found:
            continue
        found[key] = metadata.distribution(requirement.name)
        for text in found[key].requires or []:
            sub = Requirement(text)
            asked = requirement.extras or {""}
            if sub.marker is None or any(sub.marker.evaluate({"extra": extra}) for extra in asked):
                todo.append((sub, requirement.extras))
    return found


@pytest.fixture(scope="module")
def made() -> list[notices.Notice]:
    return collect_notices()


def test_every_distribution_installed_from_the_dependencies_has_its_licence_text(made):
    expected = installed_from_dependencies()
    assert {"pyside6-essentials", "shiboken6", "reportlab", "uharfbuzz", "pillow", "lxml"} <= set(expected)
    by_name = {normalized(notice.name): notice for notice in made if notice.distribution}
    assert set(by_name) == set(expected)
    for key, dist in expected.items():
        notice = by_name[key]
        assert notice.version == dist.version
        assert any(len(text.text) > 200 for text in notice.texts), key  # a licence, not only a pointer to one


def test_the_texts_are_the_files_the_distributions_carry(made):
    by_name = {normalized(notice.name): notice for notice in made}
    sqlalchemy = metadata.distribution("SQLAlchemy")
    assert sqlalchemy.read_text("licenses/LICENSE") in [text.text for text in by_name["sqlalchemy"].texts]
    assert by_name["sqlalchemy"].licence == sqlalchemy.metadata["License-Expression"]
    # a licence file in Latin-1 and several of them in one distribution
    assert len(by_name["pypdfium2"].texts) > 5


def test_qt_is_under_the_lgpl_with_where_its_source_is(made):
    for name in ("pyside6-essentials", "shiboken6"):
        notice = next(n for n in made if normalized(n.name) == name)
        assert "used under LGPL-3.0-only" in notice.licence
        # the licence it is used under first, then whatever its wheel carries (on Windows, Qt's commercial terms)
        assert [text.name for text in notice.texts][:2] == ["LGPL-3.0.txt", "GPL-3.0.txt"]
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice.texts[0].text
        assert "https://download.qt.io/official_releases/qt/" in notice.note
        assert "replaced" in notice.note and notice.version in notice.note


def test_the_program_python_the_font_and_the_word_list_are_there(made):
    titles = [notice.title for notice in made]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert titles[0] == f"ITA Desk {version}"
    assert "MIT License" in made[0].texts[0].text
    assert titles[1].startswith("Python 3.")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in made[1].texts[0].text
    font, words = made[-2], made[-1]
    assert font.texts[0].text == (ROOT / "resources/fonts/OFL.txt").read_text(encoding="utf-8")
    assert words.licence == "CC0-1.0" and "CC0 1.0 Universal" in words.texts[0].text


def _fake_distribution(folder: Path, name: str, meta: str, files: dict[str, str] | None = None):
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.4\nName: {name}\nVersion: 1.0\n{meta}", encoding="utf-8")
    record = []
    for relative, text in (files or {}).items():
        path = info / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        record.append(f"{info.name}/{relative},,")
    (info / "RECORD").write_text("\n".join([*record, f"{info.name}/METADATA,,"]) + "\n", encoding="utf-8")
    return metadata.PathDistribution(info)


def _finder(**fakes):
    def find(name: str) -> metadata.Distribution:
        return fakes.get(normalized(name).replace("-", "_")) or metadata.distribution(name)

    return find


def test_a_bundled_distribution_without_licence_text_stops_the_generator(tmp_path):
    bare = _fake_distribution(tmp_path, "bare_pkg", "License: MIT\n")
    with pytest.raises(MissingLicenceText, match=r"bare_pkg 1\.0 carries no licence text.*declared licence: MIT"):
        collect_notices(requirements=["filelock==4.2.11", "bare-pkg"], find=_finder(bare_pkg=bare))


def test_a_dependency_of_a_dependency_without_licence_text_stops_it_too(tmp_path):
    bare = _fake_distribution(tmp_path, "bare_pkg", "License-Expression: MIT\n")
    parent = _fake_distribution(
        tmp_path,
        "parent_pkg",
        "License-Expression: MIT\nLicense-File: LICENSE\n"
        "Requires-Dist: bare-pkg\nRequires-Dist: absent; extra == 'x'\n",
        {"licenses/LICENSE": "Permission is hereby granted " * 20},
    )
    with pytest.raises(MissingLicenceText, match="bare_pkg"):
        collect_notices(requirements=["parent-pkg"], find=_finder(bare_pkg=bare, parent_pkg=parent))


def test_licence_files_of_the_metadata_and_a_whole_text_in_the_license_field_count(tmp_path):
    text = "Copyright (c) the authors.\n" + "Redistribution and use in source and binary forms are permitted. " * 5
    licensed = _fake_distribution(
        tmp_path, "licensed_pkg", "License-Expression: BSD-3-Clause\nLicense-File: COPYING.txt\n",
        {"licenses/COPYING.txt": text, "NOTICE": "Notice of the authors, " * 20},
    )  # fmt: skip
    old_style = _fake_distribution(tmp_path, "old_pkg", "License: " + text.replace("\n", "\n        ") + "\n")
    found = collect_notices(
        requirements=["licensed-pkg", "old-pkg"], find=_finder(licensed_pkg=licensed, old_pkg=old_style)
    )
    by_name = {notice.name: notice for notice in found}
    assert [t.name for t in by_name["licensed_pkg"].texts] == ["COPYING.txt", "NOTICE"]
    assert by_name["licensed_pkg"].texts[0].text == text
    assert "Redistribution and use" in by_name["old_pkg"].texts[0].text


def test_a_supplied_text_must_be_of_the_licence_the_distribution_declares(tmp_path):
    other = _fake_distribution(tmp_path, "shiboken6", "License: Proprietary\n")
    with pytest.raises(MissingLicenceText, match="not LGPL-3.0-only"):
        collect_notices(requirements=["shiboken6"], find=_finder(shiboken6=other))


def test_a_required_distribution_that_is_not_installed_stops_it():
    with pytest.raises(MissingLicenceText, match="no-such-distribution-here is required but not installed"):
        collect_notices(requirements=["no-such-distribution-here"])


def test_the_file_reads_back_part_by_part(tmp_path, made):
    target = tmp_path / "THIRD-PARTY-NOTICES.txt"
    done = subprocess.run(
        [sys.executable, "-m", "itadesk.notices", str(target)], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # marked as UTF-8 for Notepad and the installer
    text = target.read_text(encoding="utf-8-sig")
    assert text == render(made)
    parts = sections(text)
    assert [part.title for part in parts[1:]] == [notice.title for notice in made]
    for part, notice in zip(parts[1:], made, strict=True):
        assert notice.texts[0].text.strip()[:200] in part.body
    assert all(f"  - {notice.title}: {notice.licence}" in parts[0].body for notice in made)


def test_write_notices_adds_what_else_the_build_bundles(tmp_path):
    written = write_notices(tmp_path / "n.txt", also=["pytest"])
    names = [normalized(notice.name) for notice in written]
    assert "pytest" in names and "pluggy" not in names  # the build tool, not what it needs to run
    assert re.search(r"^pytest \d", (tmp_path / "n.txt").read_text(encoding="utf-8-sig"), re.MULTILINE)
