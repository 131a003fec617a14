"""What became of the files added together: refused files with the reason and what to do, and a summary that
never says "all added" when one was refused (the rule the window's status bar and list use)."""

from __future__ import annotations

import pytest

from reviewer import translations
from reviewer.casework.add_outcome import batch_summary, refusal
from reviewer.media import MediaError, ingest


def _error_of(path) -> MediaError:
    with pytest.raises(MediaError) as caught:
        ingest(path)
    return caught.value


@pytest.fixture
def real_errors(tmp_path, samples_dir):
    """The errors the media layer raises for real bad files: damaged pixels, a text file, a missing file."""
    data = bytearray((samples_dir / "coffee.png").read_bytes())
    start = data.index(b"IDAT") + 8
    for i in range(start, start + 2000):
        data[i] ^= 0x5A
    (tmp_path / "damaged.png").write_bytes(bytes(data))
    (tmp_path / "notes.jpg").write_text("meeting notes, not a picture")
    return {name: _error_of(tmp_path / name) for name in ("damaged.png", "notes.jpg", "gone.png")}


def test_each_refusal_says_why_and_what_to_do(real_errors):
    damaged = refusal("damaged.png", real_errors["damaged.png"])
    assert damaged.code == "media.corrupt" and "damaged or incomplete" in damaged.reason
    assert damaged.advice.startswith("The file is damaged or cut short. Ask for it again")
    gone = refusal("gone.png", real_errors["gone.png"])
    assert gone.code == "media.unreadable" and "USB key" in gone.advice
    other = refusal("notes.jpg", real_errors["notes.jpg"])
    assert other.advice and other.reason and other.advice != other.reason
    assert not damaged.stored
    analysed_later = refusal("video.mp4", real_errors["damaged.png"], stored=True)
    assert analysed_later.stored and "stays fully blurred" in analysed_later.advice


def test_the_summary_counts_what_happened(real_errors):
    refused = [refusal("damaged.png", real_errors["damaged.png"])]
    assert batch_summary(3, refused) == "3 files added, 1 refused (see the list)."
    assert batch_summary(4, []) == "4 files added."
    assert batch_summary(1, refused * 2) == "1 file added, 2 refused (see the list)."
    assert batch_summary(0, refused) == "No file added, 1 refused (see the list)."
    not_analysed = [refusal("clip.mp4", real_errors["damaged.png"], stored=True)]
    assert batch_summary(2, not_analysed) == "2 files added, 1 not analysed (see the list)."
    assert batch_summary(1, [], cancelled=True) == (
        "1 file added; adding cancelled: files already added stay in the case.")
    for added, refusals in ((3, refused), (0, refused), (1, refused * 2)):
        assert "all" not in batch_summary(added, refusals).lower()


def test_the_summary_and_advice_in_french(real_errors):
    translations.install("fr")
    try:
        refused = [refusal("abimee.png", real_errors["damaged.png"])]
        assert batch_summary(3, refused) == "3 fichiers ajoutés, 1 refusé (voir la liste)."
        assert refused[0].advice.startswith("Le fichier est endommagé ou incomplet. Demandez-le à nouveau")
        assert "endommagé" in refused[0].reason
    finally:
        translations.install("en")
