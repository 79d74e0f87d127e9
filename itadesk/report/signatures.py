"""The signature block: prepared, checked and approved by (names and positions from the agency)."""

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from itadesk.domain.agency import AgencyProfile
from itadesk.report.content.text import Signer, signers
from itadesk.report.fonts import FONT
from itadesk.report.styles import para


def _signer(signer: Signer) -> list:
    return [para(line, "cell-center") for line in (signer.role, signer.signed, signer.name, signer.position)]


def signature_block(agency: AgencyProfile, force: bool = False) -> Flowable | None:
    """Three signers side by side; None when the agency has no names and the block was not asked for."""
    people = signers(agency, force)
    if people is None:
        return None
    columns = [_signer(signer) for signer in people]
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
