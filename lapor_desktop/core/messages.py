"""The catalogue of user text that is not a screen's own: what a field error, a sync error or a
refused event says, the words of the receipt, and the display names of the classifications and statuses.

One entry per stable key: ``key -> English source text``, with ``{name}`` placeholders filled from
the error's parameters. The Indonesian text is in the Qt Linguist file
``resources/translations/lapor_desktop_id.ts``, context ``Messages``, one message per key (the key
is the message's disambiguation comment), so translators edit one file only. Who turns a key into
words: the screens through Qt (``ui/forms.QtWords``: ``QCoreApplication.translate("Messages",
source, key)``, from the compiled ``.qm``), the command line, the receipt and the services through
:mod:`lapor_desktop.core.text` (reads the same ``.ts``, no Qt). Pure data (the command line's own
sentences are in :mod:`.messages_cli`).

Keys are stable: tests check every key has its Indonesian translation.
"""

from __future__ import annotations

from .messages_cli import CLI

CONTEXT = "Messages"

# field names as they read mid-sentence ("{field}"); "{Field}" is the same with a capital
_FIELDS = {
    "field.": "complaint data",
    "field.title": "title",
    "field.body": "complaint text",
    "field.body_final": "final complaint text",
    "field.classification": "classification",
    "field.channel": "channel",
    "field.category_id": "category",
    "field.reporter": "reporter details",
    "field.reporter.name": "reporter name",
    "field.reporter.nik": "NIK (national ID number)",
    "field.reporter.phone": "phone number",
    "field.reporter.email": "e-mail",
    "field.reporter.address": "address",
    "field.anonymous": "anonymous flag",
    "field.confidential": "confidential flag",
    "field.location": "location",
    "field.location.province": "province",
    "field.location.city": "city/regency",
    "field.location.district": "district (kecamatan)",
    "field.location.village": "village (kelurahan/desa)",
    "field.incident_date": "incident date",
    "field.fields": "changed fields",
    "field.office_phone": "office phone number",
    "field.office_whatsapp": "office WhatsApp number",
    "field.office_address": "office address",
    "field.status_url": "status page address",
    # the general settings' numbers (services/settings._BOUNDS)
    "field.verify_days": "verification limit",
    "field.followup_days": "follow-up limit",
    "field.autoclose_days": "auto-close limit",
    "field.completion_days": "completion limit",
    "field.photo_max_pixels": "largest photo size",
    "field.photo_downscale_above_kb": "downscale photos above",
    "field.attachment_max_mb": "largest attachment",
    "field.idle_lock_minutes": "lock the screen after",
}

# what a field should be ("{expected}") and what it was ("{got}")
_KINDS = {
    "type.text": "text",
    "type.object": "an object",
    "type.boolean": "true or false",
    "type.integer": "a whole number",
    "kind.boolean": "a true/false value",
    "kind.integer": "a number",
    "kind.number": "a number",
    "kind.text": "text",
    "kind.object": "an object",
    "kind.list": "a list",
}

_PHONE_HINT = " Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234."

