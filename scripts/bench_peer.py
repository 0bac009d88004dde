#!/usr/bin/env python3
"""The Python reference side by side: runs Joey NMT 2.3.0 through bench-joey.sh on the same
machine, in the same run as rnnsearch's own figures, and prints every ratio.

Run through scripts/bench.sh --peer (which documents the arguments). Standard library only.

Training: target tokens/s of both, each on the Multi30k data; the reference's model does about
47 MFLOP of matrix products per target token, rnnsearch's Multi30k config about 36 (its output
layer reads a 256-unit maxout), which the table says beside the ratio.
Translation (with --minutes): the reference trains M minutes, then translates test_2016_flickr
greedy and with beam 5 (batch 50); its target tokens are the SentencePiece pieces of its output
plus one EOS per sentence, as rnnsearch counts them; BLEU beside, since output length and speed
depend on the model's quality.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def run_joey(script, args, log):
    """bench-joey.sh ARGS; its stdout (also appended to LOG)."""
    with open(log, "a", encoding="utf-8") as err:
        done = subprocess.run(["bash", script] + args, stdout=subprocess.PIPE, stderr=err, text=True)
    with open(log, "a", encoding="utf-8") as f:
        f.write(done.stdout)
    if done.returncode != 0:
        sys.exit(f"error: {script} {' '.join(args)} failed (exit {done.returncode}); see {log}")
    return done.stdout


def count_pieces(spm_model, path):
    """SentencePiece pieces of each line of PATH, plus one EOS per line."""
    with open(path, encoding="utf-8") as f:
        encoded = subprocess.run(["spm_encode", f"--model={spm_model}"], stdin=f, stdout=subprocess.PIPE,
                                 text=True, check=True).stdout
    lines = encoded.splitlines()
    return sum(len(line.split()) for line in lines) + len(lines)


LONG_WORDS = 30  # a line this long counts as a runaway (output_lengths)


def output_lengths(path):
    """Words of the output at PATH, its lines of LONG_WORDS words or more and its longest line: a
    model that runs away on some lines translates slower for it, which moves the ratios (2 of
    test_2016_flickr's 1,000 English references have 30 words or more, the longest 32)."""
    with open(path, encoding="utf-8") as f:
        lengths = [len(line.split()) for line in f]
    return {"words": sum(lengths), "long_lines": sum(n >= LONG_WORDS for n in lengths),
            "longest": max(lengths, default=0)}


def joey_figures(script, work, data, threads, minutes, log, reuse=False):
    """The reference's figures; with `reuse`, from an earlier run's work folder (its bench.json,
    outputs and LOG) instead of running it again."""
    figures = {}
    if not reuse:
        run_joey(script, ["--threads", str(threads), "--work", work, "--data", data], log)
    with open(os.path.join(work, "bench.json"), encoding="utf-8") as f:
        train = json.load(f)
    figures["train_tok_s"] = train["joey_train_tok_s"]
    figures["train_peak_mib"] = train["peak_mib"]
    if minutes:
        if reuse:
            with open(log, encoding="utf-8") as f:
                out = f.read()
        else:
            out = run_joey(script, ["--minutes", str(minutes), "--threads", str(threads), "--work", work, "--data", data],
                           log)
        spm = os.path.join(work, "data", "multi30k", "spm8k.model")
        for beam, name in ((1, "greedy"), (5, "beam5")):
            # sacreBLEU -b prints the two scores as "[ 30.10, 55.20 ]"
            m = re.search(rf"joey beam {beam}: test_2016_flickr in ([0-9.]+) s.*BLEU chrF2: \[? *([0-9.]+),? +([0-9.]+)",
                          out)
            if not m:
                sys.exit(f"error: no 'joey beam {beam}' line in the output of {script} --minutes; see {log}")
            seconds = float(m.group(1))
            output = os.path.join(work, f"beam{beam}.test")
            tokens = count_pieces(spm, output)
            figures[name] = {"seconds": seconds, "tok_s": tokens / seconds, "bleu": float(m.group(2)),
                             "chrf": float(m.group(3)), **output_lengths(output)}
    return figures


def table(ours, joey, machine):
    rows = [("figure", "rnnsearch", "Joey NMT 2.3.0", "ratio")]

    def ratio(a, b):
        return f"{a / b:.2f}x" if a and b else "-"

    for name, label in (("train_multi30k", "training float32, target tok/s"),
                        ("train_multi30k-bf16", "training bfloat16, target tok/s")):
        if name in ours:
            r = ours[name]
            ours_cell = f"{r['tok_s']:,.0f} (MFU {100 * r['mfu']:.1f}% of {r.get('precision', 'float32')} mm)"
            ratio_cell = ratio(r["tok_s"], joey["train_tok_s"])
            runs, mfus = r.get("runs_tok_s", []), r.get("runs_mfu", [])
            if len(runs) > 1 and joey["train_tok_s"]:  # scripts/bench.sh --repeat: the median run, and the ranges
                ours_cell += (f", median of {len(runs)}: {min(runs):,.0f}-{max(runs):,.0f},"
                              f" MFU {100 * min(mfus):.1f}-{100 * max(mfus):.1f}%")
                ratio_cell += f" ({min(runs) / joey['train_tok_s']:.2f}-{max(runs) / joey['train_tok_s']:.2f}x)"
            rows.append((label, ours_cell, f"{joey['train_tok_s']:,.0f} (float32)", ratio_cell))
    for search in ("greedy", "beam5"):
        for tag, note in (("", ""), ("_shortlist", " + shortlist")):
            for precision in ("float32", "bfloat16", "int8"):
                key = f"translate_{search}{tag}_{precision}"
                if key not in ours or search not in joey:
                    continue
                r, j = ours[key], joey[search]
                rows.append((f"translation {search} {precision}{note}, target tok/s",
                             f"{r['tok_s']:,.0f} (BLEU {r['bleu']})",
                             f"{j['tok_s']:,.0f} (BLEU {j['bleu']:.1f}, float32)", ratio(r["tok_s"], j["tok_s"])))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"side by side, same machine, same run: {machine}"]
    for k, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if k == 0:
            lines.append("| " + " | ".join("-" * w for w in widths) + " |")
    lines.append("Per target token the reference's model does about 47 MFLOP of matrix products, "
                 "the Multi30k config about 36.")
    outputs = [f"{label} {joey[search]['words']:,} words, longest line {joey[search]['longest']}, "
               f"lines of {LONG_WORDS} words or more: {joey[search]['long_lines']}"
               for search, label in (("greedy", "greedy"), ("beam5", "beam 5")) if "words" in joey.get(search, {})]
    if outputs:
        lines.append("The reference's outputs: " + "; ".join(outputs) +
                     ". Runaway lines slow the reference and raise the translation ratios.")
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ours", required=True, help="bench.sh's bench.json")
    p.add_argument("--joey", required=True, help="bench-joey.sh")
    p.add_argument("--data", required=True, help="the Multi30k folder (train/val/test_2016_flickr .de/.en.gz)")
    p.add_argument("--work", required=True, help="the reference's work folder")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--minutes", type=int, default=0, help="also train the reference M minutes and translate")
    p.add_argument("--json", help="write the reference's figures here")
    p.add_argument("--reuse", action="store_true",
                   help="read the reference's figures from an earlier run in --work instead of running it")
    a = p.parse_args()
    a.data = os.path.abspath(a.data)
    for s in ("train", "val", "test_2016_flickr"):
        for lang in ("de", "en"):
            if not os.path.exists(os.path.join(a.data, f"{s}.{lang}.gz")):
                sys.exit(f"error: --peer needs {os.path.join(a.data, s + '.' + lang + '.gz')} (the reference reads gzip)")
    os.makedirs(a.work, exist_ok=True)
    log = os.path.join(a.work, "bench-joey.log")
    with open(a.ours, encoding="utf-8") as f:
        ours = json.load(f)
    joey = joey_figures(a.joey, a.work, a.data, a.threads, a.minutes, log, a.reuse)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(joey, f)
    train = ours.get("train_multi30k", {})
    machine = f"{train.get('cpu', 'unknown CPU')}, matrix units {train.get('matrix_units', 'unknown')}, " \
              f"{a.threads} threads"
    print(table(ours, joey, machine))


if __name__ == "__main__":
    main()
