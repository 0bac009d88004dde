// `rnnsearch evaluate`: translates a test set and scores it.
#include "commands.h"
#include "options.h"

#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/io.h"
#include "rnnsearch/eval/scoring.h"

namespace rnnsearch::cli {

std::function<int()> setup_evaluate(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string src;
    std::vector<std::string> refs;
    std::string output;
    std::string format = "text";
    int width = 1;
    ScorerArgs scorer;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, false);
  app.add_option("--src,-s", args->src, "source text, one sentence per line")->required()->check(CLI::ExistingFile);
  app.add_option("--ref,-r", args->refs, "reference translations (repeat for several)")->required()->check(CLI::ExistingFile);
  app.add_option("--output,-o", args->output, "also write the translations here (atomically)");
  app.add_option("--format,-f", args->format, "text or json, as the sacrebleu command prints them")
      ->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  app.add_option("--width,-w", args->width, "decimals of the scores")->check(CLI::Range(0, 16))->capture_default_str();
  args->scorer.add_to(app);
  app.footer("Metrics, tokenizer and case come from the model's eval section (see `rnnsearch config`).");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> lines = read_lines(args->src);
    std::vector<std::vector<std::string>> refs;
    for (const auto& path : args->refs) refs.push_back(scoring::read_segments(path));
    check_line_counts(args->src, lines.size(), args->refs, refs);
    const auto results = translate_logged(translator, lines, true);
    std::vector<std::string> hyps;
    std::string text;
    for (const auto& r : results) {
      hyps.push_back(scoring::rstrip(translator.detokenize(r.front())));
      text += translator.detokenize(r.front()) + "\n";
    }
    if (!args->output.empty()) write_file_atomic(args->output, text);
    ScorerOptions options = scorer_options(translator.config().eval);
    args->scorer.apply(options);
    std::cout << scoring::render_report(score_corpus(hyps, refs, options), args->width, args->format == "json") << std::flush;
    return 0;
  };
}

}  // namespace rnnsearch::cli
