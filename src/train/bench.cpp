#include "rnnsearch/train/bench.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <sstream>
#include <tuple>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>
#include <torch/csrc/autograd/profiler_legacy.h>
#include <torch/torch.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/data/dataset.h"
#include "rnnsearch/model/model.h"
#include "rnnsearch/model/packed_linear.h"
#include "rnnsearch/train/optimizer.h"

namespace rnnsearch {
namespace {

using Clock = std::chrono::steady_clock;
using log::seconds_since;

int64_t gates(CellType cell) { return cell == CellType::gru ? 3 : 4; }

// Collects terms; products of one name and shape add up, other shapes stay apart.
class Terms {
 public:
  void add(const std::string& name, int64_t batch, int64_t m, int64_t k, int64_t n, double count) {
    const double flops = 2.0 * static_cast<double>(batch * m * k * n) * count;
    for (auto& t : terms_)
      if (t.name == name && t.batch == batch && t.m == m && t.k == k && t.n == n) {
        t.flops += flops;
        return;
      }
    terms_.push_back({name, batch, m, k, n, flops});
  }
  std::vector<GemmTerm> take() { return std::move(terms_); }

 private:
  std::vector<GemmTerm> terms_;
};

}  // namespace

std::vector<GemmTerm> forward_flops(const ModelConfig& config, int64_t trg_vocab, const BatchShape& batch) {
  const auto& enc = config.encoder;
  const auto& dec = config.decoder;
  const auto& att = config.attention;
  const int64_t b = static_cast<int64_t>(batch.source.size());
  TORCH_CHECK(static_cast<int64_t>(batch.target.size()) == b, "forward_flops: source and target batch sizes differ");
  if (b == 0) return {};
  const int64_t src_tokens = std::accumulate(batch.source.begin(), batch.source.end(), int64_t{0});
  const int64_t trg_tokens = std::accumulate(batch.target.begin(), batch.target.end(), int64_t{0});
  double pairs = 0;  // sum over sentences of target x source length: attention's work
  for (int64_t i = 0; i < b; ++i) pairs += static_cast<double>(batch.source[i]) * batch.target[i];
  const int64_t s_max = *std::max_element(batch.source.begin(), batch.source.end());
  const double steps = static_cast<double>(trg_tokens) / static_cast<double>(b);  // per sentence, on average
  const int64_t he = enc.hidden_size, ge = gates(enc.cell) * he, d = 2 * he;
  const int64_t h = dec.hidden_size, e = dec.embedding_size, g = gates(dec.cell) * h;
  Terms t;

  // Encoder: per direction and layer, the input projection over all tokens, the recurrence per step.
  for (int l = 0; l < enc.layers; ++l) {
    const int64_t in = l == 0 ? enc.embedding_size : d;
    const std::string layer = l == 0 ? "encoder" : fmt::format("encoder layer {}", l + 1);
    t.add(layer + " input projection", 1, src_tokens, in, 2 * ge, 1);
    t.add(layer + " recurrence", 1, b, he, ge, 2.0 * static_cast<double>(src_tokens) / static_cast<double>(b));
  }
  // Decoder initial state.
  if (dec.init != DecoderInit::zero) t.add("decoder init", 1, b, dec.init == DecoderInit::last ? he : d, h, 1);
  // Attention: keys once per batch, then per step the query side and the weighted sum.
  const double per_step = steps;  // products per sentence-batch step, averaged
  switch (att.score) {
    case ScoreType::additive:
      t.add("attention keys", 1, src_tokens, d, att.hidden_size, 1);
      t.add("attention query", 1, b, h, att.hidden_size, per_step);
      t.add("attention scores", 1, b * s_max, att.hidden_size, 1, pairs / static_cast<double>(b * s_max));
      break;
    case ScoreType::general:
      t.add("attention keys", 1, src_tokens, d, h, 1);
      [[fallthrough]];
    case ScoreType::dot:
    case ScoreType::scaled_dot:
    case ScoreType::cosine:
      t.add("attention scores", b, s_max, att.score == ScoreType::general ? h : d, 1,
            pairs / static_cast<double>(b * s_max));
      break;
    case ScoreType::location:
      t.add("attention scores", 1, b, h, att.max_positions, per_step);
      break;
  }
  if (att.window == WindowType::local_p) t.add("attention position", 1, b, h, att.hidden_size, per_step);
  t.add("attention context", b, 1, s_max, d, pairs / static_cast<double>(b * s_max));

  // The recurrent part of the decoder, per step.
  t.add("decoder input projection", 1, trg_tokens, e, g, 1);
  int64_t readout = 0;
  switch (dec.type) {
    case DecoderType::bahdanau:
    case DecoderType::conditional:
      t.add("decoder recurrence", 1, b, h, g, per_step * (dec.type == DecoderType::conditional ? 2 : 1));
      t.add("decoder context projection", 1, b, d, g, per_step);
      readout = dec.maxout_size > 0 ? dec.maxout_size : e;
      t.add("readout", 1, trg_tokens, h + e + d, dec.maxout_size > 0 ? 2 * readout : readout, 1);
      break;
    case DecoderType::luong:
      t.add("decoder recurrence", 1, b, h, g, per_step * (dec.layers + (dec.input_feeding ? 1 : 0)));
      if (dec.layers > 1) t.add("decoder upper input projection", 1, b, h, g, per_step * (dec.layers - 1));
      t.add("attentional combine", 1, b, d + h, h, per_step);
      readout = h;
      break;
  }
  t.add("output layer", 1, trg_tokens, readout, trg_vocab, 1);
  return t.take();
}

std::array<GemmTerm, 3> training_products(const GemmTerm& forward) {
  const GemmTerm& f = forward;
  return {{{f.name, f.batch, f.m, f.k, f.n, f.flops},
           {f.name + " (gradient of the input)", f.batch, f.m, f.n, f.k, f.flops},
           {f.name + " (gradient of the weight)", f.batch, f.k, f.m, f.n, f.flops}}};
}

int64_t gemm_size_bucket(int64_t m) {
  if (m <= 16) return m;
  // Eight steps per doubling: the representative is within 5% of m.
  const double step = std::log(2.0) / 8;
  return static_cast<int64_t>(std::llround(std::exp(std::round(std::log(static_cast<double>(m)) / step) * step)));
}

double measure_gemm_rate(const GemmTerm& shape, bool bfloat16) {
  torch::NoGradGuard no_grad;
  const torch::Dtype type = bfloat16 ? torch::kBFloat16 : torch::kFloat;
  const bool batched = shape.batch > 1;
  const auto a = (batched ? torch::randn({shape.batch, shape.m, shape.k}) : torch::randn({shape.m, shape.k})).to(type);
  const auto w = (batched ? torch::randn({shape.batch, shape.k, shape.n}) : torch::randn({shape.k, shape.n})).to(type);
  const double flops = 2.0 * static_cast<double>(shape.batch * shape.m * shape.k * shape.n);
  // Enough repetitions for about 20 ms per timing, the best of 5 timings.
  // The product as given and, for 2-D shapes, transposed ((w^T a^T)^T, which oneDNN runs several
  // times faster at some bfloat16 shapes; training picks one by a size rule, see `product`) and
  // through oneDNN on the packed right-hand side (PackedLinear, as float32 training's step
  // products run since commit f0783af): the best of them is the machine's rate at this shape.
  // Also on oneDNN's matmul (onednn_product), as training's float32 products run on CPUs with
  // AVX-512 since it beat torch::mm (OpenBLAS) there, and bfloat16's on CPUs with AVX512-BF16 and
  // no AMX since it beat the padded torch::mm there; and there with a float32 result, as the
  // products behind training's weight gradients run since commit f9058bf.
  enum class Form { given, transposed, packed, onednn, onednn_float };
  const PackedLinear packed = batched ? PackedLinear() : PackedLinear(w.t(), {}, type);
  // Without bfloat16 kernels (an AVX2-only CPU) training's bfloat16 products convert their values
  // to float32 (kernels.h `product`): timed so, conversions included.
  const bool converted = bfloat16 && !cpu_has_bf16_kernels();
  auto mm = [&](const torch::Tensor& x, const torch::Tensor& y) { return converted ? product(x, y) : torch::mm(x, y); };
  auto bmm = [&](const torch::Tensor& x, const torch::Tensor& y) {
    return converted ? torch::bmm(x.to(torch::kFloat), y.to(torch::kFloat)).to(type) : torch::bmm(x, y);
  };
  double best = 1e300;
  static const bool onednn_built = onednn_product(torch::ones({1, 1}), torch::ones({1, 1})).defined();
  const bool onednn = !batched && onednn_built && (!bfloat16 || cpu_has_native_bf16());
  for (const Form form : {Form::given, Form::transposed, Form::packed, Form::onednn, Form::onednn_float}) {
    if (form != Form::given && (batched || (form == Form::packed && !packed.packed()))) continue;
    if ((form == Form::onednn || form == Form::onednn_float) && !onednn) continue;
    if (form == Form::onednn_float && !bfloat16) continue;
    auto run = [&](int64_t reps) {
      const auto start = Clock::now();
      for (int64_t r = 0; r < reps; ++r) {
        if (batched)
          (void)bmm(a, w);
        else if (form == Form::packed)
          (void)packed(a);
        else if (form == Form::onednn || form == Form::onednn_float)
          (void)onednn_product(a, w, form == Form::onednn_float ? std::optional(torch::kFloat) : std::nullopt);
        else
          (void)(form == Form::transposed ? mm(w.t(), a.t()) : mm(a, w));
      }
      return seconds_since(start);
    };
    run(3);
    const double once = std::max(run(5) / 5, 1e-7);
    const int64_t reps = std::clamp<int64_t>(static_cast<int64_t>(0.02 / once), 1, 100000);
    for (int i = 0; i < 5; ++i) best = std::min(best, run(reps) / static_cast<double>(reps));
  }
  return flops / best;
}

std::vector<ProfileEntry> summarize_trace(const std::string& trace) {
  struct Event {
    std::string name;
    double start, duration;
  };
  std::map<std::string, std::vector<Event>> threads;
  try {
    for (const auto& e : nlohmann::json::parse(trace)) {
      if (e.value("ph", "") != "X") continue;
      threads[e.at("tid").dump()].push_back({e.at("name").get<std::string>(), e.at("ts").get<double>(), e.at("dur").get<double>()});
    }
  } catch (const nlohmann::json::exception& e) {
    throw UserError(fmt::format("profiler trace: not a Chrome trace event array: {}", e.what()));
  }
  std::map<std::string, ProfileEntry> by_name;
  for (auto& [tid, events] : threads) {
    // Outer events first; an event nests in the innermost open event that ends after it starts.
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
      return a.start != b.start ? a.start < b.start : a.duration > b.duration;
    });
    std::vector<std::pair<const Event*, double>> open;  // event, time of its children
    auto close = [&](double now) {
      while (!open.empty() && open.back().first->start + open.back().first->duration <= now) {
        const auto [event, children] = open.back();
        open.pop_back();
        ProfileEntry& entry = by_name[event->name];
        entry.self_ms += (event->duration - children) / 1000;
        if (!open.empty()) open.back().second += event->duration;
      }
    };
    for (const Event& e : events) {
      close(e.start);
      ProfileEntry& entry = by_name[e.name];
      entry.name = e.name;
      entry.total_ms += e.duration / 1000;
      ++entry.calls;
      open.emplace_back(&e, 0.0);
    }
    close(std::numeric_limits<double>::infinity());
  }
  std::vector<ProfileEntry> out;
  for (auto& [name, entry] : by_name) out.push_back(std::move(entry));
  std::sort(out.begin(), out.end(), [](const ProfileEntry& a, const ProfileEntry& b) { return a.self_ms > b.self_ms; });
  return out;
}

