"""Interface-language names for the curriculum's vocabularies (the guide itself uses the content's own labels)."""

from __future__ import annotations

from PySide6.QtCore import QObject

# Language names are written in their own language on purpose: someone who cannot read the current interface
# language must still be able to find their own.
LANGUAGE_ENDONYMS = {"en": "English", "es": "Español"}


class UiLabels(QObject):
    def audience(self, audience_id: str) -> str:
        names = {
            "grades_6_8": self.tr("Grades 6–8"),
            "grades_9_12": self.tr("Grades 9–12"),
            "adults": self.tr("Adults"),
            "parents": self.tr("Parents and caregivers"),
            "educators": self.tr("Educators and professionals"),
            "community": self.tr("Community and worker groups"),
            "facilitators": self.tr("Facilitators"),
        }
        return names.get(audience_id, audience_id)

    def length(self, minutes: int, core_minutes: int) -> str:
        if core_minutes == minutes:
            return self.tr("%n min", "", minutes)
        return self.tr("%1 min (core %2)").replace("%1", str(minutes)).replace("%2", str(core_minutes))

    def fits_in(self, minutes: int) -> str:
        return self.tr("Fits in %n minutes", "", minutes)
