"""Checking a records file's contents before anything is written: every field of every record by the rules the log
form keeps (validation_rules.Rules), a column at a time over the whole file, as a file may hold 100,000 sessions.
Only when something is wrong are the records walked one by one, to say which record and what."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import chain, compress, repeat
from operator import is_not, itemgetter, le, lt
from typing import Any

from .exchange_format import (
    CONFLICT_FIELDS,
    DETAILS,
    SESSION_COLUMNS,
    SITE_COLUMNS,
    ExchangeError,
    Stop,
    stop_if,
)
from .names import tidy
from .validation_fields import MAX_ID, Field, FieldError, Text, Versions, shown
from .validation_rules import (
    Rules,
    category_problem,
    mark_problem,
    roster_problem,
    tally_problems,
    total_problems,
)

SITE_TYPES_IN_FILE = {"id": str, "name": str, "updated_at": str, "versions": dict}
SESSION_TYPES_IN_FILE = {"id": str, "date": str, "site_id": str, "participants": int, "updated_at": str,
                         "versions": dict, "modules": list}
"""The fields every record has, and their types: the first thing checked, so a message can name the record."""
VERSIONS = Versions()
VALUES = frozenset({str, int, float, bool, type(None)})
"""What a column may hold in the file; anything else (a list, an object) SQLite could not store."""
ROW = frozenset({list})
WIDTHS = {key: frozenset({len(columns)}) for key, (_table, columns) in DETAILS.items()}
ASK_STOP_EVERY = 2_000
"""Records checked one by one (to name a problem) between two questions to `stop`."""


def check_payload(payload: dict[str, Any], rules: Rules, stop: Stop | None = None) -> None:
    """Every field of every record, checked a column at a time over the whole file (record by record took longer
    than the merge); only when something is wrong are the records walked one by one, to say which and what. Site
    names are checked as they will be stored (names.tidy). `stop` is asked between the steps."""
    sites, sessions = payload.get("sites"), payload.get("sessions")
    if not isinstance(sites, list) or not isinstance(sessions, list):
        raise ExchangeError("the file has no list of sites or sessions")
    _tidy_site_names(sites)
    steps = (lambda: _records_fit(sites, SITE_TYPES_IN_FILE, SITE_COLUMNS), lambda: _columns_fine(sites, rules.site),
             lambda: _records_fit(sessions, SESSION_TYPES_IN_FILE, SESSION_COLUMNS),
             lambda: _columns_fine(sessions, rules.session), lambda: _details_fine(sessions, rules))
    for fine in steps:
        stop_if(stop)
        if not fine():
            _name_the_problem(sites, sessions, rules, stop)
    _require_unique("site", sites)
    _require_unique("session", sessions)
    _check_aliases(payload.get("aliases", []))
    _check_conflicts(payload.get("conflicts", []))


def _records_fit(records: list[Any], fields: dict[str, type], columns: Sequence[str]) -> bool:
    """The whole-list form of _require."""
    if not set(map(type, records)) <= {dict}:
        return False
    for name, expected in fields.items():
        values = list(map(dict.get, records, repeat(name)))
        if not set(map(type, values)) <= {expected} or (expected is str and not all(values)):
            return False
    return set(map(type, chain.from_iterable(map(dict.get, records, repeat(c)) for c in columns[:-1]))) <= VALUES


def _columns_fine(records: list[dict[str, Any]], rules: Mapping[str, Field]) -> bool:
    """Every column keeps its rule (see validation_fields.Field.fine)."""
    return all(rule.fine(list(map(dict.get, records, repeat(name)))) for name, rule in rules.items())


def _details_fine(sessions: list[dict[str, Any]], rules: Rules) -> bool:
    """The whole-list form of _check_session and _detail_problem: each detail's rows are in shape and keep their
    rules, then the rules across them hold."""
    unique: dict[str, list[Any]] = {}
    for key, checks in rules.details.items():
        lists = list(map(dict.get, sessions, repeat(key), repeat([])))
        if not set(map(type, lists)) <= ROW:
            return False
        rows = list(chain.from_iterable(lists))
        if not (set(map(type, rows)) <= ROW and set(map(len, rows)) <= WIDTHS[key]):
            return False
        # Equal rows are checked once (a file repeats most). A value equal to a good one (True to 1, 1.0 to 1) may
        # hide behind it, and SQLite stores it as that one; a list or an object in a row cannot be compared.
        try:
            unique[key] = list(set(map(tuple, rows)))
        except TypeError:
            return False
        columns = zip(*unique[key], strict=True)
        if rows and not all(check.fine(list(column)) for check, column in zip(checks, columns, strict=True)):
            return False
    modules = list(map(len, map(dict.get, sessions, repeat("modules"))))
    return (min(modules, default=1) > 0 and _pairs_fine(unique, rules) and _tallies_fine(unique["tallies"])
            and not any(map(_totals_problem, _may_exceed(sessions, unique["breakdowns"])))
            and not any(map(_youth_roster, sessions)) and not _any_repeated_detail(sessions))


KEY_WIDTHS = {"modules": 1, "sections": 2, "breakdowns": 2, "tallies": 2, "marks": 3, "roster": 1}
"""How many of a detail row's first columns say which one it is (its table's key, the session aside): two rows of
a session alike in these are the same detail twice, which the log form cannot make and the table cannot hold."""
KEY_PARTS = {key: itemgetter(slice(0, width)) for key, width in KEY_WIDTHS.items()}


def _any_repeated_detail(sessions: list[dict[str, Any]]) -> bool:
    """The whole-list form of _repeated_detail: a table at a time, asking only about sessions with two rows or more."""
    for key, part in KEY_PARTS.items():
        lists = list(map(dict.get, sessions, repeat(key), repeat(())))
        lengths = list(map(len, lists))
        for rows in compress(lists, map(lt, repeat(1), lengths)):
            if len(set(map(tuple, map(part, rows)))) < len(rows):
                return True
    return False


def _repeated_detail(session: dict[str, Any]) -> FieldError | None:
    for key, width in KEY_WIDTHS.items():
        rows = session.get(key, ())
        if len(rows) > 1 and len(set(map(tuple, map(KEY_PARTS[key], rows)))) < len(rows):
            seen: set[tuple[Any, ...]] = set()
            twice = next(row for row in rows if tuple(row[:width]) in seen or seen.add(tuple(row[:width])))
            return FieldError(key, "listed_twice", {"text": " ".join(map(shown, twice[:width]))})
    return None


def _youth_roster(session: dict[str, Any]) -> FieldError | None:
    """A youth session never holds names: one that comes with a roster is refused, as the log form refuses it."""
    return roster_problem(session["audience"], bool(session.get("roster")))


def _may_exceed(sessions: list[dict[str, Any]], breakdowns: list[Any]) -> list[dict[str, Any]]:
    """The sessions _totals_problem needs asking about: those with answer counts, and those whose breakdowns
    together exceed the total (if they do not, none does). Usually none: no session has more breakdown rows, each
    of the largest count, than the fewest took part in any."""
    lengths = list(map(len, map(dict.get, sessions, repeat("breakdowns"), repeat(()))))
    largest = max((row[2] for row in breakdowns), default=0) * max(lengths, default=0)
    fewest = min(map(dict.get, sessions, repeat("participants")), default=0)
    return [session for session in sessions if session.get("marks") or (largest > fewest and sum(
        row[2] for row in session.get("breakdowns", ())) > session["participants"])]


def _pairs_fine(rows: dict[str, list[Any]], rules: Rules) -> bool:
    """Each breakdown category belongs to its dimension, each answer count's mark to its survey item."""
    return (not any(category_problem("", row[0], row[1]) for row in rows["breakdowns"])
            and not any(mark_problem(rules, "", row[0], row[2]) for row in rows["marks"]))


