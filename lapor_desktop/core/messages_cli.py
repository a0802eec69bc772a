"""The command line's own sentences (``cli*.py``) and the start-up guard's (``services/backup``),
in English: part of the one catalogue (:mod:`lapor_desktop.core.messages` merges them); the
Indonesian is in the .ts's ``Messages`` context like every other key. Pure data."""

from __future__ import annotations

CLI = {
    "cli.ca_not_found": "CA file not found: {file}",
    "cli.enrol_refused": "Enrolment refused by the hub ({code}). Ask the hub admin for a new code.",
    "cli.enrol_unreachable": "The hub {hub} could not be reached; this desk is not enrolled. Check the hub address and the network, then run this enroll command again (the code has not been used).",
    "cli.token_in_file": "Warning: no OS credential store; the token is kept in a file only this user can read.",
    "cli.enroll_hint": "(lapor-desktop enroll --hub URL --code CODE)",
    "cli.sync_summary": "sync: {outcome}; sent {sent}, received {received}, rejected {rejected}, waiting {pending}",
    "cli.sync_skew": "WARNING: this desk's clock differs from the hub's by more than 5 minutes",
    "cli.reference_refused": "Reference data from the hub refused, the previous data is kept: {reason}",
    "cli.invalid_input": "Invalid input:",
    "cli.not_set_up": "This desk is not set up. Run: lapor-desktop setup --office-code CODE --office-name NAME",
    "cli.reference_not_found": ("Reference file not found: {file} (looked in {cwd} and the bundled reference "
                                "data). Nothing was written."),
    "cli.no_database": "There is no database to back up yet.",
    "cli.failed": "Failed: {text} ({code})",
    "cli.folder_not_writable": ("The folder {folder} cannot be written ({reason}). Check the folder's permissions "
                                "and free disk space, then try again."),
    "cli.store.disk_full": ("The disk is full: the data folder {folder} cannot be written. Free some disk space (a "
                            "few hundred MB at least) and try again; nothing was lost."),
    "cli.store.read_only": ("The data folder {folder} is read-only; nothing can be saved. Ask the administrator to "
                            "make it writable; nothing was lost."),
    "cli.store.corrupt": ("The database in {folder} is damaged; writing stopped. Run: lapor-desktop doctor, then "
                          "lapor-desktop restore --latest."),
    "cli.store.cannot_open": "The database in {folder} cannot be opened. Check the folder's permissions.",
    "cli.store.backup_copy_failed": ("The backup could not be written to {folder} ({detail}). No half-written "
                                     "backup was left."),
    "cli.store.backup_verify_failed": "The backup in {folder} failed its check ({detail}) and was not kept.",
    "cli.store.backup_write_failed": "The backup could not be written to {folder} ({detail}).",
    "cli.store.other": "Database problem in {folder}: {detail}",
    "cli.audit_ok": "ok: {count} entries, chain intact",
    "cli.audit_broken": "BROKEN at entry #{seq} ({code}): {message}",
    "cli.mirror.missing": ("The second backup folder {folder} is not there (USB drive not plugged in?). The backup "
                           "is only on this computer; plug the drive in and run lapor-desktop backup again."),
    "cli.mirror.disk_full": ("The second backup drive {folder} is full; no copy was made. Free space on it and try "
                             "again. The backup on this computer stands."),
    "cli.mirror.verify_failed": ("The copy in {folder} failed its check and was not kept ({detail}). The drive may "
                                 "be faulty; the backup on this computer stands."),
    "cli.mirror.other": ("The second backup folder {folder} cannot be written ({detail}); no copy was made. The "
                         "backup on this computer stands."),
    "cli.second_folder_absent": ("Note: the folder {folder} is not there now; copies are made while the drive is "
                                 "plugged in."),
    "cli.password_no_keyboard": ("The password cannot be asked for: input is not a keyboard. For piped input add "
                                 "--password-stdin."),
    "cli.password_none": "No password was entered.",
    "cli.passwords_differ": "The passwords differ.",
    "cli.no_accounts": "No accounts yet. Add one with: lapor-desktop users add LOGIN --role admin --password-stdin",
    "cli.unlocked": "Sign-in pause lifted for {login}.",
    "cli.not_paused": "Sign-in was not paused for {login}.",
    "cli.doctor.settings_unreadable": "The settings file {file} cannot be read ({error}).",
    "cli.doctor.folder_read_only": "The folder {folder} cannot be written.",
    "cli.doctor.database_missing": "The database {file} is missing although this desk is set up.",
    "cli.doctor.database_damaged": "The database is damaged ({problem}): {detail}",
    "cli.doctor.schema_old": "Schema {revision} is older than {head} (updated when the program opens).",
    "cli.doctor.not_set_up": ("This desk is not set up. Run: lapor-desktop setup --office-code CODE --office-name "
                              "NAME (or open the program for the set-up wizard)."),
    "cli.doctor.no_backup": "There is no good backup yet. Run: lapor-desktop backup",
    "cli.doctor.second_folder_missing": "The second backup folder {folder} is not there (USB drive not plugged in?).",
    "cli.doctor.integrity_problem": ("The weekly check found damage; start the program (or any command) so the "
                                     "file is checked in full and a backup is offered."),
    "cli.doctor.event_chain_broken": ("This desk's event history was changed or deleted before event {event} "
                                      "(sequence {seq})."),
    "cli.doctor.counts_failed": "Counts could not be read: {error}",
    "cli.no_backups": "No backups in {folder} yet. Make one with: lapor-desktop backup",
    "cli.restore_what": "Name a backup file or --latest.",
    "cli.backup_file_not_found": "Backup file not found: {file}",
    "cli.restore_in_use": ("The database is in use (LAPOR! Desk or a scheduled sync is running). Close it first, "
                           "then try again; nothing was changed."),
    "cli.restore_no_good_backup": "There is no good backup in {folder}.",
    "cli.restore_unusable": "The backup {file} cannot be used ({problem}); nothing was changed.",
    "cli.restored": "The backup was restored. Run lapor-desktop sync to fetch from the hub what the backup lacks.",
    "cli.target_folder_missing": "The target folder does not exist: {folder}",
    "cli.exported": "{n} complaints exported.",
    "cli.file_not_found": "File not found: {file}",
    "cli.form_row_error": "row {row}: {field}: {message}",
    "cli.intake_line_rejected": "line {line} rejected:",
    "cli.intake_summary": "{ok} recorded, {bad} rejected",
    "cli.intake_already": ", {count} already recorded before (lines {lines}; not recorded twice)",
    "startup.cannot_open": ("The database in {folder} cannot be opened ({detail}). Check free disk space and the "
                            "folder's write permission, then try again; the file was not changed."),
    "startup.missing": "The database of this desk was not found although the desk is set up",
    "startup.damaged": "The database of this desk is damaged and was not opened",
    "startup.schema_unknown": "This database was written by a newer LAPOR! Desk",
    "startup.moved": "; the file was moved to {path} (not deleted)",
    "startup.install_newer": ". Install the newest program; nothing was changed.",
    "startup.restore_latest": (". Restore the newest backup ({when}) with: lapor-desktop restore --latest then run "
                               "lapor-desktop sync to fetch from the hub what the backup lacks."),
    "startup.no_good_backup": ". There is no good backup; call the administrator (do not run setup again).",
}
