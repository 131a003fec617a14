#!/usr/bin/env python3
"""Verify a Reviewer exhibit bundle without the Reviewer application.

Usage:  python verify_exhibit.py --expect-key FINGERPRINT BUNDLE.zip   (or the unpacked folder)
        python verify_exhibit.py --lang fr BUNDLE.zip

Needs only Python 3.9+ and the ``cryptography`` package (``pip install cryptography``). It never
writes anything and never opens a network connection. The format it checks is described in the
bundle's VERIFY.md and in the Reviewer project's docs/exhibit-format.md. Exit status: 0 when every
check passes and the bundle is signed by the vault named with --expect-key (its vkey or fingerprint,
obtained from the sender through another channel); 1 when the bundle was altered, is incomplete, or
was signed by another vault; 2 when it could not be read at all; 3 when it is internally consistent
but no --expect-key was given, so nothing establishes which vault made it.

This file is also the Reviewer application's own verifier (``reviewer verify-exhibit`` runs this
very code), so both give the same answer with the same words.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import stat
import struct
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

# ---------------------------------------------------------------------------------------------------
# Messages. The verifier must run without the application's translation files, so its few messages
# carry their French text here. Keys are stable; parameters are filled with str.format.
# ---------------------------------------------------------------------------------------------------

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the container.
    "not_found": ("{path}: no such file or folder.", "{path} : fichier ou dossier introuvable."),
    "not_a_zip": (
        "{path} is not a readable zip file (it is damaged or of another kind).",
        "{path} n'est pas un fichier zip lisible (il est endommagé ou d'un autre type).",
    ),
    "unsafe_name": (
        "The bundle contains a file with an unsafe name ({name}); it was not opened.",
        "Le paquet contient un fichier au nom dangereux ({name}) ; il n'a pas été ouvert.",
    ),
    "symlink": (
        "The bundle contains a link ({name}) instead of a file; it was not opened.",
        "Le paquet contient un lien ({name}) au lieu d'un fichier ; il n'a pas été ouvert.",
    ),
    "not_regular": (
        "The bundle contains something that is not an ordinary file ({name}); it was not opened.",
        "Le paquet contient un élément qui n'est pas un fichier ordinaire ({name}) ; il n'a pas été ouvert.",
    ),
    "duplicate_name": (
        "The bundle contains the name {name} twice (letter case ignored); it was not opened.",
        "Le paquet contient deux fois le nom {name} (sans tenir compte des majuscules) ; il n'a pas été ouvert.",
    ),
    "too_many_entries": (
        "The bundle contains too many files ({count}, at most {limit}); it was not opened.",
        "Le paquet contient trop de fichiers ({count}, au plus {limit}) ; il n'a pas été ouvert.",
    ),
    "too_large": (
        "The bundle would unpack to more than {limit} bytes; it was not opened.",
        "Le paquet dépasserait {limit} octets une fois décompressé ; il n'a pas été ouvert.",
    ),
    "zip_bomb": (
        "The file {name} in the bundle is compressed suspiciously well (a \"zip bomb\"); it was not opened.",
        "Le fichier {name} du paquet est anormalement compressé (une « bombe zip ») ; il n'a pas été ouvert.",
    ),
    "encrypted": (
        "The file {name} in the bundle is password-protected; an exhibit never is.",
        "Le fichier {name} du paquet est protégé par un mot de passe ; une pièce ne l'est jamais.",
    ),
    "damaged_entry": (
        "The file {name} in the bundle is damaged and cannot be read.",
        "Le fichier {name} du paquet est endommagé et ne peut pas être lu.",
    ),
    "more_than_exhibit": (
        "{path} holds more than the exhibit: other data was put before, inside or after it (the file may "
        "also open as a picture or another document). It was not checked; ask the sender for the exhibit "
        "exactly as the application wrote it.",
        "{path} contient plus que la pièce : d'autres données ont été placées avant, dans ou après elle (le "
        "fichier peut aussi s'ouvrir comme une image ou un autre document). Il n'a pas été vérifié ; demandez "
        "à l'expéditeur la pièce telle que l'application l'a écrite.",
    ),
    # Checking the content.
    "title": ("Reviewer exhibit verifier ({format})", "Vérificateur de pièces Reviewer ({format})"),
    "bundle": ("Bundle: {path}", "Paquet : {path}"),
    "usage": (
        "usage: python verify_exhibit.py [--lang fr|en] [--expect-key KEY] BUNDLE.zip|FOLDER",
        "usage : python verify_exhibit.py [--lang fr|en] [--expect-key CLÉ] PAQUET.zip|DOSSIER",
    ),
    "ok_line": ("OK      {text}", "OK      {text}"),
    "failed_line": ("FAILED  {text}", "ÉCHEC   {text}"),
    "keys_log": ("the keys log", "le journal des clés"),
    "case_log": ("the case log", "le journal du dossier"),
    "manifest_missing": (
        "manifest.json is missing, so the files cannot be checked.",
        "manifest.json est absent : les fichiers ne peuvent pas être vérifiés.",
    ),
    "manifest_bad": (
        "manifest.json is damaged or not in the expected form ({reason}).",
        "manifest.json est endommagé ou n'a pas la forme attendue ({reason}).",
    ),
    "file_altered": (
        "{name} was altered: its SHA-256 or size differs from manifest.json.",
        "{name} a été modifié : son SHA-256 ou sa taille diffère de manifest.json.",
    ),
    "file_missing": (
        "{name} is missing from the bundle.",
        "{name} est absent du paquet.",
    ),
    "file_unlisted": (
        "{name} is in the bundle but not listed in manifest.json (it was added).",
        "{name} est dans le paquet mais pas dans manifest.json (il a été ajouté).",
    ),
    "file_unexpected": (
        "{name} has no place in an exhibit bundle.",
        "{name} n'a pas sa place dans une pièce.",
    ),
    "sums_mismatch": (
        "SHA256SUMS does not match manifest.json.",
        "SHA256SUMS ne correspond pas à manifest.json.",
    ),
    "files_ok": (
        "all {count} files are listed in manifest.json with their SHA-256 and match it",
        "les {count} fichiers sont listés dans manifest.json avec leur SHA-256 et y correspondent",
    ),
    "log_empty": ("{log} has no record in the bundle.", "{log} n'a aucun enregistrement dans le paquet."),
    "record_missing": (
        "record {seq} of {log} is missing (records are numbered from 0 with no gap).",
        "l'enregistrement {seq} du {log} manque (les enregistrements sont numérotés à partir de 0 sans trou).",
    ),
    "record_file_missing": (
        "{name} is missing (each record has a .json and a .sig file).",
        "{name} est absent (chaque enregistrement a un fichier .json et un fichier .sig).",
    ),
    "record_bad": ("{name} is not a valid record: {reason}.", "{name} n'est pas un enregistrement valide : {reason}."),
    "record_seq": (
        "{name} says it is record {found}, not record {seq}.",
        "{name} se présente comme l'enregistrement {found}, pas {seq}.",
    ),
    "record_wrong_case": (
        "{name} belongs to another case ({found}), not to case {case}.",
        "{name} appartient à un autre dossier ({found}), pas au dossier {case}.",
    ),
    "broken_chain": (
        "{name}: the link to the previous record is broken (a record before it was removed, added or changed).",
        "{name} : le lien avec l'enregistrement précédent est rompu (un enregistrement antérieur a été retiré, ajouté ou modifié).",
    ),
    "time_backwards": (
        "{name} claims a time earlier than the record before it: its time or its place was forged.",
        "{name} se date d'avant l'enregistrement qui le précède : sa date ou sa place a été falsifiée.",
    ),
    "time_before_vault": (
        "{name} claims a time before the vault was created: its time was forged, or its signer's clock was wrong.",
        "{name} se date d'avant la création du coffre : sa date a été falsifiée, ou l'horloge de son signataire était fausse.",
    ),
    "unknown_key": (
        "{name} is signed by key {key}, which is not enrolled in the keys log.",
        "{name} est signé par la clé {key}, qui n'est pas inscrite au journal des clés.",
    ),
    "revoked_key": (
        "{name} is signed by key {key}, which was revoked or not yet enrolled when it signed.",
        "{name} est signé par la clé {key}, révoquée ou pas encore inscrite au moment de la signature.",
    ),
    "bad_signature": (
        "{name}: the signature does not verify (the record was altered).",
        "{name} : la signature n'est pas valide (l'enregistrement a été modifié).",
    ),
    "bad_reference": (
        "{name} refers to media {media}, which is not an earlier media record of this case.",
        "{name} renvoie au média {media}, qui n'est pas un média enregistré plus tôt dans ce dossier.",
    ),
    "timestamps_ok": (
        "trusted timestamps: {count}, each file the one sealed in the keys log, each stamping a signed state of "
        "this vault (check each token with openssl: see VERIFY.md)",
        "horodatages de confiance : {count}, chaque fichier celui scellé au journal des clés, chacun horodatant un état "
        "signé de ce coffre (vérifiez chaque jeton avec openssl : voir VERIFY.md)",
    ),
    "timestamp_covers": (
        "trusted timestamp {record}: records 0 to {last} of this case existed at {time} according to {tsa} "
        "(the time sealed in the keys log; openssl checks the token itself: VERIFY.md)",
        "horodatage de confiance {record} : les enregistrements 0 à {last} de ce dossier existaient le {time} selon "
        "{tsa} (heure scellée au journal des clés ; openssl vérifie le jeton lui-même : VERIFY.md)",
    ),
    "timestamp_covers_none": (
        "trusted timestamp {record} ({time}) was made before this case's first checkpoint: it covers none of its "
        "records",
        "l'horodatage de confiance {record} ({time}) est antérieur au premier point de contrôle de ce dossier : il "
        "n'en couvre aucun enregistrement",
    ),
    "timestamp_proof_bad": (
        "{name} does not show which records of this case the timestamp covers ({reason}).",
        "{name} ne montre pas quels enregistrements de ce dossier l'horodatage couvre ({reason}).",
    ),
    "timestamp_file_bad": (
        "{name} is missing or is not the timestamp sealed in the keys log ({reason}).",
        "{name} manque ou n'est pas l'horodatage scellé au journal des clés ({reason}).",
    ),
    "timestamp_file_orphan": (
        "{name} belongs to no timestamp of the keys log.",
        "{name} ne correspond à aucun horodatage du journal des clés.",
    ),
    "keys_ok": (
        "keys log: {count} records, {reviewers} keys, every signature valid",
        "journal des clés : {count} enregistrements, {reviewers} clés, toutes les signatures valides",
    ),
    "case_ok": (
        "case {case}: {count} records, chained, every signature valid by a key valid at the time",
        "dossier {case} : {count} enregistrements, chaînés, toutes les signatures valides par une clé valide à ce moment",
    ),
    "checkpoint_bad": (
        "{name}: the signed checkpoint is not valid ({reason}).",
        "{name} : le point de contrôle signé n'est pas valide ({reason}).",
    ),
    "checkpoint_size": (
        "{name} covers {size} records but the bundle holds {count}: records were removed or added.",
        "{name} couvre {size} enregistrements mais le paquet en contient {count} : des enregistrements ont été retirés ou ajoutés.",
    ),
    "checkpoint_root": (
        "{name}: the records do not give the signed root hash (a record was changed, removed or added).",
        "{name} : les enregistrements ne donnent pas la racine signée (un enregistrement a été modifié, retiré ou ajouté).",
    ),
    "checkpoint_ok": (
        "{name}: signed by the vault key; the {size} records are the complete log (root {root})",
        "{name} : signé par la clé du coffre ; les {size} enregistrements forment le journal complet (racine {root})",
    ),
    "vault_proof_bad": (
        "{name}: the proof that the checkpoint is in the vault log does not verify ({reason}).",
        "{name} : la preuve que le point de contrôle figure au journal du coffre n'est pas valide ({reason}).",
    ),
    "vault_heads_differ": (
        "the two vault-log proofs use different vault checkpoints.",
        "les deux preuves du journal du coffre utilisent des points de contrôle différents.",
    ),
    "revoked_not_sealed_before": (
        "{name} is signed by key {key}, which the keys log revokes, and nothing shows that it was sealed before "
        "that revocation ({reason}): a revoked key may have added it afterwards.",
        "{name} est signé par la clé {key}, que le journal des clés révoque, et rien ne montre qu'il a été scellé "
        "avant cette révocation ({reason}) : une clé révoquée a pu l'ajouter après coup.",
    ),
    "revoked_ok": (
        "records of keys revoked since: each was sealed in the vault before its key's revocation ({count} keys)",
        "enregistrements de clés révoquées depuis : chacun a été scellé au coffre avant la révocation de sa clé ({count} clés)",
    ),
    "vault_ok": (
        "both checkpoints are included in the vault log (vault checkpoint: size {size}, root {root})",
        "les deux points de contrôle figurent au journal du coffre (point de contrôle du coffre : taille {size}, racine {root})",
    ),
    "opening_bad": (
        "{name}: the disclosed value of {field} does not match what was signed ({reason}).",
        "{name} : la valeur divulguée de {field} ne correspond pas à ce qui a été signé ({reason}).",
    ),
    "openings_ok": (
        "{count} disclosed values match the commitments in the signed records",
        "{count} valeurs divulguées correspondent aux engagements des enregistrements signés",
    ),
    "media_unknown": (
        "{name} belongs to media {media}, which is not in the case log.",
        "{name} appartient au média {media}, absent du journal du dossier.",
    ),
    "minor_exposed": (
        "{name}: this media is labelled suspected minor; no image of it may be in an exhibit.",
        "{name} : ce média est qualifié de mineur présumé ; aucune image de lui ne doit figurer dans une pièce.",
    ),
    "original_mismatch": (
        "{name} is not the original: its SHA-256 or size differs from the signed record.",
        "{name} n'est pas l'original : son SHA-256 ou sa taille diffère de l'enregistrement signé.",
    ),
    "heatmap_mismatch": (
        "{name} is not the heatmap that was recorded (SHA-256 differs from the signed record).",
        "{name} n'est pas la carte de chaleur enregistrée (le SHA-256 diffère de l'enregistrement signé).",
    ),
    "heatmap_unknown": (
        "{name} is not a redacted copy of a heatmap recorded for this media.",
        "{name} n'est pas une copie floutée d'une carte de chaleur enregistrée pour ce média.",
    ),
    "media_ok": (
        "media files of this case: {count}; originals matching their signed SHA-256: {originals}; media withheld as suspected minors: {withheld}",
        "fichiers de média du dossier : {count} ; originaux conformes à leur SHA-256 signé : {originals} ; médias retenus (mineurs présumés) : {withheld}",
    ),
    "no_cryptography": (
        "this verifier needs the Python package 'cryptography' (python -m pip install cryptography); it could not be loaded ({error}).",
        "ce vérificateur a besoin du paquet Python « cryptography » (python -m pip install cryptography) ; il n'a pas pu être chargé ({error}).",
    ),
    "internal": (
        "the check stopped on an unexpected content ({error}); the bundle is not in the expected form.",
        "la vérification s'est arrêtée sur un contenu inattendu ({error}) ; le paquet n'a pas la forme attendue.",
    ),
    "manifest_sig_missing": (
        "manifest.sig is missing: nothing shows that the vault signed the list of files.",
        "manifest.sig est absent : rien ne montre que le coffre a signé la liste des fichiers.",
    ),
    "manifest_sig_bad": (
        "manifest.sig does not verify with the vault key named in manifest.json: the list of files, or a file "
        "it lists, was changed after the vault signed it ({reason}).",
        "manifest.sig ne se vérifie pas avec la clé du coffre indiquée dans manifest.json : la liste des fichiers, "
        "ou un fichier qu'elle contient, a été modifié après la signature du coffre ({reason}).",
    ),
    "manifest_sig_ok": (
        "manifest.json (the SHA-256 of every file, the case checkpoint, the withheld media) is signed by vault key "
        "{fingerprint}",
        "manifest.json (le SHA-256 de chaque fichier, le point de contrôle du dossier, les médias retenus) est signé "
        "par la clé de coffre {fingerprint}",
    ),
    "manifest_key_differs": (
        "manifest.json is signed by a vault key that is not the one of the keys log (log/keys/000000.json).",
        "manifest.json est signé par une clé de coffre qui n'est pas celle du journal des clés (log/keys/000000.json).",
    ),
    "checkpoint_not_bound": (
        "{name} is not the checkpoint that the vault signed with manifest.json.",
        "{name} n'est pas le point de contrôle que le coffre a signé avec manifest.json.",
    ),
    "head_not_bound": (
        "the vault checkpoint in the proofs is not the one the vault signed with manifest.json.",
        "le point de contrôle du coffre dans les preuves n'est pas celui que le coffre a signé avec manifest.json.",
    ),
    "withheld_unknown": (
        "manifest.json withholds media {media}, which is not in the case log.",
        "manifest.json retient le média {media}, absent du journal du dossier.",
    ),
    "minor_copy_exposed": (
        "{name}: this media is the same file as, or a matching picture (PDQ) of, a media labelled suspected minor; "
        "no image of it may be in an exhibit.",
        "{name} : ce média est le même fichier qu'un média qualifié de mineur présumé, ou une image qui lui "
        "correspond (PDQ) ; aucune image de lui ne doit figurer dans une pièce.",
    ),
    "expected_key_ok": (
        "signed by the expected vault (fingerprint {fingerprint})",
        "signé par le coffre attendu (empreinte {fingerprint})",
    ),
    "expected_key_mismatch": (
        "the bundle is signed by vault key {fingerprint}, not by the expected key {expected}: it was not made by the "
        "vault you expected.",
        "le paquet est signé par la clé de coffre {fingerprint}, pas par la clé attendue {expected} : il n'a pas été "
        "fait par le coffre attendu.",
    ),
    "expected_key_bad": (
        "--expect-key {expected} is neither a vault key (reviewer.vault/...+...+...) nor a fingerprint "
        "(six groups of four hex digits).",
        "--expect-key {expected} n'est ni une clé de coffre (reviewer.vault/...+...+...) ni une empreinte "
        "(six groupes de quatre chiffres hexadécimaux).",
    ),
    "result_ok": (
        "RESULT: the exhibit of case {case} is intact, complete, and signed by the expected vault.",
        "RÉSULTAT : la pièce du dossier {case} est intacte, complète et signée par le coffre attendu.",
    ),
    "result_origin_unknown": (
        "RESULT: the exhibit of case {case} is internally consistent, but its ORIGIN IS NOT ESTABLISHED: anyone can "
        "build a consistent bundle with keys of their own.",
        "RÉSULTAT : la pièce du dossier {case} est cohérente, mais son ORIGINE N'EST PAS ÉTABLIE : n'importe qui peut "
        "fabriquer un paquet cohérent avec ses propres clés.",
    ),
    "origin_howto": (
        "To establish it, ask the sender through another channel (telephone, letter, in person; not the message "
        "that brought this bundle) for their vault's fingerprint, check it is the one below, then run: "
        "python verify_exhibit.py --expect-key FINGERPRINT BUNDLE",
        "Pour l'établir, demandez à l'expéditeur par un autre canal (téléphone, courrier, en personne ; pas le message "
        "qui a apporté ce paquet) l'empreinte de son coffre, vérifiez que c'est celle ci-dessous, puis lancez : "
        "python verify_exhibit.py --expect-key EMPREINTE PAQUET",
    ),
    "vault_fingerprint": (
        "Vault key fingerprint: {fingerprint}",
        "Empreinte de la clé du coffre : {fingerprint}",
    ),
    "result_failed": (
        "RESULT: THE EXHIBIT FAILED VERIFICATION ({count} problems). Do not rely on it.",
        "RÉSULTAT : LA PIÈCE N'A PAS PASSÉ LA VÉRIFICATION ({count} problèmes). Ne vous y fiez pas.",
    ),
    "result_failed_one": (
        "RESULT: THE EXHIBIT FAILED VERIFICATION (1 problem). Do not rely on it.",
        "RÉSULTAT : LA PIÈCE N'A PAS PASSÉ LA VÉRIFICATION (1 problème). Ne vous y fiez pas.",
    ),
    "result_not_checked": (
        "RESULT: nothing was checked.",
        "RÉSULTAT : rien n'a été vérifié.",
    ),
    "result_unreadable": (
        "RESULT: the bundle could not be read safely; nothing was checked.",
        "RÉSULTAT : le paquet n'a pas pu être lu sans risque ; rien n'a été vérifié.",
    ),
    "key_replaced": (
        "the vault's signing key was replaced on {time}, when a reviewer's access was withdrawn ({name}): the key it "
        "replaced signed the handover, and from then on the vault signed with the new key only "
        "(new key's fingerprint {fingerprint})",
        "la clé de signature du coffre a été remplacée le {time}, quand l'accès d'un examinateur a été retiré ({name}) : "
        "la clé remplacée a signé la passation, et à partir de là le coffre n'a signé qu'avec la nouvelle clé "
        "(empreinte de la nouvelle clé {fingerprint})",
    ),
    "key_replacement_bad": (
        "{name}: the replacement of the vault's signing key does not check ({reason}).",
        "{name} : le remplacement de la clé de signature du coffre ne se vérifie pas ({reason}).",
    ),
    "old_key_used": (
        "{name} is signed with the vault's old signing key, replaced on {time} when a reviewer's access was withdrawn: "
        "it was made or changed afterwards by someone who kept the old key.",
        "{name} est signé avec l'ancienne clé de signature du coffre, remplacée le {time} quand l'accès d'un examinateur "
        "a été retiré : il a été fait ou modifié après coup par quelqu'un qui a gardé l'ancienne clé.",
    ),
    "manifest_old_key": (
        "manifest.json is signed with the vault's old signing key, replaced on {time} when a reviewer's access was "
        "withdrawn, not with the key in use since: someone who kept the old key made this bundle.",
        "manifest.json est signé avec l'ancienne clé de signature du coffre, remplacée le {time} quand l'accès d'un "
        "examinateur a été retiré, et non avec la clé utilisée depuis : quelqu'un qui a gardé l'ancienne clé a fait ce "
        "paquet.",
    ),
    "expected_key_identity_ok": (
        "signed by the expected vault (fingerprint {fingerprint}, its first key); its signing key was replaced on "
        "{time} and the key in use since has fingerprint {current}. A bundle made from an old copy of the vault by "
        "someone who has left would also pass this check: ask the sender for the fingerprint of the key in use to "
        "rule that out",
        "signé par le coffre attendu (empreinte {fingerprint}, sa première clé) ; sa clé de signature a été remplacée "
        "le {time} et la clé utilisée depuis a pour empreinte {current}. Un paquet fait à partir d'une ancienne copie "
        "du coffre par quelqu'un qui est parti passerait aussi ce contrôle : demandez à l'expéditeur l'empreinte de la "
        "clé utilisée pour l'écarter",
    ),
    "expected_key_replaced": (
        "{expected} is a key this vault used before {time}, when it was replaced: give the vault's first fingerprint "
        "({identity}) or that of the key in use ({current}), obtained from the sender.",
        "{expected} est une clé que ce coffre utilisait avant le {time}, où elle a été remplacée : donnez la première "
        "empreinte du coffre ({identity}) ou celle de la clé utilisée ({current}), obtenue de l'expéditeur.",
    ),
    "vault_identity": (
        "Vault identity fingerprint (its first key, printed first by `reviewer vault fingerprint`): {fingerprint}",
        "Empreinte d'identité du coffre (sa première clé, imprimée en premier par `reviewer vault fingerprint`) : "
        "{fingerprint}",
    ),
    "vault_key": (
        "Vault checkpoint key (compare with a copy received separately): {vkey}",
        "Clé de point de contrôle du coffre (à comparer avec une copie reçue séparément) : {vkey}",
    ),
}


def message(name: str, lang: str = "en", /, **params: object) -> str:
    """The message ``name`` in ``lang`` ("en" or "fr") with ``params`` filled in."""
    english, french = MESSAGES[name]
    return (french if lang == "fr" else english).format(**params)


class BundleProblem(Exception):
    """The bundle could not be read safely. ``key`` names the message in MESSAGES."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(message(key, "en", **params))

    def text(self, lang: str = "en") -> str:
        return message(self.key, lang, **self.params)


