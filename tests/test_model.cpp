#include "rnnsearch/model/model.h"

#include <cmath>
#include <cstdlib>
#include <functional>
#include <numeric>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "fixtures.h"
#include "gradcheck.h"
#include "helpers.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/decode/search.h"
#include "rnnsearch/model/panel_gemm.h"
#include "rnnsearch/train/checkpoint.h"
#include "rnnsearch/train/optimizer.h"

namespace rnnsearch {
namespace {

using testing::kSrcVocab;
using testing::kTrgVocab;
using testing::make_model;
using testing::sentences;
using testing::tiny;

TEST(TensorBatch, LayoutWithBosEosAndPadding) {
  const std::vector<std::vector<int32_t>> src = {{5, 6, 7}, {8}};
  const std::vector<std::vector<int32_t>> trg = {{9}, {10, 11}};
  const TensorBatch b = make_tensor_batch(src, trg, {1, 0}, torch::kCPU);
  EXPECT_TRUE(torch::equal(b.src, torch::tensor({{8, kEosId, kPadId, kPadId}, {5, 6, 7, kEosId}})));
  EXPECT_TRUE(torch::equal(b.src_lengths, torch::tensor({2, 4})));
  EXPECT_TRUE(torch::equal(b.trg_in, torch::tensor({{kBosId, 10, 11}, {kBosId, 9, kPadId}})));
  EXPECT_TRUE(torch::equal(b.trg_out, torch::tensor({{10, 11, kEosId}, {9, kEosId, kPadId}})));
  EXPECT_TRUE(torch::equal(b.trg_mask, torch::tensor({{true, true, true}, {true, true, false}})));
  EXPECT_EQ(b.target_tokens, 5);
}

// Guided alignment targets: links spread evenly over a row, target EOS on source EOS, padding 0.
TEST(TensorBatch, AlignmentTargetsFromPieceLinks) {
  const std::vector<std::vector<int32_t>> src = {{5, 6, 7}, {8}};
  const std::vector<std::vector<int32_t>> trg = {{9}, {10, 11}};
  const std::vector<Alignment> links = {{{0, 0}, {2, 0}}, {{0, 1}}};  // (source piece, target piece)
  const TensorBatch b = make_tensor_batch(src, trg, {0, 1}, torch::kCPU, &links);
  ASSERT_TRUE(b.alignment.defined());
  const auto expected = torch::tensor({{{0.5F, 0.0F, 0.5F, 0.0F}, {0.0F, 0.0F, 0.0F, 1.0F}, {0.0F, 0.0F, 0.0F, 0.0F}},
                                       {{0.0F, 0.0F, 0.0F, 0.0F}, {1.0F, 0.0F, 0.0F, 0.0F}, {0.0F, 1.0F, 0.0F, 0.0F}}});
  EXPECT_TRUE(torch::allclose(b.alignment, expected)) << b.alignment;
  EXPECT_FALSE(make_tensor_batch(src, trg, {0, 1}, torch::kCPU).alignment.defined());
}

// The guided-alignment term pulls attention toward the links: a few updates on one batch raise the
// attention weight on the linked source positions far more than plain training does.
TEST(Loss, GuidedAlignmentPullsAttentionTowardTheLinks) {
  const std::vector<std::vector<int32_t>> src = {{5, 6, 7, 8}, {9, 5, 6}};
  const std::vector<std::vector<int32_t>> trg = {{4, 5, 6}, {7, 8}};
  const std::vector<Alignment> links = {{{3, 0}, {2, 1}, {1, 2}}, {{2, 0}, {0, 1}}};
  const TensorBatch batch = make_tensor_batch(src, trg, {0, 1}, torch::kCPU, &links);
  auto linked_mass = [&](double weight) {
    NmtModel model = make_model(tiny());
    TrainConfig config;
    config.learning_rate = 0.05;
    config.guided_alignment = weight;
    Optimizer optimizer(model->named_parameters(), config);
    for (int step = 0; step < 60; ++step) training_update(*model, optimizer, batch, config, config.learning_rate);
    model->eval();
    torch::NoGradGuard no_grad;
    torch::Tensor attention;
    model->forward(batch, &attention);
    return (attention * batch.alignment).sum().item<double>() / batch.alignment.sum().item<double>();
  };
  const double plain = linked_mass(0.0), guided = linked_mass(1.0);
  EXPECT_GT(guided, 0.6) << "plain " << plain;
  EXPECT_GT(guided, plain + 0.2);
}

// Hard attention reinforce in training updates: the baseline starts at the first update's mean
// reward per token and then moves as b <- 0.9 b + 0.1 r; sentences that read the expectation do not
// move it; checkpoints keep it; and the updates learn the batch.
TEST(Loss, ReinforceTrainingMovesTheBaselineAndLearns) {
  const auto src = testing::sentences({6, 5, 4, 6}, kSrcVocab, 8);
  const auto trg = testing::sentences({5, 6, 3, 4}, kTrgVocab, 9);
  const TensorBatch batch = make_tensor_batch(src, trg, {0, 1, 2, 3}, torch::kCPU);
  ModelConfig c = tiny();
  c.attention.hard = HardAttention::reinforce;
  NmtModel model = make_model(c);
  TrainConfig config;
  config.learning_rate = 0.05;
  config.reinforce_entropy = 0.01;
  Optimizer optimizer(model->named_parameters(), config);
  const auto& baseline = model->decoder->reinforce_baseline;
  config.reinforce_expectation = 1.0;  // every sentence reads the expectation: no reward
  training_update(*model, optimizer, batch, config, config.learning_rate);
  EXPECT_TRUE(torch::equal(baseline, torch::zeros({2})));
  config.reinforce_expectation = 0.0;
  const double first_nll = training_update(*model, optimizer, batch, config, config.learning_rate).nll.item<double>();
  const double b1 = baseline[0].item<double>();
  EXPECT_EQ(baseline[1].item<double>(), 1.0);
  EXPECT_LT(b1, 0.0);
  torch::manual_seed(4);
  const UpdateResult second = training_update(*model, optimizer, batch, config, config.learning_rate);
  const double b2 = baseline[0].item<double>();
  // r of the second update: its NLL at the sampled positions, per token (no expectation rows).
  EXPECT_NEAR(b2, 0.9 * b1 + 0.1 * (-second.nll.item<double>() / batch.target_tokens), 1e-4);
  for (int step = 0; step < 60; ++step) training_update(*model, optimizer, batch, config, config.learning_rate);
  EXPECT_EQ(baseline[1].item<double>(), 62.0);
  model->eval();
  torch::NoGradGuard no_grad;
  const double nll = -(model->forward(batch).gather(-1, batch.trg_out.unsqueeze(-1)).squeeze(-1) * batch.trg_mask).sum().item<double>();
  EXPECT_LT(nll, 0.5 * first_nll);  // the marginal likelihood of translation
  testing::TempDir dir;
  save_checkpoint(dir.file("m.ckpt"), *model, {});
  NmtModel loaded = make_model(c, 7);
  load_checkpoint(dir.file("m.ckpt"), loaded.get());
  EXPECT_TRUE(torch::equal(loaded->decoder->reinforce_baseline, baseline));
}

// train.precision bfloat16: the forward pass runs under CPU autocast, so the loss moves a little
// from the float32 one but stays close; parameters, gradients and optimiser stay float32; the
// result is deterministic; and the model learns the batch as the float32 one does.
TEST(Loss, BFloat16TrainingStaysCloseToFloat32) {
  const auto src = testing::sentences({6, 5, 4, 6}, kSrcVocab, 8);
  const auto trg = testing::sentences({5, 6, 3, 4}, kTrgVocab, 9);
  const TensorBatch batch = make_tensor_batch(src, trg, {0, 1, 2, 3}, torch::kCPU);
  auto train = [&](Precision precision, int steps, double* first_nll) {
    NmtModel model = make_model(tiny());
    TrainConfig config;
    config.learning_rate = 0.02;
    config.precision = precision;
    Optimizer optimizer(model->named_parameters(), config);
    for (int step = 0; step < steps; ++step) {
      const UpdateResult r = training_update(*model, optimizer, batch, config, config.learning_rate);
      EXPECT_TRUE(r.applied);
      EXPECT_EQ(r.nll.scalar_type(), torch::kFloat);
      if (step == 0 && first_nll != nullptr) *first_nll = r.nll.item<double>();
    }
    return model;
  };
  double nll32 = 0, nll16 = 0;
  NmtModel full = train(Precision::float32, 40, &nll32);
  NmtModel half = train(Precision::bfloat16, 40, &nll16);
  NmtModel again = train(Precision::bfloat16, 40, nullptr);
  EXPECT_NE(nll16, nll32) << "the bfloat16 forward pass did not run in bfloat16";
  EXPECT_NEAR(nll16, nll32, 0.01 * nll32);
  const auto p16 = half->named_parameters(), p32 = full->named_parameters(), p_again = again->named_parameters();
  for (const auto& p : p16) {
    EXPECT_EQ(p.value().scalar_type(), torch::kFloat) << p.key();
    EXPECT_TRUE(torch::equal(p.value(), p_again[p.key()])) << p.key() << ": not deterministic";
  }
  auto final_nll = [&](NmtModel& model) {
    model->eval();
    torch::NoGradGuard no_grad;
    return sequence_loss(model->forward(batch), batch.trg_out, batch.trg_mask, 0.0).nll.item<double>();
  };
  const double end32 = final_nll(full), end16 = final_nll(half);
  EXPECT_LT(end16, 0.5 * nll16) << "bfloat16 training did not learn the batch";
  EXPECT_NEAR(end16, end32, 0.1 * end32 + 0.5);
  TrainConfig cuda;
  cuda.precision = Precision::bfloat16;
  EXPECT_THROW(trains_in_bf16(cuda, torch::Device(torch::kCUDA)), ConfigError);
  cuda.precision = Precision::automatic;
  EXPECT_FALSE(trains_in_bf16(cuda, torch::Device(torch::kCUDA)));
}

struct Variant {
  DecoderType type;
  CellType cell;
  DecoderInit init;
  bool tie;
  WindowType window = WindowType::global;
  ScoreType score = ScoreType::additive;
  int layers = 1;
  bool input_feeding = true;
  int heads = 1;
  bool features = false;  // multi-dimensional attention
  CoverageType coverage = CoverageType::none;
  int hard_top_k = -1;  // >= 0: hard attention, exact, over this many positions (0 = all)
  bool reinforce = false;  // hard attention trained by sampling (translation as exact)
};

std::string variant_name(const Variant& v) {
  return fmt::format("{}{}_{}_{}{}_{}_{}{}{}", to_string(v.type), v.layers, to_string(v.cell), to_string(v.init),
                     v.tie ? "_tied" : "", to_string(v.window), to_string(v.score), v.input_feeding ? "" : "_nofeed",
                     v.heads > 1 ? fmt::format("_{}heads", v.heads) : "") +
         (v.features ? "_multidim" : "") +
         (v.coverage != CoverageType::none ? fmt::format("_{}_coverage", to_string(v.coverage)) : "") +
         (v.hard_top_k >= 0 ? fmt::format("_hard_top{}", v.hard_top_k) : "") + (v.reinforce ? "_reinforce" : "");
}

// gtest and ctest show the variant by name rather than as bytes.
void PrintTo(const Variant& v, std::ostream* os) { *os << variant_name(v); }

class ModelVariant : public ::testing::TestWithParam<Variant> {
 protected:
  ModelConfig config() const {
    ModelConfig c = tiny(GetParam().type, GetParam().cell);
    c.decoder.init = GetParam().init;
    c.decoder.tie_embeddings = GetParam().tie;
    c.attention.window = GetParam().window;
    c.attention.window_radius = 2;
    c.attention.score = GetParam().score;
    c.decoder.layers = GetParam().layers;
    c.decoder.input_feeding = GetParam().input_feeding;
    c.attention.heads = GetParam().heads;
    if (GetParam().features) c.attention.dimensions = AttentionDimensions::multi;
    c.attention.coverage = GetParam().coverage;
    c.attention.coverage_size = 3;
    if (GetParam().hard_top_k >= 0) {
      c.attention.hard = GetParam().reinforce ? HardAttention::reinforce : HardAttention::exact;
      c.attention.hard_top_k = GetParam().hard_top_k;
    }
    if (c.attention.heads > 1) {  // sizes the heads divide
      c.decoder.hidden_size = 8;
      c.attention.hidden_size = 6;
    }
    if (GetParam().tie) c.decoder.maxout_size = c.decoder.embedding_size;
    return c;
  }
};

// The teacher-forced forward and a loop of step() are one computation. The forward pass runs with
// gradients, as in training, where the RNNsearch decoder takes decoder_recurrence (kernels.h).
TEST_P(ModelVariant, ForwardEqualsLoopOfSteps) {
  NmtModel model = make_model(config());
  model->eval();
  const auto src = sentences({4, 7, 2}, kSrcVocab, 1);
  const auto trg = sentences({5, 3, 6}, kTrgVocab, 2);
  const TensorBatch batch = make_tensor_batch(src, trg, {0, 1, 2}, torch::kCPU);
  torch::Tensor attention;
  const auto forward = model->forward(batch, &attention).detach();  // [B, T, V]
  attention = attention.detach();
  torch::NoGradGuard no_grad;
  Encoded e = model->encode(batch.src, batch.src_lengths);
  DecoderState state = e.state;
  for (int64_t t = 0; t < batch.trg_in.size(1); ++t) {
    StepOutput step = model->step(batch.trg_in.select(1, t), state, e.memory);
    EXPECT_TRUE(torch::allclose(step.log_probs, forward.select(1, t), 1e-5, 1e-6)) << "step " << t;
    EXPECT_TRUE(torch::allclose(step.attention, attention.select(1, t), 1e-5, 1e-6)) << "step " << t;
    state = step.state;
  }
  EXPECT_TRUE(torch::allclose(forward.exp().sum(-1), torch::ones({3, batch.trg_in.size(1)}), 1e-5));
}

// Training's loss with the output layer inside it (output_layer_loss on the output layer's input)
// equals smoothed_cross_entropy on the logits: the loss and every parameter's gradient, dropout
// included (the same seed before each pass).
TEST_P(ModelVariant, OutputLayerLossEqualsTheLossOnTheLogits) {
  if (GetParam().hard_top_k >= 0) GTEST_SKIP() << "hard attention marginalises: no output layer input";
  NmtModel model = make_model(config());
  model->train();
  const TensorBatch batch = make_tensor_batch(sentences({4, 7, 2}, kSrcVocab, 1), sentences({5, 3, 6}, kTrgVocab, 2),
                                              {0, 1, 2}, torch::kCPU);
  auto gradients = [&](bool output_in_loss) {
    for (auto& p : model->parameters()) p.mutable_grad() = torch::Tensor();
    torch::manual_seed(11);
    const auto out =
        model->forward(batch, nullptr, output_in_loss ? DecoderOutput::output_input : DecoderOutput::logits);
    const auto [weight, bias] = model->decoder->output_layer();
    const LossOutput loss = output_in_loss
                                ? output_layer_loss(out, weight, bias, batch.trg_out, batch.trg_mask, 0.1)
                                : smoothed_cross_entropy(out, batch.trg_out, batch.trg_mask, 0.1);
    (loss.loss * 0.3).backward();
    std::map<std::string, torch::Tensor> grads{{"loss", loss.loss.detach()}, {"nll", loss.nll}};
    for (const auto& p : model->named_parameters())
      if (p.value().grad().defined()) grads[p.key()] = p.value().grad().clone();
    return grads;
  };
  const auto fused = gradients(true), reference = gradients(false);
  ASSERT_EQ(fused.size(), reference.size());
  for (const auto& [name, expected] : reference) {
    ASSERT_TRUE(fused.count(name) > 0) << name;
    EXPECT_TRUE(torch::allclose(fused.at(name), expected, 1e-4, 1e-6)) << name;
  }
}

// One position per row (rnnsearch explain's gradients): the forward's log-probabilities there.
TEST_P(ModelVariant, LogProbsAtOnePositionPerRowEqualForward) {
  NmtModel model = make_model(config());
  torch::NoGradGuard no_grad;
  const TensorBatch batch = make_tensor_batch(sentences({4, 7, 2}, kSrcVocab, 1), sentences({5, 3, 6}, kTrgVocab, 2),
                                              {0, 1, 2}, torch::kCPU);
  const auto forward = model->forward(batch);  // [B, T, V]
  const auto positions = torch::tensor({4, 0, 2}, torch::kInt64);
  Encoded e = model->encode(batch.src, batch.src_lengths);
  const auto at = model->decoder->log_probs_at(batch.trg_in, e.memory, e.state, positions);
  for (int64_t b = 0; b < 3; ++b)
    EXPECT_TRUE(torch::allclose(at[b], forward[b][positions[b].item<int64_t>()], 1e-5, 1e-6)) << "row " << b;
}

// A sentence gets the same annotations and output alone as in a batch with longer ones.
TEST_P(ModelVariant, PaddingDoesNotChangeResults) {
  NmtModel model = make_model(config());
  torch::NoGradGuard no_grad;
  const auto src = sentences({3, 9}, kSrcVocab, 4);
  const auto trg = sentences({4, 8}, kTrgVocab, 5);
  const TensorBatch alone = make_tensor_batch(src, trg, {0}, torch::kCPU);
  const TensorBatch padded = make_tensor_batch(src, trg, {1, 0}, torch::kCPU);
  const EncoderOutput a = model->encoder->forward(alone.src, alone.src_lengths);
  const EncoderOutput p = model->encoder->forward(padded.src, padded.src_lengths);
  const int64_t s = alone.src.size(1), t = alone.trg_in.size(1);
  EXPECT_TRUE(torch::allclose(a.annotations[0], p.annotations[1].slice(0, 0, s), 1e-5, 1e-6));
  EXPECT_TRUE(torch::all(p.annotations[1].slice(0, s) == 0).item<bool>());
  EXPECT_TRUE(torch::allclose(a.backward_first[0], p.backward_first[1], 1e-5, 1e-6));
  EXPECT_TRUE(torch::allclose(model->forward(alone)[0], model->forward(padded)[1].slice(0, 0, t), 1e-5, 1e-6));
}

TEST_P(ModelVariant, DecoderStepGradientsMatchFiniteDifferences) {
  NmtModel model = make_model(config());
  model->to(torch::kFloat64);
  const auto src = sentences({3, 5}, kSrcVocab, 6);
  const TensorBatch batch = make_tensor_batch(src, {}, {0, 1}, torch::kCPU);
  const EncoderOutput encoded = model->encoder->forward(batch.src, batch.src_lengths);
  const auto annotations = encoded.annotations.detach().clone().requires_grad_();
  const auto h0 = torch::randn({2, config().decoder.hidden_size}, torch::kFloat64).mul_(0.5).requires_grad_();
  const auto prev = torch::tensor({5, 7});
  const auto r = torch::randn({2, kTrgVocab}, torch::kFloat64);
  auto f = [&] {
    EncoderOutput e = encoded;
    e.annotations = annotations;
    const AttentionMemory memory = model->decoder->prepare(e);
    DecoderState state = model->decoder->initial_state(e);
    state.layers[0].h = h0;
    const StepOutput out = model->step(prev, state, memory);
    return (out.log_probs * r).sum() + out.state.layers.back().h.sum();
  };
  std::vector<std::pair<std::string, torch::Tensor>> inputs = {{"annotations", annotations}, {"h0", h0}};
  for (const auto& p : model->decoder->named_parameters()) inputs.emplace_back(p.key(), p.value());
  testing::expect_gradients_match(f, inputs, 12);
}

INSTANTIATE_TEST_SUITE_P(
    Decoders, ModelVariant,
    ::testing::Values(Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::last, false},
                      Variant{DecoderType::bahdanau, CellType::lstm, DecoderInit::mean, false},
                      Variant{DecoderType::conditional, CellType::gru, DecoderInit::last, false},
                      Variant{DecoderType::conditional, CellType::lstm, DecoderInit::zero, true},
                      Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::zero, true},
                      Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::last, false, WindowType::local_m},
                      Variant{DecoderType::conditional, CellType::gru, DecoderInit::last, false, WindowType::local_p,
                              ScoreType::general},
                      Variant{DecoderType::luong, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::general, 2, true},
                      Variant{DecoderType::luong, CellType::lstm, DecoderInit::mean, false, WindowType::local_p,
                              ScoreType::additive, 1, false},
                      Variant{DecoderType::luong, CellType::gru, DecoderInit::zero, false, WindowType::local_m,
                              ScoreType::location, 3, true},
                      Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::additive, 1, true, 2},
                      Variant{DecoderType::luong, CellType::gru, DecoderInit::last, false, WindowType::local_p,
                              ScoreType::general, 1, true, 2},
                      Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::additive, 1, true, 1, true},
                      Variant{DecoderType::conditional, CellType::lstm, DecoderInit::mean, false, WindowType::local_p,
                              ScoreType::additive, 1, true, 1, true},
                      Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::additive, 1, true, 1, false, CoverageType::linguistic},
                      Variant{DecoderType::conditional, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::additive, 1, true, 1, false, CoverageType::neural},
                      Variant{DecoderType::luong, CellType::lstm, DecoderInit::mean, false, WindowType::local_m,
                              ScoreType::additive, 2, true, 1, false, CoverageType::neural},
                      Variant{DecoderType::bahdanau, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::additive, 1, true, 1, false, CoverageType::none, 0},
                      Variant{DecoderType::conditional, CellType::gru, DecoderInit::last, false, WindowType::global,
                              ScoreType::additive, 1, true, 1, false, CoverageType::linguistic, 2},
                      Variant{DecoderType::bahdanau, CellType::lstm, DecoderInit::mean, false, WindowType::global,
                              ScoreType::additive, 1, true, 1, false, CoverageType::none, 2, true}),
    [](const auto& info) { return variant_name(info.param); });

