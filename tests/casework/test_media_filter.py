"""Which media the grid shows and in which order (``casework.media_filter``), on a real case's records (no Qt)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone

from reviewer.casework import CaseService
from reviewer.casework.media_filter import (
    MINOR,
    NOT_REVIEWED,
    PROBLEM,
    REVIEWED,
    GridView,
    media_facts,
    shown,
    sort_key,
)
from reviewer.media import ingest


def _case(session, samples_dir, data_dir, tmp_path):
    service = CaseService(session)
    case = service.new_case("Dossier")
    summer = tmp_path / "Été à la plage.PNG"
    shutil.copy(samples_dir / "chelsea.png", summer)
    files = [samples_dir / "coffee.png", data_dir / "video" / "pattern-sd-grey-bar.mp4", summer,
             samples_dir / "astronaut.png"]
    ids = {}
    for path in files:
        media_id, _media = service.add_file(case, path)
        ids[path.name] = media_id
    service.seal_review(case, ids["coffee.png"], labels=["not-sexual"])
    service.seal_review(case, ids["astronaut.png"], labels=["suspected-minor", "intimate-image-nonconsensual"])
    return service, case, ids


def _visible(view, facts, names_by_id, now=None):
    rows = [(name, facts[media_id], position) for position, (media_id, name) in enumerate(names_by_id.items())]
    kept = [row for row in rows if shown(view, row[0], row[1], now=now)]
    return [name for name, f, position in sorted(kept, key=lambda r: sort_key(view, r[0], r[1], r[2]))]


def test_filters_and_orders_follow_the_records(session, samples_dir, data_dir, tmp_path):
    service, case, ids = _case(session, samples_dir, data_dir, tmp_path)
    facts = media_facts(service.case(case))
    names = {media_id: name for name, media_id in ids.items()}
    assert facts[ids["coffee.png"]].review == REVIEWED and facts[ids["astronaut.png"]].review == MINOR
    assert facts[ids["pattern-sd-grey-bar.mp4"]].kind == "video"
    # The filter's states are the grid marks' own (one rule: casework.review_state).
    from reviewer.casework.review_state import Mark

    assert {f.review for f in facts.values()} <= {m.value for m in Mark}

    everything = ["coffee.png", "pattern-sd-grey-bar.mp4", "Été à la plage.PNG", "astronaut.png"]
    assert _visible(GridView(), facts, names) == everything
    assert _visible(GridView(order="newest"), facts, names) == everything[::-1]
    assert _visible(GridView(order="name"), facts, names) == ["astronaut.png", "coffee.png", "Été à la plage.PNG",
                                                              "pattern-sd-grey-bar.mp4"]
    # What needs attention first: suspected minors, then what nobody reviewed yet, then the reviewed ones.
    assert _visible(GridView(order="review"), facts, names) == ["astronaut.png", "pattern-sd-grey-bar.mp4",
                                                                "Été à la plage.PNG", "coffee.png"]
    assert _visible(GridView(order="type"), facts, names) == ["coffee.png", "Été à la plage.PNG", "astronaut.png",
                                                              "pattern-sd-grey-bar.mp4"]
    assert _visible(GridView(review=NOT_REVIEWED), facts, names) == ["pattern-sd-grey-bar.mp4", "Été à la plage.PNG"]
    assert _visible(GridView(review=REVIEWED), facts, names) == ["coffee.png"]
    assert _visible(GridView(review=MINOR), facts, names) == ["astronaut.png"]
    assert _visible(GridView(label="intimate-image-nonconsensual"), facts, names) == ["astronaut.png"]
    assert _visible(GridView(label="not-sexual"), facts, names) == ["coffee.png"]
    assert _visible(GridView(label="non-conclusive"), facts, names) == []
    assert _visible(GridView(kind="video"), facts, names) == ["pattern-sd-grey-bar.mp4"]
    # Search: part of the name, case and accents ignored.
    assert _visible(GridView(search="ete A LA"), facts, names) == ["Été à la plage.PNG"]
    assert _visible(GridView(search="  coff "), facts, names) == ["coffee.png"]
    assert _visible(GridView(search="zzz"), facts, names) == []
    # Date added: everything was added just now; a week later, "the last 24 hours" keeps nothing.
    assert _visible(GridView(days=1), facts, names) == everything
    later = datetime.now(timezone.utc) + timedelta(days=8)
    assert _visible(GridView(days=7), facts, names, now=later) == []
    assert _visible(GridView(days=30), facts, names, now=later) == everything


def test_a_media_still_being_added_counts_as_newest_and_not_reviewed(session, samples_dir, data_dir, tmp_path):
    service, case, ids = _case(session, samples_dir, data_dir, tmp_path)
    facts = media_facts(service.case(case))
    stored = sort_key(GridView(), "zebra.png", facts[ids["astronaut.png"]], 3)
    arriving = sort_key(GridView(), "zebra.png", None, 4, kind="image")
    assert stored < arriving  # after every stored media
    assert shown(GridView(review=NOT_REVIEWED), "nouveau.png", None, kind="image")
    assert not shown(GridView(review=REVIEWED), "nouveau.png", None, kind="image")
    assert shown(GridView(kind="image"), "nouveau.png", None, kind="image")
    assert shown(GridView(review=PROBLEM), "abîmé.jpg", None, problem=True)
    assert not shown(GridView(review=NOT_REVIEWED), "abîmé.jpg", None, problem=True)
    # A removed media is not listed at all.
    service.remove_media(case, ids["coffee.png"], "Ajouté par erreur")
    assert ids["coffee.png"] not in media_facts(service.case(case))
