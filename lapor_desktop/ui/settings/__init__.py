"""Pengaturan: the settings page, one module per tab (general, hub, closures, staff)."""

from __future__ import annotations

from .hub import enrol_error_text
from .page import SettingsPage

__all__ = ["SettingsPage", "enrol_error_text"]
