// Shared test helpers: scratch directories, files, and running the rnnsearch binary.
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "rnnsearch/common/io.h"

namespace rnnsearch::testing {

using TempDir = rnnsearch::TempDir;

inline void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string source_path(const std::string& relative) {
  return std::string(RNNSEARCH_SOURCE_DIR) + "/" + relative;
}

// The real sacreBLEU 2.6.0 command (../shared/peers/bin/sacrebleu beside the checkout, or
// $RNNSEARCH_SACREBLEU), against which the subprocess scorer is tested.
inline std::string real_sacrebleu() {
  if (const char* env = std::getenv("RNNSEARCH_SACREBLEU")) return env;
  return source_path("../shared/peers/bin/sacrebleu");
}

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs `rnnsearch ARGS` through the shell in `cwd`, capturing stdout and stderr.
// `env`: extra variables, "NAME=VALUE NAME=VALUE" as a shell reads them.
inline RunResult run_cli(const std::string& args, const std::string& cwd = ".",
                         const std::string& stdin_text = "", const std::string& env = "") {
  TempDir io;
  write_text(io.file("in"), stdin_text);
  const std::string command = "cd '" + cwd + "' && RNNSEARCH_THREADS=1 " + env + " '" + std::string(RNNSEARCH_BINARY) +
                              "' " + args + " < '" + io.file("in") + "' > '" + io.file("out") +
                              "' 2> '" + io.file("err") + "'";
  const int status = std::system(command.c_str());
  RunResult result;
  result.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_text(io.file("out"));
  result.err = read_text(io.file("err"));
  return result;
}

// Starts `rnnsearch ARGS` in `cwd` without waiting (the shell execs it, so the pid is the
// program's); stderr goes to `err_file`. With `max_file_bytes` > 0 the program may not write a
// file larger than that: a write past it ends the program with SIGXFSZ, inside the write.
// Throws if the process cannot be started, so that no caller signals pid -1 (every process).
inline pid_t spawn_cli(const std::string& args, const std::string& cwd, const std::string& err_file,
                       rlim_t max_file_bytes = 0) {
  const std::string command = "cd '" + cwd + "' && RNNSEARCH_THREADS=1 exec '" + std::string(RNNSEARCH_BINARY) + "' " +
                              args + " > /dev/null 2> '" + err_file + "'";
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::signal(SIGXFSZ, SIG_DFL);  // an ignored signal would stay ignored across exec
    if (max_file_bytes > 0) {
      struct rlimit limit {};
      ::getrlimit(RLIMIT_FSIZE, &limit);
      limit.rlim_cur = max_file_bytes;
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
    }
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

// Waits for `pid`: its exit code, or 128 + the signal that ended it. A process still running after
// `timeout_seconds` is killed and -2 returned; -1 when waitpid fails (not our child...).
inline int wait_exit(pid_t pid, double timeout_seconds = 600) {
  if (pid <= 0) return -1;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout_seconds);
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return -1;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return -2;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace rnnsearch::testing
