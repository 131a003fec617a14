"""The worked example in docs/vault-format.md verifies with the rules the document states."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from reviewer.vault.canonical import b64u, from_b64u, parse_canonical
from reviewer.vault.checkpoint import NoteVerifier, open_checkpoint
from reviewer.vault.keys import key_id

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def test_the_worked_example_is_consistent():
    example = DOC.read_text(encoding="utf-8").split("## Appendix: a worked example", 1)[1]
    genesis, signed, opening, note = re.findall(r"```\n(.*?)```", example, re.S)
    genesis_fields = parse_canonical(genesis.strip().encode())
    public = from_b64u(genesis_fields["body"]["public_key"])
    assert key_id(public) == genesis_fields["body"]["key"] == genesis_fields["signer"]
    leaf, signature = signed.strip().split("\nsig: ")
    fields = parse_canonical(leaf.encode())
    Ed25519PublicKey.from_public_bytes(public).verify(from_b64u(signature), b"reviewer-record-v1\n" + leaf.encode())
    opened = opening.strip().encode()
    assert b64u(hashlib.sha256(b"reviewer-field-v1\n" + opened).digest()) == fields["sealed"]["notes"]["c"]
    assert json.loads(opened)["field"] == "notes"
    checkpoint = open_checkpoint(note, NoteVerifier.parse(genesis_fields["body"]["checkpoint_key"]),
                                 f"reviewer.vault/{genesis_fields['body']['vault']}/case/{fields['case']}")
    assert checkpoint.size == fields["seq"] + 1
