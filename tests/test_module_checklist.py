"""The module list to tick, one widget on the Handouts, Plan and session screens: the same modules, in the same
order, named for each screen, and ticks that read back the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.ui.handouts.handouts_page import HandoutsPage
from facilitator.ui.plan.plan_page import PlanPage
from facilitator.ui.sessions.session_dialog import SessionDialog
from facilitator.ui.widgets.module_checklist import ModuleChecklist, ModuleIdRole

pytestmark = pytest.mark.usefixtures("english")


def test_the_three_screens_list_the_same_modules_in_number_order(qtbot, curriculum, store) -> None:
    screens = [HandoutsPage(curriculum), PlanPage(curriculum, store), SessionDialog(curriculum, store)]
    for screen in screens:
        qtbot.addWidget(screen)
    lists = [screen.modules for screen in screens]
    assert [checklist.objectName() for checklist in lists] == ["handoutModules", "planModules", "sessionModules"]
    numbers = sorted(m.spec.number for m in curriculum.modules)
    for checklist in lists:
        assert isinstance(checklist, ModuleChecklist)
        ids = [checklist.item(row).data(ModuleIdRole) for row in range(checklist.count())]
        assert [curriculum.module(m).spec.number for m in ids] == numbers
        assert all(checklist.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable for row in range(checklist.count()))
    first = curriculum.module(lists[0].item(0).data(ModuleIdRole))
    assert lists[0].item(0).text() == lists[2].item(0).text() == f"{first.spec.number}. {first.text('en').title}"
    assert lists[1].item(0).text() == (f"{first.spec.number}. {first.text('en').title} ({first.spec.minutes} min, "
                                       f"core {first.spec.core_minutes})")
    assert lists[0].accessibleName() == "Modules the handout is for"


def test_ticks_read_back_in_list_order_and_renaming_is_not_a_tick(qtbot, curriculum) -> None:
    checklist = ModuleChecklist(curriculum, "modules")
    qtbot.addWidget(checklist)
    ids = [checklist.item(row).data(ModuleIdRole) for row in range(checklist.count())]
    ticks: list = []
    checklist.itemChanged.connect(ticks.append)
    checklist.set_checked([ids[3], ids[1]])
    assert checklist.checked_modules() == (ids[1], ids[3]) and len(ticks) == 2
    checklist.name_modules("es")
    checklist.grey_out({ids[2]: "Written for: Adults"})
    assert len(ticks) == 2, "naming and greying the items sent no tick"
    assert checklist.item(0).text() == f"{curriculum.module(ids[0]).spec.number}. " \
                                       f"{curriculum.module(ids[0]).text('es').title}"
    greyed = checklist.item(2)
    assert greyed.toolTip() == "Written for: Adults" and \
        greyed.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Written for: Adults"
    assert checklist.item(1).data(Qt.ItemDataRole.ForegroundRole) is None and greyed.data(
        Qt.ItemDataRole.ForegroundRole) is not None
