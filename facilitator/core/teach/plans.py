"""Saved session plans: listed newest first, reopened, replaced when saved again, deleted."""

from __future__ import annotations

import json

from ..records.store import RecordsStore, now
from .planner import Plan, items_data, items_from


def save_plan(store: RecordsStore, plan: Plan) -> Plan:
    """Insert or replace the plan; returns it with its new update time."""
    stamp = now()
    row = {"id": plan.id, "name": plan.name, "audience": plan.audience, "minutes_available": plan.minutes_available,
           "facilitator_language": plan.facilitator_language, "audience_language": plan.audience_language,
           "modules": json.dumps(list(plan.modules)),
           "items": json.dumps(items_data(plan.items)),
           "start_time": plan.start_time, "updated_at": stamp}
    with store.writing():
        existing = store.db.execute("select created_at from plans where id = ?", [plan.id]).fetchone()
        store.db["plans"].upsert({**row, "created_at": existing[0] if existing else stamp}, pk="id")
    return _plan(store.db.execute("select * from plans where id = ?", [plan.id]).fetchone())


def plans(store: RecordsStore) -> list[Plan]:
    return [_plan(row) for row in store.db.execute("select * from plans order by updated_at desc, name")]


def load_plan(store: RecordsStore, plan_id: str) -> Plan:
    row = store.db.execute("select * from plans where id = ?", [plan_id]).fetchone()
    if row is None:
        raise KeyError(plan_id)
    return _plan(row)


def delete_plan(store: RecordsStore, plan_id: str) -> None:
    with store.writing():
        store.db.execute("delete from plans where id = ?", [plan_id])


def _plan(row: tuple) -> Plan:
    (plan_id, name, audience, minutes, facilitator_language, audience_language, modules, items, start_time,
     _created_at, updated_at) = row
    return Plan(name, audience, minutes, facilitator_language, audience_language, tuple(json.loads(modules)),
                items_from(json.loads(items)), start_time or "",
                plan_id, updated_at)
