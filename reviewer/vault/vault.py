"""The vault facade: ``Vault`` (read, verify, prove) and ``VaultSession`` (an unlocked reviewer who writes).

Every write is one SQLite transaction that appends the record, signs a checkpoint of its log, adds
that checkpoint to the vault-level log and signs the new vault head, so a crash leaves either all of
it or none. Blob files are made durable before that transaction starts.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import hmac
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from reviewer.errors import Moment
from reviewer.vault import crypto, head_check, heads, key_rotation, keys, keystore, minors, proofs, thumbnails, timestamps
from reviewer.vault.blobs import BlobProblem, BlobStore
from reviewer.vault.canonical import NotCanonical, b64u, from_b64u, now_rfc3339, parse_canonical, to_record_json
from reviewer.vault.checkpoint import (Checkpoint, NoteVerifier, fingerprint, key_name_of, open_checkpoint,
                                       origin_of, peek_checkpoint, sign_checkpoint)
from reviewer.vault.keys import OLDER_DATA_KEYS
from reviewer.vault.errors import (
    AmbiguousId,
    ClockBehind,
    ContradictoryLabels,
    NotLatestReview,
    NothingToCorrect,
    InvalidLabel,
    InvalidRecordValue,
    KeyRowDamaged,
    NoTimeAhead,
    NOBODY_ELSE_CAN_OPEN,
    OTHERS_CAN_OPEN,
    LastKey,
    MediaPurged,
    ReadOnlyVault,
    TamperedVault,
    UnknownCase,
    UnknownKey,
    UnknownMedia,
    UnknownRecord,
    UnknownReviewer,
    TimestampRefused,
    VaultError,
    WHAT_CASE,
    WHAT_CHECKPOINT_KEY,
    WHAT_HEAD_LOG,
    WHAT_HEAD_MISSING,
    WHAT_IDENTITY,
    WHAT_KEY_ROW,
    WHAT_KEY_ROW_MISSING,
    WHAT_NO_KEY_ROW,
    WHAT_RECORD,
    WHAT_RECORDS_MISSING,
    WHAT_STORED_FILE,
    WHY_HASH_MISMATCH,
    WHY_NAME_LENGTH,
    WHY_NOT_RECORDABLE,
    WHY_PROOF_SIZES,
    WHY_TSA_ALREADY_SEALED,
    WHY_TSA_OTHER_REQUEST,
    WrongPassphrase,
)
from reviewer.vault.merkle import MerkleAccumulator, consistency_path, inclusion_path, leaf_hash, root_of
from reviewer.vault.passphrase_policy import check_new_passphrase
from reviewer.vault.records import (
    APP,
    FORMAT_VERSION,
    KEYS_LOG,
    LABELS,
    Record,
    encode,
    new_case_id,
    new_record_id,
    new_salt,
    signature_message,
)
from reviewer.vault.store import BLOBS_DIR, create_database, open_database, transaction, typed_error
from reviewer.vault.verify import verify_vault
from reviewer.vault.vocabulary import contradiction

_RECORD_COLUMNS = "log, seq, id, type, signer, time, leaf, sig"
RECOVERY_NAME = "Recovery key"  # the reviewer name of recovery keys (enroll_recovery_key)
# Record types appended through ``VaultSession.append_record`` (reviewer.takedown builds their bodies).
APPENDABLE_TYPES = frozenset({"hashlist.imported", "match.reviewed", "capture.imported", "notice.logged"})


@dataclasses.dataclass(frozen=True)
class StoredFile:
    """An encrypted blob written durably, waiting for the record that names it (``VaultSession.store_file``)."""

    id: str
    size: int
    wrapped: bytes
    sha256: str  # of the clear bytes

    def ref(self) -> dict[str, Any]:
        """The ``{"id", "size"}`` object a record body names the blob with."""
        return {"id": self.id, "size": self.size}


BLOB_KEY_DOMAIN = b"reviewer-blob-key-v1\n"


def _row_record(row: Sequence[Any]) -> Record:
    return Record(log=row[0], seq=row[1], id=row[2], type=row[3], signer=row[4], time=row[5],
                  leaf=bytes(row[6]), signature=bytes(row[7]))


class Vault:
    """An opened vault folder. Reading, verification and proofs need no passphrase."""

    def __init__(self, path: Path, db, read_only: bool) -> None:
        self.path = Path(path)
        self.db = db
        self.read_only = read_only
        self.blobs = BlobStore(self.path / BLOBS_DIR)
        try:
            meta = dict(db.conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as exc:  # a damaged page, or a value that is not UTF-8
            raise typed_error(exc, db.conn) from exc
        try:
            self.vault_id: str = meta["vault_id"]
            self.checkpoint_key = NoteVerifier.parse(meta["checkpoint_vkey"])
        except (KeyError, ValueError) as exc:
            raise TamperedVault(f"meta: {exc}", what=WHAT_IDENTITY) from exc
        self._meta = meta

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike, *, reviewer_name: str, passphrase: str) -> VaultSession:
        """Create a vault in ``path`` (a new or empty folder) with its first reviewer; return their session.

        Raises ``VaultExists``, ``ReadOnlyVault``, ``WeakPassphrase``. On failure nothing is left behind.
        """
        path = Path(path)
        name = _clean_name(reviewer_name)
        check_new_passphrase(passphrase, user_inputs=(name,))
        existed = path.exists()
        db = create_database(path)
        try:
            vault_id = os.urandom(16).hex()
            data_key = crypto.new_key()
            checkpoint_private = Ed25519PrivateKey.generate()
            verifier = NoteVerifier(key_name_of(vault_id), keys.public_bytes(checkpoint_private))
            private, stored = keys.new_reviewer_key(name, passphrase, data_key, vault_id)
            created = now_rfc3339()
            with transaction(db) as conn:
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                    ("format", str(FORMAT_VERSION)), ("vault_id", vault_id), ("checkpoint_vkey", verifier.vkey()),
                    ("checkpoint_key_wrapped", b64u(keys.wrap_checkpoint_key(checkpoint_private, data_key, vault_id))),
                    ("created", created), (thumbnails.META_KEY, b64u(thumbnails.EMPTY)),
                ])
                conn.execute("INSERT INTO logs (id, kind) VALUES (?, 'keys')", (KEYS_LOG,))
                _insert_key(conn, stored)
            vault = cls(path, db, read_only=False)
            session = VaultSession(vault, stored.key_id, name, private, data_key, checkpoint_private)
            with session._write() as conn:
                genesis = session._append(conn, KEYS_LOG, "vault.created", {
                    "vault": vault_id, "checkpoint_key": verifier.vkey(), "key": stored.key_id,
                    "public_key": b64u(stored.public_key), "name": name,
                }, {})
                # meta.created is the genesis record's signed time, so that verification can check it.
                conn.execute("UPDATE meta SET value = ? WHERE key = 'created'", (genesis.time,))
                keystore.store_mac(conn, data_key)
            vault._meta["created"] = genesis.time
            return session
        except BaseException:
            db.conn.close()
            _remove_new_vault(path, existed)
            raise

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> Vault:
        """Open an existing vault; raise ``VaultMissing``, ``NotAVault``, ``NewerVaultFormat``,
        ``ReadOnlyVault`` (folder not writable and ``read_only`` false) or ``TamperedVault``.
        """
        path = Path(path)
        db = open_database(path, read_only=read_only)
        try:
            vault = cls(path, db, read_only)
        except BaseException:
            db.conn.close()
            raise
        if not read_only:
            vault.blobs.remove_stale_temporaries()
            if not minors.table_exists(db.conn):  # a vault made before the index existed
                with transaction(db) as conn:
                    minors.create_and_fill(conn)
            if not thumbnails.table_exists(db.conn):  # a vault made before the thumbnail cache existed
                with transaction(db) as conn:
                    thumbnails.create(conn)
        return vault

    def close(self) -> None:
        """Close the database; a writable vault first folds its WAL into the main file, so a copy of
        the folder (even onto read-only media) holds everything."""
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.conn.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def unlock(self, passphrase: str, reviewer: str | None = None) -> VaultSession:
        """Unlock a reviewer's key (by name or key id; ``None``: the only one, or whichever the
        passphrase opens). Raise ``WrongPassphrase``, ``UnknownReviewer`` or ``ReadOnlyVault``;
        ``TamperedVault`` when the vault's identity or a key row was changed (named, rather than blaming
        the passphrase) or a page it reads is damaged.
        """
        if self.read_only:
            raise ReadOnlyVault(path=str(self.path))
        try:
            return self._unlock(passphrase, reviewer)
        except sqlite3.Error as exc:  # a damaged page of the key rows or the key log
            raise typed_error(exc, self.db.conn) from exc

    def _unlock(self, passphrase: str, reviewer: str | None) -> VaultSession:
        # The rows are not signed: before a failure is blamed on the passphrase, they and the vault's identity
        # are held against the signed key log, so that a changed row is named as such (docs/vault-format.md 8.1.1).
        signed = self._signed_keys()
        rows = self._stored_keys()
        # A key revoked in the signed key log never unlocks, even if a copy of its old row was put back.
        stored = [k for k in rows if k.active and signed.get(k.key_id, (b"", True))[1]]
        if reviewer is not None:
            stored = [k for k in stored if reviewer in (k.key_id, k.name)]
        # A row whose key id the key log does not give was changed (or planted) outside the application: its
        # id is part of what the passphrase opens, so it is named if nothing opens (verification names the rest).
        unknown = [k.name for k in stored if k.key_id not in signed]
        if not stored:
            with_rows = {k.key_id for k in rows if k.active}
            missing = [key for key, (_, active) in signed.items() if active and key not in with_rows]
            self._check_identity()
            if missing and (reviewer is None or reviewer in missing):
                raise TamperedVault("key row missing", what=WHAT_KEY_ROW_MISSING, name=missing[0])
            if reviewer is None:
                raise TamperedVault("no active key row", what=WHAT_NO_KEY_ROW)
            raise UnknownReviewer(name=reviewer)
        damaged: list[str] = []
        for candidate in stored:
            try:
                private, data_key = keys.unlock(candidate, passphrase or "", self.vault_id)
            except WrongPassphrase:
                continue
            except (ValueError, KeyError, TypeError):  # the row was changed (keys.DamagedKeyRow), or its KDF
                damaged.append(candidate.name)        # parameters no longer read
                continue
            # Read again: another process may have rotated the data key since this vault was opened (6.6).
            self._meta = dict(self.db.conn.execute("SELECT key, value FROM meta").fetchall())
            try:
                wrapped = from_b64u(self._meta["checkpoint_key_wrapped"])
                checkpoint_private = keys.unwrap_checkpoint_key(wrapped, data_key, self.vault_id)
                older_wrapped = self._meta.get(OLDER_DATA_KEYS)
                older = keys.unwrap_older_data_keys(
                    None if older_wrapped is None else from_b64u(older_wrapped), data_key, self.vault_id)
            except (KeyError, ValueError, crypto.DecryptionFailed) as exc:
                raise TamperedVault(str(exc), what=WHAT_CHECKPOINT_KEY) from exc
            # The key that signs now: the vault's identity, or its latest successor after a revocation (4.8).
            if keys.public_bytes(checkpoint_private) != self.checkpoint_keys.current.public_key:
                raise TamperedVault("checkpoint key mismatch", what=WHAT_CHECKPOINT_KEY)
            if not self._is_current_data_key(data_key):
                raise TamperedVault("data key is not the one the last revocation sealed with",
                                    what=WHAT_KEY_ROW, name=candidate.name)
            self._bring_up_to_date(candidate, passphrase or "", private, data_key)
            return VaultSession(self, candidate.key_id, candidate.name, private, data_key, checkpoint_private, older)
        self._check_identity()  # an edited meta.vault_id makes every row's data key fail to open: name it
        damaged += unknown
        if damaged:  # the passphrase opened part of a row, or a row was changed: not the passphrase's fault
            bad = next(k for k in stored if k.name == damaged[0])
            others = [k for k in rows if k is not bad and k.active and signed.get(k.key_id, (b"", False))[1]
                      and len(k.wrapped_private or b"") == keys.WRAPPED_SIZE
                      and keystore.row_problem(k.kdf, k.wrapped_private, k.wrapped_data_key) is None]
            raise KeyRowDamaged("damaged key row", name=bad.name,
                                others=OTHERS_CAN_OPEN if others else NOBODY_ELSE_CAN_OPEN)
        raise WrongPassphrase()

    def _check_identity(self) -> None:
        """``meta.vault_id`` and ``meta.checkpoint_vkey`` are those the genesis record signs; raise
        ``TamperedVault`` (the vault's identity) if not. Reads one record: verification makes the full check."""
        row = self.db.conn.execute(
            f"SELECT CASE WHEN typeof(leaf) = 'blob' THEN leaf END FROM records WHERE log = ? AND seq = 0",
            (KEYS_LOG,)).fetchone()
        try:
            body = parse_canonical(row[0])["body"]
            same = body["vault"] == self.vault_id and body["checkpoint_key"] == self.checkpoint_key.vkey()
        except (NotCanonical, KeyError, TypeError, ValueError, AttributeError):
            same = True  # a damaged genesis record is verification's to name; the passphrase is still tried
        if not same:
            raise TamperedVault("meta differs from the genesis record", what=WHAT_IDENTITY)

    def _bring_up_to_date(self, stored: keys.StoredKey, passphrase: str, private: Ed25519PrivateKey,
                          data_key: bytes) -> None:
        """At unlock, with the data key: bring an older vault and key up to this version, in one transaction.

        - A key whose derivation is below the policy is re-wrapped with today's parameters: the same
          passphrase keeps working, only the cost of each guess rises.
        - A key whose row holds the data key in an envelope left by a key rotation (6.6) gets it wrapped
          under the passphrase again.
        - A vault of an older format gets ``PRAGMA user_version`` and ``meta.format`` of this one before
          this session appends records of this format, so an older Reviewer refuses it (NewerVaultFormat)
          instead of calling those records damaged. Its older records stay as they are.

        Neither changes a signed record. The key store's MAC (it covers the key and meta rows) is rewritten,
        but only when it matched before: rows that were not intact are never blessed. A failure (full disk)
        leaves everything as it was, still usable, and is tried again at the next unlock.
        """
        version = self.db.conn.execute("PRAGMA user_version").fetchone()[0]
        rewrap = not stored.meets_policy or stored.data_key_in_envelope
        if not rewrap and version >= FORMAT_VERSION:
            return
        row = keys.wrap_under_passphrase(stored.name, passphrase, private, data_key, self.vault_id) if rewrap else None
        with contextlib.suppress(VaultError):
            with transaction(self.db) as conn:
                intact = keystore.mac_matches(conn, data_key)
                if row is not None:
                    conn.execute("UPDATE keys SET kdf = ?, wrapped_private = ?, wrapped_data_key = ? "
                                 "WHERE key_id = ? AND wrapped_private IS NOT NULL",
                                 (row.kdf, row.wrapped_private, row.wrapped_data_key, stored.key_id))
                if version < FORMAT_VERSION:
                    conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
                    conn.execute("UPDATE meta SET value = ? WHERE key = 'format'", (str(FORMAT_VERSION),))
                if intact:
                    keystore.store_mac(conn, data_key)
            if version < FORMAT_VERSION:
                self._meta["format"] = str(FORMAT_VERSION)

    def keys_below_policy(self) -> list[dict[str, Any]]:
        """The active keys whose passphrase derivation is below the policy: ``key_id``, ``name``, ``kdf``
        (its stored parameters, salt left out). Their owners' next unlock strengthens them. A ``keys`` table
        that cannot be read (a damaged page) gives none: verification names that damage, and this list is
        only ever shown beside its report."""
        try:
            stored_keys = self._stored_keys()
        except sqlite3.Error:
            return []
        out = []
        for stored in stored_keys:
            if stored.active and not stored.meets_policy:
                try:
                    kdf = {k: v for k, v in json.loads(stored.kdf).items() if k != "salt"}
                except (TypeError, ValueError, AttributeError):
                    kdf = {}
                out.append({"key_id": stored.key_id, "name": stored.name, "kdf": kdf})
        return out

    # -- reading -----------------------------------------------------------------------------------

    def _stored_keys(self) -> list[keys.StoredKey]:
        return keys.read_stored_keys(self.db.conn)

    def _is_current_data_key(self, data_key: bytes) -> bool:
        """True when ``data_key`` opens the sealed reason of the last ``key.revoked`` record (or the vault
        never revoked a key).

        A revocation seals its reason with the data key it introduces, in a record its (unrevoked) signer
        signs (6.6). A revoked reviewer who kept the checkpoint key could otherwise plant a data key of
        their own, sealed to the remaining reviewers with the checkpoint key wrapped under it, and read
        everything written afterwards: that key does not open this signed field.
        """
        row = self.db.conn.execute("SELECT id, leaf FROM records WHERE log = ? AND type = 'key.revoked' "
                                   "ORDER BY seq DESC LIMIT 1", (KEYS_LOG,)).fetchone()
        if row is None:
            return True
        try:
            crypto.FieldSealer(data_key).open(row[0], "reason", parse_canonical(row[1])["sealed"]["reason"])
        except (crypto.DecryptionFailed, NotCanonical, KeyError, TypeError):
            return False
        return True

    def _signed_keys(self) -> dict[str, tuple[bytes, bool]]:
        """Key id -> (public key, still active) as the signed key log says, read leniently: a damaged record
        is left out here (verification names it), so that unlocking never fails on it."""
        out: dict[str, tuple[bytes, bool]] = {}
        for (leaf,) in self.db.conn.execute("SELECT CASE WHEN typeof(leaf) = 'blob' THEN leaf END FROM records "
                                            "WHERE log = ? ORDER BY seq", (KEYS_LOG,)):
            try:
                fields = parse_canonical(leaf)
                body = fields["body"]
                if fields["type"] in ("vault.created", "key.enrolled"):
                    out[body["key"]] = (from_b64u(body["public_key"]), True)
                elif fields["type"] == "key.revoked" and body["key"] in out:
                    out[body["key"]] = (out[body["key"]][0], False)
            except (NotCanonical, KeyError, TypeError, ValueError, AttributeError):
                continue
        return out

    def reviewers(self) -> list[dict[str, Any]]:
        """Every reviewer key: ``key_id``, ``name``, ``active``, ``enrolled`` (time), ``revoked`` (time or None)."""
        enrolled: dict[str, dict[str, Any]] = {}
        for record in self.records(KEYS_LOG):
            body = record.body
            if record.type in ("vault.created", "key.enrolled"):
                enrolled[body["key"]] = {"key_id": body["key"], "name": body["name"], "public_key": body["public_key"],
                                         "enrolled": record.time, "enrolled_by": record.signer, "revoked": None}
            elif record.type == "key.revoked" and body["key"] in enrolled:
                enrolled[body["key"]]["revoked"] = record.time
        for item in enrolled.values():
            item["active"] = item["revoked"] is None
        return list(enrolled.values())

    def cases(self) -> list[dict[str, Any]]:
        """Every case: ``id``, ``opened`` (time), ``records``, ``media`` (count), ``last`` (time)."""
        rows = self.db.conn.execute(
            "SELECT l.id, min(r.time), count(r.seq), sum(r.type = 'media.ingested'), max(r.time) "
            "FROM logs l LEFT JOIN records r ON r.log = l.id WHERE l.kind = 'case' GROUP BY l.id ORDER BY min(r.time)"
        ).fetchall()
        return [{"id": r[0], "opened": r[1], "records": r[2], "media": r[3] or 0, "last": r[4]} for r in rows]

    def records(self, case_id: str) -> list[Record]:
        """The records of a case (or of the ``"keys"`` log) in order."""
        rows = self.db.conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE log = ? ORDER BY seq", (case_id,)
        ).fetchall()
        return [_row_record(r) for r in rows]

    def record(self, record_id: str) -> Record:
        row = self.db.conn.execute(f"SELECT {_RECORD_COLUMNS} FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise UnknownRecord(record=record_id)
        return _row_record(row)

    def resolve_case(self, prefix: str) -> str:
        """The case id starting with ``prefix``; raise ``UnknownCase`` or ``AmbiguousId``."""
        return _resolve(self.db.conn, "SELECT id FROM logs WHERE kind = 'case' AND id LIKE ? || '%'", prefix,
                        lambda: UnknownCase(case=prefix))

    def resolve_media(self, case_id: str, prefix: str) -> str:
        """The media id (its ingest record id) in ``case_id`` starting with ``prefix``."""
        return _resolve(
            self.db.conn,
            f"SELECT id FROM records WHERE log = '{case_id}' AND type = 'media.ingested' AND id LIKE ? || '%'",
            prefix, lambda: UnknownMedia(media=prefix, case=case_id))

    def media(self, case_id: str) -> list[dict[str, Any]]:
        """The media of a case with their clear fields (hashes, type, size) and ``purged``."""
        self._require_case(case_id)
        purged = {r.body["media"] for r in self._records_of_type(case_id, "media.purged")}
        out = []
        for r in self._records_of_type(case_id, "media.ingested"):
            body = r.body
            out.append({"id": r.id, "seq": r.seq, "time": r.time, "purged": r.id in purged,
                        **{k: body[k] for k in ("sha256", "sha1", "md5", "size", "kind", "format", "mime",
                                                  "width", "height", "frame_count", "duration_ms", "pdq")}})
        return out

    def _records_of_type(self, case_id: str, type_: str) -> list[Record]:
        rows = self.db.conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE log = ? AND type = ? ORDER BY seq", (case_id, type_)
        ).fetchall()
        return [_row_record(r) for r in rows]

    def _require_case(self, case_id: str) -> None:
        row = self.db.conn.execute("SELECT 1 FROM logs WHERE id = ? AND kind = 'case'", (case_id,)).fetchone()
        if row is None:
            raise UnknownCase(case=case_id)

    def withheld_media(self, case_id: str) -> dict[str, str]:
        """Media of ``case_id`` that no exhibit may show, with why (``reviewer.vault.minors`` codes).

        Reads the case's own ingest records and the suspected-minor index only, so its cost does not
        depend on other cases. Raise ``UnknownCase``.
        """
        self._require_case(case_id)
        # The case's own labels are read from its records as well, so a row deleted from the index
        # (which verification reports) still cannot expose a media of the case it names.
        rows = minors.stored_rows(self.db.conn) + minors.rows_from_records(self.db.conn, case_id)
        if not rows:
            return {}
        out = {}
        for record in self._records_of_type(case_id, "media.ingested"):
            body = record.body
            why = minors.reason(record.id, body["sha256"], body["pdq"], rows)
            if why is not None:
                out[record.id] = why
        return out

    def withheld_reason(self, case_id: str, media_id: str) -> str | None:
        """Why the media ``media_id`` of ``case_id`` is withheld (``reviewer.vault.minors`` codes), None when it
        is not: ``withheld_media``'s rule for one media, at the cost of the index and the case's reviews that
        carry the label (the window asks it of each file it adds). Raise ``UnknownCase``."""
        self._require_case(case_id)
        rows = minors.stored_rows(self.db.conn) + minors.rows_from_records(self.db.conn, case_id)
        if not rows:
            return None
        row = self.db.conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE log = ? AND id = ? AND type = 'media.ingested'",
            (case_id, media_id)).fetchone()
        if row is None:
            return None
        body = _row_record(row).body
        return minors.reason(media_id, body["sha256"], body["pdq"], rows)

    def minor_index_version(self) -> tuple[int, int]:
        """A value that changes whenever a media is labelled suspected minor in any case, by this connection or
        another (``minors.index_version``); a window polls it to withhold copies of a media labelled elsewhere."""
        return minors.index_version(self.db.conn)

    # -- identity ------------------------------------------------------------------------------------

    @property
    def created(self) -> str:
        """When the vault was made: the signed time of its genesis record (RFC 3339; no record may claim less)."""
        return self._meta.get("created", "")

    @property
    def vkey(self) -> str:
        """The vault's checkpoint verifier key (C2SP vkey string), exactly as stored for the vault."""
        return self._meta["checkpoint_vkey"]

    @property
    def fingerprint(self) -> str:
        """The short fingerprint of ``vkey`` a person reads aloud (``reviewer.vault.checkpoint.fingerprint``)."""
        return fingerprint(self.vkey)

    @property
    def checkpoint_keys(self) -> key_rotation.CheckpointKeys:
        """The chain of checkpoint keys: the vault's identity (``checkpoint_key``, ``vkey``) and the keys that
        replaced it at revocations, each with the vault-level index it signs from (docs/vault-format.md 4.8).
        Read from the key log's rotation records each time (a handful of rows), so that a rotation made by
        another process is seen."""
        return key_rotation.read_chain(self.db.conn, self.checkpoint_key, self.vault_id)

    def open_head(self, note: str) -> Checkpoint:
        """Open a vault head (a checkpoint of the vault-level log) with the key current at its size; raise
        ``NoteError`` when it is not signed by that key with this vault's origin."""
        size = peek_checkpoint(note).size
        return open_checkpoint(note, self.checkpoint_keys.for_head(size), origin_of(self.vault_id, None))

    # -- checkpoints and proofs ----------------------------------------------------------------------

    def checkpoint(self, case_id: str, within: int | None = None) -> str:
        """The latest signed checkpoint note of a case (or ``"keys"``); with ``within``, the latest among the
        first ``within`` leaves of the vault-level log (the case as a stamped vault head saw it). Raise
        ``UnknownCase`` when there is none."""
        row = self.db.conn.execute(
            "SELECT note FROM checkpoints WHERE log = ? AND seq < ? ORDER BY seq DESC LIMIT 1",
            (case_id, (1 << 62) if within is None else within),
        ).fetchone()
        if row is None:
            raise UnknownCase(case=case_id)
        return row[0]

    def vault_checkpoint(self) -> str:
        """The latest signed checkpoint of the vault-level log."""
        row = self.db.conn.execute("SELECT note FROM vault_head WHERE id = 1").fetchone()
        if row is None:
            raise TamperedVault("no vault head", what=WHAT_HEAD_MISSING)
        return row[0]

    def _leaf_hashes(self, log: str) -> list[bytes]:
        return [bytes(r[0]) for r in self.db.conn.execute(
            "SELECT leaf_hash FROM records WHERE log = ? ORDER BY seq", (log,))]

    def inclusion_proof(self, case_id: str, seq: int) -> str:
        """A C2SP tlog-proof that record ``seq`` is in the case's latest checkpoint."""
        row = self.db.conn.execute("SELECT seq, note FROM checkpoints WHERE log = ? ORDER BY seq DESC LIMIT 1",
                                   (case_id,)).fetchone()
        if row is None:
            raise UnknownCase(case=case_id)
        note = row[1]
        cp = open_checkpoint(note, self.checkpoint_keys.at(row[0]), origin_of(self.vault_id, case_id))
        hashes = self._leaf_hashes(case_id)[: cp.size]
        if cp.size != len(hashes) or root_of(hashes) != cp.root:
            raise TamperedVault("checkpoint does not match records", what=WHAT_CASE, case=case_id)
        return proofs.format_inclusion_proof(seq, inclusion_path(seq, hashes), note)

    def consistency_proof(self, case_id: str, old_size: int, new_size: int | None = None) -> str:
        """The text consistency proof between sizes of a case log (``new_size``: current size)."""
        hashes = self._leaf_hashes(case_id)
        if not hashes:
            raise UnknownCase(case=case_id)
        new_size = len(hashes) if new_size is None else new_size
        if not 0 < old_size <= new_size <= len(hashes):
            raise InvalidRecordValue(why=WHY_PROOF_SIZES, old=old_size, new=new_size, count=len(hashes))
        return proofs.format_consistency_proof(old_size, new_size, consistency_path(old_size, hashes[:new_size]))

    def vault_inclusion_proof(self, note: str, head: str | None = None) -> str:
        """A C2SP tlog-proof that checkpoint ``note`` (of any log) is a leaf of the vault-level log,
        under the current vault head, or under ``head``, an earlier vault head note (a stamped one).
        Raise ``TamperedVault`` if the head does not match the vault-level log.
        """
        head = head if head is not None else self.vault_checkpoint()
        cp = self.open_head(head)
        # Only the 32-byte leaf hashes are read for the path, and the note is found through the index
        # on (log, size): the cost does not grow with the size of other cases' notes.
        hashes = [bytes(r[0]) for r in self.db.conn.execute(
            "SELECT leaf_hash FROM checkpoints WHERE seq < ? ORDER BY seq", (cp.size,))]
        origin = note.split("\n", 1)[0]
        prefix = f"reviewer.vault/{self.vault_id}/"
        log = KEYS_LOG if origin == prefix + "keys" else origin[len(prefix + "case/"):]
        size = note.split("\n", 2)[1] if note.count("\n") >= 2 else ""
        row = self.db.conn.execute(
            "SELECT max(seq) FROM checkpoints WHERE log = ? AND size = ? AND note = ? AND seq < ?",
            (log, int(size) if size.isdigit() else -1, note, cp.size)).fetchone()
        index = row[0] if row else None
        if len(hashes) != cp.size or root_of(hashes) != cp.root:
            raise TamperedVault("vault head does not match", what=WHAT_HEAD_LOG)
        if index is None:
            raise UnknownCase(case=note.split("\n", 1)[0])
        return proofs.format_inclusion_proof(index, inclusion_path(index, hashes), head)

    def vault_leaf_proof(self, index: int) -> tuple[str, str]:
        """Leaf ``index`` of the vault-level log (a checkpoint note) and its tlog-proof under the current vault
        head: what an exhibit carries to show where a replaced checkpoint key handed over (4.8). Raise
        ``TamperedVault`` if the head does not match, ``UnknownCase`` if there is no such leaf."""
        head = self.vault_checkpoint()
        cp = self.open_head(head)
        row = self.db.conn.execute("SELECT note FROM checkpoints WHERE seq = ? AND seq < ?", (index, cp.size)).fetchone()
        if row is None:
            raise UnknownCase(case=str(index))
        hashes = [bytes(r[0]) for r in self.db.conn.execute(
            "SELECT leaf_hash FROM checkpoints WHERE seq < ? ORDER BY seq", (cp.size,))]
        if len(hashes) != cp.size or root_of(hashes) != cp.root:
            raise TamperedVault("vault head does not match", what=WHAT_HEAD_LOG)
        return row[0], proofs.format_inclusion_proof(index, inclusion_path(index, hashes), head)

    def revocation_witness(self, case_id: str, last_seq: int, revoked_at: int) -> tuple[str, str, str, str] | None:
        """What shows an exhibit's reader that record ``last_seq`` of a case (the last one signed by a key the
        key log revokes at position ``revoked_at``), and every earlier one, was sealed before the revocation
        (docs/vault-format.md 4.7, docs/exhibit-format.md 4): (the case's first checkpoint covering it, its
        tlog-proof in the vault-level log, the latest key-log checkpoint of a size up to ``revoked_at``, its
        proof), both under the current vault head; None when the vault holds no such pair in that order
        (the record does not meet the rule). Raise ``TamperedVault`` if the head does not match.
        """
        head = self.vault_checkpoint()
        cp = self.open_head(head)
        conn = self.db.conn
        first = conn.execute("SELECT seq, note FROM checkpoints WHERE log = ? AND size > ? AND seq < ? "
                             "ORDER BY seq LIMIT 1", (case_id, last_seq, cp.size)).fetchone()
        before = conn.execute("SELECT seq, note FROM checkpoints WHERE log = ? AND size <= ? AND seq < ? "
                              "ORDER BY seq DESC LIMIT 1", (KEYS_LOG, revoked_at, cp.size)).fetchone()
        if first is None or before is None or before[0] < first[0]:
            return None
        hashes = [bytes(r[0]) for r in conn.execute(
            "SELECT leaf_hash FROM checkpoints WHERE seq < ? ORDER BY seq", (cp.size,))]
        if len(hashes) != cp.size or root_of(hashes) != cp.root:
            raise TamperedVault("vault head does not match", what=WHAT_HEAD_LOG)
        return (first[1], proofs.format_inclusion_proof(first[0], inclusion_path(first[0], hashes), head),
                before[1], proofs.format_inclusion_proof(before[0], inclusion_path(before[0], hashes), head))

    def request_timestamp(self) -> timestamps.PendingRequest:
        """An RFC 3161 request over the exact bytes of the current vault head note (docs/vault-format.md 4.6),
        remembered in the user's state folder until its reply is imported (``VaultSession.seal_timestamp``).
        Needs no passphrase: the head is public and nothing is written to the vault."""
        note = self.vault_checkpoint()
        request, nonce = timestamps.request_for(note.encode("utf-8"))
        pending = timestamps.PendingRequest(self.vault_id, note, request, nonce)
        timestamps.remember_request(pending)
        return pending

    def sealed_timestamps(self) -> list[Record]:
        """The sealed ``timestamp.imported`` records, oldest first."""
        return self._records_of_type(KEYS_LOG, "timestamp.imported")

    def checkpoints(self, case_id: str) -> list[str]:
        """Every signed checkpoint of a case, oldest first."""
        return [r[0] for r in self.db.conn.execute("SELECT note FROM checkpoints WHERE log = ? ORDER BY seq", (case_id,))]

    # -- verification ------------------------------------------------------------------------------

    def verify(self, case_id: str | None = None, session: VaultSession | None = None, *,
               trusted_checkpoints: Sequence[str] = (), workers: int | None = None, remembered_head: bool = True,
               progress=None):
        """Verify the vault (or one case and the key log); see ``reviewer.vault.verify.verify_vault`` (also for
        ``progress(done, total, step)``, called between steps; what it raises stops the verification).

        Raise ``UnknownCase`` for a case id that nothing in the vault mentions (a deleted case is
        still mentioned by its checkpoints, and is reported as such).
        """
        if case_id is not None and case_id != KEYS_LOG and not any(
            self.db.conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (case_id,)).fetchone()
            for table, column in (("logs", "id"), ("records", "log"), ("checkpoints", "log"))
        ):
            raise UnknownCase(case=case_id)

        return verify_vault(self, case_id=case_id, session=session, trusted_checkpoints=trusted_checkpoints,
                            workers=workers, remembered_head=remembered_head, progress=progress)


