"""The bundle's selection rules and the build-time model check (fast: no bundle is built)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


contents = load("bundle_contents", ROOT / "installers" / "bundle_contents.py")
build_bundle = load("build_bundle", ROOT / "installers" / "build_bundle.py")
icu_data = load("icu_data", ROOT / "installers" / "linux" / "icu_data.py")


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the SVG icon
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",  # accents
    "PySide6/Qt/translations/qtbase_fr.qm",
    "resources/translations/ui_de.qm",  # our own translations are never filtered by language
    "opencv_python_headless.libs/libavcodec-c4204469.so.62.28.101",  # video decoding
    "libdrm-b0291a67.so.2.4.0",  # a wheel-vendored copy, not the system's
    "libpython3.11.so.1.0",
    "c2pa/libs/libc2pa_c.so",
])
def test_what_the_application_loads_is_kept(dest):
    assert contents.keep(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6",
    "libX11.so.6", "libxcb-cursor.so.0", "libglib-2.0.so.0", "libcairo.so.2",
    "c2pa/libs/libc2pa_c.rlib",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",  # Pillow and OpenCV decode pictures, not Qt
])
def test_what_the_application_never_loads_is_left_out(dest):
    assert not contents.keep(dest)


def test_the_build_refuses_a_model_that_does_not_match_the_manifest(tmp_path):
    (tmp_path / "models").mkdir()
    document = json.loads((ROOT / "models" / "manifest.json").read_text(encoding="utf-8"))
    model = tmp_path / "models" / "320n.onnx"
    model.write_bytes(b"not the model the manifest vouches for")
    document["models"][0]["file"] = "320n.onnx"
    (tmp_path / "models" / "manifest.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        contents.checked_models(tmp_path)
    assert "nudenet-320n" in str(stopped.value)


def test_the_build_takes_the_nudenet_model_from_its_package_folder():
    (source, folder), = contents.checked_models(ROOT)
    assert Path(source).name == "320n.onnx"
    assert folder == "nudenet"  # where the frozen registry's find_spec("nudenet") looks


def test_size_report_totals_files_once_and_groups_them_by_component(tmp_path):
    bundle = tmp_path / "reviewer"
    (bundle / "_internal" / "cv2").mkdir(parents=True)
    (bundle / "_internal" / "PySide6").mkdir()
    (bundle / "_internal" / "cv2" / "cv2.abi3.so").write_bytes(b"x" * 3_000_000)
    (bundle / "_internal" / "PySide6" / "QtCore.abi3.so").write_bytes(b"x" * 1_000_000)
    (bundle / "_internal" / "libcv.so").symlink_to("cv2/cv2.abi3.so")  # counted once
    total, lines = build_bundle.size_report(bundle)
    assert total == 4_000_000
    assert lines[0].startswith(f"bundle {bundle}: 4.0 MB unpacked in 2 files (under the 250 MB target)")
    assert lines[2].endswith("OpenCV (cv2, with FFmpeg)") and "3.0 MB" in lines[2]


def test_the_desktop_entry_runs_the_command_on_the_path_with_the_icon():
    entry = (ROOT / "installers" / "linux" / "reviewer.desktop").read_text(encoding="utf-8").splitlines()
    assert "Exec=reviewer gui" in entry and "Icon=reviewer" in entry and "Type=Application" in entry
    from PIL import Image

    with Image.open(ROOT / "resources" / "icons" / "reviewer.png") as icon:
        assert icon.size == (256, 256) and icon.mode == "RGBA"
    assert "<svg" in (ROOT / "resources" / "icons" / "reviewer.svg").read_text(encoding="utf-8")


def test_every_source_file_the_package_reads_at_run_time_is_shipped_as_a_file():
    import re

    read = set()
    for path in (ROOT / "reviewer").rglob("*.py"):
        for name in re.findall(r'with_name\("([^"]+\.py)"\)', path.read_text(encoding="utf-8")):
            read.add((path.parent / name).relative_to(ROOT).as_posix())
    assert read <= set(contents.SOURCES_READ_AS_FILES), sorted(read - set(contents.SOURCES_READ_AS_FILES))
    for source, folder in contents.source_datas(ROOT):
        assert Path(source).is_file() and folder == Path(source).parent.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("item", [
    "fr.res", "fr_CA.res", "en_GB.res", "root.res", "coll/fr.res", "coll/root.res", "coll/ucadata.icu",
    "curr/fr.res", "zone/en.res", "rbnf/fr.res", "brkitr/word.brk", "brkitr/root.res",
    # Not per-locale: time zones, plural rules, the trees' index and key pool, normalisation, aliases.
    "zoneinfo64.res", "plurals.res", "likelySubtags.res", "res_index.res", "pool.res", "curr/pool.res",
    "coll/res_index.res", "nfkc.nrm", "cnvalias.icu", "unames.icu",
])
def test_the_icu_cut_keeps_english_french_and_shared_data(item):
    assert icu_data.keep_item(item)


@pytest.mark.parametrize("item", [
    "de.res", "zh_Hant_TW.res", "coll/zh.res", "coll/de_.res", "curr/ja.res", "zone/ru.res",
    "brkitr/cjdict.dict", "brkitr/thaidict.dict", "ibm-1390_P110-2003.cnv", "gb18030.cnv",
])
def test_the_icu_cut_drops_other_locales_converters_and_dictionaries(item):
    assert not icu_data.keep_item(item)


def test_a_slim_opencv_built_with_other_dav1d_or_ffmpeg_options_is_not_reused(monkeypatch):
    # The wheel is cached under build/slim-opencv/wheel-<version>-<options_key()>: a bundle built
    # before AV1 decoding (or with other dav1d options) must not be taken for the current one.
    slim = load("slim_opencv", ROOT / "installers" / "linux" / "slim_opencv.py")
    current = slim.options_key()
    monkeypatch.setattr(slim, "DAV1D_MESON", [option.replace("-Dbitdepths=8,16", "-Dbitdepths=8")
                                              for option in slim.DAV1D_MESON])
    assert slim.options_key() != current
    monkeypatch.undo()
    monkeypatch.setattr(slim, "FFMPEG_CONFIGURE", [option for option in slim.FFMPEG_CONFIGURE
                                                   if option != "--enable-libdav1d"])
    assert slim.options_key() != current


slim_opencv = load("slim_opencv", ROOT / "installers" / "linux" / "slim_opencv.py")
sync_venv = load("sync_venv", ROOT / "requirements" / "sync_venv.py")


def test_the_slim_opencv_is_the_locked_release_from_the_source_file_the_lock_lists():
    version, sha256 = slim_opencv.locked_release()
    assert version == sync_venv.locked_versions()["opencv-python-headless"]
    assert f"sha256:{sha256}" in sync_venv.locked_hashes("opencv-python-headless")
    assert slim_opencv.source_record(version)["sha256"] == sha256


def test_a_lock_with_another_opencv_stops_the_build_and_says_what_to_do(tmp_path):
    # `make lock-upgrade` may bring a new OpenCV: the slim build must stop with a message, not build a
    # release whose source nobody checked against SOURCE_PATCH and the bundle tests.
    lock = tmp_path / "lock.txt"
    text = (ROOT / "requirements" / "requirements-lock.txt").read_text(encoding="utf-8")
    version = sync_venv.locked_versions()["opencv-python-headless"]
    lock.write_text(text.replace(f"opencv-python-headless=={version}", "opencv-python-headless==5.9.0.99"))
    with pytest.raises(SystemExit) as stopped:
        slim_opencv.locked_release(lock)
    assert "5.9.0.99" in str(stopped.value) and "TESTED_SDISTS" in str(stopped.value)


def test_a_lock_that_does_not_list_the_known_source_file_stops_the_build(tmp_path):
    lock = tmp_path / "lock.txt"
    _version, sha256 = slim_opencv.locked_release()
    text = (ROOT / "requirements" / "requirements-lock.txt").read_text(encoding="utf-8")
    lock.write_text(text.replace(f"sha256:{sha256}", "sha256:" + "0" * 64))
    with pytest.raises(SystemExit) as stopped:
        slim_opencv.locked_release(lock)
    assert "disagree" in str(stopped.value)


def test_the_notices_name_each_bundled_package_with_its_installed_version_and_licence_files(tmp_path):
    # The development venv's real distributions, through a PyInstaller-like table of contents: modules,
    # an extension, a wheel's vendored-library folder and package data.
    from importlib import metadata

    toc = [("numpy._core.multiarray", "x", "PYMODULE"), ("numpy.libs/libscipy_openblas.so", "x", "BINARY"),
           ("cv2", "x", "PYMODULE"), ("PySide6/QtCore.abi3.so", "x", "EXTENSION"),
           ("c2pa/libs/libc2pa_c.so", "x", "BINARY"), ("reviewer.cli", "x", "PYMODULE"),
           ("_cffi_backend", "x", "EXTENSION"), ("base_library.zip", "x", "DATA")]
    entries = contents.write_notices(contents.python_components(toc), tmp_path / "notices")
    text = (tmp_path / "notices" / contents.NOTICES_FILE).read_text(encoding="utf-8")
    listed = contents.read_notices(text)
    assert set(listed) == {"numpy", "opencv-python-headless", "PySide6_Essentials", "c2pa-python", "cffi", "Python"}
    for name, (version, licence) in listed.items():
        if name != "Python":
            assert version == metadata.version(name) and licence
    assert "reviewer" not in listed  # the application itself is not a third-party component
    # Every line under a component names a file that is shipped with it, and each file has text.
    shipped = {dest for dest, _source, kind in entries}
    assert f"{contents.NOTICES_FOLDER}/{contents.NOTICES_FILE}" in shipped
    named = [line.strip() for line in text.splitlines() if line.startswith(f"    {contents.NOTICES_FOLDER}/")]
    assert named and set(named) <= shipped
    for dest, source, _kind in entries:
        assert Path(source).stat().st_size > 0
    # A package without a licence file of its own (c2pa-python) gets the full text of its licence.
    assert any(name.startswith(f"{contents.NOTICES_FOLDER}/c2pa-python-") for name in named)


stub_library = load("stub_library", ROOT / "installers" / "linux" / "stub_library.py")
X265 = stub_library.STUBS[r"libx265-[0-9a-f]{8}\.so"]
needs_compiler = pytest.mark.skipif(not all(shutil.which(tool) for tool in ("cc", "nm", "readelf")),
                                    reason="needs a C compiler and binutils (Makefile DEB_PACKAGES)")


def compile_library(folder: Path, name: str, source: str, *link: str) -> Path:
    (folder / f"{name}.c").write_text(source)
    out = folder / name
    subprocess.run(["cc", "-shared", "-fPIC", "-O2", f"-Wl,-soname,{name}", "-Wl,-rpath,$ORIGIN", "-o", str(out),
                    str(folder / f"{name}.c"), f"-L{folder}", *link], check=True)
    return out


@needs_compiler
def test_an_encoder_library_only_linked_by_name_is_replaced_by_a_stub_its_users_still_load(tmp_path):
    # A stand-in for libheif and the x265 encoder it links: the encoder holds 2 MB of tables and an
    # entry point; the user library decodes without it and encodes through it. After stubbing, the
    # user still loads (same soname), decodes, and its encode finds no encoder instead of crashing.
    encoder = "libx265-0a1b2c3d.so.217"
    # A library only the encoder needs (x265 needs glibc's libmvec, which PyInstaller copies): it goes too.
    compile_library(tmp_path, "libvectors.so.1", "double vectors(double x) { return x * 2; }\n")
    shutil.copy(tmp_path / "libvectors.so.1", tmp_path / "libvectors.so")
    (tmp_path / "libvectors-link.so.1").symlink_to("libvectors.so.1")
    compile_library(tmp_path, encoder, "double vectors(double);\n"
                                       "static char tables[2000000] = {1};\n"
                                       "void *x265_api_get_217(int depth) { return tables + depth; }\n"
                                       "void x265_cleanup(void) { tables[0] = 0; }\n"
                                       "int x265_unused(void) { return (int) vectors(3.5); }\n", "-lvectors")
    (tmp_path / "libvectors.so").unlink()
    shutil.copy(tmp_path / encoder, tmp_path / "libx265.so")
    user = compile_library(tmp_path, "libheif-00.so.1",
                           "void *x265_api_get_217(int);\n"
                           "int decode(void) { return 42; }\n"
                           "int encode(void) { return x265_api_get_217(8) != 0; }\n", "-lx265")
    (tmp_path / "libx265.so").unlink()
    (tmp_path / "libx265-0a1b2c3d.so.217.c").unlink()
    before = (tmp_path / encoder).stat().st_size
    done = stub_library.stub_unused_libraries(tmp_path)
    assert [(name, why) for name, _saved, why in done] == [
        (encoder, f"replaced by a stub: {X265.why}"),
        ("libvectors.so.1", "removed: needed only by a library replaced by a stub")]
    assert not (tmp_path / "libvectors.so.1").exists() and not (tmp_path / "libvectors-link.so.1").is_symlink()
    assert done[0][1] > 1_900_000 and (tmp_path / encoder).stat().st_size < before / 50
    assert stub_library.soname(tmp_path / encoder) == encoder
    assert set(stub_library.dynamic_symbols(tmp_path / encoder, defined=True)) >= {"x265_api_get_217"}
    assert "x265_unused" not in stub_library.dynamic_symbols(tmp_path / encoder, defined=True)
    script = "import ctypes, sys; lib = ctypes.CDLL(sys.argv[1]); print(lib.decode(), lib.encode())"
    loaded = subprocess.run([sys.executable, "-c", script, str(user)], capture_output=True, text=True, check=True)
    assert loaded.stdout.split() == ["42", "0"]


@needs_compiler
def test_a_library_whose_data_other_libraries_use_is_never_stubbed(tmp_path):
    encoder = "libx265-0a1b2c3d.so.217"
    compile_library(tmp_path, encoder, "int x265_max_bit_depth = 12;\n")
    shutil.copy(tmp_path / encoder, tmp_path / "libx265.so")
    compile_library(tmp_path, "libheif-00.so.1", "extern int x265_max_bit_depth;\n"
                                                 "int depth(void) { return x265_max_bit_depth; }\n", "-lx265")
    (tmp_path / "libx265.so").unlink()
    original = (tmp_path / encoder).read_bytes()
    with pytest.raises(SystemExit) as stopped:
        stub_library.stub_unused_libraries(tmp_path)
    assert "x265_max_bit_depth" in str(stopped.value)
    assert (tmp_path / encoder).read_bytes() == original


def test_stubbed_libraries_are_named_in_the_notices_without_reading_as_a_component(tmp_path):
    toc = [("numpy._core.multiarray", "x", "PYMODULE")]
    contents.write_notices(contents.python_components(toc), tmp_path)
    notices = tmp_path / contents.NOTICES_FILE
    listed = contents.read_notices(notices.read_text(encoding="utf-8"))
    contents.note_stubs(notices, [("libx265-4883ecb5.so.217", 22_881_753, f"replaced by a stub: {X265.why}")])
    text = notices.read_text(encoding="utf-8")
    assert f"    libx265-4883ecb5.so.217: replaced by a stub: {X265.why}" in text
    assert contents.read_notices(text) == listed


@needs_compiler
def test_a_stubbed_screen_capture_library_reports_a_failed_connection_instead_of_crashing(tmp_path):
    # Pillow's _imaging links libxcb (and libXau) for ImageGrab: stubbed, a connection reports an error, as
    # Pillow checks before using it, and libXau, which only libxcb needed, leaves the bundle.
    compile_library(tmp_path, "libXau-11223344.so.6.0.0", "int XauDisposeAuth(void *a) { return 0; }\n")
    shutil.copy(tmp_path / "libXau-11223344.so.6.0.0", tmp_path / "libXau.so")
    xcb = "libxcb-55667788.so.1.1.0"
    compile_library(tmp_path, xcb, "int XauDisposeAuth(void *);\n"
                                   "static int connection;\n"
                                   "void *xcb_connect(const char *d, int *s) { XauDisposeAuth(0); return &connection; }\n"
                                   "int xcb_connection_has_error(void *c) { return 0; }\n", "-lXau")
    shutil.copy(tmp_path / xcb, tmp_path / "libxcb.so")
    imaging = compile_library(tmp_path, "_imaging.so",
                              "void *xcb_connect(const char *, int *);\n"
                              "int xcb_connection_has_error(void *);\n"
                              "int grab(void) { int s; void *c = xcb_connect(0, &s);\n"
                              "  return xcb_connection_has_error(c) ? -1 : 1; }\n", "-lxcb")
    for name in ("libXau.so", "libxcb.so", "_imaging.so.c", f"{xcb}.c", "libXau-11223344.so.6.0.0.c"):
        (tmp_path / name).unlink()
    done = {name: why for name, _saved, why in stub_library.stub_unused_libraries(tmp_path)}
    assert set(done) == {xcb, "libXau-11223344.so.6.0.0"}
    script = "import ctypes, sys; print(ctypes.CDLL(sys.argv[1]).grab())"
    grabbed = subprocess.run([sys.executable, "-c", script, str(imaging)], capture_output=True, text=True, check=True)
    assert grabbed.stdout.strip() == "-1"
