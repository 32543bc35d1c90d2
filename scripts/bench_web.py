"""Benchmark of the web UI on a store of 10,000 incidents: p50/p95/p99 of the list and incident pages.

Builds a synthetic store (no spaCy: incidents go in through the store's repository), starts
`warledger serve` on a free 127.0.0.1 port, and drives it from a second process: `wrk` when it is
installed, else a bounded Python loop (httpx, a few threads) in a subprocess. Every request goes to
loopback only; the loop stops after a fixed count or time, whichever comes first. Prints a table and one
JSON line last. Not a test: the suite asserts correctness, this reports figures (target p95 < 200 ms).

    .venv/bin/python scripts/bench_web.py --incidents 10000 --requests 400
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PLACES = [
    ("Aleppo", "SY", 36.20, 37.16),
    ("Idlib", "SY", 35.93, 36.63),
    ("Homs", "SY", 34.73, 36.71),
    ("Raqqa", "SY", 35.95, 39.01),
    ("Mosul", "IQ", 36.34, 43.13),
    ("Kharkiv", "UA", 49.99, 36.23),
    ("Mariupol", "UA", 47.10, 37.55),
    ("Gaza", "PS", 31.50, 34.47),
    ("Khartoum", "SD", 15.50, 32.56),
    ("El Fasher", "SD", 13.63, 25.35),
    ("Sanaa", "YE", 15.35, 44.21),
    ("Taiz", "YE", 13.58, 44.02),
    ("Mogadishu", "SO", 2.05, 45.32),
    ("Goma", "CD", -1.68, 29.22),
    ("Kabul", "AF", 34.53, 69.17),
    ("Maiduguri", "NG", 11.85, 13.16),
    ("Tripoli", "LY", 32.89, 13.19),
    ("Bamako", "ML", 12.64, -8.00),
]
EVENT_TYPES: list[Any] = [
    "air_drone_strike",
    "shelling_artillery_missile_attack",
    "armed_clash",
    "attack",
    "remote_explosive_landmine_ied",
    "suicide_bomb",
]
PERPETRATORS = [
    "Russia",
    "Syria",
    "Islamic State",
    "Rapid Support Forces",
    "Houthis",
    "al-Shabaab",
    "unknown",
]
WEAPONS = ["missile", "artillery", "barrel_bomb", "drone", "small_arms", "ied", "rocket"]
SENTENCE = (
    "{place}: {killed} people were killed when {weapon} hit a market on {day}, according to {source}. "
    "Officials from {perp} denied involvement. "
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def synthetic_store(url: str, incidents: int, documents: int, seed: int = 7) -> list[str]:
    """Fill an empty store with `incidents` incidents over `documents` reports; their ids."""
    from warledger.extract.models import Evidence, Place
    from warledger.ingest.document import Document
    from warledger.resolve.models import (
        AllegedPerpetrator,
        FigureRange,
        LedgerIncident,
        SourcedEvidence,
        SourceFigure,
    )
    from warledger.store import repository
    from warledger.store.engine import open_store

    rng = random.Random(seed)
    store = open_store(url)
    start = date(2014, 1, 1)
    docs: list[tuple[str, str]] = []
    with store.writing() as session:
        for n in range(documents):
            place = rng.choice(PLACES)
            text = "".join(
                SENTENCE.format(
                    place=place[0],
                    killed=rng.randint(1, 90),
                    weapon=rng.choice(WEAPONS),
                    day=(start + timedelta(days=rng.randint(0, 3650))).isoformat(),
                    source=f"monitor {n}",
                    perp=rng.choice(PERPETRATORS),
                )
                for _ in range(12)
            )
            doc = Document(
                original=f"{n}\n{text}".encode(),
                text=text,
                media_type="text/plain",
                extractor="plain",
                title=f"Synthetic report {n}",
                source=f"Outlet {n % 40}",
                language="en",
                origin="bench",
            )
            repository.add_document(session, doc)
            docs.append((doc.sha256, text))
    ids: list[str] = []
    batch = 1000
    for first in range(0, incidents, batch):
        with store.writing() as session:
            for _ in range(first, min(first + batch, incidents)):
                name, country, lat, lon = rng.choice(PLACES)
                sha, text = rng.choice(docs)
                cut = text.index(" people were killed")
                ev = Evidence(start=max(0, cut - 3), end=cut + 19, text=text[max(0, cut - 3) : cut + 19])
                low = rng.randint(1, 80)
                day = (start + timedelta(days=rng.randint(0, 3650))).isoformat()
                incident = LedgerIncident(
                    id="0",
                    event_type=rng.choice(EVENT_TYPES),
                    date_start=day,
                    date_end=day,
                    date_precision="day",
                    place=Place(
                        name=name,
                        country=country,
                        lat=lat + rng.uniform(-0.2, 0.2),
                        lon=lon + rng.uniform(-0.2, 0.2),
                    ),
                    perpetrators=[AllegedPerpetrator(name=rng.choice(PERPETRATORS), alleged_by=["monitor"])],
                    weapons=[rng.choice(WEAPONS)],
                    killed=FigureRange(
                        min=low,
                        max=low + rng.randint(0, 12),
                        figures=[
                            SourceFigure(min=low, max=low, source="monitor", document=sha, evidence=[ev])
                        ],
                    ),
                    documents=[sha],
                    evidence=[SourcedEvidence(document=sha, **ev.model_dump())],
                )
                row = repository.add_incident(session, incident)
                repository.link_mention(session, row.id, sha, len(ids))
                ids.append(str(row.id))
    return ids


def wait_for_port(port: int, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the server did not listen on 127.0.0.1:{port}")


LOAD_LOOP = r"""
import json, sys, time, threading, httpx
base, paths = sys.argv[1], json.loads(sys.argv[2])
requests, threads, max_seconds = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
assert base.startswith("http://127.0.0.1:")
timings = {name: [] for name in paths}
by_path = {}
lock = threading.Lock()
stop_at = time.monotonic() + max_seconds
def worker(n):
    with httpx.Client(base_url=base, timeout=30) as client:
        for i in range(n, requests, threads):
            if time.monotonic() > stop_at:
                return
            for name, options in paths.items():
                path = options[i % len(options)]
                began = time.perf_counter()
                answer = client.get(path)
                spent = (time.perf_counter() - began) * 1000
                assert answer.status_code == 200, (path, answer.status_code)
                with lock:
                    timings[name].append(spent)
                    key = path if name in ("list page", "api list") else name
                    by_path.setdefault(key, []).append(spent)
pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
[t.start() for t in pool]; [t.join() for t in pool]
print(json.dumps({"timings": timings, "by_path": by_path}))
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument(
        "--requests", type=int, default=400, help="rounds of requests (one per page kind each)"
    )
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--max-seconds", type=float, default=120.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warledger-bench-web-") as folder:
        print(json.dumps(measured_run(args, Path(folder))))


def measured_run(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Build the store in `folder`, serve it, load it; the summary figures."""
    url = f"sqlite:///{folder / 'bench.db'}"
    began = time.monotonic()
    ids = synthetic_store(url, args.incidents, args.documents)
    print(
        f"store: {len(ids)} incidents, {args.documents} documents in {time.monotonic() - began:.1f} s",
        file=sys.stderr,
    )
    rng = random.Random(11)
    paths: dict[str, list[str]] = {
        "list page": [
            "/",
            "/?sort=killed_desc",
            "/?place=aleppo",
            "/?q=market&offset=50",
            "/?event_type=armed_clash",
        ],
        "incident page": [f"/incidents/{rng.choice(ids)}" for _ in range(200)],
        "api list": [
            "/api/incidents",
            "/api/incidents?place=Idlib&limit=100",
            "/api/incidents?since=2020-01-01",
        ],
        "api incident": [f"/api/incidents/{rng.choice(ids)}" for _ in range(200)],
    }
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "warledger", "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "WARLEDGER_SECRET": "bench"},
    )
    try:
        wait_for_port(port)
        load = subprocess.run(
            [
                sys.executable,
                "-c",
                LOAD_LOOP,
                f"http://127.0.0.1:{port}",
                json.dumps(paths),
                str(args.requests),
                str(args.threads),
                str(args.max_seconds),
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=args.max_seconds + 60,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    measured = json.loads(load.stdout)
    timings: dict[str, list[float]] = measured["timings"]
    summary: dict[str, Any] = {
        "incidents": len(ids),
        "threads": args.threads,
        "generator": "python-httpx",
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cores": os.cpu_count(),
    }
    for path, values in sorted(measured["by_path"].items()):
        print(
            f"  {path:44} n={len(values):4}  p50 {percentile(values, 0.5):6.1f} ms  "
            f"p95 {percentile(values, 0.95):6.1f} ms",
            file=sys.stderr,
        )
    for name, values in timings.items():
        p50, p95, p99 = (percentile(values, q) for q in (0.5, 0.95, 0.99))
        print(
            f"{name:14} n={len(values):4}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p99 {p99:6.1f} ms  "
            f"mean {statistics.fmean(values):6.1f} ms",
            file=sys.stderr,
        )
        summary[name.replace(" ", "_") + "_p95_ms"] = round(p95, 1)
    return summary


if __name__ == "__main__":
    main()
