"""Exhibit export and verification against baselines measured in the same run.

A case with two photos and REVEALS reveal records (a long review session) is exported and verified.
1. Verification of the bundle (zip checks, manifest hashes, canonical form, chain, key validity,
   Ed25519 signatures, Merkle roots, vault-log proofs, openings) against a bare loop verifying the
   same number of Ed25519 signatures: the ratio says how much the other checks cost on top.
2. Export (records, openings, derivatives, PDF, zip, fsync, export record) against the floor of
   writing the same files into a zip.
3. Export of a small case in a vault with nothing else, against the same export in a vault whose
   other case holds OTHER_RECORDS records (some labelled suspected minor, checkpointed every
   OTHER_BATCH records): time and peak Python memory (tracemalloc) ratios, target <= 1.5 each.
Never fails on timing. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/exhibit_bench.py
"""

from __future__ import annotations

import base64
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: E402

from reviewer.exhibit import export_case, verify_bundle  # noqa: E402
from reviewer.media import ingest  # noqa: E402
from reviewer.vault import Vault  # noqa: E402

REVEALS = 3_000
OTHER_RECORDS = 60_000
OTHER_BATCH = 20


def _small_case(session, root: Path) -> str:
    from reviewer.media import ingest_bytes

    case = session.new_case("Small case", notes="scale")
    for name in ("astronaut.png", "rocket.jpg"):
        media = session.ingest(case, ingest_bytes((root / "resources" / "samples" / name).read_bytes(), name))
        session.seal_review(case, media, labels=["non-conclusive"])
    return case


def _timed_export(vault, session, case: str, out: Path) -> tuple[float, int]:
    """Best of three exports (seconds), then the peak traced bytes of one more (tracemalloc slows it)."""
    import tracemalloc

    best_s = float("inf")
    for attempt in range(3):
        start = time.perf_counter()
        export_case(vault, session, case, out.with_name(f"{out.stem}-{attempt}.zip"), lang="en")
        best_s = min(best_s, time.perf_counter() - start)
    tracemalloc.start()
    export_case(vault, session, case, out.with_name(f"{out.stem}-traced.zip"), lang="en")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best_s, peak


def export_scale(tmp: Path) -> None:
    alone = Vault.create(tmp / "alone", reviewer_name="Bench Reviewer", passphrase="benchmark passphrase")
    crowded = Vault.create(tmp / "crowded", reviewer_name="Bench Reviewer", passphrase="benchmark passphrase")
    from reviewer.media import ingest_bytes

    other = crowded.new_case("Other case", notes="many records")
    import cv2
    import numpy as np

    y, x = np.mgrid[0:128, 0:128]
    gradient = cv2.imencode(".png", ((x * 2 + y) % 256).astype(np.uint8))[1].tobytes()  # unlike the small case's
    photo = crowded.ingest(other, ingest_bytes(gradient, "gradient.png"))
    crowded.seal_review(other, photo, labels=["suspected-minor"])
    for start in range(0, OTHER_RECORDS, OTHER_BATCH):
        with crowded.batch():
            for _ in range(OTHER_BATCH):
                crowded.record_reveal(other, photo, region={"index": 0, "x0": 1, "y0": 1, "x1": 9, "y1": 9},
                                      duration_s=1.0)
    small_alone = _small_case(alone, ROOT)
    small_crowded = _small_case(crowded, ROOT)
    alone_s, alone_peak = _timed_export(alone.vault, alone, small_alone, tmp / "alone.zip")
    crowded_s, crowded_peak = _timed_export(crowded.vault, crowded, small_crowded, tmp / "crowded.zip")
    print(f"export of a small case: alone {alone_s:.2f} s, {alone_peak / 1e6:.1f} MB peak; beside a case of "
          f"{OTHER_RECORDS:,} records {crowded_s:.2f} s, {crowded_peak / 1e6:.1f} MB peak")
    print(f"export scale: time_ratio={crowded_s / alone_s:.2f} memory_ratio={crowded_peak / alone_peak:.2f} "
          f"(target <= 1.5 each)")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        session = Vault.create(tmp / "vault", reviewer_name="Bench Reviewer", passphrase="benchmark passphrase")
        vault = session.vault
        case = session.new_case("Benchmark case", notes="synthetic")
        ids = [session.ingest(case, ingest(ROOT / "resources" / "samples" / n)) for n in ("astronaut.png", "rocket.jpg")]
        with session.batch():
            for i in range(REVEALS):
                session.record_reveal(case, ids[i % 2], region={"index": 0, "x0": 10, "y0": 10, "x1": 90, "y1": 90},
                                      duration_s=2.5)

        start = time.perf_counter()
        result = export_case(vault, session, case, tmp / "exhibit.zip", lang="en")
        export_s = time.perf_counter() - start

        with zipfile.ZipFile(result.path) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
        start = time.perf_counter()
        with zipfile.ZipFile(tmp / "floor.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in sorted(files.items()):
                archive.writestr(name, data)
        floor_s = time.perf_counter() - start

        start = time.perf_counter()
        ok, _ = verify_bundle(result.path)
        verify_s = time.perf_counter() - start
        assert ok

        items = []
        keys = {r.fields["body"]["key"]: base64.urlsafe_b64decode(r.fields["body"]["public_key"] + "==")
                for r in vault.records("keys") if "public_key" in r.fields["body"]}
        for record in vault.records(case):
            items.append((keys[record.signer], b"reviewer-record-v1\n" + record.leaf, record.signature))
        start = time.perf_counter()
        for public, message, signature in items:
            Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
        bare_s = time.perf_counter() - start

    records = len(items)
    print(f"bundle: {len(files)} files, {result.size / 1e6:.1f} MB, {records} case records")
    print(f"export: {export_s:.2f} s; zip-only floor {floor_s:.2f} s; ratio {export_s / floor_s:.1f}x")
    print(f"verify: {verify_s:.2f} s ({records / verify_s:,.0f} records/s); bare Ed25519 loop {bare_s:.2f} s "
          f"({records / bare_s:,.0f}/s); ratio {verify_s / bare_s:.1f}x")
    with tempfile.TemporaryDirectory() as tmp:
        export_scale(Path(tmp))


if __name__ == "__main__":
    main()
