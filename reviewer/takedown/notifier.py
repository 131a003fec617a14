"""Who sends the notices: the organisation's identity, from the ``[notifier]`` section of its settings file.

Example (``reviewer.ini``, see ``reviewer.paths.org_config_path``)::

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

from reviewer.paths import org_config_path


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


def load_notifier(path: Path | None = None) -> Notifier:
    """The ``[notifier]`` section of the organisation file (``path`` None: the one found), empty if absent.

    An unreadable file gives an empty notifier: preparing a notice then says what is missing.
    """
    path = path if path is not None else org_config_path()
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
