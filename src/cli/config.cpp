// `rnnsearch config`: the resolved config, every key documented.
#include "commands.h"
#include "options.h"

#include <iostream>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "rnnsearch/common/config.h"
#include "rnnsearch/common/error.h"

namespace rnnsearch::cli {

std::function<int()> setup_config(CLI::App& app) {
  auto args = std::make_shared<ConfigArgs>();
  args->add_to(app, false);
  return [args] {
    if (args->path.empty()) {
      if (!args->sets.empty()) throw UserError("--set needs --config");
      std::cout << to_yaml(Config{});
    } else {
      std::cout << to_yaml(args->load());
    }
    return 0;
  };
}

}  // namespace rnnsearch::cli
