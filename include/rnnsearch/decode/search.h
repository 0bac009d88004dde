// Greedy and beam search over whole batches.
//
// Search sees the model through StepModel (next-token log-probabilities for a set of rows, and
// row selection), so it is tested with scripted log-probability tables and no network. Both
// searches drop finished sentences from the batch as they go.
//
// Scores: a hypothesis's log_prob is the sum of the log-probabilities of its tokens and of the
// final EOS (exactly what teacher forcing gives). Beam search ranks by
// score = log_prob / lp(|y|) + cp, lp(n) = ((5 + n) / 6)^alpha (Wu et al. 2016), where |y| counts
// the output tokens plus EOS; alpha = 0 turns normalisation off. cp is GNMT's coverage penalty
// (Wu et al. 2016, eq. 14): beta * sum over source tokens j of log(min(sum over output steps i of
// a_ij, 1)), with the attention of every step, EOS included, and log clamped at log(1e-6); it
// favours hypotheses that attend to every source token, and is 0 when beta = 0.
#pragma once

#include <torch/torch.h>

#include <memory>
#include <optional>
#include <vector>

#include "rnnsearch/common/config.h"
#include "rnnsearch/model/model.h"

namespace rnnsearch {

class StepModel {
 public:
  virtual ~StepModel() = default;
  // prev [N] token ids, one per row -> log-probabilities [N, V]; advances every row's state.
  virtual torch::Tensor step(const torch::Tensor& prev) = 0;
  // Keeps rows `index` [M] (int64, repeats allowed), in that order. After expand(k), the rows come
  // in groups of k per sentence, and `index` must keep them so: result rows k*j .. k*j+k-1 all
  // come from one group.
  virtual void select(const torch::Tensor& index) = 0;
  // select() where every row stays among the rows of its own sentence and each sentence keeps
  // its rows: per-sentence data (the encoder's annotations) need not move.
  virtual void reorder(const torch::Tensor& index) { select(index); }
  // Each row becomes k consecutive rows of the same sentence (the beams).
  virtual void expand(int64_t k) = 0;
  // The attention of the last step() [N, S] and which source positions are real tokens [N, S]
  // (bool), for the coverage penalty; undefined tensors when the model has no attention.
  virtual torch::Tensor last_attention() const { return {}; }
  virtual torch::Tensor source_mask() const { return {}; }
  // The target id of each column of step()'s log-probabilities [V'] (int64, sorted, with the
  // specials 0-3 first, so PAD, BOS and EOS keep their columns), when the model scores a
  // shortlist; undefined when its columns are the whole vocabulary.
  virtual torch::Tensor columns() const { return {}; }
};

struct SearchOptions {
  int beam_size = 5;
  double length_penalty = 1.0;  // alpha; 0 = off
  int min_len = 0;              // EOS is blocked before this many output tokens
  int n_best = 1;               // hypotheses returned per sentence (at most beam_size)
  double coverage_penalty = 0;  // beta of GNMT's coverage penalty (beam search); 0 = off
  void validate() const;        // throws UserError
};

struct Hypothesis {
  std::vector<int32_t> tokens;  // without BOS and EOS
  double log_prob = 0;          // sum over tokens and EOS
  double score = 0;             // log_prob / lp(|tokens| + 1) + coverage penalty
};

double length_normalizer(std::size_t tokens_with_eos, double alpha);
// beta * sum_j log(max(min(coverage_j, 1), 1e-6)) over the real source tokens (mask true).
double coverage_penalty(const torch::Tensor& coverage, const torch::Tensor& mask, double beta);

// The model holds one row per sentence on entry. max_len[i]: most output tokens for sentence i
// (EOS is then forced). Returns one hypothesis per sentence.
std::vector<Hypothesis> greedy_search(StepModel& model, const std::vector<int>& max_len, const SearchOptions& options);

// Returns up to n_best hypotheses per sentence, best first.
std::vector<std::vector<Hypothesis>> beam_search(StepModel& model, const std::vector<int>& max_len,
                                                 const SearchOptions& options);

// Output length limits from source lengths (without EOS): floor(ratio * n) + offset.
std::vector<int> max_output_lengths(const std::vector<int>& source_lengths, double ratio, int offset);

// An NmtModel on one encoded batch, as a StepModel.
class NmtStepModel : public StepModel {
 public:
  // Encodes batch.src; hard_top_k >= 0 overrides a hard-attention model's positions per step.
  // With `fused` (the model's decoder->fused()) the steps are FusedStep's; with `columns` too (a
  // shortlist's target ids, Shortlist::columns), its output layer scores those ids only. With
  // `source_table` (the encoder's input_table()) the encoder reads its first layer's projections.
  NmtStepModel(NmtModel model, const TensorBatch& batch, int64_t hard_top_k = -1,
               std::shared_ptr<const FusedStep> fused = nullptr, torch::Tensor columns = {},
               const torch::Tensor& source_table = {});
  torch::Tensor step(const torch::Tensor& prev) override;
  void select(const torch::Tensor& index) override;
  void reorder(const torch::Tensor& index) override;
  // The annotations stay one row per sentence: attention reads them for all k beams in place.
  void expand(int64_t k) override;
  torch::Tensor last_attention() const override { return attention_; }
  torch::Tensor source_mask() const override;
  torch::Tensor columns() const override { return columns_; }

