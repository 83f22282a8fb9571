"""The `pulse-desktop` launcher: no arguments opens the window, subcommands run headless."""

from __future__ import annotations

import sys


def _qt_check():
    from pulse_desktop.gui.qt_probe import qt_check

    return qt_check()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from pulse_desktop.gui.app import run_app

        return run_app()
    from pulse_desktop.cli.main import main as cli_main

    return cli_main(args, extra_checks=[_qt_check])


if __name__ == "__main__":
    raise SystemExit(main())
