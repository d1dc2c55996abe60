"""What the Plan screen says about a plan, in the interface's language: how it fits the time, where it sits in its
audience's recommended sequence, what to watch for, and where its guide or print pack was saved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from ...core.model import Curriculum
from ...core.teach.planner import Plan, end_clock, fit, modules_that_fit
from ...core.teach.sequence import PlanWarning, Position
from ..i18n import interface_language
from ..labels import UiLabels


class PlanNotes(QObject):
    def __init__(self, curriculum: Curriculum, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.curriculum = curriculum
        self._labels = UiLabels(self)

    def saved_text(self, target: Path | None, left_out: tuple[str, ...]) -> str:
        """Where the guide or the print pack went (None: nowhere) and which handouts the pack left out."""
        if target is None:
            return self.tr("Nothing was saved: this plan's handouts all need the school's name or the session "
                           "date. Make them on the Handouts screen.") if left_out else \
                self.tr("Nothing was saved: this plan's modules have no handouts.")
        if left_out:
            names = ", ".join(self._labels.handout(h) for h in left_out)
            return self.tr("Saved %1. Not in it, because they need the school's name or the session date: %2. "
                           "Make them on the Handouts screen.").replace("%1", str(target)).replace("%2", names)
        return self.tr("Saved %1.").replace("%1", str(target))

    def fit_text(self, plan: Plan) -> str:
        if not plan.modules:
            return self.tr("Tick the modules to teach; the plan fills the time with their core sections first.")
        ends = end_clock(plan)
        if plan.over_by:
            fitted = fit(self.curriculum, plan.modules, plan.minutes_available)
            if not fitted.core_fits:
                core = fitted.core_minutes
                suggestion = modules_that_fit(self.curriculum, plan.modules, plan.minutes_available)
                text = self.tr("The core sections alone need %1 minutes, %2 more than the %3 available. Choose "
                               "fewer modules (for example %4) or ask for more time.") if suggestion else \
                    self.tr("The core sections alone need %1 minutes, %2 more than the %3 available. Ask for more "
                            "time, or plan a shorter module.")
                return text.replace("%1", str(core)).replace("%2", str(core - plan.minutes_available)) \
                    .replace("%3", str(plan.minutes_available)).replace("%4", self._numbers(suggestion))
            return self.tr("%1 of %2 minutes: %3 minutes over. Remove a section or ask for more time.") \
                .replace("%1", str(plan.minutes)).replace("%2", str(plan.minutes_available)) \
                .replace("%3", str(plan.over_by))
        return self.tr("%1 of %2 minutes; ends at %3.").replace("%1", str(plan.minutes)) \
            .replace("%2", str(plan.minutes_available)).replace("%3", ends)

    def _title(self, plan: Plan, module_id: str) -> str:
        return self.curriculum.module(module_id).text(plan.facilitator_language).title

    def _numbers(self, module_ids: Sequence[str]) -> str:
        return ", ".join(str(self.curriculum.module(m).spec.number) for m in module_ids)

    def position_text(self, plan: Plan, where: Position) -> str:
        sequence = where.sequence
        audience = self._labels.audience(sequence.audience)
        order = " → ".join(str(self.curriculum.module(m).spec.number) for m in sequence.module_ids)
        if not where.covered:
            return self.tr("The recommended sequence for %1 is module(s) %2; this plan teaches none of them.", "",
                           where.total).replace("%1", audience).replace("%2", order)
        covered = list(where.covered)
        if where.total == 1:
            text = self.tr("This is the whole recommended sequence for %1: one session.").replace("%1", audience)
        else:
            if len(covered) == 1:
                text = self.tr("Session %1 of %2 in the recommended sequence for %3 (modules %4).") \
                    .replace("%1", str(covered[0]))
            else:
                contiguous = covered == list(range(covered[0], covered[-1] + 1))
                numbers = f"{covered[0]}–{covered[-1]}" if contiguous else ", ".join(map(str, covered))
                text = self.tr("Sessions %1 of %2 in the recommended sequence for %3 (modules %4).") \
                    .replace("%1", numbers)
            text = text.replace("%2", str(where.total)).replace("%3", audience).replace("%4", order)
        lines = [text, self._next_text(plan, where)]
        if len(covered) == 1:
            reason = self._said(plan, sequence.steps[covered[0] - 1].reason)
            lines.append(self.tr("Why here: %1").replace("%1", reason))
        return "\n".join(lines)

    def _next_text(self, plan: Plan, where: Position) -> str:
        if not where.ends_sequence:
            days = where.sequence.days_between
            if days % 7 == 0:
                text = self.tr("Next: module %1, “%2”, in about %n week(s).", "", days // 7)
            else:
                text = self.tr("Next: module %1, “%2”, in about %n day(s).", "", days)
            return text.replace("%1", str(self.curriculum.module(where.next_module).spec.number)) \
                .replace("%2", self._title(plan, where.next_module))
        booster = where.sequence.booster
        if booster.module_id:
            text = self.tr("This ends the sequence. Then a %1-minute booster %2: a review of module %3, “%4”.") \
                .replace("%3", str(self.curriculum.module(booster.module_id).spec.number)) \
                .replace("%4", self._title(plan, booster.module_id))
        else:
            text = self.tr("This ends the sequence. Then a %1-minute booster %2: %3.") \
                .replace("%3", self._said(plan, booster.session))
        return text.replace("%1", str(booster.minutes)).replace("%2", self._said(plan, booster.when))

    def _said(self, plan: Plan, texts: Mapping[str, str] | None) -> str:
        """A sequence text that goes into an interface sentence, in the interface's language (so a sentence never
        mixes two languages), else the facilitator's."""
        texts = texts or {}
        return texts.get(interface_language(self.curriculum.languages)) or texts.get(plan.facilitator_language, "")

    def reasons_text(self, plan: Plan, where: Position) -> str:
        """Why the sequence runs in this order (the tooltip of the position), in the interface's language."""
        sequence = where.sequence
        lines = [self.tr("%1. %2").replace("%1", str(self.curriculum.module(step.module_id).spec.number))
                 .replace("%2", self._said(plan, step.reason)) for step in sequence.steps]
        if sequence.spacing_reason:
            lines.append(self._said(plan, sequence.spacing_reason))
        lines.append(self._said(plan, sequence.booster.reason))
        return "\n".join(line for line in lines if line)

    def warning_text(self, plan: Plan, warning: PlanWarning) -> str:
        module = self.curriculum.module(warning.module_id)
        number = str(module.spec.number)
        audience = self._labels.audience(plan.audience)
        earlier, count = self._numbers(warning.modules), len(warning.modules)
        if warning.code == "one_off":
            return self.tr("A single session: this plan teaches only module %1, and the recommended sequence for "
                           "%2 teaches module(s) %3 first. One session alone changes little. If this group has had "
                           "them, go on; if not, plan them first.", "", count).replace("%1", number) \
                .replace("%2", audience).replace("%3", earlier)
        if warning.code == "earlier_missing":
            return self.tr("The recommended sequence for %1 teaches module(s) %2 before module %3, and this plan "
                           "leaves them out. If this group has had them, go on; if not, teach them first.", "",
                           count).replace("%1", audience).replace("%2", earlier).replace("%3", number)
        if warning.code == "out_of_order":
            return self.tr("This plan teaches module %1 before module(s) %2, which the recommended sequence puts "
                           "first: each module builds on the ones before it.", "", count) \
                .replace("%1", number).replace("%2", earlier)
        title = module.text(plan.facilitator_language).sections[warning.section_id].title
        return self.tr("The plan leaves out “%1”, a core section of module %2: the module does not teach what it "
                       "promises without it. Add it back, or ask for more time.").replace("%1", title) \
            .replace("%2", number)
