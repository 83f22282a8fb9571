"""A writer killed with SIGKILL mid-answer or mid-save loses nothing committed; disk full, read-only, locked
and damaged databases give a StorageError with a hint and leave committed data intact."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.errors import StorageError
from pulse_desktop.core.storage import Patient, Store
from pulse_desktop.core.storage import store as store_module
from tests.support.paths import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and RLIMIT_FSIZE are POSIX")


def _child(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-m", "tests.storage.child_writer", *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _read_steps(proc: subprocess.Popen, until, timeout: float = 60.0) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"child ended early: {proc.stderr.read()}")
        lines.append(line.rstrip("\n"))
        if until(lines):
            return lines
    raise AssertionError("child too slow")


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def _integrity_ok() -> None:
    raw = sqlite3.connect(paths.database_path())
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()


def test_killed_during_an_answer_keeps_study_pictures_and_partial_answer_marked_incomplete():
    proc = _child("stream")
    try:
        lines = _read_steps(proc, lambda ls: sum(line.startswith("step token") for line in ls) >= 40)
    finally:
        _kill(proc)
    sid = next(line.split()[2] for line in lines if line.startswith("step study"))
    shas = next(line.split()[2:] for line in lines if line.startswith("step images"))
    tokens = [eval(line.split(" ", 3)[3]) for line in lines if line.startswith("step token")]  # noqa: S307
    committed = "".join(tokens)

    _integrity_ok()
    with Store.open() as store:
        study = store.get(sid)
        summary = store.list_studies()[0]
    assert study.patient.name == "Zoë Ødegård"
    assert [i.sha256 for i in study.images] == shas
    for ref in study.images:
        assert hashlib.sha256(store.image_path(ref).read_bytes()).hexdigest() == ref.sha256
    turn = study.turns[0]
    assert turn.state == "incomplete" and "interrupted" in turn.incomplete_reason
    assert turn.answer.startswith(committed)  # every token reported as committed is there
    assert turn.token_count >= len(tokens)
    assert study.incomplete and summary.incomplete and summary.study_id == sid
    _integrity_ok()


def test_a_live_writer_is_not_marked_incomplete_by_another_window():
    proc = _child("stream")
    try:
        lines = _read_steps(proc, lambda ls: sum(line.startswith("step token") for line in ls) >= 5)
        sid = next(line.split()[2] for line in lines if line.startswith("step study"))
        with Store.open() as viewer:
            assert viewer.get(sid).turns[0].state == "in_progress"
    finally:
        _kill(proc)
    with Store.open() as after:
        assert after.get(sid).turns[0].state == "incomplete"


def test_killed_while_saving_pictures_leaves_every_recorded_picture_whole():
    proc = _child("images")
    try:
        lines = _read_steps(proc, lambda ls: len(ls) >= 6)
        time.sleep(0.05)  # land the kill in the middle of writing the next picture, most likely
    finally:
        _kill(proc)
    saved = {line.split()[2]: line.split()[3] for line in lines if line.startswith("step saved")}
    _integrity_ok()
    with Store.open(sweep=False) as store:
        for sid, sha in saved.items():
            ref = store.get(sid).original
            assert ref.sha256 == sha
        for summary in store.list_studies():  # including a study recorded after the last line we read
            for ref in store.get(summary.study_id).images:
                assert hashlib.sha256(store.image_path(ref).read_bytes()).hexdigest() == ref.sha256
        leftovers = [p for p in store.images.root.glob("*/.tmp-*")]
        assert store.sweep_images(grace_s=0) >= len(leftovers)
        assert not list(store.images.root.glob("*/.tmp-*"))


def test_disk_full_gives_storage_errors_and_loses_nothing_committed():
    with Store.open() as store:
        store.create_study(Patient(name="Before"))
    limit = paths.database_path().stat().st_size + 200_000
    proc = _child("disk-full", str(limit))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    lines = out.splitlines()
    sid, turn = lines[0].split()[2:4]
    errors = {line.split()[1]: line for line in lines[1:]}
    assert errors["images"].startswith("error images The disk is full"), lines
    assert "Free some disk space" in errors["images"] and "kept" in errors["images"]
    assert errors["answer"].startswith("error answer"), lines
    # SQLite reports the write refused by the size limit as an I/O error; the disk itself is not full
    assert "The disk reported an error" in errors["answer"] and "may be full" in errors["answer"]
    _integrity_ok()
    with Store.open() as store:
        study = store.get(sid)
        assert study.turns[int(turn)].answer.startswith("Committed before the disk filled.")
        assert study.images == ()  # the failed picture was not recorded
        assert {s.patient_name for s in store.list_studies()} >= {"Before", "Full Disk"}
        assert not list(store.images.root.glob("*/.tmp-*"))  # no half-written picture left behind


def test_read_only_database_gives_storage_error(tmp_path):
    with Store.open() as store:
        sid = store.create_study(Patient(name="Kept"))
        store._conn.execute("PRAGMA query_only = ON")  # what SQLite does on a read-only file or folder
        with pytest.raises(StorageError, match="cannot be written") as info:
            store.start_turn(sid, "Q")
        assert "writable" in info.value.hint
        store._conn.execute("PRAGMA query_only = OFF")
        assert store.get(sid).turns == ()


def test_locked_database_gives_storage_error_then_works(monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    with Store.open() as store:
        sid = store.create_study(Patient(name="Kept"))
        store._conn.execute("PRAGMA busy_timeout = 200")
        other = sqlite3.connect(paths.database_path(), isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError, match="busy") as info:
            store.start_turn(sid, "Q")
        assert "try again" in info.value.hint
        other.execute("ROLLBACK")
        other.close()
        assert store.start_turn(sid, "Q") == 0


def test_damaged_database_file_is_refused_with_a_hint_and_not_overwritten():
    path = paths.database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not an SQLite file " * 100
    path.write_bytes(garbage)
    with pytest.raises(StorageError, match="damaged") as info:
        Store.open()
    assert "backup" in info.value.hint
    assert path.read_bytes() == garbage


def test_a_failed_step_rolls_back_and_the_store_keeps_working(monkeypatch):
    with Store.open() as store:
        sid = store.create_study(Patient(name="A"))
        real_event = store._event

        def failing_event(conn, study_id, kind, detail=""):
            if kind == "turn-started":
                raise sqlite3.OperationalError("database or disk is full")
            return real_event(conn, study_id, kind, detail)

        monkeypatch.setattr(store, "_event", failing_event)
        with pytest.raises(StorageError, match="disk is full"):
            store.start_turn(sid, "Q")
        assert store.get(sid).turns == ()  # the half-done step was rolled back
        monkeypatch.setattr(store, "_event", real_event)
        assert store.start_turn(sid, "Q") == 0
