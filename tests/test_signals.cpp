#include "rnnsearch/common/signals.h"

#include <gtest/gtest.h>
#include <pthread.h>
#include <torch/torch.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <thread>
#include <vector>

#include "rnnsearch/common/runtime.h"
#include "rnnsearch/model/packed_linear.h"

namespace rnnsearch {
namespace {

using Clock = std::chrono::steady_clock;

// How many of SIGINT and SIGTERM the calling thread blocks: 0, 1 or 2.
int blocked_count() {
  sigset_t mask;
  pthread_sigmask(SIG_BLOCK, nullptr, &mask);
  return (sigismember(&mask, SIGINT) == 1) + (sigismember(&mask, SIGTERM) == 1);
}

// blocked_count() on each thread of LibTorch's pool.
std::vector<int> pool_blocked_counts() {
  const int threads = at::get_num_threads();
  std::vector<int> counts(static_cast<std::size_t>(threads), -1);
  parallel_chunks(threads, 1, [&](int64_t begin, int64_t, int64_t) {
    counts[static_cast<std::size_t>(begin)] = blocked_count();
  });
  return counts;
}

// Waits up to 10 s for `done`.
template <class F>
bool eventually(const F& done) {
  const auto deadline = Clock::now() + std::chrono::seconds(10);
  while (!done()) {
    if (Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

// Whether `signal` waits, blocked, for this process or thread.
bool pending(int signal) {
  sigset_t set;
  sigpending(&set);
  return sigismember(&set, signal) == 1;
}

class StopSignalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    threads_ = at::get_num_threads();
    at::set_num_threads(2);
  }
  void TearDown() override { at::set_num_threads(threads_); }

  std::mutex mutex_;
  std::vector<int> taken_;  // signals in the order on_signal saw them
  std::size_t taken() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return taken_.size();
  }
  std::function<void(int)> record() {
    return [this](int signal) {
      const std::lock_guard<std::mutex> lock(mutex_);
      taken_.push_back(signal);
    };
  }

 private:
  int threads_ = 1;
};

// While a StopSignals lives, the calling thread, LibTorch's pool and threads started from them
// block SIGINT and SIGTERM, and its own thread takes them, also those delivered to a thread
// started before; afterwards the masks and handlers are as they were.
TEST_F(StopSignalsTest, ComputingThreadsBlockThemAndTheirOwnThreadTakesThem) {
  struct sigaction before {};
  sigaction(SIGTERM, nullptr, &before);
  ASSERT_EQ(blocked_count(), 0);
  ASSERT_EQ(pool_blocked_counts(), std::vector<int>(2, 0));
  // A thread started before, which does not block them.
  std::atomic<bool> finish{false};
  std::thread earlier([&] {
    while (!finish.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  });
  {
    const StopSignals signals(record());
    EXPECT_EQ(blocked_count(), 2);
    EXPECT_EQ(pool_blocked_counts(), std::vector<int>(2, 2));
    int later = -1;
    std::thread([&] { later = blocked_count(); }).join();
    EXPECT_EQ(later, 2);

    ::kill(::getpid(), SIGTERM);
    EXPECT_TRUE(eventually([&] { return taken() == 1; }));
    ::pthread_kill(earlier.native_handle(), SIGINT);  // handed on by the handler
    EXPECT_TRUE(eventually([&] { return taken() == 2; }));
    EXPECT_EQ(taken_, (std::vector<int>{SIGTERM, SIGINT}));
  }
  finish = true;
  earlier.join();
  EXPECT_EQ(blocked_count(), 0);
  EXPECT_EQ(pool_blocked_counts(), std::vector<int>(2, 0));
  struct sigaction after {};
  sigaction(SIGTERM, nullptr, &after);
  EXPECT_EQ(after.sa_handler, before.sa_handler);
}

// The fault it guards against: with signals coming every 50 µs while oneDNN's float32 products
// run on both threads, a handler run on a computing thread wrote its frame into the heap (glibc
// then aborts the test binary); taken by StopSignals' thread, they leave the products exact.
TEST_F(StopSignalsTest, SignalsDuringOneDnnProductsLeaveTheHeapWhole) {
  torch::manual_seed(3);
  const auto a = torch::randn({256, 512}), b = torch::randn({512, 384});
  if (!onednn_product(a, b).defined()) GTEST_SKIP() << "no oneDNN in this build";
  const auto expected = torch::mm(a, b);
  std::atomic<bool> start{false}, finish{false};
  std::atomic<int> sent{0};
  std::thread sender([&] {  // started before: signals it gets are handed on
    while (!start.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    while (!finish.load()) {
      ::kill(::getpid(), SIGTERM);
      ++sent;
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
  });
  {
    const StopSignals signals(record());
    start = true;
    int wrong = 0;
    for (int i = 0; i < 400; ++i) {
      wrong += !torch::allclose(onednn_product(a, b), expected, 1e-4, 1e-3);
      // Also products run on the pool's threads, a block of rows each.
      std::array<bool, 2> close{};
      parallel_chunks(2, 1, [&](int64_t begin, int64_t, int64_t) {
        close[static_cast<std::size_t>(begin)] = torch::allclose(onednn_product(a.narrow(0, begin * 128, 128), b),
                                                                expected.narrow(0, begin * 128, 128), 1e-4, 1e-3);
      });
      wrong += !close[0] + !close[1];
    }
    finish = true;
    sender.join();
    EXPECT_TRUE(eventually([] { return !pending(SIGTERM); }));  // all taken before the handlers go back
    EXPECT_EQ(wrong, 0);
  }
  EXPECT_GT(sent.load(), 100);
  EXPECT_GT(taken(), 10U);
}

}  // namespace
}  // namespace rnnsearch
