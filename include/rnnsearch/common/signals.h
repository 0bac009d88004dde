// SIGINT and SIGTERM during long work (training, serving), taken by a thread of their own.
//
// oneDNN 2.x's generated float32 GEMM kernels (those of Debian 12's libdnnl, which LibTorch 1.13
// and onednn_product call) point the stack register at a heap buffer while they run. A signal
// handler run on a thread inside one writes its frame there, and glibc later aborts with
// "corrupted size vs. prev_size" (oneDNN issue 4845, fixed in oneDNN 3.11.1; here a training run
// aborted after Ctrl-C, docs/reliability.md). So while a StopSignals lives, the threads that
// compute block both signals and one thread that computes nothing takes them.
#pragma once

#include <functional>
#include <memory>

namespace rnnsearch {

class StopSignals {
 public:
  // Blocks SIGINT and SIGTERM in the calling thread and in every thread of LibTorch's OpenMP pool
  // (threads started from these later inherit the block), and starts the thread that takes them:
  // on_signal(signal) runs on that thread for each one taken. A signal delivered to a thread that
  // does not block it (one started before) is handed to that thread too. One at a time in a
  // process.
  explicit StopSignals(std::function<void(int)> on_signal);
  // Stops the thread, restores the previous handlers, then unblocks the signals where they were
  // not blocked before (a signal that came after the thread stopped then gets the previous
  // handler).
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Ends the process as `signal`'s default action does, at once: for on_signal, at a second SIGINT
// or SIGTERM.
[[noreturn]] void end_by_default_action(int signal);

}  // namespace rnnsearch
