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

    notice = subparsers.add_parser("notice", help="takedown notices: prepare (DSA, Pharos), log, reply, list, count")
    notice_sub = notice.add_subparsers(dest="notice_command", metavar="ACTION", required=True)
    prepare = notice_sub.add_parser("prepare", help="write a DSA Article 16 notice per URL (French and English) "
                                                    "and a Pharos summary into a folder")
    _vault_options(prepare)
    prepare.add_argument("case", help="case id (or its start)")
    prepare.add_argument("--out", type=Path, required=True, help="the folder to write into (created if needed)")
    prepare.set_defaults(handler=run_notice_prepare)
    sent = notice_sub.add_parser("log", help="record (signed) that a notice was sent")
    _vault_options(sent)
    sent.add_argument("case", help="case id (or its start)")
    sent.add_argument("--platform", required=True, help="the platform or host it was sent to")
    sent.add_argument("--channel", required=True, help="email, web-form, api, letter, pharos or other")
    sent.add_argument("--url", action="append", required=True, help="a URL the notice is about (repeatable)")
    sent.add_argument("--content", required=True, help="deepfake, ncii or csam")
    sent.add_argument("--at", help="when it was sent, e.g. '2026-03-14 21:05 +01:00' (default: now)")
    sent.add_argument("--notice-file", type=Path, help="the notice as sent (its SHA-256 is recorded)")
    sent.add_argument("--note", default="", help="notes (stored encrypted)")
    sent.set_defaults(handler=run_notice_log)
    reply = notice_sub.add_parser("reply", help="record (signed) the platform's reply or a new status")
    _vault_options(reply)
    reply.add_argument("case", help="case id (or its start)")
    reply.add_argument("notice", help="notice id (or its start), as `notice list` prints it")
    reply.add_argument("--status", required=True,
                       help="acknowledged, removed, disabled, restricted, refused, no-reply or withdrawn")
    reply.add_argument("--reply", default="", help="the platform's answer (stored encrypted)")
    reply.add_argument("--statement-id", default="", help="the platform's statement-of-reasons id")
    reply.add_argument("--at", help="when, e.g. '2026-03-15 09:30 +01:00' (default: now)")
    reply.set_defaults(handler=run_notice_reply)
    listing = notice_sub.add_parser("list", help="the notices of a case and their replies")
    _vault_options(listing)
    listing.add_argument("case", help="case id (or its start)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_notice_list)
    count = notice_sub.add_parser("count", help="yearly Article 22(3) counts (no personal data)")
    _vault_options(count)
    count.add_argument("--year", type=int, required=True)
    count.add_argument("--json", action="store_true", help="print JSON")
    count.set_defaults(handler=run_notice_count)

    capture = subparsers.add_parser("capture", help="web captures: import a WACZ/WARC or a screenshot, list, ingest")
    capture_sub = capture.add_subparsers(dest="capture_command", metavar="ACTION", required=True)
    cap_import = capture_sub.add_parser("import", help="seal a WACZ or WARC file in a case")
    _vault_options(cap_import)
    cap_import.add_argument("case", help="case id (or its start)")
    cap_import.add_argument("file", type=Path, help="the .wacz or .warc(.gz) file")
    cap_import.add_argument("--note", default="", help="notes (stored encrypted)")
    cap_import.add_argument("--json", action="store_true", help="print JSON")
    cap_import.set_defaults(handler=run_capture_import)
    shot = capture_sub.add_parser("screenshot", help="seal a full-page screenshot with the page's HTML")
    _vault_options(shot)
    shot.add_argument("case", help="case id (or its start)")
    shot.add_argument("--image", type=Path, required=True, help="the screenshot (PNG or JPEG)")
    shot.add_argument("--html", type=Path, required=True, help="the page's HTML as saved")
    shot.add_argument("--url", required=True, help="the page's address")
    shot.add_argument("--at", required=True, help="when it was taken, e.g. '2026-03-14 21:05 +01:00'")
    shot.add_argument("--note", default="", help="notes (stored encrypted)")
    shot.set_defaults(handler=run_capture_screenshot)
    cap_list = capture_sub.add_parser("list", help="the pictures and videos a capture holds")
    _vault_options(cap_list)
    cap_list.add_argument("capture", help="the capture's record id")
    cap_list.add_argument("--json", action="store_true", help="print JSON")
    cap_list.set_defaults(handler=run_capture_list)
    cap_ingest = capture_sub.add_parser("ingest", help="store a picture or video of a capture as a media of the case")
    _vault_options(cap_ingest)
    cap_ingest.add_argument("case", help="case id (or its start)")
    cap_ingest.add_argument("capture", help="the capture's record id")
    cap_ingest.add_argument("url", help="the picture's or video's URL, as `capture list` prints it")
    cap_ingest.add_argument("--platform", default="", help="platform or site")
    cap_ingest.set_defaults(handler=run_capture_ingest)

    complaint = subparsers.add_parser("complaint", help="write the complaint annex, pre-filled from the case, "
                                                        "for the victim's adviser to complete")
    _vault_options(complaint)
    complaint.add_argument("case", help="case id (or its start)")
    complaint.add_argument("--out", type=Path, required=True, help="the text file to write")
    complaint.add_argument("--author", default="", help="the suspected author, when known (default: X)")
    complaint.add_argument("--in", dest="annex_lang", choices=("fr", "en"), default="fr",
                           help="language of the annex (default: French)")
    complaint.set_defaults(handler=run_complaint)

    custody = subparsers.add_parser("custody", help="write a case's chain of custody as CASE/UCO JSON-LD")
    custody.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")
    custody.add_argument("case", help="case id (or its start)")
    custody.add_argument("--out", type=Path, required=True, help="the .jsonld file to write")
    custody.set_defaults(handler=run_custody)


def _session(args: argparse.Namespace):
    from reviewer.cli.vault import _unlock  # the one place the command line asks for a passphrase

    return _unlock(args)


def _say(template: str, /, **params) -> None:
    from reviewer.i18n import translate

    print(translate("takedown", template).format(**params), flush=True)


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


def run_notice_prepare(args: argparse.Namespace) -> int:
    from reviewer.takedown import notices, wording
    from reviewer.takedown.notifier import load_notifier
    from reviewer.takedown.writing import write_atomically
    from reviewer.translations import fixed_language
    from reviewer.vault.canonical import now_rfc3339

    session = _session(args)
    try:
        targets = notices.notice_targets(session, session.vault.resolve_case(args.case))
    finally:
        session.vault.close()
    notifier = load_notifier()
    date = now_rfc3339()[:10]
    texts = {}
    for number, target in enumerate(targets, 1):
        for lang in ("fr", "en"):
            texts[f"notice-{number}-{lang}.txt"] = notices.dsa_notice(target, notifier, date, fixed_language(lang))
    texts["pharos.txt"] = notices.pharos_summary(targets, notifier)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        write_atomically(args.out / name, text)
        _say(wording.WRITTEN, path=args.out / name)
    return 0


def run_notice_log(args: argparse.Namespace) -> int:
    from reviewer.takedown import notices, wording

    text = args.notice_file.read_text(encoding="utf-8") if args.notice_file else ""
    session = _session(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        record = notices.log_sent(session, case_id, platform=args.platform, channel=args.channel, urls=args.url,
                                  content_type=args.content, at=args.at, notice_text=text, notes=args.note)
    finally:
        session.vault.close()
    _say(wording.NOTICE_LOGGED, notice=record.id)
    return 0


def run_notice_reply(args: argparse.Namespace) -> int:
    from reviewer.takedown import notices, wording

    session = _session(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        notice_id = notices.resolve_notice(session, case_id, args.notice)
        record = notices.log_update(session, case_id, notice_id, status=args.status, at=args.at, reply=args.reply,
                                    statement_id=args.statement_id)
    finally:
        session.vault.close()
    _say(wording.REPLY_LOGGED, record=record.id)
    return 0


def run_notice_list(args: argparse.Namespace) -> int:
    from reviewer.i18n import translate
    from reviewer.takedown import notices, wording

    session = _session(args)
    try:
        log = notices.notices_log(session, session.vault.resolve_case(args.case))
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps([{"notice": n.id, "status": n.status, "entries": n.entries} for n in log], ensure_ascii=False))
        return 0
    if not log:
        _say(wording.NO_NOTICES)
    for notice in log:
        first = notice.first
        _say(wording.NOTICE_LINE, notice=notice.id, at=first["at"], platform=first["platform"],
             channel=first["channel"], status=translate("takedown", notices.STATUSES[notice.status]))
        for entry in notice.entries[1:]:
            _say(wording.REPLY_LINE, at=entry["at"], status=translate("takedown", notices.STATUSES[entry["status"]]),
                 statement=entry.get("statement_id") or "-")
    return 0


def run_notice_count(args: argparse.Namespace) -> int:
    from reviewer.takedown import notices, wording

    session = _session(args)
    try:
        counts = notices.yearly_counts(session, args.year)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps(counts.to_json(), ensure_ascii=False))
        return 0
    _say(wording.COUNT_TOTAL, year=counts.year, total=counts.total)
    for row in counts.rows:
        _say(wording.COUNT_LINE, **row)
    return 0


def run_capture_import(args: argparse.Namespace) -> int:
    from reviewer.media.describe import read_file_once
    from reviewer.media.limits import Limits
    from reviewer.takedown import wording
    from reviewer.takedown.captures import MAX_CAPTURE_BYTES, import_capture

    data = read_file_once(args.file, Limits(max_file_bytes=MAX_CAPTURE_BYTES + 1))
    session = _session(args)
    try:
        record, capture = import_capture(session, session.vault.resolve_case(args.case), data, name=args.file.name,
                                         notes=args.note)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps({"capture": record.id, "url": capture.url, "captured_at": capture.captured_at,
                          "items": [i.__dict__ for i in capture.items]}, ensure_ascii=False))
    else:
        _say(wording.CAPTURE_IMPORTED, capture=record.id, url=capture.url, at=capture.captured_at or "?",
             count=len(capture.items))
    return 0


