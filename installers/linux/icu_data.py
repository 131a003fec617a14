"""Qt's ICU data library cut down to the languages the application ships (English and French).

    .venv/bin/python installers/linux/icu_data.py path/to/libicudata.so.73   # replace it in place

PySide6 bundles ICU with data for every locale: libicudata.so.NN is one 32 MB array, icudtNN_dat.
This keeps the same library (same soname, same exported symbol) with, in its common data package,
only the root, English and French locale data of every tree (locales, collation, currencies,
languages, regions, units, time zones, number spell-out, break rules), plus everything that is not
per-locale (Unicode properties, normalisation, time-zone rules, plural rules, likely subtags).
Removed: the other locales, the legacy character-set converters (Qt converts UTF-8/16 itself) and
the CJK/Thai/Lao/Khmer/Burmese word-break dictionaries (ICU then breaks those scripts by rules).

Needs icupkg (Debian package icu-devtools), readelf and a C compiler. The result is cached under
build/ by the original's SHA-256. tests/installers checks that the bundled ICU sorts and formats
English and French exactly as the full data does.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "icu-data"
LANGUAGES = ("root", "en", "fr")
BUILD_PACKAGES = ["icu-devtools", "binutils", "gcc"]

# A per-locale resource: language, then optional script/region/variant parts ("fr_CA", "zh_Hant_TW",
# "de_" in the collation tree). Not per-locale despite the shape: the trees' index and key pool.
LOCALE_ITEM = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*$")
SHARED_ITEMS = {"res_index", "pool"}


def keep_item(item: str) -> bool:
    """Whether the data item ``item`` (a path inside the package, e.g. "coll/fr.res") is kept."""
    path = PurePosixPath(item)
    if path.suffix in (".cnv", ".dict"):
        return False
    if path.suffix == ".res" and path.stem not in SHARED_ITEMS and LOCALE_ITEM.match(path.stem):
        return path.stem.split("_")[0] in LANGUAGES
    return True


def data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat array that ``library`` exports. Raises
    SystemExit when the library does not look like an ICU data library."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True,
                             check=True).stdout
    found = re.search(r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+DEFAULT\s+(\d+)\s+(icudt\d+_dat)$",
                      symbols, re.MULTILINE)
    if not found:
        raise SystemExit(f"icu-data: no icudtNN_dat symbol in {library}")
    address, size, section = int(found[1], 16), int(found[2], 0), int(found[3])
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], capture_output=True, text=True,
                              check=True).stdout
    row = re.search(rf"^\s*\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections, re.MULTILINE)
    if not row:
        raise SystemExit(f"icu-data: no section {section} in {library}")
    offset = address - int(row[1], 16) + int(row[2], 16)
    return found[4], offset, size


def cut_library(original: Path, work: Path) -> Path:
    """Build the cut-down copy of the ICU data library ``original`` in ``work``; returns its path."""
    symbol, offset, size = data_symbol(original)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the ToC prefix icupkg derives from the name
    shutil.rmtree(work, ignore_errors=True)
    (work / "out").mkdir(parents=True)
    with original.open("rb") as source:
        source.seek(offset)
        (work / f"{package}.dat").write_bytes(source.read(size))
    listing = subprocess.run(["icupkg", "-l", f"{package}.dat"], cwd=work, capture_output=True, text=True,
                             check=True).stdout.split()
    removed = [item for item in listing if not keep_item(item)]
    (work / "remove.txt").write_text("\n".join(removed) + "\n")
    # --ignore-deps: the break rules name the removed dictionaries; ICU falls back to rules without them.
    subprocess.run(["icupkg", "--ignore-deps", "-r", "remove.txt", f"{package}.dat", f"out/{package}.dat"],
                   cwd=work, check=True, capture_output=True)
    (work / "data.S").write_text(
        f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "out/{package}.dat"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n')
    result = work / "out" / original.name
    subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-o", str(result), "data.S"],
                   cwd=work, check=True)
    return result


# What the check compares between the full and the cut data: sorting, numbers, money, dates with a
# time zone, and locale names, in the shipped languages.
SAMPLE_WORDS = ["zèbre", "côte", "Écran", "cote", "coté", "côté", "école", "abricot", "Zoé", "œuvre",
                "Ölfass", "naïve", "cœur", "résumé", "resume", "Émile", "Andrée", "ça", "cab"]
SAMPLE_LOCALES = ["fr_FR", "fr_CA", "fr_BE", "en_US", "en_GB"]


def icu_samples(folder: Path) -> dict:
    """Sorting and formatting results of the ICU libraries in ``folder`` (libicuuc, libicui18n and
    libicudata of one version) for SAMPLE_LOCALES. Load them in a fresh process: a process holds
    one library per soname. Raises OSError when the libraries cannot be loaded."""
    data = next(folder.glob("libicudata.so.*"))
    version = data.name.rsplit(".", 1)[-1]
    uc = ctypes.CDLL(str(folder / f"libicuuc.so.{version}"), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(folder / f"libicui18n.so.{version}"))

    def fn(lib, name, restype, *argtypes):
        function = getattr(lib, f"{name}_{version}")
        function.restype, function.argtypes = restype, argtypes
        return function

    p, i, d = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
    status_t = ctypes.POINTER(ctypes.c_int)
    ucol_open = fn(i18n, "ucol_open", p, ctypes.c_char_p, status_t)
    # Strings go in as UTF-16 bytes (ctypes.c_wchar is 4 bytes on Linux, ICU's UChar is 2).
    ucol_strcoll = fn(i18n, "ucol_strcoll", i, p, ctypes.c_char_p, i, ctypes.c_char_p, i)
    unum_open = fn(i18n, "unum_open", p, i, p, i, ctypes.c_char_p, p, status_t)
    unum_format = fn(i18n, "unum_formatDouble", i, p, d, ctypes.c_char_p, i, p, status_t)
    udat_open = fn(i18n, "udat_open", p, i, i, ctypes.c_char_p, ctypes.c_char_p, i, p, i, status_t)
    udat_format = fn(i18n, "udat_format", i, p, d, ctypes.c_char_p, i, p, status_t)
    display = fn(uc, "uloc_getDisplayName", i, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, i, status_t)

    def utf16(fill) -> str:
        buffer, status = ctypes.create_string_buffer(512), ctypes.c_int(0)
        length = fill(buffer, 256, ctypes.byref(status))
        if status.value > 0:
            raise OSError(f"ICU error {status.value}")
        return buffer.raw[:2 * length].decode("utf-16-le")

    out: dict = {}
    zone = "Europe/Paris".encode("utf-16-le")
    for locale in SAMPLE_LOCALES:
        status = ctypes.c_int(0)
        name = locale.encode()
        collator = ucol_open(name, ctypes.byref(status))

        def compare(a: str, b: str, collator=collator) -> int:
            a16, b16 = a.encode("utf-16-le"), b.encode("utf-16-le")
            return ucol_strcoll(collator, a16, len(a16) // 2, b16, len(b16) // 2)

        decimal = unum_open(1, None, 0, name, None, ctypes.byref(status))  # UNUM_DECIMAL
        currency = unum_open(2, None, 0, name, None, ctypes.byref(status))  # UNUM_CURRENCY
        # UDAT_FULL (0) time and date styles, in the Paris time zone.
        dates = udat_open(0, 0, name, zone, len(zone) // 2, None, 0, ctypes.byref(status))
        if status.value > 0 or not (collator and decimal and currency and dates):
            raise OSError(f"ICU cannot open {locale}: error {status.value}")
        out[locale] = {
            "sorted": sorted(SAMPLE_WORDS, key=functools.cmp_to_key(compare)),
            "number": utf16(lambda b, n, s, f=decimal: unum_format(f, -1234567.891, b, n, None, s)),
            "money": utf16(lambda b, n, s, f=currency: unum_format(f, 1234.5, b, n, None, s)),
            "date": utf16(lambda b, n, s, f=dates: udat_format(f, 1774440000000.0, b, n, None, s)),
            "names": [utf16(lambda b, n, s, x=other: display(x, name, b, n, s))
                      for other in (b"fr_CA", b"en_GB", b"de_CH", b"zh_Hant_TW")],
        }
    return out


def samples_in_fresh_process(folder: Path) -> dict:
    """icu_samples(folder), run by a new Python process (see icu_samples)."""
    done = subprocess.run([sys.executable, __file__, "--samples", str(folder)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def check_cut(original: Path, cut: Path, work: Path) -> None:
    """Raise SystemExit unless ICU with the cut data library ``cut`` sorts and formats SAMPLE_LOCALES
    exactly as with ``original`` (both next to the ICU libraries of the original's folder)."""
    results = []
    for index, data in enumerate((original, cut)):
        folder = work / f"check-{index}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for library in original.parent.glob("libicu*.so.*"):
            shutil.copy2(data if library.name == original.name else library, folder / library.name)
        results.append(samples_in_fresh_process(folder))
        shutil.rmtree(folder)
    if results[0] != results[1]:
        raise SystemExit(f"icu-data: the cut data changes results: full {results[0]} cut {results[1]}")


def cut_down(library: Path) -> int:
    """Replace the ICU data library ``library`` by its English/French cut (cached by the original's
    SHA-256). Returns the bytes saved (0 when the tools are missing: the full library stays)."""
    if not all(shutil.which(tool) for tool in ("icupkg", "readelf", "gcc")):
        print("icu-data: icupkg, readelf or gcc missing; the full ICU data stays", file=sys.stderr)
        return 0
    digest = hashlib.sha256(library.read_bytes()).hexdigest()[:16]
    cached = CACHE / digest / library.name
    if not cached.is_file():
        candidate = cut_library(library, CACHE / digest)
        check_cut(library, candidate, CACHE / digest)
        candidate.replace(cached)  # only a checked cut is ever reused
    before = library.stat().st_size
    library.unlink()  # the bundle may hold a hard link shared with another copy
    shutil.copy2(cached, library)
    return before - library.stat().st_size


if __name__ == "__main__":
    if sys.argv[1] == "--samples":
        print(json.dumps(icu_samples(Path(sys.argv[2])), ensure_ascii=False))
    else:
        print(f"saved {cut_down(Path(sys.argv[1])) / 1e6:.1f} MB")
