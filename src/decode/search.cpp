#include "rnnsearch/decode/search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {
namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

torch::Tensor index_tensor(const std::vector<int64_t>& rows, const torch::Device& device) {
  return torch::tensor(rows, torch::kInt64).to(device);
}

// Column indices of step()'s log-probabilities -> target ids (the same without a shortlist).
torch::Tensor token_ids(const StepModel& model, const torch::Tensor& columns) {
  const torch::Tensor ids = model.columns();
  return ids.defined() ? ids.to(columns.device()).index({columns}) : columns;
}

// Never outputs PAD or BOS; blocks EOS before min_len, and allows only EOS in rows that reached
// their length limit.
void constrain(torch::Tensor& log_probs, int t, int min_len, const std::vector<bool>& forced) {
  log_probs.select(1, kPadId).fill_(kNegInf);
  log_probs.select(1, kBosId).fill_(kNegInf);
  if (t < min_len) log_probs.select(1, kEosId).fill_(kNegInf);
  if (std::none_of(forced.begin(), forced.end(), [](bool f) { return f; })) return;
  std::vector<int64_t> rows;
  for (std::size_t r = 0; r < forced.size(); ++r)
    if (forced[r]) rows.push_back(static_cast<int64_t>(r));
  const auto index = index_tensor(rows, log_probs.device());
  auto only_eos = torch::full({static_cast<int64_t>(rows.size()), log_probs.size(1)}, kNegInf, log_probs.options());
  // Keep the model's EOS log-probability, so scores stay the teacher-forced ones.
  only_eos.select(1, kEosId).copy_(log_probs.index_select(0, index).select(1, kEosId));
  log_probs.index_copy_(0, index, only_eos);
}

}  // namespace

void SearchOptions::validate() const {
  if (beam_size < 1) throw UserError(fmt::format("beam size {}: must be at least 1", beam_size));
  if (n_best < 1 || n_best > beam_size)
    throw UserError(fmt::format("n-best {}: must be between 1 and the beam size ({})", n_best, beam_size));
  if (length_penalty < 0) throw UserError(fmt::format("length penalty {}: must not be negative", length_penalty));
  if (min_len < 0) throw UserError(fmt::format("minimum length {}: must not be negative", min_len));
  if (coverage_penalty < 0) throw UserError(fmt::format("coverage penalty {}: must not be negative", coverage_penalty));
}

double coverage_penalty(const torch::Tensor& coverage, const torch::Tensor& mask, double beta) {
  if (beta == 0) return 0;
  const auto capped = coverage.to(torch::kFloat64).clamp(1e-6, 1.0).log();
  return beta * capped.masked_fill(mask.logical_not(), 0.0).sum().item<double>();
}

double length_normalizer(std::size_t tokens_with_eos, double alpha) {
  return alpha == 0 ? 1.0 : std::pow((5.0 + static_cast<double>(tokens_with_eos)) / 6.0, alpha);
}

std::vector<int> max_output_lengths(const std::vector<int>& source_lengths, double ratio, int offset) {
  std::vector<int> out;
  out.reserve(source_lengths.size());
  for (const int n : source_lengths) out.push_back(static_cast<int>(std::floor(ratio * n)) + offset);
  return out;
}

std::vector<Hypothesis> greedy_search(StepModel& model, const std::vector<int>& max_len, const SearchOptions& options) {
  torch::NoGradGuard no_grad;
  const std::size_t n = max_len.size();
  std::vector<Hypothesis> out(n);
  std::vector<int64_t> active(n);  // the sentence of each row
  std::iota(active.begin(), active.end(), int64_t{0});
  torch::Tensor prev;
  for (int t = 0; !active.empty(); ++t) {
    if (t == 0) prev = torch::full({static_cast<int64_t>(n)}, kBosId, torch::kInt64);
    auto log_probs = model.step(prev);  // [A, V]
    std::vector<bool> forced(active.size());
    for (std::size_t r = 0; r < active.size(); ++r) forced[r] = t >= max_len[static_cast<std::size_t>(active[r])];
    constrain(log_probs, t, options.min_len, forced);
    const auto [top, top_index] = row_top_k(log_probs, 1);
    const auto best = token_ids(model, top_index.squeeze(1));
    const auto best_lp = top.squeeze(1).to(torch::kCPU, torch::kFloat64);
    const auto best_cpu = best.cpu();
    const auto* id = best_cpu.data_ptr<int64_t>();
    const auto* lp = best_lp.data_ptr<double>();
    std::vector<int64_t> keep_rows, still_active;
    for (std::size_t r = 0; r < active.size(); ++r) {
      Hypothesis& h = out[static_cast<std::size_t>(active[r])];
      h.log_prob += lp[r];
      if (id[r] == kEosId) {
        h.score = h.log_prob / length_normalizer(h.tokens.size() + 1, options.length_penalty);
        continue;
      }
      h.tokens.push_back(static_cast<int32_t>(id[r]));
      keep_rows.push_back(static_cast<int64_t>(r));
      still_active.push_back(active[r]);
    }
    if (still_active.empty()) break;
    const auto keep = index_tensor(keep_rows, best.device());
    if (still_active.size() < active.size()) model.select(keep);
    prev = best.index_select(0, keep);
    active = std::move(still_active);
  }
  return out;
}

