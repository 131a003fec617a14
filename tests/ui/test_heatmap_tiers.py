"""The heatmap panel lists by default only the maps that found edits reliably when measured; the others
wait behind "Show expert maps", and every map says, in the reader's language, how it did."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reviewer import translations
from reviewer.detect import heatmaps_for
from reviewer.media import ingest_bytes
from reviewer.ui.panels import HeatmapPanel

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _edited_jpeg():
    spec = importlib.util.spec_from_file_location("forensics_set", BENCH / "forensics_set.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["forensics_set"] = module
    spec.loader.exec_module(module)
    case = module.build(photos=(2,), edits=("splice",), conditions=("jpeg95",), controls=False)[0]
    return ingest_bytes(case.data, case.name)


@pytest.fixture(scope="module")
def maps():
    return heatmaps_for(_edited_jpeg())


def _listed(panel: HeatmapPanel) -> list:
    return [panel.list.item(row).data(256) for row in range(panel.list.count())]  # Qt.UserRole


def test_only_maps_that_earn_it_are_listed_until_expert_maps_are_asked_for(qtbot, maps):
    panel = HeatmapPanel()
    qtbot.addWidget(panel)
    chosen = []
    panel.heatmapChosen.connect(chosen.append)
    panel.show_heatmaps(maps)
    assert not panel.expert.isChecked()
    assert _listed(panel) == [None, "double_jpeg"]
    assert set(panel.ids()) == {"noise_residual", "noise_variance", "double_jpeg", "ela", "jpeg_ghost"}

    panel.select("double_jpeg")
    assert chosen[-1] == "double_jpeg"
    assert "almost every time" in panel.measured.text() and "Shown by default" in panel.measured.text()

    panel.expert.setChecked(True)
    assert _listed(panel) == [None, "double_jpeg", "noise_residual", "noise_variance", "ela", "jpeg_ghost"]
    panel.select("noise_variance")
    assert "(expert)" in panel.list.currentItem().text()
    assert "Expert map" in panel.measured.text() and "pixel AUC" in panel.measured.text()

    # Hiding the expert maps again takes the expert overlay off the picture.
    panel.expert.setChecked(False)
    assert chosen[-1] is None and _listed(panel) == [None, "double_jpeg"]


def test_the_measured_limits_are_shown_in_french(qtbot, qapp, maps):
    installed = translations.install("fr")
    for translator in installed:
        qapp.installTranslator(translator)
    try:
        panel = HeatmapPanel()
        qtbot.addWidget(panel)
        panel.show_heatmaps(maps)
        panel.select("noise_residual")
        text = panel.measured.text()
        assert "hasard" in text and "AUC" in text, text
        assert "expert" in panel.expert.text().lower()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        translations.install("en")
