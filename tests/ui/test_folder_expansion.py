"""Adding a folder takes every kind of media the application reads, phone photos included."""

import shutil
from pathlib import Path

from reviewer.ui.analysis import expand_paths

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_a_folder_of_phone_photos_is_not_skipped(tmp_path):
    heic = next(CORPUS.rglob("*.heic"))
    avif = next(CORPUS.rglob("*.avif"))
    folder = tmp_path / "Téléphone"
    folder.mkdir()
    shutil.copy(heic, folder / "IMG_0001.HEIC")
    shutil.copy(avif, folder / "web.avif")
    (folder / "notes.txt").write_text("not a picture")
    assert sorted(Path(p).name for p in expand_paths([str(folder)])) == ["IMG_0001.HEIC", "web.avif"]
