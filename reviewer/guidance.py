"""What to do next after a decision: the help texts a support worker reads, in French and English.

The texts are documents, not interface strings, so they live as one Markdown file per language in
resources/guidance/ (``next-steps.<lang>.md``), each with a front matter giving its version, the date
its facts were last checked and the public pages they were checked against. Sections start with
``## <outcome>``; ``always`` comes first whatever the decision. The window's "What next?" panel, the
export result, the suspected-minor decision and ``reviewer next-steps`` all read them from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.paths import resources_dir

OUTCOMES = ("sexual-deepfake-adult", "intimate-image-nonconsensual", "suspected-minor", "non-conclusive")
ALWAYS = "always"
# The most protective reading of a set of labels decides which advice comes first.
_PRIORITY = ("suspected-minor", "sexual-deepfake-adult", "intimate-image-nonconsensual", "non-conclusive")
_SECTION = re.compile(r"^## ([a-z-]+)\s*$", re.MULTILINE)


class GuidanceMissing(ReviewerError):
    code = "guidance.missing"
    template = QT_TRANSLATE_NOOP("errors", "The help texts are missing from this installation. Reinstall the "
                                           "application or call your IT team.")


@dataclass(frozen=True)
class Guidance:
    """The help of one language: its front matter and its sections (outcome -> Markdown)."""

    language: str
    version: int
    reviewed: str
    sources: tuple[str, ...]
    sections: dict[str, str]

    def for_outcome(self, outcome: str | None) -> str:
        """Markdown for ``outcome`` (one of OUTCOMES, or None): its own section, then the ``always`` one."""
        parts = [self.sections[outcome]] if outcome in self.sections and outcome != ALWAYS else []
        return "\n\n".join([*parts, self.sections[ALWAYS]])


def outcome_for(labels: Sequence[str]) -> str | None:
    """The outcome whose advice fits sealed ``labels`` best (suspected minor first), or None."""
    for outcome in _PRIORITY:
        if outcome in labels:
            return outcome
    return None


@cache
def load(language: str) -> Guidance:
    """The help texts in ``language`` ("fr" or "en"; anything else reads English). Raises GuidanceMissing."""
    language = "fr" if language == "fr" else "en"
    path = resources_dir() / "guidance" / f"next-steps.{language}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise GuidanceMissing(f"{path}: {error}") from error
    match = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    if not match:
        raise GuidanceMissing(f"{path}: no front matter")
    front, body = match.group(1), text[match.end():]
    fields = dict(re.findall(r"^(\w+): (.+)$", front, re.MULTILINE))
    sources = tuple(re.findall(r"^  - (.+)$", front, re.MULTILINE))
    starts = list(_SECTION.finditer(body))
    sections = {m.group(1): body[m.end():(starts[i + 1].start() if i + 1 < len(starts) else len(body))].strip()
                for i, m in enumerate(starts)}
    if ALWAYS not in sections or "version" not in fields:
        raise GuidanceMissing(f"{path}: incomplete")
    return Guidance(language, int(fields["version"]), fields.get("reviewed", ""), sources, sections)
