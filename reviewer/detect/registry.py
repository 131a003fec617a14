"""Model registry: which ONNX models exist, where their files are, and the SHA-256 each must have.

The built-in list is ``models/manifest.json``. An organisation adds or replaces models (by name) with
its own manifest, in the user data folder (``<user data>/models/manifest.json``) or named by the
``REVIEWER_MODEL_MANIFEST`` environment variable (several paths separated by ``os.pathsep``); a
``file`` given as a string is relative to the manifest that names it. A file is only handed to
onnxruntime after its bytes hash to the manifest's SHA-256 (see ``load_session``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.detect.errors import ManifestInvalid, ModelFileMissing, ModelIntegrityError, UnknownModel
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.paths import models_dir, user_data_dir

GROUPS = ("exposed", "covered", "face", "other")
# What a person reads for each group (the window, the report): never the model's own labels, which guess a
# gender and are often wrong (docs/adr/0004-detector.md).
GROUP_NAMES = {
    "exposed": QT_TRANSLATE_NOOP("groups", "exposed body parts"),
    "covered": QT_TRANSLATE_NOOP("groups", "covered body parts"),
    "face": QT_TRANSLATE_NOOP("groups", "faces"),
    "other": QT_TRANSLATE_NOOP("groups", "other areas"),
}
MANIFEST_ENV = "REVIEWER_MODEL_MANIFEST"


@dataclass(frozen=True)
class ModelEntry:
    """One manifest entry. ``path`` is the resolved model file; ``groups`` maps label -> GROUPS member."""

    name: str
    version: str
    task: str
    path: Path
    sha256: str
    licence: str
    source: str
    input_size: tuple[int, int]
    stride: int
    labels: tuple[str, ...]
    groups: dict[str, str] = field(hash=False)
    card: Path | None
    manifest: Path

    def group_of(self, label: str) -> str:
        return self.groups.get(label, "other")

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256, "licence": self.licence,
                "source": self.source, "manifest": str(self.manifest)}


def manifest_paths() -> list[Path]:
    """The manifests read, in order; a later entry with the same name replaces an earlier one."""
    paths = [models_dir() / "manifest.json"]
    user = user_data_dir() / "models" / "manifest.json"
    if user.exists():
        paths.append(user)
    for item in os.environ.get(MANIFEST_ENV, "").split(os.pathsep):
        if item.strip():
            paths.append(Path(item.strip()))
    return paths


def _resolve_file(spec: Any, manifest: Path) -> Path:
    if isinstance(spec, str):
        return (manifest.parent / spec).resolve()
    if isinstance(spec, dict) and "package" in spec and "path" in spec:
        # Files shipped inside an installed Python package (the nudenet weights are not in git).
        found = importlib.util.find_spec(spec["package"])
        if found is None or not found.submodule_search_locations:
            return Path(spec["package"]) / spec["path"]  # reported as missing when loaded
        return Path(list(found.submodule_search_locations)[0]) / spec["path"]
    raise ValueError(f"bad file entry {spec!r}")


def _entry(raw: dict, manifest: Path) -> ModelEntry:
    labels = tuple(str(x) for x in raw["labels"])
    groups = {str(k): str(v) for k, v in raw.get("groups", {}).items()}
    bad = sorted(v for v in groups.values() if v not in GROUPS)
    if bad:
        raise ValueError(f"unknown group(s) {bad}")
    sha = str(raw["sha256"]).lower()
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ValueError("sha256 must be 64 hex digits")
    width, height = raw.get("input_size", [320, 320])
    card = raw.get("card")
    return ModelEntry(
        name=str(raw["name"]), version=str(raw["version"]), task=str(raw.get("task", "sensitive-regions")),
        path=_resolve_file(raw["file"], manifest), sha256=sha, licence=str(raw["licence"]),
        source=str(raw.get("source", "")), input_size=(int(width), int(height)),
        stride=int(raw.get("stride", 32)), labels=labels, groups=groups,
        card=(manifest.parent / card) if card else None, manifest=manifest,
    )


def load_manifest(paths: list[Path] | None = None) -> dict[str, ModelEntry]:
    """Read the manifests (default: ``manifest_paths()``) into ``{name: ModelEntry}``.

    Raises ManifestInvalid naming the file when one cannot be read or an entry lacks a field.
    """
    entries: dict[str, ModelEntry] = {}
    for path in paths if paths is not None else manifest_paths():
        try:
            document = json.loads(Path(path).read_text(encoding="utf-8"))
            for raw in document["models"]:
                entry = _entry(raw, Path(path).resolve())
                entries[entry.name] = entry
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ManifestInvalid(f"{type(error).__name__}: {error}", path=str(path)) from error
    return entries


def model_entry(name: str, paths: list[Path] | None = None) -> ModelEntry:
    """The entry called ``name``; UnknownModel when no manifest lists it."""
    entries = load_manifest(paths)
    if name not in entries:
        raise UnknownModel(f"known: {sorted(entries)}", name=name)
    return entries[name]


def verified_model_bytes(entry: ModelEntry) -> bytes:
    """The model file's bytes after checking their SHA-256 against the manifest.

    Raises ModelFileMissing when the file cannot be read, ModelIntegrityError when the hash differs.
    The bytes checked are the bytes loaded, so the file cannot change between check and use.
    """
    try:
        data = entry.path.read_bytes()
    except OSError as error:
        raise ModelFileMissing(f"{entry.path}: {error}", name=entry.name) from error
    actual = hashlib.sha256(data).hexdigest()
    if actual != entry.sha256:
        raise ModelIntegrityError(
            f"{entry.path}: sha256 {actual}, manifest {entry.manifest} says {entry.sha256}", name=entry.name
        )
    return data


def load_session(entry: ModelEntry, *, threads: int | None = None):
    """An onnxruntime InferenceSession for ``entry``, created only from verified bytes.

    ``threads`` sets intra-op threads (default: up to 4 cores). Graph optimisation is ORT_ENABLE_ALL;
    one inter-op thread and sequential execution keep a laptop responsive and results repeatable.
    """
    import onnxruntime as ort

    data = verified_model_bytes(entry)
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.intra_op_num_threads = threads if threads else min(4, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(data, sess_options=options, providers=["CPUExecutionProvider"])
