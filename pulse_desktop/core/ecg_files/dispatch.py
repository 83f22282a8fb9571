"""Which reader reads a file: by extension first, then by the first bytes."""

from __future__ import annotations

import importlib
import struct
from collections.abc import Callable
from pathlib import Path

from pulse_desktop.core.ecg_files.prepare import prepare
from pulse_desktop.core.ecg_files.recording import RawRecording, Recording
from pulse_desktop.core.ecg_files.wfdb_format import read_wfdb
from pulse_desktop.core.errors import UnreadableInputError

_MAX_FILE_BYTES = 200 * 1024 * 1024
_HINT = ("PULSE reads WFDB (.hea + .dat), DICOM 12-lead ECG (.dcm), HL7 aECG, GE MUSE and Philips XML (.xml), "
         "EDF/EDF+ (.edf) and SCP-ECG (.scp) files.")


def _lazy(module: str, name: str) -> Callable[[Path], RawRecording]:
    def read(path: Path) -> RawRecording:
        try:
            mod = importlib.import_module(f"pulse_desktop.core.ecg_files.{module}")
        except ModuleNotFoundError as exc:
            raise UnreadableInputError(f"{path.name}: this kind of ECG file is not supported in this version.",
                                       _HINT) from exc
        return getattr(mod, name)(path)

    return read


def _reader_for(path: Path) -> Callable[[Path], RawRecording] | None:
    suffix = path.suffix.lower()
    if suffix in (".hea", ".dat") and path.with_suffix(".hea").exists():
        return read_wfdb
    head = _head(path)
    if suffix == ".xml" or head.lstrip().startswith((b"<?xml", b"<")):
        return _lazy("xml_formats", "read_ecg_xml")
    if suffix in (".dcm", ".dicom") or head[128:132] == b"DICM":
        return _lazy("dicom_waveform", "read_dicom_ecg")
    if suffix == ".scp" or head[16:22] == b"SCPECG":
        return _lazy("scp_ecg", "read_scp")
    if suffix in (".edf", ".rec") or (head[:8] == b"0       " and suffix != ".dat"):
        return _lazy("edf_format", "read_edf")
    return None


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(256)
    except OSError:
        return b""


def is_digital_ecg_file(path: str | Path) -> bool:
    """True when ``path`` looks like a digital ECG this module reads (it may still fail to read)."""
    p = Path(path)
    if not p.is_file():
        return False
    if p.suffix.lower() == ".xml":
        return True
    return _reader_for(p) is not None


def read_recording(path: str | Path) -> Recording:
    """Read a digital ECG file into twelve standard leads at 500 Hz over one 10-s window.

    Raises UnreadableInputError, with a message and a hint, for anything that cannot be read."""
    p = Path(path)
    if not p.is_file():
        raise UnreadableInputError(f"There is no file {p}.", "Check the name and the folder.")
    if p.stat().st_size > _MAX_FILE_BYTES:
        raise UnreadableInputError(f"{p.name} is {p.stat().st_size >> 20} MB, too large for one ECG recording.",
                                   "Export a single 10-s 12-lead recording.")
    reader = _reader_for(p)
    if reader is None:
        raise UnreadableInputError(f"{p.name} is not a digital ECG format PULSE reads.", _HINT)
    try:
        raw = reader(p)
    except UnreadableInputError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, OverflowError, EOFError, MemoryError, struct.error) as exc:
        raise UnreadableInputError(f"{p.name} could not be read: it looks damaged or incomplete ({exc}).",
                                   _HINT) from exc
    return prepare(raw, str(p))
