"""How long the checks on a year's written texts take, warm, as the window runs them after an edit: the sample's
2568 texts (its overall analysis, the indicators' analyses and the analyses of its plan's measures, against 2567),
read from a store file once and checked again and again; and the same with the store read each time, as
`check_year_texts` does. Then the throughput on the text-check corpus's development sentences.

Run: python bench/textcheck.py [--runs N]. Goal: checking a year's texts ≤ 50 ms warm (median).
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL = 0.050  # seconds, median, warm


def timed(work, runs: int) -> list[float]:  # noqa: ANN001 - a function of no arguments
    work()  # warm: rules, word lists and matchers loaded once
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return times


def show(name: str, times: list[float], goal: float | None = None) -> None:
    median = statistics.median(times)
    line = f"{name}: median {median * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms over {len(times)} runs"
    if goal is not None:
        line += f" (goal ≤ {goal * 1000:.0f} ms: {'met' if median <= goal else 'NOT met'})"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs

    from itadesk.domain.textcheck import check_texts
    from itadesk.domain.textcheck.texts import year_texts
    from itadesk.i18n import set_language
    from itadesk.services import assessments
    from itadesk.services.report_data import report_data
    from itadesk.services.sample import load_sample
    from itadesk.services.text_checks import check_year_texts
    from itadesk.store import open_store

    set_language("th")
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "sample.sqlite3", backups=False)
        try:
            agency = load_sample(store)
            data = report_data(store, agency.id, 2568)
            measures = data.plan.measures if data.plan else ()
            texts = year_texts(data.overall_analysis, data.indicator_analyses, measures)
            _overall, analyses = assessments.analyses(store, agency.id, 2567)
            previous = year_texts("", analyses, fiscal_year=2567)
            summary = data.summary
            print(f"the sample's 2568: {len(texts)} texts, {sum(len(t.text) for t in texts):,} characters")
            show(
                "checking the year's texts",
                timed(
                    lambda: check_texts(texts, summary.current, summary.previous, previous, summary.agency.name), runs
                ),
                GOAL,
            )
            show("the same, the store read each time", timed(lambda: check_year_texts(store, agency.id, 2568), runs))
        finally:
            store.close()

    sys.path.insert(0, str(ROOT / "tests" / "data" / "textcheck"))
    import corpus

    items = corpus.load_items("dev")
    for item in items:
        corpus.load_agencies(item.agencies)  # read once, before the timing
    began = time.perf_counter()
    for item in items:
        corpus.check_item(item)
    seconds = time.perf_counter() - began
    each = seconds / len(items) * 1000
    print(f"the development corpus: {len(items)} sentences checked in {seconds:.2f} s ({each:.2f} ms each)")


if __name__ == "__main__":
    main()
