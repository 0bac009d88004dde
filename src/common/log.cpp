#include "rnnsearch/common/log.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <mutex>

namespace rnnsearch::log {
namespace {

struct State {
  std::mutex mutex;
  std::FILE* file = nullptr;
  std::string path;
  bool quiet = false;
  std::int64_t failures = 0;  // lines that did not reach the file
};

State& state() {
  static State s;
  return s;
}

// The first failure is said on stderr (whatever set_quiet says: the file cannot say it); the
// rest are counted.
void file_failed(State& s) {
  if (s.failures++ == 0)
    fmt::print(stderr, "[log] warning: cannot write {}: {}; lines that do not reach it from now on are counted, "
               "not shown\n", s.path, std::strerror(errno != 0 ? errno : EIO));
}

}  // namespace

void write(std::string_view tag, std::string_view message) {
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (!s.quiet) fmt::print(stderr, "[{}] {}\n", tag, message);
  if (s.path.empty()) return;
  bool written = false;
  if (s.file != nullptr) {
    const std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    const std::string line = fmt::format("{} [{}] {}\n", stamp, tag, message);
    written = std::fwrite(line.data(), 1, line.size(), s.file) == line.size() && std::fflush(s.file) == 0;
    if (!written) std::clearerr(s.file);
  }
  if (!written) file_failed(s);
}

void set_file(const std::string& path) {
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  if (s.file != nullptr) std::fclose(s.file);
  s.file = nullptr;
  s.path = path;
  s.failures = 0;
  if (path.empty()) return;
  s.file = std::fopen(path.c_str(), "a");
  if (s.file == nullptr) file_failed(s);
}

std::int64_t file_failures() {
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  return s.failures;
}

void set_quiet(bool quiet) {
  State& s = state();
  std::lock_guard<std::mutex> lock(s.mutex);
  s.quiet = quiet;
}

double peak_memory_mib() {
  struct rusage usage {};
  ::getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::string format_duration(double seconds) {
  if (!(seconds >= 0) || seconds > 1e8) return "?";
  const auto total = static_cast<long long>(seconds + 0.5);
  return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
}

Progress::Progress(std::string tag, std::int64_t total, std::string unit, double interval_seconds)
    : tag_(std::move(tag)), total_(total), unit_(std::move(unit)), interval_(interval_seconds),
      tty_(::isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()),
      last_print_(start_) {}

void Progress::update(std::int64_t done) {
  done_ = done;
  const auto now = std::chrono::steady_clock::now();
  const double since = std::chrono::duration<double>(now - last_print_).count();
  if (since >= (tty_ ? 0.2 : interval_)) {
    last_print_ = now;
    print(false);
  }
}

void Progress::finish() { print(true); }

void Progress::print(bool final) {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0.0;
  std::string line = total_ > 0 ? fmt::format("{}/{} {}", done_, total_, unit_) : fmt::format("{} {}", done_, unit_);
  line += fmt::format(" {:.1f}/s", rate);
  if (final) line += " in " + format_duration(elapsed);
  else if (total_ > 0 && rate > 0) line += " eta " + format_duration(static_cast<double>(total_ - done_) / rate);
  if (tty_ && !final) {
    fmt::print(stderr, "\r[{}] {}\033[K", tag_, line);
    return;
  }
  if (tty_) fmt::print(stderr, "\r\033[K");
  write(tag_, line);
}

}  // namespace rnnsearch::log
