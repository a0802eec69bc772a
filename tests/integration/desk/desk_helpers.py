"""Sample complaint data for the desk tests."""

from __future__ import annotations


def walk_in(**overrides):
    data = {
        "title": "Jalan Berlubang di depan SD Inpres",
        "body": "Jalan di depan SD Inpres Dokiri berlubang besar sejak bulan lalu, anak-anak sering jatuh.",
        "classification": "tidak_berkadar_pengawasan",
        "category_id": 928,
        "reporter": {"name": "Siti Rahma", "phone": "0812-3456-7890"},
        "location": {"district": "Tidore Timur", "village": "Dokiri"},
    }
    data.update(overrides)
    return data
