"""A writer to be killed: edits scores and imports agencies into a store until it is stopped.

Run: python tests/crash_writer.py STORE SEED. The store must already hold the sample agency. Before each write it
prints `begin …`, and after the write has committed `ack …`, each line flushed at once, so that the process that
kills it knows which writes were confirmed and which single write may have been in flight.
"""

import random
import sys
import uuid
from decimal import Decimal
from pathlib import Path

from itadesk.services.assessments import set_indicator_score
from itadesk.services.importing import find_same_agency, import_document
from itadesk.services.sample import sample_document
from itadesk.store import open_store

# Only years the sample already has, so that a score edit never adds an assessment and every agency keeps the
# sample's counts (which is how a half-done import is recognised).
YEARS = (2567, 2568)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(store_path: Path, seed: int) -> None:
    chance = random.Random(seed)
    document = sample_document()
    store = open_store(store_path)
    with store.read() as session:
        agency = find_same_agency(session, document.agency)
    if agency is None:
        raise SystemExit("the store must hold the sample agency")
    indicators = sorted(next(a for a in document.assessments if a.fiscal_year == YEARS[0]).scores)
    say("ready")
    while True:
        if chance.random() < 0.8:
            year = chance.choice(YEARS)
            indicator = chance.choice(indicators)
            value = Decimal(chance.randrange(0, 10001)) / 100
            write = f"score {agency.id} {year} {indicator} {value:.2f}"
            say("begin " + write)
            set_indicator_score(store, agency.id, year, indicator, value)
        else:
            name = f"{document.agency.name} {uuid.UUID(int=chance.getrandbits(128)).hex}"
            write = f"import {name}"
            say("begin " + write)
            copy = document.model_copy(update={"agency": document.agency.model_copy(update={"name": name})})
            import_document(store, copy)
        say("ack " + write)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
