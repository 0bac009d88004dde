// Source importance (gradients, integrated gradients, SmoothGrad, leave-one-out) against
// computations done another way, on a tiny model in double precision; `rnnsearch explain` end to end.
#include "rnnsearch/explain/importance.h"
#include "rnnsearch/explain/explain.h"

#include <gtest/gtest.h>

#include <cmath>

#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "helpers.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/train/trainer.h"

namespace rnnsearch {
namespace {

constexpr double kScale = 10.0;

class ExplainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    model_->to(torch::kFloat64);
    model_->eval();
    // Larger weights than initialisation gives: the untrained model's outputs then depend on the
    // source strongly and non-linearly (with initial weights they are near uniform, and every
    // check here would pass by tolerance alone).
    torch::NoGradGuard no_grad;
    for (auto& p : model_->parameters()) p.mul_(kScale);
  }
  // f_t for every t [T], from the given source embeddings [1, S, E] (the definition, written out).
  torch::Tensor f(const torch::Tensor& embedded) {
    torch::NoGradGuard no_grad;
    const TensorBatch b = make_tensor_batch({src_}, {trg_}, {0}, torch::kCPU);
    const Encoded e = model_->encode(b.src, b.src_lengths, embedded);
    const auto lp = model_->decoder->forward(b.trg_in, e.memory, e.state, nullptr, DecoderOutput::log_probs);
    return lp.gather(2, b.trg_out.unsqueeze(2)).squeeze(2)[0];
  }
  torch::Tensor embeddings() {
    torch::NoGradGuard no_grad;
    return model_->encoder->embed(make_tensor_batch({src_}, {trg_}, {0}, torch::kCPU).src);
  }

  NmtModel model_ = testing::make_model(testing::tiny(), 11);
  std::vector<int32_t> src_ = testing::sentences({5}, testing::kSrcVocab, 4)[0];
  std::vector<int32_t> trg_ = testing::sentences({4}, testing::kTrgVocab, 5)[0];
};

// Gradient x input is the derivative of f_t along e_s itself; the gradient norm comes from central
// differences coordinate by coordinate.
TEST_F(ExplainTest, GradientAndGradientTimesInputMatchFiniteDifferences) {
  const GradientImportance imp = gradient_importance(*model_, src_, trg_);
  const auto e = embeddings();
  const int64_t s_len = e.size(1), t_len = static_cast<int64_t>(trg_.size()) + 1;
  ASSERT_EQ(imp.grad_input.size(), static_cast<std::size_t>(t_len));
  ASSERT_EQ(imp.grad_input[0].size(), static_cast<std::size_t>(s_len));
  const double h = 1e-6;
  for (int64_t s = 0; s < s_len; ++s) {
    auto along = torch::zeros_like(e);
    along[0][s] = e[0][s];
    const auto directional = (f(e + h * along) - f(e - h * along)) / (2 * h);  // [T]
    torch::Tensor squared = torch::zeros({t_len}, torch::kFloat64);
    for (int64_t d = 0; d < e.size(2); ++d) {
      auto unit = torch::zeros_like(e);
      unit[0][s][d] = 1.0;
      squared += ((f(e + h * unit) - f(e - h * unit)) / (2 * h)).pow(2);
    }
    for (int64_t t = 0; t < t_len; ++t) {
      const auto ts = static_cast<std::size_t>(t), ss = static_cast<std::size_t>(s);
      EXPECT_NEAR(imp.grad_input[ts][ss], directional[t].item<double>(), 1e-5) << "t " << t << " s " << s;
      EXPECT_NEAR(imp.gradient[ts][ss], std::sqrt(squared[t].item<double>()), 1e-5) << "t " << t << " s " << s;
    }
  }
  // The log-probabilities and attention are those of the forced decoding.
  const auto direct = f(e);
  for (int64_t t = 0; t < t_len; ++t) EXPECT_NEAR(imp.log_probs[static_cast<std::size_t>(t)], direct[t].item<double>(), 1e-9);
  for (const auto& row : imp.attention) {
    double sum = 0;
    for (const float a : row) sum += a;
    EXPECT_NEAR(sum, 1.0, 1e-5);
  }
}

