"""Agencies: finding one by (part of) its name or id, listing, creating, editing and deleting."""

from dataclasses import dataclass, field, fields, make_dataclass, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, func, select

from itadesk.domain.agency import AGENCY_FIELDS
from itadesk.i18n import N_, _
from itadesk.services.errors import (
    AlreadyExistsError,
    AmbiguousError,
    InvalidInputError,
    NotFoundError,
    StaleEditError,
)
from itadesk.store import Store
from itadesk.store.tables import Agency, Assessment, Measure, Plan, ResponsibleUnit
from itadesk.thai.digits import from_thai_digits

# Abbreviations clerks write for the kinds of local government.
ABBREVIATIONS = {
    "อบต.": "องค์การบริหารส่วนตำบล",
    "อบจ.": "องค์การบริหารส่วนจังหวัด",
    "ทต.": "เทศบาลตำบล",
    "ทม.": "เทศบาลเมือง",
    "ทน.": "เทศบาลนคร",
}


# The kinds of local government as stored (Thai, as the reports print them), with the label the window shows.
AGENCY_KINDS = {
    "องค์การบริหารส่วนตำบล": N_("Subdistrict administrative organization"),
    "เทศบาลตำบล": N_("Subdistrict municipality"),
    "เทศบาลเมือง": N_("Town municipality"),
    "เทศบาลนคร": N_("City municipality"),
    "องค์การบริหารส่วนจังหวัด": N_("Provincial administrative organization"),
}


def expand_abbreviations(name: str) -> str:
    """The kind of local government written in full when the name starts with its abbreviation: อบต.นาดี,
    อบต. นาดี, อบต นาดี and อบตนาดี become องค์การบริหารส่วนตำบลนาดี. The two-letter ones (ทต ทม ทน) need the dot, a
    space or nothing after them, since names may start with those letters."""
    text = name.strip()
    for short, full in ABBREVIATIONS.items():
        letters = short.rstrip(".")
        if not text.startswith(letters):
            continue
        rest = text[len(letters) :]
        if rest.startswith("."):
            return full + rest[1:].lstrip()
        if not rest or rest[0].isspace() or len(letters) > 2:
            return full + rest.lstrip()
    return text


def _matching_form(name: str) -> str:
    """A name as find_agency compares it: abbreviations written in full, without spaces, Latin letters' case
    ignored."""
    return "".join(expand_abbreviations(name).split()).casefold()


def list_agencies(store: Store) -> list[Agency]:
    with store.read() as session:
        order = (col(Agency.name), col(Agency.district), col(Agency.province), col(Agency.id))
        return list(session.exec(select(Agency).order_by(*order)))


def describe(agency: Agency) -> str:
    place = " ".join(part for part in (agency.district, agency.province) if part)
    return f"{agency.id}: {agency.name}" + (f" ({place})" if place else "")


def find_agency(store: Store, query: str) -> Agency:
    """The one agency whose id is `query` or whose name contains it; อบต., ทต. … match the names written in full
    and the other way round, with or without the dot, and spaces do not count."""
    text = query.strip()
    if not text:
        raise InvalidInputError(_("Name the agency: part of its name, or its number."))
    digits = from_thai_digits(text)
    with store.read() as session:
        if digits.isdigit():
            agency = session.get(Agency, int(digits))
            if agency is None:
                raise NotFoundError(_("There is no agency number {number} in this store.").format(number=text))
            return agency
        agencies = list(session.exec(select(Agency).order_by(col(Agency.name))))
    wanted = _matching_form(text)
    forms = {a.id: _matching_form(a.name) for a in agencies}
    exact = [a for a in agencies if forms[a.id] == wanted]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [a for a in agencies if wanted in forms[a.id]]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = "; ".join(describe(a) for a in agencies) or _("none yet")
        raise NotFoundError(
            _("No agency in this store matches “{query}”. Agencies in this store: {known}").format(
                query=text, known=known
            )
        )
    raise AmbiguousError(
        _("“{query}” matches several agencies; give more of the name or the number: {matches}").format(
            query=text, matches="; ".join(describe(a) for a in matches)
        )
    )


def responsible_units(store: Store, agency_id: int) -> list[str]:
    with store.read() as session:
        rows = session.exec(
            select(ResponsibleUnit)
            .where(ResponsibleUnit.agency_id == agency_id)
            .order_by(col(ResponsibleUnit.position))
        )
        return [row.name for row in rows]


