"""The thumbnail cache: sealed with the data key, bound to its media and variant, outside every record and
log, and gone with the media when it is purged (docs/vault-format.md 3.2)."""

from __future__ import annotations

import sqlite3

import pytest

from reviewer.vault import UnknownMedia, Vault

from .conftest import PASSPHRASE, heatmap_png


def test_a_cached_thumbnail_is_sealed_bound_to_its_media_and_variant_and_gone_with_a_purge(filled, vault_dir):
    session, case, (first, second) = filled.session, filled.case, filled.media
    picture = heatmap_png(3)  # a small synthetic PNG standing in for a thumbnail
    records = len(session.vault.records(case))
    session.store_thumbnail(first, "v1", picture)
    assert session.thumbnail(first, "v1") == picture
    assert session.thumbnail(first, "v2") is None  # another variant is made again, never shown
    assert session.thumbnail(second, "v1") is None
    assert len(session.vault.records(case)) == records  # no record: verification is unchanged
    assert session.vault.verify(case).ok

    # In the database: sealed, and a row moved onto another media does not open.
    with sqlite3.connect(vault_dir / "vault.sqlite3") as conn:
        (sealed,) = conn.execute("SELECT sealed FROM thumbnails WHERE media = ?", (first,)).fetchone()
        assert picture[:8] not in sealed and picture[16:64] not in sealed
        conn.execute("INSERT INTO thumbnails (media, variant, sealed) VALUES (?, 'v1', ?)", (second, sealed))
    assert session.thumbnail(second, "v1") is None
    with pytest.raises(UnknownMedia):
        session.store_thumbnail(session.vault.records(case)[0].id, "v1", picture)  # the case.opened record

    # Another reviewer's session (same data key) reads it; a purge deletes it and keeps none after.
    again = Vault.open(vault_dir).unlock(PASSPHRASE)
    assert again.thumbnail(first, "v1") == picture
    again.vault.close()
    session.purge_media(case, first, "the victim asked")
    assert session.thumbnail(first, "v1") is None
    session.store_thumbnail(first, "v1", picture)
    assert session.thumbnail(first, "v1") is None
