import pytest
from PySide6.QtGui import QUndoStack

from itadesk import i18n
from itadesk.services.agencies import find_agency
from itadesk.ui.fonts import register_fonts
from itadesk.ui.qt_translations import install_qt_translation


@pytest.fixture(autouse=True)
def _sarabun(qapp):
    register_fonts(qapp)


@pytest.fixture(autouse=True)
def _qt_in_thai(qapp):
    """Qt's own strings in Thai, as `itadesk.ui.app.run` installs them for a Thai window (a test may switch)."""
    install_qt_translation("th")
    yield
    install_qt_translation("th")


@pytest.fixture
def open_tab(qtbot, sample_store):
    """A tab of the window, shown on its own for the sample agency's year 2568, with its undo stack."""

    def make(tab_class, width: int = 1280, height: int = 800):
        undo = QUndoStack()
        widget = tab_class(sample_store, undo)
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        agency = find_agency(sample_store, "โคกคอน")
        widget.show_year(agency.id, 2568)
        widget.undo = undo
        widget.agency_id = agency.id
        widget.store = sample_store
        return widget

    return make


@pytest.fixture
def settings(tmp_path):
    """The window's settings in a file of the test's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, sample_store, settings):
    """The main window on the sample store, shown."""
    from itadesk.ui.main_window import MainWindow

    made = MainWindow(sample_store, settings)
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture(params=i18n.SUPPORTED_LANGUAGES)
def language(request, qapp):
    """The program and Qt in one language, for each of the program's languages (Thai is put back afterwards)."""
    i18n.set_language(request.param)
    install_qt_translation(request.param)
    return request.param
