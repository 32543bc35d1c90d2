"""`Payload`: the bytes of one input as collected, before any format has looked at them.

Every reader (one module per format) takes a `Payload` and yields documents or named rejections,
so the registry can hand any payload to any reader, and readers that contain other inputs (WARC,
gzip) can hand their inner payloads back to the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from warledger.errors import RejectedInput
from warledger.ingest.document import Document, utc_now


@dataclass(frozen=True)
class Payload:
    """Bytes to read, with what is known about where they came from.

    `name` is how a rejection names this input (a path, a URL, `file.warc.gz#<uri>`); `hint` is a
    file name or URL path whose extension hints at the format; `content_type` is a declared type
    (HTTP or WARC header) used the same way. Content always wins over both.
    """

    data: bytes
    name: str
    origin: str
    max_bytes: int
    hint: str = ""
    url: str | None = None
    content_type: str | None = None
    retrieved_at: datetime = field(default_factory=utc_now)

    @property
    def extension(self) -> str:
        """The lower-case last extension of the hint (".html"), "" when there is none."""
        return PurePosixPath(hint_path(self.hint)).suffix.lower()

    @property
    def declared_type(self) -> str:
        """The declared media type without parameters, lower case ("" when none was declared)."""
        return (self.content_type or "").split(";")[0].strip().lower()

    @property
    def declared_charset(self) -> str | None:
        """The `charset=` parameter of the declared content type, if any."""
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def hint_path(hint: str) -> str:
    """The path part of a URL hint, or the hint itself when it is a file name."""
    return urlsplit(hint).path if "://" in hint else hint


Result = Document | RejectedInput
Reader = Callable[[Payload], Iterator[Result]]
