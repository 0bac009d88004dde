// Vocabulary selection for translation: a lexical shortlist (Jean et al. 2015; Marian's
// --shortlist). The output layer of each batch scores only the target pieces that the batch's
// source pieces are likely to become, and the most frequent target pieces, instead of the whole
// vocabulary; its softmax runs over those pieces.
//
// The table comes from the training corpus (`rnnsearch shortlist`): p(target | source) of IBM
// Model 1 (Brown et al. 1993), trained by EM with a NULL source word, and each target piece's
// count. The file is text, one source piece's candidates per line, best first:
//   line 1: "rnnsearch shortlist 1", then tab-separated "frequent F", "per_word K", "iterations I",
//           "pairs N", "corpus PREFIX"
//   line 2: the target pieces of the corpus by count, most frequent first, separated by spaces
//   then:   source piece <tab> target piece <tab> p(target | source)
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

#include "rnnsearch/data/batching.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/data/vocab.h"

namespace rnnsearch {

struct ShortlistOptions {
  int frequent = 100;  // the most frequent target pieces, always candidates
  int per_word = 20;   // the most likely translations of each source piece
  int iterations = 5;  // IBM Model 1 EM iterations
};

// p(t | s) of IBM Model 1 after `iterations` EM iterations from uniform, over the pairs of
// `corpus` (source ids < src_size, target ids < trg_size); source id src_size is NULL. For each
// source id (NULL last), its co-occurring target ids with their probabilities, most likely first.
std::vector<std::vector<std::pair<int32_t, float>>> ibm_model1(const PairView& corpus, int src_size, int trg_size,
                                                               int iterations);

// Builds the table from `corpus` (encoded with `src` and `trg`) and writes it to `path`
// atomically; `corpus_name` goes into its header.
void build_shortlist(const PairView& corpus, const Vocab& src, const Vocab& trg, const ShortlistOptions& options,
                     const std::string& corpus_name, const std::string& path);

class Shortlist {
 public:
  // Output columns come in multiples of this (more frequent pieces fill up), so that batches
  // share a few product shapes.
  static constexpr int64_t kColumnStep = 64;

  // Reads a table written by build_shortlist for these vocabularies; anything else is a
  // DataError naming the file and line.
  static Shortlist load(const std::string& path, const Vocab& src, const Vocab& trg);

  // The target ids a batch may output, sorted: the specials (PAD, UNK, BOS, EOS: ids 0-3, so
  // they keep their columns), the frequent pieces, the candidates of each source id of the
  // batch's sentences, and `extra` (a forced prefix's ids). int64 [C], C a multiple of
  // kColumnStep (or the whole vocabulary).
  torch::Tensor columns(const std::vector<std::vector<int32_t>>& source_ids, const Batch& batch,
                        const std::vector<int32_t>& extra = {}) const;
  int frequent() const { return frequent_; }
  int64_t target_size() const { return static_cast<int64_t>(by_count_.size()); }
  const std::vector<int32_t>& candidates(int32_t source_id) const { return candidates_.at(static_cast<std::size_t>(source_id)); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int frequent_ = 0;
  std::vector<int32_t> by_count_;  // every target id: the corpus's by count, then the unseen ones by id
  std::vector<std::vector<int32_t>> candidates_;  // per source id
};

}  // namespace rnnsearch
