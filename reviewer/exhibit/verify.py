"""``reviewer verify-exhibit``: the application runs the very verifier it puts in every bundle.

Running the same code (``verify_exhibit.py``) rather than a second implementation is what makes the
two verifiers give the same answer with the same words; see docs/exhibit-format.md.
"""

from __future__ import annotations

import os

from reviewer.exhibit import verify_exhibit


def verify_bundle(path: str | os.PathLike[str], lang: str = "en",
                  expect_key: str | None = None) -> tuple[bool, list[str]]:
    """Check an exhibit bundle (zip or folder). Returns (ok, report lines in ``lang``); never raises
    for a bad or hostile bundle (the problem is in the lines). ``ok`` is intact and complete and, with
    ``expect_key`` (a vault's vkey or fingerprint), signed by that vault; without it ``ok`` says nothing
    of who made the bundle."""
    return verify_exhibit.verify(path, lang, expect_key=expect_key)


def run_verifier(path: str | os.PathLike[str], lang: str, expect_key: str | None = None) -> int:
    """Print the report exactly as ``python verify_exhibit.py --lang LANG [--expect-key KEY] PATH`` does;
    return its exit status (``verify_exhibit.EXIT_*``)."""
    argv = ["--lang", lang] + (["--expect-key", expect_key] if expect_key is not None else [])
    return verify_exhibit.main(argv + [os.fspath(path)])
