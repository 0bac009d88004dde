// Search over the model's output distribution. Greedy search here; beam search comes with issue #4.
#pragma once

#include <torch/torch.h>

#include <vector>

#include "rnnsearch/model.h"

namespace rnnsearch {

struct SearchLimits {
  double max_len_ratio = 1.5;  // output at most ratio x source length + offset tokens
  int max_len_offset = 10;
};

// Greedy decoding of a batch (batch.src and src_lengths). Returns token ids without BOS/EOS, in
// batch order. Runs without gradients; the caller sets eval().
std::vector<std::vector<int32_t>> greedy_search(NmtModelImpl& model, const TensorBatch& batch,
                                                const SearchLimits& limits);

}  // namespace rnnsearch
