#!/usr/bin/env python3
"""Predicted data-parallel throughput from a measured compute time per update.

    t_comm(N, bw) = 2 (N - 1) / N * bytes / bw + 2 (N - 1) * latency      (ring all-reduce)
    tok/s(N)      = N * tokens / (compute + t_comm)                        (no overlap)
    efficiency    = compute / (compute + t_comm)

Weak scaling: every worker keeps its share (`tokens` target tokens per update, computed in
`compute` seconds), so the global batch grows with N. bytes = 4 x parameters (float32 gradients).
The all-reduce starts after the backward pass (as rnnsearch does), at the link's full rate.

    scripts/scaling_model.py --name NAME --params P --compute S --tokens T [--latency-us 50]
"""
import argparse


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--name", required=True)
    p.add_argument("--params", type=float, required=True, help="parameters")
    p.add_argument("--compute", type=float, required=True, help="seconds of compute per update, per worker")
    p.add_argument("--tokens", type=float, required=True, help="target tokens per update, per worker")
    p.add_argument("--latency-us", type=float, default=50.0, help="per message, each ring step")
    p.add_argument("--workers", default="4,16,64")
    p.add_argument("--gbit", default="10,25,100")
    a = p.parse_args()
    size = 4 * a.params
    print(f"{a.name}: {a.params / 1e6:.1f}M parameters, {size / 2**20:.0f} MiB all-reduced per update, "
          f"{a.compute * 1000:.0f} ms compute and {a.tokens:.0f} target tokens per update and worker "
          f"({a.tokens / a.compute:.0f} tok/s alone)")
    print(f"| workers | {' | '.join(f'{g} Gbit/s: tok/s, efficiency' for g in a.gbit.split(','))} |")
    print("| --- |" + " --- |" * len(a.gbit.split(",")))
    for n in (int(x) for x in a.workers.split(",")):
        cells = []
        for g in (float(x) for x in a.gbit.split(",")):
            comm = 2 * (n - 1) / n * size / (g * 1e9 / 8) + 2 * (n - 1) * a.latency_us * 1e-6
            step = a.compute + comm
            cells.append(f"{n * a.tokens / step:,.0f}, {100 * a.compute / step:.0f}%")
        print(f"| {n} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
