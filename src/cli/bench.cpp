// `rnnsearch bench`: training throughput, model FLOPs and MFU of a config's model.
#include "commands.h"
#include "options.h"

#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/io.h"
#include "rnnsearch/train/bench.h"

namespace rnnsearch::cli {

std::function<int()> setup_bench(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    TrainBenchOptions options;
    std::string json;
    int profile_rows = 30;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, true);
  app.add_option("--warmup", args->options.warmup_steps, "training steps before timing")
      ->capture_default_str()->check(CLI::Range(0, 100000));
  app.add_option("--steps", args->options.steps, "timed training steps")->capture_default_str()->check(CLI::Range(1, 1000000));
  app.add_option("--json", args->json, "also write the figures as JSON here (atomically)");
  app.add_option("--profile", args->options.profile,
                 "profile the timed steps with LibTorch's profiler: write the trace here (chrome://tracing) and "
                 "print the operators with the most self time (timings then include the profiler's overhead)");
  app.add_option("--profile-rows", args->profile_rows, "rows of the per-shape profile table")
      ->capture_default_str()->check(CLI::Range(1, 100000));
  app.add_option("--compare", args->options.compare,
                 "NAME=VALUE: time the steps both ways in this process, the environment variable as it is and "
                 "set to VALUE (e.g. RNNSEARCH_DECODER_LAYER=0), in blocks taking turns on the same batches; "
                 "prints both rates and their ratio (no MFU)");
  app.add_option("--compare-block", args->options.compare_block, "steps per block each way with --compare")
      ->capture_default_str()->check(CLI::Range(1, 100000));
  app.footer("Training throughput of the config's model on its training data (vocabularies from\n"
             "train.model_dir, trained there if absent), model FLOPs, the torch::mm rate at the model's\n"
             "shapes measured in the same run in the precision the products run in (bfloat16 under\n"
             "train.precision bfloat16 on a CPU that has it natively), and their ratio (MFU).\n"
             "Translation speed and the Python reference side by side: scripts/bench.sh. With --compare,\n"
             "a switch's effect measured in one process (the RNNSEARCH_* switches that turn a faster\n"
             "kernel off: RNNSEARCH_DECODER_LAYER, RNNSEARCH_KEY_EXPS, RNNSEARCH_GRU_LAYER,\n"
             "RNNSEARCH_ONEDNN_FLOAT, RNNSEARCH_ONEDNN_BF16, RNNSEARCH_PANEL_GEMM, RNNSEARCH_LOSS_GROUPS,\n"
             "each =0).");
  return [args] {
    const Config config = args->config.load();
    const TrainBenchResult r = benchmark_training(config, args->options);
    if (r.compare) {
      const CompareResult& c = *r.compare;
      std::cout << fmt::format("cpu {} (matrix units: {}), {} threads, {} training, {} blocks of up to {} steps "
                               "each way\n"
                               "as is: {:.0f} target tok/s; with {}: {:.0f} target tok/s; ratio {:.3f} "
                               "(block pairs {:.3f}-{:.3f}); peak memory {:.0f} MiB\n",
                               r.cpu, r.matrix_units, r.threads, r.precision, c.blocks, args->options.compare_block,
                               c.as_is_tokens_per_second, c.setting, c.set_tokens_per_second, c.ratio(), c.lowest_ratio,
                               c.highest_ratio, r.peak_mib);
      const std::string json = fmt::format(
          R"({{"compare":{},"blocks":{},"tok_s":{:.1f},"compare_tok_s":{:.1f},"ratio":{:.4f},"lowest_ratio":{:.4f},)"
          R"("highest_ratio":{:.4f},"threads":{},"precision":{},"matrix_units":{},"cpu":{}}})",
          nlohmann::json(c.setting).dump(), c.blocks, c.as_is_tokens_per_second, c.set_tokens_per_second, c.ratio(),
          c.lowest_ratio, c.highest_ratio, r.threads, nlohmann::json(r.precision).dump(),
          nlohmann::json(r.matrix_units).dump(), nlohmann::json(r.cpu).dump());
      std::cout << json << '\n';
      if (!args->json.empty()) write_file_atomic(args->json, json + "\n");
      return 0;
    }
    std::cout << fmt::format("{:<46} {:>12} {:>8} {:>12}\n", "product", "GFLOP/step", "share", "mm GFLOP/s");
    double total = 0;
    for (const auto& t : r.terms) total += t.flops;
    for (std::size_t i = 0; i < r.terms.size(); ++i) {
      const auto& t = r.terms[i];
      std::cout << fmt::format("{:<46} {:>12.3f} {:>7.1f}% {:>12.1f}\n",
                               fmt::format("{} [{}x{}x{}]{}", t.name, t.m, t.k, t.n, t.batch > 1 ? fmt::format(" x{}", t.batch) : ""),
                               3 * t.flops / r.steps / 1e9, 100 * t.flops / total, r.rates[i] / 1e9);
    }
    std::cout << fmt::format("\ncpu {} (matrix units: {})\n"
                             "parameters {}  threads {}  timed steps {}  target tokens {}  seconds {:.2f}\n"
                             "training: {:.0f} target tok/s, {:.2f} model GFLOP/s; mm in {} at the model's shapes "
                             "{:.2f} GFLOP/s; MFU {:.1f}%; peak memory {:.0f} MiB\n",
                             r.cpu, r.matrix_units, r.parameters, r.threads, r.steps, r.target_tokens, r.seconds,
                             r.tokens_per_second, r.model_flops_per_second / 1e9, r.precision,
                             r.mm_flops_per_second / 1e9, 100 * r.mfu, r.peak_mib);
    const std::string json = fmt::format(
        R"({{"parameters":{},"threads":{},"steps":{},"target_tokens":{},"seconds":{:.4f},"tok_s":{:.1f},)"
        R"("model_gflop_s":{:.4f},"mm_gflop_s":{:.4f},"mfu":{:.4f},"peak_mib":{:.1f},"precision":{},)"
        R"("matrix_units":{},"cpu":{}}})",
        r.parameters, r.threads, r.steps, r.target_tokens, r.seconds, r.tokens_per_second, r.model_flops_per_second / 1e9,
        r.mm_flops_per_second / 1e9, r.mfu, r.peak_mib, nlohmann::json(r.precision).dump(),
        nlohmann::json(r.matrix_units).dump(), nlohmann::json(r.cpu).dump());
    std::cout << json << '\n';
    if (!args->json.empty()) write_file_atomic(args->json, json + "\n");
    if (!r.profile.empty()) std::cout << '\n' << format_profile(r.profile, "operator (profiled steps)");
    if (!r.profile_shapes.empty())
      std::cout << '\n' << format_profile(r.profile_shapes, "operator and input shapes (profiled steps)", args->profile_rows);
    return 0;
  };
}

}  // namespace rnnsearch::cli
