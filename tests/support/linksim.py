"""A satellite link on loopback: an asyncio TCP proxy in a background thread.

    with LinkSim(hub.port, rtt=0.6, rate_up=32_000, rate_down=32_000) as link:
        desk_url = link.url                     # http://127.0.0.1:<proxy port>
        ...
        link.stats()                            # connections, requests, bytes each way, resets
        link.configure(reset_every_bytes=200_000)

What it does to the traffic:

* **latency**: every byte is delivered one-way-delay (``rtt / 2``) after it left the sender;
* **bandwidth**: a token bucket per direction shared by all connections (the link is one pipe):
  a chunk leaves when the pipe has drained what went before it (``len / rate`` seconds each);
* **resets**: all open connections are aborted with a TCP RST (``SO_LINGER 0``) after N more
  bytes (``reset_after_bytes``, one shot), every N bytes (``reset_every_bytes``), or at random
  intervals (``reset_every_s=(lo, hi)``);
* **counting**: TCP connections, bytes each way (payload bytes through the proxy: HTTP headers
  and bodies, not TCP/IP headers), and HTTP requests. Requests are counted by parsing the
  client->server stream of every connection as HTTP/1.1: a request line, headers up to the
  blank line, then ``Content-Length`` bytes (or chunked framing) of body, then the next request.
  Body bytes are counted apart from header bytes (``up_body_bytes``), and the request lines are
  kept (``requests_log``, the last 10,000).

Bounded: it only ever listens on and connects to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any

LOOPBACK = "127.0.0.1"
READ = 16 << 10


@dataclass
class LinkConfig:
    rtt: float = 0.0  # seconds, both ways together
    rate_up: float | None = None  # bytes/s desk -> hub; None = unlimited
    rate_down: float | None = None  # bytes/s hub -> desk
    reset_every_bytes: int | None = None
    reset_every_s: tuple[float, float] | None = None
    seed: int | None = None


class _Pipe:
    """One direction of the link: when the pipe is free again (serialisation delay)."""

    def __init__(self) -> None:
        self.free_at = 0.0

    def schedule(self, now: float, nbytes: int, rate: float | None) -> float:
        if not rate:
            return now
        start = max(now, self.free_at)
        self.free_at = start + nbytes / rate
        return self.free_at


class _HttpCounter:
    """Incremental HTTP/1.1 request framing on the client->server stream."""

    def __init__(self, sim: "LinkSim") -> None:
        self.sim = sim
        self.buf = bytearray()
        self.state = "head"
        self.body_left = 0
        self.chunked = False

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        while len(view):
            if self.state == "body":
                n = min(self.body_left, len(view))
                self.sim._body_bytes(n)
                self.body_left -= n
                view = view[n:]
                if self.body_left == 0:
                    self.state = "chunk_crlf" if self.chunked else "head"
                continue
            self.buf += view
            view = memoryview(b"")
            progressed = True
            while progressed:
                progressed = self._step()

    def _step(self) -> bool:
        if self.state == "head":
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return False
            head = bytes(self.buf[:end]).decode("latin-1")
            del self.buf[:end + 4]
            lines = head.split("\r\n")
            self.sim._request(lines[0])
            length = 0
            self.chunked = False
            for line in lines[1:]:
                k, _, v = line.partition(":")
                k = k.strip().lower()
                if k == "content-length":
                    length = int(v.strip() or 0)
                elif k == "transfer-encoding" and "chunked" in v.lower():
                    self.chunked = True
            if self.chunked:
                self.state = "chunk_size"
            elif length:
                self.state, self.body_left = "body", length
                return self._drain_body()
            return True
        if self.state == "chunk_size":
            end = self.buf.find(b"\r\n")
            if end < 0:
                return False
            size = int(bytes(self.buf[:end]).split(b";")[0].strip() or b"0", 16)
            del self.buf[:end + 2]
            if size == 0:
                self.state = "trailer"
            else:
                self.state, self.body_left = "body", size
                return self._drain_body()
            return True
        if self.state == "chunk_crlf":
            if len(self.buf) < 2:
                return False
            del self.buf[:2]
            self.state = "chunk_size"
            return True
        if self.state == "trailer":
            end = self.buf.find(b"\r\n")
            if end < 0:
                return False
            line = bytes(self.buf[:end])
            del self.buf[:end + 2]
            if line == b"":
                self.state = "head"
                self.chunked = False
            return True
        if self.state == "body":
            return self._drain_body()
        return False

    def _drain_body(self) -> bool:
        n = min(self.body_left, len(self.buf))
        if n:
            self.sim._body_bytes(n)
            del self.buf[:n]
            self.body_left -= n
        if self.body_left == 0:
            self.state = "chunk_crlf" if self.chunked else "head"
            return True
        return False


@dataclass(eq=False)
class _Conn:
    writers: list[asyncio.StreamWriter] = field(default_factory=list)
    closed: bool = False


class LinkSim:
    def __init__(self, target_port: int, *, rtt: float = 0.0, rate_up: float | None = None,
                 rate_down: float | None = None, reset_every_bytes: int | None = None,
                 reset_every_s: tuple[float, float] | None = None, seed: int | None = None) -> None:
        self.target_port = target_port
        self.cfg = LinkConfig(rtt, rate_up, rate_down, reset_every_bytes, reset_every_s, seed)
        self.rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stats = self._zero()
        self._conns: set[_Conn] = set()
        self._up, self._down = _Pipe(), _Pipe()
        self._since_reset = 0
        self._one_shot: int | None = None
        self._next_timed_reset: float | None = None
        self.loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="linksim", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        self._arm_timer()

    # ------------------------------------------------------------------ public
    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def configure(self, **kw: Any) -> None:
        """Change rtt, rate_up, rate_down, reset_every_bytes, reset_every_s at run time."""
        with self._lock:
            for k, v in kw.items():
                if not hasattr(self.cfg, k):
                    raise TypeError(k)
                setattr(self.cfg, k, v)
            self._since_reset = 0
        self._arm_timer()

    def reset_after_bytes(self, n: int) -> None:
        """Abort every open connection once ``n`` more bytes (either way) went through (one shot)."""
        with self._lock:
            self._one_shot = n

    def reset_now(self) -> None:
        self.loop.call_soon_threadsafe(self._reset_all)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            out = dict(self._stats)
            out["requests_log"] = list(self._stats["requests_log"])
        out["bytes_total"] = out["bytes_up"] + out["bytes_down"]
        return out

    def reset_stats(self) -> None:
        with self._lock:
            self._stats = self._zero()

    def close(self) -> None:
        if self.loop.is_closed():
            return

        async def shutdown() -> None:
            self._server.close()
            self._reset_all()
            await asyncio.sleep(0)

        try:
            asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(5)
        except Exception:
            pass
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        if not self._thread.is_alive():
            self.loop.close()

    def __enter__(self) -> "LinkSim":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ------------------------------------------------------------------ counting
    @staticmethod
    def _zero() -> dict[str, Any]:
        return {"connections": 0, "requests": 0, "bytes_up": 0, "bytes_down": 0, "up_body_bytes": 0,
                "resets": 0, "requests_log": []}

    def _request(self, line: str) -> None:
        with self._lock:
            self._stats["requests"] += 1
            log = self._stats["requests_log"]
            log.append(line)
            if len(log) > 10_000:
                del log[:1000]

    def _body_bytes(self, n: int) -> None:
        with self._lock:
            self._stats["up_body_bytes"] += n

    def _count(self, direction: str, n: int) -> bool:
        """Count bytes; True when a reset is due now."""
        with self._lock:
            self._stats["bytes_" + direction] += n
            self._since_reset += n
            due = False
            if self._one_shot is not None:
                self._one_shot -= n
                if self._one_shot <= 0:
                    self._one_shot = None
                    due = True
            every = self.cfg.reset_every_bytes
            if every and self._since_reset >= every:
                due = True
            if due:
                self._since_reset = 0
            return due

    # ------------------------------------------------------------------ the loop
    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self._server = self.loop.run_until_complete(
            asyncio.start_server(self._handle, LOOPBACK, 0, limit=1 << 20))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()

    def _arm_timer(self) -> None:
        def arm() -> None:
            span = self.cfg.reset_every_s
            if not span:
                self._next_timed_reset = None
                return
            token = object()
            self._timer_token = token
            delay = self.rng.uniform(*span)

            def fire() -> None:
                if getattr(self, "_timer_token", None) is token and self.cfg.reset_every_s:
                    self._reset_all()
                    arm()

            self.loop.call_later(delay, fire)

        self.loop.call_soon_threadsafe(arm)

    def _reset_all(self) -> None:
        conns = list(self._conns)
        if conns:
            with self._lock:
                self._stats["resets"] += 1
        for c in conns:
            self._abort(c)

    def _abort(self, c: _Conn) -> None:
        if c.closed:
            return
        c.closed = True
        self._conns.discard(c)
        for w in c.writers:
            try:
                sock = w.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                w.transport.abort()
            except Exception:
                pass

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = _Conn([writer])
        try:
            up_r, up_w = await asyncio.open_connection(LOOPBACK, self.target_port, limit=1 << 20)
        except OSError:
            self._abort(conn)
            return
        conn.writers.append(up_w)
        self._conns.add(conn)
        with self._lock:
            self._stats["connections"] += 1
        counter = _HttpCounter(self)
        await asyncio.gather(self._pump(conn, reader, up_w, "up", counter),
                             self._pump(conn, up_r, writer, "down", None),
                             return_exceptions=True)
        self._conns.discard(conn)
        for w in conn.writers:
            try:
                w.close()
            except Exception:
                pass

    async def _pump(self, conn: _Conn, src: asyncio.StreamReader, dst: asyncio.StreamWriter,
                    direction: str, counter: _HttpCounter | None) -> None:
        pipe = self._up if direction == "up" else self._down
        queue: asyncio.Queue = asyncio.Queue()

        async def deliver() -> None:
            while True:
                item = await queue.get()
                if item is None:
                    try:
                        if dst.can_write_eof():
                            dst.write_eof()
                    except Exception:
                        pass
                    return
                at, data = item
                delay = at - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                if conn.closed:
                    return
                dst.write(data)
                try:
                    await dst.drain()
                except Exception:
                    self._abort(conn)
                    return

        sender = asyncio.ensure_future(deliver())
        try:
            while not conn.closed:
                data = await src.read(READ)
                if not data:
                    break
                if conn.closed:
                    break
                if counter is not None:
                    try:
                        counter.feed(data)
                    except Exception:
                        pass
                rate = self.cfg.rate_up if direction == "up" else self.cfg.rate_down
                now = time.monotonic()
                leave = pipe.schedule(now, len(data), rate)
                await queue.put((leave + self.cfg.rtt / 2, data))
                due = self._count(direction, len(data))
                if due:
                    with self._lock:
                        self._stats["resets"] += 1
                    for c in list(self._conns):
                        self._abort(c)
                    break
                # back-pressure: do not read far ahead of what the pipe can carry
                ahead = leave - now
                if ahead > 0.25:
                    await asyncio.sleep(ahead - 0.25)
        except (ConnectionError, OSError):
            self._abort(conn)
        finally:
            await queue.put(None)
            try:
                await sender
            except Exception:
                pass
