"""The shipped password hashing: argon2id at the library's parameters (64 MiB, 3 passes, 4 lanes).

The rest of the suite hashes cheaply (tests/conftest.py); these tests put the program's own hasher
back and check what an office PC stores."""

from __future__ import annotations

from argon2 import PasswordHasher

from lapor_desktop.services.users import UserService
from lapor_desktop.store import users as user_repo

SHIPPED_PREFIX = "$argon2id$v=19$m=65536,t=3,p=4$"


def _stored(desk, login: str) -> str:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        return user_repo.password_hash(s, login)


def test_a_new_account_is_hashed_with_the_shipped_parameters(desk, shipped_hasher):
    users = UserService(desk)
    users.add(None, login="rina", role="verifier", password="rahasia-rina", name="Rina")
    assert _stored(desk, "rina").startswith(SHIPPED_PREFIX)
    assert users.sign_in("rina", "rahasia-rina").login == "rina"
    users.set_password(None, "rina", "rahasia-baru-rina")
    assert _stored(desk, "rina").startswith(SHIPPED_PREFIX)


def test_a_weaker_stored_hash_is_upgraded_at_the_next_sign_in(desk, shipped_hasher):
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("rahasia-rina")
    users = UserService(desk)
    users.add(None, login="rina", role="verifier", password="sementara-rina", name="Rina")
    with desk.db.session() as s:
        user_repo.update(s, "rina", password_hash=weak)
    users.sign_in("rina", "rahasia-rina")
    stored = _stored(desk, "rina")
    assert stored.startswith(SHIPPED_PREFIX) and stored != weak
    assert users.sign_in("rina", "rahasia-rina").login == "rina"


def test_the_dummy_hash_for_unknown_logins_costs_the_same_as_a_real_one(shipped_hasher):
    from lapor_desktop.services import users

    assert users._DUMMY_HASH.startswith(SHIPPED_PREFIX)
