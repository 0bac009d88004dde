// Training throughput and model FLOP utilisation (MFU), measured on the training data of a config.
//
// Model FLOPs are those of the matrix products the model needs (padding not counted): the encoder
// RNNs over the real source tokens, the decoder over the real target tokens, attention over each
// sentence's real source length, the output layer; a training step counts 3x its forward pass
// (the backward pass of a product costs two products: the gradients of its input and of its
// weight). MFU divides the model's FLOP rate by the torch::mm/bmm rate the same run measures at
// the shapes the model runs those products at, forward and backward, each shape weighted by its
// share of the FLOPs, in the precision the products run in (bfloat16 under bfloat16 autocast,
// else float32), so the figure does not depend on the machine or on its matrix units.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rnnsearch/common/config.h"

namespace rnnsearch {

// One kind of matrix product in the model: `flops` in all, run as `batch` products [m, k] x [k, n].
struct GemmTerm {
  std::string name;
  int64_t batch = 1;
  int64_t m = 0, k = 0, n = 0;
  double flops = 0;
};

// Sentence lengths of one batch as the model sees them (EOS/BOS included).
struct BatchShape {
  std::vector<int> source;
  std::vector<int> target;
};

// The forward pass of one batch, term by term. Products of one name and shape are one term; a
// stacked encoder names its layers ("encoder layer 2 input projection").
std::vector<GemmTerm> forward_flops(const ModelConfig& config, int64_t trg_vocab, const BatchShape& batch);

// A forward product [m, k] x [k, n] and the two of its backward pass, as they run:
// [m, n] x [n, k] (gradient of the input) and [k, m] x [m, n] (gradient of the weight).
std::array<GemmTerm, 3> training_products(const GemmTerm& forward);

struct TrainBenchOptions {
  int warmup_steps = 10;  // steps run before timing starts
  int steps = 50;         // timed steps
  std::string profile;    // write LibTorch's profiler trace of the timed steps here (chrome://tracing)
  std::function<void()> after_step;  // runs after each timed step, inside the timing (tests)
  // "NAME=VALUE": the timed steps run both ways in one process, the environment variable as it is
  // and set to VALUE (a switch such as RNNSEARCH_DECODER_LAYER=0), in blocks of compare_block
  // steps taking turns (as is, set; set, as is; ...), each block's batches run once each way. The
  // host's speed moves by a fifth between processes here; blocks seconds apart share it. No MFU.
  std::string compare;
  int compare_block = 5;
};

// What --compare measured: target tok/s as is and with the setting, over all blocks, and the
// lowest and highest ratio (set / as is) of a block pair.
struct CompareResult {
  std::string setting;  // NAME=VALUE
  int blocks = 0;
  double as_is_seconds = 0, set_seconds = 0;  // of all blocks, each way
  double as_is_tokens_per_second = 0, set_tokens_per_second = 0;
  double lowest_ratio = 0, highest_ratio = 0;
  double ratio() const { return set_tokens_per_second / as_is_tokens_per_second; }
};

// Time per operator in a profiler trace (Chrome trace events "X" with ts/dur in microseconds):
// self time is the event's duration less that of the events nested in it on the same thread.
struct ProfileEntry {
  std::string name;
  double self_ms = 0;
  double total_ms = 0;
  int64_t calls = 0;
};
// Sorted by self time, largest first. Throws UserError when `trace` is not such a JSON array.
std::vector<ProfileEntry> summarize_trace(const std::string& trace);
// A table of the `rows` entries with the most self time, with their share of all self time.
std::string format_profile(const std::vector<ProfileEntry>& entries, const std::string& title, std::size_t rows = 25);

// Records LibTorch's profiler events from construction to finish() (does nothing when `path` is
// empty); finish() writes the Chrome trace to `path` atomically and returns its summary.
// Its events are also summed per operator and input shapes ("aten::mm [69, 512], [512, 1536]"):
// by_shapes() after finish().
class Profiler {
 public:
  explicit Profiler(std::string path);
  ~Profiler();
  Profiler(const Profiler&) = delete;
  Profiler& operator=(const Profiler&) = delete;
  std::vector<ProfileEntry> finish();
  const std::vector<ProfileEntry>& by_shapes() const { return by_shapes_; }

 private:
  std::string path_;
  bool active_ = false;
  std::vector<ProfileEntry> by_shapes_;
};

struct TrainBenchResult {
  int64_t parameters = 0;
  int threads = 0;
  int steps = 0;
  int64_t target_tokens = 0;     // in the timed steps
  double seconds = 0;            // of the timed steps
  double tokens_per_second = 0;  // target tokens
  double model_flops = 0;        // of the timed steps (3 x forward)
  double model_flops_per_second = 0;
  double mm_flops_per_second = 0;  // torch::mm at each timed batch's shapes, FLOP-weighted
  double mfu = 0;
  std::string precision;     // of the matrix products: float32 or bfloat16
  std::string matrix_units;  // cpu_matrix_units()
  std::string cpu;           // cpu_model_name()
  double peak_mib = 0;  // peak resident memory of the process so far
  std::vector<GemmTerm> terms;  // products summed over the timed steps (shapes: the first timed batch's)
  std::vector<double> rates;    // FLOP/s per term, forward and backward, FLOP-weighted over the timed batches' shapes
  std::vector<ProfileEntry> profile;  // with options.profile (the timed figures then include its overhead)
  std::vector<ProfileEntry> profile_shapes;  // the same per operator and input shapes
  std::optional<CompareResult> compare;      // with options.compare (the other figures then as is)
};

// Trains config's model (vocabularies from train.model_dir, made there if absent) for the
// warm-up and timed steps on its training data, in the trainer's batch order, and measures.
TrainBenchResult benchmark_training(const Config& config, const TrainBenchOptions& options);

// FLOP/s of `batch` products [m, k] x [k, n] (torch::mm, or bmm when batch > 1) on the CPU, in
// float32 or bfloat16, the best of several timed repetitions and of the forms training can run
// (transposed, on a packed weight, float32 on oneDNN's matmul).
double measure_gemm_rate(const GemmTerm& shape, bool bfloat16 = false);

// The size at which the rate for a product with m rows is measured: m itself up to 16, above it
// the nearest of 2^(i/8), rounded (so within 5%).
int64_t gemm_size_bucket(int64_t m);

}  // namespace rnnsearch