// A tiny soft-attention model, one with hard attention `kind` and the same parameters, and a batch
// of two sentence pairs.
struct SoftAndHard {
  NmtModel soft, hard;
  TensorBatch batch;
};
SoftAndHard soft_and_hard(HardAttention kind) {
  ModelConfig hard_config = tiny();
  hard_config.attention.hard = kind;
  return {make_model(tiny()), make_model(hard_config),
          make_tensor_batch(sentences({4, 6}, kSrcVocab, 1), sentences({5, 3}, kTrgVocab, 2), {0, 1}, torch::kCPU)};
}

// Hard attention, exact: the output is sum_j alpha_j p(y | s, y_prev, c = h_j), each term what a
// soft model with the same parameters gives when its attention is forced onto position j alone;
// with one position (top 1, as decode.hard_argmax decodes) it is the most-attended position's.
// The encoder runs its own recurrence over the padded batch with torch::nn::GRU's / LSTM's
// parameters: the annotations, <-h_1 and every gradient must equal LibTorch's packed RNN.
class EncoderCell : public ::testing::TestWithParam<CellType> {};

TEST_P(EncoderCell, RecurrenceEqualsLibTorchsPackedRnn) {
  torch::manual_seed(3);
  EncoderConfig config;
  config.cell = GetParam();
  config.embedding_size = 5;
  config.hidden_size = 4;
  config.layers = 2;
  Encoder encoder(config, 12);
  encoder->to(torch::kDouble);
  encoder->eval();
  const auto src = torch::tensor({{5, 6, 7, kEosId}, {8, kEosId, kPadId, kPadId}, {9, 10, kEosId, kPadId}});
  const auto lengths = torch::tensor({4, 2, 3});
  const auto embedded = encoder->embed(src).detach().requires_grad_(true);
  const EncoderOutput out = encoder->forward(src, lengths, embedded);

  // The reference: the same parameters in LibTorch's own module, on packed sequences.
  std::shared_ptr<torch::nn::Module> reference;
  if (config.cell == CellType::gru)
    reference = torch::nn::GRU(torch::nn::GRUOptions(5, 4).num_layers(2).bidirectional(true).batch_first(true)).ptr();
  else
    reference = torch::nn::LSTM(torch::nn::LSTMOptions(5, 4).num_layers(2).bidirectional(true).batch_first(true)).ptr();
  reference->to(torch::kDouble);
  {
    torch::NoGradGuard no_grad;
    for (auto& p : reference->named_parameters()) p.value().copy_(encoder->named_parameters()["rnn." + p.key()]);
  }
  const auto embedded_ref = embedded.detach().clone().requires_grad_(true);
  const auto packed = torch::nn::utils::rnn::pack_padded_sequence(embedded_ref, lengths, true, false);
  auto padded = [](const torch::nn::utils::rnn::PackedSequence& p) {
    return std::get<0>(torch::nn::utils::rnn::pad_packed_sequence(p, true, 0.0, 4));
  };
  torch::Tensor annotations, h_n;
  if (auto gru = std::dynamic_pointer_cast<torch::nn::GRUImpl>(reference)) {
    auto [gru_out, final_h] = gru->forward_with_packed_input(packed);
    annotations = padded(gru_out);
    h_n = final_h;
  } else {
    auto [lstm_out, states] = std::dynamic_pointer_cast<torch::nn::LSTMImpl>(reference)->forward_with_packed_input(packed);
    annotations = padded(lstm_out);
    h_n = std::get<0>(states);
  }
  EXPECT_TRUE(torch::allclose(out.annotations, annotations, 1e-12, 1e-12));
  EXPECT_TRUE(torch::allclose(out.backward_first, h_n[3], 1e-12, 1e-12));

  // Gradients of one random functional of both outputs, by the embeddings and every weight.
  const auto probe_a = torch::randn_like(annotations), probe_h = torch::randn_like(h_n[3]);
  ((out.annotations * probe_a).sum() + (out.backward_first * probe_h).sum()).backward();
  ((annotations * probe_a).sum() + (h_n[3] * probe_h).sum()).backward();
  EXPECT_TRUE(torch::allclose(embedded.grad(), embedded_ref.grad(), 1e-10, 1e-12));
  for (const auto& p : reference->named_parameters()) {
    const auto mine = encoder->named_parameters()["rnn." + p.key()].grad();
    EXPECT_TRUE(torch::allclose(mine, p.value().grad(), 1e-10, 1e-12)) << p.key();
  }
}

