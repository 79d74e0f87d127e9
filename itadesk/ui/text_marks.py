"""What the text checks found, shown where the text is typed: spans underlined in the editor, the message on hover,
and a list below it; choosing an entry selects its span."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

from itadesk.domain.findings import Severity
from itadesk.i18n import _
from itadesk.ui import numerals

if TYPE_CHECKING:  # the checks (and the Thai word list they read) are loaded when a text is first checked
    from itadesk.domain.textcheck import TextFinding

_COLOURS = {Severity.ERROR: ("#fde2e4", "#c62828"), Severity.WARNING: ("#fff4d6", "#b26a00")}
_FALLBACK = ("#e8eef8", "#2f5d9e")


def finding_line(finding: TextFinding) -> str:
    """ "error: “๙๖.๗๑” reads as …" in the window's language and digits."""
    return f"{finding.severity.label}: {numerals.digits_in_prose(finding.message)}"


class FindingMarks(QObject):
    """Underlines the spans of an editor's findings and shows a finding's message when the mouse rests on it."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._findings: list[TextFinding] = []
        editor.viewport().installEventFilter(self)

    @property
    def findings(self) -> list[TextFinding]:
        return list(self._findings)

    def mark(self, findings: list[TextFinding]) -> None:
        self._findings = [f for f in findings if f.end <= len(self._editor.toPlainText())]
        selections = []
        for finding in self._findings:
            background, line = _COLOURS.get(finding.severity, _FALLBACK)
            selection = QTextEdit.ExtraSelection()
            char_format = QTextCharFormat()
            char_format.setBackground(QColor(background))
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor(line))
            char_format.setToolTip(finding_line(finding))
            selection.format = char_format
            cursor = QTextCursor(self._editor.document())
            cursor.setPosition(finding.start)
            cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self._editor.setExtraSelections(selections)

    def at(self, position: int) -> list[TextFinding]:
        return [f for f in self._findings if f.start <= position < f.end]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.ToolTip:
            position = self._editor.cursorForPosition(event.pos()).position()
            found = self.at(position)
            if found:
                QToolTip.showText(event.globalPos(), "\n\n".join(finding_line(f) for f in found), self._editor)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def select(self, finding: TextFinding) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(finding.start)
        cursor.setPosition(finding.end, QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.setFocus()


class FindingsList(QListWidget):
    """The findings on one text, one entry each; choosing one selects its span in the editor."""

    def __init__(self, marks: FindingMarks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks = marks
        self.setObjectName("textFindings")
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setToolTip(_("What the text says against the figures; choose an entry to select its words."))
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_findings(self, findings: list[TextFinding]) -> None:
        self.clear()
        for finding in findings:
            item = QListWidgetItem(finding_line(finding))
            _background, colour = _COLOURS.get(finding.severity, _FALLBACK)
            item.setForeground(QColor(colour))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.addItem(item)
        self.setVisible(bool(findings))

    def _chosen(self, item: QListWidgetItem) -> None:
        finding = item.data(Qt.ItemDataRole.UserRole)
        if finding is not None:
            self._marks.select(finding)
