"""`reviewer case show` and `reviewer review --corrects`: the review state of each media from the command line,
from the same rule as the window (reviewer.casework.review_state), run as a real child process."""

from __future__ import annotations

import json

from tests.cli.test_vault_cli import _case, run, vault  # noqa: F401 - the fixture


def test_case_show_lists_each_media_state_and_a_correction(vault, samples_dir):
    case = _case(vault)
    out = run("ingest", case, str(samples_dir / "coffee.png"), str(samples_dir / "rocket.jpg"), "--json",
              "--vault", str(vault))
    assert out.returncode == 0, out.stderr
    first, second = [json.loads(line)["media"] for line in out.stdout.splitlines()]
    sealed = run("review", case, first[:8], "--label", "non-conclusive", "--json", "--vault", str(vault))
    record = json.loads(sealed.stdout)["record"]
    states = json.loads(run("case", "show", case, "--json", "--vault", str(vault)).stdout)
    assert [(s["media"], s["mark"], s["main_label"]) for s in states] == [
        (first, "reviewed", "non-conclusive"), (second, "not-reviewed", None)]
    assert states[0]["decision"]["signer_name"] == "Alice Martin" and states[0]["decision"]["record"] == record
    # Correct it, naming the decision by the start of its record id (as the text output prints it).
    out = run("review", case, first[:8], "--label", "not-sexual", "--corrects", record[:12], "--json",
              "--vault", str(vault))
    assert out.returncode == 0, out.stderr
    states = json.loads(run("case", "show", case, "--json", "--vault", str(vault)).stdout)
    assert states[0]["main_label"] == "not-sexual" and states[0]["decision"]["corrects"] == record
    # A correction of a decision that is no longer the current one is refused, in plain words.
    out = run("review", case, first[:8], "--label", "not-sexual", "--corrects", record, "--vault", str(vault),
              lang="fr")
    assert out.returncode != 0 and "n’est plus la dernière" in out.stderr
    text = run("case", "show", case, "--vault", str(vault), lang="fr").stdout.splitlines()
    assert "coffee.png" in text[0] and "Examiné : Non sexuelle" in text[0] and "Alice Martin" in text[0]
    assert "corrige la décision du" in text[0]
    assert "rocket.jpg" in text[1] and "Non examiné" in text[1]
