"""An agency's and a measure's fields are declared once, in the domain; the store's tables, the exchange document
and the workbook's columns follow from that declaration."""

import json
import subprocess
import sys
import textwrap
from dataclasses import fields
from pathlib import Path

from itadesk.domain.agency import AGENCY_FIELDS, AgencyProfile
from itadesk.domain.plan import MEASURE_FIELDS, PlanMeasure
from itadesk.services.agencies import AgencyDetails
from itadesk.services.document import AgencyPart, MeasurePart
from itadesk.services.xlsx import AGENCY_ITEMS, MEASURES_COLUMNS
from itadesk.store.tables import Agency, Measure

ROOT = Path(__file__).resolve().parent.parent


def test_every_agency_field_is_in_the_table_the_document_and_the_workbook():
    names = [d.name for d in AGENCY_FIELDS]
    assert names == [f.name for f in fields(AgencyProfile) if f.name != "id"]
    assert [c.name for c in Agency.__table__.columns] == ["id", *names, "created_at"]
    assert list(AgencyPart.model_fields) == [*names, "responsible_units"]
    assert [f.name for f in fields(AgencyDetails)] == [*names, "responsible_units"]
    assert AGENCY_ITEMS == {d.name: d.title_th for d in AGENCY_FIELDS}
    assert len(set(AGENCY_ITEMS.values())) == len(AGENCY_ITEMS)  # each item of the sheet names one field
    for described in AGENCY_FIELDS:
        assert Agency.__table__.columns[described.name].nullable is False
        assert AgencyPart.model_fields[described.name].is_required() == described.required


def test_every_measure_field_is_in_the_table_the_document_and_the_workbook():
    names = [d.name for d in MEASURE_FIELDS]
    assert names == [f.name for f in fields(PlanMeasure) if f.name != "id"]
    assert [c.name for c in Measure.__table__.columns] == [
        "id",
        "plan_id",
        "indicator",
        "position",
        *names[1:],
        "updated_at",
    ]
    period = names.index("period_start")
    assert list(MeasurePart.model_fields) == [*names[:period], "period", *names[period + 2 :]]
    assert [c for c in MEASURES_COLUMNS if c not in ("ปีของแผน", "จากผลการประเมินปี", "ลำดับ")] == [
        d.title_th for d in MEASURE_FIELDS
    ]


# Adds a field to the agency's and to the measure's declaration, then loads the program: the field must go from a
# store to a JSON file, to a workbook and back, and into another store, with nothing else changed.
_WITH_NEW_FIELDS = """
import json, sys
from dataclasses import dataclass, replace
from pathlib import Path

import itadesk.domain.agency as agency_module
import itadesk.domain.plan as plan_module
from itadesk.domain.fields import described, titled


@dataclass(frozen=True)
class AgencyProfile(agency_module.AgencyProfile):
    website: str = titled("เว็บไซต์", "Website", "")


@dataclass(frozen=True)
class PlanMeasure(plan_module.PlanMeasure):
    budget: str = titled("งบประมาณ", "Budget", "")


agency_module.AgencyProfile, agency_module.AGENCY_FIELDS = AgencyProfile, described(AgencyProfile)
plan_module.PlanMeasure, plan_module.MEASURE_FIELDS = PlanMeasure, described(PlanMeasure)

from itadesk.services.agencies import agency_details
from itadesk.services.exporting import agency_document, write_json
from itadesk.services.importing import import_file
from itadesk.services.plans import plan_for, update_measure
from itadesk.services.sample import load_sample
from itadesk.services.xlsx import read_xlsx, write_xlsx
from itadesk.store import open_store
from itadesk.store.tables import Agency

folder = Path(sys.argv[1])
store = open_store(folder / "first.sqlite3")
agency = load_sample(store)
with store.transaction() as session:
    session.get(Agency, agency.id).website = "https://kokkon.go.th"
measure = plan_for(store, agency.id, 2569).measures[0]
update_measure(store, replace(measure, budget="50,000 บาท"))
first = folder / "first.json"
write_json(agency_document(store, agency.id), first)
workbook = folder / "agency.xlsx"
write_xlsx(agency_document(store, agency.id), workbook)
other = open_store(folder / "other.sqlite3")
imported = import_file(other, workbook)
second = folder / "second.json"
write_json(agency_document(other, imported.id), second)
print(json.dumps({
    "same": first.read_bytes() == second.read_bytes(),
    "from_xlsx": read_xlsx(workbook) == agency_document(store, agency.id),
    "details": agency_details(other, imported.id).website,
    "measure": plan_for(other, imported.id, 2569).measures[0].budget,
    "json": json.loads(second.read_text(encoding="utf-8")),
}, ensure_ascii=False))
store.close()
other.close()
"""


def test_a_field_added_to_the_declaration_goes_everywhere(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_WITH_NEW_FIELDS), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={
            "ITADESK_DB": str(tmp_path / "unused.sqlite3"),
            "PATH": "",
            "PYTHONPATH": str(ROOT),
            "PYTHONIOENCODING": "utf-8",  # the child prints Thai to a pipe (cp1252 on Windows otherwise)
        },
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["same"] and found["from_xlsx"]
    assert found["details"] == "https://kokkon.go.th"
    assert found["measure"] == "50,000 บาท"
    assert found["json"]["agency"]["website"] == "https://kokkon.go.th"
    assert found["json"]["plans"][0]["measures"][0]["budget"] == "50,000 บาท"
