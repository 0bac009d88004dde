// `rnnsearch shortlist`: the lexical table that translate --shortlist reads (decode/shortlist.h).
#include "commands.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/data/corpus.h"
#include "rnnsearch/decode/shortlist.h"
#include "rnnsearch/decode/translator.h"

namespace rnnsearch::cli {

std::function<int()> setup_shortlist(CLI::App& app) {
  struct Args {
    std::string model;
    std::string checkpoint = "best";
    std::string train;
    std::string output;
    ShortlistOptions options;
    std::size_t max_sentences = 0;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--model,-m", args->model, "model directory (or model file): its vocabularies and config")->required();
  app.add_option("--checkpoint", args->checkpoint, "best, last, or a checkpoint file")->capture_default_str();
  app.add_option("--train", args->train,
                 "training corpus prefix, PREFIX.SRC and PREFIX.TRG (plain or .gz) (default: the model's data.train)");
  app.add_option("--output,-o", args->output, "the table to write, atomically (default: MODEL/shortlist.tsv)");
  app.add_option("--frequent", args->options.frequent, "the most frequent target pieces, candidates in every batch")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000));
  app.add_option("--per-word", args->options.per_word, "the most likely target pieces kept for each source piece")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_option("--iterations", args->options.iterations, "IBM Model 1 EM iterations")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  app.add_option("--max-sentences", args->max_sentences, "use the first N sentence pairs (0 = all)")
      ->capture_default_str();
  app.footer(
      "Counts the corpus's target pieces and trains IBM Model 1's p(target | source) over the model's pieces. "
      "Translate with it: rnnsearch translate -m MODEL --shortlist MODEL/shortlist.tsv (or decode.shortlist). "
      "Each batch's output layer then scores the --frequent pieces and the --per-word candidates of its source "
      "pieces, instead of the whole vocabulary (the RNNsearch decoder).");
  return [args] {
    const auto start = std::chrono::steady_clock::now();
    const std::string checkpoint = resolve_checkpoint(args->model, args->checkpoint);
    const LoadedModel loaded = load_model(checkpoint, torch::kCPU);
    const DataConfig& data = loaded.config.data;
    const std::string prefix = args->train.empty() ? data.train : args->train;
    if (prefix.empty())
      throw UserError(fmt::format("{}: its config has no data.train: give --train PREFIX", checkpoint));
    const std::string src_path = corpus_file(prefix, data.src_lang), trg_path = corpus_file(prefix, data.trg_lang);
    CorpusStats stats;
    auto pairs = read_parallel(src_path, trg_path, stats);
    if (args->max_sentences > 0 && pairs.size() > args->max_sentences) pairs.resize(args->max_sentences);
    const EncodedCorpus corpus = encode_corpus(pairs, *loaded.vocabs.src, *loaded.vocabs.trg, data.max_len, stats);
    // Beside the model: in its directory, or beside an exported model file.
    const std::filesystem::path model(args->model);
    const auto folder = std::filesystem::is_directory(model) ? model : model.parent_path();
    const std::string output = args->output.empty() ? (folder / "shortlist.tsv").string() : args->output;
    log::info("shortlist", "{} sentence pairs of {} (encoded with {}'s vocabularies): IBM Model 1, {} iterations",
              corpus.size(), prefix, checkpoint, args->options.iterations);
    build_shortlist(corpus, *loaded.vocabs.src, *loaded.vocabs.trg, args->options, prefix, output);
    log::info("shortlist", "wrote {} in {:.1f} s: the {} most frequent target pieces and up to {} per source piece",
              output, log::seconds_since(start), args->options.frequent, args->options.per_word);
    return 0;
  };
}

}  // namespace rnnsearch::cli
