"""The guide as a PDF, set as the printed report is set: A4 with the margins of Thai official documents, Sarabun at the
report's sizes, Thai digits, page numbers "- ๒ -" at the top from page 2, lines broken only between words (the
report's own page templates, styles and Thai line breaking, itadesk.report)."""

import hashlib
import io
import re
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer, Table

from itadesk.guide.source import Block, Words
from itadesk.i18n import N_, translator
from itadesk.report.content.layout import GRID_LINE, HEADER_FILL, OFFICIAL_NUMBERS
from itadesk.report.fonts import FONT
from itadesk.report.pages import PORTRAIT, NumberedCanvas, document, numbered_canvas, portrait_width
from itadesk.report.styles import style
from itadesk.report.thaitext import MARKER, markup, prepare_thai_text
from itadesk.thai.dates import format_thai_date
from itadesk.thai.digits import to_thai_digits, to_thai_digits_in_prose

CONTENTS = N_("Contents")
PICTURE_CAPTION = N_("Picture {number}. {caption}")
SHORTCUTS_HEADING = N_("Keyboard shortcuts")
SHORTCUTS_INTRO = N_("The window's shortcuts, read from the window of this version when this guide was made.")
COMMAND, KEYS, WHERE = N_("Command"), N_("Keys"), N_("Where")

PICTURE_MAX_HEIGHT = 11 * cm  # two pictures and some text fit on a page
PICTURE_MIN_DPI = 130  # a small dialog is not blown up: its pixels are drawn at least this fine
ITEM_INDENT = 18
# Keys are named as the keyboard prints them (Ctrl+1, F1), and text in `backquotes` is typed as it is: their digits
# stay 0–9 in Thai too.
_KEPT_AS_TYPED = re.compile(r"`[^`]+`|\b(?:Ctrl|Shift|Alt)(?:\+[A-Za-z0-9]+)+|\bF\d{1,2}\b")
_INLINE = re.compile(r"\*\*(.+?)\*\*|`([^`]+)`")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


@dataclass(frozen=True)
class ShortcutRow:
    where: str  # the menu or tab it is in
    command: str
    keys: str


@dataclass(frozen=True)
class Stamp:
    """What the guide says of the program it was made from."""

    version: str
    pictures: str  # a digest of the pictures it shows, all taken in the same run
    made: date

    @property
    def build(self) -> str:
        return f"{self.version}+{self.pictures[:12]}"


def pictures_digest(pictures: Mapping[str, Path]) -> str:
    """SHA-256 of the pictures, by name: the build id the guide's metadata records."""
    digest = hashlib.sha256()
    for name in sorted(pictures):
        digest.update(name.encode("utf-8") + b"\0" + Path(pictures[name]).read_bytes())
    return digest.hexdigest()


class _Digits:
    """The guide's numbers: Thai digits in the Thai guide (not in keys or in `typed` text), 0–9 in the English one."""

    def __init__(self, language: str) -> None:
        self.thai = language == "th"

    def prose(self, text: str) -> str:
        if not self.thai:
            return text
        pieces, start = [], 0
        for match in _KEPT_AS_TYPED.finditer(text):
            pieces += [to_thai_digits_in_prose(text[start : match.start()]), match.group(0)]
            start = match.end()
        return "".join([*pieces, to_thai_digits_in_prose(text[start:])])

    def number(self, value: int) -> str:
        return to_thai_digits(value) if self.thai else str(value)


def inline(text: str, digits: _Digits) -> str:
    """Paragraph markup of one block's text: **bold**, `typed` (as it is), the rest with the guide's digits; a break
    is allowed between two pieces that meet between Thai letters, as between two words."""
    pieces: list[tuple[str, str]] = []  # (markup, plain)
    start = 0
    for match in _INLINE.finditer(text):
        if match.start() > start:
            plain = digits.prose(text[start : match.start()])
            pieces.append((markup(plain), plain))
        bold, typed = match.groups()
        if bold is not None:
            plain = digits.prose(bold)
            pieces.append((f"<b>{markup(plain)}</b>", plain))
        else:
            pieces.append((markup(typed), typed))
        start = match.end()
    if start < len(text):
        plain = digits.prose(text[start:])
        pieces.append((markup(plain), plain))
    joined = ""
    previous = ""
    for made, plain in pieces:
        if previous and plain and _THAI_LETTER.match(previous[-1]) and _THAI_LETTER.match(plain[0]):
            joined += MARKER
        joined += made
        previous = plain
    return joined


