"""Settings › General: office, the office's contact ways, language, deadlines, limits, screen lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.services.settings import TIMEZONES

from ..backup_settings import BackupBox
from ..forms import Errors, note
from ..refusals import refusal_text

# the settings fields edited as numbers; the spin boxes take 0-99999 and the service checks the
# real bounds (services/settings._BOUNDS), its message shown under the field
_NUMBERS = ("verify_days", "followup_days", "autoclose_days", "completion_days",
            "photo_max_pixels", "photo_downscale_above_kb", "attachment_max_mb")


class GeneralTab:
    """The General tab of :class:`~.page.SettingsPage` (a mixin: the page holds desk, runner, actor)."""

    # ------------------------------------------------------------------ General
    def _general_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        self.general_errors = Errors("settings")
        outer.addWidget(self._office_box())
        outer.addWidget(self._contact_box())
        outer.addWidget(self._language_box())
        for box in self._number_boxes():
            outer.addWidget(box)
        self.backup_box = BackupBox(self.desk, self.runner, self.actor, self.lang, admin=self.is_admin)
        outer.addWidget(self.backup_box)

        row = QHBoxLayout()
        self.general_save = QPushButton(self.tr("Save settings"))
        self.general_save.setObjectName("settings.save")
        self.general_save.clicked.connect(self.save_general)
        self.general_status = QLabel("")
        self.general_status.setObjectName("settings.general.status")
        self.general_status.setWordWrap(True)
        row.addWidget(self.general_save)
        row.addWidget(self.general_status, 1)
        outer.addLayout(row)
        outer.addStretch(1)
        if not self.is_admin:
            for sb in self.numbers.values():
                sb.setReadOnly(True)
                sb.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            self.background_attachments.setEnabled(False)
            self.general_save.setText(self.tr("Save language"))
        return w

    def _office_box(self) -> QGroupBox:
        """The office and this desk (set in the wizard; shown only)."""
        office = QGroupBox(self.tr("Office and desk"))
        of = QFormLayout(office)
        st = self.desk.settings
        tz = next((f"{short} ({zone})" for short, zone in TIMEZONES if zone == st.timezone), st.timezone)
        for key, label, value in (
            ("office_name", self.tr("Office name"), st.office_name),
            ("office_code", self.tr("Office code"), st.office_code),
            ("desk_code", self.tr("Desk code"), st.desk_code),
            ("region", self.tr("Region"), ", ".join(x for x in (st.office_city, st.office_province) if x)),
            ("timezone", self.tr("Time zone"), tz),
        ):
            v = QLabel(value or "—")
            v.setObjectName(f"settings.{key}")
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            v.setAccessibleName(label)
            of.addRow(label, v)
        of.addRow(note(self.tr("The office is set in the set-up wizard; ask the administrator to change it "
                               "(lapor-desktop setup).")))
        return office

    def _language_box(self) -> QGroupBox:
        st = self.desk.settings
        langbox = QGroupBox(self.tr("Language"))
        lf = QFormLayout(langbox)
        self.language = QComboBox()
        self.language.setObjectName("settings.language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        # the language the program is shown in now (--lang or LAPOR_LANG may differ from the saved one)
        self.language.setCurrentIndex(max(0, self.language.findData(self.lang if self.lang in ("id", "en") else st.language)))
        self.language.setMaximumWidth(320)
        lf.addRow(self.tr("Language"), self.general_errors.wrap("language", self.language))
        lf.addRow(note(self.tr("A new language takes effect the next time LAPOR! Desk starts.")))
        return langbox

    def _number_boxes(self) -> tuple[QGroupBox, QGroupBox, QGroupBox]:
        """Deadlines, photo and attachment limits, the screen lock."""
        st = self.desk.settings
        dl = QGroupBox(self.tr("Deadlines (working days)"))
        df = QFormLayout(dl)
        self.numbers: dict[str, QSpinBox] = {}
        labels = {
            "verify_days": self.tr("Verify a new complaint within"),
            "followup_days": self.tr("Agency follow-up within"),
            "autoclose_days": self.tr("Close automatically after the reporter's silence of"),
            "completion_days": self.tr("Complete within"),
            "photo_max_pixels": self.tr("Largest photo side (pixels)"),
            "photo_downscale_above_kb": self.tr("Downscale photos larger than (KB)"),
            "attachment_max_mb": self.tr("Largest attachment (MB)"),
        }
        lim = QGroupBox(self.tr("Photos and attachments"))
        lfm = QFormLayout(lim)
        for key in _NUMBERS:
            sb = QSpinBox()
            sb.setObjectName(f"settings.{key}")
            sb.setAccessibleName(labels[key])
            sb.setRange(0, 99999)
            sb.setMinimumWidth(160)
            sb.setMaximumWidth(260)
            sb.setValue(int(getattr(st, key)))
            if key.endswith("_days"):
                sb.setSuffix(self.tr(" working days"))
            self.numbers[key] = sb
            (df if key.endswith("_days") else lfm).addRow(labels[key], self.general_errors.wrap(key, sb))
        df.addRow(note(self.tr("Changed deadlines apply at once to every open complaint's due date.")))
        lockbox = QGroupBox(self.tr("Screen lock"))
        lkf = QFormLayout(lockbox)
        idle = QSpinBox()
        idle.setObjectName("settings.idle_lock_minutes")
        idle.setAccessibleName(self.tr("Lock the screen after this many minutes without use"))
        idle.setRange(0, 240)
        idle.setSuffix(self.tr(" minutes"))
        idle.setSpecialValueText(self.tr("never"))
        idle.setMinimumWidth(160)
        idle.setMaximumWidth(260)
        idle.setValue(int(st.idle_lock_minutes))
        self.numbers["idle_lock_minutes"] = idle
        lkf.addRow(self.tr("Lock the screen after"), self.general_errors.wrap("idle_lock_minutes", idle))
        lkf.addRow(note(self.tr("Without a key press or a click for this long, the window is covered and "
                                "asks for the password again; nothing on screen is lost.")))
        self.background_attachments = QCheckBox(self.tr("Download other desks' attachments after each sync"))
        self.background_attachments.setObjectName("settings.background_attachments")
        self.background_attachments.setChecked(bool(st.background_attachments))
        lfm.addRow(self.background_attachments)
        lfm.addRow(note(self.tr("A few at a time, so photos are ready when a complaint is opened. Turn it off "
                                "when the link is paid by the megabyte.")))
        return dl, lim, lockbox

    # ------------------------------------------------------------------ the office's contact (receipts)
    def _contact_box(self) -> QGroupBox:
        from lapor_desktop.services.office_contact import OfficeContactService

        self.contact_svc = OfficeContactService(self.desk)
        self.contact_errors = Errors("contact")
        box = QGroupBox(self.tr("How reporters reach the office (printed on every receipt)"))
        form = QFormLayout(box)
        current = self.contact_svc.get()
        self.contact: dict[str, QLineEdit] = {}
        for key, label, value, hint in (
            ("office_phone", self.tr("Phone"), current.phone, "0921-3161234"),
            ("office_whatsapp", self.tr("WhatsApp"), current.whatsapp, "0812-3456-7890"),
            ("office_address", self.tr("Address"), current.address, self.tr("Jl. Sultan Syahjuan No. 1, Soasio")),
            ("status_url", self.tr("Status page"), current.status_url, "https://"),
        ):
            e = QLineEdit(value)
            e.setObjectName(f"settings.{key}")
            e.setAccessibleName(label)
            e.setPlaceholderText(hint)
            e.setReadOnly(not self.is_admin)
            self.contact[key] = e
            form.addRow(label, self.contact_errors.wrap(key, e))
        row = QHBoxLayout()
        self.contact_save = QPushButton(self.tr("Save the contact details"))
        self.contact_save.setObjectName("settings.contact.save")
        if not self.is_admin:  # never setVisible(True) here: without a parent yet, a window of its own
            self.contact_save.hide()
        self.contact_save.clicked.connect(self.save_contact)
        self.contact_status = QLabel("")
        self.contact_status.setObjectName("settings.contact.status")
        self.contact_status.setWordWrap(True)
        row.addWidget(self.contact_save)
        row.addWidget(self.contact_status, 1)
        form.addRow(row)
        form.addRow(note(self.tr("Empty parts are left off the receipt. Only an administrator changes them.")))
        return box

    def save_contact(self) -> None:
        values = {k.replace("office_", ""): e.text() for k, e in self.contact.items()}
        svc, actor = self.contact_svc, self.actor
        self.contact_save.setEnabled(False)
        self.contact_status.setText(self.tr("Saving…"))
        self.runner.db(lambda: svc.save(actor, phone=values["phone"], whatsapp=values["whatsapp"],
                                        address=values["address"], status_url=values["status_url"]),
                       on_done=self._contact_saved, on_error=self._contact_failed)

    def _contact_saved(self, c) -> None:  # type: ignore[no-untyped-def]
        self.contact_save.setEnabled(True)
        self.contact_errors.clear()
        for key, value in (("office_phone", c.phone), ("office_whatsapp", c.whatsapp),
                           ("office_address", c.address), ("status_url", c.status_url)):
            self.contact[key].setText(value)
        self.contact_status.setText(self.tr("Saved: the next receipt prints these."))

    def _contact_failed(self, exc: BaseException) -> None:
        self.contact_save.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.contact_errors.show(exc.errors, self.lang)
            self.contact_status.setText(self.tr("Not saved: check the marked fields."))
        else:
            self.contact_status.setText(refusal_text(exc)
                                        or self.tr("Not saved (%1).").replace("%1", type(exc).__name__))

    def save_general(self) -> None:
        lang = self.language.currentData()
        self.general_save.setEnabled(False)
        self.general_status.setText(self.tr("Saving…"))
        if self.is_admin:
            values = {"language": lang, **{k: sb.value() for k, sb in self.numbers.items()},
                      "background_attachments": self.background_attachments.isChecked()}
            svc, actor = self.settings_svc, self.actor
            fn = lambda: svc.save_general(actor, **values)  # noqa: E731
        else:
            svc = self.settings_svc
            fn = lambda: svc.save_language(lang)  # noqa: E731
        self.runner.db(fn, on_done=self._general_saved, on_error=self._general_failed)

    def _general_saved(self, moved) -> None:  # type: ignore[no-untyped-def]
        self.general_save.setEnabled(True)
        self.general_errors.clear()
        text = self.tr("Saved.")
        if moved:
            text += " " + self.tr("Due dates of open complaints were recalculated.")
        if self.language.currentData() != self.lang:
            text += " " + self.tr("Restart LAPOR! Desk to use the new language.")
        self.general_status.setText(text)
        self.saved.emit("general")

    def _general_failed(self, exc: BaseException) -> None:
        self.general_save.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.general_errors.show(exc.errors, self.lang)
            self.general_status.setText(self.tr("Not saved: check the marked fields."))
        else:
            self.general_status.setText(self._failure(exc))