 private:
  NmtModel model_;
  std::shared_ptr<const FusedStep> fused_;
  torch::Tensor columns_;        // the shortlist's target ids, or undefined
  std::optional<PackedLinear> output_;  // the output layer for columns_
  AttentionMemory memory_;  // one row per sentence
  DecoderState state_;      // group_ rows per sentence
  int64_t group_ = 1;
  torch::Tensor attention_;  // of the last step, [rows, S]
};

// Several models decoded together: the mean of their log-probabilities at each step.
class EnsembleStepModel : public StepModel {
 public:
  explicit EnsembleStepModel(std::vector<std::unique_ptr<StepModel>> members);
  torch::Tensor step(const torch::Tensor& prev) override;
  void select(const torch::Tensor& index) override;
  void reorder(const torch::Tensor& index) override;
  void expand(int64_t k) override;
  // The first member's (members may read the source in different pieces).
  torch::Tensor last_attention() const override { return members_.front()->last_attention(); }
  torch::Tensor source_mask() const override { return members_.front()->source_mask(); }
  // The members' (they must score the same columns).
  torch::Tensor columns() const override { return members_.front()->columns(); }

 private:
  std::vector<std::unique_ptr<StepModel>> members_;
};

// Makes each sentence's output start with the given tokens (interactive translation: the user
// types the beginning, the model completes it). Until a sentence's prefix is spent, each of its
// rows may only take the next prefix token, which keeps the model's log-probability, so scores
// stay the teacher-forced ones. The search's length limits must leave room for the prefix.
class PrefixStepModel : public StepModel {
 public:
  // prefixes: one per sentence of the wrapped model (empty = free).
  PrefixStepModel(StepModel& inner, std::vector<std::vector<int32_t>> prefixes);
  torch::Tensor step(const torch::Tensor& prev) override;
  void select(const torch::Tensor& index) override;
  void reorder(const torch::Tensor& index) override;
  void expand(int64_t k) override;
  torch::Tensor last_attention() const override { return inner_.last_attention(); }
  torch::Tensor source_mask() const override { return inner_.source_mask(); }
  // The inner model's; a shortlist must hold the prefixes' tokens.
  torch::Tensor columns() const override { return inner_.columns(); }

 private:
  void follow(const torch::Tensor& index);  // rows keep their sentences through select/reorder

  StepModel& inner_;
  std::vector<std::vector<int32_t>> prefixes_;
  std::vector<int64_t> sentence_;  // of each row
  std::size_t longest_ = 0;        // steps after which nothing is forced
  int t_ = 0;                      // steps taken
};

}  // namespace rnnsearch
