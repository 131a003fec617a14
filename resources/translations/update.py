"""Update the translation sources and compile them (run by ``make translations``).

Each package of ``reviewer/`` has its own pair ``<package>_fr.ts`` / ``<package>_en.ts`` so that work
on different packages never edits the same file; the modules directly under ``reviewer/`` form the
``core`` domain. After running this, fill every ``type="unfinished"`` French translation (Qt Linguist,
or by hand) and run it again to compile the ``.qm`` files. ``tests/test_translations.py`` fails while
a French translation is missing or a ``.qm`` is older than its ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent.parent / "reviewer"
LANGUAGES = ("fr", "en")


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def domains() -> dict[str, list[Path]]:
    """Translation domain name -> the source files it covers."""
    out = {"core": sorted(p for p in PACKAGE.glob("*.py"))}
    for sub in sorted(p for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        files = sorted(sub.rglob("*.py"))
        if files:
            out[sub.name] = files
    return out


def update_ts(ts_dir: Path = HERE) -> list[Path]:
    """Run lupdate for every domain and language into ``ts_dir``; return the .ts files."""
    written = []
    for name, files in domains().items():
        for lang in LANGUAGES:
            ts = ts_dir / f"{name}_{lang}.ts"
            subprocess.run(
                [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                 "-source-language", "en", "-target-language", lang,
                 *map(str, files), "-ts", str(ts)],
                check=True,
            )
            written.append(ts)
    return written


def compile_qm(ts_files: list[Path], qm_dir: Path = HERE) -> list[Path]:
    out = []
    for ts in ts_files:
        qm = qm_dir / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def fill(ts: Path, translations: dict[tuple[str, str], str]) -> int:
    """Write ``{(context, source): translation}`` into ``ts``, marking them finished; return how many.

    For scripted translation work: ``fill(path, {("errors", "Bad file."): "Fichier invalide."})``.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = translations.get((name, message.findtext("source") or ""))
            if text is not None:
                element = message.find("translation")
                element.text = text
                element.attrib.pop("type", None)
                count += 1
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return count


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """The ``(context, source)`` pairs of ``ts`` that still need a translation."""
    import xml.etree.ElementTree as ET

    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is not None and element.get("type") == "unfinished":
                out.append((name, message.findtext("source") or ""))
    return out


if __name__ == "__main__":
    ts_files = update_ts()
    compile_qm(ts_files)
    todo = [f"{ts.name}: [{c}] {s!r}" for ts in ts_files if ts.name.endswith("_fr.ts") for c, s in unfinished(ts)]
    print("\n".join(todo) if todo else "translations up to date")
