"""Event type (ACLED sub-event type) of a passage. Placeholder until the classifier lands."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from warledger.extract.models import EventType


def event_type_of(passage: Span | Doc | str) -> tuple[EventType | None, float]:
    """The most likely EVENT_TYPE of `passage` and a confidence in [0, 1]."""
    return None, 0.0
