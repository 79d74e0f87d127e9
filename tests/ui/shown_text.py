"""Every piece of text a window shows, and the words and digits in it that are not in the window's language.

A word counts as shown when a user can see it: labels, buttons, titles, menus and their items, tab titles, table and
tree headers and cells, combo box items, placeholder texts, tooltips (and the names screen readers read). What the
user typed into a field is theirs, not the program's, and is left out of the words; the digits of the values the
program puts in its fields (a score, a date, a percentage) are checked too.

Data keeps its language: agency, indicator and level names and the clerk's texts are Thai in an English window too
(they come from the rules files and the store), and may hold Latin words (web addresses, a tool code). They are taken
out of a text before it is checked, as are the names that Thai usage writes in Latin letters.
"""

import json
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
)

from itadesk.paths import frameworks_dir, sample_file

# Latin names Thai text uses as they are: the program's name, the assessment and its tools, file types and the word
# processor that opens them, key names (Thai keyboards print them in Latin letters), and each language's own name in
# the language menu.
LATIN_IN_THAI = {
    "ITA",
    "IIT",
    "EIT",
    "OIT",
    "PDF",
    "Word",
    "Excel",
    "English",
    "Insert",
    "Delete",
    "Enter",
    "Tab",
    "Ctrl",
    "Shift",
    "Alt",
}
# In an English window: Thai's own name in the language menu, and the sample agency as Thai clerks write it.
THAI_IN_ENGLISH = {"ไทย", "อบต.โคกคอน"}
# Widgets that show the printed report's own text, which is Thai whatever the window's language.
REPORT_TEXT = {"draftedSentence"}

_ALWAYS_ALLOWED = re.compile(
    r"ITA Desk"
    r"|(?:https?://|www\.)\S+"  # web addresses
    r"|\*\.\w+|\(\*\)"  # file filters: *.sqlite3, (*)
    r"|\b(?:Ctrl|Shift|Alt|Meta)(?:\+\w+)+"  # key sequences: Ctrl+V, Alt+Up, Ctrl+Shift+N
    r"|(?<![A-Za-z0-9])O\d{1,2}(?![A-Za-z0-9])"  # the ITA's item codes, written as the NACC writes them: O25, O26
)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+(?:[ .]?[\u0E00-\u0E7F]+)*")  # Thai letters, marks and digits


@dataclass(frozen=True)
class Shown:
    where: str
    text: str
    value: bool = False  # a field's value: the program writes its digits, the words may be the user's


def _plain(text: str) -> str:
    if re.search(r"</?[a-zA-Z][^>]*>", text):  # rich text: what shows is its plain text
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(&?)", r"\1", text)  # mnemonics: "แ&ฟ้ม" shows as แฟ้ม, "&&" as "&"


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView, where: str) -> Iterator[Shown]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    if isinstance(view, QTableView):
        headers = [
            (Qt.Orientation.Horizontal, view.horizontalHeader()),
            (Qt.Orientation.Vertical, view.verticalHeader()),
        ]
    elif isinstance(view, QTreeView):
        headers = [(Qt.Orientation.Horizontal, view.header())]
    else:
        headers = []
    for orientation, header in headers:
        if header is None or header.isHidden():
            continue
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
        for section in range(count):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield Shown(f"{where} header {section}", value)

    def cells(parent: QModelIndex) -> Iterator[Shown]:
        # A list shows one column (and the list widgets' model keeps columnCount private in PySide).
        columns = 1 if isinstance(view, QListView) else model.columnCount(parent)
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in roles:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield Shown(f"{where} cell {row},{column}", value)
                if column == 0:
                    yield from cells(index)

    yield from cells(view.rootIndex())


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    where = f"{where} action {action.text()!r}"
    for text in (action.text(), action.toolTip(), action.statusTip()):
        yield Shown(where, text)
    if action.menu() is not None:
        yield from _widget_texts(action.menu(), where)


def _widget_texts(widget: QWidget, where: str) -> Iterator[Shown]:
    for text in (widget.toolTip(), widget.statusTip(), widget.whatsThis(), widget.accessibleName()):
        yield Shown(f"{where} tip", text)
    if widget.isWindow() or isinstance(widget, QToolBar):  # a toolbar's title names it in the toolbars menu
        yield Shown(f"{where} title", widget.windowTitle())
    if isinstance(widget, QLabel):
        yield Shown(where, widget.text())
    elif isinstance(widget, QAbstractButton):
        yield Shown(where, widget.text())
    elif isinstance(widget, QGroupBox):
        yield Shown(where, widget.title())
    elif isinstance(widget, QMenu):
        yield Shown(where, widget.title())
    elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
        yield Shown(f"{where} placeholder", widget.placeholderText())
        yield Shown(where, widget.text(), value=not widget.isReadOnly())
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        yield Shown(f"{where} placeholder", widget.placeholderText())
        if widget.isReadOnly():
            yield Shown(where, widget.toPlainText())
    elif isinstance(widget, QDateTimeEdit):  # month names are the program's
        yield Shown(where, widget.text())
    elif isinstance(widget, QAbstractSpinBox):
        yield Shown(f"{where} value", widget.text())
        if isinstance(widget, QSpinBox):
            for text in (widget.prefix(), widget.suffix(), widget.specialValueText()):
                yield Shown(where, text)
    elif isinstance(widget, QComboBox):
        yield Shown(f"{where} placeholder", widget.placeholderText())
        if widget.lineEdit() is not None:
            yield Shown(f"{where} placeholder", widget.lineEdit().placeholderText())
        for index in range(widget.count()):
            yield Shown(f"{where} item {index}", widget.itemText(index))
    elif isinstance(widget, QStatusBar):  # a passing message is painted, not a label
        yield Shown(where, widget.currentMessage())
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield Shown(f"{where} tab {index}", widget.tabText(index))
            yield Shown(f"{where} tab {index} tip", widget.tabToolTip(index))
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        if widget.model() is not None and not isinstance(widget.parentWidget(), QComboBox):
            yield from _model_texts(widget.model(), widget, where)
    for action in widget.actions():
        yield from _action_texts(action, where)


