// Typed errors. A UserError is a mistake in what the user gave us (flags, config, data): the CLI
// prints it as "error: ..." and exits with 2. Any other exception is a runtime failure (exit 1).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace rnnsearch {

class UserError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A bad config value. what() reads "FILE:LINE: dotted.key: message" (LINE when known).
class ConfigError : public UserError {
 public:
  ConfigError(std::string origin, std::string key, std::string message, int line = 0);
  const std::string& origin() const { return origin_; }
  const std::string& key() const { return key_; }

 private:
  std::string origin_;
  std::string key_;
};

// Bad data in a file. what() reads "FILE:LINE: message", or "FILE: message" when line is 0.
class DataError : public UserError {
 public:
  DataError(const std::string& file, std::size_t line, const std::string& message);
};

// Training stopped by SIGINT or SIGTERM after saving its checkpoint: the CLI exits with
// 128 + signal (130, 143), as a shell reports a process that signal ended.
class Interrupted : public std::runtime_error {
 public:
  Interrupted(int signal, const std::string& message) : std::runtime_error(message), signal_(signal) {}
  int signal() const { return signal_; }

 private:
  int signal_;
};

}  // namespace rnnsearch