def create_agency(store: Store, name: str, district: str = "", province: str = "", kind: str = "") -> Agency:
    """A new agency; refused (nothing saved) when the name is empty or the same agency exists."""
    return add_agency(store, AgencyDetails(name=name, kind=kind, district=district, province=province))


def add_responsible_unit(store: Store, agency_id: int, name: str) -> None:
    """Remember a unit the clerk typed, so it is offered next time (nothing happens if it is known)."""
    name = name.strip()
    if not name:
        return
    with store.transaction() as session:
        units = list(session.exec(select(ResponsibleUnit).where(ResponsibleUnit.agency_id == agency_id)))
        if any(unit.name == name for unit in units):
            return
        session.add(ResponsibleUnit(agency_id=agency_id, name=name, position=len(units)))


def _cleaned(self: Any) -> Any:
    """Spaces around each value taken off, empty units left out; refused when the name is empty or a unit is
    listed twice."""
    texts = {f.name: getattr(self, f.name).strip() for f in fields(self) if f.name != "responsible_units"}
    if not texts["name"]:
        raise InvalidInputError(_("The agency needs a name."))
    units: list[str] = []
    for unit in (unit.strip() for unit in self.responsible_units):
        if not unit:
            continue
        if any(_same_text(unit, earlier) for earlier in units):
            raise InvalidInputError(_("The unit “{name}” is listed twice; list each unit once.").format(name=unit))
        units.append(unit)
    return type(self)(**texts, responsible_units=tuple(units))


AgencyDetails = make_dataclass(
    "AgencyDetails",
    [
        *((d.name, d.type) if d.required else (d.name, d.type, field(default=d.default)) for d in AGENCY_FIELDS),
        ("responsible_units", tuple[str, ...], field(default=())),
    ],
    namespace={
        "__doc__": "What the clerk edits about an agency: where it is, who signs its reports, its units in order.",
        "__module__": __name__,
        "cleaned": _cleaned,
    },
    frozen=True,
)


_AGENCY_COLUMNS = tuple(f.name for f in fields(AgencyDetails) if f.name != "responsible_units")


