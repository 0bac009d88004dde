#include "rnnsearch/train/trainer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <optional>

#include <fmt/ranges.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/common/signals.h"
#include "rnnsearch/data/dataset.h"
#include "rnnsearch/decode/translator.h"
#include "rnnsearch/eval/scoring.h"
#include "rnnsearch/model/attention.h"
#include "rnnsearch/model/model.h"
#include "rnnsearch/common/rng.h"
#include "rnnsearch/train/checkpoint.h"
#include "rnnsearch/train/distributed.h"
#include "rnnsearch/train/optimizer.h"

namespace rnnsearch {
namespace {

using Clock = std::chrono::steady_clock;
using log::seconds_since;

// SIGINT/SIGTERM during training: recorded here by StopSignals' thread; the loop saves a checkpoint
// after the step in progress and stops. A second signal ends the process at once.
std::atomic<int> g_signal{0};

// Training loss and tokens accumulated between two progress lines.
struct Interval {
  double nll = 0;
  int64_t tokens = 0;
  double grad_norm = 0;
  int64_t steps = 0;
  Clock::time_point start = Clock::now();
};

struct Validation {
  double loss = 0;  // mean NLL per target token
  double ppl = 0;
  double bleu = 0;  // greedy translations of the dev set, built-in sacreBLEU-equal scorer
  double chrf = 0;
  // With several heads: the mean pairwise Jensen-Shannon divergence between the heads (bits) over
  // the dev target tokens at forced decoding; NaN with one head.
  double head_jsd = std::numeric_limits<double>::quiet_NaN();
};

class Trainer {
 public:
  Trainer(const Config& config, const TrainOptions& options)
      : config_(config), options_(options), device_(resolve_device(config.train.device)) {}

