#include "rnnsearch/data/batching.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <tuple>

#include "rnnsearch/common/rng.h"

namespace rnnsearch {

std::size_t batch_cost(const Batch& batch, const std::vector<int>& src_lengths,
                       const std::vector<int>& trg_lengths) {
  int longest = 0;
  for (const std::size_t i : batch) longest = std::max({longest, src_lengths[i], trg_lengths[i]});
  return batch.size() * static_cast<std::size_t>(longest);
}

namespace {

// `Index`: the type of the shuffled order, 4 bytes a pair where the corpus allows (a plan of 10M
// pairs is built in memory alongside it).
template <class Index>
std::vector<Batch> plan_batches(const std::vector<int>& src_lengths, const std::vector<int>& trg_lengths,
                                const BatchingOptions& options, std::uint64_t epoch) {
  const std::size_t n = src_lengths.size();
  const auto longest = [&](std::size_t i) { return std::max(src_lengths[i], trg_lengths[i]); };

  std::vector<Index> order(n);
  std::iota(order.begin(), order.end(), Index{0});
  Rng rng(Rng::mix(options.seed, epoch));
  if (options.shuffle) rng.shuffle(order);

  // Windows of about window_batches x batch_tokens real tokens; a whole-corpus window without
  // shuffling, so validation batches are as tight as possible.
  const std::size_t window_tokens =
      options.shuffle ? static_cast<std::size_t>(options.window_batches) * options.batch_tokens : SIZE_MAX;
  // Sorted by the quantity the budget counts, then by target length (the decoder costs most).
  const auto by_length = [&](std::size_t a, std::size_t b) {
    return std::make_tuple(longest(a), trg_lengths[a], src_lengths[a]) <
           std::make_tuple(longest(b), trg_lengths[b], src_lengths[b]);
  };

  std::vector<Batch> batches;
  std::size_t start = 0;
  while (start < n) {
    std::size_t end = start, tokens = 0;
    while (end < n && tokens < window_tokens) tokens += static_cast<std::size_t>(longest(order[end++]));
    std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(start),
                     order.begin() + static_cast<std::ptrdiff_t>(end), by_length);
    Batch batch;
    int batch_longest = 0;
    for (std::size_t k = start; k < end; ++k) {
      const std::size_t i = order[k];
      const int grown = std::max(batch_longest, longest(i));
      if (!batch.empty() &&
          (batch.size() + 1) * static_cast<std::size_t>(grown) > static_cast<std::size_t>(options.batch_tokens)) {
        batches.emplace_back(batch.begin(), batch.end());  // exact size: the plan holds every pair
        batch.clear();
        batch_longest = longest(i);
      } else {
        batch_longest = grown;
      }
      batch.push_back(i);
    }
    if (!batch.empty()) batches.emplace_back(batch.begin(), batch.end());
    start = end;
  }
  if (options.shuffle) rng.shuffle(batches);
  return batches;
}

}  // namespace

std::vector<Batch> make_batches(const std::vector<int>& src_lengths,
                                const std::vector<int>& trg_lengths, const BatchingOptions& options,
                                std::uint64_t epoch) {
  if (src_lengths.size() != trg_lengths.size())
    throw std::invalid_argument("make_batches: source and target length lists differ in size");
  if (options.batch_tokens <= 0 || options.window_batches <= 0)
    throw std::invalid_argument("make_batches: batch_tokens and window_batches must be positive");
  if (src_lengths.size() <= UINT32_MAX) return plan_batches<std::uint32_t>(src_lengths, trg_lengths, options, epoch);
  return plan_batches<std::size_t>(src_lengths, trg_lengths, options, epoch);
}

Batch share_of(const Batch& batch, int rank, int world) {
  if (world < 1 || rank < 0 || rank >= world) throw std::invalid_argument("share_of: rank outside [0, world)");
  Batch share;
  for (std::size_t k = static_cast<std::size_t>(rank); k < batch.size(); k += static_cast<std::size_t>(world))
    share.push_back(batch[k]);
  return share;
}

}  // namespace rnnsearch