def _same_text(a: str, b: str) -> bool:
    """Equal once spaces around and repeated inside are ignored, and Latin letters' case."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _units_of(session: Session, agency_id: int) -> list[ResponsibleUnit]:
    return list(
        session.exec(
            select(ResponsibleUnit)
            .where(ResponsibleUnit.agency_id == agency_id)
            .order_by(col(ResponsibleUnit.position), col(ResponsibleUnit.id))
        )
    )


def _details_of(session: Session, agency: Agency) -> AgencyDetails:
    units = tuple(unit.name for unit in _units_of(session, agency.id))
    return AgencyDetails(**{name: getattr(agency, name) for name in _AGENCY_COLUMNS}, responsible_units=units)


def agency_details(store: Store, agency_id: int) -> AgencyDetails:
    with store.read() as session:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(_("This agency no longer exists; it may have been deleted elsewhere."))
        return _details_of(session, agency)


def same_place(session: Session, name: str, district: str, other_than: int | None = None) -> Agency | None:
    """The agency of that name and district, if any: two agencies may share a name only in different districts
    (the province alone does not tell them apart in the agency list). Spaces around, and Latin letters' case, do
    not count."""
    for agency in session.exec(select(Agency)):
        if agency.id != other_than and _same_text(agency.name, name) and _same_text(agency.district, district):
            return agency
    return None


def _refuse_same_place(session: Session, details: AgencyDetails, other_than: int | None = None) -> None:
    agency = same_place(session, details.name, details.district, other_than)
    if agency is None:
        return
    if agency.district:
        message = _(
            "An agency named {name} in district {district} is already in this store; nothing was saved. "
            "If it is another agency, check its name and district."
        )
    else:
        message = _(
            "An agency named {name} with no district is already in this store; nothing was saved. "
            "If it is another agency, enter its district."
        )
    raise AlreadyExistsError(message.format(name=agency.name, district=agency.district))


def _save_units(session: Session, agency_id: int, units: tuple[str, ...]) -> None:
    """The agency's units become `units`, in that order; rows of units kept are kept (measures name units by text,
    so a unit renamed or removed here stays as it was in the measures that name it)."""
    rows = {row.name: row for row in _units_of(session, agency_id)}
    for name, row in rows.items():
        if name not in units:
            session.delete(row)
    session.flush()  # a unit removed and another renamed to its name must not meet in the unique index
    for position, name in enumerate(units):
        row = rows.get(name) or ResponsibleUnit(agency_id=agency_id, name=name)
        row.position = position
        session.add(row)


def add_agency(store: Store, details: AgencyDetails) -> Agency:
    """A new agency with its signers and units; refused (nothing saved) when the name is empty or an agency of the
    same name and district exists."""
    details = details.cleaned()
    with store.transaction() as session:
        _refuse_same_place(session, details)
        agency = Agency(**{name: getattr(details, name) for name in _AGENCY_COLUMNS})
        session.add(agency)
        session.flush()
        _save_units(session, agency.id, details.responsible_units)
    return agency


def update_agency(
    store: Store,
    agency_id: int,
    details: AgencyDetails | None = None,
    *,
    expected: AgencyDetails | None = None,
    **changes: str | tuple[str, ...] | list[str],
) -> AgencyDetails:
    """Save an agency's details: all of them (`details`) or some (`name=…, responsible_units=[…]`).

    expected: the details as the user saw them; when the store holds others, the edit is refused. Refused edits
    (empty name, a second agency of the same name and district, a unit listed twice) save nothing.
    Returns the details as saved.
    """
    if "responsible_units" in changes:
        changes["responsible_units"] = tuple(changes["responsible_units"])
    with store.transaction() as session:
        agency = session.get(Agency, agency_id)
        if agency is None:
            raise NotFoundError(_("This agency no longer exists; it may have been deleted elsewhere."))
        now = _details_of(session, agency)
        if expected is not None and now != replace(expected, responsible_units=tuple(expected.responsible_units)):
            raise StaleEditError(
                _(
                    "This agency was changed elsewhere meanwhile; nothing was saved. "
                    "Close this window and open it again."
                )
            )
        wanted = replace(details or now, **changes).cleaned()
        _refuse_same_place(session, wanted, other_than=agency_id)
        for name in _AGENCY_COLUMNS:
            setattr(agency, name, getattr(wanted, name))
        session.add(agency)
        _save_units(session, agency_id, wanted.responsible_units)
    return wanted


@dataclass(frozen=True)
class AgencyHoldings:
    """What deleting an agency deletes with it."""

    assessment_years: tuple[int, ...]
    plans: int
    measures: int


def agency_holdings(store: Store, agency_id: int) -> AgencyHoldings:
    with store.read() as session:
        years = session.exec(select(Assessment.fiscal_year).where(Assessment.agency_id == agency_id))
        plans = session.exec(select(func.count()).select_from(Plan).where(Plan.agency_id == agency_id)).one()
        measures = session.exec(
            select(func.count())
            .select_from(Measure)
            .join(Plan, col(Measure.plan_id) == col(Plan.id))
            .where(Plan.agency_id == agency_id)
        ).one()
        return AgencyHoldings(tuple(sorted(years)), plans, measures)


def delete_agency(store: Store, agency_id: int) -> Path:
    """Delete an agency with its assessments, plans, measures and units, after copying the whole store (of a shared
    store, the agency as a JSON file that importing brings back).

    Returns the copy's path: it is the way back. Nothing is deleted when the copy cannot be made.
    """
    from itadesk.services.store_backup import copy_before_deleting

    with store.transaction() as session:
        if session.get(Agency, agency_id) is None:
            raise NotFoundError(_("This agency no longer exists; it may have been deleted elsewhere."))
        # Copied while this transaction holds the write lock: the copy holds exactly what is deleted below.
        backup = copy_before_deleting(store, agency_id, f"deleting-agency-{agency_id}")
        # The database deletes the agency's rows in the other tables (ON DELETE CASCADE; foreign keys are on).
        session.exec(delete(Agency).where(col(Agency.id) == agency_id))
    return backup


def agency_labels(agencies: list[Agency]) -> dict[int, str]:
    """What the agency list shows: the name, and where names repeat "name (district)" (the province when there
    is no district; both, named as such, when that is still not enough)."""
    labels: dict[int, str] = {}
    for agency in agencies:
        twins = [other for other in agencies if _same_text(other.name, agency.name)]
        if len(twins) == 1:
            labels[agency.id] = agency.name
            continue
        place = agency.district or agency.province
        if sum(1 for other in twins if (other.district or other.province) == place) > 1:
            parts = (
                _("District {name}").format(name=agency.district) if agency.district else "",
                _("Province {name}").format(name=agency.province) if agency.province else "",
            )
            place = " ".join(part for part in parts if part)
        labels[agency.id] = f"{agency.name} ({place})" if place else agency.name
    return labels
