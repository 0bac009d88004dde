#include "rnnsearch/attention.h"

#include <gtest/gtest.h>

#include "gradcheck.h"
#include "rnnsearch/error.h"

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

TEST(Attention, VariantsOfLaterIssuesAreRefusedClearly) {
  AttentionConfig c = additive(4);
  c.score = ScoreType::dot;
  try {
    Attention attention(c, 4, 4);
    FAIL() << "built";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.key(), "model.attention.score");
  }
}

}  // namespace
}  // namespace rnnsearch
