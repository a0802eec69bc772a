"""Field validation: every rule, its code, and an Indonesian message that names the field."""

from __future__ import annotations

from datetime import date

import pytest

from lapor_desktop.domain.contact_fields import (
    normalize_nik,
    normalize_phone,
    validate_email,
    validate_nik,
    validate_phone,
)
from lapor_desktop.domain.field_errors import FieldError, errors_by_field
from lapor_desktop.domain.validation import validate_complaint, validate_edit_fields

TODAY = date(2026, 3, 10)
# province 82 (Maluku Utara), born 17 Aug 1985, a man
NIK_OK = "8271011708850001"


def good(**overrides):
    data = {
        "title": "Jalan rusak di Kelurahan Soasio",
        "body": "Jalan utama di depan pasar berlubang dan membahayakan pengendara motor.",
        "classification": "tidak_berkadar_pengawasan",
        "channel": "tatap_muka",
        "category_id": 12,
        "reporter": {"name": "Siti Rahma", "nik": NIK_OK, "phone": "0812-3456-7890",
                     "email": "siti@example.go.id", "address": "Jl. Sultan Syahjan No. 3"},
        "anonymous": False,
        "confidential": True,
        "location": {"province": "Maluku Utara", "city": "Kota Tidore Kepulauan",
                     "district": "Tidore", "village": "Soasio"},
        "incident_date": "2026-03-01",
        "office_code": "8272",
        "receipt_number": "TDR-A-000123",
        "received_at": "2026-03-02T01:00:00.000Z",
    }
    data.update(overrides)
    return data


def one(errors: list[FieldError], field: str) -> FieldError:
    found = [e for e in errors if e.field == field]
    assert len(found) == 1, (field, errors)
    return found[0]


def codes(errors: list[FieldError]) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in errors}


# ----------------------------------------------------------------------------- whole complaint
def test_good_complaint_has_no_errors():
    assert validate_complaint(good(), known_categories={12, 13}, today=TODAY) == []


def test_minimal_anonymous_complaint_is_ok():
    data = {"title": "Lampu jalan mati", "body": "Lampu jalan mati sejak seminggu.",
            "channel": "whatsapp", "anonymous": True}
    assert validate_complaint(data) == []


def test_anonymous_may_have_reporter_without_name():
    data = good(anonymous=True, reporter={"phone": "081234567890"})
    assert validate_complaint(data, today=TODAY) == []


@pytest.mark.parametrize("anonymous", [False, None, "absent"])
def test_non_anonymous_needs_reporter_name(anonymous):
    data = good(reporter=None)
    if anonymous == "absent":
        del data["anonymous"]
    else:
        data["anonymous"] = anonymous
    e = one(validate_complaint(data), "reporter.name")
    assert e.code == "required"
    assert "Nama pelapor" in e.message and "anonim" in e.message
    assert "anonymous" in e.message_en.lower()


def test_blank_reporter_name_when_not_anonymous():
    e = one(validate_complaint(good(reporter={"name": "   "})), "reporter.name")
    assert e.code == "required"


@pytest.mark.parametrize("field, label", [("title", "Judul laporan"), ("body", "Isi laporan"),
                                          ("channel", "Sumber laporan")])
@pytest.mark.parametrize("value", ["absent", None, "", "   "])
def test_required_fields(field, label, value):
    data = good()
    if value == "absent":
        del data[field]
    else:
        data[field] = value
    e = one(validate_complaint(data), field)
    assert e.code == "required"
    assert e.message == f"{label} wajib diisi."
    assert e.message_en.endswith("is required.")


@pytest.mark.parametrize("field, label, lo, hi", [("title", "Judul laporan", 3, 200),
                                                  ("body", "Isi laporan", 10, 5000)])
