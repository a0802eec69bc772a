"""Enrolment: register this desk with a hub (POST /devices) and keep its token."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from lapor_desktop import __version__
from lapor_desktop.core.errors import LaporError
from lapor_desktop.store import repo
from lapor_desktop.protocol.wire import EnrollRequest
from lapor_desktop.sync.transport import AuthRefused, HttpTransport, TlsError, TransportError, Unreachable

from ..changes import Changes
from ..desk import Desk
from .errors import HubAuthRefused, HubUnreachable
from .port import CURSOR, HUB_ID, REF_CHECKED, REF_ETAG
from .tokens import TokenStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    office_code: str
    hub_id: str
    hub_url: str
    token_store: str  # keyring | file
    server_time: str


def _one_line(text: str) -> str:
    """``text`` without control characters (the hub refuses them in a device name)."""
    return "".join(ch for ch in text if ch >= " " and ch != "\x7f")


def enroll(desk: Desk, hub_url: str, code: str, *, device_name: str | None = None,
           transport: HttpTransport | None = None) -> Enrolled:
    """Enrol this desk with a hub (POST /devices) and keep the token in the credential store."""
    desk.require_set_up()
    url = (hub_url or "").strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise LaporError("the hub address must start with https://", code="hub_url_invalid")
    st = desk.settings
    t = transport or HttpTransport(url, ca_bundle=st.ca_bundle or None)
    req = EnrollRequest(enrollment_code=code.strip(), office_code=st.office_code, device_id=st.device_id,
                        device_name=_one_line(device_name or st.device_name or "")[:200],
                        client_version=f"lapor-desktop {__version__}")
    try:
        resp = t.enroll(req)
    except AuthRefused as exc:
        raise HubAuthRefused(f"enrolment refused: {exc.code}", code=exc.code or "auth_refused") from None
    except TlsError as exc:  # not "the link is down": the certificate is not trusted
        raise HubUnreachable(f"hub certificate not verified: {exc}", code="tls_error") from None
    except Unreachable as exc:
        raise HubUnreachable(f"hub unreachable: {exc}") from None
    except TransportError as exc:
        raise LaporError(f"enrolment failed: {exc} {exc.detail}".strip(), code=exc.code) from None
    finally:
        if transport is None:
            t.close()
    if resp.device_id != st.device_id:
        raise LaporError("the hub gave another device id", code="device_id_mismatch")
    kind = TokenStore.of(desk).save(resp.device_id, resp.token)
    with desk.db.session() as s:
        if repo.meta_get(s, HUB_ID) not in (None, resp.hub_id):
            # another hub: its cursor and reference version mean nothing here
            for key in (CURSOR, REF_ETAG, REF_CHECKED):
                repo.meta_set(s, key, "")
        repo.meta_set(s, HUB_ID, resp.hub_id)
    st.hub_url = url
    st.extra["hub_id"] = resp.hub_id
    st.extra["token_store"] = kind
    desk.save_settings()
    desk.changes.announce(Changes(sync=True, settings=True))
    log.info("desk enrolled with hub %s (token store: %s)", resp.hub_id, kind)
    return Enrolled(resp.device_id, resp.office_code, resp.hub_id, url, kind, resp.server_time)
