"""What goes into the PyInstaller bundle and what is left out (read by reviewer.spec).

Kept in a plain module, not in the spec, so the rules can be tested and the size report can explain
them. Every exclusion here is something the application never loads; when in doubt a file stays
(for example OpenCV's FFmpeg libraries: video decoding needs them).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

# Python modules that are importable in the build venv but never used by the application.
EXCLUDED_MODULES = [
    # Qt modules the application does not use (it imports QtCore, QtGui and QtWidgets).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebChannel",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtConcurrent",
    "PySide6.QtXml", "PySide6.QtNetworkAuth", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtQuick3D", "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    # onnxruntime's Python tooling (model conversion, quantization), and what it would drag in.
    "onnxruntime.quantization", "onnxruntime.transformers", "onnxruntime.tools", "onnxruntime.backend",
    "onnx", "sympy", "torch", "tensorflow", "matplotlib", "scipy", "pandas",
    # Tk is never used (reviewer/media/images.py reads AVIF with Pillow's own plugin, which stays).
    "PIL.ImageTk", "PIL._imagingtk",
    # PyYAML: only numpy.show_config() would import it (numpy/__config__.py, when present).
    "yaml",
    # TLS (the application never opens a connection; urllib, http.client and asyncio import ssl only if
    # present) and the East Asian legacy text codecs (every text the application reads is UTF-8).
    "ssl", "_ssl", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_multibytecodec",
    # Development tools that live in the same venv.
    "tkinter", "_tkinter", "readline", "curses", "pytest", "pytestqt", "hypothesis", "importlinter", "grimp",
    "IPython", "PyInstaller", "setuptools", "pip", "wheel",
]

# Qt plugin folders (relative to the Qt plugins dir) the application never loads.
EXCLUDED_QT_PLUGIN_DIRS = {
    "designer", "egldeviceintegrations", "qmltooling", "sqldrivers", "tls", "networkinformation",
    "printsupport", "generic", "vectorimageformats", "multimedia", "position", "sensors", "webview",
    # Wayland: its client libraries are not on every X11 desktop, while every Wayland desktop runs X11
    # programs through XWayland; one platform (xcb) is what installer-test checks.
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-graphics-integration-server",
    "wayland-shell-integration",
}
# Single plugins: kiosk/embedded platforms, the on-screen keyboard (needs QtQuick), image formats Qt
# never decodes for the application, and the GTK theme (it drags in the whole GTK/Cairo/Pango stack of the build
# machine; Qt's own dialogs and the XDG portal theme remain).
EXCLUDED_QT_PLUGINS = {
    "libqgtk3.so",
    "libqwayland.so", "libqwayland-egl.so", "libqwayland-generic.so", "libqwayland-brcm.so",
    "libqeglfs.so", "libqlinuxfb.so", "libqvnc.so", "libqvkkhrdisplay.so", "libqminimalegl.so",
    "libqtvirtualkeyboardplugin.so", "libqpdf.so", "libqicns.so", "libqtga.so", "libqwbmp.so",
    # Pictures reach Qt as decoded pixels (reviewer/ui/imaging.py) or PNG (the exhibit report), never
    # as JPEG, WebP or TIFF files: Pillow and OpenCV decode those.
    "libqjpeg.so", "libqwebp.so", "libqtiff.so",
}
# Libraries of the build machine's desktop stack (X11, xcb, fonts, GLib, D-Bus, OpenGL) that PyInstaller
# would copy: they must match the user's display server and drivers, so the installed system provides
# them (the .deb declares them in Depends, see installers/linux/build_deb.py). Wheel-vendored copies
# carry a hash in their name (libdrm-b0291a67.so...) and are not matched.
HOST_DESKTOP_LIBS = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb(-[a-z-]+)?|xkbcommon(-x11)?|fontconfig|freetype|"
    r"glib-2\.0|gthread-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|dbus-1|systemd|gcrypt|gpg-error|EGL|GL|GLX|"
    r"GLdispatch|OpenGL|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|atk-1\.0|gdk_pixbuf-2\.0|"
    r"harfbuzz|fribidi|thai|datrie|graphite2|pixman-1|png16|jpeg|brotlicommon|brotlidec|blkid|mount|selinux|"
    r"pcre2-8|bsd|md|lz4|cap|krb5|krb5support|k5crypto|gssapi_krb5|com_err|keyutils|wayland-[a-z]+)\.so(\.[0-9.]+)?$"
)
# Qt's own translations: only the languages the application offers.
QT_TRANSLATION_LANGUAGES = ("fr", "en")



def checked_models(root: Path) -> list[tuple[str, str]]:
    """(model file, folder inside the bundle) for every model of models/manifest.json, each checked.

    Uses the application's own registry, so the build resolves and hashes files exactly as the
    application will. Raises SystemExit (the build stops) when a file is missing or its SHA-256
    differs: a bundle never ships a model the manifest does not vouch for. A file from an installed
    package keeps its package folder (nudenet/320n.onnx), so the frozen application finds it the same way.
    """
    sys.path.insert(0, str(root))
    from reviewer.detect.registry import load_manifest, verified_model_bytes
    from reviewer.errors import ReviewerError

    out = []
    for entry in load_manifest([root / "models" / "manifest.json"]).values():
        try:
            verified_model_bytes(entry)
        except ReviewerError as error:
            raise SystemExit(f"build: model {entry.name}: {error.message} ({error.detail})") from error
        out.append((str(entry.path), str(bundle_folder(entry.path, root))))
    if not out:
        raise SystemExit("build: models/manifest.json lists no model")
    return out


def bundle_folder(path: Path, root: Path) -> PurePosixPath:
    """Where ``path`` goes in the bundle: its place under root, or under the import path that holds it."""
    bases = [root] + [Path(p).resolve() for p in sys.path if p and Path(p).is_dir()]
    for base in sorted(set(bases), key=lambda b: len(b.parts), reverse=True):
        try:
            return PurePosixPath(path.resolve().relative_to(base).parent.as_posix())
        except ValueError:
            continue
    raise SystemExit(f"build: cannot place {path} in the bundle")


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for models/ and resources/: compiled translations only (.qm,
    not the .ts sources or their script), icons, samples with their licence notes, single files."""
    out = []
    for path in sorted([*(root / "models").rglob("*"), *(root / "resources").rglob("*")]):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".py", ".pyc"):
            continue
        if path.parent.name == "translations" and path.suffix != ".qm":
            continue
        out.append((str(path), path.parent.relative_to(root).as_posix()))
    return out