# ---------------------------------------------------------------------------------------------------
# Careful reading of a zip (or an unpacked folder). Nothing is ever extracted to disk: files are
# streamed from the archive with a byte cap, so a lying size in a header cannot blow up memory.
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZipLimits:
    """Bounds on what a bundle may contain. The defaults fit any real exhibit (originals included)."""

    max_entries: int = 20_000
    max_total_bytes: int = 16 * 1024**3
    max_file_bytes: int = 4 * 1024**3
    # Checked only on files larger than ratio_floor_bytes: small JSON files legitimately compress well.
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 1024 * 1024


DEFAULT_LIMITS = ZipLimits()

_READ_CHUNK = 1024 * 1024


def check_member_name(name: str) -> None:
    """Raise BundleProblem("unsafe_name") unless ``name`` is a plain relative path with '/' separators."""
    bad = (
        not name
        or name.startswith("/")
        or "\\" in name
        or "\x00" in name
        or any(ord(ch) < 32 for ch in name)
        or (len(name) >= 2 and name[1] == ":")
    )
    if not bad:
        parts = name.rstrip("/").split("/")
        bad = any(part in ("", ".", "..") for part in parts)
    if bad:
        raise BundleProblem("unsafe_name", name=repr(name))


def _name_key(name: str) -> str:
    # Two names that a case-insensitive or Unicode-normalising file system would merge are duplicates.
    return unicodedata.normalize("NFC", name).casefold()


