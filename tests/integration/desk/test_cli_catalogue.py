"""What the command line says comes from the one catalogue: English from core/messages.py, the
Indonesian a translator wrote in the .ts (``--lang en`` gives the English). Each test edits a copy
of the .ts and checks ``lapor-desktop`` prints the edited words: a sentence still written in the
code would not change."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from lapor_desktop.core import text
from lapor_desktop.core.paths import resources_dir
from tests.support.cli import run_cli


@pytest.fixture
def own_ts(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A copy of the .ts that a test may edit, read as the program's own."""
    folder = tmp_path / "resources"
    (folder / "translations").mkdir(parents=True)
    ts = folder / "translations" / "lapor_desktop_id.ts"
    shutil.copy(resources_dir() / "translations" / "lapor_desktop_id.ts", ts)
    monkeypatch.setattr(text, "resources_dir", lambda: folder)
    text.translations.cache_clear()
    yield ts
    text.translations.cache_clear()


def retranslate(ts: Path, key: str, new: str) -> None:
    s = ts.read_text(encoding="utf-8")
    s, n = re.subn(rf"(<comment>{re.escape(key)}</comment>\s*<translation>)[^<]*(</translation>)",
                   rf"\g<1>{new}\g<2>", s)
    assert n == 1, key
    ts.write_text(s, encoding="utf-8")
    text.translations.cache_clear()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    r = desk(h, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore", "--desk-code", "D1")
    assert r.returncode == 0, r.stderr
    return h


def desk(home: Path, *args: str):  # type: ignore[no-untyped-def]
    return run_cli(args, env={"LAPOR_DESKTOP_HOME": str(home)})


def test_a_bad_reference_file_is_described_in_the_catalogues_words(home, own_ts, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"closures": [{"date": "2026-12-24"}, {"date": "2026-13-45"},
                                            {"date": "2026-12-24"}]}), encoding="utf-8")
    retranslate(own_ts, "reference.not_a_date", "{where}: tanggal {value} tidak ada di kalender")
    r = desk(home, "reference", "load", str(bad))
    assert r.returncode == 1
    assert "closures[1].date: tanggal '2026-13-45' tidak ada di kalender" in r.stderr, r.stderr
    r = desk(home, "--lang", "en", "reference", "load", str(bad))
    assert r.returncode == 1
    assert "closures[1].date: '2026-13-45' is not a real date (YYYY-MM-DD)" in r.stderr, r.stderr
    assert "kalender" not in r.stderr