std::vector<std::vector<Hypothesis>> beam_search(StepModel& model, const std::vector<int>& max_len,
                                                 const SearchOptions& options) {
  options.validate();
  torch::NoGradGuard no_grad;
  const int64_t k = options.beam_size;
  const std::size_t n = max_len.size();
  std::vector<std::vector<Hypothesis>> finished(n);
  if (n == 0) return finished;

  // Rows are [sentence][beam], flattened; at the start every beam of a sentence is the same
  // empty hypothesis, so only beam 0 may be extended (the others score -inf).
  std::vector<int64_t> active(n);
  std::iota(active.begin(), active.end(), int64_t{0});
  model.expand(k);
  std::vector<std::vector<int32_t>> tokens(n * static_cast<std::size_t>(k));
  std::vector<double> scores(n * static_cast<std::size_t>(k), kNegInf);
  for (std::size_t s = 0; s < n; ++s) scores[s * static_cast<std::size_t>(k)] = 0.0;
  torch::Tensor prev = torch::full({static_cast<int64_t>(n) * k}, kBosId, torch::kInt64);

  const double beta = options.coverage_penalty;
  torch::Tensor coverage, step_coverage, mask;  // [A*K, S] on the CPU: attention summed over the steps
  for (int t = 0; !active.empty(); ++t) {
    const auto a = static_cast<int64_t>(active.size());
    auto log_probs = model.step(prev);  // [A*K, V]
    if (beta > 0) {
      const torch::Tensor attention = model.last_attention();
      mask = model.source_mask();
      if (!attention.defined() || !mask.defined())
        throw UserError("coverage penalty: this model does not report its attention");
      step_coverage = attention.to(torch::kCPU, torch::kFloat64);
      if (coverage.defined()) step_coverage = step_coverage + coverage;
      mask = mask.to(torch::kCPU);
    }
    const int64_t v = log_probs.size(1);
    std::vector<bool> forced(static_cast<std::size_t>(a * k));
    for (int64_t r = 0; r < a * k; ++r) forced[static_cast<std::size_t>(r)] = t >= max_len[static_cast<std::size_t>(active[static_cast<std::size_t>(r / k)])];
    constrain(log_probs, t, options.min_len, forced);
    // 2K candidates per sentence: enough for K to continue even if up to K of them end in EOS.
    // The best 2K of a sentence are among the best 2K of each of its rows (a row adds one score
    // to all its tokens), so the vocabulary is searched per row in the model's precision and only
    // the K x 2K survivors get their scores added, in double.
    const int64_t per_row = std::min<int64_t>(2 * k, v);
    auto [row_top, row_token] = row_top_k(log_probs, per_row);  // [A*K, per_row]
    const auto candidates = (row_top.to(torch::kCPU, torch::kFloat64) +
                             torch::tensor(scores, torch::kFloat64).unsqueeze(1)).view({a, k * per_row});
    const int64_t take = std::min<int64_t>(2 * k, k * per_row);
    const auto [top_scores, top_index] = candidates.topk(take, 1);
    row_token = token_ids(model, row_token).cpu();
    const auto* ts = top_scores.data_ptr<double>();
    const auto* ti = top_index.data_ptr<int64_t>();
    const auto* tokens_of_row = row_token.data_ptr<int64_t>();

    std::vector<int64_t> next_rows, next_active;
    std::vector<std::vector<int32_t>> next_tokens;
    std::vector<double> next_scores;
    std::vector<int64_t> next_prev;
    for (int64_t i = 0; i < a; ++i) {
      const auto sentence = static_cast<std::size_t>(active[static_cast<std::size_t>(i)]);
      std::vector<int64_t> rows;
      std::vector<std::vector<int32_t>> row_tokens;
      std::vector<double> row_scores_next;
      std::vector<int64_t> row_prev;
      for (int64_t j = 0; j < take; ++j) {
        const double score = ts[i * take + j];
        if (score == kNegInf) break;
        const int64_t origin = i * k + ti[i * take + j] / per_row;
        const auto token = static_cast<int32_t>(tokens_of_row[origin * per_row + ti[i * take + j] % per_row]);
        const auto& history = tokens[static_cast<std::size_t>(origin)];
        if (token == kEosId) {
          // Only an EOS among the K best candidates ends a hypothesis (as fairseq does).
          if (j < k) {
            const double norm = length_normalizer(history.size() + 1, options.length_penalty);
            const double cp = beta > 0 ? coverage_penalty(step_coverage[origin], mask[origin], beta) : 0.0;
            finished[sentence].push_back({history, score, score / norm + cp});
          }
        } else if (static_cast<int64_t>(rows.size()) < k) {
          rows.push_back(origin);
          row_tokens.push_back(history);
          row_tokens.back().push_back(token);
          row_scores_next.push_back(score);
          row_prev.push_back(token);
        }
      }
      const bool done = static_cast<int64_t>(finished[sentence].size()) >= k || rows.empty();
      if (done) continue;
      while (static_cast<int64_t>(rows.size()) < k) {  // fewer than K live candidates (K > V)
        rows.push_back(rows.front());
        row_tokens.push_back(row_tokens.front());
        row_scores_next.push_back(kNegInf);
        row_prev.push_back(row_prev.front());
      }
      next_active.push_back(static_cast<int64_t>(sentence));
      next_rows.insert(next_rows.end(), rows.begin(), rows.end());
      for (auto& r : row_tokens) next_tokens.push_back(std::move(r));
      next_scores.insert(next_scores.end(), row_scores_next.begin(), row_scores_next.end());
      next_prev.insert(next_prev.end(), row_prev.begin(), row_prev.end());
    }
    if (next_active.empty()) break;
    // While every sentence stays, each keeps its K rows in place and only the states move.
    const auto rows = index_tensor(next_rows, log_probs.device());
    if (next_active.size() == active.size()) model.reorder(rows);
    else model.select(rows);
    if (beta > 0) coverage = step_coverage.index_select(0, index_tensor(next_rows, torch::kCPU));
    active = std::move(next_active);
    tokens = std::move(next_tokens);
    scores = std::move(next_scores);
    prev = index_tensor(next_prev, log_probs.device());
  }

  for (auto& hyps : finished) {
    std::stable_sort(hyps.begin(), hyps.end(), [](const Hypothesis& x, const Hypothesis& y) { return x.score > y.score; });
    if (static_cast<int>(hyps.size()) > options.n_best) hyps.resize(static_cast<std::size_t>(options.n_best));
  }
  return finished;
}

