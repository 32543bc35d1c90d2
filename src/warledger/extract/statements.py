"""Statements: who said what. Placeholder until attribution lands."""

from __future__ import annotations

from spacy.tokens import Doc

from warledger.extract.models import Incident, Statement


def statements_of(doc: Doc) -> list[Statement]:
    """Every attributed statement in `doc`, in text order."""
    return []


def link_statements(statements: list[Statement], incidents: list[Incident]) -> list[Statement]:
    """The statements with `incidents` set to the indexes of the incidents each speaks about."""
    return statements
