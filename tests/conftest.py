"""Settings for the whole suite.

Password hashing: the program hashes with argon2id at the library's parameters (64 MiB, three
passes, about 0.3 s a hash on the test machine). A test that adds six accounts would spend two
seconds hashing, which is most of the suite's time and proves nothing about the test's subject.
So, in this process only, ``lapor_desktop.services.users`` hashes with a cheap argon2id
(:data:`TEST_HASHER`) for the whole session. Nothing in the program can switch this on: it is a
test-side swap of the module's hasher. ``tests/integration/desk/test_password_hashing.py`` puts
the shipped hasher back (the ``shipped_hasher`` fixture) and proves its parameters, and that a
cheaper stored hash is upgraded to them at the next sign-in. Programs started as subprocesses
(the command-line tests, the GUI start tests) hash with the shipped parameters.

Translations compiled at start go to a session's temporary folder (``translation_cache``).
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

# argon2id, 1 pass over 1 MiB, one lane: milliseconds instead of 0.3 s
TEST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing():  # type: ignore[no-untyped-def]
    from lapor_desktop.services import users

    shipped = (users._hasher, users._DUMMY_HASH)
    users._hasher = TEST_HASHER
    users._DUMMY_HASH = TEST_HASHER.hash("not-a-real-password")
    yield shipped
    users._hasher, users._DUMMY_HASH = shipped


@pytest.fixture
def shipped_hasher(cheap_password_hashing, monkeypatch):  # type: ignore[no-untyped-def]
    """The program's own hasher and dummy hash, for this test (the cheap one comes back after)."""
    from lapor_desktop.services import users

    hasher, dummy = cheap_password_hashing
    monkeypatch.setattr(users, "_hasher", hasher)
    monkeypatch.setattr(users, "_DUMMY_HASH", dummy)
    return hasher


@pytest.fixture(scope="session", autouse=True)
def translation_cache(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Catalogues compiled at start (``ui/i18n.py``) go to a temporary folder, never to the
    user's cache folder; compiled once per session."""
    from lapor_desktop.ui import i18n

    i18n._cache_dir = tmp_path_factory.mktemp("qm-cache")
    yield i18n._cache_dir
    i18n._cache_dir = None
