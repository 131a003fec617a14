"""The reviewer's preferences: organisation defaults from a config file, user choices in QSettings.

Lookup order for each value: the user's own choice (``settings.ini`` in the user data folder, written
by the Settings dialog) overrides the organisation's defaults file, which overrides the built-in
defaults. The organisation file is an INI file found at, in order:

1. the path in the ``REVIEWER_ORG_CONFIG`` environment variable;
2. ``reviewer.ini`` beside the application (the bundle folder, or the source tree);
3. the system config folder: ``/etc/reviewer/reviewer.ini`` (Linux),
   ``%PROGRAMDATA%\\Reviewer\\reviewer.ini`` (Windows),
   ``/Library/Application Support/Reviewer/reviewer.ini`` (macOS).

Example organisation file::

    [view]
    blur_strength=1.5
    grayscale=true
    reveal_timeout_s=8
    [detect]
    threshold=0.3
    [ui]
    language=fr
    [security]
    auto_lock_minutes=5
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from reviewer.casework.lock import DEFAULT_MINUTES as DEFAULT_LOCK_MINUTES, InactivityPolicy
from reviewer.paths import org_config_path, user_data_dir

KEYS = {
    "blur_strength": "view/blur_strength",
    "blur_method": "view/blur_method",
    "grayscale": "view/grayscale",
    "reveal_timeout_s": "view/reveal_timeout_s",
    "detector_threshold": "detect/threshold",
    "language": "ui/language",
    "auto_lock_minutes": "security/auto_lock_minutes",
}


@dataclass(frozen=True)
class UiSettings:
    """Values the window uses; ranges are enforced by ``clamped``."""

    blur_strength: float = 1.0        # multiplier of the region-relative blur kernel (0.5 .. 3)
    blur_method: str = "gaussian"     # or "pixelate"
    grayscale: bool = True            # the whole image in grayscale by default
    reveal_timeout_s: float = 10.0    # a revealed region re-blurs after this many seconds
    detector_threshold: float = 0.25  # minimum score for a sensitive region
    language: str = ""                # "fr", "en", or "" for the system language
    auto_lock_minutes: float = DEFAULT_LOCK_MINUTES  # lock after this long without input; 0: never

    def clamped(self) -> "UiSettings":
        """The same settings with every value forced into its allowed range."""
        return UiSettings(
            blur_strength=min(3.0, max(0.5, float(self.blur_strength))),
            blur_method=self.blur_method if self.blur_method in ("gaussian", "pixelate") else "gaussian",
            grayscale=bool(self.grayscale),
            reveal_timeout_s=min(120.0, max(2.0, float(self.reveal_timeout_s))),
            detector_threshold=min(0.95, max(0.05, float(self.detector_threshold))),
            language=self.language if self.language in ("fr", "en") else "",
            auto_lock_minutes=InactivityPolicy(self.auto_lock_minutes).clamped().minutes,
        )


def user_settings() -> QSettings:
    """The user's own settings file (in the per-user data folder, so tests and users never mix)."""
    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def _convert(value: object, like: object) -> object:
    if isinstance(like, bool):
        return str(value).strip().lower() in ("1", "true", "yes", "on")
    if isinstance(like, float):
        return float(value)  # type: ignore[arg-type]
    return str(value)


def load_settings(user: QSettings | None = None, org_path: Path | None = None) -> UiSettings:
    """Built-in defaults, overridden by the organisation file, overridden by the user's choices.

    A value that cannot be read (e.g. ``blur_strength=strong``) is ignored, keeping the lower layer.
    """
    user = user if user is not None else user_settings()
    org_path = org_path if org_path is not None else org_config_path()
    layers = [QSettings(str(org_path), QSettings.Format.IniFormat)] if org_path and org_path.is_file() else []
    layers.append(user)
    values = asdict(UiSettings())
    for layer in layers:
        for field in fields(UiSettings):
            key = KEYS[field.name]
            if layer.contains(key):
                try:
                    values[field.name] = _convert(layer.value(key), values[field.name])
                except (TypeError, ValueError):
                    continue
    return UiSettings(**values).clamped()


def save_settings(settings: UiSettings, user: QSettings | None = None) -> None:
    """Store the user's choices (only in the user's file; the organisation file is never written)."""
    user = user if user is not None else user_settings()
    for field in fields(UiSettings):
        value = getattr(settings, field.name)
        user.setValue(KEYS[field.name], "true" if value is True else "false" if value is False else value)
    user.sync()
