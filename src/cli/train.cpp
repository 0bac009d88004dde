// `rnnsearch train`: training from a YAML config.
#include "commands.h"
#include "options.h"

#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/train/trainer.h"

namespace rnnsearch::cli {

std::function<int()> setup_train(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    TrainOptions options;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, true);
  app.add_flag("--resume", args->options.resume, "continue from MODEL_DIR/last.ckpt where it stopped");
  app.add_flag("--dry-run", args->options.dry_run,
               "check the config, prepare vocabularies and data, report the batches, and stop");
  app.add_flag("--retrain-vocab", args->options.retrain_vocab,
               "train new vocabularies even if the model directory has them");
  app.footer("The model directory (train.model_dir) receives config.yaml, vocabularies, train.log,\n"
             "metrics.jsonl and checkpoints: last.ckpt, best.ckpt, step-N.ckpt.");
  return [args] {
    train_model(args->config.load(), args->options);
    return 0;
  };
}

}  // namespace rnnsearch::cli
