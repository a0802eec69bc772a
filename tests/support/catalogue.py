"""A copy of the Indonesian .ts that a test may edit, read by ``core/text`` as the program's own
(the command line, the receipt and the services take their words from it)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from lapor_desktop.core import text
from lapor_desktop.core.paths import resources_dir


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
    """Give the catalogue's ``key`` the Indonesian ``new`` in the copy ``ts``."""
    s = ts.read_text(encoding="utf-8")
    s, n = re.subn(rf"(<comment>{re.escape(key)}</comment>\s*<translation>)[^<]*(</translation>)",
                   rf"\g<1>{new}\g<2>", s)
    assert n == 1, key
    ts.write_text(s, encoding="utf-8")
    text.translations.cache_clear()
