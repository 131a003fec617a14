"""Content-addressed, encrypted blob files (docs/vault-format.md section 6.4).

Each blob has its own key and is encrypted in 64 KiB chunks with AES-256-GCM; the nonce is a chunk
counter plus a last-chunk flag, as in age's STREAM, so truncation, reordering and extension are all
detected. A file is durable (temp file, fsync, rename, fsync of the directory) before the record
naming it is committed.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import time
from pathlib import Path
from typing import BinaryIO, Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from reviewer.vault.crypto import DecryptionFailed
from reviewer.vault.errors import DiskFull
from reviewer.vault.permissions import create_private_file, make_private_dir

MAGIC = b"reviewer-blob-v1\n"
CHUNK = 64 * 1024
TAG = 16
_STALE_TMP_SECONDS = 3600


class BlobProblem(Exception):
    """A blob file is missing (``kind="blob-missing"``) or altered (``kind="blob-altered"``)."""

    def __init__(self, kind: str, blob_id: str, detail: str) -> None:
        super().__init__(f"{kind}: {blob_id}: {detail}")
        self.kind = kind
        self.blob_id = blob_id
        self.detail = detail


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def encrypt_stream(key: bytes, plaintext: bytes):
    """Yield the blob file's bytes piece by piece (header, then each encrypted chunk)."""
    return encrypt_chunks(key, (plaintext,))


def encrypt_chunks(key: bytes, pieces: Iterable[bytes]):
    """Yield the blob file's bytes for the plaintext given as ``pieces`` of any sizes, never holding more than
    two chunks of it: each 64 KiB chunk is sealed once the next one shows whether it is the last."""
    aead = AESGCM(key)
    yield MAGIC
    pending = bytearray()
    counter = 0
    for piece in pieces:
        pending += piece
        # Keep at least one byte back: the chunk that ends the plaintext is sealed with the last-chunk flag.
        while len(pending) > CHUNK:
            yield aead.encrypt(_nonce(counter, False), bytes(pending[:CHUNK]), None)
            del pending[:CHUNK]
            counter += 1
    yield aead.encrypt(_nonce(counter, True), bytes(pending), None)


