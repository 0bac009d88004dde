// Typed configuration: one struct per YAML section, defaults in-class.
//
// Each struct lists its keys once, in fields(): key, member, one-line doc and allowed range. That
// list drives reading (unknown keys and wrong types are errors naming the file and dotted key),
// writing the resolved config, and the docs of the shipped configs. Cross-field rules live in
// Config::validate().
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rnnsearch {

// ---------------------------------------------------------------------------------------------
// Closed choices: one name table per enum, used both to parse and to print.

template <class E>
struct EnumNames;  // specialised below: static constexpr std::array<std::pair<E, std::string_view>, N> table

template <class E>
std::string_view to_string(E value) {
  for (const auto& [v, name] : EnumNames<E>::table)
    if (v == value) return name;
  return "?";
}

// A stream prints a closed choice by its name (gtest shows test parameters and values this way).
template <class E, class = decltype(EnumNames<E>::table)>
std::ostream& operator<<(std::ostream& os, E value) {
  return os << to_string(value);
}

template <class E>
std::optional<E> enum_from_string(std::string_view name) {
  for (const auto& [v, n] : EnumNames<E>::table)
    if (n == name) return v;
  return std::nullopt;
}

template <class E>
std::string enum_choices() {
  std::string out;
  for (const auto& [v, name] : EnumNames<E>::table) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

#define RNNSEARCH_ENUM_NAMES(E, N, ...)                                     \
  template <>                                                               \
  struct EnumNames<E> {                                                     \
    static constexpr std::array<std::pair<E, std::string_view>, N> table{ \
        {__VA_ARGS__}};                                                     \
  }

enum class VocabType { unigram, bpe };
RNNSEARCH_ENUM_NAMES(VocabType, 2, {VocabType::unigram, "unigram"}, {VocabType::bpe, "bpe"});

enum class CellType { gru, lstm };
RNNSEARCH_ENUM_NAMES(CellType, 2, {CellType::gru, "gru"}, {CellType::lstm, "lstm"});

enum class DecoderType { bahdanau, conditional, luong };
RNNSEARCH_ENUM_NAMES(DecoderType, 3, {DecoderType::bahdanau, "bahdanau"},
                     {DecoderType::conditional, "conditional"}, {DecoderType::luong, "luong"});

enum class DecoderInit { last, mean, zero };
RNNSEARCH_ENUM_NAMES(DecoderInit, 3, {DecoderInit::last, "last"}, {DecoderInit::mean, "mean"},
                     {DecoderInit::zero, "zero"});

enum class InitType { uniform, xavier };
RNNSEARCH_ENUM_NAMES(InitType, 2, {InitType::uniform, "uniform"}, {InitType::xavier, "xavier"});

enum class ScoreType { additive, dot, scaled_dot, general, location, cosine };
RNNSEARCH_ENUM_NAMES(ScoreType, 6, {ScoreType::additive, "additive"}, {ScoreType::dot, "dot"},
                     {ScoreType::scaled_dot, "scaled_dot"}, {ScoreType::general, "general"},
                     {ScoreType::location, "location"}, {ScoreType::cosine, "cosine"});

enum class DistributionType { softmax, sparsemax, entmax15 };
RNNSEARCH_ENUM_NAMES(DistributionType, 3, {DistributionType::softmax, "softmax"},
                     {DistributionType::sparsemax, "sparsemax"},
                     {DistributionType::entmax15, "entmax15"});

// single: one weight per source position; multi: one per position and annotation feature.
enum class AttentionDimensions { single, multi };
RNNSEARCH_ENUM_NAMES(AttentionDimensions, 2, {AttentionDimensions::single, "single"},
                     {AttentionDimensions::multi, "multi"});

// Coverage (Tu et al. 2016), fed into the additive score: none; linguistic, C_j += alpha_j / Phi_j
// with fertility Phi_j = N sigmoid(U_f h_j); neural, C_j = GRU(C_j; alpha_j, h_j, s).
enum class CoverageType { none, linguistic, neural };
RNNSEARCH_ENUM_NAMES(CoverageType, 3, {CoverageType::none, "none"}, {CoverageType::linguistic, "linguistic"},
                     {CoverageType::neural, "neural"});

// Hard attention: none (the context is the weighted average); exact: each step reads one source
// position j, marginalised exactly, p(y_t) = sum_j alpha_tj p(y_t | s_t, h_j); reinforce: each
// training step reads one sampled position j ~ alpha_t (Xu et al. 2015), trained by REINFORCE,
// and translation marginalises as exact does.
enum class HardAttention { none, exact, reinforce };
RNNSEARCH_ENUM_NAMES(HardAttention, 3, {HardAttention::none, "none"}, {HardAttention::exact, "exact"},
                     {HardAttention::reinforce, "reinforce"});

enum class WindowType { global, local_m, local_p };
RNNSEARCH_ENUM_NAMES(WindowType, 3, {WindowType::global, "global"},
                     {WindowType::local_m, "local_m"}, {WindowType::local_p, "local_p"});

enum class DeviceType { automatic, cpu, cuda };
RNNSEARCH_ENUM_NAMES(DeviceType, 3, {DeviceType::automatic, "auto"}, {DeviceType::cpu, "cpu"},
                     {DeviceType::cuda, "cuda"});

enum class Precision { automatic, float32, bfloat16, int8 };
RNNSEARCH_ENUM_NAMES(Precision, 4, {Precision::automatic, "auto"}, {Precision::float32, "float32"},
                     {Precision::bfloat16, "bfloat16"}, {Precision::int8, "int8"});

enum class OptimizerType { adam, adadelta };
RNNSEARCH_ENUM_NAMES(OptimizerType, 2, {OptimizerType::adam, "adam"},
                     {OptimizerType::adadelta, "adadelta"});

enum class ScheduleType { constant, plateau, inverse_sqrt };
RNNSEARCH_ENUM_NAMES(ScheduleType, 3, {ScheduleType::constant, "constant"},
                     {ScheduleType::plateau, "plateau"},
                     {ScheduleType::inverse_sqrt, "inverse_sqrt"});

enum class StopMetric { loss, ppl, bleu, chrf };
RNNSEARCH_ENUM_NAMES(StopMetric, 4, {StopMetric::loss, "loss"}, {StopMetric::ppl, "ppl"},
                     {StopMetric::bleu, "bleu"}, {StopMetric::chrf, "chrf"});

enum class ScoreMetric { bleu, chrf };
RNNSEARCH_ENUM_NAMES(ScoreMetric, 2, {ScoreMetric::bleu, "bleu"}, {ScoreMetric::chrf, "chrf"});

enum class ScorerType { automatic, builtin, sacrebleu };
RNNSEARCH_ENUM_NAMES(ScorerType, 3, {ScorerType::automatic, "auto"},
                     {ScorerType::builtin, "builtin"}, {ScorerType::sacrebleu, "sacrebleu"});

enum class TokenizeType { tok13a, none };
RNNSEARCH_ENUM_NAMES(TokenizeType, 2, {TokenizeType::tok13a, "13a"}, {TokenizeType::none, "none"});

// sacreBLEU's BLEU smoothing methods (its -s): exp (default), floor, add-k, none.
enum class Smoothing { exp, floor, add_k, none };
RNNSEARCH_ENUM_NAMES(Smoothing, 4, {Smoothing::exp, "exp"}, {Smoothing::floor, "floor"}, {Smoothing::add_k, "add-k"},
                     {Smoothing::none, "none"});

#undef RNNSEARCH_ENUM_NAMES

// Inclusive bounds for a numeric key.
struct Range {
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
};

// ---------------------------------------------------------------------------------------------
// Sections. fields(self, visitor) is the single list of keys; members hold the defaults.

struct VocabConfig {
  VocabType type = VocabType::unigram;
  int size = 8000;
  bool joint = true;
  double character_coverage = 1.0;
  std::int64_t max_sentences = 1000000;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("type", s.type, "SentencePiece algorithm: unigram or bpe");
    v.field("size", s.size, "pieces per model, 4 specials included (a smaller corpus may give fewer)",
            Range{8, 1000000});
    v.field("joint", s.joint, "true: one model for both sides; false: one per side");
    v.field("character_coverage", s.character_coverage,
            "share of characters the model must cover; the rest map to <unk>", Range{0.9, 1.0});
    v.field("max_sentences", s.max_sentences,
            "training sentences sampled to build the model (0 = all)", Range{0, 1e9});
  }
};

struct DataConfig {
  std::string src_lang = "src";
  std::string trg_lang = "trg";
  std::string train;
  std::string dev;
  std::string test;
  std::string alignment;
  int max_len = 100;
  VocabConfig vocab;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("src_lang", s.src_lang, "source suffix: files are PREFIX.src_lang or PREFIX.src_lang.gz");
    v.field("trg_lang", s.trg_lang, "target suffix: files are PREFIX.trg_lang or PREFIX.trg_lang.gz");
    v.field("train", s.train, "training corpus prefix (required), relative to the working directory");
    v.field("dev", s.dev, "validation corpus prefix (empty = no validation)");
    v.field("test", s.test, "test corpus prefix (empty = none)");
    v.field("alignment", s.alignment,
            "word alignments of the training pairs, Pharaoh i-j, 0-based, line for line (for guided alignment)");
    v.field("max_len", s.max_len, "training pairs with more subword tokens on a side are skipped",
            Range{1, 10000});
    v.section("vocab", s.vocab, "subword vocabulary (SentencePiece)");
  }
};

