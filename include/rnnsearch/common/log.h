// Logging: "[tag] message" lines on stderr, and with a timestamp in a log file when one is set
// (the model directory's train.log). Progress reports rate and ETA for long work.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace rnnsearch::log {

void write(std::string_view tag, std::string_view message);
void set_file(const std::string& path);  // appends from now on; "" closes
// Lines that could not be written to the file set last (open or write failed, disk full...). The
// first failure is warned about on stderr; the others only counted here.
std::int64_t file_failures();
void set_quiet(bool quiet);              // true: nothing on stderr (the file still gets it)

template <class... Args>
void info(std::string_view tag, fmt::format_string<Args...> format, Args&&... args) {
  write(tag, fmt::format(format, std::forward<Args>(args)...));
}

template <class... Args>
void warn(std::string_view tag, fmt::format_string<Args...> format, Args&&... args) {
  write(tag, "warning: " + fmt::format(format, std::forward<Args>(args)...));
}

// Peak resident memory of this process so far, in MiB.
double peak_memory_mib();

// Seconds elapsed on the steady clock since `start`.
inline double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// "1:02:03" for a number of seconds.
std::string format_duration(double seconds);

// Periodic progress lines: "[tag] 1200/5000 sentences 85.1/s eta 0:00:44". On a terminal the line
// is redrawn in place; otherwise one line every `interval` seconds.
class Progress {
 public:
  Progress(std::string tag, std::int64_t total, std::string unit, double interval_seconds = 10.0);
  void update(std::int64_t done);
  void finish();

 private:
  void print(bool final);

  std::string tag_;
  std::int64_t total_;
  std::string unit_;
  double interval_;
  std::int64_t done_ = 0;
  bool tty_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_print_;
};

}  // namespace rnnsearch::log
