// Scoring translations with the real sacrebleu command when it is available (or demanded), and
// with the built-in twin (scoring.h) otherwise. Torch-free.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rnnsearch/common/config.h"
#include "rnnsearch/eval/scoring.h"

namespace rnnsearch {

struct ScorerOptions {
  ScorerType scorer = ScorerType::automatic;
  std::string command = "sacrebleu";  // a name looked up on PATH, or a path
  int timeout_seconds = 600;
  std::vector<ScoreMetric> metrics = {ScoreMetric::bleu, ScoreMetric::chrf};
  TokenizeType tokenize = TokenizeType::tok13a;
  bool lowercase = false;       // BLEU only, as sacreBLEU's -lc
  bool chrf_lowercase = false;  // sacreBLEU's --chrf-lowercase
  int chrf_word_order = 0;
  Smoothing smoothing = Smoothing::exp;  // BLEU
  std::optional<double> smooth_value;    // floor: 0.1, add-k: 1 when unset
};
ScorerOptions scorer_options(const EvalConfig& eval);

// The executable the sacrebleu scorer would run: found on PATH (or the path itself, if
// executable), else empty.
std::string find_executable(const std::string& command);

// Which implementation scores: "sacrebleu" or "builtin". auto picks sacrebleu when found;
// sacrebleu without the command is a UserError naming eval.sacrebleu_command.
std::string choose_scorer(const ScorerOptions& options);

// Corpus scores of each metric. With the sacrebleu scorer the command runs once per metric,
// without a shell, on temporary files, under a timeout; its JSON is parsed. A failing command,
// one that times out or prints something else than its JSON, is a std::runtime_error saying so.
std::vector<scoring::MetricScore> score_corpus(const std::vector<std::string>& hyps,
                                               const std::vector<std::vector<std::string>>& refs,
                                               const ScorerOptions& options);

}  // namespace rnnsearch
