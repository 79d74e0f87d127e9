from decimal import Decimal

from itadesk.services.assessments import load_figures, set_indicator_score
from itadesk.store import open_store


def test_the_window_refuses_a_stale_score_and_shows_what_is_there(qtbot, open_tab, sample_store):
    from itadesk.ui.indicator_tab import IndicatorTab

    tab = open_tab(IndicatorTab, 1200, 700)
    other = open_store(sample_store.path)
    try:
        set_indicator_score(other, tab.agency_id, 2568, 6, "90")
        tab.model.setData(tab.model.index(5, 2), "95")
        assert "แก้ไขจากที่อื่น" in tab.message.text()
        assert load_figures(other, tab.agency_id, 2568).indicator_scores[6] == Decimal("90.00")
        assert tab.model.index(5, 2).data() == "๙๐.๐๐"  # shown as it is now
        assert tab.undo.count() == 0
    finally:
        other.close()
