"""HEIC/HEIF (iPhone photos) and AVIF, from real files: libheif's and Pillow's test files, a real iPhone photo
and files made from a neutral sample with the libraries' own encoders (tests/data/corpus)."""

from __future__ import annotations

import resource
import time

import numpy as np
import pytest

from reviewer.media import CorruptFile, TooLarge, decode_image, hamming, ingest, ingest_bytes
from reviewer.media.images import read_header
from reviewer.media.sniff import detect_type


@pytest.fixture
def corpus(data_dir):
    return data_dir / "corpus"


def test_an_iphone_style_heic_with_orientation_6_is_upright_with_the_size_and_pdq_of_the_jpeg(corpus, samples_dir):
    # Stored sideways (427 x 640) with EXIF Orientation 6 and a HEIF rotation box, as an iPhone writes it.
    heic = ingest(corpus / "made-here" / "rocket-iphone-orientation6.heic")
    jpeg = ingest(samples_dir / "rocket.jpg")
    assert (heic.kind, heic.format, heic.mime) == ("image", "heic", "image/heic")
    assert (heic.width, heic.height) == (jpeg.width, jpeg.height) == (640, 427)
    assert heic.pdq.usable and hamming(heic.pdq.hex, jpeg.pdq.hex) <= 16
    assert heic.metadata["exif"]["orientation"] == 6  # what the file says (exiftool: "Rotate 90 CW")
    # Shown upright: the pixels the window gets are the JPEG's, give or take the lossy codecs.
    shown, reference = heic.decode(), jpeg.decode()
    assert shown.rgb.shape == reference.rgb.shape == (427, 640, 3)
    assert np.abs(shown.rgb.astype(int) - reference.rgb.astype(int)).mean() < 8
    # Rotated a second time by the EXIF value it would be far from upright.
    sideways = np.ascontiguousarray(np.rot90(shown.rgb, -1))
    assert np.abs(sideways[:427, :427].astype(int) - reference.rgb[:427, :427].astype(int)).mean() > 20


def test_a_real_iphone_photo_is_read_with_its_camera(corpus):
    media = ingest(corpus / "pillow-heif" / "pug.heic")  # iPhone 13 Pro, 4032 x 3024, HEVC grid
    assert (media.format, media.width, media.height) == ("heic", 4032, 3024)
    assert media.pdq.usable
    assert media.metadata["exif"]["make"] == "Apple" and media.metadata["exif"]["model"] == "iPhone 13 Pro"
    assert media.decode(max_side=512).rgb.shape == (384, 512, 3)


@pytest.mark.parametrize("name", ["rot0mir0", "rot0mir1", "rot1mir0", "rot1mir1", "rot2mir0", "rot2mir1",
                                  "rot3mir0", "rot3mir1"])
def test_avif_rotation_and_mirror_are_applied(corpus, name):
    # Pillow's test files: one picture stored in each of the eight AVIF rotation/mirror combinations.
    upright = ingest(corpus / "pillow" / "rot0mir0.avif")
    media = ingest(corpus / "pillow" / f"{name}.avif")
    assert (media.format, media.mime, media.width, media.height) == ("avif", "image/avif", 640, 427)
    assert hamming(media.pdq.hex, upright.pdq.hex) <= 16  # eight lossy encodes of one picture


def test_an_avif_made_from_a_sideways_photo_with_orientation_6_is_upright(corpus, samples_dir):
    media = ingest(corpus / "made-here" / "rocket-orientation6.avif")
    assert (media.width, media.height) == (640, 427)
    assert hamming(media.pdq.hex, ingest(samples_dir / "rocket.jpg").pdq.hex) <= 16


def test_an_xmp_orientation_is_not_applied_as_browsers_and_imagemagick_do(corpus):
    # exiftool reports XMP tiff:Orientation 3 for this file; only EXIF and the AVIF boxes count.
    media = ingest(corpus / "pillow" / "xmp_tags_orientation.avif")
    assert (media.width, media.height) == (326, 268)
    assert read_header(media.data).orientation == 1


def test_heif_brands_are_images_and_mp4_brands_videos(corpus, data_dir):
    assert detect_type((corpus / "pillow" / "hopper.heif").read_bytes()[:64]).format == "heic"  # mif1 + heic
    assert detect_type((corpus / "pillow" / "star.avifs").read_bytes()[:64]).format == "avif"  # sequence
    assert detect_type((data_dir / "video" / "test-padded-dimensions.mp4").read_bytes()[:64]).kind == "video"


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # ours is the rule, Pillow's a backstop
def test_a_200_megapixel_heic_is_refused_from_its_header_without_decoding(corpus):
    path = corpus / "pillow-heif" / "200MP.heic"  # 2.4 MB, 12240 x 16320: 600 MB of pixels once decoded
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(TooLarge) as caught:
        ingest(path)
    assert "12240 x 16320" in caught.value.message
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 200


def test_damaged_heic_files_give_a_typed_error_without_python_internals(corpus):
    with pytest.raises(CorruptFile) as caught:
        ingest(corpus / "pillow-heif" / "corrupted.heic")
    assert "0x" not in (caught.value.detail or "") and "BytesIO" not in (caught.value.detail or "")
    data = (corpus / "made-here" / "rocket-iphone-orientation6.heic").read_bytes()
    for keep in (40, 400, len(data) // 2):
        with pytest.raises(CorruptFile):
            decode_image(data[:keep])


def test_heic_metadata_and_burst_count(corpus):
    media = ingest(corpus / "pillow-heif" / "truncated.heic")  # two pictures, the second cut off
    assert media.frame_count == 2 and (media.width, media.height) == (16, 16)
    tagged = ingest(corpus / "pillow-heif" / "L_exif_xmp_iptc.heic")
    assert tagged.metadata["exif"] and not any(s.id == "metadata.none" for s in tagged.signals)


def test_a_heic_named_jpg_is_read_by_its_content(corpus):
    data = (corpus / "made-here" / "rocket-iphone-orientation6.heic").read_bytes()
    media = ingest_bytes(data, "IMG_0001.JPG")
    assert media.format == "heic" and media.extension_note and (media.width, media.height) == (640, 427)
