"""The worked example in docs/vault-format.md, recomputed from the document's text alone.

Only the standard library and ``cryptography`` (for Ed25519), as an independent implementer would:
nothing of reviewer.vault is used to compute, so a rule the document states wrongly fails here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def _blocks() -> dict[str, str]:
    example = DOC.read_text(encoding="utf-8").split("## Appendix: a worked example", 1)[1]
    return {kind: text for kind, text in re.findall(r"```([a-z]+)\n(.*?)```", example, re.S)}


def _b64u(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _root(hashes: list[bytes]) -> bytes:
    """RFC 9162 Merkle tree hash, written from the document's description (7.1)."""
    if len(hashes) == 1:
        return hashes[0]
    split = 1
    while split * 2 < len(hashes):
        split *= 2
    return _sha256(b"\x01" + _root(hashes[:split]) + _root(hashes[split:]))


def test_the_checkpoint_root_is_recomputed_from_the_leaves_in_the_document():
    blocks = _blocks()
    leaves = [line.encode("utf-8") for line in blocks["leaves"].splitlines()]
    assert len(leaves) == 3
    hashes = [_sha256(b"\x00" + leaf) for leaf in leaves]
    assert [h.hex() for h in hashes] == blocks["hashes"].split()
    tree = dict(re.findall(r"^(n01|root)\s+=.*= ([0-9a-f]{64})$", blocks["tree"], re.M))
    assert tree["n01"] == _sha256(b"\x01" + hashes[0] + hashes[1]).hex()
    root = _root(hashes)
    assert tree["root"] == root.hex()
    origin, size, root_line, blank, signature_line = blocks["note"].rstrip("\n").split("\n")
    assert (int(size), blank) == (3, "")
    assert base64.b64decode(root_line) == root
    # The signed note checks with the vkey: name+hex key id+b64(0x01 || public key), split at the first two "+".
    vkey, fingerprint = blocks["vkey"].split("\n")[:2]
    name, key_hash, key_b64 = vkey.split("+", 2)
    key = base64.b64decode(key_b64)
    assert key[0] == 1 and _sha256(name.encode() + b"\n" + key)[:4].hex() == key_hash
    assert fingerprint == "-".join(
        _sha256(b"reviewer-vault-fingerprint-v1\n" + vkey.encode())[:12].hex()[i:i + 4] for i in range(0, 24, 4))
    dash, signer, signature = signature_line.split(" ")
    raw = base64.b64decode(signature)
    assert (dash, signer, raw[:4].hex()) == ("\u2014", name, key_hash)
    Ed25519PublicKey.from_public_bytes(key[1:]).verify(raw[4:], f"{origin}\n{size}\n{root_line}\n".encode())
    assert origin == f"{name}/case/{json.loads(leaves[0])['case']}"


def test_the_records_chain_and_verify_with_the_genesis_key():
    blocks = _blocks()
    genesis = json.loads(blocks["genesis"])
    public = _b64u(genesis["body"]["public_key"])
    assert _sha256(b"reviewer-key-v1\n" + public)[:8].hex() == genesis["body"]["key"] == genesis["signer"]
    leaves = [line.encode("utf-8") for line in blocks["leaves"].splitlines()]
    signatures = blocks["signatures"].split()
    previous = None
    for seq, (leaf, signature) in enumerate(zip(leaves, signatures)):
        fields = json.loads(leaf)
        # RFC 8785 for these ASCII, float-free records: sorted keys, no spaces.
        assert json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() == leaf
        assert fields["seq"] == seq and fields["signer"] == genesis["signer"]
        assert fields["prev"] == (None if previous is None else
                                  base64.urlsafe_b64encode(_sha256(b"\x00" + previous)).decode().rstrip("="))
        Ed25519PublicKey.from_public_bytes(public).verify(_b64u(signature), b"reviewer-record-v1\n" + leaf)
        previous = leaf
    opening = blocks["opening"].strip().encode("utf-8")
    sealed = json.loads(leaves[2])["sealed"]["notes"]
    assert base64.urlsafe_b64encode(_sha256(b"reviewer-field-v1\n" + opening)).decode().rstrip("=") == sealed["c"]
    assert json.loads(opening)["field"] == "notes"
