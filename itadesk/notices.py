"""The licences of ITA Desk and of everything a build of it bundles: THIRD-PARTY-NOTICES.txt.

Made from what is installed, never typed by hand: the distributions pyproject.toml's dependencies name, and all they
require in turn (extras followed, markers judged by what is installed here), each with the licence its metadata
declares (License-Expression, License) and the texts it carries (the License-File entries of its dist-info, and
files named LICENSE*, LICENCE*, COPYING* or NOTICE* among its files); then the Python it runs on, the Sarabun font
and the Thai word list. A distribution whose metadata carries no licence text stops the generator
(MissingLicenceText), unless resources/licenses/ supplies the text of the licence it declares (Qt for Python, which
ships none); so a new dependency cannot slip into a build without its licence.

    python -m itadesk.notices OUT.txt [--also pyinstaller]

`--also` adds distributions a build puts in the bundle besides the dependencies (PyInstaller's bootloader).
A frozen build carries the file it made (bundled_notices()); elsewhere notices_text() makes it on the fly.
"""

import argparse
import re
import sys
import sysconfig
import textwrap
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

from itadesk import __version__
from itadesk.paths import resources_dir

NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
PROJECT = "itadesk"
RULE = "=" * 78
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?[^;]*(?:;(.*))?$")
HOME_LABELS = {"homepage", "home", "source", "repository", "source code"}
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")

# Distributions whose metadata declares a licence but ships no text of it: the texts in resources/licenses/ for the
# licence ITA Desk uses them under, which their declaration must name.
QT_NOTE = (
    "PySide6-Essentials and shiboken6 hold the Qt {version} libraries (Qt6Core, Qt6Gui, Qt6Widgets, "
    "Qt6PrintSupport and the plugins they load), which ITA Desk uses under the GNU Lesser General Public License "
    "version 3. They are separate shared libraries (DLL files in the program's folder) that ITA Desk loads when it "
    "starts, and they can be replaced with another build of the same Qt version, modified or not, without changing "
    "ITA Desk. The source code of Qt is available at https://download.qt.io/official_releases/qt/ (this version: "
    "https://download.qt.io/official_releases/qt/{series}/{version}/), that of Qt for Python (PySide6 and "
    "shiboken6) at https://download.qt.io/official_releases/QtForPython/ and "
    "https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{version}). The licences of the third-party parts "
    "inside Qt are listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html."
)


@dataclass(frozen=True)
class Supplied:
    licence: str  # the SPDX id ITA Desk takes of what the distribution declares
    files: tuple[str, ...]  # in resources/licenses/
    note: str = ""


SUPPLIED = {
    "pyside6-essentials": Supplied("LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt"), QT_NOTE),
    "shiboken6": Supplied("LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt"), QT_NOTE),
}


class MissingLicenceText(RuntimeError):
    """A bundled distribution whose metadata carries no licence text (and none is supplied for it)."""


@dataclass(frozen=True)
class LicenceText:
    name: str  # the file it was read from
    text: str


@dataclass(frozen=True)
class Notice:
    """One part of the program: its name and version, the licence it declares and the texts of it."""

    name: str
    version: str
    licence: str
    texts: tuple[LicenceText, ...]
    home: str = ""
    note: str = ""
    distribution: bool = field(default=True, compare=False)  # False for the program itself, Python, font, words

    @property
    def title(self) -> str:
        return f"{self.name} {self.version}".strip()


def normalized(name: str) -> str:
    """A distribution's name as PEP 503 compares it."""
    return re.sub(r"[-_.]+", "-", name).lower()


# --- which distributions --------------------------------------------------------------------------------------------


def _checkout_pyproject() -> Path | None:
    candidate = Path(__file__).resolve().parent.parent / "pyproject.toml"
    return candidate if candidate.is_file() else None


