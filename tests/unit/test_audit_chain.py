"""The audit trail's rules (``domain/audit.py``): the chain check names the first broken link for
an edited, a removed, a reordered entry and missing newest entries; details never carry personal
data; a reveal's reason is checked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lapor_desktop.domain.audit import GENESIS, Entry, check_detail, entry_hash, reason_errors, verify_chain


def _chain(n: int) -> list[Entry]:
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        e = Entry(seq=i, id=f"id-{i}", at=f"2026-12-01T00:00:{i:02d}Z", device_id="dev", actor_login="rina",
                  actor_role="verifier", kind="action", complaint_id=None, detail={"action": "comment"},
                  prev_hash=prev)
        e = replace(e, hash=entry_hash(e))
        out.append(e)
        prev = e.hash
    return out


def test_an_intact_chain_is_ok_with_its_count():
    c = _chain(6)
    v = verify_chain(c, (6, c[-1].hash))
    assert v.ok and v.count == 6


def test_each_attack_is_named_at_its_first_broken_link():
    c = _chain(6)
    edited = c[:2] + [replace(c[2], actor_login="admin")] + c[3:]
    assert (verify_chain(edited).broken.seq, verify_chain(edited).broken.code) == (3, "edited")
    removed = c[:3] + c[4:]
    assert (verify_chain(removed).broken.seq, verify_chain(removed).broken.code) == (5, "missing")
    swapped = c[:2] + [replace(c[3], seq=3), replace(c[2], seq=4)] + c[4:]
    assert (verify_chain(swapped).broken.seq, verify_chain(swapped).broken.code) == (3, "reordered")
    cut = verify_chain(c[:4], (6, c[-1].hash))
    assert cut.broken.code == "tail_missing" and "#4" in cut.broken.message_en


@pytest.mark.parametrize("detail", [{"name": "Siti"}, {"nik": "1"}, {"reporter": "x"}, {"phone": "0812"},
                                    {"note": "Siti Rahma"}, {"why": "8272014101900003"}, {"x": {"nested": 1}}])
def test_a_detail_never_carries_personal_data(detail):
    with pytest.raises(ValueError):
        check_detail(detail)


def test_ids_and_all_digit_logins_are_fine():
    check_detail({"account": "19800101", "event": "01a23401-b873-7a44-8737-fb8d3cca6a04",
                  "fields": ["name", "nik"], "count": 3, "month": "2026-11"})


def test_a_reason_is_checked():
    assert [e.code for e in reason_errors("Pelapor minta dihubungi kembali")] == []
    assert [e.code for e in reason_errors("Hubungi Siti di rumah", names=["Siti Rahma"])] == ["personal_data"]
    assert [e.code for e in reason_errors("telp 0812-4455-6677 segera")] == ["personal_data"]


def test_a_break_is_told_in_the_catalogue_s_words():
    c = _chain(6)
    edited = verify_chain(c[:2] + [replace(c[2], actor_login="admin")] + c[3:]).broken
    assert edited.message_id == "Catatan #3 telah diubah: isinya tidak cocok dengan hash-nya."
    assert edited.message_en == "Entry #3 was changed: its content does not match its hash."
    cut = verify_chain(c[:4], (6, c[-1].hash)).broken
    assert (cut.key, cut.params) == ("audit.tail_missing", {"last": 4, "written": 6, "left": 4})
    assert cut.message_id == "Catatan terbaru sesudah #4 hilang: tercatat 6, tersisa 4."
