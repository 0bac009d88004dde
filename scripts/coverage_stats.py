#!/usr/bin/env python3
"""Under- and over-translation in a test output, from `rnnsearch translate --attention FILE`:

- unattended: the share of source words whose attention, summed over the whole output, is
  below 0.1 (word level; the source EOS is not a word): words the decoder never looked at;
- repeated: the share of target word bigrams that repeat a bigram earlier in the same output.

  coverage_stats.py ATTENTION.jsonl   prints "unattended 0.0123 repeated 0.0045" (shares, 0..1)

Standard library only.
"""
import json
import sys


def stats(lines):
    src_words = unattended = bigrams = repeated = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            matrix = record["word_attention"]
            words = record["trg_words"]
            n_src = len(record["src_words"])
        except (ValueError, KeyError) as e:
            sys.exit(f"error: line {number}: not an attention record of `rnnsearch translate --attention`: {e}")
        for j in range(n_src):
            src_words += 1
            if sum(row[j] for row in matrix if j < len(row)) < 0.1:
                unattended += 1
        seen = set()
        for pair in zip(words, words[1:]):
            bigrams += 1
            if pair in seen:
                repeated += 1
            seen.add(pair)
    return unattended / max(src_words, 1), repeated / max(bigrams, 1)


def main():
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        u, r = stats(f)
    print(f"unattended {u:.4f} repeated {r:.4f}")


if __name__ == "__main__":
    main()
