"""Pengaturan: the desk's settings after the first-run wizard (which it replaces for re-runs).

Tabs: General (language, office, deadline days, attachment limits), Hub (enrolment, CA bundle),
Office closures (cuti bersama days that move deadlines) and Staff (accounts). Everything but the
language is for the system admin; other roles see the same information read-only.

A language change is saved at once and takes effect the next time the program starts (the
pages are built in one language; the wizard switches live because it is small).
All reads and writes go through services on the task runner (database thread; enrolment on the
network pool).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput, LaporError
from lapor_desktop.domain.enums import STAFF_ROLES
from lapor_desktop.domain.permissions import Right, agency_scoped, may
from lapor_desktop.domain.model import Actor
from lapor_desktop.services import sync as sync_svc
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.reference import ReferenceService
from lapor_desktop.services.settings import TIMEZONES, SettingsService
from lapor_desktop.services.users import UserService

from .backup_settings import BackupBox
from .fmt import fmt_date, fmt_datetime
from .forms import WARN_STYLE, Errors, note
from .labels import role_label
from .refusals import refusal_text
from .tasks import TaskRunner

# (settings field, spin box minimum, maximum) - the service checks the real bounds
_NUMBERS = ("verify_days", "followup_days", "autoclose_days", "completion_days",
            "photo_max_pixels", "photo_downscale_above_kb", "attachment_max_mb")


class SettingsPage(QWidget):
    saved = Signal(str)  # what was saved: "general", "hub", "closures", "users"

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.actor = actor
        self.lang = lang
        self.is_admin = may(actor.role, Right.SETTINGS)  # others see the settings read-only
        self.settings_svc = SettingsService(desk)
        self.reference = ReferenceService(desk)
        self.users = UserService(desk)
        self.setObjectName("settings")
        self._agencies: list = []
        self._user_rows: list = []
        self._closure_rows: list = []

        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        lay.addWidget(title)
        if not self.is_admin:
            ro = note(self.tr("Only a system admin can change these settings. You can change the language."),
                      "settings.readonly")
            lay.addWidget(ro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings.tabs")
        self.tabs.addTab(self._scroll(self._general_tab()), self.tr("General"))
        self.tabs.addTab(self._scroll(self._hub_tab()), self.tr("Hub"))
        self.tabs.addTab(self._closures_tab(), self.tr("Office closures"))
        self.tabs.addTab(self._users_tab(), self.tr("Staff"))
        lay.addWidget(self.tabs, 1)
        self.refresh()

    @staticmethod
    def _scroll(w: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(w)
        return area

    def _msg(self, e) -> str:  # type: ignore[no-untyped-def]
        return e.message if self.lang == "id" else e.message_en

    # ------------------------------------------------------------------ General
    def _general_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        self.general_errors = Errors("settings")

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
        outer.addWidget(office)
        outer.addWidget(self._contact_box())

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
        outer.addWidget(langbox)

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
        outer.addWidget(dl)
        outer.addWidget(lim)
        outer.addWidget(lockbox)
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
        self.contact_save.setVisible(self.is_admin)
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

    def _failure(self, exc: BaseException) -> str:
        refused = refusal_text(exc, self.actor.role)
        if refused is not None:
            return refused
        return self.tr("Not saved (%1). Details are in the log file.").replace("%1", type(exc).__name__)

    # ------------------------------------------------------------------ Hub
    def _hub_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        st = self.desk.settings
        state = QGroupBox(self.tr("This desk and the hub"))
        sf = QFormLayout(state)
        self.hub_state = QLabel("…")
        self.hub_state.setObjectName("settings.hub.state")
        self.hub_state.setWordWrap(True)
        self.device_id = QLabel(st.device_id or "—")
        self.device_id.setObjectName("settings.hub.device_id")
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sf.addRow(self.tr("State"), self.hub_state)
        # the connection now, in the same words as the status bar (the main window sets it)
        self.hub_connection = QLabel("…")
        self.hub_connection.setObjectName("settings.hub.connection")
        self.hub_connection.setWordWrap(True)
        sf.addRow(self.tr("Connection"), self.hub_connection)
        sf.addRow(self.tr("Device ID"), self.device_id)
        self.token_warning = QLabel(self.tr(
            "This computer has no secure credential store: the hub token is kept in a file only "
            "this Windows/Linux user can read. Protect the user account with a password."))
        self.token_warning.setObjectName("settings.hub.token_warning")
        self.token_warning.setWordWrap(True)
        self.token_warning.setStyleSheet(WARN_STYLE)
        self.token_warning.setVisible(False)
        sf.addRow(self.token_warning)
        outer.addWidget(state)

        box = QGroupBox(self.tr("Enrol with a hub"))
        f = QFormLayout(box)
        self.hub_errors = Errors("settings")
        self.hub_url = QLineEdit(st.hub_url)
        self.hub_url.setObjectName("settings.hub_url")
        self.hub_url.setAccessibleName(self.tr("Hub address"))
        self.hub_url.setPlaceholderText("https://hub.tidorekota.go.id")
        self.enroll_code = QLineEdit()
        self.enroll_code.setObjectName("settings.enroll_code")
        self.enroll_code.setAccessibleName(self.tr("Enrolment code"))
        self.enroll_code.setPlaceholderText(self.tr("from the hub administrator"))
        ca_row = QWidget()
        cr = QHBoxLayout(ca_row)
        cr.setContentsMargins(0, 0, 0, 0)
        self.ca_bundle = QLineEdit(st.ca_bundle)
        self.ca_bundle.setObjectName("settings.ca_bundle")
        self.ca_bundle.setAccessibleName(self.tr("CA bundle file"))
        self.ca_bundle.setPlaceholderText(self.tr("empty: the system's certificates"))
        self.ca_browse = QPushButton(self.tr("Choose…"))
        self.ca_browse.setObjectName("settings.ca_bundle.browse")
        self.ca_browse.clicked.connect(self._choose_ca)
        cr.addWidget(self.ca_bundle, 1)
        cr.addWidget(self.ca_browse)
        f.addRow(self.tr("Hub address"), self.hub_errors.wrap("hub_url", self.hub_url))
        f.addRow(self.tr("Enrolment code"), self.hub_errors.wrap("enroll_code", self.enroll_code))
        f.addRow(self.tr("CA bundle file"), self.hub_errors.wrap("ca_bundle", ca_row))
        f.addRow(note(self.tr("Only needed when the hub uses a certificate of the office's own authority.")))
        row = QHBoxLayout()
        self.enroll_button = QPushButton(self.tr("Enrol this desk"))
        self.enroll_button.setObjectName("settings.enroll")
        self.enroll_button.clicked.connect(self.enroll)
        self.hub_status = QLabel("")
        self.hub_status.setObjectName("settings.hub.status")
        self.hub_status.setWordWrap(True)
        row.addWidget(self.enroll_button)
        row.addWidget(self.hub_status, 1)
        f.addRow(row)
        outer.addWidget(box)
        outer.addStretch(1)
        if not self.is_admin:
            for e in (self.hub_url, self.enroll_code, self.ca_bundle):
                e.setReadOnly(True)
            self.ca_browse.setEnabled(False)
            self.enroll_button.setVisible(False)
        return w

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle file"), self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.ca_bundle.setText(path)

    def enroll(self) -> None:
        url, code, ca = self.hub_url.text().strip(), self.enroll_code.text().strip(), self.ca_bundle.text().strip()
        errs = {}
        if not url.startswith(("https://", "http://")):
            errs["hub_url"] = self.tr("The hub address starts with https://")
        if not code:
            errs["enroll_code"] = self.tr("Enter the enrolment code from the hub administrator.")
        self._show_hub_errors(errs)
        if errs:
            return
        self.enroll_button.setEnabled(False)
        self.hub_status.setText(self.tr("Contacting the hub…"))
        desk, svc, actor = self.desk, self.settings_svc, self.actor

        def work():  # type: ignore[no-untyped-def]
            svc.set_ca_bundle(actor, ca)
            return sync_svc.enroll(desk, url, code)

        self.runner.net(work, on_done=self._enrolled, on_error=self._enroll_failed)

    def _show_hub_errors(self, errs: dict[str, str]) -> None:
        for key, label in self.hub_errors.labels.items():
            label.setText(errs.get(key, ""))
            label.setVisible(key in errs)

    def _enrolled(self, result) -> None:  # type: ignore[no-untyped-def]
        self.enroll_button.setEnabled(True)
        self.enroll_code.clear()
        self.hub_status.setText(self.tr("Enrolled with hub %1.").replace("%1", result.hub_id))
        self.saved.emit("hub")
        self.refresh()

    def _enroll_failed(self, exc: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self.hub_status.setText("")
        if isinstance(exc, InvalidInput):
            self._show_hub_errors({e.field: self._msg(e) for e in exc.errors})
            return
        self._show_hub_errors({"enroll_code" if isinstance(exc, sync_svc.HubAuthRefused) else "hub_url":
                               enrol_error_text(exc, self.lang)})

    # ------------------------------------------------------------------ closures
    def _closures_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        outer.addWidget(note(self.tr(
            "Days the office is closed besides national holidays (cuti bersama, local holidays). "
            "Deadlines skip these days; a change moves the due dates of open complaints.")))
        self.closures = QTableWidget(0, 2)
        self.closures.setObjectName("settings.closures")
        self.closures.setAccessibleName(self.tr("Office closure days"))
        self.closures.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason")])
        self.closures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.closures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.closures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closures.verticalHeader().setVisible(False)
        outer.addWidget(self.closures, 1)
        self.closure_errors = Errors("settings")
        form = QHBoxLayout()
        self.closure_date = QDateEdit()
        self.closure_date.setObjectName("settings.closure_date")
        self.closure_date.setAccessibleName(self.tr("Closure date"))
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("dd-MM-yyyy")
        today = self.desk.today()
        self.closure_date.setDate(QDate(today.year, today.month, today.day))
        self.closure_name = QLineEdit()
        self.closure_name.setObjectName("settings.closure_name")
        self.closure_name.setAccessibleName(self.tr("Reason for the closure"))
        self.closure_name.setPlaceholderText(self.tr("e.g. Cuti bersama Idulfitri"))
        self.closure_name.setMaxLength(100)
        self.closure_add = QPushButton(self.tr("Add day"))
        self.closure_add.setObjectName("settings.closure_add")
        self.closure_add.clicked.connect(self.add_closure)
        self.closure_remove = QPushButton(self.tr("Remove selected day"))
        self.closure_remove.setObjectName("settings.closure_remove")
        self.closure_remove.clicked.connect(self.remove_closure)
        form.addWidget(QLabel(self.tr("Date")))
        form.addWidget(self.closure_errors.wrap("date", self.closure_date))
        form.addWidget(self.closure_name, 1)
        form.addWidget(self.closure_add)
        form.addWidget(self.closure_remove)
        outer.addLayout(form)
        self.closure_status = QLabel("")
        self.closure_status.setObjectName("settings.closures.status")
        self.closure_status.setWordWrap(True)
        outer.addWidget(self.closure_status)
        if not self.is_admin:
            for x in (self.closure_date, self.closure_name, self.closure_add, self.closure_remove):
                x.setEnabled(False)
        return w

    def add_closure(self) -> None:
        d = self.closure_date.date()
        day = date(d.year(), d.month(), d.day()).isoformat()
        name = self.closure_name.text().strip() or "Cuti bersama"
        ref, actor = self.reference, self.actor
        self.closure_add.setEnabled(False)
        self.closure_status.setText(self.tr("Saving and recalculating due dates…"))
        self.runner.db(lambda: ref.add_closure(actor, day, name), on_done=self._closures_changed,
                       on_error=self._closure_failed)

    def remove_closure(self) -> None:
        row = self.closures.currentRow()
        if row < 0 or row >= len(self._closure_rows):
            self.closure_status.setText(self.tr("Select a day in the list first."))
            return
        day = self._closure_rows[row].day
        ref, actor = self.reference, self.actor
        self.closure_remove.setEnabled(False)
        self.runner.db(lambda: ref.remove_closure(actor, day), on_done=self._closures_changed,
                       on_error=self._closure_failed)

    def _closures_changed(self, _r) -> None:  # type: ignore[no-untyped-def]
        self.closure_add.setEnabled(self.is_admin)
        self.closure_remove.setEnabled(self.is_admin)
        self.closure_name.clear()
        self.closure_status.setText(self.tr("Saved. Due dates of open complaints were recalculated."))
        self.saved.emit("closures")
        self.refresh()

    def _closure_failed(self, exc: BaseException) -> None:
        self.closure_add.setEnabled(self.is_admin)
        self.closure_remove.setEnabled(self.is_admin)
        if isinstance(exc, InvalidInput):
            self.closure_errors.show(exc.errors, self.lang, fallback="date")
            self.closure_status.setText("")
        else:
            self.closure_status.setText(self._failure(exc))

    # ------------------------------------------------------------------ staff
    def _users_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        self.user_table = QTableWidget(0, 5)
        self.user_table.setObjectName("settings.users")
        self.user_table.setAccessibleName(self.tr("Staff accounts"))
        self.user_table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"),
                                                   self.tr("Agency"), self.tr("Account")])
        hh = self.user_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.user_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.user_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.user_table.verticalHeader().setVisible(False)
        outer.addWidget(self.user_table, 1)

        actions = QHBoxLayout()
        self.user_toggle = QPushButton(self.tr("Disable / enable account"))
        self.user_toggle.setObjectName("settings.user_toggle")
        self.user_toggle.clicked.connect(self.toggle_user)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("settings.user_new_password")
        self.new_password.setAccessibleName(self.tr("New password for the selected account"))
        self.new_password.setPlaceholderText(self.tr("new password (at least 8 characters)"))
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setMinimumWidth(280)
        self.user_reset = QPushButton(self.tr("Set new password"))
        self.user_reset.setObjectName("settings.user_reset")
        self.user_reset.clicked.connect(self.reset_password)
        self.user_unpause = QPushButton(self.tr("Lift sign-in pause"))
        self.user_unpause.setObjectName("settings.user_unpause")
        self.user_unpause.setToolTip(self.tr("After five wrong passwords sign-in waits five minutes; "
                                             "lift the pause for the selected account now."))
        self.user_unpause.clicked.connect(self.unpause_user)
        actions.addWidget(self.user_toggle)
        actions.addWidget(self.user_unpause)
        actions.addStretch(1)
        actions.addWidget(self.new_password)
        actions.addWidget(self.user_reset)
        outer.addLayout(actions)

        self.add_box = QGroupBox(self.tr("Add a staff account"))
        f = QFormLayout(self.add_box)
        self.user_errors = Errors("settings.user")
        self.user_login = QLineEdit()
        self.user_login.setObjectName("settings.user_login")
        self.user_login.setAccessibleName(self.tr("Login"))
        self.user_login.setMaxLength(32)
        self.user_name = QLineEdit()
        self.user_name.setObjectName("settings.user_name")
        self.user_name.setAccessibleName(self.tr("Full name"))
        self.user_role = QComboBox()
        self.user_role.setObjectName("settings.user_role")
        self.user_role.setAccessibleName(self.tr("Role"))
        for r in STAFF_ROLES:
            self.user_role.addItem(role_label(str(r)), str(r))
        self.user_agency = QComboBox()
        self.user_agency.setObjectName("settings.user_agency")
        self.user_agency.setAccessibleName(self.tr("Agency (for an agency liaison)"))
        self.user_agency.setEnabled(False)
        self.user_role.currentIndexChanged.connect(
            lambda _i: self.user_agency.setEnabled(agency_scoped(self.user_role.currentData())))
        self.user_password = QLineEdit()
        self.user_password.setObjectName("settings.user_password")
        self.user_password.setAccessibleName(self.tr("Password"))
        self.user_password.setEchoMode(QLineEdit.EchoMode.Password)
        f.addRow(self.tr("Login"), self.user_errors.wrap("login", self.user_login))
        f.addRow(self.tr("Full name"), self.user_errors.wrap("name", self.user_name))
        f.addRow(self.tr("Role"), self.user_errors.wrap("role", self.user_role))
        f.addRow(self.tr("Agency"), self.user_errors.wrap("agency_id", self.user_agency))
        f.addRow(self.tr("Password"), self.user_errors.wrap("password", self.user_password))
        self.user_add = QPushButton(self.tr("Add account"))
        self.user_add.setObjectName("settings.user_add")
        self.user_add.clicked.connect(self.add_user)
        f.addRow(self.user_add)
        outer.addWidget(self.add_box)
        self.user_status = QLabel("")
        self.user_status.setObjectName("settings.users.status")
        self.user_status.setWordWrap(True)
        outer.addWidget(self.user_status)
        if not self.is_admin:
            self.add_box.setVisible(False)
            for x in (self.user_toggle, self.user_unpause, self.new_password, self.user_reset):
                x.setVisible(False)
        return w

    def _selected_login(self) -> str | None:
        row = self.user_table.currentRow()
        if row < 0 or row >= len(self._user_rows):
            self.user_status.setText(self.tr("Select an account in the list first."))
            return None
        return self._user_rows[row].login

    def add_user(self) -> None:
        role = self.user_role.currentData()
        agency = self.user_agency.currentData() if agency_scoped(role) else None
        kw = dict(login=self.user_login.text(), role=role, password=self.user_password.text(),
                  name=self.user_name.text(), agency_id=agency)
        users, actor = self.users, self.actor
        self.user_add.setEnabled(False)
        self.runner.db(lambda: users.add(actor, **kw), on_done=self._user_added, on_error=self._user_failed)

    def _user_added(self, user) -> None:  # type: ignore[no-untyped-def]
        self.user_add.setEnabled(True)
        self.user_errors.clear()
        for e in (self.user_login, self.user_name, self.user_password):
            e.clear()
        self.user_status.setText(self.tr("Account %1 added.").replace("%1", user.login))
        self.saved.emit("users")
        self.refresh()

    def _user_failed(self, exc: BaseException) -> None:
        self.user_add.setEnabled(True)
        self.user_toggle.setEnabled(True)
        self.user_reset.setEnabled(True)
        if isinstance(exc, InvalidInput):
            loose = self.user_errors.show(exc.errors, self.lang)
            if any(e.field == "password" for e in exc.errors) and self.new_password.text():
                loose = [self._msg(e) for e in exc.errors]
            self.user_status.setText("\n".join(loose))
        elif isinstance(exc, LaporError) and exc.code == "cannot_disable_self":
            self.user_status.setText(self.tr("You cannot disable your own account."))
        else:
            self.user_status.setText(self._failure(exc))

    def toggle_user(self) -> None:
        login = self._selected_login()
        if login is None:
            return
        current = next(u for u in self._user_rows if u.login == login)
        users, actor = self.users, self.actor
        self.user_toggle.setEnabled(False)
        self.runner.db(lambda: users.set_disabled(actor, login, not current.disabled),
                       on_done=self._user_toggled, on_error=self._user_failed)

    def _user_toggled(self, user) -> None:  # type: ignore[no-untyped-def]
        self.user_toggle.setEnabled(True)
        self.user_status.setText((self.tr("Account %1 disabled.") if user.disabled
                                  else self.tr("Account %1 enabled.")).replace("%1", user.login))
        self.saved.emit("users")
        self.refresh()

    def unpause_user(self) -> None:
        login = self._selected_login()
        if login is None:
            return
        users, actor = self.users, self.actor
        self.user_unpause.setEnabled(False)
        self.runner.db(lambda: users.unlock(actor, login), on_done=lambda lifted: self._unpaused(login, lifted),
                       on_error=self._unpause_failed)

    def _unpaused(self, login: str, lifted: bool) -> None:
        self.user_unpause.setEnabled(True)
        self.user_status.setText((self.tr("Sign-in pause lifted for %1.") if lifted
                                  else self.tr("Sign-in was not paused for %1.")).replace("%1", login))
        self.refresh()

    def _unpause_failed(self, exc: BaseException) -> None:
        self.user_unpause.setEnabled(True)
        self.user_status.setText(self._failure(exc))

    def reset_password(self) -> None:
        login = self._selected_login()
        if login is None:
            return
        pw = self.new_password.text()
        users, actor = self.users, self.actor
        self.user_reset.setEnabled(False)
        self.runner.db(lambda: users.set_password(actor, login, pw),
                       on_done=lambda _r: self._password_set(login), on_error=self._user_failed)

    def _password_set(self, login: str) -> None:
        self.user_reset.setEnabled(True)
        self.new_password.clear()
        self.user_status.setText(self.tr("New password set for %1.").replace("%1", login))

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        desk, ref, users = self.desk, self.reference, self.users

        def load():  # type: ignore[no-untyped-def]
            ov = sync_svc.SyncService(desk).overview(runs=1, rejected=0)
            return ov, ref.closures(), users.list(), ref.agencies(), users.paused_logins()

        self.runner.db(load, on_done=self._loaded, on_error=lambda _e: None)

    def show_connection(self, text: str) -> None:
        """The hub connection as the status bar shows it."""
        self.hub_connection.setText(text)
        self.hub_connection.setAccessibleName(text)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        """Read again when shown: enrolment happens elsewhere too (the wizard, the CLI, the demo)."""
        super().showEvent(event)
        if not self.runner.closed:
            self.refresh()

    def _loaded(self, data) -> None:  # type: ignore[no-untyped-def]
        ov, closures, users, agencies, paused = data
        st = self.desk.settings
        if ov.enrolled:
            text = self.tr("Enrolled with the hub at %1.").replace("%1", ov.hub_url)
            if ov.last_sync_at:
                text += " " + self.tr("Last sync: %1.").replace("%1", fmt_datetime(ov.last_sync_at, self.desk.tz))
        else:
            text = self.tr("Not enrolled: this desk works on its own until it is enrolled with a hub.")
        self.hub_state.setText(text)
        self.device_id.setText(st.device_id or "—")
        # only the admin can act on it (other roles were told to "ask the administrator")
        self.token_warning.setVisible(ov.token_store == "file" and self.is_admin)

        self._closure_rows = list(closures)
        self.closures.setRowCount(len(closures))
        for i, c in enumerate(closures):
            try:
                shown = fmt_date(date.fromisoformat(c.day))
            except ValueError:
                shown = c.day
            item = QTableWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, c.day)
            self.closures.setItem(i, 0, item)
            self.closures.setItem(i, 1, QTableWidgetItem(c.name))

        self._agencies = list(agencies)
        current = self.user_agency.currentData()
        self.user_agency.clear()
        for a in agencies:
            self.user_agency.addItem(a.name, a.id)
        if current is not None:
            self.user_agency.setCurrentIndex(max(0, self.user_agency.findData(current)))
        names = {a.id: a.name for a in agencies}
        self._user_rows = list(users)
        self.user_table.setRowCount(len(users))
        for i, u in enumerate(users):
            cells = (u.login, u.name, role_label(u.role), names.get(u.agency_id, "") if u.agency_id else "",
                     self.tr("disabled") if u.disabled else
                     self.tr("sign-in paused until %1").replace("%1", fmt_datetime(paused[u.login], self.desk.tz))
                     if u.login in paused else self.tr("active"))
            for j, text in enumerate(cells):
                self.user_table.setItem(i, j, QTableWidgetItem(text))


def enrol_error_text(exc: BaseException, lang: str) -> str:
    """An enrolment failure as an officer reads it (settings page and wizard)."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(exc, sync_svc.HubAuthRefused):
        return QCoreApplication.translate(
            "SettingsPage", "The hub refused the enrolment code (wrong, already used or expired), or the "
                            "office code does not match. Ask the hub administrator for a new code.")
    if isinstance(exc, sync_svc.HubUnreachable):
        return sync_svc.explain("tls_error" if exc.code == "tls_error" else "unreachable", lang)
    if isinstance(exc, LaporError):
        if exc.code == "hub_url_invalid":
            return QCoreApplication.translate("SettingsPage", "The hub address starts with https://")
        if exc.code == "not_set_up":
            return QCoreApplication.translate("SettingsPage", "Set up the desk first.")
        return sync_svc.explain(exc.code, lang)
    return QCoreApplication.translate("SettingsPage", "Enrolment failed (%1). Details are in the log file.") \
        .replace("%1", type(exc).__name__)