# Python sources the application reads as files at run time (a frozen bundle otherwise holds only their
# bytecode): the standalone exhibit verifier is copied into every exhibit. tests/installers checks that
# every `Path(__file__).with_name("....py")` in the package is listed here.
SOURCES_READ_AS_FILES = ["reviewer/exhibit/verify_exhibit.py"]


def source_datas(root: Path) -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for SOURCES_READ_AS_FILES, placed where ``__file__`` points."""
    return [(str(root / name), PurePosixPath(name).parent.as_posix()) for name in SOURCES_READ_AS_FILES]


def c2pa_binaries() -> list[tuple[str, str]]:
    """c2pa-python loads its Rust core with ctypes from c2pa/libs: ship only the shared library
    (its wheel also holds a 30 MB static .rlib that nothing loads)."""
    spec = importlib.util.find_spec("c2pa")
    if spec is None or not spec.submodule_search_locations:
        return []
    libs = Path(list(spec.submodule_search_locations)[0]) / "libs"
    names = {"linux": "libc2pa_c.so", "darwin": "libc2pa_c.dylib", "win32": "c2pa_c.dll"}
    lib = libs / names.get(sys.platform, "libc2pa_c.so")
    return [(str(lib), "c2pa/libs")] if lib.is_file() else []


def keep(dest: str) -> bool:
    """Whether a bundle entry (its destination path inside the bundle) is kept."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts:
        index = parts.index("plugins")
        rest = parts[index + 1:]
        if rest and rest[0] in EXCLUDED_QT_PLUGIN_DIRS:
            return False
        if rest and rest[-1] in EXCLUDED_QT_PLUGINS:
            return False
    if "translations" in parts and parts[-1].endswith(".qm") and "resources" not in parts:
        stem = parts[-1][:-3]
        if not any(stem.endswith(f"_{lang}") for lang in QT_TRANSLATION_LANGUAGES):
            return False
    name = parts[-1] if parts else ""
    if len(parts) == 1 and HOST_DESKTOP_LIBS.match(name):
        return False
    # Static libraries and link maps are never loaded at run time.
    if name.endswith((".rlib", ".a", ".d", ".pyi")):
        return False
    # Qt libraries of excluded modules pulled in as dependencies of excluded plugins (QtOpenGL: no library
    # or plug-in of the bundle needs it; the window paints with the raster engine).
    if name.startswith(("libQt6Qml", "libQt6Quick", "libQt6Network", "libQt6VirtualKeyboard", "libQt6Wayland",
                        "libQt6WlShell", "libQt6EglFS", "libQt6EglFs", "libQt6OpenGL.")):
        return False
    return True


