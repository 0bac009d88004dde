// rnnsearch: neural machine translation with attention. Exit codes: 0 ok, 1 runtime failure,
// 2 usage, config or data error.
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.h"
#include "rnnsearch/common/error.h"
#include "rnnsearch/common/runtime.h"

int main(int argc, char** argv) {
  using namespace rnnsearch;
  keep_freed_memory();
  prefer_avx512_kernels();  // before LibTorch picks its kernels
  CLI::App app("rnnsearch: neural machine translation with attention (RNNsearch, Luong, and more)",
               "rnnsearch");
  app.set_version_flag("--version", RNNSEARCH_VERSION);
  app.require_subcommand(1);
  app.footer("Run 'rnnsearch COMMAND --help' for the flags of a command.\n"
             "Exit codes: 0 ok, 1 runtime failure, 2 usage, config or data error.");
  std::map<CLI::App*, std::function<int()>> runners;
  for (const auto& command : cli::commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    runners[sub] = command.setup(*sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  try {
    for (auto* sub : app.get_subcommands()) return runners.at(sub)();
    return 2;
  } catch (const Interrupted& e) {  // already logged by the trainer
    return 128 + e.signal();
  } catch (const UserError& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "error: {}\n", e.what());
    return 1;
  }
}