def _tallies_fine(rows: list[Any]) -> bool:
    """No tally has more right answers than answers."""
    if not rows:
        return True
    _items, _timings, answered, correct = zip(*rows, strict=True)
    counted = list(map(is_not, correct, repeat(None)))
    return all(map(le, compress(correct, counted), compress(answered, counted)))


def _totals_problem(session: dict[str, Any]) -> FieldError | None:
    """The first count that adds up to more than it may: the breakdowns against those who took part, the answer
    counts against those who answered."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for dimension, category, number in session.get("breakdowns", ()):
        counts[dimension][category] = number
    marks: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for item_id, timing, mark, number in session.get("marks", ()):
        marks[(item_id, timing)][mark] = number
    answered = {(item_id, timing): (n, right) for item_id, timing, n, right in session.get("tallies", ())}
    problems = total_problems(counts, session["participants"])
    for (item_id, timing), chosen in marks.items():
        n, right = answered.get((item_id, timing), (0, None))
        problems += tally_problems(f"tallies.{item_id}.{timing}", n, right, chosen)
    return problems[0] if problems else None


def _tidy_site_names(sites: list[Any]) -> None:
    """Site names and counties as they will be stored, so they are checked as stored (a name of spaces is none)."""
    for site in sites:
        if isinstance(site, dict):
            for name in ("name", "county"):
                if isinstance(site.get(name), str):
                    site[name] = tidy(site[name])


def _name_the_problem(sites: list[Any], sessions: list[Any], rules: Rules, stop: Stop | None = None) -> None:
    for index, site in enumerate(sites, start=1):
        _require(site, "site", index, SITE_TYPES_IN_FILE, SITE_COLUMNS)
        _refuse_if(_field_problem(site, rules.site), "site", index, site)
    for index, session in enumerate(sessions, start=1):
        if index % ASK_STOP_EVERY == 0:
            stop_if(stop)
        _require(session, "session", index, SESSION_TYPES_IN_FILE, SESSION_COLUMNS)
        _check_session(session, index)
        _refuse_if(_field_problem(session, rules.session) or _detail_problem(session, rules), "session", index,
                   session)
    raise ExchangeError("the file is not as Upstream writes it")  # the two forms of the checks disagree


def _require(record: Any, kind: str, index: int, fields: dict[str, type], columns: Sequence[str]) -> None:
    where, at = f"{kind} {index}", {"kind": kind, "number": str(index)}
    if not isinstance(record, dict):
        raise ExchangeError(f"{where}: not a record", **at)
    for name, expected in fields.items():
        value = record.get(name)
        if not isinstance(value, expected) or isinstance(value, bool) or (expected is str and not value):
            raise ExchangeError(f"{where} ({shown(record.get('id', 'no id'))}): '{name}' is missing or not a "
                                f"{expected.__name__}", **at)
    if not VERSIONS.fine([record["versions"]]):
        raise ExchangeError(f"{where} ({shown(record['id'])}): 'versions' is not in the expected shape", **at)
    if not set(map(type, map(record.get, columns[:-1]))) <= VALUES:  # the last column, versions, is checked above
        raise ExchangeError(f"{where} ({shown(record['id'])}): a field holds a list or an object", **at)


def _check_session(session: dict[str, Any], index: int) -> None:
    """The shape of the session's details: lists of rows of the table's width."""
    where, at = f"session {index} ({shown(session['id'])})", {"kind": "session", "number": str(index)}
    for key in DETAILS:
        rows = session.get(key, [])
        if type(rows) is not list or not (set(map(type, rows)) <= ROW and set(map(len, rows)) <= WIDTHS[key]
                                          and set(map(type, chain.from_iterable(rows))) <= VALUES):
            raise ExchangeError(f"{where}: '{key}' is not in the expected shape", **at)


def _field_problem(record: dict[str, Any], rules: Mapping[str, Field]) -> FieldError | None:
    return next(filter(None, (rule.problem(name, record.get(name)) for name, rule in rules.items())), None)


def _detail_problem(session: dict[str, Any], rules: Rules) -> FieldError | None:
    """The first detail row that breaks a rule, named as the log form names it."""
    if not session["modules"]:
        return FieldError("modules", "no_module")
    if problem := _youth_roster(session) or _repeated_detail(session):
        return problem
    for key, checks in rules.details.items():
        for row in session.get(key, ()):
            problem = next(filter(None, (check.problem(_detail_name(key, row, column), value)
                                         for column, (check, value) in enumerate(zip(checks, row, strict=True)))),
                           None)
            if problem is None and key == "breakdowns":
                problem = category_problem(f"breakdowns.{row[0]}", row[0], row[1])
            if problem is None and key == "marks":
                problem = mark_problem(rules, _detail_name(key, row, 2), row[0], row[2])
            if problem is not None:
                return problem
    correct_over = next((row for row in session.get("tallies", ()) if row[3] is not None and row[3] > row[2]), None)
    if correct_over is not None:
        return tally_problems(_detail_name("tallies", correct_over, 3), correct_over[2], correct_over[3], {})[0]
    return _totals_problem(session)


def _detail_name(key: str, row: list[Any], column: int) -> str:
    """What the log form calls the field that a detail row's `column` fills."""
    if key == "breakdowns":  # "breakdowns" (the dimension), "breakdowns.gender", "breakdowns.gender.boy_man"
        return ".".join(["breakdowns", *map(shown, row[:column])])
    if key in ("tallies", "marks"):
        return f"tallies.{shown(row[0])}.{shown(row[1])}"
    return key


