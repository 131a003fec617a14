"""``reviewer verify-exhibit``: the application runs the very verifier it puts in every bundle.

Running the same code (``verify_exhibit.py``) rather than a second implementation is what makes the
two verifiers give the same answer with the same words; see docs/exhibit-format.md.
"""

from __future__ import annotations

import os

from reviewer.exhibit import verify_exhibit


def verify_bundle(path: str | os.PathLike[str], lang: str = "en") -> tuple[bool, list[str]]:
    """Check an exhibit bundle (zip or folder). Returns (ok, report lines in ``lang``); never raises
    for a bad or hostile bundle (the problem is in the lines)."""
    return verify_exhibit.verify(path, lang)


def run_verifier(path: str | os.PathLike[str], lang: str) -> int:
    """Print the report exactly as ``python verify_exhibit.py --lang LANG PATH`` does; return its exit status."""
    return verify_exhibit.main(["--lang", lang, os.fspath(path)])
