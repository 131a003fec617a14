"""French texts use the glossary's words: no "phrase de passe" beside "phrase secrète"."""

import re

from tests.conftest import ROOT

GLOSSARY = ROOT / "resources" / "translations" / "glossary.md"


def avoided_terms() -> list[str]:
    terms = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("English", "---") and cells[2]:
            terms += [t.strip() for t in cells[2].split(",") if t.strip()]
    return terms


def french_texts() -> dict[str, str]:
    texts = {}
    for ts in sorted((ROOT / "resources" / "translations").glob("*_fr.ts")):
        for i, translation in enumerate(re.findall(r"<translation[^>]*>(.*?)</translation>", ts.read_text("utf-8"), re.S)):
            texts[f"{ts.name}#{i}"] = translation
    for md in sorted((ROOT / "resources" / "guidance").glob("*.fr.md")):
        texts[md.name] = md.read_text("utf-8").split("\n---\n", 1)[1]
    return texts


def test_the_glossary_lists_words_to_avoid():
    assert {"phrase de passe", "mineur suspecté", "deepfake"} <= set(avoided_terms())


def test_no_french_text_uses_a_word_the_glossary_avoids():
    found = []
    for where, text in french_texts().items():
        text = re.sub(r"\{\w+\}", "", text)  # placeholders are code, not words
        for term in avoided_terms():
            if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE):
                found.append((where, term, text[:80]))
    assert not found, found
