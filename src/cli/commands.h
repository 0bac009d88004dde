// The table of subcommands. Each entry adds its flags to a CLI11 subcommand and returns the
// function that runs it (exit code 0; errors are thrown and mapped to exit codes in main.cpp).
// Each subcommand lives in its own file, src/cli/NAME.cpp; the flags several share are in options.h.
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

// Training and data
std::function<int()> setup_train(CLI::App& app);        // train.cpp
std::function<int()> setup_vocab(CLI::App& app);        // vocab.cpp
std::function<int()> setup_prepare(CLI::App& app);      // prepare.cpp
std::function<int()> setup_toy_data(CLI::App& app);     // toy_data.cpp
std::function<int()> setup_average(CLI::App& app);      // average.cpp
// Translation and evaluation
std::function<int()> setup_translate(CLI::App& app);    // translate.cpp
std::function<int()> setup_evaluate(CLI::App& app);     // evaluate.cpp
std::function<int()> setup_score(CLI::App& app);        // score.cpp
std::function<int()> setup_export(CLI::App& app);       // export.cpp
std::function<int()> setup_serve(CLI::App& app);        // serve.cpp
std::function<int()> setup_shortlist(CLI::App& app);    // shortlist.cpp
// Inspection
std::function<int()> setup_align(CLI::App& app);        // align.cpp
std::function<int()> setup_plot(CLI::App& app);         // plot.cpp
std::function<int()> setup_explain(CLI::App& app);      // explain.cpp
// Tools
std::function<int()> setup_config(CLI::App& app);       // config.cpp
std::function<int()> setup_bench(CLI::App& app);        // bench.cpp

}  // namespace rnnsearch::cli
