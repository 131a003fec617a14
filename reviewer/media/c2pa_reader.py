"""C2PA manifests, read fully offline: no remote manifest fetch, no OCSP, no trust-list download.

A file without a manifest is the common case and must cost almost nothing: c2pa-python's
``Reader.try_create`` returns None for it instead of raising.
"""

from __future__ import annotations

import io
import re
from typing import Any, BinaryIO

from reviewer.media.errors import described

_MAX_STATUS = 20
# What c2pa-python says when a manifest is only referenced by URL and remote fetch is off.
_REMOTE = re.compile(r"^Remote:.*?\burl\s+(\S+)", re.DOTALL)
_MAX_TEXT = 300


def _context():
    import c2pa

    settings = c2pa.Settings.from_dict(
        {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    )
    return c2pa.Context(settings=settings)


def read_c2pa(data: bytes | BinaryIO, mime: str) -> dict[str, Any]:
    """Summary of the C2PA manifest store embedded in ``data`` (bytes, or a seekable stream of a large video).

    Returns {"present": False} when there is none; {"present": None, "error": ...} when the store
    could not be read (with "remote_url" when it is only referenced online, never fetched); otherwise {"present": True, "validation_state", "active_manifest",
    "claim_generator", "signer", "signed_at", "actions", "digital_source_types",
    "validation_codes", "manifest_count"}. Never raises.
    """
    import c2pa

    try:
        stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray, memoryview)) else data
        stream.seek(0)
        reader = c2pa.Reader.try_create(mime, stream, None, _context())
    except c2pa.C2paError as error:
        text = str(error)
        remote = _REMOTE.search(text)
        if remote:
            # The file only points to a manifest on a server. Fetching it would tell that server
            # someone is looking at this file, and the app is offline: report the address instead.
            return {"present": None, "remote_url": remote.group(1)[:_MAX_TEXT], "error": text[:_MAX_TEXT]}
        return {"present": None, "error": text[:_MAX_TEXT]}
    except Exception as error:  # noqa: BLE001 - a native-library failure must not stop the description
        return {"present": None, "error": described(error)[:_MAX_TEXT]}
    if reader is None:
        return {"present": False}
    try:
        return _summary(reader)
    except Exception as error:  # noqa: BLE001
        return {"present": None, "error": described(error)[:_MAX_TEXT]}
    finally:
        reader.close()


def _text(value: Any) -> str:
    return str(value)[:_MAX_TEXT] if value is not None else ""


def _summary(reader: Any) -> dict[str, Any]:
    import json

    store = json.loads(reader.json())
    manifests = store.get("manifests") or {}
    active_label = store.get("active_manifest")
    active = manifests.get(active_label) or {}
    source_types: set[str] = set()
    actions: list[str] = []
    for label, manifest in manifests.items():
        for assertion in manifest.get("assertions") or []:
            if not str(assertion.get("label", "")).startswith("c2pa.actions"):
                continue
            for action in (assertion.get("data") or {}).get("actions") or []:
                if action.get("digitalSourceType"):
                    source_types.add(_text(action["digitalSourceType"]))
                if label == active_label and action.get("action"):
                    actions.append(_text(action["action"]))
    generator = active.get("claim_generator")
    if not generator and active.get("claim_generator_info"):
        info = active["claim_generator_info"][0]
        generator = " ".join(str(info.get(k, "")) for k in ("name", "version")).strip()
    signature = active.get("signature_info") or {}
    statuses = store.get("validation_status") or []
    results = store.get("validation_results") or {}
    failures = (results.get("activeManifest") or {}).get("failure") or []
    codes = sorted({_text(s.get("code")) for s in [*statuses, *failures] if s.get("code")})
    return {
        "present": True,
        "validation_state": _text(store.get("validation_state") or reader.get_validation_state() or "Unknown"),
        "active_manifest": _text(active_label),
        "claim_generator": _text(generator),
        "title": _text(active.get("title")),
        "signer": _text(signature.get("issuer") or signature.get("common_name")),
        "signed_at": _text(signature.get("time")),
        "actions": actions[:_MAX_STATUS],
        "digital_source_types": sorted(source_types),
        "validation_codes": codes[:_MAX_STATUS],
        "manifest_count": len(manifests),
    }
