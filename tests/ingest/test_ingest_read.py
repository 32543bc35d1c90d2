"""read_inputs end to end: folders, order, caps, idempotence, the bundled examples, issue 2's case."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from ingest_samples import EXAMPLES, SEED, gzip_of, outcomes, pdf_bytes, rss_feed

from warledger.ingest import Document, read_inputs, with_published
from warledger.ingest.document import sha256_of


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_are_read_recursively_in_sorted_order_without_hidden_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", b"Second report about shelling.")
    write(tmp_path / "a" / "z.txt", b"First report about shelling.")
    write(tmp_path / ".hidden.txt", b"Never read.")
    write(tmp_path / ".git" / "config.txt", b"Never read either.")
    docs, rejected = outcomes([tmp_path])
    assert [Path(d.origin).relative_to(tmp_path).as_posix() for d in docs] == ["a/z.txt", "b.txt"]
    assert rejected == []


def test_inputs_are_read_in_the_order_given_with_rejections_in_between(tmp_path: Path) -> None:
    seen: list[str] = []
    inputs = [
        write(tmp_path / "one.txt", b"One."),
        tmp_path / "gone.txt",
        write(tmp_path / "two.txt", b"Two."),
    ]
    for doc in read_inputs(
        [str(i) for i in inputs], on_rejected=lambda r: seen.append(f"rejected {r.source}")
    ):
        seen.append(doc.text)
    assert seen == ["One.", f"rejected {tmp_path / 'gone.txt'}", "Two."]


def test_a_file_over_the_cap_is_rejected_without_reading_it(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", b"word " * 1000)
    _, [rejection] = outcomes([big], max_bytes=1000)
    assert rejection.reason == "5000 bytes, over the size cap of 1000 bytes"


def test_an_empty_folder_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _, [rejection] = outcomes([tmp_path / "empty"])
    assert rejection.reason == "folder has no files to read"


def test_the_same_bytes_always_give_the_same_sha256_wherever_they_come_from(tmp_path: Path) -> None:
    body = b"Shelling hit Atarib on Sunday.\n"
    first, second = write(tmp_path / "a.txt", body), write(tmp_path / "copy" / "b.txt", body)
    docs, _ = outcomes([first, second, first])
    assert {d.sha256 for d in docs} == {sha256_of(body)}
    assert len({d.retrieved_at for d in docs}) >= 1


def test_with_published_fills_only_documents_without_a_date(tmp_path: Path) -> None:
    dated = write(tmp_path / "a.txt", b"Report\nBy A. Writer, 2 May 2024\nShelling hit Atarib.")
    undated = write(tmp_path / "b.txt", b"Shelling hit Atarib.")
    docs, _ = outcomes([dated, undated])
    kept, filled = with_published(docs, date(2024, 6, 1))
    assert (kept.published, kept.published_precision) == (date(2024, 5, 2), "day")
    assert (filled.published, filled.published_precision) == (date(2024, 6, 1), "day")
    assert list(with_published(docs, None)) == docs


def test_every_bundled_example_is_ingested() -> None:
    docs, rejected = outcomes([EXAMPLES])
    assert rejected == []
    assert len(docs) == 13
    assert {d.media_type for d in docs} == {
        "text/plain", "text/markdown", "text/html", "application/pdf",
        "application/rss+xml", "application/atom+xml", "application/jsonl",
    }  # fmt: skip
    assert all(d.language == "en" for d in docs)


def test_issue_2_acceptance_eight_documents_and_three_named_rejections(
    tmp_path: Path, shared_dir: Path
) -> None:
    seed = SEED.read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>\n" for p in seed.splitlines() if p.strip())
    page = (
        "<!DOCTYPE html><html><head><title>Aleppo</title></head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/syria">Syria</a></li></ul></nav>'
        f"<article>{paragraphs}</article>"
        "<footer><p>Subscribe to our newsletter</p><p>All rights reserved.</p></footer></body></html>"
    )
    eval_lines = (shared_dir / "eval" / "acled_dev.jsonl").read_text(encoding="utf-8").splitlines()[:3]
    feed = rss_feed(
        [("s-1", "First", "<p>Shelling hit Atarib.</p>"), ("s-2", "Second", "<p>A drone hit Jilib.</p>")]
    )
    good = [
        write(tmp_path / "seed.txt", SEED.read_bytes()),
        write(tmp_path / "seed.html", page.encode()),
        write(tmp_path / "three.jsonl", ("\n".join(eval_lines) + "\n").encode()),
        write(tmp_path / "feed.rss", feed),
        write(
            tmp_path / "report.pdf",
            pdf_bytes(["Mortar fire hit a school in Bama on Tuesday, killing three."]),
        ),
    ]
    bad = [
        write(tmp_path / "empty.txt", b""),
        write(tmp_path / "blob.bin", bytes(range(256)) * 8),
        tmp_path / "nope",
    ]

    docs, rejected = outcomes(good + bad)

    assert len(docs) == 8
    assert [r.source for r in rejected] == [str(b) for b in bad]
    assert [r.reason for r in rejected] == [
        "empty", "binary content (NUL bytes), not text", "no such file or directory",
    ]  # fmt: skip
    assert docs[0].sha256 == sha256_of(SEED.read_bytes())
    html = docs[1]
    assert "Subscribe to our newsletter" not in html.text
    assert "Local Coordination Committees" in html.text
    assert [d.external_id for d in docs[2:5]] == [json.loads(line)["id"] for line in eval_lines]
    again, _ = outcomes(good)
    assert [d.sha256 for d in again] == [d.sha256 for d in docs]


def test_a_reader_failing_in_an_unforeseen_way_rejects_only_that_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warledger.ingest import registry

    def broken_reader(payload: object) -> Iterator[Document]:
        raise KeyError("surprise")
        yield

    monkeypatch.setitem(registry.READERS, "html", broken_reader)
    page = write(tmp_path / "a.html", b"<html><body><p>Words.</p></body></html>")
    text = write(tmp_path / "b.txt", b"Words.")
    docs, [rejection] = outcomes([page, text])
    assert [d.origin for d in docs] == [str(text)]
    assert rejection.reason == "unreadable html (KeyError: 'surprise')"


def test_a_gzip_bomb_on_disk_is_refused_while_inflating(tmp_path: Path) -> None:
    bomb = write(tmp_path / "notes.txt.gz", gzip_of(b"\x00" * 30_000_000))
    _, [rejection] = outcomes([bomb], max_bytes=1_000_000)
    assert rejection.reason == "inflates to more than 1000000 bytes (a decompression bomb?)"


def test_the_size_cap_defaults_to_the_configured_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_BYTES", "100")
    report = write(tmp_path / "r.txt", b"Shelling hit Atarib. " * 10)
    _, [rejection] = outcomes([report])
    assert rejection.reason == "210 bytes, over the size cap of 100 bytes"


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Shelling hit Atarib on Sunday.")))
    [doc], _ = outcomes(["-"])
    assert (doc.origin, doc.text) == ("<stdin>", "Shelling hit Atarib on Sunday.")


def test_an_unusable_path_is_rejected_not_raised() -> None:
    _, [rejection] = outcomes(["x" * 5000])
    assert (rejection.source, rejection.reason) == ("x" * 5000, "not a usable path: File name too long")
