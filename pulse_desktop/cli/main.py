"""The headless command line over the same core as the GUI.

Each subcommand lives in its own module with ``register(subparsers)``; this module only parses and
turns the core's :class:`PulseError` into a message, a hint and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from pulse_desktop import __version__
from pulse_desktop.core.errors import Cancelled, PulseError

# Modules that add subcommands; each has register(subparsers). Missing ones are skipped while in progress.
COMMAND_MODULES = (
    "pulse_desktop.cli.cmd_selftest",
    "pulse_desktop.cli.cmd_models",
    "pulse_desktop.cli.cmd_interpret",
    "pulse_desktop.cli.cmd_straighten",
    "pulse_desktop.cli.cmd_studies",
    "pulse_desktop.cli.cmd_bench",
    "pulse_desktop.cli.cmd_bench_ecg",
    "pulse_desktop.cli.cmd_measure",
    "pulse_desktop.cli.cmd_render",
    "pulse_desktop.cli.cmd_server",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pulse-desktop",
        description="PULSE Desktop: offline ECG image interpretation. Run without arguments to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"pulse-desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def _warn_about_settings() -> None:
    from pulse_desktop.core.settings import read_settings

    for problem in read_settings().problems:
        print(f"Warning: {problem}", file=sys.stderr)


def main(argv: list[str] | None = None, extra_checks: list[Callable] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    args.extra_checks = extra_checks or []
    if args.command != "selftest":  # selftest reports them as a check
        _warn_about_settings()
    try:
        return int(args.func(args) or 0)
    except Cancelled:
        print("Cancelled.", file=sys.stderr)
        return Cancelled.exit_code
    except PulseError as exc:
        print(f"Error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"What to do: {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
