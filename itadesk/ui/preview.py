"""The print preview: the report's own PDF, page 1 shown at once and every other page drawn when it is scrolled to,
so a report of a hundred pages opens as fast as one of two; printing from it prints that same PDF."""

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from itadesk.i18n import _
from itadesk.ui import numerals
from itadesk.ui.printing import a4_printer, open_pdf, page_image, print_pdf
from itadesk.ui.screen import fit_window

PAGE_GAP = 16  # pixels between pages and around them
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.2, 6.0  # pixels per point
AHEAD = 0.5  # pages within half a screen below or above the view are drawn too
ICONS = ":/qt-project.org/dialogs/qprintpreviewdialog/images/"  # Qt's own, in QtPrintSupport


def _icon(name: str) -> QIcon:
    icon = QIcon()
    for size in (24, 32):
        icon.addFile(f"{ICONS}{name}-{size}.png", QSize(size, size))
    return icon


class PageView(QWidget):
    """One page: white, of the page's shape, until its picture is drawn."""

    def __init__(self, points: tuple[float, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = points  # the page's width and height in points
        self.image: QImage | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_scale(self, scale: float) -> None:
        self.setFixedSize(max(1, round(self.points[0] * scale)), max(1, round(self.points[1] * scale)))
        self.image = None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(QPoint(0, 0), self.size()), self.image)
        painter.end()


class ReportPreview(QDialog):
    """The pages of one PDF, one under the other, fitted to the width; Print prints that PDF."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Print preview"))
        self.pdf = pdf
        self.document = open_pdf(pdf)
        self.rendered: list[int] = []  # the pages drawn, in the order they were drawn (at any scale)
        self._fit_width = True
        self._scale = 1.0
        self._queued = False

        self.pages_box = QWidget()
        self.pages_box.setObjectName("pages")
        self.pages_box.setStyleSheet("#pages { background: #808080; }")
        column = QVBoxLayout(self.pages_box)
        column.setSpacing(PAGE_GAP)
        column.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.page_views = [PageView(self.document.get_page_size(index)) for index in range(len(self.document))]
        for view in self.page_views:
            column.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages_box)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(self.pages_box.backgroundRole())
        self.scroll.setStyleSheet("QScrollArea { background: #808080; }")
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroll.horizontalScrollBar().valueChanged.connect(self._scrolled)

        self.page_label = QLabel()
        toolbar = QToolBar()
        self.print_action = toolbar.addAction(_icon("printer"), _("Print"), self.print_report)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        toolbar.addSeparator()
        self.previous_action = toolbar.addAction(_icon("go-previous"), _("Previous page"), lambda: self._go(-1))
        self.next_action = toolbar.addAction(_icon("go-next"), _("Next page"), lambda: self._go(1))
        toolbar.addWidget(self.page_label)
        toolbar.addSeparator()
        self.fit_action = toolbar.addAction(_icon("zoom-fit-width"), _("Fit width"), self.fit_width)
        self.zoom_out_action = toolbar.addAction(_icon("zoom-out"), _("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_action = toolbar.addAction(_icon("zoom-in"), _("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action.setShortcut(QKeySequence.StandardKey.ZoomIn)
        for action in toolbar.actions():
            action.setToolTip(action.text())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.scroll)

        fit_window(self, QSize(1000, 800))
        self._set_scale(self._width_scale(self.width()))
        if self.page_views:
            self.render_page(0)  # page 1 at once; the others when they come into view
        self._show_page_number()
        self.finished.connect(self._let_go)

    def _let_go(self, _result: int = 0) -> None:
        """Closed: the PDF and the pictures of its pages are let go (the dialog itself is small)."""
        for view in self.page_views:
            view.image = None
        self.document.close()

    # --- scale ---------------------------------------------------------------------------------------------

    def _width_scale(self, width: int) -> float:
        """Pixels per point that fit the widest page in a view `width` pixels wide."""
        widest = max((view.points[0] for view in self.page_views), default=595.0)
        room = width - 2 * PAGE_GAP - self.scroll.verticalScrollBar().sizeHint().width() - 4
        return min(MAX_SCALE, max(MIN_SCALE, room / widest))

    def _set_scale(self, scale: float) -> None:
        """Every page at `scale` pixels per point, the place read at the top of the view kept there."""
        bar = self.scroll.verticalScrollBar()
        anchor = self.current_page() if self.page_views else 0
        fraction = 0.0
        if self.page_views:
            view = self.page_views[anchor]
            fraction = (bar.value() - view.y()) / max(1, view.height())
        self._scale = scale
        for view in self.page_views:
            view.set_scale(scale)
        self.pages_box.layout().activate()
        self.pages_box.adjustSize()
        if self.page_views:
            view = self.page_views[anchor]
            bar.setValue(view.y() + round(fraction * view.height()))
        self._queue()

    def scale(self) -> float:
        return self._scale

    def zoom(self, factor: float) -> None:
        self._fit_width = False
        self._set_scale(min(MAX_SCALE, max(MIN_SCALE, self._scale * factor)))

    def fit_width(self) -> None:
        self._fit_width = True
        self._set_scale(self._width_scale(self.scroll.viewport().width() + self.scroll.verticalScrollBar().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit_width:
            scale = self._width_scale(self.scroll.width())
            if abs(scale - self._scale) > 0.01 * self._scale:
                self._set_scale(scale)
        self._queue()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._queue()

    # --- pages drawn as they come into view ------------------------------------------------------------------

    def visible_pages(self, ahead: float = AHEAD) -> list[int]:
        """The pages in view (and within `ahead` of a view's height below or above it), top first."""
        viewport = self.scroll.viewport()
        margin = int(viewport.height() * ahead)
        area = viewport.rect().adjusted(0, -margin, 0, margin)
        shown = []
        for index, view in enumerate(self.page_views):
            place = QRect(view.mapTo(viewport, QPoint(0, 0)), view.size())
            if place.intersects(area):
                shown.append(index)
            elif place.top() > area.bottom():
                break
        return shown

    def render_page(self, index: int) -> None:
        view = self.page_views[index]
        ratio = self.devicePixelRatioF() or 1.0
        image = page_image(self.document[index], self._scale * 72 * ratio)
        image.setDevicePixelRatio(ratio)
        view.image = image
        self.rendered.append(index)
        view.update()

    def _queue(self) -> None:
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self._render_next)

    def _render_next(self) -> None:
        """Draw one page that is in view and not drawn yet, then come back for the next: scrolling stays smooth."""
        self._queued = False
        if not self.isVisible():
            return
        waiting = [index for index in self.visible_pages() if self.page_views[index].image is None]
        if waiting:
            self.render_page(waiting[0])
            self._queue()
        self._forget_far_pages()

    def _forget_far_pages(self) -> None:
        """Pictures of pages far from the view are let go: a long report does not fill the memory."""
        near = set(self.visible_pages(ahead=3))
        for index, view in enumerate(self.page_views):
            if view.image is not None and index not in near:
                view.image = None

    def _scrolled(self, _value: int) -> None:
        self._show_page_number()
        self._queue()

    # --- pages -----------------------------------------------------------------------------------------------

    def current_page(self) -> int:
        """The page at the middle of the view, from 0."""
        viewport = self.scroll.viewport()
        middle = viewport.height() // 2
        for index, view in enumerate(self.page_views):
            if view.mapTo(viewport, QPoint(0, 0)).y() + view.height() + PAGE_GAP // 2 >= middle:
                return index
        return max(0, len(self.page_views) - 1)

    def go_to_page(self, index: int) -> None:
        if self.page_views:
            view = self.page_views[max(0, min(index, len(self.page_views) - 1))]
            self.scroll.verticalScrollBar().setValue(view.y() - PAGE_GAP)

    def _go(self, step: int) -> None:
        self.go_to_page(self.current_page() + step)

    def _show_page_number(self) -> None:
        self.page_label.setText(
            " "
            + _("Page {page} of {count}").format(
                page=numerals.digits(self.current_page() + 1), count=numerals.digits(len(self.page_views))
            )
            + " "
        )

    # --- printing --------------------------------------------------------------------------------------------

    def print_report(self) -> int:
        """Asks for a printer and prints the PDF; the count of pages printed."""
        if not self.isVisible():
            return 0
        printer = a4_printer()
        if not QPrintDialog(printer, self).exec():
            return 0
        return print_with_progress(self, self.pdf, printer)


def print_with_progress(parent: QWidget | None, pdf: bytes, printer: QPrinter) -> int:
    """Print the PDF page by page, saying which page, with Cancel; the window is repainted between pages."""
    progress = QProgressDialog(_("Printing…"), _("Cancel"), 0, 0, parent)
    progress.setWindowTitle(_("Print"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)

    def on_page(number: int, count: int) -> bool:
        progress.setMaximum(count)
        progress.setValue(number - 1)
        progress.setLabelText(
            _("Printing page {page} of {count}…").format(page=numerals.digits(number), count=numerals.digits(count))
        )
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        return print_pdf(pdf, printer, on_page)
    finally:
        progress.close()
        progress.deleteLater()
