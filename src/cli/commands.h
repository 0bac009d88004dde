// The table of subcommands. Each entry adds its flags to a CLI11 subcommand and returns the
// function that runs it (exit code 0; errors are thrown and mapped to exit codes in main.cpp).
#pragma once

#include <functional>
#include <vector>

#include <CLI/CLI.hpp>

namespace rnnsearch::cli {

struct Command {
  const char* name;
  const char* summary;
  std::function<std::function<int()>(CLI::App&)> setup;
};

const std::vector<Command>& commands();

}  // namespace rnnsearch::cli
