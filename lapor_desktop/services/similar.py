"""Possibly related complaints at intake: which earlier complaints to show, and why.

The store finds candidates (same NIK or phone; full-text matches on any word). This module keeps
only text matches that share real words with the new complaint: at least two words of the
earlier complaint's title, or one title word and three words in all. Common words of complaint
letters ("mohon", "informasi", "laporan", "yang" ...) do not count, so "Permohonan informasi
beasiswa" no longer shows up beside a broken road. Each match says why it is shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# function words and the words every complaint letter uses: sharing them says nothing
STOPWORDS = frozenset("""
yang dan di ke dari untuk dengan pada oleh karena atau juga ini itu ada tidak belum sudah sejak sampai
agar akan bisa dapat saya kami kita kamu anda mohon tolong minta meminta harap sangat lagi masih para
bapak ibu warga laporan lapor melapor dilaporkan pengaduan mengadu permohonan memohon informasi terkait
tentang kepada secara sekitar telah hingga namun tetapi tapi jadi maka serta bagi atas dalam luar
karena agar supaya segera cepat kapan apakah bagaimana kenapa mengapa sering selalu pernah hal
depan belakang samping dekat mau ingin perlu harus adalah merupakan tersebut sebut lebih kurang sama satu dua tiga hari minggu
bulan tahun lalu kemarin sekarang pagi siang sore malam tanggal jam pak bu mas mbak kak terima kasih
""".split())
_WORD = re.compile(r"\w+", re.UNICODE)

MIN_TITLE_SHARED = 2  # title words in common, or
MIN_TITLE_ONE_ALL = 3  # one title word and this many words in all


def words(text: str | None) -> set[str]:
    """Meaningful words: lower case, no accents, three letters or more, not a common word."""
    t = unicodedata.normalize("NFKD", text or "")
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).casefold()
    return {w for w in _WORD.findall(t) if len(w) >= 3 and not w.isdigit() and w not in STOPWORDS}


@dataclass(frozen=True)
class SimilarMatch:
    id: str
    receipt_number: str | None
    title: str
    received_at: str
    status: str
    reason: str  # nik | phone | text
    shared: tuple[str, ...] = ()  # the words in common (text matches), title words first


def related(query: str, title: str, body: str) -> tuple[str, ...] | None:
    """The shared words when an earlier complaint is close enough to show, else None."""
    q = words(query)
    in_title = q & words(title)
    in_all = q & (words(title) | words(body))
    if len(in_title) >= MIN_TITLE_SHARED or (in_title and len(in_all) >= MIN_TITLE_ONE_ALL):
        return tuple(sorted(in_title)) + tuple(sorted(in_all - in_title))
    return None


def keep(candidates: Iterable, query: str, texts: dict[str, tuple[str, str]], limit: int = 8) -> list[SimilarMatch]:
    """Identity matches first (as found), then text matches by the number of shared words."""
    ident: list[SimilarMatch] = []
    text: list[tuple[int, SimilarMatch]] = []
    for c in candidates:
        if c.reason in ("nik", "phone"):
            ident.append(SimilarMatch(c.id, c.receipt_number, c.title, c.received_at, c.status, c.reason))
            continue
        title, body = texts.get(c.id, (c.title, ""))
        shared = related(query, title, body)
        if shared:
            text.append((len(shared), SimilarMatch(c.id, c.receipt_number, c.title, c.received_at, c.status,
                                                   "text", shared)))
    text.sort(key=lambda x: -x[0])
    return (ident + [m for _n, m in text])[:limit]