# field errors of the domain's checks (domain/field_errors.py, contact_fields.py, validation.py,
# action_checks.py, attachments.py)
_FIELD_ERRORS = {
    "required": "{Field} is required.",
    "wrong_type": "{Field} must be {expected}, not {got}.",
    "too_short": "{Field} is too short: at least {min} characters (got {length}).",
    "too_long": "{Field} is too long: at most {max} characters (got {length}).",
    "nik.digits": "NIK may contain digits only (found: {found}).",
    "nik.length": "NIK must be 16 digits (got {length}).",
    "nik.province": "NIK looks wrong: the first two digits ({province}) are not a province code "
                    "({min}-{max}).",
    "nik.birthdate": "NIK looks wrong: digits 7-12 ({part}) are not a real birth date (DDMMYY; women have 40 "
                     "added to the day).",
    "phone.characters": "{Field} may contain only digits, spaces, dashes, dots and a leading +." + _PHONE_HINT,
    "phone.foreign": "{Field} must be an Indonesian number (+62)." + _PHONE_HINT,
    "phone.prefix": "{Field} must start with 0, 62 or +62 (such as 08... or 0921...)." + _PHONE_HINT,
    "phone.too_short": "{Field} is too short." + _PHONE_HINT,
    "phone.too_long": "{Field} is too long." + _PHONE_HINT,
    "email.too_long": "{Field} is too long: at most {max} characters.",
    "email.format": "The {field} address is not valid. Example: name@example.go.id.",
    "classification.unknown": "Unknown classification “{value}”. Accepted (any case): {choices}.",
    "classification.choice": "{label} (code {code})",
    "channel.unknown": "Unknown channel “{value}”. Accepted (name or code, any case): {choices}.",
    "category.not_a_number": "Category must be a LAPOR! category number (a whole number), not “{given}”.",
    "category.unknown": "Category {value} is not in the LAPOR! category list.",
    "date.format": "Incident date must be a real date written YYYY-MM-DD (such as 2026-03-17), not "
                   "“{value}”.",
    "date.future": "Incident date ({value}) cannot be after today ({today}).",
    "reporter.name_required": "The reporter's name is required. Only anonymous complaints may leave it empty: "
                              "tick “Anonymous” if the reporter does not want to be named.",
    "edit.unknown_field": "Field “{name}” cannot be edited (unknown field).",
    "edit.bad_national_id": "A LAPOR! Tracking ID has 5 to 12 digits (for example 7012345).",
    "verify.classification_required": "Choose the classification before verifying.",
    "verify.category_required": "Choose the category before verifying.",
    "close.note_required": "Give the reason for closing: the agency has not followed this complaint up.",
    "flags.lift_anonymous_reason": "Give the reason for lifting Anonymous (the reporter's identity becomes "
                                   "visible).",
    "flags.confidential_reason": "Give the reason for changing Confidential.",
    "attachment.file_missing": "Attachment file not found: {filename}",
    "attachment.file_symlink": "Attachment {filename} is a link (symlink) to another file, not a regular file; "
                               "choose the file itself.",
    "attachment.file_special": "Attachment {filename} is not a regular file (a folder, device or pipe).",
    "attachment.file_unreadable": "Attachment {filename} cannot be read.",
    "attachment.file_type": "File type of {filename} is not supported: its content is not a photo or PDF "
                            "({kinds}).",
    "attachment.file_too_large": "Attachment {filename} is too large ({mb} MB; at most {max_mb} MB).",
}

# the services' own checks (accounts, settings, the office's set-up, files, ...) and the forms' own
_SERVICE_ERRORS = {
    "account.login_format": "Login is 2-32 characters: lower-case letters, digits, dot, underscore or dash.",
    "account.name_too_long": "Name is at most {max} characters.",
    "account.login_taken": "Login {login} is already taken.",
    "account.unknown_agency": "The agency is not in the reference data.",
    "account.unknown_role": "Role must be one of: {roles}.",
    "account.liaison_agency": "A liaison must belong to an agency.",
    "password.too_short": "Password must be at least {min} characters.",
    "password.too_long": "Password is at most {max} characters.",
    "settings.unknown_language": "Unknown language.",
    "settings.not_bool": "Must be yes or no.",
    "settings.out_of_range": "{Field} must be between {min} and {max}.",
    "settings.ca_bundle_missing": "The CA bundle file was not found.",
    "office.code_format": "Office code must be 2-12 capital letters or digits, no spaces.",
    "office.name_required": "Office name is required.",
    "office.desk_code_format": "Desk code must be 2-6 capital letters or digits.",
    "office.unknown_timezone": "Unknown time zone.",
    "office.reference_unreadable": "The reference file {file} cannot be read: {reason}",
    "reference.more": "... and {more} more",
    "form.passwords_differ": "The two passwords differ.",
    "form.hub_url_https": "The hub address starts with https://",
    "form.hub_code_required": "Enter the enrolment code from the hub administrator.",
    "form.confirm_required": "Tick this box to confirm.",
    "form.category_not_in_list": "Choose a category from the list, or leave it empty.",
    "import.unreadable": "The file cannot be read: {reason}.",
    "import.not_export": "This file is not a LAPOR! export (neither XLSX nor CSV).",
    "import.not_export_utf8": "This file is not a LAPOR! export (neither XLSX nor UTF-8 CSV).",
    "import.bad_xlsx": "The XLSX file is damaged or cannot be read ({reason}).",
    "import.missing_columns": "This file is not a LAPOR! v4 export: missing columns: {columns}.",
    "export.unknown_format": "Unknown export format: {format}. Choose one of: {formats}.",
    "paper_form.bad_xlsx": "This file is not the paper-form template (XLSX).",
    "paper_form.missing_columns": "This file is not the paper-form template: missing columns: {columns}.",
    "rekey.national_id_taken": "LAPOR! Tracking ID {national_id} already belongs to another complaint here.",
    "closures.reference_unreadable": "Reference file unreadable: {reason}",
    "closures.date_format": "Date must look like YYYY-MM-DD.",
    "backup.second_relative": "The second backup folder must be a full path, e.g. E:\\LAPOR-backups.",
    "backup.second_same_as_first": "The second backup folder must be elsewhere (e.g. a USB drive), not in the "
                                   "first backup folder.",
    "backup.warn_hours_range": "The backup age limit must be {min} to {max} hours.",
    "cli.bad_date": "'{value}' is not a YYYY-MM-DD date.",
    "cli.bad_month": "'{value}' is not a YYYY-MM month.",
    "intake.intake_id_format": "intake_id must be text of 1-100 characters.",
    "intake.json": "The line is not valid JSON: {reason}",
    "intake.encoding": "The line is not UTF-8 text (byte {byte}); save the file as UTF-8.",
    "intake.too_deep": "The line is nested too deep (more than {max} levels of objects/lists inside each "
                       "other).",
    "intake.not_object": "Each line must be a JSON object.",
    "intake.attachments_not_list": "Attachments must be a list of file paths.",
    "intake.attachment_not_text": "An attachment path must be text.",
    "contact.address_too_long": "The office address is at most {max} characters.",
    "contact.url_format": "The status page address must be a full web address, such as "
                          "https://lapor.yourcity.go.id/status.",
    "reason.required": "The reason is required.",
    "reason.too_short": "The reason needs at least {min} characters: say why the identity is needed.",
    "reason.too_long": "The reason is at most {max} characters.",
    "reason.nik_or_phone": "The reason must not hold a NIK or a phone number (it is kept in the audit "
                           "trail).",
    "reason.reporter_name": "The reason must not hold the reporter's name (it is kept in the audit trail).",
}