  TrainResult run() {
    const std::string& dir = config_.train.model_dir;
    world_ = world_from_environment();
    // Rank 0 speaks, validates and writes for all workers; the others only compute.
    lead_ = world_.rank == 0;
    if (!lead_) log::set_quiet(true);
    std::filesystem::create_directories(dir);
    if (lead_) {
      log::set_file(dir + "/train.log");
      const std::vector<std::string> stale = remove_stale_temporaries(dir);
      if (!stale.empty())
        log::info("train", "removed {} temporary file(s) left in {} by interrupted writes: {}", stale.size(), dir,
                  fmt::join(stale, ", "));
    }
    const bool resuming = options_.resume;
    const std::string last = checkpoint_path(dir, "last");
    if (resuming && !file_exists(last))
      throw UserError(fmt::format("--resume: {} does not exist; train without --resume to start", last));
    if (!resuming && !options_.dry_run && file_exists(last))
      throw UserError(fmt::format("{} already holds a trained model ({}); use --resume to continue it, "
                                  "or another train.model_dir", dir, last));
    if (lead_) save_config(config_, dir + "/config.yaml");
    const int threads = configure_threads(config_.train.threads);
    log::info("train", "model dir {}, device {}, {} threads{}, {} matrix products", dir, device_.str(), threads,
              world_.distributed() ? fmt::format(" in each of {} workers", world_.world_size) : "",
              trains_in_bf16(config_.train, device_) ? "bfloat16 (autocast)" : "float32");
    if (trains_in_bf16(config_.train, device_) && lead_)
      if (const auto note = emulated_precision_note(torch::kBFloat16); !note.empty()) log::warn("train", "{}", note);
    if (world_.distributed()) {
      if (!device_.is_cpu())
        throw ConfigError("config", "train.device", "data-parallel training runs on the CPU (c10d Gloo) in this build");
      collective_ = std::make_unique<Collective>(world_, config_.train.distributed);
    }
    torch::manual_seed(config_.train.seed);

    // Rank 0 trains or writes the vocabularies when the model directory lacks them; the others
    // then read them.
    if (collective_ && !lead_) collective_->barrier("waiting for rank 0 to prepare the vocabularies");
    data_ = load_dataset(config_, options_.retrain_vocab, threads);
    if (collective_ && lead_) collective_->barrier("waiting for the other workers to start");
    const PairView& pairs = data_.training_pairs();
    if (pairs.size() == 0) throw UserError(fmt::format("{}: no training pairs left after filtering", config_.data.train));
    src_lengths_ = sequence_lengths(pairs, true);
    trg_lengths_ = sequence_lengths(pairs, false);
    // The first epoch's plan, kept for that epoch (a plan costs 8 bytes per pair: not twice).
    std::vector<Batch> first_plan = make_batches(src_lengths_, trg_lengths_, training_batching(config_), 0);
    report_plan(first_plan);
    const std::size_t plan_batches = first_plan.size();
    if (options_.dry_run) {
      log::info("train", "dry run: stopping before training");
      return {};
    }

    model_ = NmtModel(config_.model, data_.vocabs.src->size(), data_.vocabs.trg->size());
    initialize_parameters(*model_, config_.model);
    model_->to(device_);
    optimizer_ = std::make_unique<Optimizer>(model_->named_parameters(), config_.train);
    schedule_ = std::make_unique<LrSchedule>(config_.train);
    state_.plateau_rate = schedule_->plateau_rate();
    int64_t params = 0;
    for (const auto& p : model_->parameters()) params += p.numel();
    log::info("model", "{} parameters; vocabularies {} source, {} target pieces", params, data_.vocabs.src->size(),
              data_.vocabs.trg->size());
    if (resuming) restore(last);
    find_step_checkpoints();
    if (collective_) {
      collective_->broadcast(model_->parameters(), "receiving rank 0's parameters");
      // Dropout masks differ between workers (rank 0 keeps the run's own random stream).
      if (!lead_) torch::manual_seed(Rng::mix(config_.train.seed + static_cast<uint64_t>(state_.step), world_.rank));
    }

    // Updates per epoch: each takes train.accumulate batches of the plan.
    updates_per_epoch_ = (static_cast<int64_t>(plan_batches) + config_.train.accumulate - 1) / config_.train.accumulate;
    const int64_t planned = planned_steps();
    metrics_path_ = dir + "/metrics.jsonl";
    if (lead_) {
      metrics_ = std::fopen(metrics_path_.c_str(), "a");
      if (metrics_ == nullptr) metrics_failed();
    }
    g_signal = 0;
    const StopSignals signals([](int signal) {
      if (g_signal != 0) end_by_default_action(signal);
      g_signal = signal;
    });
    const auto start = Clock::now();
    const int64_t start_step = state_.step;
    Interval interval;
    Validation last_validation;
    bool validated_now = false;
    bool stop = done();
    while (!stop) {
      const std::vector<Batch> plan =
          state_.epoch == 0 ? std::move(first_plan)
                            : make_batches(src_lengths_, trg_lengths_, training_batching(config_),
                                           static_cast<std::uint64_t>(state_.epoch));
      first_plan = {};
      for (; state_.batch < static_cast<int64_t>(plan.size()) && !stop; ++state_.batch) {
        train_step(plan, interval);  // leaves state_.batch at the last batch it used
        validated_now = false;
        if (signalled_) stop_on_signal();
        if (state_.step % config_.train.log_every == 0) {
          log_progress(interval, planned, start_step, seconds_since(start));
          interval = Interval();
        }
        check_writes();
        if (state_.step % config_.train.valid_every == 0) {
          ++state_.batch;  // the checkpoint resumes after this batch
          if (lead_) {
            if (data_.dev.size() > 0) last_validation = validate_and_save(true);
            else save_periodic();
          }
          if (collective_) share_validation_state();
          --state_.batch;
          validated_now = true;
          stop = config_.train.patience > 0 && state_.bad_validations >= config_.train.patience;
          if (stop) log::info("train", "early stopping: no improvement in {} validations", state_.bad_validations);
        }
        stop = stop || step_limit_reached();
      }
      if (state_.batch >= static_cast<int64_t>(plan.size())) {
        ++state_.epoch;
        state_.batch = 0;
        log::info("train", "epoch {} done at step {}", state_.epoch, state_.step);
      }
      stop = stop || done();
    }
    if (time_budget_spent())
      log::info("train", "time budget of {} minutes spent (validation not counted)", config_.train.max_minutes);
    if (!validated_now && lead_) {
      // Save the position first: the last checkpoint must not depend on whether this run ends here.
      save("last");
      if (data_.dev.size() > 0) last_validation = validate_and_save(false);
    }
    if (collective_)
      log::info("dist", "{:.1f}% of the training time in collectives ({:.1f} s; {:.1f} MiB all-reduced per update)",
                100 * collective_->seconds() / std::max(state_.train_seconds, 1e-9), collective_->seconds(),
                collective_->bytes() / std::max<double>(static_cast<double>(state_.step - start_step), 1) / (1 << 20));
    if (metrics_ != nullptr) std::fclose(metrics_);
    metrics_ = nullptr;
    if (log::file_failures() > 0 || metrics_failures_ > 0)
      log::warn("train", "{} line(s) of {}/train.log and {} of {} could not be written", log::file_failures(), dir,
                metrics_failures_, metrics_path_);
    log::info("train", "finished at step {} (epoch {}) in {}; best {} {:.4f} at step {}", state_.step,
              state_.epoch + (state_.batch > 0 ? 1 : 0),
              log::format_duration(seconds_since(start)), to_string(config_.train.stop_metric),
              shown(state_.best_metric), state_.best_step);
    return {state_.step, shown(state_.best_metric), last_validation.ppl, last_validation.bleu};
  }

