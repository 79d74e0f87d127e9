"""The whole store as one JSON file (every agency with all it holds): a backup of a shared store, or of a store
file, that `itadesk import` brings back; and the copy kept before an agency or a year is deleted."""

import json
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict
from sqlmodel import Session, col, select

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.document import AgencyDocument
from itadesk.services.errors import ServiceError
from itadesk.services.exporting import agency_document, document_in, document_json, write_json
from itadesk.services.files import write_atomically
from itadesk.store import Store
from itadesk.store.tables import Agency

STORE_FORMAT = "itadesk-store"
STORE_VERSION = 1


class StoreDocument(BaseModel):
    """Every agency of a store, each as its own exchange document."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["itadesk-store"]
    version: Literal[1]
    agencies: list[AgencyDocument] = []


def _snapshot(store: Store) -> Session:
    """A session that reads the store as it stands at its first read, all of it alike while others write."""
    session = store.read()
    if store.shared:
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    else:
        session.connection().exec_driver_sql("BEGIN")  # a read transaction: one snapshot of the file (WAL)
    return session


def store_document(store: Store) -> StoreDocument:
    with _snapshot(store) as session:
        ids = session.exec(select(Agency.id).order_by(col(Agency.name), col(Agency.district), col(Agency.id))).all()
        agencies = [document_in(session, agency_id) for agency_id in ids]
    return StoreDocument(format=STORE_FORMAT, version=STORE_VERSION, agencies=agencies)


def store_json(document: StoreDocument) -> str:
    """The store document as JSON, each agency written as its own exchange file is."""
    raw = {
        "format": document.format,
        "version": document.version,
        "agencies": [json.loads(document_json(agency)) for agency in document.agencies],
    }
    return json.dumps(raw, ensure_ascii=False, indent=2) + "\n"


def write_store_json(store: Store, path: Path) -> int:
    """The whole store into a JSON file (replaced only by a complete one); returns how many agencies it holds."""
    document = store_document(store)
    data = store_json(document).encode("utf-8")
    _make_folder(Path(path).parent)
    write_atomically(Path(path), lambda out: out.write(data))
    return len(document.agencies)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ServiceError(_("Cannot write {path}: {error}").format(path=folder, error=error_text(error))) from None


def shared_backup_name(store: Store) -> str:
    return f"{store.name}-{datetime.now():%Y%m%d-%H%M%S}.json"


def copy_before_deleting(store: Store, agency_id: int, what: str) -> Path:
    """The way back before deleting (what: "deleting-agency-3", "deleting-2568"), in the store's backup folder.

    A store file is copied whole; of a shared store the agency is written as a JSON file, which importing brings
    back. Called while the deleting transaction holds the write lock, nothing changes between the copy and the
    deletion.
    """
    from itadesk.store.backup import backup_now

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    if store.shared:
        target = store.backup_folder / f"{store.name}-before-{what}-{stamp}.json"
        _make_folder(target.parent)
        write_json(agency_document(store, agency_id), target)
        return target
    path = store.path
    return backup_now(path, store.backup_folder / f"{path.stem}-before-{what}-{stamp}{path.suffix}")