NmtStepModel::NmtStepModel(NmtModel model, const TensorBatch& batch, int64_t hard_top_k,
                           std::shared_ptr<const FusedStep> fused, torch::Tensor columns,
                           const torch::Tensor& source_table)
    : model_(std::move(model)), fused_(std::move(fused)), columns_(std::move(columns)) {
  torch::NoGradGuard no_grad;
  if (columns_.defined()) {
    if (!fused_) throw std::invalid_argument("NmtStepModel: a shortlist needs the fused step");
    output_ = fused_->output_for(columns_);
  }
  Encoded encoded = source_table.defined() ? model_->encode_from_table(batch.src, batch.src_lengths, source_table)
                                           : model_->encode(batch.src, batch.src_lengths);
  memory_ = fused_ ? fused_->prepare(encoded.memory) : std::move(encoded.memory);
  memory_.hard_top_k = hard_top_k;
  state_ = fused_ ? fused_->prepare(encoded.state) : std::move(encoded.state);
}

torch::Tensor NmtStepModel::step(const torch::Tensor& prev) {
  const auto ids = prev.to(memory_.mask.device());
  StepOutput out = fused_ ? fused_->step(ids, state_, memory_, output_ ? &*output_ : nullptr)
                          : model_->step(ids, state_, memory_);
  state_ = std::move(out.state);
  attention_ = std::move(out.attention);
  return out.log_probs;
}

torch::Tensor NmtStepModel::source_mask() const {
  return group_ == 1 ? memory_.mask : memory_.mask.repeat_interleave(group_, 0);
}

void NmtStepModel::select(const torch::Tensor& index) {
  const auto i = index.to(memory_.mask.device());
  state_ = state_.select(i);
  attention_ = torch::Tensor();  // of rows that no longer exist
  if (group_ == 1) {
    memory_ = memory_.select(i);
    return;
  }
  // The sentence of each group of rows: its first row's.
  const auto sentences = index.slice(0, 0, index.size(0), group_).div(group_, "floor");
  const int64_t before = memory_.mask.size(0);
  if (sentences.size(0) == before && sentences.equal(torch::arange(before, sentences.options()))) return;
  memory_ = memory_.select(sentences.to(memory_.mask.device()));
}