def decrypt_stream(key: bytes, data: bytes) -> bytes:
    """The plaintext of a blob file's bytes; raise ``DecryptionFailed`` on any alteration."""
    if not data.startswith(MAGIC):
        raise DecryptionFailed("not a blob file")
    aead = AESGCM(key)
    body = memoryview(data)[len(MAGIC) :]
    size = CHUNK + TAG
    count = max(1, -(-len(body) // size))
    out = bytearray()
    for i in range(count):
        piece = body[i * size : (i + 1) * size]
        last = i == count - 1
        if len(piece) < TAG or (last and len(piece) == TAG and i > 0):
            raise DecryptionFailed("truncated blob")
        try:
            out += aead.decrypt(_nonce(i, last), bytes(piece), None)
        except InvalidTag as exc:
            raise DecryptionFailed(f"chunk {i} does not authenticate") from exc
    return bytes(out)


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes the rename durable; Windows cannot open directories, where NTFS
    # journals the rename itself.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobReader(io.RawIOBase):
    """The plaintext of one blob file, readable and seekable, decrypting one 64 KiB chunk at a time
    (``BlobStore.open``). Holds one decrypted chunk in memory."""

    def __init__(self, handle: BinaryIO, key: bytes, blob_id: str, file_size: int) -> None:
        super().__init__()
        self._handle = handle
        self._aead = AESGCM(key)
        self._blob_id = blob_id
        body = file_size - len(MAGIC)
        self._count = max(1, -(-body // (CHUNK + TAG)))
        last = body - (self._count - 1) * (CHUNK + TAG)
        if last < TAG or (last == TAG and self._count > 1):
            raise BlobProblem("blob-altered", blob_id, "truncated blob")
        self.size = (self._count - 1) * CHUNK + last - TAG
        self._position = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._position = base + offset
        return self._position

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._handle.seek(len(MAGIC) + index * (CHUNK + TAG))
        sealed = self._handle.read(CHUNK + TAG)
        try:
            plain = self._aead.decrypt(_nonce(index, index == self._count - 1), sealed, None)
        except InvalidTag as exc:
            raise BlobProblem("blob-altered", self._blob_id, f"chunk {index} does not authenticate") from exc
        self._cached = (index, plain)
        return plain

    def readinto(self, buffer) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._position < self.size:
            index, start = divmod(self._position, CHUNK)
            piece = self._chunk(index)[start : start + len(view) - done]
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._position += len(piece)
        return done

    def read(self, size: int = -1) -> bytes:
        size = self.size - self._position if size is None or size < 0 else min(size, self.size - self._position)
        out = bytearray(max(0, size))
        return bytes(out[: self.readinto(out)])

    def close(self) -> None:
        self._handle.close()
        self._cached = None
        super().close()


class BlobStore:
    """The ``blobs/`` folder of a vault."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.tmp = self.root / "tmp"

    def path(self, blob_id: str) -> Path:
        return self.root / blob_id[:2] / blob_id

    def create_dirs(self) -> None:
        make_private_dir(self.tmp)

    def write(self, key: bytes, plaintext: bytes) -> tuple[str, int]:
        """Encrypt ``plaintext`` under ``key`` into a durable blob file; return (blob id, file size)."""
        return self.write_stream(key, (plaintext,))

    def write_stream(self, key: bytes, pieces: Iterable[bytes]) -> tuple[str, int]:
        """Encrypt the plaintext given as ``pieces`` (consumed once, as they come: a large video is never
        held in memory) into a durable blob file; return (blob id, file size). The blob is the same as
        ``write`` of the joined pieces would make. Raises ``DiskFull``, or what iterating ``pieces`` raises;
        either way no blob file is left."""
        make_private_dir(self.tmp)
        digest = hashlib.sha256()
        size = 0
        tmp = self.tmp / f"{os.getpid()}-{os.urandom(8).hex()}.part"
        try:
            with open(create_private_file(tmp), "wb") as fh:
                for piece in encrypt_chunks(key, pieces):
                    fh.write(piece)
                    digest.update(piece)
                    size += len(piece)
                fh.flush()
                os.fsync(fh.fileno())
            blob_id = digest.hexdigest()
            final = self.path(blob_id)
            make_private_dir(final.parent)
            os.replace(tmp, final)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(str(exc)) from exc
            raise
        _fsync_dir(final.parent)
        _fsync_dir(self.root)
        return blob_id, size

    def read_file(self, blob_id: str, size: int | None = None) -> bytes:
        """The file's bytes after checking they hash to ``blob_id``; raise ``BlobProblem``."""
        path = self.path(blob_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise BlobProblem("blob-missing", blob_id, "file not found") from None
        except OSError as exc:
            raise BlobProblem("blob-missing", blob_id, str(exc)) from exc
        if size is not None and len(data) != size:
            raise BlobProblem("blob-altered", blob_id, f"size {len(data)} instead of {size}")
        if hashlib.sha256(data).hexdigest() != blob_id:
            raise BlobProblem("blob-altered", blob_id, "content does not match its name")
        return data

    def check_file(self, blob_id: str, size: int) -> None:
        """Check presence, size and hash of a blob file (no key needed); raise ``BlobProblem``."""
        path = self.path(blob_id)
        try:
            actual = path.stat().st_size
        except FileNotFoundError:
            raise BlobProblem("blob-missing", blob_id, "file not found") from None
        if actual != size:
            raise BlobProblem("blob-altered", blob_id, f"size {actual} instead of {size}")
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while piece := fh.read(1 << 20):
                digest.update(piece)
        if digest.hexdigest() != blob_id:
            raise BlobProblem("blob-altered", blob_id, "content does not match its name")

    def open(self, blob_id: str, key: bytes, size: int) -> io.BufferedReader:
        """A seekable, read-only stream of a blob's plaintext, decrypted chunk by chunk as it is read (a
        buffered stream, as OpenCV's VideoCapture requires, over a ``BlobReader``).

        Each chunk is authenticated as it is decrypted (its counter and last-chunk flag are in its nonce),
        so the stream yields exactly the plaintext written, or raises ``BlobProblem`` ("blob-altered") at
        the first altered, moved or missing chunk; the whole file is not hashed first (that would read it
        all). Raises ``BlobProblem`` ("blob-missing" / "blob-altered") when the file is absent or its size
        is not ``size``.
        """
        path = self.path(blob_id)
        try:
            handle = open(path, "rb")
        except FileNotFoundError:
            raise BlobProblem("blob-missing", blob_id, "file not found") from None
        except OSError as exc:
            raise BlobProblem("blob-missing", blob_id, str(exc)) from exc
        actual = os.fstat(handle.fileno()).st_size
        if actual != size or handle.read(len(MAGIC)) != MAGIC:
            handle.close()
            raise BlobProblem("blob-altered", blob_id, f"size {actual} instead of {size}" if actual != size
                              else "not a blob file")
        return io.BufferedReader(BlobReader(handle, key, blob_id, size), CHUNK)

    def read(self, blob_id: str, key: bytes, size: int | None = None) -> bytes:
        """Decrypted bytes of a blob; raise ``BlobProblem``."""
        data = self.read_file(blob_id, size)
        try:
            return decrypt_stream(key, data)
        except DecryptionFailed as exc:
            raise BlobProblem("blob-altered", blob_id, str(exc)) from exc

    def delete(self, blob_id: str) -> None:
        """Remove a blob file durably (used by purge)."""
        path = self.path(blob_id)
        try:
            # Overwrite first: a plain unlink leaves the ciphertext on disk until reused (the key is
            # destroyed as well, so this is belt and braces).
            with open(path, "r+b") as fh:
                length = fh.seek(0, os.SEEK_END)
                fh.seek(0)
                fh.write(b"\0" * length)
                fh.flush()
                os.fsync(fh.fileno())
            path.unlink()
        except FileNotFoundError:
            return
        _fsync_dir(path.parent)

    def remove_stale_temporaries(self) -> None:
        """Delete temp files left by a crash (older than an hour, so a concurrent writer is spared)."""
        if not self.tmp.is_dir():
            return
        limit = time.time() - _STALE_TMP_SECONDS
        for entry in self.tmp.iterdir():
            try:
                if entry.stat().st_mtime < limit:
                    entry.unlink()
            except OSError:
                pass
