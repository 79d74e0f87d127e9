"""Two programs on one store (two windows, or a window and the command line): no edit overwrites one it never saw."""

import threading
import time
from decimal import Decimal

import pytest

from itadesk.services.agencies import find_agency
from itadesk.services.assessments import load_figures, set_analysis, set_indicator_score, set_official_result
from itadesk.services.errors import StaleEditError
from itadesk.services.plans import plan_for, update_measure
from itadesk.store import open_store


@pytest.fixture
def two_programs(sample_store):
    other = open_store(sample_store.path)
    yield sample_store, other
    other.close()


def test_a_score_changed_elsewhere_is_not_overwritten(two_programs):
    mine, other = two_programs
    agency = find_agency(mine, "โคกคอน").id
    seen = load_figures(mine, agency, 2568).indicator_scores[6]
    set_indicator_score(other, agency, 2568, 6, "90")
    with pytest.raises(StaleEditError, match="แก้ไขจากที่อื่น"):
        set_indicator_score(mine, agency, 2568, 6, "95", expected=seen)
    assert load_figures(other, agency, 2568).indicator_scores[6] == Decimal("90.00")
    set_indicator_score(mine, agency, 2568, 6, "95", expected=Decimal("90.00"))  # after looking again: saved
    assert load_figures(other, agency, 2568).indicator_scores[6] == Decimal("95.00")


def test_official_result_analysis_and_measure_changed_elsewhere(two_programs):
    mine, other = two_programs
    agency = find_agency(mine, "โคกคอน").id
    set_official_result(other, agency, 2568, "98.30", "ผ่านดี")
    with pytest.raises(StaleEditError):
        set_official_result(mine, agency, 2568, "98.27", "ผ่านดีเยี่ยม", expected=(Decimal("98.27"), "ผ่านดี"))
    set_analysis(other, agency, 2568, 3, "ข้อความจากอีกเครื่อง")
    with pytest.raises(StaleEditError):
        set_analysis(mine, agency, 2568, 3, "ข้อความของฉัน", expected="ข้อความเดิม")
    seen = plan_for(mine, agency, 2569).measures[0]
    from dataclasses import replace

    update_measure(other, replace(seen, progress=50))
    with pytest.raises(StaleEditError):
        update_measure(mine, replace(seen, progress=20), expected=seen)
    assert plan_for(mine, agency, 2569).measures[0].progress == 50


def test_a_writer_waits_for_the_other_instead_of_failing(two_programs):
    mine, other = two_programs
    agency = find_agency(mine, "โคกคอน").id
    done = threading.Event()

    def slow_writer() -> None:
        with other.transaction() as session:
            from sqlmodel import text

            session.exec(text("UPDATE agency SET district = 'ท่าบ่อ'"))
            done.set()
            time.sleep(0.5)  # holds the write lock

    thread = threading.Thread(target=slow_writer)
    thread.start()
    done.wait(5)
    start = time.perf_counter()
    set_indicator_score(mine, agency, 2568, 1, "99")  # waits for the lock (busy timeout), then saves
    waited = time.perf_counter() - start
    thread.join()
    assert waited >= 0.3
    assert load_figures(other, agency, 2568).indicator_scores[1] == Decimal("99.00")


def test_a_store_locked_too_long_refuses_the_edit_with_a_message(sample_store, monkeypatch):
    import sqlite3

    from itadesk.store import StoreError, database
    from tests.test_store import dump

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    impatient = open_store(sample_store.path)
    agency = find_agency(impatient, "โคกคอน").id
    before = dump(sample_store.path)
    holder = sqlite3.connect(sample_store.path)
    holder.execute("BEGIN IMMEDIATE")  # another program keeps the write lock
    try:
        with pytest.raises(StoreError, match="ไม่ได้บันทึก|nothing of this edit"):
            set_indicator_score(impatient, agency, 2568, 1, "80")
    finally:
        holder.rollback()
        holder.close()
        impatient.close()
    assert dump(sample_store.path) == before
