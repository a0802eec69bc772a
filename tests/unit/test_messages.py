"""User text from one catalogue: every key has English (core/messages.py) and Indonesian (the .ts's
Messages context); errors carry stable codes, keys and parameters; the command line, services and
receipt read the Indonesian from the same .ts without Qt; the classifications have one set of names."""

from __future__ import annotations

import dataclasses
import string
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo


from lapor_desktop.core import text
from lapor_desktop.core.messages import MESSAGES
from lapor_desktop.domain.action_checks import check_action_data
from lapor_desktop.domain.attachments import attachment_error
from lapor_desktop.domain.contact_fields import (
    validate_email,
    validate_nik,
    validate_phone,
)
from lapor_desktop.domain.enums import (
    CLASSIFICATION_LABELS,
    STATUS_LABELS,
    Classification,
    Status,
)
from lapor_desktop.domain.field_errors import FieldError
from lapor_desktop.domain.validation import validate_complaint, validate_edit_fields
from lapor_desktop.reports.receipt import Receipt
from lapor_desktop.services.sync_status import ERROR_TEXT, REJECT_TEXT, explain
from tests.support.catalogue import own_ts, retranslate  # noqa: F401 - own_ts is a fixture
from tests.support.receipts import receipt_words

TODAY = date(2026, 3, 10)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def every_domain_error() -> list[FieldError]:
    """Errors of every kind the domain's checks give (each code and key at least once)."""
    good = {"title": "Jalan rusak", "body": "Jalan utama berlubang besar sekali", "channel": "tatap_muka",
            "reporter": {"name": "A"}}
    out: list[FieldError] = []
    out += validate_complaint(None) + validate_complaint({})
    out += validate_complaint({"title": "ab", "body": "x" * 6000, "classification": "zzz", "channel": "fax",
                               "category_id": "abc", "anonymous": "ya", "confidential": 3,
                               "reporter": {"name": "x" * 200, "nik": "12ab", "phone": "+1 555", "email": "a b@c",
                                            "address": 5},
                               "location": {"province": 1, "city": "x" * 200}, "incident_date": "2026-13-01"},
                              today=TODAY)
    out += validate_complaint({**good, "classification": 5, "category_id": 999, "incident_date": "2027-01-01",
                               "location": [1], "reporter": [1]}, known_categories={1, 2}, today=TODAY)
    out += validate_complaint({**good, "reporter": {"name": ""}, "incident_date": 5, "category_id": 2.5})
    for nik in ("12", "0171011708850001", "8271019999850001"):
        out.append(validate_nik(nik))  # type: ignore[arg-type]
    for phone in ("08ab", "+1 555 1234", "12345", "0812", "08123456789012345"):
        out.append(validate_phone(phone))  # type: ignore[arg-type]
    out += [validate_email("x" * 300 + "@a.b"), validate_email("a@b")]  # type: ignore[list-item]
    out += validate_edit_fields({"zz": 1, "national_tracking_id": "12"})
    base = {"status": "terverifikasi", "classification": None, "category_id": None}
    out += check_action_data("verify", {}, anonymous=False, **base)
    out += check_action_data("close", {}, anonymous=False, **base)
    out += check_action_data("change_flags", {"anonymous": False}, anonymous=True, **base)
    out += check_action_data("change_flags", {"confidential": True}, anonymous=False, confidential=False, **base)
    for code in ("file_missing", "file_symlink", "file_special", "file_unreadable", "file_type"):
        out.append(attachment_error("attachments.0", code, "foto.jpg"))
    out.append(attachment_error("attachments.0", "file_too_large", "b.pdf", mb=12.5, max_mb=10))
    return out


def test_every_catalogue_key_has_its_indonesian_in_the_ts():
    indonesian = text.translations("id")
    missing = [k for k in MESSAGES if k not in indonesian]
    assert not missing, f"keys without a finished translation in the .ts's Messages context: {missing[:10]}"
    assert len(MESSAGES) > 100


def test_a_translation_uses_exactly_the_placeholders_of_its_english():
    indonesian = text.translations("id")
    wrong = [k for k, en in MESSAGES.items() if _placeholders(en) != _placeholders(indonesian[k])]
    assert not wrong, wrong


def test_every_domain_error_has_a_catalogue_key_and_words_in_both_languages():
    errors = [e for e in every_domain_error() if e is not None]
    keys = {e.key for e in errors}
    assert "" not in keys, [e for e in errors if not e.key]
    assert keys <= set(MESSAGES)
    assert len(keys) >= 35
    for e in errors:
        assert e.message and e.message_en and e.message != e.message_en, e.key
        assert "{" not in e.message and "{" not in e.message_en, (e.key, e.message)


