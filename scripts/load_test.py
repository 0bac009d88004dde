#!/usr/bin/env python3
"""Concurrent clients against `rnnsearch serve`: latency percentiles and throughput.

Each of --clients threads takes the next sentence of --input and POSTs it alone to /v1/translate
(one segment per request, a new connection each time, as a simple client does), until every
sentence is sent or --seconds have passed. Prints one JSON object: requests, errors (with the
first few), sentences/s, and latency p50/p95/p99 in milliseconds. Python's standard library only.

    scripts/load_test.py --server URL --input FILE [--clients 64] [--beam 5] [--seconds 600] [--output FILE]
"""
import argparse
import itertools
import json
import sys
import threading
import time
import urllib.error
import urllib.request


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--input", required=True, help="sentences, one per line")
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--beam", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=600, help="stop sending after this long")
    parser.add_argument("--limit", type=int, default=0, help="send at most this many sentences (0 = all)")
    parser.add_argument("--output", help="write the translations here in input order (when all were answered)")
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    if args.limit:
        lines = lines[:args.limit]
    next_line = itertools.count()
    lock = threading.Lock()
    latencies, errors = [], []
    outputs = [None] * len(lines)
    deadline = time.monotonic() + args.seconds

    def client():
        while time.monotonic() < deadline:
            with lock:
                i = next(next_line)
            if i >= len(lines):
                return
            body = json.dumps({"segments": [lines[i]], "beam_size": args.beam}).encode()
            req = urllib.request.Request(args.server + "/v1/translate", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
            start = time.monotonic()
            try:
                with urllib.request.urlopen(req, timeout=120) as res:
                    answer = json.loads(res.read())
                took = time.monotonic() - start
                with lock:
                    latencies.append(took * 1000)
                    outputs[i] = answer["translations"][0]["translation"]
            except (urllib.error.URLError, OSError, ValueError, KeyError) as e:
                detail = e.read()[:200] if isinstance(e, urllib.error.HTTPError) else b""
                with lock:
                    errors.append(f"line {i + 1}: {e} {detail!r}")

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - started
    print(json.dumps({
        "clients": args.clients, "beam": args.beam, "sentences": len(lines), "answered": len(latencies),
        "errors": len(errors), "first_errors": errors[:5], "seconds": round(seconds, 2),
        "sentences_per_s": round(len(latencies) / seconds, 2),
        "latency_ms": {"p50": round(percentile(latencies, 50), 1), "p95": round(percentile(latencies, 95), 1),
                       "p99": round(percentile(latencies, 99), 1), "max": round(max(latencies, default=0), 1)},
    }))
    if args.output and all(o is not None for o in outputs):
        with open(args.output, "w", encoding="utf-8") as f:
            f.write("".join(o + "\n" for o in outputs))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
