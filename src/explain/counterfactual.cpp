#include "rnnsearch/explain/counterfactual.h"

#include <algorithm>
#include <numeric>

#include "rnnsearch/data/vocab.h"

namespace rnnsearch {
namespace {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

torch::Tensor permute_weights(const torch::Tensor& weights, const torch::Tensor& real, Rng& rng) {
  std::vector<int64_t> positions;
  const auto r = real.to(torch::kCPU).to(torch::kBool);
  for (int64_t j = 0; j < r.size(0); ++j)
    if (r[j].item<bool>()) positions.push_back(j);
  std::vector<int64_t> shuffled = positions;
  rng.shuffle(shuffled);
  auto out = torch::zeros_like(weights);
  const auto from = torch::tensor(shuffled, torch::kInt64).to(weights.device());
  const auto to = torch::tensor(positions, torch::kInt64).to(weights.device());
  out.index_put_({to}, weights.index({from}));
  return out;
}

torch::Tensor uniform_weights(const torch::Tensor& real) {
  const auto w = real.to(torch::kFloat);
  return w / w.sum();
}

torch::Tensor remove_weight(const torch::Tensor& weights, const torch::Tensor& real, int64_t j) {
  auto out = weights.clone();
  out[j] = 0;
  const double rest = out.sum().item<double>();
  if (rest > 0) return out / rest;
  // All the mass was at j (sparsemax often puts it there): the other real positions share it.
  auto others = real.to(weights.options()).clone();
  others[j] = 0;
  const double n = others.sum().item<double>();
  return n > 0 ? others / n : weights.clone();
}

Counterfactual counterfactual_attention(NmtModelImpl& model, const std::vector<int32_t>& src,
                                        const std::vector<int32_t>& trg, const CounterfactualOptions& options) {
  torch::NoGradGuard no_grad;
  model.eval();
  const torch::Device device = model.parameters().front().device();
  const TensorBatch batch = make_tensor_batch({src}, {trg}, {0}, device);
  const Encoded encoded = model.encode(batch.src, batch.src_lengths);
  const torch::Tensor real = encoded.memory.mask[0];  // [S]
  const int64_t n_real = real.sum().item<int64_t>();
  const int k_perm = std::max(options.permutations, 0);
  const int64_t rows = k_perm + 3;  // permutations, uniform, max removed, random removed
  const torch::Tensor repeat = torch::zeros({rows}, torch::TensorOptions().dtype(torch::kInt64).device(device));
  AttentionMemory memory = encoded.memory.select(repeat);
  Rng rng(options.seed);
  DecoderState state = encoded.state;
  torch::Tensor prev = torch::full({1}, kBosId, torch::TensorOptions().dtype(torch::kInt64).device(device));
  Counterfactual out;
  const int64_t steps = static_cast<int64_t>(trg.size()) + 1;
  for (int64_t t = 0; t < steps; ++t) {
    const int64_t y = t < static_cast<int64_t>(trg.size()) ? trg[static_cast<std::size_t>(t)] : kEosId;
    const StepOutput own = model.decoder->step(prev, state, encoded.memory);
    const torch::Tensor weights = own.attention[0];  // [S]
    std::vector<torch::Tensor> replaced;
    for (int k = 0; k < k_perm; ++k) replaced.push_back(permute_weights(weights, real, rng));
    replaced.push_back(uniform_weights(real).to(weights.options()));
    const int64_t top = weights.argmax().item<int64_t>();
    replaced.push_back(remove_weight(weights, real, top));
    // A random real position other than the largest (the largest itself when it is the only one).
    int64_t other = top;
    if (n_real > 1) {
      std::vector<int64_t> candidates;
      for (int64_t j = 0; j < real.size(0); ++j)
        if (real[j].item<bool>() && j != top) candidates.push_back(j);
      other = candidates[rng.below(candidates.size())];
    }
    replaced.push_back(remove_weight(weights, real, other));
    memory.forced_weights = torch::stack(replaced);  // [rows, S]
    const StepOutput cf = model.decoder->step(prev.expand({rows}), state.select(repeat), memory);
    const torch::Tensor p = own.log_probs[0].to(torch::kDouble).exp();    // [V]
    const torch::Tensor q = cf.log_probs.to(torch::kDouble).exp();        // [rows, V]
    const torch::Tensor tvd = (q - p).abs().sum(1).mul(0.5);
    const double own_log_prob = own.log_probs[0][y].item<double>();
    const torch::Tensor delta = cf.log_probs.to(torch::kDouble).select(1, y) - own_log_prob;
    const torch::Tensor changed = cf.log_probs.argmax(1).ne(own.log_probs[0].argmax()).to(torch::kDouble);
    out.log_probs.push_back(own_log_prob);
    auto at = [](const torch::Tensor& v, int64_t i) { return v[i].item<double>(); };
    std::vector<double> perm_tvd, perm_delta;
    double perm_changed = 0;
    for (int k = 0; k < k_perm; ++k) {
      perm_tvd.push_back(at(tvd, k));
      perm_delta.push_back(at(delta, k));
      perm_changed += at(changed, k);
    }
    out.permutation.tvd.push_back(median(perm_tvd));
    out.permutation.log_prob.push_back(median(perm_delta));
    out.permutation.top_changed.push_back(k_perm > 0 ? perm_changed / k_perm : 0);
    for (const auto& [effect, row] : {std::pair<CounterfactualEffect*, int64_t>{&out.uniform, k_perm},
                                      {&out.max_removed, k_perm + 1}, {&out.random_removed, k_perm + 2}}) {
      effect->tvd.push_back(at(tvd, row));
      effect->log_prob.push_back(at(delta, row));
      effect->top_changed.push_back(at(changed, row));
    }
    state = own.state;
    prev = torch::full({1}, y, prev.options());
  }
  return out;
}

}  // namespace rnnsearch
