"""Whole-process time and peak memory of `itadesk export`: the sample, and a synthetic plan of about 60 pages, as
PDF and as Word file.

Run: python bench/export.py [--runs N]. Targets on the 2-core machine: sample ≤ 1.5 s, 60 pages ≤ 3 s.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from itadesk.services.importing import import_document
from itadesk.services.sample import sample_document
from itadesk.store import open_store


def run_export(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds and peak resident MB of one `python -m itadesk export …` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "itadesk", "export", *args], env=env, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak_kb, before) / 1024


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def synthetic_store(folder: Path, measure_count: int) -> Path:
    """The sample agency with its plan's measures repeated up to measure_count."""
    document = sample_document().model_copy(deep=True)
    document.agency.name = "องค์การบริหารส่วนตำบลทดสอบความเร็ว"
    [plan] = document.plans
    repeated = [plan.measures[n % len(plan.measures)] for n in range(measure_count)]
    plan.measures = sorted(repeated, key=lambda m: m.indicator)
    path = folder / "synthetic.sqlite3"
    store = open_store(path)
    import_document(store, document)
    store.close()
    return path


def report(name: str, results: list[tuple[float, float]], made: str, target: float) -> None:
    times = [seconds for seconds, _ in results]
    peak = max(mb for _, mb in results)
    print(
        f"{name}: {made}, median {statistics.median(times):.2f} s, best {min(times):.2f} s, "
        f"worst {max(times):.2f} s over {len(times)} runs, peak memory {peak:.0f} MB (target ≤ {target:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measures", type=int, default=46, help="measures in the synthetic plan (46: ~60 pages)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        env = dict(os.environ, ITADESK_DB=str(folder / "untouched.sqlite3"))
        sample_pdf = folder / "sample.pdf"
        results = [run_export(["--sample", "-o", str(sample_pdf)], env) for _ in range(options.runs)]
        report("sample", results, f"{pages(sample_pdf)} pages", 1.5)
        sample_docx = folder / "sample.docx"
        results = [run_export(["--sample", "-o", str(sample_docx)], env) for _ in range(options.runs)]
        report("sample, Word", results, f"{sample_docx.stat().st_size / 1024:.0f} KB", 1.5)

        store = synthetic_store(folder, options.measures)
        big_pdf = folder / "synthetic.pdf"
        args = ["--db", str(store), "--agency", "ทดสอบความเร็ว", "--year", "2568", "-o", str(big_pdf)]
        results = [run_export(args, env) for _ in range(options.runs)]
        report("synthetic plan", results, f"{pages(big_pdf)} pages", 3.0)
        big_docx = folder / "synthetic.docx"
        args[-1] = str(big_docx)
        results = [run_export(args, env) for _ in range(options.runs)]
        report("synthetic plan, Word", results, f"{big_docx.stat().st_size / 1024:.0f} KB", 3.0)


if __name__ == "__main__":
    main()
