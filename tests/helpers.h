// Shared test helpers: scratch directories, files, and running the rnnsearch binary.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

// Runs `rnnsearch ARGS` through the shell in `cwd`, capturing stdout and stderr.
inline RunResult run_cli(const std::string& args, const std::string& cwd = ".",
                         const std::string& stdin_text = "") {
  TempDir io;
  write_text(io.file("in"), stdin_text);
  const std::string command = "cd '" + cwd + "' && RNNSEARCH_THREADS=1 '" + std::string(RNNSEARCH_BINARY) +
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
// program's); stderr goes to `err_file`.
inline pid_t spawn_cli(const std::string& args, const std::string& cwd, const std::string& err_file) {
  const std::string command = "cd '" + cwd + "' && RNNSEARCH_THREADS=1 exec '" + std::string(RNNSEARCH_BINARY) + "' " +
                              args + " > /dev/null 2> '" + err_file + "'";
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

// Waits for `pid`: its exit code, or 128 + the signal that ended it.
inline int wait_exit(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace rnnsearch::testing
