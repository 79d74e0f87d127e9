"""Pictures of the whole screen at each step of a clerk's year, from an empty store, to look at by eye.

Run on a real X screen of the size to check, e.g.:
    xvfb-run -s "-screen 0 1024x768x24" env QT_QPA_PLATFORM=xcb python scripts/walkthrough_screenshots.py OUT_DIR
Each step's picture is the whole screen, dialogs included: what the clerk sees.
"""

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

SCORES_2567 = ["78.5", "81.25", "70", "66.4", "90", "72", "84.75", "60", "55.5", "70.1"]
SCORES_2568 = ["88", "90.5", "82.25", "79", "95", "84.4", "88.88", "71", "68", "80"]


def settle(app: QApplication, seconds: float = 0.6) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from itadesk.i18n import set_language

    set_language("th")
    from itadesk.ui.fonts import register_fonts
    from itadesk.ui.qt_translations import install_qt_translation

    install_qt_translation("th")
    register_fonts(app)
    from itadesk.store import open_store
    from itadesk.ui.main_window import MainWindow

    scratch = Path(tempfile.mkdtemp(prefix="itadesk-walkthrough-"))
    store = open_store(scratch / "store.sqlite3")
    window = MainWindow(store, QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    step = iter(range(1, 100))

    def shot(name: str) -> None:
        settle(app)
        app.primaryScreen().grabWindow(0).save(str(out / f"{next(step):02d}-{name}.png"))

    def while_open(name: str, fill) -> None:  # noqa: ANN001 - fills the dialog, then it is pictured and accepted
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            fill(dialog)
            shot(name)
            if isinstance(dialog, QDialog):
                dialog.accept()

        QTimer.singleShot(300, act)

    shot("greeting")

    def agency(dialog) -> None:  # noqa: ANN001
        dialog.name.setText("เทศบาลตำบลบ้านเหล่า")
        dialog.district.setText("เมือง")
        dialog.province.setText("อุดรธานี")

    while_open("new-agency", agency)
    window.new_agency()
    while_open("add-year", lambda dialog: dialog.choice.setCurrentText("๒๕๖๘"))
    window.add_year()
    window.add_year(2567)
    window.year_box.setCurrentIndex(window.year_box.findData(2568))
    tab = window.indicator_tab
    for row, (now, before) in enumerate(zip(SCORES_2568, SCORES_2567, strict=True)):
        tab.model.setData(tab.model.index(row, 2), now)
        tab.model.setData(tab.model.index(row, 3), before)
    tab.official_overall.setText("83.47")
    tab.official_overall.editingFinished.emit()
    tab.table.setCurrentIndex(tab.model.index(3, 2))
    tab.model.setData(tab.model.index(3, 2), "105")  # refused: the reason under the table
    shot("indicators")
    window.tabs.setCurrentWidget(window.comparison_tab)
    shot("comparison")
    window.tabs.setCurrentWidget(window.analysis_tab)
    window.analysis_tab.text.setPlainText("ปีนี้หน่วยงานพัฒนาการเปิดเผยข้อมูลต่อสาธารณะให้ครบถ้วนมากขึ้น")
    shot("analysis")
    window.tabs.setCurrentWidget(window.plan_tab)
    plan = window.plan_tab
    plan.tree.setCurrentItem(plan.tree.topLevelItem(0))
    plan.add_action.trigger()
    shot("plan")
    while_open("edit-agency", lambda dialog: None)
    window.edit_agency()
    target = scratch / "report.pdf"
    window.export_pdf(str(target), show_saved=True)
    shot("exported")
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    preview = window.print_preview()
    shot("print-preview")
    if preview is not None:
        preview.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