 private:
  // Limits checked after every step: steps and training time.
  bool step_limit_reached() const {
    return (config_.train.max_steps > 0 && state_.step >= config_.train.max_steps) || time_budget_spent();
  }
  bool time_budget_spent() const {
    return config_.train.max_minutes > 0 && state_.train_seconds >= config_.train.max_minutes * 60;
  }
  bool done() const {
    return step_limit_reached() || (config_.train.max_epochs > 0 && state_.epoch >= config_.train.max_epochs);
  }

  int64_t planned_steps() const {
    int64_t by_epochs = config_.train.max_epochs > 0 ? config_.train.max_epochs * updates_per_epoch_ : 0;
    if (config_.train.max_steps > 0) return by_epochs > 0 ? std::min(by_epochs, config_.train.max_steps) : config_.train.max_steps;
    return by_epochs;
  }

  void report_plan(const std::vector<Batch>& plan) const {
    std::size_t real = 0, padded = 0;
    for (const auto& batch : plan) {
      padded += batch_cost(batch, src_lengths_, trg_lengths_);
      for (const auto i : batch) real += static_cast<std::size_t>(std::max(src_lengths_[i], trg_lengths_[i]));
    }
    log::info("data", "epoch plan: {} batches, {:.1f} sentences each on average, {:.1f}% padding", plan.size(),
              plan.empty() ? 0.0 : static_cast<double>(src_lengths_.size()) / static_cast<double>(plan.size()),
              padded == 0 ? 0.0 : 100.0 * static_cast<double>(padded - real) / static_cast<double>(padded));
  }

