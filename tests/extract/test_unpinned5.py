"""The general causes of news goldens left unpinned (tests/golden/news/README.md's table) fixed by the
"unpin5" session, each on a short text of our own; the reports pinned after them are in
tests/golden/news/expected_unpinned_fixed5.json."""

from __future__ import annotations

from warledger.extract.event_cues import signal_starts
from warledger.extract.event_lead_signals import lead_signals
from warledger.extract.event_rules import killed_civilians
from warledger.extract.event_type import event_type_of


def _lead(text: str) -> frozenset[str]:
    return lead_signals(signal_starts(text), text)


def test_civilians_killed_before_any_state_force_is_named_is_an_attack() -> None:
    text = (
        "Rebels killed at least 60 civilians and soldiers in the town of Bunia last month while putting down "
        "a mutiny, a rights group said on Tuesday. It said soldiers of the movement went from house to house "
        "that night."
    )
    assert killed_civilians(_lead(text))
    assert event_type_of(text)[0] == "attack"


def test_state_forces_named_before_the_civilians_killed_still_block_the_rule() -> None:
    text = (
        "Police officers on patrol came under fire from armed men near the village, and the officers "
        "killed 3 villagers in the shooting that followed, residents said."
    )
    assert not killed_civilians(_lead(text))


def test_the_killing_of_displaced_people_names_civilians_killed() -> None:
    text = "The agency condemned the killing of large numbers of internally displaced people at a camp."
    assert "civilians_killed" in _lead(text)


def test_mortars_beside_rifles_after_civilians_killed_are_the_killers_arms_not_shelling() -> None:
    text = (
        "Aid workers condemned the killing of hundreds of displaced people at the Nyamata camp on Sunday. "
        "Soldiers attacked the crowd with rifles, machine guns and mortars, they said."
    )
    assert killed_civilians(_lead(text))
    assert event_type_of(text)[0] == "attack"


def test_shelling_that_killed_civilians_without_small_arms_is_still_shelling() -> None:
    text = "Rebels killed 12 civilians when mortar shells hit the market in the town of Beni on Monday."
    assert not killed_civilians(_lead(text))
