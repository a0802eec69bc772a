"""The hub's HTTP server settings against slow and greedy clients (uvicorn, h11).

uvicorn's ``timeout_keep_alive`` only closes idle connections *between* requests: a client that
sends its headers a byte at a time (slow loris), or a body that stops half way, holds a
connection for ever. :class:`GuardedH11Protocol` adds the two missing read timeouts:

* **header timeout**: a request's headers must be complete this many seconds after its first
  byte (after the connection opens, for the first request);
* **body timeout**: while a body is being read, each piece must follow the last within this many
  seconds, and the whole body must arrive within ``body_timeout + length / min_body_rate``
  (1 KiB/s by default: a 1 MiB sync body over a 256 kbit/s satellite link takes ~35 s and
  passes; a body dribbled a byte at a time does not).

A connection that misses either is closed. ``h11_max_incomplete_event_size`` bounds the headers'
size, ``limit_concurrency`` the connections and tasks at once (more get 503), ``backlog`` the
queue of connections not yet accepted. For production behind a reverse proxy see README (hub).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


@dataclass(frozen=True)
class ServerLimits:
    header_timeout: float = 15.0
    body_timeout: float = 60.0
    min_body_rate: float = 1024.0  # bytes per second, averaged over the whole body
    keep_alive: float = 15.0
    max_header_bytes: int = 16 << 10
    limit_concurrency: int = 400
    backlog: int = 512


class GuardedH11Protocol(H11Protocol):
    header_timeout: float = ServerLimits.header_timeout
    body_timeout: float = ServerLimits.body_timeout
    min_body_rate: float = ServerLimits.min_body_rate

    def connection_made(self, transport) -> None:  # type: ignore[no-untyped-def, override]
        self._guard: Any = None
        self._body_deadline: float | None = None
        super().connection_made(transport)
        self._arm(self.header_timeout)

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._guard = self.loop.call_later(seconds, self._guard_fired)

    def _disarm(self) -> None:
        if self._guard is not None:
            self._guard.cancel()
            self._guard = None

    def data_received(self, data: bytes) -> None:
        if self._guard is None and self.conn.their_state is h11.IDLE:
            self._arm(self.header_timeout)  # the next request on a kept-alive connection begins
        super().data_received(data)
        state = self.conn.their_state
        if state is h11.SEND_BODY:
            now = self.loop.time()
            if self._body_deadline is None:
                self._body_deadline = now + self.body_timeout + self._body_length() / self.min_body_rate
            # progress: the next piece has body_timeout to come, the whole body its deadline
            self._arm(max(0.0, min(self.body_timeout, self._body_deadline - now)))
        elif state is not h11.IDLE:
            self._disarm()  # the request is read whole (DONE) or the connection is ending
            self._body_deadline = None

    def _body_length(self) -> int:
        for name, value in self.headers or ():
            if name == b"content-length":
                try:
                    return max(0, int(value))
                except ValueError:
                    break
        return 16 << 20  # chunked: the most any endpoint reads

    def _guard_fired(self) -> None:
        self._guard = None
        if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
            self.logger.info("closing a connection that was too slow to send its request")
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_response_complete(self) -> None:
        self._disarm()  # between requests the keep-alive timeout applies
        self._body_deadline = None
        super().on_response_complete()


def protocol_class(limits: ServerLimits) -> type[GuardedH11Protocol]:
    return type("HubH11Protocol", (GuardedH11Protocol,),
                {"header_timeout": limits.header_timeout, "body_timeout": limits.body_timeout,
                 "min_body_rate": limits.min_body_rate})


def uvicorn_options(limits: ServerLimits) -> dict[str, Any]:
    return {"http": protocol_class(limits), "timeout_keep_alive": int(max(1, limits.keep_alive)),
            "h11_max_incomplete_event_size": limits.max_header_bytes,
            "limit_concurrency": limits.limit_concurrency, "backlog": limits.backlog}
