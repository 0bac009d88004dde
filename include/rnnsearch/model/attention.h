// Attention as in the unified model of Niu et al. (2021): a score function f(q, K), a distribution
// g over source positions and a window, giving weights a = g(f(q, K)) and a context c = a V.
// Bahdanau et al. 2015 App. A.1.2: e_ij = v_a^T tanh(W_a s_{i-1} + U_a h_j), alpha = softmax(e).
#pragma once

#include <torch/torch.h>

#include "rnnsearch/common/config.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {

// Score functions f(q, k_j) (Luong et al. 2015 §3.1 names in brackets):
//   additive  v_a^T tanh(W_a q + U_a h_j)      [concat]     dot         q . h_j
//   scaled_dot q . h_j / sqrt(D)                            general     q^T W_a h_j
//   cosine    q . h_j / (|q| |h_j|)                         location    (W_a q)_j, one weight per position
// dot, scaled_dot and cosine need the query size Q equal to the annotation size D.
//
// Windows (Luong et al. 2015 §3.2), D = window_radius: global; local_m, p_t = t clipped to the
// source; local_p, p_t = S sigmoid(v_p^T tanh(W_p q)) with S the source length, weights multiplied
// by exp(-(j - p_t)^2 / (2 sigma^2)), sigma = D / 2, and renormalised only if renormalize_window
// (Luong et al. do not renormalise, so their weights sum to less than 1). Positions with
// |j - p_t| > D get weight 0.
//
// Multi-head attention (dot, general, additive) with N heads splits the query, the projected keys
// (additive: the tanh layer, each head with its own v_a) and the annotations into N equal slices;
// head n scores with its slices, its weights mix its slice of the annotations, and the contexts are
// concatenated, so the context keeps size D and the decoders do not change. The reported weights
// are the heads' mean (they still sum to 1), the per-head weights are kept beside them.
//
// Multi-dimensional (feature-wise) attention (Choi, Cho & Bengio 2018; Shen et al. 2018), with
// the additive score: e_tj = V_a tanh(W_a q + U_a h_j) in R^D, one score per annotation feature,
// a distribution over positions j per feature d, and c_td = sum_j alpha_tjd h_jd. Windows apply to
// every feature. The reported weights are the features' mean (they sum to 1); the per-feature
// weights are not kept (D rows per step).
//
// Coverage (Tu et al. 2016), additive score only: a coverage C_j of each source word, carried from
// step to step in the decoder state, enters the score, e_ij = v_a^T tanh(W_a q + U_a h_j + V_c C_j).
// Linguistic: C_j (a number) += alpha_ij / Phi_j, fertility Phi_j = N sigmoid(U_f h_j). Neural: C_j (a
// vector of coverage_size) = GRU(C_j; input alpha_ij, h_j and the query q). C starts at 0.
//
// Encoder annotations prepared once per batch and read by every decoder step.
struct AttentionMemory {
  torch::Tensor values;  // [B, S, D] annotations h_j
  torch::Tensor keys;    // [B, S, A] projected keys (U_a h_j for additive); [B, N, S, A/N] with N > 1 heads
  torch::Tensor mask;    // [B, S] bool, true = real token
  torch::Tensor head_values;  // [B, N, S, D/N] with N > 1 heads, else undefined
  // Counterfactual attention (rnnsearch explain): weights [B, S] that replace the ones the model
  // computes, in every head; undefined in training and search.
  torch::Tensor forced_weights;
  // Coverage: linguistic, the fertilities Phi_j [B, S]; neural, the annotations' share of the
  // coverage GRU's input gates [B, S, 3C]. Undefined without coverage.
  torch::Tensor fertility, coverage_input;
  // Hard attention: positions marginalised at each step when >= 0 (0 = all), overriding the
  // model's model.attention.hard_top_k (decode.hard_argmax decodes with 1).
  int64_t hard_top_k = -1;
  // Hard attention: the deep output's projection of each annotation, C_o h_j [B, S, P], made once
  // per batch by the decoder (every step of beam search reads it).
  torch::Tensor readout_contexts;
  // While gradients are on (one head): where every step's attention adds its gradient for the
  // values and the keys (kernels.h's accumulate_memory_gradients); else null.
  std::shared_ptr<MemoryGradients> gradients;
  // Search with several rows per sentence (FusedStep::with_context_products): the fused step's
  // context projections of each annotation, [C h_j, C_o h_j] [B, S, 3H + P], float32; else undefined.
  torch::Tensor context_products;
  // Search with the fused step: e^(2 keys) (kernels.h's key_exponentials), or undefined.
  torch::Tensor key_exps;

  // The rows `index` of every tensor (beam search reorders and drops sentences).
  AttentionMemory select(const torch::Tensor& index) const;
};

struct AttentionOutput {
  torch::Tensor context;  // [B, D]
  torch::Tensor weights;  // [B, S], rows sum to 1, 0 on padding (mean of the heads); at least float32
  torch::Tensor head_weights;  // [B, N, S] with N > 1 heads, else undefined
  torch::Tensor coverage;      // the coverage after this step, [B, S] or [B, S, C]; undefined without
};

