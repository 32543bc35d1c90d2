"""gzip inputs: read as what they contain, and refused while inflating once past the cap."""

from __future__ import annotations

import pytest
from ingest_samples import gzip_of, payload, results

from warledger.errors import RejectedInput
from warledger.ingest.compressed import CappedInflater, gunzipped
from warledger.ingest.document import Document
from warledger.ingest.registry import documents_from_payload


def test_a_gzipped_text_file_is_read_as_text() -> None:
    [doc] = results(
        documents_from_payload(payload(gzip_of(b"# Title\n\nShelling hit Atarib."), "notes.md.gz"))
    )
    assert isinstance(doc, Document)
    assert doc.text == "Title\n\nShelling hit Atarib." and doc.media_type == "text/markdown"


def test_multi_member_gzip_is_inflated_whole() -> None:
    assert gunzipped(gzip_of(b"one ") + gzip_of(b"two"), "x.gz", 100) == b"one two"


def test_a_decompression_bomb_is_refused_before_it_is_inflated_whole() -> None:
    inflater = CappedInflater("bomb.gz", 1_000_000)
    with pytest.raises(RejectedInput, match="decompression bomb"):
        inflater.feed(gzip_of(b"\x00" * 20_000_000))
    assert len(inflater.output) <= 1_000_001


@pytest.mark.parametrize(
    ("data", "reason"),
    [(gzip_of(b"some text")[:-12], "malformed compressed data: truncated"), (b"\x1f\x8bnot gzip", None)],
)
def test_truncated_and_corrupt_gzip_are_rejected(data: bytes, reason: str | None) -> None:
    with pytest.raises(RejectedInput) as caught:
        gunzipped(data, "x.gz", 1000)
    if reason:
        assert caught.value.reason == reason
