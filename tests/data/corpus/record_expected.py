"""Records what independent tools say about every file of the corpus, into expected.json (run once, by hand).

Needs exiftool (libimage-exiftool-perl) and ImageMagick (imagemagick); the tests read expected.json only.
For each file: exiftool's type, size, orientation and provenance fields (numeric values, -n), and
ImageMagick's rendering of the first frame turned upright (-auto-orient): its size and the PDQ of its
pixels (Meta's reference PDQ, through pdqhash, on the full-size 8-bit RGB rendering); for a file exiftool
finds a C2PA manifest store in, the validation state c2pa-python (the C2PA reference SDK) gives offline.
"""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image

HERE = Path(__file__).parent
SKIP = {".py", ".json", ".md", ".txt", ""}
EXIFTOOL_TAGS = [
    "MIMEType", "FileType", "ImageWidth", "ImageHeight", "Orientation", "Rotation", "Compression", "BitsPerSample",
    "Software", "Make", "Model", "Artist", "By-line", "Credit", "Source", "Title", "CreatorTool",
    "DigitalSourceType", "JUMDLabel", "Gamma", "ColorSpaceData", "ProfileDescription",
]


def corpus_files() -> list[Path]:
    return sorted(p for p in HERE.rglob("*") if p.is_file() and p.suffix.lower() not in SKIP
                  and not p.name.startswith("LICENSE"))


def exiftool(paths: list[Path]) -> dict[str, dict]:
    args = ["exiftool", "-json", "-n", "-a", *(f"-{t}" for t in EXIFTOOL_TAGS), *map(str, paths)]
    out = subprocess.run(args, capture_output=True, timeout=600).stdout
    return {Path(item.pop("SourceFile")).relative_to(HERE).as_posix(): item for item in json.loads(out)}


def imagemagick(path: Path) -> dict:
    try:
        run = subprocess.run(["convert", f"{path}[0]", "-auto-orient", "-colorspace", "sRGB", "-alpha", "off",
                              "-depth", "8", "png24:-"], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return {"error": "timeout"}
    if run.returncode != 0 or not run.stdout:
        return {"error": run.stderr.decode("utf-8", "replace").strip().splitlines()[-1][:200] if run.stderr else "no output"}
    rgb = np.ascontiguousarray(np.asarray(Image.open(io.BytesIO(run.stdout)).convert("RGB")))
    bits, quality = pdqhash.compute(rgb)
    return {"width": rgb.shape[1], "height": rgb.shape[0],
            "pdq": np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex(), "pdq_quality": int(quality)}


def c2pa_state(path: Path, mime: str) -> str | None:
    import c2pa

    settings = c2pa.Settings.from_dict({"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}})
    try:
        with open(path, "rb") as stream:
            reader = c2pa.Reader.try_create(mime, stream, None, c2pa.Context(settings=settings))
    except c2pa.C2paError as error:
        return f"error: {str(error)[:80]}"
    if reader is None:
        return None
    try:
        return json.loads(reader.json()).get("validation_state") or reader.get_validation_state()
    finally:
        reader.close()


def main() -> None:
    files = corpus_files()
    tags = exiftool(files)
    expected = {}
    for path in files:
        key = path.relative_to(HERE).as_posix()
        expected[key] = {"exiftool": tags.get(key, {}), "imagemagick": imagemagick(path)}
        if tags.get(key, {}).get("JUMDLabel") == "c2pa":
            expected[key]["c2pa_python"] = {"validation_state": c2pa_state(path, tags[key]["MIMEType"])}
        print(key, expected[key]["imagemagick"].get("error") or "")
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