def filter_toc(toc: list) -> list:
    """PyInstaller TOC entries (dest, source, kind) minus what ``keep`` rejects."""
    return [entry for entry in toc if keep(entry[0])]


# Where the bundle's licence notices go (inside _internal/): THIRD-PARTY-NOTICES.txt names every
# component with its version and licence, and each component's licence files sit in a folder of their own.
NOTICES_FOLDER = "licenses"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
PROJECT = "reviewer"  # the application itself: its licence is the package's own (AGPL-3.0-or-later)
LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice|thirdpartynotices|authors)")
# Full licence texts Debian keeps, for a component whose package carries no licence file of its own.
COMMON_LICENCES = Path("/usr/share/common-licenses")
SPDX_TO_COMMON = {"LGPL-3.0": "LGPL-3", "LGPL-2.1": "LGPL-2.1", "GPL-2.0": "GPL-2", "GPL-3.0": "GPL-3",
                  "Apache-2.0": "Apache-2.0", "MPL-2.0": "MPL-2.0"}


@dataclass(frozen=True)
class Component:
    """One third-party component of the bundle: its name, version, licence (an SPDX expression or the
    package's own words), licence files (file on this machine, name to give it in the notices), and a
    note (where its source is)."""

    name: str
    version: str
    licence: str
    files: tuple[tuple[Path, str], ...]
    note: str = ""


def distribution_tops() -> dict[str, set[str]]:
    """Top-level name (first part of an installed file's path: ``numpy``, ``numpy.libs``, ``cv2``)
    -> the names of the distributions of the running environment that installed files there."""
    from importlib import metadata

    tops: dict[str, set[str]] = {}
    for dist in metadata.distributions():
        for file in dist.files or ():
            parts = file.parts
            if not parts or parts[0] in ("..", "__pycache__") or parts[0].endswith((".dist-info", ".egg-info")):
                continue
            top = parts[0] if len(parts) > 1 else parts[0].split(".")[0]
            tops.setdefault(top, set()).add(dist.metadata["Name"])
    return tops


def bundled_tops(toc: list) -> set[str]:
    """First part of every module name (``numpy._core`` -> ``numpy``) and destination path
    (``numpy.libs/libopenblas.so`` -> ``numpy.libs``) of PyInstaller TOC entries (dest, source, kind)."""
    tops = set()
    for dest, _source, kind in toc:
        if kind in ("PYMODULE", "EXTENSION") and "/" not in dest and "\\" not in dest:
            tops.add(dest.split(".")[0])
        parts = PurePosixPath(dest.replace("\\", "/")).parts
        if len(parts) > 1:
            tops.add(parts[0])
    return tops


def licence_of(dist) -> str:
    """A distribution's licence: its License-Expression, else a one-line License field, else its
    classifiers' licence names."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " / ".join(classifiers) or "see the package's licence files"


def common_licence_files(licence: str) -> tuple[tuple[Path, str], ...]:
    """Debian's full texts (/usr/share/common-licenses) of the licences an SPDX expression names."""
    return tuple((COMMON_LICENCES / common, common) for spdx, common in SPDX_TO_COMMON.items()
                 if spdx in licence and (COMMON_LICENCES / common).is_file())


