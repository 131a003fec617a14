"""A hostile bundle is refused with a typed error before anything is read, and nothing is written."""

from __future__ import annotations

import os
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from reviewer.exhibit import errors
from reviewer.exhibit.safezip import ZipLimits, open_bundle, read_checked


def snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def entry(name: str, mode: int | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    if mode is not None:
        info.create_system = 3
        info.external_attr = mode << 16
    return info


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    # The zips live in a sub-folder; everything else in tmp_path must stay as it was.
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


def assert_refused(path: Path, error: type[errors.ExhibitError], limits: ZipLimits | None = None) -> errors.ExhibitError:
    around = path.parent.parent
    before = snapshot(around)
    with pytest.raises(error) as caught:
        with open_bundle(path, *( [limits] if limits else [])) as source:
            for name in source.names():
                read_checked(source, name)
    assert snapshot(around) == before, "reading a bundle must never write a file"
    assert caught.value.code.startswith("bundle_")
    assert caught.value.message and "{" not in caught.value.message
    return caught.value


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/Windows/evil.txt", "c:evil", "dir\\..\\evil.txt",
     "a//b.txt", "./a.txt"],
)
def test_unsafe_names_are_refused(workdir, name):
    path = workdir / "hostile.zip"
    write_zip(path, [(entry("manifest.json"), b"{}"), (entry(name), b"evil")])
    error = assert_refused(path, errors.BundleUnsafeName)
    assert "unsafe name" in error.message
    assert not (workdir.parent / "evil.txt").exists()


def test_symlink_entries_are_refused(workdir):
    path = write_zip(workdir / "link.zip", [(entry("records/link", stat.S_IFLNK | 0o777), b"/etc/passwd")])
    error = assert_refused(path, errors.BundleSymlink)
    assert "records/link" in error.message


def test_special_file_entries_are_refused(workdir):
    path = write_zip(workdir / "fifo.zip", [(entry("fifo", stat.S_IFIFO | 0o644), b"")])
    assert_refused(path, errors.BundleNotRegular)


@pytest.mark.parametrize("second", ["manifest.json", "MANIFEST.json", "Manifest.JSON"])
def test_duplicate_names_are_refused_also_ignoring_case(workdir, second):
    path = workdir / "dup.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(entry("manifest.json"), b"{}")
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the exact duplicate
            archive.writestr(entry(second), b"{\"evil\": 1}")
    assert_refused(path, errors.BundleDuplicateName)


def test_too_many_entries_are_refused(workdir):
    path = write_zip(workdir / "many.zip", [(entry(f"f{i}.txt"), b"x") for i in range(30)])
    error = assert_refused(path, errors.BundleTooManyEntries, ZipLimits(max_entries=20))
    assert "30" in error.message


def test_total_size_over_the_limit_is_refused(workdir):
    path = write_zip(workdir / "big.zip", [(entry(f"f{i}.bin"), os.urandom(40_000)) for i in range(5)])
    assert_refused(path, errors.BundleTooLarge, ZipLimits(max_total_bytes=100_000))


def test_highly_compressed_file_is_refused_as_a_zip_bomb(workdir):
    path = write_zip(workdir / "bomb.zip", [(entry("report.pdf"), b"\0" * (8 * 1024 * 1024))])
    error = assert_refused(path, errors.BundleZipBomb)
    assert "report.pdf" in error.message


def test_lying_size_header_cannot_make_reading_exceed_the_declared_size(workdir):
    # Declare 1,000 bytes in both headers while the deflated data expands to 4 MiB: the reader must
    # stop at the declared size and report the entry as damaged instead of inflating everything.
    big = b"A" * (4 * 1024 * 1024)
    path = write_zip(workdir / "liar.zip", [(entry("records.json"), big)])
    raw = bytearray(path.read_bytes())
    real = struct.pack("<I", len(big))
    lie = struct.pack("<I", 1000)
    assert raw.count(real) == 2  # local header and central directory
    raw = raw.replace(real, lie)
    path.write_bytes(bytes(raw))
    assert_refused(path, errors.BundleDamagedEntry)


def test_overlapping_entries_are_refused(workdir):
    # Two central-directory entries pointing at the same local data (the "overlapping files" bomb).
    path = write_zip(workdir / "overlap.zip", [(entry("a.txt"), b"hello"), (entry("b.txt"), b"hello")])
    with zipfile.ZipFile(path) as archive:
        first = archive.getinfo("a.txt").header_offset
        second = archive.getinfo("b.txt").header_offset
    raw = bytearray(path.read_bytes())
    cd_start = raw.rfind(b"PK\x01\x02")  # central entry of b.txt is the last one
    offset_field = cd_start + 42
    assert struct.unpack_from("<I", raw, offset_field)[0] == second
    struct.pack_into("<I", raw, offset_field, first + 1)
    path.write_bytes(bytes(raw))
    with pytest.raises(errors.ExhibitError):
        with open_bundle(path) as source:
            for name in source.names():
                read_checked(source, name)


def test_encrypted_entries_are_refused(workdir):
    path = write_zip(workdir / "enc.zip", [(entry("secret.json"), b"{}")])
    raw = bytearray(path.read_bytes())
    # Set the "encrypted" flag bit in the local header and the central directory entry.
    struct.pack_into("<H", raw, 6, struct.unpack_from("<H", raw, 6)[0] | 1)
    cd = raw.rfind(b"PK\x01\x02")
    struct.pack_into("<H", raw, cd + 8, struct.unpack_from("<H", raw, cd + 8)[0] | 1)
    path.write_bytes(bytes(raw))
    error = assert_refused(path, errors.BundleEncrypted)
    assert "secret.json" in error.message


def test_not_a_zip_and_missing_file_have_their_own_errors(workdir):
    junk = workdir / "junk.zip"
    junk.write_bytes(b"this is not a zip" * 10)
    assert_refused(junk, errors.BundleNotAZip)
    with pytest.raises(errors.BundleNotFound):
        open_bundle(workdir / "absent.zip")


def test_damaged_data_is_reported_with_the_file_name(workdir):
    path = write_zip(workdir / "crc.zip", [(entry("records.json"), zlib.compress(os.urandom(3000)))])
    raw = bytearray(path.read_bytes())
    raw[60] ^= 0xFF  # inside the compressed data of the only entry
    path.write_bytes(bytes(raw))
    error = assert_refused(path, errors.BundleDamagedEntry)
    assert "records.json" in error.message


def test_a_folder_with_a_symlink_is_refused(tmp_path):
    folder = tmp_path / "bundle"
    folder.mkdir()
    (folder / "manifest.json").write_text("{}")
    (folder / "records").symlink_to("/etc")
    with pytest.raises(errors.BundleSymlink):
        open_bundle(folder)


def test_a_clean_zip_reads_back_exactly(workdir):
    data = {"manifest.json": b"{}", "media/m1/redacted.png": os.urandom(5000)}
    path = write_zip(workdir / "ok.zip", [(entry(n), d) for n, d in data.items()] + [(entry("media/"), b"")])
    with open_bundle(path) as source:
        assert source.names() == sorted(data)
        assert {n: read_checked(source, n) for n in source.names()} == data


def test_messages_are_translated_to_french(workdir):
    from reviewer import translations

    path = write_zip(workdir / "t.zip", [(entry("../x"), b"x")])
    translations.install("fr")
    try:
        with pytest.raises(errors.BundleUnsafeName) as caught:
            open_bundle(path)
        assert "dangereux" in caught.value.message
    finally:
        translations.install("en")
