"""``reviewer selftest``: check the installed application (model files, detector, vault, Qt) offline."""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "selftest", help="check that this installation works: model files, detector, vault and window system"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--no-qt", action="store_true", help="skip the window-system check")
    # The child process of the Qt check (see reviewer.selftest.check_qt); not for people.
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer import selftest

    if args.qt_probe:
        return selftest.qt_probe()

    report = selftest.run_selftest(qt=not args.no_qt)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    return 0 if report.ok else 1
