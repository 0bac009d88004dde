#include "rnnsearch/decode/search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>

#include "fixtures.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/data/vocab.h"

namespace rnnsearch {
namespace {

using testing::kTrgVocab;
using testing::make_model;
using testing::sentences;
using testing::tiny;

constexpr int A = 4, B = 5, C = 6;  // ordinary tokens; 0-3 are the specials

// A StepModel driven by a table: the distribution after each prefix (default: `fallback`).
class ScriptedModel : public StepModel {
 public:
  using Table = std::map<std::vector<int32_t>, std::map<int, double>>;  // prefix -> token -> probability
  ScriptedModel(Table table, std::size_t rows, int vocab = 7, std::map<int, double> fallback = {{kEosId, 1.0}})
      : table_(std::move(table)), rows_(rows), vocab_(vocab), fallback_(std::move(fallback)) {}

  torch::Tensor step(const torch::Tensor& prev) override {
    // Tokens the table does not list are impossible (-inf): no ties among junk candidates.
    auto out = torch::full({static_cast<int64_t>(rows_.size()), vocab_}, -std::numeric_limits<double>::infinity(), torch::kFloat64);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      const auto token = static_cast<int32_t>(prev[static_cast<int64_t>(r)].item<int64_t>());
      if (token != kBosId) rows_[r].push_back(token);
      const auto it = table_.find(rows_[r]);
      for (const auto& [t, p] : it == table_.end() ? fallback_ : it->second)
        out[static_cast<int64_t>(r)][t] = std::log(p);
    }
    ++steps_;
    return out;
  }
  void reorder(const torch::Tensor& index) override {
    ++reorders_;
    select_rows(index);
  }
  void select(const torch::Tensor& index) override {
    ++selects_;
    select_rows(index);
  }
  void expand(int64_t k) override {
    ++selects_;
    select_rows(torch::arange(static_cast<int64_t>(rows_.size())).repeat_interleave(k));
  }
  void select_rows(const torch::Tensor& index) {
    std::vector<std::vector<int32_t>> next;
    for (int64_t i = 0; i < index.size(0); ++i) next.push_back(rows_[static_cast<std::size_t>(index[i].item<int64_t>())]);
    rows_ = std::move(next);
  }
  int steps() const { return steps_; }
  int selects() const { return selects_; }
  int reorders() const { return reorders_; }