  // One update from the next train.accumulate batches of the plan (fewer at the epoch's end).
  // With several workers each takes its share of every batch, and they agree, in the all-reduce of
  // the gradients, on whether a signal came and on the time spent.
  void train_step(const std::vector<Batch>& plan, Interval& interval) {
    const auto start = Clock::now();
    std::vector<TensorBatch> batches;
    int64_t target_tokens = 0;
    const int64_t last = std::min<int64_t>(state_.batch + config_.train.accumulate, static_cast<int64_t>(plan.size())) - 1;
    for (int64_t b = state_.batch; b <= last; ++b) {
      const Batch& global = plan[static_cast<std::size_t>(b)];
      for (const std::size_t i : global) target_tokens += trg_lengths_[i] - 1;  // EOS counted, BOS not
      Batch share;  // this worker's sentences of the global batch; one process takes them all
      if (collective_) share = share_of(global, world_.rank, world_.world_size);
      const Batch& mine = collective_ ? share : global;
      if (mine.empty()) continue;
      batches.push_back(make_tensor_batch(data_.training_pairs(), mine, device_, true,
                                          data_.train_links.empty() ? nullptr : &data_.train_links));
    }
    if (data_.binarized) data_.binarized->release();
    state_.batch = last;
    ++state_.step;
    if (options_.before_step) options_.before_step(*model_, state_.step);
    UpdateResult update;
    if (collective_) {
      // [signal received, seconds of this worker's previous step]: summed with the gradients.
      auto control = torch::tensor({g_signal != 0 ? 1.0F : 0.0F, static_cast<float>(previous_step_seconds_)});
      UpdateShare share;
      share.update_tokens = target_tokens;
      share.all_reduce = [&](std::vector<torch::Tensor>& tensors) {
        tensors.push_back(control);
        collective_->all_reduce(tensors, fmt::format("all-reducing the gradients of step {}", state_.step));
      };
      update = training_update(*model_, *optimizer_, batches, config_.train, schedule_->rate(state_.step), &share);
      signalled_ = control[0].item<float>() > 0;
      state_.train_seconds += control[1].item<double>() / world_.world_size;
      previous_step_seconds_ = seconds_since(start);
    } else {
      update = training_update(*model_, *optimizer_, batches, config_.train, schedule_->rate(state_.step));
      signalled_ = g_signal != 0;
      state_.train_seconds += seconds_since(start);
    }
    if (!update.applied) {
      ++bad_steps_;
      log::warn("train", "step {}: loss {} and gradient norm {}: not finite, update skipped ({} in a row)", state_.step,
                update.nll.item<double>(), update.grad_norm, bad_steps_);
      if (bad_steps_ >= config_.train.max_bad_steps)
        throw std::runtime_error(fmt::format(
            "training stopped at step {}: {} updates in a row had a NaN or infinite loss or gradient (train.max_bad_steps); "
            "the checkpoints written so far hold finite parameters: lower train.learning_rate or check the data",
            state_.step, bad_steps_));
      return;
    }
    bad_steps_ = 0;
    state_.target_tokens += target_tokens;
    interval.nll += update.nll.item<double>();
    interval.tokens += target_tokens;
    interval.grad_norm += update.grad_norm;
    ++interval.steps;
  }

  // After SIGINT/SIGTERM: saves the position after the step just done, then stops the program.
  [[noreturn]] void stop_on_signal() {
    const int signal = g_signal != 0 ? g_signal.load() : SIGTERM;  // a worker may only hear of another's signal
    ++state_.batch;  // the checkpoint resumes after this batch
    if (!lead_) throw Interrupted(signal, fmt::format("rank {} stopped at step {} with the others", world_.rank, state_.step));
    save("last");
    if (metrics_ != nullptr) std::fclose(metrics_);
    metrics_ = nullptr;
    const std::string message = fmt::format("{} at step {}: saved {}; continue with --resume",
                                            signal == SIGINT ? "interrupted (SIGINT)" : "terminated (SIGTERM)", state_.step,
                                            checkpoint_path(config_.train.model_dir, "last"));
    log::info("train", "{}", message);
    throw Interrupted(signal, message);
  }

  void log_progress(const Interval& interval, int64_t planned, int64_t start_step, double elapsed) {
    const double loss = interval.nll / static_cast<double>(std::max<int64_t>(interval.tokens, 1));
    const double rate = static_cast<double>(interval.tokens) / std::max(seconds_since(interval.start), 1e-9);
    const double grad = interval.grad_norm / static_cast<double>(std::max<int64_t>(interval.steps, 1));
    const double lr = schedule_->rate(state_.step);
    const double per_step = elapsed / static_cast<double>(std::max<int64_t>(state_.step - start_step, 1));
    double remaining = planned > 0 ? per_step * static_cast<double>(planned - state_.step) : -1;
    if (config_.train.max_minutes > 0) {
      const double budget = std::max(config_.train.max_minutes * 60 - state_.train_seconds, 0.0);
      remaining = remaining < 0 ? budget : std::min(remaining, budget);
    }
    const std::string eta = remaining >= 0 ? log::format_duration(remaining) : "?";
    log::info("train", "epoch {} step {} loss {:.3f} ppl {:.2f} tok/s {:.0f} lr {:.1e} |g| {:.2f} eta {}",
              state_.epoch + 1, state_.step, loss, std::exp(loss), rate, lr, grad, eta);
    write_metrics(fmt::format(R"({{"kind":"train","step":{},"epoch":{},"loss":{:.6f},"ppl":{:.6f},"tok_s":{:.1f},"lr":{:.6e},"grad_norm":{:.6f}}})",
                              state_.step, state_.epoch + 1, loss, std::exp(loss), rate, lr, grad));
  }

