"""The base of every error a user can cause.

Each package defines its own subclasses (one per failure kind) with a stable ``code`` for JSON and
tests, and a plain-words ``template`` marked for translation. ``detail`` carries the technical cause
for logs and support; it is never the main message.
"""

from __future__ import annotations

import re
from typing import Any

from reviewer import local_format
from reviewer.i18n import QT_TRANSLATE_NOOP, language_of, translate

# An object's default repr ("<_io.BytesIO object at 0x7f...>", as Pillow puts in "cannot identify image
# file ..."): it tells a person nothing, changes from run to run (two runs on one file would differ) and
# shows memory addresses. Removed from every detail, whichever library wrote it.
_OBJECT_REPR = re.compile(r"\s*<[^<>\n]*? at 0x[0-9a-fA-F]+>")


def without_object_reprs(text: str) -> str:
    """``text`` with every "<... at 0x...>" object repr removed."""
    return _OBJECT_REPR.sub("", text)


class Moment(str):
    """A time given to a message as the vault records it (RFC 3339, UTC: "2026-12-06T21:58:00.000Z"): the message
    writes it in words in its own language ("6 décembre 2026 à 21:58 UTC", "6 December 2026 at 21:58 UTC"), as
    the report and the window do, never as an ISO string in a French sentence."""

    def in_words(self, language: str) -> str:
        try:
            return local_format.date_time(str(self), language)
        except ValueError:  # not a time after all (a damaged record's claim): shown as it is
            return str(self)


class ReviewerError(Exception):
    """An error with a message a non-technical person understands, in the current language."""

    code = "error"
    template = QT_TRANSLATE_NOOP("errors", "Something went wrong. Nothing was changed.")
    # Parameters whose value is itself a marked source text (a phrase naming what or why), translated with
    # the message and filled from the other parameters: no English phrase inside a French message.
    phrase_params: tuple[str, ...] = ()

    def __init__(self, detail: str | None = None, **params: Any) -> None:
        self.detail = None if detail is None else without_object_reprs(str(detail))
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the language installed in ``reviewer.i18n``."""
        language = language_of(translate)
        values = {k: v.in_words(language) if isinstance(v, Moment) else v
                  for k, v in self.params.items() if k not in self.phrase_params}
        phrases = {k: translate("errors", str(self.params[k])).format(**values)
                   for k in self.phrase_params if k in self.params}
        return translate("errors", self.template).format(**values, **phrases)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.detail:
            out["detail"] = self.detail
        return out

    def __str__(self) -> str:
        return self.message
