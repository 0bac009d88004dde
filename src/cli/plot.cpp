// `rnnsearch plot`: SVG attention heatmaps and training curves.
#include "commands.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/eval/scoring.h"
#include "rnnsearch/inspect/alignment.h"
#include "rnnsearch/inspect/plot.h"

namespace rnnsearch::cli {

std::function<int()> setup_plot(CLI::App& app) {
  struct Args {
    std::string attention, ref, model, out = "plots";
    std::string level = "subword";
    std::size_t limit = 100;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--attention,-a", args->attention, "JSON lines of translate --attention or align --attention: one heatmap per line")
      ->check(CLI::ExistingFile);
  app.add_option("--ref,-r", args->ref, "references, line for line with the translated input: sentence BLEU in each title")
      ->check(CLI::ExistingFile);
  app.add_option("--level", args->level, "subword or word")->check(CLI::IsMember({"subword", "word"}))->capture_default_str();
  app.add_option("--limit", args->limit, "draw at most this many heatmaps (0 = all)")->capture_default_str();
  app.add_option("--model,-m", args->model, "model directory: draw its training curve from metrics.jsonl")->check(CLI::ExistingDirectory);
  app.add_option("--out,-o", args->out, "directory for the SVG files")->capture_default_str();
  app.footer("Writes OUT/attention-LINE.svg per record (OUT/attention-LINE-K.svg for n-best) and OUT/training.svg; for "
             "the records of rnnsearch explain, also OUT/attention-LINE-MEASURE.svg per importance measure.");
  return [args] {
    if (args->attention.empty() && args->model.empty()) throw UserError("plot: give --attention FILE, --model DIR or both");
    std::filesystem::create_directories(args->out);
    if (!args->attention.empty()) {
      const std::vector<AttentionRecord> records = read_attention_records(args->attention);
      std::vector<std::string> lines = read_lines(args->attention);  // the records' lines, for explain's measures
      lines.erase(std::remove(lines.begin(), lines.end(), std::string()), lines.end());
      std::vector<std::string> refs;
      if (!args->ref.empty()) refs = read_lines(args->ref);
      scoring::BleuOptions bleu;
      bleu.effective_order = true;
      std::map<std::size_t, int> seen;  // n-best lists repeat a line
      std::size_t drawn = 0;
      for (const auto& record : records) {
        if (args->limit > 0 && drawn == args->limit) break;
        HeatmapOptions options;
        options.word_level = args->level == "word";
        if (!refs.empty()) {
          if (record.line == 0 || record.line > refs.size())
            throw UserError(fmt::format("{}: line {} of the attention file has no reference ({} lines)", args->ref,
                                        record.line, refs.size()));
          options.sentence_bleu =
              scoring::bleu_from_statistics(scoring::bleu_statistics(record.translation, {refs[record.line - 1]}, bleu), bleu).score;
        }
        const int k = seen[record.line]++;
        const std::string stem = k == 0 ? fmt::format("attention-{}", record.line) : fmt::format("attention-{}-{}", record.line, k + 1);
        write_file_atomic((std::filesystem::path(args->out) / (stem + ".svg")).string(), attention_heatmap_svg(record, options));
        ++drawn;
        // An explain record: each importance measure beside the attention, on the same scale.
        const std::size_t index = static_cast<std::size_t>(&record - records.data());
        for (auto& [measure, matrix] : importance_matrices(lines[index], options.word_level,
                                                           fmt::format("{}: record {}", args->attention, index + 1))) {
          AttentionRecord drawn_record = record;
          (options.word_level ? drawn_record.word : drawn_record.subword) = std::move(matrix);
          HeatmapOptions measured = options;
          measured.measure = measure;
          write_file_atomic((std::filesystem::path(args->out) / fmt::format("{}-{}.svg", stem, measure)).string(),
                            attention_heatmap_svg(drawn_record, measured));
        }
      }
      log::info("plot", "{} heatmap(s) in {}", drawn, args->out);
    }
    if (!args->model.empty()) {
      const std::string metrics = (std::filesystem::path(args->model) / "metrics.jsonl").string();
      if (!file_exists(metrics)) throw UserError(fmt::format("{}: no such file (is {} a model directory?)", metrics, args->model));
      const std::string path = (std::filesystem::path(args->out) / "training.svg").string();
      write_file_atomic(path, training_curve_svg(read_metrics(metrics), "training curve: " + args->model));
      log::info("plot", "training curve in {}", path);
    }
    return 0;
  };
}

}  // namespace rnnsearch::cli
