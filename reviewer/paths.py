"""Where the application finds its own files and where it keeps the user's vault."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``models/``: the bundle when frozen, else the source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def models_dir() -> Path:
    return app_root() / "models"


def user_data_dir() -> Path:
    """The per-user data folder of the platform (``REVIEWER_DATA_DIR`` overrides it)."""
    override = os.environ.get("REVIEWER_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Reviewer"


def user_state_dir() -> Path:
    """Where the application keeps what must outlive a restored backup of the data folder: the vault heads this
    account saw (``reviewer.vault.heads``). A folder of its own, outside the data folder (which holds the
    default vault), so that copying back the data folder, vault and all, does not also copy back what this
    account last saw: ``$XDG_STATE_HOME/Reviewer`` (``~/.local/state/Reviewer``) on Linux, the roaming
    ``%APPDATA%\\Reviewer\\State`` on Windows (the data folder is the local one), ``~/Library/Preferences/Reviewer
    State`` on macOS. ``REVIEWER_STATE_DIR`` overrides it; with ``REVIEWER_DATA_DIR`` set, it is that folder's
    sibling ``<name>-state``."""
    override = os.environ.get("REVIEWER_STATE_DIR")
    if override:
        return Path(override)
    data_override = os.environ.get("REVIEWER_DATA_DIR")
    if data_override:
        data = Path(data_override)
        return data.with_name(data.name + "-state")
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "Reviewer" / "State"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / "Reviewer State"
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / "Reviewer"


def default_vault_dir() -> Path:
    """The vault used when none is named (``REVIEWER_VAULT`` overrides it)."""
    override = os.environ.get("REVIEWER_VAULT")
    if override:
        return Path(override)
    return user_data_dir() / "vault"


def org_config_path() -> Path | None:
    """The organisation's settings file (INI) that exists, or None. Looked for, in order: the path in
    ``REVIEWER_ORG_CONFIG``; ``reviewer.ini`` beside the application; the system config folder
    (``/etc/reviewer/reviewer.ini``, ``%PROGRAMDATA%\\Reviewer\\reviewer.ini``,
    ``/Library/Application Support/Reviewer/reviewer.ini``). Read by the window's settings and by the
    notices (the notifier's identity); never written by the application."""
    override = os.environ.get("REVIEWER_ORG_CONFIG")
    if override:
        return Path(override)
    candidates = [app_root() / "reviewer.ini"]
    if sys.platform == "win32":
        candidates.append(Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Reviewer" / "reviewer.ini")
    elif sys.platform == "darwin":
        candidates.append(Path("/Library/Application Support/Reviewer/reviewer.ini"))
    else:
        candidates.append(Path("/etc/reviewer/reviewer.ini"))
    return next((path for path in candidates if path.is_file()), None)
