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
    [viewing]
    base=whole               ; or "regions": only detected regions blurred (see REGIONS_BASE_RISK)
    confirm=every            ; or "first-per-media"
    minor_viewing=four-eyes  ; or "never"

The ``[viewing]`` values are the organisation's rules (``reviewer.redact.ViewingPolicy``): they are read
from the organisation file only, never from the user's file, and a value outside the allowed ones falls
back to the default, which protects the most (docs/adr/0014).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

from reviewer.casework.lock import DEFAULT_MINUTES as DEFAULT_LOCK_MINUTES, InactivityPolicy
from reviewer.redact.viewing import BASES, CONFIRMATIONS, MINOR_VIEWING, ViewingPolicy
from reviewer.paths import org_config_path, user_data_dir

KEYS = {
    "blur_strength": "view/blur_strength",
    "blur_method": "view/blur_method",
    "grayscale": "view/grayscale",
    "reveal_timeout_s": "view/reveal_timeout_s",
    "detector_threshold": "detect/threshold",
    "language": "ui/language",
    "auto_lock_minutes": "security/auto_lock_minutes",
    "viewing_base": "viewing/base",
    "viewing_confirm": "viewing/confirm",
    "minor_viewing": "viewing/minor_viewing",
}
# The organisation's viewing rules: a user cannot loosen them from their own settings file.
ORGANISATION_ONLY = frozenset({"viewing_base", "viewing_confirm", "minor_viewing"})


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
    viewing_base: str = "whole"       # ViewingPolicy.base: the whole picture blurred until a reveal
    viewing_confirm: str = "every"    # ViewingPolicy.confirm: every reveal is confirmed
    minor_viewing: str = "four-eyes"  # ViewingPolicy.minor_viewing

    def viewing_policy(self) -> ViewingPolicy:
        """The organisation's viewing rules as ``reviewer.redact.ViewingPolicy`` (values already clamped)."""
        clamped = self.clamped()
        return ViewingPolicy(base=clamped.viewing_base, confirm=clamped.viewing_confirm,
                             minor_viewing=clamped.minor_viewing)

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
            # An unknown value means the most protective rule, never the loosest.
            viewing_base=self.viewing_base if self.viewing_base in BASES else "whole",
            viewing_confirm=self.viewing_confirm if self.viewing_confirm in CONFIRMATIONS else "every",
            minor_viewing=self.minor_viewing if self.minor_viewing in MINOR_VIEWING else "four-eyes",
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

    A value that cannot be read (e.g. ``blur_strength=strong``) is ignored, keeping the lower layer. The
    ``[viewing]`` rules come from the organisation file only (``ORGANISATION_ONLY``).
    """
    user = user if user is not None else user_settings()
    org_path = org_path if org_path is not None else org_config_path()
    layers = [QSettings(str(org_path), QSettings.Format.IniFormat)] if org_path and org_path.is_file() else []
    layers.append(user)
    values = asdict(UiSettings())
    for layer in layers:
        for field in fields(UiSettings):
            if layer is user and field.name in ORGANISATION_ONLY:
                continue
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
        if field.name in ORGANISATION_ONLY:
            continue
        value = getattr(settings, field.name)
        user.setValue(KEYS[field.name], "true" if value is True else "false" if value is False else value)
    user.sync()