void NmtStepModel::reorder(const torch::Tensor& index) {
  state_ = state_.select(index.to(memory_.mask.device()));
  attention_ = torch::Tensor();
}

void NmtStepModel::expand(int64_t k) {
  const int64_t rows = memory_.mask.size(0) * group_;
  state_ = state_.select(torch::arange(rows, torch::kInt64).repeat_interleave(k).to(memory_.mask.device()));
  group_ *= k;
  if (fused_ && group_ > 1 && !memory_.context_products.defined()) memory_ = fused_->with_context_products(memory_);
}

EnsembleStepModel::EnsembleStepModel(std::vector<std::unique_ptr<StepModel>> members) : members_(std::move(members)) {
  if (members_.empty()) throw std::invalid_argument("EnsembleStepModel: no members");
}

torch::Tensor EnsembleStepModel::step(const torch::Tensor& prev) {
  std::vector<torch::Tensor> log_probs;
  for (auto& m : members_) log_probs.push_back(m->step(prev));
  return log_probs.size() == 1 ? log_probs.front() : torch::stack(log_probs).mean(0);
}

void EnsembleStepModel::select(const torch::Tensor& index) {
  for (auto& m : members_) m->select(index);
}

void EnsembleStepModel::reorder(const torch::Tensor& index) {
  for (auto& m : members_) m->reorder(index);
}

void EnsembleStepModel::expand(int64_t k) {
  for (auto& m : members_) m->expand(k);
}

PrefixStepModel::PrefixStepModel(StepModel& inner, std::vector<std::vector<int32_t>> prefixes)
    : inner_(inner), prefixes_(std::move(prefixes)), sentence_(prefixes_.size()) {
  std::iota(sentence_.begin(), sentence_.end(), int64_t{0});
  for (const auto& p : prefixes_) longest_ = std::max(longest_, p.size());
}

torch::Tensor PrefixStepModel::step(const torch::Tensor& prev) {
  torch::Tensor log_probs = inner_.step(prev);  // [N, V]
  const auto t = static_cast<std::size_t>(t_++);
  if (t >= longest_) return log_probs;
  std::vector<int64_t> rows, tokens;
  for (std::size_t r = 0; r < sentence_.size(); ++r) {
    const auto& prefix = prefixes_[static_cast<std::size_t>(sentence_[r])];
    if (t < prefix.size()) {
      rows.push_back(static_cast<int64_t>(r));
      tokens.push_back(prefix[t]);
    }
  }
  if (rows.empty()) return log_probs;
  const auto row_index = index_tensor(rows, log_probs.device());
  auto token_index = index_tensor(tokens, log_probs.device());
  if (const torch::Tensor ids = inner_.columns(); ids.defined()) {  // ids -> their columns
    const auto at = ids.to(token_index.device());
    token_index = torch::searchsorted(at, token_index);
    TORCH_CHECK(at.index({token_index.clamp_max(at.size(0) - 1)}).equal(index_tensor(tokens, token_index.device())),
                "PrefixStepModel: a prefix token is not among the shortlist's columns");
  }
  const auto kept = log_probs.index({row_index, token_index});
  log_probs.index_fill_(0, row_index, kNegInf);
  log_probs.index_put_({row_index, token_index}, kept);
  return log_probs;
}

void PrefixStepModel::follow(const torch::Tensor& index) {
  const auto cpu = index.to(torch::kCPU, torch::kInt64).contiguous();
  const auto* i = cpu.data_ptr<int64_t>();
  std::vector<int64_t> next(static_cast<std::size_t>(cpu.numel()));
  for (std::size_t r = 0; r < next.size(); ++r) next[r] = sentence_.at(static_cast<std::size_t>(i[r]));
  sentence_ = std::move(next);
}

void PrefixStepModel::select(const torch::Tensor& index) {
  follow(index);
  inner_.select(index);
}

void PrefixStepModel::reorder(const torch::Tensor& index) {
  follow(index);
  inner_.reorder(index);
}

void PrefixStepModel::expand(int64_t k) {
  std::vector<int64_t> next;
  next.reserve(sentence_.size() * static_cast<std::size_t>(k));
  for (const int64_t s : sentence_) next.insert(next.end(), static_cast<std::size_t>(k), s);
  sentence_ = std::move(next);
  inner_.expand(k);
}

}  // namespace rnnsearch
