"""The agency profile: name, address, phone, website and logo, printed on every handout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.handouts.agency import AgencyError, AgencyProfile, check_logo, read_profile, save_profile
from ..errors import log_failure, message_for
from ..widgets.layout import error_label


class AgencyDialog(QDialog):
    """Edits the saved profile. A logo that is missing, not an image or too large is refused with a message; what
    was typed stays. A saved profile that cannot be used opens with what could be read of it, under a message that
    names the file and line that are wrong; saving the form replaces the file."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencyDialog")
        self.folder = folder
        profile, self.load_error = read_profile(folder)
        if self.load_error is not None:
            log_failure(self.load_error)
        self.name = QLineEdit(profile.name, objectName="agencyName")
        self.address = QLineEdit(profile.address, objectName="agencyAddress")
        self.phone = QLineEdit(profile.phone, objectName="agencyPhone")
        self.website = QLineEdit(profile.website, objectName="agencyWebsite")
        self.logo_path = QLineEdit(str(profile.logo or ""), objectName="agencyLogo")
        self.logo_preview = QLabel(objectName="logoPreview")
        self.logo_preview.setFixedHeight(64)
        self.choose = QPushButton(objectName="chooseLogo")
        self.remove = QPushButton(objectName="removeLogo")
        self.error = error_label("agencyError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(self.choose)
        logo_row.addWidget(self.remove)
        self.form = QFormLayout()
        self.row_labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.row_labels, (self.name, self.address, self.phone, self.website, logo_row),
                                strict=True):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.logo_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

        self.choose.clicked.connect(self._choose_logo)
        self.remove.clicked.connect(lambda: self.logo_path.clear())
        self.logo_path.textChanged.connect(self._show_logo)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._show_logo()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Agency profile"))
        for label, text in zip(self.row_labels, (self.tr("&Name"), self.tr("&Address"), self.tr("&Phone"),
                                                 self.tr("&Website"), self.tr("&Logo")), strict=True):
            label.setText(text)
        self.choose.setText(self.tr("Choose…"))
        self.remove.setText(self.tr("Remove"))

    def profile(self) -> AgencyProfile:
        logo = self.logo_path.text().strip()
        return AgencyProfile(self.name.text().strip(), self.address.text().strip(), self.phone.text().strip(),
                             self.website.text().strip(), Path(logo) if logo else None)

    def save(self) -> None:
        try:
            save_profile(self.profile(), self.folder)
        except AgencyError as error:
            self._show_error(error)
            self.logo_path.setFocus()
            return
        self.accept()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the agency's logo"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if path:
            self.logo_path.setText(path)

    def _show_logo(self) -> None:
        """The logo, or why it cannot be used; else what is wrong with the saved file, until the form replaces it."""
        text = self.logo_path.text().strip()
        if self.load_error is not None:
            self._show_error(self.load_error)
        else:
            self.error.hide()
        if not text:
            self.logo_preview.clear()
            return
        try:
            check_logo(Path(text))
        except AgencyError as error:
            self.logo_preview.clear()
            self._show_error(error)
            return
        self.logo_preview.setPixmap(QPixmap(text).scaledToHeight(60, Qt.TransformationMode.SmoothTransformation))

    def _show_error(self, error: AgencyError) -> None:
        self.error.setText(message_for(error, screen="form"))
        self.error.show()
