"""Writes examples/frontline-archive.warc.gz, the bundled WARC example, with warcio.

Two archived HTTP responses (an HTML article and a plain-text dispatch) of fictional reports
written by the team, plus the request and a metadata record a crawler would also write, so the
reader is exercised on records it must skip. Record ids and dates are fixed so the file is the
same every time. Run from the repo root: `.venv/bin/python scripts/make_example_warc.py`.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent.parent / "examples" / "frontline-archive.warc.gz"

KIRKUK_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Car bomb at Kirkuk market kills at least 9</title>
<meta property="og:site_name" content="Frontline Daily">
<meta name="author" content="Sara Karim">
<meta property="article:published_time" content="2024-05-18">
</head><body>
<nav><a href="/">Home</a> <a href="/iraq">Iraq</a> <a href="/region">Region</a></nav>
<article>
<h1>Car bomb at Kirkuk market kills at least 9</h1>
<p>A car bomb exploded near the entrance of a busy market in central Kirkuk on Friday evening,
killing at least nine people and wounding 25, police and hospital officials said.</p>
<p>The car had been parked beside a row of fruit stalls, and the blast set fire to several shops.
"The explosion happened when the market was at its busiest, just before sunset," said Lieutenant
Colonel Ahmed Salih, a spokesman for Kirkuk police. He said that investigators had found the
remains of the vehicle's engine 40 metres away.</p>
<p>No group immediately claimed responsibility. A provincial council member said that the attack
bore the marks of the Islamic State group, which has carried out similar bombings in the province.</p>
</article>
<footer><p>Subscribe to our newsletter</p><p>&copy; 2024 Frontline Daily</p></footer>
</body></html>
"""

HODEIDAH_TEXT = """Air strikes on Hodeidah power station cut electricity to the city

Frontline Daily - dispatch, 20 May 2024

Air strikes hit a power station on the outskirts of Hodeidah, Yemen, on Sunday night, cutting
electricity to most of the city, residents said. The city's health office said that one guard was
killed and four workers were injured.

"The hospitals are running on generators and we have fuel for two days," said Fatima al-Ahdal, a
nurse at the city's main hospital. Officials in Hodeidah accused the coalition of carrying out the
strikes; a coalition spokesman said that it had struck "military targets only" and denied hitting
any civilian facility.
"""

RESPONSES = [
    (
        "https://frontline-daily.example.com/iraq/kirkuk-market-car-bomb",
        "text/html; charset=utf-8",
        KIRKUK_HTML,
        "2024-05-18T19:40:00Z",
        1,
    ),
    (
        "https://frontline-daily.example.com/dispatch/hodeidah-power-station.txt",
        "text/plain; charset=utf-8",
        HODEIDAH_TEXT,
        "2024-05-20T08:15:00Z",
        2,
    ),
]


def record_id(number: int) -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"


def write_archive(out: Path) -> None:
    """The WARC file: for each page a request record and its response, then one metadata record."""
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, content_type, body, when, number in RESPONSES:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", uri.split("/")[2])], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "request",
                    http_headers=request,
                    warc_headers_dict={"WARC-Record-ID": record_id(number * 10), "WARC-Date": when},
                )
            )
            payload = body.encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", content_type), ("Content-Length", str(len(payload)))],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=BytesIO(payload),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Record-ID": record_id(number * 10 + 1), "WARC-Date": when},
                )
            )
        note = b"crawler: team-made example archive\n"
        writer.write_record(
            writer.create_warc_record(
                "metadata:example",
                "metadata",
                payload=BytesIO(note),
                warc_content_type="text/plain",
                warc_headers_dict={"WARC-Record-ID": record_id(99), "WARC-Date": "2024-05-20T08:16:00Z"},
            )
        )


if __name__ == "__main__":
    write_archive(OUT)
    print(f"wrote {OUT}")
