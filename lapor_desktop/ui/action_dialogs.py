"""Dialogs that collect what an action needs (a note, a reason, the agency, edited fields).

Which inputs an action has comes from the domain's table (``domain/action_input.py``); they do
not decide what is valid: the page sends the payload to ``ComplaintService.act_many`` and
the service's ``FieldError``s come back into the dialog under the field they name (in words through
the message catalogue, ``forms.error_text``). The dialog stays open until the action is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.action_input import text_input
from lapor_desktop.domain.attachments import name_patterns
from lapor_desktop.domain.enums import CLASSIFICATION_LABELS
from lapor_desktop.domain.model import ComplaintState
from lapor_desktop.domain.action_checks import check_action_data
from lapor_desktop.domain.field_errors import FieldError, field_error

from .forms import error_text
from .labels import action_label, classification_label
from .look import set_role


# final or hard-to-undo actions: the dialog asks the officer to tick a confirmation first
CONFIRMED_ACTIONS = frozenset({"close", "archive", "decline"})



_NOT_IN_ACRONYMS = {"dan", "serta", "kota", "kabupaten", "provinsi", "di", "ke", "dari", "untuk"}


def agency_search_key(name: str) -> str:
    """What the agency picker matches typed words against: the name, plus the usual short forms
    officers type: initials ("Pekerjaan Umum dan Penataan Ruang" -> "pupr", "dpupr") and the
    first syllables of the first two words ("Dinas Kesehatan" -> "dinkes")."""
    words = [w for w in name.lower().replace("/", " ").split() if w.isalpha()]
    head: list[str] = []
    for w in words:  # the agency's own words, before the region ("Kota Tidore Kepulauan")
        if w in ("kota", "kabupaten", "provinsi"):
            break
        head.append(w)
    core = [w for w in head if w not in _NOT_IN_ACRONYMS]
    initials = "".join(w[0] for w in core)
    forms = {initials, initials[1:]}
    if len(core) >= 2:
        forms.add(core[0][:3] + core[1][:3])
    return " ".join([name.lower(), *sorted(f for f in forms if len(f) >= 2)])

class _EnterChooses(QObject):
    """Enter/Return in the agency search box: choose, never submit the dialog."""

    def __init__(self, dialog: "ActionDialog") -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.dialog._pick_first_agency()
            return True
        return False


class ActionDialog(QDialog):
    """One action's payload. ``submitted(payload)``; the page answers with ``show_errors`` or
    ``accept``."""

    submitted = Signal(dict)

    def __init__(self, action: str, *, lang: str = "id", count: int = 1,
                 agencies: Sequence[tuple[int, str]] = (), categories: Sequence[tuple[int, str]] = (),
                 state: ComplaintState | None = None, resolves: Sequence[str] = (),
                 preset: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.lang = lang
        self.resolves = list(resolves)
        self.state = state
        self.setObjectName(f"dialog.{action}")
        self.setModal(True)
        title = action_label(action)
        if count > 1:
            title = self.tr("%1 — %2 complaints").replace("%1", title).replace("%2", str(count))
        self.setWindowTitle(title)
        self.inputs: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._files: list[Path] = []

        lay = QVBoxLayout(self)
        intro = QLabel(self._intro(action, count))
        intro.setWordWrap(True)
        intro.setObjectName("dialog.intro")
        lay.addWidget(intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lay.addLayout(self.form)

        self._add_fields(action, count, agencies, categories, state)
        if preset:
            for k, v in preset.items():
                w = self.inputs.get(k)
                if isinstance(w, QPlainTextEdit):
                    w.setPlainText(str(v))

        self.general_error = QLabel("")
        self.general_error.setObjectName("dialog.error")
        set_role(self.general_error, "error")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        lay.addWidget(self.general_error)
        lay.addLayout(self._build_buttons(action))
        self.resize(620 if action in ("edit", "forward") else 480, self.sizeHint().height())

    def _add_fields(self, action: str, count: int, agencies: Sequence[tuple[int, str]],
                    categories: Sequence[tuple[int, str]], state: ComplaintState | None) -> None:
        """The action's inputs (agency, fields, file, note, confirmation); the focus on the first to fill."""
        self.confirm_box: QCheckBox | None = None
        if action == "forward":
            self._agency_picker(agencies)
        if action == "edit":
            self._edit_fields(state, categories)
        elif action == "verify":
            self._verify_fields(state, categories)
        elif action == "change_flags":
            self._flag_fields(state)
        elif action == "attach":
            self._file_field()
        text = text_input(action, state.status if state is not None else None)  # domain/action_input.py
        if text is not None:
            self._text_field(text.key, self._text_label(action), text.required)
        if action in CONFIRMED_ACTIONS:
            self._confirm_field(self._confirm_text(action, count))
        if action == "verify":  # start at what is still missing
            if self.class_combo.currentData() is None:
                self.class_combo.setFocus()
            elif self.category_combo.currentData() is None:
                self.category_combo.setFocus()
        elif action == "forward":  # start in the agency search (Enter there chooses, then the note)
            self.agency_search.setFocus()

    def _build_buttons(self, action: str) -> QHBoxLayout:
        """Cancel and the action's button; Ctrl+Enter sends from anywhere."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("dialog.cancel")
        ok_text = {"comment": self.tr("Save note"), "change_flags": self.tr("Save")}.get(action, action_label(action))
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("dialog.ok")
        self.ok_button.setDefault(True)
        set_role(self.ok_button, "primary")
        for b in (self.cancel_button, self.ok_button):
            b.setAccessibleName(b.text())
            buttons.addWidget(b)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        # Ctrl+Enter sends from anywhere, the note included (Enter in a note starts a new line)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=lambda: self.ok_button.isEnabled() and self.submit())
        return buttons

    # ------------------------------------------------------------------ building
    def _intro(self, action: str, count: int) -> str:
        texts = {
            "verify": self.tr("The complaint is complete and within the office's remit."),
            "request_info": self.tr("Ask the reporter for what is missing. The deadline is paused until the "
                                    "information arrives."),
            "receive_info": self.tr("The reporter's missing information has arrived; the deadline runs again."),
            "forward": self.tr("Forward (disposisi) to the agency responsible for the follow-up."),
            "decline": self.tr("This complaint is not your agency's authority. It goes back to the verifier "
                               "to be forwarded elsewhere."),
            "follow_up": self.tr("Record what your agency did about this complaint."),
            "record_reply": self.tr("Record the reporter's reply."),
            "close": self.tr("Close the complaint as finished."),
            "archive": self.tr("Archive the complaint; the reason is kept with it."),
            "reopen": self.tr("Open the complaint again."),
            "comment": self.tr("A note for the office only; the reporter never sees it."),
            "attach": self.tr("Add photos or scanned documents (JPEG, PNG, PDF)."),
            "change_flags": self.tr("Who may see the reporter's identity and the complaint."),
            "edit": self.tr("Correct the complaint. The text as first written is always kept."),
        }
        text = texts.get(action, "")
        if count > 1:
            text += " " + self.tr("This is done for each of the %1 selected complaints.").replace("%1", str(count))
        if self.resolves:
            text += " " + self.tr("This settles the conflicting changes.")
        return text

    def _confirm_text(self, action: str, count: int) -> str:
        if action == "close":
            return self.tr("Yes, close it: the status becomes Closed") if count == 1 else \
                self.tr("Yes, close all %1 complaints").replace("%1", str(count))
        if action == "archive":
            return self.tr("Yes, archive it") if count == 1 else \
                self.tr("Yes, archive all %1 complaints").replace("%1", str(count))
        if action == "decline":
            return self.tr("Yes, send it back: it is not our authority")
        if self.state is not None and not self.lifting_anonymous():
            return self.tr("Yes, change who may read this complaint (Confidential)")
        return self.tr("Yes, show the reporter's identity (lift Anonymous)")

    def _confirm_field(self, text: str) -> None:
        self.confirm_box = QCheckBox(text)
        self._add_row("confirm", "", self.confirm_box, beside=False)

    def _text_label(self, action: str) -> str:
        if action == "close" and (self.state is None or self.state.status != "ditindaklanjuti"):
            return self.tr("Reason for closing")
        return {
            "request_info": self.tr("Information requested"),
            "decline": self.tr("Reason"),
            "follow_up": self.tr("Follow-up"),
            "record_reply": self.tr("Reporter's reply"),
            "archive": self.tr("Reason"),
            "reopen": self.tr("Reason"),
            "comment": self.tr("Note"),
            "forward": self.tr("Forwarding note"),
        }.get(action, self.tr("Note"))

    def _add_row(self, key: str, label: str, widget: QWidget, required: bool = False, beside: bool = True) -> QWidget:
        """A field with its error line under it; ``beside=False`` for a check box whose own text
        is its label (no second label repeating it)."""
        widget.setObjectName(f"dialog.{key}")
        if label:
            widget.setAccessibleName(label)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        err = QLabel("")
        err.setObjectName(f"dialog.{key}.error")
        set_role(err, "error")
        err.setWordWrap(True)
        err.setVisible(False)
        v.addWidget(err)
        if beside:
            self.form.addRow(label + (" *" if required else ""), box)
        else:
            self.form.addRow(box)
        self.inputs[key] = widget
        self.error_labels[key] = err
        return box

    def _text_field(self, key: str, label: str, required: bool) -> None:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setMinimumHeight(90)
        self._add_row(key, label, w, required)
        w.setFocus()

    def _agency_picker(self, agencies: Sequence[tuple[int, str]]) -> None:
        self.agency_search = QLineEdit()
        self.agency_search.setPlaceholderText(self.tr("Type to search, e.g. kesehatan"))
        self.agency_search.setClearButtonEnabled(True)
        self.agency_list = QListWidget()
        self.agency_list.setMinimumHeight(180)
        for aid, name in agencies:
            it = QListWidgetItem(name)
            it.setData(Qt.ItemDataRole.UserRole, aid)
            self.agency_list.addItem(it)
        self._add_row("agencySearch", self.tr("Search agency"), self.agency_search)
        self._add_row("agency_id", self.tr("Receiving agency"), self.agency_list, True)
        self.agency_search.textChanged.connect(self._filter_agencies)
        # Enter in the search chooses the first agency shown (and does not submit the dialog)
        self.agency_search.installEventFilter(_EnterChooses(self))
        self.agency_list.currentItemChanged.connect(self._agency_chosen)
        self.agency_search.setFocus()

    def _agency_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        """An agency is chosen: the "choose an agency" error goes."""
        if current is not None and not current.isHidden():
            err = self.error_labels.get("agency_id")
            if err is not None:
                err.clear()
                err.setVisible(False)

    def _filter_agencies(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for i in range(self.agency_list.count()):
            it = self.agency_list.item(i)
            key = agency_search_key(it.text())
            hidden = not all(w in key for w in words)
            it.setHidden(hidden)
            if not hidden and first is None:
                first = it
        if first is not None and (self.agency_list.currentItem() is None or self.agency_list.currentItem().isHidden()):
            self.agency_list.setCurrentItem(first)

    def _pick_first_agency(self) -> None:
        """The current agency if it is shown, else the first one shown; the cursor moves on to the
        note (so the officer types it next)."""
        cur = self.agency_list.currentItem()
        if cur is None or cur.isHidden():
            cur = next((self.agency_list.item(i) for i in range(self.agency_list.count())
                        if not self.agency_list.item(i).isHidden()), None)
        if cur is None:
            return
        self.agency_list.setCurrentItem(cur)
        self._agency_chosen(cur)
        note = next((w for k, w in self.inputs.items() if isinstance(w, QPlainTextEdit)), None)
        (note or self.agency_list).setFocus(Qt.FocusReason.TabFocusReason)

    def select_agency(self, agency_id: int) -> bool:
        for i in range(self.agency_list.count()):
            it = self.agency_list.item(i)
            if it.data(Qt.ItemDataRole.UserRole) == agency_id:
                self.agency_list.setCurrentItem(it)
                return True
        return False

    def _edit_fields(self, st: ComplaintState | None, categories: Sequence[tuple[int, str]]) -> None:
        initial = QPlainTextEdit(st.body_initial if st else "")
        initial.setReadOnly(True)
        initial.setMaximumHeight(90)
        set_role(initial, "initialText")
        self._add_row("bodyInitial", self.tr("Text as first written (kept, read-only)"), initial)
        self.title_edit = QLineEdit(st.title if st else "")
        self._add_row("title", self.tr("Title"), self.title_edit, True)
        self.body_edit = QPlainTextEdit(st.body_final if st else "")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(110)
        self._add_row("body_final", self.tr("Complaint text (edited)"), self.body_edit, True)
        self._class_and_category(st, categories, required=False)

    def _class_and_category(self, st: ComplaintState | None, categories: Sequence[tuple[int, str]],
                            required: bool) -> None:
        """Classification and category pickers, prefilled with what the complaint has; categories
        by name (the LAPOR! category number only in the tooltip)."""
        self.class_combo = QComboBox()
        self.class_combo.addItem(self.tr("— choose —") if required else self.tr("— not set —"), None)
        for code in CLASSIFICATION_LABELS:
            self.class_combo.addItem(classification_label(code.value), code.value)
        if st is not None:
            self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(st.classification)))
        self._add_row("classification", self.tr("Classification"), self.class_combo, required)
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        for combo in (self.class_combo, self.category_combo):  # long names must not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        self.category_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category_combo.addItem(self.tr("— choose —") if required else self.tr("— not set —"), None)
        twice = {n for n, k in Counter(name for _cid, name in categories).items() if k > 1}
        for cid, name in categories:  # by name; the number only for a name used twice
            self.category_combo.addItem(f"{name} ({cid})" if name in twice else name, cid)
            self.category_combo.setItemData(self.category_combo.count() - 1,
                                            self.tr("LAPOR! category no. %1").replace("%1", str(cid)),
                                            Qt.ItemDataRole.ToolTipRole)
        comp = self.category_combo.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(comp.CompletionMode.PopupCompletion)
        if st is not None:
            self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(st.category_id)))
        self._add_row("category_id", self.tr("Category"), self.category_combo, required)
        self.category_combo.lineEdit().setAccessibleName(self.tr("Category"))

    def _verify_fields(self, st: ComplaintState | None, categories: Sequence[tuple[int, str]]) -> None:
        self._class_and_category(st, categories, required=True)

    def chosen_category(self) -> int | None:
        idx = self.category_combo.findText(self.category_combo.currentText())
        return self.category_combo.itemData(idx) if idx >= 0 else None

    def _flag_fields(self, st: ComplaintState | None) -> None:
        self.anonymous_box = QCheckBox(self.tr("Anonymous: hide the reporter's identity"))
        self.confidential_box = QCheckBox(self.tr("Confidential: the complaint is not public"))
        if st is not None:
            self.anonymous_box.setChecked(st.anonymous)
            self.confidential_box.setChecked(st.confidential)
        self._add_row("anonymous", "", self.anonymous_box, beside=False)
        self._add_row("confidential", "", self.confidential_box, beside=False)
        if st is not None:
            # lifting Anonim shows the reporter's identity to more people, changing Rahasia who may
            # read the complaint: a reason and a confirmation (domain/permissions.py)
            self.reason_edit = QPlainTextEdit()
            self.reason_edit.setTabChangesFocus(True)
            self.reason_edit.setMaximumHeight(70)
            self._lift_rows = [self._add_row("reason", self.tr("Reason for the change"), self.reason_edit, True)]
            self._confirm_field(self._confirm_text("change_flags", 1))
            self._lift_rows.append(self.confirm_box.parentWidget())
            self.anonymous_box.toggled.connect(self._anonymous_toggled)
            self.confidential_box.toggled.connect(self._anonymous_toggled)
            self._anonymous_toggled(self.anonymous_box.isChecked())

    def lifting_anonymous(self) -> bool:
        return bool(self.action == "change_flags" and self.state is not None and self.state.anonymous
                    and not self.anonymous_box.isChecked())

    def changing_privacy(self) -> bool:
        """Lifting Anonim or changing Rahasia: both need a reason and a confirmation."""
        return self.lifting_anonymous() or bool(
            self.action == "change_flags" and self.state is not None
            and self.confidential_box.isChecked() != self.state.confidential)

    def _anonymous_toggled(self, _checked: bool) -> None:
        if self.confirm_box is not None:
            self.confirm_box.setText(self._confirm_text("change_flags", 1))
        changing = self.changing_privacy()
        for box in self._lift_rows:
            self.form.setRowVisible(box, changing)

    def _file_field(self) -> None:
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(100)
        choose = QPushButton(self.tr("Choose files…"))
        choose.setObjectName("dialog.chooseFiles")
        choose.setAccessibleName(choose.text())
        choose.clicked.connect(self._choose_files)
        h.addWidget(self.file_list, 1)
        h.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        self._add_row("attachments", self.tr("Files"), box, True)
        self.file_list.setAccessibleName(self.tr("Files"))

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose attachments"), "",
                                                self.tr("Photos and documents (%1)").replace("%1", name_patterns()))
        for n in names:
            self.add_file(Path(n))

    def add_file(self, path: Path) -> None:
        self._files.append(Path(path))
        self.file_list.addItem(Path(path).name)

    # ------------------------------------------------------------------ payload and errors
    def payload(self) -> dict[str, Any]:
        p: dict[str, Any] = {}
        a = self.action
        text = text_input(a)
        if text is not None:
            key = text.key
            w = self.inputs[key]
            assert isinstance(w, QPlainTextEdit)
            p[key] = w.toPlainText()
        if a == "forward":
            it = self.agency_list.currentItem()
            p["agency_id"] = it.data(Qt.ItemDataRole.UserRole) if it is not None and not it.isHidden() else None
        elif a == "verify":
            p["classification"] = self.class_combo.currentData()
            p["category_id"] = self.chosen_category()
        elif a == "edit":
            st = self.state
            fields: dict[str, Any] = {}
            if st is None or self.title_edit.text().strip() != st.title:
                fields["title"] = self.title_edit.text().strip()
            if st is None or self.body_edit.toPlainText().strip() != st.body_final:
                fields["body_final"] = self.body_edit.toPlainText().strip()
            cls = self.class_combo.currentData()
            if st is None or cls != st.classification:
                fields["classification"] = cls
            idx = self.category_combo.findText(self.category_combo.currentText())
            cat = self.category_combo.itemData(idx) if idx >= 0 else (st.category_id if st else None)
            if st is None or cat != st.category_id:
                fields["category_id"] = cat
            p["fields"] = fields
        elif a == "change_flags":
            p["anonymous"] = self.anonymous_box.isChecked()
            p["confidential"] = self.confidential_box.isChecked()
            if self.changing_privacy():
                p["reason"] = self.reason_edit.toPlainText()
        elif a == "attach":
            p["attachments"] = list(self._files)
        if self.resolves:
            p["resolves"] = list(self.resolves)
        return p

    def needs_confirmation(self) -> bool:
        return self.confirm_box is not None and (self.action != "change_flags" or self.changing_privacy())

    def submit(self) -> None:
        self.clear_errors()
        payload = self.payload()
        errors: list[FieldError] = []
        st = self.state
        if st is not None:  # the domain's rule, checked here too so the answer is immediate
            errors += check_action_data(self.action, payload, status=str(st.status),
                                        classification=st.classification, category_id=st.category_id,
                                        anonymous=st.anonymous, confidential=st.confidential)
        if self.needs_confirmation() and not self.confirm_box.isChecked():  # type: ignore[union-attr]
            errors.append(field_error("confirm", "not_confirmed", "form.confirm_required"))
        if errors:
            self.show_errors(errors)
            return
        self.ok_button.setEnabled(False)
        self.submitted.emit(payload)

    def clear_errors(self) -> None:
        for lab in self.error_labels.values():
            lab.clear()
            lab.setVisible(False)
        self.general_error.setVisible(False)

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """The service's answer, under the field it names (else below the form)."""
        self.ok_button.setEnabled(True)
        general = []
        for e in errors:
            msg = error_text(e, self.lang)
            key = e.field.split(".")[0]
            if key.startswith("attachments"):
                key = "attachments"
            lab = self.error_labels.get(key)
            if lab is None and key == "fields":
                lab = None
            if lab is not None:
                lab.setText((lab.text() + "\n" if lab.text() else "") + msg)
                lab.setVisible(True)
            else:
                general.append(msg)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(True)

    def show_failure(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.general_error.setText(text)
        self.general_error.setVisible(True)