# the reference data checker's problems (protocol/reference.py; "{where}": the row's field, such as
# closures[1].date, counted from 0 as in the file's list)
_REFERENCE = {
    "reference.required": "{where}: is required",
    "reference.not_integer": "{where}: must be a whole number (got {value})",
    "reference.not_text": "{where}: must be text (got {value})",
    "reference.too_long": "{where}: is too long (at most {max} characters)",
    "reference.empty": "{where}: must not be empty",
    "reference.too_many": "{where}: has too many rows (at most {max})",
    "reference.not_list": "{where}: must be a list",
    "reference.not_object": "{where}: must be an object",
    "reference.unknown_value": "{where}: {value} is not one of the known values ({levels})",
    "reference.bad_format": "{where}: {value} has the wrong form (letters, digits, '.', '_' or '-'; dates YYYY-MM-DD)",
    "reference.not_a_date": "{where}: {value} is not a real date (YYYY-MM-DD)",
    "reference.date_out_of_range": "{where}: {value} is outside {first}-{last}",
    "reference.out_of_range": "{where}: {value} is out of range",
    "reference.invalid": "{where}: is not valid ({detail})",
    "reference.duplicate": "{where}: duplicate {name} {value} (also in row {first})",
    "reference.file_not_object": "reference data must be a JSON object",
    "reference.too_deep": "the JSON is nested more than {max} levels deep",
    "reference.too_large": "the file is larger than {mb} MB",
    "reference.encoding": "the file is not UTF-8 text",
    "reference.json": "the file is not valid JSON ({detail})",
}

# why a row of an imported national file was not imported (reports/lapor_v4.RowError,
# services/imports.RowOutcome)
_IMPORT_ROWS = {
    "import_row.bad_date": "'{value}' is not a date (for example 18 Jan 2024).",
    "import_row.bad_time": "'{value}' is not a time of day (for example 08:03:57).",
    "import_row.not_number": "'{value}' is not a number.",
    "import_row.tracking_required": "The Tracking ID is empty.",
    "import_row.bad_tracking": "Tracking ID '{value}' is not valid.",
    "import_row.title_required": "The title is empty.",
    "import_row.too_many_rows": "The file has more than {max} rows: the rest was not read.",
    "import_row.rekeyed_here": ("This complaint is already here as {receipt} (re-keyed into LAPOR! under this "
                                "Tracking ID); the row was not imported."),
    "import_row.recorded_here": ("This Tracking ID belongs to a complaint recorded at this office; the row was not "
                                 "imported."),
    "import_row.not_imported": "row {row} not imported ({column}): {message}",
}

