"""Small inputs the ingest tests build at run time: feeds, pages, PDFs and archives.

Written here rather than stored as fixtures so each test shows the input it reads. Texts are
the team's own; the seed and eval rows are read from ../shared at run time, never copied.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from fpdf import FPDF
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warledger.errors import RejectedInput
from warledger.ingest import Document, read_inputs
from warledger.ingest.payload import Payload, Result

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seeds" / "000_6296606aff8f7914.txt"
ARTICLE = (
    "Shelling hit the central market of Tal Tamr on Sunday morning, killing at least six civilians. "
    '"The shells fell where the vegetable sellers stand," said Sami Aziz, a shopkeeper in the town.'
)


def payload(data: bytes, hint: str = "input.txt", cap: int = 1_000_000, **extra: str) -> Payload:
    return Payload(data=data, name=hint, origin=hint, max_bytes=cap, hint=hint, **extra)  # type: ignore[arg-type]


def outcomes(
    inputs: Sequence[str | Path], max_bytes: int | None = None
) -> tuple[list[Document], list[RejectedInput]]:
    """The documents and rejections of one read_inputs call."""
    rejected: list[RejectedInput] = []
    docs = list(read_inputs([str(i) for i in inputs], on_rejected=rejected.append, max_bytes=max_bytes))
    return docs, rejected


def results(reader_results: object) -> list[Result]:
    """A reader's results as a list, a rejection raised by the reader counted as one result."""
    try:
        return list(reader_results)  # type: ignore[call-overload]
    except RejectedInput as rejection:
        return [rejection]


def rss_feed(items: Sequence[tuple[str, str, str]], title: str = "Test Wire") -> bytes:
    """An RSS 2.0 feed of (guid, title, html summary) items."""
    body = "".join(
        f"<item><title>{t}</title><link>https://wire.example.org/{g}</link><guid>{g}</guid>"
        f"<pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate><description><![CDATA[{s}]]></description></item>\n"
        for g, t, s in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://wire.example.org/</link>\n{body}</channel></rss>\n"
    ).encode()


def html_page(paragraphs: Sequence[str], title: str = "Market shelled") -> bytes:
    """A news page with navigation, an article and a footer with newsletter boilerplate."""
    article = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>{title}</h1>
{article}</article>
<footer><p>Subscribe to our newsletter</p><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>""".encode()


def pdf_bytes(pages: Sequence[str], title: str = "Field report") -> bytes:
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def warc_bytes(pages: Sequence[tuple[str, str, bytes]], compress: bool = True) -> bytes:
    """A WARC of HTTP responses given as (uri, content type, body)."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for uri, content_type, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
        )
    return out.getvalue()


def gzip_of(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)