INSTANTIATE_TEST_SUITE_P(Cells, EncoderCell, ::testing::Values(CellType::gru, CellType::lstm),
                         [](const auto& info) { return std::string(to_string(info.param)); });

// Without gradients a GRU encoder runs its recurrent product on a packed weight with a float32
// state (translation and validation): in float32 it equals the training recurrence; for a
// bfloat16 model it stays within bfloat16's rounding of the float32 model, no further off than
// the training recurrence's bfloat16 state.
TEST(Encoder, InferenceRecurrenceEqualsTheTrainingOne) {
  torch::manual_seed(4);
  EncoderConfig config;
  config.embedding_size = 24;
  config.hidden_size = 40;
  config.layers = 2;
  Encoder encoder(config, 30);
  encoder->eval();
  const auto src = torch::randint(4, 30, {3, 9});
  const auto lengths = torch::tensor({9, 4, 7});
  auto encode = [&](bool grad) {
    torch::AutoGradMode mode(grad);
    const EncoderOutput out = encoder->forward(src, lengths);
    return std::make_pair(out.annotations.detach().to(torch::kFloat), out.backward_first.detach().to(torch::kFloat));
  };
  const auto [trained, trained_h] = encode(true);
  const auto [inferred, inferred_h] = encode(false);
  EXPECT_TRUE(torch::allclose(inferred, trained, 1e-5, 1e-5)) << (inferred - trained).abs().max().item<float>();
  EXPECT_TRUE(torch::allclose(inferred_h, trained_h, 1e-5, 1e-5));

  encoder->to(torch::kBFloat16);
  const auto [low_trained, low_trained_h] = encode(true);
  const auto [low_inferred, low_inferred_h] = encode(false);
  const float off = (low_inferred - trained).abs().max().item<float>();
  EXPECT_LT(off, 0.03);
  EXPECT_LE(off, (low_trained - trained).abs().max().item<float>());
  EXPECT_LT((low_inferred_h - trained_h).abs().max().item<float>(), 0.03);
}

// For search the encoder reads its first layer's input projections from a table of every source
// piece's (input_table): the same annotations and final state as forward(), GRU and LSTM, one and
// two layers, padding included; no table where it would exceed the size allowed.
TEST(Encoder, InputTableEqualsTheProducts) {
  torch::NoGradGuard no_grad;
  for (const CellType cell : {CellType::gru, CellType::lstm}) {
    for (const int layers : {1, 2}) {
      SCOPED_TRACE(::testing::Message() << to_string(cell) << ", " << layers << " layers");
      torch::manual_seed(5);
      EncoderConfig config;
      config.cell = cell;
      config.embedding_size = 24;
      config.hidden_size = 40;
      config.layers = layers;
      Encoder encoder(config, 30);
      encoder->eval();
      for (auto& p : encoder->parameters()) p.uniform_(-0.5, 0.5);
      const int64_t gates = (cell == CellType::gru ? 3 : 4) * config.hidden_size;
      const auto table = encoder->input_table(int64_t{1} << 20);
      ASSERT_TRUE(table.defined());
      EXPECT_EQ(table.sizes(), (torch::IntArrayRef{2, 30, gates}));
      EXPECT_FALSE(encoder->input_table(2 * 30 * gates * 4 - 1).defined());
      auto src = torch::randint(4, 30, {3, 9});
      src[1].slice(0, 4).fill_(kPadId);
      src[2].slice(0, 7).fill_(kPadId);
      const auto lengths = torch::tensor({9, 4, 7});
      const EncoderOutput products = encoder->forward(src, lengths);
      const EncoderOutput read = encoder->forward_from_table(src, lengths, table);
      EXPECT_TRUE(torch::allclose(read.annotations, products.annotations, 1e-6, 1e-6))
          << (read.annotations - products.annotations).abs().max().item<float>();
      EXPECT_TRUE(torch::allclose(read.backward_first, products.backward_first, 1e-6, 1e-6));
      EXPECT_TRUE(torch::equal(read.mask, products.mask));
    }
  }
}