def _resolve(conn: sqlite3.Connection, sql: str, prefix: str, missing) -> str:
    prefix = (prefix or "").strip().lower()
    if not prefix or not all(c in "0123456789abcdef" for c in prefix):
        raise missing()
    rows = conn.execute(sql + " LIMIT 2", (prefix,)).fetchall()
    if not rows:
        raise missing()
    if len(rows) > 1:
        raise AmbiguousId(prefix=prefix)
    return rows[0][0]


def _insert_key(conn: sqlite3.Connection, stored: keys.StoredKey) -> None:
    conn.execute(
        "INSERT INTO keys (key_id, name, public_key, kdf, wrapped_private, wrapped_data_key) VALUES (?, ?, ?, ?, ?, ?)",
        (stored.key_id, stored.name, stored.public_key, stored.kdf, stored.wrapped_private, stored.wrapped_data_key),
    )


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > 200:
        raise InvalidRecordValue(why=WHY_NAME_LENGTH)
    return name


def _remove_new_vault(path: Path, existed: bool) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            (path / f"vault.sqlite3{suffix}").unlink()
    with contextlib.suppress(OSError):
        shutil.rmtree(path / BLOBS_DIR)
    if not existed:
        with contextlib.suppress(OSError):
            path.rmdir()


class _LogState:
    """What appending to one log needs: its size, last leaf hash and Merkle right edge."""

    def __init__(self, hashes: Sequence[bytes]) -> None:
        self.acc = MerkleAccumulator()
        for h in hashes:
            self.acc.append(h)
        self.last = hashes[-1] if hashes else None
        self.last_time = ""  # the time of the last record (RFC 3339 strings of one form sort as times)

    @property
    def size(self) -> int:
        return self.acc.size

    def append(self, h: bytes, time: str = "") -> None:
        self.acc.append(h)
        self.last = h
        self.last_time = time or self.last_time


