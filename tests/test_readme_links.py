"""Every file the README links to exists (screenshots are renumbered when the window tour grows)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_local_link_of_the_readme_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = [link for link in re.findall(r"\]\(([^)#\s]+)\)", text) if "://" not in link]
    assert links
    missing = [link for link in links if not (ROOT / link).exists()]
    assert not missing, missing
