"""Killing a writer (tests/crash_writer.py) at random moments and checking what the store kept.

Shared by tests/test_crash_safety.py and bench/soak.py. The same store is reopened across kills, so damage done by
one kill would show in the next checks too. After each kill the store is read with the plain sqlite3 module:

- `PRAGMA integrity_check` is ok, and the store opens with open_store afterwards (else: corrupt);
- every acknowledged score edit holds its value, or that of the one write in flight when the kill came (a write
  can commit just before its acknowledgement is printed); every acknowledged import is there (else: lost);
- every agency in the store has all that the sample holds (else: half imported);
- nothing changed that no write asked for (else: unexpected).
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from itadesk.services.document import AgencyDocument
from itadesk.services.sample import load_sample, sample_document
from itadesk.store import open_store
from itadesk.store.errors import StoreError

WRITER = Path(__file__).with_name("crash_writer.py")
REPO_ROOT = WRITER.parent.parent
MIN_RUN_SECONDS = 0.005
MAX_RUN_SECONDS = 0.300
READY_TIMEOUT_SECONDS = 60

Cell = tuple[int, int]  # (fiscal year, indicator) of the agency the writer edits

_COUNTS = """
SELECT a.name,
    (SELECT count(*) FROM assessment x WHERE x.agency_id = a.id),
    (SELECT count(*) FROM indicator_score s JOIN assessment x ON s.assessment_id = x.id WHERE x.agency_id = a.id),
    (SELECT count(*) FROM official_tool_score t JOIN assessment x ON t.assessment_id = x.id
        WHERE x.agency_id = a.id),
    (SELECT count(*) FROM indicator_analysis n JOIN assessment x ON n.assessment_id = x.id WHERE x.agency_id = a.id),
    (SELECT count(*) FROM plan p WHERE p.agency_id = a.id),
    (SELECT count(*) FROM measure m JOIN plan p ON m.plan_id = p.id WHERE p.agency_id = a.id),
    (SELECT count(*) FROM responsible_unit u WHERE u.agency_id = a.id)
