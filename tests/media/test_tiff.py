"""TIFF as found in the wild: Orientation, BigTIFF, unusual compressions, one-bit document pages.

Real files from Pillow's test suite (tests/data/corpus/pillow), references from ImageMagick
(tests/data/corpus/expected.json), and TIFFs written here by libtiff from a neutral sample photo.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from PIL import Image

from reviewer.media import CorruptFile, UnsupportedCompression, decode_image, hamming, ingest, ingest_bytes
from reviewer.media.pdq import pdq_of

_INVERSE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_90,
            7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}


@pytest.fixture
def corpus(data_dir):
    return data_dir / "corpus"


@pytest.fixture
def reference(corpus):
    return json.loads((corpus / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("orientation", range(1, 9))
def test_each_of_the_eight_orientations_of_a_real_fax_tiff_is_shown_upright(corpus, reference, orientation):
    name = f"pillow/g4_orientation_{orientation}.tif"
    media = ingest(corpus / name)
    upright = ingest(corpus / "pillow" / "g4_orientation_1.tif")
    rendered = reference[name]["imagemagick"]
    assert (media.width, media.height) == (rendered["width"], rendered["height"]) == (590, 88)
    assert hamming(media.pdq.hex, upright.pdq.hex) <= 16  # each stored and compressed on its own
    assert hamming(media.pdq.hex, rendered["pdq"]) <= 8
    assert media.decode().rgb.shape == (88, 590, 3)


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("compression", ["tiff_lzw", "jpeg", "raw"])
def test_a_photo_tiff_in_every_orientation_matches_the_upright_photo(samples_dir, orientation, compression):
    photo = Image.open(samples_dir / "rocket.jpg").convert("RGB")
    stored = photo if _INVERSE[orientation] is None else photo.transpose(_INVERSE[orientation])
    out = io.BytesIO()
    stored.save(out, "TIFF", compression=compression, tiffinfo={274: orientation})
    media = ingest_bytes(out.getvalue(), "scan.tif")
    upright = ingest(samples_dir / "rocket.jpg")
    assert (media.width, media.height) == (640, 427)
    assert hamming(media.pdq.hex, upright.pdq.hex) <= 8
    shown = media.decode().rgb.astype(int)
    assert np.abs(shown - np.asarray(photo, dtype=int)).mean() < 4


def test_bigtiff_is_read_like_the_classic_tiff_of_the_same_picture(corpus):
    big = ingest(corpus / "pillow" / "hopper_bigtiff.tif")
    classic = ingest(corpus / "pillow" / "hopper.tif")
    assert (big.format, big.mime, big.width, big.height) == ("tiff", "image/tiff", 128, 128)
    assert np.array_equal(big.decode().rgb, classic.decode().rgb)


def test_a_webp_compressed_tiff_is_read_not_called_damaged(corpus, reference):
    # Pillow's libtiff is built without WebP; each strip is a WebP image, which Pillow's WebP reader decodes.
    media = ingest(corpus / "pillow" / "hopper_webp.tif")
    assert (media.width, media.height) == (128, 128)
    assert hamming(media.pdq.hex, reference["pillow/hopper_webp.tif"]["imagemagick"]["pdq"]) <= 8


@pytest.mark.parametrize("name", ["rocket-webp-strips.tif", "rocket-webp-tiles.tif"])
def test_webp_tiffs_in_strips_and_tiles_written_by_libtiff_are_read(corpus, samples_dir, name):
    media = ingest(corpus / "made-here" / name)
    photo = ingest(samples_dir / "rocket.jpg")
    assert (media.width, media.height) == (640, 427)
    assert hamming(media.pdq.hex, photo.pdq.hex) <= 8
    assert np.abs(media.decode().rgb.astype(int) - photo.decode().rgb.astype(int)).mean() < 6


def test_a_compression_no_decoder_here_reads_is_named_not_called_damaged(corpus):
    # The real WebP TIFF with its Compression tag (259) set to LERC (34887), which neither libtiff build has.
    data = bytearray((corpus / "pillow" / "hopper_webp.tif").read_bytes())
    image = Image.open(io.BytesIO(bytes(data)))
    assert image.tag_v2[259] == 50001
    entry = _tag_entry_offset(bytes(data), 259)
    data[entry + 8:entry + 10] = (34887).to_bytes(2, "little")
    with pytest.raises(UnsupportedCompression) as caught:
        ingest_bytes(bytes(data), "scan.tif")
    assert caught.value.code == "media.unsupported_compression"
    assert "LERC" in caught.value.message and "not necessarily damaged" in caught.value.message
    assert not isinstance(caught.value, CorruptFile)


def _tag_entry_offset(data: bytes, tag: int) -> int:
    """Offset of ``tag``'s 12-byte entry in the first IFD of a little-endian classic TIFF."""
    assert data[:4] == b"II*\x00"
    ifd = int.from_bytes(data[4:8], "little")
    for i in range(int.from_bytes(data[ifd:ifd + 2], "little")):
        at = ifd + 2 + 12 * i
        if int.from_bytes(data[at:at + 2], "little") == tag:
            return at
    raise AssertionError(f"tag {tag} not found")


def test_a_one_bit_document_page_keeps_the_pdq_of_its_full_size(corpus, reference):
    # A 2548 x 3296 G4 fax page. Hashing the 512-pixel decode used for photos puts it 40 bits from the PDQ of
    # the full page (over the 31-bit match limit); the page is hashed from a 2048-pixel decode instead.
    name = "pillow/pport_g4.tif"
    media = ingest(corpus / name)
    full_page = reference[name]["imagemagick"]["pdq"]
    assert (media.width, media.height) == (2548, 3296)
    assert hamming(media.pdq.hex, full_page) <= 16
    assert hamming(pdq_of(decode_image(media.data, max_side=512).rgb).hex, full_page) > 31