def test_codes_and_params_stay_what_callers_read():
    e = validate_nik("12345")
    assert e is not None and (e.field, e.code, e.key, e.params) == ("reporter.nik", "nik_length", "nik.length",
                                                                   {"length": 5})
    assert e.message == "NIK harus 16 digit angka (tertulis 5 digit)."
    assert e.message_en == "NIK must be 16 digits (got 5)."
    # an error a service still words itself keeps its two fixed texts
    fixed = FieldError("login", "taken", "Nama login budi sudah dipakai.", "Login budi is taken.")
    assert (fixed.message, fixed.message_en, fixed.params) == ("Nama login budi sudah dipakai.", "Login budi is taken.", {})


def test_sync_explanations_come_from_the_catalogue_by_code():
    assert set(ERROR_TEXT.values()) | set(REJECT_TEXT.values()) <= set(MESSAGES)
    assert explain("unreachable") == ("Hub tidak dapat dihubungi (jaringan putus atau hub mati). Akan dicoba "
                                      "lagi.")
    assert explain("hlc_ahead", "en").startswith("The event's clock is too far ahead")
    assert explain("payload_too_large") == explain("too_large") == "Paket data terlalu besar untuk hub."
    assert explain("no_such_code") == "Kesalahan: no_such_code"
    assert explain("no_such_code", "en") == "Error: no_such_code"


def _receipt(classification: str | None = "permintaan_informasi") -> Receipt:
    tz = ZoneInfo("Asia/Jayapura")
    return Receipt(office_name="Kantor", office_code="TIDORE", receipt_number="TIDORE-D1-260310-0001",
                   received_local=datetime(2026, 3, 10, 9, 0, tzinfo=tz), tz_abbr="WIT", title="Jalan rusak",
                   classification=classification, channel="tatap_muka", anonymous=False, confidential=False,
                   reporter_name="Budi", deadline=date(2026, 3, 13), verify_days=3, tracking_id=None)


def test_the_classifications_have_one_set_of_names():
    """The receipt (no Qt) names each classification as the national LAPOR! wording in Indonesian,
    and the catalogue's English otherwise."""
    for c in Classification:
        words = receipt_words(_receipt(c.value))
        assert f"Klasifikasi {CLASSIFICATION_LABELS[c]}" in words
        assert f"Classification {MESSAGES['classification.' + c.value]}" in receipt_words(_receipt(c.value), "en")


def test_the_statuses_have_one_set_of_names():
    """Screens and the receipt name a status from the catalogue's status.* (Indonesian: the national
    LAPOR! wording of domain/enums.STATUS_LABELS, which the national export keeps)."""
    indonesian = text.translations("id")
    for st in Status:
        assert indonesian["status." + st.value] == STATUS_LABELS[st]
        receipt = dataclasses.replace(_receipt(), status=st.value)
        assert f"Status saat dicetak {STATUS_LABELS[st]}" in receipt_words(receipt) or st == Status.BELUM_TERVERIFIKASI
        assert f"Status when printed {MESSAGES['status.' + st.value]}" in receipt_words(receipt, "en") \
            or st == Status.BELUM_TERVERIFIKASI


def test_the_receipt_and_the_errors_take_the_words_translators_wrote_in_the_ts(own_ts):
    retranslate(own_ts, "receipt.heading", "TANDA TERIMA LAPORAN WARGA")
    retranslate(own_ts, "nik.length", "NIK wajib 16 angka, bukan {length}.")
    retranslate(own_ts, "sync.cancelled", "Sinkronisasi dihentikan.")
    assert "TANDA TERIMA LAPORAN WARGA" in receipt_words(_receipt())
    assert validate_nik("12345").message == "NIK wajib 16 angka, bukan 5."  # type: ignore[union-attr]
    assert explain("cancelled") == "Sinkronisasi dihentikan."


def test_a_stale_or_missing_translation_reads_as_english(own_ts, caplog):
    s = own_ts.read_text(encoding="utf-8").replace("<source>NIK must be 16 digits (got {length}).</source>",
                                                  "<source>NIK must have 16 digits (got {length}).</source>")
    own_ts.write_text(s, encoding="utf-8")
    assert validate_nik("12345").message == "NIK must be 16 digits (got 5)."  # type: ignore[union-attr]
    own_ts.unlink()
    text.translations.cache_clear()
    assert explain("cancelled") == "Sync cancelled."
    assert "messages stay English" in caplog.text


def test_the_catalogue_is_read_without_qt():
    import subprocess

    code = ("import sys; from lapor_desktop.domain.contact_fields import validate_nik; "
            "from lapor_desktop.reports.receipt import receipt_html; "
            "print(validate_nik('12345').message); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.splitlines()
    assert out == ["NIK harus 16 digit angka (tertulis 5 digit).", "False"]
