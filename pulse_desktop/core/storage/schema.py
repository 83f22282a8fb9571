"""The study database's schema and its migrations.

The schema version is SQLite's ``PRAGMA user_version``. :data:`MIGRATIONS` is append-only: entry ``n``
takes a database from version ``n`` to ``n + 1``. Never edit a released entry; add a new one. Each
migration runs in one transaction together with the version bump, so a crash leaves the old version or
the new one, never a mixture. A database newer than this code is refused (never downgraded).
"""

from __future__ import annotations

import sqlite3

from pulse_desktop.core.errors import StorageError

_V1 = (
    """CREATE TABLE studies (
        study_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        acquired_at TEXT NOT NULL DEFAULT '',
        clinician TEXT NOT NULL DEFAULT '',
        indication TEXT NOT NULL DEFAULT '',
        patient_name TEXT NOT NULL DEFAULT '',
        patient_id TEXT NOT NULL DEFAULT '',
        patient_dob TEXT NOT NULL DEFAULT '',
        patient_age TEXT NOT NULL DEFAULT '',
        patient_sex TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'interpreted', 'confirmed')),
        confirmed_by TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT NOT NULL DEFAULT '',
        quality_json TEXT,
        bundle_name TEXT NOT NULL DEFAULT '',
        bundle_quantization TEXT NOT NULL DEFAULT '',
        bundle_manifest_sha256 TEXT NOT NULL DEFAULT '',
        bundle_kind TEXT NOT NULL DEFAULT '',
        bundle_vision_precision TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX studies_created ON studies (created_at)",
    """CREATE TABLE images (
        sha256 TEXT PRIMARY KEY,
        suffix TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE study_images (
        study_id TEXT NOT NULL REFERENCES studies (study_id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('original', 'straightened')),
        sha256 TEXT NOT NULL REFERENCES images (sha256),
        PRIMARY KEY (study_id, role)
    )""",
    "CREATE INDEX study_images_sha ON study_images (sha256)",
    """CREATE TABLE turns (
        turn_id INTEGER PRIMARY KEY,
        study_id TEXT NOT NULL REFERENCES studies (study_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        question TEXT NOT NULL,
        answer TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('in_progress', 'complete', 'incomplete')),
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL DEFAULT '',
        incomplete_reason TEXT NOT NULL DEFAULT '',
        token_count INTEGER NOT NULL DEFAULT 0,
        timings_json TEXT NOT NULL DEFAULT '[]',
        edited_text TEXT,
        edited_by TEXT NOT NULL DEFAULT '',
        edited_at TEXT NOT NULL DEFAULT '',
        writer_pid INTEGER NOT NULL DEFAULT 0,
        writer_started REAL NOT NULL DEFAULT 0,
        UNIQUE (study_id, idx)
    )""",
    """CREATE TABLE events (
        event_id INTEGER PRIMARY KEY,
        study_id TEXT NOT NULL REFERENCES studies (study_id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX events_study ON events (study_id)",
)

# 1 -> 2: the measurements of a study read from a digital recording (JSON of Measurements.to_dict(); NULL for a
# picture). Older databases gain the column as NULL: their studies read as before.
_V2 = ("ALTER TABLE studies ADD COLUMN measurements_json TEXT",)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to :data:`SCHEMA_VERSION`; returns the version it had. ``conn`` is in autocommit."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(conn)
        if found > SCHEMA_VERSION:
            raise StorageError(
                f"The study history was written by a newer version of PULSE Desktop (schema {found}, "
                f"this version knows {SCHEMA_VERSION}).",
                "Update PULSE Desktop to open it; nothing was changed.")
        for version in range(found, SCHEMA_VERSION):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        if found != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
        return found
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
