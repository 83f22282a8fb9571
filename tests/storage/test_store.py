"""The study store: the life of a study, each step read back from a fresh connection."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from PIL import Image

from pulse_desktop.core import paths
from pulse_desktop.core.errors import StorageError
from pulse_desktop.core.storage import (
    BundleInfo,
    Patient,
    QualityFinding,
    QualityOverride,
    QualityRecord,
    Store,
    encode_png,
)
from pulse_desktop.core.storage.export import export_study_files
from pulse_desktop.core.storage.schema import SCHEMA_VERSION
from pulse_desktop.core.storage.study_ids import PATTERN
from tests.support.paths import REPO

SAMPLE = REPO / "resources" / "samples" / "ecg00003.png"


@pytest.fixture
def store():
    with Store.open() as s:
        yield s


def _reopen() -> Store:
    return Store.open()


def test_database_lives_in_the_data_folder_with_wal_and_schema_version(store, pulse_home):
    assert store.path == paths.database_path()
    assert str(store.path).startswith(str(pulse_home))
    raw = sqlite3.connect(store.path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_the_life_of_a_study_is_committed_step_by_step(store):
    patient = Patient(name="Ana Díaz", patient_id="H-204", date_of_birth="1961-03-02", sex="female")
    sid = store.create_study(patient, acquired_at="2025-01-14T09:30:00+01:00", clinician="Dr Okafor",
                             indication="palpitations")
    assert PATTERN.match(sid)
    with _reopen() as other:
        s = other.get(sid)
        assert (s.patient, s.status, s.clinician, s.indication) == (patient, "draft", "Dr Okafor", "palpitations")

    original = SAMPLE.read_bytes()
    straight = encode_png(Image.open(SAMPLE).convert("RGB").rotate(1))
    refs = store.attach_images(sid, original=original, straightened=straight)
    assert [r.role for r in refs] == ["original", "straightened"]
    for ref, data in zip(refs, (original, straight), strict=True):
        path = store.image_path(ref)
        assert path.name == hashlib.sha256(data).hexdigest() + ".png"
        assert path.read_bytes() == data
    assert (refs[0].width, refs[0].height) == Image.open(SAMPLE).size

    quality = QualityRecord(findings=(QualityFinding("sharpness", "ok", 3.2, "Sharp."),
                                      QualityFinding("glare", "blocking", 0.2, "Glare on leads V1-V3.", "Tilt it.")),
                            override=QualityOverride("Dr Okafor", "2025-01-14T09:31:00+01:00", ("glare",), "urgent"))
    store.record_quality(sid, quality)
    bundle = BundleInfo("pulse-7b-q4", "Q4_K_M", "ab" * 32, "clinical", "fp16")
    store.set_bundle(sid, bundle)

    turn = store.start_turn(sid, "Please write a clinical report based on this ECG image.")
    assert turn == 0
    for chunk in ("Sinus", " rhythm", ". Left axis deviation."):
        store.append_answer(sid, turn, chunk, tokens=2)
        with _reopen() as other:  # each chunk is visible to another connection at once
            t = other.get(sid).turns[0]
            assert t.state == "in_progress" and t.answer.endswith(chunk)
    store.finish_turn(sid, turn, answer="Sinus rhythm. Left axis deviation.", token_count=9,
                      timings={"vision": 1.5, "prefill": 20.0, "decode": 4.0})
    with _reopen() as other:
        s = other.get(sid)
    assert s.status == "interpreted" and not s.incomplete
    t = s.turns[0]
    assert (t.answer, t.token_count, t.state) == ("Sinus rhythm. Left axis deviation.", 9, "complete")
    assert t.timings == (("vision", 1.5), ("prefill", 20.0), ("decode", 4.0))
    assert s.quality == quality and s.bundle == bundle

    store.edit_turn(sid, turn, "Sinus rhythm. Left anterior fascicular block.", editor="Dr Okafor")
    s = store.get(sid)
    assert s.turns[0].answer == "Sinus rhythm. Left axis deviation."  # the model's words are kept
    assert s.turns[0].edited_text == "Sinus rhythm. Left anterior fascicular block."
    assert s.turns[0].final_text == s.turns[0].edited_text and s.turns[0].edited_by == "Dr Okafor"

    at = store.confirm(sid, "  Dr Okafor ")
    s = store.get(sid)
    assert (s.status, s.confirmed_by, s.confirmed_at) == ("confirmed", "Dr Okafor", at)
    kinds = [kind for _, kind, _ in store.events(sid)]
    assert kinds == ["created", "image:original", "image:straightened", "quality", "bundle", "turn-started",
                     "turn-finished", "edited", "confirmed"]
    assert store.integrity_check() == "ok"


def test_editing_a_confirmed_study_withdraws_the_confirmation(store):
    sid = store.create_study(Patient(name="A"))
    turn = store.start_turn(sid, "Q")
    store.finish_turn(sid, turn, answer="Atrial fibrillation.")
    store.confirm(sid, "Dr A")
    store.edit_turn(sid, turn, "Atrial flutter.", editor="Dr B")
    s = store.get(sid)
    assert (s.status, s.confirmed_by, s.confirmed_at) == ("interpreted", "", "")
    assert [k for _, k, _ in store.events(sid)][-2:] == ["edited", "unconfirmed"]


def test_confirm_refuses_without_an_answer_a_name_or_while_answering(store):
    sid = store.create_study(Patient(name="A"))
    with pytest.raises(StorageError, match="no interpretation"):
        store.confirm(sid, "Dr A")
    turn = store.start_turn(sid, "Q")
    store.append_answer(sid, turn, "Sinus")
    with pytest.raises(StorageError, match="still answering"):
        store.confirm(sid, "Dr A")
    store.finish_turn(sid, turn)
    with pytest.raises(StorageError, match="name"):
        store.confirm(sid, "   ")
    assert store.get(sid).status == "interpreted"


def test_cancelled_answer_is_kept_and_marked_incomplete(store):
    sid = store.create_study(Patient(name="A"))
    turn = store.start_turn(sid, "Q")
    store.append_answer(sid, turn, "Sinus rhy", tokens=3)
    store.finish_turn(sid, turn, complete=False, reason="cancelled")
    s = store.get(sid)
    assert s.incomplete and s.status == "draft"
    assert (s.turns[0].answer, s.turns[0].state, s.turns[0].incomplete_reason) == ("Sinus rhy", "incomplete",
                                                                                   "cancelled")
    with pytest.raises(StorageError, match="not being recorded"):
        store.append_answer(sid, turn, "thm")
    follow = store.start_turn(sid, "And the axis?")
    assert follow == 1 and [t.index for t in store.get(sid).turns] == [0, 1]


def test_delete_removes_rows_and_only_unreferenced_picture_files(store):
    shared = SAMPLE.read_bytes()
    a = store.create_study(Patient(name="A"))
    b = store.create_study(Patient(name="B"))
    (ref_a,) = store.attach_images(a, original=shared)
    store.attach_images(b, original=shared, straightened=b"not a picture, kept as it came")
    only_b = store.get(b).straightened
    assert only_b.suffix == ".bin"
    store.start_turn(b, "Q")
    store.delete(b)
    assert store.image_path(ref_a).is_file()  # still used by A
    assert not store.image_path(only_b).exists()
    assert [s.study_id for s in store.list_studies()] == [a]
    with pytest.raises(StorageError, match="no study"):
        store.get(b)
    raw = sqlite3.connect(store.path)
    assert raw.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 0
    assert raw.execute("SELECT COUNT(*) FROM events WHERE study_id = ?", (b,)).fetchone()[0] == 0
    raw.close()
    store.delete(a)
    assert not store.image_path(ref_a).exists()


def test_list_searches_names_ids_in_any_case_and_dates(store):
    a = store.create_study(Patient(name="Ζωή Παπαδοπούλου", patient_id="GR-7"), acquired_at="2024-12-30T08:00")
    b = store.create_study(Patient(name="Ivan Petrov", patient_id="RU_1"), acquired_at="2025-01-02T08:00")
    c = store.create_study(Patient(name="100% Smith", patient_id="X"), clinician="Dr Who")
    assert [s.study_id for s in store.list_studies("ΖΩΉ")] == [a]
    assert [s.study_id for s in store.list_studies("ru_")] == [b]
    assert [s.study_id for s in store.list_studies("%")] == [c]  # wildcards are literal
    assert [s.study_id for s in store.list_studies("dr who")] == [c]
    assert [s.study_id for s in store.list_studies(a.lower())] == [a]
    assert {s.study_id for s in store.list_studies(date_from="2025-01-01", date_to="2025-01-31")} == {b}
    assert len(store.list_studies(limit=2)) == 2
    assert store.resolve_id(a.lower().replace("0", "o")) == a


def test_a_newer_schema_is_refused_and_left_alone(pulse_home):
    Store.open().close()
    raw = sqlite3.connect(paths.database_path())
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(StorageError, match="newer version") as info:
        Store.open()
    assert "Update PULSE Desktop" in info.value.hint
    raw = sqlite3.connect(paths.database_path())
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    raw.close()


def test_reopening_keeps_everything_and_does_not_migrate_twice(store):
    sid = store.create_study(Patient(name="Keep"))
    store.close()
    for _ in range(2):
        with Store.open() as again:
            assert again.get(sid).patient.name == "Keep"


def test_export_writes_pictures_and_json(store, tmp_path):
    sid = store.create_study(Patient(name="Élodie", patient_id="FR-1"))
    store.attach_images(sid, original=SAMPLE.read_bytes())
    turn = store.start_turn(sid, "Q")
    store.finish_turn(sid, turn, answer="Sinus rhythm.", timings={"decode": 1.0})
    files = export_study_files(store, sid, tmp_path / "out")
    assert sorted(p.name for p in files) == ["original.png", "study.json"]
    data = json.loads((tmp_path / "out" / "study.json").read_text(encoding="utf-8"))
    assert data["study"]["patient"]["name"] == "Élodie"
    assert data["study"]["turns"][0]["timings"] == {"decode": 1.0}
    assert (tmp_path / "out" / "original.png").read_bytes() == SAMPLE.read_bytes()


def test_undecodable_command_line_text_is_stored_not_crashed(store):
    sid = store.create_study(Patient(name="bad \udcff byte"))
    assert store.get(sid).patient.name == "bad \ufffd byte"


def test_orphan_picture_files_are_swept(store):
    stray = store.images.root / "ab" / ("ab" * 32 + ".png")
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"left by a crash between the file and the database")
    assert store.sweep_images(grace_s=3600) == 0  # too fresh: another process may be about to record it
    assert store.sweep_images(grace_s=0) == 1 and not stray.exists()
