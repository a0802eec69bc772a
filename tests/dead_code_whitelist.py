"""Names vulture cannot see used (tests/unit/test_dead_code.py). Never imported or run: vulture
reads it, and a name written here counts as used. Only what a framework or Qt calls, or reads
by reflection, belongs here; a function nobody calls is deleted instead."""
# ruff: noqa
# mypy: ignore-errors
_ = object()

# --- Qt calls these overrides itself
_.columnCount  # QAbstractItemModel
_.paintEvent  # ui/elided.py
_.dragEnterEvent, _.dropEvent  # ui/intake.py: files dropped on the form
_.initializePage  # QWizardPage (ui/setup_wizard.py)
_.takeAt, _.expandingDirections, _.hasHeightForWidth  # QLayout (ui/detail/actions.py flow layout)

# --- Qt objects kept alive by a reference nobody reads (else Python frees them while shown)
_.reprint_dialog  # ui/intake.py: the non-modal reprint dialog
_._spent_login  # ui/login.py: the sign-in dialog until its signal has been handled
_._ref_image  # ui/printing.py: the paint device a QTextDocument draws on
_._menu  # ui/queue_room.py: the header's column menu

# --- framework callbacks
_.handleError  # logging.Handler (core/logsetup.py)
_._hub_error, _._http_error, _._validation_error, _._any_error  # FastAPI exception handlers (hub/app.py)
_._real_date  # pydantic field validator (protocol/reference.py)
_._one_flag  # pydantic model validator (protocol/events.py)
_.model_config  # pydantic model settings
_.reflected, _.compare_to  # Alembic include_object's signature (store/migrations/env.py)
_.isolation_level  # set on sqlite3 connections (store/db.py, hub/storage.py)
_.trust_env  # requests.Session setting (sync/transport.py)
_._content  # requests.Response's body, filled by our own bounded reader (sync/transport.py)
_.data_type, _.freeze_panes, _.sheet_state  # openpyxl cell/sheet settings (exports, paper form)

# --- fields written for the record and read by reflection (asdict/JSON, the database, reports)
_.schema_version  # core/settings.py: the settings file's format version
_.working_days_left  # domain/deadlines.DeadlineInfo
_.USERS  # domain/permissions.Right: reached through ROLE_RIGHTS (admin: every right)
_.used_by_device, _.assigned_at, _.stored_at, _.loaded_at  # hub table columns (hub/storage.py)
_.village, _.close_reason, _.attempts, _.enqueued_at, _.last_error, _.report_json  # desk table columns (store/models.py; report_json is read by store/sync_read.py in SQL)
_.event_ids  # services/complaints.Recorded / AddedToExisting results
_.migration  # services/desk.Desk: what the start-up migration did
_.rtt_ms  # services/sync.HubHealth
_.blob_bytes_up  # sync/engine.SyncReport / Progress (the run's record, sync-status)
_.client_time, _.protocols  # wire fields (protocol/wire.py)
_.__getattr__, _.__dir__  # services/sync/__init__.py: names loaded on first use (PEP 562)
