"""Careful reading of an exhibit bundle (zip or folder), with the application's typed errors.

The checks themselves live in ``verify_exhibit.py`` because the standalone verifier shipped inside
every bundle must apply exactly the same ones without this application; this module only turns its
problems into ``ReviewerError`` subclasses so the window and the command line show them translated.
Nothing is extracted to disk: files are streamed from the archive with a byte cap.
"""

from __future__ import annotations

import os

from reviewer.exhibit import errors
from reviewer.exhibit.verify_exhibit import DEFAULT_LIMITS, BundleProblem, BundleSource, ZipLimits
from reviewer.exhibit.verify_exhibit import open_bundle as _open_bundle

__all__ = ["open_bundle", "read_checked", "typed_error", "BundleSource", "ZipLimits", "DEFAULT_LIMITS"]

_ERRORS: dict[str, type[errors.ExhibitError]] = {
    "not_found": errors.BundleNotFound,
    "not_a_zip": errors.BundleNotAZip,
    "unsafe_name": errors.BundleUnsafeName,
    "symlink": errors.BundleSymlink,
    "not_regular": errors.BundleNotRegular,
    "duplicate_name": errors.BundleDuplicateName,
    "too_many_entries": errors.BundleTooManyEntries,
    "too_large": errors.BundleTooLarge,
    "zip_bomb": errors.BundleZipBomb,
    "encrypted": errors.BundleEncrypted,
    "damaged_entry": errors.BundleDamagedEntry,
    "more_than_exhibit": errors.BundleMoreThanExhibit,
}


def typed_error(problem: BundleProblem) -> errors.ExhibitError:
    """The application's error for a reading problem found by the verifier's checks."""
    cls = _ERRORS.get(problem.key, errors.ExhibitError)
    return cls(str(problem), **problem.params)


def open_bundle(path: str | os.PathLike[str], limits: ZipLimits = DEFAULT_LIMITS) -> BundleSource:
    """Open a bundle (zip or folder) after checking every entry; read files with ``.read``/``.chunks``.

    Raises a subclass of ExhibitError (BundleUnsafeName, BundleSymlink, BundleDuplicateName,
    BundleZipBomb, ...) before anything is read; reading a damaged entry later raises
    BundleDamagedEntry through ``read_checked``.
    """
    try:
        return _open_bundle(path, limits)
    except BundleProblem as problem:
        raise typed_error(problem) from problem


def read_checked(source: BundleSource, name: str) -> bytes:
    """The bytes of ``name`` in ``source``, capped at its declared size; typed error when damaged."""
    try:
        return source.read(name)
    except BundleProblem as problem:
        raise typed_error(problem) from problem
