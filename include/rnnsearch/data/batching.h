// Token-based batches with length bucketing: every pair exactly once per epoch, seeded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rnnsearch {

struct BatchingOptions {
  int batch_tokens = 4096;    // budget: sentences x longest sequence in the batch (padded)
  int window_batches = 50;    // lengths are sorted within windows of this many batches' worth
  bool shuffle = true;        // false: one length-sorted pass, for validation and translation
  std::uint64_t seed = 1;
};

using Batch = std::vector<std::size_t>;  // indices into the corpus

// Cost of a batch under the budget: sentences x longest sequence, counting both sides.
std::size_t batch_cost(const Batch& batch, const std::vector<int>& src_lengths,
                       const std::vector<int>& trg_lengths);

// The batches of one epoch. Every index in [0, n) appears exactly once; a batch exceeds the
// budget only when it holds a single sequence longer than the budget. The result depends only on
// the lengths, the options and the epoch, so a run resumed at (epoch, batch) sees the same plan.
std::vector<Batch> make_batches(const std::vector<int>& src_lengths,
                                const std::vector<int>& trg_lengths, const BatchingOptions& options,
                                std::uint64_t epoch);

// A worker's share of a global batch in data-parallel training: the sentences at positions rank,
// rank + world, rank + 2 world... The batch is sorted by length, so the shares are alike; together
// they hold each sentence once. A share is empty when the batch has fewer sentences than workers.
Batch share_of(const Batch& batch, int rank, int world);

}  // namespace rnnsearch