  void write_metrics(const std::string& line) {
    if (metrics_ != nullptr && std::fputs((line + "\n").c_str(), metrics_) >= 0 && std::fflush(metrics_) == 0) return;
    if (metrics_ != nullptr) std::clearerr(metrics_);
    metrics_failed();
  }

  // The first failure is warned about; the rest are counted (and reported at the end of the run).
  void metrics_failed() {
    if (metrics_failures_++ == 0)
      log::warn("train", "cannot write {}: {}; metrics lines that do not reach it from now on are counted, not shown",
                metrics_path_, std::strerror(errno != 0 ? errno : EIO));
  }

  // After a log or metrics line was lost: training goes on only while the model directory still
  // takes files (the checkpoints need it); otherwise it stops here, and the last checkpoint
  // written stays the one to resume from. The directory is tried at most every 30 seconds.
  void check_writes() {
    const int64_t failures = log::file_failures() + metrics_failures_;
    if (failures == checked_failures_) return;
    checked_failures_ = failures;
    if (last_probe_ && seconds_since(*last_probe_) < 30) return;
    last_probe_ = Clock::now();
    const std::string probe = config_.train.model_dir + "/.write-probe";
    try {
      write_file_atomic(probe, "rnnsearch checks that the model directory is writable\n");
      std::filesystem::remove(probe);
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(fmt::format(
          "training stopped at step {}: the model directory cannot be written to any more ({}); {} after it",
          state_.step, e.what(),
          saved_step_ < 0 ? std::string("no checkpoint was written")
                          : fmt::format("{} (step {}) is the checkpoint to resume from with --resume",
                                        checkpoint_path(config_.train.model_dir, "last"), saved_step_)));
    }
    if (!said_writable_)
      log::warn("train", "step {}: {} log or metrics line(s) lost so far, but the model directory is writable: "
                "training goes on", state_.step, failures);
    said_writable_ = true;
  }

  Validation validate() {
    torch::NoGradGuard no_grad;
    model_->eval();
    BatchingOptions options;
    options.batch_tokens = config_.train.batch_tokens;
    options.shuffle = false;
    const auto plan = make_batches(sequence_lengths(data_.dev.src_ids), sequence_lengths(data_.dev.trg_ids), options, 0);
    double nll = 0, jsd = 0;
    int64_t tokens = 0;
    const bool heads = config_.model.attention.heads > 1;
    for (const auto& indices : plan) {
      const TensorBatch batch = make_tensor_batch(data_.dev.src_ids, data_.dev.trg_ids, indices, device_);
      torch::Tensor head_weights;
      const auto log_probs =
          model_->forward(batch, nullptr, DecoderOutput::log_probs, heads ? &head_weights : nullptr);
      nll += sequence_loss(log_probs, batch.trg_out, batch.trg_mask, 0.0).nll.item<double>();
      if (head_weights.defined())
        jsd += mean_pairwise_jsd(head_weights).masked_select(batch.trg_mask).sum().item<double>();
      tokens += batch.target_tokens;
    }
    // Greedy translations of the whole dev set: BLEU, chrF, and a few examples to read.
    TranslateOptions greedy = translate_options(config_.decode);
    greedy.search.beam_size = 1;
    greedy.search.n_best = 1;
    greedy.int8 = false;  // validation reads the parameters as they are (decode.precision is for translate)
    Translator translator({LoadedModel{config_, data_.vocabs, model_, "training"}}, greedy);
    const auto results = translator.translate(data_.dev_source);
    std::vector<std::string> hyps;
    for (const auto& r : results) hyps.push_back(scoring::rstrip(translator.detokenize(r.front())));
    std::vector<std::string> refs;
    for (const auto& r : data_.dev_reference) refs.push_back(scoring::rstrip(r));
    scoring::BleuOptions bleu;
    bleu.tokenize = config_.eval.tokenize;
    bleu.lowercase = config_.eval.lowercase;
    scoring::ChrfOptions chrf;
    chrf.lowercase = config_.eval.chrf_lowercase;
    chrf.word_order = config_.eval.chrf_word_order;
    for (std::size_t k = 0; k < std::min<std::size_t>(3, hyps.size()); ++k) {
      log::info("valid", "Source:     {}", data_.dev_source[k]);
      log::info("valid", "Reference:  {}", data_.dev_reference[k]);
      log::info("valid", "Hypothesis: {}", hyps[k]);
    }
    const double loss = nll / static_cast<double>(std::max<int64_t>(tokens, 1));
    Validation v{loss, std::exp(loss), scoring::corpus_bleu(hyps, {refs}, bleu).score, scoring::corpus_chrf(hyps, {refs}, chrf)};
    if (heads) v.head_jsd = jsd / static_cast<double>(std::max<int64_t>(tokens, 1));
    return v;
  }

