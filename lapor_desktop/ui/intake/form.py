"""The intake form's fields: reference data, values, change tracking and validation."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.enums import DEFAULT_CHANNEL, Classification
from lapor_desktop.domain.field_errors import FieldError, field_error
from lapor_desktop.services.frontdesk import FormReference

from ..forms import error_text
from ..labels import channel_label, classification_label
from ..look import set_role

NO_DATE = QDate(2000, 1, 1)

# field path of a FieldError -> the widget key that shows it
_ERROR_TARGET = {
    "title": "title", "body": "body", "classification": "classification", "channel": "channel",
    "category_id": "category", "incident_date": "incidentDate",
    "reporter": "reporterName", "reporter.name": "reporterName", "reporter.nik": "reporterNik",
    "reporter.phone": "reporterPhone", "reporter.email": "reporterEmail",
    "reporter.address": "reporterAddress", "anonymous": "anonymous", "confidential": "confidential",
    "location": "kecamatan", "location.district": "kecamatan", "location.village": "kelurahan",
    "location.province": "kecamatan", "location.city": "kecamatan",
}


def _error_target(path: str) -> str:
    """The input whose line shows an error of this field path (the title's when none fits)."""
    return _ERROR_TARGET.get(path) or _ERROR_TARGET.get(path.split(".")[0], "title")


class _DateEdit(QDateEdit):
    """A date field that Tab leaves (QDateEdit's Tab walks its day/month/year sections, a trap for
    a keyboard-only clerk; typed digits still advance the sections)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        return QWidget.focusNextPrevChild(self, next)


class IntakeForm:
    """The form's fields: building rows, reference data, values, change tracking and validation.
    A mixin of ``IntakePage`` (its widgets are built there)."""

    def _build_complaint_group(self) -> QGroupBox:
        g_report = QGroupBox(self.tr("Complaint"))
        g_report.setObjectName("intake.groupComplaint")
        f1 = self._form_layout(g_report)
        self.title = QLineEdit()
        self.title.setMaxLength(400)
        self.title.setPlaceholderText(self.tr("What is the complaint about, in a few words"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("What happened, where and when, as the reporter tells it"))
        self.body.setMinimumHeight(120)
        self.classification = QComboBox()
        self.channel = QComboBox()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.lineEdit().setPlaceholderText(self.tr("Type to search the LAPOR! categories"))
        self.category.setMinimumContentsLength(18)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incident_date = _DateEdit()
        self.incident_date.setCalendarPopup(True)
        self.incident_date.setDisplayFormat("dd-MM-yyyy")
        self.incident_date.setMinimumDate(NO_DATE)
        self.incident_date.setSpecialValueText(self.tr("(not known)"))
        self.incident_date.setDate(NO_DATE)
        self._row(f1, "title", self.tr("&Title"), self.title, required=True)
        self._row(f1, "body", self.tr("Com&plaint"), self.body, required=True)
        self._row(f1, "classification", self.tr("C&lassification"), self.classification)
        self._row(f1, "channel", self.tr("C&hannel"), self.channel, required=True)
        self._row(f1, "category", self.tr("Cate&gory"), self.category)
        self._row(f1, "incidentDate", self.tr("Incident &date"), self.incident_date)
        return g_report

    def _build_reporter_groups(self) -> tuple[QGroupBox, QGroupBox]:
        g_rep = QGroupBox(self.tr("Reporter"))
        g_rep.setObjectName("intake.groupReporter")
        f2 = self._form_layout(g_rep)
        self.reporter_name = QLineEdit()
        self.reporter_name.setMaxLength(200)
        self.reporter_nik = QLineEdit()
        self.reporter_nik.setMaxLength(24)
        self.reporter_nik.setPlaceholderText(self.tr("16 digits"))
        self.reporter_phone = QLineEdit()
        self.reporter_phone.setMaxLength(24)
        self.reporter_phone.setPlaceholderText("0812-3456-7890")
        self.reporter_email = QLineEdit()
        self.reporter_email.setMaxLength(254)
        self.reporter_address = QLineEdit()
        self.reporter_address.setMaxLength(600)
        self.anonymous = QCheckBox(self.tr("&Anonymous"))
        self.confidential = QCheckBox(self.tr("C&onfidential"))
        self.confidential.setChecked(True)
        self._row(f2, "reporterName", self.tr("&Name"), self.reporter_name, required=True)
        self._row(f2, "reporterNik", self.tr("N&IK"), self.reporter_nik)
        self._row(f2, "reporterPhone", self.tr("Phon&e"), self.reporter_phone)
        self._row(f2, "reporterEmail", self.tr("E-&mail"), self.reporter_email)
        self._row(f2, "reporterAddress", self.tr("Add&ress"), self.reporter_address)
        self._row(f2, "anonymous", "", self.anonymous, hint=self.tr("The reporter's identity is not shown."))
        self._row(f2, "confidential", "", self.confidential, hint=self.tr("The complaint is not published."))

        g_loc = QGroupBox(self.tr("Location"))
        g_loc.setObjectName("intake.groupLocation")
        f3 = self._form_layout(g_loc)
        self.region_label = QLabel("")
        self.region_label.setObjectName("intake.region")
        self.region_label.setWordWrap(True)
        self.kecamatan = QComboBox()
        self.kelurahan = QComboBox()
        f3.addRow(self.tr("City"), self.region_label)
        self._row(f3, "kecamatan", self.tr("&Kecamatan"), self.kecamatan)
        self._row(f3, "kelurahan", self.tr("Kelurahan/&village"), self.kelurahan)
        return g_rep, g_loc

    def _form_layout(self, box: QGroupBox) -> QFormLayout:
        f = QFormLayout(box)
        f.setContentsMargins(8, 6, 8, 6)
        f.setVerticalSpacing(4)
        f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        f.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return f

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget, required: bool = False,
             hint: str | None = None) -> None:
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        if hint:
            # a short checkbox text and its explanation beside it, wrapped (long translations)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget)
            note = QLabel(hint)
            note.setObjectName(f"intake.{key}.hint")
            note.setWordWrap(True)
            set_role(note, "note")
            note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            row.addWidget(note, 1)
            widget.setToolTip(hint)
            v.addLayout(row)
        else:
            v.addWidget(widget)
        v.addWidget(self.field_errors.line(key, widget))
        if label:
            text = label + (" *" if required else "")
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            if required:
                lbl.setToolTip(self.tr("Required"))
            form.addRow(lbl, holder)
        else:
            form.addRow(holder)
        if isinstance(widget, QPlainTextEdit):
            form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.FieldRole)
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    # ================================================================== reference data
    def _load_reference(self) -> None:
        svc = self.service
        self.runner.db(svc.form_reference, on_done=self._reference_loaded)
        drafts = self.drafts
        owner = self.actor.login
        self.runner.db(lambda: next((d for d in drafts.all() if d.owner in ("", owner)), None),
                       on_done=self._offer_draft)

    def _reference_loaded(self, ref: FormReference) -> None:
        self._loading = True
        try:
            self.ref = ref
            self.classification.clear()
            self.classification.addItem(self.tr("(decided at verification)"), None)
            for c in Classification:
                self.classification.addItem(classification_label(c.value), c.value)
            self.channel.clear()
            for opt in ref.channels:
                self.channel.addItem(channel_label(opt.code, opt.name), opt.code)
            idx = self.channel.findData(DEFAULT_CHANNEL)
            self.channel.setCurrentIndex(max(0, idx))
            self.category.clear()
            self.category.addItem("", None)
            twice = {n for n, k in Counter(o.name for o in ref.categories).items() if k > 1}
            for opt in ref.categories:  # by name; the LAPOR! number only in the tooltip (and for a name used twice)
                self.category.addItem(f"{opt.name} ({opt.code})" if opt.name in twice else opt.name, int(opt.code))
                self.category.setItemData(self.category.count() - 1,
                                          self.tr("LAPOR! category no. %1").replace("%1", opt.code),
                                          Qt.ItemDataRole.ToolTipRole)
            comp = QCompleter(self.category.model(), self.category)
            comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            comp.setFilterMode(Qt.MatchFlag.MatchContains)
            comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            comp.setMaxVisibleItems(12)
            self.category.setCompleter(comp)
            self.category.setCurrentIndex(0)
            self.region_label.setText(", ".join(x for x in (ref.city, ref.province) if x) or "—")
            self.kecamatan.clear()
            self.kecamatan.addItem(self.tr("(not given)"), None)
            for opt in ref.districts:
                self.kecamatan.addItem(opt.name, opt.code)
            self._fill_kelurahan()
            self.incident_date.setMaximumDate(_qdate(self.desk.today()))
        finally:
            self._loading = False
        self.ref_loaded = True
        if self._pending_restore is not None:
            values, self._pending_restore = self._pending_restore, None
            self.set_values(values)
        self._validate()

    def _fill_kelurahan(self) -> None:
        self.kelurahan.blockSignals(True)
        self.kelurahan.clear()
        self.kelurahan.addItem(self.tr("(not given)"), None)
        code = self.kecamatan.currentData()
        for opt in self.ref.villages.get(code, []) if code else []:
            self.kelurahan.addItem(opt.name, opt.code)
        self.kelurahan.setEnabled(bool(code))
        self.kelurahan.blockSignals(False)

    def _kecamatan_changed(self) -> None:
        self._fill_kelurahan()
        self._changed()

    # ================================================================== values
    def values(self) -> dict[str, Any]:
        """The raw form values (what a draft keeps)."""
        d = self.incident_date.date()
        return {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "classification": self.classification.currentData(),
            "channel": self.channel.currentData(),
            "category_text": self.category.currentText(),
            "category_id": self._category_id(),
            "incident_date": None if d == NO_DATE else d.toString("yyyy-MM-dd"),
            "reporter_name": self.reporter_name.text(),
            "reporter_nik": self.reporter_nik.text(),
            "reporter_phone": self.reporter_phone.text(),
            "reporter_email": self.reporter_email.text(),
            "reporter_address": self.reporter_address.text(),
            "anonymous": self.anonymous.isChecked(),
            "confidential": self.confidential.isChecked(),
            "district_code": self.kecamatan.currentData(),
            "village_code": self.kelurahan.currentData(),
            "attachments": [str(a.prepared.source) for a in self._attachments],
        }

    def set_values(self, v: dict[str, Any]) -> None:
        """Fill the form from ``values()`` output (a restored draft)."""
        if not self.ref_loaded:
            self._pending_restore = dict(v)
            return
        self._loading = True
        try:
            self.title.setText(str(v.get("title") or ""))
            self.body.setPlainText(str(v.get("body") or ""))
            self.classification.setCurrentIndex(max(0, self.classification.findData(v.get("classification"))))
            ch = self.channel.findData(v.get("channel") or DEFAULT_CHANNEL)
            self.channel.setCurrentIndex(max(0, ch))
            cid = v.get("category_id")
            i = self.category.findData(cid) if cid is not None else -1
            if i >= 0:
                self.category.setCurrentIndex(i)
            else:
                self.category.setEditText(str(v.get("category_text") or ""))
            inc = v.get("incident_date")
            self.incident_date.setDate(QDate.fromString(inc, "yyyy-MM-dd") if inc else NO_DATE)
            self.reporter_name.setText(str(v.get("reporter_name") or ""))
            self.reporter_nik.setText(str(v.get("reporter_nik") or ""))
            self.reporter_phone.setText(str(v.get("reporter_phone") or ""))
            self.reporter_email.setText(str(v.get("reporter_email") or ""))
            self.reporter_address.setText(str(v.get("reporter_address") or ""))
            self.anonymous.setChecked(bool(v.get("anonymous")))
            self.confidential.setChecked(bool(v.get("confidential", True)))
            k = self.kecamatan.findData(v.get("district_code")) if v.get("district_code") else 0
            self.kecamatan.setCurrentIndex(max(0, k))
            self._fill_kelurahan()
            kl = self.kelurahan.findData(v.get("village_code")) if v.get("village_code") else 0
            self.kelurahan.setCurrentIndex(max(0, kl))
        finally:
            self._loading = False
        for p in v.get("attachments") or []:
            self.add_attachment(Path(p))
        self._changed_keys.update(k for k, w in self.inputs.items())
        self._touched.update(self._filled_keys())
        self._dirty = True
        self._validate()
        self._similar_timer.start()

    def _filled_keys(self) -> set[str]:
        out = set()
        for key, w in self.inputs.items():
            if isinstance(w, QLineEdit) and w.text().strip():
                out.add(key)
            elif isinstance(w, QPlainTextEdit) and w.toPlainText().strip():
                out.add(key)
        return out

    def _category_id(self) -> int | str | None:
        text = self.category.currentText().strip()
        if not text:
            return None
        i = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if i < 0 and text.isdigit():  # the LAPOR! category number typed by someone who knows it
            i = self.category.findData(int(text))
        if i >= 0:
            return self.category.itemData(i)
        return text  # not in the list: reported as an error

    def complaint_data(self) -> dict[str, Any]:
        """The intake shape the service records."""
        v = self.values()
        reporter = {"name": v["reporter_name"], "nik": v["reporter_nik"], "phone": v["reporter_phone"],
                    "email": v["reporter_email"], "address": v["reporter_address"]}
        reporter = {k: x.strip() for k, x in reporter.items() if x and x.strip()}
        location: dict[str, Any] = {}
        if v["district_code"]:
            location = {"province": self.ref.province or None, "city": self.ref.city or None,
                        "district": self.kecamatan.currentText()}
            if v["village_code"]:
                location["village"] = self.kelurahan.currentText()
        cat = v["category_id"]
        return {
            "title": v["title"], "body": v["body"], "classification": v["classification"],
            "channel": v["channel"] or DEFAULT_CHANNEL,
            "category_id": cat if isinstance(cat, int) else None,
            "reporter": reporter or None, "anonymous": v["anonymous"], "confidential": v["confidential"],
            "location": location or None, "incident_date": v["incident_date"],
        }

    # ================================================================== change tracking, validation
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut:
            key = self._key_of(obj)
            if key and key in self._changed_keys and key not in self._touched:
                self._touched.add(key)
                self._validate()
        return super().eventFilter(obj, event)

    def _key_of(self, obj: QObject) -> str | None:
        for key, w in self.inputs.items():
            if obj is w or (key == "category" and obj is self.category.lineEdit()):
                return key
        return None

    def _changed(self, *_args: object) -> None:
        if self._loading or self.recorded is not None:
            return
        sender = self.sender()
        key = self._key_of(sender) if sender is not None else None
        if key:
            self._changed_keys.add(key)
            if isinstance(sender, (QComboBox, QCheckBox, QDateEdit)):
                self._touched.add(key)
        self._dirty = True
        self.notice.setVisible(False)
        self._draft_timer.start()
        self._similar_timer.start()
        self._validate()

    def _category_error(self) -> FieldError | None:
        cat = self._category_id()
        if isinstance(cat, str):
            return field_error("category_id", "not_in_list", "form.category_not_in_list")
        return None

    def current_errors(self) -> list[FieldError]:
        errors = self.service.check(self.complaint_data(), self.ref.category_ids or None)
        cat = self._category_error()
        if cat is not None:
            errors = [e for e in errors if e.field != "category_id"] + [cat]
        return errors

    def _validate(self) -> list[FieldError]:
        errors = self.current_errors()
        self._errors = errors
        self.field_errors.show(errors, self.lang, target=_error_target,
                               only=None if self._show_all else self._touched)
        if self._show_all:
            self._update_summary(errors)
        return errors

    def _update_summary(self, errors: list[FieldError]) -> None:
        lines = [error_text(e, self.lang) for e in errors] + self._attachment_errors
        if not lines:
            self.summary.setVisible(False)
            self.summary.setText("")
            return
        head = self.tr("Not saved yet: %n field(s) need attention.", "", len(lines))
        shown = lines[:6]
        more = len(lines) - len(shown)
        text = head + "\n• " + "\n• ".join(shown)
        if more > 0:
            text += "\n• " + self.tr("…and %n more (marked in red above).", "", more)
        self.summary.setText(text)
        self.summary.setVisible(True)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)
