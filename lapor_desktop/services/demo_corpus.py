"""Invented Indonesian complaint text for the demo and benchmarks (no real people)."""

from __future__ import annotations

import random

from lapor_desktop.domain.enums import DEFAULT_CHANNEL

PLACES = ["Soasio", "Dokiri", "Tomalou", "Rum", "Gurabati", "Mafututu", "Sofifi", "Payahe", "Maidi", "Ome",
          "Seli", "Tambula", "Goto", "Indonesiana", "Gamtufkange", "Topo", "Tuguiha", "Kalaodi", "Dowora", "Cobo"]
DISTRICTS = ["Tidore", "Tidore Selatan", "Tidore Utara", "Tidore Timur", "Oba", "Oba Selatan", "Oba Utara",
             "Oba Tengah"]
TOPICS = [
    ("Jalan berlubang di {p}", "Jalan utama di {p} berlubang besar sejak {n} minggu lalu. Kendaraan roda dua sering "
     "terjatuh terutama saat hujan dan malam hari karena penerangan kurang.", 928),
    ("Lampu jalan padam di {p}", "Lampu penerangan jalan di sepanjang pesisir {p} padam sudah {n} minggu sehingga "
     "rawan kecelakaan dan pencurian pada malam hari.", 929),
    ("Antrean puskesmas {p} terlalu lama", "Pelayanan di puskesmas {p} sangat lambat, pasien menunggu lebih dari {n} "
     "jam dan petugas sering tidak ada di tempat saat jam kerja.", 921),
    ("Air bersih tidak mengalir di {p}", "Sudah {n} hari air PDAM tidak mengalir di kelurahan {p}. Warga terpaksa "
     "membeli air galon dengan harga mahal untuk kebutuhan sehari-hari.", 933),
    ("Sampah menumpuk di pasar {p}", "Sampah di sekitar pasar {p} tidak diangkut selama {n} hari, menimbulkan bau "
     "busuk dan lalat. Mohon dinas terkait segera menindaklanjuti.", 942),
    ("Pungutan liar pengurusan KTP", "Petugas di kantor kelurahan {p} meminta uang Rp{n}0.000 untuk mempercepat "
     "pengurusan KTP elektronik, padahal layanan ini seharusnya gratis.", 887),
    ("Guru jarang masuk di SD {p}", "Beberapa guru di SD Negeri {p} jarang hadir, dalam {n} minggu terakhir murid "
     "sering dipulangkan lebih awal tanpa pelajaran.", 915),
    ("Bantuan sosial tidak tepat sasaran", "Penyaluran bantuan sosial di {p} tidak tepat sasaran, keluarga yang mampu "
     "menerima sedangkan {n} keluarga miskin tidak terdaftar.", 909),
    ("Kapal penyeberangan terlambat", "Jadwal kapal penyeberangan dari {p} ke Sofifi sering terlambat {n} jam tanpa "
     "pemberitahuan kepada penumpang.", 938),
    ("Permohonan informasi beasiswa", "Mohon informasi tentang syarat dan jadwal pendaftaran beasiswa daerah untuk "
     "mahasiswa asal {p} tahun ini.", 917),
]
FILLER = ("Kami sudah melapor ke kantor kelurahan tetapi belum ada tanggapan. Mohon perhatian pemerintah kota agar "
          "masalah ini segera diselesaikan demi kenyamanan warga. Terima kasih atas perhatiannya. ")
FIRST = ["Siti", "Ahmad", "Nurhayati", "Rahmat", "Fatimah", "Yusuf", "Hasan", "Aisyah", "Ridwan", "Maryam", "Sofyan",
         "Halima", "Jafar", "Nursia", "Ismail"]
LAST = ["Hamid", "Umar", "Sangaji", "Kaicil", "Abdullah", "Mahmud", "Salim", "Djafar", "Taher", "Latif"]
CHANNELS = [DEFAULT_CHANNEL] * 4 + ["pos_surat", "hotline", "sms", "whatsapp", "website", "android"]
CLASSES = ["tidak_berkadar_pengawasan", "berkadar_pengawasan", "permintaan_informasi", "aspirasi", None]


def complaint(rng: random.Random, i: int) -> dict:
    title, body, cat = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    n = rng.randint(2, 9)
    text = body.format(p=place, n=n)
    # body lengths: median around 300 characters, a few up to 3,000
    extra = rng.choices([0, 1, 2, 4, 12], weights=[30, 35, 20, 10, 5])[0]
    text = text + " " + FILLER * extra
    anonymous = rng.random() < 0.15
    rep = None if anonymous and rng.random() < 0.5 else {
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "phone": f"0812{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else None,
    }
    return {"title": title.format(p=place, n=n), "body": text[:3000].strip(), "category_id": cat if rng.random() < 0.7 else None,
            "channel": rng.choice(CHANNELS), "classification": rng.choice(CLASSES), "reporter": rep,
            "anonymous": anonymous, "location": {"district": rng.choice(DISTRICTS), "village": place}}
