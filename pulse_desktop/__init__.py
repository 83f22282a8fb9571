"""PULSE Desktop: offline ECG image interpretation with PULSE-7B."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pulse-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen app without metadata
    __version__ = "0.1.0"