// Completeness (Sundararajan et al. 2017): each target token's attributions sum to
// f_t(x) - f_t(baseline), up to the midpoint rule's error: with 128 points under 1e-3 (measured:
// the largest 6.0e-4 with 64 points).
TEST_F(ExplainTest, IntegratedGradientsAreComplete) {
  ImportanceOptions options;
  options.ig_steps = 128;
  options.max_rows = 50;  // several chunks
  const GradientImportance imp = gradient_importance(*model_, src_, trg_, options);
  const auto at_zero = f(torch::zeros_like(embeddings()));
  for (std::size_t t = 0; t < imp.integrated_gradients.size(); ++t) {
    double sum = 0;
    for (const float a : imp.integrated_gradients[t]) sum += a;
    EXPECT_NEAR(imp.baseline_log_probs[t], at_zero[static_cast<int64_t>(t)].item<double>(), 1e-9);
    EXPECT_NEAR(sum, imp.log_probs[t] - imp.baseline_log_probs[t], 1e-3) << "target token " << t;
  }
}

// Without noise SmoothGrad is the plain gradient norm.
TEST_F(ExplainTest, SmoothGradWithoutNoiseIsTheGradient) {
  ImportanceOptions options;
  options.smooth_noise = 0;
  options.smooth_samples = 3;
  const GradientImportance imp = gradient_importance(*model_, src_, trg_, options);
  for (std::size_t t = 0; t < imp.gradient.size(); ++t)
    for (std::size_t s = 0; s < imp.gradient[t].size(); ++s) EXPECT_NEAR(imp.smoothgrad[t][s], imp.gradient[t][s], 1e-6);
}

// Leave-one-out equals decoding the shortened source directly; words span several pieces.
TEST_F(ExplainTest, LeaveOneOutRemovesEachWordsPieces) {
  const std::vector<int> words = {0, 0, 1, 2, 2};  // three words over five pieces
  const LeaveOneOut loo = leave_one_out(*model_, src_, trg_, words);
  ASSERT_EQ(loo.tvd.size(), trg_.size() + 1);
  ASSERT_EQ(loo.tvd[0].size(), 3u);
  const auto full = f(embeddings());
  for (int w = 0; w < 3; ++w) {
    std::vector<int32_t> kept;
    for (std::size_t i = 0; i < src_.size(); ++i)
      if (words[i] != w) kept.push_back(src_[i]);
    torch::NoGradGuard no_grad;
    const TensorBatch b = make_tensor_batch({kept}, {trg_}, {0}, torch::kCPU);
    const auto lp = model_->forward(b)[0];  // [T, V]
    const auto probs_full = [&] {
      const TensorBatch a = make_tensor_batch({src_}, {trg_}, {0}, torch::kCPU);
      return model_->forward(a)[0].exp();
    }();
    for (int64_t t = 0; t < lp.size(0); ++t) {
      const auto ts = static_cast<std::size_t>(t), ws = static_cast<std::size_t>(w);
      const double drop = full[t].item<double>() - lp[t][b.trg_out[0][t].item<int64_t>()].item<double>();
      EXPECT_NEAR(loo.log_prob_drop[ts][ws], drop, 1e-5);
      const double tvd = 0.5 * (probs_full[t] - lp[t].exp()).abs().sum().item<double>();
      EXPECT_NEAR(loo.tvd[ts][ws], tvd, 1e-6);
      EXPECT_GE(loo.tvd[ts][ws], 0.0);
      EXPECT_LE(loo.tvd[ts][ws], 1.0);
    }
  }
  EXPECT_THROW(leave_one_out(*model_, src_, trg_, {0, 1}), std::invalid_argument);
}

