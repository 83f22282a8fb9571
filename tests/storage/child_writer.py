"""A child process that writes to the study store, for crash and disk-full tests.

Run as ``python -m tests.storage.child_writer MODE`` with PULSE_HOME set. It prints one line per committed
step (``step ...``), flushed, so the parent knows what must survive when it kills the child with SIGKILL.

MODE:
- ``stream``: one study, two pictures, then an answer appended token by token, forever.
- ``images``: studies with a fresh 1-2 MB picture each, forever.
- ``disk-full LIMIT``: ignore SIGXFSZ, cap the size of any file this process writes at LIMIT bytes
  (RLIMIT_FSIZE), then try to save a large picture and a long answer; prints each StorageError.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
import time

from pulse_desktop.core.errors import StorageError
from pulse_desktop.core.storage import Patient, Store

TOKENS = ["Sinus", " rhythm", ",", " rate", " 72", " bpm", ".", " Left", " axis", " deviation", ".", " No",
          " acute", " ST", " changes", "."]


def _picture(seed: int, size: int) -> bytes:
    header = f"PULSE-TEST-PICTURE {seed}\n".encode()
    return header + os.urandom(size)


def stream(store: Store) -> None:
    sid = store.create_study(Patient(name="Zoë Ødegård", patient_id="K-1"), clinician="Dr Kill")
    print(f"step study {sid}", flush=True)
    refs = store.attach_images(sid, original=_picture(1, 300_000), straightened=_picture(2, 200_000))
    print("step images " + " ".join(r.sha256 for r in refs), flush=True)
    turn = store.start_turn(sid, "Please write a clinical report based on this ECG image.")
    print(f"step turn {turn}", flush=True)
    i = 0
    while True:
        token = TOKENS[i % len(TOKENS)]
        store.append_answer(sid, turn, token, tokens=1)
        print(f"step token {i} {token!r}", flush=True)
        i += 1
        time.sleep(0.002)


def images(store: Store) -> None:
    i = 0
    while True:
        sid = store.create_study(Patient(name=f"Patient {i}"))
        refs = store.attach_images(sid, original=_picture(i, 1_000_000 + (i % 7) * 100_000))
        print(f"step saved {sid} {refs[0].sha256}", flush=True)
        i += 1


def disk_full(store: Store, limit: int) -> None:
    sid = store.create_study(Patient(name="Full Disk", patient_id="FD-1"))
    turn = store.start_turn(sid, "Q")
    store.append_answer(sid, turn, "Committed before the disk filled.", tokens=5)
    print(f"step study {sid} {turn}", flush=True)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        store.attach_images(sid, original=_picture(7, 4 * limit))
        print("no-error images", flush=True)
    except StorageError as exc:
        print(f"error images {exc.message} | {exc.hint}", flush=True)
    try:
        for _ in range(2000):
            store.append_answer(sid, turn, "x" * 4096, tokens=1)
        print("no-error answer", flush=True)
    except StorageError as exc:
        print(f"error answer {exc.message} | {exc.hint}", flush=True)
    try:
        store.create_study(Patient(name="After full"))
        print("no-error create", flush=True)
    except StorageError as exc:
        print(f"error create {exc.message} | {exc.hint}", flush=True)


def main(argv: list[str]) -> int:
    mode = argv[0]
    store = Store.open()
    if mode == "stream":
        stream(store)
    elif mode == "images":
        images(store)
    elif mode == "disk-full":
        disk_full(store, int(argv[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
