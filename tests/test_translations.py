"""Every user-visible string has a French translation, and the shipped .qm files are up to date."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

spec = importlib.util.spec_from_file_location("update_translations", TRANSLATIONS / "update.py")
update = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


def test_every_source_string_has_a_finished_french_translation(tmp_path):
    fresh = update.update_ts(tmp_path)  # what the code says today, with no translations filled
    missing = []
    for ts in fresh:
        if not ts.name.endswith("_fr.ts"):
            continue
        committed = TRANSLATIONS / ts.name
        known = messages(committed) if committed.exists() else {}
        for key in messages(ts):
            translation = known.get(key)
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                translation.text or translation.findall("numerusform")
            ):
                missing.append(f"{ts.name}: [{key[0]}] {key[1]!r}")
    assert not missing, "French translation missing (run `make translations`, then translate):\n" + "\n".join(missing)


def test_compiled_qm_files_match_their_sources(tmp_path):
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    rebuilt = update.compile_qm(sources, tmp_path)
    stale = [qm.name for qm in rebuilt if not (TRANSLATIONS / qm.name).exists()
             or (TRANSLATIONS / qm.name).read_bytes() != qm.read_bytes()]
    assert not stale, f"compiled translations out of date (run `make translations`): {stale}"


def test_the_command_line_in_english_does_not_load_qt_and_in_french_translates():
    """English is the source language: no QtCore import (50 ms of every command). French loads it."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from reviewer import translations\n"
        "from reviewer.i18n import translate\n"
        "translations.install('en')\n"
        "assert 'PySide6.QtCore' not in sys.modules\n"
        "english = translate('scan', 'Scan interrupted after {done} files. Run the same command again to continue "
        "where it stopped.')\n"
        "translations.install('fr')\n"
        "print(english != translate('scan', 'Scan interrupted after {done} files. Run the same command again to "
        "continue where it stopped.'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
