"""`pulse-desktop selftest [--json]`: is this install sound?"""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("selftest", help="check that the libraries load and the data folder is usable")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def run(args) -> int:
    from pulse_desktop.core.selftest import run_selftest

    report = run_selftest(args.extra_checks)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(f"PULSE Desktop {report['version']}")
        for check in report["checks"]:
            mark = "ok " if check["ok"] else ("FAIL" if check["essential"] else "warn")
            print(f"  [{mark}] {check['name']}: {check['detail']}")
        print("Install is sound." if report["ok"] else "Install is NOT sound: see the FAIL lines above.")
    return 0 if report["ok"] else 1