struct EncoderConfig {
  CellType cell = CellType::gru;
  int embedding_size = 256;
  int hidden_size = 256;
  int layers = 1;
  double dropout = 0.0;
  double embedding_dropout = 0.0;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("cell", s.cell, "recurrent cell: gru or lstm");
    v.field("embedding_size", s.embedding_size, "source embedding size E", Range{1, 65536});
    v.field("hidden_size", s.hidden_size, "hidden size per direction; annotations are 2x this",
            Range{1, 65536});
    v.field("layers", s.layers, "stacked bidirectional layers", Range{1, 16});
    v.field("dropout", s.dropout, "dropout between layers and on the annotations", Range{0, 0.99});
    v.field("embedding_dropout", s.embedding_dropout, "dropout on source embeddings",
            Range{0, 0.99});
  }
};

struct DecoderConfig {
  DecoderType type = DecoderType::bahdanau;
  CellType cell = CellType::gru;
  int embedding_size = 256;
  int hidden_size = 512;
  int layers = 1;
  DecoderInit init = DecoderInit::last;
  int maxout_size = 256;
  bool input_feeding = true;
  bool tie_embeddings = false;
  double dropout = 0.0;
  double embedding_dropout = 0.0;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("type", s.type,
            "bahdanau (RNNsearch), conditional (Nematus cGRU) or luong (attention after the RNN)");
    v.field("cell", s.cell, "recurrent cell: gru or lstm");
    v.field("embedding_size", s.embedding_size, "target embedding size E", Range{1, 65536});
    v.field("hidden_size", s.hidden_size, "decoder state size H", Range{1, 65536});
    v.field("layers", s.layers, "stacked decoder layers", Range{1, 16});
    v.field("init", s.init,
            "initial state: last (tanh(W_s <-h_1)), mean (of annotations) or zero");
    v.field("maxout_size", s.maxout_size, "deep-output maxout units (bahdanau); 0 = no maxout",
            Range{0, 65536});
    v.field("input_feeding", s.input_feeding, "luong: feed the attentional vector to the next step");
    v.field("tie_embeddings", s.tie_embeddings, "share target embeddings with the output layer");
    v.field("dropout", s.dropout, "dropout on the decoder state and output layer", Range{0, 0.99});
    v.field("embedding_dropout", s.embedding_dropout, "dropout on target embeddings",
            Range{0, 0.99});
  }
};

