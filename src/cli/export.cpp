// `rnnsearch export`: a translation-only model file (parameters, config and vocabularies; no
// optimiser state), which translate, evaluate, align and serve accept in place of a directory.
#include "commands.h"

#include <filesystem>
#include <memory>
#include <string>

#include "rnnsearch/common/log.h"
#include "rnnsearch/decode/translator.h"
#include "rnnsearch/train/checkpoint.h"

namespace rnnsearch::cli {

std::function<int()> setup_export(CLI::App& app) {
  struct Args {
    std::string model;
    std::string checkpoint = "best";
    std::string output;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--model,-m", args->model, "model directory (or a checkpoint file)")->required();
  app.add_option("--checkpoint", args->checkpoint, "best, last, or a checkpoint file")->capture_default_str();
  app.add_option("--output,-o", args->output, "the model file to write (atomically)")->required();
  app.footer("Use the file as -m FILE with translate, evaluate, align and serve.");
  return [args] {
    const std::string path = resolve_checkpoint(args->model, args->checkpoint);
    CheckpointReader reader(path);
    Checkpoint kept = reader.state(false);  // config, vocabularies, position; no optimiser state
    LoadedModel loaded = load_model(path, torch::kCPU);
    kept.rng_state = torch::Tensor();
    save_checkpoint(args->output, *loaded.model, kept);
    const auto mib = [](const std::string& p) { return static_cast<double>(std::filesystem::file_size(p)) / (1 << 20); };
    log::info("export", "{} ({:.1f} MiB) -> {} ({:.1f} MiB): parameters, config and vocabularies of step {}", path,
              mib(path), args->output, mib(args->output), kept.trainer.step);
    return 0;
  };
}

}  // namespace rnnsearch::cli
