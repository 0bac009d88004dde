#!/usr/bin/env python3
"""Corpora larger than memory: preparation time, training start-up time and peak RSS over the
first training steps, for corpora of several sizes made by repeating a training corpus.

Run through scripts/bench-scale.sh (which documents the arguments). Standard library only.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time


def make_corpus(data, langs, pairs, out):
    """OUT.LANG: the first `pairs` lines of DATA/train.LANG repeated; reused when present."""
    for lang in langs:
        path = f"{out}.{lang}"
        if os.path.exists(path):
            continue
        src = os.path.join(data, f"train.{lang}")
        if not os.path.exists(src):
            import gzip
            with gzip.open(src + ".gz", "rt", encoding="utf-8") as f:
                lines = f.read().splitlines(keepends=True)
        else:
            with open(src, encoding="utf-8") as f:
                lines = f.read().splitlines(keepends=True)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            left = pairs
            while left > 0:
                take = lines[:left]
                f.writelines(take)
                left -= len(take)
        os.replace(path + ".tmp", path)


def run(args, log_path, first_step_marker=None):
    """Runs a command; returns (wall seconds, seconds until a stderr line holds the marker, peak RSS MiB)."""
    start = time.monotonic()
    first = None
    with open(log_path, "w") as log:
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in proc.stderr:
            log.write(line)
            if first is None and first_step_marker and first_step_marker in line:
                first = time.monotonic() - start
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: {' '.join(args)} failed; see {log_path}")
    return wall, first, usage.ru_maxrss / 1024


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bin", required=True)
    p.add_argument("--config", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--pairs", default="100000,1000000,10000000")
    p.add_argument("--steps", type=int, default=100)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    sizes = [int(x) for x in a.pairs.split(",")]
    vocab_dir = None
    rows = []
    for n in sizes:
        prefix = os.path.join(a.out, f"corpus-{n}")
        make_corpus(a.data, ["de", "en"], n, prefix)
        model = os.path.join(a.out, f"scale-{n}")
        shutil.rmtree(model, ignore_errors=True)
        os.makedirs(model)
        if vocab_dir:  # one vocabulary for all sizes: prepared once, on the smallest corpus
            shutil.copy(os.path.join(vocab_dir, "vocab.joint.spm"), model)
        common = ["-c", a.config, "--set", f"data.train={prefix}", "--set", "data.dev=", "--set", "data.test=",
                  "--set", f"train.model_dir={model}", "--set", f"train.threads={a.threads}"]
        prep_wall, _, prep_rss = run([a.bin, "prepare"] + common, os.path.join(a.out, f"prepare-{n}.log"))
        vocab_dir = vocab_dir or model
        size_mib = os.path.getsize(os.path.join(model, "train.bin")) / 2**20
        train_wall, first, train_rss = run(
            [a.bin, "train"] + common + ["--set", f"train.max_steps={a.steps}", "--set", "train.log_every=1",
                                         "--set", "train.max_epochs=0", "--set", "train.valid_every=1000000"],
            os.path.join(a.out, f"train-{n}.log"), first_step_marker=" step 1 ")
        rows.append({"pairs": n, "prepare_s": prep_wall, "prepare_peak_mib": prep_rss, "file_mib": size_mib,
                     "startup_s": first, "train_s": train_wall, "train_peak_mib": train_rss})
        print(f"[bench-scale] {n} pairs: prepare {prep_wall:.1f} s (peak {prep_rss:.0f} MiB, file {size_mib:.0f} MiB); "
              f"train: first step after {first:.1f} s, {a.steps} steps in {train_wall:.1f} s, peak {train_rss:.0f} MiB",
              file=sys.stderr)
    print(f"{'pairs':>10} {'prepare s':>10} {'prep MiB':>9} {'file MiB':>9} {'start s':>8} {'train peak MiB':>15}")
    for r in rows:
        print(f"{r['pairs']:>10} {r['prepare_s']:>10.1f} {r['prepare_peak_mib']:>9.0f} {r['file_mib']:>9.0f} "
              f"{r['startup_s']:>8.1f} {r['train_peak_mib']:>15.0f}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        per_pair = (last["train_peak_mib"] - first["train_peak_mib"]) * 2**20 / (last["pairs"] - first["pairs"])
        print(f"peak RSS grows by {per_pair:.1f} bytes per extra pair ({first['pairs']} -> {last['pairs']} pairs)")
        rows.append({"bytes_per_extra_pair": per_pair})
    with open(os.path.join(a.out, "scale.json"), "w") as f:
        json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
