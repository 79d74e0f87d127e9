"""Qt's own strings (standard buttons, print preview, print and file dialogs, context menus) in Thai.

Qt ships no Thai translation of its own strings, so a Thai window would still say OK, Cancel, Zoom in and Paste.
QtCatalogTranslator answers Qt's translate() calls from a gettext catalog, i18n/<lang>/LC_MESSAGES/qt.po (qt.mo in a
frozen build), read like the program's own: msgctxt is Qt's context (QPlatformTheme, QPrintPreviewDialog, …), followed
by "|" and the disambiguation when Qt gives one; msgid is Qt's English source text. English needs no catalog.
"""

import ctypes
import gettext

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from itadesk import i18n

_installed: QTranslator | None = None


def catalog_context(context: str, disambiguation: str | None) -> str:
    """The msgctxt of a Qt string in qt.po."""
    return f"{context}|{disambiguation}" if disambiguation else context


def _balance_none_reference() -> None:
    # PySide6 (6.12) hands Qt's null `disambiguation` to Python as None without taking a reference to it, and drops
    # one when translate() returns: every such call lowers None's reference count until the interpreter aborts with
    # "deallocating None". One extra reference per call balances it; should PySide stop dropping it, the extra
    # references only keep None alive, which it always is.
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


class QtCatalogTranslator(QTranslator):
    """A QTranslator that reads Qt's strings from one language's qt.po catalog."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._catalog = i18n.translations(language, i18n.QT_DOMAIN)

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not isinstance(self._catalog, gettext.GNUTranslations)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if disambiguation is None:
            _balance_none_reference()
        # A string the catalog lacks comes back as Qt's English source text, which Qt would show anyway ("" would
        # not do: Qt shows an empty answer as it is). Any answer ends Qt's search through the installed translators,
        # which is why install_qt_translation keeps this one the only one.
        return self._catalog.pgettext(catalog_context(context, disambiguation), source_text)


def install_qt_translation(language: str) -> QTranslator | None:
    """Make Qt's own strings speak `language` from now on (replacing what was installed before); None for English."""
    global _installed
    if _installed is not None and _installed.language() == language:
        return _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    translator = QtCatalogTranslator(language)
    if translator.isEmpty():  # English, Qt's own language
        return None
    QCoreApplication.installTranslator(translator)
    _installed = translator  # Qt does not own it: it must live as long as it is installed
    return translator