def test_text_lengths(field, label, lo, hi):
    short = validate_complaint(good(**{field: "x" * (lo - 1)}))
    e = one(short, field)
    assert e.code == "too_short" and e.params == {"min": lo, "length": lo - 1}
    assert e.message.startswith(label) and f"minimal {lo} karakter" in e.message
    assert f"(tertulis {lo - 1})" in e.message

    long_ = validate_complaint(good(**{field: "x" * (hi + 1)}))
    e = one(long_, field)
    assert e.code == "too_long" and e.params["max"] == hi
    assert e.message.startswith(label) and f"maksimal {hi} karakter" in e.message

    assert validate_complaint(good(**{field: "x" * lo})) == []
    assert validate_complaint(good(**{field: "x" * hi})) == []
    # length is measured after stripping
    assert one(validate_complaint(good(**{field: "  " + "x" * (lo - 1) + "  "})), field).code == "too_short"


def test_classification():
    assert validate_complaint(good(classification=None)) == []
    assert validate_complaint(good(classification="")) == []
    d = good()
    del d["classification"]
    assert validate_complaint(d) == []
    for c in ("berkadar_pengawasan", "tidak_berkadar_pengawasan", "permintaan_informasi", "aspirasi"):
        assert validate_complaint(good(classification=c)) == []
    e = one(validate_complaint(good(classification="keluhan")), "classification")
    assert e.code == "unknown_value"
    assert e.message.startswith("Klasifikasi laporan tidak dikenal")
    assert "Aspirasi" in e.message and "keluhan" in e.message
    assert one(validate_complaint(good(classification=3)), "classification").code == "wrong_type"


def test_channel():
    e = one(validate_complaint(good(channel="merpati_pos")), "channel")
    assert e.code == "unknown_value" and "Sumber laporan" in e.message
    e = one(validate_complaint(good(channel=7)), "channel")
    assert e.code == "wrong_type" and "Sumber laporan" in e.message


def test_category():
    assert validate_complaint(good(category_id=None)) == []
    assert validate_complaint(good(category_id="12"), known_categories={12}) == []
    assert validate_complaint(good(category_id=999)) == []  # no list given: not checked
    e = one(validate_complaint(good(category_id=999), known_categories={12, 13}), "category_id")
    assert e.code == "unknown_value" and e.message.startswith("Kategori") and "999" in e.message
    for bad in ("dua belas", 12.5, True, [12]):
        e = one(validate_complaint(good(category_id=bad)), "category_id")
        assert e.code == "not_a_number" and e.message.startswith("Kategori")


def test_flags_must_be_booleans():
    errs = validate_complaint(good(anonymous="ya", confidential=1))
    assert codes(errs) == {("anonymous", "wrong_type"), ("confidential", "wrong_type")}
    assert "anonim" in one(errs, "anonymous").message
    assert "rahasia" in one(errs, "confidential").message
    assert validate_complaint(good(confidential=None)) == []


def test_location():
    assert validate_complaint(good(location=None)) == []
    assert validate_complaint(good(location={})) == []
    assert validate_complaint(good(location={"village": "Soasio"})) == []
    e = one(validate_complaint(good(location=[])), "location")
    assert e.code == "wrong_type" and e.message.startswith("Lokasi harus berupa")
    e = one(validate_complaint(good(location={"village": "x" * 101})), "location.village")
    assert e.code == "too_long" and e.message.startswith("Kelurahan/desa terlalu panjang")
    errs = validate_complaint(good(location={"province": 1, "city": "x" * 101, "district": ["a"]}))
    assert codes(errs) == {("location.province", "wrong_type"), ("location.city", "too_long"),
                           ("location.district", "wrong_type")}
    assert one(errs, "location.province").message.startswith("Provinsi")
    assert one(errs, "location.city").message.startswith("Kota/kabupaten")
    assert one(errs, "location.district").message.startswith("Kecamatan")


def test_incident_date():
    assert validate_complaint(good(incident_date=None), today=TODAY) == []
    assert validate_complaint(good(incident_date=TODAY.isoformat()), today=TODAY) == []
    e = one(validate_complaint(good(incident_date="2026-03-11"), today=TODAY), "incident_date")
    assert e.code == "date_future" and e.message.startswith("Tanggal kejadian")
    # without ``today`` the future is not checked
    assert validate_complaint(good(incident_date="2026-03-11")) == []
    for bad in ("10-03-2026", "2026-02-30", "2026/03/01", "kemarin", "2026-3-1"):
        e = one(validate_complaint(good(incident_date=bad)), "incident_date")
        assert e.code == "date_format" and e.message.startswith("Tanggal kejadian"), bad
    assert one(validate_complaint(good(incident_date=20260301)), "incident_date").code == "wrong_type"


