// `rnnsearch score`: BLEU and chrF of hypotheses against references.
#include "commands.h"
#include "options.h"

#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/eval/scoring.h"

namespace rnnsearch::cli {

std::function<int()> setup_score(CLI::App& app) {
  struct Args {
    std::vector<std::string> refs;
    std::string hyp = "-";
    std::vector<std::string> metrics = {"bleu"};
    bool lowercase = false;
    bool chrf_lowercase = false;
    std::string smooth_method = "exp";
    std::optional<double> smooth_value;
    std::string tokenize = "13a";
    int chrf_word_order = 0;
    int width = 1;
    std::string format = "json";
    bool sentence_level = false;
    ScorerArgs scorer;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--ref,-r", args->refs, "reference file (repeat for several references)")->required()->check(CLI::ExistingFile);
  app.add_option("--hyp,-i", args->hyp, "hypotheses, one per line (- = stdin)")->capture_default_str();
  app.add_option("--metrics,-m", args->metrics, "bleu, chrf or both")->delimiter(',')->check(CLI::IsMember({"bleu", "chrf"}))
      ->capture_default_str();
  app.add_flag("--lowercase,-l", args->lowercase, "case-insensitive BLEU (as sacreBLEU's -lc, BLEU only; chrF: --chrf-lowercase)");
  app.add_flag("--chrf-lowercase", args->chrf_lowercase, "case-insensitive chrF");
  app.add_option("--tokenize", args->tokenize, "BLEU tokenizer")->check(CLI::IsMember({"13a", "none"}))->capture_default_str();
  app.add_option("--smooth-method,-s", args->smooth_method, "BLEU smoothing: exp, floor, add-k or none")
      ->check(CLI::IsMember({"exp", "floor", "add-k", "none"}))->capture_default_str();
  app.add_option("--smooth-value", args->smooth_value, "the value of floor (default 0.1) or add-k (default 1) smoothing")
      ->check(CLI::Range(0.0, 1e6));
  app.add_option("--chrf-word-order", args->chrf_word_order, "chrF word n-gram order (2 = chrF++)")->check(CLI::Range(0, 10))
      ->capture_default_str();
  app.add_option("--width,-w", args->width, "decimals of the score")->check(CLI::Range(0, 16))->capture_default_str();
  app.add_option("--format,-f", args->format, "text or json, as the sacrebleu command prints them")
      ->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  app.add_flag("--sentence-level", args->sentence_level, "a score per sentence (built-in scorer)");
  args->scorer.add_to(app);
  app.footer("Scores equal sacreBLEU 2.6.0's; the signature's version field says which implementation scored\n"
             "(2.6.0+rnnsearch: built in).");
  return [args] {
    const std::vector<std::string> hyps = scoring::read_segments(args->hyp);
    std::vector<std::vector<std::string>> refs;
    for (const auto& path : args->refs) refs.push_back(scoring::read_segments(path));
    check_line_counts(args->hyp == "-" ? "<stdin>" : args->hyp, hyps.size(), args->refs, refs);
    ScorerOptions options;
    args->scorer.apply(options);
    options.metrics.clear();
    for (const auto& m : args->metrics) options.metrics.push_back(*enum_from_string<ScoreMetric>(m));
    options.tokenize = *enum_from_string<TokenizeType>(args->tokenize);
    options.lowercase = args->lowercase;
    options.chrf_lowercase = args->chrf_lowercase;
    options.chrf_word_order = args->chrf_word_order;
    options.smoothing = *enum_from_string<Smoothing>(args->smooth_method);
    options.smooth_value = args->smooth_value;
    if (args->sentence_level) {
      if (options.scorer == ScorerType::sacrebleu && args->scorer.scorer) throw UserError("--sentence-level uses the built-in scorer; drop --scorer sacrebleu");
      scoring::ScoreRequest request;
      request.metrics = options.metrics;
      request.bleu.tokenize = options.tokenize;
      request.bleu.lowercase = options.lowercase;
      request.bleu.smoothing = options.smoothing;
      request.bleu.smooth_value = options.smooth_value;
      request.chrf.lowercase = options.chrf_lowercase;
      request.chrf.word_order = options.chrf_word_order;
      request.width = args->width;
      request.sentence_level = true;
      std::cout << scoring::score_report(hyps, refs, request) << std::flush;
      return 0;
    }
    std::cout << scoring::render_report(score_corpus(hyps, refs, options), args->width, args->format == "json") << std::flush;
    return 0;
  };
}

}  // namespace rnnsearch::cli
