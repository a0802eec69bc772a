"""Child process for the power-cut runs: records complaints in batches, printing each id after its
commit, and every few batches forces a checkpoint (``ckpt`` before it, ``ckpt-done`` after), so a
kill can land inside one."""

from __future__ import annotations

import random
import sys

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import open_desk
from tests.support.sessions import signed


def main() -> None:
    home, tag, every = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(tag)
    desk = open_desk(AppPaths.under(home))
    svc = ComplaintService(desk)
    actor = signed(svc, Actor("loket", "front_desk"))
    i = 0
    batches = 0
    print("ready", flush=True)
    while True:
        items = []
        for _ in range(rng.choice([1, 5, 20, 50])):
            i += 1
            items.append(({"title": f"Pengaduan {tag} nomor {i}",
                           "body": "Isi pengaduan untuk uji listrik padam, ditulis bertubi-tubi. " * 8,
                           "reporter": {"name": f"Pelapor {i}"}, "channel": "tatap_muka"}, ()))
        for r in svc.record_many(actor, items):
            sys.stdout.write(r.id + "\n")
        sys.stdout.flush()  # acknowledged only after the commit
        batches += 1
        if every and batches % every == 0:
            print("ckpt", flush=True)
            raw = desk.db.engine.raw_connection()  # outside any transaction
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                raw.close()
            print("ckpt-done", flush=True)


if __name__ == "__main__":
    main()
