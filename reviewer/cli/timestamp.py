"""``reviewer timestamp request|import``: trusted timestamps (RFC 3161) of the vault, made offline.

The application never connects: ``request`` writes a standard request file over the vault's signed
head; the user sends it to any RFC 3161 timestamp authority from a connected computer and brings back
the reply, which ``import`` checks offline and seals (``reviewer.vault.timestamps``,
docs/vault-format.md 4.6). ``reviewer verify`` checks every sealed timestamp again and reports its time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    timestamp = subparsers.add_parser("timestamp", help="trusted timestamps (RFC 3161) of the vault, made offline")
    actions = timestamp.add_subparsers(dest="timestamp_command", metavar="ACTION", required=True)

    request = actions.add_parser("request", help="write a timestamp request (.tsq) over the vault's signed head")
    request.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")
    request.add_argument("--out", type=Path, required=True, metavar="FILE.tsq", help="the request file to write")
    request.add_argument("--json", action="store_true", help="print JSON")
    request.set_defaults(handler=run_request)

    imported = actions.add_parser("import", help="check a timestamp reply (.tsr) offline and seal it in the vault")
    imported.add_argument("reply", type=Path, metavar="FILE.tsr", help="the authority's reply")
    imported.add_argument("--tsa-cert", type=Path, required=True, metavar="CERT.pem",
                          help="PEM file: the authority's certificate, then its certification authority's")
    imported.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")
    imported.add_argument("--reviewer", help="reviewer name or key id (default: whoever the passphrase opens)")
    imported.add_argument("--json", action="store_true", help="print JSON")
    imported.set_defaults(handler=run_import)


def _read(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` (``TimestampFileUnreadable`` when it is none, or larger than
    ``limit``: never a wait on a FIFO, never a device read to the end)."""
    from reviewer.cli._small_files import read_small_file
    from reviewer.vault import TimestampFileUnreadable

    return read_small_file(path, limit, TimestampFileUnreadable)


def run_request(args: argparse.Namespace) -> int:
    from reviewer.cli.vault import _say, _vault_dir
    from reviewer.vault import TimestampFileUnwritable, Vault, wording
    from reviewer.vault.checkpoint import peek_checkpoint

    with Vault.open(_vault_dir(args), read_only=True) as vault:
        pending = vault.request_timestamp()
    try:
        with open(args.out, "wb") as handle:
            handle.write(pending.request)
    except OSError as exc:
        with contextlib.suppress(OSError):  # a partly written request must not be sent
            os.unlink(args.out)
        raise TimestampFileUnwritable(str(exc), path=args.out) from exc
    size = peek_checkpoint(pending.note).size
    if args.json:
        print(json.dumps({"request": str(args.out), "vault": pending.vault_id, "vault_size": size,
                          "nonce": str(pending.nonce), "note": pending.note}))
    else:
        _say(wording.TIMESTAMP_REQUEST_WRITTEN, path=args.out, size=size)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from reviewer.cli.vault import _say, _unlock
    from reviewer.vault import wording
    from reviewer.vault.checkpoint import peek_checkpoint
    from reviewer.vault.timestamps import MAX_CERT_FILE_BYTES, MAX_REPLY_BYTES

    reply = _read(args.reply, MAX_REPLY_BYTES)
    certificates = _read(args.tsa_cert, MAX_CERT_FILE_BYTES)
    session = _unlock(args)
    try:
        record, token = session.seal_timestamp(reply, certificates)
    finally:
        session.vault.close()
    size = peek_checkpoint(record.body["note"]).size
    if args.json:
        print(json.dumps({"record": record.id, "seq": record.seq, "gen_time": token.gen_time, "tsa": token.tsa,
                          "vault_size": size}, ensure_ascii=False))
    else:
        _say(wording.TIMESTAMP_SEALED, record=record.id, tsa=token.tsa, size=size, time=token.gen_time)
    return 0