def project_requirements() -> list[str]:
    """pyproject.toml's [project] dependencies (in a checkout), else those of the installed itadesk."""
    pyproject = _checkout_pyproject()
    if pyproject is not None:
        return list(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"])
    return [r for r in metadata.requires(PROJECT) or [] if not _EXTRA.search(r)]


def _parse(requirement: str) -> tuple[str, set[str], str]:
    match = _REQUIREMENT.match(requirement)
    if match is None:
        raise ValueError(f"cannot read the requirement {requirement!r}")
    name, extras, marker = match.groups()
    return name, {normalized(e) for e in (extras or "").split(",") if e.strip()}, (marker or "").strip()


def _holds_everywhere(marker: str) -> bool:
    """A marker with no condition but extras (already judged): the requirement must be installed."""
    rest = re.sub(r"\band\b|\bor\b|[()\s]", "", _EXTRA.sub("", marker))
    return not rest


def bundled_distributions(
    requirements: Iterable[str], find: Callable[[str], metadata.Distribution] = metadata.distribution
) -> list[metadata.Distribution]:
    """The distributions the requirements bring in, recursively, each once, by name.

    A requirement that holds only for an extra is followed when that extra is asked for; one with another marker
    (a platform, a Python version) when it is installed, as the installer judged it for this machine. A plain
    requirement that is not installed is an error: the notices would miss it.
    """
    found: dict[str, metadata.Distribution] = {}
    todo = [(requirement, _holds_everywhere(_parse(requirement)[2])) for requirement in requirements]
    asked: dict[str, set[str]] = {}
    while todo:
        requirement, needed = todo.pop(0)
        name, extras, _marker = _parse(requirement)
        key = normalized(name)
        try:
            dist = find(name)
        except metadata.PackageNotFoundError:
            if needed:
                raise MissingLicenceText(f"{name} is required but not installed: its licence cannot be read") from None
            continue
        new_extras = extras - asked.get(key, set())
        if key in found and not new_extras:
            continue
        found[key] = dist
        asked.setdefault(key, set()).update(extras)
        for sub in dist.requires or []:
            _name, _extras, marker = _parse(sub)
            wanted = {normalized(e) for e in _EXTRA.findall(marker)}
            if wanted and not wanted & asked[key]:
                continue
            todo.append((sub, _holds_everywhere(marker)))
    return sorted(found.values(), key=lambda d: normalized(d.metadata["Name"]))


# --- their licences -------------------------------------------------------------------------------------------------


def declared_licence(dist: metadata.Distribution) -> str:
    """License-Expression, else the License field when it is a name (not a whole text), else the classifiers'."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) <= 200:
        return licence
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or ("see the licence text" if licence else "")


def _dist_info_name(dist: metadata.Distribution) -> str | None:
    path = getattr(dist, "_path", None)  # PathDistribution's folder: the only way to it importlib offers
    return Path(path).name if path is not None else None


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # an old licence file in Latin-1 (© as one byte)
        return data.decode("latin-1")


def _read_text(dist: metadata.Distribution, relative: str) -> str | None:
    """A file of the dist-info folder, whatever its encoding; None when it is not there."""
    try:
        return dist.read_text(relative)
    except UnicodeDecodeError:
        return _decoded(Path(dist._path).joinpath(relative).read_bytes())  # PathDistribution's folder


def licence_texts(dist: metadata.Distribution) -> list[LicenceText]:
    """The licence files the distribution carries: its License-File entries (PEP 639 puts them in the dist-info's
    licenses/ folder, older tools in the dist-info itself) and its files named LICENSE*, COPYING*, NOTICE*."""
    texts: dict[str, LicenceText] = {}

    def add(name: str, text: str | None) -> None:
        if text and text.strip() and text not in {t.text for t in texts.values()}:
            texts.setdefault(name, LicenceText(name, text))

    for entry in dist.metadata.get_all("License-File") or []:
        for where in (f"licenses/{entry}", entry):
            text = _read_text(dist, where)
            if text:
                add(entry, text)
                break
    info = _dist_info_name(dist)
    for file in dist.files or []:
        posix = PurePosixPath(str(file))
        if not _LICENCE_NAME.match(posix.name) or posix.suffix in {".py", ".pyc", ".pyi"}:
            continue
        inside = posix.parts[0] == info if info else posix.parts[0].endswith(".dist-info")
        relative = str(PurePosixPath(*posix.parts[1:])) if inside else str(posix)
        if relative in texts or (inside and relative.removeprefix("licenses/") in texts):
            continue
        try:
            add(relative.removeprefix("licenses/") if inside else relative, _decoded(file.read_binary()))
        except OSError:
            continue
    licence = dist.metadata.get("License") or ""
    if not texts and "\n" in licence.strip() and len(licence) > 200:  # the whole text in the License field
        add("License (metadata)", licence)
    return list(texts.values())


def _supplied_texts(files: Sequence[str]) -> tuple[LicenceText, ...]:
    folder = resources_dir() / "licenses"
    return tuple(LicenceText(name, (folder / name).read_text(encoding="utf-8")) for name in files)


def distribution_notice(dist: metadata.Distribution) -> Notice:
    """The notice of one distribution; MissingLicenceText when it carries no licence text."""
    meta = dist.metadata
    name, version = meta["Name"], dist.version
    declared = declared_licence(dist)
    urls = [url.partition(",") for url in meta.get_all("Project-URL") or []]
    preferred = [address.strip() for label, _comma, address in urls if label.strip().lower() in HOME_LABELS]
    home = meta.get("Home-page") or next(iter(preferred), "") or next((a.strip() for _l, _c, a in urls), "")
    texts = tuple(licence_texts(dist))
    note = ""
    # A distribution ITA Desk takes under one of its licences (Qt's, under the LGPL) gets that licence's text and
    # the note on its source, whether or not its wheel carries texts of its own (the Windows wheels of PySide6 do).
    supplied = SUPPLIED.get(normalized(name))
    if not texts and supplied is None:
        raise MissingLicenceText(
            f"{name} {version} carries no licence text in its metadata (declared licence: {declared or 'none'}); "
            "add its text to resources/licenses/ and to itadesk.notices.SUPPLIED, or do not bundle it"
        )
    if supplied is not None:
        if supplied.licence not in declared:
            raise MissingLicenceText(
                f"{name} {version} declares {declared!r}, not {supplied.licence}, the licence whose text is supplied"
            )
        own = _supplied_texts(supplied.files)  # first: the licence the program takes it under
        texts = own + tuple(part for part in texts if part.text.strip() not in {o.text.strip() for o in own})
        declared = f"{declared} (used under {supplied.licence})"
        series = ".".join(version.split(".")[:2])
        note = supplied.note.format(version=version, series=series)
    return Notice(name, version, declared, texts, home, note)


# --- the program, Python, the font and the word list ----------------------------------------------------------------


def program_notice() -> Notice:
    """ITA Desk's own licence: its distribution's licence file, else the checkout's (or a frozen build's) LICENSE."""
    texts: list[LicenceText] = []
    declared = "MIT"
    try:
        dist = metadata.distribution(PROJECT)
        texts = licence_texts(dist)
        declared = declared_licence(dist) or declared
    except metadata.PackageNotFoundError:
        pass
    if not texts:
        for folder in (Path(__file__).resolve().parent.parent, Path(getattr(sys, "_MEIPASS", "") or ".")):
            if (folder / "LICENSE").is_file():
                texts = [LicenceText("LICENSE", (folder / "LICENSE").read_text(encoding="utf-8"))]
                break
    if not texts:
        raise MissingLicenceText("ITA Desk's own LICENSE file is not found")
    return Notice("ITA Desk", program_version(), declared, tuple(texts), distribution=False)


def program_version() -> str:
    """The installed package's version (pyproject.toml's), else the one the package states."""
    try:
        return metadata.version(PROJECT)
    except metadata.PackageNotFoundError:
        return __version__


def python_notice() -> Notice:
    """The Python interpreter and standard library a build carries, with Python's LICENSE.txt."""
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE",
    ]
    for candidate in candidates:
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8", errors="replace")
            version = ".".join(str(part) for part in sys.version_info[:3])
            texts = (LicenceText("LICENSE.txt", text),)
            return Notice("Python", version, "PSF-2.0", texts, "https://www.python.org/", distribution=False)
    raise MissingLicenceText(f"Python's LICENSE.txt is not found (looked at {', '.join(map(str, candidates))})")


