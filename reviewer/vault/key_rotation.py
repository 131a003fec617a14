"""The vault's checkpoint key, replaced at each revocation (docs/vault-format.md 4.8, docs/adr/0027).

The checkpoint key signs every checkpoint note, every vault head and every exhibit manifest. Its seed is
wrapped under the data key, so a revoked reviewer who kept a copy of the folder from before their revocation
also kept it. A revocation therefore draws a new checkpoint key, in its own transaction, and appends a signed
``checkpoint_key.rotated`` record to the key log naming:

- ``checkpoint_key``: the new key's vkey (same key name, ``reviewer.vault/<vault id>``, another key id);
- ``signs_from``: the index of the vault-level log (7.3) from which the new key signs: every leaf at that index
  or later, and every vault head of more leaves than that index, is signed by the new key and by no older one;
- ``endorsement``: the OLD key's Ed25519 signature over ``rotation_message`` (the handover, authenticated by
  the key recipients pinned, so that a chain can only start from the vault's own identity).

``CheckpointKeys`` is that chain as a verifier uses it: the vault's identity (the key of ``vault.created``),
then each successor with the index it signs from. It says which key must have signed a vault-level leaf or a
vault head, and which one signs now. This module reads; ``reviewer.vault.verify`` checks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reviewer.vault.canonical import NotCanonical, b64u, from_b64u, parse_canonical
from reviewer.vault.checkpoint import NoteError, NoteVerifier, key_name_of
from reviewer.vault.records import KEYS_LOG

ROTATED = "checkpoint_key.rotated"  # the record type
ROTATION_DOMAIN = b"reviewer-checkpoint-key-rotation-v1\n"


def rotation_message(vault_id: str, signs_from: int, new_vkey: str) -> bytes:
    """What the old checkpoint key signs to hand over to ``new_vkey``:
    ``"reviewer-checkpoint-key-rotation-v1\\n" || vault id || "\\n" || signs_from (decimal) || "\\n" || vkey || "\\n"``.

    It starts with neither a checkpoint origin (``reviewer.vault/``) nor ``{`` (a manifest), the two other
    things this key signs, so no signature can be taken for another."""
    return ROTATION_DOMAIN + f"{vault_id}\n{int(signs_from)}\n{new_vkey}\n".encode("utf-8")


def rotation_body(vault_id: str, signs_from: int, old: Ed25519PrivateKey, new: Ed25519PrivateKey) -> dict:
    """The body of a ``checkpoint_key.rotated`` record handing over from ``old`` to ``new`` at vault-level index
    ``signs_from``."""
    vkey = NoteVerifier(key_name_of(vault_id), new.public_key().public_bytes_raw()).vkey()
    return {"checkpoint_key": vkey, "signs_from": int(signs_from),
            "endorsement": b64u(old.sign(rotation_message(vault_id, signs_from, vkey)))}


class RotationInvalid(ValueError):
    """A ``checkpoint_key.rotated`` record that does not hand over from the chain's current key."""


@dataclass(frozen=True)
class Rotation:
    """One replacement of the checkpoint key: the record (key-log ``seq``, ``record`` id, ``time``), the new key
    (``verifier``) and the vault-level index it signs from (``start``)."""

    seq: int
    record: str
    time: str
    start: int
    verifier: NoteVerifier


@dataclass(frozen=True)
class CheckpointKeys:
    """The chain of checkpoint keys: ``identity`` (the key of ``vault.created``, what recipients pin) and the
    ``rotations`` in key-log order, their ``start`` strictly increasing."""

    identity: NoteVerifier
    rotations: tuple[Rotation, ...] = ()

    @property
    def current(self) -> NoteVerifier:
        """The key that signs now (the identity when the key was never replaced)."""
        return self.rotations[-1].verifier if self.rotations else self.identity

    @property
    def all(self) -> tuple[NoteVerifier, ...]:
        """Every key of the chain, oldest first."""
        return (self.identity, *(rotation.verifier for rotation in self.rotations))

    def at(self, index: int) -> NoteVerifier:
        """The key that must have signed leaf ``index`` of the vault-level log."""
        position = bisect.bisect_right([rotation.start for rotation in self.rotations], index)
        return self.rotations[position - 1].verifier if position else self.identity

    def for_head(self, size: int) -> NoteVerifier:
        """The key that must have signed a vault head (a vault-level checkpoint) of ``size`` leaves: the key of
        its last leaf."""
        return self.at(max(0, size - 1))

    def older_than(self, verifier: NoteVerifier) -> tuple[NoteVerifier, ...]:
        """The keys of the chain before ``verifier`` (those a note after its start must NOT be signed by)."""
        keys = self.all
        return keys[: keys.index(verifier)] if verifier in keys else ()

    def extended(self, rotation: Rotation, vault_id: str, endorsement: bytes) -> CheckpointKeys:
        """This chain followed by ``rotation``, once its ``endorsement`` (the current key's signature over
        ``rotation_message``) checks, its key is new to the chain and named for this vault, and its start
        comes after the previous one. Raise ``RotationInvalid`` otherwise."""
        new = rotation.verifier
        if new.name != key_name_of(vault_id):
            raise RotationInvalid("the new key is not named for this vault")
        if any(new.public_key == known.public_key for known in self.all):
            raise RotationInvalid("the new key is not new")
        previous_start = self.rotations[-1].start if self.rotations else 0
        if rotation.start <= previous_start:
            raise RotationInvalid("the new key starts no later than the one it replaces")
        try:
            Ed25519PublicKey.from_public_bytes(self.current.public_key).verify(
                endorsement, rotation_message(vault_id, rotation.start, new.vkey()))
        except (InvalidSignature, ValueError) as exc:
            raise RotationInvalid("the replaced key did not sign the handover") from exc
        return CheckpointKeys(self.identity, (*self.rotations, rotation))


def parse_rotation(fields: dict) -> tuple[Rotation, bytes]:
    """The ``Rotation`` a parsed ``checkpoint_key.rotated`` record states and its endorsement (64 bytes); raise
    ``RotationInvalid`` when its body is not of that form (the chain checks the rest, ``extended``)."""
    body = fields["body"]
    try:
        verifier = NoteVerifier.parse(body["checkpoint_key"])
        start = body["signs_from"]
        endorsement = from_b64u(body["endorsement"])
    except (NoteError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RotationInvalid(f"malformed rotation: {exc}") from exc
    if not isinstance(start, int) or isinstance(start, bool) or start < 1 or len(endorsement) != 64:
        raise RotationInvalid("malformed rotation")
    return Rotation(int(fields["seq"]), str(fields["id"]), str(fields["time"]), start, verifier), endorsement


def read_chain(conn, identity: NoteVerifier, vault_id: str) -> CheckpointKeys:
    """The chain of checkpoint keys as the vault's key log states it, read without the full verification
    (which checks every record): the rotation records in order, each kept only while it hands over properly
    from the key before it. Reads the key log's rotation records only (a handful, one per revocation)."""
    chain = CheckpointKeys(identity)
    rows = conn.execute("SELECT CASE WHEN typeof(leaf) = 'blob' THEN leaf END FROM records "
                        "WHERE log = ? AND type = ? ORDER BY seq", (KEYS_LOG, ROTATED)).fetchall()
    for (leaf,) in rows:
        try:
            fields = parse_canonical(leaf)
            rotation, endorsement = parse_rotation(fields)
            chain = chain.extended(rotation, vault_id, endorsement)
        except (NotCanonical, RotationInvalid, KeyError, TypeError, ValueError):
            break  # verification names the damaged record; what follows it is not followed
    return chain