TEST(Model, HardAttentionMarginalisesOverPositions) {
  auto [soft, hard, batch] = soft_and_hard(HardAttention::exact);
  torch::NoGradGuard no_grad;
  Encoded e = hard->encode(batch.src, batch.src_lengths);
  const auto prev = batch.trg_in.select(1, 0);
  const StepOutput out = hard->step(prev, e.state, e.memory);  // [B, V], attention [B, S]
  const int64_t s = e.memory.mask.size(1);
  torch::Tensor expected = torch::zeros_like(out.log_probs);
  std::vector<torch::Tensor> per_position;
  for (int64_t j = 0; j < s; ++j) {
    AttentionMemory forced = e.memory;
    forced.forced_weights = torch::zeros({2, s});
    forced.forced_weights.select(1, j).fill_(1.0);
    per_position.push_back(soft->step(prev, e.state, forced).log_probs);
    expected += out.attention.select(1, j).unsqueeze(1) * per_position.back().exp();
  }
  EXPECT_TRUE(torch::allclose(out.log_probs, expected.log(), 1e-5, 1e-6));
  AttentionMemory argmax = e.memory;
  argmax.hard_top_k = 1;
  const StepOutput top = hard->step(prev, e.state, argmax);
  const auto best = out.attention.argmax(1);
  for (int64_t b = 0; b < 2; ++b)
    EXPECT_TRUE(torch::allclose(top.log_probs[b], per_position[static_cast<std::size_t>(best[b].item<int64_t>())][b], 1e-5, 1e-6));
}

// A tiny hard-attention model trained by sampling, its additive score's v_a scaled up so that its
// attention is far from uniform.
NmtModel sharp_reinforce_model() {
  ModelConfig c = tiny();
  c.attention.hard = HardAttention::reinforce;
  c.init_scale = 0.5;
  NmtModel model = make_model(c);
  torch::NoGradGuard no_grad;
  model->decoder->named_parameters()["attention.score_proj.weight"].mul_(30);
  return model;
}

// Hard attention trained by sampling reads the positions it is given: position j at every step is
// the soft model with its attention forced onto j, and -1 (the expectation) is the soft model.
TEST(Model, ReinforceReadsTheGivenPositions) {
  auto [soft, hard, batch] = soft_and_hard(HardAttention::reinforce);
  torch::NoGradGuard no_grad;
  const int64_t steps = batch.trg_in.size(1), s = batch.src.size(1);
  torch::Tensor soft_attention;
  const auto expected = soft->forward(batch, &soft_attention);
  SampledAttention expectation;
  expectation.positions = torch::full({2, steps}, -1, torch::kInt64);
  EXPECT_TRUE(torch::allclose(hard->forward(batch, nullptr, DecoderOutput::log_probs, nullptr, &expectation), expected,
                              1e-5, 1e-6));
  EXPECT_EQ(expectation.log_prob.abs().max().item<double>(), 0.0);
  const auto entropy = -(soft_attention * soft_attention.clamp_min(1e-30).log()).sum(-1);
  EXPECT_TRUE(torch::allclose(expectation.entropy, entropy, 1e-5, 1e-6));
  for (int64_t j = 0; j < 4; ++j) {  // within both sentences
    SampledAttention at_j;
    at_j.positions = torch::full({2, steps}, j, torch::kInt64);
    const auto log_probs = hard->forward(batch, nullptr, DecoderOutput::log_probs, nullptr, &at_j);
    Encoded e = soft->encode(batch.src, batch.src_lengths);
    e.memory.forced_weights = torch::zeros({2, s});
    e.memory.forced_weights.select(1, j).fill_(1.0);
    EXPECT_TRUE(torch::allclose(log_probs, soft->decoder->forward(batch.trg_in, e.memory, e.state), 1e-5, 1e-6)) << j;
    // The first step's weights do not depend on the positions read: log alpha_1(j) of the soft model.
    EXPECT_TRUE(torch::allclose(at_j.log_prob.select(1, 0), soft_attention.select(1, 0).select(1, j).log(), 1e-5, 1e-6));
  }
}

// Sampling: positions follow alpha_t (the first step's frequencies over many copies of a sentence),
// never padding, and a sentence reads the expectation (-1 at every step) with the given probability.
TEST(Model, ReinforceSamplesPositionsFromTheAttention) {
  NmtModel model = sharp_reinforce_model();
  torch::NoGradGuard no_grad;
  const int64_t n = 4000;
  const auto src = sentences({4, 2}, kSrcVocab, 1), trg = sentences({3, 3}, kTrgVocab, 2);
  std::vector<std::vector<int32_t>> srcs, trgs;
  for (int64_t i = 0; i < n; ++i) {
    srcs.push_back(src[static_cast<std::size_t>(i % 2)]);
    trgs.push_back(trg[static_cast<std::size_t>(i % 2)]);
  }
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  const TensorBatch batch = make_tensor_batch(srcs, trgs, order, torch::kCPU);
  torch::Tensor attention;
  model->forward(batch, &attention);
  torch::manual_seed(5);
  SampledAttention sampled;
  sampled.expectation = 0.25;
  model->forward(batch, nullptr, DecoderOutput::log_probs, nullptr, &sampled);
  const auto expected_rows = sampled.positions.select(1, 0).lt(0);
  EXPECT_TRUE(torch::equal(sampled.positions.lt(0), expected_rows.unsqueeze(1).expand_as(sampled.positions)));
  EXPECT_NEAR(expected_rows.to(torch::kDouble).mean().item<double>(), 0.25, 0.03);
  EXPECT_TRUE(torch::equal(sampled.log_prob.ne(0), expected_rows.logical_not().unsqueeze(1).expand_as(sampled.log_prob)));
  const auto short_rows = torch::arange(n).remainder(2).eq(1);
  EXPECT_EQ(sampled.positions.index({short_rows}).max().item<int64_t>(), 2);  // 2 words + EOS
  for (int64_t parity = 0; parity < 2; ++parity) {
    const auto rows = torch::arange(n).remainder(2).eq(parity).logical_and(expected_rows.logical_not());
    const auto first = sampled.positions.select(1, 0).index({rows});
    const auto frequency = torch::bincount(first, {}, batch.src.size(1)).to(torch::kDouble) / first.size(0);
    const auto alpha = attention.select(1, 0)[parity].to(torch::kDouble);
    EXPECT_LT((frequency - alpha).abs().max().item<double>(), 0.04) << frequency << alpha;
    EXPECT_GT(alpha.max().item<double>(), 2.0 / batch.src.size(1)) << alpha;  // far from uniform
  }
  SampledAttention never;
  never.expectation = 0.0;
  model->forward(batch, nullptr, DecoderOutput::log_probs, nullptr, &never);
  EXPECT_GE(never.positions.min().item<int64_t>(), 0);
}

// Xu et al.'s estimator is unbiased: averaged over many sampled sequences of positions, the
// gradient of the NLL at the sampled positions plus that of the REINFORCE term is the exact
// gradient of -E_j[log p(y | j)], computed by enumerating every sequence (3 positions, 3 steps).
TEST(Model, ReinforceEstimatesTheExactGradient) {
  NmtModel model = sharp_reinforce_model();
  const auto src = sentences({2}, kSrcVocab, 1), trg = sentences({2}, kTrgVocab, 2);  // S = T = 3
  const auto copies = [&](int64_t n) {
    std::vector<std::size_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    return make_tensor_batch(std::vector<std::vector<int32_t>>(n, src[0]), std::vector<std::vector<int32_t>>(n, trg[0]),
                             order, torch::kCPU);
  };
  const auto token_log_probs = [](const torch::Tensor& log_probs, const TensorBatch& b) {
    return log_probs.gather(-1, b.trg_out.unsqueeze(-1)).squeeze(-1);  // [B, T], no padding here
  };
  // The attention's own parameters (v_a, W_a, U_a) learn only through the REINFORCE term: the
  // sampled contexts do not depend on them.
  std::vector<torch::Tensor> params, attention_params;
  for (const auto& p : model->named_parameters())
    (p.key().rfind("decoder.attention.", 0) == 0 ? attention_params : params).push_back(p.value());
  const int64_t split = static_cast<int64_t>(params.size());
  params.insert(params.end(), attention_params.begin(), attention_params.end());
  // Gradients of the other parameters and of the attention's, each flattened.
  const auto flat_gradient = [&](const torch::Tensor& loss) {
    std::vector<torch::Tensor> flat;
    const auto grads = torch::autograd::grad({loss}, params, {}, false, false, true);
    for (std::size_t i = 0; i < grads.size(); ++i)
      flat.push_back(grads[i].defined() ? grads[i].reshape(-1) : torch::zeros({params[i].numel()}));
    const auto all = torch::cat(flat).to(torch::kDouble);
    int64_t before = 0;
    for (int64_t i = 0; i < split; ++i) before += params[static_cast<std::size_t>(i)].numel();
    return std::pair{all.slice(0, 0, before), all.slice(0, before)};
  };
  const auto relative_error = [](const torch::Tensor& estimate, const torch::Tensor& exact) {
    return ((estimate - exact).norm() / exact.norm()).item<double>();
  };
  // Exact: all 27 sequences of positions in one batch, weighted by p(j) = prod_t alpha_t(j_t).
  const TensorBatch all = copies(27);
  SampledAttention every;
  const auto sequence = torch::arange(27);
  every.positions = torch::stack({sequence.div(9, "floor"), sequence.div(3, "floor").remainder(3), sequence.remainder(3)}, 1);
  const auto log_likelihood =
      token_log_probs(model->forward(all, nullptr, DecoderOutput::log_probs, nullptr, &every), all).sum(1);
  const auto p = every.log_prob.sum(1).exp();
  EXPECT_NEAR(p.sum().item<double>(), 1.0, 1e-5);
  const auto exact = flat_gradient(-(p * log_likelihood).sum());
  const double baseline = (p * log_likelihood).sum().item<double>() / 3;  // per target token
  // Estimated from m samples at once.
  const int64_t m = 50000;
  const TensorBatch many = copies(m);
  torch::manual_seed(11);
  SampledAttention sampled;
  sampled.expectation = 0;
  const auto sampled_log_probs =
      token_log_probs(model->forward(many, nullptr, DecoderOutput::log_probs, nullptr, &sampled), many);
  const auto nll = -sampled_log_probs.sum();
  const auto estimate = flat_gradient((nll + reinforce_term(sampled, sampled_log_probs, many.trg_mask, baseline, 1.0, 0.0)) / m);
  const double error = relative_error(estimate.first, exact.first);
  const double attention_error = relative_error(estimate.second, exact.second);
  RecordProperty("relative_error", fmt::format("{:.4f} (attention {:.4f})", error, attention_error));
  EXPECT_GT(exact.second.norm().item<double>(), 0.0);
  EXPECT_LT(error, 0.05);
  EXPECT_LT(attention_error, 0.1);
  // Without the score-function term the attention gets no gradient at all.
  torch::manual_seed(11);
  SampledAttention again;
  again.expectation = 0;
  const auto again_log_probs = model->forward(many, nullptr, DecoderOutput::log_probs, nullptr, &again);
  const auto pathwise = flat_gradient(-token_log_probs(again_log_probs, many).sum() / m);
  EXPECT_EQ(pathwise.second.abs().max().item<double>(), 0.0);
}

