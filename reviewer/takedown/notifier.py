"""Who sends the notices: the organisation's identity, from the ``[notifier]`` section of its settings file,
else from the same section of ``notifier.ini`` in the user's data folder, which the window's "Organisation's
identity" form writes (``save_notifier``): the organisation file is installed by IT and never written by the
application (docs/takedown.md §2, docs/adr/0024-after-the-review-in-the-window.md).

Example (``reviewer.ini``, see ``reviewer.paths.org_config_path``; ``notifier.ini`` has the same form)::

    [notifier]
    name = Association Exemple d'aide aux victimes
    email = signalements@exemple.org
    address = 1 rue Exemple, 75000 Paris
    phone = +33 1 23 45 67 89
    trusted_flagger = Signaleur de confiance désigné par l'Arcom (2025)
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path

from reviewer.paths import org_config_path, user_data_dir
from reviewer.takedown.writing import write_atomically

USER_FILE = "notifier.ini"


@dataclass(frozen=True)
class Notifier:
    """The sender of a notice. ``trusted_flagger`` states the Article 22 status, empty when there is none."""

    name: str = ""
    email: str = ""
    address: str = ""
    phone: str = ""
    trusted_flagger: str = ""

    @property
    def complete(self) -> bool:
        """True when the name and e-mail Article 16(2)(c) asks for are both given."""
        return bool(self.name.strip() and self.email.strip())


def user_notifier_path() -> Path:
    """The file the window writes the identity to when the organisation file gives none: ``notifier.ini`` in
    the user's data folder (``reviewer.paths.user_data_dir``)."""
    return user_data_dir() / USER_FILE


def load_notifier(path: Path | None = None) -> Notifier:
    """The sender's identity: the ``[notifier]`` section of ``path``; with ``path`` None, the organisation
    file's when it gives a name and an e-mail, else the user file's (``user_notifier_path``), else whatever
    part the organisation file gives (possibly empty).

    An unreadable file counts as empty: preparing a notice then says what is missing.
    """
    if path is not None:
        return _read(path)
    organisation = _read(org_config_path())
    if organisation.complete:
        return organisation
    user = _read(user_notifier_path())
    return user if user.complete else organisation


def organisation_sets_notifier() -> bool:
    """True when the organisation file gives the name and e-mail (the window's form then only shows them)."""
    return _read(org_config_path()).complete


def save_notifier(notifier: Notifier, path: Path | None = None) -> Path:
    """Write ``notifier`` as the ``[notifier]`` section of ``path`` (None: ``user_notifier_path()``), whole or
    not at all (``write_atomically``); the folder is created if needed. Returns the path; raises ``OSError``."""
    path = path if path is not None else user_notifier_path()
    parser = configparser.ConfigParser(interpolation=None)
    parser["notifier"] = {key: " ".join(str(getattr(notifier, key)).split()) for key in Notifier.__dataclass_fields__}
    lines = ["[notifier]"] + [f"{key} = {value}" for key, value in parser["notifier"].items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(path, "\n".join(lines) + "\n")


def _read(path: Path | None) -> Notifier:
    if path is None:
        return Notifier()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return Notifier()
    if not parser.has_section("notifier"):
        return Notifier()
    section = parser["notifier"]
    return Notifier(**{key: section.get(key, "").strip() for key in Notifier.__dataclass_fields__})
