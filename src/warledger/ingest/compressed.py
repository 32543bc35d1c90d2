"""gzip: inflating with a hard cap on the output, so a decompression bomb is refused while it is
being inflated, never after it has filled the memory.

`CappedInflater` is shared by gzip files, gzip-compressed WARC files and HTTP responses sent with
a gzip or deflate Content-Encoding.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace

from warledger.errors import RejectedInput
from warledger.ingest.payload import Payload, Result

GZIP_WBITS = 31
ZLIB_WBITS = 15


class CappedInflater:
    """Inflates chunks as they come; raises RejectedInput once the output passes `cap` bytes."""

    def __init__(self, name: str, cap: int, wbits: int = GZIP_WBITS) -> None:
        self.name = name
        self.cap = cap
        self.wbits = wbits
        self.output = bytearray()
        self.inflater = zlib.decompressobj(wbits)
        self.member_open = False

    def feed(self, chunk: bytes) -> None:
        """Inflate one chunk of compressed bytes (gzip members may follow one another)."""
        pending = chunk
        while pending:
            self.member_open = True
            try:
                self.output += self.inflater.decompress(pending, self.cap + 1 - len(self.output))
            except zlib.error as error:
                raise RejectedInput(self.name, f"malformed compressed data: {error}") from None
            if len(self.output) > self.cap:
                raise RejectedInput(
                    self.name, f"inflates to more than {self.cap} bytes (a decompression bomb?)"
                )
            pending = self.inflater.unconsumed_tail
            if self.inflater.eof:
                self.member_open = False
                pending = self.inflater.unused_data.lstrip(b"\x00")
                self.inflater = zlib.decompressobj(self.wbits)

    def result(self) -> bytes:
        """The inflated bytes; raises RejectedInput if the compressed data stopped mid-stream."""
        if self.member_open:
            raise RejectedInput(self.name, "malformed compressed data: truncated")
        return bytes(self.output)


def gunzipped(data: bytes, name: str, cap: int) -> bytes:
    """The inflated content of gzip data, at most `cap` bytes."""
    inflater = CappedInflater(name, cap)
    inflater.feed(data)
    return inflater.result()


def documents_from_gzip(payload: Payload) -> Iterator[Result]:
    """The documents of the gzip-compressed input, read as whatever format it contains."""
    from warledger.ingest.registry import documents_from_payload  # the registry imports this module

    inner = gunzipped(payload.data, payload.name, payload.max_bytes)
    hint = payload.hint[:-3] if payload.hint.lower().endswith(".gz") else payload.hint
    yield from documents_from_payload(replace(payload, data=inner, hint=hint, content_type=None))
