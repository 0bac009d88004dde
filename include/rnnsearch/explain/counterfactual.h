// Counterfactual attention at forced decoding (Jain & Wallace 2019; Serrano & Smith 2019): how
// much does the output at step t depend on the exact attention weights of step t? Each step's
// weights are replaced, that step alone, by (a) random permutations of themselves, (b) uniform
// weights, (c) the weights with their largest entry removed and renormalised (uniform over the
// others when it held all the mass, as sparsemax's often does), and (d), for comparison, with a
// random other entry removed; the output distribution at that step is
// compared with the model's own.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "rnnsearch/common/rng.h"
#include "rnnsearch/model/model.h"

namespace rnnsearch {

struct CounterfactualOptions {
  int permutations = 100;  // random permutations per step
  std::uint64_t seed = 1;
};

// What one replacement did at each target token t (target tokens include the final EOS).
struct CounterfactualEffect {
  std::vector<double> tvd;          // total variation distance between the output distributions
  std::vector<double> log_prob;     // log p'(y_t) - log p(y_t)
  std::vector<double> top_changed;  // 1 when the most probable token changes, else 0
};

struct Counterfactual {
  std::vector<double> log_probs;   // log p(y_t) with the model's own weights
  // Over the permutations: the median TVD and median log-probability change, and the share of
  // permutations that change the top prediction.
  CounterfactualEffect permutation, uniform, max_removed, random_removed;
};

// Weights [S] permuted among the positions where `real` [S] is true; the rest stay 0.
torch::Tensor permute_weights(const torch::Tensor& weights, const torch::Tensor& real, Rng& rng);
// Uniform over the real positions.
torch::Tensor uniform_weights(const torch::Tensor& real);
// Entry j set to 0 and the rest renormalised; when j held all the mass, uniform over the other
// real positions (unchanged when there are none).
torch::Tensor remove_weight(const torch::Tensor& weights, const torch::Tensor& real, int64_t j);

// src and trg are ids without EOS; the model is put in eval mode.
Counterfactual counterfactual_attention(NmtModelImpl& model, const std::vector<int32_t>& src,
                                        const std::vector<int32_t>& trg, const CounterfactualOptions& options = {});

}  // namespace rnnsearch