def test_reporter_fields():
    assert validate_complaint(good(reporter={"name": "x" * 120})) == []
    errs = validate_complaint(good(reporter={"name": "x" * 121, "nik": "123", "phone": "12",
                                             "email": "bukan-email", "address": "y" * 501}))
    assert codes(errs) == {("reporter.name", "too_long"), ("reporter.nik", "nik_length"),
                           ("reporter.phone", "phone_format"), ("reporter.email", "email_format"),
                           ("reporter.address", "too_long")}
    assert one(errs, "reporter.name").message.startswith("Nama pelapor terlalu panjang")
    assert one(errs, "reporter.address").message.startswith("Alamat terlalu panjang")
    assert one(errs, "reporter.phone").message.startswith("Nomor telepon")
    assert "e-mail" in one(errs, "reporter.email").message
    # empty optional values are fine
    assert validate_complaint(good(reporter={"name": "Ani", "nik": "", "phone": " ",
                                             "email": None, "address": None})) == []


@pytest.mark.parametrize("data, field, expected", [
    (good(title=123), "title", "text"),
    (good(body=["isi"]), "body", "text"),
    (good(reporter="x"), "reporter", "object"),
    (good(location=[]), "location", "object"),
    (good(reporter={"name": 42}), "reporter.name", "text"),
    (good(reporter={"name": "A", "nik": 8271011708850001}), "reporter.nik", "text"),
    (good(reporter={"name": "A", "phone": 81234567890}), "reporter.phone", "text"),
    (good(reporter={"name": "A", "email": {"a": 1}}), "reporter.email", "text"),
])
def test_wrong_types_are_errors_not_exceptions(data, field, expected):
    e = one(validate_complaint(data), field)
    assert e.code == "wrong_type"
    assert e.params["expected"] == expected
    assert "harus berupa" in e.message


def test_title_number_message_is_clear():
    e = one(validate_complaint(good(title=123)), "title")
    assert e.message == "Judul laporan harus berupa teks, bukan angka."
    assert e.message_en == "Title must be text, not a number."


def test_reporter_wrong_type_does_not_also_demand_a_name():
    errs = validate_complaint(good(reporter="x"))
    assert codes(errs) == {("reporter", "wrong_type")}


def test_not_a_mapping():
    for bad in (None, [], "teks", 5):
        errs = validate_complaint(bad)
        assert len(errs) == 1 and errs[0].code == "wrong_type" and errs[0].field == ""


def test_all_errors_returned_together():
    data = {"title": 5, "body": "pendek", "classification": "x", "channel": "",
            "category_id": "a", "reporter": {"nik": "12345678901234567", "phone": "abc",
                                             "email": "a b@c.d"},
            "anonymous": False, "location": "Tidore", "incident_date": "2099-01-01"}
    errs = validate_complaint(data, today=TODAY)
    assert codes(errs) == {
        ("title", "wrong_type"), ("body", "too_short"), ("classification", "unknown_value"),
        ("channel", "required"), ("category_id", "not_a_number"), ("reporter.name", "required"),
        ("reporter.nik", "nik_length"), ("reporter.phone", "phone_format"),
        ("reporter.email", "email_format"), ("location", "wrong_type"),
        ("incident_date", "date_future"),
    }
    grouped = errors_by_field(errs)
    assert set(grouped) == {f for f, _ in codes(errs)}
    assert all(len(v) == 1 for v in grouped.values())


def test_every_message_is_indonesian_and_english_and_distinct():
    data = {"title": "", "body": 1, "channel": "x", "reporter": {"nik": "abc"}, "location": 3}
    for e in validate_complaint(data):
        assert e.message and e.message_en and e.message != e.message_en
        assert e.message.endswith(".") and e.message_en.endswith(".")


