#include "rnnsearch/model/attention.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <regex>
#include <set>
#include <string>

#include "gradcheck.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/model/kernels.h"
#include "rnnsearch/model/packed_linear.h"

namespace rnnsearch {
namespace {

AttentionConfig additive(int hidden) {
  AttentionConfig c;
  c.hidden_size = hidden;
  return c;
}

// e_j = v tanh(W q + U h_j + b) with every weight set by hand.
TEST(Attention, AdditiveScoresComputedByHand) {
  torch::NoGradGuard no_grad;
  Attention attention(additive(1), 1, 2);
  auto params = attention->named_parameters();
  params["query_proj.weight"].fill_(0.5);                            // W = [0.5]
  params["key_proj.weight"].copy_(torch::tensor({{1.0f, -1.0f}}));   // U = [1, -1]
  params["key_proj.bias"].fill_(0.25);                               // b
  params["score_proj.weight"].fill_(2.0);                            // v = [2]
  const auto values = torch::tensor({{{1.0f, 0.0f}, {0.0f, 1.0f}, {3.0f, 3.0f}}});  // [1, 3, 2]
  const auto mask = torch::tensor({{true, true, false}});
  const auto query = torch::tensor({{2.0f}});
  const AttentionOutput out = attention->forward(query, attention->prepare(values, mask));
  // Scores: 2 tanh(1 + 1 + 0.25), 2 tanh(1 - 1 + 0.25); the third position is padding.
  const double e0 = 2 * std::tanh(2.25), e1 = 2 * std::tanh(0.25);
  const double w0 = std::exp(e0) / (std::exp(e0) + std::exp(e1)), w1 = 1 - w0;
  EXPECT_NEAR(out.weights[0][0].item<double>(), w0, 1e-6);
  EXPECT_NEAR(out.weights[0][1].item<double>(), w1, 1e-6);
  EXPECT_EQ(out.weights[0][2].item<double>(), 0.0);
  EXPECT_NEAR(out.context[0][0].item<double>(), w0, 1e-6);
  EXPECT_NEAR(out.context[0][1].item<double>(), w1, 1e-6);
}

TEST(Attention, WeightsSumToOneAndPaddingGetsZero) {
  torch::manual_seed(1);
  Attention attention(additive(8), 5, 6);
  const auto values = torch::randn({3, 7, 6});
  const auto mask = torch::tensor({{1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0, 0}}).to(torch::kBool);
  const auto out = attention->forward(torch::randn({3, 5}), attention->prepare(values, mask));
  EXPECT_TRUE(torch::allclose(out.weights.sum(-1), torch::ones({3})));
  EXPECT_TRUE(torch::all(out.weights.masked_select(mask.logical_not()) == 0).item<bool>());
  EXPECT_NEAR(out.weights[2][0].item<double>(), 1.0, 1e-6);
}

TEST(Attention, GradientsMatchFiniteDifferences) {
  torch::manual_seed(2);
  Attention attention(additive(4), 3, 4);
  attention->to(torch::kFloat64);
  const auto values = torch::randn({2, 5, 4}, torch::kFloat64).requires_grad_();
  const auto query = torch::randn({2, 3}, torch::kFloat64).requires_grad_();
  const auto mask = torch::tensor({{1, 1, 1, 1, 1}, {1, 1, 0, 0, 0}}).to(torch::kBool);
  const auto r1 = torch::randn({2, 4}, torch::kFloat64), r2 = torch::randn({2, 5}, torch::kFloat64);
  auto f = [&] {
    const auto out = attention->forward(query, attention->prepare(values, mask));
    return (out.context * r1).sum() + (out.weights * r2).sum();
  };
  std::vector<std::pair<std::string, torch::Tensor>> inputs = {{"query", query}, {"values", values}};
  for (const auto& p : attention->named_parameters()) inputs.emplace_back(p.key(), p.value());
  testing::expect_gradients_match(f, inputs);
}

// Threshold tau of sum_i max(z_i / scale - tau, 0)^power = 1, by bisection: a reference that shares
// nothing with the sort-based implementations.
double bisect_tau(const std::vector<double>& z, double scale, int power) {
  double top = -1e300;
  for (const double v : z) top = std::max(top, v / scale);
  double lo = top - 1, hi = top;
  for (int it = 0; it < 200; ++it) {
    const double mid = (lo + hi) / 2;
    double total = 0;
    for (const double v : z) total += std::pow(std::max(v / scale - mid, 0.0), power);
    (total > 1 ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

TEST(Distributions, SparsemaxAndEntmaxMatchABisectionReference) {
  torch::manual_seed(4);
  for (int trial = 0; trial < 20; ++trial) {
    const auto z = torch::randn({9}, torch::kFloat64) * (trial % 4 + 0.5);
    std::vector<double> values(z.data_ptr<double>(), z.data_ptr<double>() + 9);
    const auto sparse = sparsemax(z.unsqueeze(0))[0];
    const auto ent = entmax15(z.unsqueeze(0))[0];
    const double tau_s = bisect_tau(values, 1.0, 1), tau_e = bisect_tau(values, 2.0, 2);
    for (int i = 0; i < 9; ++i) {
      EXPECT_NEAR(sparse[i].item<double>(), std::max(values[i] - tau_s, 0.0), 1e-9);
      EXPECT_NEAR(ent[i].item<double>(), std::pow(std::max(values[i] / 2 - tau_e, 0.0), 2), 1e-9);
    }
    EXPECT_NEAR(sparse.sum().item<double>(), 1.0, 1e-12);
    EXPECT_NEAR(ent.sum().item<double>(), 1.0, 1e-12);
  }
}

TEST(Distributions, SparseOnesGiveExactZeros) {
  const auto z = torch::tensor({{3.0, 0.1, -2.0, 2.9}});
  const auto s = sparsemax(z)[0];
  EXPECT_EQ(s[1].item<double>(), 0.0);
  EXPECT_EQ(s[2].item<double>(), 0.0);
  EXPECT_NEAR(s[0].item<double>(), 0.55, 1e-6);
  EXPECT_NEAR(s[3].item<double>(), 0.45, 1e-6);
  const auto e = entmax15(z)[0];
  EXPECT_EQ(e[2].item<double>(), 0.0);
  EXPECT_GT(e[0].item<double>(), e[3].item<double>());
}

class DistributionProperties : public ::testing::TestWithParam<DistributionType> {};

TEST_P(DistributionProperties, SumToOneZeroOnPaddingAndExactGradients) {
  torch::manual_seed(5);
  const auto scores = (torch::randn({3, 6}, torch::kFloat64) * 2).requires_grad_();
  const auto mask = torch::tensor({{1, 1, 1, 1, 1, 1}, {1, 1, 1, 0, 0, 0}, {1, 0, 0, 0, 0, 0}}).to(torch::kBool);
  const auto p = masked_distribution(GetParam(), scores, mask);
  EXPECT_TRUE(torch::allclose(p.sum(-1), torch::ones({3}, torch::kFloat64)));
  EXPECT_TRUE(torch::all(p.masked_select(mask.logical_not()) == 0).item<bool>());
  EXPECT_TRUE(torch::all(p >= 0).item<bool>());
  const auto r = torch::randn({3, 6}, torch::kFloat64);
  testing::expect_gradients_match([&] { return (masked_distribution(GetParam(), scores, mask) * r).sum(); },
                                  {{"scores", scores}});
}

INSTANTIATE_TEST_SUITE_P(All, DistributionProperties,
                         ::testing::Values(DistributionType::softmax, DistributionType::sparsemax, DistributionType::entmax15),
                         [](const auto& info) { return std::string(to_string(info.param)); });

// Each score function with weights set by hand: values h_1 = (1, 0), h_2 = (0, 1), h_3 padding.
std::vector<double> weights_by_hand(ScoreType score, const torch::Tensor& query, int64_t query_size,
                                    const std::function<void(torch::OrderedDict<std::string, torch::Tensor>&)>& set) {
  torch::NoGradGuard no_grad;
  AttentionConfig c;
  c.score = score;
  c.max_positions = 3;
  Attention attention(c, query_size, 2);
  auto params = attention->named_parameters();
  set(params);
  const auto values = torch::tensor({{{1.0f, 0.0f}, {0.0f, 1.0f}, {5.0f, 5.0f}}});
  const auto mask = torch::tensor({{true, true, false}});
  const auto out = attention->forward(query, attention->prepare(values, mask));
  EXPECT_EQ(out.weights[0][2].item<double>(), 0.0);
  // The context is the weighted sum of the values.
  EXPECT_NEAR(out.context[0][0].item<double>(), out.weights[0][0].item<double>(), 1e-6);
  EXPECT_NEAR(out.context[0][1].item<double>(), out.weights[0][1].item<double>(), 1e-6);
  return {out.weights[0][0].item<double>(), out.weights[0][1].item<double>()};
}

// softmax over two scores: the first weight.
double first_of(double e0, double e1) { return std::exp(e0) / (std::exp(e0) + std::exp(e1)); }

TEST(ScoreFunctions, ComputedByHand) {
  auto none = [](auto&) {};
  const auto q = torch::tensor({{1.0f, 2.0f}});
  EXPECT_NEAR(weights_by_hand(ScoreType::dot, q, 2, none)[0], first_of(1, 2), 1e-6);
  EXPECT_NEAR(weights_by_hand(ScoreType::scaled_dot, q, 2, none)[0], first_of(1 / std::sqrt(2.0), 2 / std::sqrt(2.0)), 1e-6);
  // cosine: q / |q| = (1, 2) / sqrt(5).
  EXPECT_NEAR(weights_by_hand(ScoreType::cosine, q, 2, none)[0], first_of(1 / std::sqrt(5.0), 2 / std::sqrt(5.0)), 1e-6);
  // general: q^T W h with W = [[3, 0], [0, -1]] (query 2, value 2): scores 3 and -2.
  EXPECT_NEAR(weights_by_hand(ScoreType::general, q, 2,
                              [](auto& p) { p["key_proj.weight"].copy_(torch::tensor({{3.0f, 0.0f}, {0.0f, -1.0f}})); })[0],
              first_of(3, -2), 1e-6);
  // location: W_a q + b with W_a = (2, -1, 7), b = (0.5, 0, 0) and q = (1): scores 2.5, -1 (7 is padding).
  EXPECT_NEAR(weights_by_hand(ScoreType::location, torch::tensor({{1.0f}}), 1,
                              [](auto& p) {
                                p["location_proj.weight"].copy_(torch::tensor({{2.0f}, {-1.0f}, {7.0f}}));
                                p["location_proj.bias"].copy_(torch::tensor({0.5f, 0.0f, 0.0f}));
                              })[0],
              first_of(2.5, -1), 1e-6);
}

TEST(ScoreFunctions, LocationGivesNoWeightBeyondItsPositions) {
  torch::NoGradGuard no_grad;
  AttentionConfig c;
  c.score = ScoreType::location;
  c.max_positions = 2;
  Attention attention(c, 3, 4);
  const auto out = attention->forward(torch::randn({2, 3}), attention->prepare(torch::randn({2, 5, 4}), torch::ones({2, 5}, torch::kBool)));
  EXPECT_TRUE(torch::all(out.weights.slice(1, 2) == 0).item<bool>());
  EXPECT_TRUE(torch::allclose(out.weights.sum(-1), torch::ones({2})));
}

struct Variant {
  ScoreType score;
  DistributionType distribution;
  WindowType window;
  bool renormalize;
  int heads = 1;
  bool features = false;  // multi-dimensional
  CoverageType coverage = CoverageType::none;
};

std::string variant_name(const Variant& v) {
  return std::string(to_string(v.score)) + "_" + std::string(to_string(v.distribution)) + "_" +
         std::string(to_string(v.window)) + (v.renormalize ? "_renormalized" : "") +
         (v.heads > 1 ? "_" + std::to_string(v.heads) + "heads" : "") + (v.features ? "_multidim" : "") +
         (v.coverage != CoverageType::none ? "_" + std::string(to_string(v.coverage)) + "_coverage" : "");
}

// gtest and ctest show the variant by name rather than as bytes.
void PrintTo(const Variant& v, std::ostream* os) { *os << variant_name(v); }

class AttentionVariants : public ::testing::TestWithParam<Variant> {};

// Every score x distribution x window: weights sum to 1 (to at most 1 for local_p without
// renormalisation), padding and positions outside the window get exactly 0, gradients are exact.
TEST_P(AttentionVariants, PropertiesAndGradients) {
  torch::manual_seed(6);
  const Variant v = GetParam();
  AttentionConfig c;
  c.score = v.score;
  c.distribution = v.distribution;
  c.window = v.window;
  c.renormalize_window = v.renormalize;
  c.window_radius = 1;
  c.hidden_size = 4;
  c.max_positions = 6;
  c.heads = v.heads;
  if (v.features) c.dimensions = AttentionDimensions::multi;
  c.coverage = v.coverage;
  c.coverage_size = 3;
  Attention attention(c, 4, 4);
  attention->to(torch::kFloat64);
  // Coverage before the step: some attention already paid (a state the gradients flow through).
  auto coverage_for = [&](int64_t rows) {
    const auto zero = attention->initial_coverage(rows, 6, torch::TensorOptions(torch::kFloat64));
    return zero.defined() ? zero + torch::rand_like(zero) : zero;
  };
  const auto coverage = coverage_for(3);
  if (coverage.defined()) coverage.requires_grad_();
  const auto values = torch::randn({3, 6, 4}, torch::kFloat64).requires_grad_();
  const auto query = torch::randn({3, 4}, torch::kFloat64).requires_grad_();
  const auto mask = torch::tensor({{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}, {1, 0, 0, 0, 0, 0}}).to(torch::kBool);
  const int64_t step = 3;
  {
    torch::NoGradGuard no_grad;
    const auto w = attention->forward(query, attention->prepare(values, mask), step, coverage).weights;
    const auto sums = w.sum(-1);
    if (v.window == WindowType::local_p && !v.renormalize) {
      EXPECT_TRUE(torch::all(sums.le(1 + 1e-12)).item<bool>());
      EXPECT_TRUE(torch::all(sums.gt(0)).item<bool>());
    } else {
      EXPECT_TRUE(torch::allclose(sums, torch::ones({3}, torch::kFloat64)));
    }
    EXPECT_TRUE(torch::all(w.masked_select(mask.logical_not()) == 0).item<bool>());
    if (v.window == WindowType::local_m) {
      // p_t = min(3, S - 1) with S = 6, 4, 1: windows [2, 4], [2, 3] (3 is the last word), [0, 0].
      EXPECT_EQ(w[0].slice(0, 0, 2).abs().sum().item<double>(), 0.0);
      EXPECT_EQ(w[0].slice(0, 5).abs().sum().item<double>(), 0.0);
      EXPECT_EQ(w[1].slice(0, 0, 2).abs().sum().item<double>(), 0.0);
      EXPECT_NEAR(w[2][0].item<double>(), 1.0, 1e-12);
    }
    if (v.window != WindowType::global) {
      for (int64_t b = 0; b < 3; ++b) {
        int64_t nonzero = 0;
        for (int64_t j = 0; j < 6; ++j) nonzero += w[b][j].item<double>() != 0;
        EXPECT_LE(nonzero, 3) << "a window of radius 1 spans at most 3 positions";
      }
    }
    // Beam search: G = 2 queries per memory row read the memory in place and get what they would
    // from a memory copied row by row.
    const auto queries = torch::randn({6, 4}, torch::kFloat64);
    const auto memory = attention->prepare(values, mask);
    const auto six = coverage_for(6);
    const auto grouped = attention->forward(queries, memory, step, six);
    const auto copied = attention->forward(queries, memory.select(torch::arange(3).repeat_interleave(2)), step, six);
    EXPECT_TRUE(torch::allclose(grouped.weights, copied.weights, 1e-12, 1e-12));
    EXPECT_TRUE(torch::allclose(grouped.context, copied.context, 1e-12, 1e-12));
    if (six.defined()) EXPECT_TRUE(torch::allclose(grouped.coverage, copied.coverage, 1e-12, 1e-12));
    if (v.heads > 1) EXPECT_TRUE(torch::allclose(grouped.head_weights, copied.head_weights, 1e-12, 1e-12));
  }
  const auto r1 = torch::randn({3, 4}, torch::kFloat64), r2 = torch::randn({3, 6}, torch::kFloat64);
  const auto r3 = coverage.defined() ? torch::randn_like(coverage) : torch::Tensor();
  auto f = [&] {
    const auto out = attention->forward(query, attention->prepare(values, mask), step, coverage);
    auto sum = (out.context * r1).sum() + (out.weights * r2).sum();
    return out.coverage.defined() ? sum + (out.coverage * r3).sum() : sum;
  };
  std::vector<std::pair<std::string, torch::Tensor>> inputs = {{"query", query}, {"values", values}};
  if (coverage.defined()) inputs.emplace_back("coverage", coverage);
  for (const auto& p : attention->named_parameters()) inputs.emplace_back(p.key(), p.value());
  testing::expect_gradients_match(f, inputs, 12);
}

std::vector<Variant> all_variants() {
  std::vector<Variant> out;
  for (const auto& [score, name] : EnumNames<ScoreType>::table)
    for (const auto& [distribution, dname] : EnumNames<DistributionType>::table)
      for (const auto& [window, wname] : EnumNames<WindowType>::table) {
        out.push_back({score, distribution, window, false});
        if (window == WindowType::local_p) out.push_back({score, distribution, window, true});
        if (score == ScoreType::dot || score == ScoreType::general || score == ScoreType::additive)
          out.push_back({score, distribution, window, window == WindowType::local_p, 2});
        if (score == ScoreType::additive) {
          out.push_back({score, distribution, window, window == WindowType::local_p, 1, true});
          for (const auto coverage : {CoverageType::linguistic, CoverageType::neural})
            out.push_back({score, distribution, window, window == WindowType::local_p, 1, false, coverage});
        }
      }
  return out;
}

INSTANTIATE_TEST_SUITE_P(All, AttentionVariants, ::testing::ValuesIn(all_variants()),
                         [](const auto& info) { return variant_name(info.param); });

// local_p with v_p = 0 puts p_t at S/2 exactly: the weights are the window's softmax times the
// Gaussian, computed by hand.
TEST(Windows, LocalPComputedByHand) {
  torch::NoGradGuard no_grad;
  AttentionConfig c;
  c.score = ScoreType::dot;
  c.window = WindowType::local_p;
  c.window_radius = 2;
  Attention attention(c, 1, 1);
  attention->named_parameters()["position_score.weight"].zero_();
  const auto values = torch::tensor({{{0.0f}, {1.0f}, {2.0f}, {3.0f}, {4.0f}, {5.0f}}});  // S = 6 -> p_t = 3
  const auto out = attention->forward(torch::tensor({{0.5f}}), attention->prepare(values, torch::ones({1, 6}, torch::kBool)));
  // window [1, 5]; scores 0.5 j; sigma = 1
  double z = 0;
  for (int j = 1; j <= 5; ++j) z += std::exp(0.5 * j);
  for (int j = 0; j < 6; ++j) {
    const double expected = j == 0 ? 0.0 : std::exp(0.5 * j) / z * std::exp(-(j - 3.0) * (j - 3.0) / 2.0);
    EXPECT_NEAR(out.weights[0][j].item<double>(), expected, 1e-6) << j;
  }
}

// Two dot heads over D = 4: head 1 sees dimensions 0-1, head 2 dimensions 2-3.
TEST(MultiHead, DotComputedByHand) {
  torch::NoGradGuard no_grad;
  AttentionConfig c;
  c.score = ScoreType::dot;
  c.heads = 2;
  Attention attention(c, 4, 4);
  const auto values = torch::tensor({{{1.0f, 0.0f, 0.0f, 2.0f}, {0.0f, 1.0f, 1.0f, 0.0f}, {9.0f, 9.0f, 9.0f, 9.0f}}});
  const auto mask = torch::tensor({{true, true, false}});
  const auto out = attention->forward(torch::tensor({{1.0f, 3.0f, 0.5f, -1.0f}}), attention->prepare(values, mask));
  // head 1 scores (1, 3), head 2 scores (-2, 0.5)
  const double a0 = first_of(1, 3), b0 = first_of(-2, 0.5);
  ASSERT_EQ(out.head_weights.sizes(), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_NEAR(out.head_weights[0][0][0].item<double>(), a0, 1e-6);
  EXPECT_NEAR(out.head_weights[0][1][0].item<double>(), b0, 1e-6);
  EXPECT_EQ(out.head_weights[0][0][2].item<double>(), 0.0);
  EXPECT_EQ(out.head_weights[0][1][2].item<double>(), 0.0);
  EXPECT_NEAR(out.weights[0][0].item<double>(), (a0 + b0) / 2, 1e-6);
  // Contexts: head 1 mixes (1, 0) and (0, 1); head 2 mixes (0, 2) and (1, 0).
  const std::vector<double> expected = {a0, 1 - a0, 1 - b0, 2 * b0};
  for (int64_t d = 0; d < 4; ++d) EXPECT_NEAR(out.context[0][d].item<double>(), expected[d], 1e-6) << d;
}

// Additive heads: head n uses slice n of the tanh layer and row n of v_a.
TEST(MultiHead, AdditiveComputedByHand) {
  torch::NoGradGuard no_grad;
  AttentionConfig c = additive(2);
  c.heads = 2;
  Attention attention(c, 2, 2);
  auto params = attention->named_parameters();
  params["query_proj.weight"].copy_(torch::tensor({{1.0f, 0.0f}, {0.0f, 1.0f}}));
  params["key_proj.weight"].copy_(torch::tensor({{1.0f, 0.0f}, {0.0f, 1.0f}}));
  params["key_proj.bias"].zero_();
  params["score_proj.weight"].copy_(torch::tensor({{2.0f}, {-1.0f}}));  // [N = 2, A/N = 1]
  const auto values = torch::tensor({{{1.0f, 0.0f}, {0.0f, 1.0f}}});
  const auto out = attention->forward(torch::tensor({{0.5f, 0.25f}}), attention->prepare(values, torch::ones({1, 2}, torch::kBool)));
  // head 1: 2 tanh(0.5 + h_j0) -> 2 tanh(1.5), 2 tanh(0.5); head 2: -tanh(0.25 + h_j1) -> -tanh(0.25), -tanh(1.25)
  const double a0 = first_of(2 * std::tanh(1.5), 2 * std::tanh(0.5)), b0 = first_of(-std::tanh(0.25), -std::tanh(1.25));
  EXPECT_NEAR(out.head_weights[0][0][0].item<double>(), a0, 1e-6);
  EXPECT_NEAR(out.head_weights[0][1][0].item<double>(), b0, 1e-6);
  EXPECT_NEAR(out.context[0][0].item<double>(), a0, 1e-6);      // head 1 mixes dimension 0
  EXPECT_NEAR(out.context[0][1].item<double>(), 1 - b0, 1e-6);  // head 2 mixes dimension 1
}

// Multi-dimensional attention: feature d has its own distribution over positions, from row d of
// V_a, and mixes feature d of the annotations only; the reported weights are the features' mean.
TEST(MultiDimensional, ComputedByHand) {
  torch::NoGradGuard no_grad;
  AttentionConfig c = additive(2);
  c.dimensions = AttentionDimensions::multi;
  Attention attention(c, 2, 2);
  auto params = attention->named_parameters();
  ASSERT_EQ(params["score_proj.weight"].sizes(), (std::vector<int64_t>{2, 2})) << "V_a: one row per feature";
  params["query_proj.weight"].copy_(torch::tensor({{1.0f, 0.0f}, {0.0f, 1.0f}}));
  params["key_proj.weight"].copy_(torch::tensor({{1.0f, 0.0f}, {0.0f, 1.0f}}));
  params["key_proj.bias"].zero_();
  params["score_proj.weight"].copy_(torch::tensor({{2.0f, 0.0f}, {1.0f, -1.0f}}));
  const auto values = torch::tensor({{{1.0f, 3.0f}, {0.0f, 1.0f}, {7.0f, 7.0f}}});
  const auto mask = torch::tensor({{true, true, false}});
  const auto out = attention->forward(torch::tensor({{0.5f, 0.25f}}), attention->prepare(values, mask));
  // hidden_j = tanh(q + h_j): (tanh 1.5, tanh 3.25), (tanh 0.5, tanh 1.25)
  // feature 0 scores 2 tanh(h_j0 + 0.5); feature 1 scores tanh(h_j0 + 0.5) - tanh(h_j1 + 0.25)
  const double a0 = first_of(2 * std::tanh(1.5), 2 * std::tanh(0.5));
  const double b0 = first_of(std::tanh(1.5) - std::tanh(3.25), std::tanh(0.5) - std::tanh(1.25));
  EXPECT_NEAR(out.context[0][0].item<double>(), a0 * 1 + (1 - a0) * 0, 1e-6);
  EXPECT_NEAR(out.context[0][1].item<double>(), b0 * 3 + (1 - b0) * 1, 1e-6);
  EXPECT_NEAR(out.weights[0][0].item<double>(), (a0 + b0) / 2, 1e-6);
  EXPECT_EQ(out.weights[0][2].item<double>(), 0.0);
  EXPECT_FALSE(out.head_weights.defined());
}

// Linguistic coverage by hand: the coverage enters the score through V_c, and grows by
// alpha_j / Phi_j with Phi_j = N sigmoid(U_f h_j).
TEST(Coverage, LinguisticComputedByHand) {
  torch::NoGradGuard no_grad;
  AttentionConfig c = additive(1);
  c.coverage = CoverageType::linguistic;
  c.fertility = 3.0;
  Attention attention(c, 1, 1);
  auto params = attention->named_parameters();
  params["query_proj.weight"].fill_(1.0f);
  params["key_proj.weight"].fill_(1.0f);
  params["key_proj.bias"].zero_();
  params["score_proj.weight"].fill_(2.0f);
  params["coverage_score.weight"].fill_(-1.0f);
  params["fertility_proj.weight"].fill_(1.0f);
  params["fertility_proj.bias"].fill_(0.5f);
  const auto values = torch::tensor({{{0.2f}, {-0.4f}}});
  const auto memory = attention->prepare(values, torch::ones({1, 2}, torch::kBool));
  const auto coverage = torch::tensor({{0.3f, 0.0f}});
  const auto out = attention->forward(torch::tensor({{0.1f}}), memory, 0, coverage);
  // e_j = 2 tanh(0.1 + h_j - C_j): 2 tanh(0.1 + 0.2 - 0.3) = 0, 2 tanh(0.1 - 0.4 - 0)
  const double a0 = first_of(0.0, 2 * std::tanh(-0.3));
  EXPECT_NEAR(out.weights[0][0].item<double>(), a0, 1e-6);
  const double phi0 = 3 / (1 + std::exp(-(0.2 + 0.5))), phi1 = 3 / (1 + std::exp(-(-0.4 + 0.5)));
  EXPECT_NEAR(out.coverage[0][0].item<double>(), 0.3 + a0 / phi0, 1e-6);
  EXPECT_NEAR(out.coverage[0][1].item<double>(), (1 - a0) / phi1, 1e-6);
  EXPECT_EQ(attention->initial_coverage(4, 7, torch::TensorOptions()).sizes(), (std::vector<int64_t>{4, 7}));
}

// Neural coverage: one GRU step per source word moves each word's vector away from 0; a model
// with coverage refuses to run without one, and a model without it refuses one.
TEST(Coverage, NeuralFollowsTheWeightsAndIsRequired) {
  torch::NoGradGuard no_grad;
  AttentionConfig c = additive(4);
  c.coverage = CoverageType::neural;
  c.coverage_size = 5;
  Attention attention(c, 4, 4);
  const auto values = torch::randn({2, 3, 4});
  const auto memory = attention->prepare(values, torch::ones({2, 3}, torch::kBool));
  const auto before = attention->initial_coverage(2, 3, torch::TensorOptions());
  ASSERT_EQ(before.sizes(), (std::vector<int64_t>{2, 3, 5}));
  const auto out = attention->forward(torch::randn({2, 4}), memory, 0, before);
  ASSERT_EQ(out.coverage.sizes(), (std::vector<int64_t>{2, 3, 5}));
  EXPECT_GT(out.coverage.abs().sum().item<double>(), 0.0);
  EXPECT_THROW(attention->forward(torch::randn({2, 4}), memory, 0), c10::Error);
  Attention plain(additive(4), 4, 4);
  EXPECT_THROW(plain->forward(torch::randn({2, 4}), plain->prepare(values, torch::ones({2, 3}, torch::kBool)), 0, before),
               c10::Error);
  EXPECT_FALSE(plain->initial_coverage(2, 3, torch::TensorOptions()).defined());
  AttentionConfig dot = c;
  dot.score = ScoreType::dot;
  EXPECT_THROW(Attention(dot, 4, 4), ConfigError);
}

TEST(MultiDimensional, RefusedWhereItDoesNotApply) {
  AttentionConfig c = additive(4);
  c.dimensions = AttentionDimensions::multi;
  c.heads = 2;
  try {
    Attention attention(c, 4, 4);
    ADD_FAILURE() << "multi-dimensional attention with 2 heads was built";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.key(), "model.attention.dimensions");
  }
  c.heads = 1;
  c.score = ScoreType::dot;
  EXPECT_THROW(Attention(c, 4, 4), ConfigError);
}

// ||A A^T - I||_F^2 by hand: orthonormal rows cost nothing, two equal halves cost 1; masked
// positions cost nothing; and its gradient is exact.
TEST(MultiHead, FrobeniusPenaltyByHand) {
  const auto apart = torch::tensor({{1.0, 0.0}, {0.0, 1.0}}, torch::kFloat64);
  const auto same = torch::tensor({{0.5, 0.5}, {0.5, 0.5}}, torch::kFloat64);
  const auto both = torch::stack({apart, same}).unsqueeze(0);  // [B = 1, T = 2, N = 2, S = 2]
  EXPECT_NEAR(frobenius_penalty(both, torch::tensor({{true, true}})).item<double>(), 1.0, 1e-12);
  EXPECT_NEAR(frobenius_penalty(both, torch::tensor({{true, false}})).item<double>(), 0.0, 1e-12);
  // 3 heads over 4 positions: A A^T - I = [[-0.5, 0.25, 0], [0.25, -0.5, 0], [0, 0, 0]] -> 0.625
  const auto three = torch::tensor({{0.5, 0.5, 0.0, 0.0}, {0.0, 0.5, 0.5, 0.0}, {0.0, 0.0, 0.0, 1.0}}, torch::kFloat64);
  EXPECT_NEAR(frobenius_penalty(three.view({1, 1, 3, 4}), torch::tensor({{true}})).item<double>(), 0.625, 1e-12);
  const auto x = torch::rand({2, 3, 4}, torch::kFloat64).requires_grad_();
  const auto mask = torch::tensor({true, false});
  testing::expect_gradients_match([&] { return frobenius_penalty(x, mask); }, {{"heads", x}}, 12);
}

// Mean pairwise JSD in bits: 0 for equal heads, 1 for heads on disjoint positions.
TEST(MultiHead, HeadDiversityByHand) {
  const auto equal = torch::tensor({{0.25, 0.75}, {0.25, 0.75}, {0.25, 0.75}}, torch::kFloat64);
  EXPECT_NEAR(mean_pairwise_jsd(equal).item<double>(), 0.0, 1e-12);
  const auto disjoint = torch::tensor({{1.0, 0.0}, {0.0, 1.0}}, torch::kFloat64);
  EXPECT_NEAR(mean_pairwise_jsd(disjoint).item<double>(), 1.0, 1e-12);
  // (1, 0) against (0.5, 0.5): m = (0.75, 0.25); JSD = (log2(4/3) + 0.5 log2(2/3) + 0.5 log2(2)) / 2
  const auto half = torch::tensor({{1.0, 0.0}, {0.5, 0.5}}, torch::kFloat64);
  const double expected = (std::log2(4.0 / 3) + 0.5 * std::log2(0.5 / 0.75) + 0.5 * std::log2(0.5 / 0.25)) / 2;
  EXPECT_NEAR(mean_pairwise_jsd(half.unsqueeze(0)).item<double>(), expected, 1e-12);
}

TEST(MultiHead, RefusedWhereItDoesNotApply) {
  auto key_of = [](AttentionConfig c, int64_t q, int64_t d) {
    try {
      Attention attention(c, q, d);
    } catch (const ConfigError& e) {
      return e.key();
    }
    return std::string("built");
  };
  AttentionConfig c = additive(4);
  c.heads = 2;
  EXPECT_EQ(key_of(c, 4, 4), "built");
  EXPECT_EQ(key_of(c, 4, 5), "model.attention.heads");  // annotations not divisible
  c.hidden_size = 5;
  EXPECT_EQ(key_of(c, 4, 4), "model.attention.heads");
  c.hidden_size = 4;
  c.score = ScoreType::cosine;
  EXPECT_EQ(key_of(c, 4, 4), "model.attention.heads");
  c.score = ScoreType::location;
  EXPECT_EQ(key_of(c, 4, 4), "model.attention.heads");
}

// kernels.h's loops against the same products written with LibTorch's operators, forward and
// backward, with one and with three query rows per memory row, in float64 and float32; 19
// features: two blocks of the eight-lane dot product and a tail.
TEST(Kernels, AttentionLoopsEqualLibTorchsOperators) {
  torch::manual_seed(5);
  for (const auto type : {torch::kDouble, torch::kFloat}) {
    const double tolerance = type == torch::kDouble ? 1e-12 : 1e-5;
    for (const int64_t g : {1, 3}) {
      SCOPED_TRACE(::testing::Message() << type << ", " << g << " rows per memory row");
      const int64_t b = 4, s = 5, d = 19;
      const auto options = torch::TensorOptions().dtype(type);
      auto leaf = [&](torch::Tensor t) { return t.requires_grad_(true); };
      const auto weights = leaf(torch::rand({b * g, s}, options)), memory = leaf(torch::randn({b, s, d}, options));
      const auto queries = leaf(torch::randn({b * g, d}, options)), v = leaf(torch::randn({d}, options));
      const auto per_row = memory.repeat_interleave(g, 0);  // [B*G, S, D]
      auto expect_same = [&](const torch::Tensor& mine, const torch::Tensor& reference,
                             const std::vector<torch::Tensor>& inputs, const char* what) {
        SCOPED_TRACE(what);
        EXPECT_TRUE(torch::allclose(mine, reference, tolerance, tolerance));
        const auto probe = torch::randn_like(reference);
        const auto grads = torch::autograd::grad({(mine * probe).sum()}, inputs);
        const auto expected = torch::autograd::grad({(reference * probe).sum()}, inputs, {}, /*retain_graph=*/true);
        for (std::size_t i = 0; i < inputs.size(); ++i)
          EXPECT_TRUE(torch::allclose(grads[i], expected[i], tolerance, tolerance)) << "input " << i;
      };
      expect_same(weighted_sum(weights, memory), (weights.unsqueeze(-1) * per_row).sum(1), {weights, memory},
                  "weighted_sum");
      expect_same(row_dots(queries, memory), (queries.unsqueeze(1) * per_row).sum(-1), {queries, memory}, "row_dots");
      expect_same(additive_scores(memory, queries, v), (torch::tanh(per_row + queries.unsqueeze(1)) * v).sum(-1),
                  {memory, queries, v}, "additive_scores");
    }
  }
}

// The search loops against LibTorch's operators: the additive score without gradients (its tanh
// a polynomial), log-softmax in place (float32) or into a new tensor (other types, strided
// logits), and the per-row top k, whose equal values come out in index order; other types take
// the operators themselves.
TEST(Kernels, SearchLoopsEqualLibTorchsOperators) {
  torch::manual_seed(6);
  for (const int64_t g : {1, 3}) {
    const int64_t b = 4, s = 5, d = 37;  // two 16-lane blocks and a tail
    const auto keys = torch::randn({b, s, d}) * 3, queries = torch::randn({b * g, d}) * 3, v = torch::randn({d});
    const auto expected = (torch::tanh(keys.repeat_interleave(g, 0) + queries.unsqueeze(1)) * v).sum(-1);
    EXPECT_TRUE(torch::allclose(additive_scores_inference(keys, queries, v), expected, 1e-5, 1e-5)) << g;
  }
  // tanh itself, from saturation to 0: one feature, v = 1.
  const auto x = torch::cat({torch::linspace(-30, 30, 2001), torch::linspace(-1e-3, 1e-3, 101)}).view({-1, 1, 1});
  const auto tanh = additive_scores_inference(x, torch::zeros({x.size(0), 1}), torch::ones({1}));
  EXPECT_LT((tanh.view({-1}) - torch::tanh(x.view({-1}))).abs().max().item<float>(), 3e-7);

  const auto logits = torch::randn({6, 1003}) * 8;
  const auto expected_log_probs = torch::log_softmax(logits, -1);
  auto in_place = logits.clone();
  EXPECT_TRUE(log_softmax_rows_(in_place).is_same(in_place));
  EXPECT_TRUE(torch::allclose(in_place, expected_log_probs, 1e-5, 1e-5));
  const auto half = logits.to(torch::kBFloat16);
  const auto from_half = log_softmax_rows_(half);
  EXPECT_EQ(from_half.scalar_type(), torch::kFloat);
  EXPECT_TRUE(torch::allclose(from_half, torch::log_softmax(half.to(torch::kFloat), -1), 1e-5, 1e-5));
  EXPECT_TRUE(torch::allclose(log_softmax_rows_(logits.to(torch::kDouble)), expected_log_probs, 1e-5, 1e-5));
  const auto strided = logits.t().contiguous().t();  // not contiguous: a new tensor
  EXPECT_TRUE(torch::allclose(log_softmax_rows_(strided), expected_log_probs, 1e-5, 1e-5));
  EXPECT_TRUE(torch::equal(strided, logits));

  const auto scores = torch::randn({7, 1003});
  for (const int64_t k : {1, 10, 1003}) {
    const auto [values, indices] = row_top_k(scores, k);
    const auto [expected_values, expected_indices] = scores.topk(k, 1);
    EXPECT_TRUE(torch::equal(values, expected_values)) << k;
    EXPECT_TRUE(torch::equal(indices, expected_indices)) << k;
  }
  const float inf = std::numeric_limits<float>::infinity();
  const auto ties = torch::tensor({{1.0F, 3.0F, 3.0F, 2.0F, 3.0F}, {-inf, -inf, 0.5F, -inf, -inf}});
  const auto [tie_values, tie_indices] = row_top_k(ties, 4);
  EXPECT_TRUE(torch::equal(tie_values, torch::tensor({{3.0F, 3.0F, 3.0F, 2.0F}, {0.5F, -inf, -inf, -inf}})));
  EXPECT_TRUE(torch::equal(tie_indices, torch::tensor({{1, 2, 4, 3}, {2, 0, 1, 3}}, torch::kInt64)));
  const auto [double_values, double_indices] = row_top_k(scores.to(torch::kDouble), 1);
  EXPECT_TRUE(torch::equal(double_indices, scores.argmax(1, true)));
}

// Search's weighted sum: the same sums as weighted_sum's, added into a given tensor in place.
TEST(Kernels, WeightedSumInferenceAddsWeightedSumsInPlace) {
  torch::manual_seed(8);
  for (const int64_t g : {1, 3}) {
    const int64_t b = 3, s = 7, d = 45;
    const auto weights = torch::softmax(torch::randn({b * g, s}), -1), values = torch::randn({b, s, d});
    const auto expected = weighted_sum(weights, values);
    EXPECT_TRUE(torch::equal(weighted_sum_inference(weights, values), expected)) << g;
    const auto base = torch::randn({b * g, d});
    auto into = base.clone();
    EXPECT_TRUE(weighted_sum_inference(weights, values, into).is_same(into));
    EXPECT_TRUE(torch::equal(into, base + expected)) << g;
  }
}

// The additive score from e^(2 keys): equal to tanh's within float32's error, from keys at the
// limit and queries far beyond it (clamped) to sums near 0; keys outside the limit, or NaN, give
// no exponentials (the exact path). The masked softmax that follows it in the fused step.
TEST(Kernels, AdditiveScoresFromKeyExponentialsEqualTanh) {
  torch::manual_seed(7);
  for (const int64_t g : {1, 4}) {
    const int64_t b = 3, s = 6, d = 37;  // two 16-lane blocks and a tail
    // The queries a slice of wider rows, as the fused step's are.
    const auto keys = torch::randn({b, s, d}) * 4, queries = (torch::randn({b * g, d + 9}) * 4).slice(1, 5, 5 + d);
    const auto v = torch::randn({d});
    const auto exps = key_exponentials(keys);
    ASSERT_TRUE(exps.defined());
    const auto expected = (torch::tanh(keys.repeat_interleave(g, 0) + queries.unsqueeze(1)) * v).sum(-1);
    EXPECT_TRUE(torch::allclose(additive_scores_by_exps(exps, queries, v), expected, 1e-5, 1e-5)) << g;
  }
  // One feature, v = 1: the score is tanh(k + q) itself, k over the whole allowed range, q up to
  // +-80 (clamped to +-40) and k + q through 0.
  const auto k = torch::linspace(-kKeyExpLimit, kKeyExpLimit, 301);
  for (const float q : {-80.0f, -41.0f, -30.0f, -3.0f, 0.0f, 0.5f, 29.99f, 45.0f, 80.0f}) {
    const auto keys = k.view({-1, 1, 1});
    const auto score = additive_scores_by_exps(key_exponentials(keys), torch::full({k.size(0), 1}, q), torch::ones({1}));
    EXPECT_LT((score.view({-1}) - torch::tanh(k + q)).abs().max().item<float>(), 3e-7) << q;
  }
  const auto near_zero = torch::linspace(-1e-3, 1e-3, 101).view({-1, 1, 1});
  const auto score = additive_scores_by_exps(key_exponentials(near_zero), torch::zeros({101, 1}), torch::ones({1}));
  EXPECT_LT((score.view({-1}) - torch::tanh(near_zero.view({-1}))).abs().max().item<float>(), 3e-7);

  // The softmax over the real positions, in place, row r reading mask row r / G.
  for (const int64_t g : {1, 3}) {
    const auto mask = torch::tensor({1, 1, 1, 0, 0, 1, 1, 1, 1, 1}, torch::kBool).view({2, 5});
    const auto scores = torch::randn({2 * g, 5}) * 5;
    const auto expected =
        torch::softmax(scores.masked_fill(mask.repeat_interleave(g, 0).logical_not(), -INFINITY), -1);
    auto in_place = scores.clone();
    EXPECT_TRUE(masked_softmax_rows_(in_place, mask).is_same(in_place));
    EXPECT_TRUE(torch::allclose(in_place, expected, 1e-6, 1e-6)) << g;
    EXPECT_TRUE(torch::allclose(masked_softmax_rows_(scores.to(torch::kDouble), mask), expected.to(torch::kDouble),
                                1e-6, 1e-6));
  }

  auto outside = torch::zeros({2, 3, 4});
  outside[1][2][3] = kKeyExpLimit + 0.5f;
  EXPECT_FALSE(key_exponentials(outside).defined());
  outside[1][2][3] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_FALSE(key_exponentials(outside).defined());
  EXPECT_FALSE(key_exponentials(torch::zeros({2, 3, 4}, torch::kDouble)).defined());
}

// Inverted dropout: kept elements scaled by 1 / (1 - p), the kept fraction near 1 - p, the
// gradient the same mask, the mask a function of the seed alone (not of the thread count), and
// nothing dropped in evaluation.
TEST(Kernels, DropoutKeepsOneMinusPAndFollowsTheSeed) {
  const auto x = torch::ones({300, 700}).requires_grad_(true);
  const int threads = at::get_num_threads();
  torch::Tensor first;
  for (const int t : {1, 2}) {
    at::set_num_threads(t);
    torch::manual_seed(11);
    const auto y = inverted_dropout(x, 0.3, true);
    if (!first.defined()) {
      first = y.detach();
      continue;
    }
    EXPECT_TRUE(torch::equal(y, first)) << "the mask changed with the thread count";
  }
  at::set_num_threads(threads);
  const auto kept = first.ne(0);
  EXPECT_NEAR(kept.to(torch::kDouble).mean().item<double>(), 0.7, 0.005);  // 210,000 draws: sd 0.001
  EXPECT_TRUE(torch::allclose(first.masked_select(kept), torch::full({1}, 1 / 0.7)));
  // Neighbouring elements are independent: P(both kept) = 0.49.
  const auto pairs = kept.slice(1, 0, 699).logical_and(kept.slice(1, 1, 700));
  EXPECT_NEAR(pairs.to(torch::kDouble).mean().item<double>(), 0.49, 0.006);
  torch::manual_seed(12);
  EXPECT_FALSE(torch::equal(inverted_dropout(x, 0.3, true), first)) << "a new seed gives a new mask";
  torch::manual_seed(13);
  const auto y = inverted_dropout(x, 0.3, true);
  const auto grad = torch::autograd::grad({(y * 2).sum()}, {x})[0];
  EXPECT_TRUE(torch::allclose(grad, 2 * y.detach()));
  EXPECT_TRUE(torch::equal(inverted_dropout(x, 0.3, false), x));
  const auto half = inverted_dropout(torch::ones({64}, torch::kBFloat16), 0.5, true);
  EXPECT_EQ(half.scalar_type(), torch::kBFloat16);
  // bfloat16 draws the same mask as float32 from the same seed.
  torch::manual_seed(14);
  const auto as_float = inverted_dropout(x.detach(), 0.3, true);
  torch::manual_seed(14);
  const auto as_bf16 = inverted_dropout(x.detach().to(torch::kBFloat16), 0.3, true);
  EXPECT_TRUE(torch::equal(as_bf16, as_float.to(torch::kBFloat16)));
}

// maxout_dropout equals LibTorch's max over the pairs followed by inverted_dropout, bit for bit,
// value and gradient, in float32 and bfloat16, with dropout and without; NaN wins a pair as in
// LibTorch's max, and ties send the gradient to the first element.
TEST(Kernels, MaxoutDropoutEqualsMaxThenDropout) {
  for (const auto type : {torch::kFloat, torch::kBFloat16}) {
    for (const bool training : {true, false}) {
      SCOPED_TRACE(::testing::Message() << (type == torch::kFloat ? "float32" : "bfloat16")
                                        << (training ? ", dropout" : ", evaluation"));
      torch::manual_seed(21);
      auto values = torch::randn({3, 5, 40}).to(type);
      values[0][0][1] = values[0][0][0];  // a tie
      values[0][1][2] = NAN;              // NaN first in its pair
      values[1][2][5] = NAN;              // NaN second in its pair
      const auto x = values.requires_grad_(true);
      const auto probe = torch::randn({3, 5, 20}).to(type);
      torch::manual_seed(22);
      const auto y = maxout_dropout(x, 0.3, training);
      const auto grad = torch::autograd::grad({(y * probe).sum()}, {x})[0];
      torch::manual_seed(22);
      const auto expected = inverted_dropout(std::get<0>(x.view({3, 5, 20, 2}).max(-1)), 0.3, training);
      const auto expected_grad = torch::autograd::grad({(expected * probe).sum()}, {x})[0];
      EXPECT_EQ(y.scalar_type(), type);
      EXPECT_EQ(grad.scalar_type(), type);
      EXPECT_TRUE(torch::equal(y.isnan(), expected.isnan()));
      EXPECT_TRUE(torch::equal(y.nan_to_num(0), expected.nan_to_num(0)));
      EXPECT_TRUE(torch::equal(grad.nan_to_num(0), expected_grad.nan_to_num(0)));
      EXPECT_TRUE(torch::equal(grad.isnan(), expected_grad.isnan()));
      if (!training) {  // the tie's gradient all to its first element
        EXPECT_EQ(grad[0][0][0].item<double>(), probe[0][0][0].item<double>());
        EXPECT_EQ(grad[0][0][1].item<double>(), 0.0);
      }
    }
  }
}

// step_linear in a StepProducts scope: a recurrence h_t = tanh(W h_{t-1} + b + x_t) gives the
// same value and the same gradients for W, b, h_0 and every x_t as with torch's linear, with
// and without bias, also when it runs past the scope's steps (the extra steps are ordinary).
TEST(Kernels, StepProductsGiveTheGradientsOfOrdinaryProducts) {
  torch::manual_seed(7);
  // float64: the loops' products, to rounding; float32: oneDNN's on packed weights where the
  // build has it (a non-square weight, so that packing W for W^T shows), to float32's rounding;
  // float32 under bfloat16 autocast (BFloat16 here): the steps' inputs kept in bfloat16, against
  // autocast's own products, to bfloat16's rounding.
  for (const auto [type, tolerance] :
       {std::pair{torch::kDouble, 1e-12}, std::pair{torch::kFloat, 2e-5}, std::pair{torch::kBFloat16, 3e-2}})
  for (const bool with_bias : {true, false}) {
    for (const int64_t scope_steps : {5, 3}) {
      SCOPED_TRACE(::testing::Message() << type << ", bias " << with_bias << ", scope of " << scope_steps << " steps");
      const auto options = torch::TensorOptions().dtype(type == torch::kBFloat16 ? torch::kFloat : type);
      const auto w = torch::randn({9, 6}, options).mul_(0.4).requires_grad_(true);
      const auto b = with_bias ? torch::randn({9}, options).requires_grad_(true) : torch::Tensor();
      const auto h0 = torch::randn({4, 6}, options).requires_grad_(true);
      const auto xs = torch::randn({5, 4, 6}, options).requires_grad_(true);
      const auto probe = torch::randn({5, 4, 6}, options);
      const bool low = type == torch::kBFloat16;  // (a structured binding cannot be captured in C++17)
      auto run = [&](bool deferred) {
        CpuBf16Autocast autocast(low);
        std::optional<StepProducts> scope;
        if (deferred) scope.emplace(scope_steps);
        torch::Tensor h = h0, total = torch::zeros({}, options);
        for (int64_t t = 0; t < 5; ++t) {
          const auto product = deferred ? step_linear(h, w, b) : torch::nn::functional::linear(h, w, b);
          if (deferred)  // the scope's own product within its steps, an ordinary one after them
            EXPECT_EQ(product.grad_fn()->name().find("StepProduct") != std::string::npos, t < scope_steps) << t;
          if (low) EXPECT_EQ(product.scalar_type(), torch::kBFloat16);
          h = torch::tanh(product.slice(1, 0, 6) + 0.5 * product.slice(1, 3, 9) + xs[t]);
          total = total + (h * probe[t]).sum();
        }
        std::vector<torch::Tensor> inputs = {w, h0, xs};
        if (with_bias) inputs.push_back(b);
        auto grads = torch::autograd::grad({total}, inputs);
        grads.push_back(total.detach());
        return grads;
      };
      const auto mine = run(true), reference = run(false);
      // Under autocast, against the largest entry (autocast rounds each step's bias gradient to
      // bfloat16 before summing them; the scope sums in float32).
      for (std::size_t i = 0; i < mine.size(); ++i) {
        const double atol = low ? tolerance * std::max(1.0, reference[i].abs().max().item<double>()) : tolerance;
        EXPECT_TRUE(torch::allclose(mine[i], reference[i], tolerance, atol)) << "gradient " << i;
      }
    }
  }
}

// Memory gradients accumulated in place over several steps (keys separate from the values, and
// keys that are the values) equal autograd's, also with another reader of the memory, and a
// second backward pass over the same graph gives the same gradients again (the accumulators
// are cleared after each pass).
TEST(Kernels, AccumulatedMemoryGradientsEqualAutogradsSums) {
  torch::manual_seed(9);
  const auto options = torch::TensorOptions().dtype(torch::kDouble);
  const int64_t b = 3, s = 4, d = 6, steps = 3;
  for (const bool keys_are_values : {false, true}) {
    SCOPED_TRACE(keys_are_values ? "keys are the values" : "keys apart");
    const auto values = torch::randn({b, s, d}, options).requires_grad_(true);
    const auto key_source = torch::randn({b, s, d}, options).requires_grad_(true);
    const auto v = torch::randn({d}, options).requires_grad_(true);
    const auto queries = torch::randn({steps, b, d}, options).requires_grad_(true);
    auto objective = [&](bool accumulate) {
      torch::Tensor vals = values, keys = keys_are_values ? values : key_source * 1.0;
      torch::Tensor values_sum, keys_sum;
      if (accumulate) {
        auto [passed_values, passed_keys, sums] = accumulate_memory_gradients(vals, keys);
        EXPECT_TRUE(sums != nullptr);
        vals = passed_values;
        keys = passed_keys;
        values_sum = sums->values;
        keys_sum = keys_are_values ? sums->values : sums->keys;
      }
      torch::Tensor total = (vals * vals).sum();  // another reader, through autograd
      for (int64_t t = 0; t < steps; ++t) {
        const auto scores = additive_scores(keys, queries[t], v, keys_sum) + row_dots(queries[t], keys, keys_sum);
        total = total + (weighted_sum(torch::softmax(scores, -1), vals, values_sum) * queries[t]).sum();
      }
      return total;
    };
    const std::vector<torch::Tensor> inputs = {values, key_source, v, queries};
    const auto expected = torch::autograd::grad({objective(false)}, inputs, {}, true, false, true);
    const auto total = objective(true);
    for (int pass = 0; pass < 2; ++pass) {
      const auto grads = torch::autograd::grad({total}, inputs, {}, /*retain_graph=*/true, false, true);
      for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (!expected[i].defined()) continue;
        EXPECT_TRUE(torch::allclose(grads[i], expected[i], 1e-12, 1e-12)) << "pass " << pass << ", input " << i;
      }
    }
  }
}

TEST(Attention, MismatchedSizesAreRefusedClearly) {
  // dot needs matching sizes.
  AttentionConfig dot = additive(4);
  dot.score = ScoreType::dot;
  EXPECT_THROW(Attention(dot, 5, 4), ConfigError);
}


// `product` in either form, and `linear` through it under bfloat16 autocast, against float64
// products of the same bfloat16-rounded values: the result in bfloat16, every gradient within
// bfloat16's rounding; float32 outside autocast is torch::nn::functional::linear itself.
TEST(Kernels, BfloatProductsInEitherFormEqualLinear) {
  torch::manual_seed(11);
  auto rounded = [](const torch::Tensor& t) { return t.to(torch::kBFloat16).to(torch::kDouble); };
  for (const auto& [m, k, n] : {std::tuple<int64_t, int64_t, int64_t>{60, 12, 8}, {8, 12, 60}}) {
    SCOPED_TRACE(::testing::Message() << m << " x " << k << " x " << n);
    const auto a = torch::randn({m, k}).to(torch::kBFloat16), b = torch::randn({k, n}).to(torch::kBFloat16);
    for (const auto form : {ProductForm::automatic, ProductForm::given, ProductForm::transposed}) {
      SCOPED_TRACE(::testing::Message() << "form " << static_cast<int>(form));
      const auto c = product(a, b, form);
      EXPECT_EQ(c.scalar_type(), torch::kBFloat16);
      EXPECT_TRUE(torch::allclose(c.to(torch::kDouble), a.to(torch::kDouble).mm(b.to(torch::kDouble)), 1e-2, 2e-2));
      // As given, the result's rows are contiguous (autograd then adds them without strided reads).
      // Automatic is the form as given wherever there is no AMX.
      const bool given = form == ProductForm::given || (form == ProductForm::automatic && !cpu_has_amx_bf16());
      if (given && cpu_has_bf16_kernels()) EXPECT_EQ(c.stride(1), 1);
      if (form == ProductForm::transposed && cpu_has_bf16_kernels() && m > 1) EXPECT_EQ(c.stride(0), 1);
    }
  }
  const auto af = torch::randn({7, 5}), bf = torch::randn({5, 3});
  EXPECT_TRUE(torch::allclose(product(af, bf), af.mm(bf), 1e-5, 1e-5));

  for (const int64_t out : {8, 70}) {  // fewer and more outputs than the 60 rows of x
    for (const bool with_bias : {true, false}) {
      SCOPED_TRACE(::testing::Message() << out << " outputs, bias " << with_bias);
      const auto x = torch::randn({3, 20, 12}).requires_grad_(true);
      const auto w = torch::randn({out, 12}).mul_(0.3).requires_grad_(true);
      const auto bias = with_bias ? torch::randn({out}).requires_grad_(true) : torch::Tensor();
      const auto probe = torch::randn({3, 20, out});
      torch::Tensor y;
      {
        CpuBf16Autocast autocast(true);
        y = linear(x, w, bias);
      }
      ASSERT_EQ(y.sizes(), (std::vector<int64_t>{3, 20, out}));
      EXPECT_EQ(y.scalar_type(), torch::kBFloat16);
      std::vector<torch::Tensor> inputs = {x, w};
      if (with_bias) inputs.push_back(bias);
      const auto grads = torch::autograd::grad({(y.to(torch::kFloat) * probe).sum()}, inputs);

      const auto x64 = rounded(x.detach()).requires_grad_(true), w64 = rounded(w.detach()).requires_grad_(true);
      const auto b64 = with_bias ? rounded(bias.detach()).requires_grad_(true) : torch::Tensor();
      const auto y64 = torch::nn::functional::linear(x64, w64, b64);
      std::vector<torch::Tensor> inputs64 = {x64, w64};
      if (with_bias) inputs64.push_back(b64);
      const auto grads64 = torch::autograd::grad({(y64 * rounded(probe)).sum()}, inputs64);
      EXPECT_TRUE(torch::allclose(y.to(torch::kDouble), y64, 2e-2, 3e-2));
      for (std::size_t i = 0; i < grads.size(); ++i) {
        EXPECT_EQ(grads[i].scalar_type(), torch::kFloat) << "gradient " << i;
        const double scale = grads64[i].abs().max().item<double>();
        EXPECT_LT((grads[i].to(torch::kDouble) - grads64[i]).abs().max().item<double>(), 2e-2 * scale) << "gradient " << i;
      }
    }
  }
  const auto x = torch::randn({4, 6}), w = torch::randn({5, 6}), bias = torch::randn({5});
  EXPECT_TRUE(torch::equal(linear(x, w, bias), torch::nn::functional::linear(x, w, bias)));
}

// The bias gradient of a bfloat16 product: the output gradient's bfloat16 rows summed in float32,
// as exactly as float32 sums go, and the same on one thread or two. The probe's rows are the
// output gradient (rounded to bfloat16 by the conversion of y), 69 rows: three partial sums, the
// last one short.
TEST(Kernels, BfloatBiasGradientSumsTheRowsInFloat) {
  torch::manual_seed(12);
  for (const int64_t out : {40, 1000}) {
    SCOPED_TRACE(::testing::Message() << out << " outputs");
    const auto x = torch::randn({3, 23, 16}).requires_grad_(true);
    const auto w = torch::randn({out, 16}).requires_grad_(true), bias = torch::randn({out}).requires_grad_(true);
    const auto probe = torch::randn({3, 23, out}).mul_(100);
    const int threads = at::get_num_threads();
    std::vector<torch::Tensor> sums;
    for (const int t : {1, 2}) {
      at::set_num_threads(t);
      torch::Tensor y;
      {
        CpuBf16Autocast autocast(true);
        y = linear(x, w, bias);
      }
      ASSERT_EQ(y.scalar_type(), torch::kBFloat16);
      sums.push_back(torch::autograd::grad({(y.to(torch::kFloat) * probe).sum()}, {bias})[0]);
    }
    at::set_num_threads(threads);
    const auto rows = probe.reshape({-1, out}).to(torch::kBFloat16).to(torch::kDouble);
    const auto expected = rows.sum(0), bound = rows.abs().sum(0).mul(1e-6);
    EXPECT_EQ(sums[0].scalar_type(), torch::kFloat);
    EXPECT_TRUE((sums[0].to(torch::kDouble) - expected).abs().le(bound).all().item<bool>())
        << (sums[0].to(torch::kDouble) - expected).abs().max().item<double>();
    EXPECT_TRUE(torch::equal(sums[0], sums[1])) << "the sum changed with the thread count";
  }
}

// Float32 products on oneDNN's matmul: every layout of the operands (row-major or a transposed
// view) against float64 products, the result contiguous; other types are not taken. Training's
// float32 `product` and `linear` (with gradients) through it agree with float64 likewise.
TEST(Kernels, FloatProductsOnOneDnnEqualFloat64Products) {
  torch::manual_seed(12);
  auto close = [](const torch::Tensor& got, const torch::Tensor& want) {
    const double scale = std::max(1.0, want.abs().max().item<double>());
    return (got.to(torch::kDouble) - want).abs().max().item<double>() < 2e-5 * scale;
  };
  if (!onednn_product(torch::ones({2, 2}), torch::ones({2, 2})).defined()) GTEST_SKIP() << "built without oneDNN";
  for (const auto& [m, k, n] : {std::tuple<int64_t, int64_t, int64_t>{37, 19, 53}, {1, 8, 5}, {70, 256, 300}}) {
    for (int layout = 0; layout < 4; ++layout) {
      SCOPED_TRACE(::testing::Message() << m << " x " << k << " x " << n << ", layout " << layout);
      const auto a = layout & 1 ? torch::randn({k, m}).t() : torch::randn({m, k});
      const auto b = layout & 2 ? torch::randn({n, k}).t() : torch::randn({k, n});
      const auto want = a.to(torch::kDouble).mm(b.to(torch::kDouble));
      const auto c = onednn_product(a, b);
      ASSERT_TRUE(c.defined());
      EXPECT_TRUE(c.is_contiguous());
      EXPECT_TRUE(close(c, want));
      EXPECT_TRUE(close(product(a, b), want));
      // A second call takes the kept primitive: the same result, bit for bit; and the primitive
      // serves fewer rows too (its rows, and a transposed a's leading dimension, given per call).
      EXPECT_TRUE(torch::equal(onednn_product(a, b), c));
      if (m > 1) EXPECT_TRUE(close(onednn_product(a.narrow(0, 0, m - 1), b), want.narrow(0, 0, m - 1)));
    }
  }
  // One column (both strides 1): oneDNN's product or, where it refuses the strides, torch::mm's.
  const auto row = torch::randn({5, 4}), column = torch::randn({4, 1});
  EXPECT_TRUE(close(product(row, column), row.to(torch::kDouble).mm(column.to(torch::kDouble))));
  // Rows that overlap (strides 2 and 1), which oneDNN 2.6 refuses: `product` falls back to
  // torch::mm, and again once the refusal is kept.
  const auto overlapping = torch::randn({20}).as_strided({4, 3}, {2, 1});
  for (int call = 0; call < 2; ++call) {
    SCOPED_TRACE(::testing::Message() << "call " << call);
    const auto refused = onednn_product(row, overlapping);
    RecordProperty("overlapping_rows_on_onednn", refused.defined() ? "yes" : "no");
    if (refused.defined()) EXPECT_TRUE(close(refused, row.to(torch::kDouble).mm(overlapping.to(torch::kDouble))));
    EXPECT_TRUE(close(product(row, overlapping), row.to(torch::kDouble).mm(overlapping.to(torch::kDouble))));
  }
  // bfloat16 operands: the result in bfloat16, within its rounding of the float64 product of the
  // same values; every layout, fewer rows through the same primitive, another depth.
  if (cpu_has_native_bf16()) {
    for (const auto& [m, k, n] : {std::tuple<int64_t, int64_t, int64_t>{37, 19, 53}, {70, 256, 300}, {300, 70, 256}}) {
      for (int layout = 0; layout < 4; ++layout) {
        SCOPED_TRACE(::testing::Message() << "bfloat16, " << m << " x " << k << " x " << n << ", layout " << layout);
        const auto a = (layout & 1 ? torch::randn({k, m}).t() : torch::randn({m, k})).to(torch::kBFloat16);
        const auto b = (layout & 2 ? torch::randn({n, k}).t() : torch::randn({k, n})).to(torch::kBFloat16);
        const auto want = a.to(torch::kDouble).mm(b.to(torch::kDouble));
        const auto c = onednn_product(a, b);
        ASSERT_TRUE(c.defined());
        EXPECT_EQ(c.scalar_type(), torch::kBFloat16);
        EXPECT_TRUE(c.is_contiguous());
        const double scale = want.abs().max().item<double>();
        EXPECT_LT((c.to(torch::kDouble) - want).abs().max().item<double>(), 8e-3 * scale);
        EXPECT_TRUE(torch::equal(onednn_product(a, b), c));
        EXPECT_TRUE(torch::equal(onednn_product(a.narrow(0, 0, m - 1), b), c.narrow(0, 0, m - 1)));
        // The result in float32 (a weight gradient's product): the sums unrounded, within float32's
        // accumulation error of the float64 product of the same values.
        const auto sums = onednn_product(a, b, torch::kFloat);
        ASSERT_TRUE(sums.defined());
        EXPECT_EQ(sums.scalar_type(), torch::kFloat);
        EXPECT_TRUE(close(sums, want));
        EXPECT_TRUE(close(onednn_product(a.narrow(0, 0, m - 1), b, torch::kFloat), want.narrow(0, 0, m - 1)));
        const auto deeper = torch::randn({m, k + 3}).to(torch::kBFloat16);
        const auto below = torch::randn({k + 3, n}).to(torch::kBFloat16);
        const auto want_deeper = deeper.to(torch::kDouble).mm(below.to(torch::kDouble));
        EXPECT_LT((onednn_product(deeper, below).to(torch::kDouble) - want_deeper).abs().max().item<double>(),
                  8e-3 * want_deeper.abs().max().item<double>());
        EXPECT_TRUE(close(onednn_product(deeper, below, torch::kFloat), want_deeper));
      }
    }
  }
  EXPECT_FALSE(onednn_product(torch::ones({2, 2}), torch::ones({2, 2}, torch::kBFloat16)).defined()) << "mixed types";
  EXPECT_FALSE(onednn_product(torch::ones({2, 2}, torch::kDouble), torch::ones({2, 2}, torch::kDouble)).defined());
  EXPECT_FALSE(onednn_product(torch::ones({2, 2}), torch::ones({2, 2}), torch::kBFloat16).defined())
      << "float32 operands, a bfloat16 result";
  EXPECT_TRUE(onednn_product(torch::ones({3, 0}), torch::ones({0, 4})).equal(torch::zeros({3, 4})));

  const auto x = torch::randn({3, 20, 12}).requires_grad_(true);
  const auto w = torch::randn({30, 12}).requires_grad_(true), bias = torch::randn({30}).requires_grad_(true);
  const auto probe = torch::randn({3, 20, 30});
  const auto y = linear(x, w, bias);
  const auto grads = torch::autograd::grad({(y * probe).sum()}, {x, w, bias});
  const auto x64 = x.detach().to(torch::kDouble).requires_grad_(true);
  const auto w64 = w.detach().to(torch::kDouble).requires_grad_(true);
  const auto b64 = bias.detach().to(torch::kDouble).requires_grad_(true);
  const auto y64 = torch::nn::functional::linear(x64, w64, b64);
  const auto grads64 = torch::autograd::grad({(y64 * probe.to(torch::kDouble)).sum()}, {x64, w64, b64});
  EXPECT_EQ(y.scalar_type(), torch::kFloat);
  EXPECT_TRUE(close(y, y64));
  for (std::size_t i = 0; i < grads.size(); ++i) {
    EXPECT_EQ(grads[i].scalar_type(), torch::kFloat) << "gradient " << i;
    EXPECT_TRUE(close(grads[i], grads64[i])) << "gradient " << i;
  }
}

// linear_sum under bfloat16 autocast: one product of the joined inputs, against the float64 sum
// of the products of the same bfloat16-rounded values (value and every gradient, each in its
// input's type); float64, the joined product against the sum; fewer rows than outputs and mixed
// types, the sum itself.
TEST(Kernels, LinearSumEqualsTheSumOfItsLinears) {
  torch::manual_seed(13);
  auto rounded = [](const torch::Tensor& t) { return t.to(torch::kBFloat16).to(torch::kDouble); };
  const std::vector<int64_t> depths = {12, 7, 20};
  std::vector<torch::Tensor> xs, ws, leaves;
  for (const int64_t k : depths) {
    xs.push_back(torch::randn({3, 10, k}).requires_grad_(true));
    ws.push_back(torch::randn({9, k}).mul_(0.3).requires_grad_(true));
  }
  const auto bias = torch::randn({9}).requires_grad_(true);
  for (const auto& x : xs) leaves.push_back(x);
  for (const auto& w : ws) leaves.push_back(w);
  leaves.push_back(bias);
  const auto probe = torch::randn({3, 10, 9});
  torch::Tensor y;
  {
    CpuBf16Autocast autocast(true);
    y = linear_sum(xs, ws, bias);
  }
  ASSERT_EQ(y.sizes(), (std::vector<int64_t>{3, 10, 9}));
  EXPECT_EQ(y.scalar_type(), torch::kBFloat16);
  const auto grads = torch::autograd::grad({(y.to(torch::kFloat) * probe).sum()}, leaves);

  std::vector<torch::Tensor> leaves64;
  for (const auto& t : leaves) leaves64.push_back(rounded(t.detach()).requires_grad_(true));
  auto y64 = torch::nn::functional::linear(leaves64[0], leaves64[3], leaves64[6]);
  for (int i = 1; i < 3; ++i) y64 = y64 + torch::nn::functional::linear(leaves64[i], leaves64[i + 3]);
  const auto grads64 = torch::autograd::grad({(y64 * rounded(probe)).sum()}, leaves64);
  EXPECT_TRUE(torch::allclose(y.to(torch::kDouble), y64, 2e-2, 3e-2));
  for (std::size_t i = 0; i < grads.size(); ++i) {
    EXPECT_EQ(grads[i].scalar_type(), torch::kFloat) << "gradient " << i;
    EXPECT_EQ(grads[i].sizes(), leaves[i].sizes()) << "gradient " << i;
    const double scale = grads64[i].abs().max().item<double>();
    EXPECT_LT((grads[i].to(torch::kDouble) - grads64[i]).abs().max().item<double>(), 2e-2 * scale) << "gradient " << i;
  }

  // Float64: the joined product equals the sum of the two, value and gradients.
  const auto x0 = xs[0].detach().to(torch::kDouble).requires_grad_(true);
  const auto x1 = xs[1].detach().to(torch::kDouble).requires_grad_(true);
  const auto w0 = ws[0].detach().to(torch::kDouble).requires_grad_(true);
  const auto w1 = ws[1].detach().to(torch::kDouble).requires_grad_(true);
  const auto b = bias.detach().to(torch::kDouble).requires_grad_(true);
  const auto probe64 = probe.to(torch::kDouble);
  const auto joined = linear_sum({x0, x1}, {w0, w1}, b);
  const auto summed = torch::nn::functional::linear(x0, w0, b) + torch::nn::functional::linear(x1, w1);
  EXPECT_TRUE(torch::allclose(joined, summed, 1e-12, 1e-12));
  const auto joined_grads = torch::autograd::grad({(joined * probe64).sum()}, {x0, x1, w0, w1, b});
  const auto summed_grads = torch::autograd::grad({(summed * probe64).sum()}, {x0, x1, w0, w1, b});
  for (std::size_t i = 0; i < joined_grads.size(); ++i)
    EXPECT_TRUE(torch::allclose(joined_grads[i], summed_grads[i], 1e-12, 1e-12)) << "gradient " << i;
  // Fewer rows than outputs (a search step): the sum of the linear of each, exactly.
  const auto few0 = torch::randn({2, 12}), few1 = torch::randn({2, 20});
  EXPECT_TRUE(torch::equal(linear_sum({few0, few1}, {ws[0].detach(), ws[2].detach()}, bias.detach()),
                           torch::nn::functional::linear(few0, ws[0].detach(), bias.detach()) +
                               torch::nn::functional::linear(few1, ws[2].detach())));
  // Mixed types: the sum of the linear of each, exactly.
  const auto mixed = linear_sum({x0.detach(), xs[1].detach()}, {w0.detach(), ws[1].detach()});
  EXPECT_TRUE(torch::equal(mixed, torch::nn::functional::linear(x0, w0).detach() +
                                      torch::nn::functional::linear(xs[1], ws[1]).detach()));
  EXPECT_THROW(linear_sum({xs[0]}, {ws[0], ws[1]}), c10::Error);
}

// gru_step's one-pass kernel against the formula in float64 on the same values: value and every
// gradient, with padding rows (keep false) passing the state and its gradient through, and the
// projection read as a step of an unbound [B, T, 3H] tensor (strided rows). Float32 and float64
// take the kernel as they are; bfloat16 projections with a float32 state give bfloat16 gradients.
TEST(Kernels, GruStepEqualsTheFormulaWithItsGradients) {
  torch::manual_seed(12);
  const int64_t rows = 6, hidden = 21;
  auto formula = [](const torch::Tensor& x, const torch::Tensor& u, const torch::Tensor& h) {
    const auto xs = x.chunk(3, -1), us = u.chunk(3, -1);
    const auto r = torch::sigmoid(xs[0] + us[0]), z = torch::sigmoid(xs[1] + us[1]);
    const auto n = torch::tanh(xs[2] + r * us[2]);
    return (1 - z) * n + z * h;
  };
  const auto keep = torch::tensor({true, true, false, true, false, true});
  for (const auto gates : {torch::kFloat, torch::kDouble, torch::kBFloat16}) {
    const auto state = gates == torch::kDouble ? torch::kDouble : torch::kFloat;
    for (const bool padded : {false, true}) {
      SCOPED_TRACE(::testing::Message() << gates << (padded ? ", padding rows" : ""));
      const auto x_all = torch::randn({rows, 2, 3 * hidden}).mul_(2).to(gates).requires_grad_(true);
      const auto u = torch::randn({rows, 3 * hidden}).mul_(2).to(gates).requires_grad_(true);
      const auto h = torch::randn({rows, hidden}).to(state).requires_grad_(true);
      const auto x = x_all.unbind(1)[1];
      const auto next = gru_step(x, u, h, padded ? keep.view({-1, 1}) : torch::Tensor());
      ASSERT_EQ(next.scalar_type(), state);
      const auto probe = torch::randn({rows, hidden}, torch::kDouble);
      const auto grads = torch::autograd::grad({(next.to(torch::kDouble) * probe).sum()}, {x_all, u, h});

      const auto x64 = x_all.detach().to(torch::kDouble).requires_grad_(true);
      const auto u64 = u.detach().to(torch::kDouble).requires_grad_(true);
      const auto h64 = h.detach().to(torch::kDouble).requires_grad_(true);
      auto next64 = formula(x64.unbind(1)[1], u64, h64);
      if (padded) next64 = torch::where(keep.view({-1, 1}), next64, h64);
      const auto grads64 = torch::autograd::grad({(next64 * probe).sum()}, {x64, u64, h64});
      const double tolerance = gates == torch::kBFloat16 ? 1e-2 : gates == torch::kFloat ? 2e-6 : 1e-12;
      EXPECT_LT((next.to(torch::kDouble) - next64).abs().max().item<double>(), tolerance);
      for (std::size_t i = 0; i < grads.size(); ++i) {
        EXPECT_EQ(grads[i].scalar_type(), i < 2 ? gates : state) << "gradient " << i;
        const double scale = grads64[i].abs().max().item<double>();
        EXPECT_LT((grads[i].to(torch::kDouble) - grads64[i]).abs().max().item<double>(), tolerance * std::max(scale, 1.0))
            << "gradient " << i;
      }
      if (padded) {
        EXPECT_TRUE(torch::equal(next[2], h[2])) << "a padding row keeps its state";
        EXPECT_EQ(grads[1][4].abs().sum().item<double>(), 0.0) << "and gives its projections no gradient";
      }
      // Without gradients (search) the kernel keeps nothing for a backward pass; the value is the same.
      torch::NoGradGuard no_grad;
      const auto plain = gru_step(x, u, h, padded ? keep.view({-1, 1}) : torch::Tensor());
      EXPECT_FALSE(plain.requires_grad());
      EXPECT_TRUE(torch::equal(plain, next.detach())) << "search's step differs from training's";
    }
  }
}


// gru_layer against the steps' formula in float64 (each direction from a zero state, passing
// padding through; the states side by side, 0 at padding), values and every gradient, in float32
// and under bfloat16 autocast, at one and two threads (two run the directions side by side).
TEST(Kernels, GruLayerEqualsTheStepsWithItsGradients) {
  torch::manual_seed(13);
  const int64_t b = 5, s = 7, hidden = 16;
  const auto lengths = torch::tensor({7, 3, 5, 1, 6});
  const auto keep = torch::arange(s).unsqueeze(0).lt(lengths.unsqueeze(1));  // [B, S]
  const int threads = at::get_num_threads();
  for (const bool bf16 : {false, true}) {
    const auto gates = bf16 ? torch::kBFloat16 : torch::kFloat;
    std::array<torch::Tensor, 2> x, w, bias;
    for (std::size_t d = 0; d < 2; ++d) {
      x[d] = torch::randn({b, s, 3 * hidden}).to(gates).requires_grad_(true);
      w[d] = torch::randn({3 * hidden, hidden}).mul_(0.3).requires_grad_(true);
      bias[d] = torch::randn({3 * hidden}).mul_(0.1).requires_grad_(true);
    }
    const std::array<torch::Tensor, 2> probe{torch::randn({b, s, hidden}, torch::kDouble),
                                             torch::randn({b, s, hidden}, torch::kDouble)};
    // The reference: the formula step by step in float64, from the same (rounded) values.
    std::array<torch::Tensor, 2> x64, w64, b64, out64;
    for (std::size_t d = 0; d < 2; ++d) {
      x64[d] = x[d].detach().to(torch::kDouble).requires_grad_(true);
      w64[d] = (bf16 ? w[d].detach().to(torch::kBFloat16) : w[d].detach()).to(torch::kDouble).requires_grad_(true);
      b64[d] = bias[d].detach().to(torch::kDouble).requires_grad_(true);
      auto h = torch::zeros({b, hidden}, torch::kDouble);
      std::vector<torch::Tensor> states(static_cast<std::size_t>(s));
      for (int64_t i = 0; i < s; ++i) {
        const int64_t t = d == 0 ? i : s - 1 - i;
        const auto xs = x64[d].select(1, t).chunk(3, -1);
        const auto us = torch::addmm(b64[d], h, w64[d].t()).chunk(3, -1);
        const auto r = torch::sigmoid(xs[0] + us[0]), z = torch::sigmoid(xs[1] + us[1]);
        const auto n = torch::tanh(xs[2] + r * us[2]);
        h = torch::where(keep.select(1, t).unsqueeze(1), (1 - z) * n + z * h, h);
        states[static_cast<std::size_t>(t)] = h;
      }
      out64[d] = torch::stack(states, 1) * keep.unsqueeze(-1);  // 0 at padding
    }
    const auto loss64 = (out64[0] * probe[0]).sum() + (out64[1] * probe[1]).sum();
    const auto grads64 = torch::autograd::grad({loss64}, {x64[0], x64[1], w64[0], w64[1], b64[0], b64[1]});
    for (const int n : {1, 2}) {
      SCOPED_TRACE(::testing::Message() << (bf16 ? "bfloat16" : "float32") << ", threads " << n);
      at::set_num_threads(n);
      torch::Tensor out;  // [B, S, 2H]
      {
        CpuBf16Autocast autocast(bf16);
        out = gru_layer(x, w, bias, keep);
      }
      at::set_num_threads(threads);
      ASSERT_EQ(out.sizes(), (std::vector<int64_t>{b, s, 2 * hidden}));
      EXPECT_EQ(out.scalar_type(), torch::kFloat);
      const std::array<torch::Tensor, 2> halves{out.narrow(2, 0, hidden), out.narrow(2, hidden, hidden)};
      const auto loss =
          (halves[0].to(torch::kDouble) * probe[0]).sum() + (halves[1].to(torch::kDouble) * probe[1]).sum();
      const auto grads = torch::autograd::grad({loss}, {x[0], x[1], w[0], w[1], bias[0], bias[1]});
      // bfloat16: U's products read the state rounded to bfloat16.
      const double tolerance = bf16 ? 2e-2 : 2e-5;
      for (std::size_t d = 0; d < 2; ++d)
        EXPECT_LT((halves[d].to(torch::kDouble) - out64[d]).abs().max().item<double>(), tolerance) << "direction " << d;
      for (std::size_t i = 0; i < grads.size(); ++i) {
        const double scale = std::max(grads64[i].abs().max().item<double>(), 1.0);
        EXPECT_LT((grads[i].to(torch::kDouble) - grads64[i]).abs().max().item<double>(), tolerance * scale)
            << "gradient " << i;
      }
      // Sentence 1 has 3 words: both directions' states are 0 after them, exactly.
      EXPECT_EQ(out[1].narrow(0, 3, 4).abs().sum().item<double>(), 0.0);
      EXPECT_GT(out[1].narrow(0, 0, 3).abs().min().item<double>(), 0.0);
    }
  }
}

// decoder_recurrence against the steps' formula in float64 (additive scores over the real
// positions, softmax, context, GRU), values and all nine gradients, in float32 and under bfloat16
// autocast, at one and two threads, the memory's gradients through autograd and through the
// accumulators of accumulate_memory_gradients.
TEST(Kernels, DecoderRecurrenceEqualsTheStepsWithItsGradients) {
  torch::manual_seed(14);
  const int64_t b = 4, t = 5, s = 6, hidden = 8, a = 12, d = 10;
  const auto lengths = torch::tensor({6, 2, 4, 1});
  const auto mask = torch::arange(s).unsqueeze(0).lt(lengths.unsqueeze(1));  // [B, S]
  const int threads = at::get_num_threads();
  // far: a key beyond key_exponentials' range, so that the steps keep their tanh instead of
  // recomputing it from the keys' exponentials.
  for (const auto& [bf16, far] : std::vector<std::pair<bool, bool>>{{false, false}, {true, false}, {false, true}}) {
    const auto x = torch::randn({b, t, 3 * hidden}).to(bf16 ? torch::kBFloat16 : torch::kFloat).requires_grad_(true);
    const auto s0 = torch::randn({b, hidden}).mul_(0.5).requires_grad_(true);
    auto keys = torch::randn({b, s, a});
    if (far) keys[0][0][0] = 2 * kKeyExpLimit;
    keys.requires_grad_(true);
    const auto values = torch::randn({b, s, d}).requires_grad_(true);
    const DecoderRecurrenceWeights w{torch::randn({a, hidden}).mul_(0.3).requires_grad_(true),
                                     torch::randn({a}).mul_(0.5).requires_grad_(true),
                                     torch::randn({3 * hidden, hidden}).mul_(0.3).requires_grad_(true),
                                     torch::randn({3 * hidden}).mul_(0.1).requires_grad_(true),
                                     torch::randn({3 * hidden, d}).mul_(0.3).requires_grad_(true)};
    const std::vector<torch::Tensor> leaves{x, s0, keys, values, w.query, w.score, w.hidden, w.hidden_bias, w.context};
    const std::array<torch::Tensor, 3> probe{torch::randn({b, t, hidden}, torch::kDouble),
                                             torch::randn({b, t, d}, torch::kDouble),
                                             torch::randn({b, t, s}, torch::kDouble)};
    // The reference in float64 from the same values (the products' weights rounded as bfloat16
    // products read them).
    std::vector<torch::Tensor> leaves64;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
      const bool product_weight = i == 4 || i == 6 || i == 8;
      const auto v = bf16 && product_weight ? leaves[i].detach().to(torch::kBFloat16) : leaves[i].detach();
      leaves64.push_back(v.to(torch::kDouble).requires_grad_(true));
    }
    const auto &x64 = leaves64[0], &keys64 = leaves64[2], &values64 = leaves64[3], &wa64 = leaves64[4];
    const auto &v64 = leaves64[5], &u64 = leaves64[6], &bu64 = leaves64[7], &c64 = leaves64[8];
    auto state = leaves64[1];
    std::vector<torch::Tensor> states, contexts, weights;
    for (int64_t i = 0; i < t; ++i) {
      const auto query = state.mm(wa64.t()).unsqueeze(1);  // [B, 1, A]
      const auto scores = (torch::tanh(keys64 + query) * v64).sum(-1).masked_fill(mask.logical_not(), -INFINITY);
      const auto alpha = torch::softmax(scores, -1);
      const auto context = (alpha.unsqueeze(-1) * values64).sum(1);
      const auto xs = (x64.select(1, i) + context.mm(c64.t())).chunk(3, -1);
      const auto us = torch::addmm(bu64, state, u64.t()).chunk(3, -1);
      const auto r = torch::sigmoid(xs[0] + us[0]), z = torch::sigmoid(xs[1] + us[1]);
      const auto n = torch::tanh(xs[2] + r * us[2]);
      states.push_back(state);
      contexts.push_back(context);
      weights.push_back(alpha);
      state = (1 - z) * n + z * state;
    }
    const std::array<torch::Tensor, 3> out64{torch::stack(states, 1), torch::stack(contexts, 1),
                                             torch::stack(weights, 1)};
    const auto loss64 = (out64[0] * probe[0]).sum() + (out64[1] * probe[1]).sum() + (out64[2] * probe[2]).sum();
    const auto grads64 = torch::autograd::grad({loss64}, leaves64);
    for (const int n : {1, 2}) {
      for (const bool accumulate : {false, true}) {
        SCOPED_TRACE(::testing::Message() << (bf16 ? "bfloat16" : "float32") << ", threads " << n
                                          << (accumulate ? ", accumulators" : "") << (far ? ", a far key" : ""));
        at::set_num_threads(n);
        std::vector<torch::Tensor> out;
        {
          CpuBf16Autocast autocast(bf16);
          ASSERT_TRUE(takes_decoder_recurrence(x, keys, values, w));
          if (accumulate) {
            const auto [passed_values, passed_keys, sums] = accumulate_memory_gradients(values, keys);
            ASSERT_TRUE(sums);
            out = decoder_recurrence(x, s0, passed_keys, passed_values, mask, w, sums);
          } else {
            out = decoder_recurrence(x, s0, keys, values, mask, w);
          }
        }
        at::set_num_threads(threads);
        ASSERT_EQ(out.size(), 3U);
        torch::Tensor loss = torch::zeros({}, torch::kDouble);
        for (std::size_t k = 0; k < 3; ++k) loss = loss + (out[k].to(torch::kDouble) * probe[k]).sum();
        const auto grads = torch::autograd::grad({loss}, leaves);
        // bfloat16: the products read the state and the context rounded to bfloat16.
        const double tolerance = bf16 ? 3e-2 : 2e-5;
        for (std::size_t k = 0; k < 3; ++k) {
          EXPECT_EQ(out[k].scalar_type(), torch::kFloat);
          EXPECT_LT((out[k].to(torch::kDouble) - out64[k]).abs().max().item<double>(), tolerance) << "output " << k;
        }
        for (std::size_t i = 0; i < grads.size(); ++i) {
          EXPECT_EQ(grads[i].scalar_type(), leaves[i].scalar_type()) << "gradient " << i;
          const double scale = std::max(grads64[i].abs().max().item<double>(), 1.0);
          EXPECT_LT((grads[i].to(torch::kDouble) - grads64[i]).abs().max().item<double>(), tolerance * scale)
              << "gradient " << i;
        }
        // Sentence 3 has one word: all its weight on it at every step, none on the padding.
        EXPECT_TRUE(torch::allclose(out[2][3].select(1, 0), torch::ones({t})));
        EXPECT_EQ(out[2][1].narrow(1, 2, s - 2).abs().sum().item<double>(), 0.0);
      }
    }
  }
}

// The kernels' rows are compiled for AVX-512, AVX2 with FMA and the baseline and chosen at load
// time (kernels.cpp, RNNSEARCH_VERSIONS); code written for AVX2 alone and called after a CPU check
// lives in a namespace `avx2` (panel_gemm.cpp) and counts as an AVX2 version. In the built
// program, by its disassembly: no function of the project outside an AVX-512 or AVX2 version uses
// 256- or 512-bit registers (such code would stop a CPU without them with an illegal instruction),
// no such version calls a function of the project that is not itself a version or a dispatcher
// (that function would run its baseline code, 4 float lanes, on every CPU), and the AVX2 version
// of the additive score's row fuses its multiply-adds (vfmadd: it is compiled with FMA).
TEST(Kernels, VectorCodeIsDispatched) {
#if !defined(__x86_64__) || !(defined(__clang__) || defined(__GNUC__))
  GTEST_SKIP() << "the kernels are multiversioned on x86-64 only";
#endif
  if (std::system("command -v objdump >/dev/null 2>&1") != 0) GTEST_SKIP() << "objdump (binutils) not installed";
  const std::string command = "objdump -d --no-show-raw-insn '" + std::string(RNNSEARCH_BINARY) + "'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  ASSERT_TRUE(pipe) << command;
  const std::regex header(R"(^[0-9a-f]+ <(.*)>:$)");
  const std::regex call(R"(call\s+[0-9a-f]+ <([^>+]*)>)");
  // A version is NAME.avx512f or NAME.avx2_fma (target_clones: NAME.avx2.1 with clang, NAME.avx2 with GCC).
  const std::regex version(R"(\.(avx512f|avx2(_fma)?)(\.[0-9]+)?$)");
  const std::regex dispatch(R"(\.((avx512f|avx2(_fma)?)(\.[0-9]+)?|ifunc|resolver)$)");
  const auto ours = [](const std::string& name) { return name.find("9rnnsearch") != std::string::npos; };
  // Every AVX2 version must hold vector instructions: one without any is a loop that did not
  // vectorise (pointers that may alias, a call that cannot be vectorised such as sqrt with errno).
  std::set<std::string> wide, calls, avx2_versions, avx2_vectorised, avx2_fused;
  std::string function;
  bool in_ours = false, in_version = false;
  int versions = 0;
  char buffer[4096];
  std::smatch m;
  while (fgets(buffer, sizeof buffer, pipe.get())) {
    const std::string line(buffer, strcspn(buffer, "\n"));
    if (line.size() > 2 && line.back() == ':' && std::regex_match(line, m, header)) {
      function = m[1];
      in_ours = ours(function);
      const bool avx2_namespace = function.find("4avx2") != std::string::npos;
      in_version = in_ours && (std::regex_search(function, version) || avx2_namespace);
      versions += in_version;
      if (in_version && (avx2_namespace || function.find(".avx2") != std::string::npos)) avx2_versions.insert(function);
      continue;
    }
    if (!in_ours) continue;
    if (in_version && line.find("%ymm") != std::string::npos) avx2_vectorised.insert(function);
    if (in_version && line.find("vfmadd") != std::string::npos) avx2_fused.insert(function);
    if (!in_version && (line.find("%ymm") != std::string::npos || line.find("%zmm") != std::string::npos))
      wide.insert(function);
    if (in_version && line.find("call") != std::string::npos && std::regex_search(line, m, call) && ours(m[1]) &&
        !std::regex_search(std::string(m[1]), dispatch))
      calls.insert(function + " -> " + std::string(m[1]));
  }
  EXPECT_GT(versions, 10) << "no AVX-512/AVX2 versions found in " << RNNSEARCH_BINARY;
  for (const auto& f : wide) ADD_FAILURE() << "wide registers outside a dispatched version: " << f;
  for (const auto& c : calls) ADD_FAILURE() << "a version calls baseline code: " << c;
  // A sanitizer's checks inside the loops keep them scalar: only a plain build is held to it.
  if (std::string(RNNSEARCH_SANITIZERS).empty())
    for (const auto& f : avx2_versions)
      if (!avx2_vectorised.count(f)) ADD_FAILURE() << "an AVX2 version without vector instructions: " << f;
  int tanh_rows = 0;
  for (const auto& f : avx2_versions) {
    if (f.find("tanh_sum_row") == std::string::npos) continue;
    ++tanh_rows;
    EXPECT_TRUE(avx2_fused.count(f)) << "an AVX2 version without fused multiply-adds: " << f;
  }
  EXPECT_EQ(tanh_rows, 1) << "the AVX2 version of tanh_sum_row";
}

}  // namespace
}  // namespace rnnsearch
