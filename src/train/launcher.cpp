#include "rnnsearch/train/launcher.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "rnnsearch/common/error.h"

namespace rnnsearch {
namespace {

// An integer environment variable in [low, high]; nullopt when unset.
std::optional<int> env_int(const std::function<const char*(const char*)>& getenv, const char* name, int low, int high) {
  const char* text = getenv(name);
  if (text == nullptr || *text == '\0') return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long value = std::strtol(text, &end, 10);
  if (end == text || *end != '\0' || errno != 0 || value < low || value > high)
    throw UserError(fmt::format("{}={}: expected an integer in [{}, {}]", name, text, low, high));
  return static_cast<int>(value);
}

volatile std::sig_atomic_t g_launcher_signal = 0;
extern "C" void on_launcher_signal(int signal) { g_launcher_signal = signal; }

std::string describe(int status) {
  if (WIFSIGNALED(status)) return fmt::format("was killed by signal {} ({})", WTERMSIG(status), strsignal(WTERMSIG(status)));
  return fmt::format("exited with code {}", WEXITSTATUS(status));
}

int exit_code(int status) { return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status); }

}  // namespace

WorldInfo world_from_environment(const std::function<const char*(const char*)>& getenv) {
  WorldInfo world;
  const bool torchrun = getenv("WORLD_SIZE") != nullptr || getenv("RANK") != nullptr;
  const char* size_name = torchrun ? "WORLD_SIZE" : "OMPI_COMM_WORLD_SIZE";
  const char* rank_name = torchrun ? "RANK" : "OMPI_COMM_WORLD_RANK";
  const char* local_name = torchrun ? "LOCAL_RANK" : "OMPI_COMM_WORLD_LOCAL_RANK";
  const std::optional<int> size = env_int(getenv, size_name, 1, 65536);
  const std::optional<int> rank = env_int(getenv, rank_name, 0, 65535);
  if (!size && !rank) return world;
  if (!size) throw UserError(fmt::format("{} is set but {} is not: set both (or neither, to train alone)", rank_name, size_name));
  if (!rank) throw UserError(fmt::format("{} is set but {} is not: set both (or neither, to train alone)", size_name, rank_name));
  if (*rank >= *size)
    throw UserError(fmt::format("{}={} is outside [0, {}={})", rank_name, *rank, size_name, *size));
  world.world_size = *size;
  world.rank = *rank;
  world.local_rank = env_int(getenv, local_name, 0, 65535).value_or(0);
  if (!world.distributed()) return world;
  const char* addr = getenv("MASTER_ADDR");
  if (addr == nullptr || *addr == '\0')
    throw UserError(fmt::format("{}={} but MASTER_ADDR is not set: give the address of the machine of rank 0", size_name,
                                *size));
  world.master_addr = addr;
  const std::optional<int> port = env_int(getenv, "MASTER_PORT", 1, 65535);
  if (!port)
    throw UserError(fmt::format("{}={} but MASTER_PORT is not set: give a free port on {}", size_name, *size, addr));
  world.master_port = *port;
  return world;
}

WorldInfo world_from_environment() {
  return world_from_environment([](const char* name) { return std::getenv(name); });
}

std::vector<std::string> own_arguments() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> args;
  std::size_t start = 0;
  while (start < all.size()) {
    const std::size_t end = all.find('\0', start);
    args.push_back(all.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (!args.empty()) args.erase(args.begin());
  return args;
}

int free_port(const std::string& host) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (::getaddrinfo(host.c_str(), "0", &hints, &found) != 0 || found == nullptr) return 0;
  int port = 0;
  const int fd = ::socket(found->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd >= 0 && ::bind(fd, found->ai_addr, found->ai_addrlen) == 0) {
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &length) == 0)
      port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                                : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  }
  if (fd >= 0) ::close(fd);
  ::freeaddrinfo(found);
  return port;
}