class VaultSession:
    """An unlocked reviewer: signs records with their key. One thread at a time."""

    def __init__(self, vault: Vault, key_id: str, name: str, private: Ed25519PrivateKey, data_key: bytes,
                 checkpoint_private: Ed25519PrivateKey, older_keys: Sequence[bytes] = ()) -> None:
        """``data_key``: the vault's current data key; ``older_keys``: those of earlier epochs, oldest first."""
        self.vault = vault
        self.key_id = key_id
        self.name = name
        self._private = private
        self._checkpoint_private = checkpoint_private
        self._use_data_keys(data_key, list(older_keys))
        self._logs: dict[str, _LogState] = {}
        self._vault_log: _LogState | None = None
        self._batch_conn: sqlite3.Connection | None = None
        self._touched: set[str] = set()
        self._fresh: set[str] = set()  # logs whose cached state was checked in this transaction
        self._known_media: set[tuple[str, str]] = set()  # media records exist forever once committed
        self._pending_head: tuple[str, int, bytes, dict[str, int]] | None = None  # head of the open transaction
        self._remembered: heads.RememberedHead | None = None  # the head kept outside, once loaded
        self._head_consistent = True
        # The signing time of each record. Replaceable (tests set the clock back); it must return
        # RFC 3339 UTC with milliseconds, as ``now_rfc3339``.
        self.clock = now_rfc3339
        self._revoking = False  # set while ``revoke`` writes: see ``_append``

    def _use_data_keys(self, data_key: bytes, older: list[bytes]) -> None:
        self._data_key = data_key  # seals and wraps everything written from now on
        self._older_keys = older
        self._keyring = [data_key, *reversed(older)]  # opens what was written in any epoch, newest first
        self._sealer = crypto.FieldSealer(data_key, older)

    # -- the write path ------------------------------------------------------------------------------

    def _state(self, conn: sqlite3.Connection, log: str) -> _LogState:
        """The cached state of ``log``, reloaded if another writer appended since (checked once per
        transaction: the write lock keeps it valid until the commit)."""
        state = self._logs.get(log)
        if state is not None and log in self._fresh:
            return state
        row = conn.execute("SELECT seq, leaf_hash, time FROM records WHERE log = ? ORDER BY seq DESC LIMIT 1",
                           (log,)).fetchone()
        size, last = (row[0] + 1, bytes(row[1])) if row else (0, None)
        if state is None or state.size != size or state.last != last:
            hashes = [bytes(r[0]) for r in conn.execute("SELECT leaf_hash FROM records WHERE log = ? ORDER BY seq", (log,))]
            if len(hashes) != size:
                raise TamperedVault(f"log {log} has gaps", what=WHAT_RECORDS_MISSING, log=log)
            state = _LogState(hashes)
            state.last_time = row[2] if row else ""
            self._logs[log] = state
        self._fresh.add(log)
        return state

    def _vault_state(self, conn: sqlite3.Connection) -> _LogState:
        state = self._vault_log
        row = conn.execute("SELECT seq, leaf_hash FROM checkpoints ORDER BY seq DESC LIMIT 1").fetchone()
        size, last = (row[0] + 1, bytes(row[1])) if row else (0, None)
        if state is None or state.size != size or state.last != last:
            hashes = [bytes(r[0]) for r in conn.execute("SELECT leaf_hash FROM checkpoints ORDER BY seq")]
            if len(hashes) != size:
                raise TamperedVault("vault log has gaps", what=WHAT_HEAD_LOG)
            state = _LogState(hashes)
            self._vault_log = state
        return state

    def _check_active(self, conn: sqlite3.Connection) -> None:
        row = conn.execute("SELECT wrapped_private FROM keys WHERE key_id = ?", (self.key_id,)).fetchone()
        if row is None or row[0] is None:
            raise UnknownKey(key=self.key_id)

    def require_current_head(self) -> None:
        """Refuse to write to a vault older than, or diverging from, the head this account last saw
        (``reviewer.vault.head_check``, docs/vault-format.md 7.6): raise ``VaultRolledBack`` (what was lost, a case
        named by its title) or ``VaultDiverged``. A record appended to a restored backup would extend a history that
        diverges from what this account already saw, so every write transaction (``_write``, ``batch``) asks this
        first, under the write lock; methods that store a file before their record ask it before the file too, so
        a refused write leaves no file behind. Costs one signature check and one small file read."""
        comparison = head_check.compare_with_remembered(self.vault)
        if comparison.behind:
            titles: dict[str, str] = {}
            with contextlib.suppress(VaultError, sqlite3.Error, KeyError, TypeError):
                titles = {case["id"]: case["title"] for case in self.cases()}
            head_check.require_current_head(self.vault, titles)

    def _before_files(self) -> None:
        """Before a file is stored for a record not yet written: the write's own check, made early so that a
        refused write stores nothing (a batch made it at its start)."""
        if self._batch_conn is None:
            self.require_current_head()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A transaction that ends with a checkpoint of every log it touched (or joins a batch)."""
        if self._batch_conn is not None:
            yield self._batch_conn
            return
        try:
            with transaction(self.vault.db) as conn:
                self._touched = set()
                self._fresh = set()
                self._check_active(conn)
                self.require_current_head()
                yield conn
                self._checkpoint_touched(conn)
        except BaseException:
            self._logs.clear()  # the cached state may include rolled-back appends
            self._vault_log = None
            self._pending_head = None
            raise
        self._remember_head()

    @contextlib.contextmanager
    def batch(self) -> Iterator[VaultSession]:
        """Append many records in one transaction with one checkpoint per log at the end (much faster)."""
        if self._batch_conn is not None:
            yield self
            return
        try:
            with transaction(self.vault.db) as conn:
                self._touched = set()
                self._fresh = set()
                self._check_active(conn)
                self.require_current_head()
                self._batch_conn = conn
                try:
                    yield self
                finally:
                    self._batch_conn = None
                self._checkpoint_touched(conn)
        except BaseException:
            self._logs.clear()
            self._vault_log = None
            self._pending_head = None
            raise
        self._remember_head()

    def _append(self, conn: sqlite3.Connection, log: str, type_: str, body: dict[str, Any],
                sealed: Mapping[str, Any], *, record_id: str | None = None) -> Record:
        state = self._state(conn, log)
        keylog = self._state(conn, KEYS_LOG).size if log != KEYS_LOG else state.size
        rid = record_id or new_record_id()
        now = self.clock()
        # A laptop whose clock was set back: the record would claim to precede the one before it, or (the
        # first record of a new case) the vault itself. A time correction goes back to the floor it states,
        # which ``correct_times`` read from the log (verification checks it, docs/vault-format.md 4.3).
        floor = body["floor"] if type_ == "time.corrected" else state.last_time
        floor = max(floor, self.vault.created)
        if now < floor and log == KEYS_LOG and self._revoking:
            # A revocation is never blocked by a wrong date already in the key log (an enrolment sealed under a
            # clock set ahead, by mistake or by the reviewer about to be revoked): its records take the time of
            # the record before them, the earliest the rule allows (docs/vault-format.md 4.1, ADR 0028).
            now = floor
        if now < floor:
            raise ClockBehind(now=Moment(now), last=Moment(floor))
        try:
            fields = {
                "v": FORMAT_VERSION, "type": type_, "id": rid, "case": log, "seq": state.size,
                "prev": b64u(state.last) if state.last is not None else None, "salt": new_salt(),
                "signer": self.key_id, "keylog": keylog, "time": now, "app": APP,
                "body": to_record_json(body),
                "sealed": {name: self._sealer.seal(rid, name, to_record_json(value)) for name, value in sealed.items()},
            }
            leaf = encode(fields)
        except NotCanonical as exc:
            raise InvalidRecordValue(str(exc), why=WHY_NOT_RECORDABLE) from exc
        signature = self._private.sign(signature_message(leaf))
        h = leaf_hash(leaf)
        conn.execute(
            "INSERT INTO records (log, seq, id, type, signer, time, leaf, leaf_hash, sig) VALUES (?,?,?,?,?,?,?,?,?)",
            (log, fields["seq"], rid, type_, self.key_id, fields["time"], leaf, h, signature),
        )
        state.append(h, now)
        self._touched.add(log)
        return Record(log, fields["seq"], rid, type_, self.key_id, fields["time"], leaf, signature)

    def _checkpoint_log(self, conn: sqlite3.Connection, log: str) -> None:
        """Sign a checkpoint of ``log`` at its current size and append it to the vault-level log."""
        vault_id = self.vault.vault_id
        vstate = self._vault_state(conn)
        state = self._state(conn, log)
        note = sign_checkpoint(Checkpoint(origin_of(vault_id, log), state.size, state.acc.root()),
                               key_name_of(vault_id), self._checkpoint_private)
        h = leaf_hash(note.encode("utf-8"))
        conn.execute("INSERT INTO checkpoints (seq, log, size, note, leaf_hash) VALUES (?,?,?,?,?)",
                     (vstate.size, log, state.size, note, h))
        vstate.append(h)

    def _checkpoint_touched(self, conn: sqlite3.Connection) -> None:
        vault_id = self.vault.vault_id
        name = key_name_of(vault_id)
        vstate = self._vault_state(conn)
        # The keys log first, so a checkpoint never covers a record signed by a key whose enrolment
        # the vault-level log has not seen.
        for log in sorted(self._touched, key=lambda x: (x != KEYS_LOG, x)):
            self._checkpoint_log(conn, log)
        if self._touched:
            head = sign_checkpoint(Checkpoint(origin_of(vault_id, None), vstate.size, vstate.acc.root()),
                                   name, self._checkpoint_private)
            conn.execute("INSERT OR REPLACE INTO vault_head (id, note) VALUES (1, ?)", (head,))
            self._pending_head = (head, vstate.size, vstate.acc.root(),
                                  {log: self._logs[log].size for log in self._touched})
        self._touched = set()

    def _remember_head(self) -> None:
        """After a commit: remember the new vault head outside the vault folder (``reviewer.vault.heads``).

        The first time in a session, the remembered head must be a prefix of this vault's log (one read
        of the vault-level leaf hashes); if it is not (a restored backup or a diverging copy), it is
        kept as it is, so that verification still reports what happened.
        """
        pending, self._pending_head = self._pending_head, None
        if pending is None:
            return
        note, size, root, log_sizes = pending
        conn = self.vault.db.conn
        if self._remembered is None:
            known = heads.load(self.vault.vault_id)
            if known is not None:
                hashes = [bytes(r[0]) for r in conn.execute(
                    "SELECT leaf_hash FROM checkpoints WHERE seq < ? ORDER BY seq", (known.size,))]
                self._head_consistent = known.size <= size and len(hashes) == known.size and root_of(hashes) == known.root
            else:
                known = heads.RememberedHead(self.vault.vault_id, 0, b"", "")
                self._head_consistent = True
            if self._head_consistent:  # every log's size once, so a later rollback can say what it lost
                known.logs = dict(conn.execute("SELECT log, count(*) FROM records GROUP BY log").fetchall())
            self._remembered = known
        if not self._head_consistent:
            return
        head = self._remembered
        head.size, head.root, head.note = size, root, note
        head.logs.update(log_sizes)
        heads.save(head)

    @property
    def head(self) -> str:
        """The vault head (signed vault-level checkpoint note) after this session's last write."""
        return self.vault.vault_checkpoint()

    def _store_blob(self, data: bytes) -> tuple[str, int, bytes]:
        """Write an encrypted blob durably; return (id, file size, wrapped key) for the blobs row."""
        blob_key = crypto.new_key()
        blob_id, size = self.vault.blobs.write(blob_key, data)
        return blob_id, size, crypto.wrap(self._data_key, blob_key, BLOB_KEY_DOMAIN + blob_id.encode())

    # -- cases and media -------------------------------------------------------------------------------

    def new_case(self, title: str, *, notes: str = "") -> str:
        """Open a case; return its id."""
        case_id = new_case_id()
        with self._write() as conn:
            conn.execute("INSERT INTO logs (id, kind) VALUES (?, 'case')", (case_id,))
            self._append(conn, case_id, "case.opened", {}, {"title": title, "notes": notes})
        return case_id

    def correct_times(self, case_id: str, note: str = "") -> Record:
        """Seal that the case's last records claimed times ahead of this computer's clock, which was wrong when
        they were sealed (a ``time.corrected`` record, docs/vault-format.md 4.3, ADR 0028): those records stay as
        they are, and the case takes records again from now on. ``note`` (sealed) says what happened.

        Raise ``UnknownCase``, ``NoTimeAhead`` when no record of the case claims a time after this computer's
        clock (nothing to correct: set the clock right instead); nothing is written then."""
        self.vault._require_case(case_id)
        with self._write() as conn:
            now = self.clock()
            ahead, floor = 0, self.vault.created
            for (time,) in conn.execute("SELECT time FROM records WHERE log = ? ORDER BY seq DESC", (case_id,)):
                if time <= now:
                    floor = time
                    break
                ahead += 1
            if ahead == 0:
                raise NoTimeAhead(now=Moment(now))
            return self._append(conn, case_id, "time.corrected", {"floor": floor, "ahead": ahead}, {"note": note})

    def rename_case(self, case_id: str, title: str) -> Record:
        """Give a case a new title: a ``case.renamed`` record (the title is sealed, as at its opening).

        The earlier titles stay in the log. Raise ``UnknownCase``; the caller checks the title itself
        (``reviewer.casework``: not empty, not the same).
        """
        self.vault._require_case(case_id)
        with self._write() as conn:
            return self._append(conn, case_id, "case.renamed", {}, {"title": title})

    def cases(self) -> list[dict[str, Any]]:
        """``Vault.cases()`` plus each case's decrypted ``title``: that of its latest ``case.renamed`` record,
        else of its ``case.opened`` record."""
        out = []
        for case in self.vault.cases():
            row = self.vault.db.conn.execute(
                f"SELECT {_RECORD_COLUMNS} FROM records WHERE log = ? AND (seq = 0 OR type = 'case.renamed') "
                "ORDER BY seq DESC LIMIT 1", (case["id"],)).fetchone()
            title = self.decrypt_record(_row_record(row))["body"]["title"] if row else ""
            out.append({**case, "title": title})
        return out

    def media(self, case_id: str) -> list[dict[str, Any]]:
        """``Vault.media(case_id)`` plus each media's decrypted ``name`` and ``source``."""
        out = []
        for item in self.vault.media(case_id):
            view = self.decrypt_record(self.vault.record(item["id"]))["body"]
            out.append({**item, "name": view["name"], "source": view["source"]})
        return out

    def ingest(self, case_id: str, media: Any, *, source: dict | None = None, acquired_by: str = "",
               how: str = "") -> str:
        """Store a ``reviewer.media.Media`` (bytes encrypted) in a case; return the media id.

        A video that ingest streamed (``media.data`` empty) is copied from ``media.open()`` chunk by chunk.
        Raises ``UnknownCase``; ``InvalidRecordValue`` if the bytes do not match their hash.
        """
        self.vault._require_case(case_id)
        self._before_files()
        blob_key = crypto.new_key()
        if len(media.data) == media.size:
            data = media.data  # not copied: a video may be large
            if hashlib.sha256(data).hexdigest() != media.sha256:
                raise InvalidRecordValue(why=WHY_HASH_MISMATCH)
            blob_id, blob_size = self.vault.blobs.write(blob_key, data)
        else:
            digest = hashlib.sha256()

            def pieces() -> Iterator[bytes]:
                with media.open() as stream:
                    while chunk := stream.read(1024**2):
                        digest.update(chunk)
                        yield chunk

            blob_id, blob_size = self.vault.blobs.write_stream(blob_key, pieces())
            if digest.hexdigest() != media.sha256:
                self.vault.blobs.delete(blob_id)
                raise InvalidRecordValue(why=WHY_HASH_MISMATCH)
        try:
            return self._record_media(case_id, media, blob_id, blob_size, blob_key, source, acquired_by, how)
        except BaseException:  # the record was refused: its file must not stay behind
            if not self._blob_recorded(blob_id):
                self.vault.blobs.delete(blob_id)
            raise

    def ingest_file(self, case_id: str, path: str | os.PathLike, *, limits: Any = None, frame_pdq: str = "second",
                    source: dict | None = None, acquired_by: str = "", how: str = "") -> tuple[str, Any]:
        """Read the file at ``path`` once, describe it and store it in a case; return (media id, ``Media``).

        A video is streamed: hashed as it is encrypted into the store, then decoded (per-second PDQ, frame
        count) from the store itself, so it is never held in memory and ``path`` is never read again: the
        bytes decoded are the bytes hashed and stored. The returned Media reads its bytes from the store
        (``Media.open()``, ``Media.video()``) while this session is open. An image is read into memory and
        stored as ``ingest`` does. ``limits`` and ``frame_pdq`` are those of ``reviewer.media.ingest``.
        Raises ``UnknownCase``, ``DiskFull``, and the ``reviewer.media`` errors (``MediaError``) for a file
        that cannot be read; on any error no blob file and no record is left.
        """
        from reviewer.media import DEFAULT_LIMITS
        from reviewer.media import ingest as describe_file

        self.vault._require_case(case_id)
        self._before_files()
        blob_key = crypto.new_key()
        stored: dict[str, Any] = {}

        def store(chunks):
            blob_id, size = self.vault.blobs.write_stream(blob_key, chunks)
            stored.update(id=blob_id, size=size)
            return lambda: self.vault.blobs.open(blob_id, blob_key, size)

        try:
            media = describe_file(path, limits or DEFAULT_LIMITS, frame_pdq=frame_pdq, store=store)
            if not stored:  # an image, described from memory
                return self.ingest(case_id, media, source=source, acquired_by=acquired_by, how=how), media
            return self._record_media(case_id, media, stored["id"], stored["size"], blob_key, source, acquired_by,
                                      how), media
        except BaseException:
            if stored and not self._blob_recorded(stored["id"]):
                self.vault.blobs.delete(stored["id"])
            raise

    def _blob_recorded(self, blob_id: str) -> bool:
        return self.vault.db.conn.execute("SELECT 1 FROM blobs WHERE id = ?", (blob_id,)).fetchone() is not None

    def _record_media(self, case_id: str, media: Any, blob_id: str, blob_size: int, blob_key: bytes,
                      source: dict | None, acquired_by: str, how: str) -> str:
        """Seal the ``media.ingested`` record of a media whose bytes are already in blob ``blob_id``."""
        wrapped = crypto.wrap(self._data_key, blob_key, BLOB_KEY_DOMAIN + blob_id.encode())
        pdq = getattr(media, "pdq", None)
        body = {
            "sha256": media.sha256, "sha1": media.sha1, "md5": media.md5, "size": media.size,
            "kind": media.kind, "format": media.format, "mime": media.mime,
            "width": int(media.width), "height": int(media.height), "frame_count": int(media.frame_count),
            "duration_ms": _ms(getattr(media, "duration_s", None)),
            "fps_milli": _ms(getattr(media, "fps", None)),
            "pdq": {"hex": pdq.hex, "quality": int(pdq.quality)} if pdq is not None else None,
            "frame_pdqs": [{"index": int(f.index), "ms": _ms(f.seconds), "hex": f.pdq.hex, "quality": int(f.pdq.quality)}
                           for f in getattr(media, "frame_pdqs", ())],
            "blob": {"id": blob_id, "size": blob_size},
        }
        sealed = {
            "name": media.name, "extension_note": getattr(media, "extension_note", None),
            "source": source, "acquired_by": acquired_by, "how": how,
            "metadata": getattr(media, "metadata", {}) or {},
            "signals": [dataclasses.asdict(s) if dataclasses.is_dataclass(s) else s for s in getattr(media, "signals", ())],
        }
        with self._write() as conn:
            record = self._append(conn, case_id, "media.ingested", body, sealed)
            conn.execute("INSERT INTO blobs (id, size, wrapped_key, record) VALUES (?,?,?,?)",
                         (blob_id, blob_size, wrapped, record.id))
        return record.id

    def open_media(self, media_id: str) -> Any:
        """A seekable binary stream of a media's original bytes, decrypted chunk by chunk as it is read (a
        video is never held in memory; close the stream after use). Each chunk is authenticated as it is
        read, so the stream gives the bytes stored or raises ``TamperedVault``; ``read_media`` also checks the
        whole against the signed SHA-256. Raise ``UnknownMedia``, ``MediaPurged`` or ``TamperedVault``."""
        return self.media_opener(media_id)()

    def media_opener(self, media_id: str) -> Callable[[], Any]:
        """A function opening a new stream of a media's original bytes, as ``open_media`` does, that reads no
        record and no key again: the database is read now, on this session's thread; the function only opens
        the blob file, so a worker thread may call it (a reopened video is decoded on the pool). Raise
        ``UnknownMedia`` or ``MediaPurged`` now; the function raises ``TamperedVault``."""
        record = self.vault.record(media_id)
        if record.type != "media.ingested":
            raise UnknownMedia(media=media_id, case=record.log)
        blob = record.body["blob"]
        blob_id, size = blob["id"], blob["size"]
        row = self.vault.db.conn.execute("SELECT wrapped_key FROM blobs WHERE id = ?", (blob_id,)).fetchone()
        if row is None:
            raise MediaPurged()
        try:
            blob_key = crypto.unwrap_with_any(self._keyring, bytes(row[0]), BLOB_KEY_DOMAIN + blob_id.encode())
        except crypto.DecryptionFailed as exc:
            raise TamperedVault(str(exc), what=WHAT_STORED_FILE, file=blob_id[:12]) from exc
        blobs = self.vault.blobs

        def opened() -> Any:
            try:
                return blobs.open(blob_id, blob_key, size)
            except BlobProblem as exc:
                raise TamperedVault(str(exc), what=WHAT_STORED_FILE, file=blob_id[:12]) from exc

        return opened

    def _check_media(self, case_id: str, media_id: str) -> None:
        """Raise ``UnknownCase``/``UnknownMedia`` unless ``media_id`` was ingested in ``case_id``."""
        if (case_id, media_id) not in self._known_media:
            self._media_record(case_id, media_id)
            self._known_media.add((case_id, media_id))

    def _media_record(self, case_id: str, media_id: str) -> Record:
        self.vault._require_case(case_id)
        row = self.vault.db.conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM records WHERE id = ? AND log = ? AND type = 'media.ingested'",
            (media_id, case_id),
        ).fetchone()
        if row is None:
            raise UnknownMedia(media=media_id, case=case_id)
        return _row_record(row)

    def record_analysis(self, case_id: str, media_id: str, *, method: dict, summary: dict,
                        heatmaps: Mapping[str, bytes] | None = None) -> Record:
        """Record an analysis (detector or forensic method) of a media; heatmap PNGs are stored encrypted."""
        self._check_media(case_id, media_id)
        if heatmaps:
            self._before_files()
        stored = {}
        rows = []
        for heatmap_id, png in (heatmaps or {}).items():
            blob_id, size, wrapped = self._store_blob(bytes(png))
            stored[str(heatmap_id)] = {"sha256": hashlib.sha256(png).hexdigest(), "blob": {"id": blob_id, "size": size}}
            rows.append((blob_id, size, wrapped))
        with self._write() as conn:
            record = self._append(conn, case_id, "analysis.run",
                                  {"media": media_id, "method": method, "heatmaps": stored}, {"summary": summary})
            for blob_id, size, wrapped in rows:
                conn.execute("INSERT OR IGNORE INTO blobs (id, size, wrapped_key, record) VALUES (?,?,?,?)",
                             (blob_id, size, wrapped, record.id))
        return record

    def record_reveal(self, case_id: str, media_id: str, *, region: dict, duration_s: float) -> Record:
        """Record that a reviewer revealed one sensitive region for ``duration_s`` seconds."""
        self._check_media(case_id, media_id)
        with self._write() as conn:
            # The box is sealed (format 3): it outlines a body, and with the media's hash it would tell
            # whoever copies the folder where on a known picture the reviewer looked.
            return self._append(conn, case_id, "region.revealed",
                                {"media": media_id, "duration_ms": _ms(duration_s)}, {"region": region})

    def seal_review(self, case_id: str, media_id: str, *, labels: Sequence[str], qualification: str = "",
                    notes: str = "", source: dict | None = None, supersedes: str | None = None) -> Record:
        """Seal a reviewer's conclusion. ``labels`` come from ``LABELS``; raise ``InvalidLabel`` for an unknown
        label and ``ContradictoryLabels`` for labels that exclude each other (reviewer.vault.vocabulary).

        A correction passes ``supersedes``, the id of the media's latest ``review.sealed`` record, which the new
        record names in its body (docs/vault-format.md 4.3); ``NotLatestReview`` when it is not that record (one
        sealed meanwhile, or another media's). Nothing is written when an error is raised."""
        labels = list(dict.fromkeys(labels))
        if not labels:
            raise InvalidLabel(label="(none)", allowed=", ".join(LABELS))
        for label in labels:
            if label not in LABELS:
                raise InvalidLabel(label=label, allowed=", ".join(LABELS))
        clash = contradiction(labels)
        if clash:
            raise ContradictoryLabels(first=clash[0], second=clash[1], why=clash[2])
        self._check_media(case_id, media_id)
        body: dict[str, Any] = {"media": media_id, "labels": labels}
        with self._write() as conn:
            if supersedes is not None:
                latest = self._latest_review(conn, case_id, media_id)
                if supersedes != latest:
                    row = conn.execute("SELECT leaf FROM records WHERE log = ? AND id = ? AND type = 'review.sealed'",
                                       (case_id, supersedes)).fetchone()
                    named = row is not None and parse_canonical(bytes(row[0]))["body"].get("media") == media_id
                    if latest is None or not named:  # a wrong id, or no decision yet: not a race
                        raise NothingToCorrect(record=str(supersedes)[:32])
                    raise NotLatestReview(media=media_id[:12])
                body["supersedes"] = supersedes
            record = self._append(conn, case_id, "review.sealed", body,
                                  {"notes": notes, "source": source, "qualification": qualification})
            if minors.SUSPECTED_MINOR in labels:
                minors.insert(conn, minors.row_of(media_id, case_id, self._media_record(case_id, media_id).body))
            return record

    @staticmethod
    def _latest_review(conn: Any, case_id: str, media_id: str) -> str | None:
        """The id of the latest review.sealed record of ``media_id`` in ``case_id`` (None: never reviewed)."""
        # Only reviews whose bytes hold the media id are parsed (canonical JSON writes it as this string).
        for rid, leaf in conn.execute(
                "SELECT id, leaf FROM records WHERE log = ? AND type = 'review.sealed' "
                "AND instr(leaf, CAST(? AS BLOB)) > 0 ORDER BY seq DESC", (case_id, '"' + media_id + '"')):
            if parse_canonical(bytes(leaf))["body"].get("media") == media_id:
                return rid
        return None

    def record_export(self, case_id: str, *, bundle_sha256: str, recipient: str, what: dict) -> Record:
        """Record that an exhibit of this case was exported (its SHA-256 and for whom)."""
        self.vault._require_case(case_id)
        with self._write() as conn:
            return self._append(conn, case_id, "exhibit.exported",
                                {"bundle_sha256": bundle_sha256, "what": what}, {"recipient": recipient})

    def store_file(self, data: bytes) -> StoredFile:
        """Write ``data`` as an encrypted blob, durably, before the record that will name it.

        Pass the result to ``append_record(files=...)``; an unreferenced blob (the record never
        appended) is harmless, as after a crash (docs/vault-format.md 3).
        """
        self._before_files()
        blob_id, size, wrapped = self._store_blob(bytes(data))
        return StoredFile(blob_id, size, wrapped, hashlib.sha256(data).hexdigest())

    def append_record(self, case_id: str, type_: str, body: dict, sealed: dict, *,
                      files: Sequence[StoredFile] = ()) -> Record:
        """Sign and append a record of a type that has no method of its own here (those of
        ``reviewer.takedown``: hash lists, matches, captures, notices); ``files`` are the blobs it names.

        Raise ``UnknownCase``, ``UnknownMedia`` (a ``media`` member naming no media of the case), or
        ``InvalidRecordValue`` when the values cannot be recorded.
        """
        if type_ not in APPENDABLE_TYPES:
            raise ValueError(f"{type_} records are written by their own method")
        self.vault._require_case(case_id)
        if "media" in body:
            self._check_media(case_id, body["media"])
        with self._write() as conn:
            record = self._append(conn, case_id, type_, body, sealed)
            conn.executemany("INSERT OR IGNORE INTO blobs (id, size, wrapped_key, record) VALUES (?,?,?,?)",
                             [(f.id, f.size, f.wrapped, record.id) for f in files])
        return record

    def purge_media(self, case_id: str, media_id: str, reason: str) -> Record:
        """Destroy a media's bytes (and its heatmaps), keeping its hashes; record why."""
        ingest = self._media_record(case_id, media_id)
        blob_ids = [ingest.body["blob"]["id"]]
        for record in self.vault._records_of_type(case_id, "analysis.run"):
            if record.body["media"] == media_id:
                blob_ids += [h["blob"]["id"] for h in record.body["heatmaps"].values()]
        with self._write() as conn:
            record = self._append(conn, case_id, "media.purged", {"media": media_id, "blobs": blob_ids},
                                  {"reason": reason})
            conn.executemany("DELETE FROM blobs WHERE id = ?", [(b,) for b in blob_ids])
            thumbnails.remove(conn, self._data_key, media_id)
        # After the commit: the record saying the bytes are destroyed exists before they are.
        for blob_id in blob_ids:
            self.vault.blobs.delete(blob_id)
        return record

    def read_media(self, media_id: str) -> bytes:
        """The original bytes of a media, decrypted and checked against its SHA-256.

        Raise ``UnknownMedia``, ``MediaPurged`` or ``TamperedVault``.
        """
        record = self.vault.record(media_id)
        if record.type != "media.ingested":
            raise UnknownMedia(media=media_id, case=record.log)
        blob = record.body["blob"]
        data = self.read_blob(blob["id"], blob["size"])
        if hashlib.sha256(data).hexdigest() != record.body["sha256"]:
            raise TamperedVault("media hash mismatch", what=WHAT_STORED_FILE, file=blob["id"][:12])
        return data

    def store_thumbnail(self, media_id: str, variant: str, png: bytes) -> None:
        """Keep ``png``, the grid's safe thumbnail of a stored media made as ``variant``, sealed with the data key
        (``reviewer.vault.thumbnails``: derived, not evidence, in no record); replaces the media's earlier one.
        Raise ``UnknownMedia`` for an id that is not a stored media, ``ValueError`` for an oversized picture."""
        if len(png) > thumbnails.MAX_PNG_BYTES:
            raise ValueError("a thumbnail is at most 1 MiB")
        record = self.vault.record(media_id)
        if record.type != "media.ingested":
            raise UnknownMedia(media=media_id, case=record.log)
        sealed = crypto.wrap(self._data_key, png, thumbnails.aad(media_id, variant))
        batch = self._batch_conn
        with (contextlib.nullcontext(batch) if batch is not None else transaction(self.vault.db)) as conn:
            if conn.execute("SELECT 1 FROM blobs WHERE id = ?", (record.body["blob"]["id"],)).fetchone() is None:
                return  # purged: nothing of its pixels is kept, not even a blurred one
            thumbnails.put(conn, self._data_key, media_id, variant, sealed)

    def thumbnail(self, media_id: str, variant: str) -> bytes | None:
        """The PNG kept by ``store_thumbnail`` for ``media_id`` made as ``variant``, or None (none kept, another
        variant, or a row that does not open: a cache, so it is simply made again)."""
        row = self.vault.db.conn.execute("SELECT variant, sealed FROM thumbnails WHERE media = ?",
                                         (media_id,)).fetchone()
        if row is None or row[0] != variant:
            return None
        return self.open_thumbnail(media_id, variant, row[1])

    def open_thumbnail(self, media_id: str, variant: str, sealed: Any) -> bytes | None:
        """A thumbnail row's PNG, or None when it does not open with the **current** data key under its media and
        variant. Never an older key: a revoked reviewer who kept one could otherwise plant a picture the grid
        shows (a thumbnail made before a revocation is simply made again)."""
        if not isinstance(sealed, bytes):
            return None
        try:
            return crypto.unwrap(self._data_key, sealed, thumbnails.aad(media_id, variant))
        except crypto.DecryptionFailed:
            return None

    def read_blob(self, blob_id: str, size: int | None = None) -> bytes:
        """The decrypted bytes of a blob (media or heatmap); raise ``MediaPurged`` or ``TamperedVault``."""
        row = self.vault.db.conn.execute("SELECT size, wrapped_key FROM blobs WHERE id = ?", (blob_id,)).fetchone()
        if row is None:
            raise MediaPurged()
        try:
            blob_key = crypto.unwrap_with_any(self._keyring, bytes(row[1]), BLOB_KEY_DOMAIN + blob_id.encode())
            return self.vault.blobs.read(blob_id, blob_key, row[0] if size is None else size)
        except (crypto.DecryptionFailed, BlobProblem) as exc:
            raise TamperedVault(str(exc), what=WHAT_STORED_FILE, file=blob_id[:12]) from exc

    def key_store_intact(self) -> bool:
        """True when the ``keys`` and ``meta`` rows are those the vault last wrote (``reviewer.vault.keystore``)."""
        return keystore.mac_matches(self.vault.db.conn, self._data_key)

    def thumbnails_intact(self) -> bool:
        """True when the thumbnail rows are those the vault last wrote (``reviewer.vault.thumbnails``; a vault
        whose MAC row was never written has nothing to compare, and a missing MAC row breaks the key store's)."""
        conn = self.vault.db.conn
        stored = thumbnails.stored_mac(conn)
        return stored is None or hmac.compare_digest(stored, thumbnails.mac_of_rows(conn, self._data_key))

    def blob_key(self, blob_id: str) -> bytes | None:
        """The key of a blob, or ``None`` when purged (for verification)."""
        row = self.vault.db.conn.execute("SELECT wrapped_key FROM blobs WHERE id = ?", (blob_id,)).fetchone()
        if row is None:
            return None
        return crypto.unwrap_with_any(self._keyring, bytes(row[0]), BLOB_KEY_DOMAIN + blob_id.encode())

    def decrypt_record(self, record: Record) -> dict[str, Any]:
        """The record's fields with ``body`` holding clear and decrypted sealed values (``sealed`` removed).

        Raise ``TamperedVault`` when a sealed value does not match its signed commitment.
        """
        fields = record.fields
        body = dict(fields["body"])
        for name, sealed in fields["sealed"].items():
            try:
                body[name] = self._sealer.open(fields["id"], name, sealed)
            except crypto.DecryptionFailed as exc:
                raise TamperedVault(str(exc), what=WHAT_RECORD, seq=record.seq, log=record.log) from exc
        out = {k: v for k, v in fields.items() if k != "sealed"}
        out["body"] = body
        return out

    def sign_manifest(self, manifest: bytes) -> bytes:
        """A detached Ed25519 signature by the vault's checkpoint key over an exhibit manifest (64 bytes).

        ``manifest`` must be a JSON object (it starts with ``{``), so that it can never be taken for a
        checkpoint note, the only other thing this key signs (a note starts with its origin). Raise
        ``InvalidRecordValue`` otherwise.
        """
        manifest = bytes(manifest)
        if not manifest.startswith(b"{") or not manifest.endswith(b"}"):
            raise InvalidRecordValue("not a manifest", why=WHY_NOT_RECORDABLE)
        return self._checkpoint_private.sign(manifest)

    def field_opening(self, record: Record, name: str) -> bytes:
        """The opening bytes of one sealed field (docs/vault-format.md 5), checked against its commitment.

        Giving these bytes to a third party discloses that one value, verifiable against the signed
        record, without the data key. Raise ``TamperedVault`` when it does not check.
        """
        try:
            return self._sealer.opening(record.id, name, record.fields["sealed"][name])
        except (crypto.DecryptionFailed, KeyError) as exc:
            raise TamperedVault(str(exc), what=WHAT_RECORD, seq=record.seq, log=record.log) from exc

    # -- trusted timestamps ------------------------------------------------------------------------------

    def seal_timestamp(self, reply: bytes, certificates_pem: bytes) -> tuple[Record, timestamps.CheckedToken]:
        """Check an RFC 3161 reply offline and seal it in the keys log (``timestamp.imported``, 4.6).

        ``reply`` must answer a request made from this vault on this account (``Vault.request_timestamp``)
        and be signed by the authority whose certificate comes first in ``certificates_pem``, followed by
        its CA chain (``reviewer.vault.timestamps.check_reply`` lists the checks). Return the record and
        what the token states. Raise ``TimestampRefused`` naming what failed, or ``TamperedVault`` when the
        stamped head is no longer a state of this vault; nothing is written then.
        """
        certificates = timestamps.load_certificates(bytes(certificates_pem))
        nonce = timestamps.reply_nonce(bytes(reply))
        # Before the pending request is looked up: once sealed, its request is forgotten.
        if any(record.body["reply"] == b64u(reply) for record in self.vault.sealed_timestamps()):
            raise TimestampRefused("already sealed", why=WHY_TSA_ALREADY_SEALED)
        pending = timestamps.pending_request(self.vault.vault_id, nonce)
        if pending is None:
            raise TimestampRefused(f"no pending request with nonce {nonce:x}", why=WHY_TSA_OTHER_REQUEST)
        token = timestamps.check_reply(bytes(reply), pending.request, pending.note.encode("utf-8"), certificates)
        try:
            cp = self.vault.open_head(pending.note)
        except ValueError as exc:
            raise TamperedVault(str(exc), what=WHAT_HEAD_LOG) from exc
        hashes = [bytes(r[0]) for r in self.vault.db.conn.execute(
            "SELECT leaf_hash FROM checkpoints WHERE seq < ? ORDER BY seq", (cp.size,))]
        if len(hashes) != cp.size or root_of(hashes) != cp.root:
            raise TamperedVault("the stamped head is not a state of this vault", what=WHAT_HEAD_LOG)
        with self._write() as conn:
            record = self._append(conn, KEYS_LOG, "timestamp.imported",
                                  timestamps.record_body(pending, bytes(reply), certificates, token), {})
        timestamps.forget_request(self.vault.vault_id, nonce)
        return record, token

    # -- keys -------------------------------------------------------------------------------------------

    def enroll(self, name: str, passphrase: str) -> str:
        """Enrol a new reviewer (their key wrapped under their passphrase); return the key id."""
        name = _clean_name(name)
        private, stored = keys.new_reviewer_key(name, passphrase, self._data_key, self.vault.vault_id)
        with self._write() as conn:
            _insert_key(conn, stored)
            self._append(conn, KEYS_LOG, "key.enrolled",
                         {"key": stored.key_id, "public_key": b64u(stored.public_key), "name": name}, {})
            keystore.store_mac(conn, self._data_key)
        return stored.key_id

    def enroll_recovery_key(self) -> tuple[str, str]:
        """Enrol a recovery key: a reviewer key named ``RECOVERY_NAME`` whose passphrase is a random code.

        Returns (key id, code). The code is shown once, to be printed and kept in the organisation's
        safe: with it (``--reviewer "Recovery key"``) the vault opens even when every reviewer's
        passphrase is forgotten or their key rows are damaged, and a new reviewer can be enrolled. It
        signs like any reviewer (its records say so) and is revoked like one.
        """
        code = "-".join(base64.b32encode(os.urandom(20)).decode("ascii")[i : i + 4] for i in range(0, 32, 4))
        return self.enroll(RECOVERY_NAME, code), code

    def revoke(self, key_id: str, reason: str) -> Record:
        """Revoke a reviewer key and rotate the vault's data key (docs/vault-format.md 6.6).

        In one transaction: the signed ``key.revoked`` record (its reason sealed under the new key), the
        revoked key's wrapped secrets erased, a new data key for everything written afterwards, sealed to
        each remaining reviewer's key (the recovery key included) as enrolled in the signed key log, the
        earlier data keys kept wrapped under it, and a new checkpoint key (``checkpoint_key.rotated``, handed over
        by the old key, which is not kept: docs/vault-format.md 4.8), wrapped under the new data key. A copy of
        the revoked reviewer's key row then opens only the older data key and the old checkpoint key: nothing
        written after the revocation, and no key that may sign the vault's checkpoints from then on.
        Raise ``UnknownKey`` when ``key_id`` is not an active key, ``LastKey`` when no other key (a reviewer's
        or the recovery key) could open the vault afterwards; on failure nothing changes.
        """
        row = self.vault.db.conn.execute(
            "SELECT wrapped_private FROM keys WHERE key_id = ?", (key_id,)).fetchone()
        if row is None or row[0] is None:
            raise UnknownKey(key=key_id)
        vault_id = self.vault.vault_id
        remaining = [(other, public) for other, (public, active) in self.vault._signed_keys().items()
                     if active and other != key_id]
        # The new data key reaches only the remaining keys that have a row to hold it: with none, nobody could
        # ever open the vault again (its evidence unreadable, nothing more recorded). Refused before any change.
        with_rows = {r[0] for r in self.vault.db.conn.execute("SELECT key_id FROM keys WHERE wrapped_private IS NOT NULL")}
        if not any(other in with_rows for other, _ in remaining):
            raise LastKey(key=key_id)
        before = (self._data_key, self._older_keys)
        old_checkpoint_private = self._checkpoint_private
        new_checkpoint_private = Ed25519PrivateKey.generate()
        new_key, older = crypto.new_key(), [*self._older_keys, self._data_key]
        self._use_data_keys(new_key, older)
        # The old checkpoint key is not kept: wrapped under the old data key, it is what a revoked reviewer's
        # copy of the folder still opens.
        meta = {"checkpoint_key_wrapped": b64u(keys.wrap_checkpoint_key(new_checkpoint_private, new_key, vault_id)),
                OLDER_DATA_KEYS: b64u(keys.wrap_older_data_keys(older, new_key, vault_id))}
        self._revoking = True
        try:
            with self._write() as conn:
                # The key log as it stands, sealed again after every checkpoint made so far: an exhibit shows
                # with it that a record of the revoked key was sealed before its revocation (4.7, exhibit 4).
                self._checkpoint_log(conn, KEYS_LOG)
                # The new checkpoint key signs from the next leaf of the vault-level log on: the key log's
                # checkpoint covering this record and the revocation, which the end of this transaction signs
                # first (4.8). Before the revocation, so that a reviewer revoking their own key still signs it
                # while enrolled.
                signs_from = self._vault_state(conn).size
                self._append(conn, KEYS_LOG, key_rotation.ROTATED,
                             key_rotation.rotation_body(vault_id, signs_from, old_checkpoint_private,
                                                        new_checkpoint_private), {})
                self._checkpoint_private = new_checkpoint_private
                record = self._append(conn, KEYS_LOG, "key.revoked", {"key": key_id}, {"reason": reason})
                conn.execute("UPDATE keys SET wrapped_private = NULL, wrapped_data_key = NULL WHERE key_id = ?",
                             (key_id,))
                for other, public in remaining:
                    conn.execute("UPDATE keys SET wrapped_data_key = ? WHERE key_id = ? AND wrapped_private IS NOT NULL",
                                 (keys.seal_data_key(public, new_key, vault_id, other), other))
                conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
                # The thumbnail cache opens with the current key only (``open_thumbnail``): made again.
                if thumbnails.table_exists(conn):
                    thumbnails.clear(conn)
                keystore.store_mac(conn, new_key)
        except BaseException:
            self._use_data_keys(*before)
            self._checkpoint_private = old_checkpoint_private
            raise
        finally:
            self._revoking = False
        self.vault._meta.update(meta)
        return record


def _ms(seconds: float | None) -> int | None:
    if seconds is None:
        return None
    return int(round(float(seconds) * 1000))