class BundleSource:
    """Read-only access to the files of a bundle (a zip file or a folder), checked on opening."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def open(self, name: str) -> IO[bytes]:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        """The whole file, never more bytes than its declared size (a larger file is damaged)."""
        return b"".join(self.chunks(name))

    def chunks(self, name: str) -> Iterator[bytes]:
        declared = self.size(name)
        seen = 0
        with self.open(name) as handle:
            while True:
                try:
                    chunk = handle.read(_READ_CHUNK)
                except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # CRC, truncated data
                    raise BundleProblem("damaged_entry", name=name) from exc
                if not chunk:
                    break
                seen += len(chunk)
                if seen > declared:
                    raise BundleProblem("damaged_entry", name=name)
                yield chunk
        if seen != declared:
            raise BundleProblem("damaged_entry", name=name)

    def sha256(self, name: str) -> str:
        digest = hashlib.sha256()
        for chunk in self.chunks(name):
            digest.update(chunk)
        return digest.hexdigest()

    def close(self) -> None:
        pass

    def __enter__(self) -> "BundleSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ZipSource(BundleSource):
    """A zip bundle whose central directory passed every check in ``check_zip``."""

    def __init__(self, path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise BundleProblem("not_a_zip", path=str(path)) from exc
        try:
            check_container(self._zip, path)
            self._infos = check_zip(self._zip, limits)
        except BaseException:
            self._zip.close()
            raise

    def names(self) -> list[str]:
        return sorted(self._infos)

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def open(self, name: str) -> IO[bytes]:
        try:
            return self._zip.open(self._infos[name])
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            raise BundleProblem("damaged_entry", name=name) from exc

    def close(self) -> None:
        self._zip.close()


_LOCAL_HEADER = b"PK\x03\x04"
_END_RECORD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END_RECORD = b"PK\x06\x06"
_DATA_DESCRIPTOR = b"PK\x07\x08"


def check_container(archive: zipfile.ZipFile, path: str | os.PathLike[str]) -> None:
    """Raise BundleProblem("more_than_exhibit") unless the file is exactly one zip and nothing else.

    Zip readers (Python's included) find the archive from its end and forgive bytes before it, after
    it and between its parts, so ``cat picture.png exhibit.zip`` is both a picture and an exhibit.
    An exhibit is refused unless: a local file header starts the file; the end-of-central-directory
    record ends it, with an empty comment (the exporter writes none); a zip64 end record and locator,
    when present, sit right before it; the central directory ends where those records begin and its
    offset and entry count are those of an archive with no prefix (checked again entry by entry in
    ``_check_no_overlap``, which also requires the entries to follow one another with no gap).
    """
    fp = archive.fp
    assert fp is not None
    size = fp.seek(0, os.SEEK_END)
    refused = BundleProblem("more_than_exhibit", path=os.fspath(path))
    fp.seek(0)
    if size < 22 or fp.read(4) != _LOCAL_HEADER:
        raise refused
    fp.seek(size - 22)
    (signature, disk, cd_disk, _, count, cd_size, cd_offset,
     comment_len) = struct.unpack("<4s4H2LH", fp.read(22))
    if signature != _END_RECORD or comment_len != 0 or disk != 0 or cd_disk != 0:
        raise refused
    cd_end = size - 22
    if size >= 22 + 20 + 56:
        fp.seek(size - 22 - 20)
        locator_sig, _, z64_offset, _ = struct.unpack("<4sLQL", fp.read(20))
        if locator_sig == _ZIP64_LOCATOR:
            if z64_offset > size - 22 - 20 - 56:
                raise refused
            fp.seek(z64_offset)
            (z64_sig, record_size, _, _, _, _, _, count, cd_size,
             cd_offset) = struct.unpack("<4sQ2H2L4Q", fp.read(56))
            if z64_sig != _ZIP64_END_RECORD or z64_offset + 12 + record_size != size - 22 - 20:
                raise refused
            cd_end = z64_offset
    if cd_offset + cd_size != cd_end or count != len(archive.infolist()):
        raise refused


def check_zip(archive: zipfile.ZipFile, limits: ZipLimits = DEFAULT_LIMITS) -> dict[str, zipfile.ZipInfo]:
    """Check every entry of ``archive`` before any is read; return regular files by name.

    Rejects (BundleProblem): too many entries, unsafe names (traversal, absolute, drive letters,
    backslashes), duplicate names (also ignoring case), symbolic links and other non-regular
    entries, encrypted entries, a declared total or per-file size over the limits, a suspicious
    compression ratio, and entries whose data overlap (the "overlapping files" zip bomb).
    Directory entries are accepted and ignored.
    """
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise BundleProblem("too_many_entries", count=len(infos), limit=limits.max_entries)
    files: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        check_member_name(name)
        key = _name_key(name.rstrip("/"))
        if key in seen:
            raise BundleProblem("duplicate_name", name=repr(name))
        seen[key] = name
        mode = (info.external_attr >> 16) & 0xFFFF
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise BundleProblem("symlink", name=repr(name))
        if name.endswith("/"):
            if kind not in (0, stat.S_IFDIR) or info.file_size:
                raise BundleProblem("not_regular", name=repr(name))
            continue
        if kind not in (0, stat.S_IFREG):
            raise BundleProblem("not_regular", name=repr(name))
        if info.flag_bits & 0x1:
            raise BundleProblem("encrypted", name=repr(name))
        if info.file_size > limits.max_file_bytes:
            raise BundleProblem("too_large", limit=limits.max_file_bytes)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise BundleProblem("too_large", limit=limits.max_total_bytes)
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(1, info.compress_size):
            raise BundleProblem("zip_bomb", name=repr(name))
        files[name] = info
    _check_no_overlap(archive, infos)
    return files


def _check_no_overlap(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    # Each entry's local header + data (+ data descriptor) must end before the next entry starts;
    # overlapping entries let a small archive expand to many copies of the same compressed data.
    # They must also follow one another from offset 0 up to the central directory with no gap: bytes
    # in a gap belong to no file, so they are "more than the exhibit" (check_container).
    fp = archive.fp
    assert fp is not None
    spans = []
    for info in infos:
        fp.seek(info.header_offset)
        header = fp.read(30)
        if len(header) != 30 or header[:4] != _LOCAL_HEADER:
            raise BundleProblem("damaged_entry", name=repr(info.filename))
        name_len = int.from_bytes(header[26:28], "little")
        extra_len = int.from_bytes(header[28:30], "little")
        end = info.header_offset + 30 + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x08:  # sizes follow the data (zip tools writing to a pipe)
            fp.seek(info.header_offset + 30 + name_len)
            zip64 = _has_zip64_extra(fp.read(name_len + extra_len)[name_len:])
            fp.seek(end)
            end += (4 if fp.read(4) == _DATA_DESCRIPTOR else 0) + (20 if zip64 else 12)
        spans.append((info.header_offset, end, info.filename))
    spans.sort()
    for (start, end, name), (next_start, _, _) in zip(spans, spans[1:]):
        if end > next_start:
            raise BundleProblem("zip_bomb", name=repr(name))
    starts = [0] + [end for _, end, _ in spans]
    ends = [start for start, _, _ in spans] + [archive.start_dir]
    if starts != ends:
        raise BundleProblem("more_than_exhibit", path=os.fspath(archive.filename or "?"))


def _has_zip64_extra(extra: bytes) -> bool:
    # Extra fields are (id, length, data) triples; id 1 is zip64, whose data descriptor has 8-byte sizes.
    at = 0
    while at + 4 <= len(extra):
        field_id, length = struct.unpack("<2H", extra[at:at + 4])
        if field_id == 1:
            return True
        at += 4 + length
    return False


class FolderSource(BundleSource):
    """An unpacked bundle: regular files under ``root`` (links and special files are refused)."""

    def __init__(self, root: Path, limits: ZipLimits = DEFAULT_LIMITS) -> None:
        self._root = root
        self._sizes: dict[str, int] = {}
        seen: dict[str, str] = {}
        total = 0
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            for entry in sorted(dirnames + filenames):
                full = Path(dirpath) / entry
                name = full.relative_to(root).as_posix()
                info = full.lstat()
                if stat.S_ISLNK(info.st_mode):
                    raise BundleProblem("symlink", name=repr(name))
                if stat.S_ISDIR(info.st_mode):
                    continue
                if not stat.S_ISREG(info.st_mode):
                    raise BundleProblem("not_regular", name=repr(name))
                check_member_name(name)
                key = _name_key(name)
                if key in seen:
                    raise BundleProblem("duplicate_name", name=repr(name))
                seen[key] = name
                if len(seen) > limits.max_entries:
                    raise BundleProblem("too_many_entries", count=len(seen), limit=limits.max_entries)
                total += info.st_size
                if info.st_size > limits.max_file_bytes or total > limits.max_total_bytes:
                    raise BundleProblem("too_large", limit=limits.max_total_bytes)
                self._sizes[name] = info.st_size

    def names(self) -> list[str]:
        return sorted(self._sizes)

    def size(self, name: str) -> int:
        return self._sizes[name]

    def open(self, name: str) -> IO[bytes]:
        # O_NOFOLLOW: a file swapped for a link after the walk is still refused.
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self._root / name, flags)
        except OSError as exc:
            raise BundleProblem("damaged_entry", name=name) from exc
        return io.open(fd, "rb")


def open_bundle(path: str | os.PathLike[str], limits: ZipLimits = DEFAULT_LIMITS) -> BundleSource:
    """Open a bundle (zip file or folder) for reading after checking every entry; see check_zip."""
    path = Path(path)
    if path.is_dir():
        return FolderSource(path, limits)
    if not path.is_file():
        raise BundleProblem("not_found", path=str(path))
    return ZipSource(path, limits)


# ---------------------------------------------------------------------------------------------------
# Encodings of docs/vault-format.md: canonical JSON (RFC 8785 for float-free values), base64 forms.
# ---------------------------------------------------------------------------------------------------

MAX_SAFE_INT = 2**53 - 1
_TIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\Z")
_HEX_RE = re.compile(r"[0-9a-f]+\Z")


class Invalid(ValueError):
    """A value is not in the form the format requires; the text says why (English, for details)."""


def _reject(text: str) -> object:
    raise Invalid("floating-point number or constant")


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise Invalid("duplicate key")
    return out


def canonical(value: object) -> str:
    """RFC 8785 text of a float-free JSON value (keys sorted by UTF-16 code units)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INT:
            raise Invalid("integer out of range")
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be", "surrogatepass"))
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + canonical(value[k]) for k in keys) + "}"
    raise Invalid("not a JSON value")


