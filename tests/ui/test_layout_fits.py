"""Nothing clipped at 1366x768 and 1920x1080, in French and in English: every visible label, button, tab,
header and list item of the main window in every state of the tour, and of every dialog it opens, either fits,
wraps, or is elided with its whole text in a tooltip."""

from __future__ import annotations

import pytest

from .text_fit import clipped_texts
from .window_tour import tour
from reviewer.paths import resources_dir
from reviewer.ui.translators import install_language


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_text_is_clipped_in_any_state(language, size, qapp, qtbot, make_window, tmp_path):
    install_language(language)
    # The application's own style (make_application): its fonts are larger than Qt's defaults, and a text that
    # fits in those may not fit in what the user sees.
    qapp.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    try:
        problems = []
        for state, widget in tour(lambda: make_window(tmp_path / "vault"),
                                  lambda condition, seconds: qtbot.waitUntil(lambda: bool(condition()), timeout=int(seconds * 1000)),
                                  tmp_path, size):
            problems += [f"[{state}] {problem}" for problem in clipped_texts(widget)]
        assert not problems, "\n".join(problems)
    finally:
        qapp.setStyleSheet("")
        install_language("en")
