// `rnnsearch align`: word alignments of given translations by forced decoding, and AER against
// gold links.
#include "commands.h"
#include "options.h"

#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/eval/scoring.h"
#include "rnnsearch/inspect/alignment.h"

namespace rnnsearch::cli {

namespace {

// Word counts of a plain line: the units Pharaoh indices count.
std::size_t whitespace_words(const std::string& line) { return scoring::split(line).size(); }

}  // namespace

std::function<int()> setup_align(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string src, trg, gold, output, attention;
    bool one_based = false;
    double threshold = 0;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, false, false);
  app.add_option("--src,-s", args->src, "source sentences, one per line")->required()->check(CLI::ExistingFile);
  app.add_option("--trg,-t", args->trg, "their translations, line for line (forced decoding)")->required()->check(CLI::ExistingFile);
  app.add_option("--gold,-g", args->gold, "gold word alignments (Pharaoh: i-j sure, ipj possible): report AER, precision, recall")
      ->check(CLI::ExistingFile);
  app.add_flag("--one-based", args->one_based, "alignment indices (gold and output) count words from 1");
  app.add_option("--threshold", args->threshold,
                 "link every word pair whose attention is at least this (0 = one link per target word: the "
                 "most-attended source word)")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  app.add_option("--output,-o", args->output, "where alignments go (default stdout), one Pharaoh line per pair");
  app.add_option("--attention", args->attention, "also write the attention as JSON lines, as translate --attention does");
  app.footer("Words are the space-separated tokens of each line; attention over subwords is summed per word.\n"
             "With --gold, the scores go to stderr for the argmax links and, with --threshold, the thresholded ones.");
  return [args] {
    Translator translator = args->model.translator();
    const std::vector<std::string> src = read_lines(args->src);
    const std::vector<std::string> trg = read_lines(args->trg);
    check_line_counts(args->src, src.size(), {args->trg}, {trg});
    std::vector<GoldAlignment> gold;
    if (!args->gold.empty()) {
      gold = read_pharaoh(args->gold, args->one_based);
      check_line_counts(args->src, src.size(), {args->gold}, {std::vector<std::string>(gold.size())});
    }
    std::vector<std::vector<int32_t>> trg_ids;
    for (const auto& line : trg) trg_ids.push_back(translator.encode_target(line));
    auto aligned = translator.force_attention(src, std::move(trg_ids), true);
    std::vector<Alignment> argmax, thresholded;
    std::string out, json;
    for (std::size_t k = 0; k < src.size(); ++k) {
      AttentionRecord record = make_attention_record(std::move(aligned[k].src_pieces), std::move(aligned[k].trg_pieces),
                                                     std::move(aligned[k].attention));
      record.line = k + 1;
      record.source = src[k];
      record.translation = trg[k];
      record.weights_note = attention_weights_note(translator.config().model);
      // Subword pieces regroup into the line's space-separated words unless normalisation merged some.
      if (record.src_words.size() != whitespace_words(src[k]) || record.trg_words.size() != whitespace_words(trg[k]))
        log::warn("align", "line {}: the vocabulary's words ({} source, {} target) differ from the space-separated ones "
                  "({}, {}); indices may be off", k + 1, record.src_words.size(), record.trg_words.size(),
                  whitespace_words(src[k]), whitespace_words(trg[k]));
      argmax.push_back(hard_alignment(record.word));
      if (args->threshold > 0) thresholded.push_back(threshold_alignment(record.word, args->threshold));
      out += format_pharaoh(args->threshold > 0 ? thresholded.back() : argmax.back(), args->one_based) + "\n";
      if (!args->attention.empty()) json += to_json_line(record) + "\n";
      if (!gold.empty()) {
        const std::size_t n = drop_links_outside(gold[k], record.src_words.size(), record.trg_words.size());
        if (n > 0) log::warn("align", "{}:{}: {} gold link(s) past the end of the sentence, left out", args->gold, k + 1, n);
      }
    }
    if (!args->attention.empty()) write_file_atomic(args->attention, json);
    write_output(args->output, out);
    if (gold.empty()) return 0;
    auto report = [&](const std::string& name, const std::vector<Alignment>& links) {
      const AlignmentScores s = score_alignments(links, gold);
      log::info("align", "{}: AER {:.4f} precision {:.4f} recall {:.4f} (|A| {}, |S| {}, |A&S| {}, |A&P| {})", name, s.aer(),
                s.precision(), s.recall(), s.predicted, s.sure, s.hit_sure, s.hit_possible);
    };
    report("argmax", argmax);
    if (args->threshold > 0) report(fmt::format("threshold {}", args->threshold), thresholded);
    return 0;
  };
}

}  // namespace rnnsearch::cli
