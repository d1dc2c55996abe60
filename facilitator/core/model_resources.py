"""Helplines, legal references and the safety panel: the facts that change, each with when it was last checked,
and what a facilitator is shown when someone discloses harm."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

CHECK_EVERY_DAYS = 180
"""How often a helpline or legal fact is looked at again when its file does not say (agencies' local files)."""


@dataclass(frozen=True)
class Helpline:
    id: str
    name: Mapping[str, str]
    purpose: Mapping[str, str]
    source: str
    checked: dt.date
    """When someone last compared it with the published source named in `source`."""
    confirmed: dt.date | None = None
    """When someone last confirmed it with the service itself; None until that happens."""
    phone: str = ""
    phone_words: str = ""
    text: str = ""
    tty: str = ""
    web: str = ""
    chat: bool = False
    hours: Mapping[str, str] | None = None
    languages: Mapping[str, str] | None = None
    notes: Mapping[str, str] | None = None
    check: str = ""
    placeholder: bool = False
    local: bool = False
    text_keywords: Mapping[str, str] | None = None
    """The word to text to `text`, by language (988 takes AYUDA for Spanish)."""
    known_as: tuple[str, ...] = ()
    """Names the curriculum's prose uses for it, to find text that promises it on a handout."""

    @property
    def last_checked(self) -> dt.date:
        """The newest of the two dates: how fresh the entry is, whichever way it was checked."""
        return max(self.checked, self.confirmed or dt.date.min)

    @property
    def channels(self) -> tuple[str, ...]:
        """How to reach it: any of phone, text, tty, web, chat."""
        present = {"phone": self.phone, "text": self.text, "tty": self.tty, "web": self.web, "chat": self.chat}
        return tuple(name for name, value in present.items() if value)

    @property
    def web_only(self) -> bool:
        return bool(self.web) and not (self.phone or self.text or self.tty)


@dataclass(frozen=True)
class LegalReference:
    id: str
    citation: str
    summary: Mapping[str, str]
    source: str
    checked: dt.date
    check: str = ""

    @property
    def last_checked(self) -> dt.date:
        return self.checked


@dataclass(frozen=True)
class Resources:
    helplines: tuple[Helpline, ...]
    legal: tuple[LegalReference, ...]
    check_every_days: int = CHECK_EVERY_DAYS
    """How old an entry's newest check may be before `content check` lists it as due."""
    print_always: tuple[str, ...] = ()
    """Helplines every help box prints first, whatever the modules."""

    @property
    def entries(self) -> tuple[Helpline | LegalReference, ...]:
        """Every helpline, then every legal reference: the facts that are checked."""
        return (*self.helplines, *self.legal)

    def needing_check(self) -> list[tuple[str, str]]:
        """(id, what to confirm) for every entry whose facts are known to be changing."""
        return [(entry.id, entry.check) for entry in self.entries if entry.check]

    def printed(self, promised: Iterable[str] = ()) -> list[Helpline]:
        """What a help box prints before the agency's local entries: the lines every box prints, then those the
        modules promise (`promised`, their `help:` ids), each once; placeholders have no number to print."""
        by_id = {h.id: h for h in self.helplines if not h.placeholder}
        return [by_id[i] for i in dict.fromkeys((*self.print_always, *promised)) if i in by_id]

    def unconfirmed(self) -> list[Helpline]:
        """Helplines nobody has confirmed with the service itself (placeholders have nothing to confirm)."""
        return [h for h in self.helplines if h.confirmed is None and not h.placeholder]

    def overdue(self, today: dt.date) -> list[Helpline | LegalReference]:
        """Entries whose newest check is older than check_every_days."""
        limit = today - dt.timedelta(days=self.check_every_days)
        return [entry for entry in self.entries if entry.last_checked < limit]


@dataclass(frozen=True)
class Safety:
    """What the presenter's safety panel holds, from safety.yaml."""

    disclosure: Mapping[str, tuple[Mapping[str, str], ...]]
    """Steps for responding to a disclosure, by group (everyone, under_18, adults): each language -> text."""
    reporting: tuple[str, ...]
    """Ids of the legal references (in the helplines file) that say who must report harm to a minor, and to whom."""
    helplines: tuple[str, ...]
    projector: Mapping[str, Mapping[str, str]]
    """The projector's own words (pause screen, resources heading): key -> language -> text."""
    confidentiality: tuple[str, ...] = ()
    """Ids of the legal references that say what stays confidential when an adult discloses, and its limits."""
    reporting_heading: Mapping[str, str] = field(default_factory=dict)
    """The heading over the reporting duties, by language: it names whose law they are (North Carolina's), which
    only the content knows."""