def _derived(name: str, base: str, **changes: Any) -> Any:
    made = copy(style(base))
    made.name = name
    for key, value in changes.items():
        setattr(made, key, value)
    return made


def _styles() -> dict[str, Any]:
    body = style("body")
    return {
        "item": _derived(
            "guide-item", "body", firstLineIndent=0, leftIndent=ITEM_INDENT, bulletIndent=2, bulletFontName=FONT
        ),
        "caption": _derived("guide-caption", "note", alignment=TA_CENTER, spaceBefore=2, spaceAfter=body.spaceAfter),
        "colophon": _derived("guide-colophon", "note", alignment=TA_CENTER),
        "contents": _derived("guide-contents", "body", firstLineIndent=0, spaceAfter=0),
    }


class _Story:
    """The flowables of one pass: the same blocks each time, the contents' page numbers from the pass before."""

    def __init__(
        self,
        blocks: Sequence[Block],
        language: str,
        pictures: Mapping[str, Path],
        shortcuts: Sequence[ShortcutRow],
        words: Words,
        stamp: Stamp,
    ) -> None:
        self.blocks = blocks
        self.language = language
        self.t = translator(language)
        self.pictures = pictures
        self.shortcuts = shortcuts
        self.words = words
        self.stamp = stamp
        self.digits = _Digits(language)
        self.styles = _styles()

    def text(self, block_text: str) -> str:
        made = self.stamp.made
        when = format_thai_date(made) if self.digits.thai else f"{made.day} {made:%B %Y}"
        values = {"{version}": self.stamp.version, "{build}": self.stamp.build, "{date}": when}
        resolved = self.words.resolve(block_text)
        for key, value in values.items():
            resolved = resolved.replace(key, f"`{value}`" if key == "{build}" else value)
        return resolved

    def para(self, text: str, style_name: str) -> Paragraph:
        chosen = self.styles.get(style_name) or style(style_name)
        return Paragraph(inline(self.text(text), self.digits), chosen)

    def steps(self) -> list[str]:
        return [self.text(block.text) for block in self.blocks if block.kind == "step"] + [self.t(SHORTCUTS_HEADING)]

    def build(self, pages: Mapping[str, int]) -> list[Flowable]:
        story: list[Flowable] = []
        picture_number = 0
        contents_done = False
        for block in self.blocks:
            if block.kind == "title":
                story += [self.para(block.text, "title"), Spacer(1, 0.3 * cm)]
            elif block.kind == "step":
                if not contents_done:
                    story += self.contents(pages)
                    contents_done = True
                story += self.step_heading(self.text(block.text))
            elif block.kind == "heading":
                story += [CondPageBreak(3 * cm), self.para(block.text, "subheading")]
            elif block.kind == "item":
                item = self.para(block.text, "item")
                item.bulletText = self.digits.prose(block.marker)
                story.append(item)
            elif block.kind == "picture":
                picture_number += 1
                story.append(self.picture(block, picture_number))
            elif block.kind == "colophon":
                story.append(self.para(block.text, "colophon"))
            else:
                story.append(self.para(block.text, "body"))
        return story + self.shortcut_table()

    def step_heading(self, title: str) -> list[Flowable]:
        heading = Paragraph(inline(title, self.digits), style("heading"))
        heading.guide_step = title  # type: ignore[attr-defined] - read back by _record_pages
        return [CondPageBreak(6 * cm), heading]

    def contents(self, pages: Mapping[str, int]) -> list[Flowable]:
        rows = [
            [
                Paragraph(inline(title, self.digits), self.styles["contents"]),
                Paragraph(self.digits.number(pages.get(title, 0)), style("cell-number")),
            ]
            for title in self.steps()
        ]
        width = portrait_width()
        table = Table(rows, colWidths=[width - 1.5 * cm, 1.5 * cm], hAlign="LEFT")
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
        return [Paragraph(inline(self.t(CONTENTS), self.digits), style("heading")), table, PageBreak()]

    def picture(self, block: Block, number: int) -> Flowable:
        path = self.pictures[block.marker]
        image = Image(str(path))
        width, height = image.imageWidth, image.imageHeight
        scale = min(portrait_width() / width, PICTURE_MAX_HEIGHT / height, 72 / PICTURE_MIN_DPI)
        image.drawWidth, image.drawHeight = width * scale, height * scale
        framed = Table([[image]], colWidths=[image.drawWidth], rowHeights=[image.drawHeight])
        framed.setStyle(
            [("BOX", (0, 0), (-1, -1), GRID_LINE, "#8a8f98")]
            + [(f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")]
        )
        caption = self.t(PICTURE_CAPTION).format(number=number, caption=block.text)
        return KeepTogether([Spacer(1, 0.15 * cm), framed, self.para(caption, "caption")])

    def shortcut_table(self) -> list[Flowable]:
        if not self.shortcuts:
            return []
        heading = self.step_heading(self.t(SHORTCUTS_HEADING))
        head = [Paragraph(inline(self.t(text), self.digits), style("cell-head")) for text in (COMMAND, KEYS, WHERE)]
        rows = [
            [
                Paragraph(inline(row.command, self.digits), style("cell")),
                Paragraph(markup(row.keys), style("cell")),
                Paragraph(inline(row.where, self.digits), style("cell")),
            ]
            for row in self.shortcuts
        ]
        width = portrait_width()
        table = Table([head, *rows], colWidths=[width * 0.5, width * 0.25, width * 0.25], repeatRows=1)
        table.setStyle(
            [
                ("GRID", (0, 0), (-1, -1), GRID_LINE, "#000000"),
                ("BACKGROUND", (0, 0), (-1, 0), f"#{HEADER_FILL}"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
        return [*heading, self.para(self.t(SHORTCUTS_INTRO), "body"), table]


class _ArabicNumberedCanvas(NumberedCanvas):
    """The English guide's page numbers: "- 2 -" with 0–9, where and as the report puts "- ๒ -"."""

    def _draw_page_number(self, number: int, total: int) -> None:
        from itadesk.report.pages import PAGE_NUMBER_SIZE, official_number_position
        from itadesk.report.thaitext import draw_text

        if number > 1:
            x, y = official_number_position(self._pagesize)
            draw_text(self, x, y, f"- {number} -", FONT, PAGE_NUMBER_SIZE, anchor="middle")


def write_guide(
    target: BinaryIO,
    blocks: Sequence[Block],
    language: str,
    pictures: Mapping[str, Path],
    shortcuts: Sequence[ShortcutRow],
    words: Words,
    stamp: Stamp,
) -> None:
    """Write the guide's PDF to an open binary file. It is set twice: the contents give the page each step starts
    on, as the first setting found it."""
    prepare_thai_text()
    story = _Story(blocks, language, pictures, shortcuts, words, stamp)
    title = next((story.text(block.text) for block in blocks if block.kind == "title"), "ITA Desk")
    pages: dict[str, int] = {}
    for final in (False, True):
        found: dict[str, int] = {}
        out = target if final else io.BytesIO()
        doc = document(out, title=title, author="ITA Desk", first=PORTRAIT)
        doc.subject = f"ITA Desk {stamp.version}: {title} (build {stamp.build})"
        doc.creator = f"ITA Desk {stamp.version}"
        doc.keywords = ["ITA Desk", f"version {stamp.version}", f"pictures {stamp.pictures}", f"build {stamp.build}"]

        def record(flowable: Flowable, doc: Any = doc, found: dict[str, int] = found) -> None:
            step = getattr(flowable, "guide_step", None)
            if step is not None and step not in found:
                found[step] = doc.page

        doc.afterFlowable = record
        maker = numbered_canvas(OFFICIAL_NUMBERS) if language == "th" else _ArabicNumberedCanvas
        doc.build(story.build(pages), canvasmaker=maker)
        pages = found
