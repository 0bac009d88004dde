#include "rnnsearch/eval/evaluation.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "rnnsearch/common/error.h"
#include "rnnsearch/common/io.h"

extern char** environ;

namespace rnnsearch {
namespace {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs argv without a shell; stdin is /dev/null, stdout and stderr go to files in `scratch`.
ProcessResult run_process(const std::vector<std::string>& argv, const TempDir& scratch, int timeout_seconds) {
  const std::string out_path = scratch.file("stdout"), err_path = scratch.file("stderr");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // The command starts with no signal blocked and SIGINT, SIGTERM and SIGPIPE at their defaults,
  // whatever this process has (StopSignals blocks SIGINT and SIGTERM; workers ignore SIGPIPE):
  // masks and ignored signals would otherwise pass through exec.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (const int signal : {SIGINT, SIGTERM, SIGPIPE}) sigaddset(&defaults, signal);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, argv[0].c_str(), &actions, &attributes, args.data(), environ);
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error(fmt::format("cannot run {}: {}", argv[0], std::strerror(spawned)));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) throw std::runtime_error(fmt::format("waiting for {} failed", argv[0]));
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      throw std::runtime_error(fmt::format("{} did not finish within {} s and was stopped", argv[0], timeout_seconds));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

std::string write_lines(const TempDir& scratch, const std::string& name, const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  const std::string path = scratch.file(name);
  write_file_atomic(path, text);
  return path;
}

std::string last_lines(const std::string& text) {
  const auto start = text.size() > 600 ? text.size() - 600 : 0;
  return text.substr(start);
}

scoring::MetricScore run_sacrebleu(const std::string& executable, const std::string& hyp_path,
                                   const std::vector<std::string>& ref_paths, ScoreMetric metric,
                                   const ScorerOptions& options, const TempDir& scratch) {
  std::vector<std::string> argv = {executable};
  argv.insert(argv.end(), ref_paths.begin(), ref_paths.end());
  // Many decimals: the caller rounds once, for its own output width.
  for (const std::string a : {"-i", hyp_path.c_str(), "-m", metric == ScoreMetric::bleu ? "bleu" : "chrf", "-f", "json", "-w", "10"})
    argv.push_back(a);
  if (metric == ScoreMetric::bleu) {
    if (options.lowercase) argv.emplace_back("-lc");
    argv.emplace_back("--tokenize");
    argv.emplace_back(to_string(options.tokenize));
    argv.emplace_back("--smooth-method");
    argv.emplace_back(to_string(options.smoothing));
    if (options.smooth_value) {
      argv.emplace_back("--smooth-value");
      argv.emplace_back(fmt::format("{}", *options.smooth_value));
    }
  } else {
    if (options.chrf_lowercase) argv.emplace_back("--chrf-lowercase");
    argv.emplace_back("--chrf-word-order");
    argv.emplace_back(std::to_string(options.chrf_word_order));
  }
  const ProcessResult r = run_process(argv, scratch, options.timeout_seconds);
  if (r.exit_code != 0)
    throw std::runtime_error(fmt::format("{} failed with exit code {}:\n{}", executable, r.exit_code, last_lines(r.err)));
  try {
    const auto json = nlohmann::json::parse(r.out);
    scoring::MetricScore score;
    score.name = json.at("name").get<std::string>();
    score.score = json.at("score").get<double>();
    score.signature = json.at("signature").get<std::string>();
    if (json.contains("verbose_score")) score.verbose = json.at("verbose_score").get<std::string>();
    return score;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(fmt::format("{} printed something other than its JSON score ({}):\n{}", executable,
                                         e.what(), last_lines(r.out)));
  }
}

}  // namespace

ScorerOptions scorer_options(const EvalConfig& eval) {
  ScorerOptions o;
  o.scorer = eval.scorer;
  o.command = eval.sacrebleu_command;
  o.metrics = eval.metrics;
  o.tokenize = eval.tokenize;
  o.lowercase = eval.lowercase;
  o.chrf_lowercase = eval.chrf_lowercase;
  o.chrf_word_order = eval.chrf_word_order;
  return o;
}

std::string find_executable(const std::string& command) {
  auto executable = [](const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
  };
  if (command.find('/') != std::string::npos) return executable(command) ? command : "";
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + command;
    if (executable(candidate)) return candidate;
  }
  return "";
}

std::string choose_scorer(const ScorerOptions& options) {
  switch (options.scorer) {
    case ScorerType::builtin:
      return "builtin";
    case ScorerType::automatic:
      return find_executable(options.command).empty() ? "builtin" : "sacrebleu";
    case ScorerType::sacrebleu:
      if (find_executable(options.command).empty())
        throw ConfigError("config", "eval.sacrebleu_command",
                          fmt::format("\"{}\" is not an executable on PATH; install sacrebleu, point "
                                      "eval.sacrebleu_command at it, or use eval.scorer: builtin",
                                      options.command));
      return "sacrebleu";
  }
  return "builtin";
}

std::vector<scoring::MetricScore> score_corpus(const std::vector<std::string>& hyps,
                                               const std::vector<std::vector<std::string>>& refs,
                                               const ScorerOptions& options) {
  std::vector<scoring::MetricScore> scores;
  if (choose_scorer(options) == "builtin") {
    scoring::BleuOptions bleu;
    bleu.tokenize = options.tokenize;
    bleu.lowercase = options.lowercase;
    bleu.smoothing = options.smoothing;
    bleu.smooth_value = options.smooth_value;
    scoring::ChrfOptions chrf;
    chrf.lowercase = options.chrf_lowercase;
    chrf.word_order = options.chrf_word_order;
    for (const auto metric : options.metrics) {
      if (metric == ScoreMetric::bleu) {
        const auto b = scoring::corpus_bleu(hyps, refs, bleu);
        scores.push_back({"BLEU", b.score, scoring::bleu_signature(bleu, refs.size(), scoring::kBuiltinVersion), b.verbose()});
      } else {
        scores.push_back({scoring::chrf_name(chrf), scoring::corpus_chrf(hyps, refs, chrf),
                          scoring::chrf_signature(chrf, refs.size(), scoring::kBuiltinVersion), ""});
      }
    }
    return scores;
  }
  const std::string executable = find_executable(options.command);
  TempDir scratch("rnnsearch-score");
  const std::string hyp_path = write_lines(scratch, "hyp.txt", hyps);
  std::vector<std::string> ref_paths;
  for (std::size_t k = 0; k < refs.size(); ++k)
    ref_paths.push_back(write_lines(scratch, fmt::format("ref{}.txt", k + 1), refs[k]));
  for (const auto metric : options.metrics)
    scores.push_back(run_sacrebleu(executable, hyp_path, ref_paths, metric, options, scratch));
  return scores;
}

}  // namespace rnnsearch