struct AttentionConfig {
  ScoreType score = ScoreType::additive;
  DistributionType distribution = DistributionType::softmax;
  WindowType window = WindowType::global;
  int window_radius = 10;
  bool renormalize_window = false;
  int hidden_size = 512;
  int heads = 1;
  AttentionDimensions dimensions = AttentionDimensions::single;
  CoverageType coverage = CoverageType::none;
  double fertility = 2.0;
  int coverage_size = 10;
  HardAttention hard = HardAttention::none;
  int hard_top_k = 0;
  int max_positions = 128;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("score", s.score,
            "score function f(q, K): additive (= Luong concat), dot, scaled_dot, general, "
            "location or cosine");
    v.field("distribution", s.distribution, "distribution g: softmax, sparsemax or entmax15");
    v.field("window", s.window, "global, local_m (p_t = t) or local_p (predicted p_t)");
    v.field("window_radius", s.window_radius, "local windows: D, the window is [p_t-D, p_t+D]",
            Range{1, 1000});
    v.field("renormalize_window", s.renormalize_window,
            "local_p: renormalise weights after the Gaussian (Luong et al. do not)");
    v.field("hidden_size", s.hidden_size, "additive score: size of the tanh layer",
            Range{1, 65536});
    v.field("heads", s.heads, "attention heads (dot, general, additive)", Range{1, 64});
    v.field("dimensions", s.dimensions,
            "single (one weight per source position) or multi (one distribution over positions per "
            "annotation feature, Choi et al. 2018; additive score, one head)");
    v.field("coverage", s.coverage,
            "coverage of the source words fed into the additive score (Tu et al. 2016): none, linguistic "
            "(attention summed over the steps, divided by a predicted fertility) or neural (a GRU per word)");
    v.field("fertility", s.fertility, "linguistic coverage: N, the largest fertility N sigmoid(U_f h_j)",
            Range{0.01, 1000});
    v.field("coverage_size", s.coverage_size, "neural coverage: size of each word's coverage vector",
            Range{1, 4096});
    v.field("hard", s.hard,
            "hard attention: none (soft); exact (each step reads one source word; p(y_t) = sum_j alpha_tj "
            "p(y_t | s_t, h_j), Deng et al. 2018); or reinforce (training reads one sampled word per step, "
            "REINFORCE as Xu et al. 2015, keys train.reinforce_*; translation marginalises as exact); "
            "bahdanau and conditional decoders");
    v.field("hard_top_k", s.hard_top_k,
            "hard attention: marginalise over the k most-attended words, weights renormalised (0 = all)",
            Range{0, 100000});
    v.field("max_positions", s.max_positions,
            "location score: source positions it scores; later positions get no weight", Range{1, 100000});
  }
};

