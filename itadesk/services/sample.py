"""The sample agency (อบต.โคกคอน, FY 2567–2568 results and the FY 2569 plan), loadable into any store."""

from typing import TYPE_CHECKING

from itadesk.paths import sample_file
from itadesk.services.document import AgencyDocument, read_document

if TYPE_CHECKING:
    from itadesk.store import Store
    from itadesk.store.tables import Agency


def sample_document() -> AgencyDocument:
    return read_document(sample_file())


def load_sample(store: "Store") -> "Agency":
    """Add the sample agency; AlreadyExistsError when the store has it already (nothing is duplicated)."""
    from itadesk.services.importing import import_document

    return import_document(store, sample_document())
