"""Makes the files of this folder from the neutral sample photo resources/samples/rocket.jpg (run once).

rocket-iphone-orientation6.heic: stored sideways (427 x 640) with EXIF Orientation 6 (Apple, iPhone 12) and
the HEIF rotation box (irot) that libheif's encoder writes for it, as an iPhone does; shown upright it is
640 x 427. rocket-orientation6.avif: the same picture stored sideways with EXIF Orientation 6, made with
Pillow's AVIF encoder (libavif + aom), which writes irot/imir from it.
rocket-webp-strips.tif and rocket-webp-tiles.tif: the photo as WebP-compressed TIFF in 64-row strips and
128 x 128 tiles, written by libtiff's own tools (Debian libtiff-tools), not by this script:
  convert rocket.jpg -compress none rocket.tif
  tiffcp -c webp -r 64 rocket.tif rocket-webp-strips.tif
  tiffcp -c webp -t -w 128 -l 128 rocket.tif rocket-webp-tiles.tif
"""

from pathlib import Path

import pillow_heif
from PIL import Image

HERE = Path(__file__).parent
ROOT = HERE.parents[3]

pillow_heif.register_heif_opener()
upright = Image.open(ROOT / "resources/samples/rocket.jpg").convert("RGB")
sideways = upright.transpose(Image.Transpose.ROTATE_90)  # Orientation 6 turns it back upright
exif = Image.Exif()
exif[0x0112] = 6
exif[0x010F] = "Apple"
exif[0x0110] = "iPhone 12"
sideways.save(HERE / "rocket-iphone-orientation6.heic", "HEIF", exif=exif.tobytes(), quality=80)
sideways.save(HERE / "rocket-orientation6.avif", "AVIF", exif=exif.tobytes(), quality=70)
