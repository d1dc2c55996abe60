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

from ...core.handouts.agency import AgencyError, AgencyProfile, check_logo, load_profile, save_profile
from ..widgets.layout import error_label


class AgencyDialog(QDialog):
    """Edits the saved profile. A logo that is missing, not an image or too large is refused with a message by the
    field; what was typed stays. A saved profile that cannot be read opens as an empty form that says why; saving
    it replaces the file."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencyDialog")
        self.folder = folder
        try:
            profile, self.load_error = load_profile(folder), None
        except AgencyError as error:
            profile, self.load_error = AgencyProfile(), error
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
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.choose.clicked.connect(self._choose_logo)
        self.remove.clicked.connect(lambda: self.logo_path.clear())
        self.logo_path.textChanged.connect(self._show_logo)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._show_logo()
        if self.load_error is not None:
            self._show_error(self.load_error)

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
        text = self.logo_path.text().strip()
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
        self.error.setText(self._reason(error))
        self.error.show()

    def _reason(self, error: AgencyError) -> str:
        """The core's reason in the interface language, with its values put in (the last first, so a file name
        holding "%2" stays as it is)."""
        texts = {
            "logo_missing": (self.tr("The logo file %1 does not exist. Choose the file again, or remove the logo."),
                             ("file",)),
            "logo_not_image": (self.tr("The logo file %1 is not an image. Use a PNG or JPEG file."), ("file",)),
            "logo_too_heavy": (self.tr("The logo file %1 is %2 MB; a logo may be at most %3 MB. Use a smaller copy "
                                       "of the image."), ("file", "megabytes", "limit")),
            "logo_too_large": (self.tr("The logo file %1 is %2 x %3 pixels; a logo may be at most %4 pixels a "
                                       "side. Use a smaller copy of the image."),
                               ("file", "width", "height", "limit")),
            "profile_aliases": (self.tr("The saved agency profile %1 cannot be used: line %2 has a YAML anchor or "
                                        "alias (& or *), which this file may not have. Fill in the form and save "
                                        "it to replace the file."), ("file", "line")),
            "profile_unreadable": (self.tr("The saved agency profile %1 cannot be read (line %2). Fill in the form "
                                           "and save it to replace the file."), ("file", "line")),
        }
        text, keys = texts[error.code]
        for number, key in reversed(list(enumerate(keys, start=1))):
            text = text.replace(f"%{number}", error.values[key])
        return text