def font_notice() -> Notice:
    ofl = resources_dir() / "fonts" / "OFL.txt"
    return Notice(
        "Sarabun (fonts)",
        "",
        "OFL-1.1",
        (LicenceText("resources/fonts/OFL.txt", ofl.read_text(encoding="utf-8")),),
        "https://github.com/cadsondemak/Sarabun",
        "The four Sarabun font files (Regular, Bold, Italic, Bold Italic) in resources/fonts/, used in the window "
        "and embedded in the reports.",
        distribution=False,
    )


def dictionary_notice() -> Notice:
    return Notice(
        "PyThaiNLP word list (words_th.txt)",
        "5.4.0",
        "CC0-1.0",
        _supplied_texts(("CC0-1.0.txt",)),
        "https://github.com/PyThaiNLP/pythainlp",
        "resources/dictionary/words_th.txt is the Thai word list of the PyThaiNLP project "
        "(pythainlp/corpus/words_th.txt, version 5.4.0), which its pythainlp/corpus/corpus_license.md releases under "
        "the Creative Commons Zero 1.0 Universal public domain dedication. resources/dictionary/words_itadesk.txt "
        "is ITA Desk's own, under ITA Desk's licence.",
        distribution=False,
    )


def collect_notices(
    also: Sequence[str] = (),
    requirements: Sequence[str] | None = None,
    find: Callable[[str], metadata.Distribution] = metadata.distribution,
) -> list[Notice]:
    """Every notice: the program, Python, each bundled distribution (the project's requirements, recursively, and
    the distributions named in `also`, without theirs), the font and the word list. Raises MissingLicenceText
    naming every distribution without a licence text."""
    dists = bundled_distributions(project_requirements() if requirements is None else requirements, find)
    known = {normalized(dist.metadata["Name"]) for dist in dists}
    for name in also:  # only that distribution: a build tool's own requirements stay out of the bundle
        if normalized(name) not in known:
            try:
                dists.append(find(name))
            except metadata.PackageNotFoundError:
                raise MissingLicenceText(f"{name} is bundled but not installed: its licence cannot be read") from None
            known.add(normalized(name))
    dists.sort(key=lambda dist: normalized(dist.metadata["Name"]))
    notices, missing = [], []
    for dist in dists:
        try:
            notices.append(distribution_notice(dist))
        except MissingLicenceText as problem:
            missing.append(str(problem))
    if missing:
        raise MissingLicenceText("\n".join(missing))
    return [program_notice(), python_notice(), *notices, font_notice(), dictionary_notice()]


