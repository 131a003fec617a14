"""Vault commands: ``vault init|checkpoint``, ``key new|list|revoke``, ``case new|list``, ``ingest``,
``analyse``, ``review`` and ``verify``, over the same functions the window uses (``reviewer.casework``).

Passphrases come from a prompt without echo, or from ``REVIEWER_PASSPHRASE`` (and
``REVIEWER_NEW_PASSPHRASE`` for a new reviewer) in scripts; never from the command line, where other
users could read them in the process list and the shell history.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from reviewer.cli._analysis import add_analysis_options, analyse_stored
from reviewer.i18n import QT_TRANSLATE_NOOP

PASSPHRASE_ENV = "REVIEWER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "REVIEWER_NEW_PASSPHRASE"


def _vault_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, help="vault folder (default: in the user's data folder)")


def _reviewer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reviewer", help="reviewer name or key id (default: whoever the passphrase opens)")


def register(subparsers: argparse._SubParsersAction) -> None:
    vault = subparsers.add_parser("vault", help="create the evidence vault or print its checkpoints")
    vault_sub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    init = vault_sub.add_parser("init", help="create a new vault with its first reviewer")
    _vault_option(init)
    init.add_argument("--name", required=True, help="the first reviewer's name")
    init.add_argument("--no-recovery-key", action="store_true",
                      help="do not make the recovery key (a code printed once, to keep in a safe)")
    init.set_defaults(handler=run_init)
    checkpoint = vault_sub.add_parser("checkpoint", help="print the latest signed checkpoint (keep it outside the vault)")
    _vault_option(checkpoint)
    checkpoint.add_argument("--case", help="a case id (default: the whole vault's checkpoint)")
    checkpoint.set_defaults(handler=run_checkpoint)

    fingerprint = vault_sub.add_parser(
        "fingerprint", help="print the vault's key and its fingerprint, for recipients to check exhibits against")
    _vault_option(fingerprint)
    fingerprint.add_argument("--json", action="store_true", help="print JSON")
    fingerprint.set_defaults(handler=run_fingerprint)

    key = subparsers.add_parser("key", help="reviewer keys: enrol, list, revoke")
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    new = key_sub.add_parser("new", help="enrol a new reviewer (signed by you)")
    _vault_option(new)
    _reviewer_option(new)
    new.add_argument("name", help="the new reviewer's name")
    new.set_defaults(handler=run_key_new)
    listing = key_sub.add_parser("list", help="list reviewer keys")
    _vault_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_key_list)
    revoke = key_sub.add_parser(
        "revoke", help="revoke a reviewer key (signed by you); the vault's data key is renewed for what follows")
    _vault_option(revoke)
    target = revoke.add_mutually_exclusive_group(required=True)
    target.add_argument("--reviewer", dest="revoked", metavar="KEYID", help="the key id (or name) of the reviewer to revoke")
    target.add_argument("key_id", nargs="?", help="the same, given without --reviewer")
    revoke.add_argument("--by", dest="reviewer", help="who revokes: your name or key id (default: whoever the passphrase opens)")
    revoke.add_argument("--reason", default="", help="why (stored encrypted)")
    revoke.set_defaults(handler=run_key_revoke)

    case = subparsers.add_parser("case", help="cases: open, list")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    case_new = case_sub.add_parser("new", help="open a new case")
    _vault_option(case_new)
    _reviewer_option(case_new)
    case_new.add_argument("title", help="case title (stored encrypted)")
    case_new.add_argument("--notes", default="", help="notes (stored encrypted)")
    case_new.set_defaults(handler=run_case_new)
    case_list = case_sub.add_parser("list", help="list cases (titles need the passphrase)")
    _vault_option(case_list)
    _reviewer_option(case_list)
    case_list.add_argument("--json", action="store_true", help="print JSON")
    case_list.add_argument("--no-titles", action="store_true", help="do not ask for the passphrase; ids only")
    case_list.set_defaults(handler=run_case_list)
    case_show = case_sub.add_parser("show", help="where each media of a case stands: not reviewed, its decision, "
                                                 "suspected minor")
    _vault_option(case_show)
    _reviewer_option(case_show)
    case_show.add_argument("case", help="case id (or its start)")
    case_show.add_argument("--json", action="store_true", help="print JSON")
    case_show.set_defaults(handler=run_case_show)

    case_rename = case_sub.add_parser("rename", help="give a case a new title (a sealed case.renamed record)")
    _vault_option(case_rename)
    _reviewer_option(case_rename)
    case_rename.add_argument("case", help="case id (or a unique prefix)")
    case_rename.add_argument("title", help="the new title (stored encrypted)")
    case_rename.set_defaults(handler=run_case_rename)
    correct = case_sub.add_parser(
        "correct-time", help="record that the case's last records were dated ahead of the clock (a wrong clock)")
    _vault_option(correct)
    _reviewer_option(correct)
    correct.add_argument("case", help="case id (or a unique prefix)")
    correct.add_argument("--note", default="", help="what happened (stored encrypted)")
    correct.set_defaults(handler=run_case_correct_time)
    case_remove = case_sub.add_parser(
        "remove", help="remove a media added by mistake: its stored file destroyed, hashes and records kept")
    _vault_option(case_remove)
    _reviewer_option(case_remove)
    case_remove.add_argument("case", help="case id (or a unique prefix)")
    case_remove.add_argument("media", help="media id (or a unique prefix)")
    case_remove.add_argument("--reason", required=True, help="why it is removed (stored encrypted)")
    case_remove.set_defaults(handler=run_case_remove)

    ingest = subparsers.add_parser("ingest", help="hash and store files in a case (encrypted)")
    _vault_option(ingest)
    _reviewer_option(ingest)
    ingest.add_argument("case", help="case id (or its start)")
    ingest.add_argument("files", nargs="+", metavar="FILE")
    ingest.add_argument("--url", help="where the file was seen")
    ingest.add_argument("--platform", help="platform or site")
    ingest.add_argument("--account", help="account that posted it")
    ingest.add_argument("--seen", help="date it was seen (as written)")
    ingest.add_argument("--seen-at", help="date, time of day and time zone it was seen, e.g. '2026-03-14 21:05 +01:00'")
    ingest.add_argument("--acquired-by", default="", help="who acquired the file")
    ingest.add_argument("--how", default="", help="how it was acquired")
    ingest.add_argument("--json", action="store_true", help="print JSON lines")
    ingest.add_argument("--analyse", action="store_true",
                        help="also record the detection and heatmaps the window records (as `reviewer analyse`)")
    add_analysis_options(ingest)
    ingest.set_defaults(handler=run_ingest)

    analyse = subparsers.add_parser(
        "analyse", help="record the detection and heatmaps the window records, for media that lack them")
    _vault_option(analyse)
    _reviewer_option(analyse)
    analyse.add_argument("case", help="case id (or its start)")
    analyse.add_argument("media", nargs="*", metavar="MEDIA", help="media ids or their starts (default: every media)")
    add_analysis_options(analyse)
    analyse.add_argument("--json", action="store_true", help="print JSON lines")
    analyse.set_defaults(handler=run_analyse)

    review = subparsers.add_parser("review", help="seal a review of one media")
    _vault_option(review)
    _reviewer_option(review)
    review.add_argument("case", help="case id (or its start)")
    review.add_argument("media", help="media id (or its start)")
    review.add_argument("--label", action="append", required=True,
                        help="a label (repeatable): sexual-deepfake-adult, suspected-minor, "
                             "intimate-image-nonconsensual, manipulated-not-sexual, not-sexual, "
                             "no-manipulation-found, non-conclusive")
    review.add_argument("--qualification", default="", help="legal qualification")
    review.add_argument("--note", default="", help="notes (stored encrypted)")
    review.add_argument("--corrects", metavar="RECORD",
                        help="seal a correction of the media's current decision (its record id, as `case show` "
                             "prints it)")
    review.add_argument("--json", action="store_true", help="print JSON")
    review.set_defaults(handler=run_review)

    verify = subparsers.add_parser("verify", help="verify the vault and name the first thing wrong")
    _vault_option(verify)
    verify.add_argument("--case", help="only this case (and the key log)")
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.add_argument("--checkpoint", action="append", type=Path, default=[], metavar="FILE",
                        help="a checkpoint kept outside the vault (repeatable)")
    verify.add_argument("--decrypt", action="store_true",
                        help="also decrypt and check every encrypted field and file (asks the passphrase)")
    _reviewer_option(verify)
    verify.set_defaults(handler=run_verify)


# -- helpers ---------------------------------------------------------------------------------------------


def _vault_dir(args: argparse.Namespace) -> Path:
    from reviewer.paths import default_vault_dir

    return args.vault or default_vault_dir()


def _ask(prompt: str, env: str) -> str:
    """A passphrase from ``env`` or a prompt without echo; ``NoPassphrase`` when neither is possible."""
    from reviewer.vault import NoPassphrase

    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise NoPassphrase()
    import getpass

    return getpass.getpass(prompt)


def _new_passphrase(env: str) -> str:
    """A new passphrase from ``env`` or typed twice. The policy (reviewer.vault.passphrase_policy) is
    applied by the vault itself, whichever way it came; a typed one is checked at once, before asking again."""
    from reviewer.i18n import translate
    from reviewer.vault import passphrase_policy, wording

    if os.environ.get(env) is not None:
        return os.environ[env]
    prompt = translate("vault", wording.NEW_PASSPHRASE_PROMPT).format(minimum=passphrase_policy.MIN_LENGTH)
    first = _ask(prompt, env)
    passphrase_policy.check_new_passphrase(first)
    passphrase_policy.check_repeated(first, _ask(translate("vault", wording.REPEAT_PASSPHRASE), env))
    return first


def _unlock(args: argparse.Namespace):
    from reviewer.i18n import translate
    from reviewer.vault import Vault, wording

    vault = Vault.open(_vault_dir(args))
    try:
        return vault.unlock(_ask(translate("vault", wording.PASSPHRASE_PROMPT), PASSPHRASE_ENV), args.reviewer)
    except BaseException:
        vault.close()
        raise


MAX_CHECKPOINT_FILE_BYTES = 64 * 1024  # a checkpoint note is a few hundred bytes


def _read_checkpoint(path: Path) -> str:
    """The text of a checkpoint file kept outside the vault; ``CheckpointFileUnreadable`` when it cannot be
    read or is not text (a checkpoint is a few lines of UTF-8)."""
    from reviewer.cli._small_files import read_small_file
    from reviewer.vault.errors import CheckpointFileUnreadable

    data = read_small_file(path, MAX_CHECKPOINT_FILE_BYTES, CheckpointFileUnreadable)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CheckpointFileUnreadable(str(exc), path=str(path)) from exc


def _say(text: str, **params) -> None:
    from reviewer.i18n import translate

    print(translate("vault", text).format(**params), flush=True)


# -- handlers --------------------------------------------------------------------------------------------


def run_init(args: argparse.Namespace) -> int:
    from reviewer.vault import Vault, wording

    path = _vault_dir(args)
    session = Vault.create(path, reviewer_name=args.name, passphrase=_new_passphrase(PASSPHRASE_ENV))
    try:
        recovery = None if args.no_recovery_key else session.enroll_recovery_key()
        fingerprint = session.vault.fingerprint
    finally:
        session.vault.close()
    _say(wording.VAULT_CREATED, path=path, name=session.name, key=session.key_id)
    if recovery is not None:
        _say(wording.RECOVERY_KEY_CREATED, key=recovery[0], code=recovery[1])
    _say(wording.FINGERPRINT_LINE, fingerprint=fingerprint)
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    from reviewer.vault import Vault

    with Vault.open(_vault_dir(args), read_only=True) as vault:
        note = vault.checkpoint(vault.resolve_case(args.case)) if args.case else vault.vault_checkpoint()
    sys.stdout.write(note)
    return 0


def run_fingerprint(args: argparse.Namespace) -> int:
    """Print the vault's checkpoint key (vkey) on a line of its own, then its fingerprint on the next;
    what to do with them goes to stderr, so the output can be copied or parsed as is."""
    from reviewer.i18n import translate
    from reviewer.vault import Vault, wording

    from reviewer.vault.checkpoint import fingerprint as fingerprint_of

    with Vault.open(_vault_dir(args), read_only=True) as vault:
        vkey, fingerprint = vault.vkey, vault.fingerprint
        chain = vault.checkpoint_keys
    # After a revocation the key that signs is another (docs/vault-format.md 4.8): it follows the identity, on two
    # more lines, so that the first two stay what they always were.
    current = chain.current.vkey() if chain.rotations else None
    if args.json:
        out = {"vkey": vkey, "fingerprint": fingerprint}
        if current is not None:
            out["current"] = {"vkey": current, "fingerprint": fingerprint_of(current), "since": chain.rotations[-1].time}
        print(json.dumps(out))
        return 0
    print(vkey)
    print(fingerprint, flush=True)
    if current is not None:
        print(current)
        print(fingerprint_of(current), flush=True)
    print(translate("vault", wording.FINGERPRINT_HELP), file=sys.stderr)
    if current is not None:
        print(translate("vault", wording.FINGERPRINT_REPLACED).format(time=chain.rotations[-1].time), file=sys.stderr)
    return 0


def run_key_new(args: argparse.Namespace) -> int:
    from reviewer.vault import wording

    session = _unlock(args)
    try:
        key = session.enroll(args.name, _new_passphrase(NEW_PASSPHRASE_ENV))
    finally:
        session.vault.close()
    _say(wording.KEY_ENROLLED, name=args.name, key=key)
    return 0


def run_key_list(args: argparse.Namespace) -> int:
    from reviewer.i18n import translate
    from reviewer.vault import Vault, wording

    with Vault.open(_vault_dir(args), read_only=True) as vault:
        reviewers = vault.reviewers()
    if args.json:
        print(json.dumps(reviewers, ensure_ascii=False))
        return 0
    for item in reviewers:
        status = translate("vault", wording.ACTIVE if item["active"] else wording.REVOKED)
        _say(wording.KEY_LINE, key=item["key_id"], name=item["name"], status=status, enrolled=item["enrolled"])
    return 0


def run_key_revoke(args: argparse.Namespace) -> int:
    from reviewer.vault import wording

    session = _unlock(args)
    try:
        wanted = args.revoked or args.key_id
        # A key id, or the name of an active reviewer (the key log names each once).
        found = [r for r in session.vault.reviewers() if wanted in (r["key_id"], r["name"]) and r["active"]]
        key_id = found[0]["key_id"] if len(found) == 1 else wanted
        session.revoke(key_id, args.reason)
    finally:
        session.vault.close()
    _say(wording.KEY_REVOKED, key=key_id)
    return 0


def run_case_new(args: argparse.Namespace) -> int:
    from reviewer.vault import wording

    session = _unlock(args)
    try:
        case_id = session.new_case(args.title, notes=args.notes)
    finally:
        session.vault.close()
    _say(wording.CASE_OPENED, case=case_id)
    return 0


def run_case_list(args: argparse.Namespace) -> int:
    from reviewer.vault import Vault, wording

    if args.no_titles:
        with Vault.open(_vault_dir(args), read_only=True) as vault:
            cases = [{**c, "title": ""} for c in vault.cases()]
    else:
        session = _unlock(args)
        try:
            cases = session.cases()
        finally:
            session.vault.close()
    if args.json:
        print(json.dumps(cases, ensure_ascii=False))
        return 0
    if not cases:
        _say(wording.NO_CASES)
    for case in cases:
        _say(wording.CASE_LINE, case=case["id"], opened=case["opened"], records=case["records"],
             media=case["media"], title=case["title"])
    return 0


CASE_RENAMED = QT_TRANSLATE_NOOP("cli", "Case {case} renamed; the new title is sealed in its log.")
CASE_TITLE_UNCHANGED = QT_TRANSLATE_NOOP("cli", "Case {case} already has this title; nothing was recorded.")
MEDIA_REMOVED = QT_TRANSLATE_NOOP(
    "cli", "Media {media} removed from case {case}: its stored file is destroyed; its hashes, its records and this "
           "removal (record {record}) stay in the log.")


TIMES_CORRECTED = QT_TRANSLATE_NOOP(
    "cli", "Recorded in case {case} (record {record}): its records dated after this computer's clock ({now}) are "
           "noted as wrongly dated (records corrected: {count}); they keep their dates, the correction is shown "
           "beside them, and the case takes records again.")


def run_case_correct_time(args: argparse.Namespace) -> int:
    """``reviewer case correct-time CASE``: a ``time.corrected`` record (``CaseService.correct_times``)."""
    from reviewer.casework import CaseService
    from reviewer.i18n import translate

    session = _unlock(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        record = CaseService(session).correct_times(case_id, args.note)
    finally:
        session.vault.close()
    from reviewer import local_format
    from reviewer.i18n import language_of

    print(translate("cli", TIMES_CORRECTED).format(case=case_id, record=record.id, count=record.body["ahead"],
                                                   now=local_format.date_time(record.time, language_of(translate))))
    return 0


def run_case_rename(args: argparse.Namespace) -> int:
    """``reviewer case rename CASE TITLE``: the window's Rename the case (``CaseService.rename_case``)."""
    from reviewer.casework import CaseService
    from reviewer.i18n import translate

    session = _unlock(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        record = CaseService(session).rename_case(case_id, args.title)
    finally:
        session.vault.close()
    print(translate("cli", CASE_RENAMED if record is not None else CASE_TITLE_UNCHANGED).format(case=case_id))
    return 0


def run_case_remove(args: argparse.Namespace) -> int:
    """``reviewer case remove CASE MEDIA --reason``: the window's Remove from the case (``CaseService.remove_media``;
    a suspected minor is refused there too)."""
    from reviewer.casework import CaseService
    from reviewer.i18n import translate

    session = _unlock(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        media_id = session.vault.resolve_media(case_id, args.media)
        record = CaseService(session).remove_media(case_id, media_id, args.reason)
    finally:
        session.vault.close()
    print(translate("cli", MEDIA_REMOVED).format(media=media_id, case=case_id, record=record.id))
    return 0


def run_case_show(args: argparse.Namespace) -> int:
    """One line per media of the case: its name, where it stands (``casework.review_state``), who sealed its
    current decision and when, in the reader's language; ``--json`` gives the same as data."""
    from reviewer import local_format
    from reviewer.casework import CaseService
    from reviewer.i18n import translate
    from reviewer.translations import default_language
    from reviewer.vault import wording

    session = _unlock(args)
    try:
        service = CaseService(session)
        case_id = session.vault.resolve_case(args.case)
        model = service.open_case(case_id)
        states = service.review_states(case_id)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps([_state_json(media_id, model.get(media_id).name, state)
                          for media_id, state in states.items()], ensure_ascii=False))
        return 0
    language = getattr(args, "lang", None) or default_language()
    for media_id, state in states.items():
        decision = state.decision
        line = translate("vault", wording.MEDIA_STATE_LINE).format(
            media=media_id[:12], name=model.get(media_id).name, state=state.text())
        if decision is not None:
            line += translate("vault", wording.MEDIA_DECISION_BY).format(
                who=decision.signed.signer_name, when=local_format.date_time(decision.signed.time, language),
                record=decision.signed.record[:12])
            if decision.corrects is not None:
                line += translate("vault", wording.MEDIA_DECISION_CORRECTS).format(
                    when=local_format.date_time(decision.corrects.time, language))
        print(line, flush=True)
    return 0


def _state_json(media_id: str, name: str, state) -> dict:
    decision = state.decision
    out = {"media": media_id, "name": name, "mark": state.mark.value, "main_label": state.main_label,
           "withheld_as_minor": state.withheld_as_minor, "decision": None}
    if decision is not None:
        out["decision"] = {"record": decision.signed.record, "labels": list(decision.labels),
                           "time": decision.signed.time, "signer": decision.signed.signer,
                           "signer_name": decision.signed.signer_name,
                           "corrects": decision.corrects.record if decision.corrects else None}
    return out


def run_ingest(args: argparse.Namespace) -> int:
    from reviewer.casework import CaseService
    from reviewer.i18n import translate
    from reviewer.media import MediaError
    from reviewer.vault import wording

    from reviewer.takedown.times import parse_local_time

    source = {"url": args.url, "platform": args.platform, "account": args.account, "seen": args.seen,
              "seen_at": parse_local_time(args.seen_at) if args.seen_at else None}
    source = source if any(source.values()) else None
    session = _unlock(args)
    status = 0
    try:
        service = CaseService(session)
        case_id = session.vault.resolve_case(args.case)
        stored = []
        for path in args.files:
            try:
                # Read once, streamed into the encrypted store (a video is never held in memory).
                media_id, media = service.add_file(case_id, path, source=source, acquired_by=args.acquired_by,
                                                   how=args.how)
            except MediaError as error:
                status = 1
                if args.json:
                    print(json.dumps({"file": path, **error.to_json()}, ensure_ascii=False), flush=True)
                else:
                    print(f"{path}: {error.message}", file=sys.stderr, flush=True)
                continue
            stored.append(media_id)
            # A partial video is stored, never as a plain success: what it lacks is said beside it.
            video_signals = [s for s in media.signals if s.id.startswith("video.")]
            del media  # a video may be large: one file in memory at a time
            sha256 = service.case(case_id).get(media_id).sha256
            if args.json:
                print(json.dumps({"file": path, "media": media_id, "sha256": sha256,
                                  "video_signals": [s.to_json() for s in video_signals]}), flush=True)
            else:
                _say(wording.MEDIA_INGESTED, file=path, media=media_id, sha256=sha256)
                for signal in video_signals:
                    print(f"  {translate('media', signal.meaning)} ({signal.value})", flush=True)
        if args.analyse and stored:
            analyse_stored(service, case_id, stored, args)
    finally:
        session.vault.close()
    return status


def run_analyse(args: argparse.Namespace) -> int:
    from reviewer.casework import CaseService

    session = _unlock(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        media_ids = [session.vault.resolve_media(case_id, prefix) for prefix in args.media]
        analyse_stored(CaseService(session), case_id, media_ids or None, args)
    finally:
        session.vault.close()
    return 0


def run_review(args: argparse.Namespace) -> int:
    from reviewer.vault import wording

    session = _unlock(args)
    try:
        case_id = session.vault.resolve_case(args.case)
        media_id = session.vault.resolve_media(case_id, args.media)
        corrects = args.corrects
        if corrects:  # the start of the current decision's record id, as `case show` prints it
            from reviewer.casework import CaseService

            decision = CaseService(session).review_state(case_id, media_id).decision
            if decision is not None and decision.signed.record.startswith(corrects.lower()):
                corrects = decision.signed.record
        record = session.seal_review(case_id, media_id, labels=args.label, qualification=args.qualification,
                                     notes=args.note, supersedes=corrects)
        head = session.head  # a copy of the head outside the machine shows a later rollback or fork
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps({"record": record.id, "case": case_id, "seq": record.seq, "head": head}))
    else:
        _say(wording.REVIEW_SEALED, record=record.id, seq=record.seq, case=case_id)
        _say(wording.HEAD_AFTER_SEAL)
        sys.stdout.write(head)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Exit status 0 when the vault verifies, 2 when it does not (1 for errors such as a missing vault).

    Keys whose passphrase derivation is below the policy are named (``weak_keys`` in JSON); they do not
    change the status, since the records are intact. A vault too damaged to open or unlock is reported
    as verification words it (``reviewer.vault.folder_verification``).
    """
    from reviewer.i18n import translate
    from reviewer.vault import wording
    from reviewer.vault.folder_verification import verify_folder

    outside = [_read_checkpoint(path) for path in args.checkpoint]

    def unlock(vault):
        return vault.unlock(_ask(translate("vault", wording.PASSPHRASE_PROMPT), PASSPHRASE_ENV), args.reviewer)

    report, weak = verify_folder(_vault_dir(args), case=args.case, unlock=unlock if args.decrypt else None,
                                 trusted_checkpoints=outside)
    if args.json:
        print(json.dumps({**report.to_json(), "weak_keys": weak}, ensure_ascii=False))
    else:
        print(report.text())
        for key in weak:  # the records are intact, but this key's passphrase is cheaper to guess than it must be
            _say(wording.WEAK_KEY, name=key["name"], key=key["key_id"])
    return 0 if report.ok else 2
