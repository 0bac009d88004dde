// `rnnsearch train`: training from a YAML config.
#include "commands.h"
#include "options.h"

#include <cstdlib>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/runtime.h"
#include "rnnsearch/train/launcher.h"
#include "rnnsearch/train/trainer.h"

namespace rnnsearch::cli {

std::function<int()> setup_train(CLI::App& app) {
  struct Args {
    ConfigArgs config;
    TrainOptions options;
    int nproc = 1;
  };
  auto args = std::make_shared<Args>();
  args->config.add_to(app, true);
  app.add_flag("--resume", args->options.resume, "continue from MODEL_DIR/last.ckpt where it stopped");
  app.add_flag("--dry-run", args->options.dry_run,
               "check the config, prepare vocabularies and data, report the batches, and stop");
  app.add_flag("--retrain-vocab", args->options.retrain_vocab,
               "train new vocabularies even if the model directory has them");
  app.add_option("--nproc", args->nproc,
                 "data-parallel training on this many worker processes of this machine (threads split between "
                 "them); for several machines see docs/distributed.md")
      ->check(CLI::Range(1, 1024));
  app.footer("The model directory (train.model_dir) receives config.yaml, vocabularies, train.log,\n"
             "metrics.jsonl and checkpoints: last.ckpt, best.ckpt, step-N.ckpt.\n"
             "Several machines: run `rnnsearch train -c X` on each with RANK, WORLD_SIZE, MASTER_ADDR and\n"
             "MASTER_PORT set (torchrun --no-python and mpirun set them): docs/distributed.md.");
  return [args] {
    const Config config = args->config.load();
    if (args->nproc > 1 && !args->options.dry_run) {
      if (world_from_environment().distributed())
        throw UserError("--nproc: this process is already a worker of a launcher (RANK/WORLD_SIZE are set): drop --nproc");
      LaunchOptions launch;
      launch.nproc = args->nproc;
      launch.threads = resolve_threads(config.train.threads);
      launch.timeout = config.train.distributed.timeout;
      if (const char* port = std::getenv("MASTER_PORT")) launch.master_port = std::atoi(port);
      std::vector<std::string> worker_args;
      const std::vector<std::string> all = own_arguments();
      for (std::size_t k = 0; k < all.size(); ++k) {
        if (all[k] == "--nproc") {
          ++k;
          continue;
        }
        if (all[k].rfind("--nproc=", 0) == 0) continue;
        worker_args.push_back(all[k]);
      }
      return launch_workers(launch, worker_args);
    }
    train_model(config, args->options);
    return 0;
  };
}

}  // namespace rnnsearch::cli