def test_errors_by_field_keeps_order():
    a = FieldError("title", "required", "a", "a")
    b = FieldError("body", "required", "b", "b")
    c = FieldError("title", "too_long", "c", "c")
    assert errors_by_field([a, b, c]) == {"title": [a, c], "body": [b]}
    assert errors_by_field([]) == {}


def test_field_error_is_frozen_and_hashable():
    e = FieldError("title", "required", "x", "y", {"min": 1})
    with pytest.raises(AttributeError):
        e.code = "z"  # type: ignore[misc]
    assert hash(e) == hash(FieldError("title", "required", "x", "y", {"min": 2}))
    assert FieldError("t", "c", "m", "e").params == {}


# ----------------------------------------------------------------------------- NIK
@pytest.mark.parametrize("nik", [
    NIK_OK,
    "8271015708850001",  # a woman born 17 Aug 1985: day + 40
    "3171012902000003",  # 29 Feb 2000: leap year
    "3171016902000003",  # a woman born 29 Feb 2000 (69 = 29 + 40)
    "3171012902040003",  # 29 Feb 2004 (or 1904)
    "3171012901000003",  # 29 Jan 2000
    "1101010101010001",  # lowest province code (Aceh)
    "9601010101010001",  # Papua Barat Daya (2022)
    "8271 0117 0885 0001",  # spaces and dots are ignored
    "8271.011708.850001",
    " 8271011708850001 ",
    "3171017112990001",  # a woman, day 71 = 31 Dec
])
def test_valid_niks(nik):
    assert validate_nik(nik) is None


def test_empty_nik_is_fine():
    assert validate_nik(None) is None
    assert validate_nik("") is None
    assert validate_nik("  ") is None


@pytest.mark.parametrize("nik, length", [("827101170885000", 15), ("82710117088500011", 17),
                                         ("1", 1)])
def test_nik_length(nik, length):
    e = validate_nik(nik)
    assert e is not None and e.code == "nik_length" and e.field == "reporter.nik"
    assert e.message == f"NIK harus 16 digit angka (tertulis {length} digit)."
    assert e.params == {"length": length}


@pytest.mark.parametrize("nik", ["82710117O8850001", "8271-0117-0885-0001", "NIK8271011708850",
                                 "８２７１０１１７０８８５０００１"])  # full-width digits too
def test_nik_digits(nik):
    e = validate_nik(nik)
    assert e is not None and e.code == "nik_digits"
    assert e.message.startswith("NIK hanya boleh berisi angka")


@pytest.mark.parametrize("nik", ["0071011708850001", "1071011708850001", "9771011708850001",
                                 "9971011708850001"])
def test_nik_province(nik):
    e = validate_nik(nik)
    assert e is not None and e.code == "nik_province" and "NIK" in e.message


@pytest.mark.parametrize("nik, why", [
    ("3171013102990001", "31 Feb"),
    ("3171012902010001", "29 Feb 1901 and 2001: no leap year"),
    ("3171010013990001", "month 13"),
    ("3171013200990001", "month 00"),
    ("3171010001990001", "day 00"),
    ("3171013201990001", "day 32"),
    ("3171014001990001", "day 40 (a woman's day 0)"),
    ("3171017201990001", "day 72 (a woman's day 32)"),
    ("3171017104990001", "31 April for a woman"),
    ("3171013104990001", "31 April"),
])
def test_nik_birthdate(nik, why):
    e = validate_nik(nik)
    assert e is not None and e.code == "nik_birthdate", why
    assert e.message.startswith("NIK tidak wajar") and "tanggal lahir" in e.message


def test_nik_310299_is_invalid_and_290200_valid():
    assert validate_nik("3171013102990001").code == "nik_birthdate"  # type: ignore[union-attr]
    assert validate_nik("3171012902000001") is None


def test_nik_wrong_type_and_custom_path():
    e = validate_nik(8271011708850001)
    assert e is not None and e.code == "wrong_type"
    e = validate_nik("123", path="nik")
    assert e is not None and e.field == "nik"


def test_normalize_nik():
    assert normalize_nik("8271 0117 0885 0001") == NIK_OK
    assert normalize_nik("123") is None
    assert normalize_nik(None) is None


