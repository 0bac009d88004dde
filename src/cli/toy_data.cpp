// `rnnsearch toy-data`: writes the bundled toy task.
#include "commands.h"

#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/log.h"
#include "rnnsearch/data/toy.h"

namespace rnnsearch::cli {

std::function<int()> setup_toy_data(CLI::App& app) {
  struct Args {
    std::string out = "data/toy";
    ToyOptions options;
  };
  auto args = std::make_shared<Args>();
  app.add_option("--out,-o", args->out, "output directory")->capture_default_str();
  app.add_option("--seed", args->options.seed, "generator seed")->capture_default_str();
  app.add_option("--train", args->options.train, "training pairs")->capture_default_str()->check(CLI::Range(1, 10000000));
  app.add_option("--dev", args->options.dev, "validation pairs")->capture_default_str()->check(CLI::Range(1, 1000000));
  app.add_option("--test", args->options.test, "test pairs")->capture_default_str()->check(CLI::Range(1, 1000000));
  return [args] {
    write_toy(generate_toy(args->options), args->out);
    log::info("toy", "wrote {} train, {} dev, {} test pairs with alignments to {}", args->options.train,
              args->options.dev, args->options.test, args->out);
    return 0;
  };
}

}  // namespace rnnsearch::cli