def _refuse_if(problem: FieldError | None, kind: str, index: int, record: dict[str, Any]) -> None:
    if problem is not None:
        detail = problem.english().split(": ", 1)[1]
        raise ExchangeError(f"{kind} {index} ({shown(record['id'])}): {problem.field} {detail}", problem=problem,
                            kind=kind, number=str(index))


def _require_unique(kind: str, records: list[dict[str, Any]]) -> None:
    ids = [record["id"] for record in records]
    if len(ids) != len(set(ids)):
        raise ExchangeError(f"the file lists the same {kind} twice")


def _check_aliases(aliases: Any) -> None:
    """[alias id, site id] pairs: the ids other laptops gave a place this laptop knows by the site id."""
    ids = Text(MAX_ID, required=True)
    if type(aliases) is not list or not all(type(pair) is list and len(pair) == 2 and ids.fine(pair)
                                            for pair in aliases):
        raise ExchangeError("the file's list of site aliases is not as Upstream writes it")


def _check_conflicts(notes: Any) -> None:
    if type(notes) is not list:
        raise ExchangeError("the file's list of conflicts is not as Upstream writes it")
    for index, note in enumerate(notes, start=1):
        if type(note) is not dict:
            raise ExchangeError(f"conflict {index}: not a record")
        problem = _field_problem(note, CONFLICT_FIELDS)
        if problem is not None:
            raise ExchangeError(f"conflict {index}: {problem.english()}", problem=problem)
