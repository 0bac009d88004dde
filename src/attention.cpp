#include "rnnsearch/attention.h"

#include <fmt/format.h>

#include "rnnsearch/error.h"

namespace rnnsearch {
namespace {

// Variants whose issue has not landed are refused when the model is built, not silently replaced.
void require_supported(const AttentionConfig& c) {
  switch (c.score) {
    case ScoreType::additive:
      break;
    case ScoreType::dot:
    case ScoreType::scaled_dot:
    case ScoreType::general:
    case ScoreType::location:
    case ScoreType::cosine:
      throw ConfigError("config", "model.attention.score",
                        fmt::format("\"{}\" is not available yet (issue #6); use additive", to_string(c.score)));
  }
  switch (c.distribution) {
    case DistributionType::softmax:
      break;
    case DistributionType::sparsemax:
    case DistributionType::entmax15:
      throw ConfigError("config", "model.attention.distribution",
                        fmt::format("\"{}\" is not available yet (issue #6); use softmax",
                                    to_string(c.distribution)));
  }
  switch (c.window) {
    case WindowType::global:
      break;
    case WindowType::local_m:
    case WindowType::local_p:
      throw ConfigError("config", "model.attention.window",
                        fmt::format("\"{}\" is not available yet (issue #6); use global", to_string(c.window)));
  }
  if (c.heads != 1)
    throw ConfigError("config", "model.attention.heads", "multi-head attention is not available yet (issue #6)");
}

}  // namespace

AttentionMemory AttentionMemory::select(const torch::Tensor& index) const {
  return {values.index_select(0, index), keys.index_select(0, index), mask.index_select(0, index)};
}

AttentionImpl::AttentionImpl(const AttentionConfig& config, int64_t query_size, int64_t value_size)
    : config_(config) {
  require_supported(config);
  const int64_t a = config.hidden_size;
  query_proj = register_module("query_proj", torch::nn::Linear(torch::nn::LinearOptions(query_size, a).bias(false)));
  key_proj = register_module("key_proj", torch::nn::Linear(value_size, a));
  score_proj = register_module("score_proj", torch::nn::Linear(torch::nn::LinearOptions(a, 1).bias(false)));
}

AttentionMemory AttentionImpl::prepare(const torch::Tensor& values, const torch::Tensor& mask) {
  TORCH_CHECK(values.dim() == 3 && mask.sizes() == values.sizes().slice(0, 2), "attention memory: values ",
              values.sizes(), " and mask ", mask.sizes(), " disagree");
  return {values, key_proj->forward(values), mask};
}

AttentionOutput AttentionImpl::forward(const torch::Tensor& query, const AttentionMemory& memory) {
  // [B, S, A] + [B, 1, A] -> tanh -> v_a -> [B, S]
  const auto hidden = torch::tanh(memory.keys + query_proj->forward(query).unsqueeze(1));
  const auto scores = score_proj->forward(hidden).squeeze(-1);
  const auto weights = masked_distribution(config_.distribution, scores, memory.mask);
  const auto context = torch::bmm(weights.unsqueeze(1), memory.values).squeeze(1);  // [B, D]
  return {context, weights};
}

torch::Tensor masked_distribution(DistributionType type, const torch::Tensor& scores, const torch::Tensor& mask) {
  switch (type) {
    case DistributionType::softmax:
      return torch::softmax(scores.masked_fill(mask.logical_not(), -std::numeric_limits<double>::infinity()), -1);
    case DistributionType::sparsemax:
    case DistributionType::entmax15:
      break;
  }
  throw std::logic_error("masked_distribution: distribution not implemented (issue #6)");
}

}  // namespace rnnsearch
