// The flag groups and helpers that several subcommands share (options.h).
#include "options.h"

#include <chrono>
#include <iostream>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/model/packed_linear.h"
#include "rnnsearch/train/checkpoint.h"

namespace rnnsearch::cli {

void ConfigArgs::add_to(CLI::App& app, bool required) {
  auto* option = app.add_option("--config,-c", path, "YAML config file")->check(CLI::ExistingFile);
  if (required) option->required();
  app.add_option("--set", sets,
                 "override a key, e.g. --set model.attention.score=dot (repeatable)")
      ->take_all();
}

Config ConfigArgs::load() const {
  std::vector<Override> overrides;
  for (const auto& s : sets) overrides.push_back(parse_override(s));
  return load_config(path, overrides);
}

void ModelArgs::add_to(CLI::App& app, bool with_n_best, bool with_search) {
  app.add_option("--model,-m", models,
                 with_search ? "model directory or exported model file; repeat for an ensemble (same target vocabulary)"
                             : "model directory or exported model file (rnnsearch export)")
      ->required();
  app.add_option("--checkpoint", checkpoint, "best, last, or a checkpoint file (one model only)")->capture_default_str();
  if (with_search) {
    app.add_option("--beam-size,-k", beam_size, "beam width, 1 = greedy (default: the model's decode.beam_size)")
        ->check(CLI::Range(1, 1000));
    if (with_n_best)
      app.add_option("--n-best", n_best, "print the N best as 'i ||| translation ||| score'")->check(CLI::Range(1, 1000));
    app.add_option("--length-penalty", length_penalty, "alpha in ((5+|y|)/6)^alpha, 0 = off")->check(CLI::Range(0.0, 10.0));
    app.add_option("--min-len", min_len, "shortest output in tokens")->check(CLI::Range(0, 10000));
    app.add_option("--coverage-penalty", coverage_penalty,
                   "beta of GNMT's coverage penalty in beam search, 0 = off (default: the model's decode.coverage_penalty)")
        ->check(CLI::Range(0.0, 10.0));
    app.add_flag("--hard-argmax", hard_argmax,
                 "hard attention models: decode with the most-attended source word alone instead of the marginal "
                 "(default: the model's decode.hard_argmax)");
  }
  app.add_option("--batch-size", batch_size, "sentences per batch")->check(CLI::Range(1, 100000));
  app.add_option("--device", device, "auto, cpu or cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}))->capture_default_str();
  app.add_option("--threads", threads, "CPU threads (0 = RNNSEARCH_THREADS, else all cores)")->check(CLI::Range(0, 1024));
  if (with_search)
    app.add_option("--workers", workers,
                   "batches translated at once on the CPU, each on threads / workers threads: 0 = one per thread, 1 = "
                   "one batch at a time on all threads (default: the model's decode.workers)")
        ->check(CLI::Range(0, 1024));
  if (with_search)
    app.add_option("--shortlist", shortlist,
                   "vocabulary selection: a table from `rnnsearch shortlist` (default: the model's decode.shortlist; "
                   "none = the whole vocabulary)");
  app.add_option("--precision", precision,
                 "auto (bfloat16 on a CPU with native bfloat16, else float32), float32, bfloat16, or int8 (the "
                 "RNNsearch decoder's products in int8, the encoder as under auto) (default: the model's "
                 "decode.precision)")
      ->check(CLI::IsMember({"auto", "float32", "bfloat16", "int8"}));
}

Translator ModelArgs::translator(const std::vector<std::string>& paths) const {
  if (paths.size() > 1 && checkpoint != "best" && checkpoint != "last")
    throw UserError("--checkpoint FILE names one model; an ensemble takes best or last of each --model");
  configure_threads(threads);
  const torch::Device dev = resolve_device(*enum_from_string<DeviceType>(device));
  std::vector<LoadedModel> loaded;
  for (const auto& dir : paths) loaded.push_back(load_model(resolve_checkpoint(dir, checkpoint), dev));
  const Precision wanted = precision ? *enum_from_string<Precision>(*precision) : loaded.front().config.decode.precision;
  const torch::Dtype dtype = resolve_precision(wanted, dev);
  for (auto& m : loaded) m.model->to(dtype);
  log::info("translate", "{} in {}{}", dev.str(),
            wanted == Precision::int8
                ? fmt::format("int8 (the decoder step's products{}; the encoder in {})",
                              dev.is_cpu() && PackedLinear::int8_shifted_by_default()
                                  ? ", shifted: uint8 inputs by 7-bit weights, as this CPU has no VNNI"
                                  : "",
                              dtype == torch::kBFloat16 ? "bfloat16" : "float32")
            : dtype == torch::kBFloat16 ? "bfloat16"
                                        : "float32",
            wanted == Precision::automatic ? " (precision auto)" : "");
  if (const auto note = emulated_precision_note(dtype); dev.is_cpu() && !note.empty())
    log::warn("translate", "{}", note);
  TranslateOptions options = translate_options(loaded.front().config.decode);
  options.int8 = wanted == Precision::int8;
  if (beam_size) options.search.beam_size = *beam_size;
  if (n_best && *n_best > options.search.beam_size)
    throw UserError(fmt::format("--n-best {} exceeds the beam size {}", *n_best, options.search.beam_size));
  options.search.n_best = n_best ? *n_best : 1;
  if (length_penalty) options.search.length_penalty = *length_penalty;
  if (min_len) options.search.min_len = *min_len;
  if (coverage_penalty) options.search.coverage_penalty = *coverage_penalty;
  if (hard_argmax) options.hard_argmax = true;
  if (batch_size) options.batch_size = *batch_size;
  if (workers) options.workers = *workers;
  const std::string table = shortlist ? *shortlist : loaded.front().config.decode.shortlist;
  if (!table.empty() && table != "none") {
    options.shortlist = std::make_shared<const Shortlist>(
        Shortlist::load(table, *loaded.front().vocabs.src, *loaded.front().vocabs.trg));
    log::info("translate", "shortlist {}: the {} most frequent target pieces and the candidates of each source piece",
              table, options.shortlist->frequent());
  }
  return Translator(std::move(loaded), options);
}

void ScorerArgs::add_to(CLI::App& app) {
  app.add_option("--scorer", scorer, "auto (the sacrebleu command if on PATH, else built-in), builtin or sacrebleu")
      ->check(CLI::IsMember({"auto", "builtin", "sacrebleu"}));
  app.add_option("--sacrebleu-command", command, "the sacrebleu executable (default: sacrebleu)");
}

void ScorerArgs::apply(ScorerOptions& options) const {
  if (scorer) options.scorer = *enum_from_string<ScorerType>(*scorer);
  if (command) options.command = *command;
}

void check_line_counts(const std::string& hyp_name, std::size_t hyps, const std::vector<std::string>& ref_paths,
                       const std::vector<std::vector<std::string>>& refs) {
  for (std::size_t k = 0; k < refs.size(); ++k)
    if (refs[k].size() != hyps)
      throw UserError(fmt::format("{} has {} lines but {} has {}: they must match line for line", ref_paths[k],
                                  refs[k].size(), hyp_name, hyps));
}

std::vector<std::vector<Hypothesis>> translate_logged(Translator& translator, const std::vector<std::string>& lines,
                                                      bool progress) {
  const auto start = std::chrono::steady_clock::now();
  auto results = translator.translate(lines, progress);
  const double seconds = log::seconds_since(start);
  std::size_t tokens = 0;
  for (const auto& r : results) tokens += r.front().tokens.size() + 1;  // with EOS
  log::info("translate", "{} sentences in {:.2f} s: {:.1f} sentences/s, {:.0f} target tokens/s (beam {}), peak memory {:.0f} MiB",
            lines.size(), seconds, static_cast<double>(lines.size()) / seconds, static_cast<double>(tokens) / seconds,
            translator.options().search.beam_size, log::peak_memory_mib());
  if (const auto& shortlist = translator.options().shortlist; shortlist && !lines.empty())
    log::info("translate", "shortlist: {:.0f} of {} target pieces scored per batch on average",
              translator.shortlist_columns(), shortlist->target_size());
  return results;
}

void write_output(const std::string& path, const std::string& text) {
  if (path.empty()) std::cout << text << std::flush;
  else write_file_atomic(path, text);
}

}  // namespace rnnsearch::cli
