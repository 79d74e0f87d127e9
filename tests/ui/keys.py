"""Typing in tests as a keyboard does: QTest knows Latin keys only, so Thai text is sent as key events with text."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def _target(widget: QWidget | None) -> QWidget:
    found = widget or QApplication.focusWidget()
    assert found is not None, "no widget has the keyboard focus"
    return found


def type_text(widget: QWidget | None, text: str) -> None:
    """Type text one character at a time (Thai and Arabic digits alike) into a widget, or wherever the keyboard's
    focus is at each key (None), as a person typing does."""
    for char in text:
        target = _target(widget)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        QApplication.processEvents()


def press(widget: QWidget | None, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key pressed and released on a widget, or where the focus is (None): Enter, Tab, arrows, shortcuts."""
    target = _target(widget)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers))
    QApplication.processEvents()