struct ModelConfig {
  EncoderConfig encoder;
  DecoderConfig decoder;
  AttentionConfig attention;
  InitType init = InitType::uniform;
  double init_scale = 0.1;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("init", s.init,
            "parameter initialisation: uniform (every weight in [-init_scale, init_scale], as Luong et al.) "
            "or xavier (Glorot-uniform matrices, unit-variance embeddings)");
    v.field("init_scale", s.init_scale, "uniform initialisation: the bound", Range{0, 10});
    v.section("encoder", s.encoder, "bidirectional RNN encoder");
    v.section("decoder", s.decoder, "attentional RNN decoder");
    v.section("attention", s.attention, "attention = score x distribution x window");
  }
};

// Data-parallel training (rnnsearch train --nproc N, or the RANK/WORLD_SIZE/MASTER_ADDR/MASTER_PORT
// environment of torchrun and mpirun).
struct DistributedConfig {
  double timeout = 300;
  double bucket_mib = 25;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("timeout", s.timeout,
            "seconds a worker waits for the others (joining, each step, rank 0's validation) before it stops "
            "with an error naming what it waited for",
            Range{1, 1e6});
    v.field("bucket_mib", s.bucket_mib, "gradients are all-reduced in flat buckets of about this many MiB",
            Range{0.01, 1e4});
  }
};

