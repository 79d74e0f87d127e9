"""Bringing agency documents (the sample, an agency's file, a whole store's backup) into a store: a new agency is
added with everything it holds; one the store already holds is brought in year by year (itadesk.services.merging).
Each file is read whole first, then written in one transaction: a file refused changes nothing."""

import json
from collections.abc import Mapping
from pathlib import Path

from sqlmodel import Session

from itadesk.errors_text import error_text
from itadesk.i18n import _
from itadesk.services.agencies import same_place
from itadesk.services.agency_rows import add_agency_rows
from itadesk.services.document import AgencyDocument, AgencyPart, read_document, read_json_model
from itadesk.services.errors import AlreadyExistsError, InvalidInputError, StaleEditError
from itadesk.services.merging import Decision, MergePreview, MergeResult, merge_in, preview_in
from itadesk.services.store_backup import STORE_FORMAT, StoreDocument
from itadesk.store import Store
from itadesk.store.tables import Agency


def find_same_agency(session: Session, part: AgencyPart) -> Agency | None:
    """The agency of the store that the document's agency is (same name and district)."""
    return same_place(session, part.name, part.district)


def import_document(store: Store, document: AgencyDocument) -> Agency:
    """Add the document's agency with everything it holds, in one transaction; refused (AlreadyExistsError) when
    the store holds the agency already."""
    with store.transaction() as session:
        if find_same_agency(session, document.agency):
            raise AlreadyExistsError(
                _("{name} is already in this store; nothing was added.").format(name=document.agency.name)
            )
        return add_agency_rows(session, document)


def preview_documents(store: Store, documents: list[AgencyDocument]) -> list[MergePreview | None]:
    """For each document, what importing it would change in the agency the store holds (None: a new agency)."""
    with store.read() as session:
        previews: list[MergePreview | None] = []
        for document in documents:
            agency = find_same_agency(session, document.agency)
            previews.append(preview_in(session, agency.id, document) if agency else None)
        return previews


def import_documents(
    store: Store,
    documents: list[AgencyDocument],
    decisions: Mapping[int | tuple[int, int], Decision] | None = None,
    expected: list[MergePreview | None] | None = None,
) -> list[MergeResult]:
    """Bring the documents (one file's) into the store, all in one transaction: new agencies added, those the store
    holds brought in year by year. A year that differs from the store's needs a decision (keep or replace), else
    nothing is imported (YearConflictError, naming every such year of every agency).

    expected: the previews the user decided on; when the store changed meanwhile, nothing is imported
    (StaleEditError).
    """
    from itadesk.services.merging import YearConflictError

    decided = dict(decisions or {})
    results = []
    with store.transaction() as session:
        if expected is not None:
            now = [
                preview_in(session, agency.id, document)
                if (agency := find_same_agency(session, document.agency))
                else None
                for document in documents
            ]
            if now != expected:
                raise StaleEditError(
                    _(
                        "The store was changed elsewhere while you were deciding; nothing was imported from this "
                        "file. Import it again to see what it would change now."
                    )
                )
        conflicts: dict[str, tuple[int, ...]] = {}
        for document in documents:
            agency = find_same_agency(session, document.agency)
            if agency is None:
                added = add_agency_rows(session, document)
                years = tuple(sorted(part.fiscal_year for part in document.assessments))
                results.append(MergeResult(added.id, added.name, created=True, added=years))
                continue
            try:
                results.append(merge_in(session, agency, document, _decisions_for(decided, agency.id)))
            except YearConflictError as error:
                conflicts.update(error.conflicts)
            session.flush()
        if conflicts:
            raise YearConflictError(conflicts)
    return results


# A JSON agency file is some tens of kilobytes (the sample, two years and a plan: 70 KB); reading one takes some
# twenty-five times its size in memory at worst, so larger files are refused before they are read.
MAX_JSON_BYTES = 5 * 1024 * 1024


def _check_json(path: Path) -> None:
    """Refuse a JSON file too large or nested too deeply to be an agency's (read_document reports other faults)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_JSON_BYTES + 1)
    except OSError as error:
        raise InvalidInputError(
            _("{file} cannot be read: {error}").format(file=path.name, error=error_text(error))
        ) from None
    if len(data) > MAX_JSON_BYTES:
        raise InvalidInputError(
            _("{file} is larger than an agency's file can be ({size} MB at most), and was not imported.").format(
                file=path.name, size=MAX_JSON_BYTES // (1024 * 1024)
            )
        )
    try:
        json.loads(data)
    except RecursionError:
        raise InvalidInputError(
            _("{file} is damaged, or not an agency's file: its data is nested too deeply.").format(file=path.name)
        ) from None
    except ValueError:
        return  # not JSON: read_document names the line and column


def _decisions_for(decisions: dict, agency_id: int) -> dict[int, Decision]:
    """The decisions of one agency: those given by year, then those given for it by (agency id, year)."""
    chosen = {key: value for key, value in decisions.items() if isinstance(key, int)}
    chosen.update({key[1]: value for key, value in decisions.items() if isinstance(key, tuple) and key[0] == agency_id})
    return chosen


def read_exchange_file(path: Path) -> AgencyDocument:
    """A JSON or Excel exchange file of one agency, chosen by its suffix; InvalidInputError names the place at
    fault."""
    documents = read_exchange_documents(path)
    if len(documents) != 1:
        raise InvalidInputError(
            _("{file} holds a whole store ({count} agencies), not one agency's file.").format(
                file=Path(path).name, count=len(documents)
            )
        )
    return documents[0]


def read_exchange_documents(path: Path) -> list[AgencyDocument]:
    """The agencies of a JSON or Excel exchange file, or of a whole store's JSON backup (itadesk backup --json)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        if _is_store_backup(path):
            return _read_store_backup(path).agencies
        _check_json(path)
        return [read_document(path)]
    if suffix == ".xlsx":
        from itadesk.services.xlsx import read_xlsx

        return [read_xlsx(path)]
    raise InvalidInputError(
        _("{file}: only .json and .xlsx files exported by ITA Desk can be imported.").format(file=path.name)
    )


def _is_store_backup(path: Path) -> bool:
    """Whether the JSON file says it is a whole store's (its format is written first)."""
    try:
        with path.open("rb") as handle:
            start = handle.read(512)
    except OSError:
        return False
    return f'"format": "{STORE_FORMAT}"'.encode() in start


# A whole store's backup holds every agency: an office's some tens of megabytes.
MAX_STORE_JSON_BYTES = 200 * 1024 * 1024


def _read_store_backup(path: Path) -> StoreDocument:
    try:
        if path.stat().st_size > MAX_STORE_JSON_BYTES:
            raise InvalidInputError(
                _("{file} is larger than a store's backup can be ({size} MB at most), and was not imported.").format(
                    file=path.name, size=MAX_STORE_JSON_BYTES // (1024 * 1024)
                )
            )
    except OSError as error:
        raise InvalidInputError(
            _("{file} cannot be read: {error}").format(file=path.name, error=error_text(error))
        ) from None
    return read_json_model(path, StoreDocument)


def import_file(store: Store, path: Path) -> Agency:
    """Read the whole file first, then add it in one transaction: a bad file changes nothing."""
    return import_document(store, read_exchange_file(path))
