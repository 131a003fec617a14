"""``reviewer gui``: open the window."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="open the reviewer's window")
    parser.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")
    parser.add_argument(
        "--quit-after", type=float, metavar="SECONDS", help="close after this many seconds (smoke tests)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer.paths import default_vault_dir
    from reviewer.ui.app import run_app

    return run_app(vault_dir=args.vault or default_vault_dir(), language=args.lang, quit_after=args.quit_after)