def _plain(value: object) -> bool:
    if isinstance(value, dict):
        return all(max(k, default="\0") < "\ud800" and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) <= MAX_SAFE_INT
    return True


def parse_canonical(data: bytes) -> dict:
    """Parse JSON bytes that must be exactly their RFC 8785 form (an object, no floats)."""
    try:
        value = json.loads(data.decode("utf-8"), parse_float=_reject, parse_constant=_reject, object_pairs_hook=_pairs)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise Invalid("not JSON") from exc
    if not isinstance(value, dict):
        raise Invalid("not a JSON object")
    # Fast path: for float-free values whose keys sort the same by code point and by UTF-16 unit
    # (no key character at or above U+D800) and whose integers are in range, sorted json.dumps is JCS.
    if _plain(value) and json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8") == data:
        return value
    try:
        text = canonical(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Invalid("lone surrogate") from exc
    if text != data:
        raise Invalid("not in RFC 8785 canonical form")
    return value


def from_b64u(text: object) -> bytes:
    if not isinstance(text, str) or not re.fullmatch(r"[A-Za-z0-9_-]*", text) or len(text) % 4 == 1:
        raise Invalid("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii") != text:
        raise Invalid("non-canonical base64url")
    return data


def from_b64(text: str) -> bytes:
    try:
        data = base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise Invalid("not base64") from exc
    if base64.b64encode(data).decode("ascii") != text:
        raise Invalid("non-canonical base64")
    return data


# ---------------------------------------------------------------------------------------------------
# Merkle trees (RFC 9162), C2SP signed notes, checkpoints and tlog-proofs.
# ---------------------------------------------------------------------------------------------------


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def merkle_root(leaves: list[bytes]) -> bytes:
    """Root of the RFC 9162 tree over ``leaves`` (leaf hashes); SHA-256("") when empty."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    level = list(leaves)
    # Bottom-up pairing gives the RFC 9162 tree: an odd last node is carried up unchanged.
    while len(level) > 1:
        nxt = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: list[bytes]) -> bytes:
    """RFC 9162 section 2.1.3.2: the root implied by an inclusion proof; Invalid when malformed."""
    if index < 0 or index >= size:
        raise Invalid("index out of range")
    if len(leaf) != 32 or any(len(p) != 32 for p in proof):
        raise Invalid("hash is not 32 bytes")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise Invalid("proof too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise Invalid("proof too short")
    return r


@dataclass(frozen=True)
class NoteKey:
    name: str
    public_key: bytes
    key_id: bytes
    vkey: str


def parse_vkey(vkey: object) -> NoteKey:
    if not isinstance(vkey, str):
        raise Invalid("verifier key is not a string")
    parts = vkey.split("+", 2)  # the base64 key may itself contain '+'
    if len(parts) != 3 or not parts[0] or any(c.isspace() for c in parts[0]):
        raise Invalid("malformed verifier key")
    name, hex_id, key64 = parts
    raw = from_b64(key64)
    if len(raw) != 33 or raw[0] != 1:
        raise Invalid("not an Ed25519 verifier key")
    key_id = hashlib.sha256(name.encode("utf-8") + b"\n" + raw).digest()[:4]
    if key_id.hex() != hex_id:
        raise Invalid("verifier key id does not match its key")
    return NoteKey(name, raw[1:], key_id, vkey)


def ed25519_ok(public_key: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    note: str


def open_checkpoint(note: str, key: NoteKey, origin: str) -> Checkpoint:
    """Check a C2SP checkpoint note: one valid signature by ``key``, the given origin, no extensions."""
    if not note.endswith("\n") or any(ord(c) < 0x20 and c != "\n" for c in note):
        raise Invalid("not a signed note")
    split = note.rfind("\n\n")
    if split < 0:
        raise Invalid("no signature")
    text, block = note[: split + 1], note[split + 2 :]
    found = False
    for line in block[:-1].split("\n"):
        if not line.startswith("\u2014 "):
            raise Invalid("malformed signature line")
        name, _, sig64 = line[2:].partition(" ")
        raw = from_b64(sig64)
        if len(raw) < 5:
            raise Invalid("malformed signature")
        if name != key.name or raw[:4] != key.key_id:
            continue  # C2SP: signatures by unknown keys are ignored
        if not ed25519_ok(key.public_key, raw[4:], text.encode("utf-8")):
            raise Invalid("the signature does not verify")
        found = True
    if not found:
        raise Invalid("no signature by the vault's checkpoint key")
    lines = text[:-1].split("\n")
    if len(lines) != 3:
        raise Invalid("a checkpoint has exactly three lines")
    found_origin, size, root64 = lines
    if not re.fullmatch(r"0|[1-9][0-9]{0,15}", size):
        raise Invalid("malformed size")
    root = from_b64(root64)
    if len(root) != 32:
        raise Invalid("root is not 32 bytes")
    if found_origin != origin:
        raise Invalid(f"it is the checkpoint of {found_origin!r}, not of {origin!r}")
    return Checkpoint(found_origin, int(size), root, note)


class OldKeyUsed(Invalid):
    """A note signed by a checkpoint key the vault had replaced by then (docs/vault-format.md 4.8)."""

    def __init__(self, time: str) -> None:
        super().__init__("signed with a key replaced on " + time)
        self.time = time


@dataclass(frozen=True)
class KeyStep:
    """One key of the vault's chain of checkpoint keys: it signs the vault-level leaves from ``start`` on (until
    the next step); ``time`` and ``name``: the record that introduced it ("" for the vault's identity)."""

    start: int
    key: NoteKey
    time: str = ""
    name: str = ""
    seq: int = 0


def moment(time: str) -> str:
    """A record's time (RFC 3339, UTC) as "2026-12-07 00:13 UTC", the same in both languages; as it is if not one."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:.*Z", time or ""):
        return f"{time[:10]} {time[11:16]} UTC"
    return time


def rotation_message(vault_id: str, signs_from: int, vkey: str) -> bytes:
    """What the replaced key signs to hand over to ``vkey`` (docs/vault-format.md 4.8)."""
    return ROTATION_DOMAIN + f"{vault_id}\n{signs_from}\n{vkey}\n".encode("utf-8")


@dataclass(frozen=True)
class TlogProof:
    index: int
    path: list[bytes]
    checkpoint_note: str


def parse_tlog_proof(text: str) -> TlogProof:
    """C2SP tlog-proof without an ``extra`` line (docs/vault-format.md 7.4)."""
    head = "c2sp.org/tlog-proof@v1\n"
    if not text.startswith(head):
        raise Invalid("not a c2sp.org/tlog-proof@v1")
    rest = text[len(head) :]
    split = rest.find("\n\n")
    if split < 0:
        raise Invalid("no checkpoint in the proof")
    lines = rest[:split].split("\n")
    match = re.fullmatch(r"index (0|[1-9][0-9]{0,15})", lines[0])
    if not match:
        raise Invalid("malformed index line")
    path = [from_b64(line) for line in lines[1:]]
    return TlogProof(int(match.group(1)), path, rest[split + 2 :])


# ---------------------------------------------------------------------------------------------------
# Records (docs/vault-format.md section 4).
# ---------------------------------------------------------------------------------------------------

COMMON_FIELDS = {"v", "type", "id", "case", "seq", "prev", "salt", "signer", "keylog", "time", "app", "body", "sealed"}

def time_correction_problem(times: list[str], genesis_time: str, value: dict) -> str | None:
    """Why a ``time.corrected`` record breaks its rule (docs/vault-format.md 4.3), None when it keeps it: its
    ``ahead`` predecessors (1 or more) claim times after its own, ``floor`` is the time of the record before them
    (the vault's creation when none), and its own time is not before ``floor``. The same rule as the vault's
    (reviewer/vault/record_rules.py); written again here so that this file needs nothing but ``cryptography``."""
    body, time = value["body"], value["time"]
    ahead, floor = body.get("ahead"), body.get("floor")
    if type(ahead) is not int or not isinstance(floor, str) or not 1 <= ahead <= len(times):
        return "ahead must count 1 or more earlier records"
    before = times[len(times) - ahead - 1] if ahead < len(times) else genesis_time
    if floor != before or time < floor or not all(claimed > time for claimed in times[len(times) - ahead:]):
        return "not a correction of the records before it"
    return None


# type -> (log kind, body fields, sealed fields)
RECORD_TYPES: dict[str, tuple[str, set[str], set[str]]] = {
    "vault.created": ("keys", {"vault", "checkpoint_key", "key", "public_key", "name"}, set()),
    "key.enrolled": ("keys", {"key", "public_key", "name"}, set()),
    "key.revoked": ("keys", {"key"}, {"reason"}),
    "timestamp.imported": ("keys", {"note", "request", "reply", "certificates", "gen_time", "tsa"}, set()),
    "checkpoint_key.rotated": ("keys", {"checkpoint_key", "signs_from", "endorsement"}, set()),
    "case.opened": ("case", set(), {"title", "notes"}),
    "case.renamed": ("case", set(), {"title"}),
    "media.ingested": (
        "case",
        {"sha256", "sha1", "md5", "size", "kind", "format", "mime", "width", "height", "frame_count",
         "duration_ms", "fps_milli", "pdq", "frame_pdqs", "blob"},
        {"name", "extension_note", "source", "acquired_by", "how", "metadata", "signals"},
    ),
    "analysis.run": ("case", {"media", "method", "heatmaps"}, {"summary"}),
    "region.revealed": ("case", {"media", "duration_ms"}, {"region"}),
    "review.sealed": ("case", {"media", "labels"}, {"notes", "source", "qualification"}),
    "exhibit.exported": ("case", {"bundle_sha256", "what"}, {"recipient"}),
    "media.purged": ("case", {"media", "blobs"}, {"reason"}),
    "hashlist.imported": ("case", {"format", "sha256", "size", "counts", "blob"}, {"name", "origin"}),
    "match.reviewed": ("case", {"media", "method", "distance", "on", "decision"}, {"reference", "notes"}),
    "capture.imported": ("case", {"format", "captured_at", "files"}, {"url", "title", "notes"}),
    "notice.logged": ("case", {"notice", "status"}, {"entry"}),
    "time.corrected": ("case", {"floor", "ahead"}, {"note"}),
}
# What earlier formats had otherwise: format 3 sealed the box of a revealed region, format 2 the review's
# legal qualification.
RECORD_TYPES_V2 = {**RECORD_TYPES, "region.revealed": ("case", {"media", "region", "duration_ms"}, set())}
RECORD_TYPES_V1 = {**RECORD_TYPES_V2, "review.sealed": ("case", {"media", "labels", "qualification"}, {"notes", "source"})}
RECORD_TYPES_BY_VERSION = {3: RECORD_TYPES, 2: RECORD_TYPES_V2, 1: RECORD_TYPES_V1}
# Body members a record may leave out: a correction names the review it corrects.
OPTIONAL_BODY = {"review.sealed": {"supersedes"}}
LABELS = {"sexual-deepfake-adult", "suspected-minor", "intimate-image-nonconsensual", "manipulated-not-sexual",
          "not-sexual", "no-manipulation-found", "non-conclusive"}
SUSPECTED_MINOR = "suspected-minor"
RECORD_SIGNATURE_PREFIX = b"reviewer-record-v1\n"
FIELD_PREFIX = b"reviewer-field-v1\n"


def key_id_of(public_key: bytes) -> str:
    return hashlib.sha256(b"reviewer-key-v1\n" + public_key).digest()[:8].hex()


def fingerprint(vkey: str) -> str:
    """The short fingerprint of a vault key (docs/vault-format.md 7.1): the first 12 bytes of
    SHA-256("reviewer-vault-fingerprint-v1\n" || vkey) as six groups of four hex digits joined by "-"."""
    digest = hashlib.sha256(b"reviewer-vault-fingerprint-v1\n" + vkey.encode("utf-8")).hexdigest()[:24]
    return "-".join(digest[i : i + 4] for i in range(0, 24, 4))


_FINGERPRINT_RE = re.compile(r"[0-9a-f]{24}\Z")


def expected_key_matches(expected: str, vkey: str) -> bool:
    """True when ``expected`` (a vkey string, or a fingerprint with any spaces or dashes and any case)
    names the vault key ``vkey``. Raise Invalid when ``expected`` is neither form."""
    expected = expected.strip()
    if expected.count("+") >= 2:
        parse_vkey(expected)
        return expected == vkey
    compact = re.sub(r"[\s-]", "", expected).lower()
    if not _FINGERPRINT_RE.match(compact):
        raise Invalid("neither a vault key nor a fingerprint")
    return compact == fingerprint(vkey).replace("-", "")


# Suspected minors by content (docs/vault-format.md 3.1): the same SHA-256 as, or a PDQ within
# MATCH_DISTANCE of (both of quality >= USABLE_QUALITY), a media labelled suspected minor.
MATCH_DISTANCE = 31
USABLE_QUALITY = 50


def _usable_pdq(body: dict) -> int | None:
    pdq = body.get("pdq")
    if isinstance(pdq, dict) and isinstance(pdq.get("hex"), str) and isinstance(pdq.get("quality"), int) \
            and pdq["quality"] >= USABLE_QUALITY and re.fullmatch(r"[0-9a-f]{64}", pdq["hex"]):
        return int(pdq["hex"], 16)
    return None


def withheld_by_content(ingested: dict[str, dict], labelled: set[str]) -> set[str]:
    """Media ids (keys of ``ingested``: id -> media.ingested body) that the suspected-minor rule withholds,
    given the ids ``labelled`` suspected minor."""
    shas = {ingested[m].get("sha256") for m in labelled if m in ingested}
    pdqs = [p for p in (_usable_pdq(ingested[m]) for m in labelled if m in ingested) if p is not None]
    out = set()
    for media_id, body in ingested.items():
        pdq = _usable_pdq(body)
        if media_id in labelled or body.get("sha256") in shas or (
                pdq is not None and any(bin(pdq ^ other).count("1") <= MATCH_DISTANCE for other in pdqs)):
            out.add(media_id)
    return out


@dataclass
class Record:
    name: str  # bundle path of the leaf file, for messages
    leaf: bytes
    value: dict
    signature: bytes

    def __getitem__(self, key: str) -> object:
        return self.value[key]

    @property
    def body(self) -> dict:
        return self.value["body"]


def check_record_shape(value: dict, log_kind: str) -> None:
    """Raise Invalid unless ``value`` has exactly the fields of its type (4.2, 4.3)."""
    if set(value) != COMMON_FIELDS:
        raise Invalid("wrong set of top-level fields")
    if type(value["v"]) is not int or value["v"] not in RECORD_TYPES_BY_VERSION:  # not true, which equals 1
        raise Invalid("unknown format version")
    # Each record is checked against the fields of its own version.
    kind = RECORD_TYPES_BY_VERSION[value["v"]].get(value["type"]) if isinstance(value["type"], str) else None
    if kind is None:
        raise Invalid(f"unknown record type {value['type']!r}")
    if kind[0] != log_kind:
        raise Invalid(f"a {value['type']} record has no place in this log")
    if not isinstance(value["body"], dict) or not kind[1] <= set(value["body"]) <= kind[1] | OPTIONAL_BODY.get(
            value["type"], set()):
        raise Invalid("wrong fields in body")
    if "supersedes" in value["body"]:
        target = value["body"]["supersedes"]
        if not isinstance(target, str) or not re.fullmatch(r"[0-9a-f]{32}", target) or target == value["id"]:
            raise Invalid("malformed supersedes")
    if not isinstance(value["sealed"], dict) or set(value["sealed"]) != kind[2]:
        raise Invalid("wrong fields in sealed")
    for sealed in value["sealed"].values():
        if not isinstance(sealed, dict) or set(sealed) != {"c", "e"} or len(from_b64u(sealed["c"])) != 32:
            raise Invalid("malformed sealed value")
        from_b64u(sealed["e"])
    for name in ("id", "signer"):
        if not isinstance(value[name], str) or not _HEX_RE.match(value[name]):
            raise Invalid(f"malformed {name}")
    if not isinstance(value["seq"], int) or isinstance(value["seq"], bool) or value["seq"] < 0:
        raise Invalid("malformed seq")
    if not isinstance(value["keylog"], int) or isinstance(value["keylog"], bool) or value["keylog"] < 0:
        raise Invalid("malformed keylog")
    if not isinstance(value["time"], str) or not _TIME_RE.match(value["time"]):
        raise Invalid("malformed time")
    if len(from_b64u(value["salt"])) != 16:
        raise Invalid("malformed salt")
    if value["prev"] is not None and len(from_b64u(value["prev"])) != 32:
        raise Invalid("malformed prev")
    if value["type"] == "review.sealed":
        labels = value["body"]["labels"]
        if not isinstance(labels, list) or not labels or len(set(map(str, labels))) != len(labels) or not set(labels) <= LABELS:
            raise Invalid("labels outside the vocabulary")


# ---------------------------------------------------------------------------------------------------
# The bundle (docs/exhibit-format.md).
# ---------------------------------------------------------------------------------------------------

FORMAT = "reviewer-exhibit-v2"
MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"  # b64u of the vault checkpoint key's Ed25519 signature over manifest.json's bytes
_MANIFEST_MEMBERS = {"format", "case", "vault", "key", "checkpoint", "head", "withheld", "files"}
SUMS = "SHA256SUMS"
_MAX_SMALL_FILE = 64 * 1024 * 1024  # JSON, notes and proofs are read whole; nothing legitimate is bigger
# Disclosed openings exist for case records only (keys-log fields are never disclosed).
_RECORD_FILE = re.compile(r"log/(?:(keys)/([0-9]{6})\.(json|sig)|(case)/([0-9]{6})\.(json|sig|open\.json))\Z")
_FIXED_FILES = {MANIFEST, MANIFEST_SIG, SUMS, "VERIFY.md", "verify_exhibit.py", "report.pdf", "cover-letter.pdf",
                "log/keys/checkpoint",
                "log/case/checkpoint", "log/keys/vault-proof", "log/case/vault-proof"}
# For each revoked key that signed records of the case: the checkpoints showing they were sealed before
# the revocation (section 4, item 7 of docs/exhibit-format.md).
WITNESS_PARTS = ("case-checkpoint", "case-vault-proof", "keys-checkpoint", "keys-vault-proof")
_WITNESS_FILE = re.compile(r"log/revoked/[0-9a-f]{16}/(?:" + "|".join(WITNESS_PARTS) + r")\Z")
# For each replacement of the vault's checkpoint key (a checkpoint_key.rotated record of the keys log): the key-log
# checkpoint where the new key starts signing and its tlog-proof (section 4, item 8 of docs/exhibit-format.md).
ROTATION_PARTS = ("keys-checkpoint", "keys-vault-proof")
_ROTATION_FILE = re.compile(r"log/rotation/([0-9a-f]{32})/(?:" + "|".join(ROTATION_PARTS) + r")\Z")
ROTATION_DOMAIN = b"reviewer-checkpoint-key-rotation-v1\n"
# Trusted timestamps (docs/exhibit-format.md 2.1): per timestamp.imported record of the keys log.
_TIMESTAMP_FILE = re.compile(r"timestamps/([0-9a-f]{32})\.(tsr|tsq|note|pem|case-checkpoint|case-proof)\Z")
_MEDIA_FILE = re.compile(
    r"media/([0-9a-f]{32})/(original\.[a-z0-9]{1,8}|redacted(-[0-9]{1,4})?\.png"
    r"|heatmaps/[A-Za-z0-9_.-]{1,64}\.png|heatmaps-redacted/[A-Za-z0-9_.-]{1,64}\.png)\Z"
)


def pem_certificates(certificates: list[bytes]) -> bytes:
    """DER certificates as one PEM file, in order (64 base64 characters a line, as openssl writes)."""
    out = []
    for der in certificates:
        text = base64.b64encode(der).decode("ascii")
        lines = "\n".join(text[i : i + 64] for i in range(0, len(text), 64))
        out.append(f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----\n")
    return "".join(out).encode("ascii")


def timestamp_files(record_id: str, body: dict) -> dict[str, bytes]:
    """The files of one sealed timestamp in a bundle: the reply (DER), the request (DER), the stamped bytes
    (the vault head note) and the certificates given at import (PEM). Raise Invalid for a malformed body."""
    if not isinstance(body.get("note"), str) or not isinstance(body.get("certificates"), list):
        raise Invalid("malformed timestamp record")
    base = f"timestamps/{record_id}"
    return {f"{base}.tsr": from_b64u(body["reply"]), f"{base}.tsq": from_b64u(body["request"]),
            f"{base}.note": body["note"].encode("utf-8"),
            f"{base}.pem": pem_certificates([from_b64u(c) for c in body["certificates"]])}


def sums_text(files: dict[str, dict]) -> str:
    """SHA256SUMS as ``sha256sum -c`` reads it: every file of the manifest except SHA256SUMS itself."""
    return "".join(f"{files[name]['sha256']}  {name}\n" for name in sorted(files) if name != SUMS)


@dataclass
class Finding:
    ok: bool
    key: str
    params: dict


class Verification:
    """One run of every check over one bundle; ``findings`` keeps what was checked and what failed."""

    def __init__(self, source: BundleSource) -> None:
        self.source = source
        self.names = set(source.names())
        self.findings: list[Finding] = []
        self.case_id = ""
        self.vault_id = ""
        self.vault_key: NoteKey | None = None
        self.lang = "en"
        self.key_table: dict[str, tuple[bytes, int, int | None]] = {}
        self.media_ids: set[str] = set()
        self.vault_head: Checkpoint | None = None
        self.manifest: dict | None = None
        self.signed_key: NoteKey | None = None  # the vault key whose signature over manifest.json verified
        self.chain: list[KeyStep] = []  # the vault's checkpoint keys, its identity first (check_keys_log)
        self.genesis_time = ""  # the vault.created record's time: no record may claim to be older

    # -- reporting ----------------------------------------------------------------------------------
    def fail(self, what: str, /, **params: object) -> None:
        self.findings.append(Finding(False, what, params))

    def passed(self, what: str, /, **params: object) -> None:
        self.findings.append(Finding(True, what, params))

    @property
    def ok(self) -> bool:
        return not any(not f.ok for f in self.findings)

    def small(self, name: str) -> bytes:
        if self.source.size(name) > _MAX_SMALL_FILE:
            raise BundleProblem("too_large", limit=_MAX_SMALL_FILE)
        return self.source.read(name)

    # -- the checks, in order -----------------------------------------------------------------------
    def run(self) -> None:
        manifest = self.check_manifest_signature()
        if manifest is not None:
            self.check_files(manifest)
        keys = self.load_log("keys")
        case = self.load_log("case")
        if keys is None or case is None:
            return
        if not self.check_vault_created(keys):
            return
        valid_keys = self.check_keys_log(keys)
        self.check_manifest_key()
        self.check_timestamps(keys)
        keys_cp = self.check_checkpoint("keys", keys, f"reviewer.vault/{self.vault_id}/keys")
        self.case_id = str(case[0]["case"]) if case else ""
        if manifest is not None and manifest.get("case") != self.case_id:
            self.fail("manifest_bad", reason="case id differs from the records")
        case_ok = self.check_case_log(case, valid_keys, len(keys))
        case_cp = self.check_checkpoint("case", case, f"reviewer.vault/{self.vault_id}/case/{self.case_id}")
        self.check_vault_proofs(keys_cp, case_cp)
        self.check_rotations(keys)
        if case_ok:
            self.check_revoked_signers(keys, case)
            self.check_timestamp_coverage(keys, case)
            self.check_openings(case)
            self.check_media(case)

    def check_manifest_signature(self) -> dict | None:
        """First check: manifest.json is well formed and signed by the vault key it names (which
        ``check_vault_created`` then ties to the keys log, and ``--expect-key`` to a known vault)."""
        if MANIFEST not in self.names:
            self.fail("manifest_missing")
            return None
        data = self.small(MANIFEST)
        try:
            manifest = parse_canonical(data)
            if set(manifest) != _MANIFEST_MEMBERS or manifest["format"] != FORMAT:
                raise Invalid(f"not a {FORMAT} manifest")
            if not all(isinstance(manifest[k], str) for k in ("case", "vault", "key", "checkpoint", "head")):
                raise Invalid("case, vault, key, checkpoint and head are strings")
            withheld = manifest["withheld"]
            if not isinstance(withheld, dict) or not all(isinstance(v, str) for v in withheld.values()):
                raise Invalid("withheld is not an object of reasons")
            key = parse_vkey(manifest["key"])
            if key.name != f"reviewer.vault/{manifest['vault']}":
                raise Invalid("the key is not the one of the vault named")
            files = manifest["files"]
            if not isinstance(files, dict):
                raise Invalid("files is not an object")
            for name, entry in files.items():
                if (not isinstance(entry, dict) or set(entry) != {"sha256", "size"}
                        or not isinstance(entry["sha256"], str) or not re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
                        or not isinstance(entry["size"], int) or isinstance(entry["size"], bool) or entry["size"] < 0):
                    raise Invalid(f"bad entry for {name}")
        except Invalid as exc:
            self.fail("manifest_bad", reason=str(exc))
            return None
        if MANIFEST_SIG not in self.names:
            self.fail("manifest_sig_missing")
            return None
        try:
            signature = from_b64u(self.small(MANIFEST_SIG).decode("ascii", "replace"))
            if len(signature) != 64:
                raise Invalid("not 64 bytes")
            if not ed25519_ok(key.public_key, signature, data):
                raise Invalid("the signature does not verify")
        except Invalid as exc:
            self.fail("manifest_sig_bad", reason=str(exc))
            return None
        self.passed("manifest_sig_ok", fingerprint=fingerprint(key.vkey))
        self.signed_key = key
        self.manifest = manifest
        return manifest

    def check_files(self, manifest: dict) -> None:
        """Every file is listed in the (signed) manifest and has the SHA-256 and size it lists."""
        files = manifest["files"]
        self.vault_id = str(manifest["vault"])
        problems = 0
        for name in sorted(self.names | set(files)):
            if name in (MANIFEST, MANIFEST_SIG):
                continue
            if name not in files:
                self.fail("file_unlisted", name=name)
                problems += 1
            elif name not in self.names:
                self.fail("file_missing", name=name)
                problems += 1
            elif self.source.size(name) != files[name]["size"] or self.source.sha256(name) != files[name]["sha256"]:
                self.fail("file_altered", name=name)
                problems += 1
            if name not in _FIXED_FILES and not _RECORD_FILE.match(name) and not _MEDIA_FILE.match(name) \
                    and not _WITNESS_FILE.match(name) and not _TIMESTAMP_FILE.match(name) \
                    and not _ROTATION_FILE.match(name):
                self.fail("file_unexpected", name=name)
                problems += 1
        for required in sorted(_FIXED_FILES - {MANIFEST, MANIFEST_SIG}):
            if required not in files:
                self.fail("file_missing", name=required)
                problems += 1
        if SUMS in self.names and self.small(SUMS) != sums_text(files).encode("utf-8"):
            self.fail("sums_mismatch")
            problems += 1
        if not problems:
            self.passed("files_ok", count=len(files) + 2)

    def load_log(self, log: str) -> list[Record] | None:
        """The records of log/<log>/ in seq order, or None (with a finding) when one cannot be read."""
        seqs = sorted({int(m.group(2) or m.group(5)) for m in map(_RECORD_FILE.match, self.names)
                       if m and (m.group(1) or m.group(4)) == log})
        records: list[Record] = []
        reviews: dict[str, object] = {}  # review.sealed id -> its media, for the corrections that name one
        label = self.log_label(log)
        for expected, seq in enumerate(seqs):
            if seq != expected:
                self.fail("record_missing", log=label, seq=expected)
                return None
        for seq in seqs:
            leaf_name, sig_name = f"log/{log}/{seq:06d}.json", f"log/{log}/{seq:06d}.sig"
            for needed in (leaf_name, sig_name):
                if needed not in self.names:
                    self.fail("record_file_missing", name=needed)
                    return None
            leaf = self.small(leaf_name)
            try:
                value = parse_canonical(leaf)
                check_record_shape(value, log)
                signature = from_b64u(self.small(sig_name).decode("ascii", "replace"))
                if len(signature) != 64:
                    raise Invalid("the signature file does not hold 64 bytes")
            except Invalid as exc:
                self.fail("record_bad", name=leaf_name, reason=str(exc))
                return None
            if value["seq"] != seq:
                self.fail("record_seq", name=leaf_name, found=value["seq"], seq=seq)
                return None
            if value["type"] == "review.sealed":
                target = value["body"].get("supersedes")
                if target is not None and reviews.get(target) != value["body"]["media"]:
                    self.fail("record_bad", name=leaf_name, reason="corrects no earlier review of this media")
                    return None
                reviews[value["id"]] = value["body"]["media"]
            records.append(Record(leaf_name, leaf, value, signature))
        if not records:
            self.fail("log_empty", log=label)
            return None
        return records

    def log_label(self, log: str) -> str:
        return message("keys_log", self.lang) if log == "keys" else message("case_log", self.lang)

    def check_vault_created(self, keys: list[Record]) -> bool:
        first = keys[0]
        if first["type"] != "vault.created":
            self.fail("record_bad", name=first.name, reason="the keys log must start with vault.created")
            return False
        body = first.body
        try:
            self.vault_key = parse_vkey(body["checkpoint_key"])
            public = from_b64u(body["public_key"])
        except Invalid as exc:
            self.fail("record_bad", name=first.name, reason=str(exc))
            return False
        if self.vault_id and body["vault"] != self.vault_id:
            self.fail("manifest_bad", reason="vault id differs from the records")
        self.vault_id = str(body["vault"])
        self.genesis_time = str(first["time"])
        if self.vault_key.name != f"reviewer.vault/{self.vault_id}":
            self.fail("record_bad", name=first.name, reason="checkpoint key name does not match the vault id")
            return False
        if len(public) != 32 or key_id_of(public) != body["key"] or first["signer"] != body["key"]:
            self.fail("record_bad", name=first.name, reason="the first key is not self-signed")
            return False
        self.chain = [KeyStep(0, self.vault_key)]
        return True

    # -- the chain of checkpoint keys (docs/vault-format.md 4.8) --------------------------------------------
    def key_at(self, index: int) -> KeyStep:
        """The key that must have signed leaf ``index`` of the vault-level log."""
        return [step for step in self.chain if step.start <= index][-1]

    def open_at(self, note: str, index: int, origin: str) -> Checkpoint:
        """Open the checkpoint at vault-level leaf ``index`` with the key that must sign it there; raise
        ``OldKeyUsed`` when only a key the vault had replaced by then signed it, ``Invalid`` otherwise."""
        step = self.key_at(index)
        try:
            return open_checkpoint(note, step.key, origin)
        except Invalid:
            for older in self.chain[: self.chain.index(step)]:
                try:
                    open_checkpoint(note, older.key, origin)
                except Invalid:
                    continue
                raise OldKeyUsed(step.time) from None
            raise

    def open_head(self, note: str) -> Checkpoint:
        """Open a vault checkpoint (head) with the key current at its size, that of its last leaf."""
        lines = note.split("\n", 2)
        size = int(lines[1]) if len(lines) > 2 and re.fullmatch(r"[0-9]{1,16}", lines[1]) else 0
        return self.open_at(note, max(0, size - 1), f"reviewer.vault/{self.vault_id}")

    def claimed_index(self, proof_name: str) -> int:
        """The vault-level index a tlog-proof file states (checked where the proof itself is checked); 0 when
        it cannot be read (the key of index 0 is then tried, and the proof's own check fails)."""
        try:
            return parse_tlog_proof(self.small(proof_name).decode("utf-8")).index
        except (Invalid, UnicodeDecodeError, BundleProblem):
            return 0

    def fail_note(self, key: str, exc: Invalid, /, **params: object) -> None:
        """Report a note that did not open: as signed with an old key when it was (``OldKeyUsed``)."""
        if isinstance(exc, OldKeyUsed):
            self.fail("old_key_used", name=params.get("name", "?"), time=exc.time)
        else:
            self.fail(key, reason=str(exc), **params)

    def check_rotation(self, record: Record) -> str | None:
        """The chain followed by this ``checkpoint_key.rotated`` record: its new key is named for this vault and
        new, it starts after the previous one, and the key it replaces signed the handover. Returns what is
        wrong, or None (and the chain is extended)."""
        body = record.body
        try:
            key = parse_vkey(body["checkpoint_key"])
            start = body["signs_from"]
            endorsement = from_b64u(body["endorsement"])
        except Invalid as exc:
            return str(exc)
        if key.name != f"reviewer.vault/{self.vault_id}" or any(step.key.public_key == key.public_key
                                                               for step in self.chain):
            return "the new key is not a new key of this vault"
        if not isinstance(start, int) or isinstance(start, bool) or start <= self.chain[-1].start or start < 1:
            return "the new key does not start after the one it replaces"
        if len(endorsement) != 64 or not ed25519_ok(self.chain[-1].key.public_key, endorsement,
                                                    rotation_message(self.vault_id, start, key.vkey)):
            return "the replaced key did not sign the handover"
        self.chain.append(KeyStep(start, key, moment(str(record["time"])), record.name, int(record["seq"])))
        return None

    def check_manifest_key(self) -> None:
        """manifest.json is signed by the key the vault signs with now: the last of the chain."""
        if self.signed_key is None or not self.chain:
            return
        keys = [step.key.vkey for step in self.chain]
        if self.signed_key.vkey == keys[-1]:
            return
        if self.signed_key.vkey in keys:
            replaced_at = self.chain[keys.index(self.signed_key.vkey) + 1].time
            self.fail("manifest_old_key", time=replaced_at)
        else:
            self.fail("manifest_key_differs")

    def check_rotations(self, keys: list[Record]) -> None:
        """Section 4, item 8: for each replacement of the checkpoint key, the key-log checkpoint at the vault-level
        index where the new key starts covers the replacement, is signed by the new key, and is a leaf of the
        bundle's vault checkpoint at that index. No other file is under log/rotation/."""
        expected: set[str] = set()
        for step in self.chain[1:]:
            base = f"log/rotation/{keys[step.seq]['id']}/"
            expected |= {base + part for part in ROTATION_PARTS}
            if self.vault_head is None:
                continue
            try:
                missing = [part for part in ROTATION_PARTS if base + part not in self.names]
                if missing:
                    raise Invalid("the key-log checkpoint where the new key starts is missing")
                note = self.small(base + ROTATION_PARTS[0]).decode("utf-8")
                proof = parse_tlog_proof(self.small(base + ROTATION_PARTS[1]).decode("utf-8"))
                if proof.index != step.start:
                    raise Invalid("the checkpoint given is not where the new key starts")
                if proof.checkpoint_note != self.vault_head.note:
                    raise Invalid("the proof is not under the bundle's vault checkpoint")
                checkpoint = self.open_at(note, step.start, f"reviewer.vault/{self.vault_id}/keys")
                if not step.seq < checkpoint.size <= len(keys) \
                        or merkle_root([leaf_hash(r.leaf) for r in keys[: checkpoint.size]]) != checkpoint.root:
                    raise Invalid("the key-log checkpoint does not cover the replacement")
                if root_from_inclusion(proof.index, self.vault_head.size, leaf_hash(note.encode("utf-8")),
                                       proof.path) != self.vault_head.root:
                    raise Invalid("the checkpoint is not a leaf of the vault log at that place")
            except (Invalid, UnicodeDecodeError) as exc:
                self.fail_note("key_replacement_bad", exc, name=step.name)
                continue
            self.passed("key_replaced", time=step.time, name=step.name, fingerprint=fingerprint(step.key.vkey))
        for name in sorted(n for n in self.names if n.startswith("log/rotation/") and n not in expected):
            self.fail("file_unexpected", name=name)

    def check_chain(self, record: Record, previous: Record | None, times: list[str] | None = None) -> bool:
        """The link to ``previous`` and the time rule; ``times``: the claimed times of every earlier record of the
        log, which a time correction looks back over (docs/vault-format.md 4.3)."""
        expected = None
        if previous is not None:
            expected = base64.urlsafe_b64encode(leaf_hash(previous.leaf)).rstrip(b"=").decode("ascii")
        if record["prev"] != expected:
            self.fail("broken_chain", name=record.name)
            return False
        if record["type"] == "time.corrected":
            if time_correction_problem(times or [], self.genesis_time, record.value) is not None:
                self.fail("time_backwards", name=record.name)
                return False
        elif previous is not None and record["time"] < previous["time"]:
            self.fail("time_backwards", name=record.name)
            return False
        if record["time"] < self.genesis_time:  # a case's first record has no record before it
            self.fail("time_before_vault", name=record.name)
            return False
        return True

    def check_signature(self, record: Record, keys: dict[str, tuple[bytes, int, int | None]], effective: int) -> bool:
        signer = record["signer"]
        if signer not in keys:
            self.fail("unknown_key", name=record.name, key=signer)
            return False
        public, enrolled_at, revoked_at = keys[signer]
        is_genesis = record["type"] == "vault.created"
        if not is_genesis and (enrolled_at >= effective or (revoked_at is not None and revoked_at < effective)):
            self.fail("revoked_key", name=record.name, key=signer)
            return False
        if not ed25519_ok(public, record.signature, RECORD_SIGNATURE_PREFIX + record.leaf):
            self.fail("bad_signature", name=record.name)
            return False
        return True

    def check_keys_log(self, keys: list[Record]) -> dict[str, tuple[bytes, int, int | None]]:
        """Signatures of the keys log; return key id -> (public key, enrolled at, revoked at)."""
        table: dict[str, tuple[bytes, int, int | None]] = {}
        previous = None
        ok = True
        for record in keys:
            body = record.body
            if record["keylog"] != record["seq"] or record["case"] != "keys":
                self.fail("record_bad", name=record.name, reason="keylog or case field is wrong for the keys log")
                ok = False
                break
            if record["type"] in ("vault.created", "key.enrolled"):
                try:
                    public = from_b64u(body["public_key"])
                except Invalid:
                    public = b""
                if len(public) != 32 or key_id_of(public) != body["key"] or body["key"] in table:
                    self.fail("record_bad", name=record.name, reason="enrolled key id does not match its public key")
                    ok = False
                    break
            if record["seq"] > 0 and record["type"] == "vault.created":
                self.fail("record_bad", name=record.name, reason="vault.created after the start")
                ok = False
                break
            if record["type"] == "vault.created":
                table[body["key"]] = (public, 0, None)
            if not self.check_chain(record, previous) or not self.check_signature(record, table, record["seq"]):
                ok = False
                break
            if record["type"] == "checkpoint_key.rotated":
                problem = self.check_rotation(record)
                if problem is not None:
                    self.fail("key_replacement_bad", name=record.name, reason=problem)
                    ok = False
                    break
            if record["type"] == "key.enrolled":
                table[body["key"]] = (public, record["seq"], None)
            elif record["type"] == "key.revoked" and body["key"] in table:
                pub, enrolled, revoked = table[body["key"]]
                table[body["key"]] = (pub, enrolled, revoked if revoked is not None else record["seq"])
            previous = record
        if ok:
            self.passed("keys_ok", count=len(keys), reviewers=len(table))
        self.key_table = table
        return table

    def check_timestamps(self, keys: list[Record]) -> None:
        """Each timestamp.imported record of the keys log comes with its files, byte for byte, and stamps a
        vault head signed by this vault's key; no other file is under timestamps/. The tokens themselves
        are checked with OpenSSL (VERIFY.md): this verifier needs nothing but ``cryptography``."""
        expected: dict[str, bytes] = {}
        count = 0
        for record in keys:
            if record["type"] != "timestamp.imported":
                continue
            count += 1
            try:
                files = timestamp_files(str(record["id"]), record.body)
                if self.vault_key is None:
                    raise Invalid("no vault key")
                self.open_head(str(record.body["note"]))  # with the key current at the stamped size
            except Invalid as exc:
                self.fail_note("timestamp_file_bad", exc, name=record.name)
                continue
            expected.update(files)
        problems = 0
        for name, data in sorted(expected.items()):
            if name not in self.names or self.small(name) != data:
                self.fail("timestamp_file_bad", name=name, reason="differs from the record")
                problems += 1
        stamped = {name.split("/")[1].split(".")[0] for name in expected}
        for name in sorted(n for n in self.names if n.startswith("timestamps/") and n not in expected):
            match = _TIMESTAMP_FILE.match(name)
            if match is None or match.group(1) not in stamped or match.group(2) not in ("case-checkpoint", "case-proof"):
                self.fail("timestamp_file_orphan", name=name)
                problems += 1
        if count and not problems and len(expected) == 4 * count:
            self.passed("timestamps_ok", count=count)

    def check_timestamp_coverage(self, keys: list[Record], case: list[Record]) -> None:
        """Which records of this case each trusted timestamp covers: ``<rid>.case-checkpoint`` is a checkpoint
        of this case signed by the vault key, ``<rid>.case-proof`` places it in the stamped vault head
        (``<rid>.note``), and the bundle's first records give its root. Without those two files the stamp was
        made before the case's first checkpoint and covers none of its records."""
        origin = f"reviewer.vault/{self.vault_id}/case/{self.case_id}"
        for record in keys:
            if record["type"] != "timestamp.imported" or self.vault_key is None:
                continue
            base = f"timestamps/{record['id']}"
            body = record.body
            names = (f"{base}.case-checkpoint", f"{base}.case-proof")
            if not any(name in self.names for name in names):
                self.passed("timestamp_covers_none", record=record["id"], time=body.get("gen_time"))
                continue
            try:
                if not all(name in self.names for name in names):
                    raise Invalid("one of the two files is missing")
                stamped_head = self.open_head(str(body["note"]))
                proof = parse_tlog_proof(self.small(names[1]).decode("utf-8"))
                if proof.checkpoint_note != stamped_head.note:
                    raise Invalid("the proof is not under the stamped vault head")
                note = self.small(names[0]).decode("utf-8")
                checkpoint = self.open_at(note, proof.index, origin)
                if root_from_inclusion(proof.index, stamped_head.size, leaf_hash(note.encode("utf-8")),
                                       proof.path) != stamped_head.root:
                    raise Invalid("the case checkpoint is not a leaf of the stamped vault head")
                if not 0 < checkpoint.size <= len(case) or merkle_root(
                        [leaf_hash(r.leaf) for r in case[: checkpoint.size]]) != checkpoint.root:
                    raise Invalid("the case checkpoint does not match the first records of this case")
            except UnicodeDecodeError as exc:
                self.fail("timestamp_proof_bad", name=names[1], reason=str(exc))
                continue
            except Invalid as exc:
                self.fail_note("timestamp_proof_bad", exc, name=names[1])
                continue
            self.passed("timestamp_covers", record=record["id"], last=checkpoint.size - 1, time=body.get("gen_time"),
                        tsa=body.get("tsa"))

    def check_case_log(self, case: list[Record], keys: dict, keys_size: int) -> bool:
        previous = None
        times: list[str] = []
        effective = 0
        media_ids: set[str] = set()
        for record in case:
            value = record.value
            if value["case"] != self.case_id:
                self.fail("record_wrong_case", name=record.name, found=value["case"], case=self.case_id)
                return False
            if (value["seq"] == 0) != (value["type"] == "case.opened"):
                self.fail("record_bad", name=record.name, reason="case.opened must be record 0 and only record 0")
                return False
            if value["keylog"] > keys_size:
                self.fail("record_bad", name=record.name, reason="signed after keys not in this bundle")
                return False
            effective = max(effective, value["keylog"])
            if not self.check_chain(record, previous, times) or not self.check_signature(record, keys, effective):
                return False
            times.append(record["time"])
            media = record.body.get("media")
            if media is not None and media not in media_ids:
                self.fail("bad_reference", name=record.name, media=media)
                return False
            if value["type"] == "media.ingested":
                media_ids.add(value["id"])
            previous = record
        self.media_ids = media_ids
        self.passed("case_ok", case=self.case_id, count=len(case))
        return True

    def check_checkpoint(self, log: str, records: list[Record], origin: str) -> Checkpoint | None:
        name = f"log/{log}/checkpoint"
        if name not in self.names or self.vault_key is None:
            self.fail("file_missing", name=name)
            return None
        try:
            # With the key that signs the place its vault-proof gives (checked in check_vault_proofs).
            checkpoint = self.open_at(self.small(name).decode("utf-8"), self.claimed_index(f"log/{log}/vault-proof"),
                                      origin)
        except UnicodeDecodeError as exc:
            self.fail("checkpoint_bad", name=name, reason=str(exc))
            return None
        except Invalid as exc:
            self.fail_note("checkpoint_bad", exc, name=name)
            return None
        if checkpoint.size != len(records):
            self.fail("checkpoint_size", name=name, size=checkpoint.size, count=len(records))
            return None
        if merkle_root([leaf_hash(r.leaf) for r in records]) != checkpoint.root:
            self.fail("checkpoint_root", name=name)
            return None
        if log == "case" and self.manifest is not None and checkpoint.note != self.manifest["checkpoint"]:
            self.fail("checkpoint_not_bound", name=name)
            return None
        self.passed("checkpoint_ok", name=name, size=checkpoint.size,
                    root=base64.b64encode(checkpoint.root).decode("ascii"))
        return checkpoint

    def check_vault_proofs(self, keys_cp: Checkpoint | None, case_cp: Checkpoint | None) -> None:
        vault_notes = set()
        for log, checkpoint in (("keys", keys_cp), ("case", case_cp)):
            name = f"log/{log}/vault-proof"
            if checkpoint is None or self.vault_key is None:
                continue
            if name not in self.names:
                self.fail("file_missing", name=name)
                continue
            try:
                proof = parse_tlog_proof(self.small(name).decode("utf-8"))
                head = self.open_head(proof.checkpoint_note)
                root = root_from_inclusion(proof.index, head.size, leaf_hash(checkpoint.note.encode("utf-8")), proof.path)
                if root != head.root:
                    raise Invalid("the checkpoint is not a leaf of the vault log at that place")
            except UnicodeDecodeError as exc:
                self.fail("vault_proof_bad", name=name, reason=str(exc))
                continue
            except Invalid as exc:
                self.fail_note("vault_proof_bad", exc, name=name)
                continue
            vault_notes.add(head.note)
            self.vault_head = head
        if len(vault_notes) > 1:
            self.fail("vault_heads_differ")
        elif self.manifest is not None and vault_notes and vault_notes != {self.manifest["head"]}:
            self.fail("head_not_bound")
        elif len(vault_notes) == 1 and keys_cp is not None and case_cp is not None:
            self.passed("vault_ok", size=self.vault_head.size,
                        root=base64.b64encode(self.vault_head.root).decode("ascii"))

    def check_revoked_signers(self, keys: list[Record], case: list[Record]) -> None:
        """Section 4, item 7: every record of a key the keys log revokes was sealed before the revocation.

        Its key's last record in the case is covered by a case checkpoint that stands, in the vault log,
        before a key-log checkpoint not yet holding the revocation. Key-log checkpoints never shrink along
        the vault log, so when that case checkpoint was signed the key was not revoked, whatever time and
        key-log size the record itself claims (VF 4.7).
        """
        revoked = {r.body["key"]: r["seq"] for r in keys if r["type"] == "key.revoked"}
        last = {r["signer"]: r for r in case if r["signer"] in revoked}
        if not last or self.vault_key is None or self.vault_head is None:
            return
        failed = False
        for key_id, record in sorted(last.items()):
            base = f"log/revoked/{key_id}/"
            try:
                missing = [part for part in WITNESS_PARTS if base + part not in self.names]
                if missing:
                    raise Invalid("no checkpoint shows it")
                texts = [self.small(base + part).decode("utf-8") for part in WITNESS_PARTS]
                sealed = self.open_at(texts[0], self._vault_index_claimed(texts[1]),
                                      f"reviewer.vault/{self.vault_id}/case/{self.case_id}")
                if not record["seq"] < sealed.size <= len(case) \
                        or merkle_root([leaf_hash(r.leaf) for r in case[: sealed.size]]) != sealed.root:
                    raise Invalid("the case checkpoint given does not cover it")
                before = self.open_at(texts[2], self._vault_index_claimed(texts[3]), f"reviewer.vault/{self.vault_id}/keys")
                if not 0 < before.size <= revoked[key_id] \
                        or merkle_root([leaf_hash(r.leaf) for r in keys[: before.size]]) != before.root:
                    raise Invalid("the key-log checkpoint given already holds the revocation")
                if self._vault_index(texts[3], before) < self._vault_index(texts[1], sealed):
                    raise Invalid("it was sealed after the revocation")
            except (Invalid, UnicodeDecodeError) as exc:
                if isinstance(exc, OldKeyUsed):
                    self.fail("old_key_used", name=base, time=exc.time)
                else:
                    self.fail("revoked_not_sealed_before", name=record.name, key=key_id, reason=str(exc))
                failed = True
        if not failed:
            self.passed("revoked_ok", count=len(last))

    @staticmethod
    def _vault_index_claimed(proof_text: str) -> int:
        """The index a tlog-proof text states (``_vault_index`` checks it)."""
        return parse_tlog_proof(proof_text).index

    def _vault_index(self, proof_text: str, checkpoint: Checkpoint) -> int:
        """The place of ``checkpoint`` in the vault log, from a tlog-proof under the bundle's vault checkpoint."""
        proof = parse_tlog_proof(proof_text)
        if proof.checkpoint_note != self.vault_head.note:
            raise Invalid("the proof is not under the bundle's vault checkpoint")
        root = root_from_inclusion(proof.index, self.vault_head.size, leaf_hash(checkpoint.note.encode("utf-8")),
                                   proof.path)
        if root != self.vault_head.root:
            raise Invalid("the checkpoint is not a leaf of the vault log at that place")
        return proof.index

    def check_openings(self, case: list[Record]) -> None:
        count = 0
        for record in case:
            name = record.name[: -len(".json")] + ".open.json"
            if name not in self.names:
                continue
            try:
                openings = parse_canonical(self.small(name))
            except Invalid as exc:
                self.fail("opening_bad", name=name, field="*", reason=str(exc))
                continue
            for field, opening in sorted(openings.items()):
                sealed = record.value["sealed"].get(field)
                try:
                    if sealed is None or not isinstance(opening, str):
                        raise Invalid("no such sealed field in the signed record")
                    data = opening.encode("utf-8")
                    if hashlib.sha256(FIELD_PREFIX + data).digest() != from_b64u(sealed["c"]):
                        raise Invalid("does not match the signed commitment")
                    opened = parse_canonical(data)
                    if set(opened) != {"field", "salt", "value"} or opened["field"] != field:
                        raise Invalid("the opening names another field")
                except Invalid as exc:
                    self.fail("opening_bad", name=name, field=field, reason=str(exc))
                    continue
                count += 1
        self.passed("openings_ok", count=count)

    def check_media(self, case: list[Record]) -> None:
        ingested = {r["id"]: r for r in case if r["type"] == "media.ingested"}
        labelled = {r.body["media"] for r in case if r["type"] == "review.sealed" and SUSPECTED_MINOR in r.body["labels"]}
        # Withheld: those the rule finds from this case's signed hashes, and those the vault's signed
        # manifest lists (labelled in another case, which the bundle does not show).
        by_content = withheld_by_content({m: r.body for m, r in ingested.items()}, labelled)
        listed = set(self.manifest["withheld"]) if self.manifest is not None else set()
        for media_id in sorted(listed - set(ingested)):
            self.fail("withheld_unknown", media=media_id)
        minors = by_content | listed
        heatmaps: dict[tuple[str, str], str] = {}
        for r in case:
            if r["type"] == "analysis.run" and isinstance(r.body["heatmaps"], dict):
                for hid, entry in r.body["heatmaps"].items():
                    if isinstance(entry, dict):
                        heatmaps[(r.body["media"], f"{hid}.png")] = entry.get("sha256", "")
        originals = checked = 0
        problems = False
        for name in sorted(self.names):
            match = _MEDIA_FILE.match(name)
            if not match:
                continue
            media_id, rest = match.group(1), match.group(2)
            if media_id not in ingested:
                self.fail("media_unknown", name=name, media=media_id)
                problems = True
                continue
            if media_id in minors:
                self.fail("minor_exposed" if media_id in labelled else "minor_copy_exposed", name=name)
                problems = True
                continue
            checked += 1
            if rest.startswith("original."):
                body = ingested[media_id].body
                if self.source.size(name) != body["size"] or self.source.sha256(name) != body["sha256"]:
                    self.fail("original_mismatch", name=name)
                    problems = True
                originals += 1
            elif rest.startswith("heatmaps/"):
                expected = heatmaps.get((media_id, rest[len("heatmaps/"):]))
                if expected is None or self.source.sha256(name) != expected:
                    self.fail("heatmap_mismatch", name=name)
                    problems = True
            elif rest.startswith("heatmaps-redacted/") and (media_id, rest[len("heatmaps-redacted/"):]) not in heatmaps:
                self.fail("heatmap_unknown", name=name)
                problems = True
        if not problems:
            self.passed("media_ok", count=checked, originals=originals, withheld=len(minors))


# Exit statuses (docs/exhibit-format.md 7).
EXIT_OK = 0  # intact, complete, and signed by the vault given with --expect-key
EXIT_FAILED = 1  # altered, incomplete, or signed by another vault than the one expected
EXIT_UNREADABLE = 2  # could not be read safely, cryptography missing, or a wrong command line
EXIT_ORIGIN_UNKNOWN = 3  # internally consistent, but no --expect-key: who made it is not established


@dataclass(frozen=True)
class Outcome:
    """What a verification found: the exit ``status`` (EXIT_*), the report ``lines``, and the vault key
    (vkey) whose signature covers the bundle (None when none verified)."""

    status: int
    lines: list[str]
    vkey: str | None = None


def check(path: str | os.PathLike[str], lang: str = "en", expect_key: str | None = None,
          limits: ZipLimits = DEFAULT_LIMITS) -> Outcome:
    """Check the bundle at ``path`` and, with ``expect_key`` (a vkey or its fingerprint), that this vault
    signed it. Never raises for bad input: the problem is in the lines and the status."""
    lines = [message("title", lang, format=FORMAT), message("bundle", lang, path=os.fspath(path))]
    try:
        # Checked first: without it no signature can be checked, and the bundle is not to blame.
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - ImportError, or a wheel built for another Python
        lines.append(message("failed_line", lang, text=message("no_cryptography", lang, error=f"{type(exc).__name__}: {exc}")))
        lines.append(message("result_not_checked", lang))
        return Outcome(EXIT_UNREADABLE, lines)
    try:
        with open_bundle(path, limits) as source:
            run = Verification(source)
            run.lang = lang
            try:
                run.run()
            except BundleProblem as problem:
                run.fail(problem.key, **problem.params)
            except Exception as exc:  # noqa: BLE001 - a malformed bundle must give a report, not a traceback
                run.fail("internal", error=f"{type(exc).__name__}: {exc}")
    except BundleProblem as problem:
        lines.append(message("failed_line", lang, text=problem.text(lang)))
        lines.append(message("result_unreadable", lang))
        return Outcome(EXIT_UNREADABLE, lines)
    vkey = run.signed_key.vkey if run.signed_key is not None else None
    # The vault's identity (the key of its creation) when its signing key was replaced since (VF 4.8).
    identity = run.chain[0].key.vkey if len(run.chain) > 1 else None
    if run.ok and vkey is not None and expect_key is not None:
        try:
            matches = expected_key_matches(expect_key, vkey)
            replaced = [step for step in run.chain[:-1] if expected_key_matches(expect_key, step.key.vkey)]
        except Invalid:
            lines.append(message("failed_line", lang, text=message("expected_key_bad", lang, expected=expect_key)))
            lines.append(message("result_not_checked", lang))
            return Outcome(EXIT_UNREADABLE, lines, vkey)
        if matches:
            run.passed("expected_key_ok", fingerprint=fingerprint(vkey))
        elif replaced and replaced[0] is run.chain[0]:
            # The vault's identity: the chain from it to the signing key was followed, each handover signed by
            # the key it replaced. A fork kept from before a revocation passes this too (VERIFY.md).
            run.passed("expected_key_identity_ok", fingerprint=fingerprint(identity), current=fingerprint(vkey),
                       time=run.chain[-1].time)
        elif replaced:
            following = run.chain[run.chain.index(replaced[0]) + 1]
            run.fail("expected_key_replaced", expected=expect_key, time=following.time,
                     identity=fingerprint(run.chain[0].key.vkey), current=fingerprint(vkey))
        else:
            run.fail("expected_key_mismatch", fingerprint=fingerprint(vkey), expected=expect_key)
    for finding in run.findings:
        text = message(finding.key, lang, **finding.params)
        lines.append(message("ok_line" if finding.ok else "failed_line", lang, text=text))
    identity_line = [message("vault_identity", lang, fingerprint=fingerprint(identity))] if identity else []
    if not run.ok or vkey is None:
        count = max(1, sum(1 for f in run.findings if not f.ok))
        lines.append(message("result_failed_one", lang) if count == 1 else message("result_failed", lang, count=count))
        if vkey is not None:
            lines.append(message("vault_fingerprint", lang, fingerprint=fingerprint(vkey)))
            lines += identity_line
        return Outcome(EXIT_FAILED, lines, vkey)
    if expect_key is not None:
        lines.append(message("result_ok", lang, case=run.case_id))
        lines.append(message("vault_fingerprint", lang, fingerprint=fingerprint(vkey)))
        lines += identity_line
        return Outcome(EXIT_OK, lines, vkey)
    lines.append(message("result_origin_unknown", lang, case=run.case_id))
    lines.append(message("origin_howto", lang))
    lines.append(message("vault_fingerprint", lang, fingerprint=fingerprint(vkey)))
    lines += identity_line
    lines.append(message("vault_key", lang, vkey=vkey))
    return Outcome(EXIT_ORIGIN_UNKNOWN, lines, vkey)


def verify(path: str | os.PathLike[str], lang: str = "en", limits: ZipLimits = DEFAULT_LIMITS,
           expect_key: str | None = None) -> tuple[bool, list[str]]:
    """Check the bundle at ``path``; return (ok, report lines in ``lang``). Never raises for bad input.

    ``ok`` means intact and complete and, when ``expect_key`` is given, signed by that vault. Without
    ``expect_key`` it says nothing about who made the bundle (see ``check`` and EXIT_ORIGIN_UNKNOWN).
    """
    outcome = check(path, lang, expect_key, limits)
    return outcome.status in (EXIT_OK, EXIT_ORIGIN_UNKNOWN), outcome.lines


def default_lang() -> str:
    for var in ("REVIEWER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``verify_exhibit.py [--lang fr|en] [--expect-key KEY] BUNDLE``; returns an EXIT_* status."""
    args = list(sys.argv[1:] if argv is None else argv)
    lang = default_lang()
    expect_key = None
    while len(args) > 1 and args[0] in ("--lang", "--expect-key") and len(args) >= 3:
        option, value, args = args[0], args[1], args[2:]
        if option == "--lang":
            if value not in ("fr", "en"):
                args = []
                break
            lang = value
        else:
            expect_key = value
    if len(args) != 1 or args[0].startswith("-"):
        print(message("usage", lang), file=sys.stderr)
        return EXIT_UNREADABLE
    outcome = check(args[0], lang, expect_key)
    print("\n".join(outcome.lines))
    return outcome.status


if __name__ == "__main__":
    sys.exit(main())
