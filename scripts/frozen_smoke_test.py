"""Smoke test of the frozen build: run the bundled program as a user would, then print its size.

    python scripts/frozen_smoke_test.py "dist/ITA Desk" [--keep DIR] [--no-estimate]

0. The data files sit where the program looks for them: resources/, the compiled catalogs, the migrations, the
   user guide in Thai and English, and THIRD-PARTY-NOTICES.txt, which must name every distribution whose modules
   are in the bundle (read from the program's archive with PyInstaller's reader where PyInstaller is installed,
   else from the folder) with its licence.
1. `export --sample -o FILE.pdf`: a PDF with Sarabun embedded whose text reads back ๙๘.๒๗ and ที่
   (pdffonts and pdftotext where installed, else pypdf).
   `export --sample -o FILE.docx`: a Word file (python-docx's template bundled) with the four Sarabun files
   embedded and ๙๘.๒๗ in its text.
   `export --kind progress --sample --as-of 31/3/2569`: the progress report, its title and date read back.
2. `sample --db STORE`, then `gui --db STORE --screenshot DIR` with QT_QPA_PLATFORM=offscreen: one PNG per tab.
   `summary` of the sample on the console program (itadesk-cli.exe on Windows): the agency's Thai name and the
   arrows read back whole, whatever the console's code page; `backup -o COPY` and `restore COPY`: the copy is a
   SQLite file, and the store replaced by it keeps a copy of what it replaced.
3. An older store (revision 0001, made with the checkout's own code when it can be imported) opened by the frozen
   program: Alembic, reading the bundled migration files, brings it up to date after copying it.
4. The bundle's size, and the size of an LZMA tar of it (preset 9e, near what Inno Setup's LZMA2 gives).

Nothing touches the user's own store or settings. Exits 1 on the first failure, or when a size is over its limit.
"""

import argparse
import io
import lzma
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