std::string format_profile(const std::vector<ProfileEntry>& entries, const std::string& title, std::size_t rows) {
  double self = 0;
  for (const auto& e : entries) self += e.self_ms;
  std::string out = fmt::format("{:<40} {:>10} {:>7} {:>10} {:>8}\n", title, "self ms", "share", "total ms", "calls");
  for (std::size_t i = 0; i < std::min(rows, entries.size()); ++i) {
    const auto& e = entries[i];
    out += fmt::format("{:<40} {:>10.1f} {:>6.1f}% {:>10.1f} {:>8}\n", e.name, e.self_ms, 100 * e.self_ms / self,
                       e.total_ms, e.calls);
  }
  return out;
}

namespace {

// "[69, 512], [512, 1536]": an event's input shapes as the profiler reports them.
std::string shapes_text(const std::vector<std::vector<int64_t>>& shapes) {
  std::string out;
  for (const auto& shape : shapes) {
    if (!out.empty()) out += ", ";
    out += fmt::format("[{}]", fmt::join(shape, ", "));
  }
  return out;
}

std::vector<ProfileEntry> summarize_by_shapes(const torch::autograd::profiler::thread_event_lists& threads) {
  using torch::autograd::profiler::EventKind;
  using torch::autograd::profiler::LegacyEvent;
  std::map<std::string, ProfileEntry> by_key;
  for (const auto& events : threads) {
    // Push and pop events nest on their thread; a pop closes the innermost open push.
    std::vector<std::pair<const LegacyEvent*, double>> open;  // push, time of its children
    for (const LegacyEvent& e : events) {
      if (e.kind() == EventKind::PushRange) {
        open.emplace_back(&e, 0.0);
      } else if (e.kind() == EventKind::PopRange && !open.empty()) {
        const auto [push, children] = open.back();
        open.pop_back();
        const double us = push->cpuElapsedUs(e);
        const std::string shapes = shapes_text(push->shapes());
        const std::string key = shapes.empty() ? push->name() : fmt::format("{} {}", push->name(), shapes);
        ProfileEntry& entry = by_key[key];
        entry.name = key;
        entry.self_ms += (us - children) / 1000;
        entry.total_ms += us / 1000;
        ++entry.calls;
        if (!open.empty()) open.back().second += us;
      }
    }
  }
  std::vector<ProfileEntry> out;
  for (auto& [key, entry] : by_key) out.push_back(std::move(entry));
  std::sort(out.begin(), out.end(), [](const ProfileEntry& a, const ProfileEntry& b) { return a.self_ms > b.self_ms; });
  return out;
}

}  // namespace

