"""Loket: the walk-in intake form, its draft on disk, duplicate hints and the receipt.

Keyboard first: Tab walks the fields in reading order, Ctrl+N new, Ctrl+S save, Ctrl+P print,
Esc asks before throwing anything away. Validation runs as the clerk types (the domain's rules,
no database), errors appear in red under the field once it has been left, and all of them (plus
a summary) on a save attempt. Nothing is saved half-valid. A draft is written a second after the
last change and removed once the complaint is saved.

Split by job: ``page`` (the page: header, banners, saving, the receipt), ``form`` (the fields,
reference data, values and validation), ``drafts``, ``similar`` (possibly related complaints)
and ``attachments_panel``; the parts are mixins of ``IntakePage``.
"""

from .page import IntakePage

__all__ = ["IntakePage"]
