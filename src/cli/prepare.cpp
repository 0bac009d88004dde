// `rnnsearch prepare`: the training corpus of a config encoded once into a binarized file that
// training memory-maps (see include/rnnsearch/data/binarized.h).
#include "commands.h"
#include "options.h"

#include <filesystem>
#include <memory>
#include <string>

#include "rnnsearch/common/log.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/data/dataset.h"

namespace rnnsearch::cli {

std::function<int()> setup_prepare(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    std::string output;
    bool retrain_vocab = false;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, true);
  app.add_option("--output,-o", args->output,
                 "the binarized corpus to write (default MODEL_DIR/train.bin, which training then reads by itself)");
  app.add_flag("--retrain-vocab", args->retrain_vocab, "train new vocabularies even if the model directory has them");
  app.footer("Trains or reuses the vocabularies in train.model_dir, then encodes data.train once.\n"
             "Training reads MODEL_DIR/train.bin while data.train's files are unchanged, or any\n"
             "prepared file that data.train names (data.train: corpus.bin).");
  return [args] {
    const Config config = args->config.load();
    std::filesystem::create_directories(config.train.model_dir);
    const int threads = configure_threads(config.train.threads);
    const PrepareResult r = prepare_corpus(config, args->output, args->retrain_vocab, threads);
    log::info("prepare", "{}: {} pairs, {} tokens, {:.1f} MiB, in {} ({} lines read: {} with an empty side and {} longer "
              "than {} tokens skipped)", r.path, r.stats.kept, r.tokens,
              static_cast<double>(std::filesystem::file_size(r.path)) / (1 << 20), log::format_duration(r.seconds),
              r.stats.lines, r.stats.skipped_empty, r.stats.skipped_long, config.data.max_len);
    return 0;
  };
}

}  // namespace rnnsearch::cli
