"""Making the user guide: its text (resources/guide/manual-<language>.md), pictures of the window taken in the same
run, set as a PDF; and finding the guide to open: the one a build bundles, else one made once per version in the
user's cache folder."""

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs

from itadesk.guide.source import GuideSourceError, Words, guide_source, parse
from itadesk.guide.typeset import ShortcutRow, Stamp, pictures_digest, write_guide
from itadesk.i18n import catalog_files, current_language, translator
from itadesk.notices import program_version
from itadesk.paths import APP_NAME

GUIDE_FOLDER = "guide"


@dataclass(frozen=True)
class Pictures:
    """Pictures of the window (PNG files by name, see source.PICTURES) and its shortcuts, taken in one run."""

    files: Mapping[str, Path]
    shortcuts: Sequence[ShortcutRow]


# Takes the pictures into a folder (itadesk.ui.guide_shots.take_pictures, which needs a QApplication).
TakePictures = Callable[[Path], Pictures]


def guide_file_name(language: str) -> str:
    return f"manual-{language}.pdf"


def make_guide(
    output: Path,
    take_pictures: TakePictures,
    language: str | None = None,
    shots: Path | None = None,
    today: date | None = None,
) -> Stamp:
    """Make the guide's PDF at output, with pictures taken now (kept in `shots` if given); returns what the guide
    records of the build. The language is the one the window speaks now unless given (the pictures are in it)."""
    language = language or current_language()
    blocks = parse(guide_source(language).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="itadesk-guide-") as scratch:
        folder = shots or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        pictures = take_pictures(folder)
        used = {block.marker for block in blocks if block.kind == "picture"}
        missing = sorted(used - set(pictures.files))
        if missing:
            raise GuideSourceError(f"pictures not taken: {', '.join(missing)}")
        keys = {row.command: row.keys for row in pictures.shortcuts}
        words = Words(translator(language), keys)
        shown = {name: pictures.files[name] for name in used}
        stamp = Stamp(program_version(), pictures_digest(shown), today or date.today())
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".part")
        try:
            with partial.open("wb") as target:
                write_guide(target, blocks, language, shown, pictures.shortcuts, words, stamp)
            os.replace(partial, output)
        finally:
            partial.unlink(missing_ok=True)
    return stamp


# --- the guide the Help menu opens ----------------------------------------------------------------------------------


def bundled_guide(language: str) -> Path | None:
    """The guide a frozen build carries (made when it was built); None elsewhere."""
    root = getattr(sys, "_MEIPASS", None)
    if not root:
        return None
    candidate = Path(root) / GUIDE_FOLDER / guide_file_name(language)
    return candidate if candidate.is_file() else None


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / GUIDE_FOLDER


def program_sources() -> list[Path]:
    """The program's code, which draws the window the pictures show; none in a frozen build (its version says)."""
    if getattr(sys, "frozen", False):
        return []
    return sorted(Path(__file__).resolve().parent.parent.rglob("*.py"))


def guide_fingerprint(language: str) -> str:
    """What the guide is made from: the version, its text, the language's catalog and (outside a frozen build) the
    program's code, which draws the window. A guide made from anything else is made again."""
    digest = hashlib.sha256(program_version().encode())
    for file in [guide_source(language), *catalog_files(language), *program_sources()]:
        if file.is_file():
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:16]


def cached_guide(language: str) -> Path:
    return cache_dir() / f"manual-{language}-{program_version()}-{guide_fingerprint(language)}.pdf"


def guide_to_open(take_pictures: TakePictures, language: str | None = None) -> Path:
    """The guide to show: the bundled one, else the one in the cache, made now if it is not there (older ones are
    removed)."""
    language = language or current_language()
    bundled = bundled_guide(language)
    if bundled is not None:
        return bundled
    wanted = cached_guide(language)
    if not wanted.is_file():
        make_guide(wanted, take_pictures, language)
        for old in wanted.parent.glob(f"manual-{language}-*.pdf"):
            if old != wanted:
                old.unlink(missing_ok=True)
    return wanted