def licence_files(dist) -> tuple[tuple[Path, str], ...]:
    """A distribution's licence files with the name each keeps in the notices: the path under the
    dist-info's licenses/ folder (numpy names each vendored library's licence by its source path),
    else the file name; the same text shipped twice (cv2/LICENSE.txt and the dist-info's) once."""
    found, seen = [], set()
    for file in sorted(dist.files or (), key=lambda f: (len(f.parts), str(f))):
        if not LICENCE_FILE.match(file.name) or file.suffix in (".py", ".pyc"):
            continue
        path = Path(dist.locate_file(file)).resolve()
        if not path.is_file() or path.read_bytes() in seen:
            continue
        seen.add(path.read_bytes())
        parts = file.parts
        name = "/".join(parts[parts.index("licenses") + 1:]) if "licenses" in parts[:2] else file.name
        if name in {taken for _path, taken in found}:  # another file of that name: its whole path
            name = file.as_posix().replace("../", "")
        found.append((path, name))
    return tuple(found)


def static_components(path: Path | None) -> list[Component]:
    """Components linked into a bundled library rather than installed as packages (the slim OpenCV's
    FFmpeg and dav1d), read from the JSON file ``path`` that installers/build_bundle.py writes from
    slim_opencv.static_components(); none when ``path`` is None."""
    import json

    if path is None:
        return []
    return [Component(c["name"], c["version"], c["licence"], tuple((Path(f), Path(f).name) for f in c["files"]),
                      c["note"])
            for c in json.loads(path.read_text(encoding="utf-8"))]


def python_components(toc: list) -> list[Component]:
    """The Python distributions (other than this project) that have a file or module in the bundle,
    and CPython itself, each with its version and licence files from the running (build) environment."""
    from importlib import metadata

    tops = distribution_tops()
    names = sorted({name for top in bundled_tops(toc) for name in tops.get(top, ())}, key=str.lower)
    out = []
    for name in names:
        dist = metadata.distribution(name)
        if dist.metadata["Name"].lower() == PROJECT:
            continue
        licence = licence_of(dist)
        files = licence_files(dist) or common_licence_files(licence)
        out.append(Component(dist.metadata["Name"], dist.version, licence, files))
    stdlib = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    out.append(Component("Python", sys.version.split()[0], "PSF-2.0",
                         tuple((p, p.name) for p in [stdlib / "LICENSE.txt"] if p.is_file()),
                         "the interpreter and standard library (libpython, base_library.zip, lib-dynload)"))
    return out


def write_notices(components: list[Component], folder: Path) -> list[tuple[str, str]]:
    """Write THIRD-PARTY-NOTICES.txt and copy each component's licence files into ``folder``
    (emptied first). Returns PyInstaller TOC entries (path inside the bundle, file, "DATA") for them."""
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    lines = ["Reviewer bundles the components below, each under its own licence; the application itself is",
             "AGPL-3.0-or-later. One line per component: name, version, licence, then its licence files.", ""]
    for component in sorted(components, key=lambda c: c.name.lower()):
        sub = f"{re.sub(r'[^A-Za-z0-9_.-]', '_', component.name)}-{component.version}"
        names = []
        for source, name in component.files:
            target = folder / sub / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            names.append(f"{NOTICES_FOLDER}/{sub}/{name}")
        lines.append(f"{component.name} {component.version}: {component.licence}")
        if component.note:
            lines.append(f"    {component.note}")
        lines.extend(f"    {name}" for name in names or ["(no licence file shipped by the package)"])
    (folder / NOTICES_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(f"{NOTICES_FOLDER}/{path.relative_to(folder).as_posix()}", str(path), "DATA")
            for path in sorted(folder.rglob("*")) if path.is_file()]


def note_stubs(notices: Path, stubs: list[tuple[str, int, str]]) -> None:
    """Append to THIRD-PARTY-NOTICES.txt (``notices``) the libraries replaced by a stub or removed after
    the build (installers/linux/stub_library.py: file name, bytes saved, what and why): their code is
    not in the bundle, although the notices of the package that brought them may name them."""
    if not stubs:
        return
    lines = ["", "Libraries whose code is not in the bundle although a package above brought them (installers/linux/stub_library.py)"]
    lines += [f"    {name}: {why}" for name, _saved, why in stubs]
    with notices.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


NOTICE_LINE = re.compile(r"^(\S.*?) (\S+): (.+)$")


def read_notices(text: str) -> dict[str, tuple[str, str]]:
    """Component name -> (version, licence) from a THIRD-PARTY-NOTICES.txt written by write_notices."""
    out = {}
    for line in text.splitlines()[3:]:
        match = NOTICE_LINE.match(line)
        if match:
            out[match.group(1)] = (match.group(2), match.group(3))
    return out