struct TrainConfig {
  std::string model_dir = "models/default";
  std::uint64_t seed = 1;
  DeviceType device = DeviceType::automatic;
  int threads = 0;
  int batch_tokens = 4096;
  int accumulate = 1;
  std::int64_t max_steps = 0;
  int max_epochs = 10;
  double max_minutes = 0;
  OptimizerType optimizer = OptimizerType::adam;
  double learning_rate = 3e-4;
  double adam_beta1 = 0.9;
  double adam_beta2 = 0.999;
  double adadelta_rho = 0.95;
  double epsilon = 1e-8;
  double weight_decay = 0.0;
  double clip_grad_norm = 1.0;
  double label_smoothing = 0.1;
  double guided_alignment = 0.0;
  double attention_penalty = 0.0;
  double reinforce_weight = 1.0;
  double reinforce_entropy = 0.0;
  double reinforce_expectation = 0.5;
  double reinforce_baseline_decay = 0.9;
  ScheduleType schedule = ScheduleType::constant;
  int warmup_steps = 0;
  double decay_factor = 0.5;
  int decay_patience = 2;
  double min_learning_rate = 1e-6;
  int log_every = 100;
  int valid_every = 1000;
  int keep_last = 3;
  StopMetric stop_metric = StopMetric::ppl;
  int patience = 10;
  int max_bad_steps = 10;
  Precision precision = Precision::float32;
  DistributedConfig distributed;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("model_dir", s.model_dir, "where vocabularies, checkpoints, logs and metrics go");
    v.field("seed", s.seed, "seed for initialisation, shuffling and dropout");
    v.field("device", s.device, "auto (cuda if available), cpu or cuda");
    v.field("threads", s.threads, "CPU threads (0 = RNNSEARCH_THREADS, else all cores)",
            Range{0, 1024});
    v.field("batch_tokens", s.batch_tokens,
            "token budget per batch: sentences x longest side (padded)", Range{1, 1e8});
    v.field("accumulate", s.accumulate,
            "batches per update: gradients of this many consecutive batches are summed, normalised by their "
            "target tokens together, before one optimiser step (a larger batch in the same memory)",
            Range{1, 100000});
    v.field("max_steps", s.max_steps, "stop after this many updates (0 = no limit)", Range{0, 1e12});
    v.field("max_epochs", s.max_epochs, "stop after this many epochs (0 = no limit)",
            Range{0, 1000000});
    v.field("max_minutes", s.max_minutes,
            "stop after this many minutes of training steps, validation not counted (0 = no limit)",
            Range{0, 1e7});
    v.field("optimizer", s.optimizer, "adam or adadelta (the paper's)");
    v.field("learning_rate", s.learning_rate, "peak learning rate", Range{0, 100});
    v.field("adam_beta1", s.adam_beta1, "Adam beta1", Range{0, 0.999999});
    v.field("adam_beta2", s.adam_beta2, "Adam beta2", Range{0, 0.999999});
    v.field("adadelta_rho", s.adadelta_rho, "Adadelta decay rho", Range{0, 0.999999});
    v.field("epsilon", s.epsilon, "optimiser epsilon", Range{0, 1});
    v.field("weight_decay", s.weight_decay, "L2 weight decay", Range{0, 1});
    v.field("clip_grad_norm", s.clip_grad_norm, "clip the global gradient norm (0 = off)",
            Range{0, 1e6});
    v.field("label_smoothing", s.label_smoothing, "label smoothing epsilon", Range{0, 0.99});
    v.field("guided_alignment", s.guided_alignment,
            "weight of the guided-alignment loss: cross-entropy of attention against data.alignment (0 = off)",
            Range{0, 1000});
    v.field("attention_penalty", s.attention_penalty,
            "weight C of the Frobenius penalty C ||A A^T - I||_F^2 per target token on the heads' weights A, "
            "which keeps heads apart (Lin et al. 2017; several heads only; 0 = off)",
            Range{0, 1000});
    v.field("reinforce_weight", s.reinforce_weight,
            "hard attention reinforce: lambda_r, weight of the REINFORCE term (r - b) grad log p(positions), "
            "r = log p(sentence | sampled positions)", Range{0, 1000});
    v.field("reinforce_entropy", s.reinforce_entropy,
            "hard attention reinforce: lambda_e, weight of the entropy bonus on the attention weights, nats per "
            "target token (0 = off)", Range{0, 1000});
    v.field("reinforce_expectation", s.reinforce_expectation,
            "hard attention reinforce: probability that a sentence reads the expected context sum_j alpha_j h_j "
            "instead of sampled positions (Xu et al.: 0.5)", Range{0, 1});
    v.field("reinforce_baseline_decay", s.reinforce_baseline_decay,
            "hard attention reinforce: the baseline, a moving average of the reward per target token, "
            "b <- decay b + (1 - decay) r, scaled by each sentence's length", Range{0, 0.999999});
    v.field("schedule", s.schedule, "learning-rate schedule: constant, plateau or inverse_sqrt");
    v.field("warmup_steps", s.warmup_steps, "linear warm-up steps (inverse_sqrt; 0 = none)",
            Range{0, 1e9});
    v.field("decay_factor", s.decay_factor, "plateau: multiply the rate by this", Range{0.01, 0.99});
    v.field("decay_patience", s.decay_patience, "plateau: validations without improvement",
            Range{0, 1000000});
    v.field("min_learning_rate", s.min_learning_rate, "lower bound on the learning rate",
            Range{0, 100});
    v.field("log_every", s.log_every, "steps between progress lines", Range{1, 1e9});
    v.field("valid_every", s.valid_every, "steps between validations", Range{1, 1e9});
    v.field("keep_last", s.keep_last, "step checkpoints kept besides best and last",
            Range{0, 1000000});
    v.field("stop_metric", s.stop_metric,
            "validation metric for best checkpoint, plateau and early stopping: loss, ppl, bleu, chrf");
    v.field("patience", s.patience, "validations without improvement before stopping (0 = never)",
            Range{0, 1000000});
    v.field("max_bad_steps", s.max_bad_steps,
            "consecutive updates skipped for a NaN/inf loss or gradient before training stops", Range{1, 1000000});
    v.field("precision", s.precision,
            "matrix products in training: float32, bfloat16 (CPU autocast; parameters and optimiser stay "
            "float32) or auto (bfloat16 on a CPU with native bfloat16)");
    v.section("distributed", s.distributed, "data-parallel training on several processes or machines");
  }
};

