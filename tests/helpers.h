// Shared test helpers: scratch directories, files, and running the rnnsearch binary.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace rnnsearch::testing {

// A fresh directory under the system temp dir, removed with its contents at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "rnnsearch-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

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

}  // namespace rnnsearch::testing