# ----------------------------------------------------------------------------- phone
@pytest.mark.parametrize("raw, e164", [
    ("081234567890", "+6281234567890"),
    ("0812-3456-7890", "+6281234567890"),
    ("0812 3456 7890", "+6281234567890"),
    ("0812.3456.7890", "+6281234567890"),
    ("+6281234567890", "+6281234567890"),
    ("+62 812-3456-7890", "+6281234567890"),
    ("6281234567890", "+6281234567890"),
    ("+62 (0)812 3456 7890", "+6281234567890"),
    ("62 0812 3456 7890", "+6281234567890"),
    ("0812345678", "+62812345678"),  # 10 digits: shortest mobile
    ("0812345678901", "+62812345678901"),  # 13 digits: longest mobile
    ("0921-3121234", "+629213121234"),  # Ternate/Tidore landline
    ("(0921) 312 1234", "+629213121234"),
    ("021-5551234", "+62215551234"),  # Jakarta
    ("021-55512345", "+622155512345"),
    ("+62 921 312 1234", "+629213121234"),
    ("0921-31212", "+6292131212"),  # 5-digit subscriber
])
def test_phone_forms(raw, e164):
    assert normalize_phone(raw) == e164
    assert validate_phone(raw) is None


@pytest.mark.parametrize("raw, reason", [
    ("081234567", "too_short"),  # 9 digits
    ("08123456789012", "too_long"),  # 14 digits
    ("+62812345", "too_short"),
    ("021-1234", "too_short"),
    ("0921-312123456", "too_long"),
    ("0812-34S6-7890", "characters"),
    ("nomor hp saya", "characters"),
    ("0812345678x", "characters"),
    ("81234567890", "prefix"),  # no 0/62/+62
    ("0012345678", "prefix"),
    ("0112345678", "prefix"),
    ("+60123456789", "foreign"),  # Malaysia
    ("+1 555 123 4567", "foreign"),
])
def test_bad_phones(raw, reason):
    assert normalize_phone(raw) is None
    e = validate_phone(raw)
    assert e is not None and e.code == "phone_format" and e.params["reason"] == reason
    assert e.message.startswith("Nomor telepon")
    assert e.field == "reporter.phone"


def test_phone_empty_and_types():
    assert validate_phone(None) is None
    assert validate_phone("") is None
    assert normalize_phone("") is None
    assert normalize_phone(81234567890) is None  # type: ignore[arg-type]
    e = validate_phone(81234567890)
    assert e is not None and e.code == "wrong_type"


# ----------------------------------------------------------------------------- e-mail
@pytest.mark.parametrize("addr", ["siti@example.go.id", "a.b+c@dinas-kominfo.tidorekota.go.id",
                                  "X@Y.CO", " siti@example.com "])
def test_good_emails(addr):
    assert validate_email(addr) is None


@pytest.mark.parametrize("addr, reason", [
    ("siti", "at_sign"), ("siti@@example.com", "at_sign"), ("a@b@c.com", "at_sign"),
    ("@example.com", "local_part"), ("siti@localhost", "domain"), ("siti@.com", "domain"),
    ("siti@example.", "domain"), ("siti@example..com", "domain"), ("siti rahma@example.com", "spaces"),
    ("siti@exa mple.com", "spaces"),
])
def test_bad_emails(addr, reason):
    e = validate_email(addr)
    assert e is not None and e.code == "email_format" and e.params["reason"] == reason
    assert "e-mail" in e.message


def test_email_length_and_types():
    addr = "a" * 60 + "@" + "b" * 190 + ".com"  # 255 characters
    e = validate_email(addr)
    assert e is not None and e.code == "too_long"
    assert validate_email("a" * 60 + "@" + "b" * 189 + ".com") is None  # 254
    assert validate_email(None) is None and validate_email("") is None
    assert validate_email(5).code == "wrong_type"  # type: ignore[union-attr]


