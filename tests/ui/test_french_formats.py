"""In French, the window writes numbers, percentages, durations, dates and times the French way (QLocale of the
chosen language): "10,00 s", "4,6 %", "6 décembre 2026", 24-hour times; in English the English way."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import cv2
import pytest
from PySide6.QtCore import QDateTime, QTimeZone

from reviewer.ui import formats
from reviewer.ui.translators import install_language

NBSP, NNBSP = "\u00a0", "\u202f"
MOMENT = datetime(2026, 12, 6, 13, 45, tzinfo=timezone.utc)


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc()).toLocalTime()


@pytest.fixture
def french(qapp):
    install_language("fr")
    yield
    install_language("en")


def test_formats_in_french(french):
    hour = _local(MOMENT).toString("HH:mm")
    assert formats.seconds(10, 2) == f"10,00{NBSP}s"
    assert formats.percent(0.046) == f"4,6{NBSP}%"
    assert formats.number(1234567.5, 1) == f"1{NNBSP}234{NNBSP}567,5"
    assert formats.integer(12345) == f"12{NNBSP}345"
    assert formats.date(MOMENT) == _local(MOMENT).toString("d") + " décembre 2026"
    assert formats.date_time("2026-12-06T13:45:00Z").endswith(f" à {hour}")
    assert re.fullmatch(r"\d\d/\d\d/2026 \d\d:\d\d", formats.short_date_time("2026-12-06T13:45:00.123Z"))
    assert formats.short_date_time("2026-12-06T23:59:00Z").count(":") == 1  # 24-hour, no AM/PM


def test_formats_in_english(qapp):
    install_language("en")
    assert formats.seconds(10, 2) == f"10.00{NBSP}s"
    assert formats.percent(0.046) == "4.6%"
    assert formats.integer(12345) == "12,345"
    assert formats.date(datetime(2026, 12, 6, 12, tzinfo=timezone.utc)) == "6 December 2026"
    assert " at " in formats.date_time(MOMENT) and "PM" not in formats.date_time(MOMENT)


def test_a_comparison_and_the_history_are_written_the_french_way_in_the_window(
        french, qtbot, ready_window, samples_dir, tmp_path):
    window = ready_window
    assert window.act_panic.text() == "&Masquer tous les médias"
    with qtbot.waitSignal(window.batchFinished, timeout=120_000):
        window.add_paths([str(samples_dir / "astronaut.png")])
    assert window.runner.wait(60_000)
    with qtbot.waitSignal(window.rendered, timeout=20_000, check_params_cb=lambda s: s == "analysed"):
        window.select_media(0)
    original = cv2.imread(str(samples_dir / "astronaut.png"))
    original[300:420, 300:420] = (40, 160, 40)
    cv2.imwrite(str(tmp_path / "original.png"), original)
    with qtbot.waitSignal(window.comparisonShown, timeout=60_000):
        window.compare_with(str(tmp_path / "original.png"))
    text = window.comparison_panel.result.text()
    changed = next(line for line in text.splitlines() if line.startswith("Surface modifiée"))
    assert re.search(rf"\d+,\d{NBSP}%", changed), changed  # "4,6 %", not "4.6 %"
    ssim = next(line for line in text.splitlines() if "SSIM" in line)
    assert re.search(r"\d,\d\d$", ssim) and "." not in ssim.split(":")[-1], ssim
    qtbot.waitUntil(lambda: window.history_panel.list.count() >= 2, timeout=30_000)
    rows = [window.history_panel.list.item(i).text() for i in range(window.history_panel.list.count())]
    today = QDateTime.currentDateTime().toString("dd/MM/yyyy")
    assert all(row.startswith(today + " ") and "T" not in row[:16] for row in rows), rows
    assert all(re.match(r"\d\d/\d\d/\d{4} \d\d:\d\d ", row) for row in rows), rows
