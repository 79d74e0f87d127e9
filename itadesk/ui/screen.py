"""Windows that fit the screen they open on: office laptops have 1366×768 or 1024×768 screens with a taskbar."""

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# Room left for the title bar and borders a window manager adds around a window not yet shown.
FRAME = QSize(16, 40)


def available(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary screen) that windows may use: without the taskbar."""
    screen = widget.screen() if widget is not None else None
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def fitted_size(preferred: QSize, widget: QWidget | None = None) -> QSize:
    """The preferred size, made smaller where the screen is smaller (the frame counted)."""
    room = available(widget).size() - FRAME
    return preferred.boundedTo(room)


def fit_window(widget: QWidget, preferred: QSize) -> None:
    """Size a window from its screen and centre it there."""
    size = fitted_size(preferred, widget)
    widget.resize(size)
    area = available(widget)
    widget.move(area.center().x() - size.width() // 2, area.center().y() - (size.height() + FRAME.height()) // 2)


def clamp_to_screen(widget: QWidget) -> None:
    """Move and shrink a window whose frame reaches past its screen's available area (e.g. a size remembered on a
    larger screen)."""
    area = available(widget)
    frame = widget.frameGeometry()
    extra = frame.size() - widget.geometry().size()  # the frame, once the window manager has drawn it
    if not widget.isVisible() or extra.isEmpty():
        extra = FRAME
    if frame.width() <= area.width() and frame.height() <= area.height() and area.contains(frame):
        return
    size = widget.size().boundedTo(area.size() - extra)
    widget.resize(size)
    x = min(max(frame.x(), area.x()), area.right() + 1 - size.width() - extra.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - size.height() - extra.height())
    widget.move(max(x, area.x()), max(y, area.y()))


class ScreenFit(QObject):
    """Every window and dialog, when it is shown, is kept inside its screen's available area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            clamp_to_screen(watched)
        return False


def install_screen_fit() -> None:
    """Once per application: a second call does nothing."""
    app = QApplication.instance()
    if app is None or app.property("itadesk_screen_fit"):
        return
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    app.setProperty("itadesk_screen_fit", True)
