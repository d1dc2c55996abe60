"""The facilitator's notes for the section on screen: what to say and do, questions, the activity's steps."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QTextBrowser

from ...core.teach.presenting import FacilitatorCard


class NotesView(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("facilitatorNotes")

    def show_card(self, card: FacilitatorCard) -> None:
        self.setHtml(self._html(card))

    def _html(self, card: FacilitatorCard) -> str:
        def block(title: str, items: Sequence[str]) -> str:
            if not items:
                return ""
            rows = "".join(f"<li>{html.escape(i)}</li>" for i in items)
            return f"<h3>{html.escape(title)}</h3><ul>{rows}</ul>"

        parts = [block(self.tr("Say and do"), card.talking_points), block(self.tr("Notes"), card.notes),
                 block(self.tr("For grades 6–8"), card.younger)]
        ask, respond = html.escape(self.tr("Ask")), html.escape(self.tr("Respond:"))
        for question in card.questions:
            parts.append(f"<h3>{ask}</h3><p><b>{html.escape(question.prompt)}</b></p>")
            parts.append(block(self.tr("Listen for"), question.listen_for))
            if question.respond:
                parts.append(f"<p><i>{respond}</i> {html.escape(question.respond)}</p>")
        if card.steps:
            parts.append(f"<h3>{html.escape(card.activity_title)}</h3><p>{html.escape(card.activity_purpose)}</p>")
            parts.append("<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in card.steps) + "</ol>")
            parts.append(block(self.tr("Debrief"), card.debrief))
        return "".join(parts)
