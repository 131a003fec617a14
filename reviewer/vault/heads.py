"""The last vault head this user account saw, kept outside the vault folder (docs/vault-format.md 7.6).

Certificate Transparency monitors and Go's checksum database keep the last tree head they saw, so that a
log shown to them later cannot have gone backwards or forked without their noticing. A vault does the
same: after every write and every successful full verification the vault-level checkpoint (its size,
root, signed note) and the size of each log are written to ``<state dir>/vault-heads/<vault id>.json``,
keyed by the vault's identity (not its folder, so a copy moved elsewhere is still recognised). A
restored backup of the folder is then older than that head, and a diverging copy inconsistent with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.vault.canonical import b64, from_b64, now_rfc3339

_VAULT_ID = re.compile(r"[0-9a-f]{32}")


def state_dir() -> Path:
    """The user's state folder for the application (``reviewer.paths.user_state_dir``; ``REVIEWER_STATE_DIR``
    overrides it): outside the data folder, never inside a vault, so that restoring a backup of the data folder
    does not restore the heads with it."""
    from reviewer.paths import user_state_dir

    return user_state_dir()


def _legacy_dir() -> Path | None:
    """Where heads were kept before (``<data folder>/state``), read still: a head remembered there is not
    forgotten. None under ``REVIEWER_STATE_DIR`` (tests and accounts that chose their own place)."""
    if os.environ.get("REVIEWER_STATE_DIR"):
        return None
    from reviewer.paths import user_data_dir

    return user_data_dir() / "state"


@dataclass
class RememberedHead:
    """A vault head seen earlier: vault-level size and root, its signed note, and each log's size."""

    vault_id: str
    size: int
    root: bytes
    note: str
    logs: dict[str, int] = field(default_factory=dict)
    seen: str = ""  # when it was remembered (this computer's clock)

    def to_json(self) -> dict:
        return {"vault": self.vault_id, "size": self.size, "root": b64(self.root), "note": self.note,
                "logs": dict(sorted(self.logs.items())), "seen": self.seen}


def _path(vault_id: str, folder: Path | None = None) -> Path:
    if not _VAULT_ID.fullmatch(vault_id):
        raise ValueError("not a vault id")
    return (folder or state_dir()) / "vault-heads" / f"{vault_id}.json"


def _read(path: Path) -> RememberedHead | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return RememberedHead(data["vault"], int(data["size"]), from_b64(data["root"]), str(data["note"]),
                              {str(k): int(v) for k, v in data["logs"].items()}, str(data.get("seen", "")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def load(vault_id: str) -> RememberedHead | None:
    """The head remembered for ``vault_id``; None when this account never saw the vault (or the file
    is unreadable: it is then rewritten on the next write). A head still in the former place (the data folder)
    counts too: of the two, the one of the larger vault is what this account saw last."""
    if not _VAULT_ID.fullmatch(vault_id):  # an edited vault identity: nothing was remembered for it
        return None
    folders = [state_dir()] + [legacy for legacy in (_legacy_dir(),) if legacy is not None]
    found = [head for head in (_read(_path(vault_id, folder)) for folder in folders)
             if head is not None and head.vault_id == vault_id]
    return max(found, key=lambda head: head.size, default=None)


def save(head: RememberedHead) -> None:
    """Write ``head`` atomically (temporary file, fsync, rename). A failure to write is not an error of
    the action that caused it: the vault is intact, only the outside memory is not updated."""
    path = _path(head.vault_id)
    head.seen = now_rfc3339()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, prefix=".head-", suffix=".tmp", delete=False,
                                         encoding="utf-8") as handle:
            json.dump(head.to_json(), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
