"""Make ``revoked-before-rotation/``: a small vault whose revocation was made by the code of before the checkpoint
key was replaced at revocations (ADR 0027): a new data key, the same checkpoint key, no rotation record. Kept so
that such vaults are tested to stay valid (tests/vault/test_checkpoint_key_rotation.py).

Run with the package of the last commit before the rotation (138a61c) first on the path, from this folder:

    git archive 138a61c reviewer resources | tar -x -C /tmp/reviewer-before-rotation
    PYTHONPATH=/tmp/reviewer-before-rotation python make_revoked_before_rotation.py

The media are synthetic pictures (coloured shapes on a gradient); the passphrases are below.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from make_format_2 import synthetic_png

ALICE = "violet tractor quantum harbor 93"
BOB = "amber lighthouse gravel sonnet 41"
HERE = Path(__file__).resolve().parent


def main() -> None:
    from reviewer.media import ingest_bytes
    from reviewer.vault import Vault
    from reviewer.vault import records

    assert "checkpoint_key.rotated" not in records.TYPES, "run with the package of before the rotation first"
    target = HERE / "revoked-before-rotation"
    shutil.rmtree(target, ignore_errors=True)
    alice = Vault.create(target, reviewer_name="Alice Martin", passphrase=ALICE)
    try:
        bob_id = alice.enroll("Bob Durand", BOB)
        case = alice.new_case("Dossier d'avant", notes="before the rotation")
        media = alice.ingest(case, ingest_bytes(synthetic_png(5), "shapes.png"), acquired_by="Alice Martin",
                             how="upload")
        bob = Vault.open(target).unlock(BOB, "Bob Durand")
        bob.seal_review(case, media, labels=["non-conclusive"], notes="Bob's review")
        bob.vault.close()
        alice.revoke(bob_id, "left")
        alice.seal_review(case, media, labels=["non-conclusive"], notes="after Bob")
    finally:
        alice.vault.close()


if __name__ == "__main__":
    main()