# where the audit trail's chain breaks (domain/audit.verify_chain)
_AUDIT = {
    "audit.edited": "Entry #{seq} was changed: its content does not match its hash.",
    "audit.reordered_later": "Entry #{seq} is out of order: it links to entry #{linked}, which comes after it.",
    "audit.reordered": "Entry #{seq} links to entry #{linked}, not to the entry just before it.",
    "audit.missing": "An entry before entry #{seq} is missing (deleted).",
    "audit.tail_missing": "The newest entries after #{last} are missing: {written} were written, {left} are "
                          "left.",
}

# what an action's payload may be refused for (services/action_payload.py); "{label}" is the name
# of the action's text field (input.*, from domain/action_input.ACTION_INPUT)
_ACTION_INPUT = {
    "input.note": "Note",
    "input.requested_info": "Requested information",
    "input.forward_note": "Forwarding note",
    "input.decline_reason": "Reason",
    "input.follow_up": "Follow-up",
    "input.reply": "Reporter's reply",
    "input.closing_note": "Closing note",
    "input.archive_reason": "Archive reason",
    "input.reopen_reason": "Reason for reopening",
    "input.comment": "Internal note",
    "input.reason": "Reason",
    "action.required": "{label} is required.",
    "action.not_text": "{label} must be text.",
    "action.too_long": "{label} is at most {max} characters.",
    "action.choose_category": "Choose the category from the list.",
    "action.choose_agency": "Choose the receiving agency from the list.",
    "action.not_bool": "Must be yes or no.",
    "action.nothing_changed": "Nothing changed.",
    "action.no_field_changed": "No field changed.",
    "action.unknown_category": "Unknown category.",
    "action.choose_file": "Choose a file.",
    "note.required": "The note is required.",
    "note.too_long": "The note is at most {max} characters.",
}

# the classifications as screens and receipts name them (the national export's own wording is
# domain/enums.CLASSIFICATION_LABELS, which the Indonesian translations here follow)
_CLASSIFICATIONS = {
    "classification.berkadar_pengawasan": "Complaint with supervisory content",
    "classification.tidak_berkadar_pengawasan": "Complaint without supervisory content",
    "classification.permintaan_informasi": "Request for information",
    "classification.aspirasi": "Aspiration",
}

# the statuses as screens and receipts name them (the national export's own wording is
# domain/enums.STATUS_LABELS, which the Indonesian translations here follow)
_STATUSES = {
    "status.belum_terverifikasi": "Not yet verified",
    "status.terverifikasi": "Verified",
    "status.menunggu_kelengkapan": "Waiting for information",
    "status.terdisposisi": "Forwarded",
    "status.ditindaklanjuti": "Followed up",
    "status.bukan_wewenang": "Not our authority",
    "status.selesai": "Closed",
    "status.diarsipkan": "Archived",
    "status.konten_terblokir": "Content blocked",
}

# sync errors (a run, enrolment, the health probe) and the codes of refused events; the keys of
# services/sync_status.ERROR_TEXT and REJECT_TEXT
_SYNC = {
    "sync.unreachable": "The hub could not be reached (link down or hub off). Will retry.",
    "sync.tls_error": "The hub's certificate could not be verified. Check the hub address or the CA bundle.",
    "sync.auth_refused": "The hub refused this device's token (revoked?). Enrol the desk again.",
    "sync.rate_limited": "The hub is busy; sync postponed.",
    "sync.server_error": "The hub failed; will retry.",
    "sync.too_large": "A batch was too large for the hub.",
    "sync.cancelled": "Sync cancelled.",
    "sync.not_enrolled": "This desk is not enrolled with a hub. Enrol it in Settings.",
    "sync.internal": "An error in the desk program; see the log.",
    "sync.no_progress": "The hub answered without results.",
    "sync.quota_exceeded": "This desk's or office's storage on the hub is full. Ask the hub admin.",
    "sync.unknown_code": "Error: {code}",
    "reject.id_conflict": "The event id was used with another body.",
    "reject.unknown_complaint": "The hub does not know this complaint.",
    "reject.forbidden": "Another office's complaint, or an action not allowed.",
    "reject.malformed": "The hub found the event's data invalid.",
    "reject.hlc_ahead": "The event's clock is too far ahead of the hub's. Check the computer's date and "
                        "time.",
    "reject.actor_unknown": "The staff member who recorded this event is not an account of this office on the "
                            "hub. An admin can add the account in Settings › Staff.",
    "reject.actor_disabled": "The account that recorded this event was disabled when it was recorded.",
    "reject.actor_not_allowed": "The role of the account that recorded this event may not take this action.",
    "reject.account_exists": "The office already has an account with this login; the office's account applies "
                             "on this desk after the sync.",
    "reject.chain_broken": "This computer's event history was changed or deleted after it was recorded. The "
                           "hub noted it for the admin; contact the office admin.",
    "reject.pulled_hlc_ahead": "An event from the hub is dated too far in the future; set aside, not "
                               "applied.",
    "reject.pulled_malformed": "An event from the hub is invalid; set aside, not applied.",
}