int launch_workers(const LaunchOptions& options, const std::vector<std::string>& args) {
  if (options.nproc < 1) throw UserError(fmt::format("--nproc {}: expected at least 1", options.nproc));
  const int port = options.master_port > 0 ? options.master_port : free_port(options.master_addr);
  if (port == 0) throw UserError(fmt::format("no free TCP port on {} for the workers to meet", options.master_addr));
  const int threads = std::max(1, options.threads / options.nproc);
  std::vector<std::string> worker_args = args;
  worker_args.insert(worker_args.end(), {"--set", fmt::format("train.threads={}", threads)});
  std::vector<char*> argv;
  std::string self = "/proc/self/exe";
  argv.push_back(self.data());
  for (auto& a : worker_args) argv.push_back(a.data());
  argv.push_back(nullptr);

  struct sigaction action {}, old_int {}, old_term {};
  action.sa_handler = on_launcher_signal;
  sigemptyset(&action.sa_mask);
  g_launcher_signal = 0;
  sigaction(SIGINT, &action, &old_int);
  sigaction(SIGTERM, &action, &old_term);

  std::vector<pid_t> pids;
  for (int rank = 0; rank < options.nproc; ++rank) {
    const pid_t pid = ::fork();
    if (pid < 0) {
      for (const pid_t p : pids) ::kill(p, SIGKILL);
      throw std::runtime_error(fmt::format("cannot start worker {}: {}", rank, std::strerror(errno)));
    }
    if (pid == 0) {
      ::signal(SIGINT, SIG_DFL);
      ::signal(SIGTERM, SIG_DFL);
      ::setenv("RANK", std::to_string(rank).c_str(), 1);
      ::setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
      ::setenv("WORLD_SIZE", std::to_string(options.nproc).c_str(), 1);
      ::setenv("LOCAL_WORLD_SIZE", std::to_string(options.nproc).c_str(), 1);
      ::setenv("MASTER_ADDR", options.master_addr.c_str(), 1);
      ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
      ::execv("/proc/self/exe", argv.data());
      std::fprintf(stderr, "error: cannot start worker %d: %s\n", rank, std::strerror(errno));
      ::_exit(127);
    }
    pids.push_back(pid);
  }
  std::fprintf(stderr, "[launch] %d workers (pids", options.nproc);
  for (const pid_t p : pids) std::fprintf(stderr, " %d", static_cast<int>(p));
  std::fprintf(stderr, "), %d thread(s) each, meeting at %s:%d\n", threads, options.master_addr.c_str(), port);

  using Clock = std::chrono::steady_clock;
  std::vector<bool> running(pids.size(), true);
  std::size_t left = pids.size();
  int result = 0;
  int forwarded = 0;  // the last signal passed on to the workers
  std::optional<Clock::time_point> kill_at;
  while (left > 0) {
    if (const int signal = g_launcher_signal; signal != 0) {
      g_launcher_signal = 0;
      forwarded = signal;
      for (std::size_t r = 0; r < pids.size(); ++r)
        if (running[r]) ::kill(pids[r], signal);
    }
    int status = 0;
    const pid_t pid = ::waitpid(-1, &status, WNOHANG);
    if (pid > 0) {
      const auto it = std::find(pids.begin(), pids.end(), pid);
      if (it == pids.end()) continue;
      const auto rank = static_cast<std::size_t>(it - pids.begin());
      running[rank] = false;
      --left;
      const bool failed = !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
      // Stopped by the signal passed on: the worker saved and stopped as it should.
      if (failed && forwarded != 0 && exit_code(status) == 128 + forwarded) {
        if (result == 0) result = exit_code(status);
        continue;
      }
      if (failed && (result == 0 || result == 128 + forwarded)) {
        result = exit_code(status);
        std::fprintf(stderr, "[launch] worker rank %zu (pid %d) %s; the others get %.0f s to stop\n", rank,
                     static_cast<int>(pid), describe(status).c_str(), options.timeout + 10);
        kill_at = Clock::now() + std::chrono::milliseconds(static_cast<int64_t>((options.timeout + 10) * 1000));
      }
      continue;
    }
    if (kill_at && Clock::now() >= *kill_at) {
      for (std::size_t r = 0; r < pids.size(); ++r)
        if (running[r]) {
          std::fprintf(stderr, "[launch] worker rank %zu (pid %d) did not stop: killed\n", r, static_cast<int>(pids[r]));
          ::kill(pids[r], SIGKILL);
        }
      kill_at.reset();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGTERM, &old_term, nullptr);
  return result;
}

}  // namespace rnnsearch