def shown_texts(root: QWidget, values: bool = False) -> list[Shown]:
    """Everything `root` and the widgets inside it show, hidden ones included (another tab is one click away).

    The values in editable fields are left out unless `values` is true.
    """
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}({widget.objectName()})"
        if widget.objectName() in REPORT_TEXT:
            continue
        found.extend(shown for shown in _widget_texts(widget, where) if shown.text and (values or not shown.value))
    return [Shown(s.where, _plain(s.text), s.value) for s in found]


def _strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def data_texts(*extra: str) -> list[str]:
    """The texts of the rules files and of the sample agency (what the test stores hold), longest first."""
    found = set(extra)
    found.update(_strings_in(json.loads(sample_file().read_text(encoding="utf-8"))))
    for rules in frameworks_dir().glob("*.toml"):
        found.update(_strings_in(tomllib.loads(rules.read_text(encoding="utf-8"))))
    found |= {" ".join(text.split()) for text in found}  # measure titles show on one line
    return sorted((text for text in found if text.strip()), key=len, reverse=True)


def data_pattern(data: Iterable[str]) -> re.Pattern[str]:
    """Any of the data texts, longest first, never a piece of a longer Latin word ("A", a letter grade, in "ITA")."""
    alternatives = "|".join(re.escape(text) for text in sorted(set(data), key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])")


def foreign_words(text: str, language: str, data: re.Pattern[str]) -> list[str]:
    """The words of `text` that are in neither `language` nor the data (`data_pattern`), nor allowed in it."""
    text = data.sub(" ", text)
    text = _ALWAYS_ALLOWED.sub(" ", text)
    if language == "th":
        return [word for word in _LATIN_WORD.findall(text) if word not in LATIN_IN_THAI]
    return [run for run in _THAI_RUN.findall(text) if run not in THAI_IN_ENGLISH]


def untranslated(root: QWidget, language: str, data: Iterable[str]) -> list[str]:
    """Where `root` shows words that are not in `language`, as 'where: word in «text»' lines."""
    data = data_pattern(data)
    problems = []
    for shown in shown_texts(root):
        for word in foreign_words(shown.text, language, data):
            problems.append(f"{shown.where}: {word!r} in «{shown.text}»")
    return sorted(set(problems))


# Where a Thai window keeps 0–9: what has to be typed or found as written (web and e-mail addresses, folders and
# files, the ITA's codes such as O12) and key names (F5, Ctrl+1).
_LATIN_DIGITS_KEPT = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\S+@\S+\.\w+"
    r"|\S*[\\/]\S*"
    r"|\S+\.(?:pdf|docx?|xlsx?|csv|json|toml|txt|sqlite3?|db|bak|zip)(?![A-Za-z0-9])"
    r"|[A-Za-z][A-Za-z0-9]*\d"
    r"|\b(?:Ctrl|Shift|Alt|Meta)(?:\+\w+)+",
    re.IGNORECASE,
)
_LATIN_DIGIT = re.compile(r"[0-9]")
_THAI_DIGIT = re.compile(r"[๐-๙]")


def foreign_digits(root: QWidget, language: str, data: Iterable[str], *kept: str) -> list[str]:
    """Where `root` shows digits of the other language: 0–9 in a Thai window, outside addresses, paths and codes;
    ๐–๙ in an English one. Data keeps its digits (a clerk may write either), as do the `kept` texts (a store path);
    data that is only a number is the program's to write, so it is checked."""
    worded = [text for text in data if re.search(r"[^\W\d_]", text)]
    theirs = data_pattern([*worded, *kept]) if worded or kept else None
    problems = []
    for shown in shown_texts(root, values=True):
        text = theirs.sub(" ", shown.text) if theirs else shown.text
        if language == "th":
            found = _LATIN_DIGIT.search(_LATIN_DIGITS_KEPT.sub(" ", text))
        else:
            found = _THAI_DIGIT.search(text)
        if found:
            problems.append(f"{shown.where}: «{shown.text}»")
    return sorted(set(problems))
