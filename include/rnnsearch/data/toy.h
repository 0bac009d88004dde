// The bundled toy task: a seeded generator of a parallel corpus that needs attention.
//
// Source: English-like SVO sentences ("the big dog sees a cat near the house quickly").
// Target: an invented SOV language with noun-adjective order, case suffixes on nouns, number
// agreement on determiners, adjectives and verbs, postpositions, and no indefinite article:
// "lo hunda grandu miauo lo dome apud rapide videt". Every target word translates exactly one
// source word; "a" has no translation. The gold word alignment of each pair comes from its
// derivation.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "rnnsearch/inspect/alignment.h"

namespace rnnsearch {

struct ToyOptions {
  std::uint64_t seed = 1;
  int train = 12000;
  int dev = 500;
  int test = 500;
};

struct ToyExample {
  std::string src;
  std::string trg;
  Alignment alignment;
};

struct ToyCorpus {
  std::vector<ToyExample> train, dev, test;
};

// Deterministic in the options; no source sentence occurs in two splits.
ToyCorpus generate_toy(const ToyOptions& options);

// Writes DIR/{train,dev,test}.{src,trg} and DIR/{train,dev,test}.align (Pharaoh "i-j", 0-based).
void write_toy(const ToyCorpus& corpus, const std::string& dir);

// A source word form and the target stem it translates to, for every word of the lexicon (the
// article "a" is absent: it has no translation). Target words are this stem plus a suffix.
std::vector<std::pair<std::string, std::string>> toy_lexicon();

}  // namespace rnnsearch
