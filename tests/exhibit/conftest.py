"""A real vault with two cases, built once per test module: real media, the real detector, two reviewers.

Case A (the one exported) has two images and a video, reveals by two reviewers, sealed reviews, and one
image labelled "suspected minor". Case B holds distinctive strings that must never reach A's bundle.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "resources" / "samples"
VIDEO = ROOT / "tests" / "data" / "video" / "test-padded-dimensions.mp4"

# Strings seeded in case B only; none may appear anywhere in case A's bundle.
CASE_B_SECRETS = (
    "ZEBRAFINCH-TITLE-4417",
    "zebrafinch case notes 9931",
    "https://zebrafinch.example/post/5520",
    "zebrafinch_private_photo.png",
    "ZEBRAFINCH-ACQUIRED-BY",
    "zebrafinch review notes 2208",
    "ZebrafinchPlatform",
)
PASS_A = "correct horse battery staple"
PASS_B = "second reviewer passphrase"


@dataclass
class World:
    vault_dir: Path
    vault: object
    alice: object  # VaultSession of the first reviewer
    bruno: object  # VaultSession of the second reviewer
    case_a: str
    case_b: str
    media: dict  # name -> media id in case A
    minor_media: str
    minor_bytes: bytes
    minor_rgb: np.ndarray
    case_b_ids: tuple[str, ...]  # ids and hashes of case B that must not appear either


def synthetic_png(seed: int, size: int = 256) -> bytes:
    """A neutral synthetic picture (coloured shapes on a gradient), different for each seed."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size]
    rgb = np.stack([(x + seed * 7) % 256, (y * 2 + seed) % 256, ((x + y) // 2) % 256], axis=2).astype(np.uint8)
    for _ in range(6):
        x0, y0 = rng.integers(0, size - 60, 2)
        rgb[y0:y0 + 50, x0:x0 + 50] = rng.integers(0, 255, 3)
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, "PNG")
    return out.getvalue()


def build_world(base: Path) -> World:
    from reviewer.detect import RegionDetector, detect_video, heatmaps_for
    from reviewer.media import decode_image, ingest, ingest_bytes
    from reviewer.vault import Vault

    vault_dir = base / "vault"
    alice = Vault.create(vault_dir, reviewer_name="Alice Martin", passphrase=PASS_A)
    alice.enroll("Bruno Petit", PASS_B)
    vault = alice.vault
    bruno = vault.unlock(PASS_B, "Bruno Petit")
    detector = RegionDetector()

    case_a = alice.new_case("Plainte Dupont contre X", notes="Signalement Pharos du 3 mars")
    media = {}
    for name in ("astronaut.png", "rocket.jpg"):
        item = ingest(SAMPLES / name)
        media_id = alice.ingest(case_a, item, source={"url": "https://example.org/a", "platform": "Example"},
                                acquired_by="Alice Martin", how="capture d'écran")
        found = detector.detect_media(item)
        maps = heatmaps_for(item, found)
        alice.record_analysis(case_a, media_id, method=found.method, summary=found.to_json(),
                              heatmaps={m.id: m.to_png_bytes() for m in maps})
        media[name] = media_id
    video = ingest(VIDEO)
    video_id = bruno.ingest(case_a, video, source=None, acquired_by="Bruno Petit", how="download")
    found_video = detect_video(video, detector)
    bruno.record_analysis(case_a, video_id, method=found_video.method, summary=found_video.to_json())
    media["video"] = video_id

    # The suspected-minor media: a synthetic picture (never real imagery).
    minor_bytes = synthetic_png(11)
    minor = ingest_bytes(minor_bytes, "minor.png")
    minor_id = alice.ingest(case_a, minor, acquired_by="Alice Martin", how="upload")
    found = detector.detect_media(minor)
    alice.record_analysis(case_a, minor_id, method=found.method, summary=found.to_json(),
                          heatmaps={m.id: m.to_png_bytes() for m in heatmaps_for(minor, found)})

    astronaut = media["astronaut.png"]
    alice.record_reveal(case_a, astronaut, region={"index": 0, "x0": 180, "y0": 20, "x1": 330, "y1": 200,
                                                   "label": "FACE", "group": "face"}, duration_s=3.5)
    bruno.record_reveal(case_a, astronaut, region={"index": 0, "x0": 180, "y0": 20, "x1": 330, "y1": 200,
                                                   "label": "FACE", "group": "face"}, duration_s=2.0)
    alice.seal_review(case_a, astronaut, labels=["sexual-deepfake-adult"], qualification="Code pénal 226-8-1",
                      notes="Montage manifeste", source={"url": "https://example.org/a"})
    bruno.seal_review(case_a, media["rocket.jpg"], labels=["non-conclusive"], notes="Rien de probant")
    bruno.seal_review(case_a, minor_id, labels=["suspected-minor"], notes="Apparence très jeune")

    case_b = bruno.new_case(CASE_B_SECRETS[0], notes=CASE_B_SECRETS[1])
    secret_bytes = synthetic_png(29)
    secret = ingest_bytes(secret_bytes, CASE_B_SECRETS[3])
    secret_id = bruno.ingest(case_b, secret, source={"url": CASE_B_SECRETS[2], "platform": CASE_B_SECRETS[6]},
                             acquired_by=CASE_B_SECRETS[4], how="zebrafinch capture")
    bruno.seal_review(case_b, secret_id, labels=["intimate-image-nonconsensual"], notes=CASE_B_SECRETS[5])
    return World(vault_dir, vault, alice, bruno, case_a, case_b, media, minor_id, minor_bytes,
                 decode_image(minor_bytes).rgb, (case_b, secret_id, secret.sha256, secret.md5))


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("exhibit-world"))


def bundle_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_bundle(path: Path, files: dict[str, bytes]) -> Path:
    # Stored, not deflated: the tamper tests rewrite bundles hundreds of times.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name in sorted(files):
            archive.writestr(name, files[name])
    return path


def reseal_manifest(files: dict[str, bytes], sign=None) -> dict[str, bytes]:
    """Recompute manifest.json and SHA256SUMS as a forger would, so only the deeper checks can object.

    ``sign`` (bytes -> 64-byte signature) re-signs the manifest: with the vault's own key (an insider
    holding it) every later check must still object; without it manifest.sig is left as it was and the
    signature check objects first.
    """
    import hashlib

    from reviewer.exhibit.verify_exhibit import MANIFEST, MANIFEST_SIG, SUMS, canonical, parse_canonical, sums_text
    from reviewer.vault.canonical import b64u

    old = parse_canonical(files[MANIFEST])
    out = {k: v for k, v in files.items() if k not in (MANIFEST, SUMS, MANIFEST_SIG)}
    listing = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in out.items()}
    sums = sums_text(listing).encode()
    listing[SUMS] = {"sha256": hashlib.sha256(sums).hexdigest(), "size": len(sums)}
    out[SUMS] = sums
    out[MANIFEST] = canonical({**old, "files": listing}).encode()
    out[MANIFEST_SIG] = b64u(sign(out[MANIFEST])).encode() if sign is not None else files[MANIFEST_SIG]
    return out


@pytest.fixture
def kit(request):
    """Helpers for the exhibit tests (conftest modules cannot be imported by name under importlib mode).

    ``kit.reseal_manifest(files)`` re-signs with the world vault's key (an insider: the deeper checks must
    object); ``kit.reseal_manifest(files, sign=None)`` cannot sign (an outsider: the signature objects).
    """
    from types import SimpleNamespace

    def reseal(files, sign="vault"):
        if sign == "vault":
            sign = request.getfixturevalue("world").alice.sign_manifest
        return reseal_manifest(files, sign)

    return SimpleNamespace(bundle_files=bundle_files, write_bundle=write_bundle, reseal_manifest=reseal,
                           secrets=CASE_B_SECRETS, synthetic_png=synthetic_png, pass_a=PASS_A)


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """``reviewer --lang fr ...`` installs French for the process; put English back for the next test."""
    yield
    from reviewer import translations

    translations.install("en")
