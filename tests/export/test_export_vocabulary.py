"""The ACLED vocabulary data file parses and covers every CONTRACT event type, category and precision."""

from __future__ import annotations

import re
import typing

from warledger.export.csv_acled import acled_vocabulary
from warledger.extract.models import EventCategory, EventType, PlacePrecision


def test_acled_vocabulary_covers_every_event_type_and_category() -> None:
    vocabulary = acled_vocabulary()
    assert set(vocabulary["sub_event_type"]) == set(typing.get_args(EventType))
    assert set(vocabulary["event_type"]) == set(typing.get_args(EventCategory))
    assert set(vocabulary["geo_precision"]) == set(typing.get_args(PlacePrecision))
    assert set(vocabulary["time_precision"].values()) <= {1, 2, 3}
    assert set(vocabulary["geo_precision"].values()) <= {1, 2, 3}
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in vocabulary["country_names"])
