"""The mouse wheel changes a field only when the user is in it; otherwise it scrolls the page, as the user meant.

A spin box, date, list or slider under the pointer would otherwise take every turn of the wheel that passes over it
while the user scrolls a long form, and a changed date is saved when the field is left.
"""

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QSlider, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QSlider)


def is_guarded(widget: QObject) -> bool:
    """A field whose value the wheel would change."""
    return isinstance(widget, GUARDED)


def _in_field(field: QWidget) -> bool:
    """The user is in `field`: it, or its line edit, has the keyboard focus."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is field or field.isAncestorOf(focus))


def _settle_focus(widget: QObject) -> None:
    # A wheel turn gives a WheelFocus field the focus (and with it the wheel): only a click or Tab should.
    if is_guarded(widget) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """An event filter: a wheel turn over a field the user is not in scrolls the page around it instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        kind = event.type()
        if kind == QEvent.Type.Polish:
            _settle_focus(watched)
        elif kind == QEvent.Type.Wheel and is_guarded(watched):
            _settle_focus(watched)
            if not _in_field(watched):
                scroll_around(watched, event)
                return True
        return False


def scroll_around(field: QWidget, event: QWheelEvent) -> bool:
    """Give the wheel turn to the scroll areas around `field`, innermost first, until one scrolls."""
    event.accept()  # handled here: Qt does not pass it on to the field's parents as well
    parent = field.parentWidget()
    while parent is not None:
        area = parent if isinstance(parent, QAbstractScrollArea) else None
        if area is not None and area.viewport().isAncestorOf(field):
            viewport = area.viewport()
            where = QPointF(field.mapTo(viewport, event.position().toPoint()))
            passed = QWheelEvent(
                where,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
            )
            passed.ignore()
            QApplication.sendEvent(viewport, passed)
            if passed.isAccepted():
                return True
        parent = parent.parentWidget()
    return False


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """Guard every field of every window of the application (once, however often it is asked)."""
    app = app or QApplication.instance()
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        for widget in app.allWidgets():  # made before the guard: polished already
            _settle_focus(widget)
    return guard
