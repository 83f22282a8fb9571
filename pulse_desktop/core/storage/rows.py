"""Database rows -> study records (the read side of the store), and the JSON kept in a few columns."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from pulse_desktop.core.storage.records import (
    BundleInfo,
    ImageRef,
    Patient,
    QualityFinding,
    QualityOverride,
    QualityRecord,
    Study,
    StudySummary,
    Turn,
)


def quality_to_json(quality: QualityRecord) -> str:
    return json.dumps(asdict(quality), ensure_ascii=False, allow_nan=False)


def quality_from_json(text: str | None) -> QualityRecord | None:
    if not text:
        return None
    data: dict[str, Any] = json.loads(text)
    override = data.get("override")
    return QualityRecord(
        findings=tuple(QualityFinding(**f) for f in data.get("findings", ())),
        is_ecg=bool(data.get("is_ecg", True)),
        override=QualityOverride(who=override["who"], when=override["when"],
                                 findings=tuple(override.get("findings", ())),
                                 reason=override.get("reason", "")) if override else None,
    )


def timings_to_json(timings: tuple[tuple[str, float], ...]) -> str:
    return json.dumps([[k, v] for k, v in timings])


def _timings_from_json(text: str) -> tuple[tuple[str, float], ...]:
    try:
        return tuple((str(k), float(v)) for k, v in json.loads(text or "[]"))
    except (ValueError, TypeError):
        return ()


def turn_from_row(row: sqlite3.Row) -> Turn:
    return Turn(index=row["idx"], question=row["question"], answer=row["answer"], state=row["state"],
                started_at=row["started_at"], finished_at=row["finished_at"],
                incomplete_reason=row["incomplete_reason"], token_count=row["token_count"],
                timings=_timings_from_json(row["timings_json"]), edited_text=row["edited_text"],
                edited_by=row["edited_by"], edited_at=row["edited_at"])


def study_from_rows(row: sqlite3.Row, images: list[sqlite3.Row], turns: list[sqlite3.Row]) -> Study:
    bundle = None
    if row["bundle_name"] or row["bundle_manifest_sha256"]:
        bundle = BundleInfo(name=row["bundle_name"], quantization=row["bundle_quantization"],
                            manifest_sha256=row["bundle_manifest_sha256"], kind=row["bundle_kind"] or "clinical",
                            vision_precision=row["bundle_vision_precision"])
    return Study(
        study_id=row["study_id"], created_at=row["created_at"], updated_at=row["updated_at"],
        patient=Patient(name=row["patient_name"], patient_id=row["patient_id"], date_of_birth=row["patient_dob"],
                        age=row["patient_age"], sex=row["patient_sex"]),
        acquired_at=row["acquired_at"], clinician=row["clinician"], indication=row["indication"],
        status=row["status"], confirmed_by=row["confirmed_by"], confirmed_at=row["confirmed_at"],
        images=tuple(ImageRef(role=i["role"], sha256=i["sha256"], suffix=i["suffix"], size_bytes=i["size_bytes"],
                              width=i["width"], height=i["height"]) for i in images),
        quality=quality_from_json(row["quality_json"]), bundle=bundle,
        turns=tuple(turn_from_row(t) for t in turns),
        measurements=measurements_from_json(row["measurements_json"]),
    )


def measurements_from_json(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    data = json.loads(text)
    return data if isinstance(data, dict) else None


def summary_from_row(row: sqlite3.Row) -> StudySummary:
    return StudySummary(study_id=row["study_id"], created_at=row["created_at"], acquired_at=row["acquired_at"],
                        patient_name=row["patient_name"], patient_id=row["patient_id"], status=row["status"],
                        incomplete=bool(row["incomplete"]), confirmed_by=row["confirmed_by"],
                        bundle_name=row["bundle_name"], turn_count=int(row["turn_count"]))


SUMMARY_QUERY = """
    SELECT s.study_id, s.created_at, s.acquired_at, s.patient_name, s.patient_id, s.status, s.confirmed_by,
           s.bundle_name,
           EXISTS (SELECT 1 FROM turns t WHERE t.study_id = s.study_id AND t.state = 'incomplete') AS incomplete,
           (SELECT COUNT(*) FROM turns t WHERE t.study_id = s.study_id) AS turn_count
    FROM studies s
"""


def summary_query(text: str, date_from: str | None, date_to: str | None, limit: int | None) -> tuple[str, list]:
    """SQL and arguments for the history list (see ``Store.list_studies``)."""
    where: list[str] = []
    args: list[Any] = []
    if text.strip():
        pattern = "%" + text.strip().casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(" + " OR ".join(f"fold({c}) LIKE ? ESCAPE '\\'" for c in
                                       ("s.patient_name", "s.patient_id", "s.study_id", "s.clinician")) + ")")
        args += [pattern] * 4
    day = "substr(CASE WHEN s.acquired_at != '' THEN s.acquired_at ELSE s.created_at END, 1, 10)"
    if date_from:
        where.append(f"{day} >= ?")
        args.append(date_from)
    if date_to:
        where.append(f"{day} <= ?")
        args.append(date_to)
    query = SUMMARY_QUERY + (" WHERE " + " AND ".join(where) if where else "")
    query += " ORDER BY s.created_at DESC, s.study_id DESC"
    if limit:
        query += f" LIMIT {int(limit)}"
    return query, args
