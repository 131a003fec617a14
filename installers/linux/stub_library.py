"""Shared libraries the bundle must carry by name but whose code the application never runs, replaced by
a small stub of the same name (run by installers/build_bundle.py after PyInstaller, Linux only).

pillow-heif's libheif links the x265 HEVC encoder (23 MB, GPL-2.0-or-later) to write HEIC files; the
application only reads them (libde265 decodes). The dynamic loader still needs a library of that name
that defines the symbols libheif imports, so the stub keeps the soname and defines each of those
functions as one that returns 0 (x265_api_get_* then returns no encoder, which libheif reports as an
encoding error; nothing in the application asks for one). Pillow's _imaging links libxcb (with libXau)
for ImageGrab's screen capture, which the application never calls either; its stub says every
connection failed, so a capture would raise Pillow's "X connection failed" rather than crash.
Only the libraries named in STUBS are replaced, and only when every symbol the rest of the bundle takes
from them is a function.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

@dataclass(frozen=True)
class Stub:
    """Why a library's code is never run, and what its stub functions return where 0 is wrong."""

    why: str
    returns: dict[str, int] = field(default_factory=dict)


# File name pattern (a wheel-vendored copy: name, auditwheel's 8-hex-digit hash) -> the stub.
STUBS = {
    r"libx265-[0-9a-f]{8}\.so": Stub(
        "the HEVC encoder, linked by libheif to write HEIC; the application only reads HEIC (libde265)"),
    r"libxcb-[0-9a-f]{8}\.so": Stub(
        "X11 client library, linked by Pillow for ImageGrab (screen capture), which the application never calls",
        {"xcb_connection_has_error": 1}),
}


def elf_files(bundle: Path) -> list[Path]:
    """Every regular ELF file under ``bundle`` (executables and shared libraries)."""
    out = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def dynamic_symbols(path: Path, defined: bool) -> dict[str, str]:
    """Dynamic symbol name -> nm type letter (T for code, D/B/R for data...) that ``path`` defines
    (``defined``) or takes from another library."""
    option = "--defined-only" if defined else "--undefined-only"
    listing = subprocess.run(["nm", "-D", option, str(path)], capture_output=True, text=True, check=True).stdout
    out = {}
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out[fields[-1].split("@")[0]] = fields[-2]
    return out


def needed(path: Path) -> list[str]:
    """The NEEDED entries (library names the loader must find) of an ELF file."""
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def soname(path: Path) -> str:
    """The SONAME recorded in a shared library (its file name when it records none)."""
    dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return match.group(1) if match else path.name


def stub_source(symbols: list[str], returns: dict[str, int]) -> str:
    """C source defining each of ``symbols`` as a function that returns 0, or its value in ``returns``."""
    lines = ["/* Stub made by installers/linux/stub_library.py. */"]
    lines += [f"long {name}(void) {{ return {int(returns.get(name, 0))}; }}" for name in symbols]
    return "\n".join(lines) + "\n"


def replace_with_stub(library: Path, users: list[Path], stub: Stub) -> int:
    """Replace ``library`` by a stub with its soname defining the functions ``users`` (the other ELF
    files of the bundle) take from it, each returning 0 or its value in ``stub.returns``. Raises
    SystemExit when one of those symbols is data, not code. Returns the bytes saved."""
    provided = dynamic_symbols(library, defined=True)
    wanted = set()
    for user in users:
        wanted |= {name for name in dynamic_symbols(user, defined=False) if name in provided}
    data = sorted(name for name in wanted if provided[name] not in ("T", "t", "W", "i"))
    if data:
        raise SystemExit(f"stub: {library.name}: other libraries use its data {', '.join(data)}; cannot stub it")
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="reviewer-stub-") as work:
        source = Path(work) / "stub.c"
        source.write_text(stub_source(sorted(wanted), stub.returns))
        built = Path(work) / "stub.so"
        subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{soname(library)}", "-o", str(built),
                        str(source)], check=True)
        mode = library.stat().st_mode
        shutil.copyfile(built, library)
        library.chmod(mode)
    return before - library.stat().st_size


def stub_unused_libraries(bundle: Path) -> list[tuple[str, int, str]]:
    """Replace every library of ``bundle`` whose name matches a STUBS pattern, then remove the
    libraries only those replaced ones needed (x265 alone needs glibc's libmvec, which PyInstaller
    copies). Returns (file name, bytes saved, what was done and why) for each library replaced or removed."""
    files = elf_files(bundle)
    done, orphans = [], set()
    for path in files:
        stub = next((stub for pattern, stub in STUBS.items() if re.match(pattern, path.name)), None)
        if stub is not None:
            orphans.update(needed(path))
            saved = replace_with_stub(path, [other for other in files if other != path], stub)
            done.append((path.name, saved, f"replaced by a stub: {stub.why}"))
    still_needed = {name for path in elf_files(bundle) for name in needed(path)}
    for path in files:
        if path.name in orphans and path.name not in still_needed and path.is_file():
            size = path.stat().st_size
            for link in [p for p in bundle.rglob("*") if p.is_symlink() and p.resolve() == path.resolve()]:
                link.unlink()
            path.unlink()
            done.append((path.name, size, "removed: needed only by a library replaced by a stub"))
    return done
