#include "rnnsearch/common/error.h"

namespace rnnsearch {
namespace {

std::string located(const std::string& file, std::size_t line) {
  return line > 0 ? file + ":" + std::to_string(line) : file;
}

}  // namespace

ConfigError::ConfigError(std::string origin, std::string key, std::string message, int line)
    : UserError(located(origin, static_cast<std::size_t>(line > 0 ? line : 0)) + ": " + key + ": " +
                message),
      origin_(std::move(origin)),
      key_(std::move(key)) {}

DataError::DataError(const std::string& file, std::size_t line, const std::string& message)
    : UserError(located(file, line) + ": " + message) {}

}  // namespace rnnsearch
