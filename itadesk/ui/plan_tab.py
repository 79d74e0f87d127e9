"""The improvement-plan tab: the measures of a fiscal year by indicator, and an editor that saves as the user goes.

Every change is saved at once and pushed on the shared undo stack. Undo and redo re-run service calls, which can
give a deleted-then-restored measure a new id; the commands therefore hold a MeasureRef, which follows the measure
through those re-creations, instead of a bare id.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.plan import ImprovementPlan, PlanMeasure
from itadesk.domain.summary import YearSummary
from itadesk.errors import UserError
from itadesk.i18n import _
from itadesk.services import assessments
from itadesk.services.agencies import add_responsible_unit, responsible_units
from itadesk.services.assessments import year_summary
from itadesk.services.errors import NotFoundError
from itadesk.services.plans import (
    add_measure,
    copy_plan,
    delete_measure,
    measure_position,
    move_measure,
    plan_for,
    update_measure,
)
from itadesk.services.rules import framework
from itadesk.store import Store
from itadesk.thai.dates import fiscal_year_end, fiscal_year_start
from itadesk.ui import numerals
from itadesk.ui.commands import push_edit
from itadesk.ui.measure_editor import MeasureEditor, TextCheck, field_label

if TYPE_CHECKING:  # the checks (and the Thai word list they read) are loaded when a text is first checked
    from itadesk.domain.textcheck import TextFinding, WrittenText

# What a tree row stands for: ("indicator", number) or ("measure", id).
Key = tuple[str, int]
KEY_ROLE = Qt.ItemDataRole.UserRole
ERROR_COLOUR = "#b3261e"


@dataclass
class MeasureRef:
    """One measure as the undo stack knows it; `id` is its current id in the store."""

    id: int


class MeasureRefs:
    """The refs of live measures by id, so every command about one measure shares the same ref."""

    def __init__(self) -> None:
        self._live: dict[int, MeasureRef] = {}

    def ref(self, measure_id: int) -> MeasureRef:
        if measure_id not in self._live:
            self._live[measure_id] = MeasureRef(measure_id)
        return self._live[measure_id]

    def bind(self, ref: MeasureRef, measure_id: int) -> None:
        """The measure of `ref` was (re)created with `measure_id` (SQLite may hand out a freed id again)."""
        ref.id = measure_id
        self._live[measure_id] = ref

    def unbind(self, ref: MeasureRef) -> None:
        if self._live.get(ref.id) is ref:
            del self._live[ref.id]


def _one_line(text: str) -> str:
    return " ".join(text.split())


class PlanTree(QTreeWidget):
    """Indicators with their measures as children, in the store's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.setColumnCount(3)
        self.setHeaderLabels([_("Indicator / measure"), _("Status"), _("Progress (%)")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._structure: list[tuple[int, list[int]]] = []
        self._items: dict[Key, QTreeWidgetItem] = {}

    def show_plan(self, indicators: list[tuple[int, str]], groups: dict[int, list[PlanMeasure]]) -> None:
        """Show the plan; rows are only re-made when measures came, went or moved, so the view does not jump."""
        structure = [(number, [m.id for m in groups.get(number, [])]) for number, _label in indicators]
        header = self.header()
        # Sizing columns to their contents after every cell's text is slow: size them once, when all is in.
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.setUpdatesEnabled(False)
        self.blockSignals(True)
        try:
            if structure != self._structure:
                self._rebuild(indicators, groups)
                self._structure = structure
            for number, label in indicators:
                self._fill_indicator(self._items[("indicator", number)], label, len(groups.get(number, [])))
                for index, measure in enumerate(groups.get(number, []), start=1):
                    self._fill_measure(self._items[("measure", measure.id)], index, measure)
        finally:
            self.blockSignals(False)
            for column in (1, 2):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            self.setUpdatesEnabled(True)

    def _rebuild(self, indicators: list[tuple[int, str]], groups: dict[int, list[PlanMeasure]]) -> None:
        self.clear()
        self._items = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for number, _label in indicators:
            parent = QTreeWidgetItem(self)
            parent.setData(0, KEY_ROLE, ("indicator", number))
            parent.setFont(0, bold)
            self._items[("indicator", number)] = parent
            for measure in groups.get(number, []):
                child = QTreeWidgetItem(parent)
                child.setData(0, KEY_ROLE, ("measure", measure.id))
                self._items[("measure", measure.id)] = child
        self.expandAll()

    @staticmethod
    def _fill_indicator(item: QTreeWidgetItem, label: str, count: int) -> None:
        item.setText(0, label)
        item.setText(1, _("{count} measures").format(count=numerals.digits(count)))

    @staticmethod
    def _fill_measure(item: QTreeWidgetItem, index: int, measure: PlanMeasure) -> None:
        title = _one_line(measure.title)
        item.setText(0, f"{numerals.digits(index)}. {title}")
        item.setToolTip(0, title)
        item.setText(1, measure.status.label)
        item.setText(2, numerals.digits(measure.progress))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def select(self, key: Key | None) -> None:
        """Make `key` the current row without announcing it (the tab already knows)."""
        item = self._items.get(key) if key else None
        self.blockSignals(True)
        try:
            self.setCurrentItem(item)
            if item:
                self.scrollToItem(item)
        finally:
            self.blockSignals(False)


class PlanTab(QWidget):
    """The plan of fiscal year `year + 1`, written from the results of assessment year `year`."""

    edited = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._stack = undo_stack
        self._refs = MeasureRefs()
        self._agency_id: int | None = None
        self._year: int | None = None
        self._indicators: list[tuple[int, str]] = []
        self._groups: dict[int, list[PlanMeasure]] = {}
        self._measures: dict[int, PlanMeasure] = {}
        self._selection: Key | None = None
        self._can_copy = False

        self.heading = QLabel()
        self.heading.setObjectName("planHeading")
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error.hide()

        self.tree = PlanTree()
        self.editor = MeasureEditor()
        self.editor.setObjectName("measureEditor")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        # The tree asks for its widest title; share the width instead, so the editor is not squeezed out.
        splitter.setSizes([500, 600])
        splitter.setChildrenCollapsible(False)

        self.add_action = self._action(_("Add measure"), "addMeasure", ["Ins"], self._add)
        self.delete_action = self._action(_("Delete measure…"), "deleteMeasure", ["Del"], self._delete)
        self.up_action = self._action(_("Move up"), "moveUp", ["Alt+Up"], lambda: self._move(-1))
        self.down_action = self._action(_("Move down"), "moveDown", ["Alt+Down"], lambda: self._move(1))
        self.copy_action = self._action(_("Copy last year's plan"), "copyPlan", [], self._copy_last_year)
        # Insert works in the tree only; this one anywhere in the tab, also while typing in the editor.
        add_anywhere = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        add_anywhere.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_anywhere.activated.connect(self.add_action.trigger)
        self.add_action.setToolTip(_("Add a measure to the selected indicator (Insert, Ctrl+Shift+N)"))
        self.delete_action.setToolTip(_("Delete the selected measure (Delete); it can be undone"))
        self.up_action.setToolTip(_("Move the measure up within its indicator (Alt+Up)"))
        self.down_action.setToolTip(_("Move the measure down within its indicator (Alt+Down)"))

        buttons = QHBoxLayout()
        for action in (self.add_action, self.delete_action, self.up_action, self.down_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.copy_action))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        self.tree.currentItemChanged.connect(self._current_changed)
        self.editor.changed.connect(self._save_field)
        self.editor.unit_typed.connect(self._remember_unit)
        self.show_year(None, None)

    def _action(self, text: str, name: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        # Delete, Insert and Alt+arrows mean something else in a text field: they act on the tree only.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setObjectName(action.objectName() + "Button")
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: (button.setEnabled(action.isEnabled()), button.setToolTip(action.toolTip())))
        return button

    # --- the contract with the main window --------------------------------------------------------------------

    def show_year(self, agency_id: int | None, year: int | None) -> None:
        """Show the plan of fiscal year `year + 1` of the agency (`year` is the assessment year chosen)."""
        if (agency_id, year) != (self._agency_id, self._year):
            self.editor.flush()
            self._selection = None
        self._agency_id, self._year = agency_id, year
        self._set_error("")
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store for the current agency and year, keeping the selected measure if it still exists."""
        self._reload()

    # --- reading ------------------------------------------------------------------------------------------------

    @property
    def plan_year(self) -> int | None:
        return None if self._year is None else self._year + 1

    def _plan(self, fiscal_year: int) -> ImprovementPlan | None:
        assert self._agency_id is not None
        return plan_for(self._store, self._agency_id, fiscal_year)

    def _indicator_labels(self, measures: tuple[PlanMeasure, ...]) -> list[tuple[int, str]]:
        """The indicators of the assessment year's rules (or the plan year's), plus any a measure names."""
        names: dict[int, str] = {}
        for year in (self._year, self.plan_year):
            try:
                names = {i.number: i.name_th for i in framework(year).indicators}
                break
            except UserError:
                continue
        for measure in measures:
            names.setdefault(measure.indicator, "")
        return [(number, f"{numerals.digits(number)} {names[number]}".strip()) for number in sorted(names)]

    def _text_check(self, measures: tuple[PlanMeasure, ...]) -> TextCheck | None:
        """Checks a measure's analysis against the figures of the assessment the plan answers (read when first
        needed, so that showing a plan stays quick)."""
        if self._agency_id is None or self._year is None:
            return None
        agency_id, year = self._agency_id, self._year

        @cache
        def basis() -> "tuple[YearSummary | None, list[WrittenText]]":
            from itadesk.domain.textcheck.texts import year_texts

            try:
                summary = year_summary(self._store, agency_id, year)
            except NotFoundError:
                return None, []
            return summary, year_texts("", assessments.analyses(self._store, agency_id, year)[1])

        def check(measure: PlanMeasure, indicator: int, text: str) -> "list[TextFinding]":
            from itadesk.domain.textcheck import TextKind, WrittenText, check_texts
            from itadesk.domain.textcheck.texts import year_texts

            summary, sources = basis()
            if summary is None:
                return []
            written = WrittenText(TextKind.MEASURE, text, indicator, measure.id, measure.title)
            others = year_texts("", {}, [m for m in measures if m.id != measure.id])
            return check_texts([written], summary.current, summary.previous, sources + others, summary.agency.name)

        return check

    def _reload(self, prefer: int | None = None) -> None:
        before = self._position_of(prefer if prefer in self._measures else self._selected_measure())
        if self._agency_id is None or self._year is None:
            plan, last_year = None, None
            self.heading.setText(_("Choose an agency and an assessment year to see its improvement plan."))
        else:
            plan = self._plan(self.plan_year)
            # last year's plan only matters when this one is empty: then it can be copied
            last_year = None if plan and plan.measures else self._plan(self._year)
            self.heading.setText(
                _("Plan for fiscal year B.E. {plan_year}, from the assessment results of {year}").format(
                    plan_year=numerals.digits(self.plan_year), year=numerals.digits(self._year)
                )
            )
        measures = plan.measures if plan else ()
        self._measures = {m.id: m for m in measures}
        self._indicators = [] if self._agency_id is None or self._year is None else self._indicator_labels(measures)
        self._groups = {number: [] for number, _label in self._indicators}
        for measure in measures:
            self._groups[measure.indicator].append(measure)
        self._can_copy = not measures and bool(last_year and last_year.measures)

        self.tree.show_plan(self._indicators, self._groups)
        self.editor.set_indicators(self._indicators)
        self.editor.set_text_check(self._text_check(measures))
        if self._agency_id is not None:
            self.editor.set_known_units(responsible_units(self._store, self._agency_id))
        self._selection = self._kept_selection(prefer, before)
        self.tree.select(self._selection)
        self._show_selection()

    def _selected_measure(self) -> int | None:
        return self._selection[1] if self._selection and self._selection[0] == "measure" else None

    def _position_of(self, measure_id: int | None) -> tuple[int, int] | None:
        measure = self._measures.get(measure_id) if measure_id is not None else None
        if measure is None:
            return None
        return measure.indicator, [m.id for m in self._groups[measure.indicator]].index(measure_id)

    def _kept_selection(self, prefer: int | None, before: tuple[int, int] | None) -> Key | None:
        """The row to select after a reload: the preferred measure, the one selected, or its neighbour."""
        for candidate in (prefer, self._selected_measure()):
            if candidate in self._measures:
                return "measure", candidate
        if self._selection and self._selection[0] == "indicator" and self._selection[1] in self._groups:
            return self._selection
        if before and before[0] in self._groups:
            indicator, index = before
            group = self._groups[indicator]
            return ("measure", group[min(index, len(group) - 1)].id) if group else ("indicator", indicator)
        for group in self._groups.values():
            if group:
                return "measure", group[0].id
        return ("indicator", self._indicators[0][0]) if self._indicators else None

    def _show_selection(self) -> None:
        measure = self._measures.get(self._selected_measure())
        period = None
        if self.plan_year is not None:
            period = (fiscal_year_start(self.plan_year), fiscal_year_end(self.plan_year))
        if measure is not None:
            self.editor.show_measure(measure, period)
        elif self._can_copy:
            self.editor.show_measure(
                None,
                hint=_(
                    "The plan for fiscal year B.E. {year} has no measures yet. Add measures to an indicator, or "
                    "start from last year's plan with “Copy last year's plan”."
                ).format(year=numerals.digits(self.plan_year)),
            )
        elif self._selection:
            count = len(self._groups.get(self._selection[1], []))
            self.editor.show_measure(
                None,
                hint=_(
                    "Indicator {number} has {count} measures. Choose one to edit it, or add a measure with "
                    "“Add measure” (Insert)."
                ).format(number=numerals.digits(self._selection[1]), count=numerals.digits(count)),
            )
        else:
            self.editor.show_measure(None, hint=_("There is nothing to show yet."))
        self._update_actions()

    def _update_actions(self) -> None:
        has_plan = self._agency_id is not None and self._year is not None
        measure = self._measures.get(self._selected_measure())
        self.add_action.setEnabled(has_plan and self._selection is not None)
        self.delete_action.setEnabled(measure is not None)
        index = self._position_of(measure.id)[1] if measure else 0
        self.up_action.setEnabled(measure is not None and index > 0)
        self.down_action.setEnabled(measure is not None and index < len(self._groups[measure.indicator]) - 1)
        self.copy_action.setEnabled(has_plan and self._can_copy)
        if has_plan:
            self.copy_action.setToolTip(
                _(
                    "Start the plan of fiscal year {to_year} from the measures of {from_year}, statuses reset; "
                    "only while the plan of {to_year} is empty."
                ).format(to_year=numerals.digits(self.plan_year), from_year=numerals.digits(self._year))
            )

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        # Text typed in the editor was saved when the click or key took the focus to the tree, so nothing is
        # saved here: a save re-reads the plan, and the rows must not be re-made while the tree announces a change.
        self._set_error("")
        self._selection = current.data(0, KEY_ROLE) if current else None
        self._show_selection()

    # --- saving -------------------------------------------------------------------------------------------------

    def _set_error(self, message: str) -> None:
        self.error.setText(numerals.message(message))
        self.error.setVisible(bool(message))

    def _guarded(self, call: Callable[[], object]) -> None:
        """Undo and redo run inside Qt: a refusal there is shown, not raised."""
        self._set_error("")
        try:
            call()
        except UserError as error:
            self._set_error(str(error))

    def _push(
        self, text: str, redo: Callable[[], object], undo: Callable[[], object], select: MeasureRef | None = None
    ) -> bool:
        """Save now and make it undoable; a refused edit shows its message and leaves nothing on the stack."""
        first = True

        def again() -> None:
            nonlocal first
            if first:
                first = False
                redo()
            else:
                self._guarded(redo)

        def after() -> None:
            self._reload(select.id if select else None)
            self.edited.emit()

        self._set_error("")
        try:
            push_edit(self._stack, text, again, lambda: self._guarded(undo), after)
        except UserError as error:
            self._set_error(str(error))
            return False
        return True

    def _save_field(self, key: str, measure: PlanMeasure) -> None:
        old = self._measures.get(measure.id)
        if old is None:
            return
        store = self._store
        ref = self._refs.ref(measure.id)

        # A measure moved to another indicator goes back to its old place on undo, not to the end of its group.
        try:
            position = measure_position(store, measure.id) if key == "indicator" else None
        except UserError as error:
            self._set_error(str(error))
            return

        def redo() -> None:
            update_measure(store, replace(measure, id=ref.id), expected=replace(old, id=ref.id))

        def undo() -> None:
            update_measure(store, replace(old, id=ref.id), expected=replace(measure, id=ref.id))
            while position is not None and measure_position(store, ref.id) > position:
                if not move_measure(store, ref.id, -1):
                    break

        self._push(_("Edit “{field}”").format(field=field_label(key)), redo, undo, ref)

    def _remember_unit(self, name: str) -> None:
        if self._agency_id is not None:
            add_responsible_unit(self._store, self._agency_id, name)
            self.editor.set_known_units(responsible_units(self._store, self._agency_id))

    def _add(self) -> None:
        if self._agency_id is None or self.plan_year is None or self._selection is None:
            return
        self.editor.flush()
        indicator = self._selection[1]
        if self._selection[0] == "measure":
            indicator = self._measures[self._selection[1]].indicator
        store, agency_id, plan_year = self._store, self._agency_id, self.plan_year
        measure = PlanMeasure(
            indicator=indicator,
            title=_("New measure"),
            period_start=fiscal_year_start(plan_year),  # the whole fiscal year unless the clerk says otherwise
            period_end=fiscal_year_end(plan_year),
        )
        ref = MeasureRef(0)  # its id is known once redo has added it

        def redo() -> None:
            self._refs.bind(ref, add_measure(store, agency_id, plan_year, measure))

        def undo() -> None:
            delete_measure(store, ref.id)
            self._refs.unbind(ref)

        if self._push(_("Add a measure"), redo, undo, ref):
            self.editor.focus_title()

    def _delete(self) -> None:
        self.editor.flush()  # what was typed last is part of what undo brings back
        measure = self._measures.get(self._selected_measure())
        if measure is None or self._agency_id is None or self.plan_year is None:
            return
        if not self._confirm_delete(measure):
            return
        store, agency_id, plan_year = self._store, self._agency_id, self.plan_year
        ref = self._refs.ref(measure.id)
        position = measure_position(store, measure.id)
        kept = replace(measure, id=None)

        def redo() -> None:
            delete_measure(store, ref.id)
            self._refs.unbind(ref)

        def undo() -> None:
            self._refs.bind(ref, add_measure(store, agency_id, plan_year, kept, position=position))

        self._push(_("Delete a measure"), redo, undo, ref)
        self.tree.setFocus()

    def _confirm_delete(self, measure: PlanMeasure) -> bool:
        title = _one_line(measure.title)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_("Delete measure"))
        box.setText(_("Delete the measure “{title}”?").format(title=title if len(title) <= 90 else title[:88] + "…"))
        box.setInformativeText(_("You can bring it back with Undo (Ctrl+Z)."))
        delete = box.addButton(_("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        confirmed = box.clickedButton() is delete
        box.deleteLater()
        return confirmed

    def _move(self, offset: int) -> None:
        measure = self._measures.get(self._selected_measure())
        if measure is None:
            return
        index = self._position_of(measure.id)[1]
        if not 0 <= index + offset < len(self._groups[measure.indicator]):
            return
        store = self._store
        ref = self._refs.ref(measure.id)
        self.editor.flush()
        self._push(
            _("Move a measure"),
            lambda: move_measure(store, ref.id, offset),
            lambda: move_measure(store, ref.id, -offset),
            ref,
        )
        self.tree.setFocus()  # so Alt+Up / Alt+Down carry on moving it

    def _copy_last_year(self) -> None:
        if self._agency_id is None or self._year is None or not self._can_copy:
            return
        store, agency_id, from_year, to_year = self._store, self._agency_id, self._year, self._year + 1
        refs: list[MeasureRef] = []

        def redo() -> None:
            copy_plan(store, agency_id, from_year, to_year)
            copied = plan_for(store, agency_id, to_year)
            ids = [m.id for m in copied.measures] if copied else []
            if not refs:
                refs.extend(MeasureRef(measure_id) for measure_id in ids)
            for ref, measure_id in zip(refs, ids, strict=False):
                self._refs.bind(ref, measure_id)

        def undo() -> None:
            for ref in refs:
                delete_measure(store, ref.id)
                self._refs.unbind(ref)

        self._push(_("Copy last year's plan"), redo, undo)
