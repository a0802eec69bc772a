"""``lapor-desktop ARGS`` for the command-line tests, run inside the test process.

    r = run_cli(["intake", "--as", "budi", "-"], env={"LAPOR_DESKTOP_HOME": str(home)}, stdin="...")
    r.returncode, r.stdout, r.stderr          # as from subprocess.run(..., text=True)

It calls :func:`lapor_desktop.cli.main` with the arguments, the environment variables, the working
folder and the standard input given, and hands back what a process would have: the exit code
(``SystemExit`` from argparse and ``--version`` included; an exception that escapes ``main`` is
code 1 with its traceback on stderr, as the interpreter would print it) and what was written to
stdout and stderr. This is the code the console script runs, without a second of interpreter
start-up and imports per call. The tests of the process itself (the console entry point, a kill
in the middle, the real password hashing) still start ``python -m lapor_desktop``
(``process=True`` in the modules' runners).

What ``main`` changes in the process is put back: the variables and the folder, sys.stdin/stdout/
stderr, and the log handlers it adds to the root logger (closed, so the log file is complete).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_cli(args: Sequence[str], *, env: Mapping[str, str | None] | None = None,
            stdin: str | bytes | None = None, cwd: str | os.PathLike | None = None,
            text: bool = True) -> subprocess.CompletedProcess:
    """``lapor-desktop ARGS`` in this process; ``env`` values of None remove that variable;
    ``text=False``: stdout and stderr as bytes (``stdin`` may be bytes either way)."""
    from lapor_desktop.cli import main

    patch = dict(env or {})
    saved_env = {k: os.environ.get(k) for k in patch}
    saved_cwd = os.getcwd()
    root = logging.getLogger()
    saved_level = root.level
    out, err = _stream(), _stream()
    saved_stdin = sys.stdin
    try:
        for k, v in patch.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        if cwd is not None:
            os.chdir(cwd)
        sys.stdin = _stream(stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b""))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if not isinstance(exc.code, (int, type(None))):
                    print(exc.code, file=sys.stderr)
            except Exception:  # noqa: BLE001 - what the interpreter does with an uncaught exception
                traceback.print_exc()
                code = 1
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        for h in list(root.handlers):
            if getattr(h, "_lapor", False):
                root.removeHandler(h)
                h.close()
        root.setLevel(saved_level)
    return subprocess.CompletedProcess(["lapor-desktop", *args], code, _text(out, text), _text(err, text))


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    """A text stream over bytes, with ``.buffer`` as a process's standard streams have."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", write_through=True)


def _text(stream: io.TextIOWrapper, text: bool) -> str | bytes:
    """What ``subprocess.run(..., text=True)`` decodes (UTF-8, universal newlines), or the bytes."""
    stream.flush()
    raw = stream.buffer.getvalue()  # type: ignore[attr-defined]
    if not text:
        return raw
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def run_process(args: Sequence[str], *, env: Mapping[str, str | None] | None = None, stdin: str | None = None,
                cwd: str | os.PathLike | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """``python -m lapor_desktop ARGS`` as a real process (same arguments as :func:`run_cli`)."""
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), e.get("PYTHONPATH", "")) if p)
    for k, v in (env or {}).items():
        if v is None:
            e.pop(k, None)
        else:
            e[k] = v
    return subprocess.run([sys.executable, "-m", "lapor_desktop", *args], input=stdin, capture_output=True,
                          check=False, text=True, env=e, cwd=cwd, timeout=timeout)
