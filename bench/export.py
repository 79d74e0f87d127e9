"""The PDF export against LibreOffice printing the program's own Word file of the same report, and a second export in
the same process (the window's case).

For the sample, and for the sample's plan repeated --times times (6: 48 pages), each run times in turn:
our whole process, `python -m itadesk export … -o FILE.pdf`, and LibreOffice converting the .docx the program
exports of the same report, `soffice --headless --convert-to pdf`, with a profile of its own made once before any
timing. Then, in one process per run, the sample exported twice through the export service and the second timed.

Run: python bench/export.py [--runs N] [--times N]. Goals on the 2-core machine (medians): sample ≤ 0.5 × LibreOffice,
plan × 6 ≤ 1.0 × LibreOffice, the second export of the sample in one process ≤ 0.3 s, peak memory of an export
process ≤ 120 MB. The machine's other work makes single runs noisy: compare medians of a few runs. Linux (the peak
memory of a process is read with os.wait4).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATIO_GOAL = 0.5
BIG_RATIO_GOAL = 1.0
SECOND_EXPORT_GOAL = 0.3  # seconds
PEAK_GOAL = 120  # MB

SECOND_EXPORT = """
import tempfile, time
from pathlib import Path
from itadesk.services.export import export_sample_pdf
with tempfile.TemporaryDirectory() as name:
    start = time.perf_counter()
    export_sample_pdf(Path(name) / "first.pdf")
    first = time.perf_counter() - start
    start = time.perf_counter()
    export_sample_pdf(Path(name) / "second.pdf")
    print(first, time.perf_counter() - start)
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float


def timed(args: list[str], env: dict[str, str], stdout: int | None = subprocess.DEVNULL) -> tuple[Run, str]:
    """Seconds and peak resident MB of one process (with the processes it waited for), and what it printed."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(args, env=env, stdout=out if stdout is None else stdout, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            err.seek(0)
            raise SystemExit(f"{' '.join(args)} failed:\n{err.read().decode(errors='replace')}")
        out.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024), out.read().decode()


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def repeated_plan_store(folder: Path, times: int) -> Path:
    """A store holding the sample agency with its plan's measures repeated `times` times (each indicator's together)."""
    from itadesk.services.importing import import_document
    from itadesk.services.sample import sample_document
    from itadesk.store import open_store

    document = sample_document().model_copy(deep=True)
    [plan] = document.plans
    plan.measures = sorted([m for _ in range(times) for m in plan.measures], key=lambda m: m.indicator)
    path = folder / f"plan-x{times}.sqlite3"
    store = open_store(path)
    try:
        import_document(store, document)
    finally:
        store.close()
    return path


class LibreOffice:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if self.soffice is None:
            raise SystemExit("LibreOffice (soffice) is not installed: the bench compares the export with it")
        self.profile = (folder / "lo-profile").as_uri()
        self.out = folder / "lo-out"
        self.env = env
        # the profile LibreOffice makes on its first start, made here so that no timed run pays for it
        subprocess.run(
            [self.soffice, f"-env:UserInstallation={self.profile}", "--headless", "--terminate_after_init"],
            env=env,
            check=True,
            capture_output=True,
        )

    def convert(self, docx: Path) -> Run:
        args = [self.soffice, f"-env:UserInstallation={self.profile}", "--headless", "--convert-to", "pdf"]
        run, _ = timed([*args, "--outdir", str(self.out), str(docx)], self.env)
        if not (self.out / (docx.stem + ".pdf")).exists():
            raise SystemExit(f"LibreOffice made no PDF of {docx}")
        return run


def median(runs: list[Run]) -> float:
    return statistics.median(run.seconds for run in runs)


def spread(runs: list[Run]) -> str:
    times = [run.seconds for run in runs]
    return f"median {statistics.median(times):.2f} s (best {min(times):.2f}, worst {max(times):.2f})"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def compare(name: str, ours: list[Run], theirs: list[Run], made: str, goal: float) -> None:
    ratio = median(ours) / median(theirs)
    peak = max(run.peak_mb for run in ours)
    print(f"{name} ({made}), {len(ours)} runs each, in turn:")
    print(f"  itadesk export → PDF:          {spread(ours)}, peak memory {peak:.0f} MB")
    print(f"  LibreOffice .docx → PDF:       {spread(theirs)}, peak memory {max(r.peak_mb for r in theirs):.0f} MB")
    print(f"  ratio ours / LibreOffice:      {ratio:.2f} (goal ≤ {goal:.1f}: {verdict(ratio <= goal)})")
    print(f"  peak memory of our export:     {peak:.0f} MB (goal ≤ {PEAK_GOAL} MB: {verdict(peak <= PEAK_GOAL)})")


def race(export_args: list[str], docx: Path, pdf: Path, office: LibreOffice, env: dict[str, str], runs: int) -> tuple:
    """Our export and LibreOffice's conversion timed in turn, `runs` times each."""
    ours: list[Run] = []
    theirs: list[Run] = []
    command = [sys.executable, "-m", "itadesk", "export", *export_args]
    timed([*command, "-o", str(docx)], env)  # the Word file LibreOffice prints, made once
    for _ in range(runs):
        ours.append(timed([*command, "-o", str(pdf)], env)[0])
        theirs.append(office.convert(docx))
    return ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--times", type=int, default=6, help="how many times the sample's plan is repeated")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="itadesk-bench-") as folder_name:
        folder = Path(folder_name)
        env = dict(os.environ, ITADESK_DB=str(folder / "untouched.sqlite3"))
        office = LibreOffice(folder, env)

        pdf = folder / "sample.pdf"
        ours, theirs = race(["--sample"], folder / "sample.docx", pdf, office, env, options.runs)
        compare("sample", ours, theirs, f"{pages(pdf)} pages", SAMPLE_RATIO_GOAL)

        store = repeated_plan_store(folder, options.times)
        pdf = folder / f"plan-x{options.times}.pdf"
        args = ["--db", str(store), "--agency", "โคกคอน", "--year", "2568"]
        ours, theirs = race(args, folder / f"plan-x{options.times}.docx", pdf, office, env, options.runs)
        goal = BIG_RATIO_GOAL if options.times == 6 else float("inf")
        compare(f"the sample's plan × {options.times}", ours, theirs, f"{pages(pdf)} pages", goal)

        seconds: list[float] = []
        firsts: list[float] = []
        peak = 0.0
        for _ in range(options.runs):
            run, printed = timed([sys.executable, "-c", SECOND_EXPORT], env, stdout=None)
            first, second = (float(figure) for figure in printed.split())
            firsts.append(first)
            seconds.append(second)
            peak = max(peak, run.peak_mb)
        second = statistics.median(seconds)
        spread_of_second = f"best {min(seconds):.2f}, worst {max(seconds):.2f}"
        print(f"sample exported twice in one process (the export service), {options.runs} runs:")
        print(f"  first export:                  median {statistics.median(firsts):.2f} s")
        print(f"  second export:                 median {second:.2f} s ({spread_of_second})", end="")
        print(f" (goal ≤ {SECOND_EXPORT_GOAL} s: {verdict(second <= SECOND_EXPORT_GOAL)})")
        print(f"  peak memory of that process:   {peak:.0f} MB (goal ≤ {PEAK_GOAL} MB: {verdict(peak <= PEAK_GOAL)})")


if __name__ == "__main__":
    main()
