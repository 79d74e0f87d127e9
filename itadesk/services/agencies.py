"""Agencies: finding one by (part of) its name or id, listing, creating."""

from sqlmodel import col, select

from itadesk.i18n import _
from itadesk.services.errors import AlreadyExistsError, AmbiguousError, InvalidInputError, NotFoundError
from itadesk.store import Store
from itadesk.store.tables import Agency, ResponsibleUnit
from itadesk.thai.digits import from_thai_digits

# Abbreviations clerks write for the kinds of local government.
ABBREVIATIONS = {
    "อบต.": "องค์การบริหารส่วนตำบล",
    "อบจ.": "องค์การบริหารส่วนจังหวัด",
    "ทต.": "เทศบาลตำบล",
    "ทม.": "เทศบาลเมือง",
    "ทน.": "เทศบาลนคร",
}


def expand_abbreviations(name: str) -> str:
    for short, full in ABBREVIATIONS.items():
        if name.startswith(short):
            return full + name[len(short) :].lstrip()
    return name


def list_agencies(store: Store) -> list[Agency]:
    with store.read() as session:
        return list(session.exec(select(Agency).order_by(col(Agency.name))))


def describe(agency: Agency) -> str:
    place = " ".join(part for part in (agency.district, agency.province) if part)
    return f"{agency.id}: {agency.name}" + (f" ({place})" if place else "")


def find_agency(store: Store, query: str) -> Agency:
    """The one agency whose id is `query` or whose name contains it (อบต./ทต. … expanded)."""
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
    wanted = {text.casefold(), expand_abbreviations(text).casefold()}
    exact = [a for a in agencies if a.name.casefold() in wanted]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [a for a in agencies if any(w in a.name.casefold() for w in wanted)]
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
    name = name.strip()
    if not name:
        raise InvalidInputError(_("The agency needs a name."))
    with store.transaction() as session:
        existing = session.exec(
            select(Agency).where(
                Agency.name == name, Agency.district == district.strip(), Agency.province == province.strip()
            )
        ).first()
        if existing is not None:
            raise AlreadyExistsError(_("{name} is already in this store; nothing was added.").format(name=name))
        agency = Agency(name=name, district=district.strip(), province=province.strip(), kind=kind.strip())
        session.add(agency)
    return agency


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
