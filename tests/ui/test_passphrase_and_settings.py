"""The first-run dialog applies the passphrase policy, and settings layering: built-in < organisation file < the user's choices."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reviewer.ui.settings import UiSettings, load_settings, org_config_path, save_settings


def test_the_first_run_dialog_applies_the_vault_policy_and_says_why(qtbot):
    from reviewer.ui.dialogs import FirstRunDialog

    dialog = FirstRunDialog("/tmp/vault")
    qtbot.addWidget(dialog)
    dialog.name.setText("Camille Martin")
    for weak in ("password", "12345678", "aaaaaaaa", "azertyuiop", "P@ssw0rd!"):
        dialog.passphrase.setText(weak)
        dialog.repeat.setText(weak)
        assert not dialog.ready(), weak
        assert dialog.advice.text().startswith("Not accepted:"), dialog.advice.text()
    dialog.passphrase.setText("violet tractor quantum harbor 93")
    dialog.repeat.setText("violet tractor quantum harbor 93")
    assert dialog.ready()
    assert dialog.meter.value() >= 3


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