# --- the file -------------------------------------------------------------------------------------------------------


def render(notices: Sequence[Notice]) -> str:
    """The notices as one plain text: a list of the parts, then each part's section."""
    lines = [
        f"ITA Desk {program_version()}: licences of the program and of everything it bundles",
        "",
        "Made by itadesk.notices from the metadata of the installed packages and the bundled files.",
        "",
    ]
    lines += [f"  - {notice.title}: {notice.licence}" for notice in notices]
    for notice in notices:
        lines += ["", "", RULE, notice.title, RULE, f"Licence: {notice.licence}"]
        if notice.home:
            lines.append(f"Home page: {notice.home}")
        if notice.note:
            lines += ["", textwrap.fill(notice.note, width=len(RULE), break_on_hyphens=False, break_long_words=False)]
        for text in notice.texts:
            lines += ["", f"----- {text.name} -----", "", text.text.replace("\r\n", "\n").rstrip()]
    return "\n".join(lines) + "\n"


def write_notices(path: Path | str, also: Sequence[str] = ()) -> list[Notice]:
    """Write THIRD-PARTY-NOTICES to path (UTF-8); returns the notices written."""
    notices = collect_notices(also)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # UTF-8 with a byte-order mark: Notepad and the installer (Inno Setup) read it as UTF-8 only with one
    target.write_text(render(notices), encoding="utf-8-sig", newline="\n")
    return notices


@dataclass(frozen=True)
class Section:
    title: str
    body: str


def sections(text: str) -> list[Section]:
    """The file read back: its opening list, then one section per part, found by the titles the list names (a licence
    text may hold lines of "=" of its own)."""
    head, _rule, _rest = text.partition("\n\n" + RULE + "\n")
    titles = [line[4:].rsplit(": ", 1)[0] for line in head.splitlines() if line.startswith("  - ")]
    found = [Section("", head.strip())]
    position = len(head)
    starts = []
    for title in titles:
        marker = f"{RULE}\n{title}\n{RULE}\n"
        at = text.find(marker, position)
        if at < 0:
            raise ValueError(f"no section {title!r} in the notices")
        starts.append((title, at, at + len(marker)))
        position = at + len(marker)
    for index, (title, _at, body_start) in enumerate(starts):
        body_end = starts[index + 1][1] if index + 1 < len(starts) else len(text)
        found.append(Section(title, text[body_start:body_end].strip()))
    return found


def bundled_notices() -> Path | None:
    """The file a frozen build carries, beside its data files; None elsewhere."""
    root = getattr(sys, "_MEIPASS", None)
    if not root:
        return None
    candidate = Path(root) / NOTICES_FILE
    return candidate if candidate.is_file() else None


def notices_text() -> str:
    """The bundled file in a frozen build; elsewhere the notices made now from what is installed."""
    bundled = bundled_notices()
    if bundled is not None:
        return bundled.read_text(encoding="utf-8-sig")
    return render(collect_notices())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m itadesk.notices", description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the file to write (THIRD-PARTY-NOTICES.txt)")
    parser.add_argument(
        "--also", action="append", default=[], metavar="DIST", help="another distribution the build bundles"
    )
    args = parser.parse_args(argv)
    try:
        notices = write_notices(args.output, args.also)
    except MissingLicenceText as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    print(f"{args.output}: {len(notices)} parts, {sum(n.distribution for n in notices)} distributions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