class AttentionImpl : public torch::nn::Module {
 public:
  // query_size: decoder state size; value_size: annotation size D.
  AttentionImpl(const AttentionConfig& config, int64_t query_size, int64_t value_size);

  AttentionMemory prepare(const torch::Tensor& values, const torch::Tensor& mask);
  // query [B, Q] at decoder step `step` (0-based; local_m centres its window there). Beam search
  // passes G queries per memory row, [B*G, Q], rows g*i .. g*i+G-1 reading memory row i; the
  // outputs then have B*G rows, and the memory is read in place, never copied per query.
  // coverage: the coverage before this step ([B*G, S] linguistic, [B*G, S, C] neural; undefined
  // without coverage).
  AttentionOutput forward(const torch::Tensor& query, const AttentionMemory& memory, int64_t step = 0,
                          const torch::Tensor& coverage = {});
  // The coverage before the first step for `rows` queries over S positions (undefined without).
  torch::Tensor initial_coverage(int64_t rows, int64_t positions, const torch::TensorOptions& options) const;
  // Bahdanau et al.'s attention as such (additive score, one head, one weight per word, softmax
  // over the whole source, no coverage): {W_a [A, Q], v_a [A]}; else two undefined tensors.
  std::pair<torch::Tensor, torch::Tensor> plain_additive() const;

 private:
  AttentionMemory memory_of(const torch::Tensor& annotations, const torch::Tensor& mask);
  // Scores [B, S], or [B, N, S] with N > 1 heads, or [B, D, S] with multi-dimensional attention.
  torch::Tensor scores(const torch::Tensor& query, const AttentionMemory& memory, torch::Tensor& mask,
                       const torch::Tensor& coverage);
  // The coverage after a step with weights [B*G, S].
  torch::Tensor update_coverage(const torch::Tensor& coverage, const torch::Tensor& weights, const torch::Tensor& query,
                                const AttentionMemory& memory);
  // [B, S, X] -> [B, N, S, X/N]
  torch::Tensor split_heads(const torch::Tensor& x) const;

  AttentionConfig config_;
  int64_t value_size_;
  int64_t heads_;
  bool features_;  // multi-dimensional: one distribution per annotation feature
  torch::nn::Linear query_proj{nullptr};     // additive: W_a [Q -> A], no bias
  torch::nn::Linear key_proj{nullptr};       // additive: U_a [D -> A]; general: W_a [D -> Q], no bias
  torch::nn::Linear score_proj{nullptr};     // additive: v_a, weight [N, A/N] (one row per head), or
                                             // V_a [D, A] (multi-dimensional), no bias
  torch::nn::Linear location_proj{nullptr};  // location: W_a [Q -> max_positions]
  torch::nn::Linear position_proj{nullptr};  // local_p: W_p [Q -> A], no bias
  torch::nn::Linear position_score{nullptr}; // local_p: v_p [A -> 1], no bias
  torch::nn::Linear coverage_score{nullptr};   // coverage: V_c [1 or C -> A], no bias
  torch::nn::Linear fertility_proj{nullptr};   // linguistic coverage: U_f [D -> 1]
  torch::nn::Linear coverage_annotation{nullptr};  // neural coverage: h_j -> input gates [D -> 3C]
  torch::nn::Linear coverage_weight{nullptr};      // neural coverage: alpha_ij -> input gates [1 -> 3C], no bias
  torch::nn::Linear coverage_query{nullptr};       // neural coverage: q -> input gates [Q -> 3C], no bias
  torch::nn::Linear coverage_hidden{nullptr};      // neural coverage: C_j -> hidden gates [C -> 3C]
};
TORCH_MODULE(Attention);

// x in float32 when it is bfloat16 or half, else x itself: normalisations (attention weights,
// log-probabilities) and window positions of a reduced-precision model are computed in float32.
torch::Tensor at_least_float(const torch::Tensor& x);

// Distributions over the last dimension, each summing to 1, with exact gradients.
torch::Tensor sparsemax(const torch::Tensor& z);
torch::Tensor entmax15(const torch::Tensor& z);

// Lin et al. 2017: ||A A^T - I||_F^2 for each set of head weights A [N, S] in `head_weights`
// [..., N, S], summed over the leading positions where `mask` [...] is true.
torch::Tensor frobenius_penalty(const torch::Tensor& head_weights, const torch::Tensor& mask);

// Head diversity: the mean Jensen-Shannon divergence (bits) over the pairs of heads, for each set
// of head weights [..., N, S] -> [...].
torch::Tensor mean_pairwise_jsd(const torch::Tensor& head_weights);

// Normalises scores [B, S] over positions where mask is true; exactly 0 elsewhere.
torch::Tensor masked_distribution(DistributionType type, const torch::Tensor& scores,
                                  const torch::Tensor& mask);

}  // namespace rnnsearch
