"""The ``reviewer`` command line.

Each module in this package adds its own subcommands through ``register(subparsers)`` and imports
its heavy dependencies (Qt, onnxruntime, OpenCV) inside its handlers, so ``reviewer --version`` and
``reviewer inspect`` start fast. Modules are found by name, so adding a command touches one file.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sqlite3
import sys

from reviewer import __version__
from reviewer.errors import ReviewerError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Offline review of reported intimate images, with a signed evidence vault.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--verbose", action="store_true",
                        help="with --version: also the versions of the libraries that produce results")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of messages (default: from the system)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit status."""
    from reviewer.hardening import harden_process

    harden_process()  # first: no core dump of keys or pixels, whatever the command (reviewer.hardening)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"reviewer {__version__}")
        if args.verbose:
            from reviewer.libraries import versions_text

            print(versions_text())
        return 0
    if sys.platform == "win32":
        # onnxruntime must load its DLLs before Qt's on Windows, and translations imports QtCore.
        import onnxruntime  # noqa: F401

    from reviewer import translations

    translations.install(args.lang or translations.default_language())
    if args.command is None:
        # A double-clicked launcher passes no arguments: open the window.
        args = parser.parse_args(["gui"])
    try:
        try:
            return int(args.handler(args) or 0)
        except sqlite3.Error as exc:
            # The one place where a command meets a damaged vault file (a flipped byte in a page, a cell
            # that is not UTF-8) without a check of its own: plain words, never a traceback.
            from reviewer.vault.store import typed_error

            raise typed_error(exc) from exc
    except ReviewerError as error:
        if getattr(args, "json", False):
            print(json.dumps(error.to_json(), ensure_ascii=False))
        else:
            print(f"reviewer: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
