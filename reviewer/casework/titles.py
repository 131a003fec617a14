"""A case's title: what a new title may be (the vault seals it in a ``case.renamed`` record)."""

from __future__ import annotations

from reviewer.casework.errors import CaseTitleInvalid

MAX_TITLE = 200  # characters: a title is read in a list and on an exhibit's cover


def new_title(text: str) -> str:
    """``text`` as a case title: spaces trimmed and runs of white space made one. Raise ``CaseTitleInvalid``
    when nothing is left or it is longer than ``MAX_TITLE`` characters."""
    title = " ".join((text or "").split())
    if not title or len(title) > MAX_TITLE:
        raise CaseTitleInvalid(f"{len(title)} characters", maximum=MAX_TITLE)
    return title
