"""A crash between any two steps of the workflow loses nothing committed: the child is killed with SIGKILL
right after each step, and the store, reopened, holds exactly what the steps so far wrote."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from pulse_desktop.core import paths
from pulse_desktop.core.storage import Store
from tests.study.crash_child import LONG_ANSWER, STEPS, TOKENS_BEFORE_CRASH
from tests.support.paths import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def run_until(step: str) -> str | None:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "tests.study.crash_child"], cwd=REPO, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    study_id = None
    try:
        while True:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"the child ended early: {proc.stderr.read()}")
            if line.startswith("study "):
                study_id = line.split()[1]
            if line.strip() == f"step {step}":
                break
            if line.startswith("step "):
                proc.stdin.write("go\n")
                proc.stdin.flush()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return study_id


@pytest.mark.parametrize("step", STEPS)
def test_killed_after_each_step_keeps_every_step_before(step):
    study_id = run_until(step)
    if step == "opened":  # nothing was written yet: the store was not even opened
        assert not paths.database_path().exists()
        return
    raw = sqlite3.connect(paths.database_path())
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    done = STEPS[: STEPS.index(step) + 1]
    with Store.open() as store:  # opening marks answers of a dead writer incomplete
        studies = store.list_studies()
        study = store.get(study_id)
    assert [s.study_id for s in studies] == [study_id]
    assert {i.role for i in study.images} == {"original", "straightened"}
    assert study.quality.override.who == "Dr Kill"
    assert (study.patient.name == "Zoë Ødegård") == ("details" in done)
    assert (study.indication == "syncope") == ("details" in done)
    if "question" not in done:
        assert study.turns == ()
        return
    turn = study.turns[0]
    if "answered" not in done:
        assert turn.state == "incomplete" and turn.incomplete_reason.startswith("interrupted")
        committed = " ".join(f"w{i}" for i in range(TOKENS_BEFORE_CRASH))
        assert turn.answer.startswith(committed) if "tokens" in done else turn.answer == ""
        assert study.status == "draft"
        return
    assert turn.state == "complete" and turn.answer == LONG_ANSWER
    assert (turn.edited_text == LONG_ANSWER + " Edited.") == ("edited" in done)
    assert study.status == ("confirmed" if "confirmed" in done else "interpreted")