// The decoder's attention hook: the model's own weights forced back give the same step; other
// weights change it.
TEST_F(ExplainTest, ForcedAttentionWeightsReplaceTheModelsOwn) {
  torch::NoGradGuard no_grad;
  const TensorBatch b = make_tensor_batch({src_}, {trg_}, {0}, torch::kCPU);
  const Encoded e = model_->encode(b.src, b.src_lengths);
  const auto prev = torch::full({1}, kBosId, torch::kInt64);
  const StepOutput own = model_->decoder->step(prev, e.state, e.memory);
  AttentionMemory forced = e.memory;
  forced.forced_weights = own.attention;
  const StepOutput same = model_->decoder->step(prev, e.state, forced);
  EXPECT_TRUE(torch::allclose(same.log_probs, own.log_probs, 0, 1e-12));
  forced.forced_weights = uniform_weights(e.memory.mask[0]).to(torch::kFloat64).unsqueeze(0);
  const StepOutput other = model_->decoder->step(prev, e.state, forced);
  EXPECT_GT((other.log_probs - own.log_probs).abs().max().item<double>(), 1e-3);
  EXPECT_TRUE(torch::allclose(other.attention, forced.forced_weights));
}

TEST(Counterfactual, PermutationKeepsTheWeightsAndTheirPositions) {
  const auto weights = torch::tensor({0.5, 0.3, 0.2, 0.0}, torch::kFloat64);
  const auto real = torch::tensor({true, true, true, false});
  Rng rng(7);
  bool moved = false;
  for (int k = 0; k < 20; ++k) {
    const auto p = permute_weights(weights, real, rng);
    EXPECT_TRUE(torch::equal(std::get<0>(p.sort()), std::get<0>(weights.sort())));  // same multiset
    EXPECT_EQ(p[3].item<double>(), 0.0);                                             // padding stays empty
    moved = moved || !torch::equal(p, weights);
  }
  EXPECT_TRUE(moved);
  EXPECT_TRUE(torch::allclose(uniform_weights(real), torch::tensor({1.0F, 1.0F, 1.0F, 0.0F}) / 3));
  EXPECT_TRUE(torch::allclose(remove_weight(weights, real, 0), torch::tensor({0.0, 0.6, 0.4, 0.0}, torch::kFloat64)));
  // A one-hot row: the mass goes to the other real positions, evenly.
  EXPECT_TRUE(torch::allclose(remove_weight(torch::tensor({0.0, 1.0, 0.0, 0.0}, torch::kFloat64), real, 1),
                              torch::tensor({0.5, 0.0, 0.5, 0.0}, torch::kFloat64)));
  EXPECT_TRUE(torch::equal(remove_weight(torch::tensor({1.0, 0.0}), torch::tensor({true, false}), 0),
                           torch::tensor({1.0, 0.0})));
}

// Replacing the attention of a source with a single position (its EOS) changes nothing; with a
// real source, uniform weights move the output, and the log-probabilities are the teacher-forced ones.
TEST_F(ExplainTest, CounterfactualAttentionMeasuresTheOutputsDependenceOnTheWeights) {
  CounterfactualOptions options;
  options.permutations = 7;
  const Counterfactual c = counterfactual_attention(*model_, src_, trg_, options);
  const auto forced = f(embeddings());
  ASSERT_EQ(c.log_probs.size(), trg_.size() + 1);
  for (std::size_t t = 0; t < c.log_probs.size(); ++t) EXPECT_NEAR(c.log_probs[t], forced[static_cast<int64_t>(t)].item<double>(), 1e-9);
  double uniform = 0;
  for (std::size_t t = 0; t < c.log_probs.size(); ++t) {
    uniform += c.uniform.tvd[t];
    for (const double tvd : {c.permutation.tvd[t], c.uniform.tvd[t], c.max_removed.tvd[t], c.random_removed.tvd[t]}) {
      EXPECT_GE(tvd, 0.0);
      EXPECT_LE(tvd, 1.0);
    }
    EXPECT_GE(c.permutation.top_changed[t], 0.0);
    EXPECT_LE(c.permutation.top_changed[t], 1.0);
  }
  EXPECT_GT(uniform, 1e-3);
  const Counterfactual alone = counterfactual_attention(*model_, {}, trg_, options);
  for (std::size_t t = 0; t < alone.log_probs.size(); ++t) {
    EXPECT_NEAR(alone.permutation.tvd[t], 0, 1e-12);
    EXPECT_NEAR(alone.uniform.tvd[t], 0, 1e-12);
    EXPECT_EQ(alone.max_removed.top_changed[t], 0);
  }
}