Profiler::Profiler(std::string path) : path_(std::move(path)) {
  if (path_.empty()) return;
  torch::autograd::profiler::enableProfilerLegacy(
      torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU, /*report_input_shapes=*/true));
  active_ = true;
}

Profiler::~Profiler() {
  if (active_) torch::autograd::profiler::disableProfilerLegacy();
}

std::vector<ProfileEntry> Profiler::finish() {
  if (!active_) return {};
  active_ = false;
  const auto threads = torch::autograd::profiler::disableProfilerLegacy();
  std::vector<torch::autograd::profiler::LegacyEvent*> events;
  for (const auto& list : threads)
    for (const auto& e : list) events.push_back(const_cast<torch::autograd::profiler::LegacyEvent*>(&e));
  std::ostringstream trace;
  torch::autograd::profiler::writeProfilerEventsToStream(trace, events);
  write_file_atomic(path_, trace.str());
  by_shapes_ = summarize_by_shapes(threads);
  return summarize_trace(trace.str());
}

namespace {

// --compare's NAME=VALUE, or a UserError.
std::pair<std::string, std::string> parse_setting(const std::string& setting) {
  const auto eq = setting.find('=');
  if (eq == 0 || eq == std::string::npos)
    throw UserError(
        fmt::format("bench: --compare \"{}\": expected NAME=VALUE, e.g. RNNSEARCH_DECODER_LAYER=0", setting));
  return {setting.substr(0, eq), setting.substr(eq + 1)};
}

// An environment variable set for the object's lifetime, then restored (or unset again).
class EnvSetting {
 public:
  EnvSetting(std::string name, const std::string& value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) old_ = old;
    setenv(name_.c_str(), value.c_str(), 1);
  }
  ~EnvSetting() {
    if (old_) setenv(name_.c_str(), old_->c_str(), 1);
    else unsetenv(name_.c_str());
  }
  EnvSetting(const EnvSetting&) = delete;
  EnvSetting& operator=(const EnvSetting&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

// The timed steps both ways (TrainBenchOptions::compare), on plan[first...]; `step` runs a batch
// and returns its target tokens.
CompareResult compare_setting(const TrainBenchOptions& options, const std::vector<Batch>& plan, std::size_t first,
                              const std::function<int64_t(const Batch&)>& step) {
  const auto [name, value] = parse_setting(options.compare);
  CompareResult c;
  c.setting = options.compare;
  const int block = std::max(options.compare_block, 1);
  c.blocks = (options.steps + block - 1) / block;
  std::array<double, 2> seconds{}, tokens{};
  c.lowest_ratio = std::numeric_limits<double>::infinity();
  for (int k = 0; k < c.blocks; ++k) {
    const int n = std::min(block, options.steps - k * block);
    std::array<double, 2> rate{};
    for (int turn = 0; turn < 2; ++turn) {
      const int side = k % 2 == 0 ? turn : 1 - turn;  // 0: as is, 1: set
      std::optional<EnvSetting> set;
      if (side == 1) set.emplace(name, value);
      int64_t block_tokens = 0;
      const auto start = Clock::now();
      for (int i = 0; i < n; ++i) {
        block_tokens += step(plan[first + static_cast<std::size_t>(k * block + i)]);
        if (options.after_step) options.after_step();
      }
      const double s = seconds_since(start);
      seconds[side] += s;
      tokens[side] += static_cast<double>(block_tokens);
      rate[side] = static_cast<double>(block_tokens) / s;
    }
    c.lowest_ratio = std::min(c.lowest_ratio, rate[1] / rate[0]);
    c.highest_ratio = std::max(c.highest_ratio, rate[1] / rate[0]);
  }
  c.as_is_seconds = seconds[0];
  c.set_seconds = seconds[1];
  c.as_is_tokens_per_second = tokens[0] / seconds[0];
  c.set_tokens_per_second = tokens[1] / seconds[1];
  return c;
}

}  // namespace

TrainBenchResult benchmark_training(const Config& config, const TrainBenchOptions& options) {
  if (options.steps < 1) throw UserError("bench: --steps must be at least 1");
  if (!options.compare.empty()) {
    if (!options.profile.empty()) throw UserError("bench: --compare and --profile do not go together");
    parse_setting(options.compare);  // a malformed setting stops before any work
  }
  const torch::Device device = resolve_device(config.train.device);
  if (!device.is_cpu())
    log::warn("bench", "on {}: the mm rate is measured on the CPU, so MFU is not meaningful", device.str());
  TrainBenchResult result;
  result.threads = configure_threads(config.train.threads);
  // Under bfloat16 autocast the products run in bfloat16: MFU is against that precision's rate.
  const bool bf16_products = trains_in_bf16(config.train, device);
  result.precision = bf16_products ? "bfloat16" : "float32";
  result.matrix_units = cpu_matrix_units();
  result.cpu = cpu_model_name();
  std::filesystem::create_directories(config.train.model_dir);
  torch::manual_seed(config.train.seed);
  const Dataset data = load_dataset(config, false, result.threads);
  const PairView& pairs = data.training_pairs();
  if (pairs.size() == 0) throw UserError(fmt::format("{}: no training pairs", config.data.train));
  const auto src_lengths = sequence_lengths(pairs, true);
  const auto trg_lengths = sequence_lengths(pairs, false);

  NmtModel model(config.model, data.vocabs.src->size(), data.vocabs.trg->size());
  initialize_parameters(*model, config.model);
  model->to(device);
  for (const auto& p : model->parameters()) result.parameters += p.numel();
  Optimizer optimizer(model->named_parameters(), config.train);

  std::vector<Batch> plan;
  for (uint64_t epoch = 0; static_cast<int>(plan.size()) < options.warmup_steps + options.steps; ++epoch) {
    const auto more = make_batches(src_lengths, trg_lengths, training_batching(config), epoch);
    if (more.empty()) throw UserError("bench: the training data gives no batches");
    plan.insert(plan.end(), more.begin(), more.end());
  }
  log::info("bench", "{} parameters, {} threads: {} warm-up and {} timed steps", result.parameters, result.threads,
            options.warmup_steps, options.steps);
  double nll = 0;
  auto step = [&](const Batch& indices) {
    const TensorBatch batch = make_tensor_batch(pairs, indices, device, true);
    nll += training_update(*model, optimizer, batch, config.train, config.train.learning_rate).nll.item<double>();
    return batch.target_tokens;
  };
  for (int i = 0; i < options.warmup_steps; ++i) step(plan[static_cast<std::size_t>(i)]);
  if (!options.compare.empty()) {
    result.compare = compare_setting(options, plan, static_cast<std::size_t>(options.warmup_steps), step);
    result.steps = options.steps;
    result.tokens_per_second = result.compare->as_is_tokens_per_second;
    result.peak_mib = log::peak_memory_mib();
    return result;
  }

  const auto start = Clock::now();
  Profiler profiler(options.profile);
  for (int i = 0; i < options.steps; ++i) {
    const Batch& indices = plan[static_cast<std::size_t>(options.warmup_steps + i)];
    result.target_tokens += step(indices);
    if (options.after_step) options.after_step();
  }
  result.seconds = seconds_since(start);
  result.peak_mib = log::peak_memory_mib();  // training's peak, before the mm measurements' matrices
  result.profile = profiler.finish();
  result.profile_shapes = profiler.by_shapes();
  if (!options.profile.empty()) {
    log::info("bench", "profiler trace of the timed steps in {} (timings include the profiler's overhead)", options.profile);
  }
  // Each product of each timed batch at the mm rate of its own shape (sizes bucketed, so that an
  // epoch's many batch shapes need a few dozen measurements): the time a machine doing only
  // those products at those rates would need.
  std::map<std::tuple<int64_t, int64_t, int64_t, int64_t>, double> rates;
  auto rate_of = [&](const GemmTerm& term) {
    // Every side of a product can be a batch's size, so every side is bucketed.
    const int64_t m = gemm_size_bucket(term.m), k = gemm_size_bucket(term.k), n = gemm_size_bucket(term.n);
    const auto key = std::make_tuple(term.batch, m, k, n);
    auto it = rates.find(key);
    if (it == rates.end()) it = rates.emplace(key, measure_gemm_rate({term.name, term.batch, m, k, n, 0}, bf16_products)).first;
    return it->second;
  };
  // Per product (name and the first timed batch's shape): FLOPs, and seconds at the measured rates.
  std::map<std::string, GemmTerm> summed;
  std::map<std::string, double> ideal;
  std::vector<std::string> order;
  for (int i = 0; i < options.steps; ++i) {
    BatchShape shape;
    for (const auto index : plan[static_cast<std::size_t>(options.warmup_steps + i)]) {
      // sequence_lengths counts BOS and EOS; the encoder reads ids + EOS, the decoder predicts ids + EOS.
      shape.source.push_back(src_lengths[index] - 1);
      shape.target.push_back(trg_lengths[index] - 1);
    }
    for (const auto& term : forward_flops(config.model, data.vocabs.trg->size(), shape)) {
      auto [it, fresh] = summed.try_emplace(term.name, term);
      if (fresh) order.push_back(term.name);
      else it->second.flops += term.flops;
      // The forward product and the two of its backward pass, each at the rate of its own shape.
      for (const GemmTerm& product : training_products(term)) ideal[term.name] += product.flops / rate_of(product);
    }
  }
  log::info("bench", "torch::mm rate measured in {} at {} shapes", result.precision, rates.size());
  double ideal_seconds = 0;
  for (const auto& name : order) {
    const GemmTerm& term = summed.at(name);
    result.terms.push_back(term);
    result.rates.push_back(3 * term.flops / ideal.at(name));
    result.model_flops += 3 * term.flops;
    ideal_seconds += ideal.at(name);
  }
  result.steps = options.steps;
  result.tokens_per_second = static_cast<double>(result.target_tokens) / result.seconds;
  result.model_flops_per_second = result.model_flops / result.seconds;
  result.mm_flops_per_second = result.model_flops / ideal_seconds;
  result.mfu = ideal_seconds / result.seconds;
  log::info("bench", "mean training loss over the timed steps {:.3f}",
            nll / static_cast<double>(std::max<int64_t>(result.target_tokens, 1)));
  return result;
}

}  // namespace rnnsearch