# the receipt (reports/receipt.py)
_RECEIPT = {
    "receipt.heading": "COMPLAINT RECEIPT",
    "receipt.reprint": "REPRINT",
    "receipt.sub": "SP4N-LAPOR! — national public-service complaint system",
    "receipt.receipt": "Receipt number",
    "receipt.received": "Received",
    "receipt.title": "Title",
    "receipt.classification": "Classification",
    "receipt.unclassified": "Not yet set (decided at verification)",
    "receipt.channel": "Channel",
    "receipt.reporter": "Reporter",
    "receipt.anonymous_reporter": "Anonymous — no reporter identity shown",
    "receipt.privacy": "Privacy",
    "receipt.anon": "Anonymous (reporter identity withheld)",
    "receipt.conf": "Confidential (the complaint is not published)",
    "receipt.public": "Public (the complaint may be published)",
    "receipt.status": "Status when printed",
    "receipt.deadline": "To be verified by",
    "receipt.deadline_note": "{n} working days from receipt",
    "receipt.tracking": "Tracking number (from the office hub)",
    "receipt.national": "LAPOR! Tracking ID (national)",
    "receipt.follow": "How to ask about this complaint",
    "receipt.follow_intro": "Keep this receipt and quote the receipt number {receipt}",
    "receipt.follow_intro_tid": " or the tracking number {tid}",
    "receipt.follow_visit_addr": "come to {office}, {address}",
    "receipt.follow_visit": "come to the desk of {office}",
    "receipt.follow_phone": "call {phone}",
    "receipt.follow_wa": "WhatsApp {wa}",
    "receipt.follow_status": "see the complaint's status at {url}",
    "receipt.officer": "Received by",
    "receipt.reprinted_by": "Reprinted by",
    "receipt.footer": "This receipt does not mean the complaint has been verified.",
}

# what the command line says for a refusal or failure with a stable code (``LaporError.code``)
_REFUSALS = {
    "error.unknown_user": "There is no active staff account with that login (the --as option).",
    "error.admin_only": "Only a system admin may do this. Nothing was changed.",
    "error.permission_denied": "Your role may not do this. Nothing was changed.",
    "error.cannot_demote_self": "You cannot take the admin role from your own account.",
    "error.cannot_disable_self": "You cannot disable your own account.",
    "error.user_not_found": "There is no staff account with that login.",
    "error.auth_failed": "The login or the password is wrong.",
    "error.account_disabled": "This account is disabled.",
    "error.session_required": "You are no longer signed in. Nothing was changed; sign in again.",
    "error.not_your_agency": "This complaint was not forwarded to your agency, so you cannot act on it.",
    "error.complaint_not_found": "There is no such complaint on this desk.",
    "error.receipt_not_found": "No complaint has that receipt number.",
    "error.not_anonymous": "Nothing is hidden on this complaint.",
    "error.invalid_action": "This action is not possible in the complaint's current status. Nothing was changed.",
    "error.no_backup": "There is no usable backup in {folder}.",
    "error.hub_url_invalid": "The hub address must start with https://.",
    "error.device_id_mismatch": "The hub answered with another device id. Nothing was changed; tell the administrator.",
    "error.office_change_refused": "This desk already holds complaints of its office, so its office cannot be changed.",
}

MESSAGES: dict[str, str] = {**_FIELDS, **_KINDS, **_FIELD_ERRORS, **_SERVICE_ERRORS, **_ACTION_INPUT, **_AUDIT,
                           **_REFERENCE, **_IMPORT_ROWS, **_CLASSIFICATIONS, **_STATUSES, **_SYNC, **_RECEIPT, **_REFUSALS, **CLI}
