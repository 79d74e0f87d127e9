"""Page layout: A4 portrait for the analysis, landscape for the plan; page numbers "- ๒ -" at the top centre from
page 2 (Thai official documents), or "หน้า ๒ / ๑๒" at the foot of every page."""

import functools
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from itadesk.report.content import layout
from itadesk.report.content.layout import FOOTER_NUMBERS, OFFICIAL_NUMBERS, PageNumbers, check_page_numbers
from itadesk.report.content.text import official_page_label, page_label
from itadesk.report.fonts import FONT
from itadesk.report.thaitext import draw_text

PORTRAIT = "portrait"
LANDSCAPE = "landscape"
FOOTER_SIZE = layout.FOOTER_SIZE
FOOTER_Y = layout.FOOTER_BASELINE * cm
PAGE_NUMBER_SIZE = layout.PAGE_NUMBER_SIZE
HEADER_GAP = layout.HEADER_GAP * cm

_PORTRAIT_MARGINS = {side: size * cm for side, size in layout.PORTRAIT_MARGINS.items()}
_LANDSCAPE_MARGINS = {side: size * cm for side, size in layout.LANDSCAPE_MARGINS.items()}


def _frame(page_size: tuple[float, float], margins: dict[str, float], name: str) -> Frame:
    width, height = page_size
    return Frame(
        margins["left"],
        margins["bottom"],
        width - margins["left"] - margins["right"],
        height - margins["top"] - margins["bottom"],
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def portrait_width() -> float:
    return A4[0] - _PORTRAIT_MARGINS["left"] - _PORTRAIT_MARGINS["right"]


def landscape_width() -> float:
    return landscape(A4)[0] - _LANDSCAPE_MARGINS["left"] - _LANDSCAPE_MARGINS["right"]


def page_margins(page_size: tuple[float, float]) -> dict[str, float]:
    """The margins (points) of a portrait or a landscape page."""
    width, height = page_size
    return _LANDSCAPE_MARGINS if width > height else _PORTRAIT_MARGINS


def text_centre(page_size: tuple[float, float]) -> float:
    """The middle of the text's width, where Word centres its header and footer."""
    margins = page_margins(page_size)
    return (margins["left"] + page_size[0] - margins["right"]) / 2


def official_number_position(page_size: tuple[float, float]) -> tuple[float, float]:
    """Where "- ๒ -" goes: centred over the text, its baseline HEADER_GAP above the text."""
    return text_centre(page_size), page_size[1] - page_margins(page_size)["top"] + HEADER_GAP


class NumberedCanvas(Canvas):
    """Keeps every page until the end so each can say how many pages there are."""

    def __init__(self, *args: Any, page_numbers: PageNumbers = OFFICIAL_NUMBERS, **kwargs: Any) -> None:
        # Without this every page names Helvetica, a font the report never uses and does not embed.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self.page_numbers = check_page_numbers(page_numbers)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        if self.page_numbers == FOOTER_NUMBERS:
            x = text_centre(self._pagesize)
            draw_text(self, x, FOOTER_Y, page_label(number, total), FONT, FOOTER_SIZE, anchor="middle")
        elif number > 1:
            x, y = official_number_position(self._pagesize)
            draw_text(self, x, y, official_page_label(number), FONT, PAGE_NUMBER_SIZE, anchor="middle")


def numbered_canvas(page_numbers: PageNumbers = OFFICIAL_NUMBERS) -> Callable[..., NumberedCanvas]:
    """The canvasmaker for doc.build: pages numbered the official way or in the footer."""
    return functools.partial(NumberedCanvas, page_numbers=check_page_numbers(page_numbers))


def document(target: Any, title: str, author: str, first: str = PORTRAIT) -> BaseDocTemplate:
    """An A4 document with a portrait and a landscape page template; the first page is `first`."""
    doc = BaseDocTemplate(target, pagesize=A4, title=title, author=author, subject=title, creator="ITA Desk")
    templates = [
        PageTemplate(id=PORTRAIT, frames=[_frame(A4, _PORTRAIT_MARGINS, PORTRAIT)], pagesize=A4),
        PageTemplate(
            id=LANDSCAPE,
            frames=[_frame(landscape(A4), _LANDSCAPE_MARGINS, LANDSCAPE)],
            pagesize=landscape(A4),
        ),
    ]
    doc.addPageTemplates(sorted(templates, key=lambda template: template.id != first))
    return doc
