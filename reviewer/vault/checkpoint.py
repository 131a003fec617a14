"""C2SP signed notes (Ed25519) and tlog-checkpoint bodies; see docs/vault-format.md section 7."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from reviewer.vault.canonical import b64, from_b64

ED25519_TYPE = b"\x01"
SIGNATURE_PREFIX = "\u2014 "
_MAX_NOTE = 64 * 1024
_MAX_SIGNATURES = 16


class NoteError(ValueError):
    """A signed note or checkpoint is malformed, or carries no valid signature by the expected key."""


def note_key_id(name: str, public_key: bytes) -> bytes:
    """C2SP key id: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519_TYPE + public_key).digest()[:4]


def _check_name(name: str) -> None:
    if not name or any(c.isspace() or c == "+" for c in name):
        raise NoteError("a key name must be non-empty with no spaces or '+'")


@dataclass(frozen=True)
class NoteVerifier:
    """An Ed25519 note verifier key: name and 32-byte public key."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return note_key_id(self.name, self.public_key)

    def vkey(self) -> str:
        """``<name>+<hex key id>+<b64(0x01 || public key)>``."""
        return f"{self.name}+{self.key_id.hex()}+{b64(ED25519_TYPE + self.public_key)}"

    @classmethod
    def parse(cls, vkey: str) -> NoteVerifier:
        """Parse a vkey string; raise ``NoteError`` when it is malformed or its key id does not match."""
        parts = vkey.split("+", 2)  # the base64 key may itself contain '+' (C2SP splits at most twice)
        if len(parts) != 3:
            raise NoteError("malformed verifier key")
        name, hex_id, key = parts
        _check_name(name)
        try:
            raw = from_b64(key)
        except ValueError as exc:
            raise NoteError("malformed verifier key") from exc
        if len(raw) != 33 or raw[:1] != ED25519_TYPE:
            raise NoteError("not an Ed25519 verifier key")
        out = cls(name, raw[1:])
        if out.key_id.hex() != hex_id:
            raise NoteError("verifier key id does not match its key")
        return out


def origin_of(vault_id: str, log: str | None) -> str:
    """Checkpoint origin of a log (``None``: the vault-level log; ``"keys"``: the key log; else a case)."""
    if log is None:
        return f"reviewer.vault/{vault_id}"
    if log == "keys":
        return f"reviewer.vault/{vault_id}/keys"
    return f"reviewer.vault/{vault_id}/case/{log}"


def key_name_of(vault_id: str) -> str:
    """The name of a vault's checkpoint key (C2SP signed-note key name)."""
    return f"reviewer.vault/{vault_id}"


FINGERPRINT_DOMAIN = b"reviewer-vault-fingerprint-v1\n"


def fingerprint(vkey: str) -> str:
    """The short fingerprint of a vault's checkpoint key, to be read aloud and compared by a person.

    ``vkey`` is the exact vkey string (docs/vault-format.md 7.1). The result is the first 12 bytes of
    SHA-256("reviewer-vault-fingerprint-v1\n" || vkey) as six groups of four hex digits joined by "-"
    (96 bits: finding another key with the same fingerprint is out of reach). Never fails.
    """
    digest = hashlib.sha256(FINGERPRINT_DOMAIN + vkey.encode("utf-8")).hexdigest()[:24]
    return "-".join(digest[i : i + 4] for i in range(0, 24, 4))


def sign_note(text: str, name: str, private_key: Ed25519PrivateKey) -> str:
    """Sign ``text`` (non-empty, ending in a newline) as a C2SP note with one Ed25519 signature."""
    _check_name(name)
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise NoteError("note text must be non-empty lines ending with a newline")
    public = private_key.public_key().public_bytes_raw()
    signature = private_key.sign(text.encode("utf-8"))
    return f"{text}\n{SIGNATURE_PREFIX}{name} {b64(note_key_id(name, public) + signature)}\n"


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")  # control characters other than the newline


def open_note(note: str, verifier: NoteVerifier, verified: Container[str] = ()) -> str:
    """Return the text of ``note`` once a signature by ``verifier`` checks; raise ``NoteError``.

    Signatures by other keys are ignored, as C2SP requires; a failing signature by the known key
    rejects the note. ``verified`` holds notes this function already opened with the same verifier
    (in a verification worker): their Ed25519 check is not repeated, everything else is.
    """
    if not isinstance(note, str) or len(note) > _MAX_NOTE or not note.endswith("\n"):
        raise NoteError("not a signed note")
    if _CONTROL.search(note):
        raise NoteError("control characters in a note")
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("no signature block")
    text, block = note[: split + 1], note[split + 2 :]
    lines = block[:-1].split("\n")
    if not lines or len(lines) > _MAX_SIGNATURES:
        raise NoteError("bad number of signatures")
    found = False
    public = Ed25519PublicKey.from_public_bytes(verifier.public_key)
    for line in lines:
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError("malformed signature line")
        name, _, sig64 = line[len(SIGNATURE_PREFIX) :].partition(" ")
        try:
            raw = from_b64(sig64)
        except ValueError as exc:
            raise NoteError("malformed signature") from exc
        if len(raw) < 5:
            raise NoteError("malformed signature")
        if name != verifier.name or raw[:4] != verifier.key_id:
            continue
        try:
            if note not in verified:
                public.verify(raw[4:], text.encode("utf-8"))
        except InvalidSignature as exc:
            raise NoteError("the checkpoint signature does not verify") from exc
        found = True
    if not found:
        raise NoteError("no signature by the checkpoint key")
    return text


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{b64(self.root)}\n"


_SIZE_RE = re.compile(r"0|[1-9][0-9]{0,19}")


def sign_checkpoint(checkpoint: Checkpoint, name: str, private_key: Ed25519PrivateKey) -> str:
    return sign_note(checkpoint.text(), name, private_key)


def open_checkpoint(note: str, verifier: NoteVerifier, origin: str | None = None,
                    verified: Container[str] = ()) -> Checkpoint:
    """Verify a checkpoint note and parse it; raise ``NoteError``.

    Extension lines are rejected (version 1 writes none); ``origin``, when given, must match.
    ``verified``: as for ``open_note``.
    """
    text = open_note(note, verifier, verified)
    lines = text[:-1].split("\n")
    if len(lines) != 3:
        raise NoteError("a checkpoint has exactly three lines here")
    found_origin, size, root64 = lines
    if not found_origin or not _SIZE_RE.fullmatch(size):
        raise NoteError("malformed checkpoint")
    try:
        root = from_b64(root64)
    except ValueError as exc:
        raise NoteError("malformed checkpoint root") from exc
    if len(root) != 32:
        raise NoteError("checkpoint root is not 32 bytes")
    if origin is not None and found_origin != origin:
        raise NoteError(f"checkpoint is for {found_origin!r}, not {origin!r}")
    return Checkpoint(found_origin, int(size), root)


def peek_checkpoint(note: str) -> Checkpoint:
    """Parse a checkpoint note WITHOUT verifying it (to find which key and log it claims)."""
    try:
        origin, size, root64 = note.split("\n", 3)[:3]
        return Checkpoint(origin, int(size), from_b64(root64))
    except ValueError as exc:
        raise NoteError("malformed checkpoint") from exc
