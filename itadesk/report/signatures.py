"""The signature block: prepared, checked and approved by (names and positions from the agency)."""

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from itadesk.domain.agency import AgencyProfile
from itadesk.i18n import th
from itadesk.report.fonts import FONT
from itadesk.report.styles import para

_LINE = "." * 40


def _signer(role: str, name: str, position: str) -> list:
    cells = [para(role, "cell-center"), para(th("Signed") + " " + _LINE, "cell-center")]
    cells.append(para(f"( {name} )" if name else f"( {_LINE} )", "cell-center"))
    cells.append(para(position or _LINE, "cell-center"))
    return cells


def signature_block(agency: AgencyProfile, force: bool = False) -> Flowable | None:
    """Three signers side by side; None when the agency has no names and the block was not asked for."""
    signers = [
        (th("Prepared by"), agency.prepared_by_name, agency.prepared_by_position),
        (th("Checked by"), agency.checked_by_name, agency.checked_by_position),
        (th("Approved by"), agency.approved_by_name, agency.approved_by_position),
    ]
    if not force and not any(name for _role, name, _position in signers):
        return None
    columns = [_signer(*signer) for signer in signers]
    rows = [list(row) for row in zip(*columns, strict=True)]
    table = Table(rows, hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 1), (-1, 1), 18),
            ]
        )
    )
    return KeepTogether([table])
