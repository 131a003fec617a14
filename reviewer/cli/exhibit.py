"""``reviewer export`` (write an exhibit bundle for one case) and ``reviewer verify-exhibit``.

The passphrase is asked as for every vault command (prompt without echo, or REVIEWER_PASSPHRASE).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="export one case as a verifiable exhibit (zip)")
    export.add_argument("case", help="case id (or the start of it)")
    export.add_argument("--out", type=Path, required=True, help="the .zip file to write")
    export.add_argument("--include-originals", action="store_true",
                        help="also include original files (never for media labelled suspected minor)")
    # dest differs from the global --lang (messages) so both can be given.
    export.add_argument("--lang", dest="report_lang", choices=("fr", "en"), help="language of the PDF report")
    export.add_argument("--recipient", default="", help="who the exhibit is for (recorded in the vault)")
    export.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")
    export.add_argument("--reviewer", help="reviewer name or key id (default: whoever the passphrase opens)")
    export.set_defaults(handler=run_export)

    verify = subparsers.add_parser("verify-exhibit", help="check an exhibit bundle (same as its verify_exhibit.py)")
    verify.add_argument("bundle", type=Path, help="the exhibit .zip file or unpacked folder")
    verify.add_argument("--expect-key", metavar="KEY",
                        help="the sending vault's key or fingerprint, obtained through another channel "
                             "(without it the exit status is 3: origin not established)")
    verify.set_defaults(handler=run_verify)


def run_export(args: argparse.Namespace) -> int:
    from reviewer import translations
    from reviewer.cli.vault import _unlock  # the one place the command line asks for a passphrase
    from reviewer.exhibit.bundle import export_case

    lang = args.report_lang or args.lang or translations.default_language()
    session = _unlock(args)
    vault = session.vault
    try:
        case_id = vault.resolve_case(args.case)

        def progress(done: int, total: int, step: str) -> None:
            print(f"[{done + 1}/{total}] {step}", file=sys.stderr)

        result = export_case(vault, session, case_id, args.out, include_originals=args.include_originals,
                             lang=lang, recipient=args.recipient, progress=progress)
    finally:
        vault.close()
    print(f"{result.path}\nsha256 {result.sha256}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from reviewer import translations
    from reviewer.exhibit.verify import run_verifier

    return run_verifier(args.bundle, args.lang or translations.default_language(), args.expect_key)
