"""Finding 6 on the intake form: a file chosen or dropped there passes the same gate as the store
(no symlinks or special files, the type from the first bytes) before it is listed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.ui import attachments as att  # noqa: E402

KW = {"downscale_above_kb": 1024, "max_pixels": 1600, "max_mb": 25}


def prepare(path: Path, tmp_path: Path):  # noqa: ANN201
    return att.prepare(path, work_dir=tmp_path / "work", **KW)


@pytest.mark.parametrize("target, name", [("/etc/shadow", "evil.pdf"), ("/etc/passwd", "passwd.jpg")])
def test_a_symlink_is_refused_on_the_form(tmp_path, target, name):
    link = tmp_path / name
    link.symlink_to(target)
    with pytest.raises(att.Rejected) as exc:
        prepare(link, tmp_path)
    assert exc.value.code == "symlink" and exc.value.filename == name


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "foto.jpg"
    os.mkfifo(fifo)
    with pytest.raises(att.Rejected) as exc:
        prepare(fifo, tmp_path)
    assert exc.value.code == "special"


def test_a_text_file_named_pdf_is_refused_on_the_form(tmp_path):
    f = tmp_path / "surat.pdf"
    f.write_text("bukan PDF\n", encoding="utf-8")
    with pytest.raises(att.Rejected) as exc:
        prepare(f, tmp_path)
    assert exc.value.code == "unsupported"


def test_a_real_pdf_is_listed(tmp_path):
    import io

    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=100, height=100)
    buf = io.BytesIO()
    w.write(buf)
    f = tmp_path / "laporan.pdf"
    f.write_bytes(buf.getvalue())
    p = prepare(f, tmp_path)
    assert p.mime == "application/pdf" and p.path == f and not p.downscaled
