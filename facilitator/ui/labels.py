"""Interface-language names for the curriculum's and the records' vocabularies (the guide itself uses the content's
own labels); tests/test_labels.py holds them to the core's lists."""

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

    def handout(self, handout_id: str) -> str:
        names = {
            "fact-sheet": self.tr("Fact sheet"),
            "job-offer-checklist": self.tr("Job-offer red flags checklist"),
            "workers-rights-card": self.tr("Workers' rights card"),
            "resource-card": self.tr("Resource cards (where to get help)"),
            "parent-letter": self.tr("Letter to parents and caregivers"),
            "survey-youth": self.tr("Pre/post survey, youth"),
            "survey-adult": self.tr("Pre/post survey, adults"),
            "survey-parents": self.tr("Pre/post survey, parents and caregivers"),
            "survey-educators": self.tr("Pre/post survey, school staff"),
            "survey-community": self.tr("Pre/post survey, workers and community groups"),
            "survey-retrospective": self.tr("Look-back survey (before and now, at the end)"),
            "answer-key": self.tr("Survey answer key"),
            "sign-in-sheet": self.tr("Sign-in sheet (adult trainings)"),
            "certificate": self.tr("Certificate of attendance"),
            "tally-sheet": self.tr("Tally sheet (counts only, no names)"),
            "safety-card": self.tr("Safety card: if someone tells you about harm (for you)"),
        }
        return names.get(handout_id, handout_id)

    def site_type(self, site_type: str) -> str:
        names = {
            "school": self.tr("School"),
            "community": self.tr("Community organization"),
            "workplace": self.tr("Workplace or farm"),
            "faith": self.tr("Faith community"),
            "other": self.tr("Other"),
        }
        return names.get(site_type, site_type)

    def length(self, minutes: int, core_minutes: int) -> str:
        if core_minutes == minutes:
            return self.tr("%n min", "", minutes)
        return self.tr("%1 min (core %2)").replace("%1", str(minutes)).replace("%2", str(core_minutes))

    def fits_in(self, minutes: int) -> str:
        return self.tr("Fits in %n minutes", "", minutes)