  // Lower is better: BLEU and chrF are negated.
  double metric_of(const Validation& v) const {
    switch (config_.train.stop_metric) {
      case StopMetric::loss: return v.loss;
      case StopMetric::ppl: return v.ppl;
      case StopMetric::bleu: return -v.bleu;
      case StopMetric::chrf: return -v.chrf;
    }
    return v.ppl;
  }
  // The stop metric as people read it.
  double shown(double metric) const {
    const bool negated = config_.train.stop_metric == StopMetric::bleu || config_.train.stop_metric == StopMetric::chrf;
    return negated ? -metric : metric;
  }

  // Validates, then saves last (and best, and step-N). `schedule`: whether this validation counts
  // for the learning-rate schedule and early stopping (the extra one at the end of a run does not).
  Validation validate_and_save(bool schedule) {
    const auto start = Clock::now();
    const Validation v = validate();
    const double metric = metric_of(v);
    const bool improved = metric < state_.best_metric;
    if (improved) {
      state_.best_metric = metric;
      state_.best_step = state_.step;
    }
    if (schedule) {
      state_.bad_validations = improved ? 0 : state_.bad_validations + 1;
      schedule_->on_validation(improved);
      state_.plateau_rate = schedule_->plateau_rate();
      state_.plateau_bad = schedule_->bad_validations();
    }
    const std::string heads = std::isnan(v.head_jsd) ? "" : fmt::format(" head JSD {:.3f}", v.head_jsd);
    log::info("valid", "step {} loss {:.4f} ppl {:.3f} bleu {:.2f} chrf {:.2f}{}{} ({:.1f}s)", state_.step, v.loss, v.ppl,
              v.bleu, v.chrf, heads,
              improved ? " (best)"
                       : fmt::format(" (best {} {:.4f} at step {})", to_string(config_.train.stop_metric),
                                     shown(state_.best_metric), state_.best_step),
              seconds_since(start));
    write_metrics(fmt::format(
        R"({{"kind":"valid","step":{},"epoch":{},"loss":{:.6f},"ppl":{:.6f},"bleu":{:.4f},"chrf":{:.4f},{}"best":{}}})",
        state_.step, state_.epoch + 1, v.loss, v.ppl, v.bleu, v.chrf,
        std::isnan(v.head_jsd) ? "" : fmt::format(R"("head_jsd":{:.6f},)", v.head_jsd), improved ? "true" : "false"));
    if (improved) save("best");
    if (schedule) save_periodic();
    return v;
  }

