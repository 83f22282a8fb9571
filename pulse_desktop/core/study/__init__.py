"""The study workflow, without Qt: what both the window and ``pulse-desktop interpret`` drive.

- :mod:`.values`: frozen values (``Review``, ``Turn``, ``OpenedPicture``); the finding is
  :class:`pulse_desktop.core.findings.Finding`, the patient :class:`pulse_desktop.core.storage.Patient`.
- :mod:`.session`: :class:`StudySession`, the study being worked on.
- :mod:`.picture`: open a picture (load, straighten, quality check) or take it as it is.
- :mod:`.rules`: when a step is allowed (interpret, follow up, edit, confirm, read ahead).
- :mod:`.workflow`: :class:`StudyWorkflow`, the steps; long ones are :class:`Run` generators.
- :mod:`.recorder` and :mod:`.answer_recording`: every write to the store, one transaction per step.
- :mod:`.engine_holder`: the loaded engine, reused, reloaded when its settings change.
- :mod:`.history`: the history's rows and reopening a stored study.

See docs/study-workflow.md.
"""

from pulse_desktop.core.findings import Finding
from pulse_desktop.core.storage.records import Patient
from pulse_desktop.core.study.engine_holder import EngineHolder, engine_key
from pulse_desktop.core.study.events import BundleChosen, StudyRecorded
from pulse_desktop.core.study.picture import open_bytes, open_file, review_picture
from pulse_desktop.core.study.recorder import StudyDraft, StudyRecorder
from pulse_desktop.core.study.rules import Refusal
from pulse_desktop.core.study.session import StudySession
from pulse_desktop.core.study.values import Corners, OpenedPicture, Review, Turn
from pulse_desktop.core.study.workflow import Refused, Run, StudyWorkflow

__all__ = [
    "BundleChosen", "Corners", "EngineHolder", "Finding", "OpenedPicture", "Patient", "Refusal", "Refused",
    "Review", "Run", "StudyDraft", "StudyRecorded", "StudyRecorder", "StudySession", "StudyWorkflow", "Turn",
    "engine_key", "open_bytes", "open_file", "review_picture",
]