// Linguistic coverage is carried from step to step: after the sentence it is the attention
// summed over the steps, divided by each word's fertility.
TEST(Model, CoverageSumsTheAttentionOverTheSteps) {
  ModelConfig c = tiny();
  c.attention.coverage = CoverageType::linguistic;
  NmtModel model = make_model(c);
  torch::NoGradGuard no_grad;
  const TensorBatch batch = make_tensor_batch(sentences({4, 6}, kSrcVocab, 1), sentences({5, 3}, kTrgVocab, 2), {0, 1},
                                              torch::kCPU);
  Encoded e = model->encode(batch.src, batch.src_lengths);
  DecoderState state = e.state;
  torch::Tensor summed = torch::zeros_like(state.coverage);
  for (int64_t t = 0; t < batch.trg_in.size(1); ++t) {
    StepOutput step = model->step(batch.trg_in.select(1, t), state, e.memory);
    summed += step.attention;
    state = step.state;
  }
  EXPECT_TRUE(torch::allclose(state.coverage, summed / e.memory.fertility, 1e-5, 1e-6));
  EXPECT_GT(state.coverage.sum().item<double>(), 0.0);
}

// uniform: every weight within the bound; xavier: unit-variance embeddings, Glorot bounds for matrices.
TEST(Model, InitialisationSchemes) {
  ModelConfig c = tiny();
  c.init_scale = 0.05;
  NmtModel uniform = make_model(c);
  for (const auto& p : uniform->named_parameters()) {
    if (p.key().find("bias") != std::string::npos) EXPECT_EQ(p.value().abs().max().item<double>(), 0.0) << p.key();
    else EXPECT_LE(p.value().abs().max().item<double>(), 0.05) << p.key();
  }
  c.init = InitType::xavier;
  NmtModel xavier = make_model(c);
  const auto params = xavier->named_parameters();
  const auto& embedding = params["encoder.embedding.weight"];
  EXPECT_GT(embedding.std().item<double>(), 0.7);
  EXPECT_EQ(embedding[kPadId].abs().sum().item<double>(), 0.0) << "padding stays 0";
  const auto& w = params["decoder.output_weight"];  // [V, R]
  const double bound = std::sqrt(6.0 / static_cast<double>(w.size(0) + w.size(1)));
  EXPECT_LE(w.abs().max().item<double>(), bound);
  EXPECT_GT(w.abs().max().item<double>(), 0.8 * bound);
}

TEST(Model, TiedEmbeddingsShareOneMatrix) {
  ModelConfig c = tiny();
  c.decoder.tie_embeddings = true;
  c.decoder.maxout_size = 0;
  NmtModel model = make_model(c);
  EXPECT_EQ(model->decoder->named_parameters().find("output_weight"), nullptr);
  c.decoder.maxout_size = 4;  // readout 4 != embedding 6
  EXPECT_THROW(NmtModel(c, kSrcVocab, kTrgVocab), ConfigError);
}

// The fused loss equals log_softmax + sequence_loss, value and gradient, with and without smoothing.
TEST(Loss, FusedCrossEntropyMatchesTheReference) {
  torch::manual_seed(5);
  const auto targets = torch::randint(0, 7, {3, 4}, torch::kInt64);
  auto mask = torch::ones({3, 4}, torch::kBool);
  mask[2][3] = false;
  mask[1][2] = false;
  for (const double eps : {0.0, 0.1}) {
    const auto logits = torch::randn({3, 4, 7}, torch::kFloat64).requires_grad_(true);
    const auto reference = sequence_loss(torch::log_softmax(logits, -1), targets, mask, eps);
    reference.loss.backward();
    const auto expected = logits.grad().clone();
    logits.mutable_grad().zero_();
    const auto fused = smoothed_cross_entropy(logits, targets, mask, eps);
    fused.loss.backward();
    EXPECT_NEAR(fused.loss.item<double>(), reference.loss.item<double>(), 1e-12) << eps;
    EXPECT_NEAR(fused.nll.item<double>(), reference.nll.item<double>(), 1e-12) << eps;
    EXPECT_TRUE(torch::allclose(logits.grad(), expected, 1e-12, 1e-12)) << eps;
    EXPECT_EQ(logits.grad()[2][3].abs().sum().item<double>(), 0.0) << "padding gets no gradient";
  }
}

// The row kernel (float32 and bfloat16 logits, a vocabulary not a multiple of 8, padding rows)
// against the float64 reference on the same logits; the gradient comes in the logits' type.
TEST(Loss, RowKernelMatchesTheReferenceInFloatAndBfloat) {
  torch::manual_seed(6);
  const int64_t v = 1003;
  const auto targets = torch::randint(0, v, {5, 6}, torch::kInt64);
  auto mask = torch::ones({5, 6}, torch::kBool);
  mask[4].slice(0, 3).fill_(false);
  for (const auto type : {torch::kFloat, torch::kBFloat16}) {
    for (const double eps : {0.0, 0.1}) {
      SCOPED_TRACE(::testing::Message() << type << ", eps " << eps);
      const auto logits = torch::randn({5, 6, v}).mul_(3).to(type).requires_grad_(true);
      const auto exact = logits.detach().to(torch::kDouble).requires_grad_(true);
      const auto reference = sequence_loss(torch::log_softmax(exact, -1), targets, mask, eps);
      (reference.loss * 0.25).backward();
      const auto fused = smoothed_cross_entropy(logits, targets, mask, eps);
      EXPECT_EQ(fused.loss.scalar_type(), torch::kFloat);
      (fused.loss * 0.25).backward();
      EXPECT_NEAR(fused.loss.item<double>(), reference.loss.item<double>(), 1e-5 * reference.loss.item<double>());
      EXPECT_NEAR(fused.nll.item<double>(), reference.nll.item<double>(), 1e-5 * reference.nll.item<double>());
      ASSERT_EQ(logits.grad().scalar_type(), type);
      const double tolerance = type == torch::kFloat ? 1e-6 : 4e-3 * exact.grad().abs().max().item<double>();
      EXPECT_LT((logits.grad().to(torch::kDouble) - exact.grad()).abs().max().item<double>(), tolerance);
      EXPECT_EQ(logits.grad()[4].slice(0, 3).abs().sum().item<double>(), 0.0) << "padding gets no gradient";
    }
  }
}

// output_cross_entropy against linear and the loss in float64 on the same values: float32 and
// bfloat16 x (bfloat16 as training under autocast has it: x in bfloat16, weight and bias float32),
// sizes no padding rule divides (rows, inputs and vocabulary padded in bfloat16), with and without
// a bias, with and without smoothing, padding rows; the gradients in their inputs' types.
TEST(Loss, OutputLayerLossMatchesTheLayerThenTheLoss) {
  torch::manual_seed(7);
  const int64_t n = 37, k = 13, v = 203;
  const auto targets = torch::randint(0, v, {n}, torch::kInt64);
  auto weights = torch::ones({n});
  weights.slice(0, 30).zero_();
  for (const auto type : {torch::kFloat, torch::kBFloat16}) {
    for (const bool with_bias : {true, false}) {
      for (const double eps : {0.0, 0.1}) {
        SCOPED_TRACE(::testing::Message() << type << ", bias " << with_bias << ", eps " << eps);
        const auto x = torch::randn({n, k}).to(type).requires_grad_(true);
        const auto w = torch::randn({v, k}).mul_(0.5).requires_grad_(true);
        const auto b = with_bias ? torch::randn({v}).requires_grad_(true) : torch::Tensor();
        const auto [loss, nll] = output_cross_entropy(x, w, b, targets, weights, eps);
        EXPECT_EQ(loss.scalar_type(), torch::kFloat);
        (loss * 0.25).backward();
        // The reference: the products on the values the layer multiplies (w rounded to x's type).
        const auto x64 = x.detach().to(torch::kDouble).requires_grad_(true);
        const auto w64 = w.detach().to(type).to(torch::kDouble).requires_grad_(true);
        const auto b64 = with_bias ? b.detach().to(torch::kDouble).requires_grad_(true) : torch::Tensor();
        const auto logits = torch::nn::functional::linear(x64, w64, b64).view({1, n, v});
        const auto reference =
            sequence_loss(torch::log_softmax(logits, -1), targets.view({1, n}), weights.gt(0).view({1, n}), eps);
        (reference.loss * 0.25).backward();
        // bfloat16: the logits come rounded to bfloat16 from the product (the bias is added after, in
        // float32); the gradient over the vocabulary is rounded before the backward products.
        const double relative = type == torch::kFloat ? 1e-5 : 5e-3;
        EXPECT_NEAR(loss.item<double>(), reference.loss.item<double>(), relative * reference.loss.item<double>());
        EXPECT_NEAR(nll.item<double>(), reference.nll.item<double>(), relative * reference.nll.item<double>());
        ASSERT_EQ(x.grad().scalar_type(), type);
        ASSERT_EQ(w.grad().scalar_type(), torch::kFloat);
        ASSERT_EQ(x.grad().sizes(), x.sizes());
        ASSERT_EQ(w.grad().sizes(), w.sizes());
        const double gradient_relative = type == torch::kFloat ? 1e-5 : 2e-2;
        auto close = [&](const torch::Tensor& mine, const torch::Tensor& exact) {
          return (mine.to(torch::kDouble) - exact).abs().max().item<double>() <=
                 gradient_relative * exact.abs().max().item<double>();
        };
        EXPECT_TRUE(close(x.grad(), x64.grad())) << "dx";
        EXPECT_TRUE(close(w.grad(), w64.grad())) << "dW";
        if (with_bias) {
          ASSERT_EQ(b.grad().scalar_type(), torch::kFloat);
          EXPECT_TRUE(close(b.grad(), b64.grad())) << "db";
        }
        EXPECT_EQ(x.grad().slice(0, 30).abs().sum().item<double>(), 0.0) << "padding rows get no gradient";
      }
    }
  }
}

