"""A session being presented, kept on disk as it goes: a crash, a closed window or a power cut loses nothing, and
the next start offers the session log, filled in from what had happened.

The journal is small JSON in the user's data folder, rewritten whole (never half-written) at every section change
and every few seconds, and removed once the session has ended and its log been offered.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from ..files import write_bytes_whole
from ..paths import user_data_dir
from .planner import Plan, items_data, items_from
from .presenting import Run

JOURNAL_FILE = "run-in-progress.json"
VERSION = 1
log = logging.getLogger(__name__)


def journal_path() -> Path:
    return user_data_dir() / JOURNAL_FILE


def save_run(run: Run, now: float, path: Path | None = None) -> None:
    """The run as it stands at `now` (the current section's time so far included)."""
    spent = run.spent_so_far(now)
    plan = run.plan
    data = {"version": VERSION, "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "started_at": run.started_at.isoformat(timespec="seconds"), "index": run.index, "spent": spent,
            "plan": {"id": plan.id, "name": plan.name, "audience": plan.audience,
                     "minutes_available": plan.minutes_available, "facilitator_language": plan.facilitator_language,
                     "audience_language": plan.audience_language, "modules": list(plan.modules),
                     "items": items_data(plan.items),
                     "start_time": plan.start_time}}
    write_bytes_whole(path or journal_path(), json.dumps(data, ensure_ascii=False).encode("utf-8"))


def load_run(path: Path | None = None) -> Run | None:
    """The unfinished run the journal holds, ended where it was last saved; None when there is none. A journal that
    cannot be read is set aside (renamed, never deleted) and None returned: it must not stop Upstream starting."""
    path = path or journal_path()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        p = data["plan"]
        plan = Plan(p["name"], p["audience"], int(p["minutes_available"]), p["facilitator_language"],
                    p["audience_language"], tuple(p["modules"]),
                    items_from(p["items"]), p.get("start_time", ""),
                    id=p["id"])
        spent = [float(seconds) for seconds in data["spent"]]
        if len(spent) != len(plan.items) or data.get("version") != VERSION:
            raise ValueError("the journal does not match its plan")
        run = Run(plan, 0.0, started_at=dt.datetime.fromisoformat(data["started_at"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        aside = path.with_suffix(".unreadable.json")
        log.warning("Setting aside the unreadable session journal %s as %s: %s", path, aside, error)
        path.replace(aside)
        return None
    run.restore(int(data["index"]), spent)
    return run


def clear(path: Path | None = None) -> None:
    (path or journal_path()).unlink(missing_ok=True)