def run_capture_screenshot(args: argparse.Namespace) -> int:
    from reviewer.media.describe import read_file_once
    from reviewer.takedown import wording
    from reviewer.takedown.captures import import_screenshot

    image, html = read_file_once(args.image), read_file_once(args.html)
    session = _session(args)
    try:
        record = import_screenshot(session, session.vault.resolve_case(args.case), image, html, url=args.url,
                                   captured_at=args.at, screenshot_name=args.image.name, html_name=args.html.name,
                                   notes=args.note)
    finally:
        session.vault.close()
    _say(wording.CAPTURE_IMPORTED, capture=record.id, url=args.url, at=record.body["captured_at"], count=1)
    return 0


def run_capture_list(args: argparse.Namespace) -> int:
    from reviewer.takedown import wording
    from reviewer.takedown.captures import capture_contents

    session = _session(args)
    try:
        capture = capture_contents(session, args.capture)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps([i.__dict__ for i in capture.items], ensure_ascii=False))
        return 0
    _say(wording.CAPTURE_HEADER, url=capture.url, at=capture.captured_at or "?")
    for item in capture.items:
        _say(wording.CAPTURE_ITEM, url=item.url, mime=item.mime, size=item.size)
    return 0


def run_capture_ingest(args: argparse.Namespace) -> int:
    from reviewer.takedown.captures import ingest_from_capture
    from reviewer.vault import wording as vault_wording
    from reviewer.i18n import translate

    session = _session(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        media_id = ingest_from_capture(session, case_id, args.capture, args.url, platform=args.platform,
                                       acquired_by=session.name)
        sha256 = session.vault.record(media_id).body["sha256"]
    finally:
        session.vault.close()
    print(translate("vault", vault_wording.MEDIA_INGESTED).format(file=args.url, media=media_id, sha256=sha256))
    return 0


def run_complaint(args: argparse.Namespace) -> int:
    from reviewer.takedown import wording
    from reviewer.takedown.complaint import complaint_annex
    from reviewer.takedown.writing import write_atomically
    from reviewer.translations import fixed_language
    from reviewer.vault.canonical import now_rfc3339

    session = _session(args)
    try:
        text = complaint_annex(session, session.vault.resolve_case(args.case), date=now_rfc3339()[:10],
                               author=args.author, translate=fixed_language(args.annex_lang))
    finally:
        session.vault.close()
    write_atomically(args.out, text)
    _say(wording.WRITTEN, path=args.out)
    return 0


def run_custody(args: argparse.Namespace) -> int:
    """No passphrase: the chain of custody is built from the records' clear parts only."""
    from reviewer.cli.vault import _vault_dir
    from reviewer.takedown import wording
    from reviewer.takedown.custody import case_uco_jsonld
    from reviewer.takedown.writing import write_atomically
    from reviewer.vault import Vault

    with Vault.open(_vault_dir(args), read_only=True) as vault:
        document = case_uco_jsonld(vault, vault.resolve_case(args.case))
    write_atomically(args.out, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    _say(wording.WRITTEN, path=args.out)
    return 0
