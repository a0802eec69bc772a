"""How the Sinkronisasi page words times, sizes, counts, waits and run results."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from lapor_desktop.core.datefmt import ZONE_ABBR
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.sync_status import explain_key

from .fmt import fmt_datetime, local_dt
from .forms import say


# ------------------------------------------------------------------------------- formatting
def explain_text(code: str | None, lang: str = "id") -> str:
    """An error or reject code in the screen's words (the message catalogue through Qt)."""
    if not code:
        return ""
    key, params = explain_key(code)
    return say(key, lang, **params)


def zone_abbr(desk: Desk) -> str:
    return ZONE_ABBR.get(desk.tz_name, "")


def fmt_clock(iso: str | None, desk: Desk, *, with_date_if_not_today: bool = True) -> str:
    """"10.32 WIT" (Indonesian) / "10:32 WIT" (English); with the date when not today."""
    dt = local_dt(iso, desk.tz)
    if dt is None:
        return ""
    loc = QLocale()
    sep = "." if loc.language() == QLocale.Language.Indonesian else ":"
    text = f"{dt.hour:02d}{sep}{dt.minute:02d}"
    abbr = zone_abbr(desk)
    if abbr:
        text += f" {abbr}"
    if with_date_if_not_today and dt.date() != datetime.now(desk.tz).date():
        text = fmt_datetime(iso, desk.tz)  # carries the zone
    return text


def fmt_bytes(n: int | None) -> str:
    n = int(n or 0)
    loc = QLocale()
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return loc.toString(n / 1024, "f", 0 if n >= 100 * 1024 else 1) + " KB"
    return loc.toString(n / (1024 * 1024), "f", 1) + " MB"


def fmt_count(n: int | None) -> str:
    return QLocale().toString(int(n or 0))


def fmt_duration(ms: int | None) -> str:
    s = max(0, int(round((ms or 0) / 1000)))
    if s < 60:
        return QCoreApplication.translate("SyncPage", "%1 s").replace("%1", str(s))
    m, s = divmod(s, 60)
    if m < 60:
        return QCoreApplication.translate("SyncPage", "%1 min %2 s").replace("%1", str(m)).replace("%2", str(s))
    h, m = divmod(m, 60)
    return QCoreApplication.translate("SyncPage", "%1 h %2 min").replace("%1", str(h)).replace("%2", str(m))


def fmt_wait(seconds: float | None) -> str:
    """"2 menit" / "45 detik" for a countdown."""
    s = max(0, int(round(seconds or 0)))
    if s < 60:
        return QCoreApplication.translate("SyncPage", "%1 seconds").replace("%1", str(s))
    m = (s + 30) // 60
    if m == 1:
        return QCoreApplication.translate("SyncPage", "1 minute")
    return QCoreApplication.translate("SyncPage", "%1 minutes").replace("%1", str(m))


def ui_lang() -> str:
    from .i18n import current_language

    return current_language()


def outcome_text(outcome: str, error_code: str | None, pending_after: int, lang: str) -> str:
    """A run's result in words: complete, partly done, or the error explained."""
    if outcome == "ok":
        return QCoreApplication.translate("SyncPage", "Complete")  # the counts are in their own columns
    if outcome == "partial":
        if pending_after:
            return QCoreApplication.translate("SyncPage", "Partly done: %1 changes still waiting").replace("%1", fmt_count(pending_after))
        return QCoreApplication.translate("SyncPage", "Partly done: continues in the next sync")
    return explain_text(error_code or outcome, lang)


def run_result_text(sent: int, received: int, refused: int) -> str:
    """A finished run in words: "Last sync: 3 changes sent, 12 received, none refused." """
    if not sent and not received and not refused:
        return QCoreApplication.translate("SyncPage", "Last sync: nothing new either way.")
    text = QCoreApplication.translate("SyncPage", "Last sync: %1 changes sent, %2 received") \
        .replace("%1", fmt_count(sent)).replace("%2", fmt_count(received))
    if refused:
        text += QCoreApplication.translate("SyncPage", ", %1 refused by the hub (see below)") \
            .replace("%1", fmt_count(refused))
    return text + "."
