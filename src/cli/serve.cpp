// `rnnsearch serve`: the HTTP translation server and its web page (src/serve/).
#include "commands.h"
#include "options.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"
#include "rnnsearch/common/log.h"
#include "rnnsearch/common/signals.h"
#include "rnnsearch/serve/server.h"

namespace rnnsearch::cli {

namespace {

// SIGTERM/SIGINT: recorded here by StopSignals' thread; a watcher thread drains the server. A
// second signal ends the process at once.
std::atomic<int> g_stop_signal{0};

// A model's name in requests: its directory's name, or its file's name without the extension.
std::string model_name(const std::string& path) {
  std::filesystem::path p(path);
  if (!p.has_filename()) p = p.parent_path();  // "dir/"
  return std::filesystem::is_regular_file(p) ? p.stem().string() : p.filename().string();
}

std::string read_api_key(const std::string& path) {
  std::string key = read_file(path);
  while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back()))) key.pop_back();
  if (key.empty()) throw UserError(fmt::format("{}: the API key file is empty", path));
  if (key.find_first_of("\r\n") != std::string::npos) throw UserError(fmt::format("{}: the API key must be one line", path));
  return key;
}

}  // namespace

std::function<int()> setup_serve(CLI::App& app) {
  struct Args {
    ModelArgs model;
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string api_key_file;
    std::string cors_origin;
    std::vector<std::string> sets;
  };
  auto args = std::make_shared<Args>();
  args->model.add_to(app, false);
  app.get_option("--model")->description("model directory or exported model file; repeat to serve several");
  app.add_option("--host", args->host, "address to listen on (0.0.0.0 = every interface)")->capture_default_str();
  app.add_option("--port", args->port, "port to listen on (0 = any free port, printed at start)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  app.add_option("--api-key-file", args->api_key_file,
                 "require the key in this file (Authorization: Bearer KEY, X-API-Key, or LibreTranslate's api_key)")
      ->check(CLI::ExistingFile);
  app.add_option("--cors-origin", args->cors_origin, "allow browser pages from this origin to call the API (default: none)");
  app.add_option("--set", args->sets, "override a serve.* key, e.g. --set serve.max_batch=64 (repeatable)")->take_all();
  app.footer(
      "Endpoints: GET / (web page), POST /v1/translate, POST /v1/score, GET /v1/models, GET /health, and LibreTranslate's "
      "POST /translate and GET /languages. Batching, queue, timeout and limits: the serve section of the first model's "
      "config (`rnnsearch config` prints every key with its default). SIGTERM or Ctrl-C drains: requests in flight are answered, new "
      "ones get 503, then the server exits 0.");
  return [args] {
    std::vector<Override> overrides;
    for (const auto& s : args->sets) {
      overrides.push_back(parse_override(s));
      if (overrides.back().key.rfind("serve.", 0) != 0)
        throw UserError(fmt::format("--set {}: serve takes serve.* keys only (search flags: --beam-size...)", s));
    }
    std::vector<serve::ServedModel> models;
    for (const auto& path : args->model.models)
      models.push_back({model_name(path), std::make_unique<Translator>(args->model.translator({path}))});
    serve::ServerOptions options;
    options.limits = parse_config(to_yaml(models.front().translator->config()), "serve --set", overrides).serve;
    if (!args->api_key_file.empty()) options.api_key = read_api_key(args->api_key_file);
    options.cors_origin = args->cors_origin;
    std::vector<std::string> names;
    for (const auto& m : models) names.push_back(m.name);

    // Before the server starts its threads, so that they block the signals too.
    g_stop_signal = 0;
    const StopSignals signals([](int signal) {
      if (g_stop_signal != 0) end_by_default_action(signal);
      g_stop_signal = signal;
    });
    serve::Server server(std::move(models), options);
    const int port = server.bind(args->host, args->port);
    std::atomic<bool> done{false};
    std::thread watcher([&] {
      while (!done.load() && g_stop_signal == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
      if (g_stop_signal != 0) {
        log::info("serve", "signal {}: draining (new requests get 503), then stopping", g_stop_signal.load());
        server.stop();
      }
    });
    log::info("serve", "listening on http://{}:{} ({}){}{}", args->host, port, fmt::join(names, ", "),
              options.api_key.empty() ? "" : ", API key required",
              args->host == "127.0.0.1" || args->host == "localhost" ? "" : "; reachable from other machines");
    server.run();
    done = true;
    watcher.join();
    log::info("serve", "stopped");
    return 0;
  };
}

}  // namespace rnnsearch::cli
