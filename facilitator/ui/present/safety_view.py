"""The safety panel on the laptop: what to do when someone discloses harm, opened with one key while presenting.

Only ever on the facilitator's screen. Steps for everyone come first, then the two ages side by side (the law
differs, and both must show without scrolling past the other), each under a tinted heading with its legal
references, then the helplines; all in the facilitator's language.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from ...core.model import LegalReference
from ...core.teach.presenting import SafetyPanel

UNDER_18_TINT, ADULTS_TINT = "#fde2c8", "#d6ebf5"


class SafetyView(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("safetyPanel")
        self.hide()

    def show_panel(self, panel: SafetyPanel, text_word: str) -> None:
        """`text_word` says "text" (a helpline's text number) in the panel's language."""
        self.setHtml(self._html(panel, text_word))

    def _html(self, panel: SafetyPanel, text_word: str) -> str:
        def steps(items: tuple[str, ...]) -> str:
            return "<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in items) + "</ol>"

        def laws(references: tuple[LegalReference, ...]) -> str:
            return "".join(f"<p><b>{html.escape(r.citation)}</b><br>{html.escape(r.summary.get(panel.language, ''))}"
                           "</p>" for r in references)

        def column(heading: str, colour: str, items: tuple[str, ...], title: str,
                   references: tuple[LegalReference, ...]) -> str:
            return (f'<td width="50%" valign="top"><table width="100%" cellpadding="4" bgcolor="{colour}"><tr><td>'
                    f"<b>{html.escape(heading)}</b></td></tr></table>{steps(items)}"
                    f"<h4>{html.escape(title)}</h4>{laws(references)}</td>")

        lines = [f"<li><b>{html.escape(name)}</b> {html.escape(ways)}</li>" for name, ways in panel.contacts(text_word)]
        harm = html.escape(self.tr("If someone tells you about harm"))
        any_age = html.escape(self.tr("Whatever their age"))
        minors = column(self.tr("If they are under 18: you must report"), UNDER_18_TINT, panel.under_18,
                        panel.reporting_heading, panel.reporting)
        adults = column(self.tr("If they are 18 or older: they decide"), ADULTS_TINT, panel.adults,
                        self.tr("What stays confidential, and its limits"), panel.confidentiality)
        helplines = html.escape(self.tr("Helplines and local resources"))
        return (f"<h2>{harm}</h2><h3>{any_age}</h3>{steps(panel.everyone)}"
                f'<table width="100%" cellspacing="6"><tr>{minors}{adults}</tr></table>'
                f"<h2>{helplines}</h2><ul>{''.join(lines)}</ul>")
