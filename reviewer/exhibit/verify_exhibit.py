#!/usr/bin/env python3
"""Verify a Reviewer exhibit bundle without the Reviewer application.

Usage:  python verify_exhibit.py BUNDLE.zip   (or the folder the bundle was unpacked into)
        python verify_exhibit.py --lang fr BUNDLE.zip

Needs only Python 3.9+ and the ``cryptography`` package (``pip install cryptography``). It never
writes anything and never opens a network connection. The format it checks is described in the
bundle's VERIFY.md and in the Reviewer project's docs/exhibit-format.md. Exit status: 0 when every
check passes, 1 when the bundle was altered or is incomplete, 2 when it could not be read at all.

This file is also the Reviewer application's own verifier (``reviewer verify-exhibit`` runs this
very code), so both give the same answer with the same words.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
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
}


def message(key: str, lang: str = "en", **params: object) -> str:
    """The message ``key`` in ``lang`` ("en" or "fr") with ``params`` filled in."""
    english, french = MESSAGES[key]
    return (french if lang == "fr" else english).format(**params)


class BundleProblem(Exception):
    """The bundle could not be read safely. ``key`` names the message in MESSAGES."""

    def __init__(self, key: str, **params: object) -> None:
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
    # Each entry's local header + data must end before the next entry starts; overlapping entries
    # let a small archive expand to many copies of the same compressed data.
    fp = archive.fp
    assert fp is not None
    spans = []
    for info in infos:
        fp.seek(info.header_offset)
        header = fp.read(30)
        if len(header) != 30 or header[:4] != b"PK\x03\x04":
            raise BundleProblem("damaged_entry", name=repr(info.filename))
        name_len = int.from_bytes(header[26:28], "little")
        extra_len = int.from_bytes(header[28:30], "little")
        end = info.header_offset + 30 + name_len + extra_len + info.compress_size
        spans.append((info.header_offset, end, info.filename))
    spans.sort()
    for (start, end, name), (next_start, _, _) in zip(spans, spans[1:]):
        if end > next_start:
            raise BundleProblem("zip_bomb", name=repr(name))


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
