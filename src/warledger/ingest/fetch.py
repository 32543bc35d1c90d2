"""http(s) URLs: fetched with httpx, with timeouts (per connection and read, and a deadline for the
whole body so a server dripping bytes cannot hold a batch), at most five redirects and a size cap
enforced while the body streams in (and while it is inflated, for gzip or deflate encodings).

The body is decoded here only as far as HTTP goes (Content-Encoding); what it is (HTML, a feed, a
PDF) is left to `sniff`, with the Content-Type as a hint, as for any other input.
"""

from __future__ import annotations

import time

import httpx

from warledger import __version__
from warledger.errors import RejectedInput
from warledger.ingest.compressed import GZIP_WBITS, ZLIB_WBITS, CappedInflater
from warledger.ingest.document import utc_now
from warledger.ingest.payload import Payload

TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=10.0, pool=10.0)
MAX_REDIRECTS = 5
TOTAL_SECONDS = 120.0
USER_AGENT = f"warledger/{__version__}"
ENCODINGS = {"gzip": GZIP_WBITS, "x-gzip": GZIP_WBITS, "deflate": ZLIB_WBITS}
SCHEMES = ("http://", "https://")


def is_url(value: str) -> bool:
    """Whether an input names a URL (any scheme), rather than a path."""
    head, sep, _rest = value.partition("://")
    return bool(sep) and head.isalpha()


def payload_of_url(url: str, cap: int) -> Payload:
    """The body of the page at `url`; raises RejectedInput naming the URL and what went wrong."""
    if not url.lower().startswith(SCHEMES):
        raise RejectedInput(url, "unsupported URL scheme (only http and https)")
    retrieved_at = utc_now()
    try:
        with (
            httpx.Client(
                timeout=TIMEOUT,
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            refuse_failed(url, response)
            body = capped_body(url, response, cap)
            final_url, content_type = str(response.url), response.headers.get("content-type")
    except httpx.TooManyRedirects:
        raise RejectedInput(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.TimeoutException as error:
        raise RejectedInput(url, f"timed out ({type(error).__name__})") from None
    except httpx.ConnectError as error:
        raise RejectedInput(url, f"unreachable: {error}") from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise RejectedInput(url, f"could not be fetched: {type(error).__name__}: {error}") from None
    return Payload(
        data=body,
        name=url,
        origin=url,
        max_bytes=cap,
        hint=final_url,
        url=final_url,
        content_type=content_type,
        retrieved_at=retrieved_at,
    )


def refuse_failed(url: str, response: httpx.Response) -> None:
    """Raise for an HTTP error status or a body the server already says is over the cap."""
    if response.status_code >= 400:
        raise RejectedInput(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())


def capped_body(url: str, response: httpx.Response, cap: int) -> bytes:
    """The body with its Content-Encoding undone, refused as soon as it passes `cap` bytes."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise RejectedInput(url, f"{declared} bytes, over the size cap of {cap} bytes")
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ENCODINGS and encoding not in ("identity", ""):
        raise RejectedInput(url, f"unsupported Content-Encoding {encoding!r}")
    inflater = CappedInflater(url, cap, ENCODINGS[encoding]) if encoding in ENCODINGS else None
    body = bytearray()
    received = 0
    deadline = time.monotonic() + TOTAL_SECONDS
    for chunk in response.iter_raw():
        if time.monotonic() > deadline:
            raise RejectedInput(url, f"timed out (body not received within {TOTAL_SECONDS:g} s)")
        received += len(chunk)
        if received > cap:
            raise RejectedInput(url, f"more than {cap} bytes, over the size cap")
        if inflater:
            inflater.feed(chunk)
        else:
            body += chunk
    return inflater.result() if inflater else bytes(body)
