#include "rnnsearch/train/optimizer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "fixtures.h"
#include "rnnsearch/model/kernels.h"

namespace rnnsearch {
namespace {

torch::OrderedDict<std::string, torch::Tensor> one_parameter(const torch::Tensor& value) {
  torch::OrderedDict<std::string, torch::Tensor> params;
  params.insert("w", value.clone().to(torch::kFloat64).requires_grad_());
  return params;
}

void set_grad(torch::Tensor& p, const torch::Tensor& g) { p.mutable_grad() = g.to(torch::kFloat64); }

TEST(Optimizer, AdamStepsComputedByHand) {
  auto params = one_parameter(torch::tensor({1.0, -2.0}));
  TrainConfig c;
  c.optimizer = OptimizerType::adam;
  Optimizer adam(params, c);
  auto& w = params["w"];
  set_grad(w, torch::tensor({0.5, -4.0}));
  adam.step(0.1);
  // Step 1: bias-corrected m = g and v = g^2, so the update is lr * g / (|g| + eps).
  EXPECT_NEAR(w[0].item<double>(), 1.0 - 0.1 * 0.5 / (0.5 + 1e-8), 1e-12);
  EXPECT_NEAR(w[1].item<double>(), -2.0 + 0.1 * 4.0 / (4.0 + 1e-8), 1e-12);
  // Step 2 with g = 1: m = 0.9*0.05 + 0.1 = 0.145, v = 0.999*0.00025 + 0.001, corrected by 1-b^2.
  set_grad(w, torch::tensor({1.0, 1.0}));
  const double before = w[0].item<double>();
  adam.step(0.1);
  const double m = (0.9 * 0.05 + 0.1) / (1 - 0.81), v = (0.999 * 0.001 * 0.25 + 0.001) / (1 - 0.999 * 0.999);
  EXPECT_NEAR(w[0].item<double>(), before - 0.1 * m / (std::sqrt(v) + 1e-8), 1e-12);
  EXPECT_EQ(adam.steps(), 2);
}

// zero_grad drops the gradients; a parameter that had one and gets none in an update still moves
// on Adam's moments, exactly as with a zero gradient; one that never had one stays put.
TEST(Optimizer, ZeroGradDropsGradientsAndAnUpdateWithoutOneStepsOnZeros) {
  TrainConfig c;
  auto run = [&](bool zero_instead) {
    auto params = one_parameter(torch::tensor({1.0, -2.0}));
    params.insert("unused", torch::tensor({3.0}, torch::kFloat64).requires_grad_());
    Optimizer adam(params, c);
    auto& w = params["w"];
    set_grad(w, torch::tensor({0.5, -4.0}));
    adam.step(0.1);
    adam.zero_grad();
    EXPECT_FALSE(w.grad().defined());
    if (zero_instead) set_grad(w, torch::zeros({2}));
    adam.step(0.1);
    EXPECT_EQ(params["unused"].item<double>(), 3.0);
    return w.detach().clone();
  };
  const auto dropped = run(false), zeroed = run(true);
  EXPECT_TRUE(torch::equal(dropped, zeroed));
  EXPECT_LT(dropped[0].item<double>(), 1.0 - 0.1 * 0.5 / (0.5 + 1e-8)) << "the second step moved it further";
}

// The one-pass update (adam_update, float32, enough elements for every thread, weight decay)
// against Adam written with LibTorch's operators, over three steps.
TEST(Optimizer, OnePassAdamEqualsTheOperators) {
  torch::manual_seed(3);
  TrainConfig c;
  c.optimizer = OptimizerType::adam;
  c.weight_decay = 0.01;
  torch::OrderedDict<std::string, torch::Tensor> params;
  params.insert("w", torch::randn({300, 257}).requires_grad_());
  Optimizer adam(params, c);
  auto& w = params["w"];
  auto p = w.detach().clone(), m = torch::zeros_like(p), v = torch::zeros_like(p);
  for (int t = 1; t <= 3; ++t) {
    const auto g = torch::randn_like(p);
    w.mutable_grad() = g.clone();
    adam.step(0.01);
    const auto decayed = g + c.weight_decay * p;
    m = c.adam_beta1 * m + (1 - c.adam_beta1) * decayed;
    v = c.adam_beta2 * v + (1 - c.adam_beta2) * decayed * decayed;
    const double c1 = 1 - std::pow(c.adam_beta1, t), c2 = 1 - std::pow(c.adam_beta2, t);
    p = p - 0.01 / c1 * m / ((v / c2).sqrt() + c.epsilon);
    EXPECT_LT((w.detach() - p).abs().max().item<double>(), 1e-6) << "step " << t;
    EXPECT_LT((adam.state()["second/w"] - v).abs().max().item<double>(), 1e-6 * v.abs().max().item<double>())
        << "step " << t;
  }
}

TEST(Optimizer, AdadeltaStepComputedByHand) {
  auto params = one_parameter(torch::tensor({3.0}));
  TrainConfig c;
  c.optimizer = OptimizerType::adadelta;
  c.adadelta_rho = 0.95;
  c.epsilon = 1e-6;
  Optimizer adadelta(params, c);
  auto& w = params["w"];
  set_grad(w, torch::tensor({2.0}));
  adadelta.step(1.0);
  // E[g^2] = 0.05 * 4; dx = sqrt(0 + eps) / sqrt(E[g^2] + eps) * g.
  const double dx = std::sqrt(1e-6) / std::sqrt(0.2 + 1e-6) * 2.0;
  EXPECT_NEAR(w[0].item<double>(), 3.0 - dx, 1e-12);
}

TEST(Optimizer, StateRoundTrips) {
  auto params = one_parameter(torch::tensor({1.0, 2.0}));
  TrainConfig c;
  Optimizer a(params, c);
  set_grad(params["w"], torch::tensor({0.3, 0.1}));
  a.step(0.01);
  auto copy = one_parameter(params["w"].detach());
  Optimizer b(copy, c);
  b.load_state(a.state());
  set_grad(params["w"], torch::tensor({0.2, -0.1}));
  set_grad(copy["w"], torch::tensor({0.2, -0.1}));
  a.step(0.01);
  b.step(0.01);
  EXPECT_TRUE(torch::equal(params["w"], copy["w"]));
  auto missing = a.state();
  missing.erase("steps");
  EXPECT_THROW(b.load_state(missing), std::runtime_error);
}

TEST(Optimizer, ClipGradientsScalesToTheNorm) {
  auto p = torch::zeros({2}, torch::kFloat64).requires_grad_();
  p.mutable_grad() = torch::tensor({3.0, 4.0}, torch::kFloat64);
  EXPECT_DOUBLE_EQ(clip_gradients({p}, 1.0), 5.0);
  EXPECT_NEAR(p.grad().norm().item<double>(), 1.0, 1e-6);
  EXPECT_NEAR(clip_gradients({p}, 0.0), 1.0, 1e-6);  // 0 = no clipping
}

// Float32 gradients take sum_of_squares' one pass: the float64 norm within float32's rounding,
// the same at one and two threads, and the gradients scaled to max_norm.
TEST(Optimizer, ClipGradientsOfFloat32TensorsInOnePass) {
  torch::manual_seed(3);
  std::vector<torch::Tensor> params;
  for (const int64_t n : {int64_t{5}, int64_t{16384}, int64_t{40000}, int64_t{17}})
    params.push_back(torch::zeros({n}).requires_grad_());
  double expected = 0;
  for (auto& p : params) {
    p.mutable_grad() = torch::randn({p.numel()});
    expected += p.grad().to(torch::kDouble).pow(2).sum().item<double>();
  }
  const int threads = at::get_num_threads();
  std::vector<double> sums;
  for (const int n : {1, 2}) {
    at::set_num_threads(n);
    std::vector<torch::Tensor> grads;
    for (const auto& p : params) grads.push_back(p.grad());
    const auto sum = sum_of_squares(grads);
    ASSERT_TRUE(sum.has_value());
    sums.push_back(*sum);
  }
  at::set_num_threads(threads);
  EXPECT_NEAR(sums[0], expected, 1e-6 * expected);
  EXPECT_EQ(sums[0], sums[1]) << "the sum depends on the thread count";
  EXPECT_FALSE(sum_of_squares({torch::ones({3}, torch::kDouble)}).has_value());
  EXPECT_FALSE(sum_of_squares({torch::ones({4, 4}).t().slice(0, 0, 2)}).has_value());
  EXPECT_NEAR(clip_gradients(params, 2.0), std::sqrt(expected), 1e-6 * std::sqrt(expected));
  double clipped = 0;
  for (const auto& p : params) clipped += p.grad().to(torch::kDouble).pow(2).sum().item<double>();
  EXPECT_NEAR(std::sqrt(clipped), 2.0, 1e-5);
}

TEST(LrSchedule, InverseSqrtWithWarmup) {
  TrainConfig c;
  c.schedule = ScheduleType::inverse_sqrt;
  c.learning_rate = 1e-3;
  c.warmup_steps = 100;
  c.min_learning_rate = 0;
  LrSchedule s(c);
  EXPECT_DOUBLE_EQ(s.rate(1), 1e-5);
  EXPECT_DOUBLE_EQ(s.rate(50), 5e-4);
  EXPECT_DOUBLE_EQ(s.rate(100), 1e-3);
  EXPECT_DOUBLE_EQ(s.rate(400), 5e-4);
}

TEST(LrSchedule, PlateauDecaysAfterPatience) {
  TrainConfig c;
  c.schedule = ScheduleType::plateau;
  c.learning_rate = 1.0;
  c.decay_factor = 0.5;
  c.decay_patience = 1;
  c.min_learning_rate = 0.3;
  LrSchedule s(c);
  s.on_validation(false);
  EXPECT_EQ(s.rate(10), 1.0);  // one bad validation is within patience
  s.on_validation(false);
  EXPECT_EQ(s.rate(10), 0.5);
  s.on_validation(true);
  s.on_validation(false);
  EXPECT_EQ(s.rate(10), 0.5);
  s.on_validation(false);
  EXPECT_EQ(s.rate(10), 0.3);  // floored at min_learning_rate
  c.schedule = ScheduleType::constant;
  LrSchedule constant(c);
  constant.on_validation(false);
  constant.on_validation(false);
  EXPECT_EQ(constant.rate(10), 1.0);
}

// Gradient accumulation: an update from three batches equals one from a batch holding all their
// sentences, update after update (Adam, label smoothing, clipping; no dropout, whose masks would
// differ). Float32; the union pads every sentence to the longest, the three batches do not, so
// the two differ by rounding only: parameters agree within 1e-5 after 4 updates.
TEST(TrainingUpdate, AccumulatedBatchesEqualOneBatchOfTheirUnion) {
  const auto src = testing::sentences({5, 3, 7, 4, 6, 2}, testing::kSrcVocab, 1);
  const auto trg = testing::sentences({4, 6, 2, 5, 3, 7}, testing::kTrgVocab, 2);
  NmtModel whole = testing::make_model(testing::tiny(), 7), split = testing::make_model(testing::tiny(), 7);
  TrainConfig config;
  config.learning_rate = 1e-2;
  config.label_smoothing = 0.1;
  config.clip_grad_norm = 1.0;
  Optimizer whole_opt(whole->named_parameters(), config), split_opt(split->named_parameters(), config);
  const TensorBatch all = make_tensor_batch(src, trg, {0, 1, 2, 3, 4, 5}, torch::kCPU);
  const std::vector<TensorBatch> parts = {make_tensor_batch(src, trg, {0, 1}, torch::kCPU),
                                          make_tensor_batch(src, trg, {2, 3, 4}, torch::kCPU),
                                          make_tensor_batch(src, trg, {5}, torch::kCPU)};
  for (int step = 0; step < 4; ++step) {
    const UpdateResult a = training_update(*whole, whole_opt, all, config, config.learning_rate);
    const UpdateResult b = training_update(*split, split_opt, parts, config, config.learning_rate);
    ASSERT_TRUE(a.applied && b.applied);
    EXPECT_NEAR(a.nll.item<double>(), b.nll.item<double>(), 1e-4) << "step " << step;
    EXPECT_NEAR(a.grad_norm, b.grad_norm, 1e-5) << "step " << step;
  }
  const auto expected = whole->named_parameters();
  double worst = 0, moved = 0;
  for (const auto& p : split->named_parameters()) {
    worst = std::max(worst, (p.value() - expected[p.key()]).abs().max().item<double>());
    moved = std::max(moved, (p.value() - testing::make_model(testing::tiny(), 7)->named_parameters()[p.key()]).abs().max().item<double>());
  }
  EXPECT_LT(worst, 1e-5) << "largest difference";
  EXPECT_GT(moved, 1e-3) << "the updates changed the parameters";
}

}  // namespace
}  // namespace rnnsearch
