"""URLs against a local HTTP server: pages, feeds, redirects, caps, errors, bombs."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ingest_samples import ARTICLE, html_page, outcomes, rss_feed

from warledger.ingest import fetch
from warledger.ingest.fetch import MAX_REDIRECTS, is_url

PAGE = html_page([ARTICLE, "Residents said the shelling lasted an hour."])
FEED = rss_feed([("a", "First", "<p>Shelling hit Atarib.</p>"), ("b", "Second", "<p>A drone hit Jilib.</p>")])
CAP = 50_000


class Handler(BaseHTTPRequestHandler):
    """Routes: /page, /feed, /hop/N (N redirects to /page), /big, /stream, /missing, /bomb."""

    def do_GET(self) -> None:
        path = self.path
        if path == "/page":
            self.reply(200, PAGE, "text/html; charset=utf-8")
        elif path == "/feed":
            self.reply(200, FEED, "application/rss+xml")
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", "/page" if left <= 1 else f"/hop/{left - 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self.reply(200, b"x" * (CAP * 2), "text/plain")
        elif path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(10):
                self.wfile.write(b"words " * 2000)
            self.close_connection = True
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"word ")
                self.wfile.flush()
                time.sleep(0.1)
            self.close_connection = True
        elif path == "/bomb":
            self.reply(200, gzip.compress(b"a" * (CAP * 40)), "text/plain", encoding="gzip")
        elif path == "/gzipped":
            self.reply(200, gzip.compress(PAGE), "text/html", encoding="gzip")
        else:
            self.reply(404, b"not here", "text/plain")

    def reply(self, status: int, body: bytes, content_type: str, encoding: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: tests assert on results, not on the server's log."""


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up on purpose (caps, deadlines) is what these tests provoke."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_page_is_fetched_and_read_as_html(server: str) -> None:
    [doc], rejected = outcomes([f"{server}/page"], max_bytes=CAP)
    assert rejected == []
    assert "killing at least six civilians" in doc.text and "Subscribe to our newsletter" not in doc.text
    assert doc.url == f"{server}/page" and doc.origin == f"{server}/page" and doc.original == PAGE


def test_a_feed_url_gives_one_document_per_item(server: str) -> None:
    docs, rejected = outcomes([f"{server}/feed"], max_bytes=CAP)
    assert [d.title for d in docs] == ["First", "Second"] and rejected == []


def test_redirects_are_followed_up_to_the_limit_and_the_final_url_kept(server: str) -> None:
    [doc], _ = outcomes([f"{server}/hop/{MAX_REDIRECTS}"], max_bytes=CAP)
    assert doc.url == f"{server}/page" and doc.origin == f"{server}/hop/{MAX_REDIRECTS}"


def test_gzip_content_encoding_is_undone(server: str) -> None:
    [doc], _ = outcomes([f"{server}/gzipped"], max_bytes=CAP)
    assert doc.original == PAGE


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        (f"/hop/{MAX_REDIRECTS + 1}", f"more than {MAX_REDIRECTS} redirects"),
        ("/big", f"{CAP * 2} bytes, over the size cap of {CAP} bytes"),
        ("/stream", f"more than {CAP} bytes, over the size cap"),
        ("/bomb", f"inflates to more than {CAP} bytes (a decompression bomb?)"),
        ("/missing", "HTTP 404 Not Found"),
    ],
)
def test_bad_urls_are_rejected_with_their_reason(server: str, path: str, reason: str) -> None:
    docs, [rejection] = outcomes([f"{server}{path}"], max_bytes=CAP)
    assert docs == []
    assert (rejection.source, rejection.reason) == (f"{server}{path}", reason)


def test_an_unreachable_url_is_rejected_and_the_next_input_still_read(server: str) -> None:
    dead = f"http://127.0.0.1:{free_port()}/page"
    docs, [rejection] = outcomes([dead, f"{server}/page"], max_bytes=CAP)
    assert len(docs) == 1
    assert rejection.source == dead and rejection.reason.startswith("unreachable")


@pytest.mark.parametrize(
    ("value", "expected"), [("https://a.example/x", True), ("ftp://a/b", True), ("notes/a.txt", False)]
)
def test_urls_are_told_from_paths(value: str, expected: bool) -> None:
    assert is_url(value) is expected


def test_other_url_schemes_are_rejected() -> None:
    _, [rejection] = outcomes(["ftp://files.example.org/report.txt"])
    assert rejection.reason == "unsupported URL scheme (only http and https)"


def test_a_server_dripping_bytes_is_cut_off_at_the_deadline(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "TOTAL_SECONDS", 0.3)
    _, [rejection] = outcomes([f"{server}/drip"], max_bytes=CAP)
    assert rejection.reason == "timed out (body not received within 0.3 s)"
