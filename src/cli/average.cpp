// `rnnsearch average`: averages the parameters of the newest step checkpoints.
#include "commands.h"

#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/decode/translator.h"
#include "rnnsearch/train/checkpoint.h"

namespace rnnsearch::cli {

std::function<int()> setup_average(CLI::App& app) {
  struct Args {
    std::string model;
    int last = 5;
    std::string output;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--model,-m", args->model, "model directory with step-N.ckpt checkpoints")->required()->check(CLI::ExistingDirectory);
  app.add_option("--last,-n", args->last, "average the newest N step checkpoints")->capture_default_str()->check(CLI::Range(1, 1000));
  app.add_option("--output,-o", args->output, "the averaged checkpoint (default MODEL/average.ckpt)");
  return [args] {
    std::vector<std::string> paths;
    for (const auto& [step, path] : step_checkpoints(args->model)) paths.push_back(path);
    if (paths.empty()) throw UserError(fmt::format("{}: no step-N.ckpt checkpoints to average", args->model));
    if (static_cast<int>(paths.size()) > args->last) paths.erase(paths.begin(), paths.end() - args->last);
    const std::string output = args->output.empty() ? args->model + "/average.ckpt" : args->output;
    average_checkpoints(paths, output);
    log::info("average", "averaged {} checkpoints ({} ... {}) into {}", paths.size(), paths.front(), paths.back(), output);
    return 0;
  };
}

}  // namespace rnnsearch::cli