// Where bfloat16 products run on oneDNN's matmul, output_cross_entropy makes the logits a group of
// rows at a time (kLossGroupRows, 256) as float32 sums it rounds itself: the same bits as the
// whole product's bfloat16 result (RNNSEARCH_LOSS_GROUPS=0), so the same loss and gradients, over
// three groups (the last partial, padding rows after it), a bias, unweighted rows in each group.
TEST(Loss, OutputLayerLossInRowGroupsEqualsTheWholeProduct) {
  if (!cpu_has_native_bf16() || cpu_has_amx_bf16())
    GTEST_SKIP() << "bfloat16 products do not run on oneDNN's matmul on this CPU";
  torch::manual_seed(11);
  const int64_t n = 600, k = 40, v = 1003;
  const auto targets = torch::randint(0, v, {n}, torch::kInt64);
  auto weights = torch::ones({n});
  for (const int64_t r : {3, 255, 256, 300, 599}) weights[r] = 0;
  const auto x0 = torch::randn({n, k}).to(torch::kBFloat16);
  const auto w0 = torch::randn({v, k}).mul_(0.3), b0 = torch::randn({v});
  auto run = [&](bool groups) {
    if (groups)
      unsetenv("RNNSEARCH_LOSS_GROUPS");
    else
      setenv("RNNSEARCH_LOSS_GROUPS", "0", 1);
    const auto x = x0.clone().requires_grad_(true);
    const auto w = w0.clone().requires_grad_(true), b = b0.clone().requires_grad_(true);
    const auto [loss, nll] = output_cross_entropy(x, w, b, targets, weights, 0.1);
    (loss * 0.5).backward();
    unsetenv("RNNSEARCH_LOSS_GROUPS");
    return std::vector<torch::Tensor>{loss.detach(), nll.detach(), x.grad(), w.grad(), b.grad()};
  };
  const auto whole = run(false), grouped = run(true);
  const char* names[] = {"loss", "nll", "dx", "dW", "db"};
  for (std::size_t i = 0; i < whole.size(); ++i) EXPECT_TRUE(torch::equal(whole[i], grouped[i])) << names[i];
  EXPECT_EQ(grouped[2][599].abs().sum().item<double>(), 0.0) << "an unweighted row gets no gradient";
}

// A NaN or infinite logit (a diverged model) makes the loss NaN, which the trainer detects and
// skips; the kernel itself stays defined (the sanitizer build checks its exponent arithmetic).
TEST(Loss, RowKernelTurnsNonFiniteLogitsIntoANanLoss) {
  const auto targets = torch::tensor({1, 2}, torch::kInt64).view({1, 2});
  const auto mask = torch::ones({1, 2}, torch::kBool);
  for (const auto type : {torch::kFloat, torch::kBFloat16}) {
    for (const float bad : {std::nanf(""), std::numeric_limits<float>::infinity()}) {
      SCOPED_TRACE(::testing::Message() << type << ", " << bad);
      auto values = torch::randn({1, 2, 19});
      values[0][1][5] = bad;
      const auto logits = values.to(type).requires_grad_(true);
      const auto fused = smoothed_cross_entropy(logits, targets, mask, 0.1);
      EXPECT_TRUE(std::isnan(fused.loss.item<float>()));
      fused.loss.backward();
      EXPECT_TRUE(torch::isfinite(logits.grad()[0][0]).all().item<bool>()) << "a finite row keeps its gradient";
    }
  }
}

TEST(Loss, LabelSmoothingComputedByHand) {
  // One target position, V = 4: p = (0.1, 0.2, 0.3, 0.4), target 2.
  const auto log_probs = torch::log(torch::tensor({0.1, 0.2, 0.3, 0.4}, torch::kFloat64)).view({1, 1, 4});
  const auto targets = torch::tensor({{2}});
  const auto mask = torch::tensor({{true}});
  const LossOutput plain = sequence_loss(log_probs, targets, mask, 0.0);
  EXPECT_NEAR(plain.loss.item<double>(), -std::log(0.3), 1e-12);
  const LossOutput smoothed = sequence_loss(log_probs, targets, mask, 0.1);
  const double uniform = -(std::log(0.1) + std::log(0.2) + std::log(0.3) + std::log(0.4)) / 4;
  EXPECT_NEAR(smoothed.loss.item<double>(), 0.9 * -std::log(0.3) + 0.1 * uniform, 1e-12);
  EXPECT_NEAR(smoothed.nll.item<double>(), -std::log(0.3), 1e-12);
  // Masked positions do not count.
  const auto two = torch::cat({log_probs, log_probs}, 1);
  EXPECT_NEAR(sequence_loss(two, torch::tensor({{2, 0}}), torch::tensor({{true, false}}), 0.0).loss.item<double>(),
              -std::log(0.3), 1e-12);
}

// The model learns a tiny corpus by heart: greedy search then returns the references.
TEST(Model, OverfitsATinyCorpus) {
  torch::set_num_threads(1);
  ModelConfig c = tiny();
  c.encoder.hidden_size = 16;
  c.decoder.hidden_size = 24;
  c.attention.hidden_size = 16;
  NmtModel model = make_model(c, 11);
  const auto src = sentences({3, 5, 4, 6, 2, 5}, kSrcVocab, 7);
  const auto trg = sentences({4, 3, 5, 6, 3, 4}, kTrgVocab, 8);
  const Batch all = {0, 1, 2, 3, 4, 5};
  const TensorBatch batch = make_tensor_batch(src, trg, all, torch::kCPU);
  TrainConfig tc;
  tc.learning_rate = 0.02;
  Optimizer optimizer(model->named_parameters(), tc);
  model->train();
  double first = 0, last = 0;
  for (int step = 0; step < 150; ++step) {
    optimizer.zero_grad();
    const auto loss = sequence_loss(model->forward(batch), batch.trg_out, batch.trg_mask, 0.0).loss / batch.target_tokens;
    loss.backward();
    optimizer.step(tc.learning_rate);
    (step == 0 ? first : last) = loss.item<double>();
  }
  EXPECT_LT(last, 0.05 * first);
  model->eval();
  NmtStepModel step_model(model, batch);
  const auto hyps = greedy_search(step_model, max_output_lengths(source_lengths(batch), 2.0, 5), SearchOptions{});
  for (std::size_t k = 0; k < all.size(); ++k) EXPECT_EQ(hyps[k].tokens, trg[k]) << "sentence " << k;
}

TEST(Checkpoint, SaveLoadGivesIdenticalLogitsAndState) {
  testing::TempDir dir;
  NmtModel model = make_model(tiny(), 21);
  Checkpoint c;
  c.trainer.step = 42;
  c.trainer.best_metric = 1.25;
  c.config_yaml = "data: {train: x}\n";
  c.vocab_files["vocab.joint.spm"] = std::string("\0binary\xff", 8);
  c.optimizer["first/x"] = torch::arange(3.0);
  save_checkpoint(dir.file("a.ckpt"), *model, c);

  NmtModel other = make_model(tiny(), 99);
  const Checkpoint back = load_checkpoint(dir.file("a.ckpt"), other.get());
  const auto src = sentences({4, 2}, kSrcVocab, 1);
  const auto trg = sentences({3, 5}, kTrgVocab, 2);
  const TensorBatch batch = make_tensor_batch(src, trg, {0, 1}, torch::kCPU);
  torch::NoGradGuard no_grad;
  EXPECT_TRUE(torch::equal(model->forward(batch), other->forward(batch)));
  EXPECT_EQ(back.trainer.step, 42);
  EXPECT_EQ(back.trainer.best_metric, 1.25);
  EXPECT_EQ(back.config_yaml, c.config_yaml);
  EXPECT_EQ(back.vocab_files.at("vocab.joint.spm"), c.vocab_files["vocab.joint.spm"]);
  EXPECT_TRUE(torch::equal(back.optimizer.at("first/x"), torch::arange(3.0)));
}

TEST(Checkpoint, TruncatedOrForeignFileIsAUserErrorNamingIt) {
  testing::TempDir dir;
  NmtModel model = make_model(tiny());
  save_checkpoint(dir.file("a.ckpt"), *model, Checkpoint{});
  const std::string bytes = testing::read_text(dir.file("a.ckpt"));
  testing::write_text(dir.file("cut.ckpt"), bytes.substr(0, bytes.size() * 2 / 3));
  testing::write_text(dir.file("text.ckpt"), "hello");
  for (const char* name : {"cut.ckpt", "text.ckpt", "missing.ckpt"}) {
    try {
      load_checkpoint(dir.file(name), model.get());
      ADD_FAILURE() << name << " loaded";
    } catch (const UserError& e) {
      EXPECT_NE(std::string(e.what()).find(dir.file(name)), std::string::npos) << e.what();
    }
  }
  // A checkpoint of another architecture does not load into this model.
  ModelConfig bigger = tiny();
  bigger.decoder.hidden_size = 9;
  NmtModel other = make_model(bigger);
  EXPECT_THROW(load_checkpoint(dir.file("a.ckpt"), other.get()), UserError);
}

