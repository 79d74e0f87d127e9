"""An agency as the reports name it: where it is and who signs for it."""

from dataclasses import dataclass

from itadesk.domain.fields import described, titled


@dataclass(frozen=True)
class AgencyProfile:
    """The single declaration of an agency's fields: the store's table, the exchange document and the workbook
    are derived from it (AGENCY_FIELDS)."""

    id: int | None
    name: str = titled("ชื่อหน่วยงาน", "Agency name")
    kind: str = titled("ประเภทหน่วยงาน", "Agency type", "")
    district: str = titled("อำเภอ", "District", "")
    province: str = titled("จังหวัด", "Province", "")
    prepared_by_name: str = titled("ผู้จัดทำ", "Prepared by", "")
    prepared_by_position: str = titled("ตำแหน่งผู้จัดทำ", "Position of the preparer", "")
    checked_by_name: str = titled("ผู้ตรวจสอบ", "Checked by", "")
    checked_by_position: str = titled("ตำแหน่งผู้ตรวจสอบ", "Position of the checker", "")
    approved_by_name: str = titled("ผู้อนุมัติ", "Approved by", "")
    approved_by_position: str = titled("ตำแหน่งผู้อนุมัติ", "Position of the approver", "")


AGENCY_FIELDS = described(AgencyProfile)
