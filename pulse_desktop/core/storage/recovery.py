"""Answers left unfinished by a process that is gone: found on open and marked ``incomplete``.

Each answer row records the writing process (pid and its start time). An ``in_progress`` answer whose
process no longer runs (or whose pid now belongs to a different process) was cut short by a crash, a kill
or a power loss; one whose writer still runs (the window streaming while ``studies list`` opens the store)
is left alone.
"""

from __future__ import annotations

import os
import sqlite3

import psutil

INTERRUPTED = "interrupted: the app stopped before the answer finished"


def process_started(pid: int) -> float:
    """The start time of process ``pid`` (seconds since the epoch), 0.0 when there is none."""
    try:
        return float(psutil.Process(pid).create_time())
    except (psutil.Error, OSError):
        return 0.0


def this_process() -> tuple[int, float]:
    pid = os.getpid()
    return pid, process_started(pid)


def writer_alive(pid: int, started: float) -> bool:
    now_started = process_started(pid) if pid else 0.0
    return bool(now_started) and abs(now_started - started) < 1.0


def stale_turns(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """``in_progress`` answers whose writer is gone."""
    rows = conn.execute("SELECT study_id, idx, writer_pid, writer_started FROM turns WHERE state = 'in_progress'")
    return [row for row in rows.fetchall() if not writer_alive(row["writer_pid"], row["writer_started"])]
