"""Contradictions within one document. Placeholder until it lands."""

from __future__ import annotations

from spacy.tokens import Doc

from warledger.extract.models import Contradiction, Incident, Statement


def contradictions_of(doc: Doc, incidents: list[Incident], statements: list[Statement]) -> list[Contradiction]:
    """Disagreements the document holds within itself, each with evidence."""
    return []
