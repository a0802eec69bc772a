"""Child process for the crash test: records complaints forever, printing each id after its commit."""

from __future__ import annotations

import sys

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import open_desk
from tests.support.sessions import signed


def main() -> None:
    desk = open_desk(AppPaths.under(sys.argv[1]))
    svc = ComplaintService(desk)
    actor = Actor("loket", "front_desk")
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    i = 0
    print("ready", flush=True)
    while True:
        items = []
        for _ in range(batch):
            i += 1
            items.append(({"title": f"Pengaduan uji ketahanan {i}",
                           "body": "Isi pengaduan yang cukup panjang untuk uji tulis bertubi-tubi. " * 5,
                           "reporter": {"name": f"Pelapor {i}"}, "channel": "tatap_muka"}, ()))
        for r in svc.record_many(signed(svc, actor), items):
            sys.stdout.write(r.id + "\n")
        sys.stdout.flush()  # acknowledged only after the commit


if __name__ == "__main__":
    main()