// Checkpoints are checked and parsed in chunks from disk: a file of several 4 MiB chunks loads,
// a damaged byte in its last chunk is still caught, and a version-1 file (a bare archive, no
// header line) still loads.
TEST(Checkpoint, LargeFilesAreCheckedChunkByChunkAndVersionOneStillLoads) {
  testing::TempDir dir;
  torch::manual_seed(5);
  torch::nn::Linear big(1500, 1500);  // 9 MB of parameters
  Checkpoint c;
  c.trainer.step = 7;
  save_checkpoint(dir.file("big.ckpt"), *big, c);
  const std::string bytes = testing::read_text(dir.file("big.ckpt"));
  ASSERT_GT(bytes.size(), std::size_t{8} << 20);  // more than two chunks

  torch::nn::Linear back(1500, 1500);
  CheckpointReader reader(dir.file("big.ckpt"));
  reader.load_parameters(*back);
  EXPECT_EQ(reader.state().trainer.step, 7);
  EXPECT_TRUE(torch::equal(back->weight, big->weight));

  std::string damaged = bytes;
  const std::size_t at = damaged.size() - 300000;  // in the weights' data, in the third chunk
  damaged[at] = static_cast<char>(damaged[at] ^ 1);
  testing::write_text(dir.file("damaged.ckpt"), damaged);
  EXPECT_THROW(CheckpointReader{dir.file("damaged.ckpt")}, UserError);

  testing::write_text(dir.file("v1.ckpt"), bytes.substr(bytes.find('\n') + 1));
  torch::nn::Linear v1(1500, 1500);
  EXPECT_EQ(load_checkpoint(dir.file("v1.ckpt"), v1.get()).trainer.step, 7);
  EXPECT_TRUE(torch::equal(v1->weight, big->weight));
}

// FusedStep is the bahdanau decoder's step() with its products merged: the same log-probabilities,
// attention and states, step after step, with one row per sentence and then with three rows per
// sentence (beam search: the memory read in place, rows reordered), with the embedding table and
// with a product per step instead, with the maxout and the tanh readout, with the rows' contexts
// multiplied per step and with the projected annotations summed (with_context_products, from the
// beam steps on), every parameter random (biases included). Decoders it does not compute get no
// FusedStep.
TEST(FusedStep, EqualsTheDecodersStep) {
  torch::NoGradGuard no_grad;
  for (const bool maxout : {true, false}) {
    for (const int64_t table_bytes : {FusedStep::kMaxTableBytes, int64_t{0}}) {
      for (const auto [context_products, far_keys] : {std::pair{false, false}, {true, false}, {true, true}}) {
        SCOPED_TRACE(::testing::Message() << "maxout " << maxout << ", table limit " << table_bytes
                                          << ", context products " << context_products << ", far keys " << far_keys);
        ModelConfig c = tiny();
        if (!maxout) c.decoder.maxout_size = 0;
        NmtModel model = make_model(c);
        for (auto& p : model->parameters()) p.uniform_(-0.5, 0.5);  // biases too (initialised to 0)
        const auto fused = model->decoder->fused(table_bytes);
        ASSERT_NE(fused, nullptr);
        EXPECT_EQ(fused->uses_table(), table_bytes > 0);
        const TensorBatch batch = make_tensor_batch(sentences({4, 7, 2}, kSrcVocab, 1), {}, {0, 1, 2}, torch::kCPU);
        Encoded e = model->encode(batch.src, batch.src_lengths);
        // Keys beyond key_exponentials' limit keep the tanh (and the keys).
        if (far_keys) e.memory.keys = e.memory.keys * (2 * kKeyExpLimit);
        AttentionMemory memory = fused->prepare(e.memory);
        EXPECT_NE(memory.key_exps.defined(), far_keys);
        EXPECT_NE(memory.keys.defined(), memory.key_exps.defined());
        DecoderState general = e.state, mine = fused->prepare(e.state);
        auto prev = torch::full({3}, kBosId, torch::kInt64);
        for (int t = 0; t < 6; ++t) {
          if (t == 3) {  // three beams per sentence, in another order
            if (context_products) {
              memory = fused->with_context_products(memory);
              const int64_t pre = model->decoder->named_parameters()["readout_state.weight"].size(0);
              const int64_t width = 3 * c.decoder.hidden_size + pre;
              ASSERT_EQ(memory.context_products.sizes(), (torch::IntArrayRef{3, memory.mask.size(1), width}));
              EXPECT_FALSE(memory.values.defined());  // the step reads the products alone
            }
            const auto rows = torch::tensor({0, 0, 0, 1, 1, 1, 2, 2, 2}, torch::kInt64);
            const auto reorder = torch::tensor({2, 0, 1, 3, 3, 5, 8, 6, 7}, torch::kInt64);
            general = general.select(rows).select(reorder);
            mine = mine.select(rows).select(reorder);
            prev = prev.index_select(0, rows).index_select(0, reorder);
          }
          const StepOutput a = model->step(prev, general, e.memory), b = fused->step(prev, mine, memory);
          EXPECT_TRUE(torch::allclose(b.log_probs, a.log_probs, 1e-5, 1e-5)) << "step " << t;
          EXPECT_TRUE(torch::allclose(b.attention, a.attention, 1e-5, 1e-6)) << "step " << t;
          EXPECT_TRUE(torch::allclose(b.state.layers[0].h, a.state.layers[0].h, 1e-5, 1e-6)) << "step " << t;
          EXPECT_EQ(b.state.step, a.state.step);
          prev = (a.log_probs + torch::rand_like(a.log_probs)).argmax(1);  // varied words, not only the likeliest
          general = a.state;
          mine = b.state;
        }
      }
    }
  }
  // Four greedy steps of `fused` (made from `model`) against the float32 `reference`: results in
  // float32, normalised, attention within 0.01; returns the largest log-probability difference.
  const auto largest_difference = [](NmtModel reference, NmtModel model, const std::shared_ptr<const FusedStep>& fused) {
    EXPECT_NE(fused, nullptr);
    if (!fused) return 0.0;
    const TensorBatch batch = make_tensor_batch(sentences({4, 7, 2}, kSrcVocab, 1), {}, {0, 1, 2}, torch::kCPU);
    const Encoded e32 = reference->encode(batch.src, batch.src_lengths), e = model->encode(batch.src, batch.src_lengths);
    const AttentionMemory memory = fused->prepare(e.memory);
    DecoderState general = e32.state, mine = fused->prepare(e.state);
    auto prev = torch::full({3}, kBosId, torch::kInt64);
    double largest = 0;
    for (int t = 0; t < 4; ++t) {
      const StepOutput a = reference->step(prev, general, e32.memory), b = fused->step(prev, mine, memory);
      EXPECT_EQ(b.log_probs.scalar_type(), torch::kFloat);
      EXPECT_EQ(b.state.layers[0].h.scalar_type(), torch::kFloat);
      EXPECT_TRUE(torch::allclose(b.log_probs.exp().sum(1), torch::ones({3}), 1e-5, 1e-5));
      largest = std::max(largest, (a.log_probs - b.log_probs).abs().max().item<double>());
      EXPECT_LT((a.attention - b.attention).abs().max().item<double>(), 0.01);
      prev = a.log_probs.argmax(1);
      general = a.state;
      mine = b.state;
    }
    return largest;
  };
  // A bfloat16 model: products in bfloat16, the rest in float32, close to the float32 model.
  {
    NmtModel full = make_model(tiny()), half = make_model(tiny());
    half->to(torch::kBFloat16);
    const double largest = largest_difference(full, half, half->decoder->fused());
    EXPECT_GT(largest, 0) << "no product ran in bfloat16";
    EXPECT_LT(largest, 0.05);
  }
  // int8 products from a float32 model, with and without the embedding table: close to float32.
  // The output layer is scaled up so that the untrained model's log-probabilities are not nearly
  // uniform and show the quantisation.
  for (const int64_t table_bytes : {FusedStep::kMaxTableBytes, int64_t{0}}) {
    NmtModel model = make_model(tiny());
    model->decoder->named_parameters()["output_weight"].mul_(100);
    const auto fused = model->decoder->fused(table_bytes, true);
    EXPECT_EQ(fused && fused->uses_table(), table_bytes > 0);
    const double largest = largest_difference(model, model, fused);
    std::cout << "int8 fused step against float32: largest log-probability difference " << largest << "\n";
    EXPECT_GT(largest, 1e-4) << "no product ran in int8";  // float32's fused step is within 1e-5
    EXPECT_LT(largest, 0.05);
  }
  const std::vector<std::pair<const char*, std::function<void(ModelConfig&)>>> others = {
      {"conditional", [](ModelConfig& c) { c.decoder.type = DecoderType::conditional; }},
      {"luong", [](ModelConfig& c) { c.decoder.type = DecoderType::luong; }},
      {"lstm", [](ModelConfig& c) { c.decoder.cell = CellType::lstm; }},
      {"general score",
       [](ModelConfig& c) {
         c.attention.score = ScoreType::general;
         c.decoder.hidden_size = 2 * c.encoder.hidden_size;
       }},
      {"coverage", [](ModelConfig& c) { c.attention.coverage = CoverageType::linguistic; }},
      {"sparsemax", [](ModelConfig& c) { c.attention.distribution = DistributionType::sparsemax; }},
      {"local window", [](ModelConfig& c) { c.attention.window = WindowType::local_m; }},
      {"hard", [](ModelConfig& c) { c.attention.hard = HardAttention::exact; }}};
  for (const auto& [name, change] : others) {
    ModelConfig c = tiny();
    change(c);
    EXPECT_EQ(make_model(c)->decoder->fused(), nullptr) << name;
  }
}

