"""Per-call overhead of ``client.project.one(...)`` against raw httpx, same loopback server.

Both sides use a keep-alive ``httpx.Client`` and decode the same recorded
``project.one`` body; the client also builds the typed ``Project``. Calls
alternate (raw, client, raw, ...) so drift in the machine hits both equally.

    python benchmarks/bench_overhead.py [--iterations 3000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from loopback_server import serve

from dokploy import Dokploy

RECORDINGS = Path(__file__).resolve().parents[2] / "shared" / "dokploy" / "recordings"
FALLBACK = {
    "projectId": "p1",
    "name": "shop",
    "description": None,
    "createdAt": "2026-01-01T00:00:00Z",
    "organizationId": "o1",
    "env": "",
    "projectTags": [],
    "environments": [
        {
            "environmentId": "e1",
            "name": "production",
            "isDefault": True,
            "description": None,
            "createdAt": "2026-01-01T00:00:00Z",
            "env": "",
            "projectId": "p1",
            "applications": [],
            "compose": [],
            "postgres": [],
            "mysql": [],
            "mariadb": [],
            "mongo": [],
            "redis": [],
            "libsql": [],
        }
    ],
}


def project_body() -> bytes:
    """The recorded ``project.one`` answer (the largest), or a small inline one."""
    path = RECORDINGS / "02-projects.jsonl"
    if path.exists():
        bodies = [
            e["body_text"]
            for e in map(json.loads, path.read_text().splitlines())
            if e["operation"] == "project.one" and e["status"] == 200
        ]
        if bodies:
            return max(bodies, key=len).encode()
    return json.dumps(FALLBACK).encode()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=200)
    args = parser.parse_args()
    body = project_body()
    project_id = json.loads(body)["projectId"]
    with serve(body) as url, httpx.Client() as raw, Dokploy(base_url=url, api_key="k") as client:
        headers = {"x-api-key": "k", "accept": "application/json"}

        def raw_call() -> object:
            response = raw.get(f"{url}/api/project.one", params={"projectId": project_id}, headers=headers)
            response.raise_for_status()
            return response.json()

        def client_call() -> object:
            return client.project.one(project_id=project_id)

        for _ in range(args.warmup):
            raw_call()
            client_call()
        raw_times: list[float] = []
        client_times: list[float] = []
        for i in range(args.iterations):
            # Alternate which goes first, so neither always follows the other.
            if i % 2:
                raw_times.append(timed(raw_call))
                client_times.append(timed(client_call))
            else:
                client_times.append(timed(client_call))
                raw_times.append(timed(raw_call))

    raw_median = statistics.median(raw_times)
    client_median = statistics.median(client_times)
    ratio = client_median / raw_median
    print(f"body: {len(body)} bytes of project.one; {args.iterations} calls each, alternating")
    for label, times in (("raw httpx         ", raw_times), ("client.project.one", client_times)):
        print(
            f"{label} median {statistics.median(times) * 1e6:8.1f} us   p90 "
            f"{statistics.quantiles(times, n=10)[-1] * 1e6:8.1f} us"
        )
    print(f"overhead per call  {(client_median - raw_median) * 1e6:8.1f} us")
    print(f"ratio client/raw   {ratio:.3f}x  (target <= 1.3x: {'met' if ratio <= 1.3 else 'NOT met'})")


if __name__ == "__main__":
    main()
