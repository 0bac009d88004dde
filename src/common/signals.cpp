#include "rnnsearch/common/signals.h"

#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>

#ifdef RNNSEARCH_GOMP
extern "C" {
void GOMP_parallel(void (*fn)(void*), void* data, unsigned num_threads, unsigned flags);
int omp_get_max_threads();
int omp_in_parallel();
}
#endif

namespace rnnsearch {
namespace {

// The taking thread's id while one runs (0 otherwise), for the handler on other threads.
std::atomic<pid_t> g_taker{0};

extern "C" void hand_to_taker(int signal) {
  const int saved = errno;
  if (const pid_t taker = g_taker.load(); taker != 0) ::syscall(SYS_tgkill, ::getpid(), taker, signal);
  errno = saved;
}

sigset_t stop_set() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

// Applies `how` to `set` on the calling thread and on every thread of the OpenMP pool that
// LibTorch's intra-op work (and oneDNN's) runs on.
void mask_computing_threads(int how, const sigset_t& set) {
  pthread_sigmask(how, &set, nullptr);
#ifdef RNNSEARCH_GOMP
  if (omp_in_parallel()) return;
  struct Job {
    int how;
    sigset_t set;
  } job{how, set};
  GOMP_parallel(
      [](void* data) {
        const auto& j = *static_cast<const Job*>(data);
        pthread_sigmask(j.how, &j.set, nullptr);
      },
      &job, static_cast<unsigned>(omp_get_max_threads()), 0);
#endif
}

}  // namespace

struct StopSignals::State {
  std::function<void(int)> on_signal;
  sigset_t unblock;  // of SIGINT and SIGTERM, those not blocked before
  struct sigaction old_int {}, old_term {};
  int signals = -1, wake = -1;  // signalfd of both signals; eventfd that stops the thread
  std::thread taker;

  void take() {
    for (;;) {
      pollfd fds[2] = {{signals, POLLIN, 0}, {wake, POLLIN, 0}};
      if (::poll(fds, 2, -1) < 0) {
        if (errno == EINTR) continue;
        return;
      }
      if (fds[1].revents != 0) return;
      signalfd_siginfo info{};
      if (::read(signals, &info, sizeof info) == static_cast<ssize_t>(sizeof info))
        on_signal(static_cast<int>(info.ssi_signo));
    }
  }
};

StopSignals::StopSignals(std::function<void(int)> on_signal) : state_(std::make_unique<State>()) {
  if (g_taker.load() != 0) throw std::logic_error("StopSignals: one at a time in a process");
  State& s = *state_;
  s.on_signal = std::move(on_signal);
  const sigset_t both = stop_set();
  s.signals = ::signalfd(-1, &both, SFD_CLOEXEC);
  s.wake = ::eventfd(0, EFD_CLOEXEC);
  if (s.signals < 0 || s.wake < 0) {
    const std::string error = std::strerror(errno);
    if (s.signals >= 0) ::close(s.signals);
    if (s.wake >= 0) ::close(s.wake);
    throw std::runtime_error("StopSignals: signalfd/eventfd: " + error);
  }
  sigset_t before;
  pthread_sigmask(SIG_BLOCK, nullptr, &before);
  sigemptyset(&s.unblock);
  for (const int signal : {SIGINT, SIGTERM})
    if (!sigismember(&before, signal)) sigaddset(&s.unblock, signal);
  mask_computing_threads(SIG_BLOCK, both);
  // The taker's id is known before the handlers go in, so that none is dropped.
  std::promise<pid_t> started;
  auto id = started.get_future();
  try {
    s.taker = std::thread([&s, &started] {
      started.set_value(static_cast<pid_t>(::syscall(SYS_gettid)));
      s.take();
    });
  } catch (...) {
    mask_computing_threads(SIG_UNBLOCK, s.unblock);
    ::close(s.signals);
    ::close(s.wake);
    throw;
  }
  g_taker.store(id.get());
  struct sigaction action {};
  action.sa_handler = hand_to_taker;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, &s.old_int);
  sigaction(SIGTERM, &action, &s.old_term);
}

StopSignals::~StopSignals() {
  State& s = *state_;
  const std::uint64_t one = 1;
  if (::write(s.wake, &one, sizeof one) != static_cast<ssize_t>(sizeof one)) std::terminate();
  s.taker.join();
  g_taker.store(0);
  sigaction(SIGINT, &s.old_int, nullptr);
  sigaction(SIGTERM, &s.old_term, nullptr);
  ::close(s.signals);
  ::close(s.wake);
  mask_computing_threads(SIG_UNBLOCK, s.unblock);
}

void end_by_default_action(int signal) {
  std::signal(signal, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, signal);
  pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
  ::syscall(SYS_tgkill, ::getpid(), ::syscall(SYS_gettid), signal);
  std::_Exit(128 + signal);  // not reached where the default action ends the process
}

}  // namespace rnnsearch
