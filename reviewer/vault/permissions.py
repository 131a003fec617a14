"""Who may read a vault folder: its owner only, at every moment, whatever the umask.

The folder and every folder in it are 0700, every file 0600 (docs/vault-format.md section 3). Files are
created with that mode (``os.open(..., 0o600)``), never created then narrowed, so no other user can open
them in between. SQLite makes the ``-wal`` and ``-shm`` files itself: it gives them the mode of the
database file, which is why the database file is created here, empty and 0600, before SQLite opens it.

On Windows, POSIX modes mean nothing (``chmod`` only toggles read-only); a vault there lives in the
user's profile, whose ACL already keeps other users out.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600
_POSIX = os.name == "posix"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) if needed and make it 0700. Raise ``OSError``."""
    path = Path(path)
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)  # mode & ~umask: never wider than 0700
    if _POSIX:
        os.chmod(path, DIR_MODE)  # an existing folder, or a umask that also took the owner's bits


def create_private_file(path: Path) -> int:
    """Create ``path``, which must not exist, as an empty 0600 file open for writing; return its fd.

    Raise ``FileExistsError`` or another ``OSError``.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    if _POSIX:
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)  # a umask such as 0o277 would leave it unreadable to us
    return fd


def make_tree_private(root: Path) -> None:
    """Make an existing vault folder 0700 and everything in it 0700 (folders) or 0600 (files).

    Vaults made before this rule were 0755/0644; opening one for writing brings it in line. Entries this
    user does not own, or a read-only medium, are left as they are (best effort, never raises).
    """
    if not _POSIX:
        return
    root = Path(root)
    with contextlib.suppress(OSError):
        os.chmod(root, DIR_MODE)
    for folder, dirs, files in os.walk(root):  # does not descend into linked folders
        for name, mode in [(d, DIR_MODE) for d in dirs] + [(f, FILE_MODE) for f in files]:
            path = os.path.join(folder, name)
            if not os.path.islink(path):  # a link's target is not the vault's to change
                with contextlib.suppress(OSError):
                    os.chmod(path, mode)
