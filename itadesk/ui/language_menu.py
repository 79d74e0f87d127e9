"""View → Language: ไทย / English. The choice is saved for the next start; the window is not rebuilt in place."""

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from itadesk.i18n import N_, SUPPORTED_LANGUAGES, _, current_language, translator
from itadesk.ui.settings import LANGUAGE_KEY, save_language

# Each language is offered under its own name, as language menus do, so that it can be found without reading the other.
LANGUAGE_NAMES = {"th": "ไทย", "en": "English"}
RESTART_NOTICE = N_("The language you chose takes effect when ITA Desk is started again.")


class LanguageMenu(QMenu):
    """One checkable item per language; the checked one is the language shown now, then the one chosen."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(_("&Language"), parent)
        self._settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for language in SUPPORTED_LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self)
            action.setCheckable(True)
            action.setChecked(language == current_language())
            action.setData(language)
            action.triggered.connect(lambda _checked=False, chosen=language: self._chosen(chosen))
            self.group.addAction(action)
            self.addAction(action)

    def chosen(self) -> str:
        return self.group.checkedAction().data()

    def _chosen(self, language: str) -> None:
        notice = self.choose(language)
        if notice is not None:
            notice.exec()

    def choose(self, language: str) -> QMessageBox | None:
        """Save the choice; the message that says when it takes effect, unless nothing changes at the next start."""
        for action in self.group.actions():
            action.setChecked(action.data() == language)
        previous = self._settings.value(LANGUAGE_KEY)
        save_language(self._settings, language)
        if language == current_language() and previous in (None, language):
            return None
        return self.notice(language)

    def notice(self, language: str) -> QMessageBox:
        """The restart notice in the chosen language, and in the one shown now when that is another."""
        texts = [translator(language)(RESTART_NOTICE)]
        if language != current_language():
            texts.append(_(RESTART_NOTICE))
        box = QMessageBox(QMessageBox.Icon.Information, _("Language"), "\n\n".join(texts), parent=self.parentWidget())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        return box