TAB_SHOTS = ("1-indicators.png", "2-comparison.png", "3-analysis.png", "4-plan.png", "5-overview.png")
EXPECTED_TEXT = ("๙๘.๒๗", "ที่")
BUNDLED_FILES = (
    "resources/fonts/Sarabun-Regular.ttf",
    "resources/fonts/OFL.txt",
    "resources/dictionary/words_th.txt",
    "resources/frameworks/ita-2568.toml",
    "resources/sample/khokkhon.json",
    "i18n/th/LC_MESSAGES/messages.mo",
    "itadesk/store/migrations/env.py",
    "guide/manual-th.pdf",
    "guide/manual-en.pdf",
    "THIRD-PARTY-NOTICES.txt",
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MB = 1024 * 1024


class SmokeTestFailure(Exception):
    pass


def executable(bundle: Path, console: bool = False) -> Path:
    """The windowed program, or with console the one for the console (the same one except on Windows)."""
    if sys.platform != "win32":
        exe = bundle / "itadesk"
    else:
        exe = bundle / ("itadesk-cli.exe" if console else "itadesk.exe")
    if not exe.is_file():
        raise SmokeTestFailure(f"no frozen program at {exe}")
    return exe


def check_layout(bundle: Path) -> None:
    """The data files where itadesk/paths.py looks for them in a frozen build (sys._MEIPASS)."""
    root = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    wanted = [*(root / name for name in BUNDLED_FILES), *(root / "itadesk/store/migrations/versions").glob("0001_*.py")]
    missing = [str(path.relative_to(bundle)) for path in wanted if not path.is_file()]
    if missing or len(wanted) == len(BUNDLED_FILES):
        raise SmokeTestFailure(f"missing from the bundle: {', '.join(missing) or 'the first migration'}")
    print(f"bundle layout: the {len(wanted)} files checked are in {root.relative_to(bundle.parent)}")


def bundled_modules(bundle: Path, exe: Path) -> set[str]:
    """The top-level names of the modules and packages in the bundle: the archive inside the program (when
    PyInstaller's reader is at hand) and the folders and extension modules beside it."""
    root = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    names = {path.name.split(".")[0] for path in root.iterdir()}
    try:
        from PyInstaller.archive.readers import pkg_archive_contents
    except ImportError:
        print("  (PyInstaller is not installed here: only the modules in the folder are checked)")
    else:
        names |= {name.split(".")[0] for name in pkg_archive_contents(str(exe))}
    return names


def check_notices(bundle: Path, exe: Path) -> None:
    """Every installed distribution whose modules are in the bundle has its part in THIRD-PARTY-NOTICES.txt, with
    the licence it is under and the text of it."""
    import re
    from importlib import metadata

    root = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    text = (root / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8-sig")
    rule = "=" * 78
    parts = re.split(rf"^{rule}\n(.+)\n{rule}\n", text, flags=re.MULTILINE)
    notices = {
        heading.rsplit(" ", 1)[0].lower().replace("_", "-"): body
        for heading, body in zip(parts[1::2], parts[2::2], strict=True)
    }
    modules = bundled_modules(bundle, exe)
    owners = metadata.packages_distributions()
    bundled = {dist for name in modules for dist in owners.get(name, ()) if dist.lower() != "itadesk"}
    missing = []
    for dist in sorted(bundled, key=str.lower):
        body = notices.get(dist.lower().replace("_", "-"))
        if body is None or "Licence:" not in body or len(body) < 200:
            missing.append(dist)
    if missing:
        raise SmokeTestFailure(f"THIRD-PARTY-NOTICES.txt lacks the licence of {', '.join(missing)}")
    print(f"  THIRD-PARTY-NOTICES.txt: {len(notices)} parts; the {len(bundled)} distributions bundled each have theirs")


def run(exe: Path, args: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the frozen program; a windowed build prints nothing, so only the exit status and files tell."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [str(exe), *args], env=env, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300
        )
    except subprocess.TimeoutExpired:  # a windowed build shows an unexpected error in a dialog, and waits
        raise SmokeTestFailure(f"`itadesk {' '.join(args)}` did not finish in 300 s") from None
    print(f"  $ itadesk {' '.join(args)}  -> exit {done.returncode} in {time.perf_counter() - started:.1f} s")
    for line in (done.stdout + done.stderr).strip().splitlines():
        print(f"    | {line}")
    if done.returncode != 0:
        raise SmokeTestFailure(f"`itadesk {' '.join(args)}` exited with {done.returncode}")
    return done


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font in the PDF."""
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        # name type [encoding...] emb sub uni object-id: emb is the 5th column from the end
        return [(cells[0], cells[-5] == "yes") for cells in map(str.split, out.splitlines()[2:]) if cells]
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        for font in (resources.get_object().get("/Font") or {}).values() if resources else ():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            for descendant in font.get("/DescendantFonts") or ():
                descriptor = descriptor or descendant.get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return list(fonts.items())


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
        return done.stdout.decode("utf-8")
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def check_export(exe: Path, env: dict[str, str], work: Path) -> None:
    print("export --sample")
    pdf = work / "sample.pdf"
    run(exe, ["export", "--sample", "-o", str(pdf)], env)
    data = pdf.read_bytes() if pdf.is_file() else b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeTestFailure(f"{pdf} is not a PDF ({len(data)} bytes)")
    fonts = pdf_fonts(pdf)
    listed = ", ".join(f"{name} ({'embedded' if embedded else 'NOT embedded'})" for name, embedded in fonts)
    print(f"  {len(data) / 1024:.0f} KB; fonts: {listed}")
    sarabun = [embedded for name, embedded in fonts if "Sarabun" in name]
    if not sarabun or not all(sarabun):
        raise SmokeTestFailure("Sarabun is not embedded in the PDF")
    text = pdf_text(pdf)
    missing = [word for word in EXPECTED_TEXT if word not in text]
    if missing:
        raise SmokeTestFailure(f"the PDF's text does not contain {', '.join(missing)}")
    print(f"  text reads back {' and '.join(EXPECTED_TEXT)}")


def check_word_export(exe: Path, env: dict[str, str], work: Path) -> None:
    print("export --sample (Word)")
    docx = work / "sample.docx"
    run(exe, ["export", "--sample", "-o", str(docx)], env)
    try:
        with zipfile.ZipFile(docx) as package:
            names = package.namelist()
            body = package.read("word/document.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        raise SmokeTestFailure(f"{docx} is not a Word file: {error}") from None
    fonts = [name for name in names if name.startswith("word/fonts/") and name.endswith(".odttf")]
    print(f"  {docx.stat().st_size / 1024:.0f} KB; {len(fonts)} embedded font files")
    if len(fonts) != 4:
        raise SmokeTestFailure(f"the Word file embeds {len(fonts)} font files, not Sarabun's four")
    if EXPECTED_TEXT[0] not in body:
        raise SmokeTestFailure(f"the Word file's text does not contain {EXPECTED_TEXT[0]}")


def check_progress_export(exe: Path, env: dict[str, str], work: Path) -> None:
    print("export --kind progress --sample")
    pdf = work / "progress.pdf"
    run(exe, ["export", "--kind", "progress", "--sample", "--as-of", "31/3/2569", "-o", str(pdf)], env)
    text = " ".join(pdf_text(pdf).split()) if pdf.is_file() else ""
    expected = ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม", "๓๑ มีนาคม พ.ศ. ๒๕๖๙"]
    missing = [words for words in expected if words not in text]
    if missing:
        raise SmokeTestFailure(f"the progress report's text does not contain {', '.join(missing)}")
    print(f"  {pdf.stat().st_size / 1024:.0f} KB; text reads back {' and '.join(expected)}")


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if not head.startswith(PNG_SIGNATURE):
        raise SmokeTestFailure(f"{path.name} is not a PNG")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def check_window(exe: Path, env: dict[str, str], work: Path, keep: Path | None) -> None:
    print("sample, then gui --screenshot (offscreen)")
    store = work / "store" / "itadesk.sqlite3"
    shots = work / "shots"
    run(exe, ["sample", "--db", str(store)], env)
    run(exe, ["gui", "--db", str(store), "--screenshot", str(shots)], env)
    for name in TAB_SHOTS:
        path = shots / name
        if not path.is_file() or path.stat().st_size == 0:
            raise SmokeTestFailure(f"no screenshot {name}")
        width, height = png_size(path)
        if width < 100 or height < 100:
            raise SmokeTestFailure(f"{name} is {width}×{height}")
        print(f"  {name}: {width}×{height}, {path.stat().st_size / 1024:.0f} KB")
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        for path in shots.glob("*.png"):
            shutil.copy2(path, keep / path.name)
        print(f"  screenshots copied to {keep}")


def check_console(cli: Path, env: dict[str, str], work: Path) -> None:
    print("summary, backup and restore on the console program")
    store = work / "store" / "itadesk.sqlite3"
    done = run(cli, ["summary", "--db", str(store), "--agency", "1", "--year", "2568"], env)
    name = "องค์การบริหารส่วนตำบลโคกคอน"
    if name not in done.stdout or "\ufffd" in done.stdout or not {"▲", "▼"} & set(done.stdout):
        raise SmokeTestFailure("the summary's Thai text or arrows did not come out whole")
    print(f"  the summary reads back {name} and its arrows ({len(done.stdout.splitlines())} lines)")
    copy = work / "copy.sqlite3"
    run(cli, ["backup", "--db", str(store), "-o", str(copy)], env)
    if not copy.is_file() or not copy.read_bytes().startswith(b"SQLite format 3\x00"):
        raise SmokeTestFailure(f"the backup {copy} is not a SQLite file")
    done = run(cli, ["restore", "--db", str(store), str(copy)], env)
    kept = list((store.parent / "backups").glob("*-before-restore-*"))
    if len(kept) != 1:
        raise SmokeTestFailure(f"restoring kept {len(kept)} copies of the replaced store, not one")
    print(f"  backed up, restored, the replaced store kept as {kept[0].name}")


def check_migration(exe: Path, env: dict[str, str], work: Path) -> None:
    print("migrating an older store")
    try:
        from itadesk.store import open_store
    except ImportError:
        print("  skipped: the checkout's itadesk cannot be imported here to make an older store")
        return
    old = work / "old" / "itadesk.sqlite3"
    open_store(old, target_revision="0001").close()
    run(exe, ["sample", "--db", str(old)], env)
    copies = list(old.parent.glob("itadesk.before-migration-0001-*.sqlite3"))
    if len(copies) != 1:
        raise SmokeTestFailure(f"expected one copy taken before migrating, found {len(copies)}")
    print(f"  migrated from 0001, copy {copies[0].name}")


def folder_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())


class _Counter(io.RawIOBase):
    """A write-only stream that keeps only the count of bytes written."""

    def __init__(self) -> None:
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.count += len(data)
        return len(data)


def compressed_bytes(folder: Path) -> int:
    counter = _Counter()
    with tarfile.open(fileobj=counter, mode="w:xz", preset=9 | lzma.PRESET_EXTREME) as archive:
        archive.add(folder, arcname=folder.name)
    return counter.count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("bundle", type=Path, help="the folder PyInstaller made (dist/ITA Desk)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="copy the pictures, PDF and Word file into DIR")
    parser.add_argument("--no-estimate", action="store_true", help="skip the compressed-size estimate (slow)")
    parser.add_argument("--max-bundle-mb", type=float, default=150)
    parser.add_argument("--max-compressed-mb", type=float, default=60)
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    bundle = args.bundle.resolve()
    try:
        exe = executable(bundle)
        check_layout(bundle)
        check_notices(bundle, exe)
        with tempfile.TemporaryDirectory(prefix="itadesk-smoke-", ignore_cleanup_errors=True) as scratch:
            work = Path(scratch)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ITADESK_DB=str(work / "default.sqlite3"))
            check_export(exe, env, work)
            check_word_export(exe, env, work)
            check_progress_export(exe, env, work)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy2(work / "sample.pdf", args.keep / "sample.pdf")
                shutil.copy2(work / "sample.docx", args.keep / "sample.docx")
            check_window(exe, env, work, args.keep)
            check_console(executable(bundle, console=True), env, work)
            check_migration(exe, env, work)
        size = folder_bytes(bundle)
        print(f"bundle: {size / MB:.1f} MB ({bundle})")
        too_big = size > args.max_bundle_mb * MB
        if not args.no_estimate:
            started = time.perf_counter()
            packed = compressed_bytes(bundle)
            took = time.perf_counter() - started
            print(f"compressed estimate (tar, LZMA preset 9e): {packed / MB:.1f} MB ({took:.0f} s)")
            too_big = too_big or packed > args.max_compressed_mb * MB
        if too_big:
            raise SmokeTestFailure(
                f"over the size limits ({args.max_bundle_mb:.0f} MB bundle, {args.max_compressed_mb:.0f} MB packed)"
            )
    except SmokeTestFailure as failure:
        print(f"FAILED: {failure}")
        return 1
    print("frozen smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
