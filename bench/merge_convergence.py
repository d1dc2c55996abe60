"""Merge convergence (not a test): three laptops make random sites, renames (into each other's names, in either
Unicode form and any case), sessions, edits, deletions and audience changes, exchanging files at random; then every
pair exchanges for four rounds. Each run must end with the same records (rosters aside: see without_rosters), the
same report by site and the same notes
of conflicts on every laptop, each laptop reporting each conflict once, and no name on a youth session.

Run: .venv/bin/python bench/merge_convergence.py [--runs N] [--steps N]   (tests/test_merge_convergence.py runs a few)
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from records_helpers import session, state  # noqa: E402

from facilitator.core.records.exchange import export_records, import_records  # noqa: E402
from facilitator.core.records.model import RosterEntry, SessionRecord  # noqa: E402
from facilitator.core.records.store import RecordsStore  # noqa: E402

NAMES = ("Escuela", "ESCUELA", unicodedata.normalize("NFD", "Escuela Peña"), "Escuela Peña", "Library", "Hall")


def report_by_site(store: RecordsStore) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for row in store.session_rows():
        totals[row.site] = totals.get(row.site, 0) + row.participants
    return sorted(totals.items())


def carry(source: RecordsStore, target: RecordsStore, folder: Path, names: bool, rng: random.Random):
    path = folder / f"{rng.random()}.json"
    export_records(source, path, include_names=names)
    return import_records(target, path)


def step(stores: list[RecordsStore], folder: Path, rng: random.Random, reported: list[list]) -> None:
    """One random thing done on one laptop: a new site, a rename, a new session, an edit, or an exchange."""
    n = rng.randrange(3)
    store = stores[n]
    sites = store.sites()
    sessions = [row[0] for row in store.db.execute("select id from sessions")]
    roll = rng.random()
    if roll < 0.15 or not sites:
        store.save_site(rng.choice(NAMES), "school", rng.choice(["Wake", "wake"]))
    elif roll < 0.3:
        site = rng.choice(sites)
        store.save_site(rng.choice(NAMES), "school", site.county, site.id)
    elif roll < 0.45:
        audience = rng.choice(["adults", "grades_9_12"])
        store.save_session(session(rng.choice(sites).id, rng.randint(1, 9), rng.randint(5, 30), audience=audience,
                                   roster=(RosterEntry("Ms. Lee", "teacher"),) if audience == "adults" else (),
                                   grade_band="" if audience == "adults" else audience))
    elif roll < 0.6 and sessions:
        session_id = rng.choice(sessions)
        record = store.session(session_id)
        change = rng.choice(["participants", "audience", "site", "delete", "undelete"])
        if change == "delete":
            store.delete_session(session_id)
        elif change == "undelete":
            store.restore_session(session_id)
        else:
            audience = "adults" if record.audience != "adults" else "grades_6_8"
            values = {"participants": {"participants": rng.randint(1, 40)},
                      "audience": {"audience": audience, "grade_band": "" if audience == "adults" else audience,
                                   "roster": (RosterEntry("Ana", "x"),) if audience == "adults" else ()},
                      "site": {"site_id": rng.choice(sites).id}}[change]
            store.save_session(SessionRecord(**{**record.__dict__, **values}))
    else:
        other = rng.choice([m for m in range(3) if m != n])
        reported[other] += carry(store, stores[other], folder, rng.random() < 0.5, rng).conflicts


def run(seed: int, steps: int) -> list[str]:
    """One run; what went wrong (nothing, if it converged)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        stores = [RecordsStore(folder / f"laptop-{n}.db") for n in range(3)]
        reported: list[list] = [[], [], []]
        try:
            for _ in range(steps):
                step(stores, folder, rng, reported)
            for _ in range(4):
                for a, b in itertools.permutations(range(3), 2):
                    reported[b] += carry(stores[a], stores[b], folder, True, rng).conflicts
            return problems(stores, reported)
        finally:
            for store in stores:
                store.close()


def without_rosters(records: dict) -> dict:
    """What is compared: everything but the rosters. Names travel only in files exported with them, and a laptop
    that already holds a session as it is does not take its roster from a later file (names stay home unless a
    coordinator asks for them)."""
    return {**records, "sessions": {key: value[:4] + value[5:] for key, value in records["sessions"].items()}}


def problems(stores: list[RecordsStore], reported: list[list]) -> list[str]:
    found = []
    seen = [(without_rosters(state(s)), report_by_site(s)) for s in stores]
    if any(other != seen[0] for other in seen[1:]):
        found.append("the laptops' records differ")
    if len({frozenset(r[0] for r in s.db.execute("select id from conflicts")) for s in stores}) > 1:
        found.append("the notes of conflicts differ")
    if len({len(conflicts) for conflicts in reported}) > 1:
        found.append(f"conflicts reported {[len(c) for c in reported]} times")
    for number, store in enumerate(stores):
        if store.db.execute("select count(*) from roster r join sessions s on s.key = r.session_key "
                            "where s.audience in ('grades_6_8', 'grades_9_12')").fetchone()[0]:
            found.append(f"a name on a youth session on laptop {number}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--steps", type=int, default=25)
    args = parser.parse_args()
    failed = {seed: found for seed in range(args.runs) if (found := run(seed, args.steps))}
    for seed, found in failed.items():
        print(f"seed {seed}: {'; '.join(found)}")
    print(f"{args.runs - len(failed)} of {args.runs} runs converged")


if __name__ == "__main__":
    main()