FROM agency a
"""
_SCORES = """
SELECT x.fiscal_year, s.indicator, s.score FROM indicator_score s JOIN assessment x ON s.assessment_id = x.id
WHERE x.agency_id = ?
"""


def expected_counts(document: AgencyDocument) -> tuple[int, ...]:
    """What one whole import of the document adds, in the order of the _COUNTS query."""
    return (
        len(document.assessments),
        sum(len(a.scores) for a in document.assessments),
        sum(len(a.official_tool_scores) for a in document.assessments),
        sum(len(a.analyses) for a in document.assessments),
        len(document.plans),
        sum(len(p.measures) for p in document.plans),
        len(dict.fromkeys(document.agency.responsible_units)),
    )


@dataclass
class _Known:
    """What the store held after the last check: the state the next writer starts from."""

    agency_id: int
    scores: dict[Cell, int]
    agencies: set[str]


@dataclass
class Tally:
    kills: int = 0
    acks: int = 0
    corrupt: int = 0
    lost: int = 0
    half: int = 0
    unexpected: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.problems) < 20:  # enough to diagnose; a broken store would otherwise flood the report
            self.problems.append(f"kill {self.kills}: {kind}: {text}")


def _new_store(path: Path) -> _Known:
    store = open_store(path)
    try:
        agency = load_sample(store)
    finally:
        store.close()
    assert agency.id is not None
    connection = sqlite3.connect(path)
    try:
        scores = {(y, i): s for y, i, s in connection.execute(_SCORES, (agency.id,))}
    finally:
        connection.close()
    return _Known(agency.id, scores, {agency.name})


WINE_INTERNAL_ERROR = 1359  # ERROR_INTERNAL_ERROR: Wine's CreateProcess now and then, when many are started


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    """The writer started; a start that Windows under Wine refuses with an internal error is tried again (twice):
    what is tested is the store after a kill, not the starting of processes."""

    def start() -> subprocess.Popen:
        return subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, encoding="utf-8"
        )

    for _ in range(2):
        try:
            return start()
        except OSError as error:
            if getattr(error, "winerror", None) != WINE_INTERNAL_ERROR:
                raise
            time.sleep(0.5)
    return start()


def _run_writer(path: Path, seed: int, chance: random.Random) -> list[str]:
    """Start the writer, kill it a random moment after it is ready; the lines it printed, whole ones only."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"  # the writer prints Thai names; Windows pipes default to the ANSI code page
    process = _start([sys.executable, str(WRITER), str(path), str(seed)], env)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        if first != "ready\n":
            process.kill()
            process.wait(timeout=READY_TIMEOUT_SECONDS)
            errors = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"the writer did not start: {first!r} {errors}")
        time.sleep(chance.uniform(MIN_RUN_SECONDS, MAX_RUN_SECONDS))
        ended_by_itself = process.poll()
        # SIGKILL on POSIX, TerminateProcess on Windows: no handler, no cleanup, no flush in the writer.
        process.kill()
        # What the writer printed before dying stays readable in the pipe. Read through the same buffered
        # reader as the first line: communicate() would skip what that reader has already buffered.
        output = process.stdout.read()
        process.wait(timeout=READY_TIMEOUT_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
    if ended_by_itself is not None or (os.name == "posix" and process.returncode != -signal.SIGKILL):
        raise RuntimeError(f"the writer ended by itself (code {process.returncode}) before it was killed")
    return [line for line in output.split("\n")[:-1] if line]  # a cut-off last line is not an acknowledgement


def _check(path: Path, known: _Known, lines: list[str], counts: tuple[int, ...], tally: Tally) -> bool:
    """Compare the store with what the writer acknowledged; False when the store is damaged."""
    acked_scores: dict[Cell, int] = {}
    acked_imports: list[str] = []
    in_flight: str | None = None
    for line in lines:
        kind, _, write = line.partition(" ")
        if kind == "begin":
            in_flight = write
        elif kind == "ack":
            if write != in_flight:
                raise RuntimeError(f"the writer acknowledged {write!r} without beginning it")
            in_flight = None
            tally.acks += 1
            what, _, rest = write.partition(" ")
            if what == "score":
                _agency, year, indicator, value = rest.split(" ")
                acked_scores[(int(year), int(indicator))] = int(Decimal(value) * 100)
            else:
                acked_imports.append(rest)
    flight_cell: Cell | None = None
    flight_value: int | None = None
    flight_import: str | None = None
    if in_flight is not None:
        what, _, rest = in_flight.partition(" ")
        if what == "score":
            _agency, year, indicator, value = rest.split(" ")
            flight_cell, flight_value = (int(year), int(indicator)), int(Decimal(value) * 100)
        else:
            flight_import = rest

    try:
        connection = sqlite3.connect(path)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchall()
            agencies = connection.execute(_COUNTS).fetchall()
            scores = {(y, i): s for y, i, s in connection.execute(_SCORES, (known.agency_id,))}
        finally:
            connection.close()
    except sqlite3.Error as error:
        tally.problem("corrupt", f"sqlite3 cannot read the store: {error}")
        return False
    if integrity != [("ok",)]:
        tally.problem("corrupt", f"integrity_check: {integrity[:3]}")
        return False
    try:
        open_store(path).close()
    except StoreError as error:
        tally.problem("corrupt", f"open_store refuses the store: {error}")
        return False

    present = {name for name, *_ in agencies}
    for name, *found in agencies:
        if tuple(found) != counts:
            tally.problem("half", f"{name} has {tuple(found)}, a whole import has {counts}")
        elif name not in known.agencies and name not in acked_imports and name != flight_import:
            tally.problem("unexpected", f"{name} was never imported")
    for name in acked_imports:
        if name not in present:
            tally.problem("lost", f"acknowledged import {name} is missing")
    for name in known.agencies - present:
        tally.problem("lost", f"{name}, there before, is gone")

    for cell in set(known.scores) | set(scores) | set(acked_scores):
        allowed = {acked_scores.get(cell, known.scores.get(cell))}
        if cell == flight_cell:
            allowed.add(flight_value)
        if scores.get(cell) not in allowed:
            kind = "lost" if cell in acked_scores else "unexpected"
            tally.problem(kind, f"score {cell} is {scores.get(cell)}, expected one of {allowed}")

    known.scores = scores
    known.agencies = present
    return True


def run_kills(folder: Path, kills: int, seed: int, kills_per_store: int = 50) -> dict[str, object]:
    """Kill the writer `kills` times, `kills_per_store` times against each store in folder (so damage would pile
    up, while imports do not grow a store without end); the tally of what went wrong.

    Keys: kills, acks (acknowledged writes seen), corrupt, lost, half, unexpected, problems (the first few, as
    text), seconds. A store found damaged is counted and replaced by a new one, so that a long run goes on.
    """
    started = time.perf_counter()
    chance = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    document = sample_document()
    counts = expected_counts(document)
    generation = 0
    path = folder / "store.sqlite3"
    known = _new_store(path)
    tally = Tally()
    for kill in range(kills):
        lines = _run_writer(path, chance.getrandbits(32), chance)
        tally.kills += 1
        healthy = _check(path, known, lines, counts, tally)
        if healthy and (kill + 1) % kills_per_store == 0:
            shutil.rmtree(path.parent / "backups", ignore_errors=True)
            for used in path.parent.glob(path.name + "*"):
                used.unlink()
        if not healthy or (kill + 1) % kills_per_store == 0:
            generation += 1
            path = folder / f"store-{generation}.sqlite3"
            known = _new_store(path)
    return {
        "kills": tally.kills,
        "acks": tally.acks,
        "corrupt": tally.corrupt,
        "lost": tally.lost,
        "half": tally.half,
        "unexpected": tally.unexpected,
        "problems": tally.problems,
        "seconds": time.perf_counter() - started,
    }
