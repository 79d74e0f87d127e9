"""An agency as the reports name it: where it is and who signs for it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class AgencyProfile:
    id: int | None
    name: str
    kind: str = ""
    district: str = ""
    province: str = ""
    prepared_by_name: str = ""
    prepared_by_position: str = ""
    checked_by_name: str = ""
    checked_by_position: str = ""
    approved_by_name: str = ""
    approved_by_position: str = ""
