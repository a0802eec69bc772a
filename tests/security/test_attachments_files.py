"""Finding 6: an attachment is a regular file whose first bytes say it is a photo or a PDF.

``evil.pdf -> /etc/shadow`` and ``passwd.jpg -> /etc/passwd`` in an intake file used to be copied
into the blob store (and would have been uploaded to the hub); the type came from the name only.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.core.errors import InvalidInput  # noqa: E402
from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.domain.model import Actor  # noqa: E402
from lapor_desktop.services.complaints import AttachmentIn, ComplaintService  # noqa: E402
from lapor_desktop.services.desk import open_desk, setup_desk  # noqa: E402
from tests.support.sessions import signed
from tests.support.cli import run_cli

FRONT = Actor("loket", "front_desk", "Petugas Loket")

LINE = {"title": "Lampu jalan padam di Dokiri",
        "body": "Lampu penerangan jalan di pesisir Dokiri padam sejak seminggu, rawan kecelakaan.",
        "channel": "tatap_muka", "category_id": 928,
        "reporter": {"name": "Warga Dokiri", "phone": "081234567890"},
        "location": {"district": "Tidore Timur", "village": "Dokiri"}}


# ------------------------------------------------------------------------------ real files
def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00\xff\x00\x00"  # one red pixel, filter byte 0
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def jpeg_bytes() -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    img = QImage(8, 8, QImage.Format.Format_RGB32)
    img.fill(0x3366CC)
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    assert img.save(buf, "JPEG")
    return bytes(ba)


def pdf_bytes() -> bytes:
    import io

    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def blob_files(paths: AppPaths) -> list[Path]:
    root = paths.blobs_dir
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


# ------------------------------------------------------------------------------ the CLI
def run_desk(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """``lapor-desktop ARGS`` (``main()`` in this process, tests/support/cli.py)."""
    return run_cli(args, env={"LAPOR_DESKTOP_HOME": str(home)}, stdin=stdin)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    assert run_desk(h, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore",
                    "--desk-code", "D1").returncode == 0
    r = run_desk(h, "users", "add", "budi", "--role", "front_desk", "--name", "Budi", "--password-stdin",
                 stdin="sandi-rahasia\n")
    assert r.returncode == 0, r.stderr
    return h


def test_symlinks_in_an_intake_file_are_refused_and_nothing_is_copied(home, tmp_path):
    files = tmp_path / "in"
    files.mkdir()
    (files / "evil.pdf").symlink_to("/etc/shadow")
    (files / "passwd.jpg").symlink_to("/etc/passwd")
    (files / "ok.png").write_bytes(png_bytes())
    lines = [{**LINE, "attachments": ["evil.pdf"]}, {**LINE, "attachments": ["passwd.jpg"]},
             {**LINE, "attachments": ["ok.png"]}]
    f = files / "in.jsonl"
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    r = run_desk(home, "intake", "--as", "budi", str(f))
    assert r.returncode == 1, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["ok"] for o in out] == [False, False, True]
    for o, name in zip(out, ("evil.pdf", "passwd.jpg")):
        assert [e["code"] for e in o["errors"]] == ["file_symlink"], o
        assert name in o["errors"][0]["message"] and "tautan" in o["errors"][0]["message"], o
    blobs = blob_files(AppPaths.under(home))
    assert len(blobs) == 1 and blobs[0].read_bytes() == png_bytes()
    secret = Path("/etc/passwd").read_bytes()
    assert all(b.read_bytes() != secret for b in blobs)


# ------------------------------------------------------------------------------ the service
@pytest.fixture
def desk(tmp_path: Path):
    paths = AppPaths.under(tmp_path / "profile")
    setup_desk(paths, office_code="TIDORE", office_name="Kota Tidore", desk_code="A1").close()
    d = open_desk(paths)
    yield d
    d.close()


def record(desk, *files: Path):  # noqa: ANN001, ANN201
    return ComplaintService(desk).record(signed(ComplaintService(desk), FRONT), dict(LINE), [AttachmentIn(p) for p in files])


def refused(desk, path: Path) -> list:  # noqa: ANN001
    with pytest.raises(InvalidInput) as exc:
        record(desk, path)
    return exc.value.errors


def test_a_text_file_named_pdf_is_refused(desk, tmp_path):
    f = tmp_path / "surat.pdf"
    f.write_text("ini bukan PDF, hanya teks biasa\n", encoding="utf-8")
    errs = refused(desk, f)
    assert [e.code for e in errs] == ["file_type"] and "surat.pdf" in errs[0].message
    assert blob_files(desk.paths) == []


def test_a_png_named_jpg_is_taken_by_its_bytes(desk, tmp_path):
    f = tmp_path / "foto.jpg"
    f.write_bytes(png_bytes())
    rec = record(desk, f)
    atts = ComplaintService(desk).detail(signed(ComplaintService(desk), FRONT), rec.id).attachments
    assert [a["mime"] for a in atts] == ["image/png"]


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_special_files_are_refused_without_blocking(desk, tmp_path, kind):
    p = tmp_path / f"x-{kind}.jpg"
    if kind == "fifo":
        os.mkfifo(p)
    elif kind == "directory":
        p.mkdir()
    else:
        p.symlink_to("/dev/zero")  # a device behind a link: refused as a link, never read
    errs = refused(desk, p)
    assert len(errs) == 1 and errs[0].code in ("file_special", "file_symlink") and p.name in errs[0].message
    assert blob_files(desk.paths) == []


def test_a_device_file_itself_is_refused(desk):
    errs = refused(desk, Path("/dev/null"))
    assert [e.code for e in errs] == ["file_special"]


def test_real_pdf_jpeg_and_png_are_accepted(desk, tmp_path):
    made = {"laporan.pdf": pdf_bytes(), "foto.jpeg": jpeg_bytes(), "peta.png": png_bytes()}
    files = []
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
        files.append(tmp_path / name)
    rec = record(desk, *files)
    atts = ComplaintService(desk).detail(signed(ComplaintService(desk), FRONT), rec.id).attachments
    assert sorted(a["mime"] for a in atts) == ["application/pdf", "image/jpeg", "image/png"]
    assert sorted(p.read_bytes() for p in blob_files(desk.paths)) == sorted(made.values())


def test_the_size_limit_still_holds(desk, tmp_path):
    desk.settings.attachment_max_mb = 1
    f = tmp_path / "besar.pdf"
    f.write_bytes(pdf_bytes() + b"\n%" + b"x" * (1 << 20))
    assert [e.code for e in refused(desk, f)] == ["file_too_large"]