 private:
  Table table_;
  std::vector<std::vector<int32_t>> rows_;
  int vocab_;
  std::map<int, double> fallback_;
  int steps_ = 0;
  int selects_ = 0, reorders_ = 0;
};

// Greedy takes A (0.6) and then a poor continuation; the best sequence starts with B.
ScriptedModel::Table garden_path() {
  return {
      {{}, {{A, 0.6}, {B, 0.4}}},
      {{A}, {{C, 0.3}, {kEosId, 0.3}, {A, 0.4}}},
      {{A, A}, {{kEosId, 1.0}}},
      {{B}, {{kEosId, 0.95}, {C, 0.05}}},
  };
}

SearchOptions beam(int k, int n_best = 1, double alpha = 0.0) {
  SearchOptions o;
  o.beam_size = k;
  o.n_best = n_best;
  o.length_penalty = alpha;
  return o;
}

TEST(Search, GreedyFollowsTheArgmax) {
  ScriptedModel model(garden_path(), 1);
  const auto hyps = greedy_search(model, {10}, beam(1));
  ASSERT_EQ(hyps.size(), 1u);
  EXPECT_EQ(hyps[0].tokens, (std::vector<int32_t>{A, A}));
  EXPECT_NEAR(hyps[0].log_prob, std::log(0.6) + std::log(0.4) + std::log(1.0), 1e-9);
}

TEST(Search, BeamFindsTheBetterSequence) {
  ScriptedModel model(garden_path(), 1);
  const auto hyps = beam_search(model, {10}, beam(2, 2));
  ASSERT_EQ(hyps[0].size(), 2u);
  EXPECT_EQ(hyps[0][0].tokens, (std::vector<int32_t>{B}));
  EXPECT_NEAR(hyps[0][0].log_prob, std::log(0.4 * 0.95), 1e-9);
  EXPECT_GE(hyps[0][0].score, hyps[0][1].score) << "n-best sorted";
}

TEST(Search, NBestIsSortedAndCounted) {
  ScriptedModel model(garden_path(), 1);
  const auto hyps = beam_search(model, {10}, beam(4, 3));
  ASSERT_EQ(hyps[0].size(), 3u);
  for (std::size_t i = 1; i < hyps[0].size(); ++i) EXPECT_GE(hyps[0][i - 1].score, hyps[0][i].score);
  // The three best complete sequences: B (0.38), A A (0.24), A EOS (0.18).
  EXPECT_EQ(hyps[0][1].tokens, (std::vector<int32_t>{A, A}));
  EXPECT_EQ(hyps[0][2].tokens, (std::vector<int32_t>{A}));
}

TEST(Search, EosIsBlockedBeforeTheMinimumLength) {
  ScriptedModel::Table table = {{{}, {{kEosId, 0.9}, {A, 0.1}}}, {{A}, {{kEosId, 0.9}, {B, 0.1}}}};
  SearchOptions o = beam(1);
  o.min_len = 2;
  ScriptedModel greedy_model(table, 1);
  EXPECT_EQ(greedy_search(greedy_model, {10}, o)[0].tokens, (std::vector<int32_t>{A, B}));
  o.beam_size = 3;
  ScriptedModel beam_model(table, 1);
  const auto hyps = beam_search(beam_model, {10}, o);
  ASSERT_FALSE(hyps[0].empty());
  for (const auto& h : hyps[0]) EXPECT_GE(h.tokens.size(), 2u);
}

TEST(Search, MaximumLengthForcesEos) {
  ScriptedModel::Table table = {{{}, {{A, 1.0}}}, {{A}, {{A, 1.0}}}, {{A, A}, {{A, 0.9}, {kEosId, 0.1}}}};
  ScriptedModel g(table, 1);
  const auto greedy = greedy_search(g, {2}, beam(1));
  EXPECT_EQ(greedy[0].tokens, (std::vector<int32_t>{A, A}));
  EXPECT_NEAR(greedy[0].log_prob, std::log(0.1), 1e-9) << "the forced EOS keeps its log-probability";
  ScriptedModel b(table, 1);
  EXPECT_EQ(beam_search(b, {2}, beam(3))[0][0].tokens, (std::vector<int32_t>{A, A}));
}

TEST(Search, BeamLargerThanTheVocabulary) {
  ScriptedModel::Table table = {{{}, {{A, 0.5}, {B, 0.3}, {kEosId, 0.2}}}, {{A}, {{kEosId, 0.7}, {B, 0.3}}}};
  ScriptedModel model(table, 2, 6);
  const auto hyps = beam_search(model, {4, 4}, beam(20, 5));
  for (const auto& sentence : hyps) {
    ASSERT_FALSE(sentence.empty());
    EXPECT_EQ(sentence[0].tokens, (std::vector<int32_t>{A}));
    for (const auto& h : sentence) EXPECT_TRUE(std::isfinite(h.score));
  }
}

TEST(Search, FinishedSentencesLeaveTheBatch) {
  // Sentence rows share one table; all finish at step 1 except through max_len.
  ScriptedModel model({{{}, {{kEosId, 0.6}, {A, 0.4}}}}, 3);
  greedy_search(model, {5, 5, 5}, beam(1));
  EXPECT_EQ(model.steps(), 1);
}

TEST(Search, BeamsMoveWithinSentencesUntilOneFinishes) {
  // Every prefix: A 0.5, B 0.3, EOS 0.2, so EOS never ranks among the best two before the length
  // limit forces it: sentence 0 (limit 1) ends at step 1, sentence 1 (limit 4) at step 4.
  ScriptedModel model({}, 2, 7, {{A, 0.5}, {B, 0.3}, {kEosId, 0.2}});
  const auto hyps = beam_search(model, {1, 4}, beam(2));
  EXPECT_EQ(hyps[0][0].tokens, (std::vector<int32_t>{A}));
  EXPECT_EQ(hyps[1][0].tokens, (std::vector<int32_t>{A, A, A, A}));
  EXPECT_EQ(model.steps(), 5);
  // One select expands the sentences to beams, one drops sentence 0 after step 1; after steps 0,
  // 2 and 3 the beams only move within their sentences.
  EXPECT_EQ(model.selects(), 2);
  EXPECT_EQ(model.reorders(), 3);
}

TEST(Search, AllBestCandidatesFromOneRow) {
  // Beam 2: after A (0.9), the four best continuations of the sentence all extend A.
  ScriptedModel model({{{}, {{A, 0.9}, {B, 0.1}}},
                       {{A}, {{A, 0.4}, {B, 0.3}, {C, 0.2}, {kEosId, 0.1}}},
                       {{B}, {{kEosId, 1.0}}}},
                      1);
  const auto hyps = beam_search(model, {2}, beam(2, 2));
  ASSERT_EQ(hyps[0].size(), 2u);
  EXPECT_EQ(hyps[0][0].tokens, (std::vector<int32_t>{A, A}));
  EXPECT_EQ(hyps[0][1].tokens, (std::vector<int32_t>{A, B}));
  EXPECT_NEAR(hyps[0][0].log_prob, std::log(0.9 * 0.4), 1e-9);
}

TEST(Search, LengthNormalizer) {
  EXPECT_DOUBLE_EQ(length_normalizer(7, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(length_normalizer(7, 1.0), 2.0);
  EXPECT_DOUBLE_EQ(length_normalizer(1, 2.0), 1.0);
  EXPECT_EQ(max_output_lengths({0, 4, 7}, 1.5, 3), (std::vector<int>{3, 9, 13}));
  SearchOptions bad = beam(2, 3);
  EXPECT_THROW(bad.validate(), UserError);
}

// With a real (random) model.
class ModelSearch : public ::testing::Test {
 protected:
  NmtModel model_ = make_model(tiny(), 5);
  std::vector<std::vector<int32_t>> src_ = sentences({5, 2, 7, 4}, testing::kSrcVocab, 9);

  TensorBatch batch(const Batch& rows) const { return make_tensor_batch(src_, {}, rows, torch::kCPU); }
  std::vector<int> limits(const TensorBatch& b) const { return max_output_lengths(source_lengths(b), 1.5, 3); }

  // The teacher-forced log-probability of `tokens` + EOS for source sentence `row`.
  double teacher_forced(std::size_t row, const std::vector<int32_t>& tokens) {
    torch::NoGradGuard no_grad;
    // make_tensor_batch indexes the target list with the same rows as the source list.
    std::vector<std::vector<int32_t>> trg(src_.size());
    trg[row] = tokens;
    const TensorBatch full = make_tensor_batch(src_, trg, {row}, torch::kCPU);
    const auto log_probs = model_->forward(full);
    return -sequence_loss(log_probs, full.trg_out, full.trg_mask, 0.0).nll.item<double>();
  }
};

TEST_F(ModelSearch, BeamOfOneIsGreedy) {
  const TensorBatch b = batch({0, 1, 2, 3});
  NmtStepModel g(model_, b), k1(model_, b);
  const auto greedy = greedy_search(g, limits(b), beam(1, 1, 0.7));
  const auto beamed = beam_search(k1, limits(b), beam(1, 1, 0.7));
  for (std::size_t i = 0; i < greedy.size(); ++i) {
    EXPECT_EQ(beamed[i][0].tokens, greedy[i].tokens);
    EXPECT_DOUBLE_EQ(beamed[i][0].log_prob, greedy[i].log_prob);
    EXPECT_DOUBLE_EQ(beamed[i][0].score, greedy[i].score);
  }
}

TEST_F(ModelSearch, ReportedScoreIsTheTeacherForcedScore) {
  const TensorBatch b = batch({0, 1, 2, 3});
  NmtStepModel m(model_, b);
  const auto hyps = beam_search(m, limits(b), beam(4, 4, 1.0));
  for (std::size_t i = 0; i < hyps.size(); ++i)
    for (const auto& h : hyps[i]) {
      EXPECT_NEAR(h.log_prob, teacher_forced(i, h.tokens), 1e-4) << "sentence " << i;
      EXPECT_NEAR(h.score, h.log_prob / length_normalizer(h.tokens.size() + 1, 1.0), 1e-9);
    }
}

TEST_F(ModelSearch, ABatchTranslatesAsEachSentenceAlone) {
  const TensorBatch b = batch({0, 1, 2, 3});
  NmtStepModel together(model_, b);
  const auto all = beam_search(together, limits(b), beam(3, 2, 1.0));
  for (std::size_t i = 0; i < src_.size(); ++i) {
    const TensorBatch one = batch({i});
    NmtStepModel alone(model_, one);
    const auto single = beam_search(alone, limits(one), beam(3, 2, 1.0));
    ASSERT_EQ(single[0].size(), all[i].size());
    for (std::size_t j = 0; j < single[0].size(); ++j) {
      EXPECT_EQ(single[0][j].tokens, all[i][j].tokens) << "sentence " << i;
      EXPECT_NEAR(single[0][j].log_prob, all[i][j].log_prob, 1e-4);
    }
  }
}

TEST_F(ModelSearch, EnsembleOfAModelWithItselfIsTheModel) {
  const TensorBatch b = batch({0, 1, 2, 3});
  NmtStepModel single(model_, b);
  std::vector<std::unique_ptr<StepModel>> members;
  members.push_back(std::make_unique<NmtStepModel>(model_, b));
  members.push_back(std::make_unique<NmtStepModel>(model_, b));
  EnsembleStepModel ensemble(std::move(members));
  const auto a = beam_search(single, limits(b), beam(3, 3));
  const auto e = beam_search(ensemble, limits(b), beam(3, 3));
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < a[i].size(); ++j) {
      EXPECT_EQ(a[i][j].tokens, e[i][j].tokens);
      EXPECT_NEAR(a[i][j].log_prob, e[i][j].log_prob, 1e-6);
    }
}

// A prefix is followed token by token even where the model prefers others, and the scores stay
// the model's: the garden path's greedy choice is A, but the prefix B wins.
TEST(Search, APrefixStartsTheOutputGreedyAndBeam) {
  ScriptedModel greedy_model(garden_path(), 2);
  PrefixStepModel greedy_prefixed(greedy_model, {{B}, {}});
  const auto greedy = greedy_search(greedy_prefixed, {10, 10}, beam(1));
  EXPECT_EQ(greedy[0].tokens, (std::vector<int32_t>{B}));
  EXPECT_NEAR(greedy[0].log_prob, std::log(0.4) + std::log(0.95), 1e-9);
  EXPECT_EQ(greedy[1].tokens, (std::vector<int32_t>{A, A})) << "a sentence without a prefix searches freely";

  ScriptedModel beam_model(garden_path(), 2);
  PrefixStepModel beam_prefixed(beam_model, {{A, C}, {A}});
  const auto beamed = beam_search(beam_prefixed, {10, 10}, beam(3, 3));
  ASSERT_FALSE(beamed[0].empty());
  for (const auto& h : beamed[0]) {
    ASSERT_GE(h.tokens.size(), 2u);
    EXPECT_EQ(h.tokens[0], A);
    EXPECT_EQ(h.tokens[1], C);
  }
  EXPECT_NEAR(beamed[0][0].log_prob, std::log(0.6) + std::log(0.3) + std::log(1.0), 1e-9);
  // Prefix A: the best continuation is A A (0.24), although B (0.38) is the best sentence.
  ASSERT_FALSE(beamed[1].empty());
  EXPECT_EQ(beamed[1][0].tokens, (std::vector<int32_t>{A, A}));
  for (const auto& h : beamed[1]) EXPECT_EQ(h.tokens.at(0), A);
}

// A shortlist's view of a model: only the given target ids' columns (StepModel::columns).
class ColumnsView : public StepModel {
 public:
  ColumnsView(StepModel& inner, std::vector<int64_t> ids) : inner_(inner), ids_(torch::tensor(ids, torch::kInt64)) {}
  torch::Tensor step(const torch::Tensor& prev) override { return inner_.step(prev).index_select(1, ids_); }
  void select(const torch::Tensor& index) override { inner_.select(index); }
  void expand(int64_t k) override { inner_.expand(k); }
  torch::Tensor columns() const override { return ids_; }

 private:
  StepModel& inner_;
  torch::Tensor ids_;
};

// Search reads a shortlist's columns as the target ids they stand for: without A (id 4, whose
// column B now takes), greedy and beam search find B, and a prefix forces B C by their ids.
TEST(Search, ShortlistColumnsAreTargetIds) {
  const std::vector<int64_t> without_a = {0, 1, 2, 3, B, C};
  ScriptedModel greedy_model(garden_path(), 1);
  ColumnsView greedy_view(greedy_model, without_a);
  const auto greedy = greedy_search(greedy_view, {10}, beam(1));
  EXPECT_EQ(greedy[0].tokens, (std::vector<int32_t>{B}));
  EXPECT_NEAR(greedy[0].log_prob, std::log(0.4) + std::log(0.95), 1e-9);

  ScriptedModel beam_model(garden_path(), 1);
  ColumnsView beam_view(beam_model, without_a);
  const auto beamed = beam_search(beam_view, {10}, beam(2, 2));
  ASSERT_FALSE(beamed[0].empty());
  EXPECT_EQ(beamed[0][0].tokens, (std::vector<int32_t>{B}));
  for (const auto& h : beamed[0]) EXPECT_EQ(std::count(h.tokens.begin(), h.tokens.end(), A), 0);

  ScriptedModel prefix_model(garden_path(), 1);
  ColumnsView prefix_view(prefix_model, without_a);
  PrefixStepModel prefixed(prefix_view, {{B, C}});
  const auto forced = greedy_search(prefixed, {10}, beam(1));
  EXPECT_EQ(forced[0].tokens, (std::vector<int32_t>{B, C}));
  EXPECT_NEAR(forced[0].log_prob, std::log(0.4) + std::log(0.05), 1e-9);
}

// On a real model, a forced prefix is scored as teacher forcing scores it.
TEST_F(ModelSearch, APrefixedHypothesisScoresAsTeacherForcing) {
  const TensorBatch b = batch({0, 1, 2, 3});
  NmtStepModel m(model_, b);
  const std::vector<std::vector<int32_t>> prefixes = {{7, 8, 9}, {}, {5}, {10, 4}};
  PrefixStepModel prefixed(m, prefixes);
  std::vector<int> room = limits(b);
  for (std::size_t i = 0; i < room.size(); ++i) room[i] = std::max(room[i], static_cast<int>(prefixes[i].size()) + 3);
  const auto hyps = beam_search(prefixed, room, beam(3, 3, 1.0));
  for (std::size_t i = 0; i < hyps.size(); ++i) {
    ASSERT_FALSE(hyps[i].empty());
    for (const auto& h : hyps[i]) {
      ASSERT_GE(h.tokens.size(), prefixes[i].size());
      EXPECT_TRUE(std::equal(prefixes[i].begin(), prefixes[i].end(), h.tokens.begin())) << "sentence " << i;
      EXPECT_NEAR(h.log_prob, teacher_forced(i, h.tokens), 1e-4) << "sentence " << i;
    }
  }
}

// A model over a two-token source whose attention follows the previous output token: BOS and A
// look at source token 0, B at token 1. A (0.55) then EOS leaves token 1 unattended; B (0.45)
// covers both.
class CoverageModel : public StepModel {
 public:
  explicit CoverageModel(std::size_t rows) : prev_(rows, kBosId) {}
  torch::Tensor step(const torch::Tensor& prev) override {
    const auto n = static_cast<int64_t>(prev_.size());
    auto out = torch::full({n, 7}, -std::numeric_limits<double>::infinity(), torch::kFloat64);
    attention_ = torch::zeros({n, 2}, torch::kFloat64);
    for (int64_t r = 0; r < n; ++r) {
      prev_[static_cast<std::size_t>(r)] = static_cast<int>(prev[r].item<int64_t>());
      const int p = prev_[static_cast<std::size_t>(r)];
      attention_[r][p == B ? 1 : 0] = 1.0;
      if (p == kBosId) {
        out[r][A] = std::log(0.55);
        out[r][B] = std::log(0.45);
      } else {
        out[r][kEosId] = 0.0;
      }
    }
    return out;
  }
  void select(const torch::Tensor& index) override {
    std::vector<int> next;
    for (int64_t i = 0; i < index.size(0); ++i) next.push_back(prev_[static_cast<std::size_t>(index[i].item<int64_t>())]);
    prev_ = std::move(next);
  }
  void expand(int64_t k) override { select(torch::arange(static_cast<int64_t>(prev_.size())).repeat_interleave(k)); }
  torch::Tensor last_attention() const override { return attention_; }
  torch::Tensor source_mask() const override { return torch::ones({static_cast<int64_t>(prev_.size()), 2}, torch::kBool); }

 private:
  std::vector<int> prev_;
  torch::Tensor attention_;
};

TEST(Search, CoveragePenaltyPrefersOutputsThatAttendToEverySourceToken) {
  CoverageModel plain(1);
  const auto without = beam_search(plain, {5}, beam(2, 2));
  ASSERT_EQ(without[0].size(), 2u);
  EXPECT_EQ(without[0][0].tokens, (std::vector<int32_t>{A}));
  SearchOptions options = beam(2, 2);
  options.coverage_penalty = 0.2;
  CoverageModel covered(1);
  const auto with = beam_search(covered, {5}, options);
  ASSERT_EQ(with[0].size(), 2u);
  EXPECT_EQ(with[0][0].tokens, (std::vector<int32_t>{B}));
  EXPECT_NEAR(with[0][0].score, std::log(0.45), 1e-9);  // both source tokens covered: no penalty
  EXPECT_NEAR(with[0][1].score, std::log(0.55) + 0.2 * std::log(1e-6), 1e-9);
  EXPECT_NEAR(with[0][1].log_prob, std::log(0.55), 1e-9) << "log_prob stays the model's";
}

// On a real model the penalty is computed from the attention teacher forcing gives the output.
TEST_F(ModelSearch, CoveragePenaltyUsesTheAttentionOfTheOutput) {
  const TensorBatch b = batch({0, 1, 2, 3});
  NmtStepModel m(model_, b);
  SearchOptions options = beam(3, 3, 1.0);
  options.coverage_penalty = 0.4;
  const auto hyps = beam_search(m, limits(b), options);
  torch::NoGradGuard no_grad;
  for (std::size_t i = 0; i < hyps.size(); ++i)
    for (const auto& h : hyps[i]) {
      std::vector<std::vector<int32_t>> trg(src_.size());
      trg[i] = h.tokens;
      const TensorBatch full = make_tensor_batch(src_, trg, {i}, torch::kCPU);
      torch::Tensor attention;
      model_->forward(full, &attention);
      const auto coverage = attention[0].sum(0);  // [S]
      const double expected = h.log_prob / length_normalizer(h.tokens.size() + 1, 1.0) +
                              coverage_penalty(coverage, full.src.ne(kPadId)[0], 0.4);
      EXPECT_NEAR(h.score, expected, 1e-4) << "sentence " << i;
    }
}

}  // namespace
}  // namespace rnnsearch
