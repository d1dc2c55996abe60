"""The privacy guard for free text (a session's notes, a section's note): records hold counts, never a way to reach
a person, so a phone number or an email address is refused wherever free text is typed or imported.

Each rule finds one kind of thing; a later rule may warn rather than refuse (see Finding.refuse)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    code: str
    """What was found: "phone_number" or "email_address"."""
    text: str
    """The part of the text that was found."""
    refuse: bool = True
    """False for what is only worth a warning."""


@dataclass(frozen=True)
class Rule:
    code: str
    pattern: re.Pattern[str]
    refuse: bool = True


RULES = (
    Rule("email_address", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    # North American numbers (919-555-0100, (919) 555 0100, +1 919.555.0100, 9195550100), local ones written
    # 555-0100, and international ones written with a plus sign.
    # Separators may be spaces, dots, hyphens, dashes or underscores; a number may follow a word joined by "_".
    Rule("phone_number", re.compile(r"(?<![^\W_]|\+)(?:(?:\+?1[\s._\-\u2010-\u2015]?)?(?:\(\d{3}\)\s?"
                                    r"|\d{3}[\s._\-\u2010-\u2015]?)\d{3}[\s._\-\u2010-\u2015]?\d{4}"
                                    r"|\d{3}[._\-\u2010-\u2015]\d{4}|\+\d[\d\s()._\-\u2010-\u2015]{6,}\d)(?![^\W_])")),
)


TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
"""Area codes of toll-free numbers: a service's line (the trafficking hotline is 1-888-373-7888), never a person's
phone, so a note that a class was given one keeps it."""


def findings(text: str) -> list[Finding]:
    """Everything in `text` that the rules find, in the order of RULES (the first of each kind)."""
    if not text:
        return []
    found = []
    for rule in RULES:
        match = next((m for m in rule.pattern.finditer(text) if not _public_line(rule, m.group())), None)
        if match is not None:
            found.append(Finding(rule.code, match.group(), rule.refuse))
    return found


def _public_line(rule: Rule, text: str) -> bool:
    digits = "".join(character for character in text if character.isdigit())
    north_american = len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")
    return rule.code == "phone_number" and north_american and digits[-10:-7] in TOLL_FREE


def refused(text: str) -> Finding | None:
    """The first finding that `text` is refused for, if any."""
    return next((finding for finding in findings(text) if finding.refuse), None)


_CAPITALISED = re.compile(r"(?<![\w'’-])([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’-]+)(?:\s+(?:de(?:l| la| los| las)?|y)?\s*"
                          r"([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’-]+))+")
_COMMON_CAPITALISED = """
the a an this that we they he she it i el la los las un una este esta ese esa nosotros ellos ella
monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo
january february march april may june july august september october november december enero febrero marzo abril
mayo junio julio agosto septiembre octubre noviembre diciembre
school high middle elementary county center centre hotline line national human trafficking lifeline crisis
department services social legal aid north carolina police office church library community college university
english spanish inglés español module módulo section sección grade grado period periodo período dss
then class students teacher group session today luego clase estudiantes maestra maestro grupo sesión hoy
escuela condado centro línea nacional trata servicios sociales policía iglesia biblioteca comunidad
"""
NOT_NAMES = frozenset(_COMMON_CAPITALISED.split())
"""Capitalised words that are not a person's name: a pair made only of names is what a youth session is warned of."""


def looks_like_name(text: str, places: frozenset[str] = frozenset()) -> str:
    """The first run of capitalised words in `text` that could be a person's name ("Ana López", "Juan de la Cruz"),
    or "". Only a warning: a class, a school or a helpline is named the same way. The sites' names (`places`) are
    taken out of the text whole, and NOT_NAMES words break a run, so "Today Ana López" is still caught."""
    for place in sorted(places, key=len, reverse=True):
        if place:
            text = re.sub(re.escape(place), " , ", text, flags=re.IGNORECASE)
    for match in _CAPITALISED.finditer(text):
        group: list[re.Match[str]] = []
        for word in re.finditer(r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’-]+", match.group()):
            if word.group().casefold() in NOT_NAMES:
                if len(group) >= 2:
                    break
                group = []
            else:
                group.append(word)
        if len(group) >= 2:
            return match.group()[group[0].start():group[-1].end()]
    return ""
