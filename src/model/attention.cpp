#include "rnnsearch/model/attention.h"

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {
namespace {

// Heads split the query, the keys and the annotations into equal slices.
void require_divisible(int64_t size, int64_t heads, const char* what) {
  if (size % heads != 0)
    throw ConfigError("config", "model.attention.heads",
                      fmt::format("{} heads do not divide the {} ({})", heads, what, size));
}

// dot, scaled_dot and cosine compare the query with the annotations directly.
bool compares_directly(ScoreType score) {
  return score == ScoreType::dot || score == ScoreType::scaled_dot || score == ScoreType::cosine;
}

torch::Tensor unit_rows(const torch::Tensor& x) { return x / x.norm(2, -1, true).clamp_min(1e-12); }

// The accumulators of the memory's gradients, or undefined (kernels.h).
torch::Tensor values_gradient(const AttentionMemory& memory) {
  return memory.gradients ? memory.gradients->values : torch::Tensor();
}
torch::Tensor keys_gradient(const AttentionMemory& memory) {
  if (!memory.gradients) return {};
  return memory.gradients->keys.defined() ? memory.gradients->keys : memory.gradients->values;  // keys = values
}

}  // namespace

torch::Tensor at_least_float(const torch::Tensor& x) {
  const auto type = x.scalar_type();
  return type == torch::kBFloat16 || type == torch::kHalf ? x.to(torch::kFloat) : x;
}

AttentionMemory AttentionMemory::select(const torch::Tensor& index) const {
  auto rows = [&](const torch::Tensor& t) { return t.defined() ? t.index_select(0, index) : t; };
  return {rows(values), rows(keys), mask.index_select(0, index),
          rows(head_values), rows(forced_weights), rows(fertility), rows(coverage_input), hard_top_k,
          rows(readout_contexts), nullptr, rows(context_products), rows(key_exps)};
}

AttentionImpl::AttentionImpl(const AttentionConfig& config, int64_t query_size, int64_t value_size)
    : config_(config),
      value_size_(value_size),
      heads_(config.heads),
      features_(config.dimensions == AttentionDimensions::multi) {
  if (features_ && (config.score != ScoreType::additive || heads_ > 1))
    throw ConfigError("config", "model.attention.dimensions", "multi needs score additive and one head");
  if (config.coverage != CoverageType::none && (config.score != ScoreType::additive || heads_ > 1 || features_))
    throw ConfigError("config", "model.attention.coverage", "needs score additive, one head and dimensions single");
  if (heads_ > 1) {
    if (config.score != ScoreType::dot && config.score != ScoreType::general && config.score != ScoreType::additive)
      throw ConfigError("config", "model.attention.heads",
                        fmt::format("several heads need score dot, general or additive, not \"{}\"", to_string(config.score)));
    require_divisible(value_size, heads_, "annotation size (2 x model.encoder.hidden_size)");
    if (config.score == ScoreType::additive)
      require_divisible(config.hidden_size, heads_, "model.attention.hidden_size");
    else
      require_divisible(query_size, heads_, "decoder state size (model.decoder.hidden_size)");
  }
  if (compares_directly(config.score) && query_size != value_size)
    throw ConfigError("config", "model.attention.score",
                      fmt::format("\"{}\" compares the decoder state ({}) with the annotations ({}) directly: make "
                                  "model.decoder.hidden_size equal to 2 x model.encoder.hidden_size, or use general",
                                  to_string(config.score), query_size, value_size));
  switch (config.score) {
    case ScoreType::additive: {
      const int64_t a = config.hidden_size;
      query_proj = register_module("query_proj", torch::nn::Linear(torch::nn::LinearOptions(query_size, a).bias(false)));
      key_proj = register_module("key_proj", torch::nn::Linear(value_size, a));
      // weight [N, A/N]: with one head, v_a as a Linear(A -> 1) stores it; V_a [D, A] for features.
      const int64_t scores_out = features_ ? value_size : heads_;
      score_proj = register_module("score_proj", torch::nn::Linear(torch::nn::LinearOptions(a / heads_, scores_out).bias(false)));
      break;
    }
    case ScoreType::general:
      key_proj = register_module("key_proj", torch::nn::Linear(torch::nn::LinearOptions(value_size, query_size).bias(false)));
      break;
    case ScoreType::location:
      location_proj = register_module("location_proj", torch::nn::Linear(query_size, config.max_positions));
      break;
    case ScoreType::dot:
    case ScoreType::scaled_dot:
    case ScoreType::cosine:
      break;
  }
  if (config.coverage != CoverageType::none) {
    const int64_t a = config.hidden_size, c = config.coverage_size;
    const bool neural = config.coverage == CoverageType::neural;
    coverage_score = register_module("coverage_score", torch::nn::Linear(torch::nn::LinearOptions(neural ? c : 1, a).bias(false)));
    if (neural) {
      coverage_annotation = register_module("coverage_annotation", torch::nn::Linear(value_size, 3 * c));
      coverage_weight = register_module("coverage_weight", torch::nn::Linear(torch::nn::LinearOptions(1, 3 * c).bias(false)));
      coverage_query = register_module("coverage_query", torch::nn::Linear(torch::nn::LinearOptions(query_size, 3 * c).bias(false)));
      coverage_hidden = register_module("coverage_hidden", torch::nn::Linear(c, 3 * c));
    } else {
      fertility_proj = register_module("fertility_proj", torch::nn::Linear(value_size, 1));
    }
  }
  if (config.window == WindowType::local_p) {
    const int64_t a = config.hidden_size;
    position_proj = register_module("position_proj", torch::nn::Linear(torch::nn::LinearOptions(query_size, a).bias(false)));
    position_score = register_module("position_score", torch::nn::Linear(torch::nn::LinearOptions(a, 1).bias(false)));
  }
}

AttentionMemory AttentionImpl::prepare(const torch::Tensor& annotations, const torch::Tensor& mask) {
  TORCH_CHECK(annotations.dim() == 3 && mask.sizes() == annotations.sizes().slice(0, 2), "attention memory: values ",
              annotations.sizes(), " and mask ", mask.sizes(), " disagree");
  AttentionMemory memory = memory_of(annotations, mask);
  if (heads_ == 1 && !features_)
    std::tie(memory.values, memory.keys, memory.gradients) = accumulate_memory_gradients(memory.values, memory.keys);
  return memory;
}

AttentionMemory AttentionImpl::memory_of(const torch::Tensor& annotations, const torch::Tensor& mask) {
  // One head: the per-step products are kernels.h's loops, which compute in the annotations' own
  // type (float32 under bfloat16 autocast too); keys from a projection are brought to it once.
  const torch::Tensor values = heads_ > 1 || features_ ? in_autocast_type(annotations) : annotations;
  auto project = [&](const torch::Tensor& x) {
    const auto keys = linear(key_proj, x);
    return heads_ > 1 || features_ ? keys : keys.to(x.scalar_type());
  };
  if (heads_ > 1) {
    // additive keeps its keys whole: the query is added before the tanh, heads split after it.
    const auto keys = config_.score == ScoreType::dot ? split_heads(values)
                      : config_.score == ScoreType::general ? split_heads(linear(key_proj, values))
                                                            : linear(key_proj, values);
    return {values, keys, mask, split_heads(values)};
  }
  switch (config_.score) {
    case ScoreType::additive:
      if (config_.coverage == CoverageType::linguistic) {  // Phi_j = N sigmoid(U_f h_j), once per batch
        const auto fertility = config_.fertility * torch::sigmoid(at_least_float(fertility_proj->forward(values))).squeeze(-1);
        return {values, project(values), mask, {}, {}, fertility, {}};
      }
      if (config_.coverage == CoverageType::neural)
        return {values, project(values), mask, {}, {}, {}, coverage_annotation->forward(values)};
      [[fallthrough]];
    case ScoreType::general:
      return {values, project(values), mask, {}};  // U_a h_j / W_a h_j, once per batch
    case ScoreType::cosine:
      return {values, unit_rows(values), mask, {}};
    case ScoreType::dot:
    case ScoreType::scaled_dot:
    case ScoreType::location:
      break;
  }
  return {values, values, mask, {}};
}

torch::Tensor AttentionImpl::split_heads(const torch::Tensor& x) const {
  return x.view({x.size(0), x.size(1), heads_, x.size(2) / heads_}).permute({0, 2, 1, 3}).contiguous();
}

torch::Tensor AttentionImpl::initial_coverage(int64_t rows, int64_t positions, const torch::TensorOptions& options) const {
  switch (config_.coverage) {
    case CoverageType::none: return {};
    case CoverageType::linguistic: return torch::zeros({rows, positions}, options);
    case CoverageType::neural: return torch::zeros({rows, positions, config_.coverage_size}, options);
  }
  throw std::logic_error("attention: unhandled coverage");
}

std::pair<torch::Tensor, torch::Tensor> AttentionImpl::plain_additive() const {
  const bool plain = config_.score == ScoreType::additive && heads_ == 1 && !features_ &&
                     config_.distribution == DistributionType::softmax && config_.window == WindowType::global &&
                     config_.coverage == CoverageType::none;
  if (!plain) return {};
  return {query_proj->weight, score_proj->weight.view({-1})};
}

torch::Tensor AttentionImpl::update_coverage(const torch::Tensor& coverage, const torch::Tensor& weights,
                                             const torch::Tensor& query, const AttentionMemory& memory) {
  const int64_t b = memory.mask.size(0), rows = query.size(0), g = rows / b, s = memory.mask.size(1);
  if (config_.coverage == CoverageType::linguistic) {  // C_j += alpha_j / Phi_j
    const auto fertility = g == 1 ? memory.fertility : memory.fertility.repeat_interleave(g, 0);
    return coverage + weights.to(coverage.scalar_type()) / fertility.to(coverage.scalar_type());
  }
  // A GRU step per source word: input gates from h_j (once per batch), alpha_j and the query.
  const auto alpha = weights.to(memory.coverage_input.scalar_type()).view({b, g, s, 1});
  const auto input = (memory.coverage_input.unsqueeze(1) + coverage_weight->forward(alpha) +
                      coverage_query->forward(query).view({b, g, 1, -1}))
                         .view({rows, s, -1});  // [B*G, S, 3C]
  const auto hidden = coverage_hidden->forward(coverage);
  const auto in = input.chunk(3, -1), hid = hidden.chunk(3, -1);
  const auto r = torch::sigmoid(in[0] + hid[0]), z = torch::sigmoid(in[1] + hid[1]);
  const auto n = torch::tanh(in[2] + r * hid[2]);
  return (1 - z) * n + z * coverage;
}

torch::Tensor AttentionImpl::scores(const torch::Tensor& query, const AttentionMemory& memory, torch::Tensor& mask,
                                    const torch::Tensor& coverage) {
  // query [B*G, Q]: G consecutive rows per memory row (beam search), read without copying memory.
  const int64_t b = memory.mask.size(0), g = query.size(0) / b, rows = query.size(0);
  if (heads_ > 1) {
    if (config_.score == ScoreType::additive) {
      // [B, 1, S, A] + [B, G, 1, A] -> tanh -> [B, G, S, N, A/N] . v [N, A/N] -> [B*G, N, S]
      const auto hidden = torch::tanh(memory.keys.unsqueeze(1) + step_linear(query_proj, query).view({b, g, 1, -1}));
      const auto per_head = hidden.view({b, g, hidden.size(2), heads_, -1});
      return (per_head * score_proj->weight).sum(-1).transpose(2, 3).reshape({rows, heads_, -1});
    }
    // dot / general: [B, N, S, Q/N] x [B, N, Q/N, G] -> [B, N, S, G] -> [B*G, N, S]
    const auto q = query.view({b, g, heads_, -1}).permute({0, 2, 3, 1});
    return torch::matmul(memory.keys, q).permute({0, 3, 1, 2}).reshape({rows, heads_, -1});
  }
  // [B*G, D] . [B, S, D] -> [B*G, S]
  auto against_keys = [&](const torch::Tensor& q) {
    return row_dots(q.to(memory.keys.scalar_type()), memory.keys, keys_gradient(memory));
  };
  switch (config_.score) {
    case ScoreType::additive: {
      if (!coverage.defined() && !features_)  // v_a . tanh(U_a h_j + W_a s) in one kernel, both passes
        return additive_scores(memory.keys, step_linear(query_proj, query).to(memory.keys.scalar_type()),
                               score_proj->weight.view({-1}).to(memory.keys.scalar_type()), keys_gradient(memory));
      // [B, 1, S, A] + [B, G, 1, A] (+ V_c C [B, G, S, A]) -> tanh -> v_a -> [B*G, S]
      auto pre = memory.keys.unsqueeze(1) + step_linear(query_proj, query).view({b, g, 1, -1});
      if (coverage.defined()) {
        const auto c = config_.coverage == CoverageType::linguistic ? coverage.unsqueeze(-1) : coverage;
        pre = pre + coverage_score->forward(c.to(pre.scalar_type())).view({b, g, memory.mask.size(1), -1});
      }
      const auto hidden = torch::tanh(pre);
      if (features_)  // V_a -> [B, G, S, D] -> [B*G, D, S]
        return score_proj->forward(hidden).view({rows, hidden.size(2), -1}).transpose(1, 2);
      return score_proj->forward(hidden).view({rows, -1});
    }
    case ScoreType::dot:
    case ScoreType::general:  // h_t^T (W_a h_s): the keys hold W_a h_s
      return against_keys(query);
    case ScoreType::scaled_dot:
      return against_keys(query) / std::sqrt(static_cast<double>(value_size_));
    case ScoreType::cosine:
      return against_keys(unit_rows(query));
    case ScoreType::location: {
      // Luong et al. 2015 §3.1: a_t = softmax(W_a h_t), one score per source position.
      const int64_t s = memory.mask.size(1), m = config_.max_positions;
      const auto all = location_proj->forward(query);  // [B*G, M]
      if (s > m) mask = mask.logical_and(torch::arange(s, mask.options().dtype(torch::kInt64)).lt(m).unsqueeze(0));
      return s <= m ? all.slice(1, 0, s) : torch::cat({all, torch::zeros({all.size(0), s - m}, all.options())}, 1);
    }
  }
  throw std::logic_error("attention: unhandled score function");
}

AttentionOutput AttentionImpl::forward(const torch::Tensor& query, const AttentionMemory& memory, int64_t step,
                                       const torch::Tensor& coverage) {
  TORCH_CHECK(coverage.defined() == (config_.coverage != CoverageType::none), "attention: coverage ",
              coverage.defined() ? "given to a model without coverage" : "missing");
  const int64_t b = memory.mask.size(0), rows = query.size(0), g = rows / b;
  TORCH_CHECK(b > 0 && rows == b * g, "attention: ", rows, " queries for ", b, " memory rows");
  // [B*G, S]: each query row sees the mask of its memory row.
  const torch::Tensor real = g == 1 ? memory.mask : memory.mask.repeat_interleave(g, 0);
  torch::Tensor mask = real;  // narrowed by location scores past max_positions and by windows
  const torch::Tensor scores = at_least_float(this->scores(query, memory, mask, coverage));
  // Windows: a centre p_t per sentence, positions farther than D get no weight.
  torch::Tensor gaussian;
  if (config_.window != WindowType::global) {
    const auto lengths = real.sum(1);  // [B*G], EOS included
    const auto positions = torch::arange(mask.size(1), scores.options()).unsqueeze(0);  // [1, S]
    torch::Tensor centre;                                                                // [B*G, 1]
    if (config_.window == WindowType::local_m) {
      centre = lengths.sub(1).clamp_max(step).to(scores.dtype()).unsqueeze(1);
    } else {
      const auto predicted = position_score->forward(torch::tanh(position_proj->forward(query)));  // [B*G, 1]
      centre = lengths.to(scores.dtype()).unsqueeze(1) * torch::sigmoid(predicted);
    }
    const auto distance = positions - centre;
    mask = mask.logical_and(distance.abs().le(config_.window_radius));
    if (config_.window == WindowType::local_p) {
      const double sigma = config_.window_radius / 2.0;
      gaussian = torch::exp(-distance.pow(2) / (2 * sigma * sigma));
    }
  }
  // With heads (features) the scores are [B, N, S] ([B, D, S]): mask and Gaussian apply to each.
  const bool multi = heads_ > 1 || features_;
  auto weights = masked_distribution(config_.distribution, scores, multi ? mask.unsqueeze(1) : mask);
  if (gaussian.defined()) {
    weights = weights * (multi ? gaussian.unsqueeze(1) : gaussian);
    if (config_.renormalize_window) weights = weights / weights.sum(-1, true);
  }
  if (memory.forced_weights.defined()) {
    TORCH_CHECK(memory.forced_weights.sizes() == real.sizes(), "attention: forced weights ", memory.forced_weights.sizes(),
                " for ", real.sizes(), " positions");
    const auto forced = memory.forced_weights.to(weights.scalar_type());
    weights = multi ? forced.unsqueeze(1).expand_as(weights).contiguous() : forced;
  }
  const auto mixing = weights.to(memory.values.scalar_type());
  if (coverage.defined())  // [B*G, D], the weights, the coverage after this step
    return {weighted_sum(mixing, memory.values, values_gradient(memory)), weights, {},
            update_coverage(coverage, weights, query, memory)};
  if (features_) {  // [B, G, D, S] . [B, 1, D, S] summed over S -> [B*G, D]
    const auto context = (mixing.reshape({b, g, value_size_, -1}) * memory.values.transpose(1, 2).unsqueeze(1)).sum(-1);
    return {context.view({rows, -1}), weights.mean(1), {}};
  }
  if (!multi)  // [B*G, S] . [B, S, D] -> [B*G, D]
    return {weighted_sum(mixing, memory.values, values_gradient(memory)), weights, {}};
  // [B, N, G, S] x [B, N, S, D/N] -> [B, N, G, D/N] -> [B*G, D]
  const auto per_head = mixing.view({b, g, heads_, -1}).transpose(1, 2);
  const auto context = torch::matmul(per_head, memory.head_values).transpose(1, 2).reshape({rows, -1});
  return {context, weights.mean(1), weights};
}

namespace {

// Values far enough below the largest real score to be outside any sparse support (the
// threshold tau is never below max - 1), so padding gets exactly 0 without infinities.
torch::Tensor push_padding_down(const torch::Tensor& z, const torch::Tensor& mask) {
  const auto top = z.masked_fill(mask.logical_not(), -std::numeric_limits<double>::infinity()).amax(-1, true);
  return torch::where(mask, z, top.detach() - 10.0);
}

// The support size k of a sorted row: the number of entries with `in_support` true (a prefix).
torch::Tensor support_size(const torch::Tensor& in_support) {
  return in_support.sum(-1, true).clamp_min(1);
}

}  // namespace

// Sparsemax (Martins & Astudillo 2016): p = max(z - tau, 0), tau from the sorted prefix whose
// entries satisfy 1 + k z_(k) > sum_{j<=k} z_(j).
torch::Tensor sparsemax(const torch::Tensor& z) {
  const auto sorted = std::get<0>(z.sort(-1, true));
  const auto cumsum = sorted.cumsum(-1);
  torch::Tensor k;
  {
    torch::NoGradGuard no_grad;
    const auto ranks = torch::arange(1, z.size(-1) + 1, z.options());
    k = support_size((1 + ranks * sorted) > cumsum);
  }
  const auto tau = (cumsum.gather(-1, k - 1) - 1) / k.to(z.dtype());
  return torch::clamp_min(z - tau, 0);
}

// 1.5-entmax (Peters et al. 2019), exact sort-based algorithm: p = max(z/2 - tau, 0)^2, with tau
// the root of sum max(z/2 - tau, 0)^2 = 1 on the support. tau is computed only at the support
// size, where it is a smooth function of the scores, so autograd gives the exact gradient.
torch::Tensor entmax15(const torch::Tensor& z) {
  const auto x = z / 2;
  const auto sorted = std::get<0>(x.sort(-1, true));
  const auto cumsum = sorted.cumsum(-1);
  const auto cumsum_sq = (sorted * sorted).cumsum(-1);
  torch::Tensor k;
  {
    torch::NoGradGuard no_grad;
    const auto ranks = torch::arange(1, z.size(-1) + 1, z.options());
    const auto mean = cumsum / ranks;
    const auto delta = (1 - ranks * (cumsum_sq / ranks - mean * mean)) / ranks;
    const auto tau = mean - delta.clamp_min(0).sqrt();
    k = support_size(tau <= sorted);
  }
  const auto kf = k.to(z.dtype());
  const auto mean = cumsum.gather(-1, k - 1) / kf;
  const auto mean_sq = cumsum_sq.gather(-1, k - 1) / kf;
  const auto tau = mean - ((1 - kf * (mean_sq - mean * mean)) / kf).sqrt();
  return torch::clamp_min(x - tau, 0).pow(2);
}

torch::Tensor frobenius_penalty(const torch::Tensor& head_weights, const torch::Tensor& mask) {
  const auto a = at_least_float(head_weights);
  const auto gram = torch::matmul(a, a.transpose(-1, -2));  // [..., N, N]
  const auto identity = torch::eye(a.size(-2), a.options());
  const auto per_set = (gram - identity).pow(2).sum({-2, -1});  // [...]
  return per_set.masked_fill(mask.logical_not(), 0.0).sum();
}

torch::Tensor mean_pairwise_jsd(const torch::Tensor& head_weights) {
  const auto p = at_least_float(head_weights).unsqueeze(-2);  // [..., N, 1, S]
  const auto q = at_least_float(head_weights).unsqueeze(-3);  // [..., 1, N, S]
  const auto m = (p + q) / 2;
  // x log2(x / m), 0 where x = 0
  auto kl = [&](const torch::Tensor& x) {
    return torch::where(x > 0, x * (x.clamp_min(1e-30) / m.clamp_min(1e-30)).log2(), torch::zeros_like(x)).sum(-1);
  };
  const auto jsd = (kl(p) + kl(q)) / 2;  // [..., N, N], 0 on the diagonal
  const int64_t n = head_weights.size(-2);
  return jsd.sum({-2, -1}) / static_cast<double>(std::max<int64_t>(n * (n - 1), 1));
}

torch::Tensor masked_distribution(DistributionType type, const torch::Tensor& scores, const torch::Tensor& mask) {
  switch (type) {
    case DistributionType::softmax:
      return torch::softmax(scores.masked_fill(mask.logical_not(), -std::numeric_limits<double>::infinity()), -1);
    case DistributionType::sparsemax:
      return sparsemax(push_padding_down(scores, mask)).masked_fill(mask.logical_not(), 0.0);
    case DistributionType::entmax15:
      return entmax15(push_padding_down(scores, mask)).masked_fill(mask.logical_not(), 0.0);
  }
  throw std::logic_error("masked_distribution: unhandled distribution");
}

}  // namespace rnnsearch