struct DecodeConfig {
  int beam_size = 5;
  double length_penalty = 1.0;
  double max_len_ratio = 1.5;
  int max_len_offset = 10;
  int min_len = 0;
  int batch_size = 50;
  int n_best = 1;
  int max_input_len = 250;
  double coverage_penalty = 0.0;
  bool hard_argmax = false;
  Precision precision = Precision::automatic;
  int workers = 0;
  std::string shortlist;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("beam_size", s.beam_size, "beam width (1 = greedy)", Range{1, 1000});
    v.field("length_penalty", s.length_penalty,
            "alpha in GNMT's ((5+|y|)/6)^alpha normalisation (0 = off)", Range{0, 10});
    v.field("max_len_ratio", s.max_len_ratio, "output length limit: ratio x source length + offset",
            Range{0, 100});
    v.field("max_len_offset", s.max_len_offset, "output length limit: added constant",
            Range{0, 10000});
    v.field("min_len", s.min_len, "shortest output in tokens before EOS is allowed", Range{0, 10000});
    v.field("batch_size", s.batch_size, "sentences translated together", Range{1, 100000});
    v.field("n_best", s.n_best, "hypotheses printed per sentence (at most beam_size)",
            Range{1, 1000});
    v.field("max_input_len", s.max_input_len,
            "source lines longer than this many subword tokens are cut to it, with a warning", Range{1, 100000});
    v.field("coverage_penalty", s.coverage_penalty,
            "beta of GNMT's coverage penalty in beam search: rewards outputs whose attention covers every source "
            "token (0 = off; Wu et al. 2016 used 0.2)",
            Range{0, 10});
    v.field("hard_argmax", s.hard_argmax,
            "hard attention models: decode with the most-attended source word alone instead of the marginal "
            "over model.attention.hard_top_k words");
    v.field("precision", s.precision,
            "number format for translating: auto (bfloat16 on a CPU with native bfloat16, else float32), "
            "float32, bfloat16, or int8 (the RNNsearch decoder's products in int8, its other work in float32, the "
            "encoder as under auto)");
    v.field("workers", s.workers,
            "CPU: batches translated at once, each by its own thread on threads / workers cores (0 = one per "
            "thread: every core its own batch; 1 = one batch at a time on every thread)",
            Range{0, 1024});
    v.field("shortlist", s.shortlist,
            "vocabulary selection: a table from `rnnsearch shortlist`; each batch's output layer then scores only the "
            "frequent target pieces and the likely translations of its source pieces (RNNsearch decoder; empty = the "
            "whole vocabulary)");
  }
};

