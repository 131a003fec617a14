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


def _problem(vault, session=None) -> tuple[str | None, str | None]:
    report = vault.verify(session=session)
    return (report.problem.code, report.problem.record) if report.problem else (None, None)


def test_verification_checks_every_thumbnail_row_and_a_deleted_one(filled, vault_dir):
    """An edited row (another media, a changed variant or seal, garbage) is reported, with the passphrase
    too; a row deleted outside the application is reported with the passphrase (meta.thumbnails_mac: the cache
    may lose rows, not unseen), as docs/vault-format.md 3.2 and 8.1 step 4c say."""
    session, (first, second) = filled.session, filled.media
    session.store_thumbnail(first, "v1", heatmap_png(3))
    vault = session.vault
    assert _problem(vault) == _problem(vault, session) == (None, None)
    db = vault_dir / "vault.sqlite3"
    (sealed,) = sqlite3.connect(db).execute("SELECT sealed FROM thumbnails").fetchone()
    edits = {
        "another media's picture": ("UPDATE thumbnails SET media = ?", (second,), True),
        "a changed variant": ("UPDATE thumbnails SET variant = 'v2'", (), True),
        "a flipped byte": ("UPDATE thumbnails SET sealed = ?", (sealed[:40] + bytes([sealed[40] ^ 1]) + sealed[41:],), True),
        "garbage": ("UPDATE thumbnails SET sealed = X'00'", (), False),
        "a record that is no media": ("UPDATE thumbnails SET media = (SELECT id FROM records WHERE type = "
                                      "'case.opened' LIMIT 1)", (), False),
    }
    for name, (statement, params, needs_passphrase) in edits.items():
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE thumbnails SET media = ?, variant = 'v1', sealed = ?", (first, sealed))
            conn.execute(statement, params)
        without, with_passphrase = _problem(vault), _problem(vault, session)
        assert with_passphrase[0] == "thumbnail-mismatch", name
        assert (without[0] is None) == needs_passphrase, (name, without)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE thumbnails SET media = ?, variant = 'v1', sealed = ?", (first, sealed))
    assert _problem(vault, session) == (None, None)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM thumbnails")
    assert _problem(vault, session)[0] == "thumbnail-mismatch"
    assert _problem(vault) == (None, None)  # without the passphrase the MAC cannot be recomputed
    with sqlite3.connect(db) as conn:  # the MAC row removed as well: the key store's MAC no longer matches
        conn.execute("DELETE FROM meta WHERE key = 'thumbnails_mac'")
    assert _problem(vault, session)[0] in ("thumbnail-mismatch", "key-store-mismatch")


def test_a_thumbnail_sealed_with_a_key_from_before_a_revocation_is_never_shown_and_is_reported(filled, vault_dir):
    """A revoked reviewer keeps the data key of their time; a picture they seal with it and put in the cache
    must not reach the grid (the cache opens with the current key only) and verification names it."""
    session, (first, _) = filled.session, filled.media
    bob = session.enroll("Bob Durand", "bob's own passphrase")
    session.store_thumbnail(first, "v1", heatmap_png(3))
    (old_sealed,) = sqlite3.connect(vault_dir / "vault.sqlite3").execute("SELECT sealed FROM thumbnails").fetchone()
    session.revoke(bob, "left the organisation")
    assert sqlite3.connect(vault_dir / "vault.sqlite3").execute("SELECT count(*) FROM thumbnails").fetchone() == (0,)
    assert _problem(session.vault, session) == (None, None)
    with sqlite3.connect(vault_dir / "vault.sqlite3") as conn:  # planted with the old key
        conn.execute("INSERT INTO thumbnails (media, variant, sealed) VALUES (?, 'v1', ?)", (first, old_sealed))
    assert session.thumbnail(first, "v1") is None
    again = Vault.open(vault_dir).unlock(PASSPHRASE)
    assert again.thumbnail(first, "v1") is None
    assert _problem(again.vault, again) == ("thumbnail-mismatch", first)
    again.vault.close()


def test_the_application_s_own_cache_changes_keep_verification_clean(filled, vault_dir):
    """Replacing a thumbnail, purging its media, a revocation emptying the cache, and a vault made before the MAC
    existed (its row absent): none is reported; the key store's MAC follows each."""
    session, (first, second) = filled.session, filled.media
    session.store_thumbnail(first, "v1", heatmap_png(3))
    session.store_thumbnail(second, "v1", heatmap_png(4))
    session.store_thumbnail(first, "v2", heatmap_png(5))  # replaced
    assert _problem(session.vault, session) == (None, None) and session.key_store_intact()
    session.purge_media(filled.case, second, reason="added by mistake")
    assert _problem(session.vault, session) == (None, None) and session.key_store_intact()
    with sqlite3.connect(vault_dir / "vault.sqlite3") as conn:  # as a vault made before the MAC
        conn.execute("DELETE FROM meta WHERE key = 'thumbnails_mac'")
    from reviewer.vault import keystore

    with sqlite3.connect(vault_dir / "vault.sqlite3") as conn:
        keystore.store_mac(conn, session._data_key)
    assert _problem(session.vault, session) == (None, None)
    session.store_thumbnail(first, "v3", heatmap_png(6))  # the first write brings the MAC back
    assert _problem(session.vault, session) == (None, None) and session.key_store_intact()
    bob = session.enroll("Bob Durand", "bob's own passphrase")
    session.revoke(bob, "left")
    assert _problem(session.vault, session) == (None, None) and session.key_store_intact()
