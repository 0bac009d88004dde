// `rnnsearch translate`: text in, translations out, with attention, alignments and <unk>
// replacement on request.
#include "commands.h"
#include "options.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rnnsearch/common/io.h"
#include "rnnsearch/data/vocab.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/train/bench.h"

namespace rnnsearch::cli {

namespace {

// How --alignment asks for links: hard (argmax per target word), soft (every weight) or a threshold.
struct AlignmentMode {
  std::string text;  // empty = no alignment
  bool enabled() const { return !text.empty(); }
  std::string render(const AttentionRecord& record) const {
    if (text == "soft") return format_soft(record.word);
    if (text == "hard") return format_pharaoh(hard_alignment(record.word));
    return format_pharaoh(threshold_alignment(record.word, std::stod(text)));
  }
};

CLI::Validator alignment_mode_check() {
  return CLI::Validator(
      [](const std::string& value) -> std::string {
        if (value == "hard" || value == "soft") return {};
        try {
          std::size_t used = 0;
          const double t = std::stod(value, &used);
          if (used == value.size() && t > 0 && t <= 1) return {};
        } catch (const std::exception&) {
        }
        return "expected hard, soft or a threshold in (0, 1]";
      },
      "hard|soft|THRESHOLD");
}

}  // namespace

std::function<int()> setup_translate(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string input = "-";
    std::string output;
    std::string attention;
    AlignmentMode alignment;
    bool replace_unk = false;
    std::string profile;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, true);
  app.add_option("--input,-i", args->input, "text to translate, one sentence per line (- = stdin)")->capture_default_str();
  app.add_option("--output,-o", args->output, "where translations go (default stdout); written atomically");
  app.add_option("--attention", args->attention,
                 "write the attention of each translation here as JSON lines: tokens and weights, subword and word level "
                 "(`rnnsearch plot` draws them)");
  app.add_option("--alignment", args->alignment.text,
                 "append ' ||| ' and the word alignment to each translation: hard (Pharaoh i-j, the most-attended "
                 "source word of each target word), soft (weights, Marian's form) or a threshold such as 0.3 (links of "
                 "at least that weight)")
      ->check(alignment_mode_check());
  app.add_flag("--replace-unk", args->replace_unk,
               "replace each generated <unk> with the source word it attends to most (Luong et al. 2015)");
  app.add_option("--profile", args->profile,
                 "profile the translation with LibTorch's profiler: write the trace here (chrome://tracing) and print "
                 "the operators with the most self time, by name and by input shapes (the speed then includes the "
                 "profiler's overhead)");
  app.footer("Attention, alignments and <unk> replacement come from forced decoding of each output with the first "
             "model (ensembles: that model's attention).");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> lines = read_lines(args->input);
    Profiler profiler(args->profile);
    const auto results = translate_logged(translator, lines, args->input != "-");
    const auto profile = profiler.finish();
    if (!profile.empty()) {
      std::cerr << format_profile(profile, "operator (profiled translation)") << '\n'
                << format_profile(profiler.by_shapes(), "operator and input shapes (profiled translation)", 30);
    }
    std::vector<LineHypothesis> hyps;  // in output order
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (args->model.n_best) {
        for (const auto& h : results[i]) hyps.push_back({i, &h});
      } else {
        hyps.push_back({i, &results[i].front()});
      }
    }
    std::vector<AttentionRecord> records;
    if (!args->attention.empty() || args->alignment.enabled() || args->replace_unk)
      records = attention_records(translator, lines, hyps, args->replace_unk);
    std::string out, json;
    for (std::size_t k = 0; k < hyps.size(); ++k) {
      const auto& [line, h] = hyps[k];
      std::string text = records.empty() ? translator.detokenize(*h) : records[k].translation;
      if (args->alignment.enabled()) text += " ||| " + args->alignment.render(records[k]);
      out += args->model.n_best ? fmt::format("{} ||| {} ||| {:.6f}\n", line, text, h->score) : text + "\n";
      if (!args->attention.empty()) json += to_json_line(records[k]) + "\n";
    }
    if (!args->attention.empty()) write_file_atomic(args->attention, json);
    write_output(args->output, out);
    return 0;
  };
}

}  // namespace rnnsearch::cli
