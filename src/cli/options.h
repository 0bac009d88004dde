// Flag groups and helpers that several subcommands share: the config flags, the model and search
// flags, the scorer flags, and the checks and output they have in common.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "rnnsearch/common/config.h"
#include "rnnsearch/decode/translator.h"
#include "rnnsearch/eval/evaluation.h"

namespace rnnsearch::cli {

// --config FILE and repeated --set KEY=VALUE (config, train, vocab, bench).
struct ConfigArgs {
  std::string path;
  std::vector<std::string> sets;

  void add_to(CLI::App& app, bool required);
  Config load() const;
};

// The model and search flags (translate, evaluate, align).
struct ModelArgs {
  std::vector<std::string> models;
  std::string checkpoint = "best";
  std::optional<int> beam_size, n_best, batch_size, min_len, workers;
  std::optional<double> length_penalty, coverage_penalty;
  bool hard_argmax = false;
  std::string device = "auto";
  std::optional<std::string> precision, shortlist;
  int threads = 0;

  void add_to(CLI::App& app, bool with_n_best, bool with_search = true);
  // Loads the models; the first model's decode section gives the defaults the flags override.
  Translator translator() const { return translator(models); }
  // The same for the given models (directories or model files) instead of --model's.
  Translator translator(const std::vector<std::string>& paths) const;
};

// --scorer and --sacrebleu-command (score, evaluate).
struct ScorerArgs {
  std::optional<std::string> scorer;
  std::optional<std::string> command;

  void add_to(CLI::App& app);
  // Flags given on the command line override `options` (defaults, or a model's eval section).
  void apply(ScorerOptions& options) const;
};

// Reference files must match the hypotheses line for line.
void check_line_counts(const std::string& hyp_name, std::size_t hyps, const std::vector<std::string>& ref_paths,
                       const std::vector<std::vector<std::string>>& refs);

// Translates with progress, then logs the speed and memory summary.
std::vector<std::vector<Hypothesis>> translate_logged(Translator& translator, const std::vector<std::string>& lines,
                                                      bool progress);

// `text` to stdout when `path` is empty, else to the file, atomically.
void write_output(const std::string& path, const std::string& text);

}  // namespace rnnsearch::cli
