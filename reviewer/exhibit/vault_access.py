"""What the exhibit needs from the vault beyond its documented facade, in one place.

Two things an exhibit needs are not (yet) in the facade of docs/api.md:
- the *opening* of a sealed field (the canonical ``{"field","salt","value"}`` bytes, section 5 of
  docs/vault-format.md), which lets a court check a disclosed value against the signed commitment
  without the vault's data key (``session.decrypt_record`` returns only the values);
- an inclusion proof of a log checkpoint in the vault-level log (``vault.inclusion_proof`` proves
  records in a case log).
When the vault offers ``session.field_opening(record, name)`` and
``vault.vault_inclusion_proof(note)`` they are used; until then this module computes them from the
vault's own modules (crypto, merkle, proofs) and the documented tables, and nothing else in the
exhibit package touches the vault's internals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewer.exhibit.errors import ExportFailed


@dataclass(frozen=True)
class Proofs:
    case_checkpoint: str
    keys_checkpoint: str
    case_proof: str  # C2SP tlog-proof: the case checkpoint note is a leaf of the vault-level log
    keys_proof: str
    vault_checkpoint: str
    case_size: int
    keys_size: int


def openings(session: Any, record: Any) -> dict[str, str]:
    """Field name -> opening text (canonical JSON) of every sealed field of ``record``, each checked."""
    out: dict[str, str] = {}
    for name in sorted(record.fields["sealed"]):
        out[name] = field_opening(session, record, name).decode("utf-8")
    return out


def field_opening(session: Any, record: Any, name: str) -> bytes:
    """The opening bytes of one sealed field, checked against its signed commitment."""
    public = getattr(session, "field_opening", None)
    if public is not None:
        return public(record, name)
    from reviewer.vault import crypto
    from reviewer.vault.canonical import from_b64u

    sealed = record.fields["sealed"][name]
    aad = crypto.FIELD_DOMAIN + record.id.encode("ascii") + b"\n" + name.encode("utf-8")
    try:
        opening = crypto.unwrap(session._data_key, from_b64u(sealed["e"]), aad)  # noqa: SLF001 - see module doc
        crypto.open_commitment(name, opening, from_b64u(sealed["c"]))
    except (crypto.DecryptionFailed, ValueError) as exc:
        raise ExportFailed(f"sealed field {name} of record {record.id}: {exc}", path=record.id) from exc
    return opening


def session_reviewer_name(session: Any) -> str:
    return str(getattr(session, "name", "") or "")


def checkpoints_and_proofs(vault: Any, case_id: str) -> Proofs:
    """The latest case and keys checkpoints, the vault head, and inclusion proofs of both in it."""
    from reviewer.vault.checkpoint import peek_checkpoint

    case_note = vault.checkpoint(case_id)
    keys_note = vault.checkpoint("keys")
    head = vault.vault_checkpoint()
    case_proof = vault_inclusion_proof(vault, case_note, head)
    keys_proof = vault_inclusion_proof(vault, keys_note, head)
    return Proofs(case_note, keys_note, case_proof, keys_proof, head, peek_checkpoint(case_note).size,
                  peek_checkpoint(keys_note).size)


def vault_inclusion_proof(vault: Any, note: str, head: str) -> str:
    """A C2SP tlog-proof that checkpoint ``note`` is a leaf of the vault-level log under ``head``."""
    public = getattr(vault, "vault_inclusion_proof", None)
    if public is not None:
        return public(note)
    from reviewer.vault import proofs
    from reviewer.vault.checkpoint import peek_checkpoint
    from reviewer.vault.merkle import inclusion_path, root_of

    size = peek_checkpoint(head).size
    rows = vault.db.conn.execute("SELECT seq, note, leaf_hash FROM checkpoints ORDER BY seq").fetchall()
    hashes = [bytes(r[2]) for r in rows][:size]
    index = next((r[0] for r in reversed(rows) if r[1] == note and r[0] < size), None)
    if index is None or len(hashes) != size or root_of(hashes) != peek_checkpoint(head).root:
        raise ExportFailed("the vault log does not hold the checkpoint", path=str(getattr(vault, "path", "")))
    return proofs.format_inclusion_proof(index, inclusion_path(index, hashes), head)
