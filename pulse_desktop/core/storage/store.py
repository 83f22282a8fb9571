"""The study store: SQLite in the user data folder, every step committed when it happens.

The life of a study, step by step, is shown in the package docstring (``pulse_desktop.core.storage``).

Durability: WAL journal, ``synchronous=FULL``, one transaction per step; picture files are fsynced and
renamed into place before the database refers to them. A process killed at any point leaves every step
committed so far; on the next open, answers whose writing process is gone are marked ``incomplete``
("interrupted") and stay visible. Failures (disk full, read-only folder, locked or damaged database) raise
:class:`~pulse_desktop.core.errors.StorageError` with a hint, after rolling the step back.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from pulse_desktop.core import paths
from pulse_desktop.core.errors import StorageError
from pulse_desktop.core.storage import rows
from pulse_desktop.core.storage.failures import storage_errors
from pulse_desktop.core.storage.image_files import ImageFiles
from pulse_desktop.core.storage.records import (
    COMPLETE,
    CONFIRMED,
    DRAFT,
    IN_PROGRESS,
    INCOMPLETE,
    INTERPRETED,
    ORIGINAL,
    STRAIGHTENED,
    BundleInfo,
    ImageRef,
    Patient,
    QualityRecord,
    Study,
    StudySummary,
    clean_record,
    clean_text,
    quality_from_report,
    timings_tuple,
)
from pulse_desktop.core.storage.recovery import INTERRUPTED, stale_turns, this_process
from pulse_desktop.core.storage.schema import migrate
from pulse_desktop.core.storage.study_ids import new_study_id, normalize_study_id

BUSY_TIMEOUT_MS = 5000


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _no_study(study_id: str) -> StorageError:
    return StorageError(f"There is no study {study_id!r}.", "List the studies with `pulse-desktop studies list`.")


COMPUTED_ON = "computed-on"  # audit-trail kind: where an answer was computed

class Store:
    """One open study database. Thread-safe (one lock); open one per process and share it."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.folder = path.parent
        self.images = ImageFiles(self.folder / "images")
        self._pid, self._started = this_process()

    # ----- opening ---------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None = None, *, sweep: bool = True) -> Store:
        """Open (creating or migrating) the database at ``path`` (default ``paths.database_path()``).

        Marks answers left unfinished by a crashed process ``incomplete`` and, with ``sweep``, deletes
        picture files that no study refers to (older than an hour).
        """
        path = Path(path) if path is not None else paths.database_path()
        with storage_errors("opening the study history", path.parent):
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
        try:
            with storage_errors("opening the study history", path):
                conn.row_factory = sqlite3.Row
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = FULL")
                conn.create_function("fold", 1, lambda s: s.casefold() if isinstance(s, str) else s,
                                     deterministic=True)
                migrate(conn)
            store = cls(conn, path)
            store.recover_interrupted()
            if sweep:
                store.sweep_images()
            return store
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- plumbing --------------------------------------------------------------------------------------
    @contextmanager
    def _tx(self, action: str) -> Iterator[sqlite3.Connection]:
        """One committed step: BEGIN IMMEDIATE ... COMMIT, rolled back on any failure."""
        with self._lock, storage_errors(action, self.folder):
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                raise

    def _event(self, conn: sqlite3.Connection, study_id: str, kind: str, detail: str = "") -> None:
        at = now_iso()
        conn.execute("INSERT INTO events (study_id, at, kind, detail) VALUES (?, ?, ?, ?)", (study_id, at, kind, detail))
        conn.execute("UPDATE studies SET updated_at = ? WHERE study_id = ?", (at, study_id))

    def _require(self, conn: sqlite3.Connection, study_id: str) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM studies WHERE study_id = ?", (study_id,)).fetchone()
        if row is None:
            raise _no_study(study_id)
        return row

    def resolve_id(self, text: str) -> str:
        """The stored ID for ``text`` as a person typed it (case, O/0, I/1), or ``text`` unchanged."""
        with self._lock, storage_errors("looking up the study"):
            for candidate in (text, text.strip(), normalize_study_id(text)):
                if self._conn.execute("SELECT 1 FROM studies WHERE study_id = ?", (candidate,)).fetchone():
                    return candidate
        return text

    # ----- writing: one method per step --------------------------------------------------------------------
    def create_study(self, patient: Patient | None = None, *, acquired_at: str = "", clinician: str = "",
                     indication: str = "", study_id: str | None = None) -> str:
        """A new draft study; returns its ID (``YYYYMMDD-XXXXX``)."""
        p = clean_record(patient or Patient())
        acquired_at, clinician, indication = clean_text(acquired_at), clean_text(clinician), clean_text(indication)
        for _ in range(20):
            sid = study_id or new_study_id()
            with self._tx("creating the study") as conn:
                if conn.execute("SELECT 1 FROM studies WHERE study_id = ?", (sid,)).fetchone():
                    if study_id:
                        raise StorageError(f"A study {sid!r} already exists.", "Choose another ID.")
                    continue
                at = now_iso()
                conn.execute(
                    "INSERT INTO studies (study_id, created_at, updated_at, acquired_at, clinician, indication, "
                    "patient_name, patient_id, patient_dob, patient_age, patient_sex, status) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (sid, at, at, acquired_at, clinician, indication, p.name, p.patient_id, p.date_of_birth,
                     p.age, p.sex, DRAFT))
                self._event(conn, sid, "created")
                return sid
        raise StorageError("Could not find a free study ID.", "Try again.")  # pragma: no cover - 20 clashes

    def update_details(self, study_id: str, *, patient: Patient | None = None, acquired_at: str | None = None,
                       clinician: str | None = None, indication: str | None = None) -> None:
        """Change the patient block or acquisition details (None leaves a field as it is)."""
        with self._tx("saving the patient details") as conn:
            self._require(conn, study_id)
            sets: dict[str, Any] = {"acquired_at": acquired_at, "clinician": clinician, "indication": indication}
            sets = {k: clean_text(v) for k, v in sets.items() if v is not None}
            if patient is not None:
                patient = clean_record(patient)
                sets.update(patient_name=patient.name, patient_id=patient.patient_id,
                            patient_dob=patient.date_of_birth, patient_age=patient.age, patient_sex=patient.sex)
            sets = {k: v for k, v in sets.items() if v is not None}
            if sets:
                conn.execute(f"UPDATE studies SET {', '.join(f'{k} = ?' for k in sets)} WHERE study_id = ?",
                             (*sets.values(), study_id))
                self._event(conn, study_id, "details", ", ".join(sets))

    def attach_images(self, study_id: str, original: bytes | None = None,
                      straightened: bytes | None = None) -> tuple[ImageRef, ...]:
        """Save the picture as it came and the straightened one (encoded bytes, e.g. ``encode_png``)."""
        with self._lock:
            self.get_summary(study_id)
            saved = []
            with storage_errors("saving the pictures", self.images.root):
                for role, data in ((ORIGINAL, original), (STRAIGHTENED, straightened)):
                    if data is not None:
                        saved.append((role, self.images.save(bytes(data))))
            with self._tx("recording the pictures") as conn:
                for role, img in saved:
                    conn.execute("INSERT OR IGNORE INTO images (sha256, suffix, size_bytes, width, height, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)",
                                 (img.sha256, img.suffix, img.size_bytes, img.width, img.height, now_iso()))
                    conn.execute("INSERT OR REPLACE INTO study_images (study_id, role, sha256) VALUES (?, ?, ?)",
                                 (study_id, role, img.sha256))
                    self._event(conn, study_id, f"image:{role}", img.sha256)
            return tuple(ImageRef(role, i.sha256, i.suffix, i.size_bytes, i.width, i.height) for role, i in saved)

    def record_quality(self, study_id: str, quality: QualityRecord | Any) -> None:
        """The quality findings and any override (a QualityRecord, or the imaging module's report)."""
        record = clean_record(quality if isinstance(quality, QualityRecord) else quality_from_report(quality))
        with self._tx("saving the quality check") as conn:
            self._require(conn, study_id)
            conn.execute("UPDATE studies SET quality_json = ? WHERE study_id = ?",
                         (rows.quality_to_json(record), study_id))
            self._event(conn, study_id, "quality", "override" if record.override else "")

    def record_measurements(self, study_id: str, measurements: Mapping[str, Any] | None) -> None:
        """The measurements of a study read from a digital recording (plain JSON values; None removes them)."""
        text = None if measurements is None else json.dumps(dict(measurements), ensure_ascii=False, allow_nan=False)
        with self._tx("saving the measurements") as conn:
            self._require(conn, study_id)
            conn.execute("UPDATE studies SET measurements_json = ? WHERE study_id = ?", (text, study_id))
            self._event(conn, study_id, "measurements", "" if text else "removed")

    def set_bundle(self, study_id: str, bundle: BundleInfo) -> None:
        bundle = clean_record(bundle)
        with self._tx("saving the model used") as conn:
            self._require(conn, study_id)
            conn.execute("UPDATE studies SET bundle_name = ?, bundle_quantization = ?, bundle_manifest_sha256 = ?, "
                         "bundle_kind = ?, bundle_vision_precision = ? WHERE study_id = ?",
                         (bundle.name, bundle.quantization, bundle.manifest_sha256, bundle.kind,
                          bundle.vision_precision, study_id))
            self._event(conn, study_id, "bundle", bundle.name)

    def start_turn(self, study_id: str, question: str) -> int:
        """Record a question before the model answers; returns the turn's index (0, 1, ...)."""
        question = clean_text(question)
        with self._tx("saving the question") as conn:
            self._require(conn, study_id)
            index = conn.execute("SELECT COALESCE(MAX(idx) + 1, 0) FROM turns WHERE study_id = ?",
                                 (study_id,)).fetchone()[0]
            conn.execute("INSERT INTO turns (study_id, idx, question, state, started_at, writer_pid, writer_started) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (study_id, index, question, IN_PROGRESS, now_iso(), self._pid, self._started))
            self._event(conn, study_id, "turn-started", str(index))
            return int(index)

    def append_answer(self, study_id: str, turn: int, text: str, tokens: int = 0) -> None:
        """Append streamed answer text (call every few tokens): one UPDATE, committed at once."""
        with self._lock, storage_errors("saving the answer", self.folder):
            cur = self._conn.execute(
                "UPDATE turns SET answer = answer || ?, token_count = token_count + ? "
                "WHERE study_id = ? AND idx = ? AND state = ?", (clean_text(text), int(tokens), study_id, turn, IN_PROGRESS))
            if cur.rowcount != 1:
                raise StorageError(f"Answer {turn} of study {study_id} is not being recorded.",
                                   "Start a new question; the text saved so far is kept.")

    def finish_turn(self, study_id: str, turn: int, *, answer: str | None = None, token_count: int | None = None,
                    timings: Mapping[str, float] | None = None, complete: bool = True, reason: str = "") -> None:
        """Close an answer: ``answer`` (the engine's final text) replaces the streamed text when given."""
        state = COMPLETE if complete else INCOMPLETE
        answer, reason = (None if answer is None else clean_text(answer)), clean_text(reason)
        with self._tx("saving the answer") as conn:
            self._require(conn, study_id)
            sets = ["state = ?", "finished_at = ?", "incomplete_reason = ?", "timings_json = ?"]
            values: list[Any] = [state, now_iso(), "" if complete else (reason or "stopped"),
                                 rows.timings_to_json(timings_tuple(timings))]
            if answer is not None:
                sets.append("answer = ?")
                values.append(answer)
            if token_count is not None:
                sets.append("token_count = ?")
                values.append(int(token_count))
            cur = conn.execute(f"UPDATE turns SET {', '.join(sets)} WHERE study_id = ? AND idx = ?",
                               (*values, study_id, turn))
            if cur.rowcount != 1:
                raise StorageError(f"Study {study_id} has no answer {turn}.", "This is a bug; please report it.")
            if complete:
                conn.execute("UPDATE studies SET status = ? WHERE study_id = ? AND status = ?",
                             (INTERPRETED, study_id, DRAFT))
            self._event(conn, study_id, "turn-finished" if complete else "turn-incomplete", f"{turn} {reason}".strip())

    def record_computed_on(self, study_id: str, turn: int, where: str) -> None:
        """Where answer ``turn`` was computed ("this computer", or a clinic server's address and the manifest
        sha256 it served), kept in the study's audit trail as a ``computed-on`` event."""
        with self._tx("saving where the answer was computed") as conn:
            self._require(conn, study_id)
            self._event(conn, study_id, COMPUTED_ON, f"{int(turn)} {clean_text(where)}")

    def computed_on(self, study_id: str) -> dict[int, str]:
        """Answer index -> where it was computed (answers recorded before this was kept are absent)."""
        with self._lock, storage_errors("reading the study", self.folder):
            return self._computed_on_locked(study_id)

    def _computed_on_locked(self, study_id: str) -> dict[int, str]:
        out: dict[int, str] = {}
        for r in self._conn.execute("SELECT detail FROM events WHERE study_id = ? AND kind = ? ORDER BY event_id",
                                    (study_id, COMPUTED_ON)):
            turn, _, where = str(r["detail"]).partition(" ")
            out[int(turn)] = where
        return out

    def edit_turn(self, study_id: str, turn: int, text: str | None, editor: str = "") -> None:
        """Keep the clinician's version beside the model's (None removes the edit). Editing a confirmed
        study withdraws the confirmation: it must be confirmed again."""
        text, editor = (None if text is None else clean_text(text)), clean_text(editor)
        with self._tx("saving the edit") as conn:
            row = self._require(conn, study_id)
            cur = conn.execute("UPDATE turns SET edited_text = ?, edited_by = ?, edited_at = ? "
                               "WHERE study_id = ? AND idx = ?",
                               (text, editor if text is not None else "", now_iso() if text is not None else "",
                                study_id, turn))
            if cur.rowcount != 1:
                raise StorageError(f"Study {study_id} has no answer {turn} to edit.", "Choose an existing answer.")
            self._event(conn, study_id, "edited", f"{turn} {editor}".strip())
            if row["status"] == CONFIRMED:
                conn.execute("UPDATE studies SET status = ?, confirmed_by = '', confirmed_at = '' WHERE study_id = ?",
                             (INTERPRETED, study_id))
                self._event(conn, study_id, "unconfirmed", "edited after confirmation")

    def confirm(self, study_id: str, clinician: str) -> str:
        """Mark the report confirmed by ``clinician``; returns the time recorded."""
        name = clean_text(clinician).strip()
        if not name:
            raise StorageError("A confirmation needs the clinician's name.", "Type your name as it should be printed.")
        with self._tx("saving the confirmation") as conn:
            self._require(conn, study_id)
            turns = conn.execute("SELECT state, answer, edited_text FROM turns WHERE study_id = ?",
                                 (study_id,)).fetchall()
            if any(t["state"] == IN_PROGRESS for t in turns):
                raise StorageError("The model is still answering.", "Wait for the answer to finish, then confirm.")
            if not any((t["edited_text"] if t["edited_text"] is not None else t["answer"]).strip() for t in turns):
                raise StorageError("There is no interpretation to confirm yet.", "Interpret the ECG first.")
            at = now_iso()
            conn.execute("UPDATE studies SET status = ?, confirmed_by = ?, confirmed_at = ? WHERE study_id = ?",
                         (CONFIRMED, name, at, study_id))
            self._event(conn, study_id, "confirmed", name)
            return at

    def delete(self, study_id: str) -> None:
        """Remove the study, its answers and the picture files no other study uses."""
        with self._tx("deleting the study") as conn:
            self._require(conn, study_id)
            shas = [r[0] for r in conn.execute("SELECT sha256 FROM study_images WHERE study_id = ?", (study_id,))]
            conn.execute("DELETE FROM studies WHERE study_id = ?", (study_id,))
            orphans = []
            for sha in shas:
                if not conn.execute("SELECT 1 FROM study_images WHERE sha256 = ?", (sha,)).fetchone():
                    orphans.append(conn.execute("SELECT sha256, suffix FROM images WHERE sha256 = ?", (sha,)).fetchone())
                    conn.execute("DELETE FROM images WHERE sha256 = ?", (sha,))
        with storage_errors("deleting the pictures", self.images.root):
            for row in orphans:
                if row is not None:
                    self.images.remove(row["sha256"], row["suffix"])

    # ----- recovery --------------------------------------------------------------------------------------
    def recover_interrupted(self) -> int:
        """Mark answers whose writing process is gone ``incomplete``; returns how many."""
        with self._tx("recovering interrupted answers") as conn:
            stale = stale_turns(conn)
            for row in stale:
                conn.execute("UPDATE turns SET state = ?, incomplete_reason = ?, finished_at = ? "
                             "WHERE study_id = ? AND idx = ?", (INCOMPLETE, INTERRUPTED, now_iso(),
                                                                row["study_id"], row["idx"]))
                self._event(conn, row["study_id"], "turn-incomplete", f"{row['idx']} {INTERRUPTED}")
            return len(stale)

    def sweep_images(self, grace_s: float = 3600.0) -> int:
        with self._lock, storage_errors("tidying the picture folder", self.images.root):
            referenced = {r[0] for r in self._conn.execute("SELECT sha256 FROM images")}
            return self.images.sweep(referenced, grace_s)

    # ----- reading ---------------------------------------------------------------------------------------
    def get(self, study_id: str) -> Study:
        with self._lock, storage_errors("reading the study", self.folder):
            row = self._require(self._conn, study_id)
            images = self._conn.execute(
                "SELECT si.role, i.* FROM study_images si JOIN images i ON i.sha256 = si.sha256 "
                "WHERE si.study_id = ? ORDER BY si.role", (study_id,)).fetchall()
            turns = self._conn.execute("SELECT * FROM turns WHERE study_id = ? ORDER BY idx", (study_id,)).fetchall()
            study = rows.study_from_rows(row, images, turns)
            where = self._computed_on_locked(study_id)
        if not where:
            return study
        return replace(study, turns=tuple(replace(t, computed_on=where.get(t.index, "")) for t in study.turns))

    def get_summary(self, study_id: str) -> StudySummary:
        with self._lock, storage_errors("reading the study", self.folder):
            row = self._conn.execute(rows.SUMMARY_QUERY + " WHERE s.study_id = ?", (study_id,)).fetchone()
            if row is None:
                raise _no_study(study_id)
            return rows.summary_from_row(row)

    def list_studies(self, text: str = "", date_from: str | None = None, date_to: str | None = None,
                     limit: int | None = None) -> list[StudySummary]:
        """Newest first. ``text`` matches patient name or ID, study ID or clinician (any case);
        ``date_from``/``date_to`` (YYYY-MM-DD, inclusive) filter on the acquisition date, else the creation date."""
        query, args = rows.summary_query(text, date_from, date_to, limit)
        with self._lock, storage_errors("reading the study history", self.folder):
            return [rows.summary_from_row(r) for r in self._conn.execute(query, args)]

    def image_path(self, ref: ImageRef) -> Path:
        return self.images.path(ref.sha256, ref.suffix)

    def events(self, study_id: str) -> list[tuple[str, str, str]]:
        """The study's audit trail: (time, kind, detail), oldest first."""
        with self._lock, storage_errors("reading the study", self.folder):
            return [(r["at"], r["kind"], r["detail"]) for r in self._conn.execute(
                "SELECT at, kind, detail FROM events WHERE study_id = ? ORDER BY event_id", (study_id,))]

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check``: "ok" when the file is sound."""
        with self._lock, storage_errors("checking the study history", self.folder):
            return "; ".join(r[0] for r in self._conn.execute("PRAGMA integrity_check"))