TEST(Explain, ShiftRowsReadsTheNeighbouringStep) {
  const Matrix m = {{1, 0}, {0, 1}, {0.5, 0.5}};
  EXPECT_EQ(shift_rows(m, 1), (Matrix{{0, 1}, {0.5, 0.5}, {0.5, 0.5}}));
  EXPECT_EQ(shift_rows(m, -1), (Matrix{{1, 0}, {1, 0}, {0, 1}}));
  EXPECT_EQ(shift_rows({}, 1), Matrix{});
}

// `rnnsearch explain` end to end on a small trained model, and its refusals.
TEST(ExplainCli, WritesImportanceBesideAttentionAndRefusesBadInput) {
  TempDir dir;
  Config c = testing::small_toy_config(dir);
  c.train.max_steps = 10;
  log::set_quiet(true);
  train_model(c, {});
  log::set_quiet(false);
  log::set_file("");
  testing::write_text(dir.file("src.txt"), "the child sees the bird\nthese apples follow the car slowly\n");
  testing::write_text(dir.file("trg.txt"), "lo nina lo pipe videt\ncai pomas lo auto lante sekvent\n");
  const auto r = testing::run_cli(
      "explain -m model -s src.txt -t trg.txt -o out.jsonl --ig-steps 8 --smooth-samples 4 --permutations 10", dir.path());
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("attention vs integrated_gradients: Kendall tau"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("attention permuted: output TVD median"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("attention without its largest weight: output TVD"), std::string::npos) << r.err;
  const auto lines = read_lines(dir.file("out.jsonl"));
  ASSERT_EQ(lines.size(), 2u);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const AttentionRecord record = attention_record_from_json(lines[k], "out.jsonl");  // translate --attention's fields
    const auto j = nlohmann::json::parse(lines[k]);
    for (const char* name : {"gradient", "grad_input", "integrated_gradients", "smoothgrad", "loo_log_prob", "loo_tvd"}) {
      const auto& word = j["importance"][name]["word"];
      ASSERT_EQ(word.size(), record.trg_words.size()) << name;
      EXPECT_EQ(word[0].size(), record.src_words.size()) << name;
      EXPECT_EQ(j["agreement_with_attention"][name]["kendall_tau"].size(), record.trg_words.size()) << name;
    }
    EXPECT_EQ(j["log_probs"].size(), record.trg_subwords.size());
    EXPECT_EQ(j["counterfactual"]["permutations"], 10);
    for (const char* name : {"permutation", "uniform", "max_removed", "random_removed"})
      EXPECT_EQ(j["counterfactual"][name]["tvd"].size(), record.trg_subwords.size()) << name;
    for (std::size_t t = 0; t < record.trg_subwords.size(); ++t)  // the same forced decoding
      EXPECT_NEAR(j["counterfactual"]["log_probs"][t].get<double>(), j["log_probs"][t].get<double>(), 1e-5);
  }
  // plot draws each measure beside the attention.
  const auto plotted = testing::run_cli("plot -a out.jsonl -o plots --level word", dir.path());
  ASSERT_EQ(plotted.code, 0) << plotted.err;
  for (const char* name : {"attention-1.svg", "attention-1-integrated_gradients.svg", "attention-2-loo_tvd.svg"})
    EXPECT_TRUE(file_exists(dir.file(std::string("plots/") + name))) << name;
  EXPECT_NE(testing::read_text(dir.file("plots/attention-1-grad_input.svg")).find("importance: grad_input"), std::string::npos);
  // With gold links: the AER of attention, of both shifts and of each measure.
  testing::write_text(dir.file("gold.txt"), "0-0 1-1 4-2 4-3 2-4\n0-0 1-1 3-2 4-3 5-4 2-5\n");
  const auto aligned = testing::run_cli("explain -m model -s src.txt -t trg.txt -o g.jsonl -g gold.txt --methods gradient",
                                        dir.path());
  ASSERT_EQ(aligned.code, 0) << aligned.err;
  for (const char* name : {"attention", "shift_attention", "previous_step_attention", "gradient"})
    EXPECT_NE(aligned.err.find(std::string("links from ") + name + ": AER"), std::string::npos) << name << aligned.err;
  // The shifted matrices are aggregated from the shifted subword attention (the direction itself is
  // Explain.ShiftRowsReadsTheNeighbouringStep's: this barely trained model attends almost uniformly).
  {
    LoadedModel loaded = load_model(resolve_checkpoint(dir.file("model"), "last"), torch::kCPU);
    const TranslateOptions options = translate_options(loaded.config.decode);
    std::vector<LoadedModel> models;
    models.push_back(std::move(loaded));
    Translator translator(std::move(models), options);
    ExplainOptions only;
    only.methods = {"gradient"};
    const auto e = explain(translator, {"the child sees the bird"}, {"lo nina lo pipe videt"}, only);
    const AttentionRecord record = attention_record_from_json(e[0].json, "explain");
    Matrix shifted(record.subword.begin() + 1, record.subword.end());
    shifted.push_back(record.subword.back());
    const Matrix expected = aggregate_words(shifted, word_index(record.trg_subwords), word_index(record.src_subwords));
    const Matrix& got = e[0].word.at("shift_attention");
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t t = 0; t < got.size(); ++t)
      for (std::size_t s = 0; s < got[t].size(); ++s) EXPECT_NEAR(got[t][s], expected[t][s], 1e-3);  // JSON keeps 4 decimals
  }
  // Without -t the model's own translations are explained; --methods picks measures.
  const auto own = testing::run_cli("explain -m model -s src.txt -o own.jsonl --methods gradient,leave_one_out", dir.path());
  ASSERT_EQ(own.code, 0) << own.err;
  const auto j = nlohmann::json::parse(read_lines(dir.file("own.jsonl")).front());
  EXPECT_TRUE(j["importance"].contains("gradient"));
  EXPECT_FALSE(j["importance"].contains("smoothgrad"));
  // Bad input: exit 2, naming the files or the line.
  testing::write_text(dir.file("short.txt"), "lo nina\n");
  const auto unequal = testing::run_cli("explain -m model -s src.txt -t short.txt -o x.jsonl", dir.path());
  EXPECT_EQ(unequal.code, 2);
  EXPECT_NE(unequal.err.find("short.txt"), std::string::npos) << unequal.err;
  testing::write_text(dir.file("bad.txt"), "the child\nthe \xff bird\n");
  const auto invalid = testing::run_cli("explain -m model -s bad.txt -t src.txt -o x.jsonl", dir.path());
  EXPECT_EQ(invalid.code, 2);
  EXPECT_NE(invalid.err.find("bad.txt:2"), std::string::npos) << invalid.err;
  EXPECT_EQ(testing::run_cli("explain -m model -s src.txt -o x.jsonl --methods attention", dir.path()).code, 2);
  EXPECT_FALSE(file_exists(dir.file("x.jsonl")));
}

}  // namespace
}  // namespace rnnsearch