// PackedLinear is x W^T + b in float32 from products in float32 or bfloat16: against torch's
// linear (in bfloat16: of the bfloat16-rounded inputs), for row counts on both sides of its
// rounding to multiples of 8, odd sizes, with and without bias, from a strided input, and from a
// float32 weight given contiguous, as a transposed view (as training packs W^T for the input's
// gradient) or with its columns apart, which the packing converts and reads as they lie.
TEST(PackedLinear, EqualsTorchsLinear) {
  torch::manual_seed(8);
  const auto bias = torch::randn({53});
  const std::vector<std::pair<std::string, torch::Tensor>> weights = {
      {"contiguous", torch::randn({53, 37})},
      {"transposed view", torch::randn({37, 53}).t()},
      {"columns apart", torch::randn({53, 111}).slice(1, 0, 111, 3)}};
  for (const auto& [layout, weight] : weights) {
    for (const auto type : {torch::kFloat, torch::kBFloat16}) {
      for (const bool with_bias : {true, false}) {
        SCOPED_TRACE(layout);
        const PackedLinear linear(weight, with_bias ? bias : torch::Tensor(), type);
        EXPECT_EQ(linear.out_features(), 53);
        // Rows filling the kernels' row blocks (8, 64) and not; inputs strided (through LibTorch's
        // copy) and contiguous (read in place or copied and rounded by the loops).
        for (const int64_t m : {1, 5, 8, 50, 64, 130}) {
          for (const bool contiguous : {false, true}) {
            SCOPED_TRACE(::testing::Message() << type << (with_bias ? ", bias, " : ", no bias, ") << m << " rows"
                                              << (contiguous ? ", contiguous" : ", strided"));
            const auto x = contiguous ? torch::randn({m, 37}) : torch::randn({m, 74}).slice(1, 0, 74, 2);  // [m, 37]
            const auto rounded = [&](const torch::Tensor& t) { return t.to(type).to(torch::kFloat); };
            const auto expected =
                torch::nn::functional::linear(rounded(x), rounded(weight), with_bias ? bias : torch::Tensor());
            const auto y = linear(x);
            ASSERT_EQ(y.scalar_type(), torch::kFloat);
            ASSERT_EQ(y.sizes(), (torch::IntArrayRef{m, 53}));
            EXPECT_TRUE(torch::allclose(y, expected, 1e-4, 1e-4)) << (y - expected).abs().max();
            // The input already in bfloat16 (read as it is, or copied): the product of the same values.
            if (type == torch::kBFloat16) EXPECT_TRUE(torch::equal(linear(x.to(torch::kBFloat16)), y));
          }
        }
      }
    }
  }
}

// panel_gemm sums each entry as its header says: the bias, then one fused multiply-add per k in
// order. So it equals that loop written with std::fma bit for bit, for every row count (whole
// 6-row blocks and each remainder), a partial last panel, no bias, strided rows, and a part of
// the panels (as the threads take them).
TEST(PanelGemm, EachEntryIsTheBiasThenOneFusedMultiplyAddPerTermInOrder) {
  if (!panel_gemm::available()) GTEST_SKIP() << "no AVX2 and FMA";
  torch::manual_seed(10);
  for (const int64_t n : {16, 37}) {
    for (const int64_t k : {1, 7, 520}) {
      const auto w = torch::randn({n, k}), bias = torch::randn({n});
      std::vector<float> panels(static_cast<size_t>(panel_gemm::packed_floats(n, k)));
      panel_gemm::pack(w.data_ptr<float>(), n, k, panels.data());
      for (const int64_t m : {1, 2, 3, 4, 5, 6, 7, 13, 50}) {
        for (const bool with_bias : {true, false}) {
          SCOPED_TRACE(::testing::Message() << m << " x " << k << " x " << n << (with_bias ? ", bias" : ""));
          const auto x = torch::randn({m, k + 3});  // rows k + 3 floats apart
          const float* b = with_bias ? bias.data_ptr<float>() : nullptr;
          std::vector<float> y(static_cast<size_t>(m * (n + 1)), -1.0f);  // rows n + 1 apart
          const int64_t panel_count = (n + 15) / 16;
          for (int64_t p = 0; p < panel_count; ++p)  // one panel at a time, last first
            panel_gemm::multiply(x.data_ptr<float>(), m, k, k + 3, panels.data(), b, n, y.data(), n + 1,
                                 panel_count - 1 - p, panel_count - p);
          const auto xa = x.accessor<float, 2>();
          const auto wa = w.accessor<float, 2>();
          int64_t unequal = 0;
          for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < n; ++j) {
              float sum = b ? b[j] : 0.0f;
              for (int64_t t = 0; t < k; ++t) sum = std::fma(xa[i][t], wa[j][t], sum);
              unequal += y[static_cast<size_t>(i * (n + 1) + j)] != sum;
            }
            EXPECT_EQ(y[static_cast<size_t>(i * (n + 1) + n)], -1.0f) << "wrote past the last column, row " << i;
          }
          EXPECT_EQ(unequal, 0);
        }
      }
    }
  }
}

// Where PackedLinear runs panel_gemm (AVX2 without AVX-512, K >= 256), its product equals
// torch's linear, and the threads, which split the columns, change no bit of it.
TEST(PackedLinear, PanelProductsEqualTorchsLinearOnAnyThreads) {
  torch::manual_seed(11);
  const auto weight = torch::randn({53, 520}), bias = torch::randn({53});
  const PackedLinear linear(weight, bias, torch::kFloat);
  const bool expected_panels =
      panel_gemm::available() && !cpu_has_bf16_kernels() && std::getenv("RNNSEARCH_PANEL_GEMM") == nullptr;
  EXPECT_EQ(linear.panels(), expected_panels);
  if (!linear.panels()) GTEST_SKIP() << "oneDNN's kernels on this CPU";
  const int threads = at::get_num_threads();
  for (const int64_t m : {1, 50, 130}) {
    SCOPED_TRACE(::testing::Message() << m << " rows");
    const auto x = torch::randn({m, 1040}).slice(1, 0, 1040, 2);  // [m, 520], not contiguous
    at::set_num_threads(1);
    const auto one = linear(x);
    at::set_num_threads(2);
    const auto two = linear(x);
    at::set_num_threads(threads);
    EXPECT_TRUE(torch::equal(one, two));
    const auto expected = torch::nn::functional::linear(x, weight, bias);
    EXPECT_TRUE(torch::allclose(one, expected, 1e-4, 1e-4)) << (one - expected).abs().max();
  }
  // bfloat16 on float32 kernels: the product of the rounded values.
  const PackedLinear low(weight, bias, torch::kBFloat16);
  EXPECT_TRUE(low.panels());
  const auto x = torch::randn({9, 520});
  const auto rounded = [](const torch::Tensor& t) { return t.to(torch::kBFloat16).to(torch::kFloat); };
  const auto expected = torch::nn::functional::linear(rounded(x), rounded(weight), bias);
  EXPECT_TRUE(torch::allclose(low(x), expected, 1e-4, 1e-4)) << (low(x) - expected).abs().max();
}

// int8 PackedLinear in both forms: each weight row quantised with its own scale, the input with
// one scale (and, shifted, one zero point) per call, the integer product scaled back and the bias
// added: against the same quantisation written out with torch's operators, and within a few
// percent of the float32 product. Weight rows of one sign against an input row at its maximum
// give pairs of products as large as each form allows: symmetric values there overflow the 16-bit
// pair sums of oneDNN's kernels on a CPU without VNNI, which is why they do not run there.
TEST(PackedLinear, Int8IsTheScaledProductOfQuantisedValues) {
  torch::manual_seed(9);
  // Rows of very different magnitude: one scale for the whole weight would lose the small rows.
  auto weight = torch::randn({53, 37}) * torch::logspace(-3, 0, 53).unsqueeze(1);
  weight[51].fill_(0.5);
  weight[52].fill_(-0.7);
  const auto bias = torch::randn({53});
  for (const auto form : {PackedLinear::Int8Form::symmetric, PackedLinear::Int8Form::shifted}) {
    const bool shifted = form == PackedLinear::Int8Form::shifted;
    const double weight_limit = shifted ? 63 : 127;
    const auto row_scales = std::get<0>(weight.abs().max(1)).div(weight_limit);
    const auto q_weight = weight.div(row_scales.unsqueeze(1)).round().clamp(-weight_limit, weight_limit);
    for (const bool with_bias : {true, false}) {
      const PackedLinear linear(weight, with_bias ? bias : torch::Tensor(), torch::kChar, form);
      for (const int64_t m : {1, 5, 8, 50, 130}) {
        SCOPED_TRACE(::testing::Message() << (shifted ? "shifted, " : "symmetric, ")
                                          << (with_bias ? "bias, " : "no bias, ") << m << " rows");
        auto x = torch::randn({m, 74}).slice(1, 0, 74, 2);  // [m, 37], not contiguous
        x[0].fill_(x.max().item<float>());
        float scale = 0, zero = 0;
        if (shifted) {
          const float low = std::min(x.min().item<float>(), 0.0f), high = std::max(x.max().item<float>(), 0.0f);
          scale = (high - low) / 255.0f;
          zero = std::round(-low / scale);
        } else {
          scale = x.abs().max().item<float>() / 127.0f;
        }
        const auto q_x = shifted ? x.mul(1.0f / scale).round().add(zero).clamp(0, 255).sub(zero)
                                 : x.mul(1.0f / scale).round().clamp(-127, 127);
        auto expected = torch::mm(q_x, q_weight.t()) * scale * row_scales;
        if (with_bias) expected += bias;
        const auto y = linear(x);
        ASSERT_EQ(y.scalar_type(), torch::kFloat);
        ASSERT_EQ(y.sizes(), (torch::IntArrayRef{m, 53}));
        // Shifted, the zero point's share (up to about 80 here) is taken off in float32 after the
        // scaling: its rounding, not the integer sums, sets the tolerance.
        EXPECT_TRUE(torch::allclose(y, expected, 1e-5, shifted ? 1e-4 : 1e-5)) << (y - expected).abs().max();
        const auto exact = torch::nn::functional::linear(x, weight, with_bias ? bias : torch::Tensor());
        // Against the largest |x_m| |W_n| (Cauchy-Schwarz's bound on the entry), per column: the rows
        // of W differ by 1000x, and one scale for all of W would lose the small ones.
        const auto bound = x.norm(2, 1).max() * weight.norm(2, 1);
        const auto error = ((y - exact).abs() / bound).max().item<double>();
        std::cout << "int8 error " << error << "\n";
        EXPECT_LT(error, 0.01);
      }
    }
  }
}

}  // namespace
}  // namespace rnnsearch