# ----------------------------------------------------------------------------- edits
def test_edit_fields_ok():
    fields = {"title": "Judul yang diperbaiki", "body_final": "Isi laporan yang telah dirapikan.",
              "classification": "aspirasi", "category_id": 12,
              "location": {"village": "Soasio"}, "incident_date": "2026-03-01",
              "reporter": {"name": "Siti", "phone": "+62 812 3456 7890"}}
    assert validate_edit_fields(fields, known_categories={12}, today=TODAY) == []


def test_edit_fields_may_clear_optional_fields():
    fields = {"classification": None, "category_id": None, "location": None,
              "incident_date": None, "reporter": None}
    assert validate_edit_fields(fields) == []


def test_edit_fields_rules():
    errs = validate_edit_fields({"title": "ab", "body_final": "", "classification": "x",
                                 "category_id": 99, "location": [], "incident_date": "2026-13-01",
                                 "reporter": {"nik": "1"}},
                                known_categories={12})
    assert codes(errs) == {("title", "too_short"), ("body_final", "required"),
                           ("classification", "unknown_value"), ("category_id", "unknown_value"),
                           ("location", "wrong_type"), ("incident_date", "date_format"),
                           ("reporter.nik", "nik_length")}
    assert one(errs, "body_final").message == "Isi laporan akhir wajib diisi."


def test_edit_fields_unknown_field():
    errs = validate_edit_fields({"status": "selesai", "body": "isi awal tidak boleh diubah",
                                 "title": "Judul yang benar"})
    assert codes(errs) == {("status", "unknown_field"), ("body", "unknown_field")}
    assert "status" in one(errs, "status").message


def test_edit_reporter_name_only_when_told_not_anonymous():
    assert validate_edit_fields({"reporter": {"phone": "081234567890"}}) == []
    errs = validate_edit_fields({"reporter": {"phone": "081234567890"}}, anonymous=False)
    assert codes(errs) == {("reporter.name", "required")}
    assert validate_edit_fields({"reporter": None}, anonymous=True) == []


def test_edit_fields_not_a_mapping():
    errs = validate_edit_fields(["title"])
    assert len(errs) == 1 and errs[0].code == "wrong_type" and errs[0].field == "fields"
    assert validate_edit_fields({}) == []


def test_edit_incident_date_future():
    e = one(validate_edit_fields({"incident_date": "2026-03-11"}, today=TODAY), "incident_date")
    assert e.code == "date_future"


# ---------------------------------------------------------------- issue 11, item 25
def test_official_labels_are_accepted_in_any_case_and_the_error_lists_what_is():
    from lapor_desktop.domain.validation import channel_code, classification_code

    assert classification_code("Pengaduan Tidak Berkadar Pengawasan") == "tidak_berkadar_pengawasan"
    assert classification_code("pengaduan tidak berkadar pengawasan") == "tidak_berkadar_pengawasan"
    assert classification_code("ASPIRASI") == "aspirasi"
    assert classification_code("Permintaan_Informasi") == "permintaan_informasi"
    assert channel_code("Tatap Muka") == "tatap_muka" and channel_code("tatap muka") == "tatap_muka"
    assert channel_code("WhatsApp") == "whatsapp" and channel_code("Pos Surat") == "pos_surat"
    assert classification_code("keluhan") is None and channel_code("merpati") is None
    assert validate_complaint(good(classification="Pengaduan Tidak Berkadar Pengawasan",
                                   channel="Tatap Muka")) == []
    e = one(validate_complaint(good(classification="Pengaduan Tidak Berkadar")), "classification")
    # every accepted label and code is named, and the refused text is not among them
    for label, code in (("Pengaduan Berkadar Pengawasan", "berkadar_pengawasan"), ("Aspirasi", "aspirasi")):
        assert label in e.message and code in e.message
    e = one(validate_complaint(good(channel="Merpati")), "channel")
    assert "Tatap Muka" in e.message and "tatap_muka" in e.message and "Accepted" in e.message_en


@pytest.mark.parametrize("title", ["DTKS", "IKD", "Ektp", "KPR"])
def test_short_programme_titles_are_accepted(title):
    assert validate_complaint(good(title=title)) == []
    assert one(validate_complaint(good(title="AB")), "title").code == "too_short"