struct EvalConfig {
  ScorerType scorer = ScorerType::automatic;
  std::string sacrebleu_command = "sacrebleu";
  std::vector<ScoreMetric> metrics = {ScoreMetric::bleu, ScoreMetric::chrf};
  TokenizeType tokenize = TokenizeType::tok13a;
  bool lowercase = false;
  bool chrf_lowercase = false;
  int chrf_word_order = 0;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("scorer", s.scorer,
            "auto (the sacrebleu command if on PATH, else built-in), builtin or sacrebleu");
    v.field("sacrebleu_command", s.sacrebleu_command, "the sacrebleu executable to run");
    v.field("metrics", s.metrics, "scores to report: a list of bleu, chrf");
    v.field("tokenize", s.tokenize, "BLEU tokenizer: 13a or none");
    v.field("lowercase", s.lowercase, "case-insensitive BLEU (sacreBLEU's -lc: BLEU only)");
    v.field("chrf_lowercase", s.chrf_lowercase, "case-insensitive chrF (sacreBLEU's --chrf-lowercase)");
    v.field("chrf_word_order", s.chrf_word_order, "chrF word n-gram order (2 = chrF++)",
            Range{0, 10});
  }
};

struct ServeConfig {
  int max_batch = 32;
  int max_wait_ms = 10;
  int queue_segments = 1024;
  double timeout_s = 60;
  int max_segments = 64;
  int max_chars = 2000;
  int max_body_kib = 1024;
  int http_threads = 64;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.field("max_batch", s.max_batch, "sentences decoded together, gathered from concurrent requests", Range{1, 10000});
    v.field("max_wait_ms", s.max_wait_ms, "longest wait for other requests to fill a batch, in milliseconds",
            Range{0, 60000});
    v.field("queue_segments", s.queue_segments,
            "segments that may wait for decoding; a request that would exceed it gets 503 with Retry-After",
            Range{1, 1000000});
    v.field("timeout_s", s.timeout_s, "a request not answered within this many seconds gets 504", Range{0.1, 86400});
    v.field("max_segments", s.max_segments, "segments in one request", Range{1, 100000});
    v.field("max_chars", s.max_chars, "characters in one segment (decode.max_input_len also cuts long inputs)",
            Range{1, 1000000});
    v.field("max_body_kib", s.max_body_kib, "request body limit in KiB (larger bodies get 413)", Range{1, 1048576});
    v.field("http_threads", s.http_threads, "connections served at once (each waits for its batch)",
            Range{1, 4096});
  }
};

struct Config {
  DataConfig data;
  ModelConfig model;
  TrainConfig train;
  DecodeConfig decode;
  EvalConfig eval;
  ServeConfig serve;

  template <class Self, class V>
  static void fields(Self& s, V& v) {
    v.section("data", s.data, "corpora and vocabulary");
    v.section("model", s.model, "network architecture");
    v.section("train", s.train, "optimisation, validation and checkpoints");
    v.section("decode", s.decode, "search settings for translate and evaluate");
    v.section("eval", s.eval, "scoring settings");
    v.section("serve", s.serve, "the translation server (rnnsearch serve)");
  }
};

// Where each dotted key came from, for error messages: a file and line, or a --set override.
struct KeySource {
  std::string origin;
  int line = 0;
};
using KeySources = std::map<std::string, KeySource>;

// Cross-field rules. Throws ConfigError naming the dotted key (located through `sources`).
void validate(const Config& config, const KeySources& sources = {});

// One --set override: "model.attention.score=dot". The value is read as YAML ("[bleu, chrf]").
struct Override {
  std::string key;
  std::string value;
};
Override parse_override(const std::string& text);  // throws UserError on "no '='"

// Parses YAML text, applies overrides, checks every key and validates. `origin` names the text
// in errors (usually its file path).
Config parse_config(const std::string& yaml_text, const std::string& origin,
                    const std::vector<Override>& overrides = {});
Config load_config(const std::string& path, const std::vector<Override>& overrides = {});

// The resolved config as commented YAML; parse_config(to_yaml(c)) == c.
std::string to_yaml(const Config& config);

// Writes to_yaml(config) to `path` atomically (the model directory's config.yaml).
void save_config(const Config& config, const std::string& path);

bool operator==(const Config& a, const Config& b);

// What the attention weights a model reports are, for dumps and heatmaps: "" for one
// distribution per step, else "mean over N features" (multi-dimensional) or "mean over N heads".
std::string attention_weights_note(const ModelConfig& model);

}  // namespace rnnsearch
