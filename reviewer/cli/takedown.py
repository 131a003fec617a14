"""After the review, from the command line: ``lists``, ``match``, ``match-confirm``, ``export-hashes``,
``notice``, ``capture`` and ``complaint``, over reviewer.takedown (the same functions the window will use).

The passphrase is asked as for every vault command (prompt without echo, or REVIEWER_PASSPHRASE).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")
    parser.add_argument("--reviewer", help="reviewer name or key id (default: whoever the passphrase opens)")


def register(subparsers: argparse._SubParsersAction) -> None:
    lists = subparsers.add_parser("lists", help="hash lists: import one (HMA, CSV, VICS 2.0), list them")
    lists_sub = lists.add_subparsers(dest="lists_command", metavar="ACTION", required=True)
    imp = lists_sub.add_parser("import", help="check and store a hash list (signed record)")
    _vault_options(imp)
    imp.add_argument("file", type=Path, help="the list: HMA text lines, CSV with a header, or VICS 2.0 JSON")
    imp.add_argument("--name", help="a name for the list (default: the file name)")
    imp.add_argument("--format", choices=("hma", "csv", "vics"), help="the list's format (default: detected)")
    imp.add_argument("--origin", default="", help="where the list comes from (stored encrypted)")
    imp.add_argument("--case", help="store it in this case (default: a case of its own)")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=run_lists_import)
    show = lists_sub.add_parser("show", help="list the imported hash lists")
    _vault_options(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_lists_show)

    match = subparsers.add_parser("match", help="tell which media of a case were seen before or are on a list")
    _vault_options(match)
    match.add_argument("case", help="case id (or its start)")
    match.add_argument("--media", help="only this media (id or its start)")
    match.add_argument("--json", action="store_true", help="print JSON")
    match.set_defaults(handler=run_match)

    confirm = subparsers.add_parser("match-confirm", help="record (signed) your answer about one match")
    _vault_options(confirm)
    confirm.add_argument("case", help="case id (or its start)")
    confirm.add_argument("media", help="media id (or its start)")
    confirm.add_argument("number", type=int, help="the match number printed by `reviewer match`")
    confirm.add_argument("--decision", required=True, help="same-picture, different-picture or non-conclusive")
    confirm.add_argument("--note", default="", help="notes (stored encrypted)")
    confirm.set_defaults(handler=run_match_confirm)

    export = subparsers.add_parser("export-hashes", help="write a case's hashes: HMA list, StopNCII receipt, VICS 2.0")
    _vault_options(export)
    export.add_argument("case", help="case id (or its start)")
    export.add_argument("--format", required=True, choices=("hma", "stopncii", "vics"), dest="hash_format")
    export.add_argument("--out", type=Path, required=True, help="the file to write")
    export.set_defaults(handler=run_export_hashes)


def _session(args: argparse.Namespace):
    from reviewer.cli.vault import _unlock  # the one place the command line asks for a passphrase

    return _unlock(args)


def _say(text: str, **params) -> None:
    from reviewer.i18n import translate

    print(translate("takedown", text).format(**params), flush=True)


def run_lists_import(args: argparse.Namespace) -> int:
    from reviewer.takedown import wording
    from reviewer.takedown.seen_before import import_hash_list_file

    session = _session(args)
    try:
        case_id = session.vault.resolve_case(args.case) if args.case else None
        case_id, record, hashes = import_hash_list_file(session, args.file, name=args.name or args.file.name,
                                                        case_id=case_id, fmt=args.format, origin=args.origin)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps({"case": case_id, "record": record.id, "format": hashes.format, "counts": hashes.counts()}))
    else:
        _say(wording.LIST_IMPORTED, name=args.name or args.file.name, case=case_id, **hashes.counts())
    return 0


def run_lists_show(args: argparse.Namespace) -> int:
    from reviewer.takedown import wording

    session = _session(args)
    try:
        out = []
        for case in session.vault.cases():
            for record in session.vault.records(case["id"]):
                if record.type == "hashlist.imported":
                    view = session.decrypt_record(record)["body"]
                    counts = view["counts"]
                    out.append({"record": record.id, "case": case["id"], "name": view["name"], "time": record.time,
                                "format": view["format"], "counts": counts,
                                "total": sum(v for k, v in counts.items() if k not in ("ignored", "too_flat"))})
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    elif not out:
        _say(wording.NO_LISTS)
    for item in [] if args.json else out:
        _say(wording.LIST_LINE, **item)
    return 0


def run_match(args: argparse.Namespace) -> int:
    from reviewer.takedown import wording
    from reviewer.takedown.seen_before import SeenBefore

    session = _session(args)
    try:
        vault = session.vault
        case_id = vault.resolve_case(args.case)
        media_ids = [vault.resolve_media(case_id, args.media)] if args.media else [m["id"] for m in vault.media(case_id)]
        seen = SeenBefore.for_vault(session)
        results = {m: seen.lookup(case_id, vault.record(m).body) for m in media_ids}
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps({m: [h.to_json() for h in hits] for m, hits in results.items()}, ensure_ascii=False))
        return 0
    for media_id, hits in results.items():
        _say(wording.MEDIA_HEADER, media=media_id)
        if not hits:
            _say(wording.NOT_SEEN)
        for hit in hits:
            _say(wording.HIT_LINE, number=hit.number, text=hit.describe())
    if any(results.values()):
        _say(wording.HINT_CONFIRM)
    return 0


def run_match_confirm(args: argparse.Namespace) -> int:
    from reviewer.takedown import wording
    from reviewer.takedown.seen_before import confirm, find_matches, hit_numbered

    session = _session(args)
    try:
        vault = session.vault
        case_id = vault.resolve_case(args.case)
        media_id = vault.resolve_media(case_id, args.media)
        hit = hit_numbered(find_matches(session, case_id, media_id), args.number)
        record = confirm(session, case_id, media_id, hit, args.decision, args.note)
    finally:
        session.vault.close()
    _say(wording.MATCH_RECORDED, record=record.id)
    return 0


def run_export_hashes(args: argparse.Namespace) -> int:
    from reviewer.takedown import hashexports, wording
    from reviewer.takedown.writing import write_atomically
    from reviewer.vault.canonical import now_rfc3339

    session = _session(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        media = hashexports.case_media(session.vault, case_id)
    finally:
        session.vault.close()
    if args.hash_format == "hma":
        text = hashexports.hma_list(media)
    elif args.hash_format == "stopncii":
        text = hashexports.stopncii_receipt(media, case_id, now_rfc3339()[:10])
    else:
        text = json.dumps(hashexports.vics_json(media), ensure_ascii=False, indent=2) + "\n"
    write_atomically(args.out, text)
    _say(wording.WRITTEN, path=args.out)
    return 0
