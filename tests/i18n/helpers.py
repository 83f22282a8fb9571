"""Shared bits of the translation tests: the make_ts tool (a script, not a package) and the languages."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.support.paths import REPO

MAKE_TS_PATH = REPO / "resources" / "i18n" / "make_ts.py"


def load_make_ts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pulse_make_ts", MAKE_TS_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


make_ts = load_make_ts()
LANGUAGES = make_ts.LANGUAGES