  // After rank 0's validation: the state it changed (best metric, early stopping, the plateau
  // schedule) goes to every worker, which waits for it meanwhile.
  void share_validation_state() {
    auto values = torch::tensor({state_.best_metric, static_cast<double>(state_.best_step),
                                 static_cast<double>(state_.bad_validations), state_.plateau_rate,
                                 static_cast<double>(state_.plateau_bad)},
                                torch::kFloat64);
    collective_->broadcast({values}, fmt::format("waiting for rank 0's validation at step {}", state_.step));
    state_.best_metric = values[0].item<double>();
    state_.best_step = values[1].item<int64_t>();
    state_.bad_validations = values[2].item<int64_t>();
    state_.plateau_rate = values[3].item<double>();
    state_.plateau_bad = values[4].item<int64_t>();
    schedule_->restore(state_.plateau_rate, static_cast<int>(state_.plateau_bad));
  }

  // last.ckpt and a step-N.ckpt, keeping the newest train.keep_last of those.
  void save_periodic() {
    save("last");
    if (config_.train.keep_last == 0) return;
    save(fmt::format("step-{}", state_.step));
    kept_.push_back(state_.step);
    while (static_cast<int>(kept_.size()) > config_.train.keep_last) {
      std::filesystem::remove(checkpoint_path(config_.train.model_dir, fmt::format("step-{}", kept_.front())));
      kept_.erase(kept_.begin());
    }
  }

  void save(const std::string& name) {
    Checkpoint c;
    c.trainer = state_;
    c.config_yaml = to_yaml(config_);
    for (const auto* vocab : {data_.vocabs.src.get(), data_.vocabs.trg.get()})
      c.vocab_files[std::filesystem::path(vocab->path()).filename().string()] = read_file(vocab->path());
    c.optimizer = optimizer_->state();
    c.rng_state = at::detail::getDefaultCPUGenerator().get_state();
    save_checkpoint(checkpoint_path(config_.train.model_dir, name), *model_, c);
    if (name == "last") saved_step_ = state_.step;
  }

  // step-N checkpoints already in the model directory, oldest first, so keep_last counts them.
  void find_step_checkpoints() {
    for (const auto& [step, path] : step_checkpoints(config_.train.model_dir)) kept_.push_back(step);
  }

  void restore(const std::string& path) {
    Checkpoint c = load_checkpoint(path, model_.get());
    try {
      optimizer_->load_state(c.optimizer);
    } catch (const std::runtime_error& e) {
      throw UserError(fmt::format("{}: {} (was the model config changed?)", path, e.what()));
    }
    state_ = c.trainer;
    saved_step_ = state_.step;
    schedule_->restore(state_.plateau_rate, static_cast<int>(state_.plateau_bad));
    if (c.rng_state.numel() > 0) {
      at::Generator generator = at::detail::getDefaultCPUGenerator();
      generator.set_state(c.rng_state);
    }
    log::info("train", "resumed from {} at step {}, epoch {}, batch {}", path, state_.step, state_.epoch + 1, state_.batch);
  }

  Config config_;
  TrainOptions options_;
  torch::Device device_;
  Dataset data_;
  std::vector<int> src_lengths_, trg_lengths_;
  NmtModel model_{nullptr};
  std::unique_ptr<Optimizer> optimizer_;
  std::unique_ptr<LrSchedule> schedule_;
  TrainerState state_;
  int64_t updates_per_epoch_ = 0;  // train.accumulate batches of the plan each
  std::vector<int64_t> kept_;
  std::FILE* metrics_ = nullptr;
  std::string metrics_path_;
  int64_t metrics_failures_ = 0;  // metrics lines that did not reach the file
  int64_t checked_failures_ = 0;  // log + metrics failures when the model directory was last checked
  int64_t saved_step_ = -1;       // the step last.ckpt holds, -1 before the first save
  std::optional<Clock::time_point> last_probe_;
  bool said_writable_ = false;
  int bad_steps_ = 0;  // consecutive skipped updates
  WorldInfo world_;
  bool lead_ = true;                       // rank 0: logs, validates, writes
  std::unique_ptr<Collective> collective_;  // with several workers
  bool signalled_ = false;                 // SIGINT/SIGTERM reached this worker (or, agreed, any worker)
  double previous_step_seconds_ = 0;
};

}  // namespace

TrainResult train_model(const Config& config, const TrainOptions& options) { return Trainer(config, options).run(); }

}  // namespace rnnsearch
