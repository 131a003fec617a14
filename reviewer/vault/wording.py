"""Plain-words texts about the vault that any front end shows (command line, window).

Kept with the vault so that its words live in one translation domain (vault_fr.ts), whichever front
end displays them. Translate at display time: ``translate("vault", TEXT).format(...)``.
"""

from __future__ import annotations

from reviewer.i18n import QT_TRANSLATE_NOOP

PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("vault", "Passphrase: ")
NEW_PASSPHRASE_PROMPT = QT_TRANSLATE_NOOP("vault", "Choose a passphrase (at least {minimum} characters): ")
REPEAT_PASSPHRASE = QT_TRANSLATE_NOOP("vault", "Type the same passphrase again: ")
VAULT_CREATED = QT_TRANSLATE_NOOP("vault", "Evidence vault created in {path}. Reviewer {name}, key {key}.")
CASE_OPENED = QT_TRANSLATE_NOOP("vault", "Case opened: {case}")
MEDIA_INGESTED = QT_TRANSLATE_NOOP("vault", "{file}: stored as media {media} (SHA-256 {sha256})")
REVIEW_SEALED = QT_TRANSLATE_NOOP("vault", "Review sealed: record {record} (position {seq} in case {case})")
KEY_ENROLLED = QT_TRANSLATE_NOOP("vault", "Reviewer {name} enrolled with key {key}.")
KEY_REVOKED = QT_TRANSLATE_NOOP(
    "vault", "Key {key} revoked: it can no longer sign, and what is recorded from now on is encrypted with a new "
             "key it cannot open.")
ACTIVE = QT_TRANSLATE_NOOP("vault", "active")
REVOKED = QT_TRANSLATE_NOOP("vault", "revoked")
NO_CASES = QT_TRANSLATE_NOOP("vault", "No cases yet.")
CASE_LINE = QT_TRANSLATE_NOOP("vault", "{case}  opened {opened}  {records} records, {media} media  {title}")
MEDIA_STATE_LINE = QT_TRANSLATE_NOOP("vault", "{media}  {name}  {state}")
MEDIA_DECISION_BY = QT_TRANSLATE_NOOP("vault", ", sealed by {who} on {when} (record {record})")
MEDIA_DECISION_CORRECTS = QT_TRANSLATE_NOOP("vault", " (corrects the decision of {when})")
WEAK_KEY = QT_TRANSLATE_NOOP(
    "vault", "Warning: the passphrase of {name} (key {key}) is protected by a key derivation weaker than this "
             "version requires. It is strengthened the next time {name} unlocks the vault.")
KEY_LINE = QT_TRANSLATE_NOOP("vault", "{key}  {name}  {status}  enrolled {enrolled}")
FINGERPRINT_HELP = QT_TRANSLATE_NOOP(
    "vault",
    "Above: this vault's key, then its fingerprint. Give the fingerprint to each recipient of an exhibit "
    "through another channel than the exhibit itself (read it aloud on the telephone, print it on a letter). "
    "They check the exhibit with: python verify_exhibit.py --expect-key FINGERPRINT BUNDLE.zip")
FINGERPRINT_REPLACED = QT_TRANSLATE_NOOP(
    "vault",
    "The third and fourth lines: the key that signs this vault now, and its fingerprint. It replaced the first one "
    "on {time}, when a reviewer was revoked. Recipients may check an exhibit with either fingerprint; only this "
    "second one also rules out an exhibit made from an old copy of the vault by someone who has left.")
RECOVERY_KEY_CREATED = QT_TRANSLATE_NOOP(
    "vault",
    "Recovery key {key} enrolled. Its code, shown only this once:\n\n    {code}\n\n"
    "Print it and keep it in the organisation's safe. With it (--reviewer \"Recovery key\", the code as "
    "passphrase) the vault opens even if every passphrase is forgotten, and a new reviewer can be enrolled.")
FINGERPRINT_LINE = QT_TRANSLATE_NOOP(
    "vault", "Vault fingerprint (give it to recipients of exhibits by telephone or letter): {fingerprint}")
HEAD_AFTER_SEAL = QT_TRANSLATE_NOOP(
    "vault", "The vault's signed head after this seal (keep a copy outside this computer, e.g. by e-mail to "
             "yourself: it shows later whether the vault was rolled back or forked):")
TIMESTAMP_REQUEST_WRITTEN = QT_TRANSLATE_NOOP(
    "vault",
    "Timestamp request written to {path}. It covers the vault's signed state of {size} checkpoints. On a "
    "computer connected to the internet, send this file to a timestamp authority (RFC 3161), keep its reply "
    "(.tsr) and its certificate with its certification authority's (.pem), then import the reply here with: "
    "reviewer timestamp import REPLY.tsr --tsa-cert CERTIFICATES.pem")
TIMESTAMP_SEALED = QT_TRANSLATE_NOOP(
    "vault", "Trusted timestamp sealed (record {record}): {tsa} states that the vault's signed state of {size} "
             "checkpoints existed at {time}.")
