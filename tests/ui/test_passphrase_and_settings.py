"""Passphrase strength rules, and settings layering: built-in < organisation file < the user's choices."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reviewer.ui.passphrase import passphrase_strength
from reviewer.ui.settings import UiSettings, load_settings, org_config_path, save_settings


def test_common_passwords_are_rejected_even_with_decorations():
    for text in ("password", "Password123!", "azerty", "motdepasse2024", "p@ssw0rd"):
        strength = passphrase_strength(text)
        assert strength.common, text
        assert strength.score == 0 and not strength.acceptable


def test_length_and_character_classes_raise_the_score():
    assert not passphrase_strength("Short1!").acceptable  # too short whatever the classes
    assert passphrase_strength("Short1!").too_short
    assert not passphrase_strength("longenough").acceptable  # 10 lower-case letters: weak
    assert passphrase_strength("Longer-enough-7").acceptable  # 15 chars, 4 classes
    assert passphrase_strength("cheval agrafe pile correcte").acceptable  # long words
    assert passphrase_strength("cheval agrafe pile correcte").score == 4 or passphrase_strength(
        "cheval agrafe pile correcte").score == 3
    assert not passphrase_strength("aaaaaaaaaaaaaaaaaaaa").acceptable  # long but trivial


def _ini(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_organisation_defaults_apply_and_user_choices_override_them(tmp_path, monkeypatch):
    org = _ini(tmp_path / "reviewer.ini", "[view]\nblur_strength=2\nreveal_timeout_s=5\n[detect]\nthreshold=0.4\n")
    monkeypatch.setenv("REVIEWER_ORG_CONFIG", str(org))
    assert org_config_path() == org
    user = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    loaded = load_settings(user)
    assert (loaded.blur_strength, loaded.reveal_timeout_s, loaded.detector_threshold) == (2.0, 5.0, 0.4)
    assert loaded.grayscale is True  # built-in default kept
    save_settings(UiSettings(blur_strength=1.5, grayscale=False, reveal_timeout_s=5.0, detector_threshold=0.4), user)
    again = load_settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    assert again.blur_strength == 1.5 and again.grayscale is False
    assert "blur_strength=2" in org.read_text()  # the organisation file is never written


def test_unreadable_or_out_of_range_values_fall_back_safely(tmp_path):
    org = _ini(tmp_path / "org.ini", "[view]\nblur_strength=strong\nreveal_timeout_s=100000\ngrayscale=no\n")
    user = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    loaded = load_settings(user, org)
    assert loaded.blur_strength == 1.0  # unreadable: built-in default
    assert loaded.reveal_timeout_s == 120.0  # clamped
    assert loaded.grayscale is False
