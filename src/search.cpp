#include "rnnsearch/search.h"

#include <cmath>

#include "rnnsearch/vocab.h"

namespace rnnsearch {

std::vector<std::vector<int32_t>> greedy_search(NmtModelImpl& model, const TensorBatch& batch,
                                                const SearchLimits& limits) {
  torch::NoGradGuard no_grad;
  const int64_t b = batch.src.size(0);
  std::vector<int64_t> max_len(static_cast<std::size_t>(b));
  int64_t longest = 0;
  for (int64_t k = 0; k < b; ++k) {
    // The source length counts its EOS; the limit is on output tokens before EOS.
    const auto src_len = static_cast<double>(batch.src_lengths[k].item<int64_t>() - 1);
    max_len[static_cast<std::size_t>(k)] =
        static_cast<int64_t>(std::floor(limits.max_len_ratio * src_len)) + limits.max_len_offset;
    longest = std::max(longest, max_len[static_cast<std::size_t>(k)]);
  }
  Encoded encoded = model.encode(batch.src, batch.src_lengths);
  auto prev = torch::full({b}, kBosId, torch::TensorOptions().dtype(torch::kInt64).device(batch.src.device()));
  std::vector<std::vector<int32_t>> out(static_cast<std::size_t>(b));
  std::vector<bool> done(static_cast<std::size_t>(b), false);
  int64_t open = b;
  DecoderState state = encoded.state;
  for (int64_t t = 0; t <= longest && open > 0; ++t) {
    StepOutput step = model.step(prev, state, encoded.memory);
    prev = step.log_probs.argmax(-1);
    const auto ids = prev.cpu();
    const auto* id = ids.data_ptr<int64_t>();
    for (int64_t k = 0; k < b; ++k) {
      const auto i = static_cast<std::size_t>(k);
      if (done[i]) continue;
      if (id[k] == kEosId || t >= max_len[i]) {
        done[i] = true;
        --open;
      } else {
        out[i].push_back(static_cast<int32_t>(id[k]));
      }
    }
    state = std::move(step.state);
  }
  return out;
}

}  // namespace rnnsearch
